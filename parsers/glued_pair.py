"""A pair's label run into the pair: "PairETH/USDT", "CoinBTC/USDT".

A card whose labels lost the space before their values ("PairETH/USDT / DirectionSHORT /
Entry$3,240", the card a signal service documents, dev bullrun-futures-signal-format-001) was read
as the coin PAIRETH: a wrong trade. The label word in title case with the ticker in capitals right
after it, then the pair's separator or quote, is two words: the space goes back between them
(normalisation, parsers/normalize.py, where the case is still there). A coin whose name starts
with one of these words is written in one case ("COINUSDT", "#Coin"), never "CoinBTC/USDT".
"""

from __future__ import annotations

import re
from typing import Final

from parsers.lead_first import lead_first
from parsers.quick_tests import required_literals, written

# The pair labels of the lexicon's coin fields (parsers/lexicon_en.py), in title case, then a
# ticker in capitals and its separator or quote.
_LABELS: Final = "(Pair|Coin|Symbol|Asset|Ticker|Token|Instrument)"
_PAIR_AFTER: Final = r"(?=[A-Z][A-Z0-9]{0,14}[/_-]|[A-Z][A-Z0-9]{1,14}(?:USDT|USDC|BUSD|PERP))"
_GLUED_PAIR_LABEL: Final = re.compile(r"(?<![A-Za-z])" + _LABELS + _PAIR_AFTER)
# The same, each word first and the look-behind after its first letter ("P(?<![A-Za-z]P)air"):
# re skips to the capitals "P", "C", "S", "A", "T", "I", where the look-behind first made it
# enter the pattern at every character of the post (its matches are the group's: the space goes
# after the whole match; tests/parsers/test_speed22.py compares).
_GLUED_PAIR_LED: Final = re.compile(
    lead_first(r"(?<![A-Za-z])(?:" + _LABELS[1:-1] + ")" + _PAIR_AFTER)
)


# Its words ("Pair", "Coin" ...): the substitution opens with a look-behind, tried at every
# character of the post; a few `in` scans tell first that most posts hold none of them.
_HEADS: Final = required_literals(_GLUED_PAIR_LABEL.pattern)


def unglue_pair_label(text: str) -> str:
    """text with a space between a pair label and the pair run into it ("PairETH/USDT")."""
    if not written(text, _HEADS, 0, len(text)):
        return text
    return _GLUED_PAIR_LED.sub(r"\g<0> ", text)
