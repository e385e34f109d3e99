"""Reading documents: list, show, original bytes, search. Access is checked on every path."""

from __future__ import annotations

import builtins

from collections import Counter
from dataclasses import dataclass, field

import sqlalchemy as sa

from tocsin.domain.documents import Confidentiality, StoredDocument
from tocsin.domain.facts import Fact, FactStatus
from tocsin.errors import NotFound, PermissionDenied
from tocsin.services.app import Core
from tocsin.services.context import Actor
from tocsin.store.search import SearchFilter, highlight, parse_query, search_paragraphs
from tocsin.store.tables import documents, situation_documents


@dataclass(frozen=True)
class SearchHit:
    document: StoredDocument
    score: float
    snippets: tuple[str, ...]
    paragraphs: tuple[int, ...]


@dataclass(frozen=True)
class SearchResult:
    query: str
    hits: tuple[SearchHit, ...]
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)


class DocumentService:
    def __init__(self, core: Core) -> None:
        self.core = core

    # --- access -----------------------------------------------------------------------------
    def _check(self, conn, actor: Actor, doc: StoredDocument | None, doc_id: str) -> StoredDocument:  # type: ignore[no-untyped-def]
        if doc is None or not actor.sees_level(doc.confidentiality):
            raise NotFound(f"no document {doc_id}")
        if actor.situation_ids is not None:
            shared = conn.execute(sa.select(sa.func.count()).select_from(situation_documents).where(
                situation_documents.c.document_id == doc.id,
                situation_documents.c.status == "confirmed",
                situation_documents.c.situation_id.in_(sorted(actor.situation_ids)))).scalar()
            if not shared:
                raise NotFound(f"no document {doc_id}")
        return doc

    def visible_facts(self, actor: Actor, facts: tuple | list) -> tuple[Fact, ...]:
        return tuple(f for f in facts if actor.sees_level(f.confidentiality))

    # --- reading ----------------------------------------------------------------------------
    def get(self, actor: Actor, doc_id: str, *, with_facts: bool = True) -> StoredDocument:
        with self.core.read() as conn:
            doc = self._check(conn, actor, self.core.repo.get_document(conn, doc_id, with_facts=with_facts), doc_id)
        if with_facts:
            from dataclasses import replace

            doc = replace(doc, facts=self.visible_facts(actor, doc.facts))
        self.core.audit_confidential_reads(actor=actor.username, documents=[doc], facts=doc.facts)
        return doc

    def resolve(self, actor: Actor, ref: str) -> StoredDocument:
        """A document by id, id prefix, sha256 or file name."""
        with self.core.read() as conn:
            doc_id = conn.execute(sa.select(documents.c.id).where(sa.or_(
                documents.c.id == ref, documents.c.sha256 == ref, documents.c.filename == ref)).limit(1)).scalar()
            if doc_id is None and len(ref) >= 6:
                doc_id = conn.execute(sa.select(documents.c.id).where(documents.c.id.startswith(ref)).limit(2)).scalar()
        if doc_id is None:
            raise NotFound(f"no document {ref}")
        return self.get(actor, doc_id)

    def original(self, actor: Actor, doc_id: str) -> tuple[StoredDocument, bytes]:
        with self.core.read() as conn:
            doc = self._check(conn, actor, self.core.repo.get_document(conn, doc_id, with_text=False), doc_id)
            data = self.core.repo.get_blob(conn, doc.sha256)
        if data is None:
            raise NotFound(f"the original of {doc_id} is missing")
        if doc.confidentiality >= Confidentiality.CONFIDENTIAL:
            self.core.audit_read(actor=actor.username, object_type="document", object_id=doc.id, fields=("original",))
        return doc, data

    def list(self, actor: Actor, *, kind: str | None = None, limit: int = 50, offset: int = 0,
             parent_id: str | None = None) -> tuple[builtins.list[StoredDocument], int]:
        where = actor.document_filter()
        if kind:
            where.append(documents.c.kind == kind)
        if parent_id:
            where.append(documents.c.parent_id == parent_id)
        with self.core.read() as conn:
            docs = self.core.repo.list_documents(conn, where=where, limit=limit, offset=offset)
            total = self.core.repo.count_documents(conn, where=where)
        return docs, total

    def set_confidentiality(self, actor: Actor, doc_id: str, level: str) -> StoredDocument:
        """Reclassify a document: its text, original and search entries follow the new level."""
        actor.require_edit()
        new = Confidentiality.parse(level)
        doc = self.get(actor, doc_id, with_facts=False)
        if not actor.sees_level(new):
            raise PermissionDenied("you cannot classify above your own clearance")
        with self.core.write(actor=actor.username, action="document.classify", object_type="document",
                             object_id=doc.id, fields=("confidentiality",)) as conn:
            self.core.repo.set_confidentiality(conn, doc.id, new)
        return self.get(actor, doc.id, with_facts=False)

    # --- search -----------------------------------------------------------------------------
    def search(self, actor: Actor, query: str, *, kinds: tuple[str, ...] = (), language: str | None = None,
               date_from: str | None = None, date_to: str | None = None, limit: int = 20,
               facets: bool = False) -> SearchResult:
        terms = parse_query(query)
        flt = SearchFilter(kinds=kinds, language=language, date_from=date_from, date_to=date_to,
                           max_confidentiality=int(actor.clearance),
                           situation_ids=None if actor.situation_ids is None else tuple(sorted(actor.situation_ids)))
        with self.core.read() as conn:
            rows = search_paragraphs(conn, terms, flt=flt, limit=max(limit * 8, 50))
            grouped: dict[str, list] = {}
            for r in rows:
                grouped.setdefault(r.document_id, []).append(r)
            hits = []
            wanted = list(grouped)[:limit]
            docs = {d.id: d for d in self.core.repo.list_documents(conn, where=[documents.c.id.in_(wanted)],
                                                                   limit=len(wanted))}
            for doc_id in wanted:
                prs = grouped[doc_id]
                doc = docs.get(doc_id)
                if doc is None:
                    continue
                hits.append(SearchHit(document=doc, score=max(p.score for p in prs),
                                      snippets=tuple(highlight(p.text, terms) for p in prs[:2]),
                                      paragraphs=tuple(p.idx for p in prs[:2])))
            facet_counts: dict[str, builtins.list[tuple[str, int]]] = {}
            if facets and hits:
                facet_counts = self._facets(conn, actor, [h.document for h in hits])
        return SearchResult(query=query, hits=tuple(hits), facets=facet_counts)

    def _facets(self, conn, actor: Actor, docs: builtins.list[StoredDocument]) -> dict[str, builtins.list[tuple[str, int]]]:  # type: ignore[no-untyped-def]
        counters: dict[str, Counter] = {k: Counter() for k in ("kind", "year", "state", "group", "allegation")}
        for d in docs:
            if d.kind:
                counters["kind"][d.kind] += 1
            if d.date:
                counters["year"][d.date[:4]] += 1
        fs = self.core.repo.facts_for(conn, [d.id for d in docs], fields=("state", "group", "allegation"))
        seen = set()
        for f in fs:
            if f.status is FactStatus.REJECTED or not actor.sees_level(f.confidentiality):
                continue
            v = f.effective_value
            label = v.get("tag") or v.get("name") if isinstance(v, dict) else v
            if label and (f.document_id, f.field, label) not in seen:
                seen.add((f.document_id, f.field, label))
                counters[f.field][str(label)] += 1
        return {k: c.most_common(12) for k, c in counters.items() if c}
