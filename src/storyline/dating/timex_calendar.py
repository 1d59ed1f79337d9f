"""Calendar arithmetic and TIMEX3 value formatting for the time-expression tagger."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
SEASON_ORDER = ("WI", "SP", "SU", "FA")


@dataclass(frozen=True, slots=True)
class Ref:
    """A calendar point an expression resolved to: a day plus the granularity it is known at."""

    day: date
    gran: str  # "day", "week", "month", "quarter", "half", "season", "year"
    end: int = -1  # character offset where the expression ends
    explicit_year: bool = False
    day_known: bool = True  # False for a month or year named ("en mars 2009"): its first day stands in
    inside: bool = False  # a day somewhere in that month or year, counted from it ("15 jours plus tard")
    part: str | None = None  # the part of the day named with it ("Saturday night": "NI")


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` months, clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def safe_date(year: int, month: int, day: int = 1) -> date | None:
    """A date, or None when the parts do not make one."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def day_of(value: str) -> date | None:
    """The calendar day a TIMEX3 value names (``2020-01-06``, ``2020-01-06TEV``), else None."""
    match = _DAY_VALUE.match(value)
    return safe_date(int(match[1]), int(match[2]), int(match[3])) if match else None


_DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|T)")


def fmt(day: date, gran: str) -> str:
    """The TIMEX3 value of ``day`` at granularity ``gran``."""
    if gran == "day":
        return day.isoformat()
    if gran == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if gran == "year":
        return f"{day.year:04d}"
    if gran in ("week", "weekend"):
        iso = day.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}" + ("-WE" if gran == "weekend" else "")
    if gran == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if gran == "half":
        return f"{day.year:04d}-H{(day.month - 1) // 6 + 1}"
    if gran == "season":
        return f"{day.year:04d}-{season_of(day)}"
    if gran == "decade":
        return f"{day.year // 10:03d}"
    if gran == "century":
        return f"{day.year // 100:02d}"
    return day.isoformat()


def unknown(gran: str) -> str:
    """The underspecified value of an expression that needs a reference we do not have."""
    return {
        "day": "XXXX-XX-XX",
        "month": "XXXX-XX",
        "year": "XXXX",
        "week": "XXXX-WXX",
        "weekend": "XXXX-WXX-WE",
        "quarter": "XXXX-QX",
        "half": "XXXX-HX",
        "season": "XXXX-XX",
        "decade": "XXX",
        "century": "XX",
    }.get(gran, "XXXX-XX-XX")


def season_of(day: date) -> str:
    """The meteorological season code of a day (December counts as the next year's winter)."""
    return ("WI", "WI", "SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA", "WI")[day.month - 1]


def season_index(day: date) -> int:
    """A running season number (winter of year Y is the first of Y), to compare and shift seasons."""
    year = day.year + (1 if day.month == 12 else 0)
    return year * 4 + SEASON_ORDER.index(season_of(day))


def from_season_index(index: int) -> date:
    year, pos = divmod(index, 4)
    return date(year, SEASON_MONTH[SEASON_ORDER[pos]], 1)


MONTHS_IN = {"M": 1, "Q": 3, "HALF": 6, "Y": 12, "DE": 120, "CE": 1200}  # months in a unit


def shift(day: date, unit: str, amount: int) -> date:
    """``day`` moved by ``amount`` units (D, W, WE, M, Q, HALF, Y, DE, CE)."""
    if unit == "D":
        return day + timedelta(days=amount)
    if unit in ("W", "WE"):
        return day + timedelta(weeks=amount)
    months = MONTHS_IN.get(unit)
    if months is None:
        return day
    return add_months(day, months * amount)


UNIT_GRAN = {
    "D": "day",
    "W": "week",
    "WE": "weekend",
    "M": "month",
    "Q": "quarter",
    "HALF": "half",
    "Y": "year",
    "DE": "decade",
    "CE": "century",
}


def duration(amount: float | None, unit: str) -> str:
    """The ISO 8601 duration of ``amount`` ``unit`` (None amount gives ``PX…``)."""
    time_units = {"H": "H", "MIN": "M", "S": "S"}
    date_units = {
        "D": "D",
        "W": "W",
        "WE": "WE",
        "M": "M",
        "Y": "Y",
        "DE": "DE",
        "CE": "CE",
        "Q": "Q",
        "HALF": "M",
    }
    if amount is None:
        number = "X"
    else:
        if unit == "HALF":
            amount *= 6
        number = f"{amount:g}" if amount != int(amount) else str(int(amount))
    if amount is not None and amount != int(amount):
        return _fractional(amount, unit)
    if unit in time_units:
        return f"PT{number}{time_units[unit]}"
    if unit == "Q" and amount is not None:
        return f"P{number_months(amount * 3)}M"
    if unit in ("DE", "CE") and amount is not None:  # "two decades": P20Y, as TimeML annotates it
        return f"P{int(amount) * (10 if unit == 'DE' else 100)}Y"
    return f"P{number}{date_units.get(unit, unit)}"


def number_months(months: float) -> str:
    return f"{months:g}"


# A fractional amount is written as whole units plus the rest in the next smaller unit (2.5 years →
# P2Y6M, 5.5 hours → PT5H30M, as TimeML annotates "2 1/2 years"); decades and centuries in years.
_SMALLER = {
    "CE": ("", "Y", 100),
    "DE": ("", "Y", 10),
    "Y": ("Y", "M", 12),
    "Q": ("", "M", 3),
    "M": ("M", "D", 30),
    "W": ("", "D", 7),
    "D": ("D", "TH", 24),
    "H": ("TH", "M", 60),
    "MIN": ("TM", "S", 60),
}


def _fractional(amount: float, unit: str) -> str:
    """``amount`` ``unit`` with a fraction: whole units and the rest in the next smaller unit, when whole."""
    big, small, factor = _SMALLER.get(unit, ("", "", 0))
    whole = int(amount) if big else 0
    rest = (amount - whole) * factor
    if not factor or abs(rest - round(rest)) > 1e-9:
        letter = {"MIN": "M"}.get(unit, unit)
        return f"PT{amount:g}{letter}" if unit in ("H", "MIN", "S") else f"P{amount:g}{unit}"
    head = f"{whole}{big.lstrip('T')}" if whole else ""
    tail = f"{round(rest)}{small.lstrip('T')}" if round(rest) else ""
    if big.startswith("T"):  # hours and minutes, minutes and seconds
        return f"PT{head}{tail}"
    if small.startswith("T"):  # days and hours
        return f"P{head}T{tail}" if tail else f"P{head}"
    return f"P{head}{tail}"


def weekday_on_or_before(dct: date, weekday: int) -> date:
    """The most recent ``weekday`` (1 = Monday) on or before ``dct``."""
    return dct - timedelta(days=(dct.isoweekday() - weekday) % 7)


def weekday_after(dct: date, weekday: int) -> date:
    """The first ``weekday`` strictly after ``dct``."""
    return dct + timedelta(days=(weekday - dct.isoweekday() - 1) % 7 + 1)


def weekday_on_or_after(dct: date, weekday: int) -> date:
    """The next ``weekday`` on or after ``dct``: told ahead on that weekday, it is the same day."""
    return dct + timedelta(days=(weekday - dct.isoweekday()) % 7)


def month_days_on_weekday(around: date, weekday: int, day: int, before: int, after: int) -> list[date]:
    """The dates on day ``day`` of a month that fall on ``weekday`` (1 = Monday), from ``before``
    months before the month of ``around`` to ``after`` months after it."""
    found = []
    for shift in range(-before, after + 1):
        year, month = divmod(around.year * 12 + around.month - 1 + shift, 12)
        candidate = safe_date(year, month + 1, day)
        if candidate is not None and candidate.isoweekday() == weekday:
            found.append(candidate)
    return found


def weekday_this_week(dct: date, weekday: int) -> date:
    """The ``weekday`` of the ISO week (Monday to Sunday) that contains ``dct``."""
    return dct + timedelta(days=weekday - dct.isoweekday())


def week_of_month(year: int, month: int, n: int) -> date:
    """The Monday of the ``n``-th week of a month (-1: its last), a week being the month's when its
    Thursday is, as ISO weeks belong to years: the first week of August 2010 opens on 2 August."""
    first = date(year, month, 1)
    if n > 0:
        thursday = weekday_on_or_after(first, 4) + timedelta(weeks=n - 1)
    else:
        thursday = weekday_on_or_before(add_months(first, 1) - timedelta(days=1), 4)
    return thursday - timedelta(days=3)


def easter(year: int) -> date:
    """Western Easter Sunday of ``year`` (the Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month, day = divmod(h + ll - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holiday(rule: dict[str, int], year: int) -> date | None:
    """A holiday in ``year``: a fixed day, the n-th (n=-1: last) weekday of a month (or some days after
    it), or Easter-based."""
    if "easter" in rule:
        return easter(year) + timedelta(days=rule["easter"])
    if "d" in rule:
        return safe_date(year, rule["m"], rule["d"])
    n, wd, month = rule["n"], rule["wd"], rule["m"]
    after = timedelta(days=rule.get("days", 0))  # "Black Friday": the day after Thanksgiving
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1)) + after
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.isoweekday() - wd) % 7) + after


# the 12-hour hours a part of the day puts after noon: 5 in the afternoon, 9 in the evening, 10 at night
_AFTER_NOON = {"AF": range(1, 8), "EV": range(1, 12), "NI": range(6, 12)}
NIGHT_ENDS = 6  # hours of a night before this one are on the next day's date
EVENING_SMALL_HOURS = range(1, 5)  # "samedi soir, vers 1 heure": after midnight, not 13:00


def hour_in_part(hour: int, part: str) -> int:
    """The hour of a 12-hour clock placed in the part of the day said with it: 5 in the afternoon is 17,
    10 at night 22, "3 heures du soir" 15, 12 at night or in the evening 0; 2 at night and 8 in the
    morning stay as they are."""
    if hour in _AFTER_NOON.get(part, ()):
        return hour + 12
    return 0 if part in ("NI", "EV") and hour == 12 else hour


def hour_after_part(hour: int, part: str) -> int:
    """A 12-hour clock's hour told after a day's named part ("samedi soir, vers 9 heures"): placed in
    that part, except an evening's small hours ("samedi soir, vers 1 heure" is 1:00 after midnight)."""
    return hour if part == "EV" and hour in EVENING_SMALL_HOURS else hour_in_part(hour, part)


def night_after(part: str | None, hour: int) -> bool:
    """Whether an hour said with a day's evening or night falls on the next day's date ("Saturday
    night, at 2 o'clock" and "samedi soir, vers minuit" are early on Sunday)."""
    return part in ("NI", "EV") and hour < NIGHT_ENDS
