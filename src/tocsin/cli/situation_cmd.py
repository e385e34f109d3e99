"""Situations on the command line."""

from __future__ import annotations

from pathlib import Path
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
    _register_analysis(app)


def _analysis(name: str):  # type: ignore[no-untyped-def]
    try:
        return STATE.services.analysis.analyse(actor(), name)
    except TocsinError as exc:
        fail(exc)


def ledger(name: str) -> None:
    """Letters -> requests -> replies -> deadlines of a situation, with reply coverage (JSON)."""
    from tocsin.exports.views import ledger_view

    emit(ledger_view(_analysis(name).ledger))


def timeline(name: str) -> None:
    """Events, documents, letters, replies and deadlines in order; figures side by side (JSON)."""
    from tocsin.exports.views import timeline_view

    emit(timeline_view(_analysis(name).timeline))


def indicators(name: str) -> None:
    """The early-warning indicators the facts support, with their evidence; triage and flags (JSON)."""
    from tocsin.exports.views import indicators_view

    a = _analysis(name)
    emit(indicators_view(a.findings, a.triage, a.flags))


def deadlines(overdue: Annotated[bool, typer.Option("--overdue", help="Only replies overdue.")] = False,
              due_within: Annotated[str | None, typer.Option("--due-within", help="e.g. 30d, 6w, 2m.")] = None,
              all_: Annotated[bool, typer.Option("--all", help="Met and late ones too.")] = False) -> None:
    """Reply deadlines across situations, soonest first (JSON Lines)."""
    from tocsin.analyse.deadlines import parse_days
    from tocsin.exports.views import deadline_view

    days = parse_days(due_within) if due_within else None
    for r in STATE.services.analysis.deadlines(actor(), overdue=overdue, due_within_days=days, include_closed=all_):
        emit({"situation": r.situation, "letter_id": r.letter_id, "letter": r.letter_title,
              "reference": r.reference, **(deadline_view(r.status) or {})})


def draft_letter(situation: str,
                 output: Annotated[Path, typer.Option("-o", "--output", help="Folder for the DOCX and PDF.")] = Path("."),
                 letter: Annotated[str | None, typer.Option(help="Follow up this letter (default: the latest).")] = None
                 ) -> None:
    """Draft the follow-up letter of a situation as DOCX and PDF, each sentence traced to facts."""
    from tocsin.services.situations import slugify

    try:
        letter_id = STATE.services.documents.resolve(actor(), letter).id if letter else None
        draft = STATE.services.analysis.draft_letter(actor(), situation, letter_id=letter_id)
    except TocsinError as exc:
        fail(exc)
        return
    output.mkdir(parents=True, exist_ok=True)
    stem = f"follow-up-{slugify(situation)}-{draft.date.isoformat()}"
    docx = draft.write_docx(output / f"{stem}.docx")
    pdf = draft.write_pdf(output / f"{stem}.pdf")
    emit({"docx": str(docx), "pdf": str(pdf), "deadline": draft.deadline.isoformat(),
          "requests": [{"marker": r.letter, "text": r.text, "origin": r.origin} for r in draft.requests],
          "sentences": [{"text": t, "fact_ids": list(ids)} for t, ids in draft.sentences]})


def report(situation: str, output: Annotated[Path, typer.Option("-o", "--output", help="The .pdf or .docx to write.")]
           ) -> None:
    """A situation report (timeline, ledger, indicators) as PDF or DOCX."""
    fmt = "docx" if output.suffix.lower() == ".docx" else "pdf"
    try:
        data = STATE.services.analysis.report(actor(), situation, fmt=fmt)
    except TocsinError as exc:
        fail(exc)
        return
    output.write_bytes(data)
    emit({"report": str(output), "bytes": len(data)})


def calendar(situation: str, output: Annotated[Path, typer.Option("-o", "--output", help="The .ics to write.")]
             ) -> None:
    """The reply deadlines of a situation as an iCalendar feed."""
    try:
        output.write_bytes(STATE.services.analysis.calendar(actor(), situation))
    except TocsinError as exc:
        fail(exc)
        return
    emit({"calendar": str(output)})


def _register_analysis(app: typer.Typer) -> None:
    for fn in (ledger, timeline, indicators, deadlines, report, calendar):
        app.command()(fn)
    app.command("draft-letter")(draft_letter)
