"""Second blind round (tests/fixtures/extract/heldout3): 12 long fictional documents in real layouts
(addressee and date at the foot, a follow-up citing two letters and two replies, a resolution-style
decision "Decision 2 (99)", concluding observations, a special-procedure "AL XYZ 3/2023" letter, an
NGO report with a casualty table, a Russian press release, an OCR scan with running headers, a letter
cut off inside its requests, a numbered note verbale, a French "dans un délai de 60 jours" letter, a
long NGO submission). gold3.jsonl was committed before the extractor ran on them (before: mean 0.858).
These floors hold the scores reached after the rules were fixed, so regressions show."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract_helpers import check_floors, score_gold

HELDOUT3 = Path(__file__).resolve().parents[1] / "fixtures" / "extract" / "heldout3"

FLOORS = {
    # session: t06's gold gives its NGO shadow report "Submitted for the 114th session of the Committee" no
    # session; the four later blind rounds that have such papers (heldout24, 28, 29, 33) each give it the session
    # it is written for, and so does tocsin since session 6
    "kind": 1.0, "date": 1.0, "reply_deadline": 1.0, "session": 0.9,
    "states": 0.95, "groups": 0.9, "places": 0.9, "allegations": 0.85, "casualties": 0.95,
    "ref_dates": 0.95, "request_markers": 0.95,
}


@pytest.fixture(scope="module")
def scored():
    return score_gold(HELDOUT3, "gold3.jsonl")


def test_heldout3_mean_and_field_floors(scored):
    check_floors(scored[2], 0.97, FLOORS)


def test_heldout3_request_count(scored):
    _gold, _preds, report = scored
    a, n = report.request_count
    # t09's gold leaves out the request cut mid-sentence, which tocsin now keeps (see below)
    assert a / n >= 0.8, "\n".join(report.lines())


def test_heldout3_no_invented_values(scored):
    gold, preds, _ = scored
    for g, p in zip(gold, preds):
        if g["reply_deadline"] is None:
            assert p["reply_deadline"] is None, g["file"]  # cut off before the deadline, NGO texts, a CO excerpt
        if not g["requests"]:
            assert p["requests"] == [], g["file"]
        if g["session"] is None and not g["file"].startswith("t06-"):  # see FLOORS
            assert p["session"] is None, g["file"]
    # The item cut mid-sentence: this round's gold leaves it out; the three later blind rounds (heldout4,
    # 5 and 6) each count such an item, marker and words being in the text, and tocsin now keeps it
    # (with lower confidence and meta cut_off) once it has six words or more.
    cut = next(p for p in preds if p["file"].startswith("t09-"))
    assert [r["marker"] for r in cut["requests"]] == ["a", "b", "c"]
    assert cut["requests"][2]["text"].startswith("The measures taken to investigate the burning of houses")
