from __future__ import annotations

import datetime as dt

import docx
import pypdf

from tocsin.exports.letters import as_object, draft_followup_letter


def _docx_text(path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def _pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(str(path)).pages)


def test_arendia_followup_draft_names_gaps(arendia, tmp_path):
    docs, ledger, clock = arendia
    draft = draft_followup_letter("the Veshi minority in the Republic of Arendia", ledger, docs=docs,
                                  today=clock.today(), state_name="the Republic of Arendia")
    assert draft.deadline == clock.today() + dt.timedelta(days=75)
    docx_path = draft.write_docx(tmp_path / "draft.docx")
    pdf_path = draft.write_pdf(tmp_path / "draft.pdf")
    for text in (_docx_text(docx_path), _pdf_text(pdf_path)):
        assert "does not address its requests (c) on the allegations of ill-treatment" in text
        assert "and (f) on the compensation and assistance" in text
        assert "Regarding request (b), the reply provides no information on" in text
        assert "those who fled to Kell" in text
        assert "Regarding request (e), the reply provides no information on the interruption of the water supply " \
               "to Mirec" in text
        assert "refers to its letter of 30 August 2024" in text
        assert "thanks the Government for its reply of 20 January 2025" in text
        assert "5 days after the date requested" in text
        assert "by 17 May 2025" in text
    # Open requests re-lettered (a)..(d): (b), (c), (e), (f) of the original letter.
    assert [r.origin.split()[0] for r in draft.requests] == ["(b)", "(c)", "(e)", "(f)"]
    assert [r.letter for r in draft.requests] == ["a", "b", "c", "d"]
    assert "Kell" in draft.requests[0].text and "Mirec" in draft.requests[2].text


def test_every_sentence_is_traceable(arendia):
    docs, ledger, clock = arendia
    draft = draft_followup_letter("the Veshi minority", ledger, docs=docs, today=clock.today())
    traced = dict(draft.sentences)
    gaps = [s for name, ss in draft.sections if name == "gaps" for s in ss]
    assert gaps and all(s.fact_ids for s in gaps)
    assert all(ids for text, ids in traced.items() if text.startswith("("))
    fact_ids = {f.id for d in docs for f in d.facts}
    assert {i for ids in traced.values() for i in ids} <= fact_ids


def test_lead_time_is_configurable(arendia):
    docs, ledger, _clock = arendia
    d = draft_followup_letter("x", ledger, docs=docs, today=dt.date(2025, 3, 1), lead_days=120)
    assert d.deadline == dt.date(2025, 6, 29)


def test_as_object():
    assert as_object("to allow the return of those who fled") == "the measures to allow the return of those who fled"
    assert as_object("The interruption of the water supply;") == "the interruption of the water supply"
