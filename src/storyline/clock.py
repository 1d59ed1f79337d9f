"""Clock times as pages print them: "10:35", "10.35", "10 h 35", "18h15", "9 Uhr", "10 h".

One definition for the cleaner, the publication dater and the timeline, so that they agree on
what makes a date a stamp. A price ("$3.50") or a number's parts ("1.25.3") is no clock time;
a comma or a full stop may follow one ("à 14h05, Jeanne a écrit", "… à 10h35.").
"""

from __future__ import annotations

import re

# Hours and minutes: not after a currency sign or within a longer number; spaces only around
# an "h" ("10 h 35"), as "3: 26. April" is a number, then a day and month.
HOURS_MINUTES = r"(?<![\d$€£.,])\d{1,2}(?:[:.]|\s?[hH]\s?)\d{2}(?!\d|[.,]\d)"
# The hour alone, with its unit: "vers 10 h", "um 9 Uhr".
HOUR = r"(?<![\d.,])\d{1,2}\s?(?:h|[Uu]hr)\b"

CLOCK = re.compile(rf"{HOURS_MINUTES}|{HOUR}")
HOURS_MINUTES_RE = re.compile(HOURS_MINUTES)  # without the hour alone
