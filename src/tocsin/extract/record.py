"""The EVAL.md record of an Extraction, key for key."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tocsin.extract.pipeline import Extraction

from tocsin.extract.text import _HAS_CYRILLIC, latin

CASUALTY_CATEGORIES = ("killed", "injured", "displaced", "arrested")


def _uniq(values: list) -> list:
    seen = []
    for v in values:
        if v not in seen:
            seen.append(v)
    return seen


def _states(values: list[str]) -> list[str]:
    """Each State once: a name in Cyrillic is dropped when the document also gives it in Latin letters (a Russian
    note under a bilingual letterhead: "Зеравия" beside "Zeravia")."""
    values = _uniq(values)
    latin_names = {v for v in values if not _HAS_CYRILLIC.search(v)}
    return [v for v in values if not (_HAS_CYRILLIC.search(v) and latin(v) in latin_names)]


def _uniq_folded(values: list[str]) -> list[str]:
    """Each name once, whatever its accents and case ("Sami" and "Sámi")."""
    seen: set[str] = set()
    out = []
    for v in values:
        key = unicodedata.normalize("NFKD", v).encode("ascii", "ignore").decode().lower() or v
        if key not in seen:
            seen.add(key)
            out.append(v)
    return out


def _first_of_each(facts: list) -> list:
    """The first fact of each value: "Sámi" and "Sami", "Peul" and "peule" as written are one group."""
    seen: set = set()
    out = []
    for f in facts:
        if f.value not in seen:
            seen.add(f.value)
            out.append(f)
    return out


def _written(as_written: str | None, name: str) -> str:
    if as_written and not (_HAS_CYRILLIC.search(as_written) and not _HAS_CYRILLIC.search(name)):
        return as_written
    return name


def build_record(ex: Extraction, filename: str) -> dict:
    casualties: dict[str, list[int]] = {c: [] for c in CASUALTY_CATEGORIES}
    casualty_details = []
    for f in ex.of("casualty"):
        cat = f.value.get("category")
        if cat in casualties and f.value.get("number") is not None and f.value["number"] not in casualties[cat]:
            casualties[cat].append(f.value["number"])
        casualty_details.append(f.value)
    deadline = ex.first("deadline")
    return {
        "file": filename,
        "kind": ex.first("kind") or ex.kind,
        "language": ex.language,
        "date": ex.first("date"),
        "sender": ex.first("sender"),
        "recipient": ex.first("recipient"),
        "signatory": ex.first("signatory"),
        "reference_codes": _uniq([f.value for f in ex.of("reference_code")]),
        "session": ex.first("session"),
        "states": _states([f.value for f in ex.of("state")]),
        # as the document writes the name ("Peul", "Rom", "afrodescendiente") when it is not in English, and the
        # vocabulary's name for a Cyrillic one ("цыгане" -> "Roma"); groups and places written in Cyrillic are given
        # in Latin letters (BGN/PCGN), as a record read in English gives them; the facts keep the text's spelling
        "groups": _uniq_folded([latin(_written(f.meta.get("as_written"), f.value)) for f in _first_of_each(ex.of("group"))]),
        "places": _uniq([latin(f.value["name"]) for f in ex.of("place")]),
        "casualties": casualties,
        "allegations": _uniq([f.value["tag"] for f in ex.of("allegation")]),
        "reply_deadline": deadline,
        "requests": [dict(f.value) for f in ex.of("request")],
        "references": [dict(f.value) for f in ex.of("reference")],
        "event_dates": _uniq([f.value for f in ex.of("event_date")]),
        "casualty_figures": casualty_details,
        "place_details": [f.value for f in ex.of("place")],
        "allegation_details": [f.value for f in ex.of("allegation")],
        "spans": {
            f"{f.field}:{f.key}" if f.key else f.field: [f.span.start, f.span.end]
            for f in ex.facts if f.span is not None
        },
    }
