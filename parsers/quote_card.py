"""A market quote card under a post: the lines an app adds after the text for each coin it
names (Binance Square: "INJ / 5.69 / +0.35%", "SUSHIUSDT / Perp / 0.2875 / -0.31%", "ONDO /
ONDOUSDT / 0.4213 / -5.60%"). Its price is the market's, at the time it was shown, never a level
of the signal: the price and change of the cards at the end of a post are blanked (offsets
kept) before it is read."""

from __future__ import annotations

import re
from typing import Final

from parsers.not_prices import blank_lines

# One card at the end of the text: one to three name lines (a ticker or pair in capitals, or
# "Perp"), the price, then the change in percent, each on a line of its own.
_CARD_AT_END: Final = re.compile(
    r"(?:\n[^\S\n]*(?:[A-Z0-9]{2,20}(?:/[A-Z]{3,5})?|Perp)[^\S\n]*){1,3}"
    r"(\n[^\S\n]*[0-9][0-9.,]{0,20}[^\S\n]*\n[^\S\n]*[+\-−][0-9]{1,5}(?:[.,][0-9]{1,2})?%\s*)$"
)


def without_quote_cards(norm: str) -> str:
    """norm with the quote cards at its end blanked (every other character kept in place)."""
    if not norm.endswith("%") and not norm.rstrip().endswith("%"):
        return norm
    # (Its name lines stay: the app shows the card of a coin the post names.)
    end = len(norm)
    out = norm
    while True:
        m = _CARD_AT_END.search(norm, 0, end)
        if m is None:
            return out
        a, b = m.span(1)
        out = out[:a] + blank_lines(out[a:b]) + out[b:]
        end = m.start()
