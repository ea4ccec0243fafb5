"""A close or a cancel read of one tagged coin but said of another tagged beside it: "Close #NOT,
#XRP stays open" was read as XRP's close (NOT is a word no coin list holds, so the reader took the
other tag). The post is read with the reason it is not done (SignalUpdate.problem), as two
coins' closes are (parsers/two_trades.py, whose action words and heading tags it shares; branch
i13-left26; split off two_coins_acted.py in session 26, branch i13-tidy27).
"""

from __future__ import annotations

import re
from typing import Final

from parsers.models import UpdateKind
from parsers.sentences import coin_of, sentence_end, sentence_start
from parsers.two_trades import ACT, HEADINGS, KINDS, MAJORS
from parsers.vocabulary import KNOWN_BASES

# A coin's tag, one letter or more ("#NOT", "$O", "#PUMP/USDT"): any word tagged is a coin here.
_TAG: Final = re.compile(r"(?<![\w#$])[#$](?=[0-9]{0,7}[a-z])([a-z0-9]{1,15})(?![\w])")


def other_coin_read(low: str, symbol: str | None, kind: UpdateKind) -> str | None:
    """Why a close or a cancel read of one tagged coin is said of another tagged beside it ("Close
    #NOT, #XRP stays open" read as XRP's), or None."""
    if symbol is None or kind not in KINDS or low.count("#") + low.count("$") < 2:
        return None
    tags = [(m.group(1).upper().removesuffix("USDT"), m.start()) for m in _TAG.finditer(low)]
    tags = [(t, at) for t, at in tags if t and t not in HEADINGS]
    if len({t for t, _ in tags}) < 2:
        return None
    act = ACT.search(low)
    if act is None:
        return None
    start, end = sentence_start(low, act.start()), sentence_end(low, act.start())
    inside = [(t, at, at) for t, at in tags if start <= at < end]
    # (the tag the word is said of: the last before it in its sentence, else the first after it)
    said = coin_of(inside, act.start(), start, end)
    base = symbol.removesuffix("USDT")
    if said is None or said == base or said + "USDT" == symbol:
        return None
    verb = "cancel" if kind is UpdateKind.CANCEL else "close"
    return f"the {verb} is said of {said}, not {base}: which trade is meant?"


# The majors and the well-known coins, less the ones that are English words ("near", "mask").
_NAMED: Final = MAJORS | (KNOWN_BASES - {"NEAR", "MASK"})
# The word right after the action's word ("Close ETH now", "closing sol").
_WORD_AFTER: Final = re.compile(r"[ \t]{1,3}([a-z]{2,8})(?![\w#$/])")


def other_named_coin(low: str, symbol: str | None, kind: UpdateKind) -> str | None:
    """Why a close or a cancel read of one coin names another right after its word ("#XRP /
    Close ETH now" read as XRP's close: the heading's tag won over the coin the order names;
    found by i13-gath30w, session 28), or None."""
    if symbol is None or kind not in KINDS:
        return None
    base = symbol.removesuffix("USDT")
    for act in ACT.finditer(low):
        m = _WORD_AFTER.match(low, act.end())
        if m is not None and (word := m.group(1).upper()) in _NAMED and word != base:
            verb = "cancel" if kind is UpdateKind.CANCEL else "close"
            return f"the {verb} is said of {word}, not {base}: which trade is meant?"
    return None
