"""Posts whose heading says they teach a method or show results, whatever action's word follows
(session 20, branch i13-wa21): "How we manage trades: we close 50% at TP1 and move SL to entry",
"Our strategy: close half at the first target", "Как мы ведем сделки: закрываем 50% на первой
цели", "Наша стратегия: половину фиксируем на первом тейке", "Совет: фиксируйте часть прибыли",
"Results of our VIP channel: ETH closed at TP3 +120%", "Yesterday's SOL call: closed at +35%";
and a post that says it is no call ("Just closed my personal BTC long, not a signal").
Each was read as a close, a partial close
or a stop move of the position the post replies to (a wrong action). parsers/followup_guard.py
asks `method_or_results` of a post read as an action, after parsers/chatter_posts.py.

A heading counts on the post's first line or before the action's word in its own sentence, with
its colon: "Tip: ..." teaches, "#ETH close 50% now, our strategy works" does not. ("Reminder:"
is no such heading: "Reminder: close #ETH before the weekend" is an instruction.)
"""

from __future__ import annotations

import re
from typing import Final

from parsers.sentences import sentence_start

# A method's or a results post's heading, with its colon (en, ru).
_HEADING: Final = re.compile(
    # ("How I exit my trades: 50% at TP1 ...": the author's method too; i13-wa24.)
    r"(?<![a-zа-яё])(?:how\s(?:we|i)\s(?:manage|trade|handle|take|close|run|exit|book|secure)\w{0,3}"
    r"(?:\s[a-z]+){0,2}"
    r"|(?:our|my)\s(?:strategy|approach|rules?|method|system|trade\smanagement|risk\smanagement)"
    r"|(?:pro\s|quick\s|trading\s)?tips?|(?:golden\s)?rule\s?(?:#|№|no\.?)?\s?[0-9]{0,2}"
    r"|yesterday['’]s(?:\s[^\s:]+){0,3}|results?\sof\s(?:our|the|this|last)(?:\s[a-z]+){0,2}"
    r"|как\sмы\s[а-яё]{2,16}(?:\s[а-яё]{2,16}){0,2}|наш[аиеу]?\s(?:стратеги\w|подход|правил\w|метод"
    r"|систем\w)|(?:мой|наш)\sсовет|совет\w?|правило\s?(?:№|#)?\s?[0-9]{0,2}|лайфхак"
    r"|вчерашн\w{1,3}(?:\s[^\s:]+){0,3}|стратегия|результаты\s(?:нашего|канала|vip))\s?"
    # (the heading's colon, or the pointing hand or arrow some channels write for it: "Take-profit
    # tip 👉 close 50% at TP1"; i13-wa24)
    r"(?::|👉|➡️?|→)"
)
# The marks a heading ends with (a post holding none has no heading).
_HEADING_MARKS: Final = (":", "👉", "➡", "→")
# The post says it is no call: "Just closed my personal BTC long, not a signal", "это не сигнал,
# личная сделка".
_NOT_A_CALL: Final = re.compile(
    r"(?<![a-z])(?:not\sa\s(?:signal|call|trade\scall|recommendation)|my\spersonal|\(personal\)|personal\s"
    r"(?:trade|position|bag|account))(?![a-z])"
    r"|(?<![а-яё])(?:не\sсигнал|не\sявляется\sсигналом|личн\w{2,3}\s(?:сделк|позици))"
)


def method_or_results(low: str, at: int | None) -> str | None:
    """Why a post read as an action is a method taught or results shown (its heading on the first
    line, or before the action's word at low[at] in its sentence), or None."""
    if _NOT_A_CALL.search(low) is not None:
        return "not a call"
    if not any(mark in low for mark in _HEADING_MARKS):
        return None
    first = low.lstrip().split("\n", 1)[0]
    if _HEADING.search(first) is not None:
        return "a method or results"
    if at is None:
        return None
    return "a method or results" if said_before(low, at, _HEADING) else None


def said_before(low: str, at: int, pattern: re.Pattern[str]) -> bool:
    """Whether pattern is found in the sentence of low[at] before it (from the sentence's
    start: after a line break, "!", "?" or a full stop that is no price's point)."""
    return pattern.search(low, sentence_start(low, at), at) is not None
