"""Plans whose time a tense does not place: a day named "ahead of" something is still to come whatever
the sentence tells ("cut the roads ahead of Tuesday's march", even with a possessive); a month a
plan was made for, when the plan was a former one ("initialement prévu en mars") or the sentence
goes on to tell in the past what became of it ("les législatives prévues en avril ont été
reportées"), lies on either side of the writing: the nearest such month, not the next one."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag, tense_of

WED = datetime.date(2020, 6, 10)  # a Wednesday


def values(text: str, lang: str) -> list[str]:
    return [t.value for t in tag(text, lang, WED)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Shops in Ambrun shut early ahead of Tuesday's carnival.", "2020-06-16"),
        ("Shops in Ambrun shut early ahead of Saturday night's concert.", "2020-06-13TNI"),
        ("The Lorvel council met on the eve of Friday's vote.", "2020-06-12"),
        ("Traders sold shares in Miravel ahead of the weekend.", "2020-W24-WE"),
        ("Castelmar banned rallies in the run-up to Sunday's election.", "2020-06-14"),
        ("Castelmar banned rallies during the build-up to Sunday's election.", "2020-06-14"),
    ],
)
def test_a_day_named_ahead_of_something_is_still_to_come(text: str, value: str) -> None:
    assert values(text, "en") == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Friday's vote in Lorvel was close.", "2020-06-05"),
        ("Valdoria closed the border before Tuesday's attack.", "2020-06-09"),
    ],
)
def test_without_such_words_a_possessive_day_is_past(text: str, value: str) -> None:
    assert values(text, "en") == [value]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Les législatives prévues en avril à Lorvel ont été reportées.", "fr", "2020-04"),
        ("Le festival d'Ambrun prévu en avril a été annulé faute de moyens.", "fr", "2020-04"),
        ("Les élections de Lorvel, qui étaient prévues en mars, ont été reportées.", "fr", "2020-03"),
        ("Officials said the Valdoria vote, which was scheduled for April, was delayed.", "en", "2020-04"),
        ("Le scrutin de Castelmar, initialement prévu en mars, aura lieu en octobre.", "fr", "2020-03"),
        ("The Miravel elections scheduled for April were postponed.", "en", "2020-04"),
        ("The Norvasian vote, originally planned for March, will be held later.", "en", "2020-03"),
    ],
)
def test_a_plan_told_in_the_past_or_given_up_names_the_nearest_month(
    text: str, lang: str, value: str
) -> None:
    assert values(text, lang)[0] == value


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Les élections de Lorvel sont prévues en avril.", "fr", "2021-04"),
        ("Le sommet d'Ambrun prévu en mars aura bien lieu.", "fr", "2021-03"),
        ("The Valdoria elections are scheduled for April.", "en", "2021-04"),
        ("The minister will open the Miravel fair scheduled for April.", "en", "2021-04"),
        # a plan told kept
        ("The Miravel works planned for April were announced last week.", "en", "2021-04"),
        ("Les travaux prévus en février à Miravel ont été confirmés.", "fr", "2021-02"),
        # a weekday keeps the plan: a match called off is mostly the coming one
        ("Le match prévu samedi à Lorvel a été annulé.", "fr", "2020-06-13"),
    ],
)
def test_a_plan_still_standing_or_told_of_a_weekday_stays_ahead(text: str, lang: str, value: str) -> None:
    assert values(text, lang)[0] == value


def test_a_deictic_time_is_no_calendar_plan() -> None:
    # "this week" says its own side: a reporting "says" after it does not move it
    assert values("Unless a scan scheduled for this week says otherwise, Dorvin plays in Ambrun.", "en") == [
        "2020-W24"
    ]


def test_ahead_of_puts_no_month_or_holiday_ahead() -> None:
    assert values("Castelmar cut the internet ahead of May elections.", "en") == ["2020-05"]
    assert values("Troops massed in Valdoria ahead of Christmas.", "en") == ["2019-12-25"]


def test_a_run_up_is_no_approximation() -> None:
    found = tag("Lorvel arrested 20 people in a follow-up to Monday's raid.", "en", WED)
    assert [(t.text, t.mod) for t in found] == [("Monday", "")]


def test_tense_of_keeps_a_weekdays_plan() -> None:
    text = "Le match prévu samedi à Lorvel a été annulé."
    [timex] = tag(text, "fr", WED)
    assert tense_of(text, timex, "fr") == 1
