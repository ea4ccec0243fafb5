"""A target label holding no price but a word that it is to come: "TP: TBA", "TP2: soon", "TP2:"
left empty between two numbered targets.

The session-12 convention (tests/fixtures/corpus/CONVENTIONS.md) refuses a label with no value
("Stop loss : UPDATE"): the call is not complete, and a trade of the rest places the targets the
post gives and not the one it promises (or none at all: "TP: TBA" was traded with no target).
Needs review. A target that is no price by design (Cornix's skipped "🚀", "moon", "open") is
left to the rules that read it; a label alone on its line with its prices below it ("TP1:" over
"15") is a layout, not a gap.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.gate_words import gate, holds
from parsers.line_led import LineLed
from parsers.models import ParsedSignal
from parsers.quick_tests import BLANKS
from parsers.target_slots import trailing_slots

_LABEL = r"(?:tp|t\.p\.|targets?|take[\s-]?profits?)[^\S\n]?#?[0-9]{0,2}"
# The label's value a word saying it is to come, alone or after the targets given ("TP: 15, 16,
# TBA").
_SAID = (
    r"(?:soon|tba|tbd|later|to\sbe\s(?:announced|updated|confirmed|decided|posted)"
    r"|(?:will\s(?:be\s)?)?updat\w*(?:\ssoon|\slater)|coming(?:\ssoon)?|n/a|\?+|\.{3}|…)"
    r"[^\w\n]*$"
)
_TO_COME: Final = LineLed(
    r"(?m)^[^\w\n]*" + _LABEL + r"[^\S\n]?[:=\-–]?[^\n]*?(?<![\w/.,])" + _SAID
)
# A numbered target label with nothing (or a dash) after it, the next line another numbered one.
_GAP: Final = re.compile(
    r"[^\w\n]*(?:tp|t\.p\.|targets?|take[\s-]?profits?)[^\S\n]?#?[0-9]{1,2}[^\S\n]?"
    r"[:=\-–]?[^\S\n]*[-–—]?[^\S\n]*\n[^\w\n]*(?:tp|t\.p\.|targets?|take[\s-]?profits?)"
    r"[^\S\n]?#?[0-9]{1,2}[^\S\n]?[:=\-–]?[^\S\n]*\$?[0-9]"
)
# A numbered target label with only a dash for its value, on a line of its own ("TP3 -" after
# "TP2 65000": the last target left empty; session 24, i13-wrong25: traded with two targets).
_DASH_ONLY: Final = re.compile(
    r"(?m)^[^\w\n]*(?:tp|t\.p\.|targets?|take[\s-]?profits?)[^\S\n]?#?[0-9]{1,2}[^\S\n]?[:=]?"
    r"[^\S\n]*[-–—]{1,3}[^\S\n]*$"
)
# An entry label saying its price is to come ("Entry 2: later", "DCA: TBA"), and a numbered
# entry or target label left empty, its colon written, with a label (not a price) on the next
# line ("Entry 2:" over "TP: 3120", "TP3:" over "SL: 2900", or at the post's end; not "Entry 26"
# over "Target 27.5", a price; i13-wrong28: traded without it).
_ENTRY_TO_COME: Final = LineLed(
    r"(?m)^[^\w\n]*(?:entry|entries|dca|re-?entry|add-?on)[^\S\n]?#?[0-9]{0,2}[^\S\n]?[:=\-–]?"
    r"[^\S\n]*" + _SAID
)
_EMPTY: Final = re.compile(
    r"(?m)^[^\w\n]*(?P<kind>entry|tp|t\.p\.|target|take[\s-]?profit)[^\S\n]?#?[0-9]{1,2}"
    r"[^\S\n]?[:=][^\S\n]*(?:\n(?=[^\w\n]*[a-z])|\Z)"
)
_ENTRY_GATE: Final = gate(("entr", "dca", "add"))
_EMPTY_GATE: Final = gate((":\n", ": \n", "=\n"))
# A numbered item of a target list left empty ("4)" or "3." alone on its line, or with a dash,
# under "3) 65000"; session 30, the lead: the list's first targets were traded without it).
_ITEM_EMPTY: Final = re.compile(r"[^\w\n]*(?P<n>[0-9]{1,2})[).][^\S\n]*[-–—]?[^\S\n]*(?:\n|\Z)")
_ITEM_GATE: Final = gate((")\n", ") \n", ".\n", ". \n", "-\n", "- \n", "–\n", "—\n"))
_ITEM: Final = re.compile(r"[^\w\n]*(?P<n>[0-9]{1,2})[).][^\S\n]*\$?[0-9]")
_HEADS: Final = ("tp", "target", "take")
# Each form's words (below), found in the post's one pass (parsers/gate_words.py).
_HEADS_GATE: Final = gate(_HEADS)
_SAID_GATE: Final = gate(
    ("soon", "tba", "tbd", "later", "to be", "updat", "coming", "n/a", "?\n", "? ", "...", "…")
)
_GAP_GATE: Final = gate((":\n", "-\n", "–\n"))
_DASH_GATE: Final = gate(("-", "–", "—"))
# Where _DASH_ONLY's dash ends a line: the dash or a blank right before a line break, or the
# post ending in a dash (and blanks). Few posts hold one where most hold a dash.
_DASHES: Final = ("-", "–", "—")
_LINE_END_GATE: Final = gate((*(d + "\n" for d in _DASHES), *(b + "\n" for b in BLANKS)))


def _gap(low: str) -> re.Match[str] | None:
    """_GAP from the start of each line that ends in a colon or a dash (a search of the whole
    post would try its line-start pattern at every line)."""
    for mark in (":\n", "-\n", "–\n"):
        at = low.find(mark)
        while at >= 0:
            m = _GAP.match(low, low.rfind("\n", 0, at) + 1)
            if m is not None:
                return m
            at = low.find(mark, at + 2)
    return None


def _dash_only(low: str) -> re.Match[str] | None:
    """_DASH_ONLY.search(low), matched only at the start of a line whose last character but
    blanks is a dash, and of the line before it (a match opens at a line's start and ends at a
    line's end after its dash; it spans two lines only where "take" ends one and "profit" opens
    the next): those starts in order, the first match the search's."""
    tried = -1  # (the last start tried)
    for at in _line_starts(low, "-–—"):
        if at > tried:
            tried = at
            m = _DASH_ONLY.match(low, at)
            if m is not None:
                return m
    return None


def _line_starts(low: str, marks: str) -> list[int]:
    """The start of each line whose last character but blanks is one of marks, after the start
    of the line before it (a match may open there, "take" over "profit1:"), in order."""
    starts: list[int] = []
    before = -1  # (the start of the line before this one)
    start = 0
    n = len(low)
    while start <= n:
        end = low.find("\n", start)
        if end < 0:
            end = n
        j = end - 1
        while j >= start and low[j].isspace():
            j -= 1
        if j >= start and low[j] in marks:
            if before >= 0:
                starts.append(before)
            starts.append(start)
        before = start
        start = end + 1
    return starts


def target_to_come(sig: ParsedSignal, low: str) -> str | None:
    """A review reason when a target label says its price is to come or is left empty between
    numbered targets, or None. (low: the lower-cased post, as sig.norm_text.)"""
    empties: list[list[re.Match[str]]] = []  # (the empty labels, found once for both asks)
    if (m := _entry_gap(low, empties)) is not None:
        line = sig.norm_text[m.start() : m.end()].strip()
        return (
            f"an entry is written '{line}' with no price: the call is not complete, and the"
            " entries it gives are not all of its entries"
        )
    if sig.take_profits and (m := _empty_item(sig, low)) is not None:
        return _reason(sig.norm_text[m.start() : m.end()].strip())
    if not holds(low, _HEADS_GATE):
        return None
    # (Each form holds one of these: most posts hold none, and an `in` test is far cheaper than
    # a search opening at every line.)
    said = holds(low, _SAID_GATE) or low.endswith("?")
    m = _TO_COME.search(low) if said else None
    if m is None and holds(low, _GAP_GATE):
        m = _gap(low)
    if (
        m is None
        and holds(low, _DASH_GATE)
        and (holds(low, _LINE_END_GATE) or low.rstrip(BLANKS).endswith(_DASHES))
    ):
        m = _dash_only(low)
    if m is None:
        m = _empty(low, False, empties)
    if m is None:
        return None
    return _reason(sig.norm_text[m.start() : m.end()].strip().split("\n", 1)[0])


def _reason(line: str) -> str:
    return (
        f"a target is written '{line}' with no price: the call is not complete, and the"
        " targets it gives are not all of its targets"
    )


def _entry_gap(low: str, empties: list[list[re.Match[str]]]) -> re.Match[str] | None:
    """An entry label whose price is to come, or a numbered entry label left empty; or None."""
    if not holds(low, _ENTRY_GATE):
        return None
    if holds(low, _SAID_GATE) and (m := _ENTRY_TO_COME.search(low)) is not None:
        return m
    return _empty(low, True, empties)


def _empty(low: str, entry: bool, empties: list[list[re.Match[str]]]) -> re.Match[str] | None:
    """A numbered entry (or target) label left empty over another label's line, or ending the
    post; or None. (empties: the labels found, kept at empties[0] by the first ask of the post.)"""
    if not empties:
        found = _empty_lines(low) if holds(low, _EMPTY_GATE) else []
        end = len(low)  # (low.rstrip()'s end, without the copy: the match ends there, \Z)
        while end > 0 and low[end - 1].isspace():
            end -= 1
        last = _EMPTY.match(low, low.rfind("\n", 0, end) + 1, end)
        if last is not None:
            found.append(last)
        empties.append(found)
    for m in empties[0]:
        if (m.group("kind") == "entry") is entry:
            return m
    return None


def _empty_lines(low: str) -> list[re.Match[str]]:
    """The matches of _EMPTY.finditer(low), asked only where one can start (session 27,
    i13-speed28: the search of the whole post tried its line-start pattern at every character).
    A match's colon or "=" is its line's last character but blanks (no line break, then a line break
    or the end); the match starts at that line's start, or at the line's before it when its
    label is "take" over "profit1:" (the blank of "take profit", the one place a match holds a line
    break before its colon). So those two line starts, in order and past the last match's end,
    are the only places finditer can find one."""
    found: list[re.Match[str]] = []
    reached = 0
    for at in _line_starts(low, ":="):
        if at < reached:
            continue
        m = _EMPTY.match(low, at)
        if m is not None:
            found.append(m)
            reached = m.end()
    return found


def _empty_item(sig: ParsedSignal, low: str) -> re.Match[str] | None:
    """A numbered item left empty right under the item before it that holds a target read ("3)
    65000" over "4)"), or None; not the template's unused slots ending the list (parsers/
    target_slots.py). (Only lines whose last character but blanks is ")", "." or a dash can be
    one.)"""
    if not holds(low, _ITEM_GATE) and not low.rstrip(BLANKS).endswith((")", ".", *_DASHES)):
        return None
    spans = sig.norm_spans.get("take_profits", ())
    for at in _line_starts(low, ").-–—"):
        m = _ITEM_EMPTY.match(low, at)
        if m is None or at == 0:
            continue
        prev_end = at - 1
        while prev_end > 0 and low[prev_end - 1].isspace():
            prev_end -= 1
        prev_start = low.rfind("\n", 0, prev_end) + 1
        p = _ITEM.match(low, prev_start, prev_end)
        if p is None or int(p.group("n")) + 1 != int(m.group("n")):
            continue
        if any(prev_start <= a < prev_end for a, _ in spans) and not trailing_slots(low, at):
            return m
    return None
