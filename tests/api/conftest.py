from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))

from webkit import World, build_world


@pytest.fixture
def world(sqlite_services, tmp_path: Path, shared_corpus: Path) -> World:  # type: ignore[no-untyped-def]
    return build_world(sqlite_services, tmp_path / "web", shared_corpus)


@pytest.fixture
def world_any_db(services, tmp_path: Path, shared_corpus: Path) -> World:  # type: ignore[no-untyped-def]
    """The same world on SQLite and on PostgreSQL."""
    return build_world(services, tmp_path / "web", shared_corpus)
