"""Escalation flags: a request unanswered twice, a reply overdue, new violence after a letter."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tocsin.analyse.deadlines import DeadlineState
from tocsin.analyse.indicators import violence_after
from tocsin.analyse.ledger import ANSWERED, Ledger
from tocsin.domain.documents import StoredDocument


@dataclass(frozen=True)
class Flag:
    kind: str  # request_unanswered_twice | reply_overdue | new_violence_after_letter
    message: str
    document_ids: tuple[str, ...] = ()
    fact_ids: tuple[str, ...] = ()


def escalation_flags(ledger: Ledger, docs: Sequence[StoredDocument], *, include_proposed: bool = True) -> list[Flag]:
    flags: list[Flag] = []
    for x in ledger.letters:
        for r in x.requests:
            hist = ledger.history(r.id)
            if r.repeats is None or len(hist) < 2:
                continue
            if all(st.status != ANSWERED for _, _, st in hist):
                dates = " and ".join(le.date.iso() if le.date else "?" for le, _, _ in hist)
                flags.append(Flag("request_unanswered_twice",
                                  f"request ({r.marker}) asked in the letters of {dates}, never answered",
                                  tuple(le.document_id for le, _, _ in hist),
                                  tuple(i for _, rq, _ in hist for i in rq.fact_ids)))
    for st in ledger.deadlines.values():
        if st.state in (DeadlineState.OVERDUE, DeadlineState.NEVER_ANSWERED):
            flags.append(Flag("reply_overdue", f"reply to the letter due {st.due} is {st.overdue_days} days overdue",
                              (st.letter_id,)))
    dated = [x for x in ledger.letters if x.date is not None]
    if dated:
        last = max(dated, key=lambda x: x.date.first_day())  # type: ignore[union-attr]
        ev = violence_after(docs, after=last.date.first_day(), include_proposed=include_proposed)  # type: ignore[union-attr]
        if ev:
            tags = sorted({e.what.split(": ", 1)[-1] for e in ev})
            flags.append(Flag("new_violence_after_letter",
                              f"new violence reported after the letter of {last.date.iso()}: {', '.join(tags)}",  # type: ignore[union-attr]
                              tuple(dict.fromkeys(e.document_id for e in ev)), tuple(e.fact_id for e in ev)))
    return flags
