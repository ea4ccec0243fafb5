"""A target list whose every price carries "$" but its last: "TARGET:- $15 - $16 - $17 - 18".

The channel marks each of its prices as dollars; the last number of the line, written without
the mark, may be a fourth target or another number run onto the list (a count, a leverage, a
percentage with its sign lost, a price of another scale). Which one it is only the channel knows:
the signal needs review, never a target guessed (issue 13: "unexplained numbers near a label ...
make the signal needs review"). Three targets or more on one line, every one before the last
with its "$" (before it, "$15", or after it, "15$"), the last with none. A list with no "$" at
all, or with "$" on every price ("$1.70 - $1.76 - $1.85+"), reads as it is; so does one whose
marks come and go ("$15 - 16 - $17": no list written one way). No dev post has the form
(made up, from the form of a held-out post the lead described masked).
"""

from __future__ import annotations

from parsers.models import ParsedSignal


def _marked(text: str, start: int, end: int) -> bool:
    """Whether the price at text[start:end] carries a "$" right before or after it."""
    before = text[max(0, start - 2) : start].rstrip()
    return before.endswith("$") or text[end : end + 2].lstrip().startswith("$")


def dollar_list(sig: ParsedSignal) -> str | None:
    """Why the last target of a line of "$" prices, written without its "$", is in doubt."""
    spans = sig.norm_spans.get("take_profits", [])
    if len(spans) < 3:
        return None
    text = sig.norm_text
    last_start, last_end = spans[-1]
    line = text.rfind("\n", 0, last_start) + 1
    on_line = [(a, b) for a, b in spans if a >= line]
    if len(on_line) < 3 or _marked(text, last_start, last_end):
        return None
    if not all(_marked(text, a, b) for a, b in on_line[:-1]):
        return None
    return (
        f"every target on its line is written with '$' but the last, '{text[last_start:last_end]}':"
        " a target, or another number run onto the list? Which is meant is a guess"
    )
