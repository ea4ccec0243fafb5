"""A lesson's example in a sentence ("Example: you buy #BTC at 60000"), a format shown ("This is
how a signal looks:"): call_framing's example frame, and its search made cheap (session 28,
i13-speed33).

As one pattern its first alternative opens at a line's start and the others with a look-behind,
so re entered the whole pattern at every character of the post (~0.6 ms a long dev post). Here
the line's alternative is searched alone and the others led by a literal (lead_first); the
leftmost of the two matches, the line's at a tie (an alternation tries its first alternative
first at each place), is the match of the one pattern (tests/parsers/test_speed33.py).
"""

from __future__ import annotations

import re
from typing import Final

from parsers.lead_first import lead_first
from parsers.line_led import LineLed

_AT_LINE: Final = r"(?m)^[^\w\n]*example\s?[:–—-]\s?(?:you|we|i|if|say|let['’]?s)(?![a-z])"
_SAID: Final = (
    r"(?<![a-z])(?:this\sis\s)?how\s(?:a|our|the|my)\s(?:signals?|calls?|setups?)\s(?:looks?"
    r"|is\swritten|are\swritten)(?![a-z])"
    # A copy-trading ad's sample card: "Here's what a signal looks like:", "Example card:",
    # "Пример сигнала:" (session 25, i13-left26: traded).
    r"|(?<![a-z])what\s(?:a|our|the)\s(?:signals?|calls?|cards?)\s(?:looks?|look)\slike"
    r"|(?<![a-z])(?:example|sample)\s(?:card|signal|call|trade)s?\s?[:👇⬇]"
    r"|(?<![а-яё])(?:пример|образец)\s(?:нашего\s|наших\s)?(?:сигнал|сделк|карточк)\w{0,3}"
)
EXAMPLE: Final = re.compile(_AT_LINE + "|" + _SAID)
_LINE: Final = LineLed(_AT_LINE)
_WORDS: Final = re.compile(lead_first(_SAID))


def example(low: str) -> re.Match[str] | None:
    """EXAMPLE.search(low), as two searches."""
    line = _LINE.search(low)
    said = _WORDS.search(low)
    if said is None or line is not None and line.start() <= said.start():
        return line
    return said
