"""Engines for SQLite (WAL, busy timeout, immediate write transactions) and PostgreSQL (a pool).

On SQLite every write transaction starts with BEGIN IMMEDIATE, so two writers (the web app and the
CLI) queue on the busy timeout instead of failing with "database is locked" half-way through.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

BUSY_TIMEOUT_MS = 60_000


def make_engine(url: str, *, pool_size: int = 5) -> Engine:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1] if "///" in url else ""
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA cache_size=-65536")  # 64 MiB of page cache per connection
            cur.execute("PRAGMA mmap_size=268435456")  # read through the OS page cache, no copies
            cur.execute("PRAGMA temp_store=MEMORY")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn):  # type: ignore[no-untyped-def]
            # A long read-only snapshot (an online backup) must not hold the write lock.
            deferred = conn.get_execution_options().get("tocsin_read_only")
            conn.exec_driver_sql("BEGIN" if deferred else "BEGIN IMMEDIATE")

        return engine
    return sa.create_engine(url, pool_size=pool_size, max_overflow=10, pool_pre_ping=True)


def placeholder(conn: Connection) -> str:
    """The driver's parameter mark, for the few statements sent to the driver directly."""
    return "?" if conn.dialect.paramstyle == "qmark" else "%s"


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"
