"""Leverage written without its "x": as "L" and its number after the side ("#BTC LONG L50",
"ETH/USDT Short | L10": leverage 50x, 10x), or as a number before a leverage word ("(20 leverage
cross)", "10 плечо": words in parsers/vocabulary.LEVERAGE_AFTER_WORDS).

Only where nothing else an "L" and a number name fits: after the side word of a line that names
the coin before it, and ending that line or its field. Elsewhere "L1" and "L2" are blockchains'
layers ("a strong L1 competitor"), "L3" is a coin (Layer3: "LONG L3" names it) or a level.
parsers/numbers.find_leverage reads it when the post gives no other leverage.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.gate_words import gate, holds
from parsers.quick_tests import required_literals
from parsers.vocabulary import LEVERAGE_AFTER_WORDS

# "l" first, then its digit, then what stands before it: a pattern opening with a look-behind
# gives re no first character to skip to, so it entered its matcher at every position of a post
# (4x the time); the same matches ("l" is the character the look-behind is checked after).
_TOKEN: Final = re.compile(r"l(?=[0-9])(?<![\w.#$/]l)([0-9]{1,3})(?=[^\S\n]*(?:[|•]|\n|$))")
# The coin, then the side word right before the token (a space, "|", "-" or "/" between them).
_COIN_SIDE: Final = re.compile(
    r"[a-z0-9][^\n]*?(?<![a-z])(?:long|short|лонг|шорт)[^\S\n]{0,2}[|/-]?[^\S\n]{0,2}\Z"
)
_LINE: Final = 40  # how far back on its line the coin and the side are looked for
# Every token holds "l" and its first digit: a post whose one pass holds none is not searched
# (parsers/gate_words.py; most posts hold an "l", few an "l" before a digit).
_TOKEN_GATE: Final = gate(tuple("l" + d for d in "0123456789"))


def side_leverage(text: str) -> tuple[int, int, int] | None:
    """The first "L50" after a coin and its side in lower-cased text: (start, end, value), or
    None."""
    if not holds(text, _TOKEN_GATE):
        return None
    for m in _TOKEN.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _COIN_SIDE.search(text, max(line_start, m.start() - _LINE), m.start()):
            return m.start(), m.end(), int(m.group(1))
    return None


# (Not a decimal, not part of a word or a price: "0.20 leverage" or "$20 leverage" is no level.)
# (It starts with a character class, the boundary check after the first digit, so re only tries
# it at digits.)
_WORDED: Final = re.compile(
    r"([0-9](?<![\w.,#$/][0-9])[0-9]{0,2})[^\S\n]?(?:" + LEVERAGE_AFTER_WORDS + ")"
)

# The literals one of which every match holds, in any text (the post's one pass:
# parsers/gate_words.py): "lev", "плеч", "kald", "hebel", "杠杆" ... (LEVERAGE_AFTER_HEADS, the
# literals of an all-ASCII text's match, asked only of such texts before: most posts hold an
# emoji).
_WORDED_GATE: Final = gate(required_literals(_WORDED.pattern) or ("",))  # (none: gate raises)


def worded_leverage(text: str) -> tuple[int, int, int] | None:
    """The first "20 leverage" in lower-cased text (the number's span and value), or None."""
    if not holds(text, _WORDED_GATE):
        return None
    m = _WORDED.search(text)
    return (m.start(), m.end(1), int(m.group(1))) if m else None
