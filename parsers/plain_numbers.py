"""Plain values: one number, or a list of them, whose reading leaves no doubt ("0.1585",
"148,5", "63 500", "1.2 / 1.3 / 1.4"), read by string methods and one pattern before the general
reader (parsers/numbers.py) is asked; parsers/fields.py tries these first."""

from __future__ import annotations

import re
from typing import Final

from parsers.numbers import Num, new_num, plain_price

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


def read_plain(value: str, base: int) -> Num | None:
    """The value when it is one plain ASCII number after the label's colon, else None."""
    # Most values are digits with at most one dot ("63200", ": 0.1585"): read them with string
    # methods (what _PLAIN would match), the regex only for the rest.
    head = value.lstrip(" :=@\t")
    token = head.rstrip(" \t|,;")
    if plain_price(token):
        start = base + len(value) - len(head)
        return new_num((float(token), start, start + len(token)))
    if token.strip(_PLAIN_CHARS):  # (strip tests a set; translate looked each character up)
        return None  # a character _PLAIN never matches there ("/", "-", a letter)
    m = _PLAIN.fullmatch(value)
    if m is None:
        return None
    return new_num((plain_value(m.group(1)), base + m.start(1), base + m.end(1)))


# The characters PLAIN_LIST matches: a value holding any other is no plain list.
_LIST_CHARS: Final = "0123456789.,-/|;:=@ \t"


def plain_list(value: str, base: int) -> list[Num] | None:
    """The numbers of a value that is a plain list ("63900 / 64600", "0.46 - 0.472"), else None:
    what PLAIN_LIST's full match and PLAIN_NUM's tokens give. The usual list, plain prices each
    parted from the next by one of "-/|;" and blanks, is read by string methods; the patterns
    read the rest (about 2,000 instructions a call for the full match and as many for the
    tokens, where half the values asked are lists)."""
    if value.strip(_LIST_CHARS):
        return None  # a character PLAIN_LIST never matches ("(", a letter)
    head = value.lstrip(" :=@\t")
    body = head.rstrip(" \t|,;")
    if "," not in body:  # (a comma: a decimal comma or ", " between two: the patterns)
        at = base + len(value) - len(head)
        nums: list[Num] = []
        n = len(body)
        i = 0
        while True:
            j = i
            while j < n and body[j] not in "-/|; \t":
                j += 1
            token = body[i:j]
            if not plain_price(token):
                break  # "64 200" (thousands), "-5", "1 - - 2": the patterns
            nums.append(new_num((float(token), at + i, at + j)))
            while j < n and body[j] in " \t":
                j += 1
            if j == n:
                if len(nums) >= 2:
                    return nums
                break
            if body[j] not in "-/|;":
                break  # "12 345": the patterns
            j += 1
            while j < n and body[j] in " \t":
                j += 1
            i = j
    if PLAIN_LIST.fullmatch(value) is None:
        return None
    return [
        new_num((plain_value(m.group()), base + m.start(), base + m.end()))
        for m in PLAIN_NUM.finditer(value)
    ]
