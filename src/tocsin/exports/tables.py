"""Facts as CSV and JSON Lines: one row per fact, with its document, status and provenance."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

from tocsin.domain.documents import StoredDocument

COLUMNS = ("document_id", "document", "document_date", "kind", "fact_id", "field", "key", "value", "status",
           "confidence", "extractor", "version", "span_start", "span_end")


def fact_rows(docs: Sequence[StoredDocument], *, fields: Sequence[str] | None = None,
              include_rejected: bool = False) -> list[dict]:
    rows = []
    for d in docs:
        for f in d.facts:
            if fields and f.field not in fields:
                continue
            if f.status.value == "rejected" and not include_rejected:
                continue
            rows.append({"document_id": d.id, "document": d.title or d.filename, "document_date": d.date,
                         "kind": d.kind, "fact_id": f.id, "field": f.field, "key": f.key, "value": f.effective_value,
                         "status": f.status.value, "confidence": f.confidence, "extractor": f.extractor,
                         "version": f.version, "span_start": f.span.start if f.span else None,
                         "span_end": f.span.end if f.span else None})
    return rows


def facts_csv(docs: Sequence[StoredDocument], **kw: object) -> str:
    """Structured values (dicts, lists) go in as compact JSON, so the CSV round-trips."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    for row in fact_rows(docs, **kw):  # type: ignore[arg-type]
        v = row["value"]
        row["value"] = v if isinstance(v, str) else json.dumps(v, ensure_ascii=False, sort_keys=True)
        w.writerow(row)
    return buf.getvalue()


def facts_jsonl(docs: Sequence[StoredDocument], **kw: object) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in fact_rows(docs, **kw))  # type: ignore[arg-type]
