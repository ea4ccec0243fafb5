"""Two signals in one post: a second set of levels after the first, or a heading of the other side.

Two posts copied into one ("ETH long / entry 3000 / tp 3100 / sl 2900" and then "ETH long /
entry 3050 / tp 3200"), or a long and a short of one coin, read as one signal would mix their
levels into one trade nobody posted. What is read is settled first (a price said twice, a
summary line repeating the levels, is one level, parsers/crosscheck.py), so what is found here
are levels that differ. (Another coin's levels are found by parsers/coins.py.)
"""

from __future__ import annotations

import re
from typing import Final

from parsers.extremes import first_at, last_at
from parsers.numbers import Num
from parsers.prose_levels import words
from parsers.reading import Settled
from parsers.sentences import line_bounds
from parsers.sides import LONG, other_side_words


def two_signals(norm: str, low: str, side: str, s: Settled) -> str | None:
    """Why the levels read look like two signals', or None."""
    return second_entry_block(norm, s) or other_side_heading(norm, low, side, s)


def second_entry_block(norm: str, s: Settled) -> str | None:
    """ "entry 3000 / tp 3100 / sl 2900 / ... / entry 3050 / tp 3200": an entry read after the
    targets or the stop of a first entry, with a target or stop after it again, is a second
    signal's; the review reason, or None."""
    if len(s.entries) < 2 or not (s.tps or s.sl is not None):
        return None
    exits = sorted([*s.tps, *([s.sl] if s.sl is not None else [])], key=lambda n: n.start)
    first = s.entries[0].start
    closed = next((n.start for n in exits if n.start > first), -1)
    if closed < 0:
        return None
    again = next((n for n in s.entries if n.start > closed), None)
    if again is None or not any(n.start > again.start for n in exits):
        return None
    return (
        f"the post gives two sets of levels (entry {_shown(norm, s.entries[0])} with its targets"
        f" or stop, then entry {_shown(norm, again)} with others): two signals in one post,"
        " one can be traded"
    )


def other_side_heading(norm: str, low: str, side: str, s: Settled) -> str | None:
    """ "ETH/USDT long / Buy 3000 / Stop 2900 / ETH/USDT short / Sell 3250 / Targets ...": a line
    headed by the other side's word ("short", "🔴 SHORT ETH") between levels that were read; the
    review reason, or None."""
    levels = [n.start for n in s.levels()]
    if len(levels) < 2:
        return None
    first, last = first_at(levels), last_at(levels)
    # (A heading is a line of its own after the first level: none in a one-line post.)
    line = low.find("\n", first, last)
    if line < 0:
        return None
    # (After the last level, a line of the other side that tags a coin opens a post of its own:
    # "Enj шорт / sl 0.2701 / тп1 0.245 ... / LONGING $SYS HERE".)
    tail = min(len(low), last + _SECOND_POST_WITHIN)
    other = LONG if side != LONG else "SHORT"
    for at, word in other_side_words(low, other, line + 1, tail):
        start, end = line_bounds(low, at)
        # ("Shorts: 97% | Longs: 97%", "In short: ...": a label of a note, no side.)
        if _LABEL_AFTER.match(low, at + len(word)):
            continue
        # A heading: the side and the coin at most, no level of its own.
        # Or the side word right before a coin's tag, however long its line: "Buying / Longing
        # #SYS now. Fully bottomed ..." after another post's levels.
        tagged = _SIDE_THEN_TAG.match(low, at + len(word)) is not None
        if (
            start > first
            and (tagged or words(low, start, end, 3) <= 3)
            and (tagged or not any(start <= n < end for n in levels))
            and (at < last or tagged or _TAG.search(low, start, end) is not None)
        ):
            return (
                f"the post says {side} and, on a line after its first levels, "
                f"'{norm[at : at + len(word)]}': two signals in one post, one can be traded"
            )
    return _weak_heading(norm, low, side, other, (line + 1, tail), levels)


def _weak_heading(
    norm: str, low: str, side: str, other: str, within: tuple[int, int], levels: list[int]
) -> str | None:
    """ "Coin: ENJ Bán / ... / ⛔ Стоп @ 0.2701 / $SYS Покупка / Entry: Market": a weak word of
    the other side ("buy", "покупка", "卖出") heads a line of its own beside a coin's tag, with
    no level on it: another post's heading. (A weak word is also "sell 50% at TP1" inside a
    long, "Sell $ETH at 3100": without the tag, on a line of its own with no number, it is no
    second post.)"""
    for at, word in other_side_words(low, other, within[0], within[1], weak=True):
        start, end = line_bounds(low, at)
        if (
            not _LABEL_AFTER.match(low, at + len(word))
            and words(low, start, end, 3) <= 3
            and not any(start <= n < end for n in levels)
            and _TAG.search(low, start, end) is not None
            and _NUMBER_APART.search(low, start, end) is None
        ):
            return (
                f"the post says {side} and, on a line after its first levels, "
                f"'{norm[at : at + len(word)]}' beside a coin: two signals in one post,"
                " one can be traded"
            )
    return None


_LABEL_AFTER: Final = re.compile(r"[ \t]?[:：]")
# A second post's heading is looked for this far after the last level (a 1 MB post is not
# scanned to its end).
_SECOND_POST_WITHIN: Final = 2000
_TAG: Final = re.compile(r"[#$][a-z]|[a-z0-9]{2,12}/?usdt")
# A number on a line, not part of a word or a tag ("$1000PEPE").
_NUMBER_APART: Final = re.compile(r"(?<![\w#$])[0-9]")
_SIDE_THEN_TAG: Final = re.compile(r"[ \t]{1,2}(?:on[ \t])?[#$][a-z]")


def _shown(norm: str, n: Num) -> str:
    return norm[n.start : n.end]
