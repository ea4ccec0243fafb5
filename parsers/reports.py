"""A report around a complete signal: a status or recap word on a short line before the levels
or after them makes the post a report or a recap quoting the signal, never a new trade."""

from __future__ import annotations

import re
from typing import Final

from parsers.extremes import first_at, last_at
from parsers.gate_words import gate, holds
from parsers.hedged_call import hedged_call
from parsers.labels import NOT_SIGNAL, REPORTED, STATUS, first_characters, grouped
from parsers.lead_first import lead_first
from parsers.marked_targets import (
    BARE_TAIL,
    marked_then_bare,
    target_tail,
    ticked_then_pending,
)
from parsers.moved_level_ru import moved_stop_ru
from parsers.numbers import Num, read_prices
from parsers.prose_levels import words
from parsers.quick_tests import (
    alternatives,
    holds_any,
    led_alternatives,
    required_literals,
    written,
)
from parsers.reading import Settled
from parsers.status_ru import TARGET_RU
from parsers.ticked_lines import led_ticked, opens_ticked
from parsers.ticked_run import ticked_run
from parsers.ticked_targets import targets_ticked_off
from parsers.vocabulary import (
    REPORTED_AROUND,
    REPORTED_AROUND_UNSPACED,
    STATUS_AFTER_LEVEL,
    STATUS_HEADING_NOT,
    STATUS_HEADINGS,
    STATUS_HEADINGS_UNSPACED,
    TARGET_REPORTED,
)

_REPORTED_WORD: Final = re.compile("|".join((*REPORTED_AROUND, *REPORTED_AROUND_UNSPACED)))


# "TP moved to 3300", "SL changed to 2900", "targets updated to ...", "目标改到3100": a level of an
# earlier signal changed. A post saying so is about a trade already running, not a new one, even
# when it names a coin and two levels ("#ETH SL 3000, TP moved to 3300" is no LONG at market).
_MOVED_LEVEL: Final = re.compile(
    r"(?<![a-z0-9])(?:tp\s?[0-9]?|tps|targets?(?:\s?[0-9])?|take[\s-]?profits?(?:\s?[0-9])?|sl"
    r"|stop(?:[\s-]?loss)?|entry|entries)\s?:?\s?(?:(?:has|have|is|are|was|were|now|been|just)\s)*"
    r"(?:moved|changed|updated|raised|lowered|adjusted|shifted|revised)\s?(?:up\s|down\s)?"
    r"(?:to|at|→|->)(?![a-z])"
    r"|(?:目标|止盈)位?(?:改到|改为|调整为|调到|移到)"
)
# (Its words: "in" scans before a search that opens with a look-behind tried at every place.)
_MOVED_HEADS: Final = required_literals(_MOVED_LEVEL.pattern)
# (Found in the post's one pass, parsers/gate_words.py, as the words below.)
_MOVED_GATE: Final = gate(_MOVED_HEADS or ())
_ED_GATE: Final = gate(("ed ", "ed:", "改", "调", "移"))


def report_reason(low: str, s: Settled, around: tuple[str, str]) -> str | None:
    """Why a post that reads as levels is a report on a trade rather than a new signal (the
    review reason), or None."""
    if holds(low, _ED_GATE) and holds(low, _MOVED_GATE) and (moved := _MOVED_LEVEL.search(low)):
        return (
            f"the post says a level of a trade was changed ('{moved.group()}'): an update to an"
            " earlier signal, not a new one"
        )
    moved_ru = moved_stop_ru(low) if not low.isascii() else None
    if moved_ru is not None:
        return (
            f"the post says the stop of a trade was moved ('{moved_ru}'): an update to an"
            " earlier signal, not a new one"
        )
    hedge = hedged_call(around[0], low)  # (around[0] is a slice of low)
    if hedge is not None:
        return f"the post calls these levels '{hedge}': a possibility, not a trade it says to open"
    reported = reported_around(around, s) if holds(low, _REPORTED_GATE) else None
    if reported:
        return (
            f"the post reports on a trade ('{reported}') around these levels: a status post or a"
            " recap quoting a signal, not a new one"
        )
    return None


# A status or recap line is short ("Profit booked on this one 💰"); a longer one is analysis.
_REPORT_WORDS: Final = 10


def around_levels(low: str, s: Settled) -> tuple[str, str]:
    """The text before the first level's line and after the last level's line (worked out once
    a post, for status_heading and report_reason)."""
    spans = [(n.start, n.end) for n in s.levels()]
    if not spans:
        return "", ""
    first = low.rfind("\n", 0, first_at([a for a, _ in spans])) + 1
    last = low.find("\n", last_at([b for _, b in spans]))
    return low[:first], low[last:] if last >= 0 else ""


# "Position has been activated", "Order filled ✅", "已入场": the line says the order went in.
_HEADING: Final = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(STATUS_HEADINGS)
    + r")(?![^\W\d_])"
    + "|"
    + "|".join(STATUS_HEADINGS_UNSPACED)
)
# The stems every heading holds (a few substring tests before any search).
_HEADING_STEMS: Final = (
    *("activ", "fill", "open", "trigger", "execut", "ejecut", "abiert", "abert", "enter"),
    *("reach", "touch", "ativad", "açıldı", "aktif", "gerçekleş", "yapıldı", "выполн"),
    *("исполн", "активир", "открыт", "已", "成功"),
)
_STEMS_GATE: Final = gate(_HEADING_STEMS)

_HEADING_NOT: Final = re.compile(STATUS_HEADING_NOT)
# A status line is short: "#ALGO/USDT Entered entry zone ✅", "Binance Futures: Order filled".
_HEADING_WORDS: Final = 8


def status_heading(around: tuple[str, str], whole: str | None = None) -> bool:
    """A short line before the levels or after them saying the signal's order went in ("Position
    has been activated", "Entry activated", "Order filled", "Signal activated ✅", "Entered entry
    zone ✅"): the signal posted again under its status line, never a new trade. (Not a line
    saying it is still to come: "Signal will be activated once 0.53 breaks".) whole: the post."""
    if whole is not None and not holds(whole, _STEMS_GATE):
        return False  # (none in the whole post: none around its levels)
    for part in around:
        # (Substring tests first, on the short text around the levels only.)
        if not part or not any(stem in part for stem in _HEADING_STEMS):
            continue
        if _HEADING.search(part) is None:
            continue
        for line in part.split("\n"):
            if (
                _HEADING.search(line) is not None
                and _HEADING_NOT.search(line) is None
                and words(line, 0, len(line), _HEADING_WORDS) <= _HEADING_WORDS
            ):
                return True
    return False


def reported_around(around: tuple[str, str], s: Settled) -> str | None:
    """A word reporting on a trade, on a short line before the levels or after them, or None.
    (A long line is a sentence of the analysis: "BTC has just completed a shakeout" reports
    nothing about this trade.)"""
    for part in around:
        if not part or REPORTED.search(part) < 0:
            continue
        for line in part.split("\n"):
            at = REPORTED.search(line)
            if at > 0 and _PLAN_LINE.match(line) and not any(t in line for t in _TICKS):
                continue  # "– After TP2 hit, secure 50% &": the plan, for later
            if at >= 0 and words(line, 0, len(line), _REPORT_WORDS) <= _REPORT_WORDS:
                m = _REPORTED_WORD.match(line, at)
                if m and _market_went(line, m.end(), s):
                    continue
                return m.group() if m else line[at : at + 12]
    return None


# A line opening with a condition ("After TP2 hit, secure 50%", "Once TP1 is reached, ..."):
# what to do then, no report (unless ticked off: "After TP1 hit ✅ SL moved").
_PLAN_LINE: Final = re.compile(
    r"[^\w\n]*(?:after|once|when|if|as\ssoon\sas|upon|когда|если|после|как\sтолько)(?!\w)"
)
_TICKS: Final = ("✅", "✔", "☑")


_PRICE_AFTER: Final = re.compile(r"\s(?:at\s|to\s)?(\$?\s?[0-9][0-9.,]*k?)")


# A sentence, not a status line: "liquidated when ETH hit $2,486" has six words or more.
_SENTENCE_WORDS: Final = 6


def _market_went(line: str, end: int, s: Settled) -> bool:
    """ "Over 24,000 shorts were liquidated when ETH hit $2,486.": a sentence telling where the
    market went, to a price that is none of the signal's levels, reports on no trade."""
    m = _PRICE_AFTER.match(line, end)
    if m is None or words(line, 0, len(line), _SENTENCE_WORDS) < _SENTENCE_WORDS:
        return False
    said = read_prices(m.group(1))
    levels = {n.value for n in s.levels()}
    return bool(said) and said[0].value not in levels


def says_no_trade(low: str) -> bool:
    """The post says it is no trade to take: "not a signal", "educational idea", "example:" ...
    (a channel's disclaimer line under a signal does not count)."""
    return (
        holds(low, _NO_TRADE_GATE)
        and NOT_SIGNAL.search(_without_disclaimer(low)) >= 0
        or (holds(low, _AMPLE_GATE) and _EXAMPLE_CALL.search(low) is not None)
    )


# (Each phrase holds one; every match of REPORTED, its words' literals or unspaced forms' firsts.)
_REPORTED_WORDS: Final = required_literals("|".join(REPORTED_AROUND)) or ("",)  # (None: raise)
_REPORTED_GATE: Final = gate((*_REPORTED_WORDS, *first_characters(REPORTED_AROUND_UNSPACED)))
_NO_TRADE_GATE: Final = gate(
    ("not", "trade", "educational", "idea", "yet", "example", "ví dụ", "ejemplo", "örneğin")
    + ("например", "beispiel")
)
_AMPLE_GATE: Final = gate(("ample",))


# "📌 Example of a LONG call:", "Sample signal:", "Signal example:": a lesson shows what a call
# looks like; the format taught, no trade.
_EXAMPLE_CALL: Final = re.compile(
    r"(?<![a-z])(?:ex|s)ample\sof\s(?:an?\s)?(?:[a-z]+\s)?(?:call|signal|setup)s?(?![a-z])"
    r"|(?<![a-z])(?:(?:ex|s)ample\s(?:call|signal)|(?:call|signal)\s(?:ex|s)ample)\s?:"
)


# "🔥Disclaimer 👉 This is my personal analysis for educational purposes, Buy/Sell/Trade at your
# own risk": a channel's legal line under each signal, not a post saying it is no trade.
_DISCLAIMER_LINE: Final = re.compile(r"(?m)^[^\w\n]*disclaimer(?![a-z])[^\n]*")


def _without_disclaimer(low: str) -> str:
    """low without the lines a "Disclaimer" opens."""
    return _DISCLAIMER_LINE.sub("", low) if "disclaimer" in low else low


# (With its Russian rows: "Первая цель достигнута", "Отменено ❌"; parsers/status_ru.py.)
_TARGET_REPORTED: Final = re.compile(lead_first(TARGET_REPORTED + "|" + TARGET_RU))
# Every match of the Russian rows holds one of these words; in a post holding none of them the
# English rows alone find the same matches (at each position the first row that matches is an
# English one, as before), without trying the Russian rows at every character: most of them
# open with an optional ordinal or a line's start, so re has no first character to skip to.
_TARGET_EN: Final = re.compile(lead_first(TARGET_REPORTED))
_TARGET_RU_HEADS: Final = required_literals(TARGET_RU)
# The English rows but the two that open at a line's start ("+32% profit"), every one opening
# with a literal, as a tree of their first characters (labels.grouped: one compare rejects a
# branch where re tried ~28 alternatives at every "t", "e", "s", "a", "c" of the post). Every
# match of them holds a report's word or mark (_MARKS); every match of the line-start rows holds
# what _RESULT finds. A post holding neither holds no match (~1,100 instructions a character of
# the post before, for the 8 % of signals reaching this check: 34,000 a message on dev).
_EN_LED: Final = led_alternatives(lead_first(TARGET_REPORTED))[0]
_TARGET_EN_LED: Final = re.compile(grouped(alternatives(_EN_LED)))
_MARKS: Final = (
    *("hit", "reached", "achieved", "done", "smashed", "triggered", "completed", "closed"),
    *("exited", "stopped", "filled", "activated", "entered", "cancel", "取消", "✅", "✔", "☑", "✓"),
)
_RESULT: Final = re.compile(r"%\s(?:loss|profit|gain)(?![a-z])")
_LEVEL_REPORTED: Final = re.compile(STATUS_AFTER_LEVEL + r"|\b(?:filled|entered|activated)\b")


# "... at the peaks, suggesting that a short position has been activated": the analysis reading a
# chart's marks, no news of this signal (a report says it outright: "Position activated ✅").
_HEDGED: Final = re.compile(
    r"(?:suggest(?:s|ing)|indicat(?:es|ing)|impl(?:ies|ying)|mean(?:s|ing))\s(?:that\s)?"
    r"(?:[^\W\d]+\s){0,3}$"
    # "Once we hit TP1, ... peel off some profit": a condition for later, no report (session 11).
    r"|(?<![a-z])(?:once|if|when|after|until|before)\s(?:[^\W\d]+\s){0,3}$"
)


def _reported(low: str) -> bool:
    """A report of the signal's own news ("TP2 hit", "Signal is filled at 0.51"), not hedged."""
    if written(low, _TARGET_RU_HEADS, 0, len(low)):
        pattern = _TARGET_REPORTED
    elif "%" in low and _RESULT.search(low) is not None:
        pattern = _TARGET_EN
    elif holds_any(low, _MARKS):
        pattern = _TARGET_EN_LED  # (the line-start rows match nowhere: the same matches)
    else:
        return False
    for m in pattern.finditer(low):
        if _HEDGED.search(low, max(0, m.start() - 48), m.start()):
            continue
        return True
    return False


def _level_reported(low: str, n: Num) -> bool:
    """A report word after a level on its line ("142 ✅ (filled)", "138 hit")."""
    end = low.find("\n", n.end)
    return _LEVEL_REPORTED.search(low, n.end, len(low) if end < 0 else end) is not None


def reports_status(
    low: str, tps: list[Num], entries: list[Num] | None = None, stop: Num | None = None
) -> bool:
    """The first targets ticked off ("2430 - 20%✅ ... 2345 - 20%"), the later ones bare: a
    report on an earlier signal. Every target decorated (✅ 🎯 🚀) is a new post's styling.
    Every entry reported on its line ("Entry: 142 - 145 ✅ (filled)"), or the stop ("SL: 138 hit"),
    is a report too ("Entry 1 - 159.80 (Filled)" over two pending entries is still the signal)."""
    if _reported(low) or ticked_then_pending(low):
        return True
    if entries and all(_level_reported(low, n) for n in entries):
        return True
    if stop is not None and _level_reported(low, stop):
        return True
    if targets_ticked_off(low, tps, stop, entries or []):
        return True  # "TP1 0.56 ✅ / TP2 0.58 ✅" over a bare "SL 0.50"
    if ticked_run(low, tps, stop, entries or []):
        return True  # "Sell: 0.56 | 0.60 | 0.65 ✅✅": a run of ticks after them (i13-status33)
    if led_ticked(low) and not any(
        opens_ticked(low, n.start) for n in [*(entries or []), stop] if n
    ):
        return True  # "✅ TP1 145 / ✅ TP2 150 / TP3 155", the ticks heading the lines (i13-en22)
    marked: list[bool] = []
    bare: list[bool] = []
    for i in range(len(tps)):
        tail = target_tail(low, tps, i)
        # "Buy: 1290 ✅ (filled)" in a short's post (its buy-back read as a target): a level
        # ticked off as filled or entered is a report as much as one ticked off as hit.
        if _LEVEL_REPORTED.search(tail):
            return True
        marked.append(STATUS.search(tail) >= 0)
        bare.append(BARE_TAIL.fullmatch(tail) is not None)
    if not any(marked):
        return False
    return marked_then_bare(marked, bare)
