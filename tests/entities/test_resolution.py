"""Within and across articles: short forms, acronyms, aliases, transliterations, namesakes never
fused, incremental placement (invented people; the issue's Abdel Mahdi pair as its own test)."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from storyline.corpus.coref import link_article, mention_tokens
from storyline.corpus.entities import Entity, EntityIndex, local_keys, resolve, sound_keys
from storyline.dating.timex import tag
from storyline.model import LocalEntity, NameMention
from storyline.nlp.role_dates import role_period


def mentions_of(text: str, spans: list[tuple[str, str]]) -> list[NameMention]:
    """NameMentions for each (surface, label), found in order in ``text``."""
    out, pos = [], 0
    for surface, label in spans:
        start = text.index(surface, pos)
        out.append(NameMention(start, start + len(surface), surface, label))
        pos = start + len(surface)
    return out


def article(aid: str, text: str, spans: list[tuple[str, str]]) -> list[LocalEntity]:
    return link_article(aid, text, mentions_of(text, spans), "fr")


def place(index: EntityIndex, *arts: list[LocalEntity], day: date | None = None):
    batch = [(local, "fr", day) for locals_ in arts for local in locals_]
    return resolve(index, batch)


def entity_of(placed, aid: str, text: str) -> int:
    return next(m.entity for m in placed if m.article == aid and m.text == text)


def final_entity(index: EntityIndex, placed, aid: str, text: str) -> int:
    """The entity a mention ends in, after the merges made since it was placed."""
    kept = {m.gone: m.kept for m in index.merges}
    e = entity_of(placed, aid, text)
    while e in kept:
        e = kept[e]
    return e


def test_short_forms_join_the_full_name_within_an_article():
    text = "Tomas Verhelst est arrivé. M. Verhelst a parlé, puis Verhelst est reparti."
    locals_ = article("a", text, [("Tomas Verhelst", "PER"), ("Verhelst", "PER"), ("Verhelst", "PER")])
    assert len(locals_) == 1
    assert locals_[0].name == "Tomas Verhelst"
    assert locals_[0].links[1].startswith("short form of 'Tomas Verhelst'")


def test_ambiguous_short_form_stays_apart():
    text = "Nadia Ferhat et Karim Ferhat sont venus. Ferhat a parlé."
    locals_ = article("a", text, [("Nadia Ferhat", "PER"), ("Karim Ferhat", "PER"), ("Ferhat", "PER")])
    assert len(locals_) == 3


def test_acronym_and_alias_groups_join():
    text = "Le Front uni de Sarvane (FUS) a gagné. Le FUS et l'Otan, puis l'Alliance atlantique."
    spans = [("Front uni de Sarvane", "ORG"), ("FUS", "ORG"), ("FUS", "ORG")]
    locals_ = article("a", text, [*spans, ("Otan", "ORG"), ("Alliance atlantique", "ORG")])
    assert sorted(len(x.mentions) for x in locals_) == [2, 3]
    fus = next(x for x in locals_ if x.name == "Front uni de Sarvane")
    assert any(link.startswith("acronym FUS defined") for link in fus.links)


def test_a_well_known_acronym_does_not_spell_another_name_s_initials():
    text = "The US Navy sent a ship, the UN said. A team from the University of Sarvane left for the US."
    spans = [("US Navy", "ORG"), ("UN", "ORG"), ("University of Sarvane", "ORG"), ("US", "LOC")]
    locals_ = link_article("a", text, mentions_of(text, spans), "en")
    assert sorted(x.name for x in locals_) == ["UN", "US", "US Navy", "University of Sarvane"]
    text = "The Sarvane Relief Board met on Monday. Later the SRB agreed."
    spans = [("Sarvane Relief Board", "ORG"), ("SRB", "ORG")]
    assert len(link_article("a", text, mentions_of(text, spans), "en")) == 1  # initials, no alias
    text = "The North Atlantic Treaty Organisation met on Monday. Later NATO agreed."
    spans = [("North Atlantic Treaty Organisation", "ORG"), ("NATO", "ORG")]
    assert len(link_article("a", text, mentions_of(text, spans), "en")) == 1  # its alias spelt otherwise


def test_namesakes_are_never_fused():
    a = article("a", "Adel Abdel Mahdi a démissionné.", [("Adel Abdel Mahdi", "PER")])
    b = article("b", "Ali Abdel Mahdi a protesté.", [("Ali Abdel Mahdi", "PER")])
    index = EntityIndex()
    placed = place(index, a, b)
    assert entity_of(placed, "a", "Adel Abdel Mahdi") != entity_of(placed, "b", "Ali Abdel Mahdi")


def test_spellings_and_transliterations_merge_with_evidence():
    a = article("a", "Adel Abdel Mahdi a démissionné.", [("Adel Abdel Mahdi", "PER")])
    b = article("b", "Adel Abdul Mahdi est parti.", [("Adel Abdul Mahdi", "PER")])
    c = article("c", "Abou Karim al-Hadidi menace.", [("Abou Karim al-Hadidi", "PER")])
    d = article("d", "Abu Karim al-Hadeedi menace.", [("Abu Karim al-Hadeedi", "PER")])
    placed = place(EntityIndex(), a, b, c, d)
    assert entity_of(placed, "a", "Adel Abdel Mahdi") == entity_of(placed, "b", "Adel Abdul Mahdi")
    assert entity_of(placed, "c", "Abou Karim al-Hadidi") == entity_of(placed, "d", "Abu Karim al-Hadeedi")
    joined = next(m for m in placed if m.article == "d")
    assert 0.85 <= joined.score <= 1.0 and "Abou Karim al-Hadidi" in joined.evidence


def test_surname_alone_joins_only_a_unique_full_name():
    a = article("a", "Marta Kessel a signé.", [("Marta Kessel", "PER")])
    b = article("b", "Kessel a signé.", [("Kessel", "PER")])
    placed = place(EntityIndex(), a, b)
    assert entity_of(placed, "a", "Marta Kessel") == entity_of(placed, "b", "Kessel")
    assert "the one full name it fits" in next(m for m in placed if m.article == "b").evidence
    c = article("c", "Jonas Kessel a signé.", [("Jonas Kessel", "PER")])
    d = article("d", "Kessel a signé.", [("Kessel", "PER")])
    index = EntityIndex()
    placed = place(index, a, c, d)
    short = entity_of(placed, "d", "Kessel")
    assert short not in (entity_of(placed, "a", "Marta Kessel"), entity_of(placed, "c", "Jonas Kessel"))


def test_aliases_across_languages():
    a = article("a", "Le groupe Daech a frappé.", [("Daech", "ORG")])
    english = "ISIS claimed the attack."
    b = link_article("b", english, mentions_of(english, [("ISIS", "ORG")]), "en")
    c = article("c", "L'État islamique a revendiqué.", [("État islamique", "ORG")])
    placed = resolve(EntityIndex(), [(x, "fr", None) for x in a + c] + [(x, "en", None) for x in b])
    assert len({m.entity for m in placed}) == 1


def test_incremental_placement_needs_only_the_blocked_entities():
    spans = [("Marta Kessel", "PER"), ("Rami Achour", "PER"), ("Castelmar", "LOC")]
    first = article("a", "Marta Kessel et Rami Achour à Castelmar.", spans)
    index = EntityIndex()
    placed = place(index, first, day=date(2024, 3, 1))
    kessel = entity_of(placed, "a", "Marta Kessel")
    # A later run sees only the entities sharing a blocking key with the new article.
    second = article("b", "M. Kessel est revenu.", [("Kessel", "PER")])
    keys = set().union(*(local_keys(x, "fr") for x in second))
    later = EntityIndex(next_id=index.next_id)
    for e in index.entities.values():
        if e.block_keys() & keys:
            later.restore(e)
    assert set(later.entities) == {kessel}
    placed2 = place(later, second)
    assert entity_of(placed2, "b", "Kessel") == kessel


def test_short_skeletons_are_keyed_with_their_first_and_last_letters():
    # One or two consonants are shared by too many names ("ps:s" held 442 entities of 35,671):
    # each end letter (any the skeleton drops counts as a vowel) tells them apart, and two
    # spellings meet when either end holds.
    def meet(a: str, b: str) -> bool:
        return bool(set(sound_keys(a)) & set(sound_keys(b)))

    for a, b in [("Sisi", "Sissi"), ("Ajdabiya", "Ajdabiyah"), ("Gallal", "Igallal"), ("Assis", "Assisi")]:
        assert meet(a, b), (a, b)
    assert not meet("Hayes", "Sisi") and not meet("Hayes", "Sousa")
    assert sound_keys("Mouhandis") == sound_keys("Muhandis") == ("mnds",)  # long enough alone
    a = article("a", "Maria Assis a parlé.", [("Maria Assis", "PER")])
    b = article("b", "Maria Assisi a parlé.", [("Maria Assisi", "PER")])
    index = EntityIndex()
    first = place(index, a)[0].entity
    keys = set().union(*(local_keys(x, "fr") for x in b))
    later = EntityIndex(next_id=index.next_id)  # as a later build: only the blocked entities
    for e in index.entities.values():
        if e.block_keys() & keys:
            later.restore(e)
    assert place(later, b)[0].entity == first


def test_organisations_and_places_are_not_filed_by_their_last_word():
    council = Entity(1, "fr")
    council.types.update(["ORG"])
    council.variants.update([("conseil", "national", "transition")])
    assert not {k for k in council.block_keys() if k.startswith(("p:", "ps:"))}
    person = Entity(2, "fr")
    person.types.update(["PER"])
    person.variants.update([("marta", "kessel")])
    assert {"p:kessel"} | {"ps:" + k for k in sound_keys("kessel")} <= person.block_keys()


def test_short_only_person_absorbed_by_a_later_full_name():
    index = EntityIndex()
    first = place(index, article("a", "Oudali a parlé.", [("Oudali", "PER")]))
    second = place(index, article("b", "Hakim Oudali a parlé.", [("Hakim Oudali", "PER")]))
    assert index.merges and index.merges[0].gone == first[0].entity
    assert index.merges[0].kept == second[0].entity


def test_roles_kept_with_dates():
    text = "Le ministre de la Défense Tomas Verhelst a signé."
    ms = [NameMention(26, 40, "Tomas Verhelst", "PER", "ministre de la Défense", 3, 25)]
    index = EntityIndex()
    resolve(index, [(x, "fr", date(2024, 3, 1)) for x in link_article("a", text, ms, "fr")])
    (entity,) = index.entities.values()
    (role,) = entity.roles.values()
    assert role.title == "ministre de la Défense" and role.first == role.last == date(2024, 3, 1)


def test_a_role_is_dated_when_its_article_is_dated_later():
    e = Entity(1, "fr")
    e.add_roles([("ministre de la Défense", False, "")], None)  # the article had no date yet
    assert e.roles["ministre de la defense"].first is None
    assert e.date_role("Ministre de la Défense", date(2031, 3, 2))
    role = e.roles["ministre de la defense"]
    assert (role.first, role.last, role.mentions) == (date(2031, 3, 2), date(2031, 3, 2), 1)
    assert not e.date_role("ministre de la Défense", date(2031, 3, 2))  # nothing new
    assert not e.date_role("porte-parole", date(2031, 3, 2))  # a role it never had


def test_the_period_a_text_states_for_a_role():
    def period(text: str, role: str, lang: str = "fr") -> str:
        return role_period(text, tag(text, lang, date(2031, 6, 1)), text.index(role) + len(role), lang)

    since = "Tomas Verhelst, ministre de la Défense depuis juillet 2029, a démenti."
    assert period(since, "Défense") == "2029-07/"
    assert period("Ilse Varga, Première ministre de 2026 à 2030, a parlé.", "ministre") == "2026/2030"
    assert period("Anton Marek, ancien président (2019-2027), a parlé.", "président") == "2019/2027"
    assert period("Anton Marek, président jusqu'en 2027, a parlé.", "président") == "/2027"
    assert period("Mira Holt, transport minister since May 2030, said.", "minister", "en") == "2030-05/"
    # A date later in the sentence tells an event, not the time the role was held.
    assert period("Anton Marek, président, a parlé en 2027 de la guerre.", "président") == ""
    assert period("Anton Marek, président, a été élu le 3 mars 2027.", "président") == ""


def test_a_stated_role_period_reaches_the_entity(cli, cli_json, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Valdoria : le ministre dément\n\nPublié le 4 mars 2031\n\n"
        "Tomas Verhelst, ministre de la Défense de Valdoria depuis juillet 2029, a démenti lundi tout "
        "retrait du contingent étranger. « Aucune décision n'a été prise », a déclaré M. Verhelst.\n",
        encoding="utf-8",
    )
    db = tmp_path / "s.db"
    cli(["build", folder, "--db", db])
    found = {e["name"]: e for e in cli_json(["entities", "--db", db, "--format", "json"])}
    roles = found["Tomas Verhelst"]["roles"]
    assert any(r["period"] == "2029-07/" and "Défense" in r["title"] for r in roles), roles


def test_a_relative_named_by_a_middle_name_stays_apart():
    """'Joseph Dallow' fits 'Kieran Joseph Dallow' by its end, but the man is called 'Kieran
    Dallow': a given name that disagrees is another person, once the short name with the first
    given name is known (the full name's holder, first seen as 'Joseph Dallow', keeps that name)."""
    texts = {
        "a": ("Kieran Dallow a chanté.", [("Kieran Dallow", "PER")]),
        "b": ("Joseph Dallow, son père, a parlé.", [("Joseph Dallow", "PER")]),
        "c": ("Kieran Joseph Dallow est mort.", [("Kieran Joseph Dallow", "PER")]),
    }
    for order in (["a", "b", "c"], ["b", "a", "c"], ["c", "a", "b"]):
        index = EntityIndex()
        placed = [m for aid in order for m in place(index, article(aid, *texts[aid]))]
        kieran = final_entity(index, placed, "a", "Kieran Dallow")
        assert final_entity(index, placed, "c", "Kieran Joseph Dallow") == kieran, order
        assert final_entity(index, placed, "b", "Joseph Dallow") != kieran, order


def test_a_place_spelt_like_a_surname_does_not_join_the_person():
    index = EntityIndex()
    placed = place(index, article("a", "Tomas Wells a parlé.", [("Tomas Wells", "PER")]))
    placed += place(index, article("b", "Il vit au Wales.", [("Wales", "LOC")]))
    placed += place(index, article("c", "M. Wells est parti.", [("Wells", "LOC")]))
    assert entity_of(placed, "b", "Wales") != entity_of(placed, "a", "Tomas Wells")
    assert entity_of(placed, "c", "Wells") == entity_of(placed, "a", "Tomas Wells")


def test_a_name_with_a_number_never_joins_a_person():
    text = "Kieran Dallow a chanté avec les Dallow 5, puis Dallow est reparti."
    index = EntityIndex()
    spans = [("Kieran Dallow", "PER"), ("Dallow 5", "ORG"), ("Dallow", "PER")]
    placed = place(index, article("a", text, spans))
    kieran = entity_of(placed, "a", "Kieran Dallow")
    assert entity_of(placed, "a", "Dallow") == kieran
    band = next(m for m in placed if m.text == "Dallow 5")
    assert band.entity != kieran and band.label == "ORG"
    later = place(index, article("b", "Les Dallow 5 sont en tournée.", [("Dallow 5", "ORG")]))
    assert later[0].entity == band.entity


def test_two_letter_acronyms_are_not_spelling_variants_of_each_other():
    a = article(
        "a", "L'Union norvasienne (UN) a parlé. L'UN a voté.", [("Union norvasienne", "ORG"), ("UN", "ORG")]
    )
    b = article(
        "b", "L'Union valdorienne (UV) a voté. L'UV a parlé.", [("Union valdorienne", "ORG"), ("UV", "ORG")]
    )
    c = article("c", "L'UE a parlé avec l'UA.", [("UE", "ORG"), ("UA", "ORG")])
    index = EntityIndex()
    placed = place(index, a, b, c)
    assert final_entity(index, placed, "c", "UE") != final_entity(index, placed, "c", "UA")
    assert final_entity(index, placed, "a", "UN") != final_entity(index, placed, "b", "UV")


def _person(forms: dict[str, int]) -> Entity:
    e = Entity(1, "en")
    e.types = Counter({"PER": 1})
    e.forms = Counter(forms)
    for form, n in forms.items():
        e.variants[mention_tokens(form, "PER", "en")] += n
    return e


@pytest.mark.parametrize(
    ("forms", "name"),
    [
        # a stray word before the name, written once, is not the name
        ({"Marten": 226, "Tobias Marten": 209, "Earlier Tobias Marten": 1}, "Tobias Marten"),
        # the name as most written with a given name, not a middle initial or name written less
        ({"Ravel": 172, "Kenna Ravel": 54, "Kenna R. Ravel": 5}, "Kenna Ravel"),
        ({"Dorsey": 40, "Ilan Dorsey": 31, "Ilan Percival Dorsey": 2}, "Ilan Dorsey"),
        # … unless the fuller form is written nearly as often: it tells the person apart
        ({"Hallam": 700, "Pieter Hallam": 48, "Pieter J. Hallam": 36}, "Pieter J. Hallam"),
        # … but a stray word or a title left in front is no fuller name, however often
        ({"Tobias Marten": 10, "Earlier Tobias Marten": 5}, "Tobias Marten"),
        ({"Corentin Vasseur": 10, "Mr Corentin Vasseur": 6}, "Corentin Vasseur"),
        # a surname alone is no name to show when a given name is written, even once
        ({"O'Brannagh": 2, "Sela O'Brannagh": 1}, "Sela O'Brannagh"),
        ({"Weller Sr": 2, "Conrad Weller Sr": 1}, "Conrad Weller Sr"),
        ({"bin Sahrawi": 10, "Yunus bin Sahrawi": 4}, "Yunus bin Sahrawi"),
        ({"Castaneda-Orr": 8, "Liese Castaneda-Orr": 6}, "Liese Castaneda-Orr"),
        # a name cut after its particle, however often, is not preferred to the whole
        (
            {
                "El Hadine Ben Tarek": 32,
                "Ben Tarek": 28,
                "Hadine Ben Tarek": 3,
                "Zaid al-Hadine Ben Tarek": 1,
            },
            "Zaid al-Hadine Ben Tarek",
        ),
        # capitals are a transcript's shouting, not the spelling
        ({"NORVAL": 32, "NORVAL PIKE": 2, "Norval Pike": 2}, "Norval Pike"),
        # no given name written: the fullest form, as before
        ({"Kessandre": 5, "KESSANDRE": 1}, "Kessandre"),
    ],
)
def test_a_person_is_shown_by_the_name_written_with_a_given_name(forms, name):
    assert _person(forms).name == name


def test_surnames_beginning_like_an_article_stay_apart_from_the_rest_of_them():
    a = article("a", "Jonas Alford a signé.", [("Jonas Alford", "PER")])
    b = article("b", "Jonas Ford a signé.", [("Jonas Ford", "PER")])
    c = article("c", "Bright a signé.", [("Bright", "PER")])
    d = article("d", "Maren Albright a signé.", [("Maren Albright", "PER")])
    placed = place(EntityIndex(), a, b, c, d)
    assert len({m.entity for m in placed}) == 4


def test_a_display_name_follows_the_forms_as_they_grow():
    e = _person({"Marten": 30, "Tobias Marten": 20, "Tobi Marten": 5})
    assert e.name == "Tobias Marten"
    e.forms.update({"Tobi Marten": 30})
    e.variants[mention_tokens("Tobi Marten", "PER", "en")] += 30
    assert e.name == "Tobi Marten"
