"""Resolution of candidate expressions to TIMEX3 values against the creation time or the previous date."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from storyline.dating.timex_calendar import (
    MONTHS_IN,
    NIGHT_ENDS,
    SEASON_ORDER,
    UNIT_GRAN,
    Ref,
    day_of,
    duration,
    fmt,
    from_season_index,
    holiday,
    hour_after_part,
    month_days_on_weekday,
    night_after,
    safe_date,
    season_index,
    shift,
    unknown,
    week_of_month,
    weekday_after,
    weekday_on_or_after,
    weekday_on_or_before,
    weekday_this_week,
)
from storyline.dating.timex_rules import Cand

# "le vendredi 4": the months searched for a fit around the creation time, before and after it (a
# day of the month is told near the time of writing), and how far from the last day or month the
# text named a fit may lie to be read as that one's neighbour
WEEKDAY_DAY_MONTHS_BEFORE = 3
WEEKDAY_DAY_MONTHS_AFTER = 2
WEEKDAY_DAY_NEAR_PREVIOUS = 45  # days
# around the creation time, a fit on the side the tense does not point to counts this many times
# its distance: "vendredi 4" in a past sentence is the last such Friday unless the next is much nearer
WEEKDAY_DAY_OTHER_SIDE = 3
# characters at most between a day's named part and a clock time it places ("Saturday night, at 2
# o'clock"); a clock further on in the sentence may be another day's ("… la mairie ouvre à 8 heures")
PART_REACH = 16
# a weekday joined to the day of writing ("Monday or Tuesday" written on a Monday) is the one this
# many days at most from it, on either side
LINKED_NEAR_DAYS = 2
_PART_VALUE = re.compile(r"T(?:MO|AF|EV|NI)$")  # a day's part: "2020-01-04TEV"


@dataclass(slots=True)
class Ctx:
    """What a relative expression may be resolved against."""

    dct: date | None
    prev: Ref | None
    tense: Callable[[], int]  # -1 past, 1 future, 0 unknown (computed on demand)
    same_sentence: Callable[[], bool]  # whether ``prev`` is in the same sentence
    report: Ref | None = None  # the first quarter the text named (its reporting quarter)
    linked: bool = False  # joined to ``prev`` by "and", "or", "to": a day of the same span
    ranged: bool = False  # joined to ``prev`` by "to", "à": the day or month ending a span ``prev`` opens
    # a weekday told in no tense this many days ahead at most is the coming one (the language's)
    untensed_ahead: int = 0
    # a clock time was placed on the day of writing before: the day "the next day" may count from
    clock_on_dct: bool = False
    # ``prev`` is a day counted from the day of writing by a word ("demain", "tomorrow")
    prev_counted: bool = False
    # ``prev`` sets the scene, with its year written, in the sentence before or this one ("La guerre
    # a débuté en mars 2019. Elle s'est durcie en juin."): not a noun's ("the August 1988 cease-fire")
    after_setting: Callable[[], bool] = lambda: False


@dataclass(frozen=True, slots=True)
class Resolved:
    type: str
    value: str
    mod: str = ""
    anchor: str = ""
    ref: Ref | None = None


def resolve(c: Cand, ctx: Ctx) -> Resolved | None:
    """The TIMEX3 type, value, mod and anchor of a candidate; None when it cannot be a date."""
    return _RESOLVERS[c.kind](c.info, ctx, c)


def _base(ctx: Ctx, anchor: str | None, need_day: bool = False) -> tuple[date | None, str]:
    """The reference day and anchor name: the previous expression's day when asked and available."""
    if anchor == "previous" and ctx.prev is not None and (not need_day or ctx.prev.gran == "day"):
        return ctx.prev.day, "previous"
    return ctx.dct, "dct"


def _date(info: dict[str, Any], ctx: Ctx, c: Cand) -> Resolved | None:
    found = _day_date(info, ctx, c)
    if found is None or not info.get("week"):
        return found
    day = day_of(found.value)  # "the week of March 6": the week that holds the day
    if day is None:
        return Resolved("DATE", "XXXX-WXX", anchor=found.anchor)
    return Resolved("DATE", fmt(day, "week"), anchor=found.anchor, ref=Ref(day, "week", c.end))


def _day_date(info: dict[str, Any], ctx: Ctx, c: Cand) -> Resolved | None:
    month, day = info["m"], info["d"]
    if info.get("y") is not None:
        found = safe_date(info["y"], month, day)
        return Resolved("DATE", found.isoformat(), ref=Ref(found, "day", c.end, True)) if found else None
    year, anchor = _year_for(info, ctx, month, day)
    if year is None:
        return Resolved("DATE", f"XXXX-{month:02d}-{day:02d}") if safe_date(2000, month, day) else None
    found = safe_date(year, month, day) or safe_date(year, month, 28)
    if found is None:
        return None
    return Resolved(
        "DATE", found.isoformat(), anchor=anchor, ref=Ref(found, "day", c.end, anchor == "previous")
    )


def _year_for(
    info: dict[str, Any], ctx: Ctx, month: int, day: int, whole_month: bool = False
) -> tuple[int | None, str]:
    """The year of a day or month stated without one."""
    prev = ctx.prev
    if info.get("year_from_prev") is not None and prev is not None:
        return prev.day.year + info["year_from_prev"], "previous"
    if info.get("year_rel") is not None and ctx.dct is not None:  # "June 5 last year"
        return ctx.dct.year + info["year_rel"], "dct"
    end_year = _span_end_year(info, ctx, month, None if whole_month else day)
    if end_year is not None and prev is not None:  # "du 3 novembre au 15 mars", "de novembre au 15 mars"
        return end_year, "previous" if prev.explicit_year else "dct"
    if info.get("wd") and ctx.dct is not None:
        for year in (ctx.dct.year, ctx.dct.year - 1, ctx.dct.year + 1):
            found = safe_date(year, month, day)
            if found and found.isoweekday() == info["wd"]:
                return year, "dct"
        if prev is not None and prev.explicit_year:
            found = safe_date(prev.day.year, month, day)
            if found and found.isoweekday() == info["wd"]:
                return prev.day.year, "previous"  # "le vendredi 13 novembre", after "en 2015"
        return None, ""  # "jeudi 12 novembre" in no year near: a year the text does not tell
    now = ctx.dct
    if info.get("dateline") and now is not None:
        # "OSLO, July 29 (Reuters) -": the year nearest the writing, whatever year the headline named
        return min((now.year + k for k in (0, -1, 1)), key=lambda y: _days_off(y, month, day, now)), "dct"
    if (
        prev is not None
        and prev.explicit_year
        and ctx.same_sentence()
        and not _against_tense(ctx, prev.day.year, month, day, whole_month)
    ):
        return prev.day.year, "previous"
    if _goes_on_narrative(ctx, month, day):
        assert prev is not None
        return prev.day.year, "previous"
    if ctx.dct is None:
        return None, ""
    dct = ctx.dct
    here = safe_date(dct.year, month, day) or safe_date(dct.year, month, 28) or dct
    rel = info.get("rel")
    if rel == -1:
        return dct.year - (1 if here >= dct else 0), "dct"
    if rel == 1:
        return dct.year + (1 if here <= dct else 0), "dct"
    tense = ctx.tense()
    if tense < 0 and (here - dct).days > 90:
        return dct.year - 1, "dct"
    if tense > 0 and (dct - here).days > 90:
        return dct.year + 1, "dct"
    if tense == 0 and (here - dct).days > 200:
        return dct.year - 1, "dct"
    return dct.year, "dct"


def _goes_on_narrative(ctx: Ctx, month: int, day: int) -> bool:
    """Whether a day or month told without its year, not in the future, goes on from the scene the
    sentence before set in an earlier year than the writing's, later in that year ("La guerre a débuté
    en mars 2019. Elle s'est durcie en juin." is June 2019)."""
    prev = _earlier_year_told(ctx)
    if prev is None or prev.gran not in ("day", "month") or (month, day) < (prev.day.month, prev.day.day):
        return False
    return ctx.after_setting() and ctx.tense() <= 0


def _earlier_year_told(ctx: Ctx) -> Ref | None:
    """The time told just before, when it has its year written and that year is earlier than the
    writing's: one a narrative may go on in."""
    prev = ctx.prev
    if prev is None or not prev.explicit_year or ctx.dct is None or prev.day.year >= ctx.dct.year:
        return None
    return prev


def _days_off(year: int, month: int, day: int, dct: date) -> int:
    """How many days the day lies from ``dct`` in ``year`` (a large number when it has no such day)."""
    found = safe_date(year, month, day)
    return abs((found - dct).days) if found else 10**6


def _span_end_year(info: dict[str, Any], ctx: Ctx, month: int, day: int | None) -> int | None:
    """The year of a day or month (``day`` None) that ends a span a day or month opens (``ctx.ranged``):
    the first such one from the opening ("du 3 novembre au 15 mars" ends the next year); None when
    the expression ends no such span or is placed by words of its own ("next March", a weekday). A
    month does not end a day's span ("a revision Friday to December's figures"), nor does a day cross
    a year within its own month ("du 28 au 3 juin", where the 28th took June from the end), nor into
    a year without its day (29 February)."""
    prev = ctx.prev
    if not ctx.ranged or prev is None or prev.gran not in ("day", "month"):
        return None
    if info.get("rel") is not None or info.get("year_rel") is not None or info.get("wd"):
        return None  # "next March", "March last year", "Friday, June 5": placed by words of its own
    year = prev.day.year + (month < prev.day.month)
    if day is None:  # a month ends a span a month opens ("from November to March"), not a day
        return year if prev.gran == "month" else None
    if month == prev.day.month:
        return None
    return year if safe_date(year, month, day) else None


def _against_tense(ctx: Ctx, year: int, month: int, day: int, whole_month: bool) -> bool:
    """Whether taking the year of the sentence's other date ("joined in July 1997, will join on
    March 12") would put a day told in the future before the creation time, or one told in the
    past after it."""
    if ctx.dct is None:
        return False
    tense = ctx.tense()
    if whole_month:
        here, now = (year, month), (ctx.dct.year, ctx.dct.month)
        return (tense > 0 and here < now) or (tense < 0 and here > now)
    found = safe_date(year, month, day)
    return found is not None and ((tense > 0 and found < ctx.dct) or (tense < 0 and found > ctx.dct))


def _month(info: dict[str, Any], ctx: Ctx, c: Cand) -> Resolved | None:
    """A month; or, with ``week_n``, its week of that rank ("the first week of August", "la dernière
    semaine de mars"), whose month stays the reference of what follows, with its year as written ("from
    the first week of December 2018 to February"; "a day later" is a day of that month, not the Tuesday)."""
    found = _whole_month(info, ctx, c)
    n = info.get("week_n")
    if found is None or not n:
        return found
    if found.ref is None:  # "XXXX-06": no year to place the week in
        return Resolved("DATE", unknown("week"), anchor=found.anchor)
    first = found.ref.day
    monday = week_of_month(first.year, first.month, n)
    return Resolved("DATE", fmt(monday, "week"), anchor=found.anchor, ref=found.ref)


def _whole_month(info: dict[str, Any], ctx: Ctx, c: Cand) -> Resolved | None:
    month, mod = info["m"], info.get("mod", "")
    if info.get("y") is not None:
        first = date(info["y"], month, 1)
        return Resolved(
            "DATE", fmt(first, "month"), mod, ref=Ref(first, "month", c.end, True, day_known=False)
        )
    rel, prev = info.get("rel"), ctx.prev
    end_year = _span_end_year(info, ctx, month, None)
    if end_year is not None and prev is not None:
        # "la trêve court de novembre à mars", "from October 2019 to March"
        first = date(end_year, month, 1)
        ref = Ref(first, "month", c.end, prev.explicit_year, day_known=False)
        return Resolved("DATE", fmt(first, "month"), mod, "previous", ref)
    if ctx.dct is None and not (prev and prev.explicit_year and ctx.same_sentence()):
        return Resolved("DATE", f"XXXX-{month:02d}", mod)
    if ctx.dct is not None and info.get("year_rel") is not None:  # "June last year"
        year, anchor = ctx.dct.year + info["year_rel"], "dct"
    elif rel == 0 and info.get("anchor") == "previous" and prev is not None:
        # "in April 1998, … that June": the month of the year the text told
        year, anchor = prev.day.year, "previous"
    elif ctx.dct is not None and rel == 0:  # "this September", "ce mois de mai": the current year's
        year, anchor = ctx.dct.year, "dct"
    elif ctx.dct is not None and rel in (-1, 1):
        year = ctx.dct.year
        if rel == -1 and month >= ctx.dct.month:
            year -= 1
        if rel == 1 and month <= ctx.dct.month:
            year += 1
        anchor = "dct"
    else:
        year_, anchor = _year_for({"rel": None}, ctx, month, 1, whole_month=True)
        year = year_ if year_ is not None else 0
        if ctx.dct is not None and anchor == "dct":
            year = _month_year(ctx, month)
    first = date(year, month, 1)
    return Resolved(
        "DATE",
        fmt(first, "month"),
        mod,
        anchor,
        Ref(first, "month", c.end, anchor == "previous", day_known=False),
    )


def _month_year(ctx: Ctx, month: int) -> int:
    """The year of a month named without one: a later month in a past-tense sentence is last year's."""
    assert ctx.dct is not None
    tense = ctx.tense()
    if tense < 0 and month > ctx.dct.month:
        return ctx.dct.year - 1
    if tense > 0 and month < ctx.dct.month:
        return ctx.dct.year + 1
    if tense == 0 and month - ctx.dct.month > 6:
        return ctx.dct.year - 1
    if tense >= 0 and ctx.dct.month - month > 8:  # "in January" written in November: the coming one
        return ctx.dct.year + 1
    return ctx.dct.year


def _year(info: dict[str, Any], ctx: Ctx, c: Cand) -> Resolved:
    first = date(info["y"], 1, 1)
    return Resolved(
        "DATE", str(info["y"]), info.get("mod", ""), ref=Ref(first, "year", c.end, True, day_known=False)
    )


def _weekday(info: dict[str, Any], ctx: Ctx, c: Cand) -> Resolved:
    wd, rel, part = info["wd"], info.get("rel"), info.get("part")
    if info.get("schedule"):  # "ouvert du lundi au vendredi": every week, whatever the tense
        return Resolved("SET", f"XXXX-WXX-{wd}" + (f"T{part}" if part else ""))
    if info.get("habitual") and ctx.tense() == 0:  # "Le mardi, le marché s'installe place Dorvin"
        return Resolved("SET", f"XXXX-WXX-{wd}" + (f"T{part}" if part else ""))
    if info.get("indefinite"):  # "The attack happened on a Saturday": which one, the text does not say
        return Resolved("TIME" if part else "DATE", f"XXXX-WXX-{wd}" + (f"T{part}" if part else ""))
    base, anchor = _base(ctx, info.get("anchor"), need_day=True)
    if base is None:
        return Resolved("TIME" if part else "DATE", f"XXXX-WXX-{wd}" + (f"T{part}" if part else ""))
    if "in_week" in info and ctx.dct is not None:  # "Wednesday last week"
        weeks = _weeks_back(info["in_week"], ctx.dct)
        return day_result(weekday_this_week(shift(ctx.dct, "W", weeks), wd), part, "dct", c)
    if rel == -1:  # "last Tuesday", "mardi dernier" is never yesterday, which one calls "yesterday"
        day = weekday_on_or_before(base - timedelta(days=2 if info.get("not_yesterday") else 1), wd)
    elif rel == 1:
        day = weekday_after(base, wd)
    elif rel == 0:  # "ce vendredi", "this Friday": of this week
        day = weekday_this_week(base, wd)
        if info.get("by_tense") and anchor == "dct" and (day - base).days > 1 and ctx.tense() < 0:
            # unless told in the past when opening its clause, for words that follow the tense: "Ce
            # vendredi, les dockers ont bloqué le port" written on a Wednesday is the Friday gone. Not
            # "this": "this Friday's debate" is still to come whatever is told around it; not a future:
            # "On apprendra ensuite que … ce mercredi" tells in the future what was learnt; not the
            # day after the day of writing, which a creation date a day early puts there
            day = weekday_on_or_before(base, wd)
    else:
        ahead = _linked_ahead(ctx, base, wd)  # "Saturday or Sunday": the second lies on the first's side
        if ahead and ctx.prev is not None:
            day = weekday_on_or_after(ctx.prev.day, wd)  # "from Monday to Friday", both to come
        else:
            if ahead is None:
                tense = ctx.tense()
                coming = (weekday_after(base, wd) - base).days
                ahead = tense > 0 or (tense == 0 and coming <= ctx.untensed_ahead)
            day = weekday_on_or_after(base, wd) if ahead else weekday_on_or_before(base, wd)
        prev = ctx.prev
        if ctx.ranged and prev is not None and prev.gran == "day" and day < prev.day:
            # a span ends after the day that opens it: "la nuit de mercredi à jeudi" told in the past
            # on the Wednesday (a creation date a day early), "a curfew from Friday until Sunday",
            # "the fair ran from Tuesday to Thursday" written on the Wednesday; but a span told in the
            # past does not end past the day after the day of writing ("ran from Monday to Saturday"
            # written on a Wednesday opened the week before, which its opening day missed)
            end = weekday_after(prev.day, wd)
            if ctx.dct is None or end <= ctx.dct + timedelta(days=1) or ctx.tense() >= 0:
                day = end
    return day_result(day, part, anchor, c)


def _weekday_day(info: dict[str, Any], ctx: Ctx, c: Cand) -> Resolved:
    """ "le vendredi 4": a day 4 that is a Friday, in or next to the month the text named last when
    one fits there, else near the creation time (on the side "dernier"/"prochain" or the tense says);
    with no fit, the weekday alone (a writer's slip of a day is likelier than a far month)."""
    wd, n, rel = info["wd"], info["d"], info.get("rel")
    prev = ctx.prev
    if prev is not None and prev.gran in ("day", "week", "month"):
        fits = month_days_on_weekday(prev.day, wd, n, 1, 1)
        if prev.gran == "month":  # "En mars, … Le vendredi 25": in that month first
            inside = [d for d in fits if (d.year, d.month) == (prev.day.year, prev.day.month)]
            if inside:
                return day_result(inside[0], None, "previous", c)
        near = [d for d in fits if abs((d - prev.day).days) <= WEEKDAY_DAY_NEAR_PREVIOUS]
        if near:  # after the day named before rather than before it: the text moves on
            day = min(near, key=lambda d: (d < prev.day, abs((d - prev.day).days)))
            return day_result(day, None, "previous", c)
        if ctx.dct is not None and abs((prev.day - ctx.dct).days) <= WEEKDAY_DAY_NEAR_PREVIOUS:
            return _weekday({"wd": wd, "rel": rel}, ctx, c)  # a slip: the 4th named a Friday is a Saturday
    if ctx.dct is not None:
        dct = ctx.dct
        fits = month_days_on_weekday(dct, wd, n, WEEKDAY_DAY_MONTHS_BEFORE, WEEKDAY_DAY_MONTHS_AFTER)
        if rel is not None:
            fits = [d for d in fits if (d > dct if rel > 0 else d < dct)]
        if fits:
            ahead = rel > 0 if rel is not None else ctx.tense() > 0
            weight = {ahead: 1, not ahead: WEEKDAY_DAY_OTHER_SIDE}
            day = min(fits, key=lambda d: abs((d - dct).days) * weight[d > dct])
            return day_result(day, None, "dct", c)
    return _weekday({"wd": wd, "rel": rel}, ctx, c)


def _linked_ahead(ctx: Ctx, base: date, wd: int) -> bool | None:
    """For a day joined to the day before it ("Friday and Thursday", "Saturday or Sunday", "from Sept. 14
    to Thursday"), whether that day lies ahead of ``base``: on the side of the day before it, or, when
    that one is ``base`` itself ("on Monday or Tuesday" written on a Monday), on the side where weekday
    ``wd`` is next to it; a day just gone, unless the sentence tells a future ("Shops will close on
    Monday and Saturday"). A past tense does not pull a day just ahead back: in news it is mostly a
    verb of reporting ("meeting on Friday and Saturday, a source said"). None when not joined or
    neither."""
    if not ctx.linked or ctx.prev is None or ctx.prev.gran != "day":
        return None
    if ctx.prev.day != base:
        return ctx.prev.day > base
    after = (weekday_after(base, wd) - base).days
    if after <= LINKED_NEAR_DAYS:
        return True
    if 7 - after <= LINKED_NEAR_DAYS:
        return None if ctx.tense() > 0 else False
    return None


def inside_day(ref: Ref, part: str | None) -> Resolved:
    """An unknown day (or part of one) inside the year or month ``ref`` holds: "En 2009, … Le
    lendemain" is 2009-XX-XX."""
    value = _inside_value(ref, "day") + (f"T{part}" if part else "")
    return Resolved("TIME" if part else "DATE", value, anchor="previous", ref=ref)


def day_result(day: date, part: str | None, anchor: str, c: Cand) -> Resolved:
    if part:
        ref = Ref(day, "day", c.end, part=part)
        return Resolved("TIME", f"{day.isoformat()}T{part}", anchor=anchor, ref=ref)
    return Resolved("DATE", day.isoformat(), anchor=anchor, ref=Ref(day, "day", c.end))


def _dayoff(info: dict[str, Any], ctx: Ctx, c: Cand) -> Resolved:
    """A day counted from another ("hier", "le lendemain", "en fin de soirée"), with the modifier its
    words carry ("en fin de": END)."""
    res = _day_offset(info, ctx, c)
    mod = info.get("mod")  # "en fin de soirée": the end of that evening
    return replace(res, mod=mod) if mod else res


def _day_offset(info: dict[str, Any], ctx: Ctx, c: Cand) -> Resolved:
    base, anchor = _base(ctx, info.get("anchor"), need_day=True)
    part = info.get("part")
    prev = ctx.prev
    # told from the day of writing itself, not from its evening ("tués mercredi … dans la nuit", written
    # on that Wednesday): the night just gone, as from the writing
    of_writing = (
        anchor == "previous" and prev is not None and prev.part not in ("EV", "NI") and base == ctx.dct
    )
    if "past_offset" in info and base is not None and (anchor == "dct" or of_writing) and ctx.tense() < 0:
        # "cette nuit, des roquettes ont frappé": the night just gone, which ends on the day of writing;
        # what the text tells next is counted from that day
        night = day_result(base + timedelta(days=info["past_offset"]), part, anchor, c)
        return replace(night, ref=Ref(base, "day", c.end))
    tail = f"T{part}" if part else ""
    if (
        info.get("anaphoric")
        and anchor == "dct"
        and not (prev is not None and prev.inside)
        and not (prev is None and ctx.clock_on_dct and base is not None)
    ):
        # "that day", "le lendemain", "ce soir-là" with no day before them: a day of the year or month
        # the text named last ("En 2015, … Ce jour-là": 2015-XX-XX) when it has begun, else one the
        # text did not give; never the day of writing, which such words do not count from, unless a
        # clock time placed on it came first ("À 15 heures, … Le soir même")
        if (
            prev is not None
            and not prev.day_known
            and prev.gran in ("year", "month")
            and (ctx.dct is None or prev.day <= ctx.dct)
        ):
            return inside_day(replace(prev, end=c.end, inside=True), part)
        return Resolved("TIME" if part else "DATE", "XXXX-XX-XX" + tail)
    if base is None:
        return Resolved("TIME" if part else "DATE", "XXXX-XX-XX" + tail)
    if info.get("anchor") == "previous" and prev is not None and prev.inside:
        # "En 2009, … Quinze jours plus tard, … Le lendemain": a day of 2009 still
        return inside_day(prev, part)
    if (
        part
        and anchor == "previous"
        and not info["offset"]
        and ctx.dct
        and base > ctx.dct
        and ctx.tense() < 0
    ):
        # "Vendredi, un sommet se tiendra … Dans la soirée, la proposition a été évoquée": told
        # in the past, so not the evening of a day still ahead; the day of writing's
        base, anchor = ctx.dct, "dct"
    return day_result(base + timedelta(days=info["offset"]), part, anchor, c)


def _weeks_back(weeks: int, writing: date) -> int:
    """Weeks from the writing's: "last week" written on a Sunday is the week ending (its Monday to
    Saturday just gone), not the one before."""
    return 0 if weeks == -1 and writing.isoweekday() == 7 else weeks


def _unitrel(info: dict[str, Any], ctx: Ctx, c: Cand) -> Resolved:
    unit, mod = info["unit"], info.get("mod", "")
    gran = UNIT_GRAN.get(unit, "day")
    # "left the next year", "It happened the next year": of the scene told just before, in the past
    told_past = info.get("past_anchor") and ctx.tense() < 0 and ctx.after_setting()
    if _of_the_year_told(info, ctx):
        # "En 2019, … à la fin de l'année", "elections on October 23, 2019. … at the end of the year"
        assert ctx.prev is not None
        year = ctx.prev.day.year
        return Resolved("DATE", str(year), mod, "previous", Ref(date(year, 1, 1), "year", c.end))
    base, anchor = _base(ctx, "previous" if told_past else info.get("anchor"))
    if base is None:
        return Resolved("DATE", unknown(gran), mod)
    offset = info["offset"]
    if unit == "WE" and offset == 0 and anchor == "dct" and ctx.tense() <= 0 and base.isoweekday() < 6:
        # said of the past on a weekday, "the weekend" is the one just gone; "this weekend" only early in
        # the week: from Thursday on it is the coming one ("was not keen on this weekend's summit").
        # Told in no tense, "the weekend" is the nearer one: written on a Monday or a Tuesday, the last
        by_article, weekday = info.get("by_article"), base.isoweekday()
        if (by_article or weekday <= 3) if ctx.tense() < 0 else (by_article and weekday <= 2):
            offset = -1
    elif unit == "W" and offset == 0 and anchor == "dct" and base.isoweekday() == 7 and ctx.tense() > 0:
        offset = 1  # "this week" ahead, written on a Sunday (a week's last day): the week to come
    elif unit == "W" and anchor == "dct" and _weeks_back(offset, base) != offset:
        offset = _weeks_back(offset, base)
    elif unit == "WE" and info.get("by_article") and anchor == "dct" and base.isoweekday() == 7:
        offset = int(ctx.tense() > 0)  # "will be closed over the weekend", written on a Sunday: the next
    elif info.get("by_tense") and anchor == "dct":
        # the current unit, unless the tense says its end is past ("à la fin du mois, il a
        # démissionné": the month before) or its start ahead ("il rouvrira au début de l'année")
        tense = ctx.tense()
        offset = -1 if mod == "END" and tense < 0 else 1 if mod == "START" and tense > 0 else 0
    inside = _in_coarse_unit(ctx.prev, anchor, base, unit, offset, gran, mod, c)
    if inside is not None:  # "En 2009, … la semaine suivante": a week of 2009, not its second
        return inside
    day = shift(base, unit, offset)
    return Resolved("DATE", fmt(day, gran), mod, anchor, Ref(day, gran, c.end))


def _of_the_year_told(info: dict[str, Any], ctx: Ctx) -> bool:
    """Whether "the year" said with its article alone ("à la fin de l'année", "at the end of the year";
    not "cette année", "this year") is the earlier year the text just told, not told in the future: in
    the same sentence, or by a day or month of the sentence before that sets the scene."""
    prev = _earlier_year_told(ctx)
    if info["unit"] != "Y" or not info.get("article_only") or prev is None or ctx.tense() > 0:
        return False
    return ctx.same_sentence() or (prev.gran in ("day", "month") and ctx.after_setting())


def _shift(info: dict[str, Any], ctx: Ctx, c: Cand) -> Resolved:
    unit, amount, mod = info["unit"], info["amount"], info.get("mod", "")
    if amount is None:  # "quelques jours plus tard, il a été arrêté": later than a past time, still past
        past = info["sign"] < 0 or (info.get("anchor") == "previous" and ctx.tense() < 0)
        return Resolved("DATE", "PAST_REF" if past else "FUTURE_REF", mod)
    base, anchor = _base(ctx, info.get("anchor"))
    gran = UNIT_GRAN.get(unit, "day")
    if base is None or (info.get("anchor") == "previous" and anchor == "dct" and unit in _TOLD_FROM_A_DAY):
        # "freed fifteen days earlier", "trois jours plus tôt" with no date before them: counted from
        # a time the text did not give, not from the day of writing
        return Resolved("DATE", unknown(gran), mod)
    steps = info["sign"] * amount
    if info.get("this") and anchor == "dct" and steps == int(steps):
        # "four years ago this week": the week of writing, that many years back
        day, gran = shift(base, unit, int(steps)), UNIT_GRAN[info["this"]]
        return Resolved("DATE", fmt(day, gran), mod, anchor, Ref(day, gran, c.end))
    prev = ctx.prev
    if (
        unit == "Y"
        and steps == int(steps)
        and prev is not None
        and (
            prev.gran in ("quarter", "half")
            or (anchor == "previous" and prev.gran in ("day", "month") and abs(steps) == 1)
        )
    ):
        # "profit rose in the third quarter from a year earlier": the same quarter or half, that many
        # years off; "a year later" the same day or month, as an anniversary or a comparison is told.
        # More years from a day are a year: "On 5 March 2009 … Two years later" is 2011, no day.
        day = shift(prev.day, "Y", int(steps))
        return Resolved("DATE", fmt(day, prev.gran), mod, "previous")
    inside = _in_coarse_unit(prev, anchor, base, unit, steps, gran, mod, c)
    if inside is not None:
        return inside
    if unit in ("H", "MIN", "S"):
        # "dans 48 heures", "36 hours ago": the whole days they span; fewer hours stay on the day
        day = base + timedelta(days=int(steps / 24)) if unit == "H" else base
    elif steps != int(steps):
        day, gran = _fractional_shift(base, unit, steps)
    else:
        day = shift(base, unit, int(steps))
    if (
        info.get("anchor") == "previous"
        and anchor == "dct"
        and steps > 0
        and fmt(day, gran) > fmt(base, gran)
        and ctx.tense() < 0
    ):
        # "trois mois plus tard, la ville est tombée", no date before it: told in the past, so
        # counted from a past time the text did not give, never from the day of writing
        return Resolved("DATE", unknown(gran), mod)
    return Resolved("DATE", fmt(day, gran), mod, anchor, Ref(day, gran, c.end))


# units in which "N … later/earlier" counts from a time the text gave, never from the day of writing
_TOLD_FROM_A_DAY = frozenset({"D", "W", "M"})
_DAYS_IN = {"D": 1, "W": 7, "M": 30.44, "Q": 91.31, "HALF": 182.62, "Y": 365.25, "DE": 3652.5, "CE": 36525}
_GRAN_UNIT = {gran: unit for unit, gran in UNIT_GRAN.items() if unit in _DAYS_IN}
_UNKNOWN_BELOW = {
    ("year", "day"): "-XX-XX",
    ("month", "day"): "-XX",
    ("year", "month"): "-XX",
    ("year", "week"): "-WXX",
}


def _in_coarse_unit(
    prev: Ref | None, anchor: str, base: date, unit: str, steps: float, gran: str, mod: str, c: Cand
) -> Resolved | None:
    """``steps`` units from the previous expression when it names a month, a year or coarser and
    holds no day of its own ("En 2009, … Quinze jours plus tard"; not "this year"): counted in its
    unit, never from an implied 1 January, and written with what is unknown as TimeML writes it
    ("2009-XX-XX"; the period's value where TimeML has no such form). What follows counts from it
    as from a day inside that period. None when the previous expression is not such."""
    if anchor != "previous" or prev is None or prev.day_known:
        return None
    coarse = _GRAN_UNIT.get(prev.gran)
    if coarse is None or unit not in _DAYS_IN or _DAYS_IN[coarse] <= _DAYS_IN[unit]:
        return None
    day = shift(base, coarse, round(steps * _DAYS_IN[unit] / _DAYS_IN[coarse]))
    ref = Ref(day, prev.gran, c.end, day_known=False, inside=True)
    return Resolved("DATE", _inside_value(ref, gran), mod, "previous", ref)


def _inside_value(ref: Ref, wanted: str) -> str:
    return fmt(ref.day, ref.gran) + _UNKNOWN_BELOW.get((ref.gran, wanted), "")


def _fractional_shift(base: date, unit: str, steps: float) -> tuple[date, str]:
    """``base`` moved by a fraction of units, at the granularity the sum reaches: "trois quarts de
    siècle" is 75 years, "un an et demi" 18 months, "a week and a half" 10 days."""
    months = MONTHS_IN.get(unit)
    if months is None:
        return shift(base, "D", round(steps * (7 if unit in ("W", "WE") else 1))), "day"
    total = round(steps * months)
    if months >= 12 and total % 12 == 0:  # years, decades, centuries: "un demi-siècle" is 50 years
        return shift(base, "Y", total // 12), "year"
    return shift(base, "M", total), "month"


def _season(info: dict[str, Any], ctx: Ctx, c: Cand) -> Resolved:
    season, mod = info["season"], info.get("mod", "")
    if info.get("y") is not None:
        return Resolved("DATE", f"{info['y']}-{season}", mod)
    if info.get("rel") is None:
        return Resolved("DATE", f"XXXX-{season}", mod)
    base, anchor = _base(ctx, info.get("anchor"))
    if base is None:
        return Resolved("DATE", f"XXXX-{season}", mod)
    current = season_index(base)
    pos = SEASON_ORDER.index(season)
    this = current - current % 4 + pos
    rel = info.get("rel")
    if rel == "near":  # "the summer": the last one (or this one) in the past, the next in the future
        tense = ctx.tense()
        if tense == 0 and info.get("near_needs_tense"):
            return Resolved("DATE", f"XXXX-{season}", mod)
        if tense == 0:  # no tense: the nearest, the past one when both are as near
            target = min((this - 4, this, this + 4), key=lambda t: (abs(t - current), t > current))
        else:
            rel = 1 if tense > 0 and this != current else -1
            target = this if (this <= current) == (rel < 0) else this + 4 * rel
    elif rel == -1:
        target = this if this < current else this - 4
    elif rel == 1:
        target = this if this > current else this + 4
    else:
        target = this
    day = from_season_index(target)
    return Resolved("DATE", f"{day.year}-{season}", mod, anchor, Ref(day, "season", c.end, day_known=False))


def _holiday(info: dict[str, Any], ctx: Ctx, c: Cand) -> Resolved | None:
    rule = info["rule"]
    if rule.keys() == {"m"}:  # a time known by its month only: "la rentrée" is September
        return _month({"m": rule["m"], "y": info.get("y"), "rel": info.get("rel")}, ctx, c)
    if info.get("y") is not None:
        day = holiday(rule, info["y"])
        return Resolved("DATE", day.isoformat(), ref=Ref(day, "day", c.end, True)) if day else None
    if ctx.dct is None:
        return Resolved("DATE", f"XXXX-{rule['m']:02d}-{rule['d']:02d}" if "d" in rule else "XXXX-XX-XX")
    dct = ctx.dct
    days = [d for d in (holiday(rule, y) for y in (dct.year - 1, dct.year, dct.year + 1)) if d is not None]
    rel = info.get("rel")
    tense = ctx.tense() if rel is None else 0
    if rel == -1 or (rel is None and tense < 0):
        day = max(d for d in days if d <= dct)
    elif rel == 1 or (rel is None and tense > 0):
        day = min(d for d in days if d >= dct)
    elif rel == 0:
        day = days[1]
    else:
        day = min(days, key=lambda d: abs((d - dct).days))
    return Resolved("DATE", day.isoformat(), anchor="dct", ref=Ref(day, "day", c.end))


def _quarter(info: dict[str, Any], ctx: Ctx, c: Cand) -> Resolved:
    """A quarter of a year ("2019-Q3") or, with ``parts`` 2, a half ("2019-H1"): part ``q`` of year
    ``y`` when written; else ``rel`` years from the creation time's ("this", "of last year"), or, for
    ``text_year`` ("of the year"), the year written just before; ``years`` more ("year-ago")."""
    q, parts = info["q"], info.get("parts", 4)
    letter, gran = ("Q", "quarter") if parts == 4 else ("H", "half")
    months = 12 // parts
    first_month = months * (q - 1) + 1
    if info.get("y") is not None:
        first = date(info["y"], first_month, 1)
        return Resolved("DATE", fmt(first, gran), ref=Ref(first, gran, c.end, True, day_known=False))
    prev = ctx.prev
    if info.get("text_year") and prev is not None and prev.explicit_year and ctx.tense() <= 0:
        # "In 2015 the firm grew. In the second half of the year, it shrank."; else "of the year" is
        # the year of writing, or the one before for a later part told in the past
        year, anchor = prev.day.year, "previous"
    elif ctx.dct is None:
        return Resolved("DATE", f"XXXX-{letter}{q}")
    else:
        year, anchor = ctx.dct.year + (info.get("rel") or 0), "dct"
    if info.get("rel") is None and anchor == "dct":
        # A part named without a year: a later one than the creation time's is last year's when the
        # sentence is past ("profit fell in the fourth quarter", written in January), or untensed and
        # two parts ahead, unless said "of the year" ("no effect in the fourth quarter of the year")
        ahead = q - (ctx.dct.month - 1) // months - 1
        tense = ctx.tense() if ahead > 0 else 0
        untensed_back = tense == 0 and ahead >= 2 and not info.get("text_year")
        if ahead > 0 and (tense < 0 or untensed_back):
            year -= 1
    year += info.get("years", 0)
    first = date(year, first_month, 1)
    # a year taken from the one written before counts as written for the next ("… de l'année")
    ref = Ref(first, gran, c.end, anchor == "previous", day_known=False) if not info.get("years") else None
    return Resolved("DATE", fmt(first, gran), anchor=anchor, ref=ref)


def _report(info: dict[str, Any], ctx: Ctx, c: Cand) -> Resolved:
    """The text's reporting quarter (the first it named), else the last full quarter before the creation
    time; or that quarter some years off ("the year-ago period", "the 1988 quarter")."""
    years = info.get("years", 0)
    if ctx.report is not None:
        base, anchor = ctx.report.day, "previous"
    elif ctx.dct is not None:
        base, anchor = shift(ctx.dct, "Q", -1), "dct"
    else:
        return Resolved("DATE", f"{info['y']}-QX" if info.get("y") is not None else "XXXX-QX")
    day = shift(base, "Y", years) if info.get("y") is None else base.replace(year=info["y"], day=1)
    ref = Ref(day, "quarter", c.end) if not years and info.get("y") is None else None
    return Resolved("DATE", fmt(day, "quarter"), anchor=anchor, ref=ref)


def _time(info: dict[str, Any], ctx: Ctx, c: Cand) -> Resolved:
    clock = f"T{info['h']:02d}:{info['mi']:02d}"
    mod = info.get("mod", "")
    if "y" in info:
        return Resolved("TIME", f"{info['y']:04d}-{info['m']:02d}-{info['d']:02d}{clock}", mod)
    prev = ctx.prev
    if prev is not None and prev.part and not prev.inside and _placed_by_part(info, prev, ctx, c):
        # "Saturday night, at 2 o'clock": the time in that part of the day, and a small hour of a
        # night on the morning after, as when the two are said together
        hour = hour_after_part(info["h"], prev.part) if info.get("loose") else info["h"]
        day = prev.day + timedelta(days=1) if night_after(prev.part, hour) else prev.day
        return Resolved("TIME", f"{day.isoformat()}T{hour:02d}:{info['mi']:02d}", mod, "previous")
    if prev is not None and prev.inside:  # "Quinze jours plus tard, vers 14 heures": that unknown day's
        return Resolved(
            "TIME",
            _inside_value(prev, "day") + clock,
            mod,
            "previous",
        )
    base, anchor = _base(ctx, "previous", need_day=True)
    if base is None:
        return Resolved("TIME", "XXXX-XX-XX" + clock, mod)
    if (
        anchor == "previous"
        and ctx.prev_counted
        and ctx.dct is not None
        and base > ctx.dct
        and ctx.tense() < 0
    ):
        # "Le maire sera reçu demain. Les grévistes ont été évacués à 15h.": a past clock is not on a
        # day still to come (a day a comment's stamp names after the page's is past: left as it is)
        base, anchor = ctx.dct, "dct"
    if info["h"] == 24 and anchor == "dct" and ctx.tense() < 0:
        clock = "T00:00"  # "à minuit, les blindés sont entrés": the midnight that opened the day
    return Resolved("TIME", base.isoformat() + clock, mod, anchor)


def _placed_by_part(info: dict[str, Any], prev: Ref, ctx: Ctx, c: Cand) -> bool:
    """Whether a clock time takes the part of the day named just before it: close after it ("samedi
    soir, vers 1 heure"), or, for an hour that needs no part to be read ("3 heures du matin", "0 h
    30"), anywhere in its sentence ("Samedi soir, la fête a duré jusqu'à 3 heures du matin") or the
    next ("Mardi soir, les pêcheurs se sont rassemblés. Vers 2h du matin, la police les a dispersés")."""
    small_hour = not info.get("loose") and info["h"] % 24 < NIGHT_ENDS
    if not ctx.same_sentence():
        return small_hour and ctx.after_setting()
    return 0 <= c.start - prev.end <= PART_REACH or small_hour


def _daytime(info: dict[str, Any], ctx: Ctx, c: Cand) -> Resolved | None:
    """A clock time on a day the text names: the day's value with the time."""
    day, time = resolve(info["day"], ctx), info["time"]
    part = day.value[-2:] if day is not None and _PART_VALUE.search(day.value) else None
    if part and time.info.get("loose"):  # "samedi soir, vers 9 heures": 21:00
        time = replace(time, info={**time.info, "h": hour_after_part(time.info["h"], part)})
    clock = resolve(time, ctx)
    if day is None or clock is None:
        return day or clock
    date_part = day.value.split("T")[0]
    time_part = clock.value[clock.value.index("T") :]
    on = day_of(date_part)
    if on is not None and night_after(part, int(time_part[1:3])):
        date_part = (on + timedelta(days=1)).isoformat()  # "at 2 last night": the morning after
    return Resolved("TIME", date_part + time_part, clock.mod, day.anchor, day.ref)


def _someday(info: dict[str, Any], ctx: Ctx, c: Cand) -> Resolved:
    """ "One day I woke up": a day gone; "if one day", "One day the bridge will be rebuilt": one to
    come; "One day we must see": a day of no known side."""
    if info.get("past"):  # "a un jour déclaré": once
        return Resolved("DATE", "PAST_REF")
    tense = ctx.tense()
    if tense < 0 and "past" not in info:  # not a passive read ahead ("si celui-ci est un jour extradé")
        return Resolved("DATE", "PAST_REF")
    return Resolved("DATE", "FUTURE_REF" if info.get("ahead") or tense > 0 else "XXXX-XX-XX")


def _plain(kind: str) -> Callable[[dict[str, Any], Ctx, Cand], Resolved]:
    def run(info: dict[str, Any], ctx: Ctx, c: Cand) -> Resolved:
        if kind == "DURATION":
            return Resolved(kind, duration(info["amount"], info["unit"]), info.get("mod", ""))
        if kind == "DURVAL":  # a duration whose value the word list gives ("recent weeks": PXW)
            return Resolved("DURATION", info["value"], info.get("mod", ""))
        return Resolved(kind, info["value"], info.get("mod", ""))

    return run


_RESOLVERS: dict[str, Callable[[dict[str, Any], Ctx, Cand], Resolved | None]] = {
    "date": _date,
    "month": _month,
    "year": _year,
    "weekday": _weekday,
    "wdday": _weekday_day,
    "dayoff": _dayoff,
    "unitrel": _unitrel,
    "shift": _shift,
    "season": _season,
    "quarter": _quarter,
    "report": _report,
    "holiday": _holiday,
    "daytime": _daytime,
    "time": _time,
    "decade": _plain("DATE"),
    "ref": _plain("DATE"),
    "timeref": _plain("TIME"),  # "souvent la nuit": a part of any day
    "set": _plain("SET"),
    "dur": _plain("DURATION"),
    "someday": _someday,
    "durval": _plain("DURVAL"),
    "clockdur": _plain("DURVAL"),  # "en 2h15": hours written as a clock
}
