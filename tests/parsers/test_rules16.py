"""Reading classes of issue 13, session 15 (i13-rules16): each a general form written in several
variants (not a corpus message), through the public parser, with the near misses that must still
be read as before. Each fails without its rule."""

from __future__ import annotations

import pytest

from parsers.models import UpdateKind
from parsers.updates import read_update


# Class: a spot call's sell list ticked ("Buy 0.14 - 0.15 / Sell : 0.29✅ - 0.45✅ - 0.67"): one
# reading of the sell label for the report's kind and its target's number, whatever the buy line's
# separator (none, ":", full-width "：").
@pytest.mark.parametrize(
    ("post", "index"),
    [
        ("DUSK/USDT\nBuy 0.14 - 0.15\nSell : 0.29✅ - 0.45✅ - 0.67", 2),
        ("DUSK/USDT\nBuy: 0.14\nSell：0.29✅ 0.45✅ 0.67✅ 0.80", 3),
        ("DUSK/USDT\nBuy：0.14\nSell: 0.29✅ 0.45", 1),
    ],
)
def test_update_when_a_spot_calls_sell_list_is_ticked_then_its_last_tick_is_the_target(
    post: str, index: int
) -> None:
    update = read_update(post)
    assert update is not None and update.kind is UpdateKind.TP_HIT
    assert update.tp_index == index


# With no buy line, "Sell : 43000 ✅" may be a short's entry filled: no target counted.
@pytest.mark.parametrize("post", ["BTC\nSell : 43000 ✅", "#ETH\nSell: 2450✅ 2440✅"])
def test_update_when_a_sell_label_is_ticked_with_no_buy_line_then_no_target_hit(post: str) -> None:
    update = read_update(post)
    assert update is None or update.kind is not UpdateKind.TP_HIT
