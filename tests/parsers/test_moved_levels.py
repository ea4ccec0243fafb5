"""A post saying a level of a trade was changed ("TP moved to 3300") is an update to an earlier
signal: never a new trade read from its coin and levels, and a stop said to stay is no stop move.
(Found by branch i13-updates10's probes: "#ETH SL 3000, TP moved to 3300" was a LONG at market
with a stop at 3000 and a target at 3300; "BTC: SL at entry stays, TP3 moved to 70000" moved the
stop to 70000.)"""

from __future__ import annotations

import pytest

from parsers import EnhancedParser

P = EnhancedParser(enable_ai=False)


@pytest.mark.parametrize(
    "text",
    [
        "#ETH SL 3000, TP moved to 3300",
        "#BTC SL 61000, target moved to 66000",
        "SOL stop stays at 140, TP2 moved to 171",
        "AVAX SL raised to 31.5 / TP 36",
        "#DOGE 止损0.15 目标改到0.19",
    ],
)
def test_parse_when_a_level_is_said_to_have_changed_then_review_never_a_trade(text: str) -> None:
    sig = P.parse_sync(text)
    assert sig is not None and sig.needs_review and not sig.is_valid(), sig
    assert any("a level of a trade was changed" in why for why in sig.review), sig.review


def test_update_when_the_stop_is_said_to_stay_then_no_stop_move() -> None:
    assert P.parse_update_sync("BTC: SL at entry stays, TP3 moved to 70000") is None
    assert P.parse_update_sync("BTC: SL at entry remains") is None
    moved = P.parse_update_sync("BTC: move SL to entry")
    assert moved is not None and moved.kind.name == "MOVE_SL" and moved.to_entry


@pytest.mark.parametrize(
    ("text", "entries", "sl"),
    [
        # A move said of the price, not of a level: the signal stands.
        (
            "Price moved to 41800 overnight.\nBTC LONG\nEntry 42000\nTP 45000\nSL 40000",
            [42000],
            40000,
        ),
        (
            "ETH SHORT\nEntry 3300\nTargets 3100 / 2950\nStop 3420 (updated chart below)",
            [3300],
            3420,
        ),
    ],
)
def test_parse_when_a_move_word_is_not_said_of_a_level_then_the_signal_is_read(
    text: str, entries: list[float], sl: float
) -> None:
    sig = P.parse_sync(text)
    assert sig is not None and sig.is_valid() and not sig.needs_review, sig
    assert sig.entries == entries and sig.stop_loss == sl


def test_update_when_the_price_is_in_the_next_sentence_then_no_stop_level_read() -> None:
    # "move SL." ends its sentence: the 65000 after it is the market's, not the stop's.
    up = P.parse_update_sync("Close 50%, move SL. BTC at 65000 now")
    assert up is not None and up.price is None and up.problem, up
    moved = P.parse_update_sync("BTC: move stop loss to 0.45!")
    assert moved is not None and moved.price == 0.45 and not moved.problem
