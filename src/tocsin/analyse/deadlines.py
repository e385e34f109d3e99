"""Deadline states as a pure function of (due date, reply date, today)."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass


class DeadlineState(enum.StrEnum):
    NO_DEADLINE = "no_deadline"
    DUE = "due"  # not yet passed, no reply
    MET = "met"  # replied on or before the due date
    LATE = "late"  # replied after the due date
    OVERDUE = "overdue"  # passed, no reply yet
    NEVER_ANSWERED = "never_answered"  # passed, no reply, and the Committee has written again since


@dataclass(frozen=True)
class DeadlineStatus:
    letter_id: str
    due: dt.date | None
    state: DeadlineState
    reply_id: str | None = None
    reply_date: dt.date | None = None
    late_days: int | None = None  # replied this many days after the due date
    overdue_days: int | None = None  # passed this many days ago without a reply
    days_left: int | None = None

    @property
    def open(self) -> bool:
        return self.state in (DeadlineState.DUE, DeadlineState.OVERDUE, DeadlineState.NEVER_ANSWERED)


def deadline_status(*, letter_id: str, due: dt.date | None, reply_id: str | None = None,
                    reply_date: dt.date | None = None, today: dt.date, followed_up: bool = False) -> DeadlineStatus:
    if reply_id is not None:
        if due is None:
            return DeadlineStatus(letter_id, None, DeadlineState.NO_DEADLINE, reply_id, reply_date)
        if reply_date is None:  # answered, but the reply's date is unknown: cannot say late or not
            return DeadlineStatus(letter_id, due, DeadlineState.MET, reply_id, None)
        late = max(0, (reply_date - due).days)
        return DeadlineStatus(letter_id, due, DeadlineState.LATE if late else DeadlineState.MET, reply_id, reply_date,
                              late_days=late)
    if due is None:
        return DeadlineStatus(letter_id, None, DeadlineState.NO_DEADLINE)
    if today <= due:
        return DeadlineStatus(letter_id, due, DeadlineState.DUE, days_left=(due - today).days)
    state = DeadlineState.NEVER_ANSWERED if followed_up else DeadlineState.OVERDUE
    return DeadlineStatus(letter_id, due, state, overdue_days=(today - due).days)


def due_within(statuses: list[DeadlineStatus], *, days: int, today: dt.date) -> list[DeadlineStatus]:
    """Open deadlines falling within the next `days` days (the `--due-within 30d` view)."""
    return [s for s in statuses if s.state is DeadlineState.DUE and s.due is not None and (s.due - today).days <= days]


def parse_days(spec: str) -> int:
    """"30d", "6w", "2m" (30-day months) or "45" as a number of days."""
    s = spec.strip().lower()
    unit = s[-1] if s and s[-1] in "dwm" else "d"
    n = int(s[:-1] if s and s[-1] in "dwm" else s)
    return n * {"d": 1, "w": 7, "m": 30}[unit]
