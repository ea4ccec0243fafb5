"""Prices the side's words give that are no entry: a price beside the side word or "now"
("#ATOM LONG 12.05", "Price now 0.3911", "PS: BNB long above 612") in a post whose entry label
gives other prices ("Entry: 12.40"); a share to close at a price ("#ATOM sell 50% at 12.90").

Alone, "WLDUSDT LONG 2.315" gives the entry (the lexicon's "long" + price row). Beside a
labelled entry that says another price, the number on the side's line may be the price now, a
date, another coin's level, or a second entry: which is a guess, so the signal needs review and
the number is never traded as an entry (branch i13-adversary15's number_doubt family: "BTC/USDT
Perp Short $26910 / Entry: 27461.5" was traded at both prices). The same price said again
("BTC LONG 64000 / Entry: 64000 - 63500") is no doubt.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.numbers import Num
from parsers.reading import Reading

# The labels the lexicon reads from a side word or "now" before a price (parsers/lexicon_en.py:
# "long" + PRICE_NEXT, "long" + BEYOND, "now" + PRICE_NEXT).
# ("PNUT short entry 0.5479 and short limit 0.5645": "short entry" names the entry, no doubt.)
_SIDE_LABEL: Final = re.compile(
    r"(?:long|short|now)(?:\s?(?:above|below|under|over|around|near|from|at))?\W*"
)


def side_price_doubt(r: Reading, low: str) -> None:
    """Take the entries a side word's label gave out of r.entries when another entry label gave
    other prices, and say so (r.unexplained "side price")."""
    labels = r.labels
    weak: list[tuple[int, int]] = []
    strong = False
    for i, (kind, start, end) in enumerate(labels):
        if kind != "entry":
            continue
        if low.startswith("dca", start):
            continue  # "BTC short 16660 DCA 16822": a further entry of the same order, no rival
        if _SIDE_LABEL.fullmatch(low, start, end):
            # (To the next label but a weak one: "LONG @ 86.82" reads its price after the "@".)
            stop = next((lab[1] for lab in labels[i + 1 :] if lab[0] != "weak"), len(low))
            weak.append((start, stop))
        else:
            strong = True
    if not weak or not strong:
        return
    inside = [n for n in r.entries if any(a <= n.start < b for a, b in weak)]
    others = {n.value for n in r.entries if n not in inside}
    doubt = [n for n in inside if n.value not in others]
    if not doubt or not others:
        return
    r.entries = [n for n in r.entries if n not in inside]
    line_start = low.rfind("\n", 0, doubt[0].start) + 1
    r.unexplained.append(("side price", (line_start, doubt[-1].end)))


# "sell 50% at 12.90", "Buy 30% @ 0.45": a share, then the price it is closed (or bought) at.
_SHARE_AT: Final = re.compile(
    r"\s?[:=-]?\s?[0-9]{1,3}(?:[.,][0-9]{1,2})?\s?%\s?(?:of\s(?:the\s|my\s|your\s)?"
    r"(?:position|bag|holdings?|size)\s)?(?:at|@|on|near|around|from)\s"
)


def not_shares(r: Reading, low: str, entry_side: list[Num]) -> list[Num]:
    """entry_side without the prices a "buy"/"sell" label gives after a share ("#ATOM sell 50% at
    12.90": a take-profit plan of an open trade, never a short at 12.90; branch i13-adversary15's
    followup_numbers_not family), each said (r.unexplained "share at")."""
    labels = r.labels
    shares: list[Num] = []
    for i, (kind, _, end) in enumerate(labels):
        if (kind == "buy" or kind == "sell") and _SHARE_AT.match(low, end):
            stop = next((lab[1] for lab in labels[i + 1 :] if lab[0] != "weak"), len(low))
            shares.extend(n for n in entry_side if end <= n.start < stop)
    if not shares:
        return entry_side
    line_start = low.rfind("\n", 0, shares[0].start) + 1
    r.unexplained.append(("share at", (line_start, shares[-1].end)))
    return [n for n in entry_side if n not in shares]
