"""One JSON error envelope for the API, one HTML error page for the pages; both from TocsinError."""

from __future__ import annotations

import logging
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from tocsin.errors import TocsinError
from tocsin.web.auth import LoginRequired

log = logging.getLogger("tocsin.web")

_HTTP_CODES = {400: "invalid_input", 401: "authentication_failed", 403: "permission_denied", 404: "not_found",
               405: "method_not_allowed", 406: "not_acceptable", 409: "conflict", 413: "upload_too_large",
               415: "unsupported_media_type", 422: "invalid_input", 429: "rate_limited"}


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


class HttpError(TocsinError):
    """An HTTP-level error (unknown route, wrong method)."""


def _from_http(exc: StarletteHTTPException) -> TocsinError:
    err = HttpError(str(exc.detail) if exc.detail else HTTPStatus(exc.status_code).phrase,
                    code=_HTTP_CODES.get(exc.status_code, "http_error"))
    err.http_status = exc.status_code
    return err


def respond(request: Request, exc: TocsinError) -> Response:
    if wants_json(request):
        headers = {}
        if exc.http_status == 401:
            headers["WWW-Authenticate"] = "Bearer"
        if exc.http_status == 429 and "retry_after" in exc.detail:
            headers["Retry-After"] = str(exc.detail["retry_after"])
        return JSONResponse({"error": exc.as_dict()}, status_code=exc.http_status, headers=headers)
    if isinstance(exc, LoginRequired):
        target = "/login?next=" + request.url.path
        if request.headers.get("hx-request") == "true":
            return Response(status_code=204, headers={"HX-Redirect": target})
        return RedirectResponse(target, status_code=303)
    from tocsin.web.pages import error_page

    return error_page(request, exc)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(TocsinError)
    async def tocsin_error(request: Request, exc: TocsinError) -> Response:
        return respond(request, exc)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return respond(request, _from_http(exc))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        problems = [{"loc": [str(x) for x in e.get("loc", ())], "msg": str(e.get("msg", ""))} for e in exc.errors()]
        first = problems[0] if problems else {"loc": [], "msg": "invalid request"}
        err = HttpError(f"{'.'.join(first['loc'][1:]) or 'request'}: {first['msg']}", code="invalid_input",
                        detail={"problems": problems[:20]})
        err.http_status = 422
        return respond(request, err)

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        err = HttpError("an unexpected error happened; it has been logged", code="internal_error")
        err.http_status = 500
        return respond(request, err)
