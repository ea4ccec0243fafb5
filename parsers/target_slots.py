"""A card's numbered target slots left empty after its last target: "Тейк-профит / 1) 64000 / 2)
63000 / 3) / 4)" (made up, after the lead's masked shape of a Russian trader's cards; i13-cards34,
no held-out text read).

The ruling (tests/fixtures/corpus/CONVENTIONS.md, "Numbered target slots left empty", session 32):
a channel's template gives its target list a fixed number of numbered rows and the trader fills
those the trade has; the rows left empty AFTER the last filled one are no targets, and the card
is complete with the targets it writes (as a skipped "🚀" target is, "The four kinds"). Nothing
in the card says a price is to come. parsers/target_placeholder.py still refuses:

- an empty slot BEFORE a filled one ("1) 64000 / 2) / 3) 62000"): a price left out inside the
  list, the list incomplete;
- a slot saying its price is to come ("3) soon", "TP3: TBA"), a dash for a price ("3) -"), and an
  empty labelled target ("TP3:"): the post says or shows a price missing.
"""

from __future__ import annotations

import re
from typing import Final

# An empty slot: its number and ")" or ".", blanks at most, nothing else on the line.
_SLOT: Final = re.compile(r"[^\S\n]*[0-9]{1,2}[).][^\S\n]*")
_ITEM_NUMBER: Final = re.compile(r"[^\w\n]*[0-9]{1,2}[).]")


def trailing_slots(low: str, at: int) -> bool:
    """Whether the empty slot starting at at (a line's start in low) and every line after it to
    the post's end or the next line of words are empty slots or blank: the template's unused
    rows, none holding a dash, a word or a price."""
    start = at
    n = len(low)
    slots = 0
    while start < n:
        end = low.find("\n", start)
        if end < 0:
            end = n
        if _SLOT.fullmatch(low, start, end) is not None:
            slots += 1
        elif low[start:end].strip():
            # "3) -" (a dash for its price) or a line of its own after the slots: a label, a
            # note, chatter; a filled item after an empty one is a gap.
            if slots == 0 or _filled_item(low[start:end]):
                return False
            break
        start = end + 1
    return slots >= 2


def _filled_item(line: str) -> bool:
    """Whether line is a numbered item holding a digit after its number ("3) 62000")."""
    m = _ITEM_NUMBER.match(line)
    return m is not None and any(c.isdigit() for c in line[m.end() :])
