"""A stop set in a new plan, not moved on an open trade: "You can also buy at 2980, set SL at
2960", "也可以在2980去接，止损放在2960附近" (a reply weighing where to enter, each entry with its
stop). The verbs that set a stop ("set", "put", "place"; "放在", "设在") also move one, so a stop
word after an entry offered at a price in the same post is that entry's stop: no action on a
position (parsers/followup_guard.py asks this of a stop move)."""

from __future__ import annotations

import re
from typing import Final

# An entry offered at a price: the verb, then the price ("buy at 2980", "long around $2,900",
# "接在2980", "进场2900"), or in Chinese the price, then the verb ("在2980去接", "2900-2930附近
# 区间接", "3115附近补仓"). Not "entry" alone (a label: "Entry 2950 filled, move SL to 2960").
_OFFER: Final = re.compile(
    r"(?<![a-z])(?:buy|long|short|sell|enter|add)(?:\s(?:it|some|more|again|a\slittle))?"
    r"\s(?:at|around|near|from|@)\s?\$?[0-9]"
    r"|(?:接|进场|入场|买入|补仓|加仓|做多|做空|开多|开空)\s?(?:在|于)?\s?[0-9]"
    r"|[0-9](?:附近)?(?:区间)?(?:去|再|先)?(?:接|进场|入场|买入|补仓|加仓|做多|做空|开多|开空)"
)
# The literals every offer holds (a post with none skips the search).
_STEMS: Final = (
    "buy",
    "long",
    "short",
    "sell",
    "enter",
    "add",
    "接",
    "进场",
    "入场",
    "买入",
    "补仓",
    "加仓",
    "做多",
    "做空",
    "开多",
    "开空",
)


def plans_stop(low: str, at: int) -> bool:
    """The stop word at low[at] follows an entry offered at a price in the same post: the stop
    of that plan, not a move."""
    if not any(s in low[:at] for s in _STEMS):
        return False
    return _OFFER.search(low, 0, at) is not None
