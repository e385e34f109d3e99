from __future__ import annotations

from pathlib import Path

import pytest
from webkit import World, build_world


@pytest.fixture
def world(sqlite_services, tmp_path: Path, shared_corpus: Path) -> World:  # type: ignore[no-untyped-def]
    return build_world(sqlite_services, tmp_path / "web", shared_corpus)
