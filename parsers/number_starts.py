"""Where a price token may start, found by a compiled pass, and the number pattern matched only
there: parsers/numbers.py's pattern opens with a look-ahead and a look-behind, so re has no
first character to skip to and enters its matcher at every character of what it searches
(about a thousand machine instructions each). The answer is what the pattern's own finditer
gives (tests/parsers/test_tok15_forms.py compares the two on random texts)."""

from __future__ import annotations

import re


def _joins(c: int) -> bool:
    """Whether the character (its code) before a digit makes it part of a word or a number:
    the pattern's look-behind, [A-Za-z0-9.#\\u00c0-\\u024f\\u0400-\\u04ff]."""
    return (
        48 <= c <= 57
        or 65 <= c <= 90
        or 97 <= c <= 122
        or c == 46
        or c == 35
        or 0xC0 <= c <= 0x24F
        or 0x400 <= c <= 0x4FF
    )


def number_matches(number: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """number.finditer(text)'s matches, for the pattern of parsers/numbers.py: it matches only
    where "$", a digit or a point before a digit stands after none of the look-behind's
    characters; every other position is skipped here without entering re."""
    out: list[re.Match[str]] = []
    n = len(text)
    i = 0
    while i < n:
        c = ord(text[i])
        if (
            (48 <= c <= 57 or c == 36 or (c == 46 and i + 1 < n and 48 <= ord(text[i + 1]) <= 57))
            and (i == 0 or not _joins(ord(text[i - 1])))
            and (m := number.match(text, i)) is not None
        ):
            out.append(m)
            i = m.end()
            continue
        i += 1
    return out
