"""The kind of a follow-up that cancels nothing, hits no stop and moves none: a close (all of it
or a share), a target hit, a bot's sale or loss report, a short reply of the lexicon
(parsers/followup_lexicon.py). parsers/updates.py asks `plain_kind` after the cancel, the stop
hit and the stop move."""

from __future__ import annotations

import re
from typing import Final

from parsers.close_share import (
    KEEP_REST,
    close_share,
    closed_with_result,
    exits_all_now,
    fraction_of,
    instructing_closes,
)
from parsers.followup_lexicon import short_reply
from parsers.followup_more import all_targets, closed, told_out
from parsers.models import UpdateKind
from parsers.sentences import sentence_end, sentence_start
from parsers.share_words import rest_closed, whole_told_after
from parsers.target_fix import target_fix
from parsers.target_words import (
    HIT,
    TARGET_MARKED,
    TARGET_ONLY,
    TARGET_REACHED,
    TARGET_WORD,
    TP_INDEX,
)
from parsers.update_coin import reply_lines, symbol
from parsers.update_targets import hit_word, ticked_target, tp_index_more
from parsers.update_words import ADDED_PART, FRACTION, REDUCE
from parsers.update_words_world import TP_CLOSED_WORLD, target_closed

# The post's first word ("🎯 **Closing LONG**"), whatever emoji follow; lines of hashtags first
# are tags ("#crypto #altcoins\n🎯 **Closing LONG**"), a single "#BTC" line names the coin.
_LEADING_WORD: Final = re.compile(r"(?:[^\S\n]*#\w+(?:[^\S\n]+#\w+)+[^\S\n]*\n)*\W*")


def _leading_word_at(low: str) -> int:
    m = _LEADING_WORD.match(low)
    return m.end() if m else 0


# A one-line "Stop DOGEUSDT" / "stop #SOL": the trade is over; a coin, not "Stop 63000" or
# "Stop loss\n#BTC" (the stop's level). Here and in the reports below, a line may open with
# emoji or bullets: "⚡ Stop DOGEUSDT", "📍 4.55% Loss".
_STOP_COIN: Final = re.compile(
    r"[^\w\n]*stop\s+[#$]?(?!(?:loss|limit|order|price|level|market)\b)(?=[0-9]*[a-z])"
    r"[a-z0-9]{2,12}(?:/?usdt)?\W*(?:\n.*)?$",
    re.DOTALL,
)


# A trading bot's report of the sale that ended its position: the order type as a field, with
# the result of the trade ("Type: sell / Price: 0.5764 / Profit/Loss Percent: 3.65").
_SELL_REPORT: Final = re.compile(
    r"(?:^|\n)[^\w\n]*(?:order\s)?(?:type|action|side)\s?:\s?sell(?!\w)"
)
_PNL: Final = re.compile(r"profit\s?/\s?loss|(?<!\w)(?:p\s?/\s?l|pnl|realized)(?!\w)")


_LOSS_REPORT: Final = re.compile(
    r"(?:^|\n)[^\w\n]*?-?[0-9]{1,3}(?:[.,][0-9]{1,2})?\s?%\s?loss(?![a-z])"
)


def _money_only(low: str) -> bool:
    """The post's only word of a hit is a money bag and it names no target ("#LTC/USDT Closed 🔒
    Profit 20% 💰", "Signal LTCUSDT Closed / 💰 Profit: +34% 📈"): a close decorated, no target
    reached (was read as a target hit: the close not done; session 23, branch i13-upd24). Asked
    of an English close word only ("🔘 Закрыть по 0.15" lines are a Russian template's targets)."""
    hits = [m.group() for m in HIT.finditer(low)]
    return bool(hits) and all(h == "💰" for h in hits) and TARGET_WORD.search(low) is None


# The close word leading its line, after a tagged coin or a list number at most ("#ETH Exit trade
# ✅", "#ETH/USDT exited ✅ +20%", "1) Closed ✅"), and a few words after it on the line.
_LEADS_LINE: Final = re.compile(
    r"[^\w\n]*(?:[0-9]{1,2}[).]\s?)?(?:(?:[#$][a-z0-9]{2,15}|[a-z0-9]{2,12}/usdt)(?:/usdt)?)?"
    r"[^\w\n]{0,6}$"
)
_MARKS: Final = ("✅", "✔", "☑", "💰")
_RU_DONE: Final = re.compile(r"(?:прибыль|профит|позиция|сделка|прибуток|позиція|угода)\s$")
_SHORT_POST: Final = 160
_FEW_WORDS: Final = 4


def _ticked_close(low: str, close: re.Match[str]) -> bool:
    """A short post whose close word leads its line, with ticks its only words of a hit and no
    target named: the close told done (were read as nothing; session 24, branch i13-upd25). Not
    "Market closed at 3100 ✅", "#BTC exit pump ✅ signal was given at 60000": a market, a story."""
    if len(low) > _SHORT_POST or low.strip().count("\n") >= 4:
        return False
    start = low.rfind("\n", 0, close.start()) + 1
    lead = close.start()
    if not close.group().isascii():
        # ("Прибыль зафиксирована ✅", "#ETH позиция закрыта ✅": the Russian participle after
        # what it closed, the line's first word; i13-ru32.)
        done = _RU_DONE.search(low, start, close.start())
        if done is None or not close.group().startswith(("зафиксирован", "закрыт")):
            return False
        lead = done.start()
    if _LEADS_LINE.fullmatch(low, start, lead) is None:
        return False
    end = low.find("\n", close.end())
    if len(low[close.end() : len(low) if end < 0 else end].split()) > _FEW_WORDS:
        return False
    hits = [m.group() for m in HIT.finditer(low)]
    return (
        bool(hits)
        and all(h in _MARKS for h in hits)
        and TARGET_WORD.search(low) is None
        and TP_INDEX.search(low) is None
    )


def _shares_make_all(low: str) -> bool:
    """Whether the shares the post's close lines close add up to the whole position ("Closed
    33% at TP1 / Closed 33% at TP2 / Closed 34% at TP3"): a summary of a trade that is over."""
    total, lines = 0.0, set()
    for close in instructing_closes(low):
        # (a sentence each: "TP1 hit, booked 25%. TP2 hit, booked 25%. ..."; i13-status33)
        start, end = sentence_start(low, close.start()), sentence_end(low, close.end())
        if start in lines:
            continue
        lines.add(start)
        share = FRACTION.search(low, start, end)
        part = fraction_of(share) if share is not None else None
        if part is None or not (_DONE_MARK.search(low, start, end) or _PAST.match(close.group())):
            return False  # ("close 50% now / close the other 50% at TP2": a plan, not a summary)
        total += part
    return len(lines) > 1 and total >= _WHOLE


_WHOLE: Final = 0.99
_DONE_MARK: Final = re.compile(r"[✅✔☑🎯]")
_PAST: Final = re.compile(r"(?:closed|booked|secured|taken|took|exited|sold)(?![a-z])")


def plain_kind(norm: str, low: str) -> tuple[UpdateKind | None, int | None, bool, float | None]:
    """The post's kind, where its action's word is (or None), whether the stop goes to the entry,
    and the share closed: for a post with no cancel, stop hit or stop move in it."""
    kind: UpdateKind | None = None
    action_at: int | None = None
    to_entry = False
    fraction: float | None = None
    if (fixed := target_fix(low)) is not None:
        # "Tp1 фикс", "Tp1 фикс 50% +0,5R": a share fixed at that target (target_fix.py; i13-ru32)
        return UpdateKind.CLOSE_PARTIAL, fixed[0], False, fixed[1]
    close, frac = close_share(low)
    if close and frac:
        kind, action_at = UpdateKind.CLOSE_PARTIAL, close.start()
        fraction = fraction_of(frac)
        if fraction == 1.0:  # "Close 100% of #ETH": the whole of it (i13-hits20)
            kind, fraction = UpdateKind.CLOSE, None
        elif rest_closed(low, instructing_closes(low)):
            # "We closed 50% at TP1, now closing the rest": the close of what is left (i13-wa21)
            kind, fraction = UpdateKind.CLOSE, None
        elif whole_told_after(low, close):
            # "TP1 hit ✅ (close 30%) / ... / Trade closed ✅": the trade's summary (i13-status32)
            kind, fraction = UpdateKind.CLOSE, None
        elif _shares_make_all(low):
            # "TP1 hit ✅ close 50% / TP2 hit ✅ close 50%": every share closed (i13-status32)
            kind, fraction = UpdateKind.CLOSE, None
    elif close and "仓" in low and ADDED_PART.search(low, max(0, close.start() - 8), close.start()):
        kind = UpdateKind.CLOSE_PARTIAL  # "补仓可以先出来": the part added, a share unsaid
    elif close and KEEP_REST.search(low, close.end(), close.end() + 60) is not None:
        # "Close #ETH, hold the rest", "Фиксирую прибыль по #ETH ..., остальное держим": a part,
        # its share unsaid (i13-wrong28: read as a close of all)
        kind, action_at = UpdateKind.CLOSE_PARTIAL, close.start()
    elif not close and "减" in low and (reduce := REDUCE.search(low)) is not None:
        # (Its place, for the guards: "已持仓可考虑减仓", a radar's option, no instruction; i13-gath27w.)
        kind, action_at = UpdateKind.CLOSE_PARTIAL, reduce.start()
    elif close and not low.isascii() and "?" not in low and TP_CLOSED_WORLD.match(low, close.end()):
        kind = UpdateKind.TP_HIT  # "закрылись по тейку": closed at the target, a report
    elif (
        close
        and not low.isascii()
        and "?" not in low
        and target_closed(low, close.start(), close.end())
    ):
        kind = UpdateKind.TP_HIT  # "закрыли первый тейк", "тейк 2 закрыт": the target taken
    elif close and (
        not hit_word(low)
        or (close.group().isascii() and _money_only(low))
        or _ticked_close(low, close)
        or closed(low)
        or _leading_word_at(low) == close.start()
        # "TCI HIT TARGET 675 FROM 639 EXIT FULLY ✅": the hit reported, and all of it closed now
        or exits_all_now(low)
        or told_out(close)  # "Target 1 done ✅ / We are out at 0.56 ✅" (i13-status32)
        or closed_with_result(low, close)  # "Closed 64% 🎯 (x20)" (i13-status32)
    ):
        kind, action_at = UpdateKind.CLOSE, close.start()
    elif hit_word(low) and (TP_INDEX.search(low) or all_targets(low) or tp_index_more(low)):
        kind = UpdateKind.TP_HIT
    elif close and (hit := hit_word(low)) and TARGET_WORD.search(low, max(0, hit.start() - 24)):
        # "закрыла ШОРТ по ARUSDT — цель достигнута": closed at its target (no number said),
        # a report of the target reached; nothing more to do.
        kind = UpdateKind.TP_HIT
    elif _STOP_COIN.match(low.strip()) and symbol(norm, low):  # "Stop DOGEUSDT"
        kind = UpdateKind.CLOSE
    elif ("t" in low or "🎯" in low) and any(
        TARGET_ONLY.match(line) or TARGET_MARKED.match(line) for line in reply_lines(low)
    ):
        kind = UpdateKind.TP_HIT  # "top1", "Target 1 💸": the whole reply is the target reached
    elif ("止盈" in low or "目标" in low) and any(
        TARGET_REACHED.match(line) for line in reply_lines(low)
    ):
        kind = UpdateKind.TP_HIT  # "止盈到了": the same in Chinese
    elif ticked_target(low):
        kind = UpdateKind.TP_HIT
    elif _LOSS_REPORT.search(low):  # "STOP LOSS: 170.23 / 4.55% Loss (2x)"
        kind = UpdateKind.SL_HIT
    elif "sell" in low and _SELL_REPORT.search(low) and _PNL.search(low):
        kind = UpdateKind.CLOSE  # a bot's "Type: sell ... Profit/Loss Percent: 3.65"
    else:  # "в БУ", "吃肉" (followup_lexicon.py); "Target Touch 1" (followup_forms.py)
        kind, to_entry, fraction = short_reply(norm, low)
    return kind, action_at, to_entry, fraction
