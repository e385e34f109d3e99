"""The extractors, one per concern, in the order they run (EXTRACTORS)."""

from __future__ import annotations

from tocsin.domain.documents import DocumentKind
from tocsin.domain.facts import Fact
from tocsin.extract import dates as dates_mod
from tocsin.extract import kind as kind_mod
from tocsin.extract import parties as parties_mod
from tocsin.extract import references as refs_mod
from tocsin.extract import requests as requests_mod
from tocsin.extract.pipeline import Context, fact
from tocsin.extract.text import scan_text

LETTER_KINDS = (DocumentKind.COMMITTEE_LETTER, DocumentKind.DECISION, DocumentKind.OTHER)


def _may_ask(ctx: Context) -> bool:
    """Requests and a deadline come from the Committee's letters and decisions, and from the special
    procedures' letters; a press release or an article of kind "other" only reports what was asked."""
    if ctx.kind not in LETTER_KINDS:
        return False
    return ctx.kind is not DocumentKind.OTHER or kind_mod.writes_to_a_state(scan_text(ctx.doc.text))


class KindExtractor:
    name = kind_mod.NAME
    version = kind_mod.VERSION

    def run(self, ctx: Context) -> list[Fact]:
        kind, conf = kind_mod.classify(ctx.doc)
        ctx.kind = kind
        lang, p = kind_mod.detect_language(ctx.doc.text)
        ctx.language = lang
        return [
            fact(self, "kind", kind.value, confidence=conf, span=None),
            Fact(field="language", value=lang, extractor=kind_mod.LANGUAGE_NAME, version=kind_mod.LANGUAGE_VERSION,
                 confidence=round(p, 3)),
        ]


class DateExtractor:
    """The document's own date."""

    name = dates_mod.NAME
    version = dates_mod.VERSION

    def run(self, ctx: Context) -> list[Fact]:
        m = dates_mod.document_date_mention(ctx.doc)
        if m is None:
            return []
        ctx.date = m.date
        ctx.date_span = (m.start, m.end)
        return [fact(self, "date", m.date.iso(), confidence=0.9, span=(m.start, m.end))]


class DeadlineExtractor:
    name = "deadlines"
    version = "1.1"

    def run(self, ctx: Context) -> list[Fact]:
        if not _may_ask(ctx):
            return []
        d = dates_mod.find_deadline(ctx.doc, ctx.date)
        if d is None:
            return []
        ctx.deadline_span = (d.start, d.end)
        return [fact(self, "deadline", d.date.isoformat(), confidence=d.confidence, span=(d.start, d.end),
                     meta={"relative": d.relative})]


class RequestsExtractor:
    name = requests_mod.NAME
    version = requests_mod.VERSION

    def run(self, ctx: Context) -> list[Fact]:
        if not _may_ask(ctx):
            return []
        out = []
        for it in requests_mod.extract_requests(ctx.doc):
            out.append(fact(self, "request", {"marker": it.marker if it.marked else "", "text": it.text},
                            confidence=(0.85 if it.marked else 0.6) - (0.25 if it.cut else 0.0),
                            span=(it.start, it.end), key=it.marker,
                            meta={"marked": it.marked, **({"cut_off": True} if it.cut else {})}))
        return out


class ReferencesExtractor:
    name = refs_mod.NAME
    version = refs_mod.VERSION

    def run(self, ctx: Context) -> list[Fact]:
        out: list[Fact] = []
        for code, s, e in refs_mod.reference_codes(ctx.doc):
            out.append(fact(self, "reference_code", code, confidence=0.8, span=(s, e), key=code))
        sess = refs_mod.session_number(ctx.doc, ctx.kind)
        if sess is not None:
            out.append(fact(self, "session", sess[0], confidence=0.85, span=(sess[1], sess[2])))
        exclude = tuple(x for x in (ctx.date_span, ctx.deadline_span) if x)
        for r in refs_mod.find_references(ctx.doc, doc_kind=ctx.kind, doc_date=ctx.date, exclude=exclude):
            value = {"kind": r.kind, "date": r.date.iso() if r.date else None, "symbol": r.symbol}
            out.append(fact(self, "reference", value, confidence=r.confidence, span=(r.start, r.end),
                            key=f"{r.kind}:{value['date'] or ''}:{r.symbol or ''}"))
        return out


class PartiesExtractor:
    name = parties_mod.NAME
    version = parties_mod.VERSION

    def run(self, ctx: Context) -> list[Fact]:
        found = parties_mod.find_parties(ctx.doc, ctx.kind)
        return [fact(self, role, p.value, confidence=p.confidence, span=(p.start, p.end))
                for role, p in found.items()]


def _entities():
    from tocsin.extract.allegations import AllegationsExtractor
    from tocsin.extract.casualties import CasualtiesExtractor
    from tocsin.extract.events import EventDatesExtractor
    from tocsin.extract.groups import GroupsExtractor
    from tocsin.extract.places import PlacesExtractor
    from tocsin.extract.states import StatesExtractor

    return (StatesExtractor(), GroupsExtractor(), PlacesExtractor(), CasualtiesExtractor(),
            AllegationsExtractor(), EventDatesExtractor())


EXTRACTORS = (
    KindExtractor(),
    DateExtractor(),
    DeadlineExtractor(),
    RequestsExtractor(),
    ReferencesExtractor(),
    PartiesExtractor(),
    *_entities(),
)


def prime() -> None:
    """Compile the patterns extractors build on first use (the allegation rules, cached) before any text
    is indexed: `rx` then builds its literal automaton once, not again for each late pattern."""
    from tocsin.extract import allegations

    allegations._compiled_rules()
