"""An order Binance carried out but answered 503 -1007 ("Send status unknown; execution status
unknown."): the General Info page says "It is important to NOT treat this as a failure
operation; the execution status is UNKNOWN and could have been a success"
(https://developers.binance.com/docs/derivatives/usds-margined-futures/general-info, "HTTP
Return Codes"). The fake could only fail a request before it took effect, or hold its answer
past the client's timeout; now it can also take the order and answer that 503 at once
(Faults.error_after_accept, tests/fakes/binance_errors.py "backend_timeout").

The engine looks the order up by its client id and takes what it finds: never sent twice,
never marked rejected while it rests. Through the real engine and ccxt client.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.domain.trade import TradeStatus
from tests.live.helpers import live_signal
from tests.live.test_rate_limit_stops import SYM, _running


@pytest.mark.parametrize("path", ["/fapi/v1/order", "/fapi/v1/algoOrder"])
async def test_create_when_answered_503_unknown_after_it_was_placed_then_found_not_sent_again(
    path: str, tmp_path: Path
) -> None:
    async with _running(tmp_path) as (fake, eng, events, waits):
        fake.error_after_accept("backend_timeout", 1, path, "POST")  # the entry, or the stop
        r = await eng.execute(live_signal(signal_id="a"))
        assert r.ok, r.reasons
        answered = [c.status for c in fake.calls if c.method == "POST" and c.path == path]
        assert answered[0] == 503
        # Each client id was created once on the exchange: nothing was sent twice.
        assert fake.book.created and set(fake.book.created.values()) == {1}
        t = eng.trades["a"]
        assert t.status == TradeStatus.OPEN and fake.book.positions[SYM] == t.open_qty
        (stop,) = fake.book.open_orders(SYM, stops=True)
        assert stop.trigger == 59000 and stop.qty == t.open_qty
        recorded = [o for o in eng.book.orders.of_trade("a") if o.exchange_id == stop.id]
        assert [o.status.value for o in recorded] == ["open"]
