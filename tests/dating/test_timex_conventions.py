"""TimeML/TIMEX3 annotation conventions for news text (own sentences, fixed creation dates)."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag
from storyline.dating.timex_calendar import duration

MON = datetime.date(1989, 10, 30)  # a Monday
FR_MON = datetime.date(2003, 2, 17)  # a Monday


def values(text: str, lang: str, dct: datetime.date | None) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, lang, dct)]


# --- fractional durations: whole units and the rest in the next smaller unit ----------------------------


@pytest.mark.parametrize(
    ("amount", "unit", "value"),
    [
        (2.5, "Y", "P2Y6M"),
        (0.5, "Y", "P6M"),
        (5.5, "H", "PT5H30M"),
        (1.5, "MIN", "PT1M30S"),
        (1.5, "D", "P1DT12H"),
        (1.5, "DE", "P15Y"),
        (1.5, "M", "P1M15D"),
        (1.3, "Y", "P1.3Y"),
        (1.5, "S", "PT1.5S"),
        (3, "Q", "P9M"),
    ],
)
def test_fractional_durations(amount: float, unit: str, value: str) -> None:
    assert duration(amount, unit) == value


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("She spent 5 1/2 hours in Nairobi.", "en", ("5 1/2 hours", "DURATION", "PT5H30M")),
        ("The talks lasted 2 1/2 years.", "en", ("2 1/2 years", "DURATION", "P2Y6M")),
        ("It took a minute and a half.", "en", ("a minute and a half", "DURATION", "PT1M30S")),
        ("Les travaux ont duré un an et demi.", "fr", ("un an et demi", "DURATION", "P1Y6M")),
        ("Les travaux ont duré 2 ½ ans.", "fr", ("2 ½ ans", "DURATION", "P2Y6M")),
        ("La réunion a duré une demi-heure.", "fr", ("une demi-heure", "DURATION", "PT30M")),
        ("He waited for half an hour.", "en", ("half an hour", "DURATION", "PT30M")),
        ("Il y a un an et demi, le port fermait.", "fr", ("Il y a un an et demi", "DATE", "1988-04")),
        ("The port closed a year and a half ago.", "en", ("a year and a half ago", "DATE", "1988-04")),
        ("Le pont a été bâti il y a un demi-siècle.", "fr", ("il y a un demi-siècle", "DATE", "1939")),
        ("The bridge was built half a century ago.", "en", ("half a century ago", "DATE", "1939")),
        ("Il y a trois quarts de siècle.", "fr", ("Il y a trois quarts de siècle", "DATE", "1914")),
        ("Il y a quatre-vingt-dix jours.", "fr", ("Il y a quatre-vingt-dix jours", "DATE", "1989-08-01")),
        ("Le festival dure quatre-vingt-onze jours.", "fr", ("quatre-vingt-onze jours", "DURATION", "P91D")),
        ("Il a duré nonante et un jours.", "fr", ("nonante et un jours", "DURATION", "P91D")),  # Belgique
    ],
)
def test_fractions_and_compound_numbers_in_text(text: str, lang: str, found: tuple[str, str, str]) -> None:
    assert values(text, lang, MON) == [found]


# --- "within": the length of the period, not a date -----------------------------------------------------


def test_within_is_a_duration_without_the_preposition() -> None:
    assert values("The debt must be repaid within 18 months.", "en", MON) == [
        ("18 months", "DURATION", "P18M")
    ]
    assert values("A decision is due within a week.", "en", MON) == [("a week", "DURATION", "P1W")]


def test_french_dans_stays_a_date() -> None:
    assert values("Il reviendra dans trois jours.", "fr", FR_MON) == [
        ("dans trois jours", "DATE", "2003-02-20")
    ]


# --- "the year": the current year, or a year-long period before "ended"/"ending" ------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("For the year, volume was flat.", ("the year", "DATE", "1989")),
        ("Sales for the full year were $6.6 billion.", ("the full year", "DATE", "1989")),
        ("The charge will lower earnings for the fiscal year.", ("the fiscal year", "DATE", "1989")),
        ("It earned $2.4 million last fiscal year.", ("last fiscal year", "DATE", "1988")),
    ],
)
def test_the_year_is_the_current_year(text: str, found: tuple[str, str, str]) -> None:
    assert values(text, "en", MON) == [found]


def test_the_year_ended_is_a_duration() -> None:
    assert values("Net income for the year ended Aug. 31 rose.", "en", MON) == [
        ("the year", "DURATION", "P1Y"),
        ("Aug. 31", "DATE", "1989-08-31"),
    ]
    assert values("In the fiscal year ending in June, sales rose.", "en", MON)[0] == (
        "the fiscal year",
        "DURATION",
        "P1Y",
    )


@pytest.mark.parametrize(
    "text", ["Revenue was $450 million the year before.", "The year-end results were weak."]
)
def test_the_year_relative_to_another_or_in_a_compound_is_left_out(text: str) -> None:
    assert values(text, "en", MON) == []


def test_year_in_words_after_a_year_noun() -> None:
    assert values("Unemployment was to halve by the year two thousand.", "en", MON) == [
        ("the year two thousand", "DATE", "2000")
    ]
    assert values("C'était en l'an deux mille.", "fr", FR_MON)[0][2] == "2000"


@pytest.mark.parametrize(
    "text", ["We expect that to continue into 1990.", "Earnings rose in both 1990 and 1991."]
)
def test_year_after_into_and_both(text: str) -> None:
    assert values(text, "en", MON)[0][2] == "1990"


# --- a month or a day of a year counted from the creation time -----------------------------------------

FEB = datetime.date(1998, 2, 19)


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("But in June last year, the leaders fell out.", "en", ("June last year", "DATE", "1997-06")),
        ("Sales picked up in January this year.", "en", ("January this year", "DATE", "1998-01")),
        ("The vote is due in April next year.", "en", ("April next year", "DATE", "1999-04")),
        ("He was arrested on June 5 last year.", "en", ("June 5 last year", "DATE", "1997-06-05")),
        ("Il a été élu en juin l'an dernier.", "fr", ("juin l'an dernier", "DATE", "1997-06")),
        (
            "Il a été arrêté le 3 mars de l'année dernière.",
            "fr",
            ("le 3 mars de l'année dernière", "DATE", "1997-03-03"),
        ),
    ],
)
def test_month_of_a_year_counted_from_the_creation_time(
    text: str, lang: str, found: tuple[str, str, str]
) -> None:
    assert values(text, lang, FEB) == [found]


# --- decades and centuries as lengths: years -----------------------------------------------------------


def test_decades_as_years() -> None:
    assert values("Wages have stagnated for two decades.", "en", MON) == [("two decades", "DURATION", "P20Y")]
    assert values("Il y a travaillé deux siècles.", "fr", FR_MON)[0][2] == "P200Y"


# --- the reporting quarter ----------------------------------------------------------------------------


def test_report_period_is_the_first_quarter_named() -> None:
    text = (
        "Kimberly-Clark posted a gain in third-quarter net income. After a flat second quarter, it "
        "attributed the gain to consumer sales. Charges were taken in the year-earlier period."
    )
    assert values(text, "en", MON)[-1] == ("the year-earlier period", "DATE", "1988-Q3")


def test_report_period_with_a_year() -> None:
    text = "Profit rose in the third quarter. There was a one-time gain in the 1988 period."
    assert values(text, "en", MON)[-1] == ("the 1988 period", "DATE", "1988-Q3")
    assert values("Sales were lower than in the 1988 quarter.", "en", MON) == [
        ("the 1988 quarter", "DATE", "1988-Q3")
    ]


def test_quarter_of_next_year() -> None:
    assert values("It could be effective as early as next year's first quarter.", "en", MON) == [
        ("next year's first quarter", "DATE", "1990-Q1")
    ]


def test_quarter_in_a_compound_is_no_report_period() -> None:
    assert values("The quarter-to-quarter comparison was better.", "en", MON) == []


# --- words that name no time here ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["It failed. Now, he says, the West wants war.", '"Now, we wait," she said.']
)
def test_now_opening_a_sentence_before_a_comma_is_a_discourse_marker(text: str) -> None:
    assert values(text, "en", MON) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("Now the mission is unclear.", "PRESENT_REF"), ("We act now, he said.", "PRESENT_REF")],
)
def test_now_naming_the_present_is_kept(text: str, value: str) -> None:
    assert values(text, "en", MON) == [("now" if "act" in text else "Now", "DATE", value)]


@pytest.mark.parametrize(
    "text", ["It holds more than a quarter of the market.", "About three-quarters of its sales are abroad."]
)
def test_quarter_as_a_fraction_is_no_duration(text: str) -> None:
    assert values(text, "en", MON) == []


def test_quarters_of_a_year_and_vague_quarters_stay() -> None:
    assert values("It had several quarters of losses.", "en", MON) == [
        ("several quarters", "DURATION", "PXQ")
    ]
    assert values("The plan covers three quarters.", "en", MON) == [("three quarters", "DURATION", "P9M")]


# --- a word just before a date that fixes its time: "since", "by", "payable", "depuis", "d'ici" ---------


@pytest.mark.parametrize(
    ("text", "lang", "dct", "found"),
    [
        ("The dividend is payable Jan. 2 to holders of record.", "en", MON, ("Jan. 2", "DATE", "1990-01-02")),
        ("It created a new office, effective Feb. 1.", "en", MON, ("Feb. 1", "DATE", "1990-02-01")),
        ("The firm must repay the loan by February.", "en", MON, ("February", "DATE", "1990-02")),
        ("Prices have risen since November.", "en", MON, ("November", "DATE", "1988-11")),
        ("Les prix augmentent depuis avril.", "fr", FR_MON, ("avril", "DATE", "2002-04")),
        ("Un accord d'ici janvier reste possible.", "fr", FR_MON, ("janvier", "DATE", "2004-01")),
    ],
)
def test_word_before_a_date_fixes_its_time(
    text: str, lang: str, dct: datetime.date, found: tuple[str, str, str]
) -> None:
    assert values(text, lang, dct) == [found]


def test_without_that_word_the_sentence_decides() -> None:
    assert values("It created a new office on Feb. 1.", "en", MON) == [("Feb. 1", "DATE", "1989-02-01")]
    assert values("Un accord en janvier reste possible.", "fr", FR_MON) == [("janvier", "DATE", "2003-01")]


def test_by_before_a_weekday_yields_to_the_sentence_tense() -> None:
    assert values("All members had filed their reports by Wednesday.", "en", MON) == [
        ("Wednesday", "DATE", "1989-10-25")
    ]
    for text in ("Members will file reports by Wednesday.", "Members must file reports by Wednesday."):
        assert values(text, "en", MON) == [("Wednesday", "DATE", "1989-11-01")]


# --- a clock time's zone is part of it; a month-day date after "last"/"next" ------------------------------

THU = datetime.date(1989, 11, 2)  # a Thursday


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Bids close at 4 p.m. EST Nov. 14.", "en", ("4 p.m. EST Nov. 14", "TIME", "1989-11-14T16:00")),
        ("Trading halts at 4 p.m. GMT, the exchange said.", "en", ("4 p.m. GMT", "TIME", "1989-11-02T16:00")),
        (
            "Le vol a atterri vers 7 h 15 heure locale.",
            "fr",
            ("vers 7 h 15 heure locale", "TIME", "1989-11-02T07:15"),
        ),
        ("Le sommet s'ouvre à 21 h en France.", "fr", ("21 h en France", "TIME", "1989-11-02T21:00")),
    ],
)
def test_time_zone_after_a_clock_time(text: str, lang: str, found: tuple[str, str, str]) -> None:
    assert values(text, lang, THU) == [found]


def test_month_day_after_last_or_next() -> None:
    apr = datetime.date(1999, 4, 19)
    assert values("The mayor was elected last Oct. 23 by a wide margin.", "en", apr) == [
        ("last Oct. 23", "DATE", "1998-10-23")
    ]
    assert values("The vote is next June 5.", "en", apr) == [("next June 5", "DATE", "1999-06-05")]


# --- a quotation's tense is its own -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "``The ferry will leave at dawn on Thursday,'' he said.",
        "\u201cThe ferry will leave at dawn on Thursday,\u201d he said.",
        "\u00abLe ferry partira \u00e0 l'aube jeudi\u00bb, a dit le capitaine.",
    ],
)
def test_reporting_verb_outside_a_quotation_is_no_tense_cue(text: str) -> None:
    lang = "fr" if "ferry partira" in text else "en"
    assert [v for _, _, v in values(text, lang, datetime.date(1989, 10, 30))][-1].startswith("1989-11-02")


# --- "the summer": the season nearest the creation time, by tense -------------------------------------

OCT = datetime.date(1989, 10, 26)  # autumn


@pytest.mark.parametrize(
    ("text", "dct", "found"),
    [
        ("Over the summer, the dairy cut its prices.", OCT, ("the summer", "DATE", "1989-SU")),
        ("Orders have recovered since the early summer.", OCT, ("the early summer", "DATE", "1989-SU")),
        ("The mill will reopen in the spring.", OCT, ("the spring", "DATE", "1990-SP")),
        ("The mill closed in the spring.", OCT, ("the spring", "DATE", "1989-SP")),
        ("Demand picks up in the spring.", datetime.date(1998, 2, 6), ("the spring", "DATE", "1998-SP")),
        ("The mill closed in the summer of 1987.", OCT, ("the summer of 1987", "DATE", "1987-SU")),
    ],
)
def test_the_season_is_the_nearest_one(text: str, dct: datetime.date, found: tuple[str, str, str]) -> None:
    assert values(text, "en", dct) == [found]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Les travaux du port de Lorvel reprendront à l'automne.", ("l'automne", "DATE", "1989-FA")),
        ("Les travaux du port de Lorvel reprendront au printemps.", ("printemps", "DATE", "1990-SP")),
        ("Au printemps, les crues ont ravagé Miravel.", ("printemps", "DATE", "1989-SP")),
        ("Les vendanges ont eu lieu au début de l'automne.", ("au début de l'automne", "DATE", "1989-FA")),
        # told in no tense, a season with its article is any year's: a habit
        ("L'été, Castelmar double sa population.", ("L'été", "DATE", "XXXX-SU")),
        ("Au printemps, la demande reprend.", ("printemps", "DATE", "XXXX-SP")),
    ],
)
def test_the_season_is_the_nearest_one_fr(text: str, found: tuple[str, str, str]) -> None:
    assert values(text, "fr", OCT) == [found]


def test_a_capitalised_season_inside_a_sentence_is_a_name_fr() -> None:
    """ "le Printemps arabe", "du Printemps français": movements, no time."""
    assert values("Le Printemps turc n'est pas le Printemps de Lorvel.", "fr", OCT) == []
    assert values("Printemps 2011 : la révolte gagne Valdoria.", "fr", OCT) == [
        ("Printemps 2011", "DATE", "2011-SP")
    ]


def test_a_season_without_determiner_stays_any_year() -> None:
    assert values("Sales of ice cream peak in summer.", "en", OCT) == [("summer", "DATE", "XXXX-SU")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pendant les mois d'été, le camping affiche complet.", ("les mois d'été", "DATE", "XXXX-SU")),
        ("Durant les mois d’hiver 1988, les stocks ont fondu.", ("les mois d’hiver 1988", "DATE", "1988-WI")),
        ("Au cours des mois d'automne, la production a chuté.", ("des mois d'automne", "DATE", "XXXX-FA")),
    ],
)
def test_the_months_of_a_season_are_the_season(text: str, expected: tuple[str, str, str]) -> None:
    """ "Les mois d'été": the season, its months said (not a count of months)."""
    assert values(text, "fr", OCT) == [expected]


def test_months_of_something_else_stay_a_count() -> None:
    assert values("Il a passé des mois de prison à Lorvel.", "fr", OCT) == [("des mois", "DURATION", "PXM")]


# --- "year-end", "fin d'année"; "coming weeks", "the weeks ahead" ---------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("The mill expects to sell its barges by year-end.", "en", ("year-end", "DATE", "1989", "END")),
        ("Hiring should resume by year's end.", "en", ("year's end", "DATE", "1989", "END")),
        ("Le chantier sera achevé en fin d'année.", "fr", ("fin d'année", "DATE", "1989", "END")),
        ("Le chantier a débuté en début d'année.", "fr", ("début d'année", "DATE", "1989", "START")),
        ("Ferry fares may fall in coming weeks.", "en", ("coming weeks", "DURATION", "PXW", "")),
        ("Ferry traffic could grow in the months ahead.", "en", ("the months ahead", "DURATION", "PXM", "")),
    ],
)
def test_year_end_and_the_weeks_ahead(text: str, lang: str, found: tuple[str, str, str, str]) -> None:
    assert [(t.text, t.type, t.value, t.mod) for t in tag(text, lang, OCT)] == [found]


@pytest.mark.parametrize(
    "text", ["The year-end dinner of the ferry crews was cancelled.", "Les primes de fin d'année baissent."]
)
def test_year_end_as_a_modifier_is_left_out(text: str) -> None:
    assert tag(text, "fr" if "primes" in text else "en", OCT) == []


def test_as_early_as_a_weekday_is_ahead() -> None:
    assert values("The ferry could sail as early as Tuesday.", "en", MON) == [
        ("Tuesday", "DATE", "1989-10-31")
    ]
    assert values("The ferry sailed on Tuesday.", "en", MON) == [("Tuesday", "DATE", "1989-10-24")]


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("The ferry will sail again the week of March 6.", "en", ("the week of March 6", "DATE", "1990-W10")),
        ("Le procès s'ouvrira la semaine du 6 mars.", "fr", ("la semaine du 6 mars", "DATE", "1990-W10")),
    ],
)
def test_the_week_of_a_day_is_that_week(text: str, lang: str, found: tuple[str, str, str]) -> None:
    assert values(text, lang, OCT) == [found]
