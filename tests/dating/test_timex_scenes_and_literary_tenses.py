"""What a sixth pair of audits of real news found: a bare month or day going on from the scene the
sentence before set in an earlier year, the French literary past tenses, "un jour" and "some day"
as days to come, a weekday that fits no year near the writing, plans told by "part" and "leaves",
and English participles used as adjectives."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag

THU = datetime.date(2024, 3, 14)  # a Thursday
SUN = datetime.date(2011, 5, 29)  # a Sunday


def tagged(text: str, lang: str, dct: datetime.date = THU) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, lang, dct)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a month told after a scene set in an earlier year goes on in that year
        (
            "La guerre a débuté en mars 2019. Elle s'est durcie en juin.",
            "fr",
            [("mars 2019", "DATE", "2019-03"), ("juin", "DATE", "2019-06")],
        ),
        (
            "In March 2019, the war began in Lorvel. By June, it had worsened.",
            "en",
            [("March 2019", "DATE", "2019-03"), ("June", "DATE", "2019-06")],
        ),
        (
            "Déjà, le 6 février 2013, un assassinat avait secoué Valcourt. Un autre, le 25 juillet, a suivi.",
            "fr",
            [("le 6 février 2013", "DATE", "2013-02-06"), ("le 25 juillet", "DATE", "2013-07-25")],
        ),
        # a noun's date sets no scene; nor does one two sentences back, nor an earlier month's, nor a plan
        (
            "Lorvel rejected the August 2019 truce. It had invaded Ambrun on Aug. 2.",
            "en",
            [("August 2019", "DATE", "2019-08"), ("Aug. 2", "DATE", "2023-08-02")],
        ),
        (
            "La guerre a débuté en mars 2019. Le maire a parlé. Elle s'est durcie en juin.",
            "fr",
            [("mars 2019", "DATE", "2019-03"), ("juin", "DATE", "2023-06")],
        ),
        (
            "La guerre a débuté en juin 2019. Elle s'est apaisée en mars.",
            "fr",
            [("juin 2019", "DATE", "2019-06"), ("mars", "DATE", "2024-03")],
        ),
        (
            "La guerre a débuté en mars 2019. Le traité sera signé en juin.",
            "fr",
            [("mars 2019", "DATE", "2019-03"), ("juin", "DATE", "2024-06")],
        ),
    ],
)
def test_a_scene_set_in_an_earlier_year(text: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the passé simple and the imparfait tell a past
        ("Le ministre déclara vendredi que la guerre était finie.", "2024-03-08"),
        ("Le maire inaugura vendredi le pont de Valcourt.", "2024-03-08"),
        ("Le maire de Valcourt démissionna le 6 juillet.", "2023-07-06"),
        ("Les ministres démissionnèrent le 6 juillet.", "2023-07-06"),
        ("Le 6 juillet, le maire de Lorvel démissionnait.", "2023-07-06"),
        # futures and conditionals stay what they are
        ("Le maire inaugurera vendredi le pont de Valcourt.", "2024-03-15"),
        ("Le maire a dit qu'il partirait vendredi.", "2024-03-15"),
        ("On saura vendredi qui l'emporte à Valcourt.", "2024-03-15"),
    ],
)
def test_french_literary_pasts(text: str, value: str) -> None:
    assert [v for _, _, v in tagged(text, "fr")] == [value]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le maire de Valcourt sera amené un jour à répondre de ses actes.", "fr", ("DATE", "FUTURE_REF")),
        ("Le pont de Lorvel reviendra un jour à la commune.", "fr", ("DATE", "FUTURE_REF")),
        ("The mayor of Brisk will be asked some day to answer for this.", "en", ("DATE", "FUTURE_REF")),
        ("Maybe some day they will learn.", "en", ("DATE", "FUTURE_REF")),
        # a day's length: after a verb of lasting, or with no look ahead
        ("La grève de Valcourt durera un jour.", "fr", ("DURATION", "P1D")),
        ("Le maire pourra rester un jour à Lorvel.", "fr", ("DURATION", "P1D")),
        ("Le maire est resté un jour à Lorvel.", "fr", ("DURATION", "P1D")),
        ("The strike in Brisk will last one day.", "en", ("DURATION", "P1D")),
    ],
)
def test_someday(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert [(t, v) for _, t, v in tagged(text, lang)] == [expected]


def test_a_weekday_that_fits_no_year_near() -> None:
    # 12 November is a Thursday in no year around 2024: the year is not known
    assert tagged("Édition du jour. Daté du jeudi 12 novembre.", "fr") == [
        ("jeudi 12 novembre", "DATE", "XXXX-11-12")
    ]
    # one that fits the year the text named
    assert tagged("En 2015, les attaques du vendredi 13 novembre ont frappé Valcourt.", "fr")[1] == (
        "vendredi 13 novembre",
        "DATE",
        "2015-11-13",
    )
    summit = "Le sommet de Lorvel a eu lieu jeudi 7 mars."
    assert tagged(summit, "fr") == [("jeudi 7 mars", "DATE", "2024-03-07")]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Le maire de Valcourt part samedi.", "fr", "2024-03-16"),
        ("Le président arrive samedi à Lorvel.", "fr", "2024-03-16"),
        ("The president of Brisk leaves on Saturday for Valcourt.", "en", "2024-03-16"),
        ("Le maire de Valcourt est parti samedi.", "fr", "2024-03-09"),
    ],
)
def test_plans_of_going_told_in_the_present(text: str, lang: str, value: str) -> None:
    assert [v for _, _, v in tagged(text, lang)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a participle after a determiner is an adjective: the modal tells the time
        ("President Brel will visit the flooded town of Port-Aven on Monday.", "2011-05-30"),
        ("Officials plan to reopen the closed bridge on Monday.", "2011-05-30"),
        # with nothing else near, the adjective tells a past
        ("NATO killed 85 civilians in airstrikes Monday near the embattled city of Brisk.", "2011-05-23"),
        ("The flooded town was visited on Monday.", "2011-05-23"),
    ],
)
def test_english_participles_as_adjectives(text: str, value: str) -> None:
    assert [v for _, _, v in tagged(text, "en", SUN)] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the next year" told in the past counts from the year told just before
        ("Brel arrived in Valcourt in 2004 and left the next year.", "2005"),
        ("Lorvel voted in 2005. It happened again the next year.", "2006"),
        # told ahead, or as a window, it counts from the writing
        ("The next year will be hard for Valcourt.", "2012"),
        ("In 2004 Brisk was flooded. Troops will patrol the town over the next year.", "2012"),
    ],
)
def test_the_next_year_of_a_scene(text: str, expected: str) -> None:
    assert tagged(text, "en", SUN)[-1][2] == expected


def test_a_scene_is_no_span_running_to_the_writing() -> None:
    text = "Ten thousand people have been killed since March 2011. The UN said in May that more had fled."
    assert tagged(text, "en", datetime.date(2012, 7, 20))[-1] == ("May", "DATE", "2012-05")


def test_hours_opening_a_sentence_before_a_colon_are_a_clock() -> None:
    text = "Le vote aura lieu vendredi. 16 heures : le préfet de Valcourt prend la parole."
    assert tagged(text, "fr")[-1] == ("16 heures", "TIME", "2024-03-14T16:00")
    assert tagged("Il a parlé 16 heures : un record à Lorvel.", "fr") == [("16 heures", "DURATION", "PT16H")]
