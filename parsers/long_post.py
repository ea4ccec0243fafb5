"""The management lines of a long post: a channel's daily review that ends with what it does in
its open trades, one coin a line ("#BTC обзор 💸 / ... two thousand characters of analysis ... /
#SOL - первая цель взята, зафиксировал 50% позиции. / #TIA - перевожу стоп в б/у."), as the dev
`vovilonn-ch1-ru` channel posts them (branch i13-ru23).

parsers/updates.py reads no post longer than its limit (a long post is an article or a new
signal); of such a post it reads these lines alone: each opens with a coin's tag and a dash or a
colon, the form of a trade's line in a management list, never of the analysis's sentences. None
when the post holds no such line.
"""

from __future__ import annotations

import re
from typing import Final

# A line that opens with a coin's tag and a dash or colon: "#SOL - ...", "#TIA: ...", "$ETH — ...".
TRADE_LINE: Final = re.compile(
    r"(?m)^[^\w\n#$]{0,4}[#$](?=[0-9]{0,7}[a-zA-Z])[a-zA-Z0-9]{1,15}(?:/usdt)?\s?[-–—:][^\n]{4,300}$"
)
# The most such lines read: a management list is a few trades, not a market's table of coins.
_MOST: Final = 4


def trade_lines(text: str) -> str | None:
    """The lines of a long post that each name a trade by its tag first, joined, or None."""
    lines = TRADE_LINE.findall(text)
    if not lines or len(lines) > _MOST:
        return None
    return "\n".join(line.strip() for line in lines)
