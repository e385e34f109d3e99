"""Users and their situation grants."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from tocsin.store.tables import situation_access, users


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    password_hash: str
    role: str
    clearance: int
    disabled: bool
    totp_secret: str | None
    failed_logins: int
    locked_until: str | None
    created_at: str


def _row(r: Any) -> UserRow:
    return UserRow(id=r.id, username=r.username, password_hash=r.password_hash, role=r.role, clearance=r.clearance,
                   disabled=bool(r.disabled), totp_secret=r.totp_secret, failed_logins=r.failed_logins,
                   locked_until=r.locked_until, created_at=r.created_at)


def get_user(conn: Connection, username: str) -> UserRow | None:
    r = conn.execute(sa.select(users).where(users.c.username == username)).first()
    return _row(r) if r else None


def get_user_by_id(conn: Connection, user_id: int) -> UserRow | None:
    r = conn.execute(sa.select(users).where(users.c.id == user_id)).first()
    return _row(r) if r else None


def list_users(conn: Connection) -> list[UserRow]:
    return [_row(r) for r in conn.execute(sa.select(users).order_by(users.c.username))]


def insert_user(conn: Connection, **values: Any) -> int:
    key = conn.execute(users.insert().values(**values)).inserted_primary_key
    assert key is not None
    return int(key[0])


def update_user(conn: Connection, user_id: int, **values: Any) -> None:
    conn.execute(users.update().where(users.c.id == user_id).values(**values))


def granted_situations(conn: Connection, user_id: int) -> frozenset[str]:
    return frozenset(r[0] for r in conn.execute(
        sa.select(situation_access.c.situation_id).where(situation_access.c.user_id == user_id)))


def grant(conn: Connection, *, user_id: int, situation_id: str) -> None:
    exists = conn.execute(sa.select(situation_access.c.user_id).where(
        situation_access.c.user_id == user_id, situation_access.c.situation_id == situation_id)).first()
    if not exists:
        conn.execute(situation_access.insert().values(user_id=user_id, situation_id=situation_id))


def revoke(conn: Connection, *, user_id: int, situation_id: str) -> None:
    conn.execute(situation_access.delete().where(situation_access.c.user_id == user_id,
                                                 situation_access.c.situation_id == situation_id))
