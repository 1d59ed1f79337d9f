"""Near-duplicates: a wire copy under other furniture is found; different stories are not."""

from storyline.corpus.dedup import find_duplicates, from_hex, signature, to_hex

WIRE = (
    "Le ministre de la Défense de Valdoria, Tomas Verhelst, a démenti jeudi tout retrait du contingent "
    "étranger stationné près de la capitale. « Aucune décision n'a été prise », a-t-il déclaré devant la "
    "presse, au lendemain de la publication d'une lettre évoquant un départ des troupes. Selon le ministère, "
    "la lettre était un brouillon envoyé par erreur à plusieurs responsables militaires. Le Parlement avait "
    "voté la semaine dernière une résolution demandant le départ des 3 000 soldats étrangers."
)
OTHER = (
    "La saison des pluies a commencé tôt cette année dans le sud du pays, où les agriculteurs craignent "
    "pour leurs récoltes de riz. Les autorités ont ouvert des centres d'accueil dans trois provinces et "
    "promis une aide d'urgence aux familles touchées par les inondations de la semaine passée."
)


def test_copy_with_other_furniture_is_linked_to_the_earliest():
    copy = "Accueil > International\n" + WIRE[:-40] + "\nPartager sur Facebook\nÀ lire aussi : la météo"
    sigs = {"orig": signature(WIRE), "copy": signature(copy), "other": signature(OTHER)}
    links = find_duplicates(sigs, ["orig", "other", "copy"])
    assert [(x.copy, x.original) for x in links] == [("copy", "orig")]
    assert 0.6 <= links[0].similarity <= 1.0


def test_chains_point_to_the_first_of_the_group():
    sigs = {k: signature(WIRE + suffix) for k, suffix in (("a", ""), ("b", " Fin."), ("c", " Fin. Suite."))}
    links = find_duplicates(sigs, ["a", "b", "c"])
    assert {(x.copy, x.original) for x in links} == {("b", "a"), ("c", "a")}


def test_signatures_survive_storage():
    mh = signature(WIRE)
    assert from_hex(to_hex(mh)).jaccard(mh) == 1.0


def test_the_index_grows_incrementally_and_an_earlier_copy_becomes_the_original():
    from storyline.corpus.dedup import DuplicateIndex

    index = DuplicateIndex()
    assert index.add("later", signature(WIRE), (1,)) == []
    assert index.add("other", signature(OTHER), (2,)) == []
    [link] = index.add("copy", signature(WIRE + " Fin."), (3,))
    assert (link.copy, link.original) == ("copy", "later")
    # An article published before the group's original takes its place, for every member.
    links = index.add("earliest", signature(WIRE + " Suite."), (0,))
    assert {(x.copy, x.original) for x in links} == {("later", "earliest"), ("copy", "earliest")}


def test_a_restored_index_links_new_articles_to_stored_groups():
    from storyline.corpus.dedup import DuplicateIndex

    index = DuplicateIndex()
    index.restore("a", signature(WIRE), (0,), None)
    index.restore("b", signature(WIRE + " Fin."), (1,), "a")
    [link] = index.add("c", signature(WIRE + " Fin. Suite."), (2,))
    assert (link.copy, link.original) == ("c", "a")
