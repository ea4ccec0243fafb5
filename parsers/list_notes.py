"""What a post says about its target list beside the prices: how many targets it holds ("TP 4
targets:", "(all 3 TP)"), and each one's distance in percent ("( 5 - 10 - 15 % )", "(+5)").

Channels say how many targets a list holds beside the list itself: "TP 4 targets: 1.10 / 1.15 /
1.20 / 1.25", "Take profit 3 targets: ...", "TP: 3 targets - 0.98, 0.95, 0.90", "Targets: 1.10 /
1.15 / 1.20 (all 3 TP)", "... — 3 TPs", "Targets 1-3: 0.98 / 0.95 / 0.90". Read as prices they
are one more target at 3 or 4 (or 1 and 3): a short whose targets are then "not in descending
order", or, worse, a long whose list still runs upwards ("1.10, 1.15, 1.20, 3": a target at a
level nobody posted, inside the factor the validation allows). Only where the count says what
it counts (a targets' noun right after the number, or a label before an index range and its
colon); "LTC long 85 tp: 88" (a price, then the label) and "Buy 120 targets 130" (one line: the
entry, then the targets' label) keep their numbers, since no label opens the count. A count on
a line of its own ("Targets: 3" under TP1 to TP3) is parsers/level_counts.py's.

The same holds for the targets' distances written as one list in parentheses with a single
percent sign at its end ("1.10 / 1.15 / 1.20 ( 5 - 10 - 15 % )", "(5/10/15%)": "5" was a fourth
target of a long at 1.05) and for a signed number in parentheses ("0.98 (+5)": a price has no
sign). Each number with its own sign ("(5%, 10%)") was never read as a price.

Such a number is no price: its digits are blanked before the fields are read, as the leverage's
are (signal_parser._read); "TP: 3 targets - 0.98" loses its first label with the count, its
noun labelling the list.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.emphasis_notes import emphasis_notes
from parsers.fib_notes import fib_notes
from parsers.gate_words import gate, holds
from parsers.indicator_notes import indicator_notes
from parsers.lead_first import lead_first
from parsers.ratio_notes import ratio_notes

_NOUN: Final = r"(?:targets?|tps?|tgts?|take[ \t-]?profits?)"
_PLURAL: Final = r"(?:targets|tps|tgts|take[ \t-]?profits)"
_LABEL: Final = r"(?:tps?|targets?|take[ \t-]?profits?)"
# One percentage of a list written with one "%" ("5", "+10", "12.5").
_SHARE: Final = r"[+-]?[0-9]{1,3}(?:[.,][0-9])?"
_COUNT_PATTERN: Final = (
    # "(all 3 TP)", "(3 targets)", "(x4 TPs)": the list's size in parentheses.
    r"\((?:all[ \t]|total[ \t])?x?[ \t]?[0-9]{1,2}[ \t]?x?[ \t]?" + _NOUN + r"\)"
    # "TP 4 targets:", "TP: 3 targets - 0.98": a count between a target label and its noun.
    r"|(?<![a-z])" + _LABEL + r"[ \t]?[:=-]?[ \t]?[0-9]{1,2}[ \t]?" + _PLURAL + r"(?![a-z])"
    # "0.98 / 0.95 / 0.90 — 3 TPs": a dash, then the count, ending its line.
    r"|[-–—][ \t]?(?:all[ \t]|total[ \t])?[0-9]{1,2}[ \t]?" + _PLURAL + r"(?=[^\w\n]*(?:\n|$))"
    # "Targets 1-3:", "TP (1-4):": the index range of the list under its label.
    r"|(?<![a-z])" + _LABEL + r"[ \t]?\(?[1-9][ \t]?[-–][ \t]?(?:1[0-9]|20|[2-9])\)?[ \t]?:"
    # "( 5 - 10 - 15 % )", "(5/10/15%)", "(+5 +10 +15 %)": percentages, one sign for the list.
    # (Three or more: "(1.2, 30%)" is a price and its share of the position.)
    r"|\([ \t]?" + _SHARE + r"(?:(?:[ \t]?[-–/,;|][ \t]?|[ \t])" + _SHARE + r"){2,9}[ \t]?%[ \t]?\)"
    # "0.98 (+5)": a signed number beside a price, a distance.
    r"|\([ \t]?\+[0-9]{1,3}(?:[.,][0-9]{1,2})?[ \t]?\)"
)
# (Spaces and tabs only, never a line break: "Entry: 69 - 70\nTargets:" is a zone, then the
# targets' label, not a dash and a count of 70 targets; the harness's first run found it.)
_COUNT: Final = re.compile(lead_first(_COUNT_PATTERN))
# What every count holds (its plural noun or "tp)", or an index range's "1-" after a label),
# and every list of percentages ("%)") or signed number ("(+"):
# a post without any of them pays a few finds. (required_literals gives "tp" and ":", which
# nearly every signal holds.)
_HEADS: Final = (
    "targets",
    "tps",
    "tp)",
    "tgts",
    "tgt)",
    "profits",
    "profit)",
    "target)",
    "tp 1-",
    "tp (1-",
    "tp1-",
    "tp(1-",
    "target 1-",
    "target (1-",
    "target1-",
    "profit 1-",  # "Take profit 1-3:" (i13-cards33: _COUNT reads it, the gate let it by)
    "profit (1-",
    "%)",
    "% )",
    "(+",
    "( +",
)
_HEADS_GATE: Final = gate(_HEADS)  # (found in the post's one pass: parsers/gate_words.py)
_DIGITS: Final = re.compile(r"[0-9]+")


def list_notes(low: str) -> list[tuple[int, int]]:
    """Where the digits of a count of the targets, or of their percentages, or of an indicator's
    period in a note, are in low (the lower-cased post)."""
    # ("(20-period MA)", "(RSI 30)": an indicator's period or level, parsers/indicator_notes.py;
    # "3750 (1.618 extension)": a Fibonacci ratio after the level's price, parsers/fib_notes.py;
    # "2950 (RR1-2)": a risk-reward note after it, label and all, parsers/ratio_notes.py)
    # "1,5!!!% риска": a percentage shouted, parsers/emphasis_notes.py)
    spans: list[tuple[int, int]] = [*indicator_notes(low), *fib_notes(low), *ratio_notes(low)]
    spans.extend(emphasis_notes(low))
    if not holds(low, _HEADS_GATE):
        return spans
    for m in _COUNT.finditer(low):
        digits = [(d.start(), d.end()) for d in _DIGITS.finditer(low, m.start(), m.end())]
        if low[m.start()].isalpha() and low[m.end() - 1].isalpha():
            # "TP: 3 targets - 0.98": the label and its count, the noun left as the label
            # (a target label with nothing read after it would be a target left unread).
            spans.append((m.start(), digits[-1][1]))
        else:
            spans.extend(digits)
    return spans
