"""Tense read within its clause: a comma and "and", "but", "while" ("et", "mais") open another clause
whose verb does not tell the time before them; "is going to" tells a plan; a past participle used as
an adjective a determiner away from the reach of the tense reader; "the weekend" told in no tense is
the nearer one; a condition set off by commas after a day opening its sentence is skipped
("Samedi, si …, la police interviendra")."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag

THU = datetime.date(2024, 3, 14)  # a Thursday
MON = datetime.date(2024, 3, 18)  # a Monday


def tagged(text: str, lang: str, dct: datetime.date = THU) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, lang, dct)]


@pytest.mark.parametrize(
    ("text", "lang", "dct", "expected"),
    [
        # the future after ", and" is another clause's: the failed procedure tells the weekend gone
        (
            "Crews used mud during the failed procedure over the weekend, and the new effort will re-use it.",
            "en",
            THU,
            [("the weekend", "DATE", "2024-W10-WE")],
        ),
        # the past after ", et" is another clause's; after a comma alone it tells the time (said)
        (
            "La visite du chantier de Port-Aven en avril, et la mairie a indiqué qu'elle était satisfaite.",
            "fr",
            THU,
            [("avril", "DATE", "2024-04")],
        ),
        ("La visite du chantier en avril, a indiqué la mairie.", "fr", THU, [("avril", "DATE", "2023-04")]),
        # a time opening its sentence keeps the main clause's verb
        (
            "The failed procedure over the weekend, crews will re-use some of the mud.",
            "en",
            THU,
            [("the weekend", "DATE", "2024-W11-WE")],
        ),
    ],
)
def test_another_clause_after_a_comma_and_a_coordinator(
    text: str, lang: str, dct: datetime.date, expected: list[tuple[str, str, str]]
) -> None:
    assert tagged(text, lang, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mayor Brel is going to step down in September.", [("September", "DATE", "2024-09")]),
        ("They're going to vote on Monday.", [("Monday", "DATE", "2024-03-18")]),
        # "going to" a place is a plan too; "going to the" is no phrase of it
        ("He is going to Valcourt on Monday.", [("Monday", "DATE", "2024-03-18")]),
        ("The mayor is going to the market on Monday.", [("Monday", "DATE", "2024-03-11")]),
    ],
)
def test_is_going_to_tells_a_plan(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, "en") == expected


def test_a_participle_as_adjective_with_its_determiner_past_the_tense_readers_reach() -> None:
    text = "Crews are reeling from the failed attempt to seal the leaking dam over the weekend."
    assert tagged(text, "en") == [("the weekend", "DATE", "2024-W10-WE")]
    # no participle, nothing tells: written on a Thursday, the coming weekend
    text = "Crews are reeling from the attempt to seal the leaking dam over the weekend."
    assert tagged(text, "en") == [("the weekend", "DATE", "2024-W11-WE")]


@pytest.mark.parametrize(
    ("text", "lang", "dct", "expected"),
    [
        # told in no tense on a Monday, the weekend just gone
        ("Les inondations dans la vieille ville de Port-Aven pendant le week-end.", "fr", MON, "2024-W11-WE"),
        ("Heavy rain over the old town of Port-Aven over the weekend.", "en", MON, "2024-W11-WE"),
        # on a Thursday, the coming one; "this weekend" stays the week's own; a future tells the coming one
        ("Heavy rain over the old town of Port-Aven over the weekend.", "en", THU, "2024-W11-WE"),
        ("Heavy rain over the old town of Port-Aven this weekend.", "en", MON, "2024-W12-WE"),
        ("The town will reopen the beach over the weekend.", "en", MON, "2024-W12-WE"),
    ],
)
def test_the_weekend_told_in_no_tense_is_the_nearer_one(
    text: str, lang: str, dct: datetime.date, expected: str
) -> None:
    assert [t.value for t in tag(text, lang, dct)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "voilà / il y a" a count "que" a clause: how long it has lasted
        ("Voilà trois ans que le maire refuse de démissionner.", [("trois ans", "DURATION", "P3Y")]),
        ("Il y a des mois que les pêcheurs de Port-Aven attendent.", [("des mois", "DURATION", "PXM")]),
        ("Le maire a démissionné voilà trois ans.", [("voilà trois ans", "DATE", "2021")]),
        # "allait" and an infinitive: a future seen from the past, as the conditional
        (
            "Le ministre a précisé qu'il allait se rendre lundi à Port-Aven.",
            [("lundi", "DATE", "2024-03-18")],
        ),
        # "d'ici" before a weekday says it ahead whatever the sentence tells
        ("La digue devait être réparée d'ici dimanche.", [("dimanche", "DATE", "2024-03-17")]),
        # "un jour" between a verb and its object is some day; after a preposition, a day's length
        (
            "Ils espèrent que la Syldavie soit un jour un pays libre.",
            [("un jour", "DATE", "FUTURE_REF")],
        ),
        ("Elle avait rencontré un jour le roi de Syldavie.", [("un jour", "DATE", "PAST_REF")]),
        ("Pendant un jour les habitants ont attendu.", [("un jour", "DURATION", "P1D")]),
        ("Il a attendu un jour le verdict.", [("un jour", "DURATION", "P1D")]),
        # units in the plural with a word that counts them ahead or back: many, no one of them
        ("Les mois à venir seront décisifs pour Port-Aven.", [("Les mois à venir", "DATE", "FUTURE_REF")]),
        ("Les semaines à venir seront décisives.", [("Les semaines à venir", "DATE", "FUTURE_REF")]),
        ("Le mois à venir sera décisif.", [("Le mois à venir", "DATE", "2024-04")]),
    ],
)
def test_french_lengths_plans_and_some_days(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "plan" and "hopes" after a determiner are nouns: the verb tells the time
        ("The lenders rejected a plan in April.", [("April", "DATE", "2023-04")]),
        ("The Coast Guard abandoned a plan Wednesday.", [("Wednesday", "DATE", "2024-03-13")]),
        # "a plan to" still tells one
        (
            "Brel is pressing ahead with his plan to hold a referendum on Sunday.",
            [("Sunday", "DATE", "2024-03-17")],
        ),
        # a count with its unit in capitals names a war, no length
        ("Bordurie lost the Six Day War of 1967 against its neighbours.", [("1967", "DATE", "1967")]),
        ("The treaty ended the Thirty Years War in the old duchy.", []),
        # hours after a clock's minutes, or four digits of a clock, are a time of day
        ("Gas entered the riser at about 21:38 hours.", [("about 21:38", "TIME", "2024-03-14T21:38")]),
        ("The patrol left the camp at 0600 hours.", [("0600 hours", "TIME", "2024-03-14T06:00")]),
        ("Volunteers logged 1000 hours of work.", [("1000 hours", "DURATION", "PT1000H")]),
        # after a verb of saying, "that" before a weekday's possessive opens what was said
        ("Brel said that Friday's vote was delayed.", [("Friday", "DATE", "2024-03-08")]),
        ("Brel demanded that Friday's vote be delayed.", [("Friday", "DATE", "2024-03-08")]),
        ("Brel said that Friday was a good day.", [("that Friday", "DATE", "2024-03-15")]),
        # right after a verb of saying, the time is the saying's, not the reported clause's
        (
            "The riots prompted Brel to say Tuesday he would not run again.",
            [("Tuesday", "DATE", "2024-03-12")],
        ),
        ("Brel will say Tuesday he would not run again.", [("Tuesday", "DATE", "2024-03-19")]),
    ],
)
def test_english_plan_nouns_war_names_clocks_in_hours_and_that_clauses(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert tagged(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "the year" with its article alone is the earlier year just told, in its sentence
        (
            "En 2019, un scénario similaire se déroule en Bordurie à la fin de l'année.",
            "fr",
            [("2019", "DATE", "2019"), ("à la fin de l'année", "DATE", "2019")],
        ),
        (
            "In 1992, the year the mayor of Valcourt was defeated, the port closed.",
            "en",
            [("1992", "DATE", "1992"), ("the year", "DATE", "1992")],
        ),
        # or by a day of the sentence before that sets the scene
        (
            "Syldavia's elections took place on October 23, 2019. Bordurie followed at the end of the year.",
            "en",
            [("October 23, 2019", "DATE", "2019-10-23"), ("at the end of the year", "DATE", "2019")],
        ),
        # no year told, or told in the future: the year of writing's
        (
            "Le maire de Valcourt a démissionné à la fin de l'année.",
            "fr",
            [("à la fin de l'année", "DATE", "2023")],
        ),
        (
            "In 2019, the mayor resigned. He will leave at the end of the year.",
            "en",
            [("2019", "DATE", "2019"), ("at the end of the year", "DATE", "2024")],
        ),
    ],
)
def test_the_year_with_its_article_is_the_year_just_told(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert tagged(text, lang, datetime.date(2024, 1, 15)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a day word right before its date, with or without a comma, is that date
        ("L'état d'urgence à Valcourt se termine demain le 30 mars.", "fr", "2024-03-30"),
        ("L'état d'urgence à Valcourt se termine demain, le 30 mars.", "fr", "2024-03-30"),
        ("The curfew in Valcourt ends tomorrow March 30.", "en", "2024-03-30"),
        # apart from it, the day after the writing
        ("Le couvre-feu se termine demain. Il avait commencé le 30 mars.", "fr", "2024-04-09"),
    ],
)
def test_a_day_word_right_before_its_date(text: str, lang: str, expected: str) -> None:
    assert tag(text, lang, datetime.date(2024, 4, 8))[0].value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count back with "this week", "this month", "today": the writing's, that many units back
        (
            "The assault on Valcourt four years ago this week shocked the world.",
            [("four years ago this week", "2001-W37")],
        ),
        ("The port closed ten years ago this month.", [("ten years ago this month", "1995-09")]),
        ("The mayor resigned two years ago today.", [("two years ago today", "2003-09-12")]),
        (
            "The mayor resigned two years ago. Today the port is open.",
            [("two years ago", "2003"), ("Today", "2005-09-12")],
        ),
    ],
)
def test_an_anniversary_of_the_writing(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, "en", datetime.date(2005, 9, 12))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the day of" an event is that event's day, and a clock on it is not the writing's
        (
            "Mayor Brel was given a sedative at 10.40 am on the day of his death.",
            [("10.40 am", "TIME", "XXXX-XX-XXT10:40"), ("the day", "DATE", "XXXX-XX-XX")],
        ),
        ("The polls closed on the day of March 3.", [("the day of March 3", "DATE", "2011-03-03")]),
        # "the day" alone says no day
        ("It was the day the music died in Valcourt.", []),
    ],
)
def test_the_day_of_an_event(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, "en", datetime.date(2011, 9, 28)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count in words before a plural and "a day" makes a rate
        ("The ferry to Port-Aven makes four trips a day.", [("a day", "SET", "P1D")]),
        # how often, with its prefix
        (
            "The council publishes half-yearly reports and bi-weekly bulletins.",
            [("half-yearly", "SET", "P6M"), ("bi-weekly", "SET", "P2W")],
        ),
        # a holiday before "Island" names a place; "all the year round" is always, no year
        ("The crew sailed from Easter Island to Christmas Island.", []),
        ("The cafe in Valcourt is open all the year round.", []),
        # a weekday after an indefinite article and before a pronoun is one of many
        (
            "If I rang your doorbell on a Sunday morning you would be annoyed.",
            [("Sunday morning", "TIME", "XXXX-WXX-7TMO")],
        ),
    ],
)
def test_rates_names_and_weekdays_of_many(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, "en", datetime.date(2011, 2, 13)) == expected


def test_the_weekend_told_ahead_on_a_sunday_is_the_next() -> None:
    sunday = datetime.date(2011, 2, 13)
    assert tag("The park will be closed over the weekend.", "en", sunday)[0].value == "2011-W07-WE"
    assert tag("The park was busy over the weekend.", "en", sunday)[0].value == "2011-W06-WE"


def test_a_weekday_pointed_at_and_a_date_in_square_brackets() -> None:
    text = "Le lundi 4 février 2019, le maire de Valcourt a démissionné. Ce jeudi-là, il a quitté la ville."
    assert tagged(text, "fr")[1] == ("Ce jeudi-là", "DATE", "2019-02-07")
    assert tagged("Ce jeudi-ci, il pleut sur Valcourt.", "fr") == [("Ce jeudi-ci", "DATE", "2024-03-14")]
    text = "Le maire a annoncé aujourd'hui [14 mars 2024] sa démission."
    assert tagged(text, "fr", datetime.date(2024, 3, 15))[0] == ("aujourd'hui", "DATE", "2024-03-14")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a small hour in the sentence after an evening or a night is the morning after
        (
            "Mardi soir, les pêcheurs se sont rassemblés. Vers 2h du matin, la police les a dispersés.",
            "fr",
            "2024-03-13T02:00",
        ),
        (
            "On Tuesday night, fishermen gathered in Port-Aven. At about 2 a.m., police dispersed them.",
            "en",
            "2024-03-13T02:00",
        ),
        # an evening hour stays on that evening's day
        (
            "Mardi soir, les pêcheurs se sont rassemblés. Vers 23 heures, la police les a dispersés.",
            "fr",
            "2024-03-12T23:00",
        ),
    ],
)
def test_a_small_hour_after_a_night_told_before(text: str, lang: str, expected: str) -> None:
    assert tag(text, lang, THU)[1].value == expected


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        # a condition set off by commas after an opening day: the main clause's verb tells the time
        ("Samedi, si les grévistes sont toujours là, la police interviendra.", "fr", "2024-03-16"),
        ("On Saturday, if no deal has been reached, the police will move in.", "en", "2024-03-16"),
        ("Samedi, si la mairie a bien reçu la lettre, elle n'a pas répondu.", "fr", "2024-03-09"),
        ("Samedi, au cas où aucun accord n'est signé, la police interviendra.", "fr", "2024-03-16"),
    ],
)
def test_condition_after_an_opening_day(text: str, lang: str, value: str) -> None:
    assert [t.value for t in tag(text, lang, THU)] == [value]
