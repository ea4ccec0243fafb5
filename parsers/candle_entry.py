"""An entry that waits for a candle to close beyond a level (session 25, branch i13-left26, the
lead's ruling 2): "Entry: Wait for a break and close above 65000", "Buy after a 4h close above
0.53", "Enter on a daily close over 150", "Entry: 0.53 (on 4H close above)", "Вход: после
закрытия 4ч свечи выше 65000". The close was read as a breakout trigger ("above": a stop order
that fills when the price first crosses the level, a wick is enough) or as a limit at the level:
either is an order the channel did not post, since no order waits for a candle's close. Nothing
carries that condition to the card (a stop has `stop_kind` "candle_close"; an entry has none), so
the signal is refused with the reason. A close beyond a level on the stop's line ("SL: 4H close
below 2900") is the stop's, and a close told as the call's reason or its invalidation on a line
without an entry or side word ("A daily close above 0.47 unlocks the targets") is a note.
(Forms made up from the ruling's examples; never a held-out post.)
"""

from __future__ import annotations

import re
from typing import Final

from parsers.gate_words import gate, holds
from parsers.models import ParsedSignal

# A candle's close beyond a level awaited: "close above", "4h close over", "closes below",
# "закрытия 4ч свечи выше", "свеча закроется выше", "закреп над" (not "closed below": one that
# happened, the call's reason).
# (Each alternative led by its first letter, the look-behind after it, as parsers/lead_first.py
# writes a pattern: re scans for "c" and "з" and enters the pattern only there, where it tried
# its look-behinds at every character; lead_first leaves a pattern with groups alone. Written
# "(?<![a-z])clos(?:e|es|ing)..." and "(?<![а-яё])(?:закрыти[еяю]|закро\w{2,4}|закреп(?!ил)..."
# before session 29: tests/parsers/test_speed37.py compares the two.)
_CLOSE: Final = re.compile(
    r"c(?<![a-z]c)los(?:e|es|ing)\s(?:(?:firmly|decisively|cleanly)\s)?(?P<en>above|over"
    r"|below|under|beyond)(?![a-z])"
    r"|з(?<![а-яё]з)акр(?:ыти[еяю]|о\w{2,4}|еп(?!ил)\w{0,6})\s(?:[^\s\n]{1,12}\s){0,3}?"
    r"(?P<ru>выше|ниже|над|под)(?![а-яё])"
)
# The words before it on its line: an entry's or a side's (the entry waits for it), or a stop's
# or a target's (their field's condition); the nearest decides.
_FIELD_WORD: Final = re.compile(
    r"(?<![a-zа-яё])(?:(?P<entry>entry|entries|enter\w{0,3}|buy\w{0,3}|(?<!as\s)(?:long|short)(?!-)|sell|trigger"
    r"|вход\w{0,3}|войти|покуп\w{0,3}|лонг|шорт)|(?P<other>sl|stop\w{0,4}|invalid\w{0,6}|tp\d?"
    r"|targets?|take|exit\w{0,3}|cut|cancel\w{0,4}|unless|стоп\w{0,4}|цел[ьи]\w{0,2}|тейк\w{0,2}"
    r"|выход\w{0,2}|отмен\w{0,4}))(?![a-zа-яё])"
)
_WAYS: Final = {
    "over": "above",
    "under": "below",
    "beyond": "beyond",
    "выше": "above",
    "над": "above",
    "ниже": "below",
    "под": "below",
}
_PRICE: Final = re.compile(
    r"[^\S\n]{0,3}(?:the\s|of\s|\$|уровн\w{0,2}\s){0,2}\$?([0-9][0-9.,]*[0-9]|[0-9])"
)


# Between the entry's word and the close it waits for: its clause, a few words ("Entry: Wait for
# a break and close above", "Entry: 0.53 (on 4H candle close above)"); a sentence or a clause of
# its own after it is a note ("Long setup. Invalid on a close below ...").
_GAP_WORDS: Final = 7
_GAP_STOP: Final = re.compile(r"[;!?]|[.,](?![0-9])")

_CLOSE_GATE: Final = gate(("clos", "закр"))  # (found in the post's one pass: gate_words.py)


def _near(low: str, start: int, end: int) -> bool:
    gap = low[start:end]
    return len(gap.split()) <= _GAP_WORDS and _GAP_STOP.search(gap) is None


def candle_entry(sig: ParsedSignal, low: str) -> str | None:
    """Why the signal's entry waits for a candle's close beyond a level, or None."""
    if not holds(low, _CLOSE_GATE):
        return None
    for m in _CLOSE.finditer(low):
        line = low.rfind("\n", 0, m.start()) + 1
        words = list(_FIELD_WORD.finditer(low, line, m.start()))
        word = words[-1] if words else None  # (the last field word before the close)
        if word is None or word.group("entry") is None or not _near(low, word.end(), m.start()):
            continue
        way_word = m.group("en") or m.group("ru")
        way = _WAYS.get(way_word, way_word)
        price = _PRICE.match(low, m.end())
        if price is not None:
            level = sig.norm_text[price.start(1) : price.end(1)]
        elif (spans := sig.norm_spans.get("entries")) and low.rfind(
            "\n", 0, spans[0][0]
        ) + 1 == line:
            level = sig.norm_text[spans[0][0] : spans[0][1]]  # ("Entry: 0.53 (on close above)")
        else:
            level = "its level"
        sig.entry_trigger = None
        return f"the entry waits for a candle close {way} {level}: that is not an order I can place"
    return None
