"""The only place that reads the time. Tests pass a FixedClock."""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class Clock(Protocol):
    def now(self) -> dt.datetime: ...

    def today(self) -> dt.date: ...


class SystemClock:
    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)

    def today(self) -> dt.date:
        return self.now().date()


class FixedClock:
    def __init__(self, at: dt.datetime | dt.date) -> None:
        if isinstance(at, dt.datetime):
            self._at = at if at.tzinfo else at.replace(tzinfo=dt.UTC)
        else:
            self._at = dt.datetime(at.year, at.month, at.day, 12, tzinfo=dt.UTC)

    def now(self) -> dt.datetime:
        return self._at

    def today(self) -> dt.date:
        return self._at.date()

    def advance(self, **delta: float) -> None:
        self._at = self._at + dt.timedelta(**delta)
