"""A stop the exchange answered it did not carry out and that may be sent again (Binance 503
-1001, errors.NotProcessed) is sent once more at once, as a new order, before the position would
be closed; a second such answer closes it; any other refusal closes it at once, as before
(engine/core/stop_failure.py, where the reasoning is). Through the real engine, CcxtBroker and
ccxt client against the loopback fake Binance USD-M.
"""

from __future__ import annotations

from pathlib import Path

from engine import events as ev
from engine.domain.trade import TradeStatus
from tests.fakes.fixtures import BTC_ID
from tests.fakes.server import Call, FakeExchangeServer
from tests.live.helpers import live_signal
from tests.live.lost_entry import running, told

NAME = "binanceusdm"
STOP = "/fapi/v1/algoOrder"


def _stop_creates(fake: FakeExchangeServer) -> list[Call]:
    return [c for c in fake.calls if c.method == "POST" and c.path == STOP]


def _client_id(call: Call) -> str:
    (cid,) = [p.split("=", 1)[1] for p in call.body.split("&") if p.startswith("clientAlgoId=")]
    return cid


async def test_stop_when_answered_1001_once_then_sent_once_more_and_position_kept(
    tmp_path: Path,
) -> None:
    sym = BTC_ID[NAME]
    async with running(NAME, tmp_path) as (fake, eng, events):
        fake.reject_next("internal", 1, STOP, "POST")
        r = await eng.execute(live_signal(signal_id="e"))
        assert len(fake.book.open_orders(sym, stops=True)) == 1  # sent again at once
        await eng.monitor_pass()
        t = eng.trades["e"]
        assert r.ok and t.status == TradeStatus.OPEN
        held = fake.book.positions[sym]
        assert held > 0  # not closed
        (stop,) = fake.book.open_orders(sym, stops=True)
        assert stop.trigger == 59000 and stop.qty == held
        first, second = _stop_creates(fake)  # the refused one, then one more: a new order
        assert _client_id(first) != _client_id(second) == stop.client_id
        assert fake.book.find_client(_client_id(first)) is None
        assert not told(events, ev.ERROR, "closing the position")


async def test_stop_when_answered_1001_twice_then_position_closed_and_user_told(
    tmp_path: Path,
) -> None:
    sym = BTC_ID[NAME]
    async with running(NAME, tmp_path) as (fake, eng, events):
        fake.reject_next("internal", 2, STOP, "POST")
        await eng.execute(live_signal(signal_id="e"))
        assert not fake.book.positions.get(sym)  # closed at market, at once
        await eng.monitor_pass()
        assert fake.book.open_orders(sym, stops=True) == []
        assert len(_stop_creates(fake)) == 2  # the first and one more, never a third
        (said,) = told(events, ev.ERROR, "closing the position")
        assert "could not be placed again, after one more try" in said.text
        assert "internal error -1001" in said.text
        assert eng.trades["e"].status == TradeStatus.CLOSED


async def test_stop_when_refused_for_its_price_then_closed_at_once_without_another_try(
    tmp_path: Path,
) -> None:
    sym = BTC_ID[NAME]
    async with running(NAME, tmp_path) as (fake, eng, events):
        fake.reject_stops(1)  # -2021 "Order would immediately trigger."
        await eng.execute(live_signal(signal_id="e"))
        await eng.monitor_pass()
        assert not fake.book.positions.get(sym)
        assert len(_stop_creates(fake)) == 1
        (said,) = told(events, ev.ERROR, "closing the position")
        assert "after one more try" not in said.text
