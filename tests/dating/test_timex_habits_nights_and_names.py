"""What a fifth pair of audits of real news found: habits of a part of the day and their clocks,
weekly schedules, spans of a night, midnight as the end of its day, chronology lines opened by a
year, plans told in the present, and words that name a publication, a show or a stream."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag

THU = datetime.date(2024, 3, 14)  # a Thursday
SAT = datetime.date(2010, 6, 12)  # a Saturday
MON = datetime.date(2010, 1, 18)  # a Monday


def tagged(text: str, lang: str, dct: datetime.date = THU) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, lang, dct)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # every morning, night or evening is a habit, and a clock said with it is the habit's time
        (
            "Chaque matin à 8 heures, recevez la lettre de Valcourt.",
            "fr",
            [("Chaque matin", "SET", "XXXX-XX-XXTMO"), ("8 heures", "SET", "XXXX-XX-XXT08:00")],
        ),
        ("Tous les soirs, le maire de Lorvel sort.", "fr", [("Tous les soirs", "SET", "XXXX-XX-XXTEV")]),
        (
            "Every morning at 8 a.m., the Velmora bell rings.",
            "en",
            [("Every morning", "SET", "XXXX-XX-XXTMO"), ("8 a.m.", "SET", "XXXX-XX-XXT08:00")],
        ),
        (
            "Every day at 9 a.m., the ferry leaves Brisk.",
            "en",
            [("Every day", "SET", "P1D"), ("9 a.m.", "SET", "XXXX-XX-XXT09:00")],
        ),
        # a weekday habit keeps its weekday for both ends of its hours
        (
            "Le marché d'Ambrun se tient le mardi de 9 h à 12 h.",
            "fr",
            [
                ("mardi", "SET", "XXXX-WXX-2"),
                ("9 h", "SET", "XXXX-WXX-2T09:00"),
                ("12 h", "SET", "XXXX-WXX-2T12:00"),
            ],
        ),
        (
            "The Ostrava market opens on Tuesdays from 9 a.m. to noon.",
            "en",
            [
                ("Tuesdays", "SET", "XXXX-WXX-2"),
                ("9 a.m.", "SET", "XXXX-WXX-2T09:00"),
                ("noon", "SET", "XXXX-WXX-2T12:00"),
            ],
        ),
        # a clock of the day just named stays a time of that day
        (
            "Ce matin à 8 heures, le maire de Valcourt est sorti.",
            "fr",
            [("Ce matin", "TIME", "2024-03-14TMO"), ("8 heures", "TIME", "2024-03-14T08:00")],
        ),
    ],
)
def test_a_habit_of_a_part_of_the_day_and_its_clocks_are_sets(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert tagged(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "du lundi au vendredi", the days with their articles: every week, whatever the tense
        (
            "Le musée de Lorvel est ouvert du lundi au vendredi de 9 h à 17 h.",
            [
                ("lundi", "SET", "XXXX-WXX-1"),
                ("vendredi", "SET", "XXXX-WXX-5"),
                ("9 h", "SET", "XXXX-XX-XXT09:00"),
                ("17 h", "SET", "XXXX-XX-XXT17:00"),
            ],
        ),
        (
            "Du lundi au samedi, la place d'Ambrun vivait au rythme du marché.",
            [("lundi", "SET", "XXXX-WXX-1"), ("samedi", "SET", "XXXX-WXX-6")],
        ),
        # without the articles, with day numbers or a week named after them: days
        (
            "Les négociations de Valcourt se tiendront de lundi à vendredi.",
            [("lundi", "DATE", "2024-03-18"), ("vendredi", "DATE", "2024-03-22")],
        ),
        (
            "Les combats ont duré du lundi au mercredi de la semaine dernière.",
            [
                ("lundi", "DATE", "2024-03-04"),
                ("mercredi", "DATE", "2024-03-06"),
                ("la semaine dernière", "DATE", "2024-W10"),
            ],
        ),
    ],
)
def test_a_week_s_schedule_is_every_week(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a day counted from a night named by its two days counts from the night
        (
            "Les combats ont débuté dans la nuit du 3 au 4 mars. Dès le lendemain matin, les blindés "
            "sont entrés dans Valcourt.",
            "fr",
            "2024-03-04TMO",
        ),
        (
            "Les combats ont débuté dans la nuit de mardi à mercredi. Le lendemain, le calme est revenu.",
            "fr",
            "2024-03-13",
        ),
        (
            "Fighting raged in Brisk overnight Tuesday to Wednesday. The next day, the town fell.",
            "en",
            "2024-03-13",
        ),
        # a span of days is no night: the day after is the day after its end
        ("Les combats ont duré du 3 au 4 mars. Le lendemain, les blindés sont entrés.", "fr", "2024-03-05"),
    ],
)
def test_a_day_after_a_night_span_counts_from_the_night(text: str, lang: str, expected: str) -> None:
    assert tag(text, lang, THU)[-1].value == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a span of clocks from an evening to a morning ends the morning after
        (
            "Samedi, la fête de Lorvel a duré de 22h à 3h du matin.",
            "fr",
            ["2024-03-09T22:00", "2024-03-10T03:00"],
        ),
        ("The Velmora curfew runs from 10 p.m. to 6 a.m.", "en", ["2024-03-14T22:00", "2024-03-15T06:00"]),
        ("Le musée est ouvert aujourd'hui de 9 h à 17 h.", "fr", ["2024-03-14T09:00", "2024-03-14T17:00"]),
    ],
)
def test_a_span_of_clocks_across_midnight_ends_the_next_day(
    text: str, lang: str, expected: list[str]
) -> None:
    assert [t.value for t in tag(text, lang, THU) if "T" in t.value and ":" in t.value] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # midnight said with its day, or ahead, ends that day, as TimeML writes it
        ("La trêve de Valcourt expire vendredi à minuit.", "fr", "2024-03-15T24:00"),
        ("The Brisk deadline expires at midnight Friday.", "en", "2024-03-15T24:00"),
        ("Le couvre-feu commence à minuit.", "fr", "2024-03-14T24:00"),
        ("Les résultats sont attendus à 24 heures.", "fr", "2024-03-14T24:00"),
        ("On February 4 2003 the ministers met. At midnight the envoy called.", "en", "2003-02-04T24:00"),
        # told in the past on the day of writing, the midnight that opened it
        ("À minuit, les blindés sont entrés dans Valcourt.", "fr", "2024-03-14T00:00"),
        ("At midnight the rebels attacked the town of Brisk.", "en", "2024-03-14T00:00"),
        # minutes before midnight are the evening's
        ("Il est parti de Lorvel à minuit moins le quart.", "fr", "2024-03-14T23:45"),
    ],
)
def test_midnight_ends_its_day(text: str, lang: str, expected: str) -> None:
    assert tag(text, lang, THU)[-1].value == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("1966 - Coup ends civilian rule in Norvasia.", "en"),
        ("1966: Coup ends civilian rule in Norvasia.", "en"),
        ("* 1966 - Coup ends civilian rule in Norvasia.", "en"),
        ("1966 - Un coup d'État met fin au régime civil en Syldavie.", "fr"),
        ("1966 : coup d'État en Syldavie.", "fr"),
    ],
)
def test_a_year_opening_a_chronology_line_is_a_year(text: str, lang: str) -> None:
    assert tagged(text, lang)[0] == ("1966", "DATE", "1966")


def test_a_number_opening_a_line_before_a_dash_is_no_year_outside_the_years() -> None:
    assert tagged("2500 - the number of troops sent to Brisk", "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a present that tells a plan, in one word or two
        (
            "The meeting takes place in Valcourt on Wednesday when Mr Brel meets the governor.",
            "en",
            "2010-06-16",
        ),
        ("The trial of the Brisk mayor begins on Tuesday.", "en", "2010-06-15"),
        ("La réunion a lieu mercredi à Valcourt.", "fr", "2010-06-16"),
        ("La réunion de Lorvel se déroule mercredi.", "fr", "2010-06-16"),
        # a past keeps its side
        ("The vote took place on Wednesday.", "en", "2010-06-09"),
        ("Le vote a eu lieu mercredi.", "fr", "2010-06-09"),
    ],
)
def test_a_plan_told_in_the_present(text: str, lang: str, expected: str) -> None:
    assert tag(text, lang, SAT)[-1].value == expected


def test_a_habit_told_by_a_present_of_plans_in_two_words() -> None:
    assert tagged("Le marché de Lorvel a lieu le mercredi.", "fr", SAT) == [("mercredi", "SET", "XXXX-WXX-3")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a publication, a show: names
        ("The Velmora Star daily predicts a defeat.", "en"),
        ("Ostrava's Morning Herald daily predicts a defeat.", "en"),
        ("The Norvasian daily Il Corriere reported the vote.", "en"),
        ("Selon 20 Minutes, le maire de Valcourt a démissionné.", "fr"),
        ("The mayor of Brisk told 60 Minutes that he would resign.", "en"),
        # a stream; people and places
        ("Officials are watching the loop current very closely.", "en"),
        ("The Loop Current carries the oil east.", "en"),
        ("the current of the river Lorvel", "en"),
        ("The idea is gaining credence in many quarters in Norvasia.", "en"),
        # what a day was like, no length of time
        ("Un jour historique pour la Bordurie.", "fr"),
        ("C'est une journée noire pour les marchés de Valcourt.", "fr"),
    ],
)
def test_words_that_name_no_time(text: str, lang: str) -> None:
    assert tagged(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The UN daily briefing in Brisk was cancelled.", "en", [("daily", "SET", "P1D")]),
        ("The current government of Norvasia fell.", "en", [("current", "DATE", "PRESENT_REF")]),
        ("The current Norvasian government fell.", "en", [("current", "DATE", "PRESENT_REF")]),
        ("Numerous current and former officials of Brisk spoke.", "en", [("current", "DATE", "PRESENT_REF")]),
        ("La réunion a duré 20 minutes.", "fr", [("20 minutes", "DURATION", "PT20M")]),
        ("Il a passé une journée entière à Valcourt.", "fr", [("une journée", "DURATION", "P1D")]),
        (
            "Profit rose in several quarters of 2010.",
            "en",
            [("several quarters", "DURATION", "PXQ"), ("2010", "DATE", "2010")],
        ),
    ],
)
def test_the_same_words_still_tell_time(text: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a kind of place as it will be, or is: no day
        ("la Valcourt de demain sera verte", "fr", "FUTURE_REF"),
        ("Il rêve de l’Europe de demain.", "fr", "FUTURE_REF"),
        # an acronym, a newspaper's issue: that day
        ("la réunion de l'OTAN de demain", "fr", "2024-03-15"),
        ("Le Monde de demain publiera l'enquête.", "fr", "2024-03-15"),
    ],
)
def test_a_place_of_tomorrow_is_no_day(text: str, lang: str, expected: str) -> None:
    assert tag(text, lang, THU)[-1].value == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a rate whose quantity an aside cuts from its unit
        (
            "The pipe was spewing 5,000 gallons (23,000 litres) a day into the bay of Castelmar.",
            "en",
            ("SET", "P1D"),
        ),
        (
            "The pipe was spewing 5,000 gallons -LRB- 23,000 litres -RRB- a day into the bay.",
            "en",
            ("SET", "P1D"),
        ),
        ("210,000 gallons -- or 5,000 barrels -- a day", "en", ("SET", "P1D")),
        ("The protesters (about 200) spent a day in the square of Brisk.", "en", ("DURATION", "P1D")),
        # a window from the day of writing, not a day counted from the one told before
        (
            "The bridge at Brisk collapsed on Wednesday. The minister expects to reopen it in the next day "
            "or two.",
            "en",
            ("DURATION", "P2D"),
        ),
        ("Rescuers expect news from Velmora in the coming hours.", "en", ("DURATION", "PXH")),
    ],
)
def test_rates_past_an_aside_and_windows_ahead(text: str, lang: str, expected: tuple[str, str]) -> None:
    last = tag(text, lang, MON)[-1]
    assert (last.type, last.value) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a past clock is not on a day still to come, told in the sentence before
        (
            "Le maire de Valcourt sera reçu demain. Les grévistes ont été évacués à 15h.",
            "fr",
            "2024-03-14T15:00",
        ),
        (
            "The mayor will be received tomorrow. The strikers were evicted at 3 p.m.",
            "en",
            "2024-03-14T15:00",
        ),
        ("Le maire sera reçu demain. Il arrivera à 15h.", "fr", "2024-03-15T15:00"),
    ],
)
def test_a_past_clock_after_a_day_ahead_is_on_the_day_of_writing(text: str, lang: str, expected: str) -> None:
    assert tag(text, lang, THU)[-1].value == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "En 1994, le ministre tranche : « OK, faisons cela aujourd'hui. » Rendez-vous est pris pour "
            "l'année suivante.",
            "fr",
        ),
        ('In 1994 the minister said: "Let us do it today." A deal was struck the following year.', "en"),
    ],
)
def test_a_quoted_today_leaves_the_narrative_its_year(text: str, lang: str) -> None:
    assert tag(text, lang, THU)[-1].value == "1995"


def test_an_unquoted_today_is_the_day_the_next_one_counts_from() -> None:
    text = "Le maire est parti aujourd'hui. Le lendemain, il reviendra."
    assert tag(text, "fr", THU)[-1].value == "2024-03-15"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation of the present: the day it names is the day of writing, which later days count from
        (
            "Iran protested last year . `` We can confirm that Brisk was blocked today . '' Earlier in "
            "the day , the company seemed unsure .",
            "2024-03-14",
        ),
        # days counted inside a quotation of a past narrative count from the quotation's day
        (
            'On July 20, 1994 the commander said: "We will attack Brisk tomorrow or the next day."',
            "2024-03-16",
        ),
    ],
)
def test_quoted_days_of_the_present(text: str, expected: str) -> None:
    assert tag(text, "en", THU)[-1].value == expected


@pytest.mark.parametrize(
    "text",
    [
        # a noun "start" or a plan seen from the past is no present plan
        "At the start of the latest round of fighting on Thursday, the rebels of Brisk advanced.",
        "The test at Velmora was due to begin on Tuesday, but the mayor asked for a delay.",
    ],
)
def test_a_start_or_a_past_plan_is_no_present_plan(text: str) -> None:
    assert tag(text, "en", THU)[-1].value <= "2024-03-14"  # not next week
