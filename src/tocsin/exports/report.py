"""The situation report (PDF, or the same blocks as DOCX): triage, flags, ledger, timeline, figures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from tocsin.analyse.flags import Flag
from tocsin.analyse.indicators import IndicatorFinding, Triage
from tocsin.analyse.ledger import NO_REPLY, Ledger, RequestState
from tocsin.analyse.timeline import Timeline
from tocsin.exports.documents import Block, docx_bytes, pdf_bytes


def report_blocks(situation: str, *, ledger: Ledger, timeline: Timeline, generated: dt.date,
                  findings: Sequence[IndicatorFinding] = (), triage: Triage | None = None,
                  flags: Sequence[Flag] = ()) -> list[Block]:
    b = [Block("title", f"Situation report: {situation}"), Block("small", f"Generated {generated.isoformat()} by tocsin")]
    if triage is not None:
        b.append(Block("heading", f"Triage: {triage.level.replace('_', ' ')}"))
        b.extend(Block("item", f"- {r}") for r in triage.reasons)
    if flags:
        b.append(Block("heading", "Escalation flags"))
        b.extend(Block("item", f"- {f.message}") for f in flags)
    if findings:
        b.append(Block("heading", "Early-warning indicators"))
        for f in findings:
            b.append(Block("para", f"{f.id}: {f.description} ({f.strength}; {f.sources} source(s))"))
            b.extend(Block("item", f"- {e.what} in {e.document}" + (f": \"{e.quote}\"" if e.quote else "")
                           + (" (hedged)" if e.hedged else "")) for e in f.evidence[:8])
    b.append(Block("heading", "Correspondence ledger"))
    for x in ledger.letters:
        st = ledger.deadlines.get(x.document_id)
        due = x.deadline.isoformat() if x.deadline else "no deadline"
        state = st.state.value.replace("_", " ") if st else ""
        extra = f", {st.late_days} days late" if st and st.late_days else (
            f", {st.overdue_days} days overdue" if st and st.overdue_days else "")
        b.append(Block("para", f"Letter of {x.date.iso() if x.date else '?'}"
                               f"{' (' + x.reference_code + ')' if x.reference_code else ''}: reply due {due}: "
                               f"{state}{extra}."))
        for r in ledger.replies_to(x.document_id):
            b.append(Block("item", f"Reply of {r.date.iso() if r.date else '?'} (linked by {r.link_basis.replace('_', ' ')})"))
        for rq in x.requests:
            s = ledger.states.get(rq.id, RequestState(rq.id, NO_REPLY))
            rep = " [repeats an earlier request]" if rq.repeats else ""
            miss = f"; missing: {'; '.join(s.missing)}" if s.missing and s.status != NO_REPLY else ""
            b.append(Block("item", f"({rq.marker}) {s.status.replace('_', ' ')}{rep}: {rq.text[:160]}{miss}"))
    cited = [c for c in ledger.cited if not c.in_store]
    if cited:
        b.append(Block("para", "Cited, not in the store: " + "; ".join(
            f"{c.kind} of {c.date.iso() if c.date else '?'}{' ' + c.symbol if c.symbol else ''}" for c in cited)))
    b.append(Block("heading", "Timeline"))
    for e in timeline.entries:
        b.append(Block("item", f"{e.date.iso():<10}  [{e.precision}] {e.kind.replace('_', ' ')}: {e.title}"
                               + (f" ({e.detail})" if e.detail and e.kind == "deadline" else "")))
    if timeline.figures:
        b.append(Block("heading", "Figures by source"))
        for fs in timeline.figures:
            mark = " (sources differ)" if fs.conflicting else ""
            b.append(Block("para", f"{fs.category}{mark}: " + "; ".join(f.label for f in fs.figures)))
    return b


def situation_report_pdf(situation: str, **kw: object) -> bytes:
    return pdf_bytes(report_blocks(situation, **kw), title=f"Situation report: {situation}")  # type: ignore[arg-type]


def situation_report_docx(situation: str, **kw: object) -> bytes:
    return docx_bytes(report_blocks(situation, **kw), title=f"Situation report: {situation}")  # type: ignore[arg-type]
