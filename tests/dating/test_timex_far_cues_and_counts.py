"""What a fourth pair of audits of real news found: a tense said by an auxiliary far back in its clause,
a number that counts a plural right after it, and a month's name that names a planet."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag

FRI = datetime.date(2011, 2, 25)  # a Friday
THU = datetime.date(2024, 3, 14)  # a Thursday


def values(text: str, lang: str, dct: datetime.date) -> list[str]:
    return [t.value for t in tag(text, lang, dct)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "will" further back than the nearest words, with no other cue in between
        (
            "The mayor of Velmora will meet the visiting trade delegation from Ostrava in the town hall "
            "on Monday.",
            "2011-02-28",
        ),
        (
            "Governor Halvik will travel to the northern coastal town of Brisk for talks on Thursday.",
            "2011-03-03",
        ),
        # told in a clause set off by commas, the main verb after them is another clause's
        (
            "Striker Tomas Brel, who will also miss the home match against Ostrava United on Saturday, "
            "was fined.",
            "2011-02-26",
        ),
    ],
)
def test_a_future_auxiliary_far_back_in_the_clause_tells_a_day_ahead(text: str, value: str) -> None:
    assert values(text, "en", FRI) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a day that modifies a noun names a past event's day, whatever the auxiliary far back says
        (
            "Brisk officials will step back from the inquiry while investigating the February 20 explosion.",
            "2011-02-20",
        ),
        # a past nearer than the auxiliary leaves the side to what it tells
        (
            "The mayor will say that the visiting delegation from Ostrava spoke in the old town hall "
            "on Monday.",
            "2011-02-21",
        ),
    ],
)
def test_a_far_auxiliary_does_not_speak_past_a_noun_or_a_nearer_tense_word(text: str, value: str) -> None:
    assert values(text, "en", FRI) == [value]


def test_a_passe_compose_far_back_tells_a_past_month() -> None:
    text = (
        "C'est la ministre Odile Varan qui a nommé le colonel Brunet à la tête de l'état-major, en août, "
        "après la crise de Lorvel."
    )
    assert values(text, "fr", THU) == ["2023-08"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "a besoin": a present of "avoir" before no participle
        (
            "Le maire de Lorvel a besoin de ces crédits pour les travaux de la route de Miravel en août.",
            "2024-08",
        ),
        # a plan word nearer than the auxiliary: the plan's side, as the nearest words would tell it
        (
            "Les deux pays ont signé un accord qui prévoit de ramener le contingent à 2 500 soldats d'ici au "
            "30 septembre.",
            "2024-09-30",
        ),
    ],
)
def test_a_far_auxiliary_tells_nothing_past_another_word(text: str, value: str) -> None:
    assert values(text, "fr", THU) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Évasion de 1300 prisonniers à la prison de Lorvel.",
        "Près de 1900 manifestants ont défilé à Castelmar.",
        "La police de Miravel va être équipée de 1400 véhicules neufs.",
        "Le cap des 2000 abonnés est largement dépassé.",
    ],
)
def test_a_number_before_a_plural_it_counts_is_no_year(text: str) -> None:
    assert values(text, "fr", THU) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("En 1990 les élections de Valdoria ont été annulées.", "1990"),
        ("Depuis 1998 des milliers de réfugiés sont arrivés à Lorvel.", "1998"),
        ("En 1968 étudiants et ouvriers ont manifesté ensemble.", "1968"),
        ("Il a rappelé les élections de 1981 remportées par la gauche.", "1981"),
    ],
)
def test_a_year_before_a_function_word_or_a_participle_stays_a_year(text: str, value: str) -> None:
    assert values(text, "fr", THU) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "La sonde de Lorvel part à la conquête de Mars.",
        "Les premières images de Mars sont arrivées à Castelmar.",
    ],
)
def test_mars_in_capitals_inside_a_sentence_after_de_is_the_planet(text: str) -> None:
    assert values(text, "fr", THU) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Au mois de Mars, les prix ont monté à Lorvel.", "2024-03"),
        ("Les travaux de Miravel reprendront début mars.", "2024-03"),
    ],
)
def test_mars_after_mois_or_in_lower_case_stays_the_month(text: str, value: str) -> None:
    assert values(text, "fr", THU) == [value]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "depuis 24h": for a day; since midnight is "depuis minuit"
        ("Les articles les plus lus depuis 24h à Lorvel.", [("24h", "DURATION", "PT24H")]),
        ("Il pleut sur Miravel depuis 24 heures.", [("24 heures", "DURATION", "PT24H")]),
        (
            "Le couvre-feu de Castelmar est en vigueur depuis 22 heures.",
            [("22 heures", "TIME", "2024-03-14T22:00")],
        ),
    ],
)
def test_hours_counted_since_a_day_ago(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in tag(text, "fr", THU)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Un discours du maire est attendu entre 15h30 et 16 heures.", ["T15:30", "T16:00"]),
        ("Le bureau de vote de Lorvel est ouvert de 9 heures à 17 heures.", ["T09:00", "T17:00"]),
    ],
)
def test_hours_at_one_end_of_a_range_of_clock_times_are_a_time_of_day(text: str, found: list[str]) -> None:
    assert [t.value for t in tag(text, "fr", THU)] == [f"2024-03-14{clock}" for clock in found]


def test_hours_alone_still_count() -> None:
    assert [(t.type, t.value) for t in tag("Le vol pour Ambrun a duré 16 heures.", "fr", THU)] == [
        ("DURATION", "PT16H")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The well leaks 3,000 barrels a day of crude into the bay of Velmora.",
        "The fighting in Brisk killed about 12 people a day and wounded dozens.",
    ],
)
def test_a_rate_of_a_counted_plural_is_a_set_even_before_more_words(text: str) -> None:
    assert [(t.type, t.value) for t in tag(text, "en", FRI)] == [("SET", "P1D")]


@pytest.mark.parametrize(
    "text",
    [
        "Activists in Velmora designate March 17 as a day of rage.",
        "Shares of Ostrava Steel fell 6.8 percent in a week of volatility.",
    ],
)
def test_a_unit_before_of_after_no_counted_plural_is_no_rate(text: str) -> None:
    assert "SET" not in [t.type for t in tag(text, "en", FRI)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The talks in Velmora could take a fortnight.", [("a fortnight", "DURATION", "P2W")]),
        ("Prices in Brisk rose over the past fortnight.", [("the past fortnight", "DURATION", "P2W")]),
        ("The council of Ostrava meets fortnightly.", [("fortnightly", "SET", "P2W")]),
    ],
)
def test_a_fortnight_is_two_weeks(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in tag(text, "en", FRI)] == found
