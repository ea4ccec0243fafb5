"""A re-entry or an added entry given as a percentage under a card whose entry was read (session
25, branch i13-left26, the lead's ruling 4): "Re-entry at -4% if it dips.", "DCA at -5%", "add
more at -3%", "Add more -3% below", "Докупаем на -5%", "Добор на 3% ниже". The card traded with
its one entry and the added entry dropped silently (a sentence after the levels is a note to the
explain check, and a percentage no price). An entry given as a percentage is refused, as the
entry label's percentage is (parsers/unread.py: "entry label ... gives a percentage, not a
price"): the channel's second entry is part of the trade, never dropped. A share of the balance
("Add 5% of your deposit") is no level: the percentage must say a fall (a minus sign, "lower",
"below", "ниже", "from the entry"). (Forms made up from the ruling's examples; never a held-out
post.)
"""

from __future__ import annotations

import re
from typing import Final

from parsers.models import ParsedSignal
from parsers.unread import PERCENT_NOT_PRICE, percent_label_reason

# The added entry's word, then within its clause a percentage that says a fall.
_ADDED: Final = re.compile(
    r"(?<![a-zа-яё])(?P<word>re-?entr(?:y|ies)|re-?enter|(?:second|2nd|next)\sentry|dca"
    r"|add(?:ing)?(?:\smore|\sagain)?|buy\s(?:more|again|back)|re-?buy|reload|averag\w{0,5}"
    r"(?:\sdown)?|докуп\w{0,6}|добор\w{0,2}|добира\w{0,4}|усредн\w{0,6}|перезаход\w{0,2})"
    r"(?![a-zа-яё])(?P<rest>[^\n.;!?]{0,30}?(?:[-−–]\s?[0-9]{1,2}(?:[.,][0-9]{1,2})?\s?%"
    r"|[0-9]{1,2}(?:[.,][0-9]{1,2})?\s?%\s(?:lower|below|down|under|dip|drop|ниже|от\sвхода"
    r"|from\s(?:the\s)?entry))[^\n]{0,30})"
)


def added_entry(sig: ParsedSignal, low: str) -> str | None:
    """Why the card's entry was read but an added entry told as a percentage was dropped."""
    if "%" not in low or not sig.entries:
        return None
    if any(PERCENT_NOT_PRICE in why for why in sig.review):
        return None  # (said already, by the label that gave it)
    m = _added(low)
    if m is None:
        return None
    word = sig.norm_text[m.start("word") : m.end("word")]
    rest = sig.norm_text[m.start("rest") : m.end("rest")].strip()
    sig.norm_unread.append(m.span())
    return percent_label_reason("entry", word, rest)


# A match of _ADDED holds a "%" at most this far after its start (its word, 16 characters in
# "averaging down", its clause's 30, the fall's sign and number before the sign, "- 12.5 ", 8),
# and ends at most this far after its start (tests/parsers/test_speed37.py asks re's parser).
_BEFORE_PERCENT: Final = 64
_LONGEST: Final = 128


def _added(low: str) -> re.Match[str] | None:
    """_ADDED.search(low), searched only where a match can start: within _BEFORE_PERCENT before
    a "%" (the pattern opens with a look-behind: re tried it at every character of the post).
    Each window's search ends _LONGEST past it, so that a match starting in it is whole, and
    found as in the whole post; one found past the window is left to the next window."""
    n = len(low)
    at = low.find("%")
    while at >= 0:
        start = max(0, at - _BEFORE_PERCENT)
        end = at
        at = low.find("%", at + 1)
        while 0 <= at <= end + _BEFORE_PERCENT:  # (windows that meet are one)
            end = at
            at = low.find("%", at + 1)
        m = _ADDED.search(low, start, min(n, end + _LONGEST))
        if m is not None and m.start() <= end:
            return m
    return None
