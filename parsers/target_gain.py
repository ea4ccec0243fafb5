"""A target named by its number and the gain it made ("Тейк 2 +35%", "ТП 2 (+1.8R)", "Цель 1
+12%", "TP: 2 +1.8R"): a report that the target was reached, posted under the channel's restated
heading ("#XRPUSDT Лонг / Тейк 2 +1.8R"), not a call with one target at 2. The signal reader took
the target's number for its price and the heading's side for a market entry: a wrong trade
(branch i13-ru23, made-up posts in the form of the dev `dk-trader-a` and `dk-trader-d` reports:
"Сделка закрыта +0,59R", "Tp2 сделка закрыта Общий профит +1.49р").

Read only in a post with no entry price and no stop (a call that names its entry or its stop and
writes "TP 2 (+33%)" for a coin near 1.5 keeps its target), and only where the number read as a
target is the one written right after the label, a single digit with a signed gain after it.
parsers/call_doubts.py turns it into a review reason; the follow-up reader then reads the post as
the target reached (parsers/update_targets.py takes its number).
"""

from __future__ import annotations

import re
from typing import Final

from parsers.lead_first import lead_first
from parsers.models import ParsedSignal

_GAIN_AFTER_NUMBER: Final = re.compile(
    lead_first(
        r"(?<!\w)(?:тейк(?:[\s-]?профит)?|тэйк|тп|тр|цел[ьи]|tp|take[\s-]?profit|target|tgt)"
        r"[^\S\n]?[:#№]?[^\S\n]?(?P<n>[1-9])[^\S\n]\(?\+[^\S\n]?[0-9]{1,4}(?:[.,][0-9]{1,2})?[^\S\n]?"
        r"(?:%|[rр](?!\w))"
    )
)


# "Тейк 1 забрали", "TP 2 🔥", "Цель 1 👍": a target's number, a space, then no price on its line
# (i13-ru25: "1" was read as the target's price under the heading "#JUPUSDT Лонг").
_NUMBER_ALONE: Final = re.compile(
    lead_first(
        r"(?<!\w)(?:тейк(?:[\s-]?профит)?|тэйк|тп|тр|цел[ьи]|tp|take[\s-]?profit|target|tgt)"
        r"[^\S\n]?[#№]?[^\S\n](?P<n>[1-9])(?![0-9.,])(?=[^\S\n]?[^\W\d_]|[^\w\n]*(?:\n|$))"
        # (No number after it on the line but a gain: "Тейк 1 профит 12%".)
        r"(?![^\n]*[0-9](?![0-9.,]*[^\S\n]?(?:%|[rр](?!\w))))"
    )
)


def target_gain(sig: ParsedSignal, low: str) -> str | None:
    """Why the signal's only targets are target numbers with their gains, or with no price after
    them, or None. low: the lower-case post (sig.norm_text lowered)."""
    if sig.entries or sig.stop_loss is not None or not sig.take_profits:
        return None
    for m in _GAIN_AFTER_NUMBER.finditer(low) if "+" in low else ():
        if float(m.group("n")) in sig.take_profits:
            return (
                f"'{sig.norm_text[m.start() : m.end()]}' names a target by its number and the"
                " gain it made: a report that the target was reached, not a target price"
            )
    alone = [m for m in _NUMBER_ALONE.finditer(low) if float(m.group("n")) in sig.take_profits]
    if alone and len(alone) == len(sig.take_profits):
        m = alone[0]
        end = low.find("\n", m.end())
        return (
            f"'{sig.norm_text[m.start() : len(low) if end < 0 else end].strip()}' names a target"
            " by its number, with no price after it: a report on that target, not a target price"
        )
    return None
