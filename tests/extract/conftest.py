from __future__ import annotations

from pathlib import Path

import pytest

from extract_helpers import CORPUS, GOLD


@pytest.fixture
def corpus_dir() -> Path:
    if not GOLD.exists() or not CORPUS.is_dir():
        pytest.skip(f"development corpus not found at {CORPUS} (../shared relative to the repo root)")
    return CORPUS
