"""A follow-up headed by a tag as long as a topic's, its verb right after ("#BROCCOLI714 move SL
to entry, #BTC looks weak"), is never the coin of a comment after it (parsers/update_coin: the
harness's wa23_action family, seed 31, moved BTC's stop). Read through the parser's entry
point."""

from __future__ import annotations

import pytest

from tests.parsers.reads import followup_reading

ROWS = [
    # (post, the coin read: None is the trade replied to)
    ("#BROCCOLI714 move SL to entry, #BTC looks weak", None),
    ("$BROCCOLI714 close half now, #ETH dumping", None),
    ("#BROCCOLI714USDT move SL to entry, #BTC looks weak", "BROCCOLI714USDT"),  # a pair's tag
    ("#PENGU move SL to entry, #BTC looks weak", "PENGUUSDT"),
    ("#ETH move SL to entry, #BTC looks weak", "ETHUSDT"),
]


@pytest.mark.parametrize(("text", "coin"), ROWS)
def test_followup_when_a_long_tag_heads_the_verb_then_never_the_later_coin(
    text: str, coin: str | None
) -> None:
    read = followup_reading(text)
    assert read is not None and read["kind"] in ("MOVE_SL", "CLOSE_PARTIAL"), read
    assert read["symbol"] == coin, read
