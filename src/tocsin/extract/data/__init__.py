"""The extractors' vocabularies (YAML files beside this module)."""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml

# libyaml's parser when PyYAML was built with it (the wheels are): ten times faster than the pure one
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load(name: str) -> Any:
    """A vocabulary file's data (safe YAML: plain values only)."""
    text = resources.files(__name__).joinpath(name).read_text("utf-8")
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader
