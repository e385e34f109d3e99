"""Shared helpers of the extraction tests (imported by module name: tests/extract is on sys.path)."""

from __future__ import annotations

from pathlib import Path

from tocsin.ingest import read_bytes

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "eval" / "gold.jsonl"
FIXTURES = REPO / "tests" / "fixtures" / "extract"


def doc_of(text: str, name: str = "t.txt"):
    return read_bytes(text.encode("utf-8"), name)
