"""Story clustering: articles of one story together, other stories apart, incrementally."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from storyline.corpus.related import name_key, related_stories
from storyline.corpus.stories import Clusterer, StoryDoc, period_factor, story_doc, time_factor
from storyline.corpus.terms import article_terms, capitalised_names, fold, word_spellings
from storyline.model import AnnotatedArticle, Article, Mention, PubDate, StorySummary
from tests.corpus.story_texts import BRIDGE, BRIDGE_EN, FESTIVAL

DAY = date(2024, 3, 14)


def doc(article_id: str, text: str, lang: str = "fr", day: date | None = DAY, copy_of: str | None = None):
    names = capitalised_names(text)
    terms = article_terms(text, lang, names)
    return StoryDoc(article_id, lang, day, terms, Counter(names), copy_of, None, word_spellings(text, terms))


def corpus() -> list[StoryDoc]:
    docs = [doc(f"b{i}", t, day=DAY + timedelta(days=3 * i)) for i, t in enumerate(BRIDGE)]
    docs += [doc(f"f{i}", t, day=DAY + timedelta(days=2 * i)) for i, t in enumerate(FESTIVAL)]
    docs += [doc(f"e{i}", t, "en", DAY + timedelta(days=4 * i)) for i, t in enumerate(BRIDGE_EN)]
    return docs


def groups(c: Clusterer, ids) -> set[frozenset[str]]:
    out: dict[int, set[str]] = {}
    for article_id in ids:
        out.setdefault(c.story_of(article_id), set()).add(article_id)
    return {frozenset(v) for v in out.values()}


def test_each_story_gets_its_articles_and_languages_stay_apart():
    docs = corpus()
    c = Clusterer()
    assignments = c.add(docs)
    assert {a.article for a in assignments} == {d.id for d in docs}
    assert groups(c, [d.id for d in docs]) == {
        frozenset({"b0", "b1", "b2"}),
        frozenset({"f0", "f1", "f2"}),
        frozenset({"e0", "e1"}),
    }
    assert {c.stories[c.story_of("e0")].lang, c.stories[c.story_of("b0")].lang} == {"en", "fr"}


def test_adding_later_articles_reuses_the_stories_without_recomputing():
    docs = corpus()
    c = Clusterer()
    c.add(docs[:2] + docs[3:5])
    before = {d.id: c.story_of(d.id) for d in docs[:2] + docs[3:5]}
    later = c.add([docs[2], docs[5]])
    assert {a.article: a.story for a in later} == {"b2": before["b0"], "f2": before["f0"]}
    assert all(a.reason == "joined" for a in later)
    assert {d.id: c.story_of(d.id) for d in docs[:2] + docs[3:5]} == before


def test_a_copy_joins_its_originals_story_and_counts_once():
    c = Clusterer()
    c.add([doc("b0", BRIDGE[0]), doc("f0", FESTIVAL[0])])
    story = c.stories[c.story_of("b0")]
    centroid, size = dict(story.centroid), story.size
    [a] = c.add([doc("copy", FESTIVAL[0], copy_of="b0")])  # whatever its text, it follows its original
    assert (a.story, a.reason) == (story.id, "copy")
    assert story.centroid == centroid and story.size == size + 1
    assert c.ndocs["fr"] == 2  # the copy does not count in the document frequencies


def test_the_label_names_the_story():
    c = Clusterer()
    c.add([doc(f"b{i}", t) for i, t in enumerate(BRIDGE)])
    label = c.stories[c.story_of("b0")].label()
    assert "Odile Ferrand" in label or "Port-Vallon" in label
    assert "merle" in fold(label)


def test_a_name_and_its_part_are_one_name_in_the_label():
    from storyline.corpus.stories import _distinct_names

    ranked = ["Ferrand", "Port-Vallon", "Odile Ferrand", "Ferrand", "Merle", "Conseil"]
    assert _distinct_names(ranked, 3) == ["Odile Ferrand", "Port-Vallon", "Merle"]
    # a place's description is not its fuller name
    ranked = ["Port-Vallon", "pont de Port-Vallon", "Merle", "Port-Vallon Infos et Services", "Conseil"]
    assert _distinct_names(ranked, 3) == ["Port-Vallon", "Merle", "Conseil"]
    assert _distinct_names(["#PontVallon Twitter", "#PontVallon", "Twitter", "Merle"], 2) == [
        "#PontVallon Twitter",
        "Merle",
    ]


def test_the_label_writes_its_words_as_the_articles_do():
    c = Clusterer()
    day = PubDate(DAY, "day", 0.9)
    arts = [Article(f"b{i}", f"b{i}.txt", f"h{i}", t, "fr", day) for i, t in enumerate(BRIDGE)]
    c.add([story_doc(AnnotatedArticle(a), None, ner=False) for a in arts])
    label = c.stories[c.story_of("b0")].label()
    words = label.split(" — ")[-1].split(", ")
    written = " ".join(BRIDGE).lower()
    assert words and all(w in written for w in words)
    assert any(not w.isascii() for w in words), label  # "ingénieurs", not "ingenieurs"


def test_spellings_take_the_accented_form_even_when_capitals_drop_it():
    text = "L'ETAT paie. Un Etat de droit, dit-il ; l'État, l'état des lieux. Le pont rouvre."
    assert word_spellings(text, {"etat", "pont"}) == {"etat": ("état", 2), "pont": ("pont", 1)}
    met = "Il a rencontré le maire. La rencontre, une rencontre utile."  # two words, one key
    assert word_spellings(met, {"rencontre"}) == {"rencontre": ("rencontre", 2)}
    assert word_spellings("Force est de constater. Il est forcé.", {"force"}) == {"force": ("force", 1)}


def test_a_story_shows_the_form_most_of_its_articles_write():
    c = Clusterer()
    first = "Le maire a rencontré les pêcheurs du port de Vallis. " * 3
    rest = ["La rencontre entre le maire et les pêcheurs du port de Vallis a duré. La rencontre reprend."] * 4
    c.add([doc(f"r{i}", t) for i, t in enumerate([first, *rest])])
    story = c.stories[c.story_of("r0")]
    assert story.spellings["rencontre"][0] == "rencontre"  # 8 writings against 3
    assert story.spellings["pecheurs"][0] == "pêcheurs"


def test_the_date_span_covers_the_articles():
    c = Clusterer()
    c.add([doc("b0", BRIDGE[0], day=date(2024, 3, 14)), doc("b1", BRIDGE[1], day=date(2024, 3, 20))])
    story = c.stories[c.story_of("b0")]
    assert (story.start, story.end) == (date(2024, 3, 14), date(2024, 3, 20))


def test_time_lowers_the_score_far_outside_a_storys_span_only():
    start, end = date(2024, 3, 1), date(2024, 3, 31)
    assert time_factor(date(2024, 3, 15), start, end) == 1.0
    assert time_factor(date(2024, 4, 20), start, end) == 1.0  # within the grace period
    assert 0 < time_factor(date(2025, 3, 1), start, end) < time_factor(date(2024, 7, 1), start, end) < 1
    assert time_factor(None, start, end) == 1.0


def test_two_fragments_of_one_story_are_merged():
    c = Clusterer()
    # Far apart in time, the second telling opens its own story; once both grow, they merge.
    c.add([doc("b0", BRIDGE[0], day=date(2024, 1, 1))])
    c.add([doc("b2", BRIDGE[2], day=date(2024, 1, 2)), doc("b1", BRIDGE[1], day=date(2024, 1, 3))])
    assert len({c.story_of(x) for x in ("b0", "b1", "b2")}) == 1


def test_story_doc_uses_the_ner_mentions_when_there_are_some():
    text = BRIDGE[0]
    start = text.index("Odile Ferrand")
    art = Article("a", "a.txt", "h", text, "fr", PubDate(DAY, "day", 1.0))
    item = AnnotatedArticle(art, mentions=(Mention(start, start + 13, "Odile Ferrand", "PER"),))
    d = story_doc(item, None, ner=True)
    assert d.names == Counter({"Odile Ferrand": 1})
    assert d.terms["@odile ferrand"] == 1 and d.day == DAY
    undated = AnnotatedArticle(Article("b", "b.txt", "h2", text, "fr", PubDate.unknown()))
    assert story_doc(undated, "a", ner=False).day is None


def test_an_article_dated_to_the_year_is_compared_by_its_whole_year():
    # Known only to 2024: compared with a story of the autumn by the whole year, not by 1 January
    # (the value a year is stored as).
    known = PubDate(date(2024, 1, 1), "year", 0.6)
    d = story_doc(AnnotatedArticle(Article("y", "y.txt", "hy", BRIDGE[1], "fr", known)), None, ner=False)
    assert d.period == (date(2024, 1, 1), date(2024, 12, 31))
    month = PubDate(date(2024, 2, 1), "month", 0.6)
    m = story_doc(AnnotatedArticle(Article("m", "m.txt", "hm", BRIDGE[2], "fr", month)), None, ner=False)
    assert m.period == (date(2024, 2, 1), date(2024, 2, 29))
    autumn = (date(2024, 10, 1), date(2024, 11, 30))
    assert period_factor(d.when, *autumn) == 1.0  # the year holds the story's days
    assert time_factor(date(2024, 1, 1), *autumn) < 1.0  # its first day alone would not
    assert period_factor((date(2021, 1, 1), date(2021, 12, 31)), *autumn) < 1.0
    c = Clusterer()
    c.add([doc("b0", BRIDGE[0], day=date(2024, 10, 3))])
    [placed] = c.add([d])
    assert placed.story == c.story_of("b0") and placed.reason == "joined"


def test_terms_fold_accents_and_drop_stop_words():
    terms = article_terms("L'État a décidé. Les États voisins, eux, n'ont rien dit.", "fr", [])
    assert terms["etat"] == 1 and terms["etats"] == 1
    assert not {"les", "eux", "a"} & set(terms)


def test_capitalised_names_skip_a_lone_sentence_start():
    names = capitalised_names("Hier, la maire Odile Ferrand a parlé. Ensuite, Port-Vallon a voté.")
    assert "Odile Ferrand" in names and "Port-Vallon" in names
    assert "Hier" not in names and "Ensuite" not in names


def test_spelling_blind_name_keys():
    assert name_key("Moubarak") == name_key("Mubarak")
    assert name_key("Kadhafi") == name_key("Gaddafi") == name_key("Gadhafi")
    assert name_key("Égypte") == name_key("Egypt")
    assert name_key("Odile Ferrand") != name_key("Mathis Corbel")


def summary(story_id: int, lang: str, names: tuple[str, ...], start: date, end: date) -> StorySummary:
    return StorySummary(story_id, lang, "", ("x",), start=start, end=end, names=names)


def test_stories_in_two_languages_about_the_same_events_are_related():
    fr = summary(1, "fr", ("Port-Vallon", "Odile Ferrand", "Merle"), date(2024, 3, 14), date(2024, 4, 1))
    en = summary(2, "en", ("Odile Ferrand", "Merle", "Sainte-Albe"), date(2024, 3, 20), date(2024, 3, 30))
    other = summary(3, "fr", ("Odile Ferrand", "Merle"), date(2024, 3, 14), date(2024, 4, 1))
    later = summary(4, "en", ("Odile Ferrand", "Merle"), date(2026, 1, 1), date(2026, 2, 1))
    [link] = related_stories([fr, en, other, later][:2])
    assert (link.a, link.b) == (1, 2) and link.score > 0.5
    assert "Odile Ferrand ~ Odile Ferrand" in link.evidence
    links = related_stories([fr, en, other, later])
    assert {(x.a, x.b) for x in links} == {(1, 2), (2, 3)}  # same language never; far in time never
    # Only the links of some stories: each pair once, the same as in a full pass.
    assert {(x.a, x.b) for x in related_stories([fr, en, other, later], touching={3})} == {(2, 3)}
    both = related_stories([fr, en, other, later], touching={2, 3})
    assert sorted((x.a, x.b, x.evidence) for x in both) == sorted((x.a, x.b, x.evidence) for x in links)
    assert related_stories([fr, en, other, later], touching={4}) == []
