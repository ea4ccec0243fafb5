"""The characters a label pattern's match can open with, read from the pattern's text at import
(parsers/labels.py builds its word walk's table of first two characters from them).

`opening(rest)` reads only the few forms the lexicon's rows open with: a literal character, an
escaped punctuation mark ("\\."), a character class of literals and ranges ("[ée]", "[0-9]",
"[ \\t]"), a group of alternatives ("(?:ntet|ntey)"), each with a quantifier ("?", "*", "+",
"{2,8}"). Anything else (a negated class, a category such as "\\w" or "\\d", a look-around, an
alternative that may match nothing, a pattern that may match nothing at all) answers None: "any
character", so the walk asks re at every word opening with the row's first character. A wrong
answer could only be a set too small, and the reader returns a set only for the forms above,
whose first characters are plain to read; tests/parsers/test_speed31.py checks every row's set
against strings hypothesis draws from the row itself.
"""

from __future__ import annotations

import re

from parsers.quick_tests import alternatives, group_end

_QUANTIFIER = re.compile(r"\{([0-9]+)(?:,[0-9]*)?\}")


def _class_at(pattern: str, i: int) -> tuple[set[str] | None, int]:
    """The characters of the class opening at pattern[i] ("[") and where it ends, or None."""
    j = i + 1
    if pattern[j : j + 1] == "^":
        return None, 0
    members: set[str] = set()
    first = True
    while j < len(pattern):
        c = pattern[j]
        if c == "]" and not first:
            return members, j + 1
        first = False
        if c == "\\":
            escaped = pattern[j + 1 : j + 2]
            if escaped == "t":
                c = "\t"
            elif escaped == "n":
                c = "\n"
            elif escaped and not escaped.isalnum():
                c = escaped
            else:
                return None, 0  # a category ("\\w", "\\d") or an escape not read here
            j += 2
        else:
            j += 1
        if pattern[j : j + 1] == "-" and pattern[j + 1 : j + 2] not in ("]", "", "\\"):
            top = pattern[j + 1]
            members.update(chr(k) for k in range(ord(c), ord(top) + 1))
            j += 2
        else:
            members.add(c)
    return None, 0


def _at_least(pattern: str, i: int) -> tuple[int, int]:
    """The least count the quantifier at pattern[i] allows (1 when there is none) and where it
    ends; -1 for a form not read here."""
    c = pattern[i : i + 1]
    if c in ("?", "*"):
        return (0, i + 2) if pattern[i + 1 : i + 2] in ("?", "+") else (0, i + 1)
    if c == "+":
        return (1, i + 2) if pattern[i + 1 : i + 2] in ("?", "+") else (1, i + 1)
    if c == "{":
        m = _QUANTIFIER.match(pattern, i)
        return (int(m.group(1)), m.end()) if m else (-1, 0)
    return 1, i


def opening(rest: str) -> frozenset[str] | None:
    """The characters a match of rest (a part of a pattern) can open with; None when not known
    or when rest may match nothing."""
    if not rest:
        return None
    parts = alternatives(rest)
    if len(parts) > 1:  # ("a|b": either may open the match)
        out: set[str] = set()
        for part in parts:
            first = opening(part)
            if first is None:
                return None
            out |= first
        return frozenset(out)
    c = rest[0]
    members: set[str] | None
    if c == "[":
        members, after = _class_at(rest, 0)
    elif c == "\\":
        escaped = rest[1:2]
        if not escaped or escaped.isalnum():
            return None
        members, after = {escaped}, 2
    elif c == "(":
        end = group_end(rest, 0) if rest.startswith("(?:") else -1
        alts = alternatives(rest[3:end]) if end > 0 else None
        if alts is None:
            return None
        members = set()
        for alt in alts:
            first = opening(alt)
            if first is None:
                return None
            members |= first
        after = end + 1
    elif c in ".^$|)?*+{}":
        return None
    else:
        members, after = {c}, 1
    if members is None:
        return None
    least, nxt = _at_least(rest, after)
    if least < 0:
        return None
    if least >= 1:
        return frozenset(members)
    more = opening(rest[nxt:])  # the part may be left out: what follows it may open the match
    return None if more is None else frozenset(members | more)


_META = frozenset("\\[](){}|.^$?*+")


def literal_head(alt: str) -> str:
    """The characters every match of alt opens with, taken literally: "tps?[0-9]" opens with
    "tp", "stop[ \\t-]?loss" with "stop", "t\\.p" with "t" (read up to the first character
    that is not a literal; one a quantifier follows is left out: it may be missing)."""
    i = 0
    while i < len(alt) and alt[i] not in _META:
        i += 1
    if i < len(alt) and alt[i] in "?*{":
        i -= 1  # (the character before it may be left out or repeated)
    return alt[: max(i, 0)]
