"""Server-rendered pages (Jinja2 + htmx). Each calls the same WebViews method as its JSON twin."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from tocsin.errors import AuthenticationFailed, InvalidInput, TocsinError
from tocsin.services.context import Actor
from tocsin.services.web_support import WebViews, fact_dict
from tocsin.web import deps
from tocsin.web.render import _
from tocsin.web.security import check_csrf, csrf_token

router = APIRouter(dependencies=[Depends(check_csrf)], include_in_schema=False)
ActorDep = Annotated[Actor, Depends(deps.page_actor)]
ViewsDep = Annotated[WebViews, Depends(deps.views)]


def render(request: Request, template: str, ctx: dict | None = None, *, status: int = 200,
           actor: Actor | None = None) -> HTMLResponse:
    env = request.app.state.templates
    if actor is None:
        try:
            actor = deps.auth(request).actor(request)
        except AuthenticationFailed:
            actor = None
    body = env.get_template(template).render(
        request=request, user=actor, csrf=csrf_token(request), path=request.url.path, lang="en",
        json_twin=(ctx or {}).pop("json_twin", None), **(ctx or {}))
    return HTMLResponse(body, status_code=status)


def is_htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true"


def _safe_next(target: str | None) -> str:
    """Only local paths: never redirect to another site after login."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


# --- login -----------------------------------------------------------------------------------------
@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/") -> HTMLResponse:
    return render(request, "login.html", {"next": _safe_next(next), "error": None})


@router.post("/login", response_class=HTMLResponse)
def login(request: Request, username: Annotated[str, Form(max_length=80)],
          password: Annotated[str, Form(max_length=1000)], totp: Annotated[str, Form(max_length=12)] = "",
          next: Annotated[str, Form(max_length=2000)] = "/") -> Response:
    key = "login:" + deps.client_key(request)
    deps.limiter(request).check(key)
    try:
        actor = deps.services(request).accounts.authenticate(username, password, totp=totp or None)
    except AuthenticationFailed as exc:
        deps.limiter(request).fail(key)
        return render(request, "login.html", {"next": _safe_next(next), "error": exc.message, "username": username},
                      status=exc.http_status, actor=None)
    deps.auth(request).login(request, actor)
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/logout")
def logout(request: Request) -> Response:
    deps.auth(request).logout(request)
    return RedirectResponse("/login", status_code=303)


# --- dashboard and situations ------------------------------------------------------------------------
@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, actor: ActorDep, views: ViewsDep) -> HTMLResponse:
    return render(request, "dashboard.html", {"d": views.dashboard(actor), "json_twin": "/api/v1/dashboard"},
                  actor=actor)


@router.get("/situations", response_class=HTMLResponse)
def situations(request: Request, actor: ActorDep, views: ViewsDep) -> HTMLResponse:
    return render(request, "situations.html", {"items": views.situation_summaries(actor),
                                               "json_twin": "/api/v1/situations"}, actor=actor)


@router.post("/situations")
def create_situation(request: Request, actor: ActorDep, name: Annotated[str, Form(max_length=300)],
                     state: Annotated[str, Form(max_length=80)] = "", group: Annotated[str, Form(max_length=120)] = "",
                     description: Annotated[str, Form(max_length=10_000)] = "") -> Response:
    row = deps.services(request).situations.create(actor, name=name, state=state or None, group=group or None,
                                                   description=description)
    return RedirectResponse(f"/situations/{quote(row.slug)}", status_code=303)


@router.get("/situations/{ref}", response_class=HTMLResponse)
def situation(ref: str, request: Request, actor: ActorDep, views: ViewsDep) -> HTMLResponse:
    v = views.situation(actor, ref)
    return render(request, "situation.html", {"v": v, "json_twin": f"/api/v1/situations/{quote(ref)}"}, actor=actor)


@router.post("/situations/{ref}/documents/{doc_id}")
def set_membership(ref: str, doc_id: str, request: Request, actor: ActorDep,
                   status: Annotated[str, Form(max_length=20)] = "confirmed") -> Response:
    deps.services(request).situations.add_document(actor, ref, doc_id, status=status)
    if is_htmx(request):
        return HTMLResponse(f'<span class="badge badge-{status}">{_(status)}</span>')
    return RedirectResponse(f"/situations/{quote(ref)}#documents", status_code=303)


@router.get("/situations/{ref}/draft")
def draft(ref: str, actor: ActorDep, views: ViewsDep, format: str = "docx",
          letter: str | None = None) -> Response:
    from tocsin.api.routes import download

    name, data = views.draft(actor, ref, fmt=format, letter_id=letter)
    return download(name, data)


# --- documents and facts ---------------------------------------------------------------------------
@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request, actor: ActorDep, views: ViewsDep, kind: str | None = None,
              page: int = Query(1, ge=1, le=100_000)) -> HTMLResponse:
    size = 50
    v = views.documents(actor, kind=kind, limit=size, offset=(page - 1) * size)
    return render(request, "documents.html", {"v": v, "kind": kind, "page": page, "pages": max(1, -(-v["total"] // size)),
                                              "json_twin": "/api/v1/documents"}, actor=actor)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document(doc_id: str, request: Request, actor: ActorDep, views: ViewsDep) -> HTMLResponse:
    v = views.document(actor, doc_id)
    can_edit = actor.role.value in ("admin", "editor")
    return render(request, "document.html", {"v": v, "can_edit": can_edit,
                                             "json_twin": f"/api/v1/documents/{quote(doc_id)}"}, actor=actor)


@router.get("/documents/{doc_id}/original")
def original(doc_id: str, request: Request, actor: ActorDep) -> Response:
    from tocsin.api.routes import download

    doc, data = deps.services(request).documents.original(actor, doc_id)
    return download(doc.filename, data, media_type=doc.media_type)


@router.post("/facts/{fact_id}/review", response_class=HTMLResponse)
def review(fact_id: str, request: Request, actor: ActorDep, status: Annotated[str, Form(max_length=20)],
           value: Annotated[str, Form(max_length=10_000)] = "") -> Response:
    svc = deps.services(request)
    error = None
    corrected: Any = None
    if status == "corrected":
        corrected = _parse_value(value)
    try:
        f = svc.facts.review(actor, fact_id, status=status, value=corrected)
    except InvalidInput as exc:
        if not is_htmx(request):
            raise
        f, error = svc.facts.get(actor, fact_id), exc.message
    if is_htmx(request):
        return render(request, "_fact_row.html", {"f": fact_dict(f), "can_edit": True, "error": error}, actor=actor)
    return RedirectResponse(f"/documents/{quote(f.document_id)}#fact-{f.id}", status_code=303)


def _parse_value(raw: str) -> Any:
    """A corrected value: JSON when it parses as an object or list, else the text itself."""
    import json

    raw = raw.strip()
    if not raw:
        return None
    if raw[:1] in "{[":
        try:
            return json.loads(raw)
        except ValueError as exc:
            raise InvalidInput("the corrected value is not valid JSON", code="invalid_value") from exc
    return raw


@router.get("/facts", response_class=HTMLResponse)
def facts(request: Request, actor: ActorDep, views: ViewsDep, field: str | None = Query(None, max_length=40),
          status: str | None = Query(None, max_length=20), after: str | None = Query(None, max_length=64)) -> HTMLResponse:
    v = views.facts_page(actor, field=field or None, status=status or None, after=after or None, limit=50)
    base = {k: x for k, x in (("field", field), ("status", status)) if x}
    nxt = "/facts?" + urlencode({**base, "after": v["next"]}) if v["next"] else None
    return render(request, "facts.html", {"v": v, "field": field, "status": status, "next_url": nxt,
                                          "first_url": "/facts?" + urlencode(base),
                                          "json_twin": "/api/v1/facts"}, actor=actor)


@router.get("/letters/{doc_id}", response_class=HTMLResponse)
def letter(doc_id: str, request: Request, actor: ActorDep, views: ViewsDep) -> HTMLResponse:
    v = views.letter(actor, doc_id)
    return render(request, "letter.html", {"v": v, "json_twin": f"/api/v1/letters/{quote(doc_id)}"}, actor=actor)


# --- search and upload -----------------------------------------------------------------------------
@router.get("/search", response_class=HTMLResponse)
def search(request: Request, actor: ActorDep, views: ViewsDep, q: str = Query("", max_length=1000),
           kind: str | None = Query(None, max_length=40), state: str | None = Query(None, max_length=80),
           group: str | None = Query(None, max_length=120), allegation: str | None = Query(None, max_length=80),
           year: str | None = Query(None, max_length=4)) -> HTMLResponse:
    v = None
    error = None
    filters = {k: x for k, x in (("kind", kind), ("state", state), ("group", group), ("allegation", allegation),
                                 ("year", year)) if x}
    if q.strip():
        try:
            v = views.search(actor, q=q, **filters)
        except InvalidInput as exc:
            error = exc.message
    def facet_url(name: str, value: str | None) -> str:
        params = {"q": q, **filters}
        if value is None:
            params.pop(name, None)
        else:
            params[name] = value
        return "/search?" + urlencode(params)

    return render(request, "search.html", {"q": q, "v": v, "error": error, "filters": filters, "facet_url": facet_url,
                                           "json_twin": "/api/v1/search?" + urlencode({"q": q, **filters}) if q else None},
                  actor=actor)


@router.get("/upload", response_class=HTMLResponse)
def upload_form(request: Request, actor: ActorDep) -> HTMLResponse:
    return render(request, "upload.html", {"result": None,
                                           "max_bytes": request.app.state.settings.max_upload_bytes}, actor=actor)


@router.post("/upload", response_class=HTMLResponse)
async def upload(request: Request, actor: ActorDep, views: ViewsDep) -> HTMLResponse:
    actor.require_edit()
    form = await request.form()
    files = [f for f in form.getlist("files") if hasattr(f, "read")]
    if not files:
        raise InvalidInput("choose one or more files to upload", code="no_files")
    level = form.get("confidentiality")
    level = level if level in ("public", "internal", "confidential") else None
    items = [(getattr(f, "filename", None) or "upload", await f.read()) for f in files]  # type: ignore[union-attr]
    result = views.upload(actor, items, confidentiality=level)
    if is_htmx(request):
        return render(request, "_upload_results.html", {"result": result}, actor=actor)
    return render(request, "upload.html", {"result": result,
                                           "max_bytes": request.app.state.settings.max_upload_bytes}, actor=actor)


# --- the API reference, rendered here so /docs needs no CDN script ---------------------------------
@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    spec = request.app.openapi()
    ops = []
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "description": p.get("description", "")} for p in op.get("parameters", [])]
            ops.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                        "description": op.get("description", ""), "params": params,
                        "body": "requestBody" in op, "tag": (op.get("tags") or ["other"])[0]})
    return render(request, "api_docs.html", {"ops": ops, "title": spec.get("info", {}).get("title", "tocsin")})


def error_page(request: Request, exc: TocsinError) -> HTMLResponse:
    return render(request, "error.html", {"error": exc}, status=exc.http_status)
