"""A triggered stop that could reduce only part of its size is booked with what it filled.

Found by the crash harness (MEXC, seed 134, cycle 4): a trade's old and new stop both rested (the
old one's cancel had failed) and both fired. The first could reduce only what was left of the
position; the fake then ended that plan order as "invalidated" (state 4) and sigcopy booked no
fill for it. On MEXC a triggered plan order is "executed" (state 3) whatever the market order it
placed filled, and it carries no fill of its own: its `orderId` names the placed order, whose
`dealVol` says what filled (https://www.mexc.fm/api-docs/futures/account-and-trading-endpoints/
get-plan-order-list). Binance USD-M likewise ends the algo order FINISHED and its actual order
says what filled. Through real ccxt against both fakes.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from engine.domain.trade import TradeStatus
from tests.fakes.fixtures import BTC_ID
from tests.fakes.server import FakeExchangeServer
from tests.live.helpers import live_engine, live_signal, log_lines

STOP_CANCEL = {"mexc": ("POST", "planorder/cancel"), "binanceusdm": ("DELETE", "/algoOrder")}


async def test_stop_when_it_fills_only_what_is_left_then_that_fill_is_booked(
    fake_venue: tuple[str, FakeExchangeServer], tmp_path: Path
) -> None:
    name, fake = fake_venue
    sym = BTC_ID[name]
    cs = fake.book.markets[sym].contract_size
    eng = live_engine(
        fake, name, tmp_path, live={"WATCH_ORDERS": False}, MOVE_SL_TO_ENTRY_AFTER_TP1=False
    )
    await eng.start()
    try:
        assert (await eng.execute(live_signal(signal_id="a"))).ok
        a = eng.trades["a"]
        (old,) = fake.book.open_orders(sym, stops=True)
        # TP1 fills; the stop is resized (new first) and the old one's cancel is refused: both
        # rest at 59,000, the old one for the whole entry, the new one for what is left.
        method, path = STOP_CANCEL[name]
        fake.reject_next("rate" if name == "binanceusdm" else "bad_request", 1, path, method)
        fake.set_price(sym, 61000)
        await eng.monitor_pass()
        left = a.open_qty
        assert len(fake.book.open_orders(sym, stops=True)) == 2 and old.qty * cs > left > 0
        # The price falls through both: the old stop (older, first) reduces what is left, only
        # part of its size; the new one then has nothing to reduce.
        fake.set_price(sym, 58900)
        assert fake.book.positions[sym] == 0
        assert old.filled * cs == left < old.qty * cs
        await eng.monitor_pass()
        assert a.status == TradeStatus.CLOSED
        closes = [line for line in log_lines(tmp_path) if line.get("action") == "CLOSE"]
        assert len(closes) == 1, closes
        # What the exchange filled is what sigcopy booked: the old stop's part, at its price.
        assert (
            closes[0]["reason"] == "stop_loss"
            and closes[0]["client_id"] == f"sc{eng.book.orders.tag}_asl2"
        )
        assert Decimal(closes[0]["quantity"]) == left
        assert Decimal(closes[0]["exit_price"]) == old.avg
    finally:
        await eng.aclose()
