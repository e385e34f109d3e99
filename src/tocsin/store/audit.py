"""Append-only, hash-chained audit log written in the same transaction as the change it records.

Each row's hash covers its content and the previous row's hash, so an edit, a deletion or a
reordering breaks the chain at a row that `verify` names. Rows hold who, when, what and which
fields, never values. Appends are serialised (BEGIN IMMEDIATE on SQLite, an advisory lock on
PostgreSQL) so concurrent writers cannot fork the chain.

The chain alone cannot show that its tail was cut off, nor that someone with write access rewrote a
row and recomputed every later hash. Checkpoints close both gaps: (seq, hash) pairs kept outside
the database (HOME/audit-checkpoints.jsonl, a backup's manifest, a printout); `verify` checks that
each checkpointed row is still there with the same hash, which covers every row up to it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from tocsin.store.engine import placeholder
from tocsin.store.tables import audit_log

GENESIS = "0" * 64
_LOCK_KEY = 0x70C5111


@dataclass(frozen=True)
class AuditEvent:
    seq: int
    at: str
    actor: str
    action: str
    object_type: str
    object_id: str
    fields: list[str]
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class AuditProblem:
    seq: int
    problem: str


def _digest(*, seq: int, at: str, actor: str, action: str, object_type: str, object_id: str,
            fields: str, prev_hash: str) -> str:
    payload = json.dumps([seq, at, actor, action, object_type, object_id, fields, prev_hash],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode()).hexdigest()


def append(conn: Connection, *, at: str, actor: str, action: str, object_type: str, object_id: str,
           fields: list[str] | tuple[str, ...] = ()) -> int:
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_KEY})
    # Driver-level statements: one audit row is written with every change, ingest included.
    last = conn.exec_driver_sql(_LAST).first()
    seq = (last[0] + 1) if last else 1
    prev = last[1] if last else GENESIS
    fields_json = json.dumps(sorted(set(fields)))
    h = _digest(seq=seq, at=at, actor=actor, action=action, object_type=object_type, object_id=object_id,
                fields=fields_json, prev_hash=prev)
    mark = placeholder(conn)
    conn.exec_driver_sql(_INSERT.format(", ".join([mark] * 9)),
                         (seq, at, actor, action, object_type, object_id, fields_json, prev, h))
    return seq


_LAST = "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"
_INSERT = ("INSERT INTO audit_log (seq, at, actor, action, object_type, object_id, fields, prev_hash, hash) "
           "VALUES ({})")


@dataclass(frozen=True)
class Checkpoint:
    seq: int
    hash: str

    @classmethod
    def parse(cls, text: str) -> Checkpoint:
        """"SEQ:HASH" as `tocsin audit checkpoint` prints it."""
        seq, _, h = text.strip().partition(":")
        if not seq.isdigit() or len(h) != 64 or any(c not in "0123456789abcdef" for c in h):
            raise ValueError(f"a checkpoint is SEQ:HASH (64 hex digits), not {text!r}")
        return cls(int(seq), h)


def head(conn: Connection) -> Checkpoint | None:
    last = conn.execute(sa.select(audit_log.c.seq, audit_log.c.hash).order_by(audit_log.c.seq.desc()).limit(1)).first()
    return Checkpoint(last.seq, last.hash) if last else None


def verify(conn: Connection, *, batch: int = 10_000,
           checkpoints: list[Checkpoint] | tuple[Checkpoint, ...] = ()) -> tuple[int, list[AuditProblem]]:
    """Walk the chain; return (rows checked, problems). An empty list means the log is intact."""
    problems: list[AuditProblem] = []
    wanted: dict[int, set[str]] = {}
    for cp in checkpoints:
        wanted.setdefault(cp.seq, set()).add(cp.hash)
    prev_hash = GENESIS
    expected_seq = 1
    checked = 0
    after = 0
    while True:
        rows = conn.execute(sa.select(audit_log).where(audit_log.c.seq > after).order_by(audit_log.c.seq)
                            .limit(batch)).all()
        if not rows:
            break
        for r in rows:
            checked += 1
            if r.seq != expected_seq:
                problems.append(AuditProblem(r.seq, f"rows {expected_seq}..{r.seq - 1} are missing (deleted)"))
            if r.prev_hash != prev_hash:
                problems.append(AuditProblem(r.seq, "does not follow the previous row (deleted or reordered)"))
            h = _digest(seq=r.seq, at=r.at, actor=r.actor, action=r.action, object_type=r.object_type,
                        object_id=r.object_id, fields=r.fields, prev_hash=r.prev_hash)
            if h != r.hash:
                problems.append(AuditProblem(r.seq, "its content was edited (hash mismatch)"))
            if r.seq in wanted and r.hash not in wanted.pop(r.seq):
                problems.append(AuditProblem(r.seq, "differs from a checkpoint: the log was rewritten up to here"))
            prev_hash = r.hash
            expected_seq = r.seq + 1
            after = r.seq
    for seq in sorted(wanted):
        problems.append(AuditProblem(seq, "is missing although a checkpoint recorded it: rows were deleted or "
                                          "the tail of the log was cut off"))
    return checked, problems


def recent(conn: Connection, *, limit: int = 50, object_id: str | None = None) -> list[AuditEvent]:
    q = sa.select(audit_log).order_by(audit_log.c.seq.desc()).limit(limit)
    if object_id:
        q = q.where(audit_log.c.object_id == object_id)
    return [AuditEvent(seq=r.seq, at=r.at, actor=r.actor, action=r.action, object_type=r.object_type,
                       object_id=r.object_id, fields=json.loads(r.fields), prev_hash=r.prev_hash, hash=r.hash)
            for r in conn.execute(q)]
