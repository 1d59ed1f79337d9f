"""Languages as data: German (lang/de/timex.json, lang/de/furniture.json) dates read the German
way, its page furniture removed, a German scraped page dated from its text (fictional page); a
language without data reads numeric dates day first."""

from __future__ import annotations

from datetime import date

from storyline.dating.pubdate import date_article
from storyline.dating.timex import tag
from storyline.extract import extract_text

DCT = date(2031, 3, 14)  # a Friday


def _values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, "de", DCT)]


def test_german_dates_are_day_month_year():
    assert _values("Stand: 05.03.2031") == [("05.03.2031", "2031-03-05")]
    assert _values("Berlin, 3. März 2030 – Die Ministerin sprach.") == [("3. März 2030", "2030-03-03")]
    assert ("Sonntag, 2. Februar 2031", "2031-02-02") in _values("Sonntag, 2. Februar 2031")


def test_german_relative_days_and_durations():
    found = dict(_values("Gestern kam es zu Protesten, vor drei Tagen auch. Im Sommer 2029 nicht."))
    assert found["Gestern"] == "2031-03-13"
    assert found["vor drei Tagen"] == "2031-03-11"
    assert found["Im Sommer 2029"] == "2029-SU"
    assert dict(_values("Im März letzten Jahres begann der Streit."))["März letzten Jahres"] == "2030-03"


def test_quantities_are_not_dates():
    assert _values("Rund 2500 Soldaten und 170.000 Euro.") == []


PAGE = "\n".join(
    [
        "Startseite",
        "Politik",
        "Suche",
        "Hafen von Kessel: Ministerin kündigt Wiederaufbau an",
        "Veröffentlicht am 12. März 2031 von Lena Adler",
        "Die Verkehrsministerin von Valdoria, Mira Holt, hat am Mittwoch den Wiederaufbau des Hafens von "
        "Kessel angekündigt. Die Arbeiten sollen im Sommer beginnen und zwei Jahre dauern.",
        "„Wir lassen die Menschen in Kessel nicht allein“, sagte Holt vor Journalisten. Die Opposition "
        "kritisierte, der Plan komme zu spät und sei zu teuer.",
        "Teilen",
        "Drucken",
        "Das könnte Sie auch interessieren",
        "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",
        "© 2031 Valdoria Zeitung. Alle Rechte vorbehalten.",
    ]
)


def test_german_furniture_is_removed_and_the_body_kept():
    ex = extract_text(PAGE, lang="de")
    assert "Wiederaufbau des Hafens" in ex.text and "sagte Holt" in ex.text
    for line in ("Startseite", "Teilen", "Drucken", "Wir verwenden Cookies", "Alle Rechte vorbehalten"):
        assert line not in ex.text, line
    reasons = {r.line.strip(): r.reason for r in ex.furniture}
    assert reasons["Teilen"] == "share" and reasons["Startseite"] == "menu"


def test_a_german_page_is_dated_by_its_publication_line():
    ex = extract_text(PAGE, lang="de")
    pub = date_article(ex, "de", today=date(2031, 6, 1))
    assert (pub.iso, pub.granularity) == ("2031-03-12", "day")
    assert any("Veröffentlicht am 12. März 2031" in e.text for e in pub.evidence)


def test_a_language_without_data_reads_numeric_dates_day_first():
    # English data stands in for Spanish, but "04/11/2031" there is 4 November, not 11 April.
    assert [(t.text, t.value) for t in tag("Publicado el 04/11/2031", "es", None)] == [
        ("04/11/2031", "2031-11-04")
    ]
    assert [t.value for t in tag("Posted 04/11/2031", "en", None)] == ["2031-04-11"]
