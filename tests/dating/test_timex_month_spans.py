"""A month that ends a span a month opens is the first such month after it: "de novembre à mars"
crosses a new year, whatever the tense says of each month alone; so does a day that ends a span a
day or a month opens ("du 3 novembre au 15 mars"). A month does not end a day's span."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag

WED = datetime.date(2020, 6, 10)


def values(text: str, lang: str) -> list[str]:
    return [t.value for t in tag(text, lang, WED)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("La trêve hivernale de Lorvel court de novembre à mars.", "fr", ["2020-11", "2021-03"]),
        ("La trêve de Lorvel a couru de novembre à mars.", "fr", ["2019-11", "2020-03"]),
        ("D'octobre 2018 à mars, les travaux du port d'Ambrun ont duré.", "fr", ["2018-10", "2019-03"]),
        ("Le chantier de Miravel ira de janvier à avril.", "fr", ["2021-01", "2021-04"]),
        ("The Valdoria fishing ban runs from October to March.", "en", ["2020-10", "2021-03"]),
        ("Castelmar's ban ran from October 2018 to March.", "en", ["2018-10", "2019-03"]),
        ("Losses at Norvasia's mill from July through December were covered.", "en", ["2019-07", "2019-12"]),
        ("Claims from May-July were paid by the Lorvel fund.", "en", ["2020-05", "2020-07"]),
    ],
)
def test_a_month_ending_a_span_follows_the_month_that_opens_it(
    text: str, lang: str, expected: list[str]
) -> None:
    assert values(text, lang) == expected


def test_a_year_after_the_last_month_still_counts() -> None:
    assert values("Les soldes de Lorvel vont de janvier à février 2021.", "fr") == ["2021-01", "2021-02"]


def test_days_of_a_span_are_unchanged() -> None:
    assert values("Du 3 au 5 mars, le salon de Castelmar a fermé.", "fr") == ["2020-03-03", "2020-03-05"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le vote de Lorvel a été reporté de mai au 12 septembre.", "fr"),
        ("The Castelmar vote was postponed from May to September 12.", "en"),
    ],
)
def test_a_day_a_month_is_put_off_to_lies_ahead(text: str, lang: str) -> None:
    assert values(text, lang) == ["2020-05", "2020-09-12"]


def test_a_month_said_next_keeps_its_own_year() -> None:
    assert values("La trêve de Miravel ira de novembre à mars prochain.", "fr") == ["2020-11", "2021-03"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("La trêve de Lorvel court de novembre au 15 mars.", "fr", ["2020-11", "2021-03-15"]),
        ("La trêve de Lorvel court du 3 novembre au 15 mars.", "fr", ["2020-11-03", "2021-03-15"]),
        ("La trêve de Lorvel court du 3 novembre 2020 au 15 mars.", "fr", ["2020-11-03", "2021-03-15"]),
        ("La trêve de Lorvel a couru du 3 novembre au 15 mars.", "fr", ["2019-11-03", "2020-03-15"]),
        ("The Ambrun levy was cut from December 1 to January 1.", "en", ["2019-12-01", "2020-01-01"]),
        ("Le festival de Miravel a eu lieu du 28 mai au 2 juin.", "fr", ["2020-05-28", "2020-06-02"]),
    ],
)
def test_a_day_ending_a_span_follows_the_day_or_month_that_opens_it(
    text: str, lang: str, expected: list[str]
) -> None:
    assert values(text, lang) == expected


def test_a_month_after_a_weekday_ends_no_span() -> None:
    text = "Castelmar made a small revision Friday to December's figures."
    assert values(text, "en") == ["2020-06-05", "2019-12"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the end's own weekday places it
        ("The Lorvel market was closed from Monday to Friday, June 5.", "en", "2020-06-05"),
        ("La trêve de Lorvel court du 3 novembre 2018 au dimanche 15 mars.", "fr", "2020-03-15"),
        # within one month: the 28th took June from the end
        ("Le festival de Miravel a eu lieu du 28 au 3 juin.", "fr", "2020-06-03"),
        # a date moved earlier, no span
        ("Le vote de Castelmar a été avancé du 15 mars au 20 février.", "fr", "2020-02-20"),
        ("The Lorvel deadline was brought forward from March 15 to February 20.", "en", "2020-02-20"),
        # no year without its day
        ("The Lorvel truce runs from November 3 to February 29.", "en", "2020-02-29"),
    ],
)
def test_a_day_that_ends_no_span_across_the_year_keeps_its_year(text: str, lang: str, expected: str) -> None:
    assert values(text, lang)[-1] == expected


def test_a_month_after_a_dated_day_ends_no_span() -> None:
    text = "Castelmar made a revision on November 3, 2019 to March figures."
    assert values(text, "en") == ["2019-11-03", "2019-03"]


def test_a_noun_of_moving_leaves_a_span_a_span() -> None:
    # "une avancée des négociations" moves no date
    text = "Après une avancée des négociations, la trêve de Lorvel court du 3 novembre au 15 mars."
    assert values(text, "fr") == ["2020-11-03", "2021-03-15"]
