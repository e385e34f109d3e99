"""Situations on the command line."""

from __future__ import annotations

from typing import Annotated

import typer

from tocsin.cli.main import STATE, actor, doc_summary, emit, fail
from tocsin.errors import TocsinError

situation_app = typer.Typer(help="One situation: create, show, add documents, merge, split.",
                            no_args_is_help=True)


def situations() -> None:
    """List situations."""
    for s in STATE.services.situations.list(actor()):
        emit({"id": s.id, "name": s.name, "slug": s.slug, "state": s.state, "group": s.group_name})


@situation_app.command("create")
def create(name: str, state: Annotated[str | None, typer.Option(help="ISO alpha-3 code or name.")] = None,
           group: Annotated[str | None, typer.Option(help="The affected group.")] = None,
           description: str = "") -> None:
    """Create a situation."""
    try:
        s = STATE.services.situations.create(actor(), name=name, state=state, group=group, description=description)
    except TocsinError as exc:
        fail(exc)
        return
    emit({"id": s.id, "name": s.name, "slug": s.slug})


@situation_app.command("show")
def show(name: str) -> None:
    """A situation and its documents in date order."""
    try:
        d = STATE.services.situations.dossier(actor(), name)
    except TocsinError as exc:
        fail(exc)
        return
    status = {m.document_id: m for m in d.members}
    emit({"id": d.situation.id, "name": d.situation.name, "state": d.situation.state,
          "group": d.situation.group_name,
          "documents": [{**doc_summary(doc), "membership": status[doc.id].status, "reason": status[doc.id].reason}
                        for doc in d.documents]})


@situation_app.command("add")
def add(name: str, documents: list[str],
        status: Annotated[str, typer.Option(help="confirmed, rejected or proposed")] = "confirmed") -> None:
    """Add documents to a situation (or confirm/reject a proposed one)."""
    try:
        for ref in documents:
            doc = STATE.services.documents.resolve(actor(), ref)
            STATE.services.situations.add_document(actor(), name, doc.id, status=status)
    except TocsinError as exc:
        fail(exc)


@situation_app.command("propose")
def propose() -> None:
    """Propose, for every document, the situations it seems to belong to."""
    docs, _ = STATE.services.documents.list(actor(), limit=1_000_000)
    for d in docs:
        for sid, score, why in STATE.services.situations.propose_for_document(actor(), d.id):
            emit({"document_id": d.id, "situation_id": sid, "score": score, "reason": why})


@situation_app.command("merge")
def merge(target: str, source: str) -> None:
    """Move every document of SOURCE into TARGET and delete SOURCE."""
    try:
        s = STATE.services.situations.merge(actor(), target, source)
    except TocsinError as exc:
        fail(exc)
        return
    emit({"id": s.id, "name": s.name})


@situation_app.command("split")
def split(name: str, new_name: str, documents: list[str]) -> None:
    """Move some documents of a situation into a new one."""
    try:
        ids = [STATE.services.documents.resolve(actor(), r).id for r in documents]
        s = STATE.services.situations.split(actor(), name, name=new_name, doc_ids=ids)
    except TocsinError as exc:
        fail(exc)
        return
    emit({"id": s.id, "name": s.name})


def register(app: typer.Typer) -> None:
    app.command()(situations)
    app.add_typer(situation_app, name="situation")
