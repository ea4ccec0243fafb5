"""A call the channel hedges in its heading: "Possible long on #ADA", "Watching #ADA for a long",
"#ADA might be a long here", "#ADA on my watchlist" over a complete set of levels.

The post names levels, but says it is a possibility or something watched, not a trade
to open now: a person could not be sure it is meant to be followed. A short line before the
levels saying so makes the signal need review, with the words quoted. Only the words that say
it outright: not "Short idea" or "scenario" (tests/parsers/test_dev_miss_classes7 reads
"Chainlink Futures — Short idea" as a call), nor "Trading Plan (Long)", "Long Bias", "Potential targets", "#RAY is looking good
for a LONG here" (dev signals head their levels with those), nor "potential long" or "looking
for longs" (channels head real calls so), nor "NFA"/"DYOR", which many signals end with.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.chart_guess import chart_guess
from parsers.gate_words import gate_of, may_hold
from parsers.quick_tests import required_literals, written

_HEDGED: Final = re.compile(
    r"(?<![a-z])(?:"
    r"(?:possible|maybe|perhaps)\s(?:[#$][a-z0-9]+(?:/usdt)?\s)?(?:long|short)(?:s|ing)?"
    r"|watching\s(?:[#$][a-z0-9]+(?:/usdt)?\s)?for\s(?:a\s|an\s)?(?:long|short)(?:s|ing)?"
    r"|(?:i'?m|we'?re|i\sam|we\sare)\swatching"
    # ("I'm considering a **BTC/USD long trade**": the pair between, bold or not; i13-wt34.)
    r"|(?:thinking|considering)\s(?:about\s|of\s)?(?:a\s|an\s)?"
    r"(?:\**[#$]?[a-z0-9]{1,16}(?:/[a-z]{3,5})?\s)?(?:long|short)(?:s|ing)?"
    r"|(?:might|could|may)\sbe\sa\s(?:long|short|buy|sell)"
    r"|watch\s?list|on\s(?:my\s|the\s)?radar|not\sentering|(?:don'?t|do\snot)\senter"
    # The same in Russian (session 30, i13-values32): "возможен шорт" (a possible short),
    # "смотрю лонг" (watching a long), "присматриваюсь", "жду шорт" / "ждём ретест" (waiting for
    # it), "планирую шорт"; not "потенциальный шорт", as "potential long".
    r"|возмож(?:ный|ен|на|но)\s(?:[#$][a-z0-9]+\s)?(?:шорт|лонг)"
    r"|смотрю\s(?:на\s)?(?:[#$][a-z0-9]+\s)?(?:шорт|лонг)|присматриваюсь"
    r"|жд(?:у|ём|ем)\s(?:[#$][a-z0-9]+\s)?(?:шорт|лонг|ретест|вход)"
    r"|планирую\s(?:[#$][a-z0-9]+\s)?(?:шорт|лонг)"
    r")(?![a-z])"
)
# The words one of which every hedge holds, "long" and "short" left out where an alternative has
# others (nearly every signal's heading says one): the quick test before the searches, line by
# line, that re makes at every character (its look-behind first).
_HEDGED_HEADS: Final = required_literals(_HEDGED.pattern, ("long", "short"))
# ... asked of the post first, in its one pass (parsers/gate_words.py; session 27, i13-speed27).
_HEDGED_GATE: Final = gate_of(_HEDGED_HEADS)
# (A line of more words is prose: the analysis before the levels, weighed elsewhere.)
_MOST_WORDS: Final = 12


def hedged_call(before: str, post: str | None = None) -> str | None:
    """The hedge of a short line before the levels (before: the text above the first level's
    line, lower-cased; post, when given, the post it is a slice of: the post's pass, when kept,
    answers for it first), or None."""
    if (guess := chart_guess(before)) is not None:
        return guess  # "(time not mentioned but likely 5-min)": a picture described (i13-wt34)
    if post is not None and not may_hold(post, _HEDGED_GATE):
        return None
    if not written(before, _HEDGED_HEADS, 0, len(before)):
        return None
    for line in before.split("\n"):
        if not line or len(line.split()) > _MOST_WORDS:
            continue
        m = _HEDGED.search(line)
        if m is not None:
            return m.group()
    return None
