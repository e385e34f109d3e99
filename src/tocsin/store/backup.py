"""Logical backups: every table as JSON Lines in one zip, read in one consistent snapshot.

The same format serves SQLite and PostgreSQL (and moves a home from one to the other). Encrypted
values stay encrypted: a backup is useless without the key file, which is kept apart on purpose.

Online: on PostgreSQL the snapshot is a REPEATABLE READ, READ ONLY transaction; on SQLite a deferred
read transaction in WAL mode. Neither blocks writers, who go on while the backup is written. The
manifest records the head of the audit chain; restore loads everything in one transaction and
refuses a backup whose audit log does not verify up to that head.
"""

from __future__ import annotations

import base64
import json
import os
import zipfile
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from tocsin.errors import AuditTampered, Conflict, InvalidInput
from tocsin.store import audit
from tocsin.store.migrate import head_revision
from tocsin.store.tables import metadata

ORDER = ["users", "documents", "blobs", "paragraphs", "facts", "situations", "situation_documents",
         "situation_access", "audit_log"]
FORMAT = "tocsin-backup-1"


def _encode(value: object) -> object:
    if isinstance(value, (bytes, memoryview)):
        return {"$b64": base64.b64encode(bytes(value)).decode()}
    return value


def _decode(value: object) -> object:
    if isinstance(value, dict) and "$b64" in value:
        return base64.b64decode(value["$b64"])
    return value


def backup(engine: Engine, target: Path) -> tuple[dict[str, int], audit.Checkpoint | None]:
    """Write every table to `target` from one snapshot; returns row counts and the audit head."""
    counts: dict[str, int] = {}
    tmp = target.with_name(target.name + ".part")
    options: dict = {"tocsin_read_only": True}  # SQLite: a deferred BEGIN, writers are not blocked
    if engine.dialect.name == "postgresql":
        options.update(isolation_level="REPEATABLE READ", postgresql_readonly=True)
    try:
        with engine.connect().execution_options(**options) as conn, conn.begin(), \
                zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            head = audit.head(conn)  # the first read fixes the snapshot
            for name in ORDER:
                table = metadata.tables[name]
                n = 0
                with zf.open(f"{name}.jsonl", "w") as fh:
                    pk = list(table.primary_key.columns)
                    for row in conn.execute(sa.select(table).order_by(*pk)).mappings():
                        fh.write((json.dumps({k: _encode(v) for k, v in row.items()}, ensure_ascii=False)
                                  + "\n").encode())
                        n += 1
                counts[name] = n
            zf.writestr("manifest.json", json.dumps({
                "format": FORMAT, "schema": head_revision(), "counts": counts,
                "audit_head": {"seq": head.seq, "hash": head.hash} if head else None}))
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
    return counts, head


def restore(engine: Engine, source: Path) -> tuple[dict[str, int], audit.Checkpoint | None]:
    """Load a backup into an empty, migrated database, in one transaction."""
    try:
        zf = zipfile.ZipFile(source)
        manifest = json.loads(zf.read("manifest.json"))
    except (OSError, KeyError, zipfile.BadZipFile, ValueError) as exc:
        raise InvalidInput(f"{source} is not a tocsin backup: {exc}", code="invalid_backup") from exc
    if manifest.get("format") != FORMAT:
        raise InvalidInput("unknown backup format", code="invalid_backup")
    if manifest.get("schema") != head_revision():
        raise InvalidInput(f"the backup has schema {manifest.get('schema')}, this tocsin {head_revision()}: "
                           "restore with the version that wrote it, then upgrade", code="invalid_backup")
    h = manifest.get("audit_head")
    head = audit.Checkpoint(int(h["seq"]), str(h["hash"])) if h else None
    counts: dict[str, int] = {}
    with engine.begin() as conn:
        for name in ORDER:
            if conn.execute(sa.select(sa.func.count()).select_from(metadata.tables[name])).scalar():
                raise Conflict(f"the database is not empty ({name} has rows): restore into a new home",
                               code="restore_not_empty")
        for name in ORDER:
            table = metadata.tables[name]
            batch: list[dict] = []
            n = 0
            try:
                fh = zf.open(f"{name}.jsonl")
            except KeyError as exc:
                raise InvalidInput(f"the backup lacks {name}.jsonl", code="invalid_backup") from exc
            with fh:
                for line in fh:
                    batch.append({k: _decode(v) for k, v in json.loads(line).items()})
                    if len(batch) >= 500:
                        conn.execute(table.insert(), batch)
                        n += len(batch)
                        batch = []
            if batch:
                conn.execute(table.insert(), batch)
                n += len(batch)
            counts[name] = n
        if conn.dialect.name == "postgresql":
            for name, col in (("paragraphs", "id"), ("users", "id")):
                conn.execute(sa.text(f"SELECT setval(pg_get_serial_sequence('{name}', '{col}'), "
                                     f"COALESCE((SELECT MAX({col}) FROM {name}), 0) + 1, false)"))
        _, problems = audit.verify(conn, checkpoints=[head] if head else [])
        if problems:  # rolls the whole restore back
            raise AuditTampered(f"the backup's audit log does not verify: row {problems[0].seq} "
                                f"{problems[0].problem}", detail={"problems": len(problems)})
    return counts, head
