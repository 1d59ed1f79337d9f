"""Languages as data: German (lang/de/timex.json, lang/de/furniture.json) dates read the German
way, its page furniture removed, a German scraped page dated from its text (fictional page); the
languages read for their dates only (lang/<code>/timex.json with month and weekday names); a
language without data reads numeric dates day first."""

from __future__ import annotations

from datetime import date

import pytest

from storyline.dating.pubdate import date_article
from storyline.dating.timex import tag
from storyline.extract import extract_text
from storyline.lang import available, has, load

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
    # English data stands in for Turkish, but "04/11/2031" there is 4 November, not 11 April.
    assert [(t.text, t.value) for t in tag("Yayınlanma 04/11/2031", "tr", None)] == [
        ("04/11/2031", "2031-11-04")
    ]
    assert [t.value for t in tag("Posted 04/11/2031", "en", None)] == ["2031-04-11"]


@pytest.mark.parametrize(
    ("lang", "text", "found", "value"),
    [
        ("es", "Por Lena Orsk 27 de agosto de 2031", "27 de agosto de 2031", "2031-08-27"),
        ("es", "Publicado el 1º de marzo del 2031", "1º de marzo del 2031", "2031-03-01"),
        ("pt", "Atualizado em 3 de novembro de 2031", "3 de novembro de 2031", "2031-11-03"),
        ("it", "Pubblicato il 19 Febbraio 2031 alle 12:02", "19 Febbraio 2031", "2031-02-19"),
        ("nl", "Gepubliceerd op maandag 3 februari 2031", "maandag 3 februari 2031", "2031-02-03"),
        ("pl", "Opublikowano 19 sierpnia 2031, 5:16", "19 sierpnia 2031", "2031-08-19"),
        ("ru", "Опубликовано 15 августа 2031, 13:43", "15 августа 2031", "2031-08-15"),
        ("uk", "Оновлено 21 вересня 2031 року", "21 вересня 2031", "2031-09-21"),
        ("da", "Erhverv - 02. januar 2031 kl. 10:21", "02. januar 2031", "2031-01-02"),
        ("no", "Publisert 4. mars 2031", "4. mars 2031", "2031-03-04"),
        ("sv", "Publicerad 3 mars 2031 kl. 08.00", "3 mars 2031", "2031-03-03"),
        ("ar", "التاريخ: 03 يونيو 2031", "03 يونيو 2031", "2031-06-03"),
        ("ar", "نشر في 24 نيسان 2031", "24 نيسان 2031", "2031-04-24"),
        ("zh", "2031年6月6日发布", "2031年6月6日", "2031-06-06"),
        ("ja", "2031年07月12日 | 競馬情報", "2031年07月12日", "2031-07-12"),
        ("ko", "입력 2031년 8월 18일 오후", "2031년 8월 18일", "2031-08-18"),
    ],
)
def test_languages_read_for_their_dates(lang, text, found, value):
    assert (found, value) in [(t.text, t.value) for t in tag(text, lang, None)]


def test_english_month_names_of_a_site_template_are_read_on_other_languages_pages():
    assert [t.value for t in tag("Publicado Jul 23, 2031", "es", None)] == ["2031-07-23"]
    assert [t.value for t in tag("November 9, 2031", "ar", None)] == ["2031-11-09"]
    assert [t.value for t in tag("9 November 2031", "ru", None)] == ["2031-11-09"]


def test_a_quantity_before_a_month_name_of_no_year_is_no_date_with_a_year():
    assert [t.value for t in tag("Llegaron 2500 soldados en marzo.", "es", DCT)] == ["2031-03"]


@pytest.mark.parametrize("lang", [code for code in available() if has(code, "timex")])
def test_every_languages_months_and_weekdays_are_complete(lang):
    data = load(lang, "timex")
    assert set(data["months"].values()) == set(range(1, 13))
    assert set(data["weekdays"].values()) == set(range(1, 8))
    assert set(data.get("ambiguous_months", [])) <= set(data["months"]) | set(
        load(data["months_also"], "timex")["months"] if data.get("months_also") else ()
    )


def test_a_spanish_date_line_with_its_joining_words_is_furniture_and_dates_the_page():
    page = "\n".join(
        [
            "Inicio",
            "Miércoles, 12 de marzo de 2031",
            "El puerto de Kessel será reconstruido",
            "La ministra de Transporte de Valdoria, Mira Holt, anunció el miércoles la reconstrucción del "
            "puerto de Kessel. Las obras comenzarán en verano y durarán dos años.",
            "«No dejaremos solos a los habitantes de Kessel», dijo Holt ante los periodistas. La oposición "
            "criticó que el plan llega tarde y es demasiado caro.",
            "Compartir",
        ]
    )
    ex = extract_text(page, lang="es")
    assert "Miércoles, 12 de marzo de 2031" not in ex.text
    assert {r.line: r.reason for r in ex.furniture}["Miércoles, 12 de marzo de 2031"] == "date line"
    assert date_article(ex, "es", today=date(2031, 6, 1)).iso == "2031-03-12"
