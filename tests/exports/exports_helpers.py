from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"
ARENDIA_LETTER = CORPUS / "synthetic-arendia-letter-2024-08-30.txt"
ARENDIA_REPLY = CORPUS / "synthetic-arendia-reply-2025-01-20.txt"


def stored_from_path(path: Path, doc_id: str, kind: str):
    """A StoredDocument with the facts the ledger needs, from ingest and the extract functions."""
    from tocsin.domain.documents import Confidentiality, StoredDocument
    from tocsin.domain.facts import Fact
    from tocsin.extract.dates import document_date, reply_deadline
    from tocsin.extract.requests import extract_requests
    from tocsin.ingest import read_path

    src = read_path(path)
    d = document_date(src)
    raw: list[Fact] = []
    if d is not None:
        raw.append(Fact("date", d.iso(), "test", "1", 0.9))
    if kind == "committee_letter":
        due = reply_deadline(src, d)
        if due is not None:
            raw.append(Fact("deadline", due.isoformat(), "test", "1", 0.9))
        for r in extract_requests(src):
            raw.append(Fact("request", {"marker": r.marker, "text": r.text}, "test", "1", 0.85, key=r.marker))
    facts = tuple(Fact(**{**f.__dict__, "id": f.fact_id(doc_id), "document_id": doc_id}) for f in raw)
    return StoredDocument(id=doc_id, sha256=src.sha256, filename=src.filename, media_type=src.media_type,
                          size=src.size, confidentiality=Confidentiality.INTERNAL, created_at="2025-02-01T00:00:00",
                          title=src.filename, kind=kind, date=d.iso() if d else None, text=src.text,
                          paragraphs=src.paragraphs, pages=src.pages, facts=facts)
