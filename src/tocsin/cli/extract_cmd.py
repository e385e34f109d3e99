"""`tocsin extract` and `tocsin eval`: extraction on files outside the store; nothing is written."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer


def _record_of(p: Path) -> tuple[dict, bool]:
    """(record, failed) for one file; a bad file gives an error record, never an exception."""
    from tocsin.errors import TocsinError
    from tocsin.extract import extract_document
    from tocsin.ingest import read_path

    try:
        if not p.exists():
            raise FileNotFoundError(p)
        doc = read_path(p)
        return extract_document(doc).record(p.name), False
    except TocsinError as exc:
        return {"file": p.name, "error": {"code": exc.code, "message": exc.message}}, True
    except FileNotFoundError:
        return {"file": p.name, "error": {"code": "not_found", "message": f"no such file: {p}"}}, True
    except Exception as exc:  # one bad file never stops the batch
        return {"file": p.name, "error": {"code": "extract_failed", "message": f"{type(exc).__name__}: {exc}"}}, True


PARALLEL_FROM = 16  # files: below this, starting workers costs more than it saves


def _records(paths: list[Path], workers: int | None = None):
    """(record, failed) per input file, in input order; folders are read recursively. Large batches are
    shared among worker processes forked once the models are loaded (TOCSIN_INGEST_WORKERS, 0: one per
    CPU; 1: this process only), so each worker starts with them in memory."""
    import multiprocessing
    import os

    from tocsin.config import Settings
    from tocsin.ingest.pipeline import iter_files

    files = list(iter_files(list(paths)))
    n = workers if workers is not None else Settings.from_env().ingest_workers
    n = min(n or (os.cpu_count() or 1), max(1, len(files) // 8))
    if n <= 1 or len(files) < PARALLEL_FROM or "fork" not in multiprocessing.get_all_start_methods():
        for p in files:
            yield _record_of(p)
        return
    from tocsin.extract.language import identifier
    from tocsin.extract.registry import prime

    prime()
    identifier()  # loaded before the fork: the workers share it
    with multiprocessing.get_context("fork").Pool(n) as pool:
        yield from pool.imap(_record_of, files, chunksize=2)


def register(app: typer.Typer) -> None:
    @app.command("extract")
    def extract(
        paths: Annotated[list[Path], typer.Argument(help="Files or folders (read recursively).")],
        format: Annotated[str, typer.Option("--format", help="jsonl (one object per line) or json (pretty).")] = "jsonl",
    ) -> None:
        """Extract the EVAL.md record of each file and print it; nothing is stored."""
        if format not in ("jsonl", "json"):
            raise typer.BadParameter("--format must be jsonl or json")
        failed = False
        out = sys.stdout
        for rec, bad in _records(paths):
            failed = failed or bad
            if format == "jsonl":
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            else:
                out.write(json.dumps(rec, ensure_ascii=False, indent=2) + "\n")
            out.flush()
        if failed:
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
