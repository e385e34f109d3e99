"""kill -9 in the middle of a large ingest leaves a consistent store; the next run stores the rest."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.security.conftest import TEST_KEY, clean_pg

TOCSIN = str(Path(sys.executable).parent / "tocsin")
N_FILES = 300


def _corpus(folder: Path) -> None:
    folder.mkdir()
    filler = "The committee notes the displacement of pastoralist families near the reservoir. " * 40
    for i in range(N_FILES):
        body = f"Statement number {i} on Kordavia.\n\n1. {filler}\n\n2. Item {i} of the series, unique {i * 7919}.\n"
        if i % 10 == 0:  # some bigger files make each transaction last longer
            body += ("\n\n".join(f"{j}. paragraph {j} of file {i}. {filler}" for j in range(1, 120)))
        (folder / f"doc-{i:04d}.txt").write_text(body)


def _env(home: Path, url: str | None) -> dict:
    env = {**os.environ, "TOCSIN_HOME": str(home), "TOCSIN_ENCRYPTION_KEY": TEST_KEY}
    env.pop("TOCSIN_DATABASE_URL", None)
    if url:
        env["TOCSIN_DATABASE_URL"] = url
    return env


def _consistency(engine) -> dict:
    """Every document whole: its original, its paragraphs, its ingest audit record; nothing orphaned."""
    with engine.connect() as conn:
        q = lambda sql: conn.execute(sa.text(sql)).scalar()  # noqa: E731
        out = {
            "documents": q("SELECT count(*) FROM documents"),
            "no_original": q("SELECT count(*) FROM documents d LEFT JOIN blobs b ON b.sha256 = d.sha256 "
                             "WHERE b.sha256 IS NULL"),
            "no_paragraphs": q("SELECT count(*) FROM documents d WHERE NOT EXISTS "
                               "(SELECT 1 FROM paragraphs p WHERE p.document_id = d.id)"),
            "orphan_blobs": q("SELECT count(*) FROM blobs b WHERE NOT EXISTS "
                              "(SELECT 1 FROM documents d WHERE d.sha256 = b.sha256)"),
            "orphan_paragraphs": q("SELECT count(*) FROM paragraphs p LEFT JOIN documents d ON d.id = p.document_id "
                                   "WHERE d.id IS NULL"),
            "orphan_facts": q("SELECT count(*) FROM facts f LEFT JOIN documents d ON d.id = f.document_id "
                              "WHERE d.id IS NULL"),
            "no_audit": q("SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM audit_log a "
                          "WHERE a.action = 'ingest' AND a.object_id = d.id)"),
        }
    return out


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_kill_9_mid_ingest_then_resume(tmp_path, backend, request):
    from tocsin.store.audit import verify
    from tocsin.store.engine import make_engine

    corpus = tmp_path / "corpus"
    _corpus(corpus)
    home = tmp_path / "home"
    url = None
    if backend == "postgresql":
        url = request.getfixturevalue("pg_database")
        clean_pg(url)
    proc = subprocess.Popen([TOCSIN, "ingest", "--jsonl", "--no-extract", str(corpus)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=_env(home, url), text=True)
    stored = 0
    deadline = time.monotonic() + 120
    assert proc.stdout is not None
    while stored < 40 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        stored += json.loads(line)["status"] == "stored"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert 40 <= stored < N_FILES, "the ingest must be killed part-way"

    db_url = url or f"sqlite:///{home / 'tocsin.sqlite3'}"
    if backend == "sqlite":
        raw = sqlite3.connect(home / "tocsin.sqlite3")
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        raw.close()
    engine = make_engine(db_url)
    state = _consistency(engine)
    # The process ran on between its last line we read and the kill: at least what it reported.
    assert stored <= state["documents"] < N_FILES
    assert {k: v for k, v in state.items() if k != "documents"} == dict.fromkeys(state.keys() - {"documents"}, 0)
    with engine.connect() as conn:
        assert verify(conn)[1] == []
    engine.dispose()

    res = subprocess.run([TOCSIN, "ingest", "--jsonl", "--no-extract", str(corpus)], capture_output=True, text=True,
                         env=_env(home, url), timeout=600)
    assert res.returncode == 0, res.stderr
    statuses = [json.loads(line)["status"] for line in res.stdout.splitlines()]
    assert len(statuses) == N_FILES
    assert statuses.count("duplicate") == state["documents"]
    assert statuses.count("stored") == N_FILES - state["documents"]
    engine = make_engine(db_url)
    state = _consistency(engine)
    assert state["documents"] == N_FILES
    assert {k: v for k, v in state.items() if k != "documents"} == dict.fromkeys(state.keys() - {"documents"}, 0)
    with engine.connect() as conn:
        assert verify(conn)[1] == []
    engine.dispose()
