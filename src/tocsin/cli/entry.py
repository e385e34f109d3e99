"""The `tocsin` console script. A plain batch extraction (`tocsin extract PATH... [--format jsonl|json]`,
the command EVAL.md times) runs without the CLI framework; anything else, help and errors included, goes
to the typer application (`tocsin.cli.main`)."""

from __future__ import annotations

import sys


def _plain_extract(args: list[str]) -> tuple[list[str], str] | None:
    """(paths, format) when `args` holds only paths and --format; None for anything else."""
    paths: list[str] = []
    fmt = "jsonl"
    i = 0
    while i < len(args):
        a = args[i]
        if a == "--format" and i + 1 < len(args) and args[i + 1] in ("jsonl", "json"):
            fmt = args[i + 1]
            i += 2
            continue
        if a.startswith("--format=") and a.split("=", 1)[1] in ("jsonl", "json"):
            fmt = a.split("=", 1)[1]
        elif a.startswith("-"):
            return None  # an option for typer to read (or to refuse)
        else:
            paths.append(a)
        i += 1
    return (paths, fmt) if paths else None


def run() -> None:
    args = sys.argv[1:]
    plain = _plain_extract(args[1:]) if args[:1] == ["extract"] else None
    if plain is not None:
        from pathlib import Path

        from tocsin.cli.batch import emit

        sys.exit(1 if emit([Path(p) for p in plain[0]], plain[1], sys.stdout) else 0)
    from tocsin.cli.main import run as full

    full()
