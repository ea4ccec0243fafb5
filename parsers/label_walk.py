"""A union of label rows searched by one walk over the text's characters (parsers/labels.py:
find_labels' word labels, each Finder's words), where re entered the union at every character
that is not a word character (~380 machine instructions a character of a post).

The union is "a character that is no word character (nor one of `closed`), then one of the rows,
then no word character". Each row opens with a literal character; parsers/label_starts.py reads
the characters its second can be and its first literal characters. The walk reads each character
once (its code, a table for ASCII, `str.isalnum` past it: re's own \\w) and, where a row's first
character follows an opening character and the next one or two characters fit (tables of pairs
and thirds), matches there the rows that open with that first character, in the table's order:
the first of them to match is the union's match at that place (the rows left out cannot match
there). tests/parsers/test_speed31.py proves the walks equal to the unions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from parsers.label_starts import literal_head, opening
from parsers.quick_tests import alternatives, lead_literal

# Whether this module runs compiled (mypyc: a shared object), where the walk is about a third
# faster than re; interpreted, it is about twice as slow (parsers/labels.py asks re there).
COMPILED: Final = not __file__.endswith(".py")

# str.isalnum of every code point below U+10000, one byte each: the walks ask it of each character
# outside ASCII (re's \w there), where `spaced[i].isalnum()` made a str of the character first
# (a new object for each one past U+00FF: ~100 instructions a character; session 30). Past the
# table, the str method as before.
ALNUM: Final = bytes(1 if chr(c).isalnum() else 0 for c in range(0x10000))


def word_at(text: str, i: int, o: int) -> bool:
    """text[i].isalnum() for the code point o of text[i], o >= 128."""
    return ALNUM[o] == 1 if o < 0x10000 else text[i].isalnum()


def wide_table(rows: dict[int, re.Pattern[str]], marked: frozenset[int]) -> bytes:
    """For each code point below U+10000, a byte: 1 when str.isalnum, 2 when a row of rows opens
    with it, 4 when it is one of marked (labels.walk_labels' flags past ASCII: two set look-ups
    and a str made of the character for isalnum, before session 30)."""
    return bytes(
        ALNUM[c] | (2 if c in rows else 0) | (4 if c in marked else 0) for c in range(0x10000)
    )


def wide_flags(
    table: bytes,
    rows: dict[int, re.Pattern[str]],
    marked: frozenset[int],
    text: str,
    i: int,
    o: int,
) -> int:
    """wide_table(rows, marked)'s byte (table) for the code point o >= 128 of text[i], past
    U+FFFF too."""
    if o < 0x10000:
        return table[o]
    return (1 if text[i].isalnum() else 0) | (2 if o in rows else 0) | (4 if o in marked else 0)


class Walk:
    """A union's matches found by a walk over the text's characters (see find_labels): the
    union opens with a character that is no word character (nor one of `closed`), followed by
    one of its rows; here each row's first two characters (parsers/label_starts.py) say where
    the rows opening with that first character are matched, in the table's order."""

    def __init__(
        self, alts: tuple[str, ...] | list[str], closed: str, group: Callable[[list[str]], str]
    ) -> None:
        """alts: the union's rows, in its order; closed: characters after which no row opens
        (besides the word characters); group: how the union writes its rows (labels.grouped)."""
        flags = bytearray(128)
        shut = re.compile("[\\w" + re.escape(closed) + "]")
        for k in range(128):
            if shut.match(chr(k)):
                flags[k] |= 1
        rows: dict[int, list[str]] = {}
        pairs: set[int] = set()
        wild: set[int] = set()
        # For two ASCII characters (first * 128 + second): 1, some row may open with them
        # whatever follows; 2, only rows that open with three literal characters, and
        # `thirds` holds a bit for each of their third characters (16 bytes a pair).
        duo = bytearray(128 * 128)
        # (With 1 for every pair of a first character whose second is not known: one look-up
        # in the walks' ASCII test, session 30.)
        thirds = bytearray(128 * 128 * 16)
        # (A word of a Finder may hold alternatives of its own: "booked|taken|secured" is three
        # rows of the union, in its order.)
        for alt in (part for word in alts for part in alternatives(word)):
            first = lead_literal(alt)
            assert first == alt[0], alt  # (the union's lead() asks the same)
            o = ord(first)
            rows.setdefault(o, []).append(alt)
            if o < 128:
                flags[o] |= 2
            seconds = opening(alt[1:])
            if seconds is None:
                wild.add(o)
                if o < 128:
                    flags[o] |= 8
                continue
            pairs.update(o * 0x110000 + ord(c) for c in seconds)
            head = literal_head(alt)
            for c in seconds:
                if o >= 128 or ord(c) >= 128:
                    continue
                pair = o * 128 + ord(c)
                if len(head) >= 3 and head[2].isascii():
                    duo[pair] = duo[pair] or 2
                    third = ord(head[2])
                    thirds[pair * 16 + (third >> 3)] |= 1 << (third & 7)
                else:
                    duo[pair] = 1
        self.flags = bytes(flags)
        self.rows = {o: re.compile("(?:" + group(a) + r")(?!\w)") for o, a in rows.items()}
        self.pairs = frozenset(pairs)
        self.wild = frozenset(wild)
        for o in wild:
            if o < 128:
                duo[o * 128 : o * 128 + 128] = b"\x01" * 128
        self.opens = bytes(duo)
        self.thirds = bytes(thirds)

    def may_open(self, spaced: str, i: int, o: int, n: int) -> bool:
        """Whether a row opening with spaced[i] (its character o) may match there, as its
        first two or three characters say (a row whose second is not known: always)."""
        if o < 128:
            return self.ascii_opens(spaced, i, o, n)
        if i + 1 >= n:
            return o in self.wild
        return o in self.wild or o * 0x110000 + ord(spaced[i + 1]) in self.pairs

    def ascii_opens(self, spaced: str, i: int, o: int, n: int) -> bool:
        """may_open for an ASCII o: the pair's byte (1: a row may open with the two, whatever
        follows; 2: only rows opening with three literal characters, the third's bit asked)."""
        if i + 1 >= n:
            return self.flags[o] & 8 != 0
        two = ord(spaced[i + 1])
        if two < 128:
            pair = o * 128 + two
            v = self.opens[pair]
            if v != 2:
                return v == 1
            if i + 2 >= n:
                return False
            three = ord(spaced[i + 2])
            return three < 128 and (self.thirds[pair * 16 + (three >> 3)] >> (three & 7)) & 1 == 1
        return o in self.wild or o * 0x110000 + two in self.pairs

    def search(self, spaced: str) -> int:
        """Where the union's first match in spaced opens (its first character, the one before
        the row's), or -1: the union's search."""
        n = len(spaced)
        flags = self.flags
        rows = self.rows
        opener = False
        i = 0
        while i < n:
            o = ord(spaced[i])
            if o < 128:
                f = flags[o]
                if opener and f & 2 and self.ascii_opens(spaced, i, o, n):
                    if rows[o].match(spaced, i) is not None:
                        return i - 1
                opener = not f & 1
            else:
                if opener and o in rows and self.may_open(spaced, i, o, n):
                    if rows[o].match(spaced, i) is not None:
                        return i - 1
                opener = not word_at(spaced, i, o)
            i += 1
        return -1
