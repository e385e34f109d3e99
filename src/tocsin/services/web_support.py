"""View models for the web pages and their JSON twins: one call, one plain dict, two renderings.

Pages and API routes both call these functions, so a page never shows what its JSON twin does not
hold. Everything is computed for an Actor through the access-checked services (or, for the few
list queries that must be fast at 10^5 rows, through SQL filtered by `actor.document_filter()`).

The situation-level analyses (deadlines, ledger, coverage, indicators) use `tocsin.analyse` when it
is there and small fallbacks otherwise; when `services.analysis` lands these adapters shrink.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import threading
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from tocsin.domain.documents import Confidentiality, StoredDocument
from tocsin.domain.facts import Fact, FactStatus
from tocsin.errors import InvalidInput, NotFound
from tocsin.exports.views import indicators_view, timeline_view
from tocsin.services.context import Actor
from tocsin.store.search import HL_END, HL_START
from tocsin.store.tables import audit_log, documents, facts, situation_documents

LETTER = "committee_letter"
REPLY = "state_reply"
NGO = "ngo_statement"

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


# --- small helpers -----------------------------------------------------------------------------
def day_of(value: Any) -> dt.date | None:
    """A calendar day from a fact value ("2021-07-14", {"date": ...}, {"iso": ...}); None if imprecise."""
    if isinstance(value, dict):
        value = value.get("date") or value.get("iso") or value.get("value")
    if isinstance(value, str) and _ISO_DAY.match(value[:10]):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def label_of(fact: Fact) -> str:
    """A short human text for a fact value, whatever its shape."""
    v = fact.effective_value
    if isinstance(v, dict):
        if fact.field == "casualty":
            parts = [str(v.get("qualifier") or ""), str(v.get("number") or ""), str(v.get("category") or "")]
            return " ".join(p for p in parts if p and p != "None")
        if fact.field == "request":
            return f"({v.get('marker', '')}) {v.get('text', '')}".strip()
        if fact.field == "reference":
            return " ".join(str(v.get(k) or "") for k in ("kind", "symbol", "date")).strip()
        for k in ("tag", "name", "text", "date", "iso", "value", "symbol", "code"):
            if v.get(k):
                return str(v[k])
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list):
        return ", ".join(str(x) for x in v)
    return "" if v is None else str(v)


def doc_brief(d: StoredDocument) -> dict:
    return {"id": d.id, "filename": d.filename, "title": d.title, "kind": d.kind, "date": d.date,
            "language": d.language, "confidentiality": d.confidentiality.label, "size": d.size,
            "media_type": d.media_type, "created_at": d.created_at}


def fact_dict(f: Fact) -> dict:
    return {"id": f.id, "document_id": f.document_id, "field": f.field, "key": f.key, "value": f.value,
            "corrected_value": f.corrected_value, "effective_value": f.effective_value, "label": label_of(f),
            "status": f.status.value, "confidence": f.confidence, "extractor": f"{f.extractor}@{f.version}",
            "span": [f.span.start, f.span.end] if f.span else None,
            "confidentiality": f.confidentiality.label}


def situation_brief(s: Any) -> dict:
    return {"id": s.id, "name": s.name, "slug": s.slug, "state": s.state, "group": s.group_name,
            "description": s.description, "created_at": s.created_at}


def mark_snippet(snippet: str) -> list[tuple[str, bool]]:
    """A search snippet as (text, highlighted) parts; the renderer escapes each part."""
    out: list[tuple[str, bool]] = []
    pos = 0
    while pos < len(snippet):
        start = snippet.find(HL_START, pos)
        if start < 0:
            out.append((snippet[pos:].replace(HL_END, ""), False))
            break
        if start > pos:
            out.append((snippet[pos:start].replace(HL_END, ""), False))
        end = snippet.find(HL_END, start)
        end = len(snippet) if end < 0 else end
        out.append((snippet[start + 1:end].replace(HL_START, ""), True))
        pos = end + 1
    return [p for p in out if p[0]]


def text_segments(text: str, fs: Iterable[Fact]) -> list[dict]:
    """The text cut at fact spans: [{"text", "fact_id", "field"}]; overlapping spans keep the first."""
    spans = sorted((f for f in fs if f.span and 0 <= f.span.start < f.span.end <= len(text)
                    and f.status is not FactStatus.REJECTED), key=lambda f: (f.span.start, -f.span.end))  # type: ignore[union-attr]
    out: list[dict] = []
    pos = 0
    for f in spans:
        assert f.span is not None
        if f.span.start < pos:
            continue
        if f.span.start > pos:
            out.append({"text": text[pos:f.span.start], "fact_id": None, "field": None})
        out.append({"text": text[f.span.start:f.span.end], "fact_id": f.id, "field": f.field,
                    "status": f.status.value})
        pos = f.span.end
    if pos < len(text):
        out.append({"text": text[pos:], "fact_id": None, "field": None})
    return out


# --- the view models ---------------------------------------------------------------------------
class WebViews:
    """Read models of the pages; built on the access-checked services."""

    def __init__(self, services: Any) -> None:
        self.svc = services
        self.core = services.core

    def today(self) -> dt.date:
        return self.core.clock.now().date()

    # situation analysis: the ledger and what is built on it, cached per content fingerprint ----
    def _fingerprints(self, actor: Actor, ids: list[str]) -> dict[str, tuple]:
        """Per situation: what changes whenever its analysis would (members, facts, reviews).

        Reviews within one second leave the timestamps equal, so the counts per status and the
        size of the corrected values are part of it too."""
        if not ids:
            return {}
        reviewed = sa.func.sum(sa.case((facts.c.status != "proposed", 1), else_=0))
        rejected = sa.func.sum(sa.case((facts.c.status == "rejected", 1), else_=0))
        corrected = sa.func.sum(sa.func.length(sa.func.coalesce(facts.c.corrected_value, "")))
        with self.core.read() as conn:
            rows = conn.execute(
                sa.select(situation_documents.c.situation_id, sa.func.count(sa.distinct(situation_documents.c.document_id)),
                          sa.func.max(situation_documents.c.updated_at), sa.func.count(facts.c.id),
                          sa.func.max(sa.func.coalesce(facts.c.updated_at, facts.c.created_at)),
                          reviewed, rejected, corrected)
                .select_from(situation_documents.outerjoin(facts, facts.c.document_id == situation_documents.c.document_id))
                .where(situation_documents.c.situation_id.in_(ids), situation_documents.c.status == "confirmed")
                .group_by(situation_documents.c.situation_id)).all()
        fp = {r[0]: tuple(r[1:]) for r in rows}
        return {i: (id(self.core), i, int(actor.clearance), self.today().isoformat(), fp.get(i, ())) for i in ids}

    def analysis(self, actor: Actor, sit: Any, *, fingerprint: tuple | None = None) -> SituationAnalysis:
        fp = fingerprint or self._fingerprints(actor, [sit.id])[sit.id]
        hit = _ANALYSIS_CACHE.get(fp)
        if hit is not None:
            return hit
        dossier = self.svc.situations.dossier(actor, sit.id, include_proposed=False)
        docs = list(dossier.documents)
        a = self.svc.analysis.analyse_documents(docs)
        result = SituationAnalysis(docs=docs, ledger=a.ledger, timeline=a.timeline, findings=list(a.findings),
                                   flags=list(a.flags), triage=a.triage, by_id={d.id: d for d in docs})
        _ANALYSIS_CACHE.put(fp, result)
        return result

    # deadlines --------------------------------------------------------------------------------
    def deadlines(self, actor: Actor) -> list[dict]:
        """Reply deadlines of the letters in every visible situation (from each situation's ledger)."""
        sits = self.svc.situations.list(actor)
        fps = self._fingerprints(actor, [s.id for s in sits])
        out = []
        for s in sits:
            a = self.analysis(actor, s, fingerprint=fps[s.id])
            for d in a.deadline_items():
                out.append({**d, "situation": {"id": s.id, "name": s.name, "slug": s.slug}})
        order = {"overdue": 0, "never_answered": 1, "due": 2, "late": 3, "met": 4, "no_deadline": 5}
        out.sort(key=lambda x: (order.get(x["state"], 9), x["deadline"] or "9999"))
        return out

    # dashboard --------------------------------------------------------------------------------
    def unassigned(self, actor: Actor) -> SituationAnalysis | None:
        """The ledger of letters and replies in no situation yet, so their deadlines show too."""
        with self.core.read() as conn:
            head = conn.execute(sa.select(sa.func.max(audit_log.c.seq))).scalar() or 0
        scope = None if actor.situation_ids is None else tuple(sorted(actor.situation_ids))
        key = ("unassigned", id(self.core), int(actor.clearance), scope, self.today().isoformat(), head)
        hit = _ANALYSIS_CACHE.get(key)
        if hit is not None:
            return hit
        docs = self.svc.analysis.unassigned_correspondence(actor)
        result = None
        if docs:
            x = self.svc.analysis.analyse_documents(docs)
            result = SituationAnalysis(docs=docs, ledger=x.ledger, timeline=x.timeline, findings=list(x.findings),
                                       flags=list(x.flags), triage=x.triage, by_id={d.id: d for d in docs})
            _ANALYSIS_CACHE.put(key, result)
        return result

    def dashboard(self, actor: Actor) -> dict:
        sits = self.situation_summaries(actor)
        dls = [d for s in sits for d in s["deadline_items"]]
        loose = self.unassigned(actor)
        if loose is not None:
            dls += [{**d, "situation": None} for d in loose.deadline_items()]
        open_ = sorted((d for d in dls if d["state"] in OPEN_STATES), key=lambda d: d["deadline"] or "9999")
        done = sorted((d for d in dls if d["state"] in ("met", "late")), key=lambda d: d["reply"]["date"] or "",
                      reverse=True)
        awaiting = self.awaiting_review(actor, limit=10)
        activity = [{"seq": e.seq, "at": e.at, "actor": e.actor, "action": e.action, "object_type": e.object_type,
                     "object_id": e.object_id} for e in self.svc.admin.recent_activity(actor, limit=12)]
        for s in sits:
            s.pop("deadline_items")
        return {"today": self.today().isoformat(), "user": {"username": actor.username, "role": actor.role.value},
                "deadlines": open_, "recent_replies": done[:10], "awaiting_review": awaiting,
                "situations": sits, "activity": activity}

    def awaiting_review(self, actor: Actor, *, limit: int = 10, scan: int = 2000) -> list[dict]:
        """The newest documents with proposed facts; scans the latest `scan` documents in batches, so
        its cost does not grow with the number of facts."""
        out: list[dict] = []
        with self.core.read() as conn:
            for offset in range(0, scan, 200):
                batch = conn.execute(sa.select(documents.c.id).where(*actor.document_filter())
                                     .order_by(documents.c.created_at.desc(), documents.c.id)
                                     .limit(200).offset(offset)).scalars().all()
                if not batch:
                    break
                counts = dict(conn.execute(sa.select(facts.c.document_id, sa.func.count())
                                           .where(facts.c.document_id.in_(batch),
                                                  facts.c.status == FactStatus.PROPOSED.value,
                                                  facts.c.confidentiality <= int(actor.clearance))
                                           .group_by(facts.c.document_id)).all())
                for doc_id in batch:
                    if counts.get(doc_id):
                        d = self.core.repo.get_document(conn, doc_id, with_text=False)
                        if d is not None:
                            out.append({"document": doc_brief(d), "proposed": int(counts[doc_id])})
                    if len(out) >= limit:
                        return out
        return out

    def situation_summaries(self, actor: Actor) -> list[dict]:
        """Every visible situation with document counts, its escalation flags and triage level."""
        rows = self.svc.situations.list(actor)
        if not rows:
            return []
        ids = [r.id for r in rows]
        fps = self._fingerprints(actor, ids)
        with self.core.read() as conn:
            counts = conn.execute(sa.select(situation_documents.c.situation_id, situation_documents.c.status,
                                            sa.func.count().label("n"))
                                  .join(documents, documents.c.id == situation_documents.c.document_id)
                                  .where(situation_documents.c.situation_id.in_(ids), *actor.document_filter())
                                  .group_by(situation_documents.c.situation_id, situation_documents.c.status)).all()
        by: dict[str, dict[str, int]] = defaultdict(dict)
        for c in counts:
            by[c.situation_id][c.status] = int(c.n)
        out = []
        for s in rows:
            a = self.analysis(actor, s, fingerprint=fps[s.id])
            items = [{**d, "situation": {"id": s.id, "name": s.name, "slug": s.slug}} for d in a.deadline_items()]
            nxt = next((d for d in sorted(items, key=lambda d: d["deadline"] or "9999") if d["state"] in OPEN_STATES),
                       None)
            out.append({**situation_brief(s), "documents": by[s.id].get("confirmed", 0),
                        "proposed": by[s.id].get("proposed", 0), "flags": a.flags_dicts(),
                        "triage": a.triage.level, "next_deadline": nxt, "deadline_items": items})
        return out

    # situation --------------------------------------------------------------------------------
    def situation(self, actor: Actor, ref: str) -> dict:
        from tocsin.store import situations as sitdb

        sit = self.svc.situations.get(actor, ref)  # the access check
        with self.core.read() as conn:
            status_of = {m.document_id: m for m in sitdb.members(conn, sit.id)}
            briefs = self.core.repo.list_documents(
                conn, where=[documents.c.id.in_(sorted(status_of)), *actor.document_filter()],
                limit=10_000) if status_of else []
        briefs.sort(key=lambda d: (d.date or d.created_at[:10], d.id))
        docs = []
        for d in briefs:
            m = status_of[d.id]
            docs.append({**doc_brief(d), "membership": m.status, "reason": m.reason})
        a = self.analysis(actor, sit)
        items = [{**d, "situation": {"id": sit.id, "name": sit.name, "slug": sit.slug}} for d in a.deadline_items()]
        return {"situation": situation_brief(sit), "documents": docs, "deadlines": items,
                "timeline": a.timeline_dicts(), "figures": a.figure_dicts(), "indicators": a.indicator_dicts(),
                "flags": a.flags_dicts(), "triage": {"level": a.triage.level, "reasons": list(a.triage.reasons)},
                "ledger": [a.ledger_entry(x.document_id) for x in a.ledger.letters],
                "today": self.today().isoformat(), "can_draft": bool(a.ledger.letters)}

    def letter(self, actor: Actor, doc_id: str) -> dict:
        """A letter's requests against the replies linked to it, with the evidence passages."""
        letter = self.svc.documents.get(actor, doc_id)
        sits = [(row, m) for row, m in self.svc.situations.of_document(actor, letter.id) if m.status == "confirmed"]
        if sits:
            a = self.analysis(actor, sits[0][0])
        else:
            x = self.svc.analysis.analyse_documents([letter])
            a = SituationAnalysis(docs=[letter], ledger=x.ledger, timeline=x.timeline, findings=list(x.findings),
                                  flags=list(x.flags), triage=x.triage, by_id={letter.id: letter})
        if a.ledger.letter(letter.id) is None:
            raise InvalidInput("this document is not a committee letter (its kind is not committee_letter)",
                               code="not_a_letter")
        return {**a.ledger_entry(letter.id), "situations": [situation_brief(r) for r, _ in sits]}

    def draft(self, actor: Actor, ref: str, *, fmt: str = "docx", letter_id: str | None = None) -> tuple[str, bytes]:
        """A follow-up letter draft for a situation: (file name, bytes)."""
        if fmt not in ("docx", "pdf", "txt"):
            raise InvalidInput("the format is docx, pdf or txt", code="invalid_format")
        sit = self.svc.situations.get(actor, ref)
        try:
            d = self.svc.analysis.draft_letter(actor, sit.id, letter_id=letter_id)
        except (ValueError, NotFound) as exc:
            raise InvalidInput(str(exc), code="no_letter") from exc
        from tocsin.exports.documents import docx_bytes, pdf_bytes

        title = f"Follow-up letter: {sit.name}"
        data = {"docx": lambda: docx_bytes(d.blocks(), title=title), "pdf": lambda: pdf_bytes(d.blocks(), title=title),
                "txt": lambda: d.text().encode()}[fmt]()
        return f"draft-{sit.slug}-{self.today().isoformat()}.{fmt}", data

    # documents ----------------------------------------------------------------------------------
    def document(self, actor: Actor, doc_id: str) -> dict:
        d = self.svc.documents.get(actor, doc_id)
        sits = [{**situation_brief(row), "membership": m.status, "score": m.score, "reason": m.reason}
                for row, m in self.svc.situations.of_document(actor, d.id)]
        fs = sorted(d.facts, key=lambda f: (f.span.start if f.span else -1, f.field))
        return {"document": {**doc_brief(d), "sha256": d.sha256, "parent_id": d.parent_id,
                             "metadata": {k: v for k, v in d.metadata.items() if isinstance(v, str | int | float)}},
                "text": d.text, "segments": text_segments(d.text, fs), "facts": [fact_dict(f) for f in fs],
                "situations": sits, "is_letter": d.kind == LETTER or any(f.field == "request" for f in fs)}

    def documents(self, actor: Actor, *, kind: str | None, limit: int, offset: int) -> dict:
        docs, total = self.svc.documents.list(actor, kind=kind or None, limit=limit, offset=offset)
        return {"items": [doc_brief(d) for d in docs], "total": total, "limit": limit, "offset": offset}

    # facts: keyset paging, so page 1,000 of 250,000 costs what page 1 does ---------------------
    def facts_page(self, actor: Actor, *, field: str | None = None, status: str | None = None,
                   after: str | None = None, limit: int = 50, with_total: bool = True) -> dict:
        where = []
        if actor.situation_ids is not None or actor.clearance < Confidentiality.CONFIDENTIAL:
            # an admin cleared for everything needs no filter, so the count can use the smallest index
            where.append(facts.c.confidentiality <= int(actor.clearance))
            where.append(facts.c.document_id.in_(sa.select(documents.c.id).where(*actor.document_filter())))
        if field:
            where.append(facts.c.field == field)
        if status:
            if status not in {s.value for s in FactStatus}:
                raise InvalidInput(f"unknown status {status!r}", code="invalid_status")
            where.append(facts.c.status == status)
        page_where = list(where)
        if after:
            page_where.append(facts.c.id > after)
        with self.core.read() as conn:
            rows = conn.execute(sa.select(facts).where(*page_where).order_by(facts.c.id).limit(limit + 1)).all()
            total = int(conn.execute(sa.select(sa.func.count()).select_from(facts).where(*where)).scalar() or 0) \
                if with_total else None
            items = [self.core.repo._fact(r) for r in rows[:limit]]
            names = {d.id: d.filename for d in self.core.repo.list_documents(
                conn, where=[documents.c.id.in_(sorted({f.document_id for f in items}))], limit=limit)} \
                if items else {}
        nxt = items[-1].id if len(rows) > limit and items else None
        return {"items": [{**fact_dict(f), "document_filename": names.get(f.document_id)} for f in items],
                "total": total, "limit": limit, "next": nxt, "after": after}

    # search -------------------------------------------------------------------------------------
    def search(self, actor: Actor, *, q: str, kind: str | None = None, state: str | None = None,
               group: str | None = None, allegation: str | None = None, year: str | None = None,
               limit: int = 20) -> dict:
        if year and not re.fullmatch(r"\d{4}", year):
            raise InvalidInput("a year is four digits", code="invalid_year")
        want_fact_filter = bool(state or group or allegation)
        res = self.svc.documents.search(actor, q, kinds=(kind,) if kind else (), date_from=year or None,
                                        date_to=year or None, limit=limit * (4 if want_fact_filter else 1),
                                        facets=True)
        hits = list(res.hits)
        if want_fact_filter and hits:
            with self.core.read() as conn:
                fs = self.core.repo.facts_for(conn, [h.document.id for h in hits],
                                              fields=("state", "group", "allegation"))
            have: dict[str, set[tuple[str, str]]] = defaultdict(set)
            for f in fs:
                if f.status is FactStatus.REJECTED or not actor.sees_level(f.confidentiality):
                    continue
                v = f.effective_value
                lab = (v.get("tag") or v.get("name") or v.get("code")) if isinstance(v, dict) else v
                have[f.document_id].add((f.field, str(lab)))
            need = [(k, v) for k, v in (("state", state), ("group", group), ("allegation", allegation)) if v]
            hits = [h for h in hits if all(n in have[h.document.id] for n in need)]
        hits = hits[:limit]
        return {"query": q, "filters": {"kind": kind, "state": state, "group": group, "allegation": allegation,
                                        "year": year},
                "hits": [{"document": doc_brief(h.document), "score": round(h.score, 4),
                          "snippets": [[{"text": t, "mark": m} for t, m in mark_snippet(s)] for s in h.snippets],
                          "paragraphs": list(h.paragraphs)} for h in hits],
                "facets": {k: [{"value": v, "count": n} for v, n in vs] for k, vs in res.facets.items()}}

    # ingest -------------------------------------------------------------------------------------
    def upload(self, actor: Actor, files: list[tuple[str, bytes]], *, confidentiality: str | None = None) -> dict:
        actor.require_edit()
        out = []
        for name, data in files:
            for o in self.svc.ingest.ingest_bytes(actor, filename=name, data=data, confidentiality=confidentiality):
                out.append(o.as_dict())
        counts = Counter(o["status"] for o in out)
        return {"files": out, "counts": dict(counts)}


OPEN_STATES = ("due", "overdue", "never_answered")


class _Cache:
    """A small LRU of situation analyses keyed by content fingerprint; safe across threads."""

    def __init__(self, size: int = 128) -> None:
        self.size = size
        self._d: OrderedDict[tuple, SituationAnalysis] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple) -> SituationAnalysis | None:
        with self._lock:
            v = self._d.get(key)
            if v is not None:
                self._d.move_to_end(key)
            return v

    def put(self, key: tuple, value: SituationAnalysis) -> None:
        with self._lock:
            self._d[key] = value
            while len(self._d) > self.size:
                self._d.popitem(last=False)


_ANALYSIS_CACHE = _Cache()


def _iso(d: Any) -> str | None:
    if d is None:
        return None
    return d.iso() if hasattr(d, "iso") else d.isoformat()


@dataclass
class SituationAnalysis:
    """The ledger of a set of documents and what is derived from it; pure data, built once."""

    docs: list[StoredDocument]
    ledger: Any
    timeline: Any
    findings: list
    flags: list
    triage: Any
    by_id: dict[str, StoredDocument] = field(default_factory=dict)

    def _doc(self, doc_id: str | None) -> dict | None:
        d = self.by_id.get(doc_id or "")
        return {"id": d.id, "title": d.title or d.filename, "filename": d.filename, "date": d.date,
                "kind": d.kind} if d else None

    def deadline_items(self) -> list[dict]:
        out = []
        for x in self.ledger.letters:
            st = self.ledger.deadlines.get(x.document_id)
            if st is None:
                continue
            days = st.days_left if st.days_left is not None else st.overdue_days if st.overdue_days is not None \
                else st.late_days
            reply = self._doc(st.reply_id)
            if reply is not None and st.reply_date is not None:
                reply["date"] = st.reply_date.isoformat()
            out.append({"letter": self._doc(x.document_id) or {"id": x.document_id, "title": x.title},
                        "letter_date": _iso(x.date), "deadline": _iso(st.due), "state": st.state.value,
                        "days": days, "reply": reply, "reference_code": x.reference_code})
        return out

    def ledger_entry(self, letter_id: str) -> dict:
        from tocsin.analyse.ledger import NO_REPLY, RequestState

        x = self.ledger.letter(letter_id)
        assert x is not None
        replies = self.ledger.replies_to(letter_id)
        paras = {r.document_id: {p.index: p.text for p in self.by_id[r.document_id].paragraphs}
                 for r in replies if r.document_id in self.by_id}
        st = self.ledger.deadlines.get(letter_id)
        reqs = []
        for r in x.requests:
            s = self.ledger.states.get(r.id, RequestState(r.id, NO_REPLY))
            evidence = []
            for p in s.evidence_paragraphs:
                text = paras.get(s.reply_id or "", {}).get(p) if isinstance(p, int) else None
                evidence.append({"paragraph": p, "text": text or ""})
            history = [{"letter_id": le.document_id, "date": _iso(le.date), "marker": lr.marker, "status": ls.status}
                       for le, lr, ls in self.ledger.history(r.id)[:-1]]
            reqs.append({"id": r.id, "marker": r.marker, "text": r.text, "status": s.status, "reply_id": s.reply_id,
                         "evidence": evidence, "missing": list(s.missing), "confidence": round(s.confidence, 2),
                         "by_person": s.by_person, "fact_ids": list(r.fact_ids), "repeats": r.repeats,
                         "history": history})
        counts = Counter(r["status"] for r in reqs)
        return {"letter": self._doc(letter_id) or {"id": letter_id, "title": x.title}, "date": _iso(x.date),
                "reference_code": x.reference_code, "session": x.session, "addressee": x.addressee,
                "legal_basis": list(x.legal_basis), "deadline": _iso(x.deadline),
                "deadline_state": st.state.value if st else None,
                "replies": [{**(self._doc(r.document_id) or {"id": r.document_id, "title": r.title}),
                             "date": _iso(r.date), "link_basis": r.link_basis} for r in replies],
                "requests": reqs, "summary": {k: counts.get(k, 0) for k in ("answered", "partial", "unanswered",
                                                                            "no_reply")} | {"total": len(reqs)},
                "cited": [{"kind": c.kind, "date": _iso(c.date), "symbol": c.symbol, "in_store": c.in_store}
                          for c in x.cited]}

    def timeline_dicts(self) -> list[dict]:
        return timeline_view(self.timeline)["entries"]

    def figure_dicts(self) -> list[dict]:
        return timeline_view(self.timeline)["figures"]

    def indicator_dicts(self) -> list[dict]:
        return indicators_view(self.findings, self.triage, self.flags)["indicators"]

    def flags_dicts(self) -> list[dict]:
        return [{"kind": f.kind, "message": f.message, "document_ids": list(f.document_ids)} for f in self.flags]
