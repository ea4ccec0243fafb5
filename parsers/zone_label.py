"""A zone under a word no entry label holds ("Zone: 140-145", "Area 140 - 145", "range 49000
50000", "Зона: 140-145", "Диапазон 140-145", "Zona: 140-145"): the entry, only where nothing
else can be meant. Alone, such a word may head the targets ("Zone: 155 - 160" under an entry),
the stop, or a chart's range, so the line is read as the entry only when

- no entry was read (no label, no bare price under the coin) and the post gives its targets and
  its stop each under its own label;
- the line, before the targets, holds the word and one to four prices, nothing else;
- every one of its prices lies between the stop and the nearest target (above the stop and below
  the targets: a long; below the stop and above them: a short);
- and it is the only such line.

The post's own coin heading such a line, a separator after it, is such a word too ("LINK :-
14.5$ - 14.2$" under "#LINK/USDT LONG", "LINK : 14.5_14.2": the coin at its entry zone, as the
first line's "ETH ；3580-3610" of parsers/preludes.py; i13-labels31), under the same conditions.

Otherwise the line stays a line of prices no label claims (parsers/preludes.stray_prices): the
signal needs review. (The harness's unknown_label family puts "Zone"/"Zona" over the targets or
the stop, with the entry labelled: never read here.)
"""

from __future__ import annotations

import re
from typing import Final

from parsers.numbers import Num, read_prices
from parsers.reading import Reading
from parsers.symbols import base_of

# The word, at the line's start, then a colon (or ":-", "::", "=>", an arrow), "=" or nothing
# before the prices (not a dash: "RANGE - 957-965" may be a sign, and whose levels those are the
# post does not say); the prices (with "$", a dash or a slash between them) and nothing after.
# (One to four prices, "$" before or after each; "_" may join two: "14.5_14.2".)
_PRICES = r"(\$?[0-9][0-9.,]*\$?(?:\s?(?:[-–/~_]|to|\s)\s?\$?[0-9][0-9.,]*\$?){0,3})\s*"
_ZONE_LINE: Final = re.compile(
    r"[^\w\n]{0,4}(?:(?:order|limit|entry|buy|buying)\s)?"
    r"(?:zones?|areas?|range|region|zona|zonas|зона|диапазон|bereich|vùng|khu\svực)"
    r"\s?(?::[:-]|=>|->|→|[:=：])?\s?" + _PRICES  # ("Zone :- 140$ - 145$": i13-labels31)
)
# The coin (its tag, or its pair with USDT) and a separator, never none: "LINK :- 14.5$ - 14.2$".
_COIN_LINE: Final = re.compile(
    r"[^\w\n]{0,4}[#$]?([a-z1][a-z0-9]{1,9})(?:[/ ]?usdt)?\s?(?::[:-]|=>|->|→|[:=：;])\s?" + _PRICES
)


def zone_entries(r: Reading, before: int, symbol: str | None = None) -> list[Num]:
    """The prices of the one zone line before offset before (the first level label) that can
    only be the entry (see the module's docstring), else none; a line headed by symbol's coin
    is one too."""
    if r.entries or r.weak_entries or r.entry_label or r.market_in_entry:
        return []
    if not r.tps or r.sl is None:
        return []
    found: list[Num] = []
    for text, offset in r.preludes:
        if offset >= before or offset >= r.tps[0].start:
            break
        m = _ZONE_LINE.fullmatch(text) if text else None
        if m is None and symbol is not None and text:
            m = _COIN_LINE.fullmatch(text)
            if m is not None and m.group(1).upper() != base_of(symbol):
                m = None
        if m is None:
            continue
        if found:
            return []  # two zones: which is the entry?
        found = read_prices(m.group(m.lastindex or 1), offset + m.start(m.lastindex or 1))
        if not 1 <= len(found) <= 4:
            return []
    if not found:
        return []
    stop, targets = r.sl.value, [n.value for n in r.tps]
    if all(t > stop for t in targets):
        low, high = stop, min(targets)  # a long's levels
    elif all(t < stop for t in targets):
        low, high = max(targets), stop  # a short's
    else:
        return []
    if not all(low < n.value < high for n in found):
        return []
    return found
