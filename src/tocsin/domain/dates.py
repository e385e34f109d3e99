"""Dates as precise as written: "2020", "2020-02", "2020-02-07" (FollowTheMoney's date type)."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass


class Precision(enum.StrEnum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"
    DECADE = "decade"


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def iso(self) -> str:
        if self.day is not None and self.month is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def as_date(self) -> dt.date | None:
        """A calendar date only when the text gave the day: deadlines need that precision."""
        if self.day is None or self.month is None:
            return None
        return dt.date(self.year, self.month, self.day)

    @classmethod
    def parse(cls, value: str) -> PartialDate:
        parts = [int(x) for x in value.split("-")]
        return cls(*parts)  # type: ignore[arg-type]

    @classmethod
    def of(cls, d: dt.date) -> PartialDate:
        return cls(d.year, d.month, d.day)

    def __str__(self) -> str:
        return self.iso()


@dataclass(frozen=True, slots=True)
class DateRange:
    start: PartialDate
    end: PartialDate | None = None  # None: a single date; open ranges ("since the 1970s") set open_end
    open_end: bool = False

    def iso(self) -> str:
        if self.end is None:
            return self.start.iso() + ("/.." if self.open_end else "")
        return f"{self.start.iso()}/{self.end.iso()}"
