"""A gain reported beside a close ("Exit #SOL here, 12% profit", "Close #SOL now - 12% profit",
"Closing #SOL here with 12% profit", "Close #SOL, we are 12% in profit"): the percent is what
the trade made, not a share of the position to close; the close is of all of it
(parsers/close_share.py asks). The words say which: the percent with a gain word after it, and
a break between the verb and the percent (a comma, a dash, a bracket, "here", "with", "we
are"...): the close is said, then its result. A share right after the verb stays a share ("Take
50% profit", "Book 30% profits", "Close 50% in profit": taking profit on a share is closing it).
"""

from __future__ import annotations

import re
from typing import Final

# The gain word after the percent: "12% profit", "12 % in profit", "12% gain", "+12% ROI",
# "12% up", "12% прибыли", "12% de lucro".
_GAIN_WORD: Final = re.compile(
    r"\s?(?:in\s|of\s|de\s|в\s)?(?:profits?|gains?|pnl|roi|return|up|прибыл\w{0,2}|профит\w{0,2}"
    r"|плюс\w{0,2}|lucro|ganancia|beneficio|gewinn|keuntungan|kar|lãi|利润|盈利)(?!\w)"
)
# A break between the close and the percent: the close said, then something more.
_BREAK: Final = re.compile(
    r"[,;(\[:\-–—]|(?<!\w)(?:here|now|with|for|at|in|we|we're|i|i'm|it|it's|is|are|was|that's"
    r"|thats|total|booked|done|здесь|тут|сейчас|с|со|з|із|зараз|aquí|agora|ahora|sekarang|jetzt|ici)(?!\w)"
)


# The leverage said after the percent ("60% profit with 10x", "45% (10x leverage)", "+45% on
# 20x"): the trade's result on margin; a share of the position is never leveraged.
_LEVERAGED: Final = re.compile(
    r"(?:\s?(?:in\s|of\s)?(?:profits?|gains?|pnl|roi|return))?\s?"
    r"(?:(?:with|on|at|using|x)\s|\(\s?|[-–—]\s)?(?:[0-9]{1,3}\s?x|x\s?[0-9]{1,3})(?![0-9a-z])"
)


# The gain named before the verb ("Profit booked 45%", "profits secured: 30%"): the percent after
# it is how much that profit was.
_GAIN_BEFORE: Final = re.compile(r"(?<!\w)(?:profits?|gains?)\s$")


# The gain named right before the percent, after a break from the verb ("Закрываем с профитом
# 30%", "close position at market, up 25%", "closing here, profit 40%"): how much the trade made
# ("фиксируем прибыль 50%", no break, stays a share).
_GAIN_JUST_BEFORE: Final = re.compile(
    # (and Ukrainian: "закрили з профітом 40%", "з прибутком", "в плюсі"; i13-ru32)
    r"(?<!\w)(?:up|с\sпрофитом|с\sприбылью|в\sплюсе|в\sпрофите|профит|прибыль|profit(?:\sof)?"
    r"|з\sпрофітом|із\sпрофітом|з\sприбутком|в\sплюсі|у\sплюсі|в\sпрофіті|профіт|прибуток"
    r"|gain(?:\sof)?)\s?[:=]?\s?\+?$"
)


# A result, never a share, whatever comes between: a loss or a move after the percent ("Close
# #ETH with 15% loss", "Close #ETH 45% up"), or the percent after "at", "for", "with" ("#ETH
# closed at 22% 🔥", "Closed at 3500 for 50%": where the trade stood, not how much of it).
_RESULT_WORD: Final = re.compile(r"\s?(?:in\s)?(?:loss(?:es)?|up|down|drawdown|убыт\w{0,3})(?!\w)")
_RESULT_PREPOSITION: Final = re.compile(r"(?<!\w)(?:at|for|with)\s(?:a\s|an\s)?\+?$")


def reports_gain(low: str, close: re.Match[str], share: re.Match[str]) -> bool:
    """Whether the share read after the close word is the trade's gain (see the module's
    docstring), not a share of the position."""
    if share.start() < close.end():
        return False
    pct = share.groupdict().get("pct")
    if pct is not None and float(pct) > 100:
        return True  # "Close #ETH, 120% done": no share is more than all of it (i13-hits20)
    if _RESULT_WORD.match(low, share.end()) or _RESULT_PREPOSITION.search(
        low, max(0, share.start() - 9), share.start()
    ):
        return True
    if _LEVERAGED.match(low, share.end()):
        return True  # "Booked 60% profit with 10x": the gain on margin, whatever the verb
    if _GAIN_BEFORE.search(low, max(0, close.start() - 9), close.start()):
        return True  # "Profit booked 45%": the profit's size
    if _GAIN_JUST_BEFORE.search(low, max(0, share.start() - 16), share.start()) and _BREAK.search(
        low, close.end(), share.start()
    ):
        return True  # "Закрываем с профитом 30%", "close at market, up 25%" (i13-wa22)
    if not _GAIN_WORD.match(low, share.end()):
        return False
    return _BREAK.search(low, close.end(), share.start()) is not None
