"""A whole number in brackets after a numbered target's label that is no target read: "TP1 (4)".

A numbered label names one target ("TP1", "Target 2:"). A bracketed number right after it is
either that target's price ("TP1 (0.0240)", Binance Square's plans; "TP1 (4)" for a coin near
four dollars) or a note on it: its index again, a count, a share to close there written without
its "%" sign ("TP1 (25) 4.1"). A price with decimals is read as the target; a whole number is
dropped as a note. When the dropped number stands alone on its line the target list traded is not
the post's (the whole-number targets left out, "TP1 (4.5) / TP2 (5) / TP3 (6)" traded as one
target 4.5, or none at all), and when another price follows it which of the two is the target is
a guess: either way the post needs review (CONVENTIONS.md: every price traded appears in the post,
doubt refuses). A share written with its sign ("TP1 (25%): 4.1"), a bracket before any index
("Trigger: Target (1)", Cornix's trailing configuration) or a bracketed number read as a target
is left alone.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.models import ParsedSignal

# A numbered target label, then a whole number alone in brackets ("TP1 (4)", "Target 2: (5)",
# "TP 3 - (6)"; group 1 the number).
_BRACKETED: Final = re.compile(
    r"(?<![\w.])(?:tp|t\.p\.|targets?|take[\s-]?profits?|цель|тейк|тп)[^\S\n]?#?[0-9]{1,2}"
    r"[^\S\n]?[:.=\-–]?[^\S\n]?\([^\S\n]?([0-9]{1,7})[^\S\n]?\)(?![0-9.,%])"
)
_HEADS: Final = ("tp", "t.p.", "target", "take", "цель", "тейк", "тп")
# (Where _BRACKETED can match at all: a whole number alone in brackets. It opens with "(", which
# re scans for at C speed; _BRACKETED opens with a look-behind tried at every character.)
_WHOLE_IN_BRACKETS: Final = re.compile(r"\([^\S\n]?[0-9]{1,7}[^\S\n]?\)(?![0-9.,%])")


def bracketed_target_number(sig: ParsedSignal, low: str) -> str | None:
    """A review reason when a numbered target label is followed by a bracketed whole number that
    was not read as a target, or None. (low: the lower-cased post, as sig.norm_text.)"""
    if sig.review or "(" not in low or not any(h in low for h in _HEADS):
        return None  # (refused already: "Target 4 (26)" named in prose has its own reason)
    if _WHOLE_IN_BRACKETS.search(low) is None:
        return None
    spans = sig.norm_spans.get("take_profits", ())
    for m in _BRACKETED.finditer(low):
        at = m.start(1)
        if any(start <= at < end for start, end in spans):
            continue  # (read as the target: "TP1 (4)" with 4 among the targets)
        return (
            f"'{sig.norm_text[m.start() : m.end()]}': a whole number in brackets after a"
            " numbered target, not read as the target: that target's price, its index or a"
            " share? The targets to place are a guess"
        )
    return None
