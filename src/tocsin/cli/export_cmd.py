"""`tocsin export-public`: a redacted public version of a document or a situation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from tocsin.cli.main import STATE, actor, fail
from tocsin.errors import InvalidInput, TocsinError


def export_public(ref: Annotated[str, typer.Argument(help="A situation (id, slug or name) or a document "
                                                             "(id, sha256 or file name).")],
                  output: Annotated[Path, typer.Option("-o", "--output", help="The file to write.")],
                  fmt: Annotated[str, typer.Option("--format", help="json or text; default from the "
                                                                    "suffix of the output file.")] = "",
                  document: Annotated[bool, typer.Option("--document", help="REF is a document, even if "
                                                                            "a situation has that name.")] = False
                  ) -> None:
    """Write a public version: names replaced by "Person N", e-mail addresses, phone numbers and
    confidential material removed."""
    from tocsin.exports.redact import render_text
    from tocsin.services.redaction import RedactionService

    kind = fmt or ("text" if output.suffix.lower() in {".txt", ".text", ".md"} else "json")
    try:
        if kind not in {"json", "text"}:
            raise InvalidInput(f"unknown format {kind!r}: json or text", code="invalid_format")
        svc = RedactionService(STATE.services.core)
        export = svc.public_document(actor(), ref) if document else svc.public(actor(), ref)
    except TocsinError as exc:
        fail(exc)
        return
    body = json.dumps(export, ensure_ascii=False, indent=2) + "\n" if kind == "json" else render_text(export)
    tmp = output.with_name(output.name + ".part")
    try:
        tmp.write_text(body, encoding="utf-8")
        tmp.replace(output)
    except OSError as exc:
        typer.echo(f"error [export_failed]: cannot write {output}: {exc.strerror or exc}", err=True)
        raise typer.Exit(2) from exc
    r = export["redaction"]
    typer.echo(f"{len(export['documents'])} document(s); {r['people']} people pseudonymised, "
               f"{r['emails_removed']} e-mail addresses and {r['phones_removed']} phone numbers removed", err=True)


def register(app: typer.Typer) -> None:
    app.command("export-public")(export_public)
