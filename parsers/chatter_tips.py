"""A list of tips, each under a heading of a few words and a colon, not an instruction on a
trade (made up: "Leverage can boost your profits — or knock you out just as fast. / 1️⃣ Know
Your Leverage: higher leverage, closer liquidation. / 2️⃣ Cut losses quickly: close losing
trades fast."): a lesson for every trade, whatever action's word a tip holds. parsers/
followup_guard.py asks it of a post read as an action (each was read as a close, a wrong
action).

A list is two lines or more, each opening (after its number or keycap, which the normaliser
drops) with a heading of two to five words and a colon, under a title of a sentence (five words
or more, no number), in a post that tags no coin ("#BTC", "$1INCH"). A channel's reply that lists its steps ("Close 50% now", "Move SL: entry") has no
heading of several words over each, or names its coin.
"""

from __future__ import annotations

import re
from typing import Final

# "know your leverage: ...", "2. cut losses quickly: ..." (lower-cased, keycap dropped).
_TIP_HEAD: Final = re.compile(
    r"(?m)^[^\w\n]{0,4}(?:[0-9]{1,2}[.)]\s?)?[a-z][a-z'’-]*(?:\s[a-z'’-]+){1,4}\s?:(?:\s|$)"
)
_TAG: Final = re.compile(r"[#$][0-9]{0,4}[a-z]{2,}")
# A card's field, no tip: "Trade Type:", "Entry Zone:", "Take Profit 2:" (dev
# square-eul-continuation-001 moves its stop under such fields).
_FIELD: Final = re.compile(
    r"(?<![a-z])(?:entry|entries|stop|sl|target|targets|tp|take|profit|trade|type|zone|setup"
    r"|direction|side|pair|coin|signal|bias|risk|exchange|price)(?![a-z])"
)
# The title over the list: a sentence of five words or more, no number in it.
_TITLE_WORDS: Final = 5


def tips_list(low: str, at: int | None) -> str | None:
    """Why the action word at low[at] stands in a list of tips (see above), or None."""
    if at is None or low.count(":") < 2 or _TAG.search(low) is not None:
        return None
    title = low.lstrip().split("\n", 1)[0]
    if len(title.split()) < _TITLE_WORDS or any(c.isdigit() for c in title):
        return None
    heads = [m.start() for m in _TIP_HEAD.finditer(low) if _FIELD.search(m.group()) is None]
    if len(heads) < 2 or heads[0] > at:
        return None
    return "a list of tips"
