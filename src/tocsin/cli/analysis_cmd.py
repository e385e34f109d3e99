"""`tocsin coverage LETTER REPLY`: which requests a reply answers (EVAL.md section 2).

LETTER and REPLY are file paths. The store owner can let them be stored document ids too by
installing a resolver once at start-up::

    from tocsin.cli import analysis_cmd
    analysis_cmd.set_document_resolver(lambda ref: services.documents.source(ref))  # None if unknown

A resolver takes the argument as typed and returns a `SourceDocument`, or None to fall back to
reading the argument as a file path.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from tocsin.domain.documents import SourceDocument
from tocsin.errors import TocsinError

DocumentResolver = Callable[[str], SourceDocument | None]
_RESOLVER: DocumentResolver | None = None


def set_document_resolver(fn: DocumentResolver | None) -> None:
    """Install (or, with None, remove) the hook that turns a stored document id into a document."""
    global _RESOLVER
    _RESOLVER = fn


def load_document(ref: str) -> SourceDocument:
    if _RESOLVER is not None:
        doc = _RESOLVER(ref)
        if doc is not None:
            return doc
    from tocsin.ingest import read_path, with_attachments

    if not Path(ref).exists():
        raise TocsinError(f"no such file or stored document: {ref}", code="not_found")
    return with_attachments(read_path(ref))  # a reply e-mailed as an attachment is read with its message


def coverage_command(
    letter: Annotated[str, typer.Argument(help="The Committee's letter: a file (or a stored document id).")],
    reply: Annotated[str, typer.Argument(help="The State's reply: a file (or a stored document id).")],
    fmt: Annotated[str, typer.Option("--format", help="json (EVAL.md record) or text.")] = "json",
    embedder: Annotated[str, typer.Option("--embedder", help="auto, onnx or hashing.")] = "auto",
    details: Annotated[bool, typer.Option("--details/--no-details",
                                          help="Add each request's aspects and non-answers to the JSON.")] = False,
) -> None:
    """Answered / partial / unanswered for each request of LETTER, with the REPLY paragraphs as evidence."""
    from tocsin.analyse.pairs import assess_documents
    from tocsin.analyse.similarity import make_embedder

    t0 = time.perf_counter()
    report = assess_documents(load_document(letter), load_document(reply), embedder=make_embedder(embedder))
    record = report.record()
    if not details:
        for r in record["requests"]:
            r.pop("aspects", None)
            r.pop("non_answers", None)
    if fmt == "json":
        typer.echo(json.dumps(record, ensure_ascii=False, indent=2))
        return
    if fmt != "text":
        raise TocsinError(f"unknown format {fmt!r}: use json or text", code="bad_argument")
    for r in report.requests:
        ev = ", ".join(str(x) for x in r.evidence_paragraphs) or "-"
        typer.echo(f"({r.marker}) {r.status:<10} paragraphs {ev:<8} confidence {r.confidence:.2f}")
        for m in r.missing:
            typer.echo(f"      missing: {m}")
    late = report.reply_late_days
    typer.echo(f"reply late by: {'unknown' if late is None else f'{late} days'}"
               f"   ({time.perf_counter() - t0:.2f} s, {report.embedder})")


def register(app: typer.Typer) -> None:
    app.command("coverage")(coverage_command)
