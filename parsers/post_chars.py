"""Which characters a post holds, in one compiled pass: normalize()'s gates asked of bits.

normalize() (parsers/normalize.py) asks about thirty questions of the post before its steps
("'" in text, "<" in text, a character of its table, a Cyrillic letter ...): each `in` test is a
scan of the post (on an emoji post four bytes a character, and no memchr), the table's and the
Cyrillic class's a search each (about a thousand instructions before re reads a character), and
it walked every character once already for its ASCII controls. `held_chars` walks the
characters once and answers each class as a bit; a gate asks its bit first and makes its test
as before where the bit is set. The bits tell of the text they were taken of only: normalize
asks them while its text is that very object (`text is seen`), and its tests as before once a
step has changed it (tests/parsers/test_speed30.py: the same text out on every dev post,
recorded reading and random text as with every bit set).
"""

from __future__ import annotations

from typing import Final

from parsers.char_table import TABLE as _TABLE

CONTROL: Final = 1  # an ASCII control but tab, line break, vertical tab, form feed, return
APOSTROPHE: Final = 2  # ' or U+2019
MARKUP: Final = 4  # < & ] @
SLASH: Final = 8
DOT: Final = 16
MARK: Final = 32  # * _ ` ~ |
ANGLE: Final = 64  # >
DASH: Final = 128  # -
COLON: Final = 256
BLANK: Final = 512  # tab, return, form feed, vertical tab
NEWLINE: Final = 1024
TABLE: Final = 2048  # a character of parsers/char_table.py TABLE
KEYCAP: Final = 4096  # U+20E3
THIN_SPACE: Final = 8192  # the no-break and thin spaces of _NBSP_THOUSANDS
MOJIBAKE: Final = 16384  # â
CYRILLIC: Final = 32768  # a letter of mixed_script's Cyrillic class
ALL: Final = 65535

# The astral characters of the table (the rest are in the Basic Multilingual Plane).
ASTRAL_TABLE: Final = (0x1F10B, 0x1F10C, 0x1F51F)


def flags_table(table: dict[int, str]) -> str:
    """The bits of every character of the Basic Multilingual Plane, as a string read by
    code point: table is char_table.TABLE (its keys set TABLE)."""
    bits = [0] * 0x10000
    for c in (*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F):
        bits[c] |= CONTROL
    for chars, bit in (
        ("'\u2019", APOSTROPHE),
        ("<&]@", MARKUP),
        ("/", SLASH),
        (".", DOT),
        ("*_`~|", MARK),
        (">", ANGLE),
        ("-", DASH),
        (":", COLON),
        ("\t\r\f\v", BLANK),
        ("\n", NEWLINE),
        ("\u20e3", KEYCAP),
        ("\u00a0\u202f\u2009\u2007\u2008", THIN_SPACE),
        ("â", MOJIBAKE),
        ("абвгдежзийклмнопрстуфхцчшщъыьэюяёАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯЁіїєґІЇЄҐ", CYRILLIC),
    ):
        for ch in chars:
            bits[ord(ch)] |= bit
    for c in table:
        if c < 0x10000:
            bits[c] |= TABLE
    return "".join(map(chr, bits))


# Each character's bits, read by code point.
FLAGS: Final = flags_table(_TABLE)


def held_chars(text: str) -> int:
    """The bits of the classes text holds a character of."""
    held = 0
    for i in range(len(text)):
        c = ord(text[i])
        if c < 0x10000:
            held |= ord(FLAGS[c])
        elif c == 0x1F10B or c == 0x1F10C or c == 0x1F51F:
            held |= TABLE
    return held
