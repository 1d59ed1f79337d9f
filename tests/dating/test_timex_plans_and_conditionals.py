"""Tenses that put a day ahead: in French, a present that tells a plan when a weekday is its time
("le procès s'ouvre jeudi"; not after "depuis"), a conditional before the day ("le maire
démissionnerait vendredi"; not an imperfect, "s'effondrait"); in English, words that together tell a
plan ("is set to", "are due", "is to"; not "is to blame", nor "due to" said for "because of")."""

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
    ("text", "value"),
    [
        ("Le procès de Lorvel se tient depuis lundi.", "2020-06-08"),
        ("La compagnie d'Ambrun reprend ses vols depuis jeudi.", "2020-06-04"),
    ],
)
def test_since_a_weekday_a_present_tells_no_plan(text: str, value: str) -> None:
    assert values(text) == [value]


def test_a_present_after_a_day_inside_a_noun_phrase_tells_no_plan() -> None:
    assert values("L'accord de Castelmar signé vendredi reprend les conclusions de la commission.") == [
        "2020-06-05"
    ]


def test_an_imperfect_that_ends_like_a_conditional_is_a_past() -> None:
    assert values("La bourse de Miravel s'effondrait lundi.") == ["2020-06-08"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The strike at the Lorvel docks is set to begin on Saturday.", "2020-06-13"),
        ("The Valdoria envoy is to arrive in Ambrun on Monday.", "2020-06-15"),
        ("Talks in Castelmar are to resume on Monday.", "2020-06-15"),
        ("The Miravel trial is due to start on Tuesday.", "2020-06-16"),
        ("On Saturday, the Lorvel strike is set to begin.", "2020-06-13"),
        ("The Ambrun report is slated for release on Friday.", "2020-06-12"),
        ("Elections in Norvasia are due in September.", "2020-09"),
        ("Test results from the Miravel well are due Monday, he said.", "2020-06-15"),
    ],
)
def test_words_that_together_tell_a_plan_put_the_day_ahead(text: str, value: str) -> None:
    assert values(text, "en") == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Castelmar match was cancelled due to rain on Saturday.", "2020-06-06"),
        ("The delay in Castelmar is due to the storm on Monday.", "2020-06-08"),
        ("Critics say the mayor is to blame for the flood in Miravel on Monday.", "2020-06-08"),
        ("The mayor of Ambrun is to thank for the rescue on Monday.", "2020-06-08"),
        ("The Lorvel cooperative set a record on Saturday.", "2020-06-06"),
        ("The Lorvel poem was set to music on Saturday.", "2020-06-06"),
        ("The Ambrun bank's rate was set to 1.5% on Monday.", "2020-06-08"),
        ("The Lorvel film was slated by critics on Monday.", "2020-06-08"),
    ],
)
def test_words_that_tell_no_plan_leave_the_day_behind(text: str, value: str) -> None:
    assert values(text, "en") == [value]


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        ("If the Lorvel talks had worked in June, things would've been different.", "2020-11-10", "2020-06"),
        ("In June, the mayor of Ambrun would have resigned if asked.", "2020-11-10", "2020-06"),
        ("The minister would have gone to Castelmar in June.", "2020-11-10", "2020-06"),
        # what did not happen may lie ahead: the nearest such time, whatever the participle
        ("The Lorvel bridge would have opened in September.", "2020-06-10", "2020-09"),
        ("The Ambrun talks would have been held in September.", "2020-06-10", "2020-09"),
        ("The Ambrun talks would not have taken place in September.", "2020-06-10", "2020-09"),
        ("The Valdoria games would have opened on Friday.", "2020-06-10", "2020-06-12"),
    ],
)
def test_a_conditional_perfect_names_the_nearest_time(text: str, dct: str, value: str) -> None:
    assert [t.value for t in tag(text, "en", datetime.date.fromisoformat(dct))] == [value]


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        ("The minister would go to Castelmar in June.", "2020-11-10", "2021-06"),
        ("By June, the mayor of Ambrun will have resigned.", "2020-11-10", "2021-06"),
        # "have" with no participle after it: a future seen from the past
        ("Lorvel said it would have talks with Ambrun in February.", "2020-11-10", "2021-02"),
        ("The mayor of Miravel would have to leave on Monday.", "2020-06-10", "2020-06-15"),
    ],
)
def test_a_conditional_or_a_future_perfect_stays_ahead(text: str, dct: str, value: str) -> None:
    assert [t.value for t in tag(text, "en", datetime.date.fromisoformat(dct))] == [value]
