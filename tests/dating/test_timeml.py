"""TimeML in and out: reading a document's creation time, text and TIMEX3; writing our tags in theirs."""

from __future__ import annotations

import datetime
import xml.dom.minidom

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.dating.timeml import TimeMLError, document, parse, retag
from storyline.dating.timex import tag
from storyline.model import Timex

DCT = (
    '<DCT><TIMEX3 tid="t0" type="DATE" value="2020-01-10" functionInDocument="CREATION_TIME">'
    "2020-01-10</TIMEX3></DCT>"
)
DOC = "\n".join(
    [
        '<?xml version="1.0" ?>',
        "<TimeML>",
        "<DOCID>demo-1</DOCID>",
        DCT,
        "<TEXT>",
        'The council <EVENT eid="e1" class="OCCURRENCE">met</EVENT> '
        '<TIMEX3 tid="t1" type="DATE" value="2020-01-09">yesterday</TIMEX3> &amp; '
        '<SIGNAL sid="s1">after</SIGNAL> <TIMEX3 tid="t2" type="DATE" value="2020-01-06">'
        'Monday\'s <EVENT eid="e2" class="OCCURRENCE">vote</EVENT></TIMEX3> it will '
        '<EVENT eid="e3" class="OCCURRENCE">meet</EVENT> again next week.',
        "</TEXT>",
        '<TLINK lid="l1" eventInstanceID="ei1" relatedToTime="t1" relType="IS_INCLUDED"/>',
        "</TimeML>",
        "",
    ]
)


def test_parse_reads_dct_text_and_timexes() -> None:
    doc = parse(DOC)
    assert doc.dct == datetime.date(2020, 1, 10)
    assert "&" in doc.text and "<" not in doc.text
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("yesterday", "DATE", "2020-01-09"),
        ("Monday's vote", "DATE", "2020-01-06"),
    ]
    for t in doc.timexes:
        assert doc.text[t.start : t.end] == t.text


def test_the_creation_time_is_not_a_text_timex() -> None:
    assert all(t.tid != "t0" for t in parse(DOC).timexes)


def test_retag_replaces_timexes_and_keeps_other_markup() -> None:
    doc = parse(DOC)
    ours = tag(doc.text, "en", doc.dct)
    out = retag(doc, ours)
    xml.dom.minidom.parseString(out.encode("utf-8"))  # well-formed
    again = parse(out)
    assert again.text == doc.text
    assert [(t.text, t.value) for t in again.timexes] == [(t.text, t.value) for t in ours]
    for kept in (
        '<EVENT eid="e2" class="OCCURRENCE">vote</EVENT>',
        '<SIGNAL sid="s1">after</SIGNAL>',
        "<TLINK",
    ):
        assert kept in out
    assert 'tid="t1"' not in out and 'tid="t2"' not in out  # their tags are gone
    assert out.startswith(DOC[: DOC.index("<TEXT>")])


def test_new_tids_do_not_reuse_the_documents() -> None:
    doc = parse(DOC)
    out = retag(doc, [Timex(1, 8, doc.text[1:8], "DATE", "2020")])
    assert 'tid="t3"' in out


def test_a_tag_crossing_an_element_is_shrunk() -> None:
    doc = parse(DOC)
    start = doc.text.index("met yesterday")
    crossing = Timex(start + 1, start + 13, doc.text[start + 1 : start + 13], "DATE", "2020-01-09")
    out = retag(doc, [crossing])
    xml.dom.minidom.parseString(out.encode("utf-8"))
    assert [t.text for t in parse(out).timexes] == ["yesterday"]


def test_a_tag_around_an_element_contains_it() -> None:
    doc = parse(DOC)
    start = doc.text.index("Monday's vote")
    around = Timex(start, start + 13, "Monday's vote", "DATE", "2020-01-06")
    out = retag(doc, [around])
    assert '<TIMEX3 tid="t3" type="DATE" value="2020-01-06">Monday\'s <EVENT' in out
    assert "</EVENT></TIMEX3>" in out


def test_retag_with_their_own_tags_gives_their_spans_back() -> None:
    doc = parse(DOC)
    theirs = [Timex(t.start, t.end, t.text, t.type, t.value) for t in doc.timexes]
    again = parse(retag(doc, theirs))
    assert [(t.start, t.end, t.value) for t in again.timexes] == [
        (t.start, t.end, t.value) for t in doc.timexes
    ]


def test_entities_keep_offsets() -> None:
    src = "<TimeML><TEXT>A &amp; B &lt;ok&gt; on Friday.</TEXT></TimeML>"
    doc = parse(src)
    assert doc.text == "A & B <ok> on Friday."
    start = doc.text.index("Friday")
    out = retag(doc, [Timex(start, start + 6, "Friday", "DATE", "2020-01-10")])
    assert "&lt;ok&gt; on <TIMEX3" in out
    assert parse(out).timexes[0].text == "Friday"


@pytest.mark.parametrize(
    "bad",
    [
        "<TimeML>no text</TimeML>",
        "<TimeML><TEXT>a <EVENT>b</TEXT></TimeML>",
        "<TimeML><TEXT>a </X> b</TEXT></TimeML>",
    ],
)
def test_unreadable_documents_raise(bad: str) -> None:
    with pytest.raises(TimeMLError):
        parse(bad)


def test_document_for_plain_text_round_trips() -> None:
    text = "Le 3 janvier <2020> & hier, puis lundi prochain."
    dct = datetime.date(2020, 1, 10)
    found = tag(text, "fr", dct)
    out = document(text, found, dct, docid="x")
    xml.dom.minidom.parseString(out.encode("utf-8"))
    doc = parse(out)
    assert doc.dct == dct
    assert doc.text == text
    assert [(t.start, t.end, t.value) for t in doc.timexes] == [(t.start, t.end, t.value) for t in found]
    assert '<TIMEX3 tid="t0"' in out and 'tid="t1"' in out


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(["le", "3", "mars", "2019", "hier", "&", "<", "Monday", "next", "week", ",", "."]),
        max_size=20,
    ),
    st.sampled_from(["fr", "en"]),
)
def test_document_always_well_formed(words: list[str], lang: str) -> None:
    text = " ".join(words)
    dct = datetime.date(2020, 1, 10)
    found = tag(text, lang, dct)
    out = document(text, found, dct)
    xml.dom.minidom.parseString(out.encode("utf-8"))
    assert parse(out).text == text
