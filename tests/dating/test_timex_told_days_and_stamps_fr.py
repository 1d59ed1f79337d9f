"""French: "cette journée" is the day told before it, else the day of writing; "un jour" to come in
more of its turns; comment stamps "03/10 09:59"; an adverb between a day word and the date set apart
("Hier encore, 5 septembre"); "une heure" said of a moment; "maintenant" inside a length; a part of
the day after an adverb of habit; a clock heading a line after a finished sentence (a live page)."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag

MON = datetime.date(2011, 10, 3)  # a Monday


def tagged(text: str, dct: datetime.date = MON) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, "fr", dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le 30 septembre, les ouvriers de Port-Aven ont manifesté. Cette journée a marqué un tournant.",
            [("Le 30 septembre", "DATE", "2011-09-30"), ("Cette journée", "DATE", "2011-09-30")],
        ),
        (
            "Vendredi, les habitants de Lorvel ont défilé. En cette journée, des slogans ont résonné. "
            "A Valcourt ce même vendredi, les étudiants ont rejoint le cortège.",
            [
                ("Vendredi", "DATE", "2011-09-30"),
                ("cette journée", "DATE", "2011-09-30"),
                ("ce même vendredi", "DATE", "2011-09-30"),
            ],
        ),
        (
            "Un témoin est revenu sur cette journée du 29 juin 1996.",
            [("cette journée du 29 juin 1996", "DATE", "1996-06-29")],
        ),
        # no day told before it: the day of writing
        (
            "En cette journée de deuil, les drapeaux de Lorvel sont en berne.",
            [("cette journée", "DATE", "2011-10-03")],
        ),
    ],
)
def test_this_day_told(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un jour ou l'autre, le barrage de Lorvel cédera.", [("Un jour ou l'autre", "DATE", "FUTURE_REF")]),
        (
            "Les habitants de Valcourt espèrent qu'un jour la paix reviendra.",
            [("un jour", "DATE", "FUTURE_REF")],
        ),
        ("Peut-être qu'un jour, les prix baisseront.", [("un jour", "DATE", "FUTURE_REF")]),
        ("Les historiens, un jour, jugeront cette période.", [("un jour", "DATE", "FUTURE_REF")]),
        # lengths stay lengths
        ("La grève de Valcourt n'a duré qu'un jour.", [("un jour", "DURATION", "P1D")]),
        ("La délégation restera un jour ou deux à Lorvel.", [("un jour", "DURATION", "P1D")]),
    ],
)
def test_some_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le port a été fermé le 14 août 2013. 03/10 09:59 - Gaspard : merci pour cet article.",
            [
                ("le 14 août 2013", "DATE", "2013-08-14"),
                ("03/10", "DATE", "2013-10-03"),
                ("09:59", "TIME", "2013-10-03T09:59"),
            ],
        ),
        (
            "La grève a commencé le 2 juillet 2013. Votre post du 4/8 à 20h27 était très juste.",
            [
                ("le 2 juillet 2013", "DATE", "2013-07-02"),
                ("4/8", "DATE", "2013-08-04"),
                ("20h27", "TIME", "2013-08-04T20:27"),
            ],
        ),
        # no clock: no date
        ("La guerre de 14/18 a ruiné la région de Valcourt.", []),
        ("Il suffira d'accepter le 1/3 des recours.", []),
    ],
)
def test_comment_stamps(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, datetime.date(2013, 10, 2)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hier encore, 5 septembre, des manifestations ont eu lieu.",
            [("Hier", "DATE", "2013-09-05"), ("5 septembre", "DATE", "2013-09-05")],
        ),
        ("Hier encore, 5 000 personnes défilaient à Lorvel.", [("Hier", "DATE", "2013-09-12")]),
    ],
)
def test_day_word_adverb_then_its_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, datetime.date(2013, 9, 13)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le conseil demande de fixer une date et une heure précises pour le vote.", []),
        ("Les émeutiers ont été arrêtés à une heure tardive près de Lorvel.", []),
        (
            "Le couvre-feu commence à une heure du matin à Valcourt.",
            [("une heure du matin", "TIME", "2011-10-03T01:00")],
        ),
        ("Les combats ont duré une heure à Brisk.", [("une heure", "DURATION", "PT1H")]),
    ],
)
def test_an_hour_said_of_a_moment(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les insurgés de Lorvel luttent depuis maintenant trois semaines.",
            [("trois semaines", "DURATION", "P3W")],
        ),
        ("Cela fait maintenant deux mois que la ville est assiégée.", [("deux mois", "DURATION", "P2M")]),
        ("Dès maintenant, les postes de Valcourt sont fermés.", [("maintenant", "DATE", "PRESENT_REF")]),
    ],
)
def test_now_inside_a_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des voitures brûlent régulièrement la nuit à Lorvel.", [("la nuit", "TIME", "XXXX-XX-XXTNI")]),
        ("Depuis la nuit des temps, les bergers de Valcourt chantent ces airs.", []),
        (
            "Les manifestants ont passé la nuit sur la place de Lorvel.",
            [("la nuit", "TIME", "2011-10-02TNI")],
        ),
    ],
)
def test_nights_of_no_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == expected


def test_a_live_page_clock_heading_its_line() -> None:
    text = (
        "18h15. Les blindés quittent Valcourt.\n18 heures. Le ministre annonce la fermeture de la frontière."
    )
    assert tagged(text) == [("18h15", "TIME", "2011-10-03T18:15"), ("18 heures", "TIME", "2011-10-03T18:00")]


@pytest.mark.parametrize(
    "text",
    [
        "Les otages de Lorvel ont été retenus pendant\n18 heures. Ils ont été libérés à l'aube.",
        "La réunion du conseil a duré 8 heures.\nAucun accord n'a été trouvé.",
    ],
)
def test_hours_at_a_line_end_stay_lengths(text: str) -> None:
    assert [t.type for t in tag(text, "fr", MON)] == ["DURATION"]
