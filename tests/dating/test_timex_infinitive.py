"""A weekday an infinitive governs ("appelle à manifester samedi") is the act still to be done,
unless the verb governing the infinitive tells a past; a deadline "jusqu'à samedi" with no other
tense is still to come. Own sentences, a Wednesday as the creation date."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag

WED = datetime.date(2020, 1, 8)  # a Wednesday
NEXT_SAT, LAST_SAT = "2020-01-11", "2020-01-04"
NEXT_MON, LAST_MON = "2020-01-13", "2020-01-06"


def values(text: str) -> list[str]:
    return [t.value for t in tag(text, "fr", WED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le syndicat appelle les cheminots à manifester samedi devant la préfecture.", NEXT_SAT),
        ("Les étudiants restent décidés à redescendre dans la rue samedi à Ambrun.", NEXT_SAT),
        ("Le tribunal de Lorvel se prépare à trancher lundi sur la demande de libération.", NEXT_MON),
        ("L'association invite ses membres à marcher en cortège jusqu'à la mairie, samedi.", NEXT_SAT),
        ("Le ministre part à Miravel avant de rencontrer lundi son homologue.", NEXT_MON),
        ("Le maire de Castelmar accorde un entretien à paraître samedi dans la presse locale.", NEXT_SAT),
        ("Les grévistes donnent jusqu'à samedi à la direction pour répondre.", NEXT_SAT),
        # être or avoir in the present before the infinitive's frame
        ("Les électeurs de Miravel sont appelés à voter samedi.", NEXT_SAT),
        ("Le maire de Lorvel est prêt à négocier lundi avec les grévistes.", NEXT_MON),
        ("La présidente a l'intention de démissionner lundi.", NEXT_MON),
        ("Les volontaires sont prêts à partir samedi pour Ambrun.", NEXT_SAT),
        # a pronoun before the infinitive; a noun in -é between it and the day
        ("Le collectif appelle à se rassembler samedi devant la mairie.", NEXT_SAT),
        ("Les syndicats appellent à manifester contre la précarité samedi.", NEXT_SAT),
        # a past in a clause set off by commas governs nothing after it
        ("Le collectif, qui avait défilé dans le calme, appelle à recommencer samedi.", NEXT_SAT),
    ],
)
def test_a_weekday_an_infinitive_governs_is_still_to_come(text: str, expected: str) -> None:
    assert values(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the governing verb tells a past: read as before
        ("Le syndicat a appelé les cheminots à manifester samedi devant la préfecture.", LAST_SAT),
        ("Le maire a refusé de commenter lundi les résultats.", LAST_MON),
        ("Un feu de forêt continuait de brûler samedi près de Lorvel.", LAST_SAT),
        ("Le ministre vient de signer lundi un accord avec Valdoria.", LAST_MON),
        # a past infinitive, and a participle between the infinitive and the day
        ("Il a été jugé pour avoir volé samedi un camion de livraison.", LAST_SAT),
        ("Le préfet veut faire évacuer le campement installé samedi sur la place.", LAST_SAT),
        # "à partir de" is no act; nor is a noun ending as an infinitive does
        ("Les chiffres ont été établis à partir de relevés publiés samedi.", LAST_SAT),
        ("Le comité de quartier samedi a voté la fermeture du square.", LAST_SAT),
        # a deadline told in the past stays in the past
        ("La route était coupée jusqu'à samedi.", LAST_SAT),
        # the day is a noun's ("les incidents de samedi"), or the verb right after it says
        ("Le préfet refuse de commenter les incidents de samedi.", LAST_SAT),
        ("C'est pour réclamer sa libération que, samedi, ses partisans se sont rassemblés.", LAST_SAT),
        ("La finale du concours de pâtissier samedi a été remportée par Lorvel.", LAST_SAT),
        # a past of a verb of motion, or a reflexive one
        ("Il est parvenu à convaincre samedi les derniers indécis.", LAST_SAT),
        ("Le ministre s'est engagé à verser lundi les aides promises.", LAST_MON),
    ],
)
def test_a_weekday_keeps_its_past_when_the_infinitive_does_not_govern_it(text: str, expected: str) -> None:
    assert values(text) == [expected]


def test_reinforcements_expected_tonight_are_tonight() -> None:
    assert values("Cette nuit, des renforts sont attendus à la frontière.") == ["2020-01-08TNI"]


def test_the_infinitive_rule_leaves_a_day_and_month_to_the_sentence_tense() -> None:
    # "pour évacuer … commencé le 8 décembre": the date is the sit-in's start, in the past
    assert values("Ils sont venus pour évacuer le sit-in commencé le 8 décembre.") == ["2019-12-08"]
