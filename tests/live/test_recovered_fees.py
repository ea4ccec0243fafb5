"""Fills that happened while sigcopy was down are booked at start with the fee the exchange
reports (engine/core/recovery.py reads them through the broker; engine/adapters/ccxt_fees.py).

MEXC's contract orders carry their fees (takerFee, makerFee); Binance USD-M order answers carry
none, its Account Trade List does (userTrades, commission). Only when the exchange reports no
usable fee (Binance charging it in BNB) is the market's rate applied, and the trade record says
so. Through the real ccxt client against the fake MEXC and Binance USD-M.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from engine.results import ExecutionResult
from tests.fakes.fake_binance import FakeBinance
from tests.fakes.fixtures import BTC_ID
from tests.fakes.orders import FakeOrder
from tests.fakes.server import FakeExchangeServer
from tests.live.helpers import live_engine, live_signal, log_lines

NO_STREAM = {"WATCH_ORDERS": False}


async def test_restart_when_entry_and_stop_filled_while_down_then_exchange_fees_booked(
    fake_venue: tuple[str, FakeExchangeServer], tmp_path: Path
) -> None:
    name, fake = fake_venue
    sym = BTC_ID[name]
    eng = live_engine(fake, name, tmp_path, live=NO_STREAM)
    await eng.start()
    r = await eng.execute(live_signal(entries=[59800], sl=59000))
    assert r.ok, r.reasons
    await eng.aclose()
    # While sigcopy is down the limit entry fills; sigcopy places the stop only once it knows.
    (entry,) = fake.book.set_price(sym, "59800")
    eng = live_engine(fake, name, tmp_path, live=NO_STREAM)
    await eng.start()
    try:
        t = eng.trades[r.trade_id]
        assert t.entry_qty == entry.filled * fake.book.markets[sym].contract_size
        assert t.fees == entry.fee  # the exchange's, not the market's rate
        assert "fee_estimated" not in t.extra
        await eng.monitor_pass()
        (stop,) = fake.book.placed("stop", live=True)
    finally:
        await eng.aclose()
    fake.book.stop_slippage = Decimal(20)
    fake.book.set_price(sym, "58900")  # the stop fills while sigcopy is down again
    eng = live_engine(fake, name, tmp_path, live=NO_STREAM)
    await eng.start()
    try:
        t = eng.trades[r.trade_id]
        assert not t.is_active and t.close_reason == "stop_loss"
        assert t.avg_exit == stop.avg == Decimal(58880)
        assert t.fees == entry.fee + stop.fee
        assert "fee_estimated" not in t.extra
        lines = [ln for ln in log_lines(tmp_path) if ln["action"] in ("OPEN", "CLOSE")]
        assert [Decimal(ln["fees"]) for ln in lines] == [entry.fee, stop.fee]
        assert not any("fee_estimated" in ln for ln in lines)
    finally:
        await eng.aclose()


async def _entry_filled_while_down(
    fake: FakeBinance, tmp_path: Path
) -> tuple[ExecutionResult, FakeOrder]:
    """A resting limit entry placed, the bot stopped, the entry filled while it is down."""
    eng = live_engine(fake, "binanceusdm", tmp_path, live=NO_STREAM)
    await eng.start()
    r = await eng.execute(live_signal(entries=[59800], sl=59000))
    assert r.ok, r.reasons
    await eng.aclose()
    (entry,) = fake.book.set_price("BTCUSDT", "59800")
    return r, entry


async def test_restart_when_binance_charged_the_fee_in_bnb_then_estimated_and_said_so(
    fake_binance: FakeBinance, tmp_path: Path
) -> None:
    fake_binance.commission_asset = "BNB"  # not a USDT amount: the fee is estimated
    r, entry = await _entry_filled_while_down(fake_binance, tmp_path)
    eng = live_engine(fake_binance, "binanceusdm", tmp_path, live=NO_STREAM)
    await eng.start()
    try:
        t = eng.trades[r.trade_id]
        assert t.entry_qty == entry.filled
        # The market's maker rate on the fill, and the record says it is an estimate.
        mk = eng.broker.markets["BTC/USDT:USDT"]  # type: ignore[attr-defined]
        assert t.fees == entry.filled * entry.avg * mk.maker_fee > 0
        assert t.extra.get("fee_estimated") is True
        (opened,) = [ln for ln in log_lines(tmp_path) if ln["action"] == "OPEN"]
        assert opened["fee_estimated"] is True
        assert fake_binance.count("/userTrades") >= 1  # asked before estimating
    finally:
        await eng.aclose()


async def test_restart_when_trade_list_unreachable_then_fill_booked_with_an_estimate(
    fake_binance: FakeBinance, tmp_path: Path
) -> None:
    r, entry = await _entry_filled_while_down(fake_binance, tmp_path)
    fake_binance.fail_next(4, 429, "/userTrades")  # every attempt of the read refused
    eng = live_engine(fake_binance, "binanceusdm", tmp_path, live=NO_STREAM)
    await eng.start()
    try:
        t = eng.trades[r.trade_id]
        assert t.entry_qty == entry.filled and t.avg_entry == entry.avg  # booked all the same
        assert t.fees > 0 and t.extra.get("fee_estimated") is True
        assert fake_binance.count("/userTrades") == 4
        (stop,) = fake_binance.book.placed("stop", live=True)  # and protected
        assert stop.qty == entry.filled
    finally:
        await eng.aclose()
