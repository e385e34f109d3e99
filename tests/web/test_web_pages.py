"""Pages in process: login, each page renders real data, htmx review, upload, errors."""

from __future__ import annotations

import re

from webkit import World, csrf_of, login


def test_login_logout_flow(world: World) -> None:
    c = world.client()
    r = c.get("/", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login")
    r = login(c, "admin")
    assert r.status_code == 303 and r.headers["location"] == "/"
    page = c.get("/")
    assert page.status_code == 200 and "Replies due and overdue" in page.text
    token = csrf_of(c, "/")
    r = c.post("/logout", data={"csrf_token": token}, follow_redirects=False)
    assert r.status_code == 303
    assert c.get("/", follow_redirects=False).status_code == 303


def test_login_wrong_password_shows_form(world: World) -> None:
    c = world.client()
    r = login(c, "admin", "not-the-password")
    assert r.status_code == 401 and "wrong user name or password" in r.text


def test_login_redirect_stays_local(world: World) -> None:
    c = world.client()
    token = csrf_of(c)
    r = c.post("/login", data={"username": "admin", "password": "admin-password-1", "csrf_token": token,
                               "next": "//evil.example/x"}, follow_redirects=False)
    assert r.headers["location"] == "/"


def test_dashboard_shows_deadline_and_situation(world: World) -> None:
    c = world.client("admin")
    html = c.get("/").text
    assert "2021-07-14" in html and "overdue" in html
    assert "Dungan minority, Kazakhstan" in html
    assert "cerd-ewuap-letter-kazakhstan-2021-04-30.txt" in html or "Kazakhstan" in html


def test_dashboard_shows_deadlines_of_letters_in_no_situation(world: World, shared_corpus) -> None:
    from tocsin.services import LOCAL_ADMIN

    world.services.ingest.ingest_paths(LOCAL_ADMIN, [shared_corpus / "synthetic-arendia-letter-2024-08-30.txt"])
    html = world.client("admin").get("/").text
    assert "2025-01-15" in html and "in no situation yet" in html
    # a viewer limited to shared situations does not see it
    assert "2025-01-15" not in world.client("viewer").get("/").text


def test_situation_page(world: World) -> None:
    c = world.client("admin")
    r = c.get(f"/situations/{world.situation.slug}")
    assert r.status_code == 200
    html = r.text
    assert "<svg" in html and "Timeline" in html
    assert "(a)" in html and "Ledger" in html
    assert "Figures and their sources" in html
    assert "/draft?format=docx" in html


def test_document_page_highlights_and_review_via_htmx(world: World) -> None:
    c = world.client("editor")
    r = c.get(f"/documents/{world.letter_id}")
    assert r.status_code == 200
    assert 'dir="auto"' in r.text and 'lang="en"' in r.text
    m = re.search(r'<mark id="span-([0-9a-f]+)" class="f-deadline[^"]*"[^>]*><a [^>]*>14 July 2021</a></mark>', r.text)
    assert m, "the deadline is highlighted in the text"
    fid = m.group(1)
    token = csrf_of(c, f"/documents/{world.letter_id}")
    r = c.post(f"/facts/{fid}/review", data={"status": "confirmed"},
               headers={"HX-Request": "true", "X-CSRF-Token": token})
    assert r.status_code == 200 and r.text.lstrip().startswith(f'<tr id="fact-{fid}"')
    assert "badge-confirmed" in r.text
    r = c.post(f"/facts/{fid}/review", data={"status": "corrected", "value": ""},
               headers={"HX-Request": "true", "X-CSRF-Token": token})
    assert r.status_code == 200 and 'role="alert"' in r.text
    r = c.post(f"/facts/{fid}/review", data={"status": "corrected", "value": "2021-07-20"},
               headers={"HX-Request": "true", "X-CSRF-Token": token})
    assert "2021-07-20" in r.text and "badge-corrected" in r.text


def test_letter_page(world: World) -> None:
    c = world.client("admin")
    r = c.get(f"/letters/{world.letter_id}")
    assert r.status_code == 200
    assert "Requests and coverage" in r.text and "(g)" in r.text


def test_search_page_escapes_and_marks(world: World) -> None:
    c = world.client("admin")
    r = c.get("/search", params={"q": "Dungan"})
    assert r.status_code == 200
    assert "<mark>Dungan</mark>" in r.text
    assert "\ue000" not in r.text and "\ue001" not in r.text
    r = c.get("/search", params={"q": "Dungan", "kind": "committee_letter"})
    assert "remove filter" in r.text
    r = c.get("/search", params={"q": "!!!"})
    assert r.status_code == 200 and "no words" in r.text


def test_upload_page_many_files(world: World) -> None:
    c = world.client("editor")
    token = csrf_of(c, "/upload")
    files = [("files", ("one.txt", b"First note on Arendia.\n", "text/plain")),
             ("files", ("two.txt", b"Second note on Arendia.\n", "text/plain")),
             ("files", ("bad.pdf", b"%PDF-1.4 broken", "application/pdf"))]
    r = c.post("/upload", files=files, data={"csrf_token": token}, headers={"HX-Request": "true"})
    assert r.status_code == 200, r.text
    assert r.text.count("badge-stored") >= 2 and "badge-failed" in r.text and "<code>" in r.text


def test_documents_and_facts_lists(world: World) -> None:
    c = world.client("admin")
    assert "cerd-ewuap-letter" in c.get("/documents").text
    r = c.get("/facts", params={"field": "request"})
    assert r.status_code == 200 and "request" in r.text
    assert 'rel="next"' in c.get("/facts").text


def test_error_pages_html_and_json(world: World) -> None:
    c = world.client("admin")
    r = c.get("/documents/doesnotexist")
    assert r.status_code == 404 and "text/html" in r.headers["content-type"] and "not_found" in r.text
    r = c.get("/api/v1/documents/doesnotexist")
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
    r = c.get("/api/v1/nowhere")
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"


def test_api_docs_page_without_cdn(world: World) -> None:
    r = world.client().get("/docs")
    assert r.status_code == 200 and "/api/v1/situations/{ref}" in r.text
    assert "cdn" not in r.text.lower()
    spec = world.client().get("/openapi.json").json()
    assert "ErrorEnvelope" in spec["components"]["schemas"]


def test_draft_download_from_page(world: World) -> None:
    c = world.client("admin")
    r = c.get(f"/situations/{world.situation.slug}/draft", params={"format": "pdf"})
    assert r.status_code == 200 and r.content[:4] == b"%PDF"
