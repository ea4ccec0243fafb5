""" "Price" as a card's entry label: "Price :- 1.2$ - 1.3$ / Targets :- 1.4$ - 1.5$ / SL :- 1.1$".

A trader reads a card whose only price label besides its targets and stop is "Price" as giving
the entry there (a range: both ends; tests/fixtures/corpus/CONVENTIONS.md, "'Price' as a label",
session 30). The lexicon's row (parsers/lexicon_en.py: "price" opening its line, a separator and
a number right after it) finds the label; it stays the entry ONLY when:

- it opens its line (nothing but marks before it: "💰 Price: 0.1763", "· Price: 0.5257");
- it is the post's one "Price" label, and no other entry label ("Entry", "Buy", "Sell", a zone's
  word) is in the post: beside "➡️ Entry: 0.1763" it is the price of the moment, no second entry;
- the post has a target label and a stop label: an analysis or a bot's report with "Price: N"
  and no levels ("💰Price: 1.00 USDT (0.01%)") stays what it is;
- the line above it is no heading of another level ("── STOP LOSS ──\\nPrice: 0.08360": the
  stop's price, named as a price).

Otherwise the label is dropped before the lines are read, and the post reads as it did before
the row (its number weighed as any number no label claims).
"""

from __future__ import annotations

from typing import Final

from parsers.char_scans import has_digit

_OTHER_ENTRIES: Final = frozenset(("entry", "buy", "sell"))
_TARGETS: Final = frozenset(("tp", "tpglued"))
_STOPS: Final = frozenset(("sl", "slclose"))
_LEVELS: Final = _OTHER_ENTRIES | _TARGETS | _STOPS  # (a heading's: "── STOP LOSS ──")


def _is_price(low: str, label: tuple[str, int, int]) -> bool:
    kind, start, end = label
    return kind == "entry" and end - start == 5 and low.startswith("price", start)


def price_entry(low: str, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """found (the labels of low, lower case) without the "Price" labels that are no card's
    entry label."""
    prices = [lab for lab in found if _is_price(low, lab)]
    if not prices:
        return found
    if len(prices) == 1 and _card_entry(low, found, prices[0]):
        return found
    return [lab for lab in found if not _is_price(low, lab)]


def _card_entry(low: str, found: list[tuple[str, int, int]], price: tuple[str, int, int]) -> bool:
    """Whether the one "Price" label of low is the card's entry label."""
    start = price[1]
    line_start = low.rfind("\n", 0, start) + 1
    if any(c.isalnum() for c in low[line_start:start]):
        return False  # ("Current price: ...", "BTC price: ..." are never the label)
    kinds = {lab[0] for lab in found if lab != price}  # (by value: mypyc boxes tuples anew)
    if kinds & _OTHER_ENTRIES or not kinds & _TARGETS or not kinds & _STOPS:
        return False
    # The line above (blank lines skipped): a level's heading with no number ("── STOP LOSS ──")
    # names what this price is.
    end = line_start - 1
    while end > 0:
        above = low.rfind("\n", 0, end) + 1
        if low[above:end].strip():
            heading = not has_digit(low, above, end) and any(
                above <= lab[1] < end and lab[0] in _LEVELS for lab in found
            )
            return not heading
        end = above - 1
    return True
