"""A time a thing is put off to ("postponed until Tuesday", "reporté à lundi", "extended until late
February") is still to come, whatever the tense of the putting off; unless a past perfect tells it
from a later past. Own sentences, a Wednesday as the creation date."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag, tense_at, tense_of

WED = datetime.date(2020, 1, 8)  # a Wednesday
NEXT_MON, LAST_MON = "2020-01-13", "2020-01-06"
NEXT_FRI, LAST_FRI = "2020-01-10", "2020-01-03"


def values(text: str, lang: str) -> list[str]:
    return [t.value for t in tag(text, lang, WED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Lorvel court adjourned the hearing until Monday.", NEXT_MON),
        ("The vote on the Miravel budget has been delayed until Friday.", NEXT_FRI),
        ("The council postponed until Monday morning any decision on the port.", NEXT_MON + "TMO"),
        ("The ministry extended its deadline until 9 a.m. Friday.", NEXT_FRI + "T09:00"),
        ("The launch of the Ambrun ferry was pushed back to Monday.", NEXT_MON),
        ("The talks were rescheduled for Friday after the storm.", NEXT_FRI),
        # months: the coming one, not last year's
        ("The Castelmar trial has been postponed until September.", "2020-09"),
        ("The observers' mission has been extended until late February.", "2020-02"),
        # the verb further from "until" than its object; "had to" is no past perfect
        ("The council postponed the vote on the new Ambrun bridge until Monday.", NEXT_MON),
        ("The Castelmar club has had to postpone its match until Friday.", NEXT_FRI),
    ],
)
def test_english_time_put_off_to_is_ahead(text: str, expected: str) -> None:
    assert values(text, "en") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le vote du conseil de Lorvel a été reporté à lundi.", NEXT_MON),
        ("Le procès de l'armateur a été renvoyé à vendredi.", NEXT_FRI),
        ("L'audience est ajournée à lundi, faute d'interprète.", NEXT_MON),
        ("Le délai accordé aux grévistes a été prolongé jusqu'à vendredi.", NEXT_FRI),
        ("La préfecture a repoussé la réouverture du port à septembre.", "2020-09"),
        ("Le conseil a reporté le vote sur le nouveau pont d'Ambrun à lundi.", NEXT_MON),
    ],
)
def test_french_time_put_off_to_is_ahead(text: str, expected: str) -> None:
    assert values(text, "fr") == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a past perfect tells the putting off from a later past
        ("A spokesman said the office had decided to delay action until Monday.", "en", LAST_MON),
        ("Le vote avait été reporté à lundi, avant d'être annulé.", "fr", LAST_MON),
        # no word of putting off before "until" / "jusqu'à"
        ("Up until Monday, however, the police had described him only as a witness.", "en", LAST_MON),
        ("The council had decided to put the Miravel vote off until Monday.", "en", LAST_MON),
        # the putting off is in another clause
        ("The vote, postponed for security reasons, was held on Friday.", "en", LAST_FRI),
        # the time put off to told as since come
        ("Rain delayed play until Monday, when Lorvel won by 30 runs.", "en", LAST_MON),
        ("Le vote a été reporté à lundi, quand le quorum a enfin été atteint.", "fr", LAST_MON),
    ],
)
def test_putting_off_told_in_the_past_or_elsewhere(text: str, lang: str, expected: str) -> None:
    assert values(text, lang) == [expected]


def test_the_day_after_a_plan_given_up_is_the_one_put_off_to() -> None:
    text = "Engineers had hoped to test the pump on Monday but delayed it until Friday."
    assert values(text, "en")[-1] == NEXT_FRI


def test_a_month_told_as_the_start_of_a_time_past_is_not_put_off() -> None:
    # "back to" is not a putting off: the month keeps the tense's year
    assert values("The ruins date back to March, the archaeologists said.", "en") == ["2019-03"]


def test_a_clock_after_a_is_when_not_till_when() -> None:
    assert values("La séance a été suspendue à 18 h lundi.", "fr") == [LAST_MON + "T18:00", LAST_MON]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the end of a span, a year told before "to", "for" after a word that puts nothing off
        ("Les audiences, suspendues du 2 au 6 décembre, ont repris lundi.", "fr", "2019-12-06"),
        ("The Lorvel lease was extended in 2018 to Dec. 6.", "en", "2018-12-06"),
        ("He spent time with his extended family for Christmas, he told reporters.", "en", "2019-12-25"),
    ],
)
def test_no_putting_off(text: str, lang: str, expected: str) -> None:
    assert expected in values(text, lang)


def test_the_tense_of_a_figure_is_not_a_putting_off() -> None:
    # the tense read for figures ("12 districts") is the sentence's, not a deferral's
    text = "The army extended the curfew to 12 districts last month."
    assert tense_at(text, text.index("12"), text.index("12") + 2, "en") < 0


@pytest.mark.parametrize(
    ("text", "lang", "phrase", "expected"),
    [
        # what publication dating reads: a day put off to is no event already told
        ("La conférence de Miravel a été reportée au 15 mars 2020.", "fr", "15 mars 2020", 1),
        ("The Lorvel summit was postponed until March 15, 2020.", "en", "March 15, 2020", 1),
        ("La conférence de Miravel s'est tenue le 15 mars 2020.", "fr", "15 mars 2020", -1),
        ("The Lorvel summit was held on March 15, 2020.", "en", "March 15, 2020", -1),
        # the end of a span of day numbers is no putting off (``put_off_to`` reads the number)
        ("Les audiences ont été suspendues du 2 au 6 décembre 2019.", "fr", "6 décembre 2019", -1),
    ],
)
def test_tense_of_a_tagged_expression_reads_a_putting_off(
    text: str, lang: str, phrase: str, expected: int
) -> None:
    timex = next(t for t in tag(text, lang, WED) if phrase in t.text)
    assert tense_of(text, timex, lang) == expected


def test_tense_of_the_end_of_a_span_of_days_is_no_putting_off() -> None:
    text = "Les audiences de Lorvel ont été suspendues du lundi au vendredi 12 juin."
    first, end = tag(text, "fr", WED)
    assert tense_of(text, end, "fr", first) < 0
    assert tense_of(text, end, "fr") > 0  # without the day before it, "au" reads as a putting off
