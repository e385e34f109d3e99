"""Facts with provenance. Proposed candidates are kept apart from what a person confirmed."""

from __future__ import annotations

import enum
import hashlib
import json
import dataclasses
from dataclasses import dataclass
from typing import Any

from tocsin.domain.documents import Confidentiality


class FactStatus(enum.StrEnum):
    PROPOSED = "proposed"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"
    CORRECTED = "corrected"

    @property
    def human(self) -> bool:
        """Set by a person: re-extraction never touches it."""
        return self is not FactStatus.PROPOSED


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Fact:
    """One extracted statement about a document.

    `field` names what is stated (kind, date, state, group, place, casualty, allegation, request,
    deadline, reference, sender, recipient, reference_code, session, event_date, language).
    `value` is JSON-serialisable. `key` disambiguates several facts of the same field (the marker of
    a request, the ISO code of a State) and, with document, field and extractor, makes the id.
    """

    field: str
    value: Any
    extractor: str
    version: str
    confidence: float
    span: Span | None = None
    key: str = ""
    status: FactStatus = FactStatus.PROPOSED
    confidentiality: Confidentiality = Confidentiality.INTERNAL
    corrected_value: Any = None
    meta: dict = dataclasses.field(default_factory=dict)
    id: str = ""  # set once stored: fact_id(document_id)
    document_id: str = ""

    def fact_id(self, document_id: str) -> str:
        key = self.key or json.dumps(self.value, sort_keys=True, ensure_ascii=False, default=str)
        raw = "\x1f".join([document_id, self.field, key, self.extractor])
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:24]

    @property
    def effective_value(self) -> Any:
        return self.corrected_value if self.status is FactStatus.CORRECTED else self.value
