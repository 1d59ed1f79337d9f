"""Web archives (WARC/ARC) and feeds (RSS, Atom) as inputs: one article per page or entry.

The archives are written here with warcio from invented pages (Port-Vallon, the Merle); the
feeds are invented too.
"""

from __future__ import annotations

import gzip as gzip_module
import io
import json
from collections import Counter
from datetime import date

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storyline.model import RawDoc, Rejection
from storyline.pipeline import build, date_page, latest_possible
from storyline.sources.decode import decode
from storyline.sources.files import MAX_BYTES, discover, read_path
from storyline.store import Store

PAGE = (
    "<html><head><meta charset='utf-8'><title>Le pont de la Merle fermé</title></head><body>"
    "<article><h1>Le pont de la Merle fermé</h1><p>Publié le {stamp}</p>"
    "<p>Le conseil municipal de Port-Vallon a voté la fermeture du vieux pont de la Merle à toute "
    "circulation automobile, après la découverte de fissures profondes dans deux de ses piles par les "
    "ingénieurs de la ville. Une navette gratuite reliera les deux rives toutes les vingt minutes.</p>"
    "<p>« Nous ne prendrons aucun risque avec la sécurité des habitants », a déclaré la maire, Odile "
    "Ferrand, à l'issue d'une séance qui a duré plus de trois heures.</p></article></body></html>"
)


def write_archive(path, records, gzip=True):
    """A WARC of ``records``: (url, body, content type, HTTP status, fetch date) responses, and
    the name of any other record type as a plain string."""
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        for rec in records:
            if isinstance(rec, str):
                payload = (
                    b"GET / HTTP/1.1\r\nHost: gazette.example\r\n\r\n" if rec == "request" else b"via: test"
                )
                writer.write_record(
                    writer.create_warc_record("http://gazette.example/", rec, payload=io.BytesIO(payload))
                )
                continue
            url, body, ctype, status, fetched = rec
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    url,
                    "response",
                    payload=io.BytesIO(body),
                    http_headers=http,
                    warc_headers_dict={"WARC-Date": fetched},
                )
            )


def page(
    url="http://gazette.example/2031/03/pont",
    stamp="3 mars 2031",
    ctype="text/html; charset=utf-8",
    status="200 OK",
    fetched="2031-03-05T10:00:00Z",
    encoding="utf-8",
):
    return (url, PAGE.format(stamp=stamp).encode(encoding), ctype, status, fetched)


def test_an_archive_gives_its_pages_with_address_and_fetch_day(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_archive(
        path,
        [
            "request",
            page(),
            page("http://gazette.example/logo.png", ctype="image/png"),
            page("http://gazette.example/old", status="404 Not Found"),
            page("http://gazette.example/moved", status="301 Moved Permanently"),
            "metadata",
            page("http://gazette.example/2031/03/suite", stamp="4 mars 2031", fetched="2031-03-06T08:00:00Z"),
        ],
    )
    left_out: Counter[str] = Counter()
    docs = list(read_path(str(path), left_out))
    assert [d.path for d in docs] == [f"{path}:2", f"{path}:7"]
    assert all(isinstance(d, RawDoc) and d.kind == "html" for d in docs)
    assert docs[0].hints == {"url": "http://gazette.example/2031/03/pont", "crawled": "2031-03-05"}
    assert docs[1].hints["crawled"] == "2031-03-06"
    assert left_out == Counter({"request": 1, "metadata": 1, "image/png": 1, "HTTP 404": 1, "HTTP 301": 1})


def test_an_uncompressed_archive_in_a_folder_is_found_and_read(tmp_path):
    write_archive(tmp_path / "a.warc", [page()], gzip=False)
    write_archive(tmp_path / "b.warc.gz", [page()])
    found = list(discover([str(tmp_path)]))
    assert [p.rsplit("/", 1)[1] for p in found] == ["a.warc", "b.warc.gz"]
    [a], [b] = (list(read_path(p)) for p in found)
    assert a.content_hash == b.content_hash  # the same page fetched twice is one input


def test_the_charset_of_the_http_header_is_honoured(tmp_path):
    path = tmp_path / "latin.warc.gz"
    body = PAGE.replace("<meta charset='utf-8'>", "").format(stamp="3 mars 2031").encode("latin-1")
    write_archive(
        path,
        [
            (
                "http://gazette.example/p",
                body,
                "text/html; charset=ISO-8859-1",
                "200 OK",
                "2031-03-05T10:00:00Z",
            )
        ],
    )
    [doc] = read_path(str(path))
    text = decode(doc.content)
    assert "Publié le 3 mars 2031" in text and "« Nous ne prendrons" in text


def test_a_damaged_archive_keeps_the_pages_before_the_damage(tmp_path):
    path = tmp_path / "cut.warc.gz"
    write_archive(path, [page(), page("http://gazette.example/2", stamp="4 mars 2031")])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 200])  # the second page cut short
    first, second = read_path(str(path))
    assert isinstance(first, RawDoc) and first.hints["url"].endswith("/pont")
    assert isinstance(second, Rejection) and second.reason.startswith("cut short")
    [garbage] = read_path(_write(tmp_path / "junk.warc", b"this is no archive at all\n" * 20))
    assert isinstance(garbage, Rejection) and "does not open with a WARC or ARC header" in garbage.reason


def test_a_page_too_large_is_refused_alone(tmp_path):
    path = tmp_path / "big.warc.gz"
    huge = (
        "http://gazette.example/big",
        b"<html><body>" + b"a" * (MAX_BYTES + 10) + b"</body></html>",
        "text/html",
        "200 OK",
        "2031-03-05T10:00:00Z",
    )
    write_archive(path, [huge, page()])
    big, ok = read_path(str(path))
    assert isinstance(big, Rejection) and big.reason.startswith("too large") and big.content_hash
    assert isinstance(ok, RawDoc)


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>La Gazette de Port-Vallon</title><link>http://gazette.example/</link>
<language>fr-FR</language>
<item><title>Grève au port</title><link>http://gazette.example/2031/04/greve</link>
<pubDate>Tue, 08 Apr 2031 00:30:00 +0200</pubDate>
<description>Les dockers sont en grève.</description>
<content:encoded><![CDATA[<p>Les dockers de Port-Vallon ont cessé le travail mardi.</p>]]></content:encoded>
</item>
<item><title>Le marché rouvre</title><link>http://gazette.example/2031/04/marche</link>
<pubDate>Wed, 09 Apr 2031 18:00:00 +0200</pubDate>
<description>Après deux ans de travaux, le marché couvert a rouvert ses portes mercredi.</description>
</item>
<item><title>Vide</title><description>   </description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Merle Info</title><id>urn:merle</id>
<updated>2031-05-02T09:00:00Z</updated>
<entry><title>Crue de la Merle</title><id>urn:merle:1</id>
<link href="http://merle.example/crue"/><updated>2031-05-02T09:00:00+02:00</updated>
<content type="html">&lt;p&gt;La Merle est sortie de son lit à Lorvel.&lt;/p&gt;</content></entry>
<entry><title>Digue</title><id>urn:merle:2</id><link href="http://merle.example/digue"/>
<published>2031-04-30T23:30:00-04:00</published><updated>2031-05-01T10:00:00Z</updated>
<summary>La digue de Lorvel a tenu.</summary></entry>
</feed>
"""


def _write(path, data):
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return str(path)


def test_rss_entries_are_articles_dated_in_the_feeds_own_time_zone(tmp_path):
    full, summary, empty = read_path(_write(tmp_path / "flux.xml", RSS))
    assert full.kind == "html" and "cessé le travail" in full.content.decode()
    # 00:30 in Paris is still the 7th in UTC: the feed's own day is kept.
    assert full.hints == {
        "url": "http://gazette.example/2031/04/greve",
        "title": "Grève au port",
        "lang": "fr",
        "date": "2031-04-08",
    }
    assert "marché couvert" in summary.content.decode() and summary.hints["date"] == "2031-04-09"
    assert isinstance(empty, Rejection) and "no content or summary" in empty.reason
    assert full.path.endswith("flux.xml:1") and empty.path.endswith("flux.xml:3")


def test_an_atom_entry_only_updated_is_bounded_not_dated(tmp_path):
    updated_only, published = read_path(_write(tmp_path / "merle.atom", ATOM))
    assert "date" not in updated_only.hints and updated_only.hints["updated"] == "2031-05-02"
    assert published.hints["date"] == "2031-04-30"  # 23:30 in New York, the 1st in UTC
    assert updated_only.kind == "html" and published.hints["url"] == "http://merle.example/digue"


def test_the_same_entry_in_a_later_copy_of_the_feed_is_one_input(tmp_path):
    first = list(read_path(_write(tmp_path / "a.rss", RSS)))
    again = list(
        read_path(_write(tmp_path / "b.rss", RSS.replace("Grève au port", "Grève au port (mis à jour)")))
    )
    assert first[1].content_hash == again[1].content_hash
    assert first[0].content_hash != again[0].content_hash  # a corrected entry is a new input


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("", "empty file"),
        (
            "<?xml version='1.0'?><urlset><url><loc>http://x.example/</loc></url></urlset>",
            "not an RSS or Atom feed",
        ),
        ("<rss version='2.0'><channel><title>Rien</title></channel></rss>", "a feed with no entries"),
    ],
)
def test_xml_that_gives_no_entry_is_refused_with_a_reason(tmp_path, content, reason):
    [refused] = read_path(_write(tmp_path / "x.xml", content))
    assert isinstance(refused, Rejection) and refused.reason.startswith(reason)


@pytest.mark.parametrize(("feed", "marker"), [(RSS, "le marché couvert"), (ATOM, "La digue de")])
def test_a_feed_cut_short_keeps_its_whole_entries_and_says_where_it_broke(tmp_path, feed, marker):
    cut = feed[: feed.index(marker) + len(marker)]
    read = list(read_path(_write(tmp_path / "cut.xml", cut)))
    first, cut_entry, damaged = read
    assert isinstance(first, RawDoc) and first.path.endswith("cut.xml:1")
    assert isinstance(cut_entry, Rejection) and cut_entry.path.endswith("cut.xml:2")
    assert cut_entry.reason.startswith("cut short")
    assert isinstance(damaged, Rejection) and damaged.path.endswith("cut.xml")
    assert damaged.reason.startswith("damaged feed") and "after entry 1" in damaged.reason
    # A closing tag quoted in an entry's CDATA closes no entry.
    quoted = cut.replace("<description>", "<description><![CDATA[<code></item></entry></code>]]>", 1)
    assert isinstance(list(read_path(_write(tmp_path / "quoted.xml", quoted)))[1], Rejection)
    early = list(read_path(_write(tmp_path / "early.xml", feed[: feed.index(marker) // 3])))
    assert all(isinstance(r, Rejection) for r in early) and early[-1].reason.startswith("damaged feed")


def test_a_damaged_feed_read_whole_again_is_no_longer_refused(tmp_path):
    store = Store.open(str(tmp_path / "s.db"))
    feed = tmp_path / "in" / "flux.xml"
    feed.parent.mkdir()
    _write(feed, RSS[: RSS.index("le marché couvert")])
    build([str(feed.parent)], store)
    assert any(r.path == str(feed) and r.reason.startswith("damaged feed") for r in store.rejections())
    _write(feed, RSS)  # fetched again, whole
    build([str(feed.parent)], store)
    assert not any(r.path == str(feed) for r in store.rejections())


@pytest.mark.parametrize(
    "whole",
    [
        RSS + "<!-- served from cache -->\n",  # a cache's note after the closing tag
        RSS.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"),
        ATOM.encode("utf-8") + b"\x00" * 8,  # padding: malformed, yet not cut
    ],
)
def test_a_whole_feed_is_not_taken_for_one_cut_short(tmp_path, whole):
    read = list(read_path(_write(tmp_path / "whole.xml", whole)))
    assert sum(isinstance(r, RawDoc) for r in read) >= 2
    assert not any(isinstance(r, Rejection) and r.reason.startswith(("cut", "damaged")) for r in read)


def test_the_last_possible_day_is_the_day_after_the_fetch_or_the_update():
    # a crawl's day is UTC's: the page's own day may already be the next
    assert latest_possible({"crawled": "2031-03-12T23:30:00Z"}) == date(2031, 3, 13)
    assert latest_possible({"crawled": "2031-03-12", "updated": "2031-03-10"}) == date(2031, 3, 10)
    assert latest_possible({"crawled": "soon"}) is None and latest_possible({}) is None


def test_a_page_is_never_dated_after_it_was_fetched():
    def dated(stamp, crawled):
        body = PAGE.format(stamp=stamp).encode()
        return date_page(RawDoc("p.html", body, "html", "h", {"crawled": crawled}))

    assert dated("3 mars 2031", "2031-03-05").value == date(2031, 3, 3)
    assert dated("8 avril 2031", "2031-04-07").value == date(2031, 4, 8)  # 00:30 in Paris, 22:30 UTC
    later = dated("20 mars 2031", "2031-03-12")
    assert later.value is None or later.value <= date(2031, 3, 12)


def test_build_reads_a_folder_of_feeds_and_archives(tmp_path, cli_json):
    inputs = tmp_path / "in"
    inputs.mkdir()
    write_archive(
        inputs / "crawl.warc.gz", ["request", page(), page("http://gazette.example/x.css", ctype="text/css")]
    )
    story = (
        "<p>Les dockers de Port-Vallon ont cessé le travail mardi à l'aube pour protester contre la "
        "réforme des horaires, a indiqué le syndicat. Le mouvement pourrait durer toute la semaine, selon "
        "son secrétaire, Marc Delorme, qui réclame une rencontre avec la direction du port.</p>"
    )
    _write(
        inputs / "flux.rss",
        RSS.replace("<p>Les dockers de Port-Vallon ont cessé le travail mardi.</p>", story),
    )
    db = tmp_path / "s.db"
    summary = cli_json(["build", inputs, "--db", db, "--format", "json", "--quiet"])
    assert summary["added"] == 2 and summary["archive_records_left_out"] == {"request": 1, "text/css": 1}
    # the summary-only entry is too short to be an article; the empty one has nothing at all
    assert sorted(r["reason"].split(":")[0] for r in summary["rejected"]) == [
        "feed entry with no content or summary",
        "no article text",
    ]
    arts = {a.get("url"): a for a in cli_json(["articles", "--db", db, "--format", "json"])}
    greve = arts["http://gazette.example/2031/04/greve"]
    assert (greve["published"]["date"], greve["outlet"], greve["title"]) == (
        "2031-04-08",
        "gazette.example",
        "Grève au port",
    )
    assert arts["http://gazette.example/2031/03/pont"]["published"]["date"] == "2031-03-03"


def test_what_a_crawler_writes_of_its_own_is_left_out(tmp_path):
    path = tmp_path / "wget.warc.gz"
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, ctype in (
            ("metadata://gnu.org/software/wget/warc/wget.log", "text/plain"),
            ("dns:gazette.example", "text/dns"),
        ):
            writer.write_record(
                writer.create_warc_record(
                    url,
                    "resource",
                    payload=io.BytesIO(b"Opening WARC file x.warc.gz."),
                    warc_content_type=ctype,
                )
            )
        writer.write_record(
            writer.create_warc_record(
                "http://gazette.example/page.html",
                "resource",
                payload=io.BytesIO(PAGE.format(stamp="3 mars 2031").encode()),
                warc_content_type="text/html",
            )
        )
    write_archive(tmp_path / "more.warc.gz", [page("http://gazette.example/robots.txt", ctype="text/plain")])
    left_out: Counter[str] = Counter()
    [doc] = list(read_path(str(path), left_out)) + list(read_path(str(tmp_path / "more.warc.gz"), left_out))
    assert doc.hints["url"] == "http://gazette.example/page.html" and doc.kind == "html"
    assert left_out == Counter({"metadata: address": 1, "dns: address": 1, "robots.txt": 1})


def test_a_page_the_crawler_truncated_is_refused(tmp_path):
    path = tmp_path / "t.warc.gz"
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        body = io.BytesIO(PAGE.format(stamp="3 mars 2031").encode())
        writer.write_record(
            writer.create_warc_record(
                "http://gazette.example/p",
                "response",
                payload=body,
                http_headers=http,
                warc_headers_dict={"WARC-Truncated": "length"},
            )
        )
    [refused] = read_path(str(path))
    assert isinstance(refused, Rejection) and refused.reason.startswith("cut short by the crawler")


def test_an_archive_cut_inside_a_header_says_so(tmp_path):
    path = tmp_path / "c.warc"
    write_archive(path, [page(), page("http://gazette.example/2", stamp="4 mars 2031")], gzip=False)
    data = path.read_bytes()
    second = data.index(b"WARC/1", 10)
    http = data.index(b"HTTP/1.1", second) - second
    for cut in (40, 100, 200, 300, http + 20):  # inside the second record's WARC or HTTP header
        path.write_bytes(data[: second + cut])
        first, damaged = read_path(str(path))
        assert isinstance(first, RawDoc)
        assert isinstance(damaged, Rejection) and damaged.reason.startswith("damaged web archive")


def test_an_archive_gzipped_as_one_block_is_refused_with_what_to_do(tmp_path):
    plain = tmp_path / "a.warc"
    write_archive(plain, [page(), page("http://gazette.example/2", stamp="4 mars 2031")], gzip=False)
    whole = tmp_path / "a.warc.gz"
    whole.write_bytes(gzip_module.compress(plain.read_bytes()))
    items = list(read_path(str(whole)))
    assert isinstance(items[-1], Rejection) and "gunzip it" in items[-1].reason


RSS1 = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="http://merle.example/"><title>Merle Info</title><link>http://merle.example/</link>
<description>x</description><dc:language>fr_FR</dc:language></channel>
<item rdf:about="http://merle.example/crue"><title>Crue de la Merle</title><link>http://merle.example/crue</link>
<description>La Merle est sortie de son lit.</description><dc:date>2031-05-02T08:00:00+02:00</dc:date></item>
</rdf:RDF>
"""


def test_an_rss_dc_date_is_the_publication_day(tmp_path):
    [entry] = read_path(_write(tmp_path / "merle.rdf.xml", RSS1))
    assert entry.hints["date"] == "2031-05-02" and "updated" not in entry.hints


def test_an_aggregators_entry_names_its_outlet_and_an_html_title_is_text(tmp_path):
    feed = RSS.replace(
        "<title>Grève au port</title>",
        "<title><![CDATA[L&#8217;été &amp; <em>la grève</em>]]></title>"
        "<source url='http://echo.example/rss'>L'Écho de Lorvel</source>",
    )
    first = next(iter(read_path(_write(tmp_path / "news.rss", feed))))
    assert first.hints["title"] == "L\u2019été & la grève" and first.hints["source"] == "L'Écho de Lorvel"


def test_only_xml_files_that_are_feeds_are_read_from_a_folder(tmp_path):
    _write(tmp_path / "flux.xml", RSS)
    _write(tmp_path / "prefixed.xml", ATOM.replace("<feed xmlns=", "<atom:feed xmlns:atom="))
    _write(
        tmp_path / "sitemap.xml",
        "<?xml version='1.0'?><urlset><url><loc>http://x.example/</loc></url></urlset>",
    )
    passed_over: list[str] = []
    found = list(discover([str(tmp_path)], passed_over))
    assert [p.rsplit("/", 1)[1] for p in found] == ["flux.xml", "prefixed.xml"]
    assert [p.rsplit("/", 1)[1] for p in passed_over] == ["sitemap.xml"]


def test_dates_lists_the_entries_of_a_feed_given_as_a_file(tmp_path, cli):
    path = _write(tmp_path / "flux.rss", RSS)
    lines = cli(["dates", path, "--format", "jsonl", "--quiet"]).stdout.splitlines()
    rows = [json.loads(line) for line in lines]
    assert [(r["path"].rsplit(":", 1)[1], r["date"]) for r in rows] == [
        ("1", "2031-04-08"),
        ("2", "2031-04-09"),
        ("3", None),
    ]
