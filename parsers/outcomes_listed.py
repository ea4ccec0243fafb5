"""A close followed by each coin's outcome: "Closing the trades: ABC to break-even, XYZ at -0.4 %",
"Закрываю сделки, sol в БУ, eth в -0.5%".

The ruling (i) of session 25 (CONVENTIONS.md) makes a close said of two or more coins the post
names `needs_review`, and gives this very form as its example: one update cannot carry two
trades. The coins here are not listed together by a joiner ("#ETH and #SOL",
parsers/two_trades.py `_listed`) but each followed by what it closed at: a break-even, a
percentage, a multiple of the risk, a profit or a loss. Two coins or more so, and the close is
refused with the reason (parsers/two_trades.py asks this after its own forms).

A close of *all* positions listing its coins' results under it ("Закрываю все позиции по
текущим ... hype - в бу / bnb - 0.07R", dev dk-trader-a-006) stays the coinless close the lead
kept (ruling (i)'s own exception): "all", "everything", "все", "всё" after the close's word.
(Forms made up from the ruling's examples; never a held-out post.)
"""

from __future__ import annotations

import re
from typing import Final

from parsers.models import UpdateKind
from parsers.symbols import NEVER_A_BASE
from parsers.vocabulary import COIN_NAMES

# A coin at a clause's start (the line's, or after a comma, a semicolon, a colon, a slash), then
# at most two words, then its outcome.
_ITEM: Final = re.compile(
    r"(?:^|(?<=[,;:\n/]))[^\S\n]*(?P<tag>[#$])?(?P<coin>[0-9]{0,7}[A-Za-z][A-Za-z0-9]{0,14})(?:/USDT)?"
    r"[^\S\n]*(?:[-–—:][^\S\n]*)?(?:[^\W\d_]{1,12}[^\S\n]+){0,2}"
    r"(?P<out>break[\s-]?even|(?<![a-z])b/?e(?![a-z])|(?<!\w)бу(?!\w)|б/у|безубыт\w*"
    r"|[+\-−]?[^\S\n]?[0-9]+(?:[.,][0-9]+)?[^\S\n]?(?:%|r(?![a-z]))|в\sплюс|в\sминус|in\sprofit"
    r"|in\sloss)",
    re.IGNORECASE | re.MULTILINE,
)
# The close's word and, right after it, all of them.
_CLOSE_ALL: Final = re.compile(
    r"(?<![a-zа-яё])(?:clos\w{0,4}|exit\w{0,3}|закры\w{1,6}|фиксиру\w{1,3})\s(?:out\s)?"
    r"(?:all|everything|все|всё|всех)(?![a-zа-яё])"
)
# Words in capitals that head a result, never a coin ("PNL: +12%", "ROI 40%", "TP1 +5%").
_RESULT_WORD: Final = re.compile(
    r"(?:TPS?|SL|T|R|RR|ROI|PNL|GAIN|GAINS|PROFIT|LOSS|TOTAL|NET|RESULTS?|ENTRY|EP|LEV|X|USDT"
    r"|LONGS?|SHORTS?|TARGETS?|STOP|ALL|MARGIN|RISK|DCA|AVG|CLOSED?|EXIT)[0-9]{0,2}"
)
_NAMED: Final = frozenset(COIN_NAMES) | frozenset(v.lower() for v in COIN_NAMES.values())
_KINDS: Final = (UpdateKind.CLOSE, UpdateKind.CLOSE_PARTIAL)
_OUTCOME_HEADS: Final = ("%", "бу", "б/у", "безубыт", "even", "b/e", "be", "r", "плюс", "минус")


def _coin(m: re.Match[str]) -> str | None:
    word = m.group("coin")
    low = word.lower()
    if low in _NAMED:
        return COIN_NAMES.get(low, low).upper()
    if (
        (m.group("tag") is not None or (word.isupper() and 2 <= len(word) <= 10))
        and word.upper() not in NEVER_A_BASE
        and _RESULT_WORD.fullmatch(word.upper()) is None
    ):
        return word.upper()
    return None


def outcomes_listed(norm: str, low: str, kind: UpdateKind) -> str | None:
    """Why a close followed by two coins' outcomes is not done, or None (norm: the normalised
    post, low: it lowered)."""
    if kind not in _KINDS or not any(h in low for h in _OUTCOME_HEADS):
        return None
    if _CLOSE_ALL.search(low) is not None:
        return None
    coins: list[str] = []
    for m in _ITEM.finditer(norm):
        coin = _coin(m)
        if coin is not None and coin not in coins:
            coins.append(coin)
    if len(coins) < 2:
        return None
    return (
        f"the post closes two coins ({coins[0]}, {coins[1]}), each with its outcome: one"
        " follow-up per post is acted on"
    )
