"""The `tocsin` command: parses arguments, calls one service, prints the result.

Output for scripts is JSON Lines (`--jsonl`); errors go to stderr with their stable code.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from tocsin.errors import TocsinError

app = typer.Typer(no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
                  help="tocsin: casework for early warning and urgent action on racial discrimination.")

HomeOpt = Annotated[Path | None, typer.Option("--home", envvar="TOCSIN_HOME",
                                              help="Folder with the database and originals.")]


class State:
    def __init__(self) -> None:
        self.home: Path | None = None
        self.database_url: str | None = None
        self._services: Any = None

    def settings(self):  # type: ignore[no-untyped-def]
        from tocsin.config import Settings

        return Settings.from_env(home=self.home, database_url=self.database_url)

    @property
    def services(self):  # type: ignore[no-untyped-def]
        if self._services is None:
            from tocsin.services import build_services

            self._services = build_services(self.settings())
        return self._services


STATE = State()


@app.callback()
def main(home: HomeOpt = None,
         database_url: Annotated[str | None, typer.Option("--database-url", envvar="TOCSIN_DATABASE_URL",
                                                          help="postgresql+psycopg://... for PostgreSQL.")] = None
         ) -> None:
    STATE.home = home
    STATE.database_url = database_url
    STATE._services = None


def actor():  # type: ignore[no-untyped-def]
    from tocsin.services import LOCAL_ADMIN

    return LOCAL_ADMIN


def emit(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()


def fail(exc: TocsinError) -> None:
    typer.echo(f"error [{exc.code}]: {exc.message}", err=True)
    raise typer.Exit(2)


def highlight_terminal(snippet: str) -> str:
    from tocsin.store.search import HL_END, HL_START

    if sys.stdout.isatty():
        return snippet.replace(HL_START, "\x1b[1;33m").replace(HL_END, "\x1b[0m")
    return snippet.replace(HL_START, "[").replace(HL_END, "]")


def doc_summary(d: Any) -> dict:
    return {"id": d.id, "filename": d.filename, "kind": d.kind, "date": d.date, "language": d.language,
            "title": d.title, "media_type": d.media_type, "size": d.size, "sha256": d.sha256,
            "confidentiality": d.confidentiality.label, "parent_id": d.parent_id, "created_at": d.created_at}


@app.command()
def ingest(paths: Annotated[list[Path], typer.Argument(help="Files and folders (recursive).")],
           jsonl: Annotated[bool, typer.Option("--jsonl", help="One JSON line per file.")] = False,
           confidentiality: Annotated[str | None, typer.Option(help="public, internal or confidential.")] = None,
           no_extract: Annotated[bool, typer.Option("--no-extract", help="Store only; run no extractor.")] = False
           ) -> None:
    """Store files: originals kept unchanged, text split into pages and paragraphs, facts proposed."""
    from rich.progress import Progress

    from tocsin.ingest.pipeline import iter_files

    svc = STATE.services
    failed = 0
    counts: dict[str, int] = {}
    show_bar = not jsonl and sys.stderr.isatty()
    total = sum(1 for _ in iter_files(list(paths))) if show_bar else None
    with Progress(disable=not show_bar, transient=True) as progress:
        task = progress.add_task("ingesting", total=total)

        def on_file(outcome: Any) -> None:
            nonlocal failed
            counts[outcome.status.value] = counts.get(outcome.status.value, 0) + 1
            if outcome.status.value == "failed":
                failed += 1
            if jsonl:
                emit(outcome.as_dict())
            elif outcome.status.value == "failed":
                progress.console.print(f"[red]failed[/red] {outcome.path}: [{outcome.error_code}] {outcome.error}")
            if "#" not in outcome.path:
                progress.advance(task)

        try:
            svc.ingest.ingest_paths(actor(), paths, confidentiality=confidentiality,
                                    extract=False if no_extract else None, on_file=on_file)
        except TocsinError as exc:
            fail(exc)
    if not jsonl:
        typer.echo(", ".join(f"{v} {k}" for k, v in sorted(counts.items())) or "no files", err=True)
    if failed:
        raise typer.Exit(1)


@app.command()
def search(query: Annotated[str, typer.Argument(help='Words, "exact phrases", prefix*.')],
           kind: Annotated[list[str] | None, typer.Option(help="Only documents of this kind (repeatable).")] = None,
           language: Annotated[str | None, typer.Option(help="ISO 639-1 code.")] = None,
           date_from: Annotated[str | None, typer.Option("--from", help="YYYY[-MM[-DD]]")] = None,
           date_to: Annotated[str | None, typer.Option("--to", help="YYYY[-MM[-DD]]")] = None,
           limit: int = 20,
           jsonl: Annotated[bool, typer.Option("--jsonl")] = False) -> None:
    """Full-text search, ranked, with highlighted snippets; diacritics-insensitive."""
    try:
        res = STATE.services.documents.search(actor(), query, kinds=tuple(kind or ()), language=language,
                                              date_from=date_from, date_to=date_to, limit=limit)
    except TocsinError as exc:
        fail(exc)
        return
    for h in res.hits:
        if jsonl:
            from tocsin.store.search import HL_END, HL_START

            emit({**doc_summary(h.document), "score": round(h.score, 4), "paragraphs": list(h.paragraphs),
                  "snippets": [s.replace(HL_START, "<mark>").replace(HL_END, "</mark>") for s in h.snippets]})
        else:
            d = h.document
            typer.echo(f"{d.id}  {d.kind or '-':15} {d.date or '-':10}  {d.filename}")
            for s in h.snippets[:2]:
                typer.echo("    " + highlight_terminal(s))
    if not res.hits and not jsonl:
        typer.echo("no match", err=True)


@app.command()
def documents(kind: Annotated[str | None, typer.Option()] = None, limit: int = 100, offset: int = 0,
              jsonl: Annotated[bool, typer.Option("--jsonl")] = False) -> None:
    """List stored documents, newest first."""
    docs, total = STATE.services.documents.list(actor(), kind=kind, limit=limit, offset=offset)
    for d in docs:
        if jsonl:
            emit(doc_summary(d))
        else:
            typer.echo(f"{d.id}  {d.kind or '-':15} {d.date or '-':10}  {d.filename}")
    if not jsonl:
        typer.echo(f"{len(docs)} of {total} documents", err=True)


@app.command()
def show(doc: Annotated[str, typer.Argument(help="Document id, sha256 or file name.")],
         jsonl: Annotated[bool, typer.Option("--jsonl", help="Metadata, paragraphs and facts as JSON.")] = False
         ) -> None:
    """A document's text and metadata, with its facts."""
    try:
        d = STATE.services.documents.resolve(actor(), doc)
    except TocsinError as exc:
        fail(exc)
        return
    if jsonl:
        emit({**doc_summary(d), "metadata": d.metadata,
              "pages": [{"number": p.number, "needs_ocr": p.needs_ocr} for p in d.pages],
              "paragraphs": [{"index": p.index, "page": p.page, "number": p.number, "text": p.text}
                             for p in d.paragraphs],
              "facts": [fact_dict(f) for f in d.facts]})
        return
    for k, v in doc_summary(d).items():
        typer.echo(f"{k:16} {v}")
    typer.echo("")
    typer.echo(d.text)
    if d.facts:
        typer.echo("\nfacts:")
        for f in d.facts:
            typer.echo(f"  {f.id}  {f.status.value:9} {f.field:14} {json.dumps(f.effective_value, ensure_ascii=False)[:100]}")


def fact_dict(f: Any) -> dict:
    return {"id": f.id, "document_id": f.document_id, "field": f.field, "key": f.key, "value": f.value,
            "corrected_value": f.corrected_value, "status": f.status.value, "confidence": f.confidence,
            "extractor": f.extractor, "version": f.version,
            "span": [f.span.start, f.span.end] if f.span else None, "confidentiality": f.confidentiality.label}


@app.command()
def original(doc: Annotated[str, typer.Argument(help="Document id, sha256 or file name.")],
             output: Annotated[Path, typer.Option("-o", "--output", help="Where to write the bytes.")]) -> None:
    """Write the exact original bytes of a document."""
    try:
        d = STATE.services.documents.resolve(actor(), doc)
        _, data = STATE.services.documents.original(actor(), d.id)
    except TocsinError as exc:
        fail(exc)
        return
    output.write_bytes(data)
    typer.echo(f"{len(data)} bytes, sha256 {d.sha256}", err=True)


@app.command()
def classify(doc: Annotated[str, typer.Argument(help="Document id, sha256 or file name.")],
             level: Annotated[str, typer.Argument(help="public, internal or confidential")]) -> None:
    """Change a document's confidentiality: text, original and search index follow."""
    try:
        d = STATE.services.documents.resolve(actor(), doc)
        d = STATE.services.documents.set_confidentiality(actor(), d.id, level)
    except (TocsinError, KeyError) as exc:
        if isinstance(exc, KeyError):
            typer.echo(f"error [invalid_input]: unknown level {level!r}", err=True)
            raise typer.Exit(2) from exc
        fail(exc)
        return
    emit(doc_summary(d))


@app.command()
def reextract(docs: Annotated[list[str] | None, typer.Argument(help="Document ids; default all.")] = None,
              jsonl: Annotated[bool, typer.Option("--jsonl")] = False) -> None:
    """Run the extractors again: proposed facts are replaced, confirmed and corrected ones kept."""

    def on_doc(doc_id: str, added: int, removed: int) -> None:
        if jsonl:
            emit({"document_id": doc_id, "added": added, "removed": removed})

    n, added, removed = STATE.services.facts.reextract(actor(), doc_ids=docs or None, on_doc=on_doc)
    if not jsonl:
        typer.echo(f"{n} documents, {added} facts added, {removed} removed", err=True)


@app.command()
def review(fact_id: str,
           status: Annotated[str, typer.Argument(help="confirmed, rejected or corrected")],
           value: Annotated[str | None, typer.Option(help="The corrected value (JSON or text).")] = None) -> None:
    """Confirm, reject or correct a proposed fact."""
    parsed: Any = value
    if value is not None:
        try:
            parsed = json.loads(value)
        except ValueError:
            parsed = value
    try:
        f = STATE.services.facts.review(actor(), fact_id, status=status, value=parsed)
    except TocsinError as exc:
        fail(exc)
        return
    emit(fact_dict(f))


_REGISTERED = False


def get_app() -> typer.Typer:
    """The app with every command group registered (once)."""
    global _REGISTERED
    if not _REGISTERED:
        from tocsin.cli import admin_cmd, situation_cmd, web_cmd

        for module in (admin_cmd, situation_cmd, web_cmd):
            module.register(app)
        for optional in ("extract_cmd", "analysis_cmd", "export_cmd"):
            try:
                mod = __import__(f"tocsin.cli.{optional}", fromlist=["register"])
            except ImportError:
                continue
            mod.register(app)
        _install_resolver()
        _REGISTERED = True
    return app


def _install_resolver() -> None:
    """`tocsin coverage` takes stored document ids as well as files."""
    try:
        from tocsin.cli import analysis_cmd
    except ImportError:
        return

    def resolve(ref: str):  # type: ignore[no-untyped-def]
        if Path(ref).exists():
            return None
        try:
            return STATE.services.documents.resolve(actor(), ref).as_source()
        except TocsinError:
            return None

    analysis_cmd.set_document_resolver(resolve)


def run() -> None:
    try:
        get_app()()
    except TocsinError as exc:
        typer.echo(f"error [{exc.code}]: {exc.message}", err=True)
        sys.exit(2)
