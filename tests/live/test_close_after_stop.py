"""/close while the trade's stop has just filled on the exchange, before sigcopy heard of it.

The close is refused - Binance -2022 "ReduceOnly Order is rejected.", MEXC 2009 "Position is
not exists or closed." (https://developers.binance.com/docs/derivatives/usds-margined-futures/
error-code, https://mexcdevelop.github.io/apidocs/contract_v1_en/#error-code) - and the engine
used to answer "Nothing was closed ... the position is still open with its stop", then place
the take-profits it had cancelled for the close again (each refused the same way), while the
position was gone. Now a refused close reads the trade's resting orders back first: the stop's
fill is booked, the trade ends (stop hit), nothing is placed again, and the answer says the
position was already closed. Through the real engine and ccxt client against both fakes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import desk_closes
from engine import events as ev
from engine.domain.trade import TradeStatus
from tests.fakes.fixtures import BTC_ID
from tests.live.helpers import live_signal
from tests.live.test_ended_orders import _started, _venue

CREATE = ("/fapi/v1/order", "/order/create", "/order/submit")  # (never a stop: no plan order)


@pytest.mark.parametrize("name", ["binanceusdm", "mexc"])
async def test_close_when_the_stop_filled_unseen_then_said_closed_by_it_and_nothing_replaced(
    name: str, tmp_path: Path
) -> None:
    sym = BTC_ID[name]
    async with _venue(name) as fake, _started(fake, name, tmp_path) as (eng, events):
        assert (await eng.execute(live_signal(signal_id="a"))).ok
        fake.set_price(sym, 58900)  # the stop fills there; no poll or stream tells sigcopy yet
        assert fake.book.positions.get(sym, 0) == 0
        sent = len(fake.calls)
        said = await desk_closes.close(eng, "BTCUSDT")
        t = eng.trades["a"]
        assert t.status == TradeStatus.CLOSED and t.close_reason == "stop_loss"
        assert "was already closed on the exchange (stop_loss)" in said, said
        assert "still open" not in said, said
        assert any(e.kind == ev.STOP_HIT for e in events), events
        # One create after the stop filled (the refused close), no take-profit placed again.
        made = [c for c in fake.calls[sent:] if c.method == "POST" and c.path.endswith(CREATE)]
        assert len(made) == 1, made
        assert fake.book.open_orders(sym) == []
        assert fake.book.positions.get(sym, 0) == 0
