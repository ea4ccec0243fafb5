"""Finding the stop word a follow-up moves ("Move SL to 2900", "SL → 3080", "SL to entry", "SL:
BE"), and whether the move is advice for later ("move SL to entry once TP1 is hit"). A stop
named beside other levels, kept, paired with the targets as a kind of order, or placed beside the
entry moves nothing. parsers/updates.py reads the post with them."""

from __future__ import annotations

import re
from typing import Final

from parsers.no_instruction_words import LATER, TEMPLATE_TRAIL
from parsers.update_coin import reply_lines
from parsers.update_words import BREAKEVEN, MOVE, SL_WORD

_TO: Final = re.compile(r"\s?(?:(?:to|at|on|@|→|->|=|:|-)\s?)?(?:the\s)?")


# Where a sentence ends inside a line ("places stop-losses… and prices hit that point before
# moving": the move is said of another clause).
_HAS_DIGIT: Final = re.compile(r"[0-9]")
_SENTENCE_END: Final = re.compile(r"[…!?;]|\.(?=\s)")


def _clause(low: str, start: int, end: int, at: int, to: int) -> tuple[int, int]:
    """The bounds of the sentence holding low[at:to], within the line low[start:end]."""
    for m in _SENTENCE_END.finditer(low, start, at):
        start = m.end()
    after = _SENTENCE_END.search(low, to, end)
    return start, after.start() if after else end


# "SL unchanged", "stop stays", "止损不变": said of the stop, the stop does not move.
_STOP_KEPT: Final = re.compile(
    r"\s?(?:is\s|stays?\s|remains?\s)?(?:unchanged|the\ssame|same|stays|remains|不变|不动)"
)
# "Stop-Loss/Take-Profit", "SL and TP", "stop loss & targets": the two kinds of order named as a
# pair (a lesson's "always set a stop-loss and take-profit"), not this trade's stop.
_PAIRED_LEVEL: Final = re.compile(
    r"\s?(?:/|&|\+|and\s|or\s)\s?(?:tps?|targets?|take[\s-]?profits?)(?![a-z])"
)
_OTHER_LEVEL: Final = re.compile(
    r"(?<!\w)(?:tps?[0-9]?|targets?|take[\s-]?profits?|entry|entries)(?!\w)|目标|止盈|入场|进场"
)
# "SL to TP1 ✅", "Stop at TP2 now", "SL in profit": the stop to a target named by its number,
# or into the profit (no level, as "SL+"), the line ending there (i13-status32: "SL to TP1 ✅"
# was read as the first target hit, "SL in profit" as nothing).
_TO_TARGET_OR_PROFIT: Final = re.compile(
    r"\s?(?:(?:to|at|on|→|->|➡️?|👉|=|:)\s?(?:the\s)?(?:tp|target)\s?[1-9](?![0-9.,])"
    r"|\s(?:in|into|to)\s(?:the\s)?profits?(?![a-z]))(?:\s(?:now|here))?[^\w\n]*$"
)
# What may stand before it: the coin's tag, the verb (not a target hit reported first: "TP2 ✅
# SL to TP1" stays the report).
_REPLY_HEAD: Final = re.compile(
    r"[^\w\n]*(?:[#$][a-z0-9]{2,15}(?:/usdt)?[^\w\n]*)?(?:(?:move|set|put|trail)\s(?:your\s|the\s)?)?"
)
# ("upd: стоп на 0.512", "Update: SL 0.512": a reply's update mark before the stop; i13-ru22.)
_LOSS_AFTER: Final = re.compile(
    r"[^\w\n]{0,3}(?:[-−]|минус\s)\s?[0-9]{1,3}(?:[.,][0-9]{1,2})?\s?(?:%|r|р)(?!\w)"
)
_NEW_STOP: Final = re.compile(
    r"(?<![a-z])(?:new|updated|новый|новий|nuevo|yeni)\s$|(?<![\w])(?:upd|update|апд|апдейт)\s?:[ ]$"
)
# "SL barunya di 0.00816" (id), "SL mới 0.55" (vi): "new" after the stop word, then its level
# (i13-gath25).
# "SPORTFUN SL lebih dangkal di 0,056" (shallower, at), "MERL Short SL di 0.029." (the stop at a
# price, ending the reply) (id; i13-gath26), not a stop offered: "klo mau SL ketat di 0.3475"
# ("if you want a tight stop"), "bisa set SL di 73K" (you can), whose clause says so (_OFFERED).
_NEW_STOP_AFTER: Final = re.compile(
    r"\s(?:baru(?:nya)?|mới)(?:\s?:\s?|\s(?:di\s|ở\s|tại\s)?)\$?[0-9]"
    r"|\slebih\s(?:dangkal|ketat|rapat|dekat|tipis)\sdi\s\$?[0-9]"
    r"|\sdi\s\$?[0-9]+(?:[.,][0-9]+)?[^\w\n]{0,3}$"
)
_OFFERED: Final = re.compile(r"(?<![a-z])(?:mau|bisa|boleh|klo|kalo|kalau|jika|bila)(?![a-z])")
# "SL distance = 0.60 USD", "stop distance: 2%": how far the stop sits from the entry (a lesson's
# or a sizing sum's figure), not a stop level, so nothing moves to it (i13-lvl21).
_STOP_DISTANCE: Final = re.compile(r"[\s_-]?(?:distance|width|gap|size)(?![a-z])")
# A place beside a level ("SL below entry", "stop under the entry zone"), not at it.
# ("SL lower than entry", "higher than the entry": i13-upd25, read as a move to the entry.)
_BESIDE: Final = re.compile(
    r"(?<!\w)(?:below|under|above|over|beneath|behind|ниже|выше|(?:lower|higher)\sthan)(?!\w)"
)


# The trade made risk free, said as the instruction of a short reply (i13-gath27, a forex
# channel's replies, dev gath27-ninelfx-006, -091, -093): "EURUSD +25 pips in profit running,
# make it risk free🤪", "GBPUSD all entries risk free", "Let other 50% run risk free": the stop to
# the entry. Not at a price or on a condition ("Make trade risk free at 1.342": for later), nor a
# promotion's "risk-free trial". (Read in full: parsers/updates.py takes it for the entry.)
RISK_FREE: Final = re.compile(
    r"(?<![a-z])(?:make\s(?:it|them|this|(?:the|this|that|your|our|all)\s(?:trades?|positions?|entries))"
    r"|(?:let\s)?(?:the\s)?(?:other|remaining|rest)(?:\s(?:of\s)?(?:the\s)?[0-9]{1,3}\s?%)?"
    r"(?:\s(?:of\s)?(?:the\s|your\s|our\s)?(?:positions?|trades?|entries|lots?))?\s(?:to\s)?run"
    r"|(?<!our\s)(?<!my\s)(?:all\s)?(?:entries|positions|trades)(?:\s(?:are|is))?(?:\snow)?)"
    r"\srisk[\s-]?free(?![\w-])(?!\s(?:at|@|when|once|if|after|from|trial|bonus|for|with)(?![a-z]))"
)


def stop_moved(low: str) -> re.Match[str] | None:
    """The stop word a move is said of: a move word on its line ("Move SL to 2900", "SL → 3080",
    "SL updated to 2900") or the entry right after it ("SL to entry", "SL: BE"). A post that
    lists "SL: 0.45" and, on another line, "Entry triggered ✅" moves no stop."""
    for m in SL_WORD.finditer(low):
        start = low.rfind("\n", 0, m.start()) + 1
        end = low.find("\n", m.end())
        end = len(low) if end < 0 else end
        lo, hi = _clause(low, start, end, m.start(), m.end())
        if (
            (
                _NEW_STOP.search(low, max(lo, m.start() - 8), m.start())
                or (
                    _NEW_STOP_AFTER.match(low, m.end())
                    and not _OFFERED.search(low, start, m.start())
                )
            )
            and reply_lines(low)
            and not _LOSS_AFTER.match(low, m.end())  # ("upd: стоп -1р": the stop hit; ru32)
        ):
            # "New SL for BTC: 63200", "#ETH new stop loss 3150": a short reply (in a long
            # post, "New Stop Loss: $5.60" is the stop of a plan B).
            return m
        if _STOP_DISTANCE.match(low, m.end()):
            continue  # "-> SL distance = 0.60 USD": a distance, not where the stop goes
        if _STOP_KEPT.match(low, m.end()):
            continue  # "SL unchanged, TP moved to 3100", "止损不变": this stop stays
        if TEMPLATE_TRAIL.match(low, m.end()):
            continue  # "Stop: Moving Target - Trigger: Target (1)": a template's trailing
        if _PAIRED_LEVEL.match(low, m.end()) and not _HAS_DIGIT.search(low, m.end(), end):
            continue  # "ALWAYS set Stop-Loss/Take-Profit": the kinds of order, no move
        for move in MOVE.finditer(low, lo, hi):
            # "移动到116000-116500附近,目标..., 止损在115300": a price between the move and the
            # stop word: what moved is the entry, not the stop.
            if move.end() <= m.start() and _HAS_DIGIT.search(low, move.end(), m.start()):
                continue
            # "SL 2900, TP moved to 3100": another level named between the stop and the move.
            if move.start() >= m.end() and _OTHER_LEVEL.search(low, m.end(), move.start()):
                continue
            return m
        # "SL to entry", "stop at breakeven", "استاپ بیاد نقطه ورود": the entry soon after the
        # stop word; the short "BE" only right after it ("SL: BE", not "stop, be careful").
        be = BREAKEVEN.search(low, m.end(), min(end, m.end() + 40))
        if be is not None and _BESIDE.search(low, m.end(), be.start()):
            continue  # "SL below entry": where the stop is, against the entry; no move to it
        if be is not None and (be.group() != "be" or _TO.fullmatch(low, m.end(), be.start())):
            if _STOP_KEPT.match(low, be.end()):
                continue  # "SL at entry stays, TP3 moved to 70000": that stop does not move
            return m
        if (
            _TO_TARGET_OR_PROFIT.match(low, m.end())
            and _REPLY_HEAD.fullmatch(low, 0, m.start())
            and reply_lines(low)
        ):
            return m  # "SL to TP1 ✅", "SL in profit": a short reply's move (i13-status32)
    if "risk" in low and reply_lines(low):
        return RISK_FREE.search(low)
    return None


def for_later(low: str, sl_word: re.Match[str]) -> bool:
    """A condition after the stop word ("move SL to entry once TP1 is hit") or before it in its
    sentence ("Once the price hits TP1, move your Stop Loss to entry"): advice, no move now."""
    later = LATER.search(low, sl_word.end())
    # (Not a condition opening a later sentence when the move is the post's first sentence, a
    # reply's: "#ARB - перевожу стоп в б/у. Если рынок развернется, выйдем без убытка" - the
    # condition is its own sentence's. Deep in an analysis, a stop word is read as before.)
    if later is not None and (
        _SENTENCE_END.search(low, sl_word.end(), later.start()) is None
        or not _leads(low, sl_word.start())
    ):
        return True
    start = low.rfind("\n", 0, sl_word.start()) + 1
    for m in _SENTENCE_END.finditer(low, start, sl_word.start()):
        start = m.end()
    return LATER.search(low, start, sl_word.start()) is not None


def _leads(low: str, at: int) -> bool:
    """Whether low[at] is in the post's first sentence (its first line with text, a heading of
    a coin aside)."""
    head = low[:at]
    return _SENTENCE_END.search(head) is None and head.strip().count("\n") == 0
