"""One situation's timeline: events, documents, letters, replies, deadlines, decisions, cited items.

Each entry keeps its date's precision ("2020", "2020-02", "2020-02-07"); entries sort by the first
day their date can mean, then by precision (the vaguer first), then by kind.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tocsin.analyse.figures import FigureSet, casualty_figures
from tocsin.analyse.ledger import Ledger, doc_date, doc_kind
from tocsin.analyse.selection import parse_partial, usable
from tocsin.domain.dates import PartialDate, Precision
from tocsin.domain.documents import DocumentKind, StoredDocument

_KIND_ORDER = {"event": 0, "cited_letter": 1, "cited_reply": 1, "cited_decision": 1, "cited_report": 1,
               "document": 2, "letter": 2, "reply": 2, "decision": 2, "deadline": 3}
_PREC_ORDER = {Precision.YEAR: 0, Precision.DECADE: 0, Precision.MONTH: 1, Precision.DAY: 2}


@dataclass(frozen=True)
class TimelineEntry:
    date: PartialDate
    kind: str  # event | document | letter | reply | decision | deadline | cited_<kind>
    title: str
    document_id: str | None = None
    fact_ids: tuple[str, ...] = ()
    detail: str = ""

    @property
    def precision(self) -> str:
        return self.date.precision.value

    def sort_key(self) -> tuple:
        return (self.date.first_day(), _PREC_ORDER.get(self.date.precision, 0), _KIND_ORDER.get(self.kind, 5),
                self.title)


@dataclass(frozen=True)
class Timeline:
    entries: tuple[TimelineEntry, ...]
    figures: tuple[FigureSet, ...]


def _doc_title(doc: StoredDocument) -> str:
    return doc.title or doc.filename


def build_timeline(docs: Sequence[StoredDocument], *, ledger: Ledger | None = None,
                   include_proposed: bool = True) -> Timeline:
    entries: list[TimelineEntry] = []
    kind_word = {DocumentKind.COMMITTEE_LETTER: "letter", DocumentKind.STATE_REPLY: "reply",
                 DocumentKind.DECISION: "decision"}
    for doc in docs:
        d = doc_date(doc, include_proposed=include_proposed)
        k = doc_kind(doc, include_proposed=include_proposed)
        date_facts = usable(doc.facts, "date", include_proposed=include_proposed)
        if d is not None:
            entries.append(TimelineEntry(d, kind_word.get(k, "document"), _doc_title(doc), doc.id,
                                         tuple(f.id for f in date_facts[:1] if f.id), detail=str(k or "")))
        for f in usable(doc.facts, "event_date", include_proposed=include_proposed):
            v = f.effective_value
            ed = parse_partial(v)
            if ed is None:
                continue
            what = v.get("what") or v.get("text") or "" if isinstance(v, dict) else ""
            entries.append(TimelineEntry(ed, "event", what or f"event reported in {_doc_title(doc)}", doc.id,
                                         (f.id,) if f.id else (), detail=_doc_title(doc)))
    if ledger is not None:
        for x in ledger.letters:
            st = ledger.deadlines.get(x.document_id)
            if x.deadline is not None:
                state = st.state.value if st else ""
                entries.append(TimelineEntry(PartialDate.of(x.deadline), "deadline",
                                             f"reply due to the letter of {x.date.iso() if x.date else '?'}",
                                             x.document_id, x.fact_ids.get("deadline", ()), detail=state))
        seen_in_store = {e.document_id for e in entries}
        for c in ledger.cited:
            if c.date is None or (c.in_store and c.in_store in seen_in_store):
                continue
            entries.append(TimelineEntry(c.date, f"cited_{c.kind}", f"{c.kind} of {c.date.iso()} (cited, not in the store)"
                                         + (f" {c.symbol}" if c.symbol else ""), c.cited_by,
                                         (c.fact_id,) if c.fact_id else ()))
    # The same cited item named by several documents appears once.
    uniq: dict[tuple, TimelineEntry] = {}
    for e in entries:
        key = (e.kind, e.date, e.title if not e.kind.startswith("cited_") else "")
        uniq.setdefault(key, e)
    ordered = sorted(uniq.values(), key=TimelineEntry.sort_key)
    return Timeline(entries=tuple(ordered), figures=tuple(casualty_figures(docs, include_proposed=include_proposed)))
