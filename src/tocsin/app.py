"""create_app(settings) -> ASGI app. The web issue grows this; for now a page listing documents."""

from __future__ import annotations

import html

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

from tocsin.config import Settings


def create_app(settings: Settings, services=None) -> FastAPI:  # type: ignore[no-untyped-def]
    from tocsin.services import LOCAL_ADMIN, build_services

    svc = services or build_services(settings)
    app = FastAPI(title="tocsin")

    @app.get("/", response_class=HTMLResponse)
    def index() -> str:
        docs, total = svc.documents.list(LOCAL_ADMIN, limit=200)
        rows = "".join(f"<tr><td>{html.escape(d.filename)}</td><td>{html.escape(d.kind or '')}</td>"
                       f"<td>{html.escape(d.date or '')}</td></tr>" for d in docs)
        return f"<!doctype html><title>tocsin</title><h1>Documents ({total})</h1><table>{rows}</table>"

    @app.get("/api/v1/documents")
    def api_documents() -> dict:
        docs, total = svc.documents.list(LOCAL_ADMIN, limit=200)
        return {"total": total, "items": [{"id": d.id, "filename": d.filename, "kind": d.kind} for d in docs]}

    return app


def create_app_from_env() -> FastAPI:
    return create_app(Settings.from_env())
