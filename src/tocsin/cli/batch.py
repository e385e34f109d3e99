"""`tocsin extract` without the CLI framework: records of files outside the store, one per file, in
order. `tocsin.cli.entry` runs it directly for a plain `tocsin extract PATH... [--format F]`, so a batch
does not wait for typer and rich to be imported (0.15 s); every other command goes through typer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO


def _record_of(p: Path) -> tuple[dict, bool]:
    """(record, failed) for one file; a bad file gives an error record, never an exception."""
    from tocsin.errors import TocsinError
    from tocsin.extract import extract_document
    from tocsin.ingest import read_path, with_attachments

    try:
        if not p.exists():
            raise FileNotFoundError(p)
        doc = read_path(p)
        return extract_document(with_attachments(doc)).record(p.name), False
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
    from tocsin.extract.registry import prime

    prime()  # loaded before the fork: the workers share it (py3langid's model is loaded by a worker only if a
    # document's function words leave its language in doubt: most never need it)
    with multiprocessing.get_context("fork").Pool(n) as pool:
        yield from pool.imap(_record_of, files, chunksize=2)


def emit(paths: list[Path], fmt: str, out: IO[str]) -> bool:
    """Print each file's record (jsonl: one line each; json: indented); True if any file failed."""
    failed = False
    for rec, bad in _records(paths):
        failed = failed or bad
        if fmt == "jsonl":
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        else:
            out.write(json.dumps(rec, ensure_ascii=False, indent=2) + "\n")
        out.flush()
    return failed
