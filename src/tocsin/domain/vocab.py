"""Vocabularies as validated data (domain/vocab/*.yaml): allegation tags, indicators, document kinds."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tocsin.domain.documents import DocumentKind


class VocabularyError(ValueError):
    """A vocabulary file is malformed."""


@dataclass(frozen=True, slots=True)
class AllegationTag:
    id: str
    label: str
    category: str
    indicators: tuple[str, ...]


def _load(name: str):
    # vocab/ sits beside this module (a data folder, not a package)
    from tocsin.cache import yaml_file

    return yaml_file(Path(__file__).parent / "vocab" / name)


@lru_cache(maxsize=1)
def indicators() -> dict[str, str]:
    data = _load("indicators.yaml")
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise VocabularyError("indicators.yaml must map ids to descriptions")
    return dict(data)


@lru_cache(maxsize=1)
def allegation_tags() -> dict[str, AllegationTag]:
    data = _load("allegations.yaml")
    known = indicators()
    out: dict[str, AllegationTag] = {}
    for category, tags in data.items():
        for tag_id, spec in tags.items():
            if tag_id in out:
                raise VocabularyError(f"allegation tag {tag_id} defined twice")
            inds = tuple(spec.get("indicators") or [])
            bad = [i for i in inds if i not in known]
            if bad:
                raise VocabularyError(f"allegation tag {tag_id}: unknown indicators {bad}")
            out[tag_id] = AllegationTag(tag_id, str(spec.get("label") or tag_id), category, inds)
    return out


@lru_cache(maxsize=1)
def document_kinds() -> dict[str, str]:
    data = _load("document_kinds.yaml")
    kinds = {k.value for k in DocumentKind}
    if set(data) != kinds:
        raise VocabularyError(f"document_kinds.yaml must list exactly {sorted(kinds)}")
    return dict(data)
