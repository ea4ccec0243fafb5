"""Finding the lexicon's labels in text, fast: the table in parsers/lexicon.py compiled once.

Word labels are searched as "a non-word character, then a label" in " " + text: a pattern that
starts with a character class lets re skip every position inside a word without trying any
alternative, and alternatives grouped by their first character are rejected with one compare.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.gate_words import gate, kept
from parsers.label_walk import COMPILED, Walk, wide_flags, wide_table
from parsers.lexicon import ROWS, UNSPACED
from parsers.quick_tests import ascii_heads, holds_any, lead_literal, required_literals
from parsers.status_ru import STATUS_WORDS_RU
from parsers.vocabulary import (
    MARKET_UNSPACED,
    MARKET_WORDS,
    NOT_A_SIGNAL,
    REPORTED_AROUND,
    REPORTED_AROUND_UNSPACED,
    STATUS_UNSPACED,
    STATUS_WORDS,
)

# The word walks (find_labels, Finder.search) where this module is compiled; re's searches where
# it is not (parsers/_native.py).
_NATIVE: Final = COMPILED
# The kinds of label that give a level of the trade.
LEVEL_LABELS = frozenset(("entry", "buy", "sell", "tp", "tpglued", "sl", "slclose"))
# The order kinds are tried in when one text could be two labels (none do today).
KINDS = ("entry", "buy", "sell", "tp", "tpglued", "slclose", "sl", "lev", "sym", "noise", "weak")


def lead(alts: tuple[str, ...] | list[str]) -> str:
    """A lookahead for the first characters of the alternatives (each must start with a literal).

    Placed right after a leading \\W, it lets re reject a position with one set test instead of
    trying every alternative: most non-word characters are followed by a digit or a space.
    """
    firsts = set()
    for alt in alts:
        assert alt[0] not in "([\\.?*+|^$", alt  # must start with a literal character
        firsts.add(alt[0])
    return "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"


def first_characters(alts: tuple[str, ...]) -> tuple[str, ...]:
    """The characters the alternatives start with (each must start with a literal), for a quick
    test before a search: a text holding none of them holds no match. (For a handful of
    characters, str's "in" is far cheaper than a regex scanning the text.)"""
    lead(alts)  # checks that each starts with a literal
    return tuple(sorted({alt[0] for alt in alts}))


def spaces_replaced(pattern: str, in_class: str, outside: str) -> str:
    """pattern with each \\s written as in_class inside a character class, as outside elsewhere
    (a "]" first in a class, after its "[" or "[^", is a literal and does not end it)."""
    out: list[str] = []
    inside = False
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            pair = pattern[i : i + 2]
            out.append((in_class if inside else outside) if pair == "\\s" else pair)
            i += 2
            continue
        if c == "[" and not inside:
            inside = True
            out.append(c)
            i += 1
            if pattern[i : i + 1] == "^":
                out.append("^")
                i += 1
            if pattern[i : i + 1] == "]":  # a "]" first in a class is a literal
                out.append("]")
                i += 1
            continue
        if c == "]" and inside:
            inside = False
        out.append(c)
        i += 1
    return "".join(out)


def ascii_twin(pattern: str) -> re.Pattern[str]:
    """pattern compiled for text that is all ASCII: the same matches there, faster.

    With re.ASCII, \\w, \\W and \\b test a character against a table instead of the Unicode
    database (a \\W search tests every character of the text). On ASCII text the two readings
    differ only in \\s, which in Unicode also holds the separators \\x1c-\\x1f: they are added
    back. (A pattern with \\S, or a case-insensitive part, where a non-ASCII letter can fold to
    an ASCII one, would need more care: ValueError, at import.)"""
    if "\\S" in pattern or "(?i" in pattern:
        raise ValueError(pattern)
    compiled = re.compile(spaces_replaced(pattern, "\\s\\x1c-\\x1f", "[\\s\\x1c-\\x1f]"), re.ASCII)
    if re.compile(pattern).flags & re.IGNORECASE:
        raise ValueError(pattern)
    return compiled


class Finder:
    """Finds whole words (plus unspaced CJK or emoji forms) in lower-cased text, fast."""

    def __init__(self, words: tuple[str, ...], others: tuple[str, ...] = ()) -> None:
        pattern = r"\W" + lead(words) + "(?:" + _grouped(list(words)) + r")(?!\w)"
        self._words = re.compile(pattern)
        self._ascii_words = ascii_twin(_ascii_led(r"\W", words))
        self._ascii_heads = ascii_heads(words)
        self._walk = Walk(
            words, "", grouped
        )  # (the same places as _words' and _ascii_words' search)
        # A literal of each word in any script ("market", "рынок", "بازار"): a text that is not
        # ASCII and holds none is not searched (re enters this pattern at every non-word
        # character, emoji and spaces: ~4-5 us a post; the `in` scans cost a fraction of that).
        self._heads = _long_literals(required_literals("|".join(words)))
        self._others = re.compile("|".join(others)) if others else None
        self._other_firsts = first_characters(others)
        # The same literals as gates of the post's one pass (parsers/gate_words.py): asked of
        # the post a text was cut or blanked from (a literal in the text is in the post: no
        # literal holds a blank, the blanking's character). Every match, ASCII or not, holds
        # one of _heads; the unspaced forms start with one of _other_firsts.
        heads = self._heads
        self._heads_gate = -1 if heads is None or _blank_in(heads) else gate(heads)
        self._others_gate = gate(self._other_firsts) if self._other_firsts else -1

    def search(self, text: str, post: str | None = None) -> int:
        """Start of the first keyword in text, or -1. post: the post text is (the post `low` or
        `wlow`), or was cut from or blanked in, when its pass was made (else text itself)."""
        whole = text if post is None else post
        held = kept(whole, self._heads_gate) if self._heads_gate >= 0 else -1
        if text.isascii():  # (the unspaced forms are looked for only in other text)
            # A few "in" scans (a fast memory search each) reject most texts where re would
            # enter its matcher at every non-word character; the post's pass answers at once.
            if held == 0:
                return -1
            heads = self._ascii_heads
            if held < 0 and heads is not None and not holds_any(text, heads):
                return -1
            if _NATIVE:
                return self._walk.search(" " + text)
            m = self._ascii_words.search(" " + text)
            return m.start() if m else -1
        spaced = " " + text
        pos = -1
        if held > 0 or (held < 0 and (self._heads is None or holds_any(spaced, self._heads))):
            if _NATIVE:
                pos = self._walk.search(spaced)
            else:
                m = self._words.search(spaced)
                pos = m.start() if m else -1
        others = kept(whole, self._others_gate) if self._others_gate >= 0 else -1
        if others < 0:
            others = 1 if any(c in text for c in self._other_firsts) else 0
        if self._others is not None and others > 0:
            o = self._others.search(text)
            if o and (pos < 0 or o.start() < pos):
                pos = o.start()
        return pos


def _ascii_led(before: str, alts: tuple[str, ...] | list[str]) -> str:
    """before, then the alternatives that open with an ASCII character, as a tree: the pattern
    for ASCII text, where a word opening with "т" or "ت" never matches (re tried each such
    branch's first character at every place a word starts, and its look-ahead tested a set of
    every script's first letters). The others keep their order, so each place's match is the
    same (tests/parsers/test_speed_gates25.py compares)."""
    kept = [alt for alt in alts if (lead_literal(alt) or "a").isascii()]
    return before + lead(kept) + "(?:" + _grouped(kept) + r")(?!\w)"


def _blank_in(words: tuple[str, ...]) -> bool:
    """Whether a word holds a blank (a blanked text could hold it where its post does not)."""
    return any(not w.strip() or w != "".join(w.split()) for w in words)


def _long_literals(heads: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """heads when each is three characters or longer, else None (a literal of one or two
    letters is in nearly every text: the quick test would only add to the search)."""
    return heads if heads and min(len(h) for h in heads) >= 3 else None


def _grouped(alts: list[str]) -> str:
    """The alternatives as a tree of their shared first characters, in an order re tries the
    same way: "entry|entries|exit" is "e(?:n(?:try|tries)|xit)", so one compare rejects a
    whole branch where re tried every alternative in turn.

    Alternatives that start with different literals never match at one position, so grouping
    one with an earlier one of its first character moves it only past alternatives it cannot
    compete with; one that does not start with a literal ("[ck]oin", an empty rest) is a
    barrier nothing is moved past. The order among alternatives that could match together is
    the table's, so re finds the same match."""
    out: list[tuple[str | None, list[str]]] = []
    open_at: dict[str, int] = {}
    for alt in alts:
        first = lead_literal(alt)
        if first is None:
            out.append((None, [alt]))
            open_at = {}
        elif first in open_at:
            out[open_at[first]][1].append(alt[1:])
        else:
            open_at[first] = len(out)
            out.append((first, [alt[1:]]))
    parts: list[str] = []
    for first, rests in out:
        if first is None:
            parts.append(rests[0])
        elif len(rests) == 1:
            parts.append(re.escape(first) + rests[0])
        else:
            parts.append(re.escape(first) + "(?:" + _grouped(rests) + ")")
    return "|".join(parts)


def grouped(alts: list[str]) -> str:
    """_grouped, for other modules' tables of alternatives that each open with a literal."""
    return _grouped(alts)


def _one_line(alt: str) -> str:
    """The alternative with \\s limited to spaces and tabs, so a label never spans two lines.

    Inside a character class \\s becomes " \\t"; outside, "[ \\t]". (Replacing it with a class
    inside a class would build a nested set, which re warns about and may read differently.)
    """
    return spaces_replaced(alt, r" \t", r"[ \t]")


def _rows(kind: str, unspaced: bool) -> list[str]:
    return [_one_line(p) for lang, k, p in ROWS if k == kind and (lang in UNSPACED) == unspaced]


_ALL_WORDS = [_one_line(p) for lang, _k, p in ROWS if lang not in UNSPACED]
# (A word tagged "#"/"$" is a coin, never a label: "#OPEN 0.5475" names OPEN.)
_WORD_LABELS_PATTERN = r"[^\w#$]" + lead(_ALL_WORDS) + "(?:" + _grouped(_ALL_WORDS) + r")(?!\w)"
_WORD_LABELS: Final = re.compile(_WORD_LABELS_PATTERN)
_WORD_LABELS_ASCII: Final = ascii_twin(_ascii_led(r"[^\w#$]", _ALL_WORDS))
_KIND_OF: Final = [
    (k, re.compile("(?:" + "|".join(_rows(k, False)) + r")(?!\w)"))
    for k in KINDS
    if _rows(k, False)
]
_CJK_ALTS = [alt for k in KINDS for alt in _rows(k, True)]
_CJK_LABELS: Final = re.compile(
    "|".join(f"(?P<{k}>{'|'.join(_rows(k, True))})" for k in KINDS if _rows(k, True))
)
# A union of named groups gives re no first character to skip to; this class does.
_CJK_START: Final = re.compile(lead(_CJK_ALTS)[3:-1])
_KIND_CACHE: Final[dict[str, str]] = {}


def _kind_of(spaced: str, start: int, end: int) -> str:
    """The kind of the label found at spaced[start:end] (lookaheads need the text after it)."""
    word = spaced[start:end]
    kind = _KIND_CACHE.get(word)
    if kind is None:
        kind = "noise"
        for k, regex in _KIND_OF:
            m = regex.match(spaced, start)
            if m is not None and m.end() == end:
                kind = k
                break
        if len(_KIND_CACHE) < 4096:  # labels repeat endlessly; a small cache is enough
            _KIND_CACHE[word] = kind
    return kind


# The word labels' walk (the union _WORD_LABELS: no label opens after "#" or "$"), and for each
# ASCII character its flags, with 4: a Chinese/emoji row opens with it (_CJK_START's class).
_WORDS_WALK: Final = Walk(_ALL_WORDS, "#$", _grouped)
_CJK_FIRSTS: Final = frozenset(ord(c) for c in first_characters(tuple(_CJK_ALTS)))
_WALK_FLAGS: Final = bytes(
    f | (4 if k in _CJK_FIRSTS else 0) for k, f in enumerate(_WORDS_WALK.flags)
)
# The same for the characters past ASCII below U+10000 (label_walk.wide_table; session 30).
_WIDE_FLAGS: Final = wide_table(_WORDS_WALK.rows, _CJK_FIRSTS)


def _label_at(spaced: str, i: int, o: int, found: list[tuple[str, int, int]], searched: int) -> int:
    """The rows opening with spaced[i] (its character o) matched there: a label found is added
    to found, and where finditer would search from next is returned."""
    m = _WORDS_WALK.rows[o].match(spaced, i)
    if m is None:
        return searched
    end = m.end()
    kind = _KIND_CACHE.get(spaced[i:end]) or _kind_of(spaced, i, end)
    found.append((kind, i - 1, end - 1))
    return end


def find_labels(text: str) -> list[tuple[str, int, int]]:
    """Labels in lower-cased text as (kind, start, end), in order of appearance: by the walk
    where this module is compiled, by the union's finditer where it is not (interpreted, the
    walk takes about twice as long as re; tests/parsers/test_speed31.py proves the two equal)."""
    return walk_labels(text) if _NATIVE else union_labels(text)


def walk_labels(text: str) -> list[tuple[str, int, int]]:
    """find_labels by the walk (compiled).

    The word labels are the matches of the union _WORD_LABELS in " " + text, found by one walk
    over its characters instead: a match opens at a character that is not a word character, "#"
    or "$", followed by a row's first character and a second that row can open with (the
    table's pairs); there the rows opening with that first character are matched, in the
    table's order, which is the union's answer at that place (the rows left out cannot match
    there). As finditer, a place is tried only from the end of the match before. The walk also
    notes where each character that opens a Chinese/emoji row is (_CJK_START's matches)."""
    spaced = " " + text
    n = len(spaced)
    found: list[tuple[str, int, int]] = []
    walk = _WORDS_WALK
    flags = _WALK_FLAGS
    opener = True  # spaced[0] is the space
    searched = 0  # where finditer would search from
    starts: list[int] = []  # where a Chinese/emoji row's first character is, in text
    odd = False  # a character outside ASCII, or "@": the Chinese/emoji rows are looked for
    i = 1
    while i < n:
        o = ord(spaced[i])
        if o < 128:
            f = flags[o]
            if o == 64:
                odd = True
            if f & 4:
                starts.append(i - 1)
            if opener and f & 2 and i > searched and walk.ascii_opens(spaced, i, o, n):
                searched = _label_at(spaced, i, o, found, searched)
            opener = not f & 1
        else:
            odd = True
            w = wide_flags(_WIDE_FLAGS, walk.rows, _CJK_FIRSTS, spaced, i, o)
            if w & 4:
                starts.append(i - 1)
            if opener and w & 2 and i > searched and walk.may_open(spaced, i, o, n):
                searched = _label_at(spaced, i, o, found, searched)
            opener = not w & 1
        i += 1
    if odd and starts:
        # The union of named groups has no first character re can skip to: match at the places
        # the walk listed (where _CJK_START's search from the last match's end would go).
        cjk: list[tuple[str, int, int]] = []
        bound = 0
        for pos in starts:
            if pos < bound:
                continue
            g = _CJK_LABELS.match(text, pos)
            if g is not None and g.end() > g.start():
                cjk.append((g.lastgroup or "noise", g.start(), g.end()))
                bound = g.end()
        if cjk:
            found = sorted(found + cjk, key=lambda t: t[1])
    return found


def union_labels(text: str) -> list[tuple[str, int, int]]:
    """find_labels by the union's finditer (interpreted: faster there than the walk)."""
    spaced = " " + text
    found: list[tuple[str, int, int]] = []
    is_ascii = text.isascii()
    for m in (_WORD_LABELS_ASCII if is_ascii else _WORD_LABELS).finditer(spaced):
        start, end = m.span()  # in spaced: start is the non-word character before the label
        kind = _KIND_CACHE.get(spaced[start + 1 : end]) or _kind_of(spaced, start + 1, end)
        found.append((kind, start, end - 1))
    if not is_ascii or "@" in text:
        cjk: list[tuple[str, int, int]] = []
        at: re.Match[str] | None = _CJK_START.search(text)
        while at is not None:
            g = _CJK_LABELS.match(text, at.start())
            if g is not None and g.end() > g.start():
                cjk.append((g.lastgroup or "noise", g.start(), g.end()))
                at = _CJK_START.search(text, g.end())
            else:
                at = _CJK_START.search(text, at.start() + 1)
        if cjk:
            found = sorted(found + cjk, key=lambda t: t[1])
    return found


MARKET = Finder(MARKET_WORDS, MARKET_UNSPACED)
# An entry label's value that says "at once" in other words than the market's ("Entry: Instant",
# "Entry: Immediately", "Entry: ASAP", "Entry: Spot price"): the entry at the market price, as
# "Entry: Now" is. Only as an entry's whole value (parsers/fields.py), never anywhere in a post.
_AT_ONCE: Final = re.compile(
    r"(?<![a-z])(?:instant(?:ly)?|immediate(?:ly)?|asap|spot\sprice)(?![a-z])"
)


def at_market(value: str) -> bool:
    """Whether an entry label's value (no digit in it) says to enter at the market price."""
    return MARKET.search(value) >= 0 or _AT_ONCE.search(value) is not None


NOT_SIGNAL = Finder(NOT_A_SIGNAL)
STATUS = Finder(STATUS_WORDS + STATUS_WORDS_RU, STATUS_UNSPACED)  # (Russian: parsers/status_ru.py)
REPORTED = Finder(REPORTED_AROUND, REPORTED_AROUND_UNSPACED)
