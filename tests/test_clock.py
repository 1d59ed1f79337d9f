import pytest

from storyline.clock import CLOCK, HOURS_MINUTES_RE


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Publié le 12 mars 2031 à 18h15", "18h15"),
        ("Mis à jour à 10 h 35.", "10 h 35"),
        ("Le 12 mars 2031 à 14h05, Jeanne a écrit :", "14h05"),
        ("Monday 30 May 2031 01.58 BST", "01.58"),
        ("At 10:14 am on 28 May 2031", "10:14"),
        ("Stand: 14. Januar 2031, 9 Uhr", "9 Uhr"),
        ("vers 10 h, selon la police", "10 h"),
    ],
)
def test_clock_times(text: str, found: str) -> None:
    assert CLOCK.search(text).group(0) == found


@pytest.mark.parametrize(
    "text",
    [
        "Le billet coûte $3.50 à Vessa.",
        "Version 1.25.3 du logiciel",
        "Workshop 3: 26. April 2031",
        "Il a 12 ans.",
    ],
)
def test_no_clock_time(text: str) -> None:
    assert CLOCK.search(text) is None


def test_the_hour_alone_is_not_hours_and_minutes() -> None:
    assert HOURS_MINUTES_RE.search("vers 10 h, selon la police") is None
