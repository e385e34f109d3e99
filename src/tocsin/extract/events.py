"""Event dates: the dates in running text that are not the document's own date, its deadline or a
reference to earlier correspondence, with their precision and ranges ("7 and 8 February 2020")."""

from __future__ import annotations

import re

from tocsin.extract import rx
from tocsin.domain.facts import Fact
from tocsin.extract.dates import find_dates
from tocsin.extract.pipeline import Context, fact
from tocsin.extract.text import body_paragraphs, scan_text

NAME = "event_dates"
VERSION = "1.1"
MAX_EVENTS = 200


# "its previous letter of 7 August 2020", "the reply dated 30 October", "Since its letter of ...":
# the date of a piece of correspondence, not of an event
_CORRESPONDENCE_BEFORE = rx.compile(
    r"\b(?:letters?|repl(?:y|ies)|responses?|notes?\s+verbales?|communications?|decisions?|submissions?|"
    r"lettres?|réponses?|cartas?|respuestas?|comunicaci[óo]n)\b[^.;]{0,60}?\b(?:of|dated|du|de\s+fecha|del?|en\s+date\s+du)\s+$",
    re.IGNORECASE)


class EventDatesExtractor:
    name = NAME
    version = VERSION

    def run(self, ctx: Context) -> list[Fact]:
        text = scan_text(ctx.doc.text)
        taken = [f.span for f in ctx.facts if f.field in ("date", "deadline", "reference") and f.span]
        not_events = {f.value.get("date") for f in ctx.facts if f.field == "reference" and isinstance(f.value, dict)}
        not_events |= {f.value for f in ctx.facts if f.field in ("date", "deadline")}
        out: list[Fact] = []
        seen: set[str] = set()
        for seg in body_paragraphs(ctx.doc.text):
            for m in find_dates(text, seg.start, seg.end, base=ctx.date):
                if any(sp.start <= m.start < sp.end or m.start <= sp.start < m.end for sp in taken):
                    continue
                if m.date.iso() in not_events or _CORRESPONDENCE_BEFORE.search(text, max(seg.start, m.start - 90), m.start):
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
