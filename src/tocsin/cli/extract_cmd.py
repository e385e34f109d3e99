"""`tocsin extract` and `tocsin eval`: extraction on files outside the store; nothing is written."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from tocsin.cli.batch import PARALLEL_FROM, _records, emit  # noqa: F401 - PARALLEL_FROM and _records for tests


def register(app: typer.Typer) -> None:
    @app.command("extract")
    def extract(
        paths: Annotated[list[Path], typer.Argument(help="Files or folders (read recursively).")],
        format: Annotated[str, typer.Option("--format", help="jsonl (one object per line) or json (pretty).")] = "jsonl",
    ) -> None:
        """Extract the EVAL.md record of each file and print it; nothing is stored."""
        if format not in ("jsonl", "json"):
            raise typer.BadParameter("--format must be jsonl or json")
        if emit(list(paths), format, sys.stdout):
            raise typer.Exit(1)

    @app.command("eval")
    def eval_(
        gold: Annotated[Path, typer.Argument(help="Gold records, JSON Lines (EVAL.md shape).")],
        docs_dir: Annotated[Path, typer.Argument(help="Folder holding the gold files.")],
    ) -> None:
        """Extract each gold file from DOCS_DIR and print per-field precision, recall and F1."""
        from tocsin.extract.evaluation import score

        gold_recs = [json.loads(line) for line in gold.read_text("utf-8").splitlines() if line.strip()]
        preds = []
        for g in gold_recs:
            for rec, _bad in _records([docs_dir / g["file"]]):
                preds.append(rec)
        for line in score(gold_recs, preds).lines():
            typer.echo(line)
