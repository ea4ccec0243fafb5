"""Quick tests before a pattern's search: the literals every match of a pattern holds.

A text holding none of them holds no match, and `str.find` or `in` (a fast memory scan) tells
that for a fraction of what entering the pattern costs: re searches a pattern that opens with a
look-behind or a group of words by trying it at every position, and every search, matched or
not, costs about a thousand machine instructions before any work (a match, twice that).
The patterns read here are the parser's own: lower-case, without re.IGNORECASE or inline flags.
"""

from __future__ import annotations

import re
from typing import Final

# The characters of [^\S\n], every blank but the line break (re's \s is str.isspace; none past
# U+3000).
BLANKS: Final = "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c != "\n")
# A character that is not a literal of its own at the start of an alternative, or after one.
_SPECIAL: Final = frozenset("\\.[](){}?*+|^$")
_QUANTIFIERS: Final = frozenset("?*+{")


def lead_literal(alt: str) -> str | None:
    """The literal character alt must start with ("t" of "tps?", not "s" of "s?l"), or None
    (also for an alternative holding a "|" outside its groups: "ab|cd" is two)."""
    if not alt or alt[0] in _SPECIAL or (len(alt) > 1 and alt[1] in _QUANTIFIERS):
        return None
    return alt[0] if len(alternatives(alt)) == 1 else None


def _class_end(alt: str, i: int) -> int:
    """Where the character class opening at alt[i] ("[") closes."""
    i += 1
    i += alt[i : i + 1] == "^"
    i += alt[i : i + 1] == "]"  # (a "]" first in a class is a literal)
    while i < len(alt) and alt[i] != "]":
        i += 2 if alt[i] == "\\" else 1
    return i


def _structure(pattern: str, i: int) -> list[tuple[int, str, int]]:
    """The characters of pattern from i that are neither escaped nor in a class: (where, which,
    how many groups are open once it is read)."""
    out: list[tuple[int, str, int]] = []
    depth = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(pattern, i) + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        out.append((i, c, depth))
        i += 1
    return out


def _group_end(alt: str, i: int) -> int:
    """Where the group opening at alt[i] ("(") closes (escapes and classes inside skipped)."""
    for at, c, depth in _structure(alt, i):
        if c == ")" and depth == 0:
            return at
    return len(alt)


def group_end(alt: str, i: int) -> int:
    """Where the group opening at alt[i] ("(") closes."""
    return _group_end(alt, i)


def required_run(alt: str, any_text: bool = False) -> str:
    """The longest run of characters alt always matches in ASCII text ("profit" of
    "in\\sprofit", "cancel" of "cancell?ed", "kisa" of "k[ıi]sa": a class of one ASCII
    character is that character there); a character a quantifier makes optional or repeats is
    no part of one; groups, escapes and other classes end a run. With any_text, in any text
    (a class is a character of the run only when it holds one character)."""
    best, run = "", ""
    i = 0
    while i < len(alt):
        c = alt[i]
        if c == "[":
            end = _class_end(alt, i)
            members = alt[i + 1 : end]
            ascii_members = members if any_text else [m for m in members if m.isascii()]
            if members[:1] != "^" and "\\" not in members and "-" not in members:
                if len(ascii_members) == 1:
                    run += ascii_members[0]
                    if alt[end + 1 : end + 2] not in _QUANTIFIERS:
                        best = max(best, run, key=len)
                    i = end + 1
                    continue
            run = ""
            i = end
        elif c == "(":
            i = _group_end(alt, i)
            run = ""
        elif c == "\\":
            i += 1
            run = ""
        elif c in _QUANTIFIERS or c == "}":
            run = run[:-1]  # the character before is optional or repeated
            best = max(best, run, key=len)
            run = ""
            if c == "{":
                i = alt.index("}", i)
        elif c in _SPECIAL:
            run = ""
        else:
            run += c
            if alt[i + 1 : i + 2] not in _QUANTIFIERS:
                best = max(best, run, key=len)
        i += 1
    return best


def ascii_heads(alts: tuple[str, ...]) -> tuple[str, ...] | None:
    """A literal each alternative that can match ASCII text always holds ("cancel" of
    "cancell?ed", "profit" of "in\\sprofit"): an ASCII text holding none of them holds no
    match. None when one holds no literal, or one or two letters only (found in nearly every
    text: the quick test would only add to the search)."""
    heads: list[str] = []
    for alt in alts:
        if lead_literal(alt) is None:
            return None  # (also for an alternative holding a "|" of its own)
        run = required_run(alt)
        if not run.isascii():
            continue  # it matches no ASCII text
        if len(run) < 3:
            return None
        if run not in heads:
            heads.append(run)
    # A literal holding another is found only where that one is: one test is enough.
    return tuple(a for a in heads if not any(b != a and b in a for b in heads))


def holds_any(text: str, heads: tuple[str, ...]) -> bool:
    """Whether any of heads is in text."""
    for head in heads:
        if head in text:
            return True
    return False


def alternatives(pattern: str) -> list[str]:
    """pattern split at its top-level "|" ("ab|c(?:d|e)" is "ab" and "c(?:d|e)")."""
    parts: list[str] = []
    start = 0
    for at, c, depth in _structure(pattern, 0):
        if c == "|" and depth == 0:
            parts.append(pattern[start:at])
            start = at + 1
    parts.append(pattern[start:])
    return parts


def _group_body(pattern: str, i: int, end: int) -> str | None:
    """The alternatives of the group pattern[i:end + 1] when it must match something, else None
    (a look-around, an inline flag, or a group a quantifier makes optional)."""
    after = pattern[end + 1 : end + 3]
    if after[:1] in ("?", "*") or after == "{0":
        return None
    inner = pattern[i + 1 : end]
    if inner.startswith("?:"):
        return inner[2:]
    if inner.startswith("?P<"):
        return inner[inner.index(">") + 1 :]
    return None if inner.startswith("?") else inner


def _worth(literals: list[str]) -> tuple[bool, int, int]:
    shortest = min(len(x) for x in literals)
    return shortest >= 3, -len(literals), shortest


def required_literals(pattern: str, common: tuple[str, ...] = ()) -> tuple[str, ...] | None:
    """Literals one of which every match of pattern holds, in any text (each alternative gives
    its longest run, or the literals of a group of words it must match: "(?:close|exit)\\s"
    gives "close" and "exit"); None when an alternative gives none. Literals holding one of
    common (words nearly every post it is asked of holds: "long" and "short" in a signal) are
    taken only where an alternative gives no others."""
    found: list[str] = []
    for alt in alternatives(pattern):
        run = required_run(alt, any_text=True)
        choices: list[list[str]] = [[run]] if run else []
        i = 0
        while i < len(alt):
            c = alt[i]
            if c == "\\":
                i += 1
            elif c == "[":
                i = _class_end(alt, i)
            elif c == "(":
                end = _group_end(alt, i)
                body = _group_body(alt, i, end)
                inner = required_literals(body, common) if body is not None else None
                if inner:
                    choices.append(list(inner))
                i = end
            i += 1
        if not choices:
            return None
        # The best test: literals of three characters or more, then the fewest, the longest.
        best: list[str] = max(
            choices, key=lambda c: (not any(w in x for x in c for w in common), _worth(c))
        )
        found.extend(best)
    # A literal holding another is found only where that one is: one test is enough.
    kept = [a for a in found if not any(b != a and b in a for b in found)]
    return tuple(dict.fromkeys(kept))


def written(text: str, heads: tuple[str, ...] | None, start: int, end: int) -> bool:
    """Whether one of heads is in text[start:end] (True when there are none to look for)."""
    if heads is None:
        return True
    for head in heads:
        if text.find(head, start, end) >= 0:
            return True
    return False


def led_alternatives(pattern: str) -> tuple[str, str]:
    """pattern's top-level alternatives, in their order, as two patterns: those that open with
    a literal, and the others ("" for none). re skips straight to the first characters of a
    pattern whose every alternative opens with a literal, where one opening with a look-behind
    or an anchor makes it try the whole pattern at every position. In a text where the others
    cannot match (none of their required_literals is in it), the first finds what pattern
    finds: at each position re tries the alternatives in order, and those never match.
    (Patterns without groups that capture or flags for the whole: ValueError.)"""
    compiled = re.compile(pattern)
    if compiled.groups or compiled.flags != re.UNICODE:
        raise ValueError(pattern)
    led: list[str] = []
    others: list[str] = []
    for alt in alternatives(pattern):
        (led if lead_literal(alt) is not None else others).append(alt)
    if not led:
        raise ValueError(pattern)
    return "|".join(led), "|".join(others)


def digit_after(heads: tuple[str, ...]) -> tuple[str, ...]:
    """Literals one of which a text holds wherever one of heads stands before an ASCII digit,
    with or without one blank ([^\\S\\n]) between ("/3", "of 5"; "of" and a tab): each head
    then a digit, then a space and a digit, then each other blank (a gate's words,
    parsers/gate_words.py; fewer texts hold them than the heads alone)."""
    digits = "0123456789"
    return tuple(
        [h + d for h in heads for d in digits]
        + [h + " " + d for h in heads for d in digits]
        + [h + b for h in heads for b in BLANKS if b != " "]
    )


def gate_literals(pattern: str, instead: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """required_literals of each of pattern's alternatives, a literal found in most posts given
    as the longer words it stands for there (instead: "k" of "k[ıi]r[ıi]l" as "kırıl", "kiril"
    ...): a gate's words, one of which every match holds (the caller's test proves it). Empty
    when an alternative gives none."""
    words: list[str] = []
    for alt in alternatives(pattern):
        literals = required_literals(alt)
        if not literals:
            return ()
        for literal in literals:
            words.extend(instead.get(literal, (literal,)))
    # (A word holding another is found only where that one is: one is enough.)
    return tuple(dict.fromkeys(a for a in words if not any(b != a and b in a for b in words)))


def first_line(text: str) -> str:
    """text's first line after its leading blanks and line breaks: text.lstrip().split("\n",
    1)[0], without copying the rest of the post twice (str.lstrip and str.isspace strip the same
    characters)."""
    n = len(text)
    start = 0
    while start < n and text[start].isspace():
        start += 1
    end = text.find("\n", start)
    return text[start : n if end < 0 else end]
