"""A small fictional world with public, internal and confidential material, and people with different rights.

Every name here is invented. The confidential document and fact carry unique markers so a test can
grep any output (service results, raw database bytes, dumps, exports, audit rows) for them.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

import pytest

from tocsin.services import LOCAL_ADMIN, Actor


@dataclass
class World:
    svc: object
    marker: str  # only in the confidential document's text
    witness: str  # only in a confidential fact's value
    sit_a: str
    sit_b: str
    doc_pub: str  # internal, in situation A
    doc_conf: str  # confidential, in situation A
    doc_b: str  # internal, in situation B
    fact_conf: str  # a confidential fact (a witness's name) on doc_pub
    fact_pub: str  # an internal fact on doc_pub
    conf_original: bytes
    viewer: Actor  # internal clearance, situation A
    conf_viewer: Actor  # confidential clearance, situation A
    editor: Actor  # internal clearance, situation A
    outsider: Actor  # internal clearance, situation B only
    stranger: Actor  # no situation at all


def _user(svc, name: str, role: str, clearance: str, grants: list[str]) -> Actor:
    u = svc.accounts.add(LOCAL_ADMIN, username=name, password="correct horse battery", role=role,
                         clearance=clearance)
    for sid in grants:
        svc.accounts.grant(LOCAL_ADMIN, name, sid)
    return svc.accounts.actor_for(u.id)


def build_world(svc) -> World:
    marker = "CONFMARK" + secrets.token_hex(6).upper()
    witness = "Witness" + secrets.token_hex(4).capitalize() + " Oskenbayeva"
    admin = LOCAL_ADMIN
    a = svc.situations.create(admin, name="Kordavia pastoralists", state="KDV", group="pastoralists")
    b = svc.situations.create(admin, name="Belmora miners", state="BLM", group="miners")
    pub = svc.ingest.ingest_bytes(admin, filename="statement.txt", data=(
        "Statement on the Kordavia pastoralists.\n\n1. The dam displaced 300 families near Tulpar.\n\n"
        "2. Villagers were pressed to sign undertakings.\n").encode(), confidentiality="internal", extract=False)
    conf_text = (f"Testimony {marker}.\n\nThe witness described threats by officials in Tulpar district.\n\n"
                 f"Her contact is kept by the secretariat. {marker}\n")
    conf_original = conf_text.encode()
    conf = svc.ingest.ingest_bytes(admin, filename="testimony.txt", data=conf_original,
                                   confidentiality="confidential", extract=False)
    other = svc.ingest.ingest_bytes(admin, filename="miners.txt",
                                    data=b"Belmora miners statement zebrafinch about the mine closures.\n",
                                    confidentiality="internal", extract=False)
    doc_pub, doc_conf, doc_b = pub[0].document_id, conf[0].document_id, other[0].document_id
    assert doc_pub and doc_conf and doc_b
    svc.situations.add_document(admin, a.id, doc_pub)
    svc.situations.add_document(admin, a.id, doc_conf)
    svc.situations.add_document(admin, b.id, doc_b)
    f_conf = svc.facts.add(admin, doc_pub, field="witness", value={"name": witness}, confidentiality="confidential")
    f_pub = svc.facts.add(admin, doc_pub, field="place", value="Tulpar", confidentiality="internal")
    return World(
        svc=svc, marker=marker, witness=witness, sit_a=a.id, sit_b=b.id, doc_pub=doc_pub, doc_conf=doc_conf,
        doc_b=doc_b, fact_conf=f_conf.id, fact_pub=f_pub.id, conf_original=conf_original,
        viewer=_user(svc, "viewer", "viewer", "internal", [a.id]),
        conf_viewer=_user(svc, "confviewer", "viewer", "confidential", [a.id]),
        editor=_user(svc, "editor", "editor", "internal", [a.id]),
        outsider=_user(svc, "outsider", "viewer", "internal", [b.id]),
        stranger=_user(svc, "stranger", "editor", "confidential", []),
    )


@pytest.fixture(autouse=True)
def _cheap_password_hashes(monkeypatch):
    """argon2 at its real cost takes ~0.2 s a hash; these tests are not about hashing."""
    from argon2 import PasswordHasher

    import tocsin.services.accounts as accounts

    monkeypatch.setattr(accounts, "_HASHER", PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))


@pytest.fixture
def world(services) -> World:
    """On SQLite and on PostgreSQL."""
    return build_world(services)


@pytest.fixture
def sqlite_world(sqlite_services) -> World:
    return build_world(sqlite_services)


# The fixed key of tests/conftest.py (conftest modules cannot be imported by name).
TEST_KEY = "dGVzdC1rZXktdGhhdC1pcy0zMi1ieXRlcy1sb25nISE="


def clean_pg(url: str) -> None:
    """Bring the throwaway PostgreSQL database to head and empty every table."""
    import sqlalchemy as sa

    from tocsin.store.engine import make_engine
    from tocsin.store.migrate import upgrade
    from tocsin.store.tables import metadata

    engine = make_engine(url)
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(sa.text(f"TRUNCATE {', '.join(t.name for t in metadata.sorted_tables)} RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture
def pg_services(tmp_path, pg_database, clock):  # type: ignore[no-untyped-def]
    """PostgreSQL only, on a clean database."""
    from tocsin.config import Settings
    from tocsin.services import build_services

    clean_pg(pg_database)
    svc = build_services(Settings(home=tmp_path / "pghome", database_url=pg_database, encryption_key=TEST_KEY), clock)
    yield svc
    svc.close()
