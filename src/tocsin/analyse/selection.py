"""Which facts analysis may use: never rejected ones; proposed ones only when the caller allows."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tocsin.domain.dates import PartialDate
from tocsin.domain.facts import Fact, FactStatus

USABLE_HUMAN = (FactStatus.CONFIRMED, FactStatus.CORRECTED)


def usable(facts: Iterable[Fact], field: str | None = None, *, include_proposed: bool = True) -> list[Fact]:
    out = []
    for f in facts:
        if field is not None and f.field != field:
            continue
        if f.status is FactStatus.REJECTED:
            continue
        if f.status is FactStatus.PROPOSED and not include_proposed:
            continue
        out.append(f)
    # A person's word first, then the extractor's confidence.
    return sorted(out, key=lambda f: (f.status is FactStatus.PROPOSED, -f.confidence))


def first_value(facts: Iterable[Fact], field: str, *, include_proposed: bool = True) -> Any:
    fs = usable(facts, field, include_proposed=include_proposed)
    return fs[0].effective_value if fs else None


def parse_partial(value: Any) -> PartialDate | None:
    if value is None:
        return None
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, dict):
        value = value.get("date") or value.get("start")
    try:
        return PartialDate.parse(str(value)[:10].split("/")[0])
    except (ValueError, TypeError):
        return None


def fact_ids(facts: Iterable[Fact]) -> tuple[str, ...]:
    return tuple(f.id for f in facts if f.id)
