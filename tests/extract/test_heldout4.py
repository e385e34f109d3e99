"""Third blind round (tests/fixtures/extract/heldout4, see its README): six fictional documents written
with their gold (gold4.jsonl, coverage4.jsonl) by someone who had not read the extractors, before
tocsin ran on them. First run: mean 0.931; two general faults it showed were fixed (a State name ran
over a blank line into the next word, "Velmora\\n\\nIstral"; lettered requests written inside an item,
"(b) ..., and (c) ...", ended the list), giving mean 0.952 and reply coverage 1.000. These floors
hold those scores so regressions show; the gaps left (allegation recall, a cut-off bullet counted as
a request by the gold) are recorded in the README."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tocsin.extract import extract_document
from tocsin.extract.evaluation import score
from tocsin.ingest import read_path

HELDOUT4 = Path(__file__).resolve().parents[1] / "fixtures" / "extract" / "heldout4"

FLOORS = {
    "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "session": 1.0, "ref_dates": 1.0, "request_markers": 1.0,
    "states": 0.9, "groups": 0.9, "places": 0.94, "allegations": 0.9, "casualties": 0.94,
}


@pytest.fixture(scope="module")
def scored():
    gold = [json.loads(line) for line in (HELDOUT4 / "gold4.jsonl").read_text("utf-8").splitlines() if line.strip()]
    preds = [extract_document(read_path(HELDOUT4 / g["file"])).record(g["file"]) for g in gold]
    return gold, preds, score(gold, preds)


def test_heldout4_mean(scored):
    _gold, _preds, report = scored
    assert report.mean >= 0.96, "\n".join(report.lines())


@pytest.mark.parametrize("field,floor", sorted(FLOORS.items()))
def test_heldout4_field_floor(scored, field, floor):
    _gold, _preds, report = scored
    assert report.field_scores()[field] >= floor, "\n".join(report.lines())


def test_heldout4_no_invented_states_or_figures(scored):
    gold, preds, _ = scored
    for g, p in zip(gold, preds):
        assert set(p["states"]) <= set(g["states"]), g["file"]
        for cat, numbers in p["casualties"].items():
            assert set(numbers) <= set(g["casualties"].get(cat, [])), (g["file"], cat)
        if g["reply_deadline"] is None:
            assert p["reply_deadline"] is None, g["file"]


def test_heldout4_reply_coverage():
    """`tocsin coverage` as the project is judged (default options): every request's status as the
    blind gold gives it, the skipped one unanswered, the reply 7 days late."""
    import subprocess
    import sys

    gold = json.loads((HELDOUT4 / "coverage4.jsonl").read_text("utf-8").splitlines()[0])
    out = subprocess.run([sys.executable, "-m", "tocsin.cli", "coverage", str(HELDOUT4 / gold["letter"]),
                          str(HELDOUT4 / gold["reply"]), "--format", "json"], capture_output=True, text=True, check=True)
    rec = json.loads(out.stdout)
    got = {r["marker"]: r["status"] for r in rec["requests"]}
    assert list(got) == [r["marker"] for r in gold["requests"]]
    for r in gold["requests"]:
        allowed = r["status"] if isinstance(r["status"], list) else [r["status"]]
        assert got[r["marker"]] in allowed, (r["marker"], got[r["marker"]])
    assert rec["reply_late_days"] == gold["reply_late_days"]
