"""Online backup (while another thread writes) and restore into a fresh home, on both databases."""

from __future__ import annotations

import secrets
import threading
import zipfile
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from tests.security.conftest import TEST_KEY, build_world
from tocsin.cli.main import get_app
from tocsin.config import Settings
from tocsin.errors import AuditTampered, Conflict, InvalidInput
from tocsin.services import LOCAL_ADMIN, build_services
from tocsin.store.backup import ORDER
from tocsin.store.tables import metadata


def _counts(svc) -> dict[str, int]:
    with svc.core.engine.connect() as conn:
        return {t: conn.execute(sa.select(sa.func.count()).select_from(metadata.tables[t])).scalar() for t in ORDER}


def _cli(args: list[str], *, home: Path, url: str | None):
    env = {"TOCSIN_ENCRYPTION_KEY": TEST_KEY, "TOCSIN_DATABASE_URL": url or ""}
    return CliRunner().invoke(get_app(), ["--home", str(home), *args], env=env)


def _fresh_pg(pg_url: str) -> str:
    """Another throwaway database on the same server (dropped by the caller)."""
    admin = sa.create_engine(pg_url.rsplit("/", 1)[0] + "/postgres", isolation_level="AUTOCOMMIT")
    name = "tocsin_restore_" + secrets.token_hex(4)
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return pg_url.rsplit("/", 1)[0] + "/" + name


def _drop_pg(url: str) -> None:
    admin = sa.create_engine(url.rsplit("/", 1)[0] + "/postgres", isolation_level="AUTOCOMMIT")
    name = url.rsplit("/", 1)[1]
    with admin.connect() as conn:
        conn.execute(sa.text(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"))
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))
    admin.dispose()


@pytest.mark.parametrize("target", ["same", "sqlite"])
def test_online_backup_and_restore_round_trip(services, settings, clock, tmp_path, target):
    src = services
    world = build_world(src)
    is_pg = not settings.is_sqlite
    stop = threading.Event()
    written: list[str] = []
    errors: list[BaseException] = []

    def writer() -> None:  # a second engine, as another process would have
        other = build_services(settings, clock)
        try:
            i = 0
            while not stop.is_set() and i < 200:
                out = other.ingest.ingest_bytes(LOCAL_ADMIN, filename=f"late-{i}.txt", extract=False,
                                                data=f"Late statement {i} {secrets.token_hex(8)}.\n".encode())
                written.append(out[0].document_id)
                other.facts.review(LOCAL_ADMIN, world.fact_pub, status="confirmed" if i % 2 else "rejected")
                i += 1
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            other.close()

    t = threading.Thread(target=writer)
    t.start()
    while len(written) < 3 and t.is_alive():
        pass
    backup = tmp_path / "backup.zip"
    res = _cli(["backup", str(backup)], home=settings.home, url=settings.database_url)
    stop.set()
    t.join(60)
    assert res.exit_code == 0, res.output
    assert not errors, errors
    assert len(written) >= 3

    manifest = zipfile.ZipFile(backup).read("manifest.json")
    assert b"audit_head" in manifest
    # Into a fresh home: the same kind of database, or SQLite from PostgreSQL.
    new_home = tmp_path / "restored"
    new_url = _fresh_pg(settings.database_url) if (is_pg and target == "same") else None
    try:
        res = _cli(["restore", str(backup)], home=new_home, url=new_url)
        assert res.exit_code == 0, res.output
        dst = build_services(Settings(home=new_home, database_url=new_url, encryption_key=TEST_KEY), clock)
        try:
            import json

            rows = json.loads(res.stdout.splitlines()[-1])["rows"]
            after = _counts(dst)
            assert {k: after[k] for k in ORDER if k != "audit_log"} == {k: rows[k] for k in ORDER if k != "audit_log"}
            assert after["audit_log"] == rows["audit_log"] + 1  # + the restore itself
            # The snapshot is consistent: every document has its original and paragraphs.
            with dst.core.engine.connect() as conn:
                assert conn.execute(sa.text("SELECT count(*) FROM documents d LEFT JOIN blobs b "
                                            "ON b.sha256 = d.sha256 WHERE b.sha256 IS NULL")).scalar() == 0
            for doc_id in (world.doc_conf, world.doc_pub):
                a = src.documents.get(LOCAL_ADMIN, doc_id)
                b = dst.documents.get(LOCAL_ADMIN, doc_id)
                assert (a.text, a.filename, a.title, a.metadata, a.paragraphs) == \
                       (b.text, b.filename, b.title, b.metadata, b.paragraphs)
                assert src.documents.original(LOCAL_ADMIN, doc_id)[1] == dst.documents.original(LOCAL_ADMIN, doc_id)[1]
                assert {(f.id, repr(f.value)) for f in a.facts} <= {(f.id, repr(f.value)) for f in b.facts} | \
                       {(world.fact_pub, repr(f.value)) for f in a.facts}
            assert dst.facts.get(LOCAL_ADMIN, world.fact_conf).value == {"name": world.witness}
            assert [h.document.id for h in dst.documents.search(LOCAL_ADMIN, "undertakings").hits] == [world.doc_pub]
            assert dst.admin.verify_audit(LOCAL_ADMIN)[1] == []
            # users and their grants come back: the viewer still sees only situation A
            viewer = dst.accounts.actor_for(world.viewer.user_id)
            assert {s.id for s in dst.situations.list(viewer)} == {world.sit_a}
            # a second restore into the now full home is refused
            with pytest.raises(Conflict):
                dst.admin.restore(LOCAL_ADMIN, backup)
        finally:
            dst.close()
    finally:
        if new_url:
            _drop_pg(new_url)


def test_restore_refuses_tampered_or_foreign_files(sqlite_services, tmp_path, clock):
    svc = sqlite_services
    build_world(svc)
    backup = tmp_path / "b.zip"
    svc.admin.backup(LOCAL_ADMIN, backup)
    # an audit row edited inside the backup
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(backup) as zin, zipfile.ZipFile(bad, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "audit_log.jsonl":
                data = data.replace(b'"actor": "cli"', b'"actor": "eve"', 1)
            zout.writestr(item, data)
    for i, (source, error) in enumerate([(bad, AuditTampered), (tmp_path / "none.zip", InvalidInput)]):
        (tmp_path / "junk.zip").write_bytes(b"PK\x03\x04 not a zip")
        dst = build_services(Settings(home=tmp_path / f"fresh{i}", encryption_key=TEST_KEY), clock)
        try:
            with pytest.raises(error):
                dst.admin.restore(LOCAL_ADMIN, source)
            with pytest.raises(InvalidInput):
                dst.admin.restore(LOCAL_ADMIN, tmp_path / "junk.zip")
            assert _counts(dst)["documents"] == 0  # nothing half-restored
        finally:
            dst.close()


def test_backup_to_unwritable_place_fails_cleanly(sqlite_services, tmp_path):
    home = sqlite_services.core.settings.home
    res = _cli(["backup", str(tmp_path / "no" / "such" / "dir" / "b.zip")], home=home, url=None)
    assert res.exit_code == 2 and "backup_failed" in res.output
    assert not list((tmp_path / "no").glob("**/*.part")) if (tmp_path / "no").exists() else True
