"""A numbered target whose line holds two prices read as two targets: "TP3 160/165", "Target 2:
155 - 158", "3) 160 or 165".

A numbered label names one target; a second price on its line is a zone of that target, an
alternative, or a note, and reading it as one more target puts an order at a price the channel
never called a target (and shifts every target after it). Which is meant cannot be told: needs
review. Lines naming a range of indexes ("TP1-3: 150 155 160", "TP 1/2/3") or a second numbered
label ("TP1 150 TP2 155") number every price they hold, and are left alone.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.models import ParsedSignal

# The line opens with one numbered target label: "TP3", "Target 2:", "3)", "(3)", "3." (not
# "TP1-3", "TP 1/2/3", "TP1&2").
# (The index glued to its label, "TP3", or parted from it and closed by a mark, "Target 2:",
# "TP 3)": "TP 15 16" is two targets, 15 and 16.)
_NUMBERED: Final = re.compile(
    r"[^\w\n(]*(?:(?:tp|t\.p\.|targets?|take[\s-]?profits?|цель|тейк|тп|hedef|objetivo|alvo)"
    r"(?:#?[0-9]{1,2}(?![0-9.,])|[^\S\n]#?[0-9]{1,2}[^\S\n]?[:)=])|\(?[0-9]{1,2}[).](?![0-9]))"
    r"(?![^\S\n]?[-–/,&+][^\S\n]?(?:tp)?[0-9]{1,2}(?![0-9.,]))"
)
_ANOTHER: Final = re.compile(
    r"(?<![\w.])(?:tp|t\.p\.|targets?|take[\s-]?profits?|цель|тейк|тп|hedef)[^\S\n]?#?[0-9]"
    r"|[\s|,;]\(?[0-9]{1,2}[).](?![0-9])"
)


def numbered_two_prices(sig: ParsedSignal) -> str | None:
    """A review reason when a line opening with one numbered target label holds two targets
    read, or None."""
    spans = sig.norm_spans.get("take_profits", ())
    if len(spans) < 2:
        return None
    text = sig.norm_text
    low = ""  # (text lowered once a line holds two targets: most cards have none)
    lines: dict[int, int] = {}
    for at, _ in spans:
        start = text.rfind("\n", 0, at) + 1
        lines[start] = lines.get(start, 0) + 1
    for start, count in lines.items():
        if count < 2:
            continue
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        low = low or text.lower()
        m = _NUMBERED.match(low, start, end)
        if m is None or _ANOTHER.search(low, m.end(), end) is not None:
            continue
        return (
            f"'{text[start:end].strip()}' gives one numbered target two prices, read as two"
            " targets: a zone, an alternative or a note? Which targets are meant is a guess"
        )
    return None
