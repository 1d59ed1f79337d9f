"""Tests of the time-expression tagger (own sentences, fixed creation dates)."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.dating.timex import tag
from storyline.model import Timex

FRI = datetime.date(2020, 1, 10)  # a Friday, ISO week 2020-W02
MON = datetime.date(2020, 1, 6)  # a Monday
MAY_11 = datetime.date(2011, 5, 11)  # a Wednesday


def only(text: str, lang: str, dct: datetime.date | None = FRI) -> Timex:
    found = tag(text, lang, dct)
    assert len(found) == 1, found
    return found[0]


def values(text: str, lang: str, dct: datetime.date | None = FRI) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, lang, dct)]


# --- absolute dates -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected", "value"),
    [
        ("Le traité fut signé le 3 janvier 2021 à Lyon.", "fr", "le 3 janvier 2021", "2021-01-03"),
        ("Rendez-vous le 4/02/2021 au siège.", "fr", "4/02/2021", "2021-02-04"),
        ("La note est datée 2021-02-04.", "fr", "2021-02-04", "2021-02-04"),
        ("Le vote du 1er mars 2018 reste contesté.", "fr", "1er mars 2018", "2018-03-01"),
        ("Il est né le 8 décembre 2011.", "fr", "le 8 décembre 2011", "2011-12-08"),
        ("Publié le 12 févr. 2019 dans la revue.", "fr", "le 12 févr. 2019", "2019-02-12"),
        ("Un accord conclu le 15 fevrier 2019.", "fr", "le 15 fevrier 2019", "2019-02-15"),
        ("The deal closed on March 4, 2021 in Ohio.", "en", "March 4, 2021", "2021-03-04"),
        ("It was filed 4 Feb. 2021 by the firm.", "en", "4 Feb. 2021", "2021-02-04"),
        ("Sent 02/04/2021 by mail.", "en", "02/04/2021", "2021-02-04"),
        # dotted numbers read day first in English too; a slashed date with one reading keeps it
        ("Posted 01.11.2023 by the desk.", "en", "01.11.2023", "2023-11-01"),
        ("Filed 23/10/2020 in Leeds.", "en", "23/10/2020", "2020-10-23"),
    ],
)
def test_absolute_dates(text: str, lang: str, expected: str, value: str) -> None:
    t = only(text, lang)
    assert (t.text, t.type, t.value, t.anchor) == (expected, "DATE", value, "")


def test_day_month_without_year_uses_dct_year() -> None:
    t = only("La réunion a eu lieu le 1er janvier.", "fr")
    assert (t.value, t.anchor) == ("2020-01-01", "dct")


def test_day_month_without_year_and_without_dct_is_xxxx() -> None:
    assert only("Signé le 25 janvier.", "fr", None).value == "XXXX-01-25"
    assert only("Signed on January 25.", "en", None).value == "XXXX-01-25"


def test_weekday_with_date_uses_the_date() -> None:
    t = only("Ce lundi 6 janvier, le ministre a parlé.", "fr")
    assert (t.text, t.value) == ("Ce lundi 6 janvier", "2020-01-06")


def test_weekday_with_date_picks_year_where_weekday_matches() -> None:
    # 6 janvier 2021 is a Wednesday: the weekday decides the year.
    assert only("Il viendra mercredi 6 janvier.", "fr").value == "2021-01-06"


# --- months, years, seasons, decades --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "value", "mod"),
    [
        ("Les ventes ont baissé en mars 2019.", "fr", "2019-03", ""),
        ("Sales fell in March 2019.", "en", "2019-03", ""),
        ("Il était maire en 2014.", "fr", "2014", ""),
        ("He was mayor in 2014.", "en", "2014", ""),
        ("Le raid a eu lieu début janvier à Bagdad.", "fr", "2020-01", "START"),
        ("Le chantier reprendra mi-mars.", "fr", "2020-03", "MID"),
        ("Le bilan date de fin 2019.", "fr", "2019", "END"),
        ("Le stock a fondu fin octobre.", "fr", "2019-10", "END"),
        ("Growth picked up in early 2020.", "en", "2020", "START"),
        ("The plant closed in late March.", "en", "2019-03", "END"),
        ("La mode des années 1990 revient.", "fr", "199", ""),
        ("The fashion of the 1990s returns.", "en", "199", ""),
        ("L'usine fermera au printemps 2021.", "fr", "2021-SP", ""),
    ],
)
def test_months_years_parts(text: str, lang: str, value: str, mod: str) -> None:
    t = only(text, lang)
    assert (t.value, t.mod) == (value, mod)


def test_month_alone_resolves_in_dct_year() -> None:
    assert only("Le texte sera voté en mars.", "fr").value == "2020-03"


def test_month_dernier_is_previous_occurrence() -> None:
    t = only("Il l'avait dit au mois d'août dernier.", "fr")
    assert (t.value, t.anchor) == ("2019-08", "dct")


def test_seasons_relative() -> None:
    assert only("Ils se sont vus l'été dernier.", "fr").value == "2019-SU"
    assert only("They will travel this summer.", "en").value == "2020-SU"


def test_ete_participle_is_not_a_season() -> None:
    assert tag("Le texte a été adopté.", "fr", FRI) == []


def test_unaccented_month_names() -> None:
    assert values("aout 2019 et août 2019", "fr") == [("aout 2019", "2019-08"), ("août 2019", "2019-08")]


# --- weekdays and tense ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Le ministère a annoncé mardi sa décision.", "fr", "2020-01-07"),
        ("Le comité aura lieu mardi.", "fr", "2020-01-14"),
        ("Le conseil se réunira mardi.", "fr", "2020-01-14"),
        ("Il partira lundi prochain.", "fr", "2020-01-13"),
        ("Il est parti lundi dernier.", "fr", "2020-01-06"),
        ("The ministry said on Tuesday it would act.", "en", "2020-01-07"),
        ("The board will meet Tuesday.", "en", "2020-01-14"),
        ("They met last Tuesday.", "en", "2020-01-07"),
        ("They meet next Monday.", "en", "2020-01-13"),
    ],
)
def test_weekdays_tense(text: str, lang: str, value: str) -> None:
    t = only(text, lang)
    assert (t.type, t.value, t.anchor) == ("DATE", value, "dct")


def test_weekday_told_in_no_tense_a_day_or_two_ahead_is_the_coming_one_en() -> None:
    """News writes scheduled days without a verb's tense ("talks on the dam Monday"): one or two days
    ahead, the coming day; further ahead, the past one, as a tenseless day in news mostly is; "set to"
    tells a plan."""
    saturday = datetime.date(2020, 1, 11)
    assert only("Talks on the Lorvel dam Monday.", "en", saturday).value == "2020-01-13"
    assert only("Talks on the Lorvel dam Thursday.", "en", saturday).value == "2020-01-09"
    assert only("Talks set to resume Thursday in Lorvel.", "en", saturday).value == "2020-01-16"
    assert only("Talks resumed Monday in Lorvel.", "en", saturday).value == "2020-01-06"
    # French keeps the past: its participles ("publiée jeudi") are no tense cue here
    assert only("L'étude publiée lundi par le cabinet Miravel.", "fr", saturday).value == "2020-01-06"


@pytest.mark.parametrize(
    ("text", "lang", "dct", "expected"),
    [
        # the month where the day falls on that weekday, around the creation time
        ("Le sommet se tiendra le jeudi 12 à Lorvel.", "fr", MAY_11, ("le jeudi 12", "2011-05-12")),
        ("Samedi 30, des milliers de personnes ont défilé.", "fr", MAY_11, ("Samedi 30", "2011-04-30")),
        ("Dimanche 1er, le scrutin s'est tenu.", "fr", MAY_11, ("Dimanche 1er", "2011-05-01")),
        ("Le mardi 7 prochain, Ambrun sera reçu.", "fr", MAY_11, ("Le mardi 7 prochain", "2011-06-07")),
        (
            "On Friday the 4th, crowds gathered.",
            "en",
            datetime.date(2011, 3, 9),
            ("Friday the 4th", "2011-03-04"),
        ),
    ],
)
def test_weekday_with_day_of_month(
    text: str, lang: str, dct: datetime.date, expected: tuple[str, str]
) -> None:
    t = only(text, lang, dct)
    assert (t.text, t.type, t.value) == (expected[0], "DATE", expected[1])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le 28 janvier, la foule envahit la place. Le vendredi 4, les manifestants reviennent.",
            [("Le 28 janvier", "2011-01-28"), ("Le vendredi 4", "2011-02-04")],
        ),
        (
            "En mars, la contestation gagne Lorvel. Le vendredi 25, la police charge.",
            [("mars", "2011-03"), ("Le vendredi 25", "2011-03-25")],
        ),
        (  # a clock time after the day is joined to it
            "Le sommet s'ouvre le 10 mai. Le jeudi 12 à 15 h, il se clôt.",
            [("le 10 mai", "2011-05-10"), ("Le jeudi 12", "2011-05-12"), ("15 h", "2011-05-12T15:00")],
        ),
    ],
)
def test_weekday_with_day_of_month_follows_the_month_named_before(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text, "fr", MAY_11) == expected


def test_weekday_with_day_of_month_that_fits_nothing_near_is_the_weekday() -> None:
    """A writer's slip ("Le vendredi 4" when the 4th is a Saturday) is likelier than a far month."""
    text = "Le 3 janvier, un convoi est parti. Le vendredi 4, il est arrivé."
    assert values(text, "fr", datetime.date(2020, 1, 8)) == [
        ("Le 3 janvier", "2020-01-03"),
        ("Le vendredi 4", "2020-01-03"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Jeudi 12 personnes ont été tuées à Lorvel.", "fr", ("Jeudi", "2011-05-05")),  # a count
        ("Samedi 30 000 manifestants ont défilé.", "fr", ("Samedi", "2011-05-07")),
        ("Lorvel a battu Miravel dimanche 3 à 1.", "fr", ("dimanche", "2011-05-08")),  # a score
        ("Jeudi 12 sur 15 départements ont voté.", "fr", ("Jeudi", "2011-05-05")),
        ("On Thursday 12 people died in Lorvel.", "en", ("Thursday", "2011-05-05")),
        ("Ambrun finished Thursday 2nd behind Castel.", "en", ("Thursday", "2011-05-05")),  # a place
    ],
)
def test_weekday_before_a_number_that_is_no_day_keeps_the_number_out(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    t = only(text, lang, MAY_11)
    assert (t.text, t.value) == expected


def test_last_weekday_is_never_yesterday() -> None:
    wednesday = datetime.date(2020, 1, 8)  # one says "yesterday", "hier" for Tuesday the 7th
    assert only("They met last Tuesday.", "en", wednesday).value == "2019-12-31"
    assert only("Il est parti mardi dernier.", "fr", wednesday).value == "2019-12-31"
    assert only("Il est parti lundi dernier.", "fr", wednesday).value == "2020-01-06"
    assert only("They met this past Tuesday.", "en", wednesday).value == "2020-01-07"  # no such rule


def test_past_weekday_on_dct_weekday_is_dct() -> None:
    assert only("Le ministre a annoncé lundi sa démission.", "fr", MON).value == "2020-01-06"


def test_ce_lundi_is_current_week() -> None:
    assert only("Il est arrivé ce lundi.", "fr").value == "2020-01-06"


def test_weekday_with_part_of_day() -> None:
    t = only("L'armée avait écrit lundi soir au ministre.", "fr")
    assert (t.text, t.type, t.value) == ("lundi soir", "TIME", "2020-01-06TEV")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Des tirs ont éclaté dans la nuit de samedi.",
            [("la nuit", "TIME", "2020-01-04TNI"), ("samedi", "DATE", "2020-01-04")],
        ),
        (
            "Le convoi a été visé dans la nuit de jeudi à vendredi.",
            [
                ("la nuit", "TIME", "2020-01-09TNI"),
                ("jeudi", "DATE", "2020-01-09"),
                ("vendredi", "DATE", "2020-01-10"),
            ],
        ),
        (
            "Une frappe a eu lieu dans la nuit du 2 au 3 janvier.",
            [
                ("la nuit", "TIME", "2020-01-02TNI"),
                ("2", "DATE", "2020-01-02"),
                ("3 janvier", "DATE", "2020-01-03"),
            ],
        ),
        (
            "La soirée de mardi a été animée.",
            [("La soirée", "TIME", "2020-01-07TEV"), ("mardi", "DATE", "2020-01-07")],
        ),
        (
            "La nuit de samedi soir, des tirs ont été entendus.",
            [("La nuit", "TIME", "2020-01-04TNI"), ("samedi soir", "TIME", "2020-01-04TEV")],
        ),
    ],
)
def test_part_of_a_named_day_fr(text: str, expected: list[tuple[str, str, str]]) -> None:
    """The night of a named day is that day's night, not the night of the day of writing; the day
    stays an expression of its own."""
    assert [(t.text, t.type, t.value) for t in tag(text, "fr", FRI)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dans l'après-midi, le ministre a parlé.", [("l'après-midi", "2020-01-10TAF")]),
        ("En fin de matinée, le ministre a parlé.", [("En fin de matinée", "2020-01-10TMO")]),
        (
            "Le 3 janvier, en fin de journée, le Parlement a voté.",
            [("Le 3 janvier", "2020-01-03"), ("en fin de journée", "2020-01-03TEV")],
        ),
        ("Il est arrivé à midi.", [("midi", "2020-01-10T12:00")]),
        ("Il est arrivé peu après midi.", [("midi", "2020-01-10T12:00")]),
        ("Peu après minuit, la police a chargé.", [("minuit", "2020-01-10T00:00")]),
    ],
)
def test_parts_of_the_day_fr(text: str, expected: list[tuple[str, str]]) -> None:
    """ "l'après-midi" is the afternoon, not noon; "en fin de journée" the evening of the day named."""
    assert values(text, "fr") == expected


def test_night_read_alone_still_counts_from_before() -> None:
    text = "Le 3 janvier, la police est arrivée. Tard dans la nuit, elle a bouclé la zone."
    assert values(text, "fr") == [("Le 3 janvier", "2020-01-03"), ("la nuit", "2020-01-03TNI")]


def test_english_night_of_a_date_keeps_the_date() -> None:
    """TimeBank's convention: "the night of Oct. 23" is the date alone."""
    assert values("He was shot on the night of Jan. 3.", "en") == [("Jan. 3", "2020-01-03")]


def test_weekday_without_dct() -> None:
    assert only("Il a parlé vendredi.", "fr", None).value == "XXXX-WXX-5"


# --- deictic words, relative periods --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Il l'a dit aujourd'hui.", "fr", "2020-01-10"),
        ("Il l'a dit hier.", "fr", "2020-01-09"),
        ("Il l'a dit avant-hier.", "fr", "2020-01-08"),
        ("Il le dira demain.", "fr", "2020-01-11"),
        ("He spoke today.", "en", "2020-01-10"),
        ("He spoke yesterday.", "en", "2020-01-09"),
        ("He speaks tomorrow.", "en", "2020-01-11"),
        ("Elle est arrivée la semaine dernière.", "fr", "2020-W01"),
        ("Elle arrive le mois prochain.", "fr", "2020-02"),
        ("Elle est venue l'an dernier.", "fr", "2019"),
        ("Elle est venue l'année dernière.", "fr", "2019"),
        ("Elle reviendra cette année.", "fr", "2020"),
        ("She came last year.", "en", "2019"),
        ("She comes next month.", "en", "2020-02"),
        ("Il est parti il y a trois jours.", "fr", "2020-01-07"),
        ("He left three days ago.", "en", "2020-01-07"),
        ("Il est parti il y a deux semaines.", "fr", "2019-W52"),
        ("Il y a tout juste un an, le général Ambrun tombait.", "fr", "2019"),
        ("Il est parti il y a maintenant trois jours.", "fr", "2020-01-07"),
        ("Le vote aura lieu dans à peine deux jours.", "fr", "2020-01-12"),
    ],
)
def test_relative_to_dct(text: str, lang: str, value: str) -> None:
    t = only(text, lang)
    assert (t.value, t.anchor) == (value, "dct")


def test_ce_matin() -> None:
    t = only("Le vote a eu lieu ce matin.", "fr")
    assert (t.type, t.value) == ("TIME", "2020-01-10TMO")


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Le dossier avancera dans les prochains jours.", "fr", "FUTURE_REF"),
        ("Les combats ont repris ces derniers jours.", "fr", "PAST_REF"),
        ("Il vit actuellement à Paris.", "fr", "PRESENT_REF"),
        ("He lives in Paris now.", "en", "PRESENT_REF"),
    ],
)
def test_vague_references(text: str, lang: str, value: str) -> None:
    assert only(text, lang).value == value


# --- narrative anchoring ----------------------------------------------------------------------------


def test_narrative_anchoring_fr() -> None:
    text = (
        "Le 8 décembre 2011, la mission arrive. Le lendemain, elle repart. La veille, tout était calme. "
        "Deux jours plus tard, un accord est signé."
    )
    found = tag(text, "fr", FRI)
    assert [(t.value, t.anchor) for t in found] == [
        ("2011-12-08", ""),
        ("2011-12-09", "previous"),
        ("2011-12-08", "previous"),
        ("2011-12-10", "previous"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le 3 juin 2011, il signe. Deux jours après, il annule.", "fr", ("Deux jours après", "2011-06-05")),
        ("Le 3 juin 2011, il signe. Il a averti une semaine avant.", "fr", ("une semaine avant", "2011-W21")),
        ("Le 3 juin 2011, il signe. Vu une semaine avant\u00a0!", "fr", ("une semaine avant", "2011-W21")),
        ("On June 3, 2011 he signed. Two days after, he withdrew.", "en", ("Two days after", "2011-06-05")),
        ("On June 3, 2011 the mayor signed, up from a day before.", "en", ("a day before", "2011-06-02")),
    ],
)
def test_a_count_then_after_or_before_ending_its_clause_counts_from_the_time_told(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    """ "Deux jours après," as "deux jours plus tard": from the time told before."""
    found = [(t.text, t.value) for t in tag(text, lang, FRI)]
    assert found[1] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le 3 juin 2011, il signe. Deux jours après l'attaque, il annule.", "fr", ("Deux jours", "P2D")),
        ("On June 3, 2011 the mayor signed two days before the vote.", "en", ("two days", "P2D")),
        ("He served two years before retiring.", "en", ("two years", "P2Y")),
    ],
)
def test_a_count_before_what_it_is_after_or_before_stays_a_duration(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    assert [(t.text, t.value) for t in tag(text, lang, FRI)][-1] == expected


def test_same_year_fr() -> None:
    found = tag("Le 5 mai 2015, puis le 3 janvier de la même année.", "fr", FRI)
    assert [(t.value, t.anchor) for t in found] == [("2015-05-05", ""), ("2015-01-03", "previous")]


def test_following_day_en() -> None:
    found = tag("The talks began on May 5, 2015. The following day, they failed.", "en", FRI)
    assert [(t.value, t.anchor) for t in found] == [("2015-05-05", ""), ("2015-05-06", "previous")]


def test_lendemain_without_previous_is_an_unknown_day() -> None:
    # a day counted from another the text did not give is not the day after the writing
    t = only("Le lendemain, il est reparti.", "fr")
    assert (t.value, t.anchor) == ("XXXX-XX-XX", "")


# --- durations and sets ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Il a négocié pendant deux semaines.", "fr", "P2W"),
        ("Le mandat dure deux ans.", "fr", "P2Y"),
        ("Une trêve de 24 heures a été signée.", "fr", "PT24H"),
        ("Le siège a duré vingt-trois jours.", "fr", "P23D"),
        ("They talked for three days.", "en", "P3D"),
        ("The strike lasted twenty-one days.", "en", "P21D"),
    ],
)
def test_durations(text: str, lang: str, value: str) -> None:
    t = only(text, lang)
    assert (t.type, t.value) == ("DURATION", value)


def test_clock_written_durations_fr() -> None:
    """Hours written as a clock ("2h15", "3 h") after a word that counts time are a duration."""
    assert only("La navette rallie Lorvel en 2h15.", "fr").value == "PT2H15M"
    assert only("Ils ont parlé pendant 2 h avec le maire.", "fr").value == "PT2H"
    t = only("La séance a duré plus de 3h30.", "fr")
    assert (t.text, t.type, t.value, t.mod) == ("plus de 3h30", "DURATION", "PT3H30M", "MORE_THAN")
    t = only("Le convoi est parti à 2h15 de Lorvel.", "fr")
    assert (t.type, t.value) == ("TIME", "2020-01-10T02:15")
    assert only("La navette rallie Lorvel en 0h45.", "fr").value == "PT45M"


def test_more_hours_than_a_day_are_a_duration_fr() -> None:
    assert values("Une grève de 48h, puis une autre de 72 h.", "fr") == [("48h", "PT48H"), ("72 h", "PT72H")]
    assert values("Elle durera 36h30, puis 36 h 30.", "fr") == [
        ("36h30", "PT36H30M"),
        ("36 h 30", "PT36H30M"),
    ]


def test_round_the_clock_is_no_time_of_day_fr() -> None:
    assert tag("Le guichet est ouvert 24h/24 et 24 h sur 24.", "fr", FRI) == []
    # other hours with a slash stay times: "de 8h/20h" is a range written short
    assert values("Ouvert de 8h/20h.", "fr") == [("8h", "2020-01-10T08:00"), ("20h", "2020-01-10T20:00")]


def test_a_count_of_hours_in_thousands_is_no_duration_fr() -> None:
    assert tag("Le pilote compte 1 500 h de vol.", "fr", FRI) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le bus de nuit part en 1h du matin.", "2020-01-10T01:00"),  # a part of the day after it
        ("Le vote est prévu en 20h GMT.", "2020-01-10T20:00"),  # a time zone
        ("Le conseil se réunit en\n21h12 : fin de séance.", "2020-01-10T21:12"),  # a stamp on its line
    ],
)
def test_clock_after_en_that_is_a_time_fr(text: str, value: str) -> None:
    t = only(text, "fr")
    assert (t.type, t.value) == ("TIME", value)


def test_approximation_before_a_listed_duration_is_not_taken_en() -> None:
    """ "over" before "the coming weeks" is a preposition, not "more than"."""
    t = only("Talks will continue over the coming weeks.", "en")
    assert (t.text, t.value, t.mod) == ("the coming weeks", "PXW", "")


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Il passe chaque lundi.", "fr", "XXXX-WXX-1"),
        ("La fête a lieu tous les ans.", "fr", "P1Y"),
        ("The team meets every week.", "en", "P1W"),
    ],
)
def test_sets(text: str, lang: str, value: str) -> None:
    t = only(text, lang)
    assert (t.type, t.value) == ("SET", value)


# --- ranges -----------------------------------------------------------------------------------------


def test_day_range_gives_two_dates() -> None:
    assert values("Le salon se tient du 3 au 5 mars 2021.", "fr") == [
        ("3", "2021-03-03"),
        ("5 mars 2021", "2021-03-05"),
    ]


def test_year_range_gives_two_dates() -> None:
    assert values("Il a régné entre 2014 et 2017.", "fr") == [("2014", "2014"), ("2017", "2017")]
    assert values("Il a régné de 2003 à 2011.", "fr") == [("2003", "2003"), ("2011", "2011")]


# --- quantities are not dates ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Le Parlement veut expulser les 5200 soldats.",
        "Il reste 2 500 soldats sur place.",
        "Il reste 2\u00a0500 soldats sur place.",
        "Il reste 2\u202f500 soldats sur place.",
        "La foule comptait 170.000 personnes.",
        "Le budget atteint 1,5 million d'euros.",
        "Entre 3000 à 3500 soldats sont mobilisés.",
        "Le projet H.R. 1 est à l'étude.",
        "Les 1 000 soldats sont rentrés.",
        "Appelez le 01 23 45 67 89 ou le 01.23.45.67.89.",
        "Le billet coûte 2014 euros, soit 19,99 par mois.",
        "Il compte 2019 abonnés.",
        "About 2000 troops were sent.",
    ],
)
def test_no_dates_from_quantities(text: str) -> None:
    assert [
        t
        for t in tag(text, "fr" if " the" not in text and "About" not in text else "en", FRI)
        if t.type in ("DATE", "TIME")
    ] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("Il est en poste depuis 2003.", "2003"), ("Le rapport (2019) est clair.", "2019")],
)
def test_years_in_date_context(text: str, value: str) -> None:
    assert only(text, "fr").value == value


def test_age_is_not_a_duration() -> None:
    assert tag("Jean Martin, 38 ans, a été arrêté.", "fr", FRI) == []


# --- properties ------------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["fr", "en"]), st.one_of(st.none(), st.dates()))
def test_never_raises_and_offsets_slice(text: str, lang: str, dct: datetime.date | None) -> None:
    found = tag(text, lang, dct)
    for t in found:
        assert text[t.start : t.end] == t.text
    starts = [t.start for t in found]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


WORDS = [
    "le",
    "3",
    "janvier",
    "2020",
    "lundi",
    "dernier",
    "hier",
    "il",
    "y",
    "a",
    "deux",
    "jours",
    "mi-",
    "fin",
    "March",
    "last",
    "Friday",
    "ago",
    "1er",
    "/",
    ".",
    ",",
    "du",
    "au",
    "années",
    "1990",
    "chaque",
    "every",
    "week",
    "la",
    "veille",
    "plus",
    "tard",
    "siècle",
    "XXe",
    "h",
    "30",
    "p.m.",
    "\u00a0",
    "early",
    "the",
    "lendemain",
    "following",
    "day",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), max_size=25),
    st.sampled_from(["fr", "en"]),
    st.one_of(st.none(), st.dates()),
)
def test_never_raises_on_date_like_word_soup(words: list[str], lang: str, dct: datetime.date | None) -> None:
    text = " ".join(words)
    for t in tag(text, lang, dct):
        assert text[t.start : t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")


def test_a_day_counted_from_an_event_is_not_counted_from_the_previous_date() -> None:
    dct = datetime.date(2031, 3, 10)
    text = (
        "Le 6 mars, le ministre a parlé. Au lendemain d’un vote serré, il a démenti. "
        "Le lendemain, il est parti."
    )
    got = [(t.text, t.value, t.anchor) for t in tag(text, "fr", dct)]
    assert got == [
        ("Le 6 mars", "2031-03-06", "dct"),
        ("lendemain", "XXXX-XX-XX", "event"),
        ("Le lendemain", "2031-03-07", "previous"),
    ]
    [eve] = tag("à la veille des négociations", "fr", dct)
    assert (eve.value, eve.anchor) == ("XXXX-XX-XX", "event")


# --- rules tried only near their anchor words find what a scan of the whole text finds -------------------


def _full_scan(text: str, lang: str) -> list[tuple]:
    from storyline.dating.timex_rules import grammar

    g = grammar(lang)
    found = []
    for pattern, handler, priority in g.rules:
        for m in pattern.finditer(text):
            if m.end() == m.start():
                continue
            for cand in handler(g, m, text):
                if cand.end > cand.start:
                    priority_ = max(cand.priority, priority)
                    found.append((cand.start, cand.end, cand.kind, repr(cand.info), priority_))
    return sorted(found)


def _windowed(text: str, lang: str) -> list[tuple]:
    from storyline.dating.timex_rules import candidates

    return sorted((c.start, c.end, c.kind, repr(c.info), c.priority) for c in candidates(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "BRIGHTWATER, March 3 (Wire) -- The ferry line said on Tuesday it would resume service at "
            "4 p.m. EST Nov. 14, two weeks later than planned, after a 1987-88 refit. Profit in the third "
            "quarter rose 4% from a year earlier; the 1990s were harder. For the year ended Sept. 30, it "
            "earned $3 million, or 12 cents a share, up from the year-ago period. Since early December, "
            "daily crossings have doubled.  \n\n  Yesterday afternoon, the captain said: ``We leave at "
            "dawn Thursday.'' The fiscal 1989 results, due by February, will follow Christmas.",
            "en",
        ),
        (
            "VILLEBRUNE, 3 mars -- La compagnie a annoncé mardi la reprise du service à 17 h 30 heure "
            "locale le 9 novembre, deux semaines plus tard que prévu, après une refonte de 1987 à 1988. "
            "Depuis début décembre, les traversées quotidiennes ont doublé ; au troisième trimestre, le "
            "bénéfice a crû de 4 % sur un an. Hier après-midi, le capitaine a déclaré : « Nous partirons "
            "jeudi à l'aube. » Les résultats de l'exercice 1989 sont attendus d'ici février, après Noël, "
            "au XXe siècle comme aujourd'hui, il y a trois ans, dans les années 1990.",
            "fr",
        ),
    ],
)
def test_rules_near_anchors_find_what_a_full_scan_finds(text: str, lang: str) -> None:
    assert _windowed(text, lang) == _full_scan(text, lang)


_PIECES = [
    "on",
    "Tuesday",
    "March",
    "3",
    "1989",
    "the",
    "year",
    "ago",
    "ended",
    "Sept.",
    "30",
    ",",
    "two",
    "weeks",
    "later",
    "at",
    "5",
    "p.m.",
    "EST",
    "fiscal",
    "quarter",
    "third",
    "1990s",
    "mardi",
    "3",
    "mars",
    "il",
    "y",
    "a",
    "deux",
    "ans",
    "h",
    "30",
    "depuis",
    "janvier",
    "été",
    "the",
    "summer",
    "of",
    "\n\n",
    "   ",
    "(",
    ")",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=120), st.sampled_from(["en", "fr"]))
def test_anchored_scan_equals_full_scan_on_any_word_sequence(words: list[str], lang: str) -> None:
    text = " ".join(words)
    assert _windowed(text, lang) == _full_scan(text, lang)
