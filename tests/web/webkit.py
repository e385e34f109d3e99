"""Helpers shared by the web, API and browser tests: an app over a real store, users, logins."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from tocsin.config import Settings
from tocsin.services import LOCAL_ADMIN

PASSWORDS = {"admin": "admin-password-1", "editor": "editor-password-1", "viewer": "viewer-password-1",
             "outsider": "outsider-password-1"}
SHARED_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


@dataclass
class World:
    services: Any
    app: Any
    situation: Any = None  # the Dungan situation
    other: Any = None  # a situation the viewer may not see
    letter_id: str = ""
    statement_id: str = ""
    secret_doc_id: str = ""

    def client(self, user: str | None = None) -> TestClient:
        c = TestClient(self.app)
        if user:
            login(c, user)
        return c

    def token(self, user: str) -> dict:
        r = TestClient(self.app).post("/api/v1/auth/token", json={"username": user, "password": PASSWORDS[user]})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}


def csrf_of(client: TestClient, path: str = "/login") -> str:
    m = CSRF_RE.search(client.get(path).text)
    assert m, f"no CSRF token on {path}"
    return m.group(1)


def login(client: TestClient, user: str, password: str | None = None, **extra: str) -> Any:
    token = csrf_of(client)
    return client.post("/login", data={"username": user, "password": password or PASSWORDS[user],
                                       "csrf_token": token, **extra}, follow_redirects=False)


def make_app(services: Any, home: Path, **settings: Any) -> Any:
    from tocsin.app import create_app

    s = Settings(home=home, secret_key="test-secret-key-for-sessions", **settings)
    return create_app(s, services=services)


def add_users(services: Any) -> None:
    for name, role in (("admin", "admin"), ("editor", "editor"), ("viewer", "viewer"), ("outsider", "viewer")):
        services.accounts.add(LOCAL_ADMIN, username=name, password=PASSWORDS[name], role=role,
                              clearance="confidential" if name in ("admin", "editor") else "internal")


def build_world(services: Any, home: Path, corpus: Path | None = None, **settings: Any) -> World:
    """Users, the Dungan situation with the real letter and statement, and an unrelated situation."""
    add_users(services)
    w = World(services=services, app=make_app(services, home, **settings))
    corpus = corpus or SHARED_CORPUS
    out = services.ingest.ingest_paths(LOCAL_ADMIN, [corpus / "cerd-ewuap-letter-kazakhstan-2021-04-30.txt",
                                                     corpus / "odf-statement-kazakhstan-minorities-2020-05-25.txt"])
    ids = [o.document_id for o in out if o.document_id]
    w.letter_id, w.statement_id = ids[0], ids[1]
    w.situation = services.situations.create(LOCAL_ADMIN, name="Dungan minority, Kazakhstan", state="KAZ",
                                             group="Dungan")
    for d in ids:
        services.situations.add_document(LOCAL_ADMIN, w.situation.id, d)
    secret = services.ingest.ingest_bytes(
        LOCAL_ADMIN, filename="arendia-secret-note.txt",
        data=b"Internal note on Arendia. The witness Zorakh Velimir of Upper Tavan reported arson on 3 March 2024.\n",
        confidentiality="internal")
    w.secret_doc_id = secret[0].document_id
    w.other = services.situations.create(LOCAL_ADMIN, name="Arendia highlands", state="Arendia")
    services.situations.add_document(LOCAL_ADMIN, w.other.id, w.secret_doc_id)
    services.accounts.grant(LOCAL_ADMIN, "viewer", w.situation.id)
    services.accounts.grant(LOCAL_ADMIN, "editor", w.situation.id)
    return w
