"""Today and tomorrow of a kind of thing ("la ville de demain", "today's youth") say its present or
future, no day; of an event ("le match de demain", "today's meeting") they are days."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag

WED = datetime.date(2020, 1, 8)  # a Wednesday


def found(text: str, lang: str) -> list[str]:
    return [t.value for t in tag(text, lang, WED)]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("La ville de demain sera verte, promet le maire de Lorvel.", "fr", "FUTURE_REF"),
        ("Les jeunes d'aujourd'hui lisent moins, selon l'étude de Miravel.", "fr", "PRESENT_REF"),
        ("Today's youth in Valdoria read less.", "en", "PRESENT_REF"),
        ("The fare is $5 in today's dollars.", "en", "PRESENT_REF"),
        ("Many of today's personal computers in Lorvel are slow.", "en", "PRESENT_REF"),
        ("The people of tomorrow will judge the mayor of Ambrun.", "en", "FUTURE_REF"),
    ],
)
def test_today_and_tomorrow_of_a_kind_of_thing_name_no_day(text: str, lang: str, value: str) -> None:
    """ "La ville de demain", "today's youth": the present or future of a kind of thing."""
    assert found(text, lang) == [value]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Le match de demain aura lieu à Lorvel.", "fr", "2020-01-09"),
        ("La manifestation d'aujourd'hui a réuni 300 personnes à Miravel.", "fr", "2020-01-08"),
        ("Norvasia de demain, le parti de Lorvel, a voté.", "fr", "2020-01-09"),
        ("Aujourd'hui, les jeunes de Castelmar manifestent.", "fr", "2020-01-08"),
        ("La conférence de presse de demain à Lorvel est annulée.", "fr", "2020-01-09"),
        ("Le Monde d'aujourd'hui consacre sa une à Lorvel.", "fr", "2020-01-08"),
        ("Today's meeting in Ambrun was cancelled.", "en", "2020-01-08"),
        ("Today's jobs report in Valdoria was strong.", "en", "2020-01-08"),
        ("Tomorrow's military parade in Lorvel is cancelled.", "en", "2020-01-09"),
        ("Today's Castelmar youth rally was cancelled.", "en", "2020-01-08"),
        ("Tomorrow's vote in Valdoria is close.", "en", "2020-01-09"),
        ("Tomorrow's World Cup match in Lorvel is sold out.", "en", "2020-01-09"),
        ("`` As of today there are no flights to Lorvel.", "en", "2020-01-08"),
        ("In terms of today, the Ambrun council had a busy day.", "en", "2020-01-08"),
    ],
)
def test_today_and_tomorrow_of_an_event_are_days(text: str, lang: str, value: str) -> None:
    """An event's noun, a noun that is another's complement ("conférence de presse"), a name, a noun that
    does not end its phrase ("today's jobs report")."""
    assert found(text, lang) == [value]
