"""Dating through the story: events an undated article shares with dated ones (fictional texts)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from click.testing import CliRunner

from storyline.cli import main
from storyline.corpus.dating import STORY_YEAR, date_story, is_anchor, open_to_doubt
from storyline.dating.timex import tag
from storyline.model import TRUSTED_DAY, AnnotatedArticle, Article, Evidence, Mention, PubDate
from storyline.store.db import Store

DATED = (
    "Valdoria : le port de Kessel bombardé.\n"
    "Vendredi 28 février 2031, l'armée de Norvalie a bombardé le port de Kessel, tuant le général "
    "Anton Marek et le colonel Ilse Varga, chef des milices du Nord.\n"
    "Le gouvernement de Valdoria a promis une réponse."
)
UNDATED = (
    "Le Parlement de Valdoria vote le départ des troupes.\n"
    "Le Parlement de Valdoria a voté dimanche une résolution exigeant le départ des troupes étrangères.\n"
    "Ce vote survient après le bombardement mené vendredi dans le port de Kessel par la Norvalie, qui a tué "
    "le général Anton Marek et le colonel Ilse Varga.\n"
    "Les députés ont applaudi le président de séance."
)


def _member(article_id: str, text: str, pub: PubDate) -> AnnotatedArticle:
    art = Article(article_id, f"{article_id}.txt", article_id, text, "fr", pub)
    return AnnotatedArticle(
        art, timexes=tuple(tag(text, "fr", pub.value if pub.granularity == "day" else None))
    )


def _page_dated(day: date) -> PubDate:
    return PubDate(day, "day", 0.8, (Evidence("publication line", day.isoformat(), "text"),))


def test_an_article_with_only_weekdays_is_dated_through_a_shared_event():
    found = date_story(
        [_member("a", DATED, _page_dated(date(2031, 3, 1))), _member("b", UNDATED, PubDate.unknown())]
    )
    assert [r.article for r in found] == ["b"]
    pub = found[0].published
    # The strike of Friday 28 February is told in both; Sunday is the one Sunday of the week after it.
    assert (pub.iso, pub.granularity) == ("2031-03-02", "day")
    shared = next(e for e in pub.evidence if e.kind == "event shared with a dated article")
    assert shared.where == "corpus" and "2031-02-28" in shared.text and "a" in shared.text
    assert UNDATED[shared.start : shared.end] == "vendredi"
    # A guess: the same people are in the news on many Fridays. It lends no event to others and
    # resolves none of its own text's relative dates.
    assert 0 < pub.confidence < TRUSTED_DAY and pub.day is None and not is_anchor(pub)


def test_unrelated_sentences_on_the_same_weekday_date_nothing():
    other = "Le festival de Brenmoor a ouvert vendredi ses portes à des milliers de visiteurs venus de loin."
    found = date_story(
        [_member("a", DATED, _page_dated(date(2031, 3, 1))), _member("b", other, PubDate.unknown())]
    )
    assert found == []


def test_a_stated_date_is_never_overridden():
    stated = PubDate(date(2031, 2, 20), "day", 1.0, (Evidence("input", "2031-02-20", "input"),))
    found = date_story([_member("a", DATED, _page_dated(date(2031, 3, 1))), _member("b", UNDATED, stated)])
    assert found == []


def test_a_page_date_before_an_event_the_text_reports_is_overridden():
    wrong = PubDate(
        date(2030, 1, 2), "day", 0.8, (Evidence("date line (removed line)", "2 janvier 2030", "furniture"),)
    )
    member = _member("a", DATED, wrong)
    found = date_story([member, _member("b", UNDATED, PubDate.unknown())])
    redated = {r.article: r.published for r in found}
    assert "a" in redated
    assert redated["a"].value is None or redated["a"].value >= date(2031, 2, 28)
    assert any(e.kind == "contradicted by the text" and "2030-01-02" in e.text for e in redated["a"].evidence)


def test_a_weekday_year_left_open_is_chosen_by_the_story():
    ambiguous = PubDate.unknown(
        (Evidence("ambiguous year", "the weekday fits 2020-03-01, 2031-03-01", "text", weight=0.0),)
    )
    found = date_story(
        [
            _member("a", DATED, _page_dated(date(2031, 3, 1))),
            _member("c", DATED.replace("Kessel", "Orsk"), _page_dated(date(2031, 3, 4))),
            _member("b", "Le ministre a parlé samedi 1er mars devant la presse de Valdoria.", ambiguous),
        ]
    )
    pub = {r.article: r.published for r in found}["b"]
    assert pub.iso == "2031-03-01" and any(e.kind == "fits its story" for e in pub.evidence)


def _with_names(m: AnnotatedArticle, names: dict[str, tuple[str, str]]) -> AnnotatedArticle:
    """The member with mentions of each spelling in ``names``, named and labelled as entity
    resolution would (``{spelling: (entity name, label)}``)."""
    text = m.article.text
    found = []
    for spelling, (name, label) in names.items():
        start = text.find(spelling)
        while start >= 0:
            found.append(Mention(start, start + len(spelling), name, label))
            start = text.find(spelling, start + 1)
    return replace(m, mentions=tuple(sorted(found, key=lambda x: x.start)))


PLACES = {"Kessel": ("Kessel", "LOC"), "Norvalie": ("Norvalie", "LOC")}
STRIKE = (
    "Vendredi 28 février 2031, une frappe aérienne de la Norvalie sur les docks du port de Kessel a coûté "
    "la vie au général Anton Marek et au colonel Ilse Varga, tous deux vétérans respectés de nombreuses "
    "campagnes menées depuis trois décennies dans les montagnes orientales du pays."
)
WEAK_MONDAY = (
    "Valdoria : le ministre dément.\n"
    "Ce lundi 3 mars, le ministre de Valdoria a démenti tout départ des troupes.\n"
    "La Norvalie avait bombardé vendredi le port de Kessel, où sont morts Antoun Marik et Ilsa Warga, "
    "selon un communiqué lu à la radio nationale par une porte-parole émue.\n"
    "Le premier bilan faisait état de dégâts importants dans la ville."
)


def test_a_neighbour_from_another_story_chooses_the_year_the_weekday_left_open():
    # 3 March is a Monday in 2031 and in 2036: the strike told by a dated article of another story
    # picks 2031. The two tell it in other words and spell the names otherwise; entity resolution
    # has named both people alike, and two people plus a place tie the sentences.
    weak = PubDate(
        date(2036, 3, 3),
        "day",
        0.3,
        (
            Evidence("weekday and date", "Ce lundi 3 mars", "text"),
            Evidence("ambiguous year", "the weekday also fits 2031-03-03", "text", weight=0.0),
        ),
    )
    people = {"Antoun Marik": ("Anton Marek", "PER"), "Ilsa Warga": ("Ilse Varga", "PER")}
    member = _with_names(_member("b", WEAK_MONDAY, weak), people | PLACES)
    people = {"Anton Marek": ("Anton Marek", "PER"), "Ilse Varga": ("Ilse Varga", "PER")}
    neighbour = _with_names(_member("a", STRIKE, _page_dated(date(2031, 3, 1))), people | PLACES)
    assert date_story([member]) == []  # alone, nothing tells the years apart
    found = date_story([member], neighbours=[neighbour])
    assert [r.article for r in found] == ["b"]
    pub = found[0].published
    assert (pub.iso, pub.granularity) == ("2031-03-03", "day") and pub.confidence < 0.9
    kinds = {e.kind for e in pub.evidence}
    assert {"event shared with a dated article", "year chosen by a shared event"} <= kinds
    # Places alone would not do it: the same sentences without the people tie nothing.
    unnamed = date_story([_with_names(member, PLACES)], neighbours=[_with_names(neighbour, PLACES)])
    assert unnamed == []


def test_a_neighbour_is_never_redated():
    wrong = PubDate(date(2030, 1, 2), "day", 0.8, (Evidence("publication line", "2030-01-02", "text"),))
    found = date_story([_member("b", UNDATED, PubDate.unknown())], neighbours=[_member("a", DATED, wrong)])
    assert all(r.article == "b" for r in found)


def test_a_year_is_not_contradicted_by_an_event_within_it():
    year = PubDate(date(2031, 1, 1), "year", 0.6, (Evidence("year", "2031", "corpus"),))
    found = date_story([_member("a", DATED, _page_dated(date(2031, 3, 1))), _member("b", DATED, year)])
    assert all(e.kind != "contradicted by the text" for r in found for e in r.published.evidence)


def test_a_day_counted_from_today_does_not_contradict_the_date_it_was_counted_from():
    # "le surlendemain" counts from "aujourd'hui" (the publication day) in a quotation: two days
    # after the publication date, but it says nothing about that date.
    text = (
        "Valdoria : les berbères manifestent à Kessel.\n"
        "« Aujourd'hui, nous avons besoin de nos milices », dit le conseiller Anton Marek.\n"
        "Les militants ont organisé le surlendemain une imposante manifestation sur le port de Kessel."
    )
    found = date_story([_member("a", text, _page_dated(date(2031, 3, 1)))])
    assert all(e.kind != "contradicted by the text" for r in found for e in r.published.evidence)


def test_a_day_counted_from_a_stated_date_still_bounds_the_article():
    text = (
        "Valdoria : le bilan de la conférence de Kessel.\n"
        "La conférence s'est ouverte le 26 février 2031 dans le port de Kessel.\n"
        "Les militants ont organisé le surlendemain une imposante manifestation sur le port."
    )
    # Published the day before the conference, by its page: the march two days after it says no.
    wrong = PubDate(date(2031, 2, 25), "day", 0.8, (Evidence("publication line", "2031-02-25", "text"),))
    found = date_story([_member("a", text, wrong)])
    assert any(e.kind == "contradicted by the text" for r in found for e in r.published.evidence)


def _write_pair(folder) -> None:
    """A dated article and one dated only through it, as files (years before the machine's clock:
    dates after today are refused; 28 February 2020 is a Friday)."""
    dated = DATED.replace("2031", "2020")
    (folder / "a.txt").write_text(
        "Le port de Kessel bombardé\nPublié le 29 février 2020 à 09h00\n"
        + dated
        + "\n"
        + dated.split("\n")[1],
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(UNDATED + "\n" + UNDATED.split("\n")[2], encoding="utf-8")


def _pair_build(tmp_path) -> tuple[list[str], str]:
    """The arguments of `storyline build` over the pair of articles, and the store's path."""
    (tmp_path / "in").mkdir()
    _write_pair(tmp_path / "in")
    db = str(tmp_path / "s.db")
    return ["build", "-q", "--db", db, str(tmp_path / "in")], db


def test_an_article_redated_to_a_guess_has_its_relative_dates_unresolved(tmp_path):
    # b's page stamps an edit on 2 January 2020, before the strike its text reports: the stamp
    # is overridden, and the Sunday the shared strike gives is a guess that resolves nothing.
    build, db = _pair_build(tmp_path)
    b = tmp_path / "in" / "b.txt"
    stamped = "Le Parlement vote\nMis à jour le 2 janvier 2020 à 10h42\n" + b.read_text(encoding="utf-8")
    b.write_text(stamped, encoding="utf-8")
    assert CliRunner().invoke(main, build).exit_code == 0
    store = Store.open(db)
    [b_id] = [x.id for x in store.articles() if x.path.endswith("b.txt")]
    [stored] = store.annotated([b_id])
    pub = stored.article.published
    assert pub.iso == "2020-03-01" and pub.confidence < TRUSTED_DAY
    told = {t.text: t.value for t in stored.timexes}
    assert told["dimanche"] == "XXXX-WXX-7" and told["vendredi"] == "XXXX-WXX-5"


def test_a_guess_from_a_shared_week_is_not_taken_for_a_year_its_weekday_allowed(tmp_path):
    # b also recalls "samedi 1er juin" (a Saturday in 2019, 2024…): the Sunday its shared strike
    # gives is no year of that pair's, and stays a guess.
    build, db = _pair_build(tmp_path)
    b = tmp_path / "in" / "b.txt"
    recalled = "\nLe samedi 1er juin, le ministre avait annoncé un premier retrait partiel des troupes."
    b.write_text(b.read_text(encoding="utf-8") + recalled, encoding="utf-8")
    assert CliRunner().invoke(main, build).exit_code == 0
    store = Store.open(db)
    [pub] = [x.published for x in store.articles() if x.path.endswith("b.txt")]
    assert pub.iso == "2020-03-01" and pub.confidence < TRUSTED_DAY
    assert not any(e.kind == "year chosen by a shared event" for e in pub.evidence)


def _stop(*args, **kwargs):
    raise KeyboardInterrupt


def test_storyline_dates_reads_the_files_as_one_corpus(tmp_path):
    _write_pair(tmp_path)
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["dates", "--format", "jsonl", "-q", str(tmp_path)])
    assert result.exit_code == 0, result.output
    records = {r["path"].rsplit("/", 1)[-1]: r for r in map(json.loads, result.stdout.splitlines())}
    assert set(records) == {"a.txt", "b.txt", "empty.txt"}
    assert records["a.txt"]["date"] == "2020-02-29" and records["a.txt"]["granularity"] == "day"
    assert records["b.txt"]["date"] == "2020-03-01"
    assert any(e["where"] == "corpus" for e in records["b.txt"]["evidence"])
    assert records["empty.txt"]["date"] is None and records["empty.txt"]["error"]


def test_a_story_spans_the_dates_its_articles_got_through_it(tmp_path):
    build, db = _pair_build(tmp_path)
    assert CliRunner().invoke(main, build).exit_code == 0
    result = CliRunner().invoke(main, ["stories", "--db", db, "--format", "json"])
    [story] = json.loads(result.stdout)
    assert (story["start"], story["end"]) == ("2020-02-29", "2020-03-01")  # b's Sunday, found after


def test_a_build_stopped_before_corpus_dating_leaves_it_to_the_next(tmp_path, monkeypatch):
    from storyline import pipeline
    from storyline.store import Store

    build, db = _pair_build(tmp_path)
    with monkeypatch.context() as patch:
        patch.setattr(pipeline, "resolve_entities", _stop)  # stops after the stories, before dating
        assert CliRunner().invoke(main, build).exit_code != 0
    store = Store.open(db)
    assert len(store.awaiting_corpus_dating()) == 2
    assert CliRunner().invoke(main, build).exit_code == 0
    dates = {a.path.rsplit("/", 1)[-1]: a.published for a in store.articles()}
    assert dates["b.txt"].iso == "2020-03-01" and store.awaiting_corpus_dating() == []


def test_an_older_store_marks_its_articles_outside_any_story_for_corpus_dating(tmp_path, monkeypatch):
    import sqlite3

    from storyline import pipeline
    from storyline.store import Store

    build, db = _pair_build(tmp_path)
    with monkeypatch.context() as patch:
        patch.setattr(pipeline, "run_phase2", _stop)  # stored, never clustered nor dated
        CliRunner().invoke(main, build)
    con = sqlite3.connect(db)  # as a store from before the marks
    con.execute("DELETE FROM corpus_dating_pending")
    con.execute("UPDATE store_info SET value = '6' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    assert len(Store.open(db).awaiting_corpus_dating()) == 2  # marked on upgrade
    assert CliRunner().invoke(main, build).exit_code == 0
    dates = {a.path.rsplit("/", 1)[-1]: a.published.iso for a in Store.open(db).articles()}
    assert dates["b.txt"] == "2020-03-01"


def test_a_story_that_cannot_be_dated_stops_neither_the_build_nor_the_next(tmp_path, monkeypatch, caplog):
    from storyline import pipeline
    from storyline.store import Store

    build, db = _pair_build(tmp_path)

    def broken(*args, **kwargs):
        raise ValueError("bad member")

    with monkeypatch.context() as patch:
        patch.setattr(pipeline, "_date_members", broken)
        result = CliRunner().invoke(main, build)
    assert result.exit_code == 0
    assert "could not be dated through its events" in caplog.text and "bad member" in caplog.text
    assert Store.open(db).awaiting_corpus_dating() == []  # seen: not tried again at every build


def test_a_weekday_year_its_story_contradicts_is_replaced_or_kept_as_a_guess():
    # Friday 28 February falls in 2031 and in 2042; a sidebar naming 2040 put the floor there,
    # so the page alone read 2042. The story's firmly dated articles are of March 2031.
    text = "Le ministre a parlé vendredi 28 février devant la presse de Valdoria."
    far = PubDate(
        date(2042, 2, 28),
        "day",
        0.6,
        (
            Evidence("weekday and date", "vendredi 28 février", "text"),
            Evidence("years named in the text", "latest year named: 2040", "text"),
            Evidence("earlier years", "before the latest year named, it fits 2031-02-28", "text"),
        ),
    )
    story = [
        _member("a", DATED, _page_dated(date(2031, 3, 1))),
        _member("c", DATED.replace("Kessel", "Orsk"), _page_dated(date(2031, 3, 4))),
    ]
    found = {r.article: r.published for r in date_story(story + [_member("b", text, far)])}
    assert found["b"].iso == "2031-02-28" and any(e.kind == "fits its story" for e in found["b"].evidence)
    # Without another year the pair allows, the date stays but as a guess that lends nothing.
    alone = PubDate(far.value, "day", 0.6, far.evidence[:2])
    guess = {r.article: r.published for r in date_story(story + [_member("b", text, alone)])}["b"]
    assert guess.iso == "2042-02-28" and guess.confidence <= 0.3 and guess.day is None
    assert guess.evidence[-1].kind == "far from its story"


def test_a_day_named_far_ahead_of_its_article_lends_no_event():
    # The dated article announces the strike for a Friday weeks ahead: a plan, not an event to anchor on.
    ahead = DATED.replace("Vendredi 28 février 2031, l'armée", "Vendredi 28 février 2031, l'armée devrait")
    found = date_story(
        [_member("a", ahead, _page_dated(date(2031, 1, 2))), _member("b", UNDATED, PubDate.unknown())]
    )
    assert found == []


def test_a_weekday_that_fits_events_weeks_apart_as_well_stays_unanchored():
    again = DATED.replace("Vendredi 28 février 2031", "Vendredi 4 avril 2031")
    found = date_story(
        [
            _member("a", DATED, _page_dated(date(2031, 3, 1))),
            _member("c", again, _page_dated(date(2031, 4, 5))),
            _member("b", UNDATED, PubDate.unknown()),
        ]
    )
    # No day: only the year both dated articles share.
    assert [(r.article, r.published.iso, r.published.granularity) for r in found] == [("b", "2031", "year")]


FESTIVAL = "Le festival de Brenmoor a ouvert vendredi ses portes à des milliers de visiteurs venus de loin."


def _story_of_two(second: date) -> list[AnnotatedArticle]:
    return [
        _member("a", DATED, _page_dated(date(2031, 3, 1))),
        _member("c", DATED.replace("Kessel", "Orsk"), _page_dated(second)),
    ]


def _story_year_of(text: str, second: date, pub: PubDate | None = None) -> PubDate | None:
    found = date_story(_story_of_two(second) + [_member("b", text, pub or PubDate.unknown())])
    return {r.article: r.published for r in found}.get("b")


def test_an_undated_article_gets_the_one_year_its_dated_story_spans():
    pub = _story_year_of(FESTIVAL, date(2031, 6, 4))
    assert pub is not None and (pub.iso, pub.granularity) == ("2031", "year")
    assert pub.day is None  # a year resolves no "vendredi"
    ev = pub.evidence[0]  # shown first, as why
    assert ev.kind == STORY_YEAR and ev.where == "corpus"
    assert "2031-03-01" in ev.text and "2031-06-04" in ev.text


def test_no_year_from_a_story_spanning_two_years_nor_for_an_article_telling_of_a_later_one():
    assert _story_year_of(FESTIVAL, date(2032, 1, 5)) is None
    assert _story_year_of(FESTIVAL + " Il était déjà venu en 2033.", date(2031, 6, 4)) is None
    planned = _story_year_of(FESTIVAL + " Il reviendra en 2033.", date(2031, 6, 4))  # a plan, not a past
    assert planned is not None and planned.iso == "2031"


def test_a_story_year_is_withdrawn_when_the_story_no_longer_fits_one_year():
    given = _story_year_of(FESTIVAL, date(2031, 6, 4))
    assert given is not None
    again = _story_year_of(FESTIVAL, date(2032, 1, 5), given)
    assert again is not None and again.granularity == "unknown"
    assert not any(e.kind == STORY_YEAR for e in again.evidence)
    assert _story_year_of(FESTIVAL, date(2031, 6, 4), given) is None  # as it stood: nothing to change


def test_a_story_year_gives_way_to_the_day_a_shared_event_fixes():
    year = PubDate(date(2031, 1, 1), "year", 0.6, (Evidence(STORY_YEAR, "its story's year", "corpus"),))
    pub = _story_year_of(UNDATED, date(2031, 3, 4), year)
    assert pub is not None and (pub.iso, pub.granularity) == ("2031-03-02", "day")


def test_no_story_year_for_an_article_a_shared_event_places_in_a_later_year_and_no_churn():
    story = [
        _member("a", FESTIVAL.replace("vendredi", "le 1er mars 2031"), _page_dated(date(2031, 3, 1))),
        _member("c", FESTIVAL.replace("vendredi", "le 4 juin 2031"), _page_dated(date(2031, 6, 4))),
    ]
    told = (
        "l'armée de Norvalie a bombardé le port de Kessel, tuant le général Anton Marek "
        "et le colonel Ilse Varga, chef des milices du Nord."
    )
    neighbour = _member("n", "Le 5 mars 2032, " + told, _page_dated(date(2032, 3, 6)))
    undated = _member("b", "Le 5 mars, " + told, PubDate.unknown())
    [found] = date_story(story + [undated], [neighbour])
    pub = found.published
    assert pub.granularity == "unknown" and not any(e.kind == STORY_YEAR for e in pub.evidence)
    assert any(e.kind == "lower bound" and "2032-03-05" in e.text for e in pub.evidence)
    # Read again in a later build, nothing new is said: no redating, no evidence piling up.
    again = replace(undated, article=replace(undated.article, published=pub))
    assert date_story(story + [again], [neighbour]) == []


def test_a_copy_of_a_dated_article_does_not_count_again_for_the_story_s_year():
    story = [
        _member("a", DATED, _page_dated(date(2031, 3, 1))),
        _member("a2", DATED + " Fin.", _page_dated(date(2031, 3, 1))),  # the wire copy of a
        _member("b", FESTIVAL, PubDate.unknown()),
    ]
    assert date_story(story, copies={"a2"}) == []
    assert [r.published.iso for r in date_story(story)] == ["2031"]


RECALLED = (
    "Valdoria : dix ans de crise.\n"
    "Depuis la chute du régime, le 4 mars 2017, le général Anton Marek et le colonel Ilse Varga "
    "se disputent le port de Kessel.\n"
    "Les habitants attendent toujours la paix."
)


def _recalled_date(confidence: float = 0.25) -> PubDate:
    ev = Evidence("date near the top", "le 4 mars 2017", "text", 50, 64)
    return PubDate(date(2017, 3, 4), "day", confidence, (ev,))


def _named_alike(days: list[date]) -> list[AnnotatedArticle]:
    text = "Le général Anton Marek et le colonel Ilse Varga ont visité le port de Kessel."
    return [_member(f"n{i}", text, _page_dated(d)) for i, d in enumerate(days)]


def test_a_weak_date_far_from_every_article_naming_the_same_people_is_kept_as_a_doubt():
    neighbours = _named_alike([date(2019, 3, 1), date(2019, 5, 2), date(2020, 1, 9)])
    member = _member("b", RECALLED, _recalled_date())
    sharing = {"b": [n.article.id for n in neighbours]}
    [found] = date_story([member], neighbours, sharing=sharing)
    pub = found.published
    # The text recalled the day; the articles naming the same people came out two years later.
    assert (pub.iso, pub.granularity) == ("2017-03-04", "day") and pub.confidence < 0.2
    doubt = pub.evidence[0]  # shown first, as why
    assert doubt.kind == "far from articles naming the same people" and doubt.where == "corpus"
    assert "2019-03-01" in doubt.text and "2020-01-09" in doubt.text and "727 days" in doubt.text
    assert doubt.text.endswith("its confidence was 0.25") and doubt.weight == 0.0
    # Read again in a later build: nothing new, no evidence piling up.
    again = replace(member, article=replace(member.article, published=pub))
    assert date_story([again], neighbours, sharing=sharing) == []
    # Once an article naming the same people is dated within the year, the doubt is withdrawn.
    near = _named_alike([date(2017, 11, 20)])
    near = [replace(n, article=replace(n.article, id="n9")) for n in near]
    [lifted] = date_story([again], neighbours + near, sharing={"b": sharing["b"] + ["n9"]})
    assert lifted.published == _recalled_date()


def test_a_weak_date_is_not_doubted_near_one_such_article_nor_by_too_few_nor_when_firm():
    member = _member("b", RECALLED, _recalled_date())
    near = _named_alike([date(2019, 3, 1), date(2019, 5, 2), date(2017, 11, 20)])  # one within the year
    assert date_story([member], near, sharing={"b": [n.article.id for n in near]}) == []
    two = _named_alike([date(2019, 3, 1), date(2019, 5, 2)])
    assert date_story([member], two, sharing={"b": [n.article.id for n in two]}) == []
    far = _named_alike([date(2019, 3, 1), date(2019, 5, 2), date(2020, 1, 9)])
    firm = _member("b", RECALLED, _recalled_date(0.8))
    assert date_story([firm], far, sharing={"b": [n.article.id for n in far]}) == []
    # Members of its own story count like neighbours; guesses among them do not.
    story = _named_alike([date(2019, 3, 1), date(2019, 5, 2), date(2020, 1, 9)])
    guessed = [
        replace(m, article=replace(m.article, published=replace(m.article.published, confidence=0.3)))
        for m in story
    ]
    assert date_story([member, *guessed], sharing={"b": ["n0", "n1", "n2"]}) == []
    [found] = date_story([member, *story], sharing={"b": ["n0", "n1", "n2"]})
    assert found.article == "b" and found.published.confidence < 0.2


def test_storyline_dates_doubts_a_recalled_date_far_from_the_articles_naming_the_same_people(tmp_path):
    told = [  # three different articles, not copies of one
        ("1er mars 2019", "ont lancé une offensive contre le port de Kessel. Les habitants ont fui."),
        ("2 mai 2019", "ont signé une trêve fragile à Brenmoor, sous l'égide de l'Union des ports."),
        ("9 janvier 2020", "se sont rencontrés à huis clos pour parler du partage des revenus du port."),
    ]
    for i, (day, what) in enumerate(told):
        (tmp_path / f"n{i}.txt").write_text(
            f"Valdoria, épisode {i}.\nPublié le {day} à 10h12\n"
            f"Le général Anton Marek et le colonel Ilse Varga {what}\n"
            "La presse de Valdoria en a longuement rendu compte le lendemain.",
            encoding="utf-8",
        )
    (tmp_path / "b.txt").write_text(RECALLED, encoding="utf-8")
    result = CliRunner().invoke(main, ["dates", "--format", "jsonl", "-q", str(tmp_path)])
    assert result.exit_code == 0, result.output
    records = {r["path"].rsplit("/", 1)[-1]: r for r in map(json.loads, result.stdout.splitlines())}
    assert [records[f"n{i}.txt"]["confidence"] >= 0.5 for i in range(3)] == [True] * 3
    b = records["b.txt"]
    assert b["date"] == "2017-03-04" and b["confidence"] < 0.2
    assert any(e["kind"] == "far from articles naming the same people" for e in b["evidence"])


def test_a_doubt_reads_a_year_as_its_whole_span_and_counts_neither_the_article_nor_copies():
    far = _named_alike([date(2019, 3, 1), date(2019, 5, 2), date(2020, 1, 9)])
    ids = [n.article.id for n in far]
    year = PubDate(date(2017, 1, 1), "year", 0.3, (Evidence("date near the top", "2017", "text"),))
    [found] = date_story([_member("b", RECALLED, year)], far, sharing={"b": ids})
    assert found.published.confidence < 0.2
    close = PubDate(date(2018, 1, 1), "year", 0.3, (Evidence("date near the top", "2018", "text"),))
    assert date_story([_member("b", RECALLED, close)], far, sharing={"b": ids}) == []  # 2 months
    member = _member("b", RECALLED, _recalled_date())
    # itself and two copies of one article are no three articles naming the same people
    story = [member, *_named_alike([date(2019, 3, 1)] * 3)]
    assert date_story(story, sharing={"b": ["b", "n0", "n1", "n2"]}, copies={"n1", "n2"}) == []


def test_a_weekday_date_its_story_turns_into_a_guess_is_doubted_in_the_same_pass():
    far = _named_alike([date(2031, 3, 1), date(2031, 3, 3), date(2031, 3, 6)])
    pair = Evidence("weekday and date", "lundi 3 mars", "text")
    weak = PubDate(date(2042, 3, 3), "day", 0.6, (pair,))  # 3 March 2042 is a Monday too
    member = _member("b", RECALLED.replace("4 mars 2017", "lundi 3 mars"), weak)
    found = date_story([member, *far], sharing={"b": [n.article.id for n in far]})
    pub = {r.article: r.published for r in found}["b"]
    kinds = [e.kind for e in pub.evidence]
    assert pub.confidence < 0.2 and kinds[0] == "far from articles naming the same people"
    assert "far from its story" in kinds


def test_the_dates_open_to_doubt_are_the_weak_ones_and_those_a_weekday_alone_gave():
    pair = PubDate(date(2042, 3, 3), "day", 0.6, (Evidence("weekday and date", "lundi 3 mars", "text"),))
    assert open_to_doubt(pair) and open_to_doubt(_recalled_date()) and open_to_doubt(PubDate.unknown())
    assert not open_to_doubt(_page_dated(date(2019, 3, 1)))
