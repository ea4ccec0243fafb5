"""The plan at targets already read, under them: "Тейк 1 50%, тейк 2 50%", "TP 1 - 50%",
"TP1: 50%", "на тейк 1 закрываем 50%", "1 тейк — 50%", "Первый тейк 50%", "При достижении тп 1
стоп в бу", and the share at each target ("Тейки по 50%", "TP: 50% each"; "TP: 50%" alone stays
a percentage target) (session 23, i13-sig24).

After the targets' prices, a target label with its number and a share (the part to close there)
names a target read above; its number is no price ("Тейк 1 50%" read the targets 1 and 2 beside
the real ones, refused for their order) and its share no percentage target ("TP1: 50%" held the
signal for review). Read as a note (parsers/lines.py skips the label) only when:
- every target was read before the label, and the number is one of theirs (1 .. their count);
- the value holds nothing but words and percentages (no other digit; the next target's number
  before its label, "тейк - 50%, 2 тейк", is that label's);
- the value holds a percentage (the share), or the number is written apart from the label
  ("тп 1 стоп в бу": "тп 1" then words or the next label);
- a number written apart from its label ("Тейк 1", "1 тейк") is far from every target's price
  (more than twice the highest or under half the lowest: "TP 1" after targets 0.9 and 0.95 may
  be a third target at 1).
A number written apart that breaks the last two (a third target at 1, or the plan at the first?
"Тейк 3 50%" under two targets: which target?) makes the line unread, a review reason (it was
read as one more target, traded when its order fitted). Else the label is read as before (a
percentage target).
"""

from __future__ import annotations

import re
from typing import Final

from parsers.char_scans import has_digit, letter_run
from parsers.reading import Reading

# The number after a label that has none: "Тейк 1 50%", "TP 1 - 50%".
_SPACED: Final = re.compile(r"[ \t]+([1-9][0-9]?)(?![0-9]|[.,][0-9]|[ \t]?%)")
# The number before it: "1 тейк — 50%", "1-й тейк", "2) тейк", ", 2 тейк"; or a word.
_BEFORE: Final = re.compile(
    r"(?:^|(?<=[\s,;:(]))(?:([1-9][0-9]?)(?:-?(?:й|ый|ой|ий|го|st|nd|rd|th)|\)|\.)?"
    r"|(перв|втор|трет|first|second|third)[^\W\d_]{0,3})[ \t]*$"
)
_ORDINALS: Final = {"перв": 1, "втор": 2, "трет": 3, "first": 1, "second": 2, "third": 3}
# The next target's number at the value's end, before its label: "- 50%, 2 " in "... 2 тейк".
_NEXT_INDEX: Final = re.compile(r"[ \t,;]*[1-9](?:-?(?:й|ый|ой|ий|го|st|nd|rd|th))?[ \t]*$")
# A label without a number, the share at each target: "Тейки по 50%", "TP: 50% each".
_EACH: Final = re.compile(
    r"[ \t:=—–-]*(?:по[ \t]?[0-9]{1,3}[ \t]?%"
    r"|[0-9]{1,3}[ \t]?%[ \t]?(?:each|on\seach|каждый|на[ \t]каждом))[ \t.,;]*"
)
# What says a number apart from its label is the plan's, not a price (parsers/target_plan.py).
_PLAN_WORD: Final = re.compile(
    r"фикс|закр|стоп|бу\b|безубыт|половин|остат|сокра|срез|срежем|забира|сним|част|выход|перенос"
    r"|перевод|close|stop|breakeven|half|rest\b|secure|take\s|cut|trim|book|exit|move"
)
_CONDITION: Final = re.compile(r"(?:после|при|по\sдостижени\w*|after|when|once|on\shitting)\s")
_PERCENT: Final = re.compile(r"[0-9]{1,3}(?:[.,][0-9]{1,2})?[ \t]?%")


PLAN, DOUBT = 1, -1


def plan_at_target(
    low: str, start: int, end: int, stop: int, next_tp: bool, r: Reading
) -> tuple[int, tuple[int, int] | None]:
    """PLAN when the target label at low[start:end], its value running to stop, is the plan at a
    target read above (next_tp: a target label follows on the line); DOUBT when it has the
    plan's form but its number, written apart, may be a price or names no target read ("TP 1
    50%" after targets at 0.5 and 0.6: a third target at 1, or the plan at the first? "Тейк 3
    50%" after two: which target?); 0 otherwise (read as ever). With it, the span of the number
    written before the label ("1 тейк"), which no label's value holds: an index, explained.)"""
    if not r.tps or r.tps[-1].start >= start:
        return 0, None
    label, value = low[start:end], low[end:stop]
    if next_tp and "%" in value:
        value = _NEXT_INDEX.sub("", value)
    apart, before = True, None
    if not letter_run(label, 0, len(label), 1):  # (a search of _LETTER, by a compiled loop)
        return 0, None  # "🎯 3 (50%)": a list's mark, its whole number a price (and its share)
    if label[-1:].isdigit():
        index, rest, apart = int(label[-2:] if label[-2:].isdigit() else label[-1:]), value, False
    elif value[:1] in (" ", "\t") and (m := _SPACED.match(value)) is not None:
        index, rest = int(m.group(1)), value[m.end() :]
    elif (b := _BEFORE.search(low, _before_from(low, start), start)) is not None:
        index, rest = int(b.group(1)) if b.group(1) else _ORDINALS[b.group(2)], value
        before = b.span(1) if b.group(1) else None
    elif "%" in value and _EACH.fullmatch(value) is not None:
        return PLAN, None  # "Тейки по 50%", "Targets: 50% each": the share at each target
    else:
        return 0, None
    # (Each match of _PERCENT holds a "%": most values, a target's price, have none; session 29.)
    shares = "%" in rest
    if has_digit(_PERCENT.sub(" ", rest) if shares else rest):
        return 0, None
    if (not shares or _PERCENT.search(rest) is None) and not (apart and _planned(low, start, rest)):
        return 0, None
    prices = [n.value for n in r.tps]
    if 1 <= index <= len(r.tps) and not (apart and min(prices) / 2 <= index <= 2 * max(prices)):
        return PLAN, before
    return (DOUBT, None) if apart else (0, None)


def _before_from(low: str, start: int) -> int:
    """Where _BEFORE's search before the label at low[start] starts: its line's start, or 16
    characters before the blanks that end at start when the line starts earlier (the longest
    match without its blanks is 9 characters, "second" and 3 letters; the look-behind sees the
    character before the search's start): a line of 1 MB is not read again for each of its
    labels (session 23: the bench's 1 MB post went from 15 ms to 110 ms)."""
    j = start
    while j > 0 and low[j - 1] in " \t":
        j -= 1
    lo = max(0, j - 16)
    return low.rfind("\n", lo, start) + 1 or lo


def _planned(low: str, start: int, rest: str) -> bool:
    """Whether a number apart from its label and no share is the plan's: a plan word after it
    ("Тейк 3 закрываем"), a condition before the label ("При достижении тп 1", "После тп 2"),
    or a share elsewhere on the line ("Тейк 1 и тейк 2 по 50%"). Never a bare "TP 3" or "TP 3
    SL 2.5": a whole-number target, as ever."""
    line_start = low.rfind("\n", 0, start) + 1
    line_end = low.find("\n", start)
    line = low[line_start : len(low) if line_end < 0 else line_end]
    return (
        _PLAN_WORD.search(rest) is not None
        or _CONDITION.search(low, line_start, start) is not None
        or _PERCENT.search(line) is not None
    )
