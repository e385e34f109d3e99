"""Web security: CSRF, headers and CSP, cookies, rate limits, lockout, TOTP, escaping, isolation."""

from __future__ import annotations

import re

import pyotp
from webkit import PASSWORDS, World, build_world, csrf_of, login

from tocsin.services import LOCAL_ADMIN

PAGES = ["/", "/situations", "/documents", "/facts", "/search?q=Dungan", "/upload", "/docs"]


def test_csrf_required_on_forms_and_htmx(world: World) -> None:
    c = world.client("editor")
    doc = c.get(f"/api/v1/documents/{world.letter_id}").json()
    fid = doc["facts"][0]["id"]
    r = c.post(f"/facts/{fid}/review", data={"status": "confirmed"})
    assert r.status_code == 403 and "csrf_failed" in r.text
    r = c.post(f"/facts/{fid}/review", data={"status": "confirmed", "csrf_token": "forged"})
    assert r.status_code == 403
    r = c.post(f"/facts/{fid}/review", data={"status": "confirmed"}, headers={"X-CSRF-Token": "forged"})
    assert r.status_code == 403
    # the cookie session on the JSON API needs the header too
    r = c.post(f"/api/v1/facts/{fid}/review", json={"status": "confirmed"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "csrf_failed"
    token = csrf_of(c, "/")
    r = c.post(f"/api/v1/facts/{fid}/review", json={"status": "confirmed"}, headers={"X-CSRF-Token": token})
    assert r.status_code == 200
    # a bearer token does not ride on the cookie and needs no CSRF token
    r = world.client().post(f"/api/v1/facts/{fid}/review", json={"status": "rejected"}, headers=world.token("editor"))
    assert r.status_code == 200


def test_login_form_needs_csrf(world: World) -> None:
    c = world.client()
    c.get("/login")
    r = c.post("/login", data={"username": "admin", "password": PASSWORDS["admin"]}, follow_redirects=False)
    assert r.status_code == 403


def test_security_headers_everywhere(world: World) -> None:
    c = world.client("admin")
    for path in [*PAGES, "/api/v1/dashboard", "/static/style.css", "/login", "/nope"]:
        r = c.get(path)
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp, path
        assert "style-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert r.headers["x-frame-options"] == "DENY"
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "same-origin"
    assert c.get("/").headers["cache-control"] == "no-store"


def test_no_inline_script_or_style(world: World) -> None:
    c = world.client("admin")
    paths = [*PAGES, f"/situations/{world.situation.slug}", f"/documents/{world.letter_id}",
             f"/letters/{world.letter_id}", "/login"]
    for path in paths:
        html = c.get(path).text
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), path
        assert "<style" not in html and not re.search(r"\sstyle=", html), path
        assert not re.search(r"\son[a-z]+=", html), path  # no inline event handlers
        assert "hx-on" not in html


def test_session_cookie_flags(world: World, sqlite_services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    c = world.client()
    r = login(c, "admin")
    cookie = r.headers["set-cookie"]
    assert "httponly" in cookie.lower() and "samesite=lax" in cookie.lower() and "secure" not in cookie.lower()
    from fastapi.testclient import TestClient
    from webkit import make_app

    app = make_app(world.services, tmp_path / "secure", session_cookie_secure=True)
    c2 = TestClient(app, base_url="https://testserver")
    r = login(c2, "admin")
    assert "; secure" in r.headers["set-cookie"].lower()


def test_generated_session_key_is_private(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tocsin.config import Settings
    from tocsin.web.security import session_secret

    s = Settings(home=tmp_path / "h")
    k1 = session_secret(s)
    assert (tmp_path / "h" / "web_secret_key").stat().st_mode & 0o777 == 0o600
    assert session_secret(s) == k1 and len(k1) > 40


def test_login_rate_limit_per_address(world: World) -> None:
    c = world.client()
    codes = [login(c, "nobody", "wrong-password-x").status_code for _ in range(12)]
    assert codes[:10] == [401] * 10 and codes[10] == 429
    r = world.client().post("/api/v1/auth/token", json={"username": "admin", "password": PASSWORDS["admin"]})
    assert r.status_code == 429 and r.json()["error"]["code"] == "rate_limited" and "retry-after" in r.headers


def test_account_lockout(world: World) -> None:
    world.app.state.limiter.limit = 1000
    c = world.client()
    for _ in range(5):
        assert login(c, "editor", "wrong-password-x").status_code == 401
    r = login(c, "editor")
    assert r.status_code == 401 and "locked" in r.text


def test_totp_second_factor(world: World) -> None:
    uri = world.services.accounts.enable_totp(LOCAL_ADMIN, "editor")
    secret = pyotp.parse_uri(uri).secret
    c = world.client()
    assert login(c, "editor").status_code == 401
    now = world.services.core.clock.now()
    assert login(c, "editor", totp=pyotp.TOTP(secret).at(now)).status_code == 303
    assert c.get("/").status_code == 200
    r = world.client().post("/api/v1/auth/token", json={"username": "editor", "password": PASSWORDS["editor"],
                                                        "totp": pyotp.TOTP(secret).at(now)})
    assert r.status_code == 200


def test_script_in_document_is_escaped(world: World) -> None:
    c = world.client("admin")
    h = world.token("admin")
    payload = b"Hostile <script>document.title='pwned'</script> <img src=x onerror=alert(1)> text about Tesk.\n"
    r = c.post("/api/v1/documents", files=[("files", ("hostile<b>.html.txt", payload, "text/plain"))], headers=h)
    doc_id = r.json()["files"][0]["document_id"]
    html = c.get(f"/documents/{doc_id}").text
    assert "<script>document.title" not in html and "&lt;script&gt;document.title" in html
    assert "<img src=x" not in html and "hostile<b>" not in html
    s = c.get("/search", params={"q": "Hostile"}).text
    assert "<script>document" not in s and "&lt;script&gt;" in s
    orig = c.get(f"/documents/{doc_id}/original")
    assert orig.headers["content-disposition"].startswith("attachment")


def test_viewer_sees_nothing_of_other_situations(world: World) -> None:
    """The viewer has the Dungan situation only; the outsider has none. Every route is checked."""
    other, secret = world.other, world.secret_doc_id
    viewer = world.client("viewer")
    h = world.token("viewer")
    api = world.client()
    for path in [f"/situations/{other.slug}", f"/situations/{other.id}", f"/documents/{secret}",
                 f"/documents/{secret}/original", f"/letters/{secret}", f"/situations/{other.slug}/draft"]:
        assert viewer.get(path).status_code == 404, path
        assert api.get("/api/v1" + path, headers=h).status_code == 404, path
    facts = world.services.facts.list(LOCAL_ADMIN)[0]
    secret_facts = [f.id for f in facts if f.document_id == secret]
    for fid in secret_facts:
        assert api.get(f"/api/v1/facts/{fid}", headers=h).status_code == 404
    texts = [
        viewer.get("/").text, viewer.get("/situations").text, viewer.get("/documents").text,
        viewer.get("/facts").text, viewer.get("/search", params={"q": "Arendia"}).text,
        viewer.get("/search", params={"q": "Zorakh"}).text,
        api.get("/api/v1/dashboard", headers=h).text, api.get("/api/v1/situations", headers=h).text,
        api.get("/api/v1/documents", headers=h).text, api.get("/api/v1/facts", headers=h).text,
        api.get("/api/v1/deadlines", headers=h).text, api.get("/api/v1/activity", headers=h).text,
        api.get("/api/v1/search", params={"q": "Zorakh"}, headers=h).text,
        api.get("/api/v1/search", params={"q": "arson"}, headers=h).text]
    everything = " ".join(texts)
    for leak in ("Arendia highlands", secret, "Velimir", "Upper Tavan", "arendia-secret-note", other.id):
        assert leak not in everything, leak
    # but the viewer does see the Dungan situation
    assert "Dungan minority, Kazakhstan" in viewer.get("/situations").text
    # and cannot change it
    tok = csrf_of(viewer, "/")
    r = viewer.post(f"/situations/{world.situation.slug}/documents/{world.letter_id}",
                    data={"status": "rejected", "csrf_token": tok})
    assert r.status_code == 403

    outsider = world.client("outsider")
    ho = world.token("outsider")
    for path in [f"/situations/{world.situation.slug}", f"/documents/{world.letter_id}",
                 f"/letters/{world.letter_id}", f"/documents/{world.letter_id}/original"]:
        assert outsider.get(path).status_code == 404, path
        assert api.get("/api/v1" + path, headers=ho).status_code == 404, path
    pages = [outsider.get("/").text, outsider.get("/search", params={"q": "Dungan"}).text,
             api.get("/api/v1/facts", headers=ho).text, api.get("/api/v1/documents", headers=ho).text]
    out = " ".join(pages)
    assert "Dungan minority" not in out and world.letter_id not in out


def test_upload_limit_html(sqlite_services, tmp_path, shared_corpus) -> None:  # type: ignore[no-untyped-def]
    w = build_world(sqlite_services, tmp_path / "w", shared_corpus, max_upload_bytes=2000)
    c = w.client("editor")
    token = csrf_of(c, "/upload")
    r = c.post("/upload", files=[("files", ("big.txt", b"y" * 10_000, "text/plain"))], data={"csrf_token": token},
               headers={"Accept": "text/html"})
    assert r.status_code == 413 and "limit" in r.text
