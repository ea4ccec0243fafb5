"""A wrong trade found by the mutation harness at the end of session 17 (seed 16, family
unseen_label): under a heading that names the side ("ALICE BUY"), a line naming its value only
as a price ("Price: 20 - 21", "Precio = 20 - 21") was read as an item of the heading's list,
where a small first number before a dash is a list index ("1 - 0.512"), so the zone's low end
was dropped and the trade went at 21 alone. A line named as a price is a label's value: after a
label, "20 -" is a price (parsers/lines.py passes continuation=False for it). Fails without it."""

from __future__ import annotations

import pytest

from parsers import EnhancedParser

PARSER = EnhancedParser(enable_ai=False)


@pytest.mark.parametrize("word", ["Price: ", "Precio = ", "Price = "])
def test_price_named_zone_under_side_heading_when_read_then_both_ends(word: str) -> None:
    sig = PARSER.parse_sync(f"ALICE BUY\n{word}20 - 21\nTargets 22, 24")
    assert sig is not None and sig.is_valid(), sig and sig.review
    assert sig.entries == [20.0, 21.0], sig.entries


def test_list_item_under_entry_heading_when_index_dash_price_then_index_dropped() -> None:
    # The list item's own form stays: "1 - 0.512" is the first entry at 0.512.
    sig = PARSER.parse_sync("ALICE BUY\nEntry:\n1 - 0.512\n2 - 0.498\nTargets 0.55, 0.6\nSL 0.47")
    assert sig is not None and sig.is_valid(), sig and sig.review
    assert sig.entries == [0.512, 0.498], sig.entries
