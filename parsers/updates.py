"""Follow-up posts: close, partial close, cancel, move the stop, target or stop hit. This module
reads the post's kind in order (a cancel, a stop hit, a stop move, then the rest: parsers/
update_kind.py), its coin (parsers/update_coin.py) and what keeps it from being an instruction."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from parsers import update_pair
from parsers.bare_stop import bare_stop
from parsers.chatter_posts import maxim
from parsers.clauses_ru import reread
from parsers.close_cancel import close_beside
from parsers.close_share import close_share, fraction_of
from parsers.close_to_come import close_to_come
from parsers.followup_doubts import hedged, other_coin_between
from parsers.followup_guard import not_an_instruction
from parsers.followup_marks import follow_up_marks
from parsers.followup_more import closed
from parsers.handle_told import told_of_handle
from parsers.long_post import trade_lines
from parsers.management_lines import management_line, opens_with_tag
from parsers.models import SignalUpdate, UpdateKind
from parsers.no_instruction_words import CONDITION_AFTER
from parsers.normalize import lower, normalize
from parsers.not_close import cancel_instruction
from parsers.other_coin import other_coin_read, other_named_coin
from parsers.prose_levels import words
from parsers.share_words import kept_share, whole_told_after
from parsers.stop_hits import stop_hit
from parsers.stop_level import STOP_HIT_AT, number_after
from parsers.stop_moved import RISK_FREE, for_later, stop_moved
from parsers.target_words import TARGET_WORD, TP_INDEX
from parsers.two_trades import held_all, two_stops, two_trades, two_trades_reason
from parsers.update_coin import reply_lines, short_line, status_tag_closed, tag_on_line
from parsers.update_coin import symbol as update_symbol
from parsers.update_kind import plain_kind
from parsers.update_targets import hit_above, hit_word, tp_index
from parsers.update_words import BREAKEVEN, REDUCE
from parsers.update_words_world import target_closed

_NUMBERED_TRADE: Final = re.compile(r"(?:trade|signal|order|call|сделка|сигнал)\s?#\s?[0-9]{2,}")

# "Book partial at +100% or move SL to entry", "take profit or trail your stop": the reader's
# choice between two actions (in the words between them); the channel asks for neither.
_CHOICE: Final = re.compile(
    r"(?<![a-z])(?:or|ou|veya|yoksa)(?![a-z])|(?<![а-я])(?:либо|или)(?![а-я])|或"
)


# "Don't close BTC yet", "ETH not closing", "never move the stop": an instruction NOT to act.
_NEGATED: Final = re.compile(
    # ("NOT MOVEMENT, EXIT AT COST", "not much movement": no move of the price, the reason for
    # the exit, not a negated one; i13-en21.)
    # (the apostrophe typed or curly: "Don’t close your $BTC longs yet"; "Nobody’s closing #ETH
    # shorts now"; i13-wa24)
    r"(?:\bdon['’]?t|\bdo not|\bnot(?!\s(?:much\s|any\s)?movement)|\bnever|\bno need to|\bwon['’]?t"
    r"|\bnobody(?:['’]s|\sis)?"
    r"|\bhold off)"
    # ("I don’t like how it moves": the liking negated, not the move; dev gath27-ninelfx-081;
    # "Close now not liking movement ❌", dev gath30-ninelfx.)
    r"(?![^\w,;]{1,3}(?:like|liking|love|loving|know|think|understand|mind|care)(?!\w))"
    # ("never miss another move": a move after "another", "next" or "big" is a noun.)
    r"[^\w,;]{1,3}(?:\w+[^\w,;]{1,3}){0,3}?(?<!another\s)(?<!next\s)(?<!big\s)(?:clos|cancel|mov|exit|sell)",
)

_FIELD_COLON: Final = re.compile(r"\s?:")
_CLOSES: Final = (UpdateKind.CLOSE, UpdateKind.CLOSE_PARTIAL)
_SHARE_OR_ALL: Final = re.compile(
    r"(?:half|[0-9]{1,3}\s?%|partial\w{0,3}|some)\sor\s(?:(?:close\s|exit\s)?(?:full|fully|all"
    r"|everything|the\swhole|100\s?%))(?![a-z])"
)
# Why a stop moves, before a close word after it in the move's clause ("... to close in
# profit", "so we exit at BE"; not "move SL to entry, time to close half", "... and close 50%").
_CLAUSE_BREAK: Final = re.compile(r"[,;!?\n]|\.(?![0-9])|\sand\s|\sthen\s")
_PURPOSE: Final = re.compile(
    r"(?<![a-z])(?:to|so(?:\sthat)?|in\sorder\sto|which|that)\s"
    r"(?:(?:it|we|you|the\strade|the\sposition|this)\s(?:will\s|would\s|can\s|could\s)?)?$"
)
# ("стоп с бу на 3150", "止损从成本移到3150", "SL desde entrada a 3150": away from the entry too;
# not "de", which is "of" too: "Stop ativado: no ponto de entrada", dev alebot-lobo-cripto-pt;
# i13-forms30.)
_AWAY_FROM: Final = re.compile(
    r"(?:(?<![a-z])(?:from|off|desde|von|dari)|(?<![а-я])(?:с|со|от))\s(?:the\s)?$|(?:从|由)$"
)
_DIGIT: Final = re.compile(r"[0-9]")
_REPLY: Final = 160  # (a reply's length at most)
_CYRILLIC: Final = re.compile(r"[а-яё]")
_ZERO: Final = re.compile(r"[^\w\n]{0,3}(?:в|на|у)\s0(?![0-9.,])")


def read_update(text: str) -> SignalUpdate | None:
    """Parse a follow-up post; None when it is not one."""
    if "@" in text and told_of_handle(text):
        return None  # "@trader123 closed #ETH at 3300 👏": a member's close (handle_told.py)
    found = reread(text, _read_update(text), _read_update)  # by its clauses (clauses_ru.py)
    if found is not None or not text:
        return found
    # "Доброе утро, друзья! / #APT - первый тейк есть. / #TIA - продолжаю удерживать.": the one
    # trade's line of a management post, its other lines no follow-up (management_lines.py).
    managed = management_line(text, text.lower())
    if managed is None or any(_read_update(other) is not None for other in managed[1]):
        return None
    said = _read_update(managed[0])
    whole = lower(normalize(text))
    if said is None or not_an_instruction(whole, said.kind, None):
        return None
    if said.problem is None and said.kind is UpdateKind.MOVE_SL:
        # (the stops of two coins over the post's lines: read with the reason, two_trades.py)
        stops = two_stops(whole, None)
        if stops is not None:
            return replace(said, raw_text=text, problem=two_trades_reason(said.kind, stops))
    return replace(said, raw_text=text)


def _read_update(text: str) -> SignalUpdate | None:
    if not text:
        return None
    # ("Take-Profit target 2️⃣ ✅": the keycap is the target's number; "Target 🎯 done": the
    # emoji a decoration; parsers/followup_marks.py.)
    norm = normalize(follow_up_marks(text))
    low = lower(norm)
    if len(low) > 1500:  # updates are short; a long post is a new signal or an article
        # (... or a review ending with its trades' lines: "#TIA - перевожу стоп в б/у", read
        # alone; parsers/long_post.py.)
        lines = trade_lines(text)
        return read_update(lines) if lines is not None and len(lines) <= 1500 else None
    kind: UpdateKind | None = None
    price: float | None = None
    to_entry = False
    fraction: float | None = None
    then: UpdateKind | None = None

    sl_word = stop_moved(low) or bare_stop(low)  # (bare_stop: "止損0.04260", a reply)
    cancel = cancel_instruction(low)
    action_at: int | None = None  # where the word of the action is (its line may name the coin)
    problem: str | None = None
    if (tag_at := status_tag_closed(low)) is not None:
        kind, action_at = UpdateKind.CLOSE, tag_at  # "[CLOSED] BRETT. Long. 🟢 / Shortnya cancel"
    elif cancel and not CONDITION_AFTER.match(low, cancel.end()):
        kind, action_at = UpdateKind.CANCEL, cancel.start()
        if (beside := close_beside(low, cancel)) is not None:
            # "Scenario cancelled, close the position": the close (close_cancel.py)
            kind, fraction, action_at, problem = beside
    elif sl_hit := stop_hit(low) or STOP_HIT_AT.search(low):  # (+ "#ATOM stop 11.95 hit")
        kind, action_at = UpdateKind.SL_HIT, sl_hit.start()
    elif sl_word and "减" in low and REDUCE.search(low):
        kind = UpdateKind.CLOSE_PARTIAL  # "减仓提损": reduce the position (and raise the stop)
    elif sl_word and (report := _closed_report(low, sl_word.start())) is not None:
        # "#ETH Closed ✅ / Entry: 3000 / TP1 3100 ✅ / SL: breakeven": the trade closed, its
        # card re-stated under the report (i13-fu24: read as a partial close then the move).
        kind, action_at = UpdateKind.CLOSE, report
    elif sl_word and "moved" not in low and for_later(low, sl_word):
        # "move SL to entry once TP1 is hit": for later ("moved" is done); a target hit
        # reported on the lines above the advice stands ("#VIA hit 2100 / Target 1 ✅ /
        # ... if you holding hold with trailing stop loss"), or before it on its line in
        # Russian ("Тейк 1 ✅ стоп в бу после тп2"; i13-ru32).
        above = hit_above(text, low.count("\n", 0, sl_word.start()), read_update)
        if above is not None or not _told_above(low, sl_word):
            return above
        kind = UpdateKind.TP_HIT
    elif sl_word:
        kind, action_at = UpdateKind.MOVE_SL, sl_word.start()
        after = low[sl_word.end() :]
        # "带成本损": the stop word itself says where (a stop at cost).
        be = BREAKEVEN.search(after[:60])
        if be is not None and _AWAY_FROM.search(after, 0, be.start()):
            be = None  # "move SL to previous from break even": away from it (gath29)
        to_entry = bool(be or BREAKEVEN.search(sl_word.group()) or RISK_FREE.match(sl_word.group()))
        # ("带个保护": a protection, no level said: a number after it is not the stop's.)
        price = None if sl_word.group() == "保护" else number_after(low, sl_word.end())
        if price == 0:  # "Стоп в 0": zero is the break-even in Russian, elsewhere no price (ru32)
            price, to_entry = None, to_entry or _ZERO.match(after) is not None
        if be is not None and price is not None and _DIGIT.search(after, 0, be.start()):
            # "SL moved: 2900 → 2850 ..., entries unchanged": the level is written first, the
            # entries are another clause's (the engine moves to the entry when to_entry: a stop
            # at the wrong level; i13-wa23). ("SL to entry (2900)" stays the entry.)
            to_entry = False
        if (
            to_entry
            and price is not None
            and _CHOICE.search(low, sl_word.end(), sl_word.end() + 40)
        ):
            return None  # "Стоп переносим в бу или на 0,25": the entry or a price? (i13-ru25)
        # "Close 50% and move SL to entry": a close first, then the stop (update_pair.py).
        close, frac = close_share(low)
        if close is not None and hedged(low, close.start()):
            # "#ETH Move SL to entry, it might be wise to take some profit too": the stop move is
            # the instruction, the close beside it a suggestion weighed (followup_doubts.py), no
            # second action (session 22, branch i13-wa23: read as a partial close).
            close, frac = None, None
        if (
            close is not None
            and close.start() > sl_word.end()
            and _PURPOSE.search(low, max(sl_word.end(), close.start() - 28), close.start())
            and _CLAUSE_BREAK.search(low, sl_word.end(), close.start()) is None
        ):
            # "Move SL to 3100 to close the trade in profit": why the stop moves, no close now
            # (i13-fu24: read as a partial close then the move).
            close, frac = None, None
        if close is not None and _CHOICE.search(
            low, min(close.end(), sl_word.end()), max(close.start(), sl_word.start())
        ):
            return None  # "Book partial at +100% or move SL to entry": a choice, no instruction
        if close is not None and other_coin_between(
            low, min(close.start(), sl_word.start()), max(close.start(), sl_word.start())
        ):
            return None  # "#ONDO стоп в б/у, #PENDLE закрываю": two trades' actions (i13-ru25)
        if (
            close is not None
            and (frac is not None or update_pair.says_close(close.group()))
            # ("закрыта вторая цель, стоп в бу": the target taken, then the stop; i13-ru21)
            and not (frac is None and target_closed(low, close.start(), close.end()))
        ):
            kind, then = UpdateKind.CLOSE_PARTIAL, UpdateKind.MOVE_SL
            at = frac.start() if frac is not None else None
            fraction = update_pair.share(
                low, at, fraction_of(frac) if frac is not None else None, close.start()
            )
            if close.start() > sl_word.end():  # the stop's level is said before the close
                price = number_after(low[: close.start()], sl_word.end())
    else:  # a close, a share closed, a target hit, a report, a short reply
        kind, action_at, to_entry, fraction = plain_kind(norm, low)
    if kind is UpdateKind.MOVE_SL and sl_word is not None and _vague_move(low, sl_word, price):
        kind, action_at, to_entry = UpdateKind.TP_HIT, None, False
    if kind is UpdateKind.MOVE_SL and sl_word is not None and _hedged_under_report(low, sl_word):
        # "TP1 hit, that’s +500 pips 🚀✅ / SL nach Belieben auf Break Even…": the stop at the
        # reader's choice under a target's report; the report is the reading (i13-gath28).
        kind, action_at, to_entry = UpdateKind.TP_HIT, None, False
    if kind is None or _NEGATED.search(low) or not_an_instruction(low, kind, action_at):
        if not (kind is UpdateKind.MOVE_SL and sl_word is not None and _told_above(low, sl_word)):
            return None  # (not_an_instruction: "should I close ETH?", a lesson, a recap)
        # "Тп1 ✅ стоп пока не переносим", "Тейк 1 🎯 стоп в бу после тп2": the stop's words ask
        # nothing now, the target reported before them stands (i13-ru32: read as nothing).
        kind, action_at, to_entry, price = UpdateKind.TP_HIT, None, False, None
    if kind in _CLOSES and action_at is not None and then is None and close_to_come(low, action_at):
        return None  # "#ETH close at 3300": a price still to come (session 23's ruling)
    if kind is UpdateKind.CLOSE_PARTIAL and "or" in low and _SHARE_OR_ALL.search(low):
        return None  # "#ETH close half or full 🤔": the reader's choice of two shares (i13-fu24)
    if kind in _CLOSES and then is None and kept_share(low, fraction):
        kind, fraction = UpdateKind.CLOSE_PARTIAL, None  # "Закрыл, оставил 20%": 20 % is kept
    symbol = update_symbol(norm, low)
    if action_at is not None and "\n" in low:
        tagged = tag_on_line(low, action_at)
        if tagged is not None:
            # "#BTC обзор ... (a review) / Позицию по #DYDX - закрыло по стоп-лоссу": the coin the
            # action's own line names, on the post's first line too ("Cancel #DYDX / BTC/USDT").
            symbol = tagged
        elif opens_with_tag(low, action_at):
            # "#BTC обзор ... / #HIGH - закрываю 1/2.": the line's own tag, read as no coin, is
            # still the trade's; never the review's coin (i13-ru25).
            symbol = None
    if symbol is not None and kind in _LONG_POST_KINDS and action_at is not None:
        symbol = held_all(low, action_at, symbol)  # "EXIT ALL ALTS NOW / BTC is dumping"
    if symbol is None and kind is not UpdateKind.CANCEL and _NUMBERED_TRADE.search(low):
        # "Trade #1268 closed": which trade that is, only the channel knows. ("Trade #1268
        # Canceled" is a coinless CANCEL, the session-21 ruling: as a reply it cancels the trade
        # replied to, as no reply the bot refuses it.)
        return None
    if symbol is None and kind in _MAXIM_KINDS and maxim(low):
        return None  # "Secure profits. Always. No exceptions.": a maxim (chatter_posts.py)
    if symbol is None and kind in _LONG_POST_KINDS and len(low) > _LONGEST_REPLY:
        # "Funding rates are high ... We closed our longs and wait.", "BOOK PROFIT 💰 / Alts pumped
        # ...": a coinless close or cancel in paragraphs is a story or advice (dev's longest coinless
        # reply is 143 characters; i13-status32).
        return None
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
            or not (short_line(low, sl_word.start()) or _to_target(low, sl_word.end()))
            or _FIELD_COLON.match(low, sl_word.end())
        ):
            return None
    if problem is None:
        # "BTC & ETH hit TP1. Move SL to entry", "Close #ETH and #SOL", "For both trades, stops
        # to entry": one follow-up said of two trades (two_trades.py); "Close #NOT, #XRP stays
        # open" read as XRP's (other_coin.py): read with the reason it is not done.
        problem = (
            two_trades(norm, low, kind, symbol, action_at)
            or other_coin_read(low, symbol, kind)
            or other_named_coin(low, symbol, kind)  # "#XRP / Close ETH now" (session 28)
        )
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
        problem=problem or _problem(kind, then, fraction, price, to_entry),
    )


def _closed_report(low: str, stop_at: int) -> int | None:
    """Where the close word is when the post reports the whole trade closed before its stop word
    (the card re-stated under the report), else None."""
    if not closed(low):
        return None
    close, frac = close_share(low)
    if close is not None and frac is None and close.start() < stop_at:
        return close.start()
    if close is not None and whole_told_after(low, close):
        return close.start()  # "TP1 ✅ (close 50%, move SL to entry) / TP2 ✅ / Closed ✅"
    # "交易结束 - 移动停利出场 / 结束原因: ...止损已上移至获利区...": the trade ended, the stop's
    # move told as its reason (i13-gath25: read as the move).
    ended = low.find("交易结束", 0, stop_at)
    return ended if ended >= 0 else None


# "XAUUSD Second target reached / Adjust SL", "TP2 hit, manage your SL": a target reached and a
# stop to adjust to no level, entry or target said: the report is what the post holds; the stop
# move is no instruction anyone can carry out (was read as the move: a wrong action; i13-en21).
_VAGUE_MOVE: Final = re.compile(r"(?:adjust|manage)\w{0,3}\s(?:your\s|the\s|our\s)?$")
_LINE_END: Final = re.compile(r"[^\w\n]*(?:\n|$)")


def _vague_move(low: str, sl_word: re.Match[str], price: float | None) -> bool:
    if price is not None or not _LINE_END.match(low, sl_word.end()):
        return False
    if not _VAGUE_MOVE.search(low, max(0, sl_word.start() - 16), sl_word.start()):
        return False
    return hit_word(low) is not None and (
        TARGET_WORD.search(low) is not None or TP_INDEX.search(low) is not None
    )


def _told_above(low: str, sl_word: re.Match[str]) -> bool:
    """A short Russian reply reports a target reached before its stop word (not a plan's)."""
    head = low[: sl_word.start()]
    return (
        len(low) <= _REPLY
        and _CYRILLIC.search(low) is not None
        and hit_word(head) is not None
        and (TP_INDEX.search(head) is not None or TARGET_WORD.search(head) is not None)
    )


def _hedged_under_report(low: str, sl_word: re.Match[str]) -> bool:
    return hedged(low, sl_word.start()) and (
        hit_word(low) is not None and TP_INDEX.search(low, 0, sl_word.start()) is not None
    )


# "Стоп переносим на первый тейк", "стоп подтягиваем к уровню второй цели", "move your SL to TP1
# for more profits": the stop to a target named by its number, in a short reply (i13-ru25, gath33).
_TO_TARGET: Final = re.compile(
    r"[^\n]{0,16}?\s(?:на|к|в|до|to)\s(?:уровень\s|уровню\s|зону\s)?"
    r"(?:(?:перв|втор|трет|четв[её]рт)\w{1,3}\s(?:тейк\w{0,2}|цел\w{0,2})|(?:тейк\w{0,2}|цел\w{0,2}"
    r"|тп|tp|target)\s?[1-9])(?:\sfor\s(?:more\s)?profits?)?[^\w\n]*(?:\n|$)"
)


def _to_target(low: str, stop_end: int) -> bool:
    return bool(reply_lines(low)) and _TO_TARGET.match(low, stop_end) is not None


# The kinds a coinless maxim is read as ("Secure profits. Always.", "Переносить стоп в безубыток
# — правило номер один"): chatter_posts.maxim.
_MAXIM_KINDS: Final = (UpdateKind.CLOSE, UpdateKind.CLOSE_PARTIAL, UpdateKind.MOVE_SL)
_STORY: Final = 40  # a reply closing "it" is short; a post of more words tells a story
_LONG_POST_KINDS: Final = (UpdateKind.CLOSE, UpdateKind.CLOSE_PARTIAL, UpdateKind.CANCEL)
_LONGEST_REPLY: Final = 176  # characters


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
