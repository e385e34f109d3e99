"""Own fixtures about fictional States, and the development corpus scored as EVAL.md defines it."""

from __future__ import annotations

import json

import pytest
from extract_helpers import CORPUS, FIXTURES, GOLD

from tocsin.extract import extract_document
from tocsin.extract.evaluation import score
from tocsin.ingest import read_path

EXPECTED = json.loads((FIXTURES / "expected.json").read_text("utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture(name):
    exp = EXPECTED[name]
    doc = read_path(FIXTURES / name)
    r = extract_document(doc).record(name)
    for key in ("kind", "language", "date", "session", "states", "groups", "places", "casualties", "reply_deadline",
                "reference_codes", "sender"):
        if key in exp:
            assert r[key] == exp[key], key
    assert [q["marker"] or str(i + 1) for i, q in enumerate(r["requests"])] == exp["request_markers"]
    assert set(exp.get("allegations_include", [])) <= set(r["allegations"])
    if "ref_dates" in exp:
        assert [x["date"] for x in r["references"] if x["kind"] in ("letter", "reply")] == exp["ref_dates"]


def test_dev_corpus_score(corpus_dir):
    gold = [json.loads(line) for line in GOLD.read_text("utf-8").splitlines() if line.strip()]
    preds = []
    for g in gold:
        doc = read_path(CORPUS / g["file"])
        preds.append(extract_document(doc).record(doc.filename))
    report = score(gold, preds)
    fields = report.field_scores()
    assert report.mean >= 0.9, report.lines()
    assert all(v >= 0.8 for v in fields.values()), fields


def test_scorer_matches_eval_md_rules():
    gold = [{"file": "a.txt", "kind": "decision", "date": "2020-01-02", "reply_deadline": None, "session": 100,
             "states": ["KAZ"], "groups": ["Dungan"], "places": ["Korday district"], "allegations": ["torture"],
             "casualties": {"killed": [11], "injured": [], "displaced": [], "arrested": []},
             "requests": [{"marker": "a"}, {"marker": "b"}], "references": [{"kind": "letter", "date": "2019-01-01"}]}]
    pred = [{"file": "/x/a.txt", "kind": "decision", "date": "2020-01-02", "reply_deadline": None, "session": "100",
             "states": ["kaz"], "groups": ["Dungans"], "places": ["Korday", "Geneva"], "allegations": ["torture", "killing"],
             "casualties": {"killed": [11, 12]}, "requests": [{"marker": "(a)"}],
             "references": [{"kind": "letter", "date": "2019-01-01"}, {"kind": "decision", "date": "2018-01-01"}]}]
    r = score(gold, pred)
    f = r.field_scores()
    assert f["kind"] == f["date"] == f["session"] == f["states"] == f["groups"] == f["ref_dates"] == 1.0
    assert f["places"] == pytest.approx(2 / 3)
    assert f["allegations"] == pytest.approx(2 / 3)
    assert f["casualties"] == pytest.approx(2 / 3)
    assert f["request_markers"] == pytest.approx(2 / 3)
    assert r.request_count == (0, 1)
