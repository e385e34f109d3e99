"""The EVAL.md record of an Extraction, key for key."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tocsin.extract.pipeline import Extraction

CASUALTY_CATEGORIES = ("killed", "injured", "displaced", "arrested")


def _uniq(values: list) -> list:
    seen = []
    for v in values:
        if v not in seen:
            seen.append(v)
    return seen


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
        "states": _uniq([f.value for f in ex.of("state")]),
        # as the document writes the name ("Peul", "Rom", "afrodescendiente") when it is not in English
        "groups": _uniq([f.meta.get("as_written") or f.value for f in ex.of("group")]),
        "places": _uniq([f.value["name"] for f in ex.of("place")]),
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
