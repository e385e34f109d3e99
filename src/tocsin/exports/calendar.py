"""Reply deadlines as an iCalendar feed (RFC 5545), one all-day event per letter with a deadline."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar, Event

from tocsin.analyse.ledger import Ledger


def deadlines_ics(ledger: Ledger, *, situation: str, stamp: dt.datetime) -> bytes:
    """`stamp` (DTSTAMP) comes from the caller's clock, so the feed is reproducible."""
    cal = Calendar()
    cal.add("prodid", "-//tocsin//deadlines//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"tocsin deadlines: {situation}")
    for x in ledger.letters:
        if x.deadline is None:
            continue
        st = ledger.deadlines.get(x.document_id)
        ev = Event()
        ev.add("uid", f"deadline-{x.document_id}@tocsin")
        ev.add("dtstamp", stamp)
        ev.add("dtstart", x.deadline)
        ev.add("dtend", x.deadline + dt.timedelta(days=1))
        letter_date = x.date.iso() if x.date else "?"
        ev.add("summary", f"Reply due: {situation} (letter of {letter_date})")
        lines = [f"Letter {x.reference_code or x.document_id} of {letter_date}."]
        if st is not None:
            lines.append(f"State: {st.state.value}" + (f", {st.late_days} days late" if st.late_days else "")
                         + (f", {st.overdue_days} days overdue" if st.overdue_days else "") + ".")
        open_reqs = ledger.open_requests(x.document_id)
        if open_reqs:
            lines.append("Open requests: " + ", ".join(f"({r.marker}) {s.status}" for r, s in open_reqs) + ".")
        ev.add("description", "\n".join(lines))
        ev.add("status", "CONFIRMED")
        ev.add("categories", ["tocsin", st.state.value if st else "deadline"])
        cal.add_component(ev)
    return cal.to_ical()
