"""A close or a cancel headed by one coin's tag but ordering another coin by name (session 28).

"#XRP / Close ETH now" was read as XRP's close: the heading's tag won over the coin the order
names (found by i13-gath30w beside its Portuguese "✅ WIN em XRP/USDT ✅" results). Acting on
either coin is a guess: the post is read with the reason it is not done
(parsers/other_coin.other_named_coin). Made-up posts, marked so; the guards keep reading.
"""

from __future__ import annotations

import pytest

from parsers.models import UpdateKind
from tests.parsers.reads import check_acts, check_refused

CLOSE, CANCEL = UpdateKind.CLOSE, UpdateKind.CANCEL


@pytest.mark.parametrize(
    ("text", "kind", "why"),
    [
        ("#XRP\nClose ETH now", CLOSE, "the close is said of ETH, not XRP: which trade is meant?"),
        ("#XRP\nclose eth", CLOSE, "the close is said of ETH, not XRP: which trade is meant?"),
        ("#XRP ✅\nClose BTC", CLOSE, "the close is said of BTC, not XRP: which trade is meant?"),
        (
            "✅ WIN em XRP/USDT ✅\nClose ETH now",
            CLOSE,
            "the close is said of ETH, not XRP: which trade is meant?",
        ),
        (
            "#XRP\nCancel SOL order",
            CANCEL,
            "the cancel is said of SOL, not XRP: which trade is meant?",
        ),
        (
            "#SOL\nClosing pepe here",
            CLOSE,
            "the close is said of PEPE, not SOL: which trade is meant?",
        ),
    ],
)
def test_an_order_naming_another_coin_is_not_done(text: str, kind: UpdateKind, why: str) -> None:
    check_refused(text, kind, why)  # made up


@pytest.mark.parametrize(
    ("text", "kind", "symbol"),
    [
        ("#XRP\nClose now", CLOSE, "XRPUSDT"),
        ("#XRP\nClose ALL now", CLOSE, "XRPUSDT"),
        ("Close ETH now", CLOSE, "ETHUSDT"),
        ("#ETH\nclose eth now", CLOSE, "ETHUSDT"),
        ("#DOGE close doge", CLOSE, "DOGEUSDT"),
        ("#LINKUSDT close link", CLOSE, "LINKUSDT"),
    ],
)
def test_an_order_of_its_own_coin_still_acts(text: str, kind: UpdateKind, symbol: str) -> None:
    check_acts(text, kind, symbol, None)  # made up: guards
