"""An entry fill taken from the position (engine/core/cover_adopt.py: its answer lost, its order
never found by its client id) was booked with its fee estimated at the market's taker rate, and
stayed so: the fee corrector asked only for orders with an exchange id. Now it is asked by its
side and send time, and the one order in the account's trade list whose executions add up to
exactly the adopted amount pays it (engine/adapters/ccxt_fees.py); more than one such order,
and the estimate stays. After a restart it is asked again (its fill record keeps its side and
send time): before, a restart found a record naming no exchange order and left it estimated.

Through the real engine and ccxt client against the fake Binance USD-M, whose userTrades follows
https://developers.binance.com/docs/derivatives/usds-margined-futures/trade/rest-api/Account-
Trade-List (its commission rate, 0.04 %, is not ccxt's published 0.05 %: the estimate differs).
"""

from __future__ import annotations

import dataclasses
import logging
import re
from decimal import Decimal
from pathlib import Path

import pytest

from engine.adapters import ccxt_exchange
from engine.core.lost_answers import LATE_S
from engine.domain.trade import TradeStatus
from tests.fakes.orders import FakeOrder
from tests.live.helpers import log_lines
from tests.live.lost_entry import LostEntry, carried_out_unseen, engine_on, lost_entry

TRADES = "/fapi/v1/userTrades"


async def _adopted(s: LostEntry) -> FakeOrder:
    """The entry carried out unseen, covered, then taken as filled (TP1 first); the exchange's
    trade list shows its executions (only its order query lagged). Returns the exchange's
    order."""
    late = carried_out_unseen(s.fake)
    await s.passes([LATE_S[0]])  # covered
    s.fake.book.orders[late.id] = late  # (the query: no longer asked once it is booked)
    s.fake.set_price(s.sym, 61000)  # TP1 first: the position's amount is the entry's fill
    await s.eng.on_price("BTCUSDT", 61000)  # (its settle adopts it; no monitor pass yet)
    assert s.trade.status == TradeStatus.OPEN and s.entry.error and "taken as" in s.entry.error
    return late


async def test_adopted_fill_when_its_executions_are_listed_then_the_charged_fee_is_booked(
    tmp_path: Path,
) -> None:
    async with lost_entry("binanceusdm", tmp_path) as s:
        late = await _adopted(s)
        mk = s.eng.broker.markets["BTC/USDT:USDT"]  # type: ignore[attr-defined]
        estimate = late.filled * late.avg * mk.taker_fee
        assert late.fee != estimate  # (what the test tells apart)
        assert s.entry.fee == estimate and s.entry.fee_estimated
        reads = s.fake.count(TRADES)
        await s.eng.monitor_pass()  # the fee corrector asks the trade list
        assert s.fake.count(TRADES) > reads
        assert s.entry.fee == late.fee and not s.entry.fee_estimated
        # Booked once, in the trade, the ledger and the trade log (its FEE line).
        await s.eng.monitor_pass()
        lines = [ln for ln in log_lines(tmp_path) if ln["action"] == "FEE"]
        (line,) = [ln for ln in lines if ln["client_id"] == s.entry.client_id]
        assert Decimal(line["fees"]) == late.fee - estimate
        assert Decimal(line["fee_charged"]) == late.fee


async def test_adopted_fill_when_another_order_of_its_size_and_side_is_listed_then_estimate_stays(
    tmp_path: Path,
) -> None:
    async with lost_entry("binanceusdm", tmp_path) as s:
        late = await _adopted(s)
        estimate = s.entry.fee
        assert s.entry.fee_estimated
        book = s.fake.book
        # A buy of the same size by hand, closed at once: two orders match; which paid is not
        # known, so no fee is taken from either.
        twin = FakeOrder(book.next_id(), None, s.sym, "buy", "market", late.qty, by_hand=True)
        book.submit(twin)
        book.submit(
            FakeOrder(book.next_id(), None, s.sym, "sell", "market", late.qty, by_hand=True)
        )
        await s.eng.monitor_pass()
        assert s.entry.fee == estimate and s.entry.fee_estimated


async def test_adopted_fill_when_restarted_before_its_fee_is_read_then_asked_again_and_booked(
    tmp_path: Path,
) -> None:
    async with lost_entry("binanceusdm", tmp_path) as s:
        late = await _adopted(s)
        estimate = s.entry.fee
        assert s.entry.fee_estimated and late.fee != estimate
        await s.eng.aclose()  # stopped before any monitor pass asked for its fee
        eng = engine_on("binanceusdm", s.fake, tmp_path)
        await eng.start()
        try:
            t = eng.trades["e"]
            assert t.fees == s.trade.fees and t.extra.get("fee_estimated")
            reads = s.fake.count(TRADES)
            await eng.monitor_pass()  # the fee corrector reads the estimates the store keeps
            assert s.fake.count(TRADES) > reads
            assert "fee_estimated" not in t.extra  # (its other estimates corrected too)
            await eng.monitor_pass()  # booked once
            lines = [ln for ln in log_lines(tmp_path) if ln["action"] == "FEE"]
            (line,) = [ln for ln in lines if ln["client_id"] == s.entry.client_id]
            assert Decimal(line["fees"]) == late.fee - estimate
            assert Decimal(line["fee_charged"]) == late.fee
        finally:
            await eng.aclose()


async def test_adopted_fill_when_the_trade_list_fills_its_page_then_estimate_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Binance's trade list has no page numbers: a full page (oldest first from the send) may
    # leave out another order of the entry's size. Read as the whole list, the entry's order
    # was the one match and its fee was taken though which order paid was not known.
    row = dataclasses.replace(ccxt_exchange.PROFILES["binanceusdm"], trade_page=2)
    monkeypatch.setitem(ccxt_exchange.PROFILES, "binanceusdm", row)
    async with lost_entry("binanceusdm", tmp_path) as s:
        late = await _adopted(s)
        estimate = s.entry.fee
        book = s.fake.book
        for side in ("sell", "buy", "sell"):  # the entry's size by hand: past a page of 2
            book.submit(
                FakeOrder(book.next_id(), None, s.sym, side, "market", late.qty, by_hand=True)
            )
        reads = s.fake.count(TRADES)
        await s.eng.monitor_pass()
        assert s.fake.count(TRADES) > reads  # read: a full page, undecided
        assert s.entry.fee == estimate and s.entry.fee_estimated


async def test_adopted_fill_when_the_trade_list_echoes_the_request_then_nothing_leaks(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # The fee corrector's "not read" warning carried the ccxt error's text: a refusal that
    # quotes the request put the API key and the signed query in the log.
    async with lost_entry("binanceusdm", tmp_path) as s:
        late = await _adopted(s)
        s.fake.echo_next(10, TRADES)
        with caplog.at_level(logging.DEBUG):
            await s.eng.monitor_pass()
        assert s.fake.book.faults.echo_next < 10  # (the echo did come back)
        assert s.entry.fee_estimated
        told = caplog.text + " ".join(e.text for e in s.events)
        assert s.fake.api_key not in told and s.fake.secret not in told
        assert not re.findall(r"[0-9a-f]{64}|timestamp=\d+", told)  # a signature, a query
        s.fake.echo_next(0)
        await s.eng.monitor_pass()
        assert s.entry.fee == late.fee and not s.entry.fee_estimated
