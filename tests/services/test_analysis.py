"""Situations, the ledger, deadlines and drafts through the services, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from tocsin.clock import FixedClock
from tocsin.demo import SITUATION, load_demo
from tocsin.services import LOCAL_ADMIN

LETTER = "cerd-ewuap-letter-kazakhstan-2021-04-30.txt"
STATEMENT = "odf-statement-kazakhstan-minorities-2020-05-25.txt"


def _dungan(services, shared_corpus):
    outs = services.ingest.ingest_paths(LOCAL_ADMIN, [shared_corpus / LETTER, shared_corpus / STATEMENT])
    sit = services.situations.create(LOCAL_ADMIN, name="Dungan minority, Kazakhstan", state="KAZ", group="Dungan")
    return sit, outs


def test_new_documents_are_proposed_for_the_matching_situation(services, shared_corpus):
    sit = services.situations.create(LOCAL_ADMIN, name="Dungan minority, Kazakhstan", state="KAZ", group="Dungan")
    outs = services.ingest.ingest_paths(LOCAL_ADMIN, [shared_corpus])
    members = {m.document_id: m for m in services.situations.dossier(LOCAL_ADMIN, sit.id).members}
    by_name = {o.path.rsplit("/", 1)[-1]: o.document_id for o in outs}
    assert set(members) == {by_name[LETTER], by_name[STATEMENT]}  # not the Arendia documents
    assert all(m.status == "proposed" and "Dungan" in m.reason for m in members.values())
    services.situations.add_document(LOCAL_ADMIN, sit.id, by_name[LETTER], status="confirmed")
    assert {m.document_id: m.status for m in services.situations.dossier(LOCAL_ADMIN, sit.id).members}[
        by_name[LETTER]] == "confirmed"


def test_dungan_situation_on_one_timeline(services, shared_corpus):
    sit, outs = _dungan(services, shared_corpus)
    for o in outs:
        services.situations.add_document(LOCAL_ADMIN, sit.id, o.document_id)
    a = services.analysis.analyse(LOCAL_ADMIN, "Dungan minority, Kazakhstan")
    [letter] = a.ledger.letters
    assert letter.deadline == dt.date(2021, 7, 14)
    assert [r.marker for r in letter.requests] == list("abcdefg")
    cited = {(c.kind, c.date.iso() if c.date else None) for c in a.ledger.cited}
    assert {("letter", "2020-08-07"), ("reply", "2020-10-30")} <= cited
    kinds = [(e.kind, e.date.iso()) for e in a.timeline.entries]
    for entry in [("cited_letter", "2020-08-07"), ("cited_reply", "2020-10-30"), ("letter", "2021-04-30"),
                  ("deadline", "2021-07-14"), ("document", "2020-05-25")]:
        assert entry in kinds
    assert kinds == sorted(kinds, key=lambda k: k[1])  # in date order
    figures = {(fs.category, f.number, f.source) for fs in a.timeline.figures for f in fs.figures}
    assert ("killed", 11, "Open Dialogue Foundation") in figures
    assert ("injured", 180, "Open Dialogue Foundation") in figures
    assert a.ledger.deadlines[letter.document_id].state.value == "overdue"  # no reply stored


def test_demo_story_ledger_deadlines_and_flags(services):
    services.core.clock = FixedClock(dt.date(2024, 9, 1))
    load_demo(services)
    a = services.analysis.analyse(LOCAL_ADMIN, SITUATION)
    first, second = a.ledger.letters
    assert first.deadline == dt.date(2024, 1, 15) and second.deadline == dt.date(2024, 7, 31)
    d1 = a.ledger.deadlines[first.document_id]
    assert d1.state.value == "late" and d1.late_days == 18
    states = {r.marker: a.ledger.states[r.id].status for r in first.requests}
    assert states["c"] == "unanswered" and states["e"] == "unanswered"
    assert states["a"] == "answered" and states["b"] == "partial"
    repeats = [r for r in second.requests if r.repeats]
    assert len(repeats) >= 2  # the follow-up asks (c) and (e) again
    assert any(f.kind == "request_unanswered_twice" or f.kind == "reply_overdue" for f in a.flags)
    overdue = services.analysis.deadlines(LOCAL_ADMIN, overdue=True)
    assert [r.letter_id for r in overdue] == [second.document_id]
    assert services.analysis.deadlines(LOCAL_ADMIN, due_within_days=30) == []


def test_person_overrides_coverage_and_link(services):
    services.core.clock = FixedClock(dt.date(2024, 9, 1))
    load_demo(services)
    a = services.analysis.analyse(LOCAL_ADMIN, SITUATION)
    first = a.ledger.letters[0]
    [reply] = a.ledger.replies
    rc = next(r for r in first.requests if r.marker == "c")
    services.analysis.set_coverage(LOCAL_ADMIN, reply.document_id, marker="c", status="partial",
                                   evidence_paragraphs=[4], missing=["no investigation named"])
    again = services.analysis.analyse(LOCAL_ADMIN, SITUATION)
    st = again.ledger.states[rc.id]
    assert st.status == "partial" and st.by_person
    # re-extraction keeps what a person said
    services.facts.reextract(LOCAL_ADMIN)
    assert services.analysis.analyse(LOCAL_ADMIN, SITUATION).ledger.states[rc.id].by_person


def test_draft_follow_up_letter_for_arendia(services, shared_corpus, tmp_path):
    import docx
    from pypdf import PdfReader

    services.ingest.ingest_paths(LOCAL_ADMIN, [shared_corpus / "synthetic-arendia-letter-2024-08-30.txt",
                                               shared_corpus / "synthetic-arendia-reply-2025-01-20.txt"])
    sit = services.situations.create(LOCAL_ADMIN, name="Veshi minority, Arendia", state="Arendia", group="Veshi")
    docs, _ = services.documents.list(LOCAL_ADMIN)
    for d in docs:
        services.situations.add_document(LOCAL_ADMIN, sit.id, d.id)
    draft = services.analysis.draft_letter(LOCAL_ADMIN, sit.id)
    docx_path = draft.write_docx(tmp_path / "draft.docx")
    pdf_path = draft.write_pdf(tmp_path / "draft.pdf")
    docx_text = "\n".join(p.text for p in docx.Document(str(docx_path)).paragraphs)
    pdf_text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf_path.read_bytes())).pages)
    for text in (" ".join(docx_text.split()), pdf_text):
        assert "(c)" in text and "(f)" in text
        assert "Kell" in text  # the missing part of (b)
        assert "water supply" in text  # the missing part of (e)
    assert draft.deadline == services.core.clock.today() + dt.timedelta(days=services.core.settings.reply_lead_days)
    assert all(ids for _, ids in draft.sentences if "(c)" in _)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_report_and_calendar(sqlite_services, fmt):
    load_demo(sqlite_services)
    data = sqlite_services.analysis.report(LOCAL_ADMIN, SITUATION, fmt=fmt)
    assert data[:4] in (b"%PDF", b"PK\x03\x04")
    ics = sqlite_services.analysis.calendar(LOCAL_ADMIN, SITUATION).decode()
    assert "BEGIN:VCALENDAR" in ics and "20240731" in ics
