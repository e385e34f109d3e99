"""Casualty figures side by side with their sources. Never summed, never silently reconciled."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tocsin.analyse.selection import usable
from tocsin.domain.documents import StoredDocument

CATEGORIES = ("killed", "injured", "displaced", "arrested")


@dataclass(frozen=True)
class Figure:
    category: str
    number: int
    qualifier: str | None  # "more than", "at least", "some", ...
    source: str  # who says so: the fact's own source, else the document's sender, else its file name
    document_id: str
    document_date: str | None
    fact_id: str
    confirmed: bool

    @property
    def label(self) -> str:
        q = f"{self.qualifier} " if self.qualifier else ""
        return f"{q}{self.number} {self.category} (per {self.source})"


@dataclass(frozen=True)
class FigureSet:
    category: str
    figures: tuple[Figure, ...]

    @property
    def conflicting(self) -> bool:
        return len({(f.number, f.qualifier or "") for f in self.figures}) > 1


def _source(doc: StoredDocument, value: dict, *, include_proposed: bool) -> str:
    if value.get("source"):
        return str(value["source"])
    for f in usable(doc.facts, "sender", include_proposed=include_proposed):
        return str(f.effective_value)
    return doc.title or doc.filename


def casualty_figures(docs: Sequence[StoredDocument], *, include_proposed: bool = True) -> list[FigureSet]:
    """One set per category, figures in document-date order; `conflicting` when sources differ."""
    by_cat: dict[str, list[Figure]] = {}
    for doc in docs:
        for f in usable(doc.facts, "casualty", include_proposed=include_proposed):
            v = f.effective_value or {}
            try:
                number = int(v.get("number"))
            except (TypeError, ValueError):
                continue
            cat = str(v.get("category") or "other")
            by_cat.setdefault(cat, []).append(Figure(
                category=cat, number=number, qualifier=v.get("qualifier") or None,
                source=_source(doc, v, include_proposed=include_proposed), document_id=doc.id,
                document_date=doc.date, fact_id=f.id, confirmed=f.status.human))
    order = {c: i for i, c in enumerate(CATEGORIES)}
    out = []
    for cat in sorted(by_cat, key=lambda c: (order.get(c, 99), c)):
        figs = sorted(by_cat[cat], key=lambda x: (x.document_date or "9999", x.number))
        uniq = list({(x.number, x.qualifier, x.source): x for x in figs}.values())
        out.append(FigureSet(category=cat, figures=tuple(uniq)))
    return out
