"""Situations: create, propose and confirm membership, merge, split; the dossier the analyses read."""

from __future__ import annotations

import builtins

import re
import secrets
import unicodedata
from dataclasses import dataclass

from tocsin.domain.documents import Confidentiality, StoredDocument
from tocsin.domain.facts import Fact, FactStatus
from tocsin.errors import Conflict, InvalidInput, NotFound
from tocsin.services.app import Core
from tocsin.services.context import Actor
from tocsin.store import situations as db
from tocsin.store.situations import Membership, SituationRow

PROPOSE_AT = 0.6


def slugify(name: str) -> str:
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")[:100] or secrets.token_hex(4)


def _main(word: str | None) -> str:
    w = (word or "").strip().lower()
    return w[:-1] if len(w) > 4 and w.endswith("s") else w


@dataclass(frozen=True)
class Dossier:
    """A situation with its documents (and their facts) as the actor may see them."""

    situation: SituationRow
    members: tuple[Membership, ...]
    documents: tuple[StoredDocument, ...]

    @property
    def facts(self) -> list[Fact]:
        return [f for d in self.documents for f in d.facts if f.status is not FactStatus.REJECTED]


class SituationService:
    def __init__(self, core: Core) -> None:
        self.core = core

    def _get(self, conn, actor: Actor, ref: str) -> SituationRow:  # type: ignore[no-untyped-def]
        row = db.get(conn, ref)
        if row is None or not actor.sees_situation(row.id) or not actor.sees_level(row.confidentiality):
            raise NotFound(f"no situation {ref}")
        return row

    def create(self, actor: Actor, *, name: str, state: str | None = None, group: str | None = None,
               description: str = "", confidentiality: str = "internal") -> SituationRow:
        actor.require_edit()
        name = name.strip()
        if not name or len(name) > 300:
            raise InvalidInput("a situation needs a name of at most 300 characters", code="invalid_name")
        sid = secrets.token_hex(8)
        with self.core.write(actor=actor.username, action="situation.create", object_type="situation",
                             object_id=sid, fields=("name", "state", "group_name", "description")) as conn:
            if db.get(conn, name) or db.get(conn, slugify(name)):
                raise Conflict(f"a situation named {name!r} exists", code="situation_exists")
            db.insert(conn, id=sid, name=name, slug=slugify(name), state=state, group_name=group,
                      description=description, confidentiality=int(Confidentiality.parse(confidentiality)),
                      created_at=self.core.now())
            if actor.user_id is not None and actor.situation_ids is not None:
                from tocsin.store.accounts import grant

                grant(conn, user_id=actor.user_id, situation_id=sid)
            row = db.get(conn, sid)
        assert row is not None
        return row

    def list(self, actor: Actor) -> list[SituationRow]:
        with self.core.read() as conn:
            rows = db.list_all(conn, actor.situation_ids)
        return [r for r in rows if actor.sees_level(r.confidentiality)]

    def get(self, actor: Actor, ref: str) -> SituationRow:
        with self.core.read() as conn:
            return self._get(conn, actor, ref)

    def dossier(self, actor: Actor, ref: str, *, include_proposed: bool = True) -> Dossier:
        with self.core.read() as conn:
            sit = self._get(conn, actor, ref)
            # Restricted users see confirmed members only: a proposal is not yet part of the file.
            proposed_ok = include_proposed and actor.situation_ids is None
            members = [m for m in db.members(conn, sit.id) if proposed_ok or m.status == "confirmed"]
            docs = []
            for m in members:
                d = self.core.repo.get_document(conn, m.document_id, with_facts=True)
                if d is not None and actor.sees_level(d.confidentiality):
                    from dataclasses import replace

                    docs.append(replace(d, facts=tuple(f for f in d.facts if actor.sees_level(f.confidentiality))))
        docs.sort(key=lambda d: (d.date or d.created_at[:10], d.id))
        self.core.audit_confidential_reads(actor=actor.username, documents=docs,
                                           facts=[f for d in docs for f in d.facts])
        return Dossier(situation=sit, members=tuple(members), documents=tuple(docs))

    def add_document(self, actor: Actor, ref: str, doc_id: str, *, status: str = "confirmed") -> None:
        actor.require_edit()
        if status not in {"confirmed", "rejected", "proposed"}:
            raise InvalidInput(f"unknown membership status {status!r}", code="invalid_status")
        with self.core.write(actor=actor.username, action=f"situation.document.{status}", object_type="situation",
                             fields=("documents",)) as conn:
            sit = self._get(conn, actor, ref)
            conn.info["audit"]["object_id"] = sit.id
            if self.core.repo.get_document(conn, doc_id, with_text=False) is None:
                raise NotFound(f"no document {doc_id}")
            db.set_member(conn, situation_id=sit.id, document_id=doc_id, status=status, score=1.0,
                          reason=f"set by {actor.username}", now=self.core.now(), keep_human=False)

    def propose_for_document(self, actor: Actor, doc_id: str) -> builtins.list[tuple[str, float, str]]:
        """Score every situation for a document; propose those above the threshold."""
        with self.core.read() as conn:
            doc = self.core.repo.get_document(conn, doc_id, with_text=False, with_facts=True)
            if doc is None:
                return []
            sits = db.list_all(conn)
            member_codes: dict[str, set[str]] = {}
            for s in sits:
                ids = [m.document_id for m in db.members(conn, s.id)]
                codes = {str(f.effective_value).lower() for f in
                         self.core.repo.facts_for(conn, ids, fields=("reference_code",))} if ids else set()
                member_codes[s.id] = codes
        states = {str(f.effective_value).upper() for f in doc.facts if f.field == "state"}
        groups = {_main(v.get("name") if isinstance(v, dict) else str(v))
                  for f in doc.facts if f.field == "group" for v in [f.effective_value]}
        codes = {str(f.effective_value).lower() for f in doc.facts if f.field == "reference_code"}
        proposals = []
        for s in sits:
            score, why = 0.0, []
            if s.state and s.state.upper() in states:
                score += 0.4
                why.append(f"State {s.state}")
            if s.group_name and _main(s.group_name) in groups:
                score += 0.4
                why.append(f"group {s.group_name}")
            shared = codes & member_codes.get(s.id, set())
            if shared:
                score += 0.6
                why.append("cites " + ", ".join(sorted(shared)))
            if score >= PROPOSE_AT:
                proposals.append((s.id, min(score, 1.0), "; ".join(why)))
        if proposals:
            with self.core.write(actor=actor.username, action="situation.propose", object_type="document",
                                 object_id=doc_id, fields=("situations",)) as conn:
                for sid, score, reason in proposals:
                    db.set_member(conn, situation_id=sid, document_id=doc_id, status="proposed", score=score,
                                  reason=reason, now=self.core.now())
        return proposals

    def merge(self, actor: Actor, target: str, source: str) -> SituationRow:
        """Move every document of `source` into `target`, then delete `source`."""
        actor.require_edit()
        with self.core.write(actor=actor.username, action="situation.merge", object_type="situation",
                             fields=("documents",)) as conn:
            t, s = self._get(conn, actor, target), self._get(conn, actor, source)
            if t.id == s.id:
                raise InvalidInput("a situation cannot be merged into itself", code="invalid_merge")
            conn.info["audit"]["object_id"] = t.id
            for m in db.members(conn, s.id, include_rejected=True):
                db.set_member(conn, situation_id=t.id, document_id=m.document_id, status=m.status, score=m.score,
                              reason=m.reason or f"merged from {s.name}", now=self.core.now())
            db.delete(conn, s.id)
        return self.get(actor, t.id)

    def split(self, actor: Actor, ref: str, *, name: str, doc_ids: builtins.list[str]) -> SituationRow:
        """Move some documents of a situation into a new one."""
        actor.require_edit()
        src = self.get(actor, ref)
        new = self.create(actor, name=name, state=src.state, group=src.group_name)
        with self.core.write(actor=actor.username, action="situation.split", object_type="situation",
                             object_id=src.id, fields=("documents",)) as conn:
            for doc_id in doc_ids:
                db.remove_member(conn, situation_id=src.id, document_id=doc_id)
                db.set_member(conn, situation_id=new.id, document_id=doc_id, status="confirmed", score=1.0,
                              reason=f"split from {src.name}", now=self.core.now(), keep_human=False)
        return new

    def of_document(self, actor: Actor, doc_id: str) -> builtins.list[tuple[SituationRow, Membership]]:
        with self.core.read() as conn:
            out = []
            for m in db.memberships_of(conn, doc_id):
                row = db.get(conn, m.situation_id)
                if row and actor.sees_situation(row.id) and actor.sees_level(row.confidentiality):
                    out.append((row, m))
        return out
