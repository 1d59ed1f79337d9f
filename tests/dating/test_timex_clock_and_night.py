"""A clock time and the part of the day said with it ("10 heures du soir", "at 11 last night"), a night
just gone ("cette nuit", "overnight"), a span of weekdays from the day of writing ("la nuit de mercredi
à jeudi") and live-blog stamps set off by a no-break space. Own sentences, fixed creation dates."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag
from storyline.dating.timex_calendar import hour_in_part

WED = datetime.date(2020, 1, 8)  # a Wednesday


def read(text: str, lang: str, dct: datetime.date = WED) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, lang, dct)]


@pytest.mark.parametrize(
    ("hour", "part", "expected"),
    [(5, "AF", 17), (12, "AF", 12), (9, "EV", 21), (10, "NI", 22), (2, "NI", 2), (12, "NI", 0), (8, "MO", 8)],
)
def test_an_hour_is_placed_in_the_part_of_the_day_said_with_it(hour: int, part: str, expected: int) -> None:
    assert hour_in_part(hour, part) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Il est arrivé à 10 heures du soir.", "fr", [("10 heures du soir", "TIME", "2020-01-08T22:00")]),
        (
            "Il était 3 heures de l'après-midi.",
            "fr",
            [("3 heures de l'après-midi", "TIME", "2020-01-08T15:00")],
        ),
        (
            "Vers 2 heures du matin, les tirs ont cessé.",
            "fr",
            [("Vers 2 heures du matin", "TIME", "2020-01-08T02:00")],
        ),
        (
            "Hier soir à 8 heures, le cortège est parti.",
            "fr",
            [("Hier soir", "TIME", "2020-01-07TEV"), ("8 heures", "TIME", "2020-01-07T20:00")],
        ),
        (
            "Samedi soir, vers 9 heures, la police est intervenue.",
            "fr",
            [("Samedi soir", "TIME", "2020-01-04TEV"), ("vers 9 heures", "TIME", "2020-01-04T21:00")],
        ),
        (
            "Ce soir à 20 heures, il parlera.",
            "fr",
            [("Ce soir", "TIME", "2020-01-08TEV"), ("20 heures", "TIME", "2020-01-08T20:00")],
        ),
        (
            "The sequence ends at 3 o'clock in the afternoon.",
            "en",
            [("3 o'clock in the afternoon", "TIME", "2020-01-08T15:00")],
        ),
        (
            "He woke at three o'clock in the morning.",
            "en",
            [("three o'clock in the morning", "TIME", "2020-01-08T03:00")],
        ),
        (
            "At 10 o'clock last night, it was raining.",
            "en",
            [("10 o'clock last night", "TIME", "2020-01-07T22:00")],
        ),
        (
            "It was Saturday afternoon, about 5 o'clock.",
            "en",
            [("Saturday afternoon, about 5 o'clock", "TIME", "2020-01-04T17:00")],
        ),
        ("He said it is 11:00 at night in Ambrun.", "en", [("11:00 at night", "TIME", "2020-01-08T23:00")]),
        (
            "At 2:30 this afternoon, the senator returned.",
            "en",
            [("2:30 this afternoon", "TIME", "2020-01-08T14:30")],
        ),
        ("At this hour, it is 9:00 o'clock in Lorvel.", "en", [("9:00 o'clock", "TIME", "2020-01-08T09:00")]),
        (
            "At 10 p.m. last night, the rockets hit.",
            "en",
            [("10 p.m. last night", "TIME", "2020-01-07T22:00")],
        ),
    ],
)
def test_a_clock_time_takes_the_part_of_the_day_said_with_it(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "du soir", "in the afternoon", "last night" beside a 12-hour clock place its hour; a 24-hour
    clock ("20 heures") and an hour with "a.m."/"p.m." keep theirs."""
    assert read(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("His father will leave at 4 in the morning.", [("4 in the morning", "TIME", "2020-01-08T04:00")]),
        ("He arrived at 9 in the evening.", [("9 in the evening", "TIME", "2020-01-08T21:00")]),
        ("The blast came at 11 last night.", [("11 last night", "TIME", "2020-01-07T23:00")]),
        ("The vote is at 7 tonight.", [("7 tonight", "TIME", "2020-01-08T19:00")]),
        ("He scored 11 in the evening session.", []),
        ("They won 9 in the morning races.", []),
    ],
)
def test_an_hour_without_a_clock_word_is_a_time_before_a_part_of_the_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "at 9 in the evening": the hour after "at" and before the part of the day; not a count."""
    assert read(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Cette nuit, des roquettes ont frappé la base.", "fr", "2020-01-07TNI"),
        ("Réuni en urgence cette nuit à Lorvel, le conseil a souhaité un dialogue.", "fr", "2020-01-07TNI"),
        ("Le vote aura lieu cette nuit.", "fr", "2020-01-08TNI"),
        ("Rockets hit the base overnight, officials said.", "en", "2020-01-07TNI"),
        ("Overnight, the ministry said it was examining the case.", "en", "2020-01-07TNI"),
        ("The storm will move through overnight.", "en", "2020-01-08TNI"),
    ],
)
def test_a_night_told_in_the_past_is_the_night_just_gone(text: str, lang: str, value: str) -> None:
    """Said on Wednesday, "cette nuit, des roquettes ont frappé" is the night from Tuesday; ahead, tonight."""
    (night,) = tag(text, lang, WED)
    assert (night.type, night.value) == ("TIME", value)


def test_what_follows_a_night_just_gone_is_on_the_day_of_writing() -> None:
    """The night just gone ends on the day of writing: "at noon" after it is that day's."""
    assert read("Rockets hit the base overnight. At noon, the crowd gathered.", "en") == [
        ("overnight", "TIME", "2020-01-07TNI"),
        ("noon", "TIME", "2020-01-08T12:00"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "It doesn't happen overnight, Vasseur says.",
        "Revolutions do not happen overnight.",
        "We can't change that overnight either.",
        "The firm vanished virtually overnight in a panic.",
    ],
)
def test_overnight_as_a_figure_of_speed_is_no_time(text: str) -> None:
    assert tag(text, "en", WED) == []


def test_overnight_before_a_weekday_is_that_days_night() -> None:
    assert read("Overnight Saturday into Sunday, an attack hit the embassy.", "en")[0] == (
        "Overnight",
        "TIME",
        "2020-01-04TNI",
    )


@pytest.mark.parametrize(
    ("text", "lang", "second"),
    [
        ("Dans la nuit de mercredi à jeudi, des roquettes ont frappé la base.", "fr", "2020-01-09"),
        ("Un couvre-feu a été imposé de mercredi soir à vendredi.", "fr", "2020-01-10"),
        ("A curfew was imposed from Wednesday to Friday morning.", "en", "2020-01-10TMO"),
        # a span that does not start on the day of writing keeps its days
        ("She attended school from Friday to Monday.", "en", "2020-01-06"),
    ],
)
def test_a_span_from_the_day_of_writing_ends_after_it(text: str, lang: str, second: str) -> None:
    """Told in the past on a Wednesday, "de mercredi à jeudi" still ends on the Thursday after."""
    days = [t.value for t in tag(text, lang, WED) if t.value.startswith("2020")]
    assert days[-1] == second


def test_a_live_blog_stamp_set_off_by_a_no_break_space_is_on_the_pages_day() -> None:
    """ "0h30.\u00a0Le régime …": an entry's stamp, not a time on the day the entry before named."""
    text = (
        "Le récit des événements de samedi :\n\n"
        "1h50.\u00a0Un bombardement a visé dimanche avant l'aube la capitale de Norvasia.\n\n"
        "1h35.\u00a0Le régime affirme que les raids ont fait 48 morts."
    )
    stamps = [(t.text, t.value) for t in tag(text, "fr", datetime.date(2011, 3, 19)) if t.type == "TIME"]
    assert stamps == [("1h50", "2011-03-19T01:50"), ("1h35", "2011-03-19T01:35")]
