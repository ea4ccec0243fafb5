"""A close or a cancel said of two coins in one post (the lead's ruling of session 25, branch
i13-left26): "Close #ETH and #SOL", "#ETH and #SOL: close", "Close #ETH. Close #SOL.", "Cancel
#ETH or #SOL order", "Закрываем #ETH и #SOL", "#ETH close half, #SOL close all". Each was read as
the first coin's close or cancel, the second coin's dropped: one follow-up per post is acted on,
so the post is read with the reason it is not done (SignalUpdate.problem), changing nothing.

A coin named only as the close's context stays a close of the one coin: "Close #ETH, #SOL stays
open", "Close BTC now, ETH looks weak", "Закрываем #ETH. #SOL держим". Several coins' results
told in the past are a results board (parsers/results_board.py), refused before this is asked.
(Forms made up from the ruling's examples; never a held-out post.)
"""

from __future__ import annotations

import re
from typing import Final

from parsers.followup_doubts import coins_in
from parsers.models import UpdateKind

KINDS: Final = (UpdateKind.CLOSE, UpdateKind.CLOSE_PARTIAL, UpdateKind.CANCEL)
# The action's word asked now (not told in the past: "closed" is a report, results_board's,
# but a share fixed is a partial close to follow now;
# "Cancelled orders: #ETH, #SOL" tells the cancels the reader is to follow).
_ACT: Final = re.compile(
    r"(?<![a-zа-яё])(?:close|closing|cancel|cancell?ing|exit|exiting|закрыва\w{1,4}|закрою"
    r"|закрыть|закрой\w{0,2}|закрываем|отменя\w{1,3}|отменить|снима\w{1,3}|снять"
    r"|фиксиру\w{1,3}|выходим|cancell?ed|отмен[её]н\w{0,2}|отменили"
    # a share fixed, told as done: "#ONDO и #PENDLE - первые цели взяты, зафиксировал 50%
    # позиции" (dev vovilonn-ch1-ru-015, ruling (i)): the partial close the follower makes now
    r"|зафиксирова(?:л|ли|ла)(?=\s[0-9]{1,3}\s?%))(?![a-zа-яё])"
)
_SENTENCE_STOP: Final = re.compile(r"[!?\n]|\.(?![0-9])")
# Between two coins listed together ("#ETH and #SOL", "#ETH or #SOL", "$ETH & $SOL", "#ETH и
# #SOL", "#ETH, #SOL").
_JOINED: Final = re.compile(r"\s?(?:,|&|\+|and|or|и|или)\s?")
# After the second coin, in its clause: it is kept, not closed ("#SOL stays open", "#SOL держим"),
# or described ("#SOL looks weak").
_KEPT: Final = re.compile(
    r"(?<![a-zа-яё])(?:stay\w{0,2}|remain\w{0,2}|hold\w{0,3}|keep\w{0,3}|run\w{0,4}|still"
    r"|looks?|looking|seems?|is|weak|strong|bullish|bearish|выгляд\w{1,4}|слаб\w{1,3}"
    r"|держ\w{1,4}|оставля\w{1,4}|оставить|пусть|оста[её]тся)(?![a-zа-яё])"
)
# Tags that head a post, no coin: "#ETH #Futures close 50%".
_HEADINGS: Final = frozenset(
    (
        "FUTURES",
        "SPOT",
        "SIGNAL",
        "SIGNALS",
        "UPDATE",
        "CRYPTO",
        "BINANCE",
        "BYBIT",
        "VIP",
        "SCALP",
        "SWING",
        "LONG",
        "SHORT",
        "TRADE",
        "ALERT",
        "USDT",
        "PERP",
        "OKX",
        "BITGET",
        "MEXC",
    )
)
_CLAUSE_END: Final = re.compile(r"[,;:!?\n]|\.(?![0-9])|\s(?:but|while|а|но)\s")
_WORD: Final = re.compile(r"[^\W\d_]+")
_NEAR_WORDS: Final = 4  # words between the action's word and the coins it is said of


def two_coins_acted(low: str, kind: UpdateKind) -> str | None:
    """Why a post read as a close or a cancel is not done because it says the action of two
    coins, or None."""
    coins = coins_in(low, 0, len(low))
    if len({coin for coin, _, _ in coins}) < 2:
        return None
    said: list[str] = []
    for act in _ACT.finditer(low):
        start, end = _sentence(low, act.start())
        inside = [c for c in coins if start <= c[1] < end]
        if not inside:  # "🚨 Close all longs now! (#ETH, #SOL)": the coins of its line
            line_end = low.find("\n", act.end())
            end = len(low) if line_end < 0 else line_end
            inside = [c for c in coins if start <= c[1] < end]
        listed = _listed(low, inside, act.start(), act.end())
        if listed is not None:
            return _reason(kind, listed)
        coin = _coin_of(inside, act.start())
        if coin is not None and coin not in said:
            said.append(coin)
    return _reason(kind, said[:2]) if len(said) >= 2 else None


def _reason(kind: UpdateKind, coins: list[str]) -> str:
    verb = "cancels" if kind is UpdateKind.CANCEL else "closes"
    return f"the post {verb} two coins ({', '.join(coins)}): one follow-up per post is acted on"


def _sentence(low: str, at: int) -> tuple[int, int]:
    start = low.rfind("\n", 0, at) + 1
    for stop in _SENTENCE_STOP.finditer(low, start, at):
        start = stop.end()
    end = _SENTENCE_STOP.search(low, at)
    return start, end.start() if end is not None else len(low)


def _coin_of(inside: list[tuple[str, int, int]], at: int) -> str | None:
    """The coin the action's word at low[at] is said of: the last named before it in its
    sentence, else the first after it."""
    before = [c for c in inside if c[1] < at]
    if before:
        return before[-1][0]
    return inside[0][0] if inside else None


def _listed(low: str, inside: list[tuple[str, int, int]], at: int, end: int) -> list[str] | None:
    """Two coins of the action's sentence listed together next to its word (at:end), the second
    not kept open in its clause, or None."""
    for (first, first_at, first_end), (second, second_at, second_end) in zip(
        inside, inside[1:], strict=False
    ):
        if first == second or first in _HEADINGS or second in _HEADINGS:
            continue
        if _JOINED.fullmatch(low, first_end, second_at) is None and not (
            low[first_at] in "#$"
            and low[second_at] in "#$"
            and not low[first_end:second_at].strip()
        ):
            continue  # (tags side by side list coins too: "Closing all positions: #ETH #SOL")
        if first_at >= end:
            gap = low[end:first_at]
        elif second_end <= at:
            gap = low[second_end:at]
        else:
            continue
        if len(_WORD.findall(gap)) > _NEAR_WORDS:
            continue
        clause = _CLAUSE_END.search(low, second_end)
        stop = clause.start() if clause is not None else len(low)
        if _KEPT.search(low, second_end, stop) is None:
            return [first, second]
    return None


# A coin's tag, one letter or more ("#NOT", "$O", "#PUMP/USDT"): any word tagged is a coin here.
_TAG: Final = re.compile(r"(?<![\w#$])[#$](?=[0-9]{0,7}[a-z])([a-z0-9]{1,15})(?![\w])")


def other_coin_read(low: str, symbol: str | None, kind: UpdateKind) -> str | None:
    """Why a close or a cancel read of one tagged coin is said of another tagged beside it ("Close
    #NOT, #XRP stays open" read as XRP's: NOT is a word no coin list holds, so the reader took
    the other tag), or None."""
    if symbol is None or low.count("#") + low.count("$") < 2:
        return None
    tags = [(m.group(1).upper().removesuffix("USDT"), m.start()) for m in _TAG.finditer(low)]
    tags = [(t, at) for t, at in tags if t and t not in _HEADINGS]
    if len({t for t, _ in tags}) < 2:
        return None
    act = _ACT.search(low)
    if act is None:
        return None
    start, end = _sentence(low, act.start())
    inside = [(t, at, at) for t, at in tags if start <= at < end]
    said = _coin_of(inside, act.start())
    base = symbol.removesuffix("USDT")
    if said is None or said == base or said + "USDT" == symbol:
        return None
    verb = "cancel" if kind is UpdateKind.CANCEL else "close"
    return f"the {verb} is said of {said}, not {base}: which trade is meant?"
