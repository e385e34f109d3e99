"""Coverage of a letter by a reply, from the two documents as `ingest` reads them.

The letter's requests, its reply deadline and the reply's date come from `tocsin.extract`; the
verdict from `coverage.assess_coverage`. Kept apart from coverage.py so that module stays a pure
function of plain inputs.
"""

from __future__ import annotations

import datetime as dt

from tocsin.analyse.coverage import CoverageReport, CoverageSettings, RequestInput, assess_coverage
from tocsin.analyse.similarity import Embedder
from tocsin.domain.documents import SourceDocument


def letter_requests(letter: SourceDocument) -> list[RequestInput]:
    from tocsin.extract.requests import extract_requests

    return [RequestInput(marker=r.marker, text=r.text) for r in extract_requests(letter)]


def letter_deadline(letter: SourceDocument) -> dt.date | None:
    from tocsin.extract.dates import document_date, reply_deadline

    return reply_deadline(letter, document_date(letter))


def document_day(doc: SourceDocument) -> dt.date | None:
    from tocsin.extract.dates import document_date

    d = document_date(doc)
    return d.as_date() if d is not None else None


def assess_documents(letter: SourceDocument, reply: SourceDocument, *, embedder: Embedder | None = None,
                     settings: CoverageSettings | None = None) -> CoverageReport:
    return assess_coverage(letter_requests(letter), reply.paragraphs, deadline=letter_deadline(letter),
                           reply_date=document_day(reply), letter_date=document_day(letter), embedder=embedder,
                           settings=settings)
