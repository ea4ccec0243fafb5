"""A post that reports several coins' results, or reviews the market coin by coin, read as a
close of its first coin (session 23, branch i13-wa24): "① BTC closed +12% / ② ETH closed +9%",
"1️⃣ $SOL: +32% (closed) / 2️⃣ $AVAX: +18% (closed)", "Today's results: #BTC/USDT +35% (x20) —
closed 🔥 #ETH/USDT +22% (x20) — closed 🔥", "Weekly P&L: / BTC 50% closed at TP1 / ETH 30%
closed at TP1", "Crypto market wrap: BTC closed Friday at 64k, ETH closed at 3.1k", "Обзор: BTC
закрыл день зелёной свечой, ETH закрылся в минус", "Зафиксировали прибыль по BTC, ETH и SOL —
отличная неделя!". Each was a close or a partial close of the first coin named (a wrong action):
the post tells what happened to several trades or markets and asks nothing of one.

A post is such a board when it names two coins or more and
- gives two signed results or more ("+12%", "-6%"), or
- says the action's word of two coins, each on its own ("BTC closed ..., ETH closed ..."), or
- says it in the past over coins listed together ("Fixed profit on BTC, ETH, SOL and AVAX",
  "Зафиксировали прибыль по BTC, ETH и SOL"), or
- is a market review by its first line ("Обзор:", "Market wrap:") and says the action's word on
  it.
A close of one coin stays read ("#BTC closed +12%", "Close BTC now, ETH looks weak");
parsers/followup_guard.py asks `results_board` of a post read as a close, a partial close or a
cancel. (Forms made up from the brief's classes: results tables with keycap and circled
numbers, symbol forms, leverage notes; never a held-out post.)
"""

from __future__ import annotations

import re
from typing import Final

from parsers.followup_doubts import coins_in
from parsers.sentences import clause_end, coin_of, sentence_end, sentence_start

# A result with its sign: "+12%", "-6 %", "+120.5%", "▲1.2%" (a share to close is never signed).
_SIGNED: Final = re.compile(r"(?<![0-9a-z])[+\-−▲▼🔺🔻][0-9]{1,4}(?:[.,][0-9]{1,2})?\s?%")
# The action's words, of which two said of two coins make a board (en, ru).
_VERB: Final = re.compile(
    r"(?<![a-zа-яё])(?:closed|closes|sold|fixed|secured|booked|stopped|cancell?ed|закрыл\w{0,3}|закрыт\w{0,2}"
    r"|зафиксирован\w{0,2}|зафиксировал\w{0,2}|продал\w{0,2})(?![a-zа-яё])"
)
# The same in the past, over a list: "fixed profit on BTC, ETH and SOL", "зафиксировали по".
_PAST: Final = re.compile(
    r"(?<![a-zа-яё])(?:closed|sold|fixed|secured|booked|took|taken|зафиксировал\w{0,2}"
    r"|закрыли|продали)(?![a-zа-яё])"
)
_LISTED: Final = re.compile(r"\s?(?:,|&|and|и)\s?")
# A market review's first line: "Обзор:", "Обзор рынка", "Market wrap", "Daily brief".
_REVIEW: Final = re.compile(
    r"(?<![a-zа-яё])(?:обзор\w{0,3}|дайджест|market\s(?:wrap|review|overview|recap|roundup)"
    r"|(?:daily|weekly|morning)\s(?:wrap|brief|digest|roundup))(?![a-zа-яё])"
)


def results_board(low: str, at: int | None) -> str | None:
    """Why a post read as a close or a cancel of one coin reports or reviews several, or None."""
    coins = coins_in(low, 0, len(low))
    if len({coin for coin, _, _ in coins}) < 2:
        return None
    if len(_SIGNED.findall(low)) >= 2:
        return "several coins' results"
    said: set[str] = set()
    for verb in _VERB.finditer(low):
        # (the coin the verb is said of: the last named before it on its line, in its sentence;
        # else, the verb first, "closed #ETH at TP2, closed #SOL at TP1" (i13-left26: a week's
        # results read as a cancel of ETH), the first after it in its clause)
        at_verb = verb.start()
        coin = coin_of(
            coins, at_verb, sentence_start(low, at_verb), clause_end(low, at_verb), at_verb + 1
        )
        if coin is not None:
            said.add(coin)
    if len(said) >= 2:
        return "several coins' results"
    if at is not None and _past_over_list(low, coins, at):
        return "several coins' results"
    if at is None or "\n" in low[:at].lstrip():
        return None  # (a review's trade told on a line of its own: "#BTC обзор / ... / Лимитку
        # по #TIA снимаю" cancels TIA; only the review's own line reviews)
    first = low.lstrip().split("\n", 1)[0]
    return "a market review" if _REVIEW.search(first) is not None else None


def _past_over_list(low: str, coins: list[tuple[str, int, int]], at: int) -> bool:
    """The action's sentence (its word at low[at]) says it in the past and lists coins joined
    ("Fixed profit on BTC, ETH, SOL and AVAX")."""
    if _PAST.match(low, at) is None:
        return False
    stop = sentence_end(low, at)
    inside = [c for c in coins if at <= c[1] < stop]
    for (first, _, first_end), (second, second_start, _) in zip(inside, inside[1:], strict=False):
        if first != second and _LISTED.fullmatch(low, first_end, second_start) is not None:
            return True
    return False


def coins_by_line(low: str) -> str | None:
    """Why a stop hit read of one coin is a board's line: three coins or more, each on a line of
    its own ("ETH LONG ✅ 3 targets / SOL LONG ✅ 2 targets / LINK SHORT ❌ stop": LINK's stop read
    as ETH's; the session-25 ruling on results boards; i13-wrong28), or None."""
    coins = coins_in(low, 0, len(low))
    lines = {coin: low.count("\n", 0, at) for coin, at, _ in coins}
    if len(lines) < 3 or len(set(lines.values())) < 3:
        return None
    rows = low.split("\n")
    # (two of them or more a target reached: a board, not a post managing each coin in turn,
    # "#APT - stopped out / #MET - closing the rest", dev vovilonn-ch1-ru-092)
    hits = sum(1 for n in set(lines.values()) if _TARGET_MARK.search(rows[n]) is not None)
    return "several coins' results" if hits >= 2 else None


_TARGET_MARK: Final = re.compile(
    r"[✅🎯]|(?<![a-zа-яё])(?:tp\s?[0-9]|targets?|цел[ьи])(?![a-zа-яё])"
)
