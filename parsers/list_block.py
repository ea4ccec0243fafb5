"""The list a label opens: which bare lines under it carry it on ("Targets:\n1) 0.71\n2) 0.75",
"TP 1.45\n1.50", "Buy Zone - 2.88\nto 2.81"), how its lines are numbered, and whether the label
ever got a value. parsers/lines.py walks the lines with it."""

from __future__ import annotations

import re
from typing import Final

from parsers.char_scans import ascii_letter_count, has_digit
from parsers.fields import PRICE_KINDS
from parsers.not_prices import not_prices
from parsers.numbers import read_prices, strip_list_index
from parsers.reading import Reading, Span

# "Current ask: 0.00000327": a label of some other field ends a list; so does one with its index
# ("🎯Zorblat 1: 155.0" under "Entry:\n150.5": the targets of a word the lexicon lacks, never more
# entries; i13-cards34).
_OTHER_LABEL: Final = re.compile(r"[^\W\d_]{2,}\s?(?:[0-9]{1,2}\s?)?:")
# "Quabbe → 5", "Zorblat 1.95" under a list: a word heading the line names its number, a field
# this lexicon lacks (a leverage, a stop), never the list's next item ("1.95 final" is one; "Use
# 3% of balance" among the items, a percentage, is a note that does not end the list).
# (Not a word that says where the price lies: "Below1.93" under "Stop-Loss", "Around 2.10".)
_WORD_FIRST: Final = re.compile(
    r"[^\w\n]*(?!(?:below|above|under|over|around|near|at|to|from|until|till|then|and|or|max|min"
    r"|approx|about|only|close|ниже|выше|около|до|от)(?![^\W\d_]))"
    r"[^\W\d_]{3,}[ \t]?(?:[→=>-]{1,2}[ \t]?)?\$?(?![0-9.,]+[ \t]?%)[0-9]"
)
_MAX_CONTINUATION_LETTERS: Final = 12
# "$2.53 (above rejection zone)" under "Stop Loss:": a note after the number, in parentheses and
# without a digit, is no word of the line (dev sq22-sui-retracement-short-001: the stop was left
# unread, "stop label had no price I could read").
_NOTE_AFTER: Final = re.compile(r"(?<=[0-9%$])[ \t]{0,2}\([^()0-9\n]{1,60}\)[ \t.]*$")
_INDEX_NUMBER: Final = re.compile(r"[0-9]{1,2}")
_DASH_INDEX: Final = re.compile(r"[^\w\n]{0,6}?([0-9]{1,2})[-–](?=[0-9])")
_ENTRY_KINDS: Final = ("entry", "buy", "sell")
# The end of a range on the line after its start: "to 2.81", "- 2.81", "~ 2.81" (spaces before
# it only: "🅴 - 4611" under "Entry → 4418" is a mark standing for a label nobody knows).
_RANGE_END: Final = re.compile(r"\s{0,3}(?:to|[-~–—])\s?\$?[0-9][0-9.,]*\$?\s*$")


def is_continuation(line: str) -> bool:
    """A bare line in a target or entry block: a number with at most a word or two around it."""
    return _continuation(line) >= 0


def _continuation(line: str) -> int:
    """Where the line's list index ends (len(line) - len(strip_list_index(line))) when it is a
    continuation, else -1: ListBlock.continues asks both, the index stripped once (session 29)."""
    # (Its colon first: the pattern opens with a letter class, so re entered it at every letter
    # of the line, and most list lines hold no colon.)
    if not has_digit(line) or (":" in line and _OTHER_LABEL.search(line)):
        return -1
    rest = strip_list_index(line)
    index_end = len(line) - len(rest)
    if ")" in rest and not ascii_letter_count(bare := _NOTE_AFTER.sub("", rest)):
        rest = bare  # "$2.53 (above rejection zone)": the number and its note, nothing else
    # (A line opening with its number, the usual item, has no word first: not matched.)
    if (
        not "0" <= rest[:1] <= "9"
        and _WORD_FIRST.match(rest)
        and len(read_prices(not_prices(rest))) == 1
    ):
        return -1  # (one number: the word's value; "Part 1 (50%) - 7700" is an item)
    if rest.isascii():  # for ASCII, str.isalpha() is exactly [A-Za-z]
        return index_end if ascii_letter_count(rest) <= _MAX_CONTINUATION_LETTERS else -1
    letters = 0
    for i in range(len(rest)):
        c = ord(rest[i])
        # (An ASCII character is a letter exactly when it is one of A-Z, a-z: str.isalpha asked
        # only of the others; session 29.)
        if 65 <= c <= 90 or 97 <= c <= 122 or (c > 127 and rest[i].isalpha()):
            letters += 1
            if letters > _MAX_CONTINUATION_LETTERS:
                return -1
    return index_end


class ListBlock:
    """The label whose list is running, to know whether it ever got a value."""

    __slots__ = (
        *("count", "cut", "dashed", "doubt", "headed", "items", "kind", "label", "lists"),
        *("numbered", "span"),
    )

    def __init__(self) -> None:
        self.kind: str | None = None
        self.label = ""
        self.span: Span = (0, 0)
        self.count = 0
        self.lists = True
        self.headed = True  # the label's own line held no value: a list follows ("Targets:")
        self.numbered: bool | None = None  # whether the list's first line had a number ("1)")
        self.items = 0  # the numbered lines of the list so far
        self.dashed: bool | None = None  # whether the list numbers its lines "1 - ", not "1)"
        self.doubt = False  # the line just accepted: is its first number an index or a price?
        self.cut = 0  # where the value of the line just accepted starts (after its number)

    def open(self, kind: str, label: str, span: Span, count: int, r: Reading) -> None:
        if self.kind is not None:
            self.close(r)
        self.kind, self.label, self.span, self.count = kind, label, span, count
        self.headed = count == 0
        self.numbered = None
        self.items = 0
        self.dashed = None

    def continues(self, line: str) -> bool:
        """Whether a bare line carries on this label's list.

        Under a heading ("Targets:", "Stop Targets:") numbered lines do. After a label that
        had its value on its own line ("Entry: 1.50"), a number on the next line is not more
        of the same: only bare numbers right under targets are ("TP 1.45\n1.50").
        """
        if self.headed:
            index_end = _continuation(line)
            if index_end < 0:
                return False
            # "Entry:\n1) 2.31\n2) 2.38\n2.5 - 2.61 - 2.8": a numbered list ends at the first
            # line without a number (the prices after it are no more of the same list).
            numbered = has_digit(line, 0, index_end)
            if numbered and line[:index_end].rstrip().endswith("-"):
                # "Buy\n6 - 6.2", "1) 3.06 / 2) 3.1 / 3 - 2.97": a number and a dash is a list's
                # index only when it counts on a list numbered so; else the zone 6 - 6.2, or
                # item 6? (and "• 19 - 58%": the price 19 closing 58%, or item 19?): doubt. So
                # under a first line with no number ("0.98 / 1 - 25%": target 1, or item 1?).
                number = _INDEX_NUMBER.search(line, 0, index_end)
                if number is None or int(number.group()) != self.items + 1 or self.dashed is False:
                    self.doubt = True
                elif self.numbered is False:
                    self.doubt = True
                else:
                    self.dashed = True
            elif numbered:
                self.dashed = False if self.dashed is None else self.dashed
            if not numbered and self.numbered and self.dashed is not False:
                # "1 - 2.3 / 2-2.5 / 3 - 3.0": the next number of the list, glued to its price
                # by the dash, is the index (alone, "2-2.5" would be a range).
                glued = _DASH_INDEX.match(line)
                if glued is not None and int(glued.group(1)) == self.items + 1:
                    self.cut, numbered = glued.end(), True
            if self.numbered is None:
                self.numbered = numbered
            self.items += 1 if numbered else 0
            # (A note among them, "Use 3% of balance", holds no price: it does not end it.)
            return numbered or not self.numbered or not read_prices(not_prices(line))
        if self.count == 1 and self.kind in _ENTRY_KINDS and _RANGE_END.match(line):
            return True  # "Buy Zone - 2.88\nto 2.81": the range, broken over two lines
        return self.kind == "tp" and line.lower() == line.upper() and is_continuation(line)

    def close(self, r: Reading) -> None:
        if self.kind in PRICE_KINDS and self.count == 0:
            r.empty.append((self.kind, self.label, self.span))
        self.kind = None
