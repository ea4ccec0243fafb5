"""The side a post gives in a field of its own, over a side word its prose uses otherwise.

The side is read from the post's first side word; when that word is prose ("Longs are getting
trapped", "I closed my long yesterday", "Not a good place to long") and the levels are a short's,
the check refuses the post. Its side is still written, in a field: "Direction: Short", "Trade
Type: Short (Sell)", "Side: SELL", "#ETH SHORT", "SHORT" alone on its line. That field names
the side the levels prove, and it is read only when every side field of the post names that one
side (a post with a "Long" field and a "Short" field is two setups, still refused) and the
levels agree with it (the caller's condition: the levels' side is this one).
"""

from __future__ import annotations

import re
from typing import Final

# A side after its label: "Direction: Short", "Trade Type: Long (Buy)", "Bias - SHORT",
# "Position: #LONG", "Signal type = sell".
_LABELLED: Final = re.compile(
    r"(?:^|\n)[^\w\n]{0,4}(?:trade\s|signal\s|position\s|order\s)?"
    r"(?:direction|side|type|bias|position|trade|signal|call)\s?[:=\-\u2013]\s?[^\w\n]{0,3}"
    r"(?P<side>long|short|buy|sell)(?!\w)"
)
# "LONG" / "📉 SHORT" alone on a line, or after the coin on its line: "#ETH SHORT",
# "BTC/USDT LONG", "$SOL short 🔴" (nothing but marks after it on that line).
_ALONE: Final = re.compile(
    r"(?:^|\n)[^\w\n]{0,4}(?:[#$]?[a-z0-9]{2,15}(?:[/-]?usdt?|/btc|\.p)?[^\w\n]{1,4})?"
    r"(?P<side>long|short)[^\w\n]{0,4}(?=\n|$)"
)
_LONG_WORDS: Final = frozenset(("long", "buy"))


def field_sides(low: str) -> set[str]:
    """The sides ("LONG", "SHORT") the lower-cased post names in a field of its own."""
    if "long" not in low and "short" not in low and "buy" not in low and "sell" not in low:
        return set()
    return {
        "LONG" if m.group("side") in _LONG_WORDS else "SHORT"
        for pattern in (_LABELLED, _ALONE)
        for m in pattern.finditer(low)
    }


def named_in_a_field(low: str, side: str) -> bool:
    """The post's side fields name exactly this side (and at least one does)."""
    return field_sides(low) == {side}
