"""Shared fixtures: real SQLite homes, a real PostgreSQL database, the shared development corpus.

PostgreSQL: TOCSIN_TEST_PG_URL (default postgresql+psycopg://postgres@127.0.0.1:5432/test) names a
server on which a throwaway database is created for the run and dropped after it. Without a
server the PostgreSQL cases skip locally and fail under CI (CI=true), which must run both.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from tocsin.clock import FixedClock
from tocsin.config import Settings

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
# The extractors' derived-data cache (tocsin.cache) of the test runs: kept with pytest's own
# cache, shared by the workers, never the user's. Tests of the cache itself point it elsewhere.
os.environ.setdefault("TOCSIN_CACHE_DIR", str(REPO / ".pytest_cache" / "tocsin-extract"))
PG_ADMIN_URL = os.environ.get("TOCSIN_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
# A fixed test key: tests never touch a real key file.
TEST_KEY = "dGVzdC1rZXktdGhhdC1pcy0zMi1ieXRlcy1sb25nISE="


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip(f"the shared development corpus is not at {corpus} (clone beside ../shared to run this)")
    return corpus


@pytest.fixture(scope="session")
def shared_eval() -> Path:
    path = SHARED / "eval"
    if not path.is_dir():
        pytest.skip(f"the shared evaluation answers are not at {path}")
    return path


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    """A fresh PostgreSQL database for this test run."""
    try:
        admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
    except Exception as exc:  # no server
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is not reachable at {PG_ADMIN_URL}: {exc}")
        pytest.skip(f"PostgreSQL is not reachable at {PG_ADMIN_URL}")
    name = f"tocsin_test_{os.getpid()}_{secrets.token_hex(3)}"
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    yield url
    with admin.connect() as conn:
        conn.execute(sa.text(
            f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' AND pid <> pg_backend_pid()"))
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))
    admin.dispose()


def _truncate_pg(url: str) -> None:
    from tocsin.store.engine import make_engine
    from tocsin.store.migrate import upgrade
    from tocsin.store.tables import metadata

    engine = make_engine(url)
    upgrade(engine)
    with engine.begin() as conn:
        # a connection a failed test left open would hold locks the TRUNCATE waits for
        conn.execute(sa.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                             "WHERE datname = current_database() AND pid <> pg_backend_pid()"))
    with engine.begin() as conn:
        names = ", ".join(t.name for t in metadata.sorted_tables)
        conn.execute(sa.text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each test using this runs twice: on SQLite and on a clean PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'tocsin.sqlite3'}"
    url = request.getfixturevalue("pg_database")
    _truncate_pg(url)
    return url


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(dt.datetime(2025, 3, 1, 9, 0, tzinfo=dt.UTC))


@pytest.fixture
def settings(tmp_path: Path, db_url: str) -> Settings:
    url = None if db_url.startswith("sqlite") else db_url
    return Settings(home=tmp_path / "home", database_url=url, encryption_key=TEST_KEY)


@pytest.fixture
def services(settings: Settings, clock: FixedClock):  # type: ignore[no-untyped-def]
    from tocsin.services import build_services

    svc = build_services(settings, clock)
    yield svc
    svc.close()


@pytest.fixture
def sqlite_services(tmp_path: Path, clock: FixedClock):  # type: ignore[no-untyped-def]
    """SQLite only, for tests about the embedded default."""
    from tocsin.services import build_services

    svc = build_services(Settings(home=tmp_path / "home", encryption_key=TEST_KEY), clock)
    yield svc
    svc.close()
