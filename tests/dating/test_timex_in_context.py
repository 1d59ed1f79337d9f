"""Time expressions whose reading depends on the words around them: a part of the day before its
weekday, plans told with "sont prévues", days counted from a year, live-blog stamps, rates, counts
and numbers that name. Own sentences, fixed creation dates."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag

FRI = datetime.date(2020, 1, 10)  # a Friday, ISO week 2020-W02
MON = datetime.date(2020, 1, 6)  # a Monday, ISO week 2020-W02


def read(text: str, lang: str, dct: datetime.date = FRI) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, lang, dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "En fin de journée mardi, le conseil municipal a voté.",
            [("En fin de journée", "TIME", "2020-01-07TEV"), ("mardi", "DATE", "2020-01-07")],
        ),
        (
            "Dans la soirée, mardi 7 janvier, le conseil a voté.",
            [("la soirée", "TIME", "2020-01-07TEV"), ("mardi 7 janvier", "DATE", "2020-01-07")],
        ),
        (
            "Le maire a parlé en fin de journée. Mardi, les élus ont voté.",
            [("en fin de journée", "TIME", "2020-01-10TEV"), ("Mardi", "DATE", "2020-01-07")],
        ),
    ],
)
def test_a_part_of_the_day_before_its_weekday_is_that_days(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "En fin de journée mardi": Tuesday's evening; across a sentence's end, no link."""
    assert read(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ce week-end, d'autres manifestations sont prévues à Ambrun.", "2020-W02-WE"),
        ("Ce week-end, des manifestations ont eu lieu à Ambrun.", "2020-W01-WE"),
        ("Vendredi, deux réunions sont prévues à Castelmar.", "2020-01-10"),
        ("Vendredi, les troupes sont parties de Castelmar.", "2020-01-03"),
        ("Le ferry va partir, censé arriver mercredi à Lorvel.", "2020-01-08"),
    ],
)
def test_plans_told_after_the_time_point_ahead(text: str, value: str) -> None:
    """ "sont prévues" after the time is a plan, though "sont" alone tells a past; "censé" a plan."""
    [found] = tag(text, "fr", MON)
    assert found.value == value


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "La fuite a commencé en 2009. Quinze jours plus tard, la société l'a reconnu.",
            "fr",
            [("2009", "2009"), ("Quinze jours plus tard", "2009-XX-XX")],
        ),
        (
            "La fuite a commencé en mars 2009. Trois semaines plus tard, la société l'a reconnu.",
            "fr",
            [("mars 2009", "2009-03"), ("Trois semaines plus tard", "2009-04")],
        ),
        (
            "La fuite a commencé en 2009. La semaine suivante, la société l'a reconnu.",
            "fr",
            [("2009", "2009"), ("La semaine suivante", "2009-WXX")],
        ),
        (
            "The leak began in 2009. Two months later, the company admitted it.",
            "en",
            [("2009", "2009"), ("Two months later", "2009-XX")],
        ),
        (
            "The leak began on March 3, 2009. Fifteen days later, the company admitted it.",
            "en",
            [("March 3, 2009", "2009-03-03"), ("Fifteen days later", "2009-03-18")],
        ),
    ],
)
def test_days_counted_from_a_year_stay_unknown_days_of_it(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    """Fifteen days after "2009" is some day of 2009, not 16 January: no day is made up."""
    assert [(t.text, t.value) for t in tag(text, lang, FRI)] == expected


def test_live_blog_stamps_are_the_pages_own_times() -> None:
    text = (
        "La réunion se tiendra mardi à Lorvel.\n\n"
        "14h30. Selon le ministre, les secours avancent.\n\n"
        "7 heures. Le préfet s'exprime.\n\n"
        "2h30 Le président de Norvasia a parlé.\n\n"
        "48 heures. C'est le délai fixé.\n\n"
        "Il a attendu 7 heures. Puis il est parti."
    )
    assert read(text, "fr") == [
        ("mardi", "DATE", "2020-01-14"),
        ("14h30", "TIME", "2020-01-10T14:30"),
        ("7 heures", "TIME", "2020-01-10T07:00"),
        ("2h30", "TIME", "2020-01-10T02:30"),
        ("48 heures", "DURATION", "PT48H"),
        ("7 heures", "DURATION", "PT7H"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The field produces 1.6 million barrels a day.", [("a day", "SET", "P1D")]),
        ("The mayor earns $150,000 a month.", [("a month", "SET", "P1M")]),
        ("She trains three times a week.", [("a week", "SET", "P1W")]),
        ("He left Miravel for a day.", [("a day", "DURATION", "P1D")]),
        ("The talks could last two days.", [("two days", "DURATION", "P2D")]),
        ("In the last two days, it rained.", [("the last two days", "DURATION", "P2D")]),
    ],
)
def test_rates_and_lasting(text: str, expected: list[tuple[str, str, str]]) -> None:
    """ "a day" after a quantity is a rate, as "per day" is; "last" after "could" is the verb."""
    assert read(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("A man in his 30s was arrested in Ambrun.", "en", []),
        ("In the 90s, Ambrun grew.", "en", ["199"]),
        ("Plus de 1150 officiers ont fait défection.", "fr", []),
        ("Les résolutions 1970 et 1973 du Conseil ont été votées.", "fr", []),
        ("En 1970 et 1973, il a voté.", "fr", ["1970", "1973"]),
        ("Vers 1990, il est parti.", "fr", ["1990"]),
        ("Flight 1549 landed at Miravel.", "en", []),
        ("More than 1500 people marched.", "en", []),
        ("Nos problèmes ne datent pas d'hier.", "fr", []),
    ],
)
def test_numbers_that_count_or_name_are_no_years(text: str, lang: str, expected: list[str]) -> None:
    """An age, a count after "plus de", a resolution's number, an idiom: no time."""
    assert [t.value for t in tag(text, lang, FRI)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Dans 48 heures, le scrutin de Valdoria sera clos.", "fr", [("Dans 48 heures", "2020-01-12")]),
        ("Il y a 36 heures, le ferry a quitté Lorvel.", "fr", [("Il y a 36 heures", "2020-01-09")]),
        ("Dans deux heures, le ferry part.", "fr", [("Dans deux heures", "2020-01-10")]),
        ("The ferry left Lorvel 72 hours ago.", "en", [("72 hours ago", "2020-01-07")]),
        ("Ces dernières heures, les combats ont repris.", "fr", [("Ces dernières heures", "PAST_REF")]),
    ],
)
def test_hours_counted_from_the_day_of_writing(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    """Hours ahead or back cross the whole days they span; fewer stay on the day of writing."""
    assert [(t.text, t.value) for t in tag(text, lang, FRI)] == expected


def test_a_part_of_the_day_told_in_the_past_is_not_ahead() -> None:
    """The evening after a day still ahead, told in the past, is the evening of the day of writing."""
    past = "Un sommet se tiendra vendredi à Lorvel. Dans la soirée, cette possibilité a été évoquée."
    ahead = "Un sommet se tiendra vendredi à Lorvel. Dans la soirée, les chefs dîneront ensemble."
    assert [t.value for t in tag(past, "fr", MON)] == ["2020-01-10", "2020-01-06TEV"]
    assert [t.value for t in tag(ahead, "fr", MON)] == ["2020-01-10", "2020-01-10TEV"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (  # a month or year that holds the day of writing keeps its day
            "This year the strike in Ambrun was the longest. Earlier in the day, unions met the mayor.",
            "en",
            [("This year", "2020"), ("Earlier in the day", "2020-01-10")],
        ),
        (  # what follows a day inside a year stays inside it, not on the day of writing
            "The leak began in 2009. Fifteen days later, at about 2 p.m., the firm admitted it. "
            "The next day, its head quit.",
            "en",
            [
                ("2009", "2009"),
                ("Fifteen days later", "2009-XX-XX"),
                ("about 2 p.m.", "2009-XX-XXT14:00"),
                ("The next day", "2009-XX-XX"),
            ],
        ),
        (  # the same day as a day ahead, told in the past, stays that day: only parts of days move
            "Un sommet se tiendra vendredi à Lorvel. Le même jour, une grève a été annoncée.",
            "fr",
            [("vendredi", "2020-01-10"), ("Le même jour", "2020-01-10")],
        ),
    ],
)
def test_days_inside_a_period_and_what_follows(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, lang, MON if lang == "fr" else FRI)] == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le ministère avait prévu d'envoyer mercredi une mission à Lorvel.", "2020-01-01"),
        ("L'étape de Lorvel, qui était prévue vendredi, est reportée.", "2020-01-10"),
        ("Vendredi, deux réunions sont également prévues à Lorvel.", "2020-01-10"),
    ],
)
def test_plans_of_the_past_and_adverbs(text: str, value: str) -> None:
    """ "avait prévu" is a plan of the past, "était prévue" may still be ahead; an adverb between
    "sont" and "prévues" keeps the plan."""
    [found] = tag(text, "fr", MON)
    assert found.value == value


@pytest.mark.parametrize(
    "text",
    [
        "Some 200 protesters spent a day in the square.",
        "Its 300 staff took a day off.",
        "NASHVILLE , Oct. 7 -- On a day when prices fell.",
        "At 14 he spent a year in Miravel.",
    ],
)
def test_a_day_beside_a_number_that_is_no_rate(text: str) -> None:
    assert [t.type for t in tag(text, "en", FRI) if t.text.lower().startswith("a ")] == ["DURATION"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The plan tracks trends up to 2020.", "en", ["2020"]),
        ("Oil prices soared in the 70s.", "en", ["197"]),
        ("The talks won't last two days.", "en", ["P2D"]),
        ("Nos problèmes ne datent pas d’hier.", "fr", []),
        ("Il ne se souvient pas d'hier soir.", "fr", ["2020-01-09TEV"]),
        (
            "Le maire s'est exprimé dans la soirée, mardi les élus voteront.",
            "fr",
            ["2020-01-10TEV", "2020-01-14"],
        ),
    ],
)
def test_review_cases(text: str, lang: str, expected: list[str]) -> None:
    """Bounds that are dates, decades near a price, contractions, idioms with ’, a day opening its clause."""
    assert [t.value for t in tag(text, lang, FRI)] == expected


def test_hours_in_words_after_a_wrapped_line_stay_hours() -> None:
    text = "Les sauveteurs ont travaillé pendant\n7 heures. Les victimes ont été évacuées."
    assert [(t.text, t.type) for t in tag(text, "fr", FRI)] == [("7 heures", "DURATION")]
