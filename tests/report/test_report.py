"""Tests of the HTML and Markdown report renderers, on a small fictional story."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser

import lxml.html
import pytest

from storyline.model import (
    Article,
    DuplicateLink,
    Evidence,
    PubDate,
    Quote,
    Rejection,
    RemovedLine,
    SourceSentence,
    TimelineEntry,
    TimelineSentence,
)
from storyline.report import Dossier, render_html, render_markdown
from storyline.report.html import merge_spans, paragraphs

# ------------------------------------------------------------------------------------------
# A fictional story: the Harbour Bridge of Veldmark closes for repairs
# ------------------------------------------------------------------------------------------

COURIER = (
    "VELDMARK, 2 March 2023 — The Harbour Bridge was closed to all traffic on Wednesday "
    "after inspectors found cracks in two support cables.\n\n"
    "Inspectors found the cracks on 28 February during a routine check. The mayor said the "
    "bridge would reopen on 15 April if repairs go to plan.\n\n"
    "A reader wrote: <script>alert('x')</script> & <b>bold</b> is not how we talk."
)
WIRE = (
    "The Harbour Bridge in Veldmark was closed on 1 March after cracks were found in support "
    "cables, officials said.\n\nFerries will run every twenty minutes until the bridge reopens."
)
COPY = WIRE + "\n\nCoastal Post staff contributed."
JOURNAL = "Le pont du port de Veldmark a été fermé le 1er mars. Il rouvrira le 15 avril, selon le maire."
COSTS = "Council members questioned the cost of the repairs, estimated at 4 million crowns."


def day(value: str, confidence: float = 0.9, *evidence: Evidence) -> PubDate:
    return PubDate(date.fromisoformat(value), "day", confidence, evidence)


def article(ident: str, text: str, pub: PubDate, **kw: object) -> Article:
    return Article(
        id=ident,
        path=f"in/{ident}.html",
        content_hash=f"h-{ident}",
        text=text,
        lang=str(kw.pop("lang", "en")),
        published=pub,
        **kw,
    )  # type: ignore[arg-type]


def src(art: Article, sentence: str) -> SourceSentence:
    start = art.text.index(sentence)
    return SourceSentence(art.id, start, start + len(sentence), sentence)


ARTICLES = [
    article(
        "courier-1",
        COURIER,
        day(
            "2023-03-02",
            0.92,
            Evidence("dateline", "VELDMARK, 2 March 2023", "text", 0, 22, 1.0),
            Evidence("meta", '<meta property="article:published_time" content="2023-03-02">', "html"),
        ),
        title="Harbour bridge shut after cracks found",
        outlet="Veldmark Courier",
        url="https://courier.example/bridge",
        furniture=(
            RemovedLine("Subscribe to our newsletter", "boilerplate", 3),
            RemovedLine("© Veldmark Courier", "copyright", 40),
        ),
    ),
    article(
        "nordwire-7",
        WIRE,
        day("2023-03-01", 0.8, Evidence("input", "2023-03-01", "input")),
        title="Veldmark bridge closed",
        outlet="Nordwire",
        agency="Nordwire",
    ),
    article(
        "coastal/9",
        COPY,
        day("2023-03-02", 0.7),
        title="Veldmark bridge closed",
        outlet="Coastal Post",
        agency="Nordwire",
    ),
    article(
        "journal-3",
        JOURNAL,
        day("2023-03-05", 0.85),
        title="Le pont du port rouvrira en avril",
        outlet="Le Journal de Veldmark",
        lang="fr",
    ),
    article("costs", COSTS, PubDate(date(2023, 3, 1), "month", 0.5), title=None, outlet=None),
]
A = {a.id: a for a in ARTICLES}
CRACKS = "Inspectors found the cracks on 28 February during a routine check."
CLOSED = (
    "The Harbour Bridge was closed to all traffic on Wednesday after inspectors found cracks "
    "in two support cables."
)
REOPEN = "The mayor said the bridge would reopen on 15 April if repairs go to plan."
# overlaps CRACKS and REOPEN in the Courier text
OVERLAP = "during a routine check. The mayor said the bridge would reopen"
TIMELINE = [
    TimelineEntry(
        date(2023, 2, 28), (TimelineSentence(CRACKS, (src(A["courier-1"], CRACKS),), 0.8),), 1, 0.8
    ),
    TimelineEntry(
        date(2023, 3, 1),
        (
            TimelineSentence(
                "The Harbour Bridge was closed to all traffic.",
                (
                    src(A["courier-1"], CLOSED),
                    src(A["nordwire-7"], WIRE.split("\n")[0]),
                    src(A["coastal/9"], WIRE.split("\n")[0]),
                    src(A["journal-3"], "Le pont du port de Veldmark a été fermé le 1er mars."),
                ),
                0.95,
            ),
        ),
        4,
        0.95,
    ),
    TimelineEntry(
        date(2023, 4, 15),
        (
            TimelineSentence(
                "The bridge is to reopen on 15 April.",
                (
                    src(A["courier-1"], REOPEN),
                    src(A["courier-1"], OVERLAP),
                    src(A["journal-3"], "Il rouvrira le 15 avril, selon le maire."),
                ),
                0.7,
            ),
        ),
        2,
        0.7,
    ),
]


def dossier(**changes: object) -> Dossier:
    base = dict(
        title="The Harbour Bridge closure",
        articles=ARTICLES,
        timeline=TIMELINE,
        duplicates=[DuplicateLink("coastal/9", "nordwire-7", 0.93)],
        rejections=[
            Rejection("in/empty.html", "no article text (12 characters)", "abc123def4567890"),
            Rejection("in/<odd>.txt", "language not supported: de"),
        ],
        generated="2023-05-01T12:00:00+00:00",
    )
    base.update(changes)
    return Dossier(**base)  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------------
# Helpers: a strict tag-balance parser and an lxml tree
# ------------------------------------------------------------------------------------------

VOID = {"meta", "link", "br", "hr", "img", "input", "source", "wbr", "col", "area", "base", "embed"}


class Strict(HTMLParser):
    """Checks that every element is closed in order and that ids are unique."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.ids: list[str] = []
        self.attrs: list[tuple[str, str, str]] = []

    def _attrs(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            self.attrs.append((tag, name, value or ""))
            if name == "id":
                self.ids.append(value or "")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._attrs(tag, attrs)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._attrs(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1:]}>"
        self.stack.pop()


def strict(html: str) -> Strict:
    parser = Strict()
    parser.feed(html)
    parser.close()
    assert parser.stack == [], f"unclosed: {parser.stack}"
    assert len(parser.ids) == len(set(parser.ids)), "duplicate ids"
    return parser


def cited_text(tree: lxml.html.HtmlElement, mark_id: str, start: int, end: int) -> str:
    """The text of the pieces of the marked region lying in ``[start, end)``."""
    mark = tree.get_element_by_id(mark_id)
    parts = [mark, *tree.xpath(f'//mark[@data-part-of="{mark_id}"]')]
    out = []
    for part in parts:
        pieces = part.xpath(".//span[@class='seg']") or [part]
        out += [
            p.text_content() for p in pieces if int(p.get("data-s")) >= start and int(p.get("data-e")) <= end
        ]
    return "".join(out)


@pytest.fixture(scope="module")
def html() -> str:
    return render_html(dossier())


@pytest.fixture(scope="module")
def tree(html: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(html)


# ------------------------------------------------------------------------------------------
# HTML
# ------------------------------------------------------------------------------------------


def test_html_is_well_formed_with_unique_ids(html: str) -> None:
    parser = strict(html)
    assert "article-courier-1" in parser.ids
    assert html.startswith("<!DOCTYPE html>")


def test_html_loads_nothing_from_the_network(html: str) -> None:
    parser = strict(html)
    for tag, name, value in parser.attrs:
        if name in {"src", "href", "srcset", "action", "data", "poster", "xlink:href"}:
            assert not re.match(r"\s*(https?:)?//", value, re.I), (tag, name, value)
            assert name == "href" and value.startswith("#"), (tag, name, value)
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html, re.I)
    assert "@import" not in html and not re.search(r"url\(", html)
    assert "default-src 'none'" in html  # the CSP forbids any fetch
    tree = lxml.html.fromstring(html)
    assert not tree.xpath("//link | //img | //iframe | //script[@src] | //object | //embed")


def test_html_escapes_article_text(html: str, tree: lxml.html.HtmlElement) -> None:
    assert "<script>alert" not in html and "<b>bold</b>" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in html
    assert len(tree.xpath("//script")) == 1  # ours, inline
    body = tree.get_element_by_id("article-courier-1_text").find_class("body")[0]
    assert "<script>alert('x')</script> & <b>bold</b>" in body.text_content()
    assert "in/&lt;odd&gt;.txt" in html


def test_every_source_link_targets_a_mark_holding_the_cited_text(tree: lxml.html.HtmlElement) -> None:
    links = tree.xpath("//a[@class='src']")
    expected = [s for e in TIMELINE for t in e.sentences for s in t.sources]
    assert len(links) == len(expected)
    for link, source in zip(links, expected, strict=True):
        target = link.get("href")[1:]
        mark = tree.get_element_by_id(target)
        assert mark.tag == "mark"
        assert mark.getparent().tag == "p" and mark.xpath("ancestor::div[@class='body']")
        start, end = int(link.get("data-start")), int(link.get("data-end"))
        assert (start, end) == (source.start, source.end)
        assert source.text in mark.text_content()
        assert cited_text(tree, target, start, end) == source.text
        assert link.text_content() == f"{A[source.article].outlet} — {A[source.article].title}"


def test_non_overlapping_marks_hold_exactly_the_cited_text(tree: lxml.html.HtmlElement) -> None:
    link = tree.xpath("//a[@class='src'][contains(@href, 'journal-3')]")[0]
    assert tree.get_element_by_id(link.get("href")[1:]).text_content() == (
        "Le pont du port de Veldmark a été fermé le 1er mars."
    )
    closed = tree.xpath("//a[@class='src'][contains(@href, 'courier-1')]")[1]
    assert tree.get_element_by_id(closed.get("href")[1:]).text_content() == CLOSED


def test_overlapping_spans_merge_into_one_mark(tree: lxml.html.HtmlElement) -> None:
    body = tree.get_element_by_id("article-courier-1_text").find_class("body")[0]
    marks = body.xpath(".//mark")
    # CLOSED, then CRACKS + OVERLAP + REOPEN merged into one
    assert [m.text_content() for m in marks] == [CLOSED, CRACKS + " " + REOPEN]
    hrefs = {a.get("href") for a in tree.xpath("//a[@class='src'][contains(@href, 'courier-1')]")}
    assert len(hrefs) == 2
    # cut at every span boundary: CRACKS | overlap… | " " | …overlap | rest of REOPEN
    assert len(marks[1].xpath(".//span[@class='seg']")) == 5


def test_overlapping_and_duplicate_spans_stay_well_formed() -> None:
    text = "Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu."
    art = article("x", text, day("2023-01-01"), title="X", outlet="Y")
    spans = [(0, 16), (6, 30), (6, 30), (30, 40), (45, 50), (47, 49), (60, 200), (-5, 3)]
    entries = [
        TimelineEntry(
            date(2023, 1, i + 1), (TimelineSentence("s", (SourceSentence("x", s, e, text[max(s, 0) : e]),)),)
        )
        for i, (s, e) in enumerate(spans)
    ]
    out = render_html(dossier(articles=[art], timeline=entries, duplicates=[], rejections=[]))
    strict(out)
    tree = lxml.html.fromstring(out)
    marks = tree.get_element_by_id("article-x_text").xpath(".//mark")
    assert [m.text_content() for m in marks] == [text[0:30], text[30:40], text[45:50], text[60:]]
    for link in tree.xpath("//a[@class='src']"):
        s, e = int(link.get("data-start")), int(link.get("data-end"))
        assert cited_text(tree, link.get("href")[1:], max(s, 0), e) == text[max(s, 0) : e]


def test_span_across_a_paragraph_break_is_split() -> None:
    text = "First paragraph ends here.\n\nSecond paragraph starts here. And goes on."
    art = article("p", text, day("2023-01-01"), title="P", outlet="Q")
    start, end = text.index("ends"), text.index(" And")
    entry = TimelineEntry(
        date(2023, 1, 1), (TimelineSentence("s", (SourceSentence("p", start, end, text[start:end]),)),)
    )
    out = render_html(dossier(articles=[art], timeline=[entry], duplicates=[], rejections=[]))
    strict(out)
    tree = lxml.html.fromstring(out)
    mark_id = tree.xpath("//a[@class='src']")[0].get("href")[1:]
    parts = [tree.get_element_by_id(mark_id), *tree.xpath(f"//mark[@data-part-of='{mark_id}']")]
    assert [p.text_content() for p in parts] == ["ends here.", "Second paragraph starts here."]
    assert [p.getparent() for p in parts][0] is not parts[1].getparent()


def test_paragraphs_are_kept(tree: lxml.html.HtmlElement) -> None:
    body = tree.get_element_by_id("article-courier-1_text").find_class("body")[0]
    assert len(body.xpath("./p")) == 3


def test_header_counts_and_sections(tree: lxml.html.HtmlElement) -> None:
    stats = {
        dt.text_content(): dd.text_content()
        for dt, dd in zip(
            tree.xpath("//dl[@class='stats']//dt"), tree.xpath("//dl[@class='stats']//dd"), strict=True
        )
    }
    assert stats == {
        "articles": "5",
        "outlets": "4",
        "duplicates": "1",
        "rejected inputs": "2",
        "timeline entries": "3",
        "date span": "2023-02-28 – 2023-04-15",
    }
    for ident in ("timeline", "chart", "articles", "rejected", "d-2023-03-01", "d-2023-03-01_s1"):
        assert tree.get_element_by_id(ident) is not None
    rejected = tree.get_element_by_id("rejected").text_content()
    assert "no article text (12 characters)" in rejected and "language not supported: de" in rejected


def test_article_card_shows_date_evidence_duplicate_and_furniture(tree: lxml.html.HtmlElement) -> None:
    courier = tree.get_element_by_id("article-courier-1")
    text = " ".join(courier.text_content().split())
    assert "published 2023-03-02 (day, confidence 0.92)" in text
    assert "Why this date" in text and "VELDMARK, 2 March 2023" in text and "chars 0–22" in text
    assert "Subscribe to our newsletter" in text and "boilerplate" in text
    assert courier.xpath(".//details[contains(@class, 'why')]")
    copy = tree.get_element_by_id("article-coastal-9")
    assert "Copy of Nordwire — Veldmark bridge closed (similarity 0.93)" in " ".join(
        copy.text_content().split()
    )
    assert copy.xpath(".//p[@class='dup']/a")[0].get("href") == "#article-nordwire-7"
    costs = " ".join(tree.get_element_by_id("article-costs").text_content().split())
    assert "published 2023-03 (month, confidence 0.50)" in costs


def test_chart_counts_articles_per_day(tree: lxml.html.HtmlElement) -> None:
    svg = tree.xpath("//svg")[0]
    bars = svg.xpath(".//g[@class='bar']")
    assert len(bars) == 5  # 1 to 5 March
    titles = [b.findtext("title") for b in bars]
    assert titles[0] == "2023-03-01: 1 article"
    assert titles[1] == "2023-03-02: 2 articles (1 duplicate)"
    assert len(svg.xpath(".//rect[@class='dup']")) == 1
    assert (
        "1 with only a month, a year or no date is not drawn"
        in tree.get_element_by_id("chart").text_content()
    )


def test_a_large_dossier_gives_cards_only_to_the_articles_it_links_to(monkeypatch) -> None:
    import storyline.report.html

    monkeypatch.setattr(storyline.report.html, "ARTICLES_IN_FULL", 3)
    out = render_html(dossier())
    strict(out)
    tree = lxml.html.fromstring(out)
    cards = {a.get("id") for a in tree.xpath("//section[@id='articles']/article")}
    assert cards == {"article-courier-1", "article-nordwire-7", "article-coastal-9", "article-journal-3"}
    assert "the other 1 are left out of this page" in " ".join(out.split())
    assert "article-costs" not in out  # cited nowhere: no card, and no link to one
    targets = set(tree.xpath("//@id"))
    assert {h[1:] for h in tree.xpath("//a/@href")} <= targets
    assert tree.get_element_by_id("articles").xpath(".//details[contains(@class, 'text')]")


def test_a_copy_with_a_card_names_an_original_without_one_unlinked(monkeypatch) -> None:
    import storyline.report.html

    monkeypatch.setattr(storyline.report.html, "ARTICLES_IN_FULL", 3)
    wire = WIRE.split("\n")[0]
    entry = TimelineEntry(date(2023, 3, 1), (TimelineSentence(wire, (src(A["coastal/9"], wire),)),))
    tree = lxml.html.fromstring(render_html(dossier(timeline=[entry])))
    assert {a.get("id") for a in tree.xpath("//section[@id='articles']/article")} == {"article-coastal-9"}
    dup = tree.get_element_by_id("article-coastal-9").xpath(".//p[@class='dup']")[0]
    assert not dup.xpath(".//a") and "Nordwire — Veldmark bridge closed" in dup.text_content()
    assert {h[1:] for h in tree.xpath("//a/@href")} <= set(tree.xpath("//@id"))


def test_missing_article_and_bad_span_do_not_break() -> None:
    entry = TimelineEntry(
        date(2023, 3, 3),
        (
            TimelineSentence(
                "Ghost.",
                (SourceSentence("nowhere", 0, 5, "Ghost"), SourceSentence("costs", 500, 600, "?")),
            ),
        ),
    )
    out = render_html(dossier(timeline=[entry]))
    strict(out)
    tree = lxml.html.fromstring(out)
    assert not tree.xpath("//a[@class='src']")
    assert "article not in this dossier" in out and "span outside the article text" in out


def test_empty_dossier() -> None:
    empty = dossier(articles=[], timeline=[], duplicates=[], rejections=[])
    strict(render_html(empty))
    md = render_markdown(empty)
    assert "No dated events were found." in md and "No articles." in md


def test_merge_spans_and_paragraphs() -> None:
    regions = merge_spans([(5, 9), (0, 3), (2, 4), (4, 6), (9, 12)])
    assert [(r.start, r.end) for r in regions] == [(0, 4), (4, 9), (9, 12)]
    assert regions[0].spans == ((0, 3), (2, 4))
    assert paragraphs("a\n\nbb\n\n\ncc") == [(0, 1), (3, 5), (8, 10)]
    assert paragraphs("") == [(0, 0)]


# ------------------------------------------------------------------------------------------
# Markdown
# ------------------------------------------------------------------------------------------


def test_markdown_has_dates_and_sources() -> None:
    md = render_markdown(dossier())
    for d in ("## 2023-02-28", "## 2023-03-01", "## 2023-04-15"):
        assert f"\n{d}\n" in md
    c = src(A["courier-1"], CRACKS)
    assert (
        f"- {CRACKS} — [Veldmark Courier, Harbour bridge shut after cracks found](#article-courier-1) "
        f"chars {c.start}–{c.end}" in md
    )
    assert "[Le Journal de Veldmark, Le pont du port rouvrira en avril](#article-journal-3) chars 0–52" in md
    for anchor in ("article-courier-1", "article-nordwire-7", "article-coastal-9", "article-costs"):
        assert f'<a id="{anchor}"></a>' in md
    assert (
        "[Coastal Post, Veldmark bridge closed](#article-coastal-9) is a copy of "
        "[Nordwire, Veldmark bridge closed](#article-nordwire-7) (similarity 0.93)" in md
    )
    assert "- in/&lt;odd&gt;.txt — language not supported: de" in md
    assert "| 2023-03 (month, 0.50) |" in md
    assert "# Articles" in md and "# Duplicates" in md and "# Rejected inputs" in md
    assert "<script>" not in md and COURIER[:40] not in md  # no full texts


def test_markdown_escapes_markup() -> None:
    art = article("m", "Text.", day("2023-01-01"), title="A *bold* [claim] | <b>x</b>", outlet="O_1")
    md = render_markdown(dossier(articles=[art], timeline=[], duplicates=[], rejections=[]))
    assert r"A \*bold\* \[claim\] \| &lt;b&gt;x&lt;/b&gt;" in md and r"O\_1" in md


def test_chart_bins_by_week_or_month_over_long_spans() -> None:
    arts = [
        article("w1", "a", day("2022-01-03"), outlet="O"),
        article("w2", "b", day("2022-06-08"), outlet="O"),
        article("w3", "c", day("2022-06-09"), outlet="O"),
    ]
    tree = lxml.html.fromstring(render_html(dossier(articles=arts, timeline=[], duplicates=[])))
    titles = [t.text for t in tree.xpath("//svg//g[@class='bar']/title")]
    assert titles[0] == "week of 2022-01-03: 1 article" and "week of 2022-06-06: 2 articles" in titles
    arts.append(article("w4", "d", day("2024-12-31"), outlet="O"))
    tree = lxml.html.fromstring(render_html(dossier(articles=arts, timeline=[], duplicates=[])))
    titles = [t.text for t in tree.xpath("//svg//g[@class='bar']/title")]
    assert len(titles) == 36 and titles[5] == "2022-06: 2 articles"


def test_articles_known_to_their_month_or_year_come_after_that_period_s_days():
    from datetime import date

    from storyline.model import Article, PubDate
    from storyline.report.html import article_order

    def art(article_id: str, pub: PubDate) -> Article:
        return Article(article_id, f"{article_id}.txt", article_id, "Un texte.", "fr", pub)

    arts = [
        art("undated", PubDate.unknown()),
        art("year", PubDate(date(2031, 1, 1), "year", 0.6)),
        art("march", PubDate(date(2031, 3, 1), "month", 0.6)),
        art("june", PubDate(date(2031, 6, 4), "day", 0.9)),
        art("march2", PubDate(date(2031, 3, 2), "day", 0.9)),
    ]
    assert [a.id for a in sorted(arts, key=article_order)] == ["march2", "march", "june", "year", "undated"]


def _figures() -> tuple[list, list]:
    """Cable counts of the bridge story, two of them from articles of the same day that disagree."""
    from storyline.corpus.figures import figure_conflicts, figure_series
    from storyline.model import Figure

    def fig(article: str, text: str, value: float, previous: float | None = None) -> Figure:
        start = A[article].text.index(text)
        kind = "target" if previous is not None else "count"
        return Figure(
            article,
            start,
            start + len(text),
            text,
            value,
            value,
            value,
            "cable",
            "cables",
            kind=kind,
            previous=previous,
            confidence=0.9,
            context=("bridge", "support", "veldmark"),  # the same bridge
        )

    figures = [
        fig("courier-1", "two support cables", 2),
        fig("coastal/9", COPY[:12], 3),  # an invented disagreement: the Courier's day
        fig("nordwire-7", WIRE.split("\n")[0][:12], 4, previous=2),
    ]
    published = {a.id: a.published for a in ARTICLES}
    series = figure_series(figures, published)
    exact = {a.id: a.published.value for a in ARTICLES if a.published.granularity == "day"}
    return series, figure_conflicts(series, exact)


def test_key_figures_and_disagreements_are_drawn_and_linked() -> None:
    series, conflicts = _figures()
    html = render_html(dossier(figures=series, conflicts=conflicts))
    strict(html)
    tree = lxml.html.fromstring(html)
    section = tree.get_element_by_id("figures")
    assert section.xpath(".//svg[contains(@class, 'figure-chart')]//circle")
    assert section.xpath(".//svg//line[@class='change']")  # the target's change from 2
    hrefs = {a.get("href") for a in section.xpath(".//a")}
    assert "#article-courier-1" in hrefs
    assert tree.xpath("//nav//a[@href='#figures']")
    assert len(conflicts) == 1
    assert "Where the sources disagree" in section.text_content()
    assert "#article-coastal-9" in hrefs


def test_markdown_has_every_section_of_the_html_report() -> None:
    from storyline.model import EntityMention, EntitySummary, Quote, StorySummary

    series, conflicts = _figures()
    said = "the bridge would reopen on 15 April if repairs go to plan"
    start = COURIER.index(said)
    mayor = COURIER.index("The mayor")
    quote = Quote(
        "courier-1", start, start + len(said), said, "The mayor", mayor, mayor + 9, "", "said", "after", 0.9
    )
    story = StorySummary(4, "en", "Harbour Bridge · Veldmark", ("courier-1", "nordwire-7"), 1)
    at = COURIER.index("VELDMARK")
    names = [
        EntityMention(a, at, at + 8, "VELDMARK", "LOC", 7, 1.0, "new entity")
        for a in ("courier-1", "coastal/9")
    ]
    place = EntitySummary(7, "Veldmark", "LOC", ("VELDMARK",), (), tuple(names))
    md = render_markdown(
        dossier(figures=series, conflicts=conflicts, quotes=[quote], stories=[story], entities=[place])
    )
    headings = [line for line in md.splitlines() if line.startswith("# ")]
    assert headings[1:5] == ["# Timeline", "# Stories", "# Who said what", "# Key figures"]
    assert '## <a id="story-4"></a>#4 Harbour Bridge · Veldmark' in md
    assert (
        "## The mayor" in md and f"- « {said} » — 2023-03-02 [Harbour bridge shut after cracks found]" in md
    )
    assert "## Where the sources disagree" in md and "*against*" in md
    assert "](#article-coastal-9)" in md.split("## Where the sources disagree")[1]
    assert "· story #" not in md  # the series belongs to no story
    assert "## Veldmark (LOC)" in md and "Also: VELDMARK" in md


def test_csv_tables_hold_one_row_per_fact_with_its_span() -> None:
    import dataclasses

    from storyline.report.tables import dossier_tables

    series, conflicts = _figures()
    open_ended = dataclasses.replace(series[0].figures[0], high=float("inf"), qualifier="over")
    series = [dataclasses.replace(series[0], figures=(open_ended, *series[0].figures[1:]))]
    tables = dossier_tables(dossier(figures=series, conflicts=conflicts))
    assert list(tables) == [
        "articles",
        "timeline",
        "stories",
        "entities",
        "quotes",
        "figures",
        "disagreements",
    ]
    header, rows = tables["figures"]
    first = dict(zip(header, rows[0], strict=True))
    assert first["high"] is None and first["qualifier"] == "over"  # no upper bound: an empty cell
    assert first["value"] == 4 and isinstance(first["value"], int)  # whole: no ".0"
    for row in rows:
        row = dict(zip(header, row, strict=True))
        assert A[row["article"]].text[row["start"] : row["end"]] == row["text"]
    header, rows = tables["disagreements"]
    assert len(rows) == len(conflicts) == 1
    row = dict(zip(header, rows[0], strict=True))
    for side in ("a", "b"):
        text = A[row[f"{side}_article"]].text
        assert text[row[f"{side}_start"] : row[f"{side}_end"]] == row[f"{side}_text"]
    header, rows = tables["timeline"]
    assert len(rows) == sum(len(s.sources) for e in TIMELINE for s in e.sentences)


def test_spans_are_as_precise_as_each_publication_date():
    from storyline.views import published_span

    year, day = PubDate(date(2020, 1, 1), "year", 0.6), PubDate(date(2024, 1, 25), "day", 0.9)
    january = PubDate(date(2020, 1, 6), "day", 0.9)
    assert published_span([day, year]) == "2020 – 2024-01-25"
    assert published_span([year, january]) == "2020"  # the year may hold days after 6 January
    first_day, december = PubDate(date(2020, 1, 1), "day", 0.9), PubDate(date(2020, 12, 1), "month", 0.6)
    assert published_span([first_day, year]) == published_span([december, year]) == "2020"
    assert published_span([first_day, PubDate(date(2020, 1, 1), "month", 0.6)]) == "2020-01"
    assert published_span([january, PubDate.unknown()]) == "2020-01-06"
    assert published_span([PubDate.unknown()]) == ""


def test_quotations_are_dated_as_precisely_as_their_article():
    from storyline.views import quotes_markdown, quotes_text

    def article(id_: str, pub: PubDate) -> Article:
        return Article(id_, f"{id_}.txt", id_, "« Nous resterons », a dit Ilan Sorel.", "fr", pub, title=id_)

    arts = {
        "y": article("y", PubDate(date(2020, 1, 1), "year", 0.6)),
        "d": article("d", PubDate(date(2020, 1, 6), "day", 0.9)),
        "u": article("u", PubDate.unknown()),
    }
    quotes = [Quote(a, 3, 17, "Nous resterons", "Ilan Sorel", 28, 38, "Ilan Sorel", "a dit") for a in arts]
    text = quotes_text(quotes, arts)
    assert "↳ 2020 " in text and "2020-01-01" not in text  # a year, not its first day
    assert "↳ 2020-01-06 " in text and "↳ undated " in text
    assert text.index("↳ 2020 ") < text.index("↳ 2020-01-06 ") < text.index("↳ undated ")
    assert "| 2020 |" in quotes_markdown(quotes, arts)


def test_a_speaker_named_by_another_article_links_to_it():
    said = "the bridge would reopen on 15 April if repairs go to plan"
    start = COURIER.index(said)
    mayor = JOURNAL.index("le maire")
    quote = Quote(
        "courier-1",
        start,
        start + len(said),
        said,
        "le maire",
        mayor,
        mayor + 8,
        "",
        "selon",
        "the same words attributed to 'le maire' in [journal-3 …]",
        0.56,
        speaker_article="journal-3",
    )
    page = lxml.html.fromstring(render_html(dossier(quotes=[quote])))
    (item,) = page.xpath('//section[@id="quotes"]//li')
    assert [a.get("href") for a in item.xpath(".//a")] == ["#article-courier-1", "#article-journal-3"]
    assert page.get_element_by_id("article-journal-3") is not None
    assert "speaker named by Le pont du port rouvrira en avril" in item.text_content()
    md = render_markdown(dossier(quotes=[quote]))
    assert "speaker named by [Le pont du port rouvrira en avril](#article-journal-3)" in md


def test_an_article_cited_twice_for_one_line_is_named_once() -> None:
    from storyline.views import timeline_markdown, timeline_text

    first = src(A["courier-1"], CRACKS)
    second = SourceSentence(first.article, 200, 260, CRACKS)
    other = src(A["journal-3"], A["journal-3"].text[:52])
    entry = TimelineEntry(date(2023, 2, 28), (TimelineSentence(CRACKS, (first, other, second), 0.8),), 2, 0.8)
    labels = {first.article: "Courier", other.article: "Journal"}
    text = timeline_text([entry], labels)
    assert text.count("Courier") == 1
    assert f"Courier [{first.article} {first.start}:{first.end}, 200:260], Journal" in text
    md = timeline_markdown([entry], labels)
    assert f"Courier ({first.article}, chars {first.start}–{first.end}, 200–260); Journal" in md
