"""Whether a role said without a name may be a role a person holds (``roles.same_office``)."""

from __future__ import annotations

import pytest

from storyline.nlp.roles import bare_office, office_of, same_office


@pytest.mark.parametrize(
    ("phrase", "role", "lang", "same"),
    [
        ("le ministre américain de la Défense", "secrétaire américain à la Défense", "fr", True),
        ("le ministre irakien de la Défense", "secrétaire américain à la Défense", "fr", False),
        ("le chef du Pentagone", "secrétaire américain à la Défense", "fr", True),
        ("le chef du gouvernement", "Premier ministre valdorien", "fr", True),
        ("le chef du gouvernement", "ministre de la Défense", "fr", False),
        ("le chef de la diplomatie", "ministre des Affaires étrangères", "fr", True),
        ("le ministère italien", "ministre italien des Affaires étrangères", "fr", False),
        ("l'état-major des armées", "porte-parole de l'état-major des armées", "fr", False),
        ("la porte-parole du département d'État", "porte-parole du département d'État", "fr", True),
        ("the defense secretary", "Defense Secretary", "en", True),
        ("the Pentagon chief", "Defense Secretary", "en", True),
        ("the US defense secretary", "Defense Secretary", "en", False),
        ("the US defense secretary", "US Defense Secretary", "en", True),
        ("the U.S. defense secretary", "US Defense Secretary", "en", True),
        # another head, another holder, another office
        ("the president", "Vice President", "en", False),
        ("the secretary", "Prime Minister", "en", False),
        ("the opposition", "Opposition leader", "en", False),
        ("the former prime minister", "Prime Minister", "en", False),
        ("le nouveau procureur", "procureur", "fr", False),
        ("le chef de l'État", "président du Sénat", "fr", False),
        ("le chef de l'État", "président français", "fr", True),
        ("le chef du gouvernement", "Première ministre", "fr", True),
        ("the top diplomat", "Secretary of State", "en", True),
    ],
)
def test_same_office(phrase: str, role: str, lang: str, same: bool) -> None:
    assert same_office(phrase, role, lang) is same


def test_a_title_alone_is_bare() -> None:
    assert bare_office("le ministre", "fr") and bare_office("le chef du gouvernement", "fr")
    assert bare_office("the president", "en")
    assert not bare_office("le ministre américain de la Défense", "fr")
    assert not bare_office("the prime minister of Valdoria", "en")


def test_office_words_fold_and_keep_acronyms() -> None:
    assert (
        office_of("Le Ministre américain de la DÉFENSE", "fr").words
        == office_of("le ministre americain de la defense", "fr").words
    )
    assert "us" in office_of("the US envoy", "en").words
