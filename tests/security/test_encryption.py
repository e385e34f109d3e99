"""Encryption at rest: neither the SQLite files nor a PostgreSQL dump hold a confidential value in clear."""

from __future__ import annotations

import base64
import json
import secrets
import shutil
import subprocess
from email.message import EmailMessage
from pathlib import Path

import pytest
import sqlalchemy as sa

from tocsin.config import Settings
from tocsin.errors import CryptoError
from tocsin.services import LOCAL_ADMIN, build_services
from tocsin.store.tables import documents, facts

TEST_KEY = "dGVzdC1rZXktdGhhdC1pcy0zMi1ieXRlcy1sb25nISE="


def _confidential_material(svc) -> dict:
    """Ingest confidential material where the marker sits in every place a value can hide."""
    m = "SECRETMARK" + secrets.token_hex(6).upper()
    witness = f"Aigerim {m}ova"
    out: dict = {"marker": m, "witness": witness}
    text = f"Witness statement {m}\n\nShe saw the officials in Tulpar. Ref {m}-CODE.\n".encode()
    out["txt_bytes"] = text
    out["txt"] = svc.ingest.ingest_bytes(LOCAL_ADMIN, filename=f"statement-{m}.txt", data=text,
                                         confidentiality="confidential", extract=True)[0].document_id
    msg = EmailMessage()
    msg["From"] = f"{witness} <{m.lower()}@example.org>"
    msg["To"] = "secretariat@example.org"
    msg["Subject"] = f"Testimony of {witness}"
    msg.set_content(f"Dear Secretariat,\n\nI, {witness}, testify.\n\nYours sincerely,\n{witness}\n")
    msg.add_attachment(f"Annex by {witness}".encode(), maintype="text", subtype="plain",
                       filename=f"annex-{m}.txt")
    outcomes = svc.ingest.ingest_bytes(LOCAL_ADMIN, filename=f"mail-{m}.eml", data=msg.as_bytes(),
                                       confidentiality="confidential", extract=True)
    assert [o.status.value for o in outcomes] == ["stored", "stored"], outcomes
    out["eml"] = outcomes[0].document_id
    out["eml_bytes"] = msg.as_bytes()
    public = svc.ingest.ingest_bytes(LOCAL_ADMIN, filename="public.txt",
                                     data=b"A public statement on Kordavia and the dam at Tulpar.\n",
                                     confidentiality="internal", extract=False)[0].document_id
    f = svc.facts.add(LOCAL_ADMIN, public, field="witness", value={"name": witness, "phone": f"+7 {m}"},
                      key=f"witness-{m}", confidentiality="confidential")
    out["fact"] = f.id
    svc.facts.review(LOCAL_ADMIN, f.id, status="corrected", value={"name": f"{witness} (corrected)"})
    return out


def _assert_round_trip(svc, mat) -> None:
    doc = svc.documents.get(LOCAL_ADMIN, mat["txt"])
    assert mat["marker"] in doc.text
    assert svc.documents.original(LOCAL_ADMIN, mat["txt"])[1] == mat["txt_bytes"]
    eml = svc.documents.get(LOCAL_ADMIN, mat["eml"])
    assert mat["witness"] in eml.text
    assert svc.documents.original(LOCAL_ADMIN, mat["eml"])[1] == mat["eml_bytes"]
    assert mat["marker"] in (eml.title or "") and mat["marker"] in json.dumps(eml.metadata)
    fact = svc.facts.get(LOCAL_ADMIN, mat["fact"])
    assert fact.value["name"] == mat["witness"] and fact.effective_value["name"].startswith(mat["witness"])


def _grep_files(home: Path, needle: str) -> list[str]:
    hits = []
    variants = {needle.encode(), needle.lower().encode(), needle.encode("utf-16-le")}
    for p in sorted(home.rglob("*")):
        if p.is_file() and p.name != "keys.json":
            data = p.read_bytes()
            if any(v in data for v in variants):
                hits.append(p.name)
    return hits


def test_sqlite_files_hold_no_confidential_value(sqlite_services):
    svc = sqlite_services
    mat = _confidential_material(svc)
    _assert_round_trip(svc, mat)
    home = svc.core.settings.home
    # Before any checkpoint the new pages live in the -wal file: grep it as it is.
    assert (home / "tocsin.sqlite3-wal").exists()
    assert _grep_files(home, mat["marker"]) == []
    assert _grep_files(home, "Aigerim") == []
    svc.close()
    import sqlite3

    raw = sqlite3.connect(home / "tocsin.sqlite3")
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    assert _grep_files(home, mat["marker"]) == []
    # The control: a non-confidential value is found in the same files, so the grep works.
    assert _grep_files(home, "Kordavia")


def _pg_dump(url: str) -> bytes:
    exe = shutil.which("pg_dump")
    if exe is None:
        pytest.skip("pg_dump is not installed")
    plain = url.replace("postgresql+psycopg://", "postgresql://")
    res = subprocess.run([exe, "--no-owner", "--data-only", plain], capture_output=True, timeout=120, check=True)
    return res.stdout


@pytest.mark.pg
def test_postgresql_dump_holds_no_confidential_value(pg_services, pg_database):
    svc = pg_services
    mat = _confidential_material(svc)
    _assert_round_trip(svc, mat)
    dump = _pg_dump(pg_database)
    assert b"Kordavia" in dump  # the control
    assert mat["marker"].encode() not in dump and mat["marker"].lower().encode() not in dump
    assert b"Aigerim" not in dump


def test_confidential_columns_are_ciphertext(services):
    svc = services
    mat = _confidential_material(svc)
    with svc.core.engine.connect() as conn:
        row = conn.execute(sa.select(documents).where(documents.c.id == mat["eml"])).first()
        for col in ("text", "metadata"):
            assert str(getattr(row, col)).startswith("enc1:"), col
        assert row.title is None and row.filename == f"confidential-{mat['eml']}.eml"
        frow = conn.execute(sa.select(facts).where(facts.c.id == mat["fact"])).first()
        assert frow.value.startswith("enc1:") and frow.corrected_value.startswith("enc1:")
        assert mat["marker"] not in frow.key
        # a ciphertext moved to another row does not decrypt (the associated data binds it)
        other = conn.execute(sa.select(documents.c.text).where(documents.c.id == mat["txt"])).scalar()
    with svc.core.engine.begin() as conn:
        conn.execute(documents.update().where(documents.c.id == mat["eml"]).values(text=other))
    with pytest.raises(CryptoError):
        svc.documents.get(LOCAL_ADMIN, mat["eml"])


def test_wrong_key_is_a_clear_crypto_error(tmp_path, clock):
    home = tmp_path / "home"
    svc = build_services(Settings(home=home, encryption_key=TEST_KEY), clock)
    mat = _confidential_material(svc)
    svc.close()
    wrong = base64.b64encode(b"W" * 32).decode()
    svc = build_services(Settings(home=home, encryption_key=wrong), clock)
    try:
        with pytest.raises(CryptoError) as err:
            svc.documents.get(LOCAL_ADMIN, mat["txt"])
        assert err.value.code == "crypto_error"
        with pytest.raises(CryptoError):
            svc.documents.original(LOCAL_ADMIN, mat["txt"])
        with pytest.raises(CryptoError):
            svc.facts.get(LOCAL_ADMIN, mat["fact"])
        # listing decrypts the confidential file names: it fails as cleanly
        with pytest.raises(CryptoError):
            svc.documents.list(LOCAL_ADMIN)
    finally:
        svc.close()
    for bad in ("not base64!!", base64.b64encode(b"short").decode()):
        with pytest.raises(CryptoError):
            build_services(Settings(home=home, encryption_key=bad), clock)


def test_rotate_keys_reencrypts_everything(tmp_path, clock):
    from typer.testing import CliRunner

    from tocsin.cli.main import get_app

    home = tmp_path / "home"
    svc = build_services(Settings(home=home), clock)  # a key file, not the environment
    mat = _confidential_material(svc)
    svc.accounts.add(LOCAL_ADMIN, username="anna", password="0123456789abc", role="viewer")
    svc.accounts.enable_totp(LOCAL_ADMIN, "anna")
    svc.close()
    ring = json.loads((home / "keys.json").read_text())
    assert ring["current"] == "k1"
    assert (home / "keys.json").stat().st_mode & 0o077 == 0
    res = CliRunner().invoke(get_app(), ["--home", str(home), "keys", "rotate"], env={"TOCSIN_ENCRYPTION_KEY": ""})
    assert res.exit_code == 0, res.output
    ring = json.loads((home / "keys.json").read_text())
    assert ring["current"] == "k2" and set(ring["keys"]) == {"k1", "k2"}
    svc = build_services(Settings(home=home), clock)
    try:
        _assert_round_trip(svc, mat)
        with svc.core.engine.connect() as conn:
            for table in ("documents", "facts", "users", "blobs"):
                for row in conn.execute(sa.text(f"SELECT * FROM {table}")).mappings():
                    for k, v in row.items():
                        if isinstance(v, str) and v.startswith("enc1:"):
                            assert base64.b64decode(v[5:])[:2] == b"k2", (table, k)
                        if table == "blobs" and k == "data" and row["encrypted"]:
                            assert bytes(v)[:2] == b"k2"
        # after rotation the old key can be dropped from the file: everything still decrypts
        ring["keys"].pop("k1")
        (home / "keys.json").write_text(json.dumps(ring))
    finally:
        svc.close()
    svc = build_services(Settings(home=home), clock)
    try:
        _assert_round_trip(svc, mat)
        assert svc.accounts.authenticate is not None
    finally:
        svc.close()


def test_env_key_moves_to_a_key_file_then_rotates(tmp_path, clock):
    """The path docs/admin.md gives for rotating a key that came from the environment."""
    from tocsin.errors import CryptoError as _CryptoError

    home = tmp_path / "home"
    svc = build_services(Settings(home=home, encryption_key=TEST_KEY), clock)
    mat = _confidential_material(svc)
    with pytest.raises(_CryptoError) as err:
        svc.admin.rotate_keys(LOCAL_ADMIN)
    assert err.value.code == "rotate_env_key"
    svc.close()
    (home / "keys.json").write_text(json.dumps({"current": "env", "keys": {"env": TEST_KEY}}))
    svc = build_services(Settings(home=home), clock)
    try:
        kid, n = svc.admin.rotate_keys(LOCAL_ADMIN)
        assert kid == "k1" and n > 0
        _assert_round_trip(svc, mat)
    finally:
        svc.close()
