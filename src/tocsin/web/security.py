"""Web security: the session key, CSRF tokens, security headers, the upload limit, a login limiter.

Pure ASGI middleware where the body or the headers must be touched before the app sees them; the
CSRF check is a dependency because it needs the parsed form.
"""

from __future__ import annotations

import hmac
import json
import os
import secrets
import threading
import time
from collections import deque
from pathlib import Path

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tocsin.config import Settings
from tocsin.errors import CsrfFailed, RateLimited, UploadTooLarge

CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]


def session_secret(settings: Settings) -> str:
    """settings.secret_key, else a key generated once and kept in HOME with mode 0600."""
    if settings.secret_key:
        return settings.secret_key
    path = Path(settings.home) / "web_secret_key"
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    with os.fdopen(fd, "w") as fh:
        fh.write(secrets.token_urlsafe(48))
    return path.read_text().strip()


# --- CSRF ----------------------------------------------------------------------------------------
def csrf_token(request: Request) -> str:
    """The session's token, created on first use (also for the anonymous login form)."""
    tok = request.session.get("csrf")
    if not tok:
        tok = secrets.token_urlsafe(32)
        request.session["csrf"] = tok
    return str(tok)


async def check_csrf(request: Request) -> None:
    """Unsafe methods on a cookie session, and every form post, need the session's token.

    The token comes in the X-CSRF-Token header (htmx sends it via hx-headers) or the csrf_token
    form field. Requests with an Authorization header do not use the cookie and need none.
    """
    if request.method not in UNSAFE or request.headers.get("authorization"):
        return
    ctype = request.headers.get("content-type", "")
    is_form = ctype.startswith(("application/x-www-form-urlencoded", "multipart/form-data"))
    if "uid" not in request.session and not is_form:
        return  # anonymous JSON: nothing to ride on (a cross-site page cannot send JSON without CORS)
    expected = request.session.get("csrf")
    sent = request.headers.get(CSRF_HEADER)
    if not sent and is_form:
        form = await request.form()
        value = form.get(CSRF_FIELD)
        sent = value if isinstance(value, str) else None
    if not expected or not sent or not hmac.compare_digest(str(expected), str(sent)):
        raise CsrfFailed("the form is stale or did not come from this site: reload the page and try again")


# --- middleware ----------------------------------------------------------------------------------
class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k for k, _ in SECURITY_HEADERS}
                headers = [h for h in message.get("headers", []) if h[0].lower() not in names]
                headers.extend(SECURITY_HEADERS)
                if not scope.get("path", "").startswith("/static/"):  # pages hold confidential data
                    headers = [h for h in headers if h[0].lower() != b"cache-control"]
                    headers.append((b"cache-control", b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, wrapped)


class BodyLimit:
    """Refuse request bodies over `limit` bytes with 413, by Content-Length or while streaming."""

    def __init__(self, app: ASGIApp, *, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") not in UNSAFE:
            await self.app(scope, receive, send)
            return
        length = next((v for k, v in scope.get("headers", []) if k == b"content-length"), None)
        if length is not None and length.isdigit() and int(length) > self.limit:
            await self._refuse(scope, send)
            return
        seen = 0
        started = False

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge
            return message

        async def tracking(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted, tracking)
        except _TooLarge:
            if not started:
                await self._refuse(scope, send)

    async def _refuse(self, scope: Scope, send: Send) -> None:
        err = UploadTooLarge(f"the upload is larger than the limit of {self.limit} bytes")
        path = scope.get("path", "")
        accept = next((v for k, v in scope.get("headers", []) if k == b"accept"), b"").decode()
        if path.startswith("/api/") or "text/html" not in accept:
            body = json.dumps({"error": err.as_dict()}).encode()
            ctype = b"application/json"
        else:
            from html import escape

            body = (f"<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>413</title>"
                    f"<link rel=\"stylesheet\" href=\"/static/style.css\"><main class=\"error\"><h1>413</h1>"
                    f"<p>{escape(err.message)}</p><p><a href=\"/upload\">Back</a></p></main></html>").encode()
            ctype = b"text/html; charset=utf-8"
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", ctype), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})


class _TooLarge(Exception):
    pass


# --- a per-client limiter for login and token requests --------------------------------------------
class RateLimiter:
    """At most `limit` failed attempts per `window` seconds per key (the client address), in memory.

    Accounts lock themselves after repeated failures (services.accounts); this stops one address
    from trying many accounts. Per process: with several workers each counts its own.
    """

    def __init__(self, *, limit: int = 10, window: float = 60.0, clock=time.monotonic) -> None:  # type: ignore[no-untyped-def]
        self.limit = limit
        self.window = window
        self.clock = clock
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _window(self, key: str, now: float) -> deque[float]:
        q = self._hits.setdefault(key, deque())
        while q and q[0] <= now - self.window:
            q.popleft()
        return q

    def check(self, key: str) -> None:
        """Refuse when this key failed `limit` times within the window."""
        now = self.clock()
        with self._lock:
            q = self._window(key, now)
            if len(q) >= self.limit:
                retry = int(q[0] + self.window - now) + 1
                raise RateLimited(f"too many failed logins from this address; try again in {retry} s",
                                  detail={"retry_after": retry})

    def fail(self, key: str) -> None:
        """Count a failed attempt."""
        now = self.clock()
        with self._lock:
            self._window(key, now).append(now)
            if len(self._hits) > 10_000:  # forget idle addresses
                for k in [k for k, v in self._hits.items() if not v or v[-1] <= now - self.window][:5000]:
                    self._hits.pop(k, None)

    def reset(self, key: str) -> None:
        with self._lock:
            self._hits.pop(key, None)
