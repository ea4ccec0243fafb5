"""Plain values: one number, or a list of them, whose reading leaves no doubt ("0.1585",
"148,5", "63 500", "1.2 / 1.3 / 1.4"), read by string methods and one pattern before the general
reader (parsers/numbers.py) is asked; parsers/fields.py tries these first."""

from __future__ import annotations

import re
from typing import Final

from parsers.numbers import Num, new_num

# One number with no doubt about its reading: 0.1585, or a decimal comma that cannot be a
# thousands separator (0,7310 / 148,5 / 12,50). "38,900" is left to the general reader.
_TOKEN = (
    r"(?:[0-9]{1,2}(?: [0-9]{3}){1,3}|0,[0-9]{1,18}|[1-9][0-9]{0,11},(?:[0-9]{1,2}|[0-9]{4,18})"
    r"|[0-9]{1,12}(?:\.[0-9]{1,18})?)"
    r"(?![0-9])"
)
PLAIN_NUM: Final = re.compile(_TOKEN)
PLAIN_LIST: Final = re.compile(
    r"[ :=@\t]*" + _TOKEN + r"(?:(?:[ \t]*[-/|;][ \t]*|,[ \t]+)" + _TOKEN + r")+[ \t|,;]*"
)
# One number after the label's colon, or after a list index on a line of a list ("2) 13.85").
_PLAIN: Final = re.compile(
    r"[ :=@\t]*(?:(?:[0-9]{1,2}[).]|\([0-9]{1,2}\))[ \t]+)?(" + _TOKEN + r")[ \t|,;]*"
)


# What _PLAIN can match between its leading and trailing separators: stripped, nothing is left.
_PLAIN_CHARS: Final = "0123456789.,() \t"


def plain_value(token: str) -> float:
    if " " in token:  # "63 500": a space groups thousands
        return float(token.replace(" ", ""))
    return float(token.replace(",", ".")) if "," in token else float(token)


def _lead_end(value: str) -> int:
    """Where value.lstrip(" :=@\t") starts."""
    n = len(value)
    i = 0
    while i < n:
        c = ord(value[i])
        if c != 32 and c != 58 and c != 61 and c != 64 and c != 9:  # " :=@\t"
            break
        i += 1
    return i


def _tail_start(value: str, i: int) -> int:
    """Where value[i:].rstrip(" \t|,;") ends."""
    j = len(value)
    while j > i:
        c = ord(value[j - 1])
        if c != 32 and c != 9 and c != 124 and c != 44 and c != 59:  # " \t|,;"
            break
        j -= 1
    return j


def _plain_at(value: str, i: int, j: int) -> bool:
    """plain_price(value[i:j]) without the slice: 1 to 12 ASCII digits, then maybe "." and 1
    to 18 more."""
    dot = -1
    for k in range(i, j):
        c = ord(value[k])
        if c == 46:  # "."
            if dot >= 0:
                return False
            dot = k
        elif not 48 <= c <= 57:
            return False
    if dot < 0:
        return 0 < j - i <= 12
    return 0 < dot - i <= 12 and 0 < j - dot - 1 <= 18


def read_plain(value: str, base: int) -> Num | None:
    """The value when it is one plain ASCII number after the label's colon, else None."""
    # Most values are digits with at most one dot ("63200", ": 0.1585"): read them by index
    # (what value.lstrip(" :=@\t").rstrip(" \t|,;") and plain_price would give, without the
    # two copies: session 29), the regex only for the rest.
    i = _lead_end(value)
    j = _tail_start(value, i)
    if _plain_at(value, i, j):
        return new_num((float(value[i:j]), base + i, base + j))
    for k in range(i, j):  # (what token.strip(_PLAIN_CHARS) leaves: a character not of them)
        c = ord(value[k])
        if not (48 <= c <= 57 or c == 46 or c == 44 or c == 40 or c == 41 or c == 32 or c == 9):
            return None  # a character _PLAIN never matches there ("/", "-", a letter)
    m = _PLAIN.fullmatch(value)
    if m is None:
        return None
    return new_num((plain_value(m.group(1)), base + m.start(1), base + m.end(1)))


# The characters PLAIN_LIST matches: a value holding any other is no plain list.
_LIST_CHARS: Final = "0123456789.,-/|;:=@ \t"


def _list_char(c: int) -> bool:
    """Whether the code point c is one of _LIST_CHARS."""
    return (
        48 <= c <= 57  # 0-9
        or c == 46  # "."
        or c == 44  # ","
        or c == 45  # "-"
        or c == 47  # "/"
        or c == 124  # "|"
        or c == 59  # ";"
        or c == 58  # ":"
        or c == 61  # "="
        or c == 64  # "@"
        or c == 32
        or c == 9
    )


def _separator(c: int) -> bool:
    """Whether the code point c is one of "-/|; \t": what ends a plain list's number."""
    return c == 45 or c == 47 or c == 124 or c == 59 or c == 32 or c == 9


def _blank(c: int) -> bool:
    return c == 32 or c == 9  # " ", "\t"


def plain_list(value: str, base: int) -> list[Num] | None:
    """The numbers of a value that is a plain list ("63900 / 64600", "0.46 - 0.472"), else None:
    what PLAIN_LIST's full match and PLAIN_NUM's tokens give. The usual list, plain prices each
    parted from the next by one of "-/|;" and blanks, is read by index (compiled loops over the
    code points: session 29, in place of str.strip and `in` tests of each character); the patterns
    read the rest (about 2,000 instructions a call for the full match and as many for the
    tokens, where half the values asked are lists)."""
    n = len(value)
    for k in range(n):  # (what value.strip(_LIST_CHARS) leaves: a character not of them)
        if not _list_char(ord(value[k])):
            return None  # a character PLAIN_LIST never matches ("(", a letter)
    at = _lead_end(value)  # (body: value.lstrip(" :=@\t").rstrip(" \t|,;"), by index)
    end = _tail_start(value, at)
    if value.find(",", at, end) < 0:  # (a comma: a decimal comma or ", " between two: the patterns)
        nums: list[Num] = []
        i = at
        while True:
            j = i
            while j < end and not _separator(ord(value[j])):
                j += 1
            if not _plain_at(value, i, j):
                break  # "64 200" (thousands), "-5", "1 - - 2": the patterns
            nums.append(new_num((float(value[i:j]), base + i, base + j)))
            while j < end and _blank(ord(value[j])):
                j += 1
            if j == end:
                if len(nums) >= 2:
                    return nums
                break
            c = ord(value[j])
            if not (c == 45 or c == 47 or c == 124 or c == 59):  # "-/|;"
                break  # "12 345": the patterns
            j += 1
            while j < end and _blank(ord(value[j])):
                j += 1
            i = j
    if PLAIN_LIST.fullmatch(value) is None:
        return None
    return [
        new_num((plain_value(m.group()), base + m.start(), base + m.end()))
        for m in PLAIN_NUM.finditer(value)
    ]
