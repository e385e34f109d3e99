from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from pathlib import Path

import pypdf
from icalendar import Calendar

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "analyse"))
from analyse_helpers import norvel_docs

from tocsin.analyse.flags import escalation_flags
from tocsin.analyse.indicators import indicator_findings, triage
from tocsin.analyse.ledger import build_ledger
from tocsin.analyse.similarity import HashingEmbedder
from tocsin.analyse.timeline import build_timeline
from tocsin.clock import FixedClock
from tocsin.exports.calendar import deadlines_ics
from tocsin.exports.documents import Block, pdf_bytes, transliterate
from tocsin.exports.report import situation_report_pdf
from tocsin.exports.tables import facts_csv, facts_jsonl

CLOCK = FixedClock(dt.date(2021, 8, 1))


def _setup():
    docs = norvel_docs()
    lg = build_ledger(docs, clock=CLOCK, embedder=HashingEmbedder())
    return docs, lg


def test_situation_report_pdf(tmp_path):
    docs, lg = _setup()
    findings = indicator_findings(docs)
    flags = escalation_flags(lg, docs)
    data = situation_report_pdf("Kessi minority, Norvel", ledger=lg, timeline=build_timeline(docs, ledger=lg),
                                generated=CLOCK.today(), findings=findings, triage=triage(findings, flags=flags),
                                flags=flags)
    (tmp_path / "r.pdf").write_bytes(data)
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(str(tmp_path / "r.pdf")).pages)
    assert "Situation report: Kessi minority, Norvel" in text
    assert "Triage: urgent action" in text
    assert "Letter of 2021-04-30" in text and "reply due 2021-07-14: late, 5 days late" in text
    assert "more than 180 injured (per Open Plains Watch); more than 200 injured (per Steppe Rights Centre)" in text
    assert "letter of 2019-11-20" in text  # cited, not in the store
    assert "never answered" in text


def test_deadlines_ics():
    _, lg = _setup()
    ics = deadlines_ics(lg, situation="Kessi minority", stamp=dt.datetime(2021, 8, 1, tzinfo=dt.UTC))
    cal = Calendar.from_ical(ics)
    events = [c for c in cal.walk() if c.name == "VEVENT"]
    assert [e.decoded("dtstart") for e in events] == [dt.date(2020, 10, 15), dt.date(2021, 7, 14)]
    assert "late" in str(events[1].get("description"))
    assert ics == deadlines_ics(lg, situation="Kessi minority", stamp=dt.datetime(2021, 8, 1, tzinfo=dt.UTC))


def test_facts_csv_and_jsonl():
    docs, _ = _setup()
    rows = list(csv.DictReader(io.StringIO(facts_csv(docs, fields=["casualty"]))))
    assert len(rows) == 3 and json.loads(rows[0]["value"])["category"] == "killed"
    lines = [json.loads(x) for x in facts_jsonl(docs).splitlines()]
    assert {x["field"] for x in lines} >= {"request", "casualty", "allegation"}


def test_pdf_fallback_transliterates():
    assert transliterate("Жамбыл “x” — é") .startswith("?")  # Cyrillic has no Latin-1 form
    assert transliterate("“x” — é") == '"x" - é'
    assert pdf_bytes([Block("para", "Korday — “Кордай”")]).startswith(b"%PDF")
