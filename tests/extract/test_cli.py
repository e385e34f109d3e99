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


def test_plain_extract_runs_without_the_cli_framework(tmp_path):
    """`tocsin extract PATH... [--format F]` is served by tocsin.cli.entry without typer: the same output
    and exit code as the typer command; help and unknown options still go to typer."""
    import os
    import subprocess
    import sys

    from tocsin.cli.entry import _plain_extract

    assert _plain_extract(["a.txt", "--format", "json"]) == (["a.txt"], "json")
    assert _plain_extract(["--format=jsonl", "a.txt", "b.txt"]) == (["a.txt", "b.txt"], "jsonl")
    assert _plain_extract(["--help"]) is None and _plain_extract(["a.txt", "--bogus"]) is None
    assert _plain_extract(["a.txt", "--format", "xml"]) is None and _plain_extract([]) is None

    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    files = [str(FIXTURES / "sp-letter-tamaria.txt"), str(bad)]
    env = {**os.environ}
    prog_fast = "import sys; sys.argv = ['tocsin', 'extract', *sys.argv[1:]]; from tocsin.cli.entry import run; run()"
    prog_typer = "import sys; sys.argv = ['tocsin', 'extract', *sys.argv[1:]]; from tocsin.cli.main import run; run()"
    fast = subprocess.run([sys.executable, "-c", prog_fast, *files], capture_output=True, text=True, env=env, timeout=300)
    full = subprocess.run([sys.executable, "-c", prog_typer, *files], capture_output=True, text=True, env=env, timeout=300)
    assert fast.returncode == full.returncode == 1
    assert fast.stdout == full.stdout and json.loads(fast.stdout.splitlines()[1])["error"]["code"]
    probe = "import sys, tocsin.cli.entry as e; sys.argv = ['tocsin', 'extract', sys.argv[1]]; e.run()"
    quiet = subprocess.run([sys.executable, "-X", "importtime", "-c", probe, files[0]], capture_output=True, text=True,
                           env=env, timeout=300)
    assert quiet.returncode == 0 and " typer" not in quiet.stderr  # the framework was never imported
    helped = subprocess.run([sys.executable, "-c", prog_fast, "--help"], capture_output=True, text=True, env=env,
                            timeout=300)
    assert helped.returncode == 0 and "Usage" in helped.stdout
