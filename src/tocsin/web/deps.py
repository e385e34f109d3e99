"""Request dependencies shared by pages and API routes: the app's parts and the request's Actor."""

from __future__ import annotations

from typing import Any

from fastapi import Request

from tocsin.errors import AuthenticationFailed
from tocsin.services.context import Actor
from tocsin.services.web_support import WebViews
from tocsin.web.auth import Auth, LoginRequired
from tocsin.web.security import RateLimiter


def views(request: Request) -> WebViews:
    return request.app.state.views  # type: ignore[no-any-return]


def services(request: Request) -> Any:
    return request.app.state.services


def auth(request: Request) -> Auth:
    return request.app.state.auth  # type: ignore[no-any-return]


def limiter(request: Request) -> RateLimiter:
    return request.app.state.limiter  # type: ignore[no-any-return]


def client_key(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def api_actor(request: Request) -> Actor:
    """The API's caller: a bearer token or the browser's session; 401 otherwise."""
    actor = auth(request).actor(request)
    if actor is None:
        raise AuthenticationFailed("log in first: POST /api/v1/auth/token, then send 'Authorization: Bearer <token>'",
                                   code="login_required")
    return actor


def page_actor(request: Request) -> Actor:
    """The page's viewer; anonymous visitors are sent to the login page."""
    actor = auth(request).actor(request)
    if actor is None:
        raise LoginRequired("log in to see this page")
    return actor
