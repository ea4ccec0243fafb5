"""A failing cancel-failed hook does not stop the other cancels' answers (order_sends.py).

`OrderSends.cancel_all` applies each cancel's answer in turn and hands every failed one to the
`on_cancel_failed` hook (EndedOrders, which schedules the retry). An exception in that hook
used to escape the loop: the answers after it were never applied (an order cancelled on the
exchange stayed live in the book) and the exception ended the caller's follow-up. Now it is
logged and the loop goes on; the failed order stays live, its failure recorded.

Through the real engine and ccxt client against the fake Binance USD-M (its -2015 refusal:
https://developers.binance.com/docs/derivatives/usds-margined-futures/error-code).
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from engine.domain.orders import Order, OrderRole, OrderStatus
from tests.fakes.server import Call
from tests.live.helpers import live_signal
from tests.live.test_rate_limit_stops import SYM, _running

# Two limit entries below the fake's price (60,000): both rest on the exchange, nothing filled.
RESTING = {"signal_id": "x", "entries": [59800, 59600], "sl": 59000}


async def test_cancel_when_the_failed_hook_raises_then_the_other_answers_still_applied(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    async with _running(tmp_path) as (fake, eng, events, waits):
        assert (await eng.execute(live_signal(**RESTING))).ok
        om = eng.book.orders
        first, second = om.live("x", OrderRole.ENTRY)
        assert first.exchange_id and second.exchange_id

        def refuse_first(call: Call, phase: str) -> None:
            """The exchange refuses the cancel of the first entry only (whichever goes first)."""
            if phase == "received" and call.method == "DELETE" and call.path.endswith("/order"):
                if call.query.get("orderId") == first.exchange_id:
                    fake.reject_next("api_key", 1, "/fapi/v1/order", "DELETE")

        fake.hooks.append(refuse_first)
        hooked: list[str] = []

        def broken(o: Order, error: BaseException) -> None:
            hooked.append(o.client_id)
            raise RuntimeError("a bug in the hook")

        om.on_cancel_failed = broken
        with caplog.at_level(logging.ERROR, logger="sigcopy.engine"):
            await eng.apply_update("CANCEL", symbol="BTCUSDT")
        assert hooked == [first.client_id]
        # The second entry's cancel was answered: applied, though the hook before it raised.
        assert second.status == OrderStatus.CANCELED
        (resting,) = fake.book.open_orders(SYM, stops=False)
        assert resting.id == first.exchange_id
        # The first stays live, its failure kept (said to the user, tried again later).
        assert first.status == OrderStatus.OPEN
        assert "Invalid API-key" in (om.cancel_error([first]) or "")
        assert any(
            first.client_id in r.getMessage() and "a bug in the hook" in r.getMessage()
            for r in caplog.records
        ), caplog.records
