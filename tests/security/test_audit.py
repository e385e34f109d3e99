"""The audit log: every change and every read of confidential material; never a value; tamper-evident."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from tocsin.cli.main import get_app
from tocsin.services import LOCAL_ADMIN
from tocsin.store.tables import audit_log


def _rows(svc, after: int = 0) -> list:
    with svc.core.engine.connect() as conn:
        return conn.execute(sa.select(audit_log).where(audit_log.c.seq > after).order_by(audit_log.c.seq)).all()


def _head(svc) -> int:
    rows = _rows(svc)
    return rows[-1].seq if rows else 0


def test_every_change_is_recorded(world, tmp_path):
    svc = world.svc
    actions = [(r.actor, r.action, r.object_type, r.object_id) for r in _rows(svc)]
    assert ("cli", "situation.create", "situation", world.sit_a) in actions
    assert ("cli", "ingest", "document", world.doc_conf) in actions
    assert ("cli", "situation.document.confirmed", "situation", world.sit_a) in actions
    assert ("cli", "fact.add", "fact", world.fact_conf) in actions
    assert ("cli", "user.add", "user", "viewer") in actions
    assert ("cli", "access.grant", "situation", world.sit_a) in actions
    head = _head(svc)
    svc.facts.review(world.editor, world.fact_pub, status="corrected", value="Tulpar district")
    svc.admin.backup(LOCAL_ADMIN, tmp_path / "b.zip")
    new = [(r.actor, r.action, r.object_id, json.loads(r.fields)) for r in _rows(svc, head)]
    assert ("editor", "fact.corrected", world.fact_pub, ["corrected_value", "status"]) in new
    assert ("cli", "backup", "*", []) in new
    for r in _rows(svc):
        assert r.at.startswith("2025-03-01T09:00")  # the injected clock


def test_reads_of_confidential_material_are_recorded(world):
    svc, who = world.svc, world.conf_viewer
    cases = [
        (lambda: svc.documents.get(who, world.doc_conf), ("document", world.doc_conf)),
        (lambda: svc.documents.original(who, world.doc_conf), ("document", world.doc_conf)),
        (lambda: svc.documents.get(who, world.doc_pub), ("fact", world.fact_conf)),
        (lambda: svc.facts.get(who, world.fact_conf), ("fact", world.fact_conf)),
        (lambda: svc.facts.list(who, field="witness"), ("fact", world.fact_conf)),
        (lambda: svc.situations.dossier(who, world.sit_a), ("document", world.doc_conf)),
        (lambda: svc.situations.dossier(who, world.sit_a), ("fact", world.fact_conf)),
    ]
    for read, (otype, oid) in cases:
        head = _head(svc)
        read()
        got = {(r.actor, r.action, r.object_type, r.object_id) for r in _rows(svc, head)}
        assert ("confviewer", "read", otype, oid) in got, (otype, oid)
    # Reading what is not confidential writes nothing.
    head = _head(svc)
    svc.documents.get(world.viewer, world.doc_pub)
    svc.situations.dossier(world.viewer, world.sit_a)
    svc.facts.list(world.viewer)
    assert _rows(svc, head) == []


def test_no_value_ever_reaches_the_audit_table(world):
    svc = world.svc
    svc.facts.review(LOCAL_ADMIN, world.fact_conf, status="corrected", value={"name": world.witness + " Jr"})
    svc.documents.get(world.conf_viewer, world.doc_conf)
    svc.situations.dossier(world.conf_viewer, world.sit_a)
    svc.accounts.set_password(LOCAL_ADMIN, "viewer", "an even better password")
    with svc.core.engine.connect() as conn:
        dump = json.dumps([list(r) for r in conn.execute(sa.select(audit_log)).all()])
    for secret in (world.witness, world.marker, "Oskenbayeva", "Tulpar", "better password", "correct horse"):
        assert secret not in dump


def _cli(home, *args):
    return CliRunner().invoke(get_app(), ["--home", str(home), *args],
                              env={"TOCSIN_ENCRYPTION_KEY": "dGVzdC1rZXktdGhhdC1pcy0zMi1ieXRlcy1sb25nISE="})


def _problems(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


@pytest.fixture
def logged(sqlite_world):
    svc = sqlite_world.svc
    n = _head(svc)
    assert n >= 12
    return sqlite_world, svc.core.settings.home, n


def test_intact_log_verifies(logged):
    _, home, n = logged
    res = _cli(home, "audit", "verify")
    assert res.exit_code == 0, res.output
    assert f"intact: {n} rows" in res.output


def _sql(svc, statement: str, **params) -> None:
    with svc.core.engine.begin() as conn:
        conn.execute(sa.text(statement), params)


def test_edited_row_is_named(logged):
    world, home, _ = logged
    _sql(world.svc, "UPDATE audit_log SET actor = 'someone-else' WHERE seq = 5")
    res = _cli(home, "audit", "verify")
    assert res.exit_code == 1
    assert [p["seq"] for p in _problems(res.stdout)] == [5]
    assert "edited" in _problems(res.stdout)[0]["problem"]


def test_edited_fields_row_is_named(logged):
    world, home, _ = logged
    _sql(world.svc, "UPDATE audit_log SET fields = '[]', object_id = 'x' WHERE seq = 7")
    res = _cli(home, "audit", "verify")
    assert res.exit_code == 1 and [p["seq"] for p in _problems(res.stdout)] == [7]


def test_deleted_row_is_named(logged):
    world, home, _ = logged
    _sql(world.svc, "DELETE FROM audit_log WHERE seq = 6")
    res = _cli(home, "audit", "verify")
    assert res.exit_code == 1
    probs = _problems(res.stdout)
    assert {p["seq"] for p in probs} == {7} and "6..6" in probs[0]["problem"]


def test_swapped_rows_are_named(logged):
    world, home, _ = logged
    with world.svc.core.engine.begin() as conn:
        a, b = (conn.execute(sa.select(audit_log).where(audit_log.c.seq == s)).first() for s in (4, 5))
        cols = [c for c in audit_log.c.keys() if c != "seq"]
        conn.execute(audit_log.update().where(audit_log.c.seq == 4).values({c: getattr(b, c) for c in cols}))
        conn.execute(audit_log.update().where(audit_log.c.seq == 5).values({c: getattr(a, c) for c in cols}))
    res = _cli(home, "audit", "verify")
    assert res.exit_code == 1
    assert {p["seq"] for p in _problems(res.stdout)} >= {4, 5}


def test_recomputed_chain_is_caught_by_a_checkpoint(logged):
    """An attacker who rewrites a row and recomputes every later hash defeats the chain alone;
    a checkpoint kept outside the database catches it."""
    from tocsin.store.audit import GENESIS, _digest

    world, home, n = logged
    res = _cli(home, "audit", "checkpoint")
    assert res.exit_code == 0, res.output
    cp = json.loads(res.stdout.splitlines()[-1])
    assert cp["seq"] == n and len(cp["hash"]) == 64
    with world.svc.core.engine.begin() as conn:
        conn.execute(sa.text("UPDATE audit_log SET actor = 'nobody' WHERE seq = 3"))
        prev = GENESIS
        for r in conn.execute(sa.select(audit_log).order_by(audit_log.c.seq)).all():
            h = _digest(seq=r.seq, at=r.at, actor=r.actor, action=r.action, object_type=r.object_type,
                        object_id=r.object_id, fields=r.fields, prev_hash=prev)
            conn.execute(audit_log.update().where(audit_log.c.seq == r.seq).values(prev_hash=prev, hash=h))
            prev = h
    res = _cli(home, "audit", "verify")
    assert res.exit_code == 1
    assert any(p["seq"] == n and "checkpoint" in p["problem"] for p in _problems(res.stdout))
    # the checkpoint can also be given by hand (kept on paper, in a mail, in another system)
    (home / "audit-checkpoints.jsonl").unlink()
    assert _cli(home, "audit", "verify").exit_code == 0  # without it the rewrite is invisible
    res = _cli(home, "audit", "verify", "--checkpoint", f"{cp['seq']}:{cp['hash']}")
    assert res.exit_code == 1


def test_truncated_tail_is_caught(logged):
    world, home, n = logged
    assert _cli(home, "audit", "checkpoint").exit_code == 0
    world.svc.situations.create(LOCAL_ADMIN, name="After the checkpoint")
    _sql(world.svc, "DELETE FROM audit_log WHERE seq >= :s", s=n - 2)
    res = _cli(home, "audit", "verify")
    assert res.exit_code == 1
    probs = _problems(res.stdout)
    assert any("missing" in p["problem"] and p["seq"] == n for p in probs), probs


def test_every_write_leaves_a_checkpoint_behind_backup(logged, tmp_path):
    """A backup records the head of the chain in its manifest; restore checks the chain it loads."""
    import zipfile

    world, home, _ = logged
    res = _cli(home, "backup", str(tmp_path / "b.zip"))
    assert res.exit_code == 0, res.output
    manifest = json.loads(zipfile.ZipFile(tmp_path / "b.zip").read("manifest.json"))
    assert manifest["audit_head"]["seq"] == manifest["counts"]["audit_log"]
    assert len(manifest["audit_head"]["hash"]) == 64


def test_the_log_never_expires(logged):
    """No code path deletes or updates audit rows: only INSERTs reach the table."""
    import pathlib
    import re

    src = pathlib.Path(__file__).resolve().parents[2] / "src" / "tocsin"
    offenders = []
    for p in src.rglob("*.py"):
        text = p.read_text()
        if re.search(r"audit_log\.(delete|update)\(|(DELETE FROM|UPDATE) audit_log", text):
            offenders.append(str(p))
    assert offenders == []


def test_cli_reads_of_confidential_material_are_audited_and_search_shows_none(logged, tmp_path):
    world, home, _ = logged
    n = _head(world.svc)
    res = _cli(home, "search", world.marker, "--jsonl")
    assert res.exit_code == 0 and world.marker not in res.stdout  # never indexed
    res = _cli(home, "show", world.doc_conf)
    assert res.exit_code == 0 and world.marker in res.stdout
    res = _cli(home, "original", world.doc_conf, "-o", str(tmp_path / "o.txt"))
    assert res.exit_code == 0 and (tmp_path / "o.txt").read_bytes() == world.conf_original
    got = [(r.actor, r.action, r.object_id, json.loads(r.fields)) for r in _rows(world.svc, n)]
    assert ("cli", "read", world.doc_conf, ["text"]) in got
    assert ("cli", "read", world.doc_conf, ["original"]) in got
    assert ("cli", "read", world.fact_conf, ["value"]) not in got  # show of doc_conf does not touch doc_pub
