"""The cross-check's last word: every price is a number written whole in the message, finite and
sane (not "11" out of "11.934", nor "2" out of "2,262"); one that is not is dropped and the signal
needs review. The AI fallback's answer is held to the same rule."""

from __future__ import annotations

import re
from typing import Final

from parsers.number_tokens import to_float
from parsers.numbers import Num, dot_thousands, literal_value, point_at
from parsers.reading import Settled
from parsers.spaced_thousands import spaced_doubt

# A price above this is a misreading or an attack, never a market (BTC is ~1e5, 1e308 is not).
MAX_PRICE: Final = 1e9


_DIGITS: Final = frozenset("0123456789")


# Two pieces joined by a comma that are one number under the conventions the parser reads:
# thousands ("2,262", "11,213.99") or a decimal comma ("0,7310", "9999,5"); not a list of
# prices as long as each other ("3150,3100,3040").
_ONE_NUMBER: Final = re.compile(
    r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]{1,3},[0-9]+|[0-9]+,[0-9]{1,2}"
)


_PIECE_BEFORE: Final = re.compile(r"[0-9.]*$")
# "99.247,68", "64.000,50", "99.247,680": dots grouping thousands, then a decimal comma (as much
# of Europe writes 99247.68); neither 99.247 nor 68 is a price written there.
_DOTS_THEN_COMMA: Final = re.compile(r"[1-9][0-9]{0,2}(?:\.[0-9]{3})+")


def _one(norm: str, head: str, tail: re.Match[str]) -> bool:
    """Whether head, a comma and the digits of tail are one number (tail ends a number)."""
    if _ONE_NUMBER.fullmatch(f"{head},{tail.group()}"):
        return True
    after = norm[tail.end() : tail.end() + 1]
    return (
        1 <= len(tail.group()) <= 3
        and after != "."
        and after != ","
        and _DOTS_THEN_COMMA.fullmatch(head) is not None
    )


_PIECE_AFTER: Final = re.compile(r"[0-9]*")


def _comma_joined(norm: str, start: int, end: int, split_at: set[int]) -> bool:
    """The literal at start:end is half of one number with the digits across a comma beside it:
    "2" or "262" out of "2,262", "5 870" after "9999," (9999,5 is one number). (Where a glued
    index was split off, "TP4192,178", the number starts after it: 192,178.)"""
    if norm[end : end + 1] == "," and norm[end + 1 : end + 2] in _DIGITS:
        head = _PIECE_BEFORE.search(norm, max(start, end - 40), end)
        tail = _PIECE_AFTER.match(norm, end + 1)
        if head and tail and _one(norm, head.group(), tail):
            return True
    if start > 1 and norm[start - 1] == "," and norm[start - 2] in _DIGITS:
        lo = max(0, start - 41)
        for p in split_at:  # (the max of all: a loop, not a call through the builtin)
            if lo < p < start - 1:
                lo = p
        head = _PIECE_BEFORE.search(norm, lo, start - 1)
        tail = _PIECE_AFTER.match(norm, start)
        if head and tail and _one(norm, head.group(), tail):
            return True
    return False


def written(norm: str, n: Num, split_at: set[int]) -> bool:
    """True when n is exactly what the characters at its span say, and they are the whole
    number there (not "11" cut out of "11.934", nor "1.31" out of "41.31" unless the targets
    agreed that the 4 is an index, nor "2" out of "2,262")."""
    start, end = n.start, n.end
    literal = norm[start:end]
    # (The characters around the span asked by code point, not as one-character slices.)
    comma_after = end < len(norm) and norm[end] == ","
    if _digit_at(norm, end) or (end < len(norm) and norm[end] == "." and _digit_at(norm, end + 1)):
        return False
    if start and start not in split_at:
        prev = norm[start - 1]
        if _digit_at(norm, start - 1) or (prev == "." and start > 1 and _digit_at(norm, start - 2)):
            return False
        if (prev == "," or comma_after) and _comma_joined(norm, start, end, split_at):
            return False
    elif comma_after and _comma_joined(norm, start, end, split_at):
        return False
    if point_at(literal) >= 0 and literal not in ("", "."):  # digits, at most one "."
        return float(literal) == n.value or dot_thousands(literal) == n.value
    # (The other reading only when the first one differs: most literals are read the first way.)
    value = to_float(literal) if _comma_decimal(literal) else literal_value(literal)
    return value == n.value or dot_thousands(literal) == n.value


def _digit_at(text: str, i: int) -> bool:
    """Whether text[i] is one of 0-9 (False past either end)."""
    return 0 <= i < len(text) and 48 <= ord(text[i]) <= 57


def _comma_decimal(literal: str) -> bool:
    """Whether literal is 1-3 digits, a comma and 1-18 digits ("7,40", "38,900", "0,6150"), which
    numbers._NUMBER reads whole as its number, with nothing around it: literal_value(literal) is
    to_float(literal), without the pattern's match (tests/parsers/test_speed40.py)."""
    comma = literal.find(",")
    if not 1 <= comma <= 3 or not 1 <= len(literal) - comma - 1 <= 18:
        return False
    for i in range(len(literal)):
        if i != comma and not 48 <= ord(literal[i]) <= 57:
            return False
    return True


def guard(norm: str, s: Settled) -> None:
    """The last word: every price must be a number literal of the message, finite and sane."""
    split_at = s.split_at
    # (The entries, then the targets, each list made again only where a price is dropped: no
    # attribute asked by its name, no list copied where every price stands.)
    entries = _kept(norm, s.entries, split_at)
    if entries is not None:
        _refuse(norm, s, [n for n in s.entries if n not in entries])
        s.entries = entries
    tps = _kept(norm, s.tps, split_at)
    if tps is not None:
        _refuse(norm, s, [n for n in s.tps if n not in tps])
        s.tps = tps
    if s.sl is not None and not (0 < s.sl.value < MAX_PRICE and written(norm, s.sl, split_at)):
        _refuse(norm, s, [s.sl])
        s.sl = None
    levels = s.entries + s.tps
    if s.sl is not None:
        levels.append(s.sl)
    doubt = spaced_doubt(norm, levels)
    if doubt is not None:  # "Entry zone - 236 100": 236,100, or the prices 236 and 100?
        s.review.append(f"'{norm[doubt[0] : doubt[1]]}' may be one number or two prices: which?")
        s.unread.append(doubt)


def _kept(norm: str, values: list[Num], split_at: set[int]) -> list[Num] | None:
    """The prices of values that are sane and written whole in norm, in order; None when every
    one of them is."""
    for i in range(len(values)):
        n = values[i]
        if not (0 < n.value < MAX_PRICE and written(norm, n, split_at)):
            rest = [
                m for m in values[i + 1 :] if 0 < m.value < MAX_PRICE and written(norm, m, split_at)
            ]
            return values[:i] + rest
    return None


def _refuse(norm: str, s: Settled, nums: list[Num]) -> None:
    for n in nums:
        if 0 < n.value < MAX_PRICE:  # NaN and infinities fail this too
            s.review.append(f"price {n.value:g} is not written as such in the message")
        else:
            s.review.append(f"price {norm[n.start : n.end]} is not a price that can be traded")
        s.unread.append((n.start, n.end))
