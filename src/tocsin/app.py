"""create_app(settings) -> ASGI app: the web pages, the REST API /api/v1 and its OpenAPI.

Nothing happens at import time; `create_app` builds the services (or takes the ones given), the
templates and the middleware: security headers (outermost), the upload limit, the session.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from tocsin.config import Settings

if TYPE_CHECKING:
    from fastapi import FastAPI

log = logging.getLogger("tocsin.web")

API_DESCRIPTION = """\
The JSON twin of every tocsin page. Authenticate with `POST /api/v1/auth/token` and send
`Authorization: Bearer <token>`; or, from a logged-in browser, use the session cookie and send the
`X-CSRF-Token` header on unsafe methods. Errors are `{"error": {"code": ..., "message": ...}}`.
"""


def create_app(settings: Settings, services: Any = None) -> FastAPI:
    from fastapi import FastAPI
    from fastapi.staticfiles import StaticFiles
    from starlette.middleware.sessions import SessionMiddleware

    from tocsin.api.routes import router as api_router
    from tocsin.services import build_services
    from tocsin.services.web_support import WebViews
    from tocsin.web.auth import SESSION_MAX_AGE, Auth
    from tocsin.web.errors import install_error_handlers
    from tocsin.web.pages import router as page_router
    from tocsin.web.render import make_env
    from tocsin.web.security import BodyLimit, RateLimiter, SecurityHeaders, session_secret

    svc = services or build_services(settings)
    secret = session_secret(settings)
    app = FastAPI(title="tocsin", version="1", description=API_DESCRIPTION, docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json")
    app.state.settings = settings
    app.state.services = svc
    app.state.views = WebViews(svc)
    app.state.auth = Auth(svc, secret)
    app.state.limiter = RateLimiter(limit=10, window=60.0)
    app.state.templates = make_env()

    app.include_router(api_router)
    app.include_router(page_router)
    app.mount("/static", StaticFiles(packages=[("tocsin.web", "static")]), name="static")
    install_error_handlers(app)

    app.add_middleware(SessionMiddleware, secret_key=secret, session_cookie="tocsin_session",
                       max_age=SESSION_MAX_AGE, same_site="lax", https_only=settings.session_cookie_secure)
    app.add_middleware(BodyLimit, limit=settings.max_upload_bytes)
    app.add_middleware(SecurityHeaders)

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict:
        return {"status": "ok"}

    _add_error_schema(app)
    return app


def _add_error_schema(app: FastAPI) -> None:
    """Publish the error envelope in the OpenAPI components, which every route's errors reference."""
    from fastapi.openapi.utils import get_openapi

    from tocsin.api.routes import ErrorEnvelope

    def openapi() -> dict:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        comps = schema.setdefault("components", {}).setdefault("schemas", {})
        env = ErrorEnvelope.model_json_schema(ref_template="#/components/schemas/{model}")
        for name, sub in env.pop("$defs", {}).items():
            comps.setdefault(name, sub)
        comps["ErrorEnvelope"] = env
        schema["components"]["securitySchemes"] = {
            "bearer": {"type": "http", "scheme": "bearer", "description": "POST /api/v1/auth/token"},
            "session": {"type": "apiKey", "in": "cookie", "name": "tocsin_session"}}
        schema["security"] = [{"bearer": []}, {"session": []}]
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def create_app_from_env() -> FastAPI:
    return create_app(Settings.from_env())
