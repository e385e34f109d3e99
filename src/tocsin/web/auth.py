"""Who is asking: a session cookie (pages, htmx, and the API from a browser) or a bearer token (API).

Either way the result is the logged-in user's own Actor from services.accounts, so every service
call enforces that user's role, clearance and situations. Nothing here ever uses LOCAL_ADMIN.
"""

from __future__ import annotations

from typing import Any

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from starlette.requests import Request

from tocsin.errors import AuthenticationFailed
from tocsin.services.context import Actor

TOKEN_SALT = "tocsin.api-token"
TOKEN_MAX_AGE = 12 * 3600
SESSION_MAX_AGE = 12 * 3600


class LoginRequired(AuthenticationFailed):
    """Log in to see this page."""

    code = "login_required"


class Auth:
    def __init__(self, services: Any, secret: str) -> None:
        self.services = services
        self.tokens = URLSafeTimedSerializer(secret, salt=TOKEN_SALT)

    # bearer tokens -------------------------------------------------------------------------------
    def issue_token(self, actor: Actor) -> str:
        return self.tokens.dumps({"uid": actor.user_id})

    def _from_token(self, token: str) -> Actor:
        try:
            data = self.tokens.loads(token, max_age=TOKEN_MAX_AGE)
        except SignatureExpired as exc:
            raise AuthenticationFailed("the token has expired; ask for a new one", code="token_expired") from exc
        except BadSignature as exc:
            raise AuthenticationFailed("the token is not valid", code="invalid_token") from exc
        uid = data.get("uid") if isinstance(data, dict) else None
        if not isinstance(uid, int):
            raise AuthenticationFailed("the token is not valid", code="invalid_token")
        return self.services.accounts.actor_for(uid)

    # the request's actor -------------------------------------------------------------------------
    def actor(self, request: Request) -> Actor | None:
        """The Actor of this request, or None when nobody is logged in."""
        cached = request.scope.get("tocsin.actor")
        if cached is not None:
            return cached  # type: ignore[no-any-return]
        header = request.headers.get("authorization", "")
        actor: Actor | None = None
        if header:
            scheme, _, value = header.partition(" ")
            if scheme.lower() != "bearer" or not value.strip():
                raise AuthenticationFailed("use 'Authorization: Bearer <token>' from POST /api/v1/auth/token",
                                           code="invalid_token")
            actor = self._from_token(value.strip())
        else:
            uid = request.session.get("uid")
            if isinstance(uid, int):
                try:
                    actor = self.services.accounts.actor_for(uid)
                except AuthenticationFailed:
                    request.session.clear()
                    actor = None
        if actor is not None:
            request.scope["tocsin.actor"] = actor
        return actor

    def login(self, request: Request, actor: Actor) -> None:
        """A fresh session for the user (no fixation: the old session's content is dropped)."""
        request.session.clear()
        request.session["uid"] = actor.user_id
        request.session["user"] = actor.username

    @staticmethod
    def logout(request: Request) -> None:
        request.session.clear()
