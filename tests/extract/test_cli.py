from __future__ import annotations

import json

import typer
from extract_helpers import FIXTURES
from typer.testing import CliRunner

from tocsin.cli import extract_cmd


def _app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def main() -> None:  # keep subcommands as subcommands
        pass

    extract_cmd.register(app)
    return app


def test_extract_jsonl_in_input_order(tmp_path):
    a = FIXTURES / "sp-letter-tamaria.txt"
    b = FIXTURES / "lettre-fr-tamaria.txt"
    res = CliRunner().invoke(_app(), ["extract", str(a), str(b), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in res.stdout.splitlines() if x.strip()]
    assert [r["file"] for r in lines] == [a.name, b.name]
    for key in ("file", "kind", "language", "date", "sender", "recipient", "reference_codes", "session", "states",
                "groups", "places", "casualties", "allegations", "reply_deadline", "requests", "references"):
        assert key in lines[0]
    assert "Comité" in res.stdout  # ensure_ascii=False


def test_extract_folder_and_failures(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "ok.txt").write_text("Geneva, 3 March 2025\n\nExcellency,\n\nText of a letter.\n", "utf-8")
    (tmp_path / "sub" / "empty.txt").write_bytes(b"")
    res = CliRunner().invoke(_app(), ["extract", str(tmp_path), str(tmp_path / "missing.txt")])
    assert res.exit_code == 1
    recs = [json.loads(x) for x in res.stdout.splitlines() if x.strip()]
    assert [r["file"] for r in recs] == ["empty.txt", "ok.txt", "missing.txt"]
    assert recs[0]["error"]["code"] == "empty_file"
    assert recs[1]["date"] == "2025-03-03"
    assert recs[2]["error"]["code"] in ("not_found", "unreadable_file")


def test_extract_pretty_json():
    res = CliRunner().invoke(_app(), ["extract", str(FIXTURES / "letter-cut-off.txt"), "--format", "json"])
    assert res.exit_code == 0
    assert json.loads(res.stdout)["session"] == 116


def test_eval_command(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"file": "letter-cut-off.txt", "kind": "committee_letter", "date": "2025-08-18",
                                "reply_deadline": None, "session": 116, "states": ["Belmar"], "groups": ["Kesh"],
                                "places": [], "allegations": [],
                                "casualties": {"killed": [], "injured": [], "displaced": [], "arrested": []},
                                "requests": [], "references": [{"kind": "letter", "date": "2025-03-03"}]}) + "\n")
    res = CliRunner().invoke(_app(), ["eval", str(gold), str(FIXTURES)])
    assert res.exit_code == 0, res.output
    out = res.stdout.splitlines()
    assert out[-1].startswith("SUMMARY mean=1.000")
    assert any(line.startswith("states") and "P=1.000 R=1.000" in line for line in out)


def test_large_batches_shared_among_workers_give_the_same_records_in_order(tmp_path):
    """A batch of 20 files (over PARALLEL_FROM), one of them unreadable, through two forked workers and
    through this process alone: the same records, errors included, in input order."""
    sources = sorted(p for p in (FIXTURES / "heldout5").glob("*.txt")) + sorted((FIXTURES / "heldout6").glob("*.txt"))
    files = []
    for i in range(20):
        f = tmp_path / f"doc-{i:02d}.txt"
        if i == 7:
            f.write_bytes(b"")  # an empty file: an error record, the batch goes on
        else:
            f.write_bytes(sources[i % len(sources)].read_bytes())
        files.append(f)
    assert len(files) >= extract_cmd.PARALLEL_FROM
    alone = list(extract_cmd._records(files, workers=1))
    shared = list(extract_cmd._records(files, workers=2))
    assert [r["file"] for r, _ in shared] == [f.name for f in files]
    assert shared == alone
    assert shared[7][1] is True and shared[7][0]["error"]["code"]
    assert sum(bad for _, bad in shared) == 1
