"""REST API /api/v1: the JSON twin of every page, built from the same WebViews call.

Auth: a bearer token from POST /api/v1/auth/token (or the browser's session cookie, which then
needs the CSRF header on unsafe methods). Errors: {"error": {"code", "message"}}.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Query, Request, UploadFile
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field

from tocsin.errors import AuthenticationFailed
from tocsin.services.context import Actor
from tocsin.services.web_support import WebViews, fact_dict, situation_brief
from tocsin.web import deps
from tocsin.web.security import check_csrf

ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"description": desc, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorEnvelope"}}}}
    for code, desc in ((400, "Invalid input"), (401, "Not logged in"), (403, "Not allowed"), (404, "Not found"),
                       (409, "Conflict"), (413, "Too large"), (422, "Invalid request"), (429, "Too many attempts"))
}

router = APIRouter(prefix="/api/v1", dependencies=[Depends(check_csrf)], responses=ERROR_RESPONSES)
ActorDep = Annotated[Actor, Depends(deps.api_actor)]
ViewsDep = Annotated[WebViews, Depends(deps.views)]
Ref = Annotated[str, Field(min_length=1, max_length=200)]


class ErrorBody(BaseModel):
    code: str
    message: str
    detail: dict | None = None


class ErrorEnvelope(BaseModel):
    error: ErrorBody


class LoginIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    username: str = Field(min_length=1, max_length=80)
    password: str = Field(min_length=1, max_length=1000)
    totp: str | None = Field(default=None, max_length=12)


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int


class SituationIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=300)
    state: str | None = Field(default=None, max_length=80)
    group: str | None = Field(default=None, max_length=120)
    description: str = Field(default="", max_length=10_000)


class MembershipIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    status: Literal["confirmed", "rejected", "proposed"] = "confirmed"


class ReviewIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    status: Literal["confirmed", "rejected", "corrected"]
    value: Any = None


@router.post("/auth/token", response_model=TokenOut, tags=["auth"], dependencies=[])
def token(body: LoginIn, request: Request) -> TokenOut:
    """Exchange a user name and password (and TOTP code, when enabled) for a bearer token (12 h)."""
    key = "login:" + deps.client_key(request)
    deps.limiter(request).check(key)
    try:
        actor = deps.services(request).accounts.authenticate(body.username, body.password, totp=body.totp)
    except AuthenticationFailed:
        deps.limiter(request).fail(key)
        raise
    from tocsin.web.auth import TOKEN_MAX_AGE

    return TokenOut(access_token=deps.auth(request).issue_token(actor), expires_in=TOKEN_MAX_AGE)


@router.get("/me", tags=["auth"])
def me(actor: ActorDep) -> dict:
    return {"username": actor.username, "role": actor.role.value, "clearance": actor.clearance.label,
            "situations": None if actor.situation_ids is None else sorted(actor.situation_ids)}


@router.get("/dashboard", tags=["pages"])
def dashboard(actor: ActorDep, views: ViewsDep) -> dict:
    """Replies due and overdue, documents awaiting review, situations with flags, recent activity."""
    return views.dashboard(actor)


@router.get("/deadlines", tags=["situations"])
def deadlines(actor: ActorDep, views: ViewsDep) -> dict:
    return {"items": views.deadlines(actor), "today": views.today().isoformat()}


@router.get("/situations", tags=["situations"])
def situations(actor: ActorDep, views: ViewsDep) -> dict:
    return {"items": views.situation_summaries(actor)}


@router.post("/situations", status_code=201, tags=["situations"])
def create_situation(body: SituationIn, actor: ActorDep, request: Request) -> dict:
    row = deps.services(request).situations.create(actor, name=body.name, state=body.state, group=body.group,
                                                   description=body.description)
    return situation_brief(row)


@router.get("/situations/{ref}", tags=["situations"])
def situation(ref: Ref, actor: ActorDep, views: ViewsDep) -> dict:
    """Documents, timeline, figures with their sources, the ledger with coverage, indicators, flags."""
    return views.situation(actor, ref)


@router.put("/situations/{ref}/documents/{doc_id}", tags=["situations"])
def set_membership(ref: Ref, doc_id: Ref, body: MembershipIn, actor: ActorDep, request: Request) -> dict:
    deps.services(request).situations.add_document(actor, ref, doc_id, status=body.status)
    return {"situation": ref, "document_id": doc_id, "status": body.status}


@router.get("/situations/{ref}/draft", tags=["situations"], response_class=Response,
            responses={200: {"content": {"application/vnd.openxmlformats-officedocument.wordprocessingml.document": {},
                                         "application/pdf": {}, "text/plain": {}}}})
def draft(ref: Ref, actor: ActorDep, views: ViewsDep,
          format: Literal["docx", "pdf", "txt"] = "docx", letter: str | None = None) -> Response:  # noqa: A002
    """A follow-up letter draft (for review by the working group)."""
    name, data = views.draft(actor, ref, fmt=format, letter_id=letter)
    return download(name, data)


@router.get("/documents", tags=["documents"])
def documents(actor: ActorDep, views: ViewsDep, kind: str | None = Query(None, max_length=40),
              limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0, le=10_000_000)) -> dict:
    return views.documents(actor, kind=kind, limit=limit, offset=offset)


@router.post("/documents", tags=["documents"])
async def upload(actor: ActorDep, views: ViewsDep, files: list[UploadFile] = File(...),  # noqa: B008
                 confidentiality: Literal["public", "internal", "confidential"] | None = Query(None)) -> dict:
    """Upload many files at once; each gets its own status: stored, duplicate, skipped or failed (with a code)."""
    actor.require_edit()
    items = [(f.filename or "upload", await f.read()) for f in files]
    return views.upload(actor, items, confidentiality=confidentiality)


@router.get("/documents/{doc_id}", tags=["documents"])
def document(doc_id: Ref, actor: ActorDep, views: ViewsDep) -> dict:
    """The text, its facts (with spans) and the situations it belongs to."""
    return views.document(actor, doc_id)


@router.get("/documents/{doc_id}/original", tags=["documents"], response_class=Response,
            responses={200: {"content": {"application/octet-stream": {}}}})
def original(doc_id: Ref, actor: ActorDep, request: Request) -> Response:
    doc, data = deps.services(request).documents.original(actor, doc_id)
    return download(doc.filename, data, media_type=doc.media_type)


@router.get("/letters/{doc_id}", tags=["documents"])
def letter(doc_id: Ref, actor: ActorDep, views: ViewsDep) -> dict:
    """A letter's requests by the replies linked to it, with coverage and evidence passages."""
    return views.letter(actor, doc_id)


@router.get("/facts", tags=["facts"])
def facts(actor: ActorDep, views: ViewsDep, field: str | None = Query(None, max_length=40),
          status: Literal["proposed", "confirmed", "rejected", "corrected"] | None = None,
          after: str | None = Query(None, max_length=64, description="the `next` of the previous page"),
          limit: int = Query(50, ge=1, le=500), total: bool = True) -> dict:
    """Facts across documents, paged by cursor (`after`), so every page costs the same."""
    return views.facts_page(actor, field=field, status=status, after=after, limit=limit, with_total=total)


@router.get("/facts/{fact_id}", tags=["facts"])
def fact(fact_id: Ref, actor: ActorDep, request: Request) -> dict:
    return fact_dict(deps.services(request).facts.get(actor, fact_id))


@router.post("/facts/{fact_id}/review", tags=["facts"])
def review(fact_id: Ref, body: ReviewIn, actor: ActorDep, request: Request) -> dict:
    """Confirm, reject or correct (with the corrected value) a fact."""
    f = deps.services(request).facts.review(actor, fact_id, status=body.status, value=body.value)
    return fact_dict(f)


@router.get("/search", tags=["search"])
def search(actor: ActorDep, views: ViewsDep, q: str = Query(..., min_length=1, max_length=1000),
           kind: str | None = Query(None, max_length=40), state: str | None = Query(None, max_length=80),
           group: str | None = Query(None, max_length=120), allegation: str | None = Query(None, max_length=80),
           year: str | None = Query(None, max_length=4), limit: int = Query(20, ge=1, le=100)) -> dict:
    """Full-text search with facets; snippets come as parts with `mark` set on the matched words."""
    return views.search(actor, q=q, kind=kind, state=state, group=group, allegation=allegation, year=year,
                        limit=limit)


@router.get("/activity", tags=["pages"])
def activity(actor: ActorDep, request: Request, limit: int = Query(20, ge=1, le=200)) -> dict:
    events = deps.services(request).admin.recent_activity(actor, limit=limit)
    return {"items": [{"seq": e.seq, "at": e.at, "actor": e.actor, "action": e.action,
                       "object_type": e.object_type, "object_id": e.object_id, "fields": e.fields} for e in events]}


def download(filename: str, data: bytes, *, media_type: str | None = None) -> Response:
    """An attachment with a safe name (RFC 6266 / 5987)."""
    from urllib.parse import quote

    ascii_name = "".join(c if c.isascii() and (c.isalnum() or c in "._-") else "_" for c in filename)[:150] or "file"
    types = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             "pdf": "application/pdf", "txt": "text/plain; charset=utf-8"}
    mt = media_type or types.get(filename.rsplit(".", 1)[-1], "application/octet-stream")
    if mt.startswith("text/html") or "xml" in mt or "svg" in mt:
        mt = "application/octet-stream"  # never render an uploaded page in our origin
    return Response(content=data, media_type=mt, headers={
        "Content-Disposition": f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"})
