"""A clock time and the part of the day said with it ("10 heures du soir", "at 11 last night"), a night
just gone ("cette nuit", "overnight"), a span of weekdays from the day of writing ("la nuit de mercredi
à jeudi") and live-blog stamps set off by a no-break space. Own sentences, fixed creation dates."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag
from storyline.dating.timex_calendar import hour_in_part

WED = datetime.date(2020, 1, 8)  # a Wednesday


def read(text: str, lang: str, dct: datetime.date = WED) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, lang, dct)]


@pytest.mark.parametrize(
    ("hour", "part", "expected"),
    [(5, "AF", 17), (12, "AF", 12), (9, "EV", 21), (10, "NI", 22), (2, "NI", 2), (12, "NI", 0), (8, "MO", 8)],
)
def test_an_hour_is_placed_in_the_part_of_the_day_said_with_it(hour: int, part: str, expected: int) -> None:
    assert hour_in_part(hour, part) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Il est arrivé à 10 heures du soir.", "fr", [("10 heures du soir", "TIME", "2020-01-08T22:00")]),
        (
            "Il est reparti vers 3 heures de l'après-midi.",
            "fr",
            [("vers 3 heures de l'après-midi", "TIME", "2020-01-08T15:00")],
        ),
        (
            "Vers 2 heures du matin, les tirs ont cessé.",
            "fr",
            [("Vers 2 heures du matin", "TIME", "2020-01-08T02:00")],
        ),
        (
            "Hier soir à 8 heures, le cortège est parti.",
            "fr",
            [("Hier soir", "TIME", "2020-01-07TEV"), ("8 heures", "TIME", "2020-01-07T20:00")],
        ),
        (
            "Samedi soir, vers 9 heures, la police est intervenue.",
            "fr",
            [("Samedi soir", "TIME", "2020-01-04TEV"), ("vers 9 heures", "TIME", "2020-01-04T21:00")],
        ),
        (
            "Ce soir à 20 heures, il parlera.",
            "fr",
            [("Ce soir", "TIME", "2020-01-08TEV"), ("20 heures", "TIME", "2020-01-08T20:00")],
        ),
        (
            "The sequence ends at 3 o'clock in the afternoon.",
            "en",
            [("3 o'clock in the afternoon", "TIME", "2020-01-08T15:00")],
        ),
        (
            "He woke at three o'clock in the morning.",
            "en",
            [("three o'clock in the morning", "TIME", "2020-01-08T03:00")],
        ),
        (
            "Just before 9 o'clock last night, the lights went out.",
            "en",
            [("9 o'clock last night", "TIME", "2020-01-07T21:00")],
        ),
        (
            "It was Sunday afternoon, around 4 o'clock.",
            "en",
            [("Sunday afternoon, around 4 o'clock", "TIME", "2020-01-05T16:00")],
        ),
        ("He said it is 11:00 at night in Ambrun.", "en", [("11:00 at night", "TIME", "2020-01-08T23:00")]),
        (
            "The council of Miravel meets at 4:15 this afternoon.",
            "en",
            [("4:15 this afternoon", "TIME", "2020-01-08T16:15")],
        ),
        (
            "By 7:30 o'clock the square in Lorvel was full.",
            "en",
            [("7:30 o'clock", "TIME", "2020-01-08T07:30")],
        ),
        (
            "At 10 p.m. last night, the rockets hit.",
            "en",
            [("10 p.m. last night", "TIME", "2020-01-07T22:00")],
        ),
    ],
)
def test_a_clock_time_takes_the_part_of_the_day_said_with_it(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "du soir", "in the afternoon", "last night" beside a 12-hour clock place its hour; a 24-hour
    clock ("20 heures") and an hour with "a.m."/"p.m." keep theirs."""
    assert read(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The blast came at 2 o'clock last night.",
            "en",
            ("2 o'clock last night", "TIME", "2020-01-08T02:00"),
        ),
        ("He will leave at 1 o'clock tonight.", "en", ("1 o'clock tonight", "TIME", "2020-01-09T01:00")),
        (
            "Cette nuit vers 2 heures, des roquettes ont frappé la base.",
            "fr",
            ("vers 2 heures", "TIME", "2020-01-08T02:00"),
        ),
    ],
)
def test_the_small_hours_of_a_night_are_on_the_next_days_date(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    """ "At 2 o'clock last night" is two in the morning of the day after the night's evening."""
    assert expected in read(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Ils travaillent 14 heures du matin au soir, six jours sur sept.",
        "Les bénévoles ont trié les dons pendant 3 heures de la nuit.",
    ],
)
def test_hours_counted_before_a_part_of_the_day_stay_a_duration(text: str) -> None:
    """ "Du matin au soir" is all day, "pendant" counts: hours, no time of day."""
    assert read(text, "fr")[0][1] == "DURATION"


def test_hours_said_with_their_part_of_the_day_are_a_time() -> None:
    """ "Il était 2 heures du matin": a time of day, with no "à" before it."""
    assert read("Il était 2 heures du matin quand les chars sont entrés.", "fr") == [
        ("2 heures du matin", "TIME", "2020-01-08T02:00")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("His father will leave at 4 in the morning.", [("4 in the morning", "TIME", "2020-01-08T04:00")]),
        ("He arrived at 9 in the evening.", [("9 in the evening", "TIME", "2020-01-08T21:00")]),
        # before a day's own word, or after a word that counts, the number is a count
        ("The death toll stood at 9 this morning.", [("this morning", "TIME", "2020-01-08TMO")]),
        ("He scored 11 in the evening session.", []),
        (
            "We heard shelling at around 9 in the morning.",
            [("around 9 in the morning", "TIME", "2020-01-08T09:00")],
        ),
        ("The toll rose to about 7 last night.", [("last night", "TIME", "2020-01-07TNI")]),
        ("Stocks fell by 3 this morning.", [("this morning", "TIME", "2020-01-08TMO")]),
    ],
)
def test_an_hour_without_a_clock_word_is_a_time_before_a_part_of_the_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "at 9 in the evening": the hour after "at" and before the part of the day; not a count."""
    assert read(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Cette nuit, des roquettes ont frappé la base.", "fr", "2020-01-07TNI"),
        ("Réuni en urgence cette nuit à Lorvel, le conseil a souhaité un dialogue.", "fr", "2020-01-07TNI"),
        ("Le vote aura lieu cette nuit.", "fr", "2020-01-08TNI"),
        ("Rockets hit the base overnight, officials said.", "en", "2020-01-07TNI"),
        ("Overnight, the ministry said it was examining the case.", "en", "2020-01-07TNI"),
        ("The storm will move through overnight.", "en", "2020-01-08TNI"),
        # a negated verb that tells no change, or a change not denied, leaves the night a night
        ("The hospital did not admit him overnight.", "en", "2020-01-07TNI"),
        ("Clashes happened overnight near the port of Castelmar.", "en", "2020-01-07TNI"),
        ("Officials did not know what happened overnight.", "en", "2020-01-07TNI"),
        ("Temperatures did not fall overnight in Lorvel.", "en", "2020-01-07TNI"),
        ("No arrests were made overnight.", "en", "2020-01-07TNI"),
    ],
)
def test_a_night_told_in_the_past_is_the_night_just_gone(text: str, lang: str, value: str) -> None:
    """Said on Wednesday, "cette nuit, des roquettes ont frappé" is the night from Tuesday; ahead, tonight."""
    (night,) = tag(text, lang, WED)
    assert (night.type, night.value) == ("TIME", value)


def test_what_follows_a_night_just_gone_is_on_the_day_of_writing() -> None:
    """The night just gone ends on the day of writing: "at noon" after it is that day's."""
    assert read("Rockets hit the base overnight. At noon, the crowd gathered.", "en") == [
        ("overnight", "TIME", "2020-01-07TNI"),
        ("noon", "TIME", "2020-01-08T12:00"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "It doesn't happen overnight, Vasseur says.",
        "Revolutions do not happen overnight.",
        "We can't change that overnight either.",
        "The firm vanished virtually overnight in a panic.",
        "Things haven't changed overnight in Miravel.",
        "It's not going to happen overnight.",
        "But that won't change the military balance overnight.",
    ],
)
def test_overnight_as_a_figure_of_speed_is_no_time(text: str) -> None:
    assert tag(text, "en", WED) == []


def test_overnight_before_a_weekday_is_that_days_night() -> None:
    assert read("Overnight Saturday into Sunday, an attack hit the embassy.", "en")[0] == (
        "Overnight",
        "TIME",
        "2020-01-04TNI",
    )


@pytest.mark.parametrize(
    ("text", "lang", "second"),
    [
        ("Dans la nuit de mercredi à jeudi, des roquettes ont frappé la base.", "fr", "2020-01-09"),
        ("Un couvre-feu a été imposé de mercredi soir à jeudi matin.", "fr", "2020-01-09TMO"),
        ("A curfew was imposed from 6 p.m. Wednesday to 6 a.m. Thursday.", "en", "2020-01-09T06:00"),
        ("A flood warning was issued from Wednesday until Friday evening.", "en", "2020-01-10TEV"),
        # a span that opens before the day of writing ends after its opening day too
        ("The Lorvel fair ran from Tuesday to Thursday.", "en", "2020-01-09"),
        # told in the past, not past the day after the day of writing: the end stays
        ("The Varnac fair ran from Monday to Saturday.", "en", "2020-01-04"),
        ("Le salon de Miravel s'est tenu de mardi à jeudi.", "fr", "2020-01-09"),
        # a span whose days both lie before the day of writing keeps them
        ("She attended school from Friday to Monday.", "en", "2020-01-06"),
        # "overnight" told in the past counts what follows from the day of writing, but opens no span
        ("Rebels reinforced their positions overnight into Tuesday.", "en", "2020-01-07"),
    ],
)
def test_a_span_ends_after_the_day_that_opens_it(text: str, lang: str, second: str) -> None:
    """Told in the past on a Wednesday, "de mercredi à jeudi" ends on the Thursday after (a creation
    date a day early), "a warning issued from Wednesday until Friday" on the Friday to come, "ran from
    Tuesday to Thursday" on the Thursday after that Tuesday; but "ran from Monday to Saturday" not
    ahead of the day of writing."""
    days = [t.value for t in tag(text, lang, WED) if t.value.startswith("2020-01")]
    assert days[-1] == second


def test_a_live_blog_stamp_set_off_by_a_no_break_space_is_on_the_pages_day() -> None:
    """ "23h10.\u00a0Une explosion …": an entry's stamp, not a time on the day the entry names."""
    text = (
        "Le fil des événements de jeudi :\n\n"
        "23h10.\u00a0Une explosion a été entendue lundi près du port de Castelmar.\n\n"
        "22h45.\u202fLe gouvernement de Valdoria annonce un couvre-feu."
    )
    stamps = [(t.text, t.value) for t in tag(text, "fr", datetime.date(2020, 1, 9)) if t.type == "TIME"]
    assert stamps == [("23h10", "2020-01-09T23:10"), ("22h45", "2020-01-09T22:45")]


@pytest.mark.parametrize(
    ("text", "lang", "clock"),
    [
        # a clock told after the named night or evening, in the same sentence
        ("The explosion shook Miravel on Saturday night, at 2 o'clock.", "en", "2020-01-05T02:00"),
        ("The vote was counted Saturday night, at 11:30.", "en", "2020-01-04T23:30"),
        ("L'explosion a eu lieu samedi soir, vers 1 heure.", "fr", "2020-01-05T01:00"),
        ("Le cortège est parti samedi soir, vers 9 heures.", "fr", "2020-01-04T21:00"),
        # past midnight after an evening is the next day's
        ("Le film est diffusé ce soir à 00 h 10.", "fr", "2020-01-09T00:10"),
        ("Samedi soir, vers minuit, la police est intervenue.", "fr", "2020-01-04T24:00"),
        ("Samedi soir, la fête a duré jusqu'à 3 heures du matin.", "fr", "2020-01-05T03:00"),
        # a clock far on in the sentence is not placed in the evening
        ("Samedi soir, le maire a rappelé que la mairie ouvre à 8 heures.", "fr", "2020-01-04T08:00"),
        # a night named in another sentence does not move the clock
        (
            "The explosion shook Miravel on Saturday night. At 2 o'clock, police arrived.",
            "en",
            "2020-01-04T02:00",
        ),
    ],
)
def test_a_clock_after_a_named_night_is_placed_in_it(text: str, lang: str, clock: str) -> None:
    times = [t.value for t in tag(text, lang, WED) if "T" in t.value and ":" in t.value]
    assert times == [clock]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hours in words are times of day where digits would be
        (
            "À sept heures du matin, les gendarmes sont arrivés à Lorvel.",
            [("sept heures du matin", "TIME", "2020-01-08T07:00")],
        ),
        (
            "Vers huit heures et demie, le cortège s'est ébranlé.",
            [("Vers huit heures et demie", "TIME", "2020-01-08T08:30")],
        ),
        (
            "Vers 8 heures et demie, le cortège s'est ébranlé.",
            [("Vers 8 heures et demie", "TIME", "2020-01-08T08:30")],
        ),
        ("Il était midi et quart quand le maire est sorti.", [("midi et quart", "TIME", "2020-01-08T12:15")]),
        (
            "À sept heures moins le quart, l'alerte a sonné.",
            [("sept heures moins le quart", "TIME", "2020-01-08T06:45")],
        ),
        # counted hours stay durations
        ("Le cortège a marché pendant huit heures.", [("huit heures", "DURATION", "PT8H")]),
        ("Il a dormi deux heures et demie.", [("deux heures et demie", "DURATION", "PT2H30M")]),
        ("Depuis trois heures, les secours cherchent.", [("trois heures", "DURATION", "PT3H")]),
        # hours followed by what they count or how far
        ("Après 8 heures de négociations, un accord a été trouvé.", [("8 heures", "DURATION", "PT8H")]),
        ("Le village est à trois heures de route de Castelmar.", [("trois heures", "DURATION", "PT3H")]),
        (
            "Le préfet a été nommé à vingt-quatre heures du scrutin.",
            [("vingt-quatre heures", "DURATION", "PT24H")],
        ),
        ("Après huit heures d'attente, les passagers ont embarqué.", [("huit heures", "DURATION", "PT8H")]),
        # "de" that counts nothing: a place it leaves, a determiner
        ("Le convoi est parti à 8 heures de l'aéroport.", [("8 heures", "TIME", "2020-01-08T08:00")]),
        (
            "À 20 heures de nombreux habitants étaient rassemblés.",
            [("20 heures", "TIME", "2020-01-08T20:00")],
        ),
        # midnight less a quarter, "et demi" after midi, "depuis" with a part of the day
        (
            "Le courant a été coupé à minuit moins le quart.",
            [("minuit moins le quart", "TIME", "2020-01-08T23:45")],
        ),
        ("Vers midi et demi, le cortège est arrivé.", [("Vers midi et demi", "TIME", "2020-01-08T12:30")]),
        (
            "Depuis cinq heures du matin, les secours cherchent.",
            [("cinq heures du matin", "TIME", "2020-01-08T05:00")],
        ),
        ("Il est rentré à 3 heures du soir.", [("3 heures du soir", "TIME", "2020-01-08T15:00")]),
    ],
)
def test_hours_in_words_and_their_minutes(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert read(text, "fr") == expected


def test_a_live_blogs_stamps_are_not_put_on_a_captions_day() -> None:
    """A photo caption "(Un navire de Castelmar, le 21 mars)" is a short line but no heading: the
    entries after it stay on the page's day."""
    text = (
        "Le direct de mercredi\n\n12h15. Le maire de Lorvel a parlé.\n\n"
        "(Un navire de Castelmar, le 21 mars)\n\n11h30. Le conseil de Miravel se réunit."
    )
    stamps = [(t.text, t.value) for t in tag(text, "fr", datetime.date(2011, 3, 23)) if t.type == "TIME"]
    assert stamps == [("12h15", "2011-03-23T12:15"), ("11h30", "2011-03-23T11:30")]


def test_hours_opening_an_entry_without_a_mark_are_its_stamp() -> None:
    text = (
        "Le direct\n\n23 heures La ministre de Lorvel annonce un plan.\n\n"
        "10 heures de négociations ont suivi."
    )
    found = [(t.text, t.type) for t in tag(text, "fr", datetime.date(2011, 3, 23))]
    assert found == [("23 heures", "TIME"), ("10 heures", "DURATION")]


def _stamps(text: str, lang: str) -> list[str]:
    return [t.value for t in tag(text, lang, datetime.date(2011, 3, 23)) if t.type == "TIME"]


def test_a_blog_newest_first_steps_back_a_day_past_midnight() -> None:
    text = (
        "Le direct\n\n1h15. Le maire de Lorvel a parlé.\n\n0h30. Le conseil de Miravel se réunit.\n\n"
        "23h30. Les ministres arrivent à Castelmar.\n\n22 heures. Le préfet parle.\n\n"
        "21 heures. La séance s'ouvre."
    )
    # the longest run between midnights keeps the page's day; the entries past midnight are the next
    assert _stamps(text, "fr") == [
        "2011-03-24T01:15",
        "2011-03-24T00:30",
        "2011-03-23T23:30",
        "2011-03-23T22:00",
        "2011-03-23T21:00",
    ]


def test_a_blog_oldest_first_steps_on_a_day_past_midnight() -> None:
    text = (
        "Live\n\n22:15 The mayor of Lorvel spoke.\n\n23:40 The council of Miravel met.\n\n"
        "00:20 Ministers arrived in Castelmar.\n\n01:05 The prefect spoke."
    )
    days = ["2011-03-23T22:15", "2011-03-23T23:40", "2011-03-24T00:20", "2011-03-24T01:05"]
    assert _stamps(text, "en") == days


def test_a_blog_with_a_gap_the_way_its_clocks_run_stays_on_its_day() -> None:
    text = (
        "Live\n\n20:15 The mayor of Lorvel spoke.\n\n07:40 The council of Miravel met.\n\n"
        "06:20 Ministers arrived."
    )
    assert _stamps(text, "en") == ["2011-03-23T20:15", "2011-03-23T07:40", "2011-03-23T06:20"]


def test_a_blog_crossing_midnight_at_its_first_step() -> None:
    text = (
        "Le direct\n\n0h30. Le maire de Lorvel parle.\n\n23h30. Le conseil se réunit.\n\n"
        "23 heures. Les ministres arrivent.\n\n22h10. Le préfet parle."
    )
    assert _stamps(text, "fr") == [
        "2011-03-24T00:30",
        "2011-03-23T23:30",
        "2011-03-23T23:00",
        "2011-03-23T22:10",
    ]


def test_a_blog_under_a_day_heading_keeps_its_first_entry_on_that_day() -> None:
    text = (
        "Le fil\n\nMardi 22 mars\n\n23h40. Le maire de Miravel parle.\n\n0h20. Le conseil se réunit.\n\n"
        "1h10. Les ministres arrivent."
    )
    assert _stamps(text, "fr") == ["2011-03-22T23:40", "2011-03-23T00:20", "2011-03-23T01:10"]


def test_a_blog_past_midnight_at_the_calendars_start_does_not_fail() -> None:
    # the longest run, after midnight, keeps the page's day; the entry before it has no day before
    text = "Live\n\n23:40 The mayor spoke.\n\n00:20 The council met.\n\n01:05 Ministers left.\n\n01:30 Done."
    assert [t.value for t in tag(text, "en", datetime.date(1, 1, 1))][0] == "0001-01-01T23:40"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La maire d'Ambrun l'a annoncé mardi au journal de 20 heures de Canal Lorvel.",
            [("mardi", "DATE", "2020-01-07"), ("20 heures", "TIME", "2020-01-07T20:00")],
        ),
        ("Dans le 13 heures de Radio Orvanne, il a répondu.", [("13 heures", "TIME", "2020-01-08T13:00")]),
        # a count of hours stays one
        ("Le pêcheur a dérivé 20 heures avant d'être secouru.", [("20 heures", "DURATION", "PT20H")]),
        ("Après 20 heures de recherches, il a été retrouvé.", [("20 heures", "DURATION", "PT20H")]),
        # after an article alone, an hour in words still counts ("au" for "aux")
        ("Elle pense au dix-huit heures passées en mer.", [("dix-huit heures", "DURATION", "PT18H")]),
    ],
)
def test_a_news_show_named_by_its_hour_is_a_time_of_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert read(text, "fr") == expected
