"""Two forms of a field's value settled before the plain reader (parsers/fields.py): an index, a
space and three digits ("Target 1 200": target 1 at 200, or 1 200 grouped?), and two prices
joined by a bare comma ("Entry: 3150,3100")."""

from __future__ import annotations

import re
from typing import Final

from parsers.leftovers import HAS_DIGIT
from parsers.numbers import Num, new_num
from parsers.reading import Reading

SPACED_INDEX_OR_THOUSANDS: Final = re.compile(r"[ \t]+(?:1[0-9]|20|[1-9]) [0-9]{3}(?![0-9.,])")
LIST_KINDS: Final = ("entry", "tp", "buy", "sell")
# "3150,3100": two prices of four digits or more, a comma and no space between them.
COMMA_PAIR: Final = re.compile(r"[ :=@\t]*\$?([1-9][0-9]{3,11}),\$?([1-9][0-9]{3,11})[ \t]*")


def spaced_index(
    kind: str, label: str, value: str, base: int, m: re.Match[str], r: Reading
) -> None:
    """ "TP 1 740": target 1 at 740, or one target at 1740? Alone, nobody can tell: a target
    with nothing after it is settled beside the entry (parsers/indexes.py); else it is unread."""
    whole = (base - len(label), base + len(value.rstrip()))
    if kind != "tp" or HAS_DIGIT.search(value, m.end()):
        r.unexplained.append(("unread", whole))
        return
    index_at = m.group().index(m.group().lstrip(" \t")[:1])
    index_end = value.index(" ", index_at)
    index = new_num((float(value[index_at:index_end]), base + index_at, base + index_end))
    price = new_num((float(value[m.end() - 3 : m.end()]), base + m.end() - 3, base + m.end()))
    r.spaced.append((index, price, whole))


def comma_pair(m: re.Match[str], base: int, r: Reading) -> list[Num]:
    """ "Entry: 3150,3100": neither a decimal point (four digits after a price of four: no
    market ticks so) nor a thousands comma (no group of three): two prices, when they are alike
    (within 25 %); else unread, a review reason (empty list)."""
    a, b = float(m.group(1)), float(m.group(2))
    if 0.8 <= a / b <= 1.25:
        return [
            new_num((a, base + m.start(1), base + m.end(1))),
            new_num((b, base + m.start(2), base + m.end(2))),
        ]
    r.unexplained.append(("unread", (base + m.start(1), base + m.end(2))))
    return []
