"""A cover stop that may land on a position opened by hand is placed with the user told
precisely what else rests on the market (engine/core/foreign_orders.py).

An entry whose answer was lost is not found, and the exchange holds more than the book: the
amount may be the entry's late fill, or a trade the user opened by hand. Before the cover stop is
placed (position_cover.py), the market's resting orders are read - regular and trigger orders,
the exchange's own open-order lists (Binance GET /fapi/v1/openOrders and /fapi/v1/openAlgoOrders;
MEXC order/list/open_orders and the untriggered plan orders) - and those sigcopy did not place
are named in the message. The cover stop goes out either way.

Through the real engine, CcxtBroker and ccxt client against the loopback fakes, on the fake's
clock.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from engine import events as ev
from engine.core.lost_answers import LATE_S
from engine.domain.trade import TradeStatus
from tests.fakes.fixtures import BTC_ID, start_fake
from tests.fakes.orders import FakeOrder
from tests.fakes.server import FakeExchangeServer
from tests.live.lost_entry import VENUES, lost_entry, told
from tests.live.test_cover_ends import _covered

HAND = "that sigcopy did not place"


def _by_hand(fake: FakeExchangeServer, name: str, btc: Decimal, stop: int) -> None:
    """The user opens a long of `btc` in the exchange's web page, with a stop at `stop`."""
    sym = BTC_ID[name]
    book = fake.book
    qty = btc / book.markets[sym].contract_size  # (MEXC counts contracts)
    book.submit(FakeOrder(book.next_id(), None, sym, "buy", "market", qty, by_hand=True))
    book.settle_pending()  # (MEXC matches a market order once its answer has left)
    # MEXC's plan order: side 4 closes a long; triggerType 2, at or below the trigger.
    extra = {"side": 4, "triggerType": 2, "openType": 1} if name == "mexc" else {}
    cid = None if name == "mexc" else "web_Hx2kd81"  # (Binance names a web order web_...)
    o = FakeOrder(
        book.next_id(),
        cid,
        sym,
        "sell",
        "stop",
        qty,
        trigger=Decimal(stop),
        reduce_only=True,
        by_hand=True,
        extra=extra,
    )
    book.submit(o)


@pytest.mark.parametrize("name", VENUES)
async def test_cover_when_a_stop_set_by_hand_rests_there_then_placed_and_user_told_of_it(
    name: str, tmp_path: Path
) -> None:
    async with lost_entry(name, tmp_path) as s:
        # The entry never shows up; the user opens a long by hand, with its own stop.
        _by_hand(s.fake, name, Decimal("0.05"), 58500)
        await s.passes([LATE_S[0]])
        # The cover stop is placed all the same (never a position without a stop of sigcopy's
        # while it may be the entry's), and the user is told what else rests there.
        triggers = sorted(o.trigger for o in s.stops())
        assert triggers == [58500, 59000] and s.trade.status == TradeStatus.PENDING
        (said,) = s.told(ev.ERROR, "more (long) than sigcopy booked")
        assert f"orders on BTC/USDT:USDT {HAND}: a stop (sell) at 58500 for 0.05" in said.text
        assert "reduce-only" in said.text and "a trade of yours by hand" in said.text


@pytest.mark.parametrize("name", VENUES)
async def test_cover_when_only_sigcopys_orders_rest_there_then_none_named(
    name: str, tmp_path: Path
) -> None:
    async with _covered(name, tmp_path) as (fake, eng, events, t):
        (said,) = told(events, ev.ERROR, "more (long) than sigcopy booked")
        assert HAND not in said.text and "could not be read" not in said.text


async def test_cover_when_mexc_position_has_a_tpsl_set_by_hand_then_user_told_of_both(
    tmp_path: Path,
) -> None:
    # On MEXC a stop set on a position in the web page is a TP/SL order, in neither the open
    # orders nor the plan orders (tests/fakes/mexc_tpsl.py); it used to go unread, and the user
    # was told nothing else rests there. Now GET stoporder/open_orders is read too.
    async with lost_entry("mexc", tmp_path) as s:
        fake, sym, book = s.fake, s.sym, s.fake.book
        qty = Decimal("0.05") / book.markets[sym].contract_size  # (contracts)
        book.submit(FakeOrder(book.next_id(), None, sym, "buy", "market", qty, by_hand=True))
        book.settle_pending()
        fake.tpsl.set_by_hand(sym, qty, stop_loss=Decimal(58500), take_profit=Decimal(64000))
        await s.passes([LATE_S[0]])
        assert fake.count("stoporder/open_orders", "GET") >= 1
        (said,) = s.told(ev.ERROR, "more (long) than sigcopy booked")
        assert f"orders on BTC/USDT:USDT {HAND}: a stop (sell) at 58500 for 0.05" in said.text
        assert "a take-profit (sell) at 64000 for 0.05, reduce-only" in said.text
        # sigcopy's own cover stop is a plan order beside it, at the signal's stop.
        assert 59000 in [o.trigger for o in s.stops()]


async def test_fake_mexc_tpsl_when_its_stop_loss_fires_then_its_take_profit_goes_with_it() -> None:
    fake = await start_fake("mexc")
    try:
        sym = BTC_ID["mexc"]
        book = fake.book
        book.submit(FakeOrder(book.next_id(), None, sym, "buy", "market", Decimal(500)))
        book.settle_pending()
        rec = fake.tpsl.set_by_hand(sym, Decimal(500), Decimal(58500), Decimal(64000))
        assert len(book.open_orders(sym, stops=True)) == 2
        fake.set_price(sym, 58000)  # the stop-loss fires: the position closes
        assert not book.positions.get(sym) and book.open_orders(sym) == []
        assert fake.tpsl._state(rec) == (3, 2)  # executed, by its stop-loss
    finally:
        await fake.stop()
