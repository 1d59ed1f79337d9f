"""The typed records that flow, in one direction, between the stages.

Every span (``start``, ``end``) is a pair of character offsets into the *clean text*
of one article (``Article.text``), so ``article.text[start:end]`` is the thing itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

Granularity = Literal["day", "month", "year", "unknown"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True, slots=True)
class RawDoc:
    """One input as read from its source, before any analysis.

    ``content`` is the raw bytes (for hashing and encoding detection); ``kind`` says how
    to extract it. ``hints`` are values the source states (JSON fields, feed entries):
    ``id``, ``url``, ``title``, ``date``, ``source``, ``lang``.
    """

    path: str
    content: bytes
    kind: Literal["html", "text"]
    content_hash: str
    hints: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that was not turned into an article, and why."""

    path: str
    reason: str
    content_hash: str | None = None


@dataclass(frozen=True, slots=True)
class RemovedLine:
    """A line of page furniture taken out of the text, with the reason it was taken out."""

    line: str
    reason: str
    line_no: int = -1


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a value was inferred: the kind of evidence, the text it rests on and where.

    ``where`` is ``"text"`` when ``start``/``end`` index the clean text, ``"furniture"``
    for a removed line, ``"html"`` for markup or metadata, ``"input"`` for a value the
    input stated, ``"corpus"`` for reasoning over other articles.
    """

    kind: str
    text: str
    where: str = "text"
    start: int = -1
    end: int = -1
    weight: float = 1.0


TRUSTED_DAY = 0.35  # below this, a publication day is shown as a guess and resolves nothing


@dataclass(frozen=True, slots=True)
class PubDate:
    """A publication date with its granularity, confidence and evidence.

    ``value`` holds the first day of the period for month and year granularity; it is
    ``None`` when the granularity is ``"unknown"``.
    """

    value: date | None
    granularity: Granularity
    confidence: float
    evidence: tuple[Evidence, ...] = ()

    @property
    def iso(self) -> str | None:
        """The date as ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` by granularity, or None."""
        if self.value is None or self.granularity == "unknown":
            return None
        full = self.value.isoformat()
        return {"day": full, "month": full[:7], "year": full[:4]}[self.granularity]

    @property
    def period(self) -> tuple[date, date] | None:
        """The first and last days the date may be (one day, a month, a year), or None."""
        v = self.value
        if v is None or self.granularity == "unknown":
            return None
        if self.granularity == "day":
            return v, v
        if self.granularity == "month":
            following = date(v.year + v.month // 12, v.month % 12 + 1, 1)
            return v, following - timedelta(days=1)
        return v, date(v.year, 12, 31)

    @property
    def day(self) -> date | None:
        """The day to resolve the text's relative dates against ("vendredi", "la veille"): only
        a date given to the day and trusted at least ``TRUSTED_DAY``; a guess resolves nothing."""
        if self.granularity == "day" and self.confidence >= TRUSTED_DAY:
            return self.value
        return None

    @staticmethod
    def unknown(evidence: tuple[Evidence, ...] = ()) -> PubDate:
        return PubDate(None, "unknown", 0.0, evidence)


@dataclass(frozen=True, slots=True)
class Extracted:
    """What extraction gives: clean text, metadata and the furniture it removed."""

    text: str
    title: str | None = None
    outlet: str | None = None
    agency: str | None = None
    author: str | None = None
    url: str | None = None
    meta_date: str | None = None
    furniture: tuple[RemovedLine, ...] = ()
    body_lines: tuple[int, int] | None = None  # line numbers of the body's main run, first and last


@dataclass(frozen=True, slots=True)
class Article:
    """A clean article, dated, with its language, ready for annotation."""

    id: str
    path: str
    content_hash: str
    text: str
    lang: str
    published: PubDate
    title: str | None = None
    outlet: str | None = None
    agency: str | None = None
    url: str | None = None
    furniture: tuple[RemovedLine, ...] = ()


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity mention found by NER (``label`` as the model gives it: PER, ORG, LOC…)."""

    start: int
    end: int
    text: str
    label: str


@dataclass(frozen=True, slots=True)
class Timex:
    """A time expression normalised to ISO-TimeML TIMEX3.

    ``value`` is the TIMEX3 value (``2020-01-03``, ``2020-01``, ``2019-W43``, ``P3D``,
    ``PRESENT_REF``, ``XXXX-01-25``…). ``anchor`` says what a relative expression was
    resolved against (``"dct"``, ``"previous"``, ``"event"`` when it counts from an event the
    text names, its day unknown, or ``""`` for an absolute one).
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    mod: str = ""
    anchor: str = ""


@dataclass(frozen=True, slots=True)
class AnnotatedArticle:
    """An article with its linguistic annotations, all as spans into ``article.text``."""

    article: Article
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    timexes: tuple[Timex, ...] = ()


@dataclass(frozen=True, slots=True)
class DuplicateLink:
    """``copy`` repeats ``original`` (a wire copy or a re-post), with a Jaccard estimate."""

    copy: str
    original: str
    similarity: float


@dataclass(frozen=True, slots=True)
class SourceSentence:
    """A sentence with its provenance: the article and the character span in its clean text."""

    article: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class TimelineSentence:
    """One statement of an event, with every sentence (from any article) that tells it."""

    text: str
    sources: tuple[SourceSentence, ...]
    score: float = 0.0


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    date: date
    sentences: tuple[TimelineSentence, ...]
    articles: int = 0
    score: float = 0.0


@dataclass(frozen=True, slots=True)
class StorySummary:
    """A story as listed: its label, member articles (copies included) and date span.

    ``related`` are stories in other languages about the same events (see ``StoryLink``).
    """

    id: int
    lang: str
    label: str
    articles: tuple[str, ...]
    copies: int = 0
    start: date | None = None
    end: date | None = None
    names: tuple[str, ...] = ()
    related: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class StoryLink:
    """Two stories in different languages about the same events, with the names they share."""

    a: int
    b: int
    score: float
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class NameMention:
    """A cleaned entity mention: the name alone (titles split off), with the role the text gives.

    ``role`` is the office or title said of the person at this mention (``secrétaire américain à
    la Défense``), its span ``role_start``/``role_end`` in the clean text; ``former`` when the
    text says it is past. ``source`` says how the mention was found: ``ner`` (the model),
    ``repeat`` (another occurrence of a name the model found in the article), ``alias`` (a
    well-known name of the alias data), ``acronym`` (defined in the text).
    """

    start: int
    end: int
    text: str
    label: str
    role: str = ""
    role_start: int = -1
    role_end: int = -1
    former: bool = False
    source: str = "ner"
    role_period: str = ""  # the period the text states for the role ("2019-07/", "2018/2020")


@dataclass(frozen=True, slots=True)
class LocalEntity:
    """The mentions of one entity within one article, with the fullest name it goes by there.

    ``links`` give, per mention, why it joined (``""`` for the mention that named the group,
    else e.g. ``short form of 'Mark Esper'``) and ``scores`` how sure the join is; ``group``
    is the alias group of the language data when a form is a well-known alias.
    """

    article: str
    name: str
    label: str
    mentions: tuple[NameMention, ...]
    links: tuple[str, ...] = ()
    scores: tuple[float, ...] = ()
    forms: tuple[str, ...] = ()
    group: str | None = None


@dataclass(frozen=True, slots=True)
class EntityMention:
    """A mention placed in an entity, with the score and the evidence of the placement."""

    article: str
    start: int
    end: int
    text: str
    label: str
    entity: int
    score: float
    evidence: str
    role: str = ""
    role_start: int = -1
    role_end: int = -1
    former: bool = False
    source: str = "ner"


@dataclass(frozen=True, slots=True)
class EntityRole:
    """An office or title said of an entity, with the publication dates of the articles saying it
    and the period a text states for it (``2019-07/``: since July 2019; ``2018/2020``)."""

    title: str
    first: date | None = None
    last: date | None = None
    mentions: int = 0
    former: bool = False
    period: str = ""

    def as_json(self) -> dict:
        return {
            "title": self.title,
            "first": self.first.isoformat() if self.first else None,
            "last": self.last.isoformat() if self.last else None,
            "mentions": self.mentions,
            "former": self.former,
            "period": self.period,
        }

    @staticmethod
    def from_json(d: dict) -> EntityRole:
        first, last = (date.fromisoformat(d[k]) if d[k] else None for k in ("first", "last"))
        return EntityRole(d["title"], first, last, d["mentions"], d["former"], d.get("period", ""))


@dataclass(frozen=True, slots=True)
class EntitySummary:
    """An entity as listed: its name, type, other names, roles and mentions."""

    id: int
    name: str
    type: str
    aliases: tuple[str, ...]
    roles: tuple[EntityRole, ...]
    mentions: tuple[EntityMention, ...]


@dataclass(frozen=True, slots=True)
class EntityMerge:
    """Two stored entities found to be one: ``gone`` merged into ``kept``, with score and evidence."""

    gone: int
    kept: int
    score: float
    evidence: str


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation and who it is attributed to, with spans into the clean text of its article.

    ``start``/``end`` hold the quoted words without their marks. ``speaker`` is the phrase
    naming the speaker as written ("la porte-parole de la diplomatie américaine Morgan
    Ortagus"), empty when none was found; ``entity`` the name of the person or organisation
    it was resolved to ("Morgan Ortagus"), empty when the phrase names none (a role, "le
    ministre"). ``how`` says how the speaker was found, ``cue`` the words that told it. The
    speaker's span is in ``speaker_article`` when it is set (another article quoting the same
    words named the speaker: ``corpus.quote_consensus``), else in ``article``.
    """

    article: str
    start: int
    end: int
    text: str
    speaker: str = ""
    speaker_start: int = -1
    speaker_end: int = -1
    entity: str = ""
    cue: str = ""
    how: str = ""
    confidence: float = 0.0
    speaker_article: str = ""


@dataclass(frozen=True, slots=True)
class Figure:
    """A number the text states and what it counts, all spans into the article's clean text.

    ``start``/``end`` cover the figure as written ("quelque 2 500 soldats américains"). ``value``
    is the number; ``low``/``high`` the interval its wording allows (its rounding, "environ",
    "plus de": ``high`` is infinite then). ``unit`` is the key of what it counts, folded and
    singular ("soldat", "%", "dollar/jour"), ``noun`` the words as written, ``modifier`` a word
    narrowing it ("américains", "des voix"); ``qualifier`` how the wording bounds it (``about``,
    ``over``, ``at_least``, ``under``, ``at_most``, ``nearly``, ``range``). ``kind`` is
    ``count``, ``increment`` ("3 000 soldats supplémentaires") or ``target`` ("ramener à 3 000
    soldats"); ``previous`` the value a change starts from ("de 4 200 à 3 000"). ``places`` are
    the places its sentence names, ``when`` the value of the date its sentence states nearest to
    it (``2019``, ``2023-09-30``: the figure may be of that time, not of the article's; empty when
    that is "à présent", "now" or the date ends a "depuis" clause); for a figure with no date of
    its own told in the past right after a sentence of an earlier time, that sentence's latest
    date, with ``when_evidence`` saying so; ``how`` says how the unit was found and
    ``confidence`` how sure it is; ``context`` the keys of the words around it, which
    tell two figures of the same thing apart from two of different things.
    """

    article: str
    start: int
    end: int
    text: str
    value: float
    low: float
    high: float
    unit: str
    noun: str
    modifier: str = ""
    qualifier: str = ""
    kind: str = "count"
    previous: float | None = None
    places: tuple[str, ...] = ()
    when: str = ""
    when_evidence: str = ""
    sentence_start: int = -1
    sentence_end: int = -1
    how: str = ""
    confidence: float = 0.0
    context: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FigureSeries:
    """The figures of one thing counted, in one story, in publication order: how it moved.

    ``unit`` and ``modifier`` are the figures' keys ("soldat", "americain"); ``label`` the words
    most often written for it ("soldats américains"); ``days`` the publication day of each
    figure's article (its first day when dated to a month or year; None when unknown), in the
    order of ``figures``, and ``dates`` the same as written by granularity ("2020", "2020-01-06",
    "" when unknown).
    """

    unit: str
    modifier: str
    label: str
    story: int | None
    figures: tuple[Figure, ...]
    days: tuple[date | None, ...]
    articles: int
    dates: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FigureConflict:
    """Two articles stating figures of the same thing, published the same day, that cannot both hold
    (their intervals do not meet): where the sources disagree. ``why`` says what was compared."""

    a: Figure
    b: Figure
    a_day: date
    b_day: date
    label: str
    confidence: float
    why: str
