"""The fake MEXC's contract deal list (tests/fakes/mexc_deals.py) as MEXC documents it, read
through the real ccxt client: order/list/order_deals (ccxt fetch_my_trades on a swap market) and
order/deal_details/{order_id} (fetch_order_trades): one row per execution, in contracts, with the
fee it was charged; its parameter rules, pages of at most 100, newest first, a 90-day span; and
an execution listed only once the list has caught up with it (lag_ms)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from engine.adapters.ccxt_broker import CcxtBroker
from tests.fakes.fake_mexc import FakeMexc
from tests.fakes.orders import FakeOrder
from tests.live.helpers import make_broker

BTC = "BTC/USDT:USDT"
SYM = "BTC_USDT"
DEALS = "order/list/order_deals"
DAY_MS = 24 * 3600 * 1000


def _trade(fake: FakeMexc, side: str, vol: int, code: int) -> FakeOrder:
    """A market order of `vol` contracts with MEXC side `code`, executed at once."""
    book = fake.book
    o = FakeOrder(book.next_id(), None, SYM, side, "market", Decimal(vol), by_hand=True)
    o.extra["side"] = code
    book.submit(o)
    book.settle_pending()
    return o


@pytest.fixture
async def broker(fake_mexc: FakeMexc, mexc_settings: object) -> CcxtBroker:
    b = await make_broker(mexc_settings)  # type: ignore[arg-type]
    yield b  # type: ignore[misc]
    await b.close()


async def test_deal_list_when_orders_executed_then_one_row_each_in_contracts_with_fee_and_side(
    fake_mexc: FakeMexc, broker: CcxtBroker
) -> None:
    opened = _trade(fake_mexc, "sell", 30, 3)  # open short
    fake_mexc.set_price(SYM, 59000)
    closed = _trade(fake_mexc, "buy", 30, 2)  # close short
    ex = broker.exchange
    since = fake_mexc.book.now_ms() - 60_000
    trades = await ex.fetch_my_trades(BTC, since)
    by_order = {t["order"]: t for t in trades}
    assert set(by_order) == {opened.id, closed.id}
    for o in (opened, closed):
        t = by_order[o.id]
        assert Decimal(str(t["amount"])) == o.filled == 30  # contracts, not BTC
        assert Decimal(str(t["fee"]["cost"])) == o.fee and t["fee"]["currency"] == "USDT"
        assert t["takerOrMaker"] == "taker"
    # MEXC's own side codes are in the row; ccxt reads 2 (a close short: a buy) as a sell.
    assert by_order[closed.id]["info"]["side"] == 2 and by_order[closed.id]["side"] == "sell"
    (one,) = await ex.fetch_order_trades(closed.id, BTC)
    assert one["order"] == closed.id and Decimal(str(one["fee"]["cost"])) == closed.fee
    assert fake_mexc.deals.reads[-1]["start_time"] == str(since)


async def test_deal_list_when_more_than_a_page_then_newest_first_in_numbered_pages(
    fake_mexc: FakeMexc, broker: CcxtBroker
) -> None:
    made = []
    for i in range(5):  # open long, close long, ... one a second
        opens = i % 2 == 0
        made.append(_trade(fake_mexc, "buy" if opens else "sell", 1, 1 if opens else 4))
        fake_mexc.book.advance(1)
    api = broker.exchange.contractPrivateGetOrderListOrderDeals
    first = (await api({"symbol": SYM, "page_num": 1, "page_size": 2}))["data"]
    second = (await api({"symbol": SYM, "page_num": 2, "page_size": 2}))["data"]
    last = (await api({"symbol": SYM, "page_num": 3, "page_size": 2}))["data"]
    assert [d["orderId"] for d in first + second + last] == [o.id for o in reversed(made)]
    assert len(last) == 1
    default = (await api({"symbol": SYM}))["data"]  # page 1 of 20
    assert len(default) == 5


@pytest.mark.parametrize(
    "params",
    [
        {},  # symbol is mandatory
        {"symbol": SYM, "page_size": 101},  # at most 100
        {"symbol": SYM, "page_size": 0},
        {"symbol": SYM, "page_num": 0},
        {"symbol": SYM, "start_time": 1, "end_time": 1 + 90 * DAY_MS + 1},  # over 90 days
        {"symbol": SYM, "start_time": 2, "end_time": 1},
    ],
)
async def test_deal_list_when_a_parameter_breaks_the_docs_then_refused_600(
    broker: CcxtBroker, params: dict[str, object]
) -> None:
    with pytest.raises(Exception, match="600"):
        await broker.exchange.contractPrivateGetOrderListOrderDeals(params)


async def test_deal_list_when_contract_unknown_then_refused_1001(broker: CcxtBroker) -> None:
    with pytest.raises(Exception, match="1001"):
        await broker.exchange.contractPrivateGetOrderListOrderDeals({"symbol": "NOPE_USDT"})


async def test_deal_list_when_outside_its_window_then_not_listed(
    fake_mexc: FakeMexc, broker: CcxtBroker
) -> None:
    old = _trade(fake_mexc, "buy", 5, 1)
    fake_mexc.book.advance(8 * 24 * 3600)  # without start_time: the last 7 days only
    api = broker.exchange.contractPrivateGetOrderListOrderDeals
    assert (await api({"symbol": SYM}))["data"] == []
    start = fake_mexc.book.now_ms() - 9 * DAY_MS
    (row,) = (await api({"symbol": SYM, "start_time": start}))["data"]
    assert row["orderId"] == old.id


async def test_deal_list_when_lagging_then_an_execution_shows_only_once_caught_up(
    fake_mexc: FakeMexc, broker: CcxtBroker
) -> None:
    fake_mexc.deals.lag_ms = 3_000
    o = _trade(fake_mexc, "buy", 5, 1)
    since = fake_mexc.book.now_ms() - 60_000
    assert await broker.exchange.fetch_my_trades(BTC, since) == []
    assert await broker.exchange.fetch_order_trades(o.id, BTC) == []
    fake_mexc.book.advance(3)
    (t,) = await broker.exchange.fetch_my_trades(BTC, since)
    assert t["order"] == o.id


async def test_deal_list_when_a_resting_limit_fills_then_maker_row_at_the_maker_rate(
    fake_mexc: FakeMexc, broker: CcxtBroker
) -> None:
    book = fake_mexc.book
    o = FakeOrder(book.next_id(), None, SYM, "buy", "limit", Decimal(10), price=Decimal(59000))
    o.extra["side"] = 1
    book.submit(o)  # rests below the price
    _trade(fake_mexc, "buy", 10, 1)  # a market order: the taker
    fake_mexc.set_price(SYM, 59000)  # the limit fills as the maker
    trades = await broker.exchange.fetch_my_trades(BTC, book.now_ms() - 60_000)
    by_order = {t["order"]: t for t in trades}
    made = by_order[o.id]
    cs = book.markets[SYM].contract_size
    assert made["takerOrMaker"] == "maker"
    assert Decimal(str(made["fee"]["cost"])) == 10 * 59000 * cs * book.maker_fee_rate  # type: ignore[operator]
    assert [t["takerOrMaker"] for t in trades if t["order"] != o.id] == ["taker"]
    # The order reports it as its makerFee; ccxt adds takerFee and makerFee up.
    info = fake_mexc._order_json(o)
    assert info["makerFee"] == float(o.fee) and info["takerFee"] == 0
    assert book.maker_fee_rate != book.fee_rate
