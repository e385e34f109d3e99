"""Situations and the documents that belong to them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from tocsin.store.tables import situation_documents, situations


@dataclass(frozen=True)
class SituationRow:
    id: str
    name: str
    slug: str
    state: str | None
    group_name: str | None
    description: str
    confidentiality: int
    created_at: str


@dataclass(frozen=True)
class Membership:
    situation_id: str
    document_id: str
    status: str  # proposed, confirmed, rejected
    score: float
    reason: str


def _row(r: Any) -> SituationRow:
    return SituationRow(id=r.id, name=r.name, slug=r.slug, state=r.state, group_name=r.group_name,
                        description=r.description, confidentiality=r.confidentiality, created_at=r.created_at)


def insert(conn: Connection, **values: Any) -> None:
    conn.execute(situations.insert().values(**values))


def update(conn: Connection, situation_id: str, **values: Any) -> None:
    conn.execute(situations.update().where(situations.c.id == situation_id).values(**values))


def delete(conn: Connection, situation_id: str) -> None:
    conn.execute(situations.delete().where(situations.c.id == situation_id))


def get(conn: Connection, ref: str) -> SituationRow | None:
    r = conn.execute(sa.select(situations).where(sa.or_(situations.c.id == ref, situations.c.slug == ref,
                                                        situations.c.name == ref))).first()
    if r is None:  # a name typed loosely: case-insensitive
        r = conn.execute(sa.select(situations).where(sa.func.lower(situations.c.name) == ref.lower())).first()
    return _row(r) if r else None


def list_all(conn: Connection, ids: frozenset[str] | None = None) -> list[SituationRow]:
    q = sa.select(situations).order_by(situations.c.name)
    if ids is not None:
        q = q.where(situations.c.id.in_(sorted(ids)))
    return [_row(r) for r in conn.execute(q)]


def members(conn: Connection, situation_id: str, *, include_rejected: bool = False) -> list[Membership]:
    q = sa.select(situation_documents).where(situation_documents.c.situation_id == situation_id)
    if not include_rejected:
        q = q.where(situation_documents.c.status != "rejected")
    return [Membership(r.situation_id, r.document_id, r.status, r.score, r.reason) for r in conn.execute(q)]


def memberships_of(conn: Connection, document_id: str) -> list[Membership]:
    q = sa.select(situation_documents).where(situation_documents.c.document_id == document_id)
    return [Membership(r.situation_id, r.document_id, r.status, r.score, r.reason) for r in conn.execute(q)]


def set_member(conn: Connection, *, situation_id: str, document_id: str, status: str, score: float, reason: str,
               now: str, keep_human: bool = True) -> None:
    row = conn.execute(sa.select(situation_documents.c.status).where(
        situation_documents.c.situation_id == situation_id,
        situation_documents.c.document_id == document_id)).first()
    if row is None:
        conn.execute(situation_documents.insert().values(situation_id=situation_id, document_id=document_id,
                                                         status=status, score=score, reason=reason, updated_at=now))
    elif not (keep_human and row.status != "proposed"):
        conn.execute(situation_documents.update().where(
            situation_documents.c.situation_id == situation_id,
            situation_documents.c.document_id == document_id).values(status=status, score=score, reason=reason,
                                                                      updated_at=now))


def remove_member(conn: Connection, *, situation_id: str, document_id: str) -> None:
    conn.execute(situation_documents.delete().where(situation_documents.c.situation_id == situation_id,
                                                    situation_documents.c.document_id == document_id))
