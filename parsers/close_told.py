"""A close told on a line of its own with how it ended: its price, its result, the entry
(session 24, branch i13-upd25). parsers/followup_more.closed asks it.

Channels report a trade they closed on a line of the close alone, often under the call's card
re-posted with its targets ticked, and put on that line what the trade made:

- "#LINK/USDT Closed at 14.5 ✅", "Closed @ 14.5 🔒", "Closed at 3100 with 25% profit ✅": the
  price it was closed at, a mark after it (was not read, or read as a target hit: the close not
  done);
- "#ETH/USDT closed +35% ✅", "Closed: +35% (Cross 20x)", "Closed with +25% ✅": a signed result
  after the verb (a target hit, or nothing);
- "Closed ✅ 45%" under the coin's line, "#ETH/USDT Closed ✅ Profit 45% (Cross 20x)": the result
  after a mark (nothing read, or a target hit; the share rule still reads "Closed 45%" with no
  mark between as a share);
- "Closed at entry", "closed at breakeven" under a card with a target ticked (a target hit);
- "Closed in profit 💰 120% (Cross 20x)", "✅ Closed with 10% profit" under a card naming its
  targets (a target hit; "Closed with profit, TP2 hit ✅" on one line still reports the target).

The line names no target ("Target 1 closed at 14.5 ✅" is the target's report), asks nothing
("closed at 14.5?"), and is no market's close ("#BTC daily closed at 65000 ✅").
"""

from __future__ import annotations

import re
from typing import Final

from parsers.target_words import TARGET_WORD, TP_INDEX

# The line's head: marks, the coin (tagged or a pair), or the trade's noun, then the verb.
_HEAD: Final = (
    r"^[^\w\n]*(?:(?:[#$][a-z0-9]{2,15}|[a-z0-9]{2,12}/usdt)(?:/usdt)?[^\w\n]{0,6})?"
    r"(?:(?:trade|signal|position)\s(?:is\s|was\s|has\sbeen\s)?)?(?:manually\s)?closed"
)
_NUMBER: Final = r"[0-9]{1,7}(?:[.,][0-9]{1,8})?"
_CLOSED_LINE: Final = re.compile(
    _HEAD
    + r"(?:"
    # "Closed at 14.5 ✅": a price, then a mark ending the line (or the result after it).
    + r"\s(?:at|@)\s?\$?"
    + _NUMBER
    + r"\$?[^\S\n]?(?:usdt\s?)?(?:[^\w\n]*?|\swith\s\+?[0-9.,]{1,8}\s?%\s(?:profits?|gains?|loss)\s?)"
    + r"[✅✔☑🔒🔐💰🔥🏁][^\n]*$"
    # "closed +35% ✅", "Closed: +35%": a signed result.
    + r"|[^\S\n]?:?[^\S\n]?\+"
    + _NUMBER
    + r"[^\S\n]?%"
    # "Closed ✅ 45%", "Closed ✅ Profit 45% (Cross 20x)": a mark, then the result.
    + r"|[^\S\n]?[✅✔☑🔒🔐💰🔥🏁][^\w\n]*(?:(?:profit|gain|pnl|roi|result)[^\S\n]?:?[^\S\n]?)?\+?"
    + _NUMBER
    + r"[^\S\n]?%"
    # "Closed at entry", "closed at breakeven": where the rest went (the line ends there).
    + r"|\s(?:at|on)\s(?:the\s)?(?:entry(?:\sprice)?|break[\s-]?even|be|cost)[^\w\n]*$"
    # "Closed with +25% (Cross 20x) ✅": the result signed after "with".
    + r"|\swith\s\+"
    + _NUMBER
    + r"[^\S\n]?%"
    # "Closed in profit 💰 120%", "closed with 10% profit": how it ended.
    + r"|\s(?:in|with)\s(?:a\s)?(?:\+?"
    + _NUMBER
    + r"[^\S\n]?%\s)?(?:profits?|loss(?:es)?|gains?)(?![a-z])"
    + r")"
)
# A market's close, a question, a condition: no trade of the channel closed.
_NOT_TRADE: Final = re.compile(
    r"\?|(?<![a-z])(?:candle|daily|weekly|monthly|day|week|month|session|above|below|if|when"
    r"|will|would|should)(?![a-z])"
)


def closed_line(low: str) -> bool:
    """Whether a line of the post tells the trade closed with its price, result or the entry
    (the module's forms), naming no target."""
    if "closed" not in low:
        return False
    for line in low.split("\n"):
        if "closed" not in line:
            continue
        stripped = line.strip()
        if _CLOSED_LINE.match(stripped) is None or _NOT_TRADE.search(stripped) is not None:
            continue
        if TARGET_WORD.search(stripped) is None and TP_INDEX.search(stripped) is None:
            return True
    return False
