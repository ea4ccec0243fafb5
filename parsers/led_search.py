"""A pattern's matches found from the places where one can begin (session 24, i13-speed18).

re searches a pattern that opens with a word boundary, a look-behind, or a group it may skip
("\\b(?:move\\s)?(?:sl|stop)...") by entering its matcher at every character of the text: no
first character is known to it. Where the caller knows what every match opens with (a few
words, a digit before a word), a second pattern that opens with literals (scanned for at C
speed) finds those places, and the pattern is matched there only:

    led_finditer(pattern, starts, text) == list(pattern.finditer(text))

whenever every match of pattern begins where one of starts matches (starts may match at more
places: the pattern is then tried there and fails). The first place at or after the end of
the last match where pattern matches is where pattern.search finds its next match (search tries
the places in order, each with the same matcher as match), and every match found is the one
re would give there: the same spans, groups and string. A pattern that can match the empty
string is not for this (finditer steps past an empty match in a way this does not).
tests/parsers/test_led_search25.py compares each use with finditer.
"""

from __future__ import annotations

import re
from collections.abc import Callable


def led_finditer(
    pattern: re.Pattern[str], starts: tuple[re.Pattern[str], ...], text: str
) -> list[re.Match[str]]:
    """pattern.finditer(text) as a list, pattern matched only where one of starts matches."""
    return _led_matches(pattern, starts, text, False)


def led_search(
    pattern: re.Pattern[str], starts: tuple[re.Pattern[str], ...], text: str
) -> re.Match[str] | None:
    """pattern.search(text), pattern matched only where one of starts matches."""
    found = _led_matches(pattern, starts, text, True)
    return found[0] if found else None


def _led_matches(
    pattern: re.Pattern[str], starts: tuple[re.Pattern[str], ...], text: str, first: bool
) -> list[re.Match[str]]:
    """The matches led_finditer gives, or only the first of them (first)."""
    out: list[re.Match[str]] = []
    nexts: list[int] = []
    for s in starts:
        c = s.search(text)
        nexts.append(-1 if c is None else c.start())
    pos = 0
    while pos <= len(text):  # (re clamps a search's start to the end: "^" would match again)
        best = -1
        for i in range(len(starts)):
            at = nexts[i]
            if 0 <= at < pos:
                c = starts[i].search(text, pos)
                at = -1 if c is None else c.start()
                nexts[i] = at
            if at >= 0 and (best < 0 or at < best):
                best = at
        if best < 0:
            return out
        m = pattern.match(text, best)
        if m is None:
            pos = best + 1
        else:
            out.append(m)
            if first:
                return out
            pos = max(m.end(), best + 1)  # (never back, nor on the spot)
    return out


def sub_at(
    pattern: re.Pattern[str], places: list[int], repl: Callable[[re.Match[str]], str], text: str
) -> str:
    """pattern.sub(repl, text), pattern matched only at places (in order): every match of
    pattern begins at one of them. (re.sub replaces the matches finditer finds.)"""
    parts: list[str] = []
    last = pos = 0
    for at in places:
        if at < pos:
            continue
        m = pattern.match(text, at)
        if m is None:
            pos = at + 1
            continue
        parts.append(text[last:at])
        parts.append(repl(m))
        last = m.end()
        pos = max(last, at + 1)
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)
