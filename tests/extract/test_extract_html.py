"""HTML extraction with trafilatura, on fictional pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.extract import extract_html
from storyline.extract.html import visible_lines
from storyline.model import Extracted

FIXTURES = Path(__file__).parent / "fixtures"


def load(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def reasons(ex: Extracted) -> dict[str, str]:
    return {r.line: r.reason for r in ex.furniture}


@pytest.fixture(scope="module")
def fr() -> Extracted:
    return extract_html(load("fr_article.html"), url="https://gazette.example/festival")


def test_fr_text_and_metadata(fr: Extracted) -> None:
    paragraphs = fr.text.split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("MONTCLAIR (AFP) - Le festival de musique")
    assert paragraphs[-1].endswith("si la météo le permet.")
    assert fr.title == "Le festival de Montclair annule sa soirée d'ouverture"
    assert fr.outlet == "La Gazette des Collines"
    assert fr.author == "Lucie Renard"
    assert fr.meta_date == "2022-07-08"
    assert fr.url == "https://gazette.example/festival"
    assert fr.agency == "AFP"


def test_fr_furniture(fr: Extracted) -> None:
    got = reasons(fr)
    assert got["Accueil"] == "menu"
    assert got["Rechercher"] == "menu"
    assert got["Le festival de Montclair annule sa soirée d'ouverture"] == "title"
    assert got["La grande scène du festival, la veille de l'annulation. Photo : Anne Vidal"] == "caption"
    assert got["Les plus lus"] == "related"
    assert got["Un autre article de la rubrique culture"] == "html boilerplate"
    assert got["Inscrivez-vous à notre newsletter"] == "newsletter"
    assert "Rechercher dans le script" not in got
    assert all(r.line not in fr.text for r in fr.furniture)
    numbers = [r.line_no for r in fr.furniture]
    assert numbers == sorted(numbers) and numbers[0] >= 1


def test_en_source_line_and_cookie() -> None:
    ex = extract_html(load("en_article.html"))
    assert ex.agency == "Valley News Service"
    assert ex.outlet == "The Valley Courier"
    assert ex.author == "Tom Baker"
    assert "Source: Valley News Service" not in ex.text
    got = reasons(ex)
    assert got["We use cookies to improve your experience on our site."] == "cookie"
    assert got["Source: Valley News Service"] == "source line"
    assert ex.text.endswith("which were expected to be crowded.")


def test_recall_keeps_lines_the_rules_would_remove() -> None:
    html = load("en_article.html")
    assert "Source: Valley News Service" in extract_html(html, favor="recall").text
    assert extract_html(html, favor="precision").text.startswith("Train services across the valley")


def test_broken_or_empty_html_falls_back() -> None:
    assert extract_html("").text == ""
    ex = extract_html(
        "<div>Rechercher</div><div>Le conseil a voté le budget de la commune mardi soir, à l'unanimité.",
        url="https://x.example/a",
    )
    assert ex.text == "Le conseil a voté le budget de la commune mardi soir, à l'unanimité."
    assert ex.url == "https://x.example/a"
    assert reasons(ex)["Rechercher"] == "menu"


def test_visible_lines_skip_scripts_and_split_blocks() -> None:
    html = (
        "<html><head><title>T</title></head>"
        "<body><p>Un <b>mot</b> ici</p><script>x()</script><p>Deux</p></body></html>"
    )
    assert visible_lines(html) == ["Un mot ici", "Deux"]
