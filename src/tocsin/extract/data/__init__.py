"""The extractors' vocabularies (YAML files beside this module)."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def load(name: str) -> Any:
    """A vocabulary file's data (safe YAML: plain values only), through the cache (`tocsin.cache.yaml_file`)."""
    from tocsin import cache

    return cache.yaml_file(Path(__file__).parent / name)
