"""Tenses that put a day ahead in French: a present that tells a plan when a weekday is its time
("le procès s'ouvre jeudi"), a conditional before the day ("le maire démissionnerait vendredi");
and a plan said to be the first one ("initialement prévu en mars", "originally scheduled for
March"), which lies in the past."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag

WED = datetime.date(2020, 6, 10)  # a Wednesday


def values(text: str, lang: str = "fr") -> list[str]:
    return [t.value for t in tag(text, lang, WED)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le procès du maire de Lorvel s'ouvre jeudi à Ambrun.", "2020-06-11"),
        ("Les négociations de Castelmar reprennent lundi.", "2020-06-15"),
        ("Le conseil de Miravel se réunit mardi pour voter le budget.", "2020-06-16"),
        ("La ministre se rend vendredi à Valdoria.", "2020-06-12"),
        ("Mardi, le président norvasien reçoit son homologue.", "2020-06-16"),
        ("La ministre, qui a démissionné, se rend mardi à Lorvel.", "2020-06-16"),
    ],
)
def test_a_present_that_tells_a_plan_puts_the_weekday_ahead(text: str, value: str) -> None:
    assert values(text) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Selon la presse, le maire de Lorvel démissionnerait vendredi.", "2020-06-12"),
        ("Il a assuré qu'il signerait l'accord de Castelmar lundi.", "2020-06-15"),
        ("Le préfet viendrait mardi à Miravel.", "2020-06-16"),
    ],
)
def test_a_conditional_before_the_day_puts_it_ahead(text: str, value: str) -> None:
    assert values(text) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le maire de Lorvel aurait démissionné vendredi.", "2020-06-05"),
        ("Il serait arrivé vendredi à Ambrun.", "2020-06-05"),
        ("Le préfet espérait vendredi une réponse de Miravel.", "2020-06-05"),
        ("La ministre a reçu mardi son homologue de Valdoria.", "2020-06-09"),
        # the conditional is another clause's, after the day
        ("Il a indiqué, lors d'un point organisé lundi, qu'il ne se retirerait pas.", "2020-06-08"),
    ],
)
def test_a_past_stays_past(text: str, value: str) -> None:
    assert values(text) == [value]


def test_a_present_plan_is_read_only_for_weekdays() -> None:
    # told in the present of a retrospective, a month keeps its nearest year
    assert values("En mars, la ministre se rend à Valdoria.") == ["2020-03"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Le scrutin de Lorvel, initialement prévu en mars, aura lieu en octobre.",
            "fr",
            ["2020-03", "2020-10"],
        ),
        (
            "The Castelmar vote, originally scheduled for March, will be held in October.",
            "en",
            ["2020-03", "2020-10"],
        ),
        ("The Miravel summit, initially planned for March, was postponed.", "en", ["2020-03"]),
        ("Le scrutin de Lorvel est prévu en mars.", "fr", ["2021-03"]),
    ],
)
def test_a_first_plan_lies_in_the_past(text: str, lang: str, expected: list[str]) -> None:
    assert values(text, lang) == expected
