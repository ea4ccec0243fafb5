"""Sentence bounds in a lowered post: where the sentence (or the clause) of a word starts and
ends, and which of the coins named around a word it is said of.

A sentence stops at "!", "?", a line break or a full stop that is no number's point ("close
at 2.5", "TP1 3.100"); a clause stops at those and at "," or ";". The follow-up checks that look
at the words around an action's word (parsers/followup_doubts.py, results_board.py,
two_trades.py, other_coin.py, not_close*.py, stop_doubts_ru.py, chatter_titles.py, ru_hedges.py,
told_ru.py, followup_guard.py) all ask here (session 26, branch i13-tidy27: five copies of the
stop's pattern and two of the coin's look-up were folded into this one; session 27, i13-tidy28:
not_close.py's and not_close_world.py's own cut, which also stopped at the point of "2.5", and
the sentence loops of ru_hedges, told_ru and followup_guard, each with its own stop marks).
"""

from __future__ import annotations

import re
from typing import Final

SENTENCE_STOP: Final = re.compile(r"[!?\n]|\.(?![0-9])")
CLAUSE_STOP: Final = re.compile(r"[,;!?\n]|\.(?![0-9])")
# A sentence as the Russian checks of what is told, not asked (parsers/ru_hedges.py,
# told_ru.py) read it: a semicolon ends it too.
SEMICOLON_STOP: Final = re.compile(r"[!?\n;]|\.(?![0-9])")
# A clause's start, looked for back from a word: a colon ends a heading's clause too ("Result:
# closed ..."), as the close checks of parsers/not_close_*.py read it.
_HEAD_STOP: Final = re.compile(r"[!?,;:\n]|\.(?![0-9])")


def line_bounds(text: str, at: int) -> tuple[int, int]:
    """Where the line holding position at starts and ends (its newline, or the text's end)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def sentence_start(
    low: str, at: int, reach: int | None = None, stops: re.Pattern[str] = SENTENCE_STOP
) -> int:
    """Where the sentence of the word at low[at] starts: after the last stop before it (a match
    of `stops`), looked for on its line, or within `reach` characters before it (then no further
    back than that)."""
    start = low.rfind("\n", 0, at) + 1 if reach is None else max(0, at - reach)
    for stop in stops.finditer(low, start, at):
        start = stop.end()
    return start


def clause_head(low: str, at: int, reach: int, colon: bool = True) -> tuple[str, int]:
    """The text before the word at low[at] (at most `reach` characters), and where the word's
    clause starts in it (after its last stop: a mark ending a sentence or a clause, or a colon
    unless `colon` is False; not the point of "5.783"). (Without the colon: the subject or
    the words before a colon are the word's, "Сегодня вход в наш VIP канал: закрыт",
    parsers/not_close.py and not_close_world.py.)"""
    head = low[max(0, at - reach) : at]
    cut = 0
    for stop in (_HEAD_STOP if colon else CLAUSE_STOP).finditer(head):
        cut = stop.end()
    return head, cut


def sentence_end(low: str, at: int, stops: re.Pattern[str] = SENTENCE_STOP) -> int:
    """Where the sentence going on at low[at] ends (its stop's place, a match of `stops`, or the
    post's end)."""
    stop = stops.search(low, at)
    return stop.start() if stop is not None else len(low)


def clause_end(low: str, at: int) -> int:
    """Where the clause going on at low[at] ends (its stop's place, or the post's end)."""
    stop = CLAUSE_STOP.search(low, at)
    return stop.start() if stop is not None else len(low)


def coin_of(
    coins: list[tuple[str, int, int]], at: int, start: int, until: int, after: int | None = None
) -> str | None:
    """The coin the word at low[at] is said of, of `coins` (each with where it starts and ends,
    in order): the last named in low[start:at], else the first named at or after `after` (at
    unless said) and before `until`."""
    best = None
    for coin, where, _ in coins:
        if start <= where < at:
            best = coin
    if best is not None:
        return best
    first = at if after is None else after
    return next((coin for coin, where, _ in coins if first <= where < until), None)
