"""Run every extractor over a document, in order, and collect facts with provenance.

Each extractor is a small object with `name`, `version` and `run(ctx) -> list[Fact]`; later ones
read what earlier ones found through the shared context (the kind decides whether a session or a
deadline can exist; the States found steer place resolution). `EXTRACTORS` is the registry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from tocsin.domain.dates import PartialDate
from tocsin.domain.documents import DocumentKind, SourceDocument
from tocsin.domain.facts import Fact, Span


@dataclass
class Context:
    doc: SourceDocument
    kind: DocumentKind = DocumentKind.OTHER
    language: str = "und"
    date: PartialDate | None = None
    date_span: tuple[int, int] | None = None
    deadline_span: tuple[int, int] | None = None
    states: list[str] = field(default_factory=list)  # alpha-3 codes or names, in order found
    country_mentions: list[tuple[str, int, int]] = field(default_factory=list)  # (code, start, end)
    groups: list[str] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)


class Extractor(Protocol):
    name: str
    version: str

    def run(self, ctx: Context) -> list[Fact]: ...


def fact(ex: Extractor, field_: str, value: Any, *, confidence: float, span: tuple[int, int] | None,
         key: str = "", meta: dict | None = None) -> Fact:
    return Fact(
        field=field_,
        value=value,
        extractor=ex.name,
        version=ex.version,
        confidence=round(max(0.0, min(1.0, confidence)), 3),
        span=Span(*span) if span else None,
        key=key,
        meta=meta or {},
    )


@dataclass
class Extraction:
    facts: list[Fact]
    language: str
    kind: str = DocumentKind.OTHER.value

    def of(self, field_: str) -> list[Fact]:
        return [f for f in self.facts if f.field == field_]

    def first(self, field_: str) -> Any:
        fs = self.of(field_)
        return fs[0].value if fs else None

    def record(self, filename: str) -> dict:
        """The EVAL.md record, key for key, plus event dates, signatory and spans."""
        from tocsin.extract.record import build_record

        return build_record(self, filename)


def extract_document(doc: SourceDocument) -> Extraction:
    import dataclasses

    from tocsin.extract.registry import EXTRACTORS, prime
    from tocsin.extract.text import ocr_clean

    prime()

    # OCR slips are repaired with substitutions of equal length: spans still index doc.text.
    clean = ocr_clean(doc.text)
    if clean is not doc.text:
        doc = dataclasses.replace(doc, text=clean)
    ctx = Context(doc=doc)
    for ex in EXTRACTORS:
        ctx.facts.extend(ex.run(ctx))
    return Extraction(facts=ctx.facts, language=ctx.language, kind=ctx.kind.value)
