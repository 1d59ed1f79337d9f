"""The period a text states for a role: "secrétaire à la Défense depuis juillet 2019",
"Premier ministre de 2018 à 2020", "ancien Premier ministre (2006-2014)", "minister until 2011".

Only the clause right after the role and the name is read (up to the next comma, semicolon,
full stop or closing bracket), and it must open with the period: a date later in the sentence
tells an event, not the time the role was held. The cue words are language data
(``role_period`` in ``lang/<code>/titles.json``). Values are TIMEX values joined as an ISO 8601
interval: ``2019-07/`` (since), ``/2011`` (until), ``2018/2020`` (from … to), ``2019`` (in).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from storyline.lang import load
from storyline.model import Timex

WINDOW = 60  # characters after the role or name within which the period must open
_CALENDAR = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_CLAUSE_END = re.compile(r"[,;.)\]]")


@cache
def _cues(lang: str) -> dict[str, frozenset[str]]:
    data = load(lang, "titles").get("role_period", {})
    kinds = ("since", "until", "from", "to", "in")
    return {kind: frozenset(w.casefold() for w in data.get(kind, ())) for kind in kinds}


def role_period(text: str, timexes: Sequence[Timex], after: int, lang: str) -> str:
    """The period stated in the clause opening at ``after`` (the end of a role or of a name)."""
    stop = _CLAUSE_END.search(text, after + 1, after + WINDOW)  # "(2006-2014)": the bracket opens it
    end = stop.start() + (1 if stop.group() in ")]" else 0) if stop else after + WINDOW
    inside = [t for t in timexes if after <= t.start and t.end <= end and t.type == "DATE"]
    dates = [t for t in inside if _CALENDAR.match(t.value)]
    if not dates:
        return ""
    cues = _cues(lang)
    lead = _words(text[after : dates[0].start])
    if len(dates) >= 2 and _joined(text[dates[0].end : dates[1].start], cues["to"]):
        if not lead or lead[-1] in cues["from"] or lead == ["("]:
            return f"{dates[0].value}/{dates[1].value}"
        return ""
    if not lead:
        return ""
    if lead[-1] in cues["since"]:
        return f"{dates[0].value}/"
    if lead[-1] in cues["until"]:
        return f"/{dates[0].value}"
    if lead[-1] in cues["in"] and len(lead) <= 2:
        return dates[0].value
    return ""


def period_start(phrase: str, lang: str) -> int | None:
    """Where a stated period opens in a role's phrase ("ministre de la Défense *depuis juillet
    2029*"), so that the role ends before it; None when the phrase states none."""
    match = _period_opening(lang).search(phrase)
    return match.start() if match else None


@cache
def _period_opening(lang: str) -> re.Pattern[str]:
    cues = _cues(lang)

    def alternation(words: frozenset[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"

    dated = alternation(cues["since"] | cues["until"] | cues["in"])  # then a month or day may come
    ranged = alternation(cues["from"])  # "de 2018 à 2020": the year right after
    return re.compile(
        rf"\s+(?:(?:{dated})\s+(?:[^\W\d]+\s+|\d{{1,2}}(?:er)?\s+){{0,3}}|(?:{ranged})\s+)\d{{4}}\b", re.I
    )


def _words(between: str) -> list[str]:
    """The words and brackets between the role and the date, folded ("jusqu'en" kept whole)."""
    return re.findall(r"\(|[\w'’-]+", between.casefold().replace("’", "'"))


def _joined(between: str, connectors: frozenset[str]) -> bool:
    words = _words(between) or [between.strip()]
    return len(words) == 1 and words[0] in connectors
