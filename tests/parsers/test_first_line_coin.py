"""A call's first line may be its coin and entry zone ("ETH ；3580-3610附近"); only the post's own
coin counts: a note over the call ("Res: 3700" over "ETH long") gives no entry. (Found in the
session 9 review: i13-signals10's first-line rule read any ticker-shaped word.)"""

from __future__ import annotations

import pytest

from parsers import EnhancedParser

P = EnhancedParser(enable_ai=False)


@pytest.mark.parametrize("note", ["Res: 3700", "Vol: 3580", "LTP: 3580", "Current: 3580"])
def test_parse_when_first_line_is_a_note_and_price_then_no_entry_read_from_it(note: str) -> None:
    # A call's first line "ETH ；3580-3610" is its coin and entry zone; a note of another word
    # over the call ("Res: 3700" over "ETH long") is not an entry (review: an unclaimed price).
    sig = P.parse_sync(f"{note}\nETH long\nTP 3800\nSL 3500")
    assert sig is not None and sig.entries == [] and sig.needs_review, sig
    call = P.parse_sync("ETH ；3580-3610附近\n目標 ；3640-3670\n止損 ；3500")
    assert call is not None and call.is_valid() and call.entries == [3580, 3610]
