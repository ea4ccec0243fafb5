"""Follow-ups that must never move a stop now (issue 13, session 12's review): advice for later
("Once the price hits TP1, move your Stop Loss to entry", in English and in other languages) and
a bot template's trailing configuration ("Stop: Moving Target - Trigger: Target (1)"), alone or
under a status line over the signal posted again. Each is checked through the public parser with
near misses that are a stop move now."""

from __future__ import annotations

import pytest

from parsers import EnhancedParser

PARSER = EnhancedParser(enable_ai=False)

_SIGNAL = "#BTC/USDT LONG\nEntry: 42000\nTP1: 43000\nTP2: 44000\nSL: 41000"
_SIGNAL_NO_TP = "#ETH/USDT SHORT\nEntry 3000\nStop 3100"

_LATER = (
    "Once the price hits TP1, move your Stop Loss to entry.",
    "When TP1 is reached, move SL to 42500",
    "If price hits TP1 move stop to breakeven",
    "As soon as target 1 is hit, set your SL at entry",
    "After TP1 hit move SL to entry",
    "Upon reaching TP1, shift the stop to 42500",
    "Когда цена достигнет TP1, переставьте стоп в безубыток",
    "После достижения TP1 переносим стоп в безубыток",
    "Как только цена достигнет первой цели, стоп в безубыток",
    "При достижении первой цели стоп в бу",
    "Cuando llegue al TP1, mover el stop a la entrada",
    "Quando atingir o TP1, mova o stop para a entrada",
    "Sobald TP1 erreicht ist, SL auf Einstand verschieben",
    "TP1'den sonra stop girişe taşı",
    "如果到了止盈1，止损移到成本价",
)


@pytest.mark.parametrize("advice", _LATER)
def test_update_when_a_stop_move_is_advice_for_later_then_no_move_now(advice: str) -> None:
    posts = (
        advice,
        "#SOL " + advice,
        "Entry activated ✅\n" + advice,
        "Entry activated ✅\n" + _SIGNAL + "\n" + advice,
        "Order filled ✅\n" + _SIGNAL_NO_TP + "\n" + advice,  # (no valid quoted signal)
        "Position has been activated\n" + _SIGNAL + "\n\n" + advice,
    )
    for post in posts:
        update = PARSER.parse_update_sync(post)
        kind = update.kind.value if update is not None else None
        assert kind != "MOVE_SL", post


@pytest.mark.parametrize(
    ("post", "to_entry", "price"),
    [
        ("#BTC TP1 hit ✅ move SL to entry", True, None),
        ("#BTC TP1 hit. Now move SL to entry", True, None),
        ("TP1 reached ✅\n" + _SIGNAL + "\nMove SL to entry", True, None),
        ("#ETH ТП1 взят, стоп в безубыток", True, None),
        ("#BTC: after TP1, SL moved to entry", True, None),
        ("Move SL to 42500 #BTC", False, 42500.0),
    ],
)
def test_update_when_the_stop_move_is_for_now_then_it_is_read(
    post: str, to_entry: bool, price: float | None
) -> None:
    update = PARSER.parse_update_sync(post)
    assert update is not None and update.kind.value == "MOVE_SL", post
    assert (update.to_entry, update.price) == (to_entry, price)


_TEMPLATE_TRAILS = (
    "Stop: Moving Target - Trigger: Target (1)",
    "Stop: Moving Target - Trigger: Target (2)",
    "Stop: Moving 2 Target - Trigger: Target (1)",
    "Stop: Breakeven - Trigger: Target (1)",
    "Trailing Configuration:\nStop: Moving Target - Trigger: Target (1)",
    "Trailing Configuration:\nStop: Breakeven -\n  Trigger: Target (2)",
)


@pytest.mark.parametrize("trail", _TEMPLATE_TRAILS)
def test_update_when_a_template_trailing_stop_is_quoted_then_no_stop_move(trail: str) -> None:
    posts = (
        "Order filled ✅\n#SOL/USDT LONG\nEntry: 150\nTP1: 155\nSL: 145\n" + trail,
        "Entry activated\n#SOL/USDT LONG\nEntry: 150\nTP1: 155\n" + trail,
        "Order filled ✅\n" + _SIGNAL_NO_TP + "\n" + trail,
        "#SOL " + trail,
    )
    for post in posts:
        update = PARSER.parse_update_sync(post)
        kind = update.kind.value if update is not None else None
        assert kind != "MOVE_SL", post


@pytest.mark.parametrize(
    ("post", "to_entry"), [("#SOL SL: BE", True), ("#SOL Stop: breakeven", True)]
)
def test_update_when_a_stop_field_says_breakeven_alone_then_it_moves(
    post: str, to_entry: bool
) -> None:
    update = PARSER.parse_update_sync(post)
    assert update is not None and update.kind.value == "MOVE_SL" and update.to_entry is to_entry


def test_update_when_the_stop_moves_to_a_target_in_parentheses_then_no_price() -> None:
    # "target (2)" names a target, not a stop at 2.0.
    update = PARSER.parse_update_sync("Move SL to target (2) #ETH")
    assert update is not None and update.kind.value == "MOVE_SL" and update.price is None
