"""A second line of bare prices before the levels, left behind by the entries read above it.

The entries of a card with no entry label are read from its first line of nothing but prices
before the first level label (parsers/preludes.py: "0.234-0.2360" under the pair). A card that
gives its entry in steps, each price under a heading of a kind no label table holds (made up:
"SOL / 🟢 خرید پله اول / 150.5 $ / 🟡 خرید پله دوم (-3.5%) / 145.2 $ / 🎯تارگت 1: 155.0 ..."),
had its second step's price dropped: a price in the post that no field claims and no doubt
names (issue 13: never trade a misreading). Such a line is an unexplained number: the signal
needs review ("which field are they?") until a rule reads it as what it is.
"""

from __future__ import annotations

from parsers.not_prices import not_prices
from parsers.numbers import Num, read_prices
from parsers.preludes import ONLY_PRICES
from parsers.reading import Reading


def leftover_price_lines(r: Reading, entries: list[Num]) -> None:
    """Name as unexplained ("stray line") each line of nothing but prices after the line the
    entries were read from and before the first level read (a target or the stop), when no
    field took its numbers."""
    if not entries or not r.preludes:
        return
    after = max(n.end for n in entries)
    levels = [n.start for n in r.tps] + ([r.sl.start] if r.sl is not None else [])
    until = min(levels) if levels else r.first_label
    taken = {n.start for n in entries}
    for text, offset in r.preludes:
        if offset >= until:
            return
        if offset < after or not text.strip() or not ONLY_PRICES.fullmatch(text):
            continue
        found = read_prices(not_prices(text), offset)
        if found and not any(n.start in taken for n in found):
            r.unexplained.append(("stray line", (offset, offset + len(text.rstrip()))))
            return
