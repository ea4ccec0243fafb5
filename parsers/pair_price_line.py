"""The entry on the pair's own line right under a line of nothing but the side ("Buy 📈 / IRIS/USDT
0.0912", "LONG / SOL/USDT 140"): the side's line and the coin's, split over two lines, as
"WLDUSDT LONG 2.315" is on one (parsers/preludes.py reads that). Only a pair written with its
quote, then one price or a zone and nothing else; only right under the side's line, before the
first level label. Anything more on either line ("Buy the dip / SOL/USDT 140 support") and the
price stays a price no label claims: the signal needs review."""

from __future__ import annotations

import re
from typing import Final

from parsers import sides
from parsers.char_scans import has_digit
from parsers.numbers import Num, read_prices
from parsers.reading import Reading

# The side's line: the side word (any language sides.py reads) with emoji or punctuation only.
_ONE_WORD: Final = re.compile(r"[^\w\n]*[^\W\d_]+[^\w\n]*")
# The pair's line: "IRIS/USDT 0.0912", "#SOLUSDT: 140 - 145", "SOL-USDT @ 140".
_PAIR_PRICE: Final = re.compile(
    r"[^\w\n#$]{0,4}[#$]?[a-z0-9]{2,15}\s?[/_-]?\s?(?:usdt|usdc|busd|fdusd|usd|btc|eth)"
    r"(?:\.p|perp)?\s?[:@=-]?\s?"
    r"(\$?[0-9][0-9.,]*\$?(?:\s?[-–~]\s?\$?[0-9][0-9.,]*\$?)?)[^\w\n$]*"
)


def side_then_pair_price(r: Reading, first: int) -> list[Num]:
    """The prices on the pair's line right under a line of the side alone, before offset first
    (the first level label), else none."""
    side_above = False
    for text, offset in r.preludes:
        if offset >= first:
            break
        if not text.strip():
            continue
        if side_above:
            # (A line whose head this is holds a label after it: "SOL/USDT 140 support".)
            m = _PAIR_PRICE.fullmatch(text) if (text, offset) in r.bare_lines else None
            return read_prices(m.group(1), offset + m.start(1)) if m is not None else []
        side_above = (
            not has_digit(text)
            and _ONE_WORD.fullmatch(text) is not None
            and sides.side_from_words(text)[0] is not None
        )
    return []
