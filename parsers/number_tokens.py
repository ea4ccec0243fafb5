"""One compiled reader of the number pattern of parsers/numbers.py, shared by every reader of
prices (read_prices, first_price_at, find_numbers, the cross-check of parsers/explain.py).

The pattern opens with a look-ahead and a look-behind and ends with optional groups ("k", "$",
"usdt", "%") and a look-ahead, so re enters its matcher at every position of a value and pays
about 3,500 machine instructions for each number it matches, and each caller then asks the
match object for its groups again. Here a compiled pass finds where a token may start (as
parsers/number_starts.py, which this replaces, did) and reads the usual forms itself: a token
is read here only when the pattern's first attempt at that position, each choice taken
greedily, succeeds without backtracking out of any group (every choice passed over fails on its own characters, so re's
depth-first search reaches the same match first). Whatever else the pattern may do there (a
run of more digits than a quantifier takes, a look-ahead that fails after a group, so re backs
into the groups before it) is left to re itself: the pattern is matched at that one position.
tests/parsers/test_number_tokens.py compares every token with the pattern's own finditer on
random texts of its characters and on dev lines.
"""

from __future__ import annotations

import re
from typing import Final


class NumberToken:
    """One match of the number pattern: the whole match (start, end), its number (group 2:
    num_start, num_end, raw), the end of a thousands' "k" (group 3; -1 when there is none),
    whether a "%" follows (group 5), and the number's value (valid=False: no float reads it).
    plain says raw holds no comma and no space (the reader knows it from the form it read)."""

    def __init__(
        self,
        start: int,
        end: int,
        num_start: int,
        num_end: int,
        k_end: int,
        percent: bool,
        raw: str,
        plain: bool,
    ) -> None:
        self.start = start
        self.end = end
        self.num_start = num_start
        self.num_end = num_end
        self.k_end = k_end
        self.percent = percent
        self.raw = raw
        # (plain: no comma and no space in raw, which float reads as it is.)
        value = float(raw) if plain else to_float(raw)
        self.valid = value is not None
        self.value: float = value if value is not None else 0.0


def to_float(raw: str) -> float | None:
    """The value of a number literal: "1 195,4" (spaced thousands, decimal comma), "0,7310"
    (a decimal comma), "38,900" (a thousands comma), "27 450"; None when float cannot read it."""
    if " " in raw and "," in raw:  # "1 195,4": spaces group the thousands, the comma is decimal
        raw = raw.replace(" ", "").replace(",", ".")
    if "," in raw:
        head, _, tail = raw.partition(",")
        if "." not in raw and raw.count(",") == 1 and (len(tail) != 3 or head == "0"):
            raw = raw.replace(",", ".")  # decimal comma: 0,7310
        else:
            raw = raw.replace(",", "")  # thousands: 38,900
    if " " in raw:
        raw = raw.replace(" ", "")
    try:
        return float(raw)
    except ValueError:
        return None


def _digit(c: int) -> bool:
    return 48 <= c <= 57


def _joins(c: int) -> bool:
    """Whether the character (its code) before a token's start makes it part of a word or a
    number: the pattern's look-behind, [A-Za-z0-9.#\\u00c0-\\u024f\\u0400-\\u04ff]."""
    return (
        48 <= c <= 57
        or 65 <= c <= 90
        or 97 <= c <= 122
        or c == 46
        or c == 35
        or 0xC0 <= c <= 0x24F
        or 0x400 <= c <= 0x4FF
    )


def _digits(text: str, i: int, n: int) -> int:
    """How many ASCII digits stand from i on (before n)."""
    j = i
    while j < n and 48 <= ord(text[j]) <= 57:
        j += 1
    return j - i


def _group_of_three(text: str, x: int, n: int, sep: int) -> bool:
    """Whether text[x] is the separator (its code) and three digits follow it (before n)."""
    return (
        x + 3 < n
        and ord(text[x]) == sep
        and _digit(ord(text[x + 1]))
        and _digit(ord(text[x + 2]))
        and _digit(ord(text[x + 3]))
    )


def _decimals(text: str, x: int, n: int, points: str) -> int:
    """Where an optional decimal part ("." or one of points, then 1 to 18 digits) read greedily
    from x ends: x when there is none, -1 when more than 18 digits follow (left to re)."""
    if x + 1 < n and text[x] in points and _digit(ord(text[x + 1])):
        k = _digits(text, x + 1, n)
        return x + 1 + k if k <= 18 else -1
    return x


def _number_end(text: str, p: int, n: int) -> int:
    """Where group 2 (the number) ends when it starts at p: the first of its alternatives that
    has a way through, read greedily; -2 when none has one (no match there), -1 when the
    greedy way fails inside the alternative (re backs into it: left to re)."""
    c = ord(text[p])
    if c == 46:  # "." then 1 to 18 digits
        k = _digits(text, p + 1, n)
        if k == 0:
            return -2
        return p + 1 + k if k <= 18 else -1
    if not _digit(c):
        return -2
    d = _digits(text, p, n)
    at = p + d
    if d <= 3 and _group_of_three(text, at, n, 44):
        # Comma thousands: 1 to 4 groups of ",ddd", an optional decimal part, then no digit and
        # no comma before a digit.
        x = at
        reps = 0
        while reps < 4 and _group_of_three(text, x, n, 44):
            x += 4
            reps += 1
        x = _decimals(text, x, n, ".")
        if x < 0:
            return -1
        if x < n and (
            _digit(ord(text[x])) or (text[x] == "," and x + 1 < n and _digit(ord(text[x + 1])))
        ):
            return -1
        return x
    if d <= 2 and _group_of_three(text, at, n, 32):
        # Space thousands: 1 to 3 groups of " ddd", no digit after them, an optional decimal.
        x = at
        reps = 0
        while reps < 3 and _group_of_three(text, x, n, 32):
            x += 4
            reps += 1
        if x < n and _digit(ord(text[x])):
            return -1
        return _decimals(text, x, n, ".,")
    if d <= 3 and at + 1 < n and text[at] == "," and _digit(ord(text[at + 1])):
        # A decimal comma: 1 to 18 digits after it.
        k = _digits(text, at + 1, n)
        return at + 1 + k if k <= 18 else -1
    if d > 12:
        return -1
    return _decimals(text, at, n, ".")


def _space(text: str, x: int) -> bool:
    """Whether text[x] is what the pattern's \\s matches (str.isspace), ASCII by its code."""
    c = ord(text[x])
    if c < 128:
        return c == 32 or 9 <= c <= 13 or 28 <= c <= 31
    return text[x].isspace()


def _ascii_letter(c: int) -> bool:
    return 65 <= c <= 90 or 97 <= c <= 122


def _word_or_decimal(text: str, x: int, n: int) -> bool:
    """The pattern's closing look-ahead fails at x: a letter or digit of its classes, a point
    before a digit, or a comma before 1 to 18 digits and a Latin or Cyrillic letter ("1,5R")."""
    if x >= n:
        return False
    c = ord(text[x])
    return (
        48 <= c <= 57
        or 65 <= c <= 90
        or 97 <= c <= 122
        or 0xC0 <= c <= 0x24F
        or 0x400 <= c <= 0x4FF
        or (c == 46 and x + 1 < n and _digit(ord(text[x + 1])))
        or (c == 44 and _comma_word(text, x + 1, n))
    )


def _comma_word(text: str, y: int, n: int) -> bool:
    """Whether 1 to 18 digits stand from y on, then a Latin or Cyrillic letter."""
    k = _digits(text, y, n)
    if not 1 <= k <= 18 or y + k >= n:
        return False
    c = ord(text[y + k])
    return _ascii_letter(c) or 0x400 <= c <= 0x4FF


def _thousands_end(text: str, x: int, n: int) -> int:
    """Where group 3 ("k", " k", "bin") ends when it starts at x, or -1 when it is not there."""
    y = x + 1 if x < n and _space(text, x) else x
    if y >= n:
        return -1
    c = ord(text[y])
    if (c == 75 or c == 107) and not (y + 1 < n and _ascii_letter(ord(text[y + 1]))):
        return y + 1  # "k", "K"
    if c == 98 and text.startswith("bin", y, n):
        return y + 3 if not (y + 3 < n and _ascii_letter(ord(text[y + 3]))) else -1
    return -1


def _quote_end(text: str, x: int, n: int) -> int:
    """Where group 4 (" $", "$", "usd", "usdt", "usdc", any case) ends when it starts at x (x
    when it is not there)."""
    if x >= n:
        return x
    c = ord(text[x])
    if c == 36:  # "$"
        return x + 1
    if _space(text, x):
        return x + 2 if x + 1 < n and ord(text[x + 1]) == 36 else x
    if (c == 117 or c == 85) and x + 2 < n and text[x + 1] in "sSſ" and text[x + 2] in "dD":
        return x + 4 if x + 3 < n and text[x + 3] in "tTcC" else x + 3
    return x


def _token_at(text: str, i: int, n: int) -> NumberToken | None:
    """The pattern's match at i read here, or None when it has none there; _LEFT (re decides)
    when reading it would back into a group."""
    p = i
    if ord(text[p]) == 36:  # "$"
        p += 1
        if p < n and _space(text, p):
            p += 1
        if p >= n:
            return None
    q = _number_end(text, p, n)
    if q == -2:
        return None
    if q < 0:
        return _LEFT
    k_end = _thousands_end(text, q, n)
    x = _quote_end(text, k_end if k_end >= 0 else q, n)
    percent = False
    if x < n:
        if ord(text[x]) == 37:  # "%"
            x += 1
            percent = True
        elif x + 1 < n and ord(text[x + 1]) == 37 and _space(text, x):
            x += 2
            percent = True
    raw = text[p:q]
    plain = "," not in raw and " " not in raw  # (the forms without a comma or a space)
    if _word_or_decimal(text, x, n):
        # A plain number run into a word with nothing read after it ("10x", "2nd", "4h"): every
        # shorter reading ends before a digit or a point and a digit, where no group matches
        # and the look-ahead fails again: no match. Anything else: re decides.
        return None if plain and x == q else _LEFT
    return NumberToken(i, x, p, q, k_end, percent, raw, plain)


_LEFT: Final = NumberToken(-1, -1, -1, -1, -1, False, "0", True)


def _from_match(m: re.Match[str]) -> NumberToken:
    k_end = m.end(3) if m.group(3) else -1
    raw = m.group(2)
    plain = "," not in raw and " " not in raw
    return NumberToken(
        m.start(), m.end(), m.start(2), m.end(2), k_end, bool(m.group(5)), raw, plain
    )


def number_tokens(
    number: re.Pattern[str], text: str, pos: int = 0, end: int = -1
) -> list[NumberToken]:
    """number.finditer(text, pos, end)'s matches as tokens, for the pattern of
    parsers/numbers.py (passed in, as that module imports this one). A token may start only at
    "$", a digit or a point before a digit, after none of the look-behind's characters (which
    sees before pos, as re's does); every other position is skipped without entering re."""
    n = len(text) if end < 0 else min(end, len(text))
    out: list[NumberToken] = []
    i = pos
    while i < n:
        c = ord(text[i])
        if (
            48 <= c <= 57 or c == 36 or (c == 46 and i + 1 < n and 48 <= ord(text[i + 1]) <= 57)
        ) and (i == 0 or not _joins(ord(text[i - 1]))):
            tok = _token_at(text, i, n)
            if tok is _LEFT:
                m = number.match(text, i, n)
                tok = _from_match(m) if m is not None else None
            if tok is not None:
                out.append(tok)
                i = tok.end
                continue
        i += 1
    return out
