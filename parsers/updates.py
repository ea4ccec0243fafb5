"""Follow-up posts: close, partial close, cancel, move the stop, target or stop hit."""

from __future__ import annotations

import re
from typing import Final

from parsers import head_coins, symbols, update_pair
from parsers.close_share import close_share, fraction_of
from parsers.contracts import contract_of
from parsers.followup_guard import not_an_instruction
from parsers.followup_lexicon import short_reply
from parsers.followup_more import all_targets, closed, coin_of_all_targets
from parsers.instruction_words import without_verbs
from parsers.known_coin_words import known_coin_word
from parsers.models import SignalUpdate, UpdateKind
from parsers.normalize import lower, normalize
from parsers.not_close import cancel_instruction
from parsers.prose_levels import words
from parsers.sats_quote import quoted_in_sats
from parsers.stop_hits import stop_hit
from parsers.stop_level import STOP_HIT_AT, number_after
from parsers.target_words import TARGET_ONLY, TARGET_REACHED, TARGET_WORD, TP_INDEX
from parsers.update_targets import hit_above, hit_word, ticked_target, tp_index, tp_index_more
from parsers.update_words import (
    ADDED_PART,
    BREAKEVEN,
    CONDITION_AFTER,
    LATER,
    MOVE,
    REDUCE,
    SL_WORD,
    TEMPLATE_TRAIL,
)

# The post's first word ("🎯 **Closing LONG**"), whatever emoji follow; lines of hashtags first
# are tags ("#crypto #altcoins\n🎯 **Closing LONG**"), a single "#BTC" line names the coin.
_LEADING_WORD: Final = re.compile(r"(?:[^\S\n]*#\w+(?:[^\S\n]+#\w+)+[^\S\n]*\n)*\W*")


def _leading_word_at(low: str) -> int:
    m = _LEADING_WORD.match(low)
    return m.end() if m else 0


_NUMBERED_TRADE: Final = re.compile(r"(?:trade|signal|order|call|сделка|сигнал)\s?#\s?[0-9]{2,}")
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


# "Book partial at +100% or move SL to entry", "take profit or trail your stop": the reader's
# choice between two actions (in the words between them); the channel asks for neither.
_CHOICE: Final = re.compile(
    r"(?<![a-z])(?:or|ou|veya|yoksa)(?![a-z])|(?<![а-я])(?:либо|или)(?![а-я])|或"
)


# "Don't close BTC yet", "ETH not closing", "never move the stop": an instruction NOT to act.
_NEGATED: Final = re.compile(
    r"(?:\bdon'?t|\bdo not|\bnot|\bnever|\bno need to|\bwon'?t|\bhold off)"
    # ("never miss another move": a move after "another", "next" or "big" is a noun.)
    r"[^\w,;]{1,3}(?:\w+[^\w,;]{1,3}){0,3}?(?<!another\s)(?<!next\s)(?<!big\s)(?:clos|cancel|mov|exit|sell)",
)


# "Close algo", "closing eth at entry": the word after the verb, in a one-line instruction.
_VERB_THEN_WORD: Final = re.compile(
    r"^\W*(?:close|closing|cancel|exit|stop)\s+([a-z][a-z0-9]{1,9})\b(?:\s(?:at|now|here)\b|\W*$)"
)


def _symbol(norm: str, low: str) -> str | None:
    sym = (
        contract_of(low)
        or symbols.from_pair_text(low)
        or symbols.from_tag(low)
        or symbols.from_bare_words(without_verbs(norm.split("\n", 4)[:4]))  # not "FIX SL"
        or head_coins.from_head_before_label(low)
        or coin_of_all_targets(low)
        or known_coin_word(low)  # "matic reached to our 🎯", a reply headed "NeaR"
    )
    for line in [] if sym is not None else _reply_lines(low):
        m = _VERB_THEN_WORD.match(line)
        if m and m.group(1).upper() not in symbols.STOPWORDS and len(m.group(1)) >= 2:
            return symbols.make_symbol(m.group(1))
    if sym is None and (lead := _LEAD_LETTER_TAG.match(low)) is not None:
        return symbols.make_symbol(lead.group(1))  # "#O - позицию выбило по стоп-лоссу"
    return quoted_in_sats(
        sym, low
    )  # "#DUSK Hit 1050 Sats", "CHZ 2nd target ... 126 sats": BTC pairs


# A coin of one letter tagged first, its news after a dash or colon ("#O - позицию выбило по
# стоп-лоссу", "$B: closed"): the post is about that coin.
_LEAD_LETTER_TAG: Final = re.compile(r"[^\w#$]{0,4}[#$]([a-z])[ \t]?[-–—:][ \t]")


def _tag_on_line(low: str, at: int) -> str | None:
    """The coin tagged (#DYDX, $SOL) on the line holding low[at], if any."""
    start, end = low.rfind("\n", 0, at) + 1, low.find("\n", at)
    line = low[start : len(low) if end < 0 else end]
    if "#" not in line and "$" not in line:
        return None
    return symbols.from_pair_text(line) or symbols.from_tag(line)  # "#ETH/BTC": its quote too


def _reply_lines(low: str) -> list[str]:
    """The lines of a short reply ("Close algo" with a signature or hashtags around it: at most
    three lines with text), else none."""
    lines = [line.strip() for line in low.split("\n") if line.strip()]
    return lines if len(lines) <= 3 else []


def _short_line(low: str, at: int) -> bool:
    """True when low[at] is on a short line of a short reply (at most three lines)."""
    start, end = low.rfind("\n", 0, at) + 1, low.find("\n", at)
    return len(low[start : len(low) if end < 0 else end].strip()) <= _SHORT_LINE and bool(
        _reply_lines(low)
    )


_SHORT_LINE: Final = 24
_FIELD_COLON: Final = re.compile(r"\s?:")


_LOSS_REPORT: Final = re.compile(
    r"(?:^|\n)[^\w\n]*?-?[0-9]{1,3}(?:[.,][0-9]{1,2})?\s?%\s?loss(?![a-z])"
)
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
_NEW_STOP: Final = re.compile(r"(?<![a-z])(?:new|updated|новый|nuevo|yeni)\s$")
# A place beside a level ("SL below entry", "stop under the entry zone"), not at it.
_BESIDE: Final = re.compile(r"(?<!\w)(?:below|under|above|over|beneath|behind|ниже|выше)(?!\w)")


def _stop_moved(low: str) -> re.Match[str] | None:
    """The stop word a move is said of: a move word on its line ("Move SL to 2900", "SL → 3080",
    "SL updated to 2900") or the entry right after it ("SL to entry", "SL: BE"). A post that
    lists "SL: 0.45" and, on another line, "Entry triggered ✅" moves no stop."""
    for m in SL_WORD.finditer(low):
        start = low.rfind("\n", 0, m.start()) + 1
        end = low.find("\n", m.end())
        end = len(low) if end < 0 else end
        lo, hi = _clause(low, start, end, m.start(), m.end())
        if _NEW_STOP.search(low, max(lo, m.start() - 8), m.start()) and _reply_lines(low):
            # "New SL for BTC: 63200", "#ETH new stop loss 3150": a short reply (in a long
            # post, "New Stop Loss: $5.60" is the stop of a plan B).
            return m
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
    return None


def _for_later(low: str, sl_word: re.Match[str]) -> bool:
    """A condition after the stop word ("move SL to entry once TP1 is hit") or before it in its
    sentence ("Once the price hits TP1, move your Stop Loss to entry"): advice, no move now."""
    if LATER.search(low, sl_word.end()):
        return True
    start = low.rfind("\n", 0, sl_word.start()) + 1
    for m in _SENTENCE_END.finditer(low, start, sl_word.start()):
        start = m.end()
    return LATER.search(low, start, sl_word.start()) is not None


def read_update(text: str) -> SignalUpdate | None:
    """Parse a follow-up post; None when it is not one."""
    if not text:
        return None
    norm = normalize(text)
    low = lower(norm)
    if len(low) > 1500:  # updates are short; a long post is a new signal or an article
        return None
    kind: UpdateKind | None = None
    price: float | None = None
    to_entry = False
    fraction: float | None = None
    then: UpdateKind | None = None

    sl_word = _stop_moved(low)
    cancel = cancel_instruction(low)
    action_at: int | None = None  # where the word of the action is (its line may name the coin)
    if cancel and not CONDITION_AFTER.match(low, cancel.end()):
        kind, action_at = UpdateKind.CANCEL, cancel.start()
    elif sl_hit := stop_hit(low) or STOP_HIT_AT.search(low):  # (+ "#ATOM stop 11.95 hit")
        kind, action_at = UpdateKind.SL_HIT, sl_hit.start()
    elif sl_word and "减" in low and REDUCE.search(low):
        kind = UpdateKind.CLOSE_PARTIAL  # "减仓提损": reduce the position (and raise the stop)
    elif sl_word:
        if "moved" not in low and _for_later(low, sl_word):
            # "move SL to entry once TP1 is hit": for later ("moved" is done); a target hit
            # reported on the lines above the advice stands ("#VIA hit 2100 / Target 1 ✅ /
            # ... if you holding hold with trailing stop loss").
            return hit_above(text, low.count("\n", 0, sl_word.start()), read_update)
        kind, action_at = UpdateKind.MOVE_SL, sl_word.start()
        after = low[sl_word.end() :]
        # "带成本损": the stop word itself says where (a stop at cost).
        to_entry = bool(BREAKEVEN.search(after[:60]) or BREAKEVEN.search(sl_word.group()))
        # ("带个保护": a protection, no level said: a number after it is not the stop's.)
        price = None if sl_word.group() == "保护" else number_after(low, sl_word.end())
        # "Close 50% and move SL to entry": a close first, then the stop (update_pair.py).
        close, frac = close_share(low)
        if close is not None and _CHOICE.search(
            low, min(close.end(), sl_word.end()), max(close.start(), sl_word.start())
        ):
            return None  # "Book partial at +100% or move SL to entry": a choice, no instruction
        if close is not None and (frac is not None or update_pair.says_close(close.group())):
            kind, then = UpdateKind.CLOSE_PARTIAL, UpdateKind.MOVE_SL
            at = frac.start() if frac is not None else None
            fraction = update_pair.share(
                low, at, fraction_of(frac) if frac is not None else None, close.start()
            )
            if close.start() > sl_word.end():  # the stop's level is said before the close
                price = number_after(low[: close.start()], sl_word.end())
    else:
        close, frac = close_share(low)
        if close and frac:
            kind, action_at = UpdateKind.CLOSE_PARTIAL, close.start()
            fraction = fraction_of(frac)
        elif (
            close
            and "仓" in low
            and ADDED_PART.search(low, max(0, close.start() - 8), close.start())
        ):
            kind = UpdateKind.CLOSE_PARTIAL  # "补仓可以先出来": the part added, a share unsaid
        elif not close and "减" in low and REDUCE.search(low):
            kind = UpdateKind.CLOSE_PARTIAL
        elif close and (not hit_word(low) or closed(low) or _leading_word_at(low) == close.start()):
            kind, action_at = UpdateKind.CLOSE, close.start()
        elif hit_word(low) and (TP_INDEX.search(low) or all_targets(low) or tp_index_more(low)):
            kind = UpdateKind.TP_HIT
        elif close and (hit := hit_word(low)) and TARGET_WORD.search(low, max(0, hit.start() - 24)):
            # "закрыла ШОРТ по ARUSDT — цель достигнута": closed at its target (no number said),
            # a report of the target reached; nothing more to do.
            kind = UpdateKind.TP_HIT
        elif _STOP_COIN.match(low.strip()) and _symbol(norm, low):  # "Stop DOGEUSDT"
            kind = UpdateKind.CLOSE
        elif "t" in low and any(TARGET_ONLY.match(line) for line in _reply_lines(low)):
            kind = UpdateKind.TP_HIT  # "top1": the whole reply is the target reached
        elif ("止盈" in low or "目标" in low) and any(
            TARGET_REACHED.match(line) for line in _reply_lines(low)
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
    if kind is None or _NEGATED.search(low) or not_an_instruction(low, kind, action_at):
        return None  # (not_an_instruction: "should I close ETH?", a lesson, a recap)
    symbol = _symbol(norm, low)
    if (
        action_at is not None
        and "\n" in low
        and (tagged := _tag_on_line(low, action_at)) is not None
    ):
        # "#BTC обзор ... (a review) / Позицию по #DYDX - закрыло по стоп-лоссу": the coin the
        # action's own line names, on the post's first line too ("Cancel #DYDX / BTC/USDT ...").
        symbol = tagged
    if symbol is None and _NUMBERED_TRADE.search(low):
        return None  # "Trade #1268 Canceled": which trade that is, only the channel knows
    if symbol is None and kind is UpdateKind.CLOSE and words(low, 0, len(low), _STORY) > _STORY:
        # "I shorted Bitcoin at 56,000 ... I am ready to cover it again ...": a close told in a
        # story naming no coin is the author's own trade, no instruction (a reply is short).
        return None
    if kind is UpdateKind.MOVE_SL and symbol is None and price is None and not to_entry:
        # "... the crowd places stop-losses and prices often hit that point before moving": a
        # stop moved, for no coin, to no level, is no instruction anyone can follow - unless
        # the reply says only that ("移动止损", "Trail your stop", under the post it answers):
        # the move is read, with the reason it is not done (NO_STOP_LEVEL). ("Stop: Moving
        # Target" is a field of a post, not a reply.)
        if (
            sl_word is None
            or not _short_line(low, sl_word.start())
            or _FIELD_COLON.match(low, sl_word.end())
        ):
            return None
    return SignalUpdate(
        kind=kind,
        symbol=symbol,
        price=price,
        to_entry=to_entry,
        fraction=fraction,
        tp_index=(
            tp_index(low, reached=kind is UpdateKind.TP_HIT)
            if kind in (UpdateKind.TP_HIT, UpdateKind.MOVE_SL)
            else None
        ),
        raw_text=text,
        then=then,
        problem=_problem(kind, then, fraction, price, to_entry),
    )


_STORY: Final = 40  # a reply closing "it" is short; a post of more words tells a story


# Why a stop move to no level is not done ("移动止损", "Move SL #BTC", "Move SL to TP1"): the
# user is shown it.
NO_STOP_LEVEL: Final = "it moves the stop, but gives no price to move it to"


def _problem(
    kind: UpdateKind,
    then: UpdateKind | None,
    fraction: float | None,
    price: float | None,
    to_entry: bool,
) -> str | None:
    """Why the update cannot be acted on as read (a part of it unsaid or unread), or None."""
    if then is not None:
        return update_pair.problem(fraction, price, to_entry)
    if kind is UpdateKind.MOVE_SL and price is None and not to_entry:
        return NO_STOP_LEVEL
    return None
