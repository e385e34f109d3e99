"""Event dates: the dates in running text that are not the document's own date, its deadline or a
reference to earlier correspondence, with their precision and ranges ("7 and 8 February 2020")."""

from __future__ import annotations

from tocsin.domain.facts import Fact
from tocsin.extract.dates import find_dates
from tocsin.extract.pipeline import Context, fact
from tocsin.extract.text import body_paragraphs, scan_text

NAME = "event_dates"
VERSION = "1.0"
MAX_EVENTS = 200


class EventDatesExtractor:
    name = NAME
    version = VERSION

    def run(self, ctx: Context) -> list[Fact]:
        text = scan_text(ctx.doc.text)
        taken = [f.span for f in ctx.facts if f.field in ("date", "deadline", "reference") and f.span]
        out: list[Fact] = []
        seen: set[str] = set()
        for seg in body_paragraphs(ctx.doc.text):
            for m in find_dates(text, seg.start, seg.end, base=ctx.date):
                if any(sp.start <= m.start < sp.end or m.start <= sp.start < m.end for sp in taken):
                    continue
                iso = m.date.iso() if m.first is None else f"{m.first.iso()}/{m.date.iso()}"
                if iso in seen:
                    continue
                seen.add(iso)
                value = {"date": iso, "precision": str(m.date.precision), "text": m.text}
                out.append(fact(self, "event_date", value, confidence=0.6 if m.year_inferred else 0.75,
                                span=(m.start, m.end), key=iso))
                if len(out) >= MAX_EVENTS:
                    return out
        return out
