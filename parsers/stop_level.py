"""The level a follow-up moves the stop to: the number after the stop word ("Move SL to 2900"),
the one after the arrow when the old stop is said first ("SL 11.95 → 12.40", "stop moved from
11.95 to 12.40"), none when the number is a target's ("Move SL to TP1"). And a stop hit said
with its level between ("#ATOM stop 11.95 hit"). Used by parsers/updates.py."""

from __future__ import annotations

import re
from typing import Final

from parsers.close_share import SENTENCE_STOP
from parsers.numbers import Number, find_numbers
from parsers.update_words import BREAKEVEN


def number_after(low: str, pos: int) -> float | None:
    """The stop's new level after position pos (the stop word's end) in its sentence, or None."""
    end = SENTENCE_STOP.search(low, pos, pos + 80)
    text = low[pos : end.start() if end else pos + 80]
    # (Not a time zone's offset: "可设置移动止损保护利润 / ... / 🕐 20:00:31 (UTC+8)", a radar card's
    # clock under its advice, was read as the stop's level 8; i13-gath31.)
    nums = [n for n in find_numbers(text) if not n.percent and not _ZONE.search(text, 0, n.start)]
    if not nums:
        return None
    n = nums[0]
    if len(nums) > 1 and (
        _FROM_TO.fullmatch(text, n.end, nums[1].start)
        or _OLD_ARROW.fullmatch(text, n.end, nums[1].start)  # "SL 3000 (old) -> 3150"
    ):
        # "SL 11.95 → 12.40", "from 11.95 to 12.40": the old stop, then the new one (branch
        # i13-adversary15's followup_numbers family: the old one was the stop moved to).
        n = nums[1]
    elif _FROM_BEFORE.search(text, 0, n.start) or _FROM_AFTER.match(text, n.end):
        # "Move SL from 3000 to break even", "стоп с 3000 в бу", "止损从3000移到成本", "stop from
        # 3000 moved to 3150": the old stop; the new one is the number a "to" leads to, or none
        # (the entry, a target: read by the caller), never the old one (i13-forms30: read as
        # the move to 3000, a wrong action).
        new = next((m for m in nums[1:] if _TO_BEFORE.match(text, n.end, m.start)), None)
        if new is None:
            return None
        n = new
    elif (to := _FROM_TO.match(text, n.end)) is not None and BREAKEVEN.match(text, to.end()):
        return None  # "SL 3000 -> BE", "止损3000移到保本": the old stop, then the entry
    elif _on_old_line(text, n.start) and (new := _new_line_number(text, nums)) is not None:
        # "Stoploss Updated / Previous Stop Price - 29.13 / Updated Stop Price - 30.3": the old
        # stop's line, then the new one's (dev potosi-004: read as the move to 29.13, a wrong
        # action the corpus scorer did not see until it compared the price, session 28).
        n = new
    at = pos + n.start
    # "Move SL to TP1", "stop to target 2": a target's number, not a price.
    if _TARGET_BEFORE.search(low, max(0, at - 16), at):
        return None
    # "Стоп двигаем на 2 тейк", "stop to 2nd target": the number is the target's (i13-ru20).
    return None if _TARGET_AFTER.match(low, pos + n.end) else n.value


def _on_old_line(text: str, at: int) -> bool:
    """Whether the number at `at` stands on a line that names the old stop before it ("Previous
    Stop Price - 29.13", "Old SL: 29.13")."""
    return _OLD_WORD.search(text, text.rfind("\n", 0, at) + 1, at) is not None


def _new_line_number(text: str, nums: list[Number]) -> Number | None:
    """The first number after nums[0] on a later line that does not name the old stop."""
    first = nums[0]
    for m in nums[1:]:
        if text.find("\n", first.end, m.start) >= 0 and not _on_old_line(text, m.start):
            return m
    return None


# A time zone's offset before a number ("UTC+8", "GMT-3", "МСК+1"): no price.
_ZONE: Final = re.compile(r"(?<![a-zа-я])(?:utc|gmt|мск|msk)\s?[+\-−]?$")
# The old stop's word on its line: "Previous Stop Price", "Old SL", "Прежний стоп".
_OLD_WORD: Final = re.compile(
    r"(?<![a-z])(?:previous|prev|old|prior|former)(?![a-z])|(?<![а-я])(?:старый|прежний|предыдущий)"
)
# (The "to" of the languages of the phrase tables too: "Стоп переносим с 140 на 150", "stop de
# 140 a 150", "SL von 140 auf 150", "SL dari 140 ke 150", "止损从140移到150".)
_FROM_TO: Final = re.compile(
    r"\s?(?:→|->|=>|⇒|➡️?|»|>>|to|—>|-->|на|a|para|auf|ke|lên|xuống|về|(?:移|改|调)?(?:到|至))\s?\$?"
)
# The old stop's word before its number ("from 3000", "с 3000", "从3000", "was 3000") or its
# Turkish, Korean or Japanese ending after it ("3000'den", "3000에서", "3000から"); the new
# stop's "to" right before its number, at most a few words after the old one ("from 3000 moved
# to 3150").
_FROM_BEFORE: Final = re.compile(
    r"(?:(?<![a-z])(?:from|de|desde|von|dari|từ|off|was|were)|(?<![а-я])(?:с|со|от|был|была)"
    r"|从|由)\s?\$?$"
)
_OLD_ARROW: Final = re.compile(
    r"\s?\(?(?:old|prev(?:ious)?|was|before|current|старый|был)\)?\s?(?:→|->|=>|⇒|➡️?|»|>>|—>|-->)"
    r"\s?\$?"
)
_FROM_AFTER: Final = re.compile(r"\$?(?:['’]?(?:d|t)[ae]n(?!\w)|\s?(?:에서|から|より))")
_TO_BEFORE: Final = re.compile(
    r"[^0-9\n]{0,24}?(?:→|->|=>|⇒|➡️?|»|>>|—>|-->|(?<![a-zа-я])(?:to|на|a|para|auf|ke|lên|xuống"
    r"|về|hasta|в|до)|(?:移|改|调|上移|下移)?(?:到|至))\s?\$?$"
)
_TARGET_BEFORE: Final = re.compile(
    # ("Стоп на твх / Следующие цели 0.55, 0.6": the targets' levels; i13-ru33)
    r"(?<!\w)(?:tp|take[\s-]?profit|targets?|tgt|тп|тейк\w{0,2}|цел[ьи]|таргет\w{0,2})\s?[#№(]?\s?$"
    r"|(?:止盈|目标)$"
)
_TARGET_AFTER: Final = re.compile(
    r"(?<=(?<![0-9.,])[0-9])(?:-?(?:й|ый|ой|ий|ю|ую|го|ого|st|nd|rd|th))?\s?"
    r"(?:(?:тейк\w{0,2}|тп|цел\w{0,2}|таргет\w{0,2}|tp|take[\s-]?profit|targets?)(?!\w)|🎯)"
)  # ("Стоп в бу / 2🎯": the target reached, no level; was read as a move to 2; i13-ru33)
# "#ATOM stop 11.95 hit", "SL 0.45 triggered ❌": the stop, its level, then the event.
STOP_HIT_AT: Final = re.compile(
    r"(?<!\w)(?:stop[\s-]?loss|stoploss|stop|sl)\s?[:=@]?\s?\$?[0-9][0-9.,]*\$?\s"
    r"(?:was\s|got\s|is\s|has\sbeen\s)?(?:hit|triggered|reached|taken)(?!\w)"
    # "#ETH STOP LOSS 2900 ❌ closed 35%": the stop's level marked as hit (i13-fu24: read as a
    # partial close of the loss).
    # (Before the report only: a card marks its stop so too, "Stop-Loss: 0.15❌ hold",
    # "Stoploss 147❌".)
    r"|(?<!\w)(?:stop[\s-]?loss|stoploss|stop|sl)\s?[:=@]?\s?\$?[0-9][0-9.,]*\$?\s?[❌🛑⛔]"
    r"(?=[^\w\n]*(?:closed|hit|stopped))"
)
