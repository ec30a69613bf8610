"""A small grammar for the time expressions of plans (dateparser misreads them).

Recognised, on normalised text:
- points: "19/5/2025", "ngày 5 tháng 3 năm 2025", months "tháng 11/2024", "tháng 08 năm 2025";
- ranges: "từ <point|nay|ngày phát động> đến <point>"; "từ nay" is the plan's own date;
- until an event: "(cho) đến khi <event>";
- before / no later than: "(xong) trước (ngày) <point>", "chậm nhất (là) (ngày) <point>";
- relative to an event: "sau N ngày <event>" (stated as relative, never turned into a date);
- an occasion: "vào dịp tổng kết năm 2025"; a month: "trong tháng 08 năm 2025";
- yearly: "trước ngày 10 tháng 12 hằng năm" (a day and month that recur every year, also "ngày 15/3"
  in a sentence that says "hằng năm");
- a time limit from an event: "trong (thời hạn) 15 ngày làm việc kể từ ngày nhận đủ hồ sơ" (stated
  as relative, never turned into a date).
Impossible dates ("31/2/2025") are rejected. Pure functions, no I/O.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

_DAY = r"(\d{1,2})/(\d{1,2})/(\d{4})"
_LONG_DAY = r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})"
_MONTH = r"tháng\s+(\d{1,2})\s*(?:/|năm)\s*(\d{4})"
_POINT = rf"(?:ngày\s+)?(?:{_DAY}|{_LONG_DAY}|{_MONTH})"
_EVENT_END = r"(?=[.;]|$)"

_RANGE = re.compile(
    rf"từ\s+(?P<start>nay|ngày phát động|{_POINT})\s+(?:cho\s+)?đến\s+(?:ngày\s+)?"
    rf"(?P<end>{_POINT}|khi\s+(?P<event>[^.;]+?){_EVENT_END})",
    re.IGNORECASE,
)
_UNTIL = re.compile(rf"(?:cho\s+)?đến\s+khi\s+(?P<event>[^.;]+?){_EVENT_END}", re.IGNORECASE)
_HOUR = r"(?:\d{1,2}\s*giờ(?:\s*\d{1,2})?\s+)?"  # "trước 17 giờ 00 ngày 24/01/2025"
_BEFORE = re.compile(rf"(?:trước|chậm nhất(?:\s+là)?|hạn chót)\s+{_HOUR}(?P<point>{_POINT})", re.IGNORECASE)
_RELATIVE = re.compile(rf"sau\s+(?P<days>\d+)\s+ngày\s+(?:kể từ\s+)?(?:khi\s+)?(?P<event>[^.;]+?){_EVENT_END}", re.I)
_OCCASION = re.compile(rf"(?:vào\s+)?dịp\s+(?P<event>[^.;,]+?){_EVENT_END}", re.IGNORECASE)
_IN_MONTH = re.compile(rf"trong\s+(?P<point>{_MONTH})", re.IGNORECASE)
# A day and month without a year: "ngày 10 tháng 12", "ngày 15/3" (not followed by a year).
_DAY_MONTH = r"ngày\s+(?P<day>\d{1,2})\s*(?:tháng\s+|/)(?P<month>\d{1,2})(?!\s*(?:/|năm)\s*\d)(?!\d)"
_YEARLY = re.compile(
    rf"(?:(?:trước|chậm nhất(?:\s+là)?|hạn chót(?:\s+là)?|đến|vào)\s+)?{_DAY_MONTH}"
    r"(?P<every>\s+(?:hằng|hàng|mỗi)\s+năm)?",
    re.IGNORECASE,
)
_EVERY_YEAR = re.compile(r"\b(?:hằng|hàng|mỗi)\s+năm\b", re.IGNORECASE)
_ANY_POINT = re.compile(_POINT, re.IGNORECASE)
_WITHIN = re.compile(
    r"(?:trong\s+(?:thời\s+hạn\s+)?|chậm nhất(?:\s+là)?\s+)(?P<days>\d{1,3})\s+ngày(?P<working>\s+làm\s+việc)?"
    r"\s+(?:kể\s+)?từ\s+(?:ngày\s+|khi\s+)?(?P<event>[^.;]+?)(?=[.;]|,\s+(?-i:[A-ZĐ])|\s-\s|$)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DatePoint:
    """A calendar point and how precise it is: "day", "month" or "year"."""

    date: dt.date
    precision: str

    def iso(self) -> str:
        if self.precision == "day":
            return self.date.isoformat()
        return self.date.strftime("%Y-%m" if self.precision == "month" else "%Y")


@dataclass(frozen=True)
class TimeExpression:
    """kind: "range", "until_event", "before", "relative", "within", "occasion", "in_month" or "yearly".

    A yearly expression keeps its day and month in `end` (year 2000 as a placeholder) and its
    preposition in `text`; a relative one its number of days (`working` for working days).
    """

    kind: str
    text: str
    start: DatePoint | None = None
    end: DatePoint | None = None
    event: str = ""
    days: int | None = None
    working: bool = False


def _point(match_groups: tuple[str | None, ...]) -> DatePoint | None:
    """Build a point from the 8 groups of _POINT (day/month/year, long form, month form)."""
    day, month, year, long_day, long_month, long_year, only_month, month_year = match_groups
    try:
        if day:
            return DatePoint(dt.date(int(year), int(month), int(day)), "day")
        if long_day:
            return DatePoint(dt.date(int(long_year), int(long_month), int(long_day)), "day")
        if only_month:
            return DatePoint(dt.date(int(month_year), int(only_month), 1), "month")
    except ValueError:
        return None  # impossible date such as 31/2/2025
    return None


def parse_point(text: str) -> DatePoint | None:
    """The first date or month in `text`, or None (also for impossible dates)."""
    match = _ANY_POINT.search(text)
    return _point(match.groups()) if match else None


def _event(text: str) -> str:
    return " ".join(text.split()).rstrip(" ,")


def parse_time_expressions(sentence: str, plan_date: DatePoint | None = None) -> list[TimeExpression]:
    """Every time expression in `sentence`, most specific first.

    Args:
        sentence: normalised text of one sentence or short section.
        plan_date: the plan's own date, which "từ nay" refers to (None when unknown).
    """

    def range_(match: re.Match[str]) -> TimeExpression | None:
        start_text = match.group("start").lower()
        start = plan_date if start_text in ("nay", "ngày phát động") else parse_point(start_text)
        event = match.group("event")
        end = None if event else parse_point(match.group("end"))
        return TimeExpression("range", match.group(0), start, end, _event(event or "")) if event or end else None

    def dated(kind: str) -> Callable[[re.Match[str]], TimeExpression | None]:
        def build(match: re.Match[str]) -> TimeExpression | None:
            point = parse_point(match.group("point"))
            return TimeExpression(kind, match.group(0), end=point) if point else None

        return build

    def with_event(kind: str) -> Callable[[re.Match[str]], TimeExpression]:
        def build(match: re.Match[str]) -> TimeExpression:
            days = int(match.group("days")) if "days" in match.groupdict() else None
            working = bool(match.groupdict().get("working"))
            return TimeExpression(kind, match.group(0), event=_event(match.group("event")), days=days, working=working)

        return build

    def yearly(match: re.Match[str]) -> TimeExpression | None:
        if not (match.group("every") or _EVERY_YEAR.search(sentence)):
            return None
        try:
            day = dt.date(2000, int(match.group("month")), int(match.group("day")))
        except ValueError:
            return None
        return TimeExpression("yearly", match.group(0), end=DatePoint(day, "day"))

    # Most specific first; a later pattern never claims text an earlier one matched.
    builders = [
        (_RANGE, range_),
        (_UNTIL, with_event("until_event")),
        (_WITHIN, with_event("within")),
        (_RELATIVE, with_event("relative")),
        (_BEFORE, dated("before")),
        (_OCCASION, with_event("occasion")),
        (_IN_MONTH, dated("in_month")),
        (_YEARLY, yearly),
    ]
    found: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []
    for pattern, build in builders:
        for match in pattern.finditer(sentence):
            if any(match.start() < b and match.end() > a for a, b in taken):
                continue
            expression = build(match)
            if expression:
                found.append(expression)
                taken.append(match.span())
    return found


def plan_date_point(date: str) -> DatePoint | None:
    """The plan's own date as metadata states it ("05/03/2025", "tháng 11 năm 2024", "năm 2024").

    A placeholder date keeps only what it states: the month, or the year, never a made-up day.
    """
    point = parse_point(date)
    if point:
        return point
    year = re.search(r"năm\s+(\d{4})", date)
    return DatePoint(dt.date(int(year.group(1)), 1, 1), "year") if year else None
