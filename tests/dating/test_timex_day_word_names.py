"""A day word that is a name: "USA Today", "BBC Radio 4's Today programme", NBC's "Today" show, "THE
LORVEL HOUR TONIGHT" are no days; "Today" opening a sentence, a line, a quotation or after a dash, a
word stressed in capitals ("it is TODAY") and a headline in title case are."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag

WED = datetime.date(2020, 6, 10)  # a Wednesday


def values(text: str) -> list[str]:
    return [t.value for t in tag(text, "en", WED)]


@pytest.mark.parametrize(
    "text",
    [
        "As USA Today noted, the plan for the Lorvel dam failed.",
        "The mayor of Ambrun told USA Today.",
        "On the Castelmar Radio Today programme, a farmer from Lorvel spoke of the drought.",
        'A Valdoria minister went on the "Today" show to defend the dam.',
        "An editor at Harbour Today Magazine reviewed the Miravel regatta.",
        "Tune in to THE LORVEL HOUR TONIGHT on channel four.",
    ],
)
def test_a_day_word_in_a_name_is_no_day(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Today, the army left Lorvel.",
        '"Today is a great day for Ambrun," he said.',
        "‘Today we mourn,’ the mayor of Lorvel said.",
        "Remembering the Castelmar flood - Today its people gather again.",
        "Update: Today the governor of Miravel resigned.",
        "LORVEL (Wire) Today the mayor resigned after a long scandal.",
        "* Today the city of Ambrun mourns.",
        "The scandals of the Valdoria mayor are TODAY.",
        "Talks Resume Today between Lorvel and Ambrun",
        "The army left Lorvel today.",
    ],
)
def test_a_day_word_of_running_text_is_the_day(text: str) -> None:
    assert values(text) == ["2020-06-10"]
