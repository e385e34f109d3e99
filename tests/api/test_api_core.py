"""The REST API in process, against a real SQLite store (and PostgreSQL where parametrized)."""

from __future__ import annotations

from webkit import World


def test_login_required_envelope(world: World) -> None:
    r = world.client().get("/api/v1/dashboard")
    assert r.status_code == 401
    assert r.json() == {"error": {"code": "login_required", "message": r.json()["error"]["message"]}}
    assert r.headers["www-authenticate"] == "Bearer"


def test_token_and_dashboard(world: World) -> None:
    h = world.token("admin")
    r = world.client().get("/api/v1/dashboard", headers=h)
    assert r.status_code == 200, r.text
    d = r.json()
    assert d["user"]["username"] == "admin"
    # the Kazakhstan letter asks for a reply by 14 July 2021; no reply is stored; today is 2025-03-01
    dl = [x for x in d["deadlines"] if x["letter"]["id"] == world.letter_id]
    assert dl and dl[0]["deadline"] == "2021-07-14" and dl[0]["state"] == "overdue"
    assert dl[0]["situation"]["id"] == world.situation.id
    assert any(s["id"] == world.situation.id for s in d["situations"])
    assert any(a["document"]["id"] == world.letter_id for a in d["awaiting_review"])
    assert d["activity"]


def test_wrong_password_is_401_with_envelope(world: World) -> None:
    r = world.client().post("/api/v1/auth/token", json={"username": "admin", "password": "wrong-password"})
    assert r.status_code == 401
    assert r.json()["error"]["code"] == "authentication_failed"


def test_bad_token(world: World) -> None:
    r = world.client().get("/api/v1/me", headers={"Authorization": "Bearer nonsense"})
    assert r.status_code == 401 and r.json()["error"]["code"] == "invalid_token"
    r = world.client().get("/api/v1/me", headers={"Authorization": "Basic YTpi"})
    assert r.status_code == 401


def test_situation_twin(world: World) -> None:
    h = world.token("admin")
    r = world.client().get(f"/api/v1/situations/{world.situation.slug}", headers=h)
    assert r.status_code == 200, r.text
    v = r.json()
    assert v["situation"]["state"] == "KAZ"
    assert {d["id"] for d in v["documents"]} >= {world.letter_id, world.statement_id}
    assert v["ledger"] and v["ledger"][0]["letter"]["id"] == world.letter_id
    markers = [q["marker"] for q in v["ledger"][0]["requests"]]
    assert markers[:3] == ["a", "b", "c"]
    assert v["timeline"] and any(e["kind"] == "deadline" for e in v["timeline"])
    assert any(f["category"] in ("killed", "injured") for f in v["figures"])
    # indicators rest on facts a person confirmed: none until an allegation is confirmed
    assert v["indicators"] == []
    doc = world.client().get(f"/api/v1/documents/{world.statement_id}", headers=h).json()
    killing = next(f for f in doc["facts"] if f["field"] == "allegation" and f["value"]["tag"] == "killing")
    r = world.client().post(f"/api/v1/facts/{killing['id']}/review", json={"status": "confirmed"}, headers=h)
    assert r.status_code == 200, r.text
    v = world.client().get(f"/api/v1/situations/{world.situation.slug}", headers=h).json()
    assert v["indicators"] and all(e["confirmed"] for i in v["indicators"] for e in i["evidence"])


def test_document_and_review(world: World) -> None:
    h = world.token("editor")
    c = world.client()
    doc = c.get(f"/api/v1/documents/{world.letter_id}", headers=h).json()
    assert "Dungan" in doc["text"]
    fact = next(f for f in doc["facts"] if f["field"] == "deadline")
    assert doc["text"][fact["span"][0]:fact["span"][1]] == "14 July 2021"
    r = c.post(f"/api/v1/facts/{fact['id']}/review", json={"status": "confirmed"}, headers=h)
    assert r.status_code == 200 and r.json()["status"] == "confirmed"
    r = c.post(f"/api/v1/facts/{fact['id']}/review", json={"status": "corrected", "value": "2021-07-15"}, headers=h)
    assert r.json()["effective_value"] == "2021-07-15"
    r = c.post(f"/api/v1/facts/{fact['id']}/review", json={"status": "corrected"}, headers=h)
    assert r.status_code == 400 and r.json()["error"]["code"] == "missing_value"
    r = c.post(f"/api/v1/facts/{fact['id']}/review", json={"status": "bogus"}, headers=h)
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_input"


def test_viewer_cannot_review(world: World) -> None:
    h = world.token("viewer")
    doc = world.client().get(f"/api/v1/documents/{world.letter_id}", headers=h).json()
    r = world.client().post(f"/api/v1/facts/{doc['facts'][0]['id']}/review", json={"status": "confirmed"}, headers=h)
    assert r.status_code == 403 and r.json()["error"]["code"] == "permission_denied"


def test_original_download(world: World) -> None:
    h = world.token("admin")
    r = world.client().get(f"/api/v1/documents/{world.letter_id}/original", headers=h)
    assert r.status_code == 200
    assert r.headers["content-disposition"].startswith("attachment;")
    assert b"Dungan" in r.content


def test_letter_twin(world: World) -> None:
    h = world.token("admin")
    r = world.client().get(f"/api/v1/letters/{world.letter_id}", headers=h)
    assert r.status_code == 200, r.text
    v = r.json()
    assert v["deadline"] == "2021-07-14" and len(v["requests"]) == 7
    assert all(q["status"] == "no_reply" for q in v["requests"])
    r = world.client().get(f"/api/v1/letters/{world.statement_id}", headers=h)
    assert r.status_code == 400 and r.json()["error"]["code"] == "not_a_letter"


def test_search_with_facets_and_marks(world: World) -> None:
    h = world.token("admin")
    r = world.client().get("/api/v1/search", params={"q": "Dungan"}, headers=h)
    assert r.status_code == 200
    v = r.json()
    assert {x["document"]["id"] for x in v["hits"]} >= {world.letter_id, world.statement_id}
    assert any(p["mark"] and p["text"].lower() == "dungan" for hit in v["hits"] for s in hit["snippets"] for p in s)
    assert "kind" in v["facets"] and "year" in v["facets"]
    r = world.client().get("/api/v1/search", params={"q": "Dungan", "kind": "committee_letter"}, headers=h)
    assert [x["document"]["id"] for x in r.json()["hits"]] == [world.letter_id]
    r = world.client().get("/api/v1/search", params={"q": "Dungan", "year": "2020"}, headers=h)
    assert [x["document"]["id"] for x in r.json()["hits"]] == [world.statement_id]
    r = world.client().get("/api/v1/search", params={"q": "Dungan", "allegation": "torture"}, headers=h)
    assert world.letter_id in [x["document"]["id"] for x in r.json()["hits"]]


def test_upload_many_with_statuses(world: World) -> None:
    h = world.token("editor")
    files = [("files", ("a.txt", b"Note one about the Committee.\n", "text/plain")),
             ("files", ("a-again.txt", b"Note one about the Committee.\n", "text/plain")),
             ("files", ("empty.txt", b"", "text/plain")),
             ("files", ("image.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png"))]
    r = world.client().post("/api/v1/documents", files=files, headers=h)
    assert r.status_code == 200, r.text
    st = [(f["path"], f["status"], f["error_code"]) for f in r.json()["files"]]
    assert st[0][1] == "stored" and st[1][1] == "duplicate"
    assert st[2][1] == "failed" and st[2][2] == "empty_file"
    assert st[3][1] == "failed" and st[3][2]


def test_upload_too_large_is_413_envelope(sqlite_services, tmp_path, shared_corpus) -> None:  # type: ignore[no-untyped-def]
    from webkit import build_world

    w = build_world(sqlite_services, tmp_path / "w", shared_corpus, max_upload_bytes=1000)
    h = w.token("editor")
    r = w.client().post("/api/v1/documents", files=[("files", ("big.txt", b"x" * 5000, "text/plain"))], headers=h)
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "upload_too_large"


def test_facts_paging_by_cursor(world: World) -> None:
    h = world.token("admin")
    c = world.client()
    first = c.get("/api/v1/facts", params={"limit": 10}, headers=h).json()
    assert first["total"] > 20 and len(first["items"]) == 10 and first["next"]
    seen = [f["id"] for f in first["items"]]
    nxt = first["next"]
    while nxt:
        page = c.get("/api/v1/facts", params={"limit": 10, "after": nxt, "total": "false"}, headers=h).json()
        seen += [f["id"] for f in page["items"]]
        nxt = page["next"]
    assert len(seen) == len(set(seen)) == first["total"]
    r = c.get("/api/v1/facts", params={"field": "request", "status": "proposed"}, headers=h).json()
    assert r["items"] and all(f["field"] == "request" for f in r["items"])


def test_draft_letter_docx(world: World) -> None:
    h = world.token("admin")
    r = world.client().get(f"/api/v1/situations/{world.situation.slug}/draft", params={"format": "docx"}, headers=h)
    assert r.status_code == 200, r.text
    assert r.content[:2] == b"PK"
    r = world.client().get(f"/api/v1/situations/{world.situation.slug}/draft", params={"format": "txt"}, headers=h)
    assert "Excellency" in r.text


def test_create_situation_and_membership(world: World) -> None:
    h = world.token("editor")
    c = world.client()
    r = c.post("/api/v1/situations", json={"name": "Test situation", "state": "KAZ"}, headers=h)
    assert r.status_code == 201, r.text
    slug = r.json()["slug"]
    r = c.put(f"/api/v1/situations/{slug}/documents/{world.statement_id}", json={"status": "confirmed"}, headers=h)
    assert r.status_code == 200
    r = c.post("/api/v1/situations", json={"name": "Test situation"}, headers=h)
    assert r.status_code == 409 and r.json()["error"]["code"] == "situation_exists"
    r = c.post("/api/v1/situations", json={"name": "x"}, headers=world.token("viewer"))
    assert r.status_code == 403


def test_any_database(world_any_db: World) -> None:
    """The dashboard, a situation and search on both SQLite and PostgreSQL."""
    w = world_any_db
    h = w.token("admin")
    c = w.client()
    assert c.get("/api/v1/dashboard", headers=h).status_code == 200
    assert c.get(f"/api/v1/situations/{w.situation.id}", headers=h).status_code == 200
    hits = c.get("/api/v1/search", params={"q": "Korday"}, headers=h).json()["hits"]
    assert w.letter_id in {x["document"]["id"] for x in hits}
