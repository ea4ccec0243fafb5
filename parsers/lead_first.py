"""A pattern rewritten so that every top-level alternative opens with a literal character.

re searches a pattern whose every alternative opens with a literal by scanning the text for
those characters first (a table look-up a character, in C) and entering its matcher only there.
One alternative that opens with a look-behind ("(?<!\\w)..."), a class ("[ıi]..."), or a group
("(?:on|after)\\s...") and re enters the whole pattern at every position of the text: each
alternative's first step tried there, a look-behind evaluated at every character. The parser's
longest patterns are tables of words written that way; `lead_first` rewrites them, once, when
the module is imported, into a pattern that matches the same text at the same places:

- "(?<!\\w)ab" is "a(?<!\\wa)b": the look-behind moved past the character it stood before,
  with that character at its end (it sees the same character before the word; so does each
  of several: "(?<!\\w)(?<!if\\s)ab" is "a(?<!\\wa)(?<!if\\sa)b");
- a group that must match, first in an alternative, is distributed: "(?:on|after)\\sx" is
  "on\\sx|after\\sx" (re tries the same alternatives in the same order at each position, so the
  first match is the same one);
- a class of a few characters first in an alternative is one alternative a character:
  "[ıi]r" is "ır|ir" (one character of the text is at most one of them).

Anything else (a capturing group, a back-reference, a quantified group or class first, a flag)
is left as it is: the result is never wrong, at worst no faster. tests/parsers/
test_lead_first.py compares the rewritten patterns' matches with the originals' on the corpus
and on random texts.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.quick_tests import alternatives, group_end

_QUANTIFIERS: Final = frozenset("?*+{")
_SPECIAL: Final = frozenset("\\.[](){}?*+|^$")
# The most alternatives one rewrite may give (distributing nested groups multiplies them).
_MOST: Final = 400
# Every pattern rewritten, by its source (tests/parsers/test_lead_first.py compares each pair).
REWRITTEN: dict[str, str] = {}


def lead_first(pattern: str) -> str:
    """pattern with each top-level alternative opening with a literal where it can (see the
    module's note); pattern itself when it has groups that capture, back-references or flags."""
    compiled = re.compile(pattern)
    if compiled.groups or compiled.flags != re.UNICODE or "(?P=" in pattern:
        return pattern
    if re.search(r"\\[1-9]", pattern):
        return pattern
    out: list[str] = []
    for alt in alternatives(pattern):
        out.extend(_first(alt, 0))
    if len(out) > _MOST:
        return pattern
    rewritten = "|".join(out)
    if rewritten != pattern:
        REWRITTEN[pattern] = rewritten
    return rewritten


def _element(alt: str, i: int) -> int:
    """Where the one-character element at alt[i] ends (a literal, an escape or a class), or -1
    when it is none or a quantifier follows it."""
    c = alt[i : i + 1]
    if not c:
        return -1
    if c == "\\":
        end = i + 2
    elif c == "[":
        end = i + 1
        end += alt[end : end + 1] == "^"
        end += alt[end : end + 1] == "]"
        while end < len(alt) and alt[end] != "]":
            end += 2 if alt[end] == "\\" else 1
        end += 1
    elif c in _SPECIAL:
        return -1
    else:
        end = i + 1
    return -1 if alt[end : end + 1] in _QUANTIFIERS else end


def _members(cls: str) -> list[str] | None:
    """The characters of a class of plain characters ("[ıi]"), or None."""
    body = cls[1:-1]
    if not body or body[0] == "^" or "\\" in body or "[" in body:
        return None
    if "-" in body[1:-1]:
        return None  # (a range; a "-" first or last is the character: "[-–—]")
    if len(body) > 4 or len(set(body)) != len(body):
        return None
    return list(body)


def _first(alt: str, depth: int) -> list[str]:
    """alt as alternatives, each opening with a literal where it can."""
    if depth > 6 or not alt:
        return [alt]
    looks: list[str] = []  # the look-behinds it opens with ("(?<!\\w)(?<!if\\s)")
    i = 0
    while alt.startswith(("(?<!", "(?<="), i):
        end = group_end(alt, i)
        looks.append(alt[i : end + 1])
        i = end + 1
    look = "".join(looks)
    rest = alt[i:]
    if rest.startswith("(?:"):
        end = group_end(rest, 0)
        if rest[end + 1 : end + 2] in _QUANTIFIERS:
            return [alt]  # (an optional or repeated group)
        inner, tail = rest[3:end], rest[end + 1 :]
        out: list[str] = []
        for a in alternatives(inner):
            out.extend(_first(look + a + tail, depth + 1))
        return out
    end = _element(rest, 0)
    if end < 0:
        return [alt]
    element = rest[:end]
    if element.startswith("["):
        members = _members(element)
        if members is None:
            return [alt]
        out = []
        for m in members:
            lit = "\\" + m if m in _SPECIAL or m in "-]" else m
            out.extend(_first(look + lit + rest[end:], depth + 1))
        return out
    if element.startswith("\\") and element[1:].isalnum():
        return [alt]  # ("\\w", "\\s", "\\d": a class, not one character)
    if not look:
        return [alt]
    return [element + "".join(b[:-1] + element + ")" for b in looks) + rest[end:]]
