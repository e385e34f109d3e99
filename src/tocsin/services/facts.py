"""Reviewing facts (confirm, reject, correct) and re-running the extractors."""

from __future__ import annotations

import builtins

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa

from tocsin.domain.documents import Confidentiality
from tocsin.domain.facts import Fact, FactStatus
from tocsin.errors import InvalidInput, NotFound
from tocsin.services.app import Core
from tocsin.services.context import Actor
from tocsin.services.documents import DocumentService
from tocsin.services.ingest import run_extractors
from tocsin.store.tables import documents, facts


class FactService:
    def __init__(self, core: Core) -> None:
        self.core = core
        self.documents = DocumentService(core)

    def get(self, actor: Actor, fact_id: str) -> Fact:
        with self.core.read() as conn:
            fact = self.core.repo.get_fact(conn, fact_id)
        if fact is None or not actor.sees_level(fact.confidentiality):
            raise NotFound(f"no fact {fact_id}")
        self.documents.get(actor, fact.document_id, with_facts=False)  # access to its document
        self.core.audit_confidential_reads(actor=actor.username, facts=[fact])
        return fact

    def review(self, actor: Actor, fact_id: str, *, status: str, value: Any = None,
               confidentiality: str | None = None) -> Fact:
        actor.require_edit()
        fact = self.get(actor, fact_id)
        try:
            st = FactStatus(status)
        except ValueError as exc:
            raise InvalidInput(f"unknown status {status!r}", code="invalid_status") from exc
        if st is FactStatus.PROPOSED:
            raise InvalidInput("a person confirms, rejects or corrects a fact", code="invalid_status")
        if st is FactStatus.CORRECTED and value is None:
            raise InvalidInput("a correction needs the corrected value", code="missing_value")
        level = Confidentiality.parse(confidentiality) if confidentiality else None
        fields = ["status"] + (["corrected_value"] if st is FactStatus.CORRECTED else [])
        if level is not None:
            fields.append("confidentiality")
        with self.core.write(actor=actor.username, action=f"fact.{st.value}", object_type="fact",
                             object_id=fact_id, fields=fields) as conn:
            self.core.repo.review_fact(conn, fact_id, status=st, corrected_value=value, now=self.core.now(),
                                       actor=actor.username, level=level)
            if fact.field in {"kind", "date", "language"}:
                v = value if st is FactStatus.CORRECTED else (None if st is FactStatus.REJECTED else fact.value)
                column = {"kind": "kind", "date": "doc_date", "language": "language"}[fact.field]
                self.core.repo.update_document(conn, fact.document_id, **{column: v})
        return self.get(actor, fact_id)

    def add(self, actor: Actor, doc_id: str, *, field: str, value: Any, key: str = "",
            confidentiality: str = "internal") -> Fact:
        """A fact entered by a person: stored as confirmed, never replaced by re-extraction."""
        actor.require_edit()
        self.documents.get(actor, doc_id, with_facts=False)
        fact = Fact(field=field, value=value, extractor=f"person:{actor.username}", version="1", confidence=1.0,
                    key=key, status=FactStatus.CONFIRMED, confidentiality=Confidentiality.parse(confidentiality))
        with self.core.write(actor=actor.username, action="fact.add", object_type="fact", fields=("value",)) as conn:
            fid = self.core.repo.add_fact(conn, doc_id, fact, now=self.core.now(), actor=actor.username)
            conn.info["audit"]["object_id"] = fid
        return self.get(actor, fid)

    def list(self, actor: Actor, *, field: str | None = None, status: str | None = None, limit: int = 100,
             offset: int = 0) -> tuple[builtins.list[Fact], int]:
        """Facts across documents, paged; the count covers every page."""
        where = [facts.c.confidentiality <= int(actor.clearance),
                 facts.c.document_id.in_(sa.select(documents.c.id).where(*actor.document_filter()))]
        if field:
            where.append(facts.c.field == field)
        if status:
            where.append(facts.c.status == status)
        with self.core.read() as conn:
            total = int(conn.execute(sa.select(sa.func.count()).select_from(facts).where(*where)).scalar() or 0)
            rows = conn.execute(sa.select(facts).where(*where).order_by(facts.c.created_at.desc(), facts.c.id)
                                .limit(limit).offset(offset)).all()
            out = [self.core.repo._fact(r) for r in rows]
        self.core.audit_confidential_reads(actor=actor.username, facts=out)
        return out, total

    def reextract(self, actor: Actor, *, doc_ids: builtins.list[str] | None = None,
                  on_doc: Callable[[str, int, int], None] | None = None) -> tuple[int, int, int]:
        """Run the extractors again; proposed facts are replaced, human-set ones kept. Idempotent."""
        actor.require_edit()
        with self.core.read() as conn:
            ids = doc_ids or [r[0] for r in conn.execute(sa.select(documents.c.id).where(*actor.document_filter())
                                                         .order_by(documents.c.id))]
        n_docs = added_total = removed_total = 0
        for doc_id in ids:
            with self.core.read() as conn:
                doc = self.core.repo.get_document(conn, doc_id)
            if doc is None:
                continue
            ex = run_extractors(doc.as_source())
            with self.core.write(actor=actor.username, action="reextract", object_type="document",
                                 object_id=doc_id, fields=("facts",)) as conn:
                added, removed = self.core.repo.replace_proposed(conn, doc_id, ex.facts, now=self.core.now(),
                                                                 default_level=doc.confidentiality)
                human = {f.field for f in self.core.repo.facts_for(conn, [doc_id], fields=("kind", "date", "language"))
                         if f.status.human}
                update = {}
                if "kind" not in human:
                    update["kind"] = ex.kind
                if "date" not in human:
                    update["doc_date"] = ex.date
                if "language" not in human:
                    update["language"] = ex.language
                self.core.repo.update_document(conn, doc_id, **update)
            n_docs += 1
            added_total += added
            removed_total += removed
            if on_doc:
                on_doc(doc_id, added, removed)
        return n_docs, added_total, removed_total
