"""One line of a page: its features, the furniture rule it matches, and what it tells.

Everything here looks at a single line; the context (position, neighbours, repeats) is in
``text.py``. All vocabulary comes from :mod:`storyline.extract.vocab`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from storyline.clock import HOURS_MINUTES_RE
from storyline.extract.vocab import Vocab, bare, found, normalise, starts_rule, tokens

#: A line cut off right after a word (``… die neuen…``): a truncated teaser, no finished sentence.
_TRUNCATED = re.compile(r"\w(?:\.\.\.|…)$")
_SENTENCE_END = re.compile(r"[.!?…。！？؟](?:[\s\"'»”’)\]」』]|-RRB-)*$")  # -RRB-: tokenised text
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_INLINE_SPACES = re.compile(r"[ \t\r\f\v]{2,}|[\t\r\f\v]")  # only runs that change
_HAS_WORD = re.compile(r"\w")
_DIGIT = re.compile(r"\d")
_DOMAIN = re.compile(
    r"(?<![@\w.])(?P<outlet>(?:[a-z0-9-]+\.)+(?:com|fr|org|net|cn|ca|be|ch|info|tv|news|uk|de|it|es|ma|dz|tn"
    r"|sn|ci|lu|eu|io|ru|ir|media|press|online|site|qc\.ca))(?![\w.])",
    re.IGNORECASE,
)
_NOT_OUTLETS = frozenset(
    {
        "facebook.com",
        "twitter.com",
        "x.com",
        "youtube.com",
        "instagram.com",
        "google.com",
        "t.co",
        "bit.ly",
        "linkedin.com",
        "tiktok.com",
        "whatsapp.com",
        "wikipedia.org",
        "wikimedia.org",
        "apple.com",
    }
)
_DATELINE = re.compile(
    r"^(?:[A-ZÀ-Þ][\w'’. -]{1,40}(?:,[^()]{0,40})?\s*)?\((?P<agency>[^()]{2,40})\)\s*(?:[-–—:]|$)"
)
_NAME_SPLIT = re.compile(r"\s+[-–—|]\s+")
#: A year ends a site's name when it closes the line, stands in brackets, or comes before the
#: publisher's legal name: "© Le Courrier 2023", "© La Presse (2018) Inc.", "© DH Les Sports+ 2020
#: Ipm sa" (not "© Radio 2000 Lausanne").
_FROM_YEAR = re.compile(
    r"[\s,]*(?:\((?:19|20)\d{2}\)|(?:19|20)\d{2}(?=\s*$|\s.*\b(?:sa|s\.a|inc|ltd|llc|plc|gmbh|ag|sas|sarl|spa|bv|nv)\b)).*$",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"[A-ZÀ-Þ]{2,6}")
#: A picture's credit closing a line of text: ``… dimanche soir. © Théo Marlin / RHI``.
_TRAILING_CREDIT = re.compile(r"[.!?)]\s*(?:\(?(?:©|\(c\))\s*[^©.!?]{2,60})$")
#: ... or closing a line without a full stop before it (``… Anlage © Noah Addis``, ``… zu. – © X``),
#: in a line of at most CREDITED_WORDS words.
_CLOSING_CREDIT = re.compile(r"\s(?:[-–—|/]\s*)?\(?©\s*[^©]{2,60}$")
CREDITED_WORDS = 40
#: A publication stamp with its update and who wrote it runs to this many words, of which at
#: most STAMP_NAME_WORDS are neither dates nor cue words (an outlet, an author).
STAMP_WORDS, STAMP_NAME_WORDS = 30, 4
DATE_LINE_WORDS = 15  # any other date line is shorter
#: A list item's marker, as a page rendered to text shows it; unpunctuated items are mostly links.
LIST_PENALTY = 1.0
_BULLETS = "*+•·▪►›»-–"  # list markers that are no word of any language (unlike "o")
LIST_MARKS = frozenset(_BULLETS + "o")  # a list item opens with one of these and a space
_TRAILING_PARENS = re.compile(r"\((?P<inner>[^()]{2,40})\)\s*\.?$")
_AGENCY_SPLIT = re.compile(r"\s*(?:/|,|;|&|\bet\b|\band\b|\+)\s*")

_SENTENCE_BREAK = re.compile(r"[.!?]\s")  # a comment's stamp opens its line
COMMENT_STAMP_WORDS = 16  # a comment's stamp line with its reply link
#: A reader's comment, opened by its stamp ("At 10:14 am on 28 May 2010, pzero wrote: …").
READER_COMMENT = "reader comment"
#: Reasons whose lines mark the edge of the article (a strong penalty for the body region).
STRONG = frozenset(
    {
        "share",
        "newsletter",
        "login",
        "cookie",
        "copyright",
        "related",
        "social",
        "subscription",
        "comments",
        READER_COMMENT,
    }
)
#: Reasons of headings after which the article is over (comments, other articles) …
CLOSING = frozenset({"related", "comments", READER_COMMENT})
#: Reasons of lines that carry a value for the caller (kept in mind when they are removed).
DATE_LINE, BYLINE, SOURCE_LINE = "date line", "byline", "source line"
ADVERTISEMENT, READING_TIME = "advertisement", "reading time"
#: … and of the lines that close an article's body (tags, footer, sign-up and support pitches; a
#: reading time after the body stamps another article's teaser).
ENDING = CLOSING | {"tags", "copyright", "newsletter", "subscription", "login", READING_TIME}


def clean(line: str) -> str:
    """``line`` with its ends stripped and inner runs of plain spaces or tabs made single.

    Non-breaking spaces inside the line are kept as they are.
    """
    if "  " in line or "\t" in line or "\r" in line or "\f" in line or "\v" in line:
        line = _INLINE_SPACES.sub(" ", line)
    return line.strip()


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends like a sentence (final punctuation, maybe closing quotes)."""
    return bool(_SENTENCE_END.search(text))


@dataclass(slots=True)
class Line:
    """A non-empty line with its features and, once classified, its reason and score."""

    no: int
    text: str
    flat: str
    norm: str
    block: int
    words: int
    toks: tuple[str, ...]  # a tuple: cached features hold no list for the collector to scan
    ends: bool
    caps: float
    reason: str | None = None
    score: float = 0.0

    @staticmethod
    def make(no: int, text: str, block: int) -> Line:
        """Features of ``text`` (already cleaned), line number ``no`` (1-based) in ``block``."""
        features = _FEATURES.get(text)
        if features is None:
            features = _features(text)
            if features[2] <= CACHED_WORDS:
                _remember(_FEATURES, text, features)
        flat, norm, count, toks, ends, caps = features
        return Line(no, text, flat, norm, block, count, toks, ends, caps)


def _features(text: str) -> tuple[str, str, int, tuple[str, ...], bool, float]:
    """The features of a line's text (see :class:`Line`)."""
    words = (text.translate(_FLAT) if _TO_FLATTEN.search(text) else text).split()
    flat = " ".join(words)
    norm = flat.lower()
    alpha = [w[0] for w in words[1:] if w[0].isalpha()]
    caps = sum(map(str.isupper, alpha)) / len(alpha) if alpha else 0.0
    # Scripts written without spaces count about one word per two characters.
    count = len(words) + (0 if flat.isascii() else len(_CJK.findall(flat)) // 2)
    ends = ends_sentence(text)
    if ends and text.endswith(("...", "…")) and _TRUNCATED.search(text):
        ends = False
    return flat, norm, count, tuple(tokens(norm)), ends, caps


#: Page furniture recurs within a page and across an outlet's pages: features and reasons of
#: line texts already seen are kept (bounded; emptied when full).
_FEATURES: dict[str, tuple[str, str, int, tuple[str, ...], bool, float]] = {}
_REASONS: dict[tuple[str, str], str | None] = {}
CACHE_SIZE = 50_000
CACHED_WORDS = 40  # furniture recurs and is short; a paragraph of prose rarely comes back


def _remember(cache: dict, key, value) -> None:  # noqa: ANN001 - any of the two caches above
    if len(cache) >= CACHE_SIZE:
        cache.clear()
    cache[key] = value


#: The matching form of a line: straight apostrophes, plain spaces, and no soft hyphens, zero-width
#: characters or icon-font glyphs (private-use code points, ``\ue019 Mehr zum Thema``).
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_FLAT = str.maketrans(
    {"’": "'", "ʼ": "'", "‘": "'", "\u00a0": " ", "\u202f": " ", **dict.fromkeys(_INVISIBLE, "")}
    | dict.fromkeys(map(chr, range(0xE000, 0xF900)), " ")
)
_TO_FLATTEN = re.compile(f"[’ʼ‘\u00a0\u202f{_INVISIBLE}\ue000-\uf8ff]")


def is_list_item(text: str) -> bool:
    """Whether the line opens with a list marker and a space (``* item``, ``o item``)."""
    return text[:1] in LIST_MARKS and text[1:2].isspace()


def stop_ratio(line: Line, stops: frozenset[str]) -> float:
    """The share of the line's tokens that are stopwords."""
    return sum(map(stops.__contains__, line.toks)) / len(line.toks) if line.toks else 0.0


def body_score(line: Line, stops: frozenset[str]) -> float:
    """How much the line looks like article prose (positive) or not (negative)."""
    if line.words <= 3:
        return -0.5 if line.ends else -1.5
    score = min(line.words, 40) / 8 + (1.5 if line.ends else -1.0)
    score += (stop_ratio(line, stops) - 0.25) * 6
    if line.caps > 0.5:
        score -= (line.caps - 0.5) * 4
    if not line.ends and is_list_item(line.text):
        score -= LIST_PENALTY  # an item of a list of links, unless a sentence
    return score


def agencies_in(text: str, v: Vocab, strict: bool = True) -> str | None:
    """The canonical agency names that ``text`` consists of (``"AFP, Reuters"``), else None.

    With ``strict``, every part must be a known agency; short aliases (``AP``) count only
    when written in capitals. Without it, an unknown name is returned as written.
    """
    body = text.strip(" \t()[]-–—.:,;*«»\"'")
    parts = [p for p in _AGENCY_SPLIT.split(body) if p]
    names: list[str] = []
    for part in parts:
        key = v.agency_prefix.sub("", normalise(part)).strip()
        canon = v.agencies.get(key)
        if canon and len(key) <= 3 and part.strip() != part.strip().upper():
            canon = None
        if canon is None:
            if strict:
                return None
            return body or None
        if canon not in names:
            names.append(canon)
    return ", ".join(names) or None


def source_agency(line: Line, v: Vocab) -> str | None:
    """The agency a source line or a signature line names, else None."""
    if line.words > 12:
        return None
    for pattern in v.source:
        m = pattern.match(line.norm)
        if m:
            rest = line.flat[m.start("rest") :]
            if len(rest.split()) > 6 or ends_sentence(rest):
                return agencies_in(rest, v)
            return agencies_in(rest, v, strict=False)
    for pattern in v.signature:
        m = pattern.match(line.norm)
        if m:
            return agencies_in(line.flat[m.start("rest") : m.end("rest")], v)
    if line.words > 6:
        return None
    keys = v.agency_keys
    if (keys is not None and keys.isdisjoint(line.toks)) or not v.any_agency.search(line.norm):
        return None
    return agencies_in(line.flat, v)


def dateline_agency(text: str, v: Vocab) -> str | None:
    """The agency of a dateline opening a paragraph (``PARIS (AFP) -``), else None."""
    m = _DATELINE.match(text)
    if not m:
        return None
    named = m.group("agency").strip()
    # An acronym in a dateline's parentheses is an agency even when the vocabulary does not know it.
    return agencies_in(named, v) or (named if _ACRONYM.fullmatch(named) else None)


def signature_agency(text: str, v: Vocab) -> str | None:
    """The agency of a signature closing a paragraph (``… a-t-il dit. (avec AFP)``), else None."""
    m = _TRAILING_PARENS.search(text)
    if not m:
        return None
    inner = m.group("inner").strip()
    for pattern in v.signature:
        found = pattern.match(normalise(inner))
        if found:
            return agencies_in(inner[found.start("rest") : found.end("rest")], v)
    return agencies_in(inner, v)


def _is_date_line(line: Line, v: Vocab) -> bool:
    """A short line that states a date (or a publication stamp) and little else."""
    if line.words > STAMP_WORDS:
        return False
    digits = bool(_DIGIT.search(line.norm))  # every date form has one: most lines need no search
    keys = v.date_prefix_keys
    if (keys is None or not keys.isdisjoint(line.toks)) and v.date_prefix.search(line.norm):
        if line.words <= 8:
            return True
        if not digits or not v.date.search(line.norm):
            return False
        return line.words <= DATE_LINE_WORDS or _long_stamp(line, v)
    if line.words > DATE_LINE_WORDS:
        return False
    if line.ends and not line.norm.endswith(")"):
        return False
    if not digits or not v.date.search(line.norm):
        return False
    rest = tokens(v.date.sub(" ", line.norm))
    return sum(t not in v.weekdays and len(t) > 2 for t in rest) <= 2


def _long_stamp(line: Line, v: Vocab) -> bool:
    """A stamp giving its publication and update times after who wrote it ("Le Monde avec AFP
    Publié le 25 mars 2031 à 17h33 - Mis à jour le 25 mars 2031 à 17h34"): no sentence, and
    beside its dates and cue words no more than a name."""
    if line.ends:
        return False
    rest = tokens(v.date.sub(" ", line.norm))
    return sum(len(t) > 2 and t not in v.date_prefix_words for t in rest) <= STAMP_NAME_WORDS


def byline_author(line: Line, v: Vocab) -> str | None:
    """The author named by a byline (``Par : X |``, ``By X``), else None."""
    if line.words > 15 or line.ends:
        return None
    m = v.byline.match(line.norm)
    if not m:
        return None
    rest = line.flat[m.end() :]
    if not rest[:1].isupper():
        return None
    author = re.split(r"\s*[|,;/]\s*|\s+[-–—]\s+", rest, maxsplit=1)[0].strip(" .")
    return author or None


def _credit_reason(line: Line, v: Vocab) -> str | None:
    """``photo credit`` or ``caption`` for a line that credits or describes a picture."""
    if line.words > 60:
        return None
    if line.words >= 6 and ("©" in line.flat or "(c)" in line.flat) and _TRAILING_CREDIT.search(line.flat):
        return "caption"
    if not found(v.picture, line.norm):
        return None
    m = v.credit.search(line.norm)
    if m:
        return "caption" if len(line.norm[: m.start()].split()) >= 5 else "photo credit"
    return "caption" if v.caption.search(line.norm) else None


def rule_reason(line: Line, v: Vocab) -> str | None:
    """The reason of the first vocabulary rule the line matches, else None."""
    if line.words > v.rule_words:
        return None
    key = bare(line.norm) if line.words <= v.exact_words + 1 else ""  # "+ 1": a bullet is a word
    norm = line.norm
    item = norm[2:] if norm[1:2] == " " and norm[:1] in _BULLETS else ""  # a list item, after its bullet
    if (
        key not in v.any_exact
        and not starts_rule(v, line.norm)
        and not (item and starts_rule(v, item))
        and (v.phrase_keys.isdisjoint(line.toks) or not v.any_phrase.search(line.norm))
    ):
        return None
    for rule in v.rules:
        if line.words > rule.max_words:
            continue
        pattern = rule.pattern
        if key in rule.exact or (
            pattern is not None and (pattern.search(line.norm) or (item and pattern.search(item)))
        ):
            if item and rule.reason in CLOSING:
                return "teaser"  # a related or comments phrase in a list item is a link, not a heading
            return rule.reason
    return None


def comment_header(line: Line, v: Vocab) -> bool:
    """Whether the line opens a reader's comment: a stamp of a date and a clock time, then a name
    (no common word: "the pilot" is no commenter) and a verb of writing before a colon ("At 10:14
    am on 28 May 2010, pzero wrote: …", the comment following on the line); or a short stamp line
    of a name, a date and a clock time closed by a reply link ("pzero | 28 mai 2010 10h14 |
    Répondre")."""
    norm = line.norm
    if v.comment_reply is not None and line.words <= COMMENT_STAMP_WORDS and v.comment_reply.search(norm):
        return _dated_and_timed(norm, v)
    if v.comment_header is None or ":" not in norm:
        return False
    m = v.comment_header.match(norm)
    return bool(
        m
        and not _SENTENCE_BREAK.search(m["head"])
        and v.stopwords.isdisjoint(tokens(m["name"]))
        and _dated_and_timed(m["head"], v)
    )


def _dated_and_timed(text: str, v: Vocab) -> bool:
    """Whether ``text`` holds a clock time and a date besides it."""
    return bool(HOURS_MINUTES_RE.search(text) and v.date.search(HOURS_MINUTES_RE.sub(" ", text)))


def line_reason(line: Line, v: Vocab) -> str | None:
    """The furniture reason of a line on its own (no context), or None if it may be body text."""
    key = (v.lang, line.text)
    if key in _REASONS:
        return _REASONS[key]
    reason = _line_reason(line, v)
    if line.words <= CACHED_WORDS:
        _remember(_REASONS, key, reason)
    return reason


def _line_reason(line: Line, v: Vocab) -> str | None:
    if not _HAS_WORD.search(line.text):
        return "empty"
    if source_agency(line, v):
        return SOURCE_LINE
    reason = _credit_reason(line, v)
    if reason:
        return reason
    if _is_date_line(line, v):
        return DATE_LINE
    if byline_author(line, v):
        return BYLINE
    if comment_header(line, v):
        return READER_COMMENT
    reason = rule_reason(line, v)
    if reason is None and line.words <= CREDITED_WORDS and "©" in line.flat:
        m = _CLOSING_CREDIT.search(line.flat)
        if m and len(line.flat[: m.start()].split()) >= 4:
            return "caption"  # a picture's caption with its credit: ``… Pennsylvania © Noah Addis``
    return reason


def author_note(line: Line, v: Vocab) -> bool:
    """Whether the line presents an author: it opens with a name and its first words say what
    the author is (``Jane Doe is a reporter for …``, ``Max Muster ist Redakteur …``)."""
    if not AUTHOR_NOTE_WORDS[0] <= line.words <= AUTHOR_NOTE_WORDS[1] or not line.text[:1].isupper():
        return False
    head = line.toks[:AUTHOR_NOTE_HEAD]
    first = head[0] if head else ""
    if not first or first in v.author_roles or first in v.stopwords:
        return False  # a sentence about authors ("Die Autoren …"), not a name
    if any(len(_WORD.findall(q.group())) >= QUOTED_SPEECH_WORDS for q in _QUOTED.finditer(line.text)):
        return False  # someone's words quoted at length: running text about a person, not a note
    return not v.author_roles.isdisjoint(head)


#: An author's note has this many words; its role is named within its first AUTHOR_NOTE_HEAD words.
AUTHOR_NOTE_WORDS, AUTHOR_NOTE_HEAD = (6, 120), 25
#: A quotation of this many words is someone's words, not a book's title in an author's note.
QUOTED_SPEECH_WORDS = 10
_QUOTED = re.compile(r"«[^»]*(?:»|$)|“[^”]*(?:”|$)|„[^“”]*(?:[“”]|$)")
_WORD = re.compile(r"\w+")


def outlet_of(lines: Iterable[Line], v: Vocab) -> str | None:
    """The site name the furniture lines state: the first one stated in words ("© X", "Suivez X
    sur Twitter"), else the first bare domain ("Les derniers articles de X.be" is often a
    partner's widget above the page's own "Copyright © Y")."""
    domain = None
    for line in lines:
        found = _outlet_in(line, v)
        if found is not None:
            name, stated = found
            if stated:
                return name
            domain = domain or name
    return domain


_OUTLETS: dict[tuple[str, str], tuple[str, bool] | None] = {}


def _outlet_in(line: Line, v: Vocab) -> tuple[str, bool] | None:
    """The site name a furniture line states, and whether in words (not a bare domain)."""
    if line.reason == ADVERTISEMENT:  # "Code promo Hotels.com": another site's offer
        return None
    key = (v.lang, line.flat)
    if key in _OUTLETS:
        return _OUTLETS[key]
    found = _outlet_read(line, v)
    if line.words <= CACHED_WORDS:
        _remember(_OUTLETS, key, found)
    return found


def _outlet_read(line: Line, v: Vocab) -> tuple[str, bool] | None:
    for pattern in v.outlets:
        m = pattern.match(line.flat)
        if m:
            name = _FROM_YEAR.sub("", m.group("outlet").strip(" .:-–—|")).strip(" .:-–—|")
            # "Le Veilleur - Quotidien de la vallée": the first name; "RHI - Radio Horizon
            # Internationale": the name an acronym stands for
            parts = _NAME_SPLIT.split(name)
            name = parts[1] if len(parts) > 1 and _ACRONYM.fullmatch(parts[0]) else parts[0]
            if (
                name
                and any(c.isalpha() for c in name)
                and not agencies_in(name, v)
                and len(name.split()) <= 5
            ):
                return name, True
    if (line.words <= 8 or "|" in line.flat) and "." in line.flat:  # a domain has a dot
        for m in _DOMAIN.finditer(line.flat):
            name = m.group("outlet").lower().removeprefix("www.")
            if not _is_platform(name) and not line.flat.startswith("/", m.end()):  # a link's page: elsewhere
                return m.group("outlet").removeprefix("www."), False
    return None


def _is_platform(domain: str) -> bool:
    """Whether the domain is (a host of) a platform, never a news site's own ("pic.twitter.com")."""
    return any(domain == d or domain.endswith("." + d) for d in _NOT_OUTLETS)
