"""A weekday after the article "le", told in the present, is a habit ("Le mardi, le marché
s'installe"); told in the past, or after "depuis", "dès", it is one day."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag

WED = datetime.date(2020, 6, 10)  # a Wednesday


def found(text: str) -> list[tuple[str, str]]:
    return [(t.type, t.value) for t in tag(text, "fr", WED)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le mardi, le marché s'installe place Dorvin à Lorvel.", "XXXX-WXX-2"),
        ("À Miravel, les pêcheurs vendent leur poisson le samedi.", "XXXX-WXX-6"),
        ("Le dimanche, la navette d'Ambrun ne circule pas.", "XXXX-WXX-7"),
        # a present that tells a plan with a weekday alone ("s'ouvre jeudi") tells the habit here
        ("À Lorvel, le marché se tient le mercredi.", "XXXX-WXX-3"),
        ("Le musée de Castelmar ouvre uniquement le mercredi.", "XXXX-WXX-3"),
        ("Le conseil de Miravel se réunit le jeudi, a indiqué le maire.", "XXXX-WXX-4"),
        # "être" before a participle of a state is a present, no past ("est fermée", "sont ouverts")
        ("La boutique de Castelmar est fermée le dimanche.", "XXXX-WXX-7"),
        ("Le lundi, la piscine d'Ambrun est fermée.", "XXXX-WXX-1"),
        ("À Lorvel, les bureaux sont ouverts le samedi matin.", "XXXX-WXX-6TMO"),
        ("Le vendredi, c'est marché aux puces à Miravel.", "XXXX-WXX-5"),
    ],
)
def test_a_weekday_after_le_told_in_the_present_is_a_habit(text: str, value: str) -> None:
    assert found(text) == [("SET", value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le jeudi, j'ai rencontré un charpentier de Castelmar.", "2020-06-04"),
        ("Le mardi, le maire de Lorvel a démissionné.", "2020-06-09"),
        ("Depuis le mardi, la route de Valdoria est coupée.", "2020-06-09"),
        ("Mardi, le marché s'installe place Dorvin.", "2020-06-09"),
        (
            "Le collectif de Lorvel appelle à la grève, le vendredi 12 ; le préfet se tait.",
            "2020-06-12",
        ),
        ("Le mardi suivant, le maire de Lorvel est parti.", "2020-06-16"),
        ("Le procès de Lorvel s'ouvre jeudi.", "2020-06-11"),
        ("Le conseil de Miravel se réunira le jeudi.", "2020-06-11"),
        ("Le conseil de Miravel s'est réuni le jeudi.", "2020-06-04"),
        # "être" before a participle of motion, or after "se", tells a past
        ("Le préfet de Norvasia est arrivé le mardi.", "2020-06-09"),
        ("La boutique de Castelmar s'est fermée le dimanche.", "2020-06-07"),
        ("Le samedi soir, la foule s'est rassemblée à Lorvel.", "2020-06-06TEV"),
    ],
)
def test_a_weekday_told_in_the_past_or_without_le_is_one_day(text: str, value: str) -> None:
    assert [v for _, v in found(text)] == [value]


def test_the_first_person_of_avoir_tells_a_past() -> None:
    """ "J'ai", "j'avais": the past of the first person, as "a" and "avait" are of the third."""
    assert [v for _, v in found("« J'ai vu mardi le préfet de Norvasia », raconte-t-elle.")] == ["2020-06-09"]
