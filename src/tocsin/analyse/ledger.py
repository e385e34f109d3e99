"""The correspondence ledger: letters -> requests -> replies -> deadlines, from stored documents.

Pure: built from `StoredDocument`s with their facts and a clock. A person's link of a reply to a
letter (a confirmed/corrected `reply_to` fact) and a person's coverage verdict (a confirmed or
corrected `coverage` fact keyed by request marker) win over anything computed here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from tocsin.analyse.coverage import (
    ANSWERED,
    PARTIAL,
    UNANSWERED,
    CoverageSettings,
    RequestInput,
    assess_coverage,
)
from tocsin.analyse.deadlines import DeadlineStatus, deadline_status
from tocsin.analyse.lexical import jaccard, token_set
from tocsin.analyse.selection import fact_ids, first_value, parse_partial, usable
from tocsin.analyse.similarity import Embedder
from tocsin.clock import Clock
from tocsin.domain.dates import PartialDate
from tocsin.domain.documents import DocumentKind, StoredDocument
from tocsin.domain.facts import Fact, FactStatus

NO_REPLY = "no_reply"
_STATUS_RANK = {ANSWERED: 3, PARTIAL: 2, UNANSWERED: 1, NO_REPLY: 0}
_LEGAL_BASIS_RE = re.compile(r"article\s+9\s*\(\s*1\s*\)[^.;]{0,40}?Convention|(?:rule|article)\s+65\s+of\s+its\s+rules"
                             r"\s+of\s+procedure", re.IGNORECASE)


def doc_kind(doc: StoredDocument, *, include_proposed: bool = True) -> str | None:
    return first_value(doc.facts, "kind", include_proposed=include_proposed) or doc.kind


def doc_date(doc: StoredDocument, *, include_proposed: bool = True) -> PartialDate | None:
    return parse_partial(first_value(doc.facts, "date", include_proposed=include_proposed) or doc.date)


def request_id(letter_id: str, marker: str) -> str:
    return hashlib.sha256(f"{letter_id}\x1f{marker}".encode()).hexdigest()[:16]


def _norm_code(code: str) -> str:
    return re.sub(r"\s+", "", str(code)).lower()


@dataclass(frozen=True)
class CitedItem:
    """Earlier correspondence a document cites ("its previous letter of 7 August 2020")."""

    kind: str
    date: PartialDate | None
    symbol: str | None
    cited_by: str
    fact_id: str = ""
    in_store: str | None = None  # the stored document it is, when the store holds it


@dataclass(frozen=True)
class LedgerRequest:
    id: str
    letter_id: str
    marker: str
    text: str
    topics: tuple[str, ...] = ()
    fact_ids: tuple[str, ...] = ()
    repeats: str | None = None  # id of the earlier request this one repeats


@dataclass(frozen=True)
class LedgerLetter:
    document_id: str
    title: str
    date: PartialDate | None
    reference_code: str | None
    session: int | None
    addressee: str | None
    legal_basis: tuple[str, ...]
    deadline: dt.date | None
    requests: tuple[LedgerRequest, ...]
    cited: tuple[CitedItem, ...] = ()
    fact_ids: dict[str, tuple[str, ...]] = field(default_factory=dict)  # per field


@dataclass(frozen=True)
class LedgerReply:
    document_id: str
    title: str
    date: PartialDate | None
    letter_id: str | None
    link_basis: str  # person | reference_code | letter_date | date_order | none
    fact_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class RequestState:
    request_id: str
    status: str  # answered | partial | unanswered | no_reply
    reply_id: str | None = None
    evidence_paragraphs: tuple[int | str, ...] = ()
    missing: tuple[str, ...] = ()
    confidence: float = 0.0
    by_person: bool = False
    fact_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Ledger:
    letters: tuple[LedgerLetter, ...]
    replies: tuple[LedgerReply, ...]
    deadlines: dict[str, DeadlineStatus]
    states: dict[str, RequestState]
    cited: tuple[CitedItem, ...]
    today: dt.date

    def letter(self, document_id: str) -> LedgerLetter | None:
        return next((x for x in self.letters if x.document_id == document_id), None)

    def request(self, rid: str) -> LedgerRequest | None:
        return next((r for x in self.letters for r in x.requests if r.id == rid), None)

    def replies_to(self, letter_id: str) -> list[LedgerReply]:
        return [r for r in self.replies if r.letter_id == letter_id]

    def history(self, rid: str) -> list[tuple[LedgerLetter, LedgerRequest, RequestState]]:
        """Every letter that asked this request (following repeats back in time), oldest first."""
        out = []
        r = self.request(rid)
        while r is not None:
            letter = self.letter(r.letter_id)
            if letter is not None:
                out.append((letter, r, self.states.get(r.id, RequestState(r.id, NO_REPLY))))
            r = self.request(r.repeats) if r.repeats else None
        return list(reversed(out))

    def open_requests(self, letter_id: str) -> list[tuple[LedgerRequest, RequestState]]:
        letter = self.letter(letter_id)
        if letter is None:
            return []
        return [(r, self.states.get(r.id, RequestState(r.id, NO_REPLY))) for r in letter.requests
                if self.states.get(r.id, RequestState(r.id, NO_REPLY)).status != ANSWERED]


def _topics(text: str) -> tuple[str, ...]:
    return tuple(sorted(t[1:] for t in token_set(text) if t.startswith("~")))


def _letter(doc: StoredDocument, *, include_proposed: bool) -> LedgerLetter:
    facts = doc.facts

    def pick(name: str) -> list[Fact]:
        return usable(facts, name, include_proposed=include_proposed)

    reqs = []
    for f in sorted(pick("request"), key=lambda f: f.span.start if f.span else 0):
        v = f.effective_value or {}
        marker = str(v.get("marker") or f.key or "")
        if any(r.marker == marker for r in reqs):
            continue
        reqs.append(LedgerRequest(id=request_id(doc.id, marker), letter_id=doc.id, marker=marker,
                                  text=str(v.get("text", "")), topics=_topics(str(v.get("text", ""))),
                                  fact_ids=fact_ids([f])))
    cited = []
    for f in pick("reference"):
        v = f.effective_value or {}
        cited.append(CitedItem(kind=str(v.get("kind") or "letter"), date=parse_partial(v.get("date")),
                               symbol=v.get("symbol"), cited_by=doc.id, fact_id=f.id))
    deadline = parse_partial(first_value(facts, "deadline", include_proposed=include_proposed))
    session = first_value(facts, "session", include_proposed=include_proposed)
    basis = tuple(dict.fromkeys(" ".join(m.group(0).split()) for m in _LEGAL_BASIS_RE.finditer(doc.text or "")))
    ids = {name: fact_ids(pick(name)) for name in ("reference_code", "date", "session", "recipient", "deadline")}
    return LedgerLetter(document_id=doc.id, title=doc.title or doc.filename, date=doc_date(doc, include_proposed=include_proposed),
                        reference_code=first_value(facts, "reference_code", include_proposed=include_proposed),
                        session=int(session) if session is not None and str(session).isdigit() else None,
                        addressee=first_value(facts, "recipient", include_proposed=include_proposed),
                        legal_basis=basis, deadline=deadline.as_date() if deadline else None,
                        requests=tuple(reqs), cited=tuple(cited), fact_ids=ids)


def _link_reply(doc: StoredDocument, letters: list[LedgerLetter], *, include_proposed: bool) -> tuple[str | None, str]:
    by_id = {x.document_id: x for x in letters}
    for f in usable(doc.facts, "reply_to", include_proposed=False):
        v = str(f.effective_value)
        if v in by_id:
            return v, "person"
        for x in letters:
            if x.reference_code and _norm_code(x.reference_code) == _norm_code(v):
                return x.document_id, "person"
    codes = {_norm_code(f.effective_value) for f in usable(doc.facts, "reference_code", include_proposed=include_proposed)}
    for x in letters:
        if x.reference_code and (_norm_code(x.reference_code) in codes
                                 or _norm_code(x.reference_code) in _norm_code(doc.text or "")):
            return x.document_id, "reference_code"
    for f in usable(doc.facts, "reference", include_proposed=include_proposed):
        v = f.effective_value or {}
        d = parse_partial(v.get("date"))
        if v.get("kind", "letter") == "letter" and d is not None:
            for x in letters:
                if x.date == d:
                    return x.document_id, "letter_date"
    rd = doc_date(doc, include_proposed=include_proposed)
    if rd is not None:
        earlier = [x for x in letters if x.date is not None and x.date.first_day() <= rd.first_day()]
        if earlier:
            return max(earlier, key=lambda x: x.date.first_day()).document_id, "date_order"  # type: ignore[union-attr]
    return None, "none"


def _link_repeats(letters: list[LedgerLetter], *, threshold: float = 0.34) -> list[LedgerLetter]:
    """A later letter's request that repeats an earlier one points back to it (token overlap)."""
    out: list[LedgerLetter] = []
    seen: list[LedgerRequest] = []
    for x in letters:
        reqs = []
        for r in x.requests:
            toks = token_set(r.text)
            best = max(((jaccard(toks, token_set(e.text)), e) for e in seen), default=(0.0, None), key=lambda t: t[0])
            reqs.append(LedgerRequest(r.id, r.letter_id, r.marker, r.text, r.topics, r.fact_ids,
                                      repeats=best[1].id if best[1] is not None and best[0] >= threshold else None))
        seen.extend(reqs)
        out.append(LedgerLetter(**{**x.__dict__, "requests": tuple(reqs)}))
    return out


def _person_verdicts(reply: StoredDocument) -> dict[str, Fact]:
    out = {}
    for f in reply.facts:
        if f.field == "coverage" and f.status in (FactStatus.CONFIRMED, FactStatus.CORRECTED):
            v = f.effective_value or {}
            out[str(v.get("marker") or f.key)] = f
    return out


def build_ledger(docs: Sequence[StoredDocument], *, clock: Clock, include_proposed: bool = True,
                 embedder: Embedder | None = None, coverage_settings: CoverageSettings | None = None) -> Ledger:
    today = clock.today()
    order = sorted(docs, key=lambda d: ((doc_date(d) or PartialDate(9999)).first_day(), d.id))
    letters = [_letter(d, include_proposed=include_proposed) for d in order
               if doc_kind(d, include_proposed=include_proposed) == DocumentKind.COMMITTEE_LETTER]
    letters = _link_repeats(letters)
    reply_docs = {d.id: d for d in order if doc_kind(d, include_proposed=include_proposed) == DocumentKind.STATE_REPLY}
    replies = []
    for d in reply_docs.values():
        letter_id, basis = _link_reply(d, letters, include_proposed=include_proposed)
        replies.append(LedgerReply(d.id, d.title or d.filename, doc_date(d, include_proposed=include_proposed),
                                   letter_id, basis, fact_ids(usable(d.facts, "reply_to", include_proposed=False))))
    states: dict[str, RequestState] = {}
    deadlines: dict[str, DeadlineStatus] = {}
    for i, x in enumerate(letters):
        linked = sorted((r for r in replies if r.letter_id == x.document_id),
                        key=lambda r: (r.date or PartialDate(9999)).first_day())
        first = linked[0] if linked else None
        deadlines[x.document_id] = deadline_status(
            letter_id=x.document_id, due=x.deadline, reply_id=first.document_id if first else None,
            reply_date=first.date.as_date() if first and first.date else None, today=today,
            followed_up=i + 1 < len(letters))
        for r in x.requests:
            states[r.id] = RequestState(r.id, NO_REPLY)
        for rep in linked:
            rdoc = reply_docs[rep.document_id]
            verdicts = _person_verdicts(rdoc)
            report = assess_coverage([RequestInput(r.marker, r.text) for r in x.requests], rdoc.paragraphs,
                                     letter_date=x.date.as_date() if x.date else None,
                                     embedder=embedder, settings=coverage_settings) if rdoc.paragraphs else None
            for j, r in enumerate(x.requests):
                if r.marker in verdicts:
                    f = verdicts[r.marker]
                    v = f.effective_value or {}
                    cand = RequestState(r.id, str(v.get("status", UNANSWERED)), rep.document_id,
                                        tuple(v.get("evidence_paragraphs") or ()), tuple(_as_list(v.get("missing"))),
                                        1.0, True, fact_ids([f]))
                elif report is not None:
                    c = report.requests[j]
                    cand = RequestState(r.id, c.status, rep.document_id, tuple(c.evidence_paragraphs), tuple(c.missing),
                                        c.confidence)
                else:
                    continue
                prev = states[r.id]
                if prev.by_person and not cand.by_person:
                    continue
                if cand.by_person or _STATUS_RANK[cand.status] > _STATUS_RANK.get(prev.status, 0):
                    states[r.id] = cand
    cited = _resolve_cited([c for x in letters for c in x.cited], docs)
    return Ledger(letters=tuple(letters), replies=tuple(replies), deadlines=deadlines, states=states,
                  cited=tuple(cited), today=today)


def _as_list(v: object) -> list[str]:
    if v is None:
        return []
    return [str(x) for x in v] if isinstance(v, list | tuple) else [str(v)]


def _resolve_cited(cited: list[CitedItem], docs: Sequence[StoredDocument]) -> list[CitedItem]:
    want = {"letter": DocumentKind.COMMITTEE_LETTER, "reply": DocumentKind.STATE_REPLY, "decision": DocumentKind.DECISION}
    out = []
    for c in cited:
        match = next((d.id for d in docs if c.date is not None and doc_date(d) == c.date
                      and doc_kind(d) == want.get(c.kind, "")), None)
        out.append(CitedItem(c.kind, c.date, c.symbol, c.cited_by, c.fact_id, match))
    return out
