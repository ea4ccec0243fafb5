"""Entries alone, read from a sentence: an idea told in prose, not a trade to open.

A post whose only levels are entries, with no target and no stop, is traded on its entries
alone, and only when they are labelled ("Entry: 0.0294", "ICH KAUFE BITCOIN (EK: 99247.68)").
An entry word inside a sentence of prose is no such label: a whale report's "Another consistent
buy under $47k", a chart reading's "the so-called 'good accumulation area' that ranges from
1.45$-1.04$ ... My suggestion would be, to start accumulating". With a target or a stop beside
them the entries belong to a set-up and are weighed as ever (parsers/prose_fields.py); with
neither, what to open is the reader's guess: the signal needs review (a person decides). So
does a number on a short line below such entries ("🅴:100" under "Entry -> 2.5"): a target or a
stop under a label no table holds, never dropped silently.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.not_prices import not_prices
from parsers.numbers import read_prices
from parsers.prose_levels import PROSE_WORDS, words
from parsers.reading import Settled
from parsers.unknown_labels import field_bounds

# What the review reasons hold (docs/troubleshooting.md explains it).
LONE_ENTRIES: Final = "in a sentence, and the post gives no target and no stop"


def lone_entries_in_prose(low: str, norm: str, s: Settled, has_stop: bool) -> str | None:
    """Why entries read with no target and no stop need review, when the first of them stands
    in a sentence (its line, or its field of a one-line post, holds more than PROSE_WORDS
    words); else None."""
    if not s.entries or s.tps or has_stop:
        return None
    at = min(n.start for n in s.entries)
    line_start = low.rfind("\n", 0, at) + 1
    line_end = low.find("\n", at)
    start, end = field_bounds(low, line_start, len(low) if line_end < 0 else line_end, at)
    if words(low, start, end, PROSE_WORDS) + _cjk_words(low, start, end) > PROSE_WORDS:
        written = norm[at : max(n.end for n in s.entries)].strip()
        return f"the entries '{written}' stand {LONE_ENTRIES}: an idea told in prose, not a trade"
    below = _number_below(low, max(n.end for n in s.entries))
    if below is None:
        return None
    return f"'{norm[below[0] : below[1]].strip()}' holds a number below the entries, {NUMBER_BELOW}"


# Chinese writes no space between its words (of two characters, most): "进场位置:激進的可以小小倉，
# 搏一個突破 ... 若突破壓力失敗，在趨勢線6.41-6.44接" is a sentence of twenty words.
_CJK: Final = re.compile(r"[\u3400-\u9fff]")


def _cjk_words(low: str, start: int, end: int) -> int:
    """About how many words the Chinese of low[start:end] holds (two characters a word)."""
    if low.isascii():
        return 0
    return len(_CJK.findall(low, start, min(end, start + 400))) // 2


# What the review reasons hold (docs/troubleshooting.md explains it).
NUMBER_BELOW: Final = "and the post gives no target and no stop: is it one of them?"
_LINK: Final = re.compile(r"https?:|www\.|t\.me/|\.com|@\w")


def _number_below(low: str, after: int) -> tuple[int, int] | None:
    """The first short line (a few words at most) after position after that holds a price-like
    number, or None. (Percentages, durations and links are no prices.)"""
    start = low.find("\n", after)
    while start >= 0:
        start += 1
        end = low.find("\n", start)
        end = len(low) if end < 0 else end
        line = low[start:end]
        if (
            any(c.isdigit() for c in line)
            and _LINK.search(line) is None
            and words(low, start, end, PROSE_WORDS) <= PROSE_WORDS
            and read_prices(not_prices(line))
        ):
            return start, end
        start = low.find("\n", end) if end < len(low) else -1
    return None
