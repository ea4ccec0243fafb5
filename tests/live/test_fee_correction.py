"""A Binance USD-M market order's answer carries no commission: the fill is booked at the
market's published rate and flagged (`fee_estimated`), then corrected once to the commission the
account's trade list reports (engine/core/fee_corrector.py, engine/adapters/ccxt_fees.py): in
the trade, the ledger (/stats), the order, the fill records and a FEE line of the trade log.

Through the real engine and the real ccxt client against the fake Binance USD-M, whose
userTrades follows https://developers.binance.com/docs/derivatives/usds-margined-futures/trade/
rest-api/Account-Trade-List (the fake's rate, 0.04 %, is not ccxt's published 0.05 %).
"""

from __future__ import annotations

import asyncio
from decimal import Decimal
from pathlib import Path
from typing import Any

from engine.engine import TradingEngine
from tests.fakes.fake_binance import FakeBinance
from tests.fakes.orders import FakeOrder
from tests.live.helpers import live_engine, live_signal, log_lines

NO_STREAM = {"WATCH_ORDERS": False}
TRADES = "/fapi/v1/userTrades"


def _engine(fake: FakeBinance, tmp: Path, **live: Any) -> TradingEngine:
    return live_engine(fake, "binanceusdm", tmp, live=NO_STREAM | live)


def _entries(fake: FakeBinance, symbol: str = "BTCUSDT") -> list[FakeOrder]:
    return [o for o in fake.book.placed("market") if o.symbol == symbol and not o.reduce_only]


def _fee_lines(tmp: Path) -> list[dict[str, Any]]:
    return [ln for ln in log_lines(tmp) if ln["action"] == "FEE"]


async def test_market_entry_when_answer_has_no_fee_then_estimate_replaced_once_by_trade_list(
    fake_binance: FakeBinance, tmp_path: Path
) -> None:
    eng = _engine(fake_binance, tmp_path)
    await eng.start()
    try:
        r = await eng.execute(live_signal())
        assert r.ok, r.reasons
        (entry,) = _entries(fake_binance)
        t = eng.trades[r.trade_id]
        mk = eng.broker.markets["BTC/USDT:USDT"]  # type: ignore[attr-defined]
        estimate = entry.filled * entry.avg * mk.taker_fee
        assert t.fees == estimate != entry.fee and t.extra["fee_estimated"] is True
        assert fake_binance.count(TRADES) == 0  # nothing read on the signal's path
        (opened,) = [ln for ln in log_lines(tmp_path) if ln["action"] == "OPEN"]
        assert opened["fee_estimated"] is True and Decimal(opened["fees"]) == estimate

        await eng.monitor_pass()
        assert fake_binance.count(TRADES) == 1
        assert t.fees == entry.fee and "fee_estimated" not in t.extra
        assert eng.ledger.total_fees == entry.fee
        assert eng.get_stats()["total_fees_paid"] == float(entry.fee)
        assert eng.orders[entry.client_id or ""].fee == entry.fee  # type: ignore[index]
        (fee_line,) = _fee_lines(tmp_path)
        assert Decimal(fee_line["fees"]) == entry.fee - estimate
        assert Decimal(fee_line["fee_estimate"]) == estimate
        assert Decimal(fee_line["fee_charged"]) == entry.fee
        assert fee_line["order_id"] == entry.id and fee_line["trade_id"] == r.trade_id

        await eng.monitor_pass()  # nothing left to ask, nothing booked again
        assert fake_binance.count(TRADES) == 1 and t.fees == entry.fee
        assert len(_fee_lines(tmp_path)) == 1
    finally:
        await eng.aclose()

    eng = _engine(fake_binance, tmp_path)  # a restart: the correction was recorded
    await eng.start()
    try:
        await eng.monitor_pass()
        assert fake_binance.count(TRADES) == 1
        assert eng.trades[r.trade_id].fees == entry.fee
        assert eng.ledger.total_fees == entry.fee
        assert len(_fee_lines(tmp_path)) == 1
    finally:
        await eng.aclose()


async def test_restart_when_estimate_not_yet_corrected_then_corrected_after_it_exactly_once(
    fake_binance: FakeBinance, tmp_path: Path
) -> None:
    eng = _engine(fake_binance, tmp_path)
    await eng.start()
    r = await eng.execute(live_signal())
    assert r.ok, r.reasons
    estimate = eng.trades[r.trade_id].fees
    await eng.aclose()  # stopped before any monitor pass
    (entry,) = _entries(fake_binance)
    assert estimate != entry.fee

    for _ in range(2):  # the second restart finds nothing left to correct
        eng = _engine(fake_binance, tmp_path)
        await eng.start()
        try:
            t = eng.trades[r.trade_id]
            await eng.monitor_pass()
            assert t.fees == entry.fee and "fee_estimated" not in t.extra
            assert eng.ledger.total_fees == entry.fee
        finally:
            await eng.aclose()
    assert fake_binance.count(TRADES) == 1
    (fee_line,) = _fee_lines(tmp_path)
    assert Decimal(fee_line["fees"]) == entry.fee - estimate


async def test_estimates_on_one_symbol_when_corrected_then_one_trade_list_read_for_all(
    fake_binance: FakeBinance, tmp_path: Path
) -> None:
    eng = _engine(fake_binance, tmp_path)
    await eng.start()
    try:
        first = await eng.execute(live_signal())
        assert first.ok, first.reasons
        assert await eng.close_position("BTCUSDT")  # a market close: estimated too
        second = await eng.execute(live_signal())
        other = await eng.execute(live_signal(symbol="ETHUSDT", tp=[3100], sl=2900))
        assert second.ok and other.ok
        orders = fake_binance.book.placed("market")
        assert len(orders) == 4
        await eng.monitor_pass()
        # BTC: one read by time for the three orders; ETH: one order, read by its id.
        reads = fake_binance.trade_reads
        assert sorted(r["symbol"] for r in reads) == ["BTCUSDT", "ETHUSDT"]
        (btc,) = [r for r in reads if r["symbol"] == "BTCUSDT"]
        assert "startTime" in btc and "orderId" not in btc
        (eth,) = [r for r in reads if r["symbol"] == "ETHUSDT"]
        assert "orderId" in eth
        # In the order they were sent: entry and close of the first, the second's, ETH's.
        paid = [orders[0].fee + orders[1].fee, orders[2].fee, orders[3].fee]
        for res, fee in zip((first, second, other), paid, strict=True):
            t = eng.trades[res.trade_id]
            assert t.fees == fee > 0 and "fee_estimated" not in t.extra
        assert eng.ledger.total_fees == sum((o.fee for o in orders), Decimal(0))
        assert len(_fee_lines(tmp_path)) == 4
    finally:
        await eng.aclose()


async def test_fee_when_charged_in_bnb_then_estimate_kept_flagged_and_not_asked_again(
    fake_binance: FakeBinance, tmp_path: Path
) -> None:
    fake_binance.commission_asset = "BNB"
    eng = _engine(fake_binance, tmp_path)
    await eng.start()
    try:
        r = await eng.execute(live_signal())
        assert r.ok, r.reasons
        t = eng.trades[r.trade_id]
        estimate = t.fees
        await eng.monitor_pass()
        await eng.monitor_pass()
        assert fake_binance.count(TRADES) == 1  # a final answer: not asked again
        assert t.fees == estimate and t.extra["fee_estimated"] is True
        assert _fee_lines(tmp_path) == []
    finally:
        await eng.aclose()
    eng = _engine(fake_binance, tmp_path)
    await eng.start()
    try:
        await eng.monitor_pass()
        assert fake_binance.count(TRADES) == 1  # nor after a restart
    finally:
        await eng.aclose()


async def test_trade_list_when_unreachable_then_estimate_stays_and_is_corrected_on_a_later_pass(
    fake_binance: FakeBinance, tmp_path: Path
) -> None:
    eng = _engine(fake_binance, tmp_path)
    await eng.start()
    try:
        r = await eng.execute(live_signal())
        (entry,) = _entries(fake_binance)
        t = eng.trades[r.trade_id]
        estimate = t.fees
        fake_binance.fail_next(4, 503, TRADES)  # every attempt of one read refused
        await eng.monitor_pass()
        assert t.fees == estimate and t.extra["fee_estimated"] is True
        await eng.monitor_pass()
        assert t.fees == entry.fee and eng.ledger.total_fees == entry.fee
        assert fake_binance.count(TRADES) == 5
    finally:
        await eng.aclose()


async def test_market_entry_when_stream_pushes_its_fill_then_corrected_without_a_request(
    fake_binance: FakeBinance, tmp_path: Path
) -> None:
    eng = live_engine(fake_binance, "binanceusdm", tmp_path)  # the order stream on
    await eng.start()
    await fake_binance.wait_streams()
    try:
        r = await eng.execute(live_signal())
        assert r.ok, r.reasons
        (entry,) = _entries(fake_binance)
        t = eng.trades[r.trade_id]
        for _ in range(400):  # the pushed ORDER_TRADE_UPDATE carries the commission (n)
            if t.fees == entry.fee:
                break
            await asyncio.sleep(0.05)
        assert t.fees == entry.fee and eng.ledger.total_fees == entry.fee
        assert "fee_estimated" not in t.extra
        await eng.monitor_pass()
        assert fake_binance.count(TRADES) == 0
        assert len(_fee_lines(tmp_path)) == 1
    finally:
        await eng.aclose()
