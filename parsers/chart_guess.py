"""A chart described by someone guessing at it: an AI's reading of a picture, not a call.

A post that describes a chart and says, of what it shows, that a thing is "not mentioned but
likely ...", "not visible, probably ..." (made up: "Timeframe: Intraday (exact time not
mentioned but likely 5 or 15-min based on candlestick size)") is a description of an image by
someone who guesses at it (an assistant asked "what does this chart say?"), whatever levels it
lists after: nobody posted them as a trade to open. The levels need review. Only the guess said
outright, "not <given> but likely/probably/appears": a card whose stop is "Not Explicitly
Stated, but must be placed just below" (dev square-icp-support-bounce-001) guesses nothing, and
"likely" alone heads many real calls ("likely to bounce from 0.52").
"""

from __future__ import annotations

import re
from typing import Final

_GUESSED: Final = re.compile(
    r"(?<![a-z])not\s(?:explicitly\s|clearly\s|directly\s)?"
    r"(?:mentioned|shown|visible|labell?ed|indicated|specified|stated|given|marked|provided)"
    r"[,;]?\s(?:but\s|so\s)?(?:it\s|it's\s|it\sis\s)?(?:likely|probably|possibly|appears|seems)"
    r"(?![a-z])"
    # ("likely 5 or 15-min based on candlestick size": the timeframe told from the picture.)
    r"|(?<![a-z])based\son\s(?:the\s)?(?:candlestick|candle)s?\s(?:size|spacing|width)"
)


def chart_guess(before: str) -> str | None:
    """The words of a guess at a chart's content in the text before the levels (lower-cased),
    or None."""
    if "not " not in before and "based on" not in before:
        return None
    m = _GUESSED.search(before)
    return m.group() if m is not None else None
