"""An adopted entry fill's fee on MEXC (the default exchange), read from its contract deal list.

An entry whose answer was lost and whose fill was taken from the position (engine/core/
cover_adopt.py) was booked with the market's taker rate. On Binance USD-M the fee corrector
finds its order in the account's trade list by side and send time (test_adopted_fee.py); on MEXC
it did not ask (ExchangeProfile.fees_by_time off: the fake had no deal list held to MEXC's docs),
so the estimate stayed. Now MEXC's deal list (order/list/order_deals: tests/fakes/mexc_deals.py)
is read: 100 a page, page by page, newest first; its amounts in contracts; its sides MEXC's own
codes (1 open long, 2 close short, 3 open short, 4 close long), which ccxt misreads (2 as a sell,
3 and 4 left numbers): ccxt_fees.py reads them from the profile's side_codes, and only an
opening execution can be an entry's.

Through the real engine and ccxt client against the fake MEXC, whose account is charged 0.04 %
while its contract detail publishes a 0.02 % taker rate (an account's tier differs from the
published rate): the estimate and the charged fee differ.
"""

from __future__ import annotations

import logging
import re
from decimal import Decimal
from pathlib import Path

import pytest

from engine.core.lost_answers import LATE_S
from engine.domain.trade import TradeStatus
from tests.fakes.orders import FakeOrder
from tests.live.helpers import log_lines, short_until_held
from tests.live.lost_entry import LostEntry, carried_out_unseen, engine_on, lost_entry

DEALS = "order/list/order_deals"
SHORT = {"side": "SHORT", "tp": [59000, 58000], "sl": 61000}


async def _adopted(s: LostEntry, tp1: int = 61000) -> FakeOrder:
    """The entry carried out unseen, covered, then taken as filled (TP1 first); the deal list
    shows its executions (only its order query lagged). Returns the exchange's order."""
    late = carried_out_unseen(s.fake)
    await s.passes([LATE_S[0]])  # covered
    s.fake.book.orders[late.id] = late  # (the query: no longer asked once it is booked)
    s.fake.set_price(s.sym, tp1)  # TP1 first: the position's amount is the entry's fill
    await s.eng.on_price("BTCUSDT", tp1)  # (its settle adopts it; no monitor pass yet)
    assert s.trade.status == TradeStatus.OPEN and s.entry.error and "taken as" in s.entry.error
    assert s.entry.fee_estimated and s.entry.fee != late.fee  # (what the tests tell apart)
    return late


def _hand(s: LostEntry, side: str, qty: Decimal, code: int) -> FakeOrder:
    """An order placed by hand in MEXC's web page, MEXC side `code`, executed at once."""
    book = s.fake.book
    o = FakeOrder(book.next_id(), None, s.sym, side, "market", qty, by_hand=True)
    o.extra["side"] = code
    book.submit(o)
    book.settle_pending()
    return o


def _creates(s: LostEntry) -> int:
    return s.fake.count("order/create", "POST") + s.fake.count("planorder/place", "POST")


def _fee_line(tmp: Path, client_id: str) -> dict[str, str]:
    (line,) = [
        ln for ln in log_lines(tmp) if ln["action"] == "FEE" and ln["client_id"] == client_id
    ]
    return line


async def test_adopted_fill_on_mexc_when_its_deals_are_listed_then_the_charged_fee_is_booked(
    tmp_path: Path,
) -> None:
    async with lost_entry("mexc", tmp_path) as s:
        late = await _adopted(s)
        estimate = s.entry.fee
        reads, creates = s.fake.count(DEALS), _creates(s)
        await s.eng.monitor_pass()  # the fee corrector asks the deal list
        assert s.fake.count(DEALS) > reads
        assert s.entry.fee == late.fee and not s.entry.fee_estimated
        assert "fee_estimated" not in s.trade.extra
        await s.eng.monitor_pass()  # booked once, in the trade log too
        line = _fee_line(tmp_path, s.entry.client_id)
        assert Decimal(line["fees"]) == late.fee - estimate
        assert Decimal(line["fee_charged"]) == late.fee
        assert _creates(s) == creates  # reading a fee sends nothing
        # Asked from the entry's send on, the largest page MEXC allows, page 1 first.
        (query,) = [q for q in s.fake.deals.reads if q["symbol"] == s.sym][:1]
        assert query["page_size"] == "100" and query["page_num"] == "1"
        assert int(query["start_time"]) <= late.created


async def test_adopted_short_on_mexc_when_a_close_short_of_its_size_is_listed_then_its_own_fee(
    tmp_path: Path,
) -> None:
    # ccxt reads MEXC's side 2 (close short, a buy) as "sell" and leaves 3 (open short) a number:
    # read by ccxt's side, the short entry's own deal matched nothing and a close short of the
    # same size was taken for it, its fee booked as the entry's.
    async with lost_entry("mexc", tmp_path, **SHORT) as s:  # type: ignore[arg-type]
        late = await _adopted(s, tp1=59000)
        s.fake.set_price(s.sym, 59500)  # (a price of its own: another fee)
        closes = _hand(s, "buy", late.qty, 2)  # a close short of the entry's size, by hand
        _hand(s, "sell", late.qty, 4)  # and back (4, close long): the short is held
        assert closes.fee != late.fee
        await s.eng.monitor_pass()
        assert s.entry.fee == late.fee and not s.entry.fee_estimated


async def test_adopted_fill_on_mexc_when_another_opening_of_its_size_is_listed_then_estimate_stays(
    tmp_path: Path,
) -> None:
    async with lost_entry("mexc", tmp_path) as s:
        late = await _adopted(s)
        estimate = s.entry.fee
        # A long of the same size opened by hand (1) and closed (4): two orders match; which
        # paid is not known, so no fee is taken from either.
        _hand(s, "buy", late.qty, 1)
        _hand(s, "sell", late.qty, 4)
        reads = s.fake.count(DEALS)
        await s.eng.monitor_pass()
        assert s.fake.count(DEALS) > reads  # read, and found two
        assert s.entry.fee == estimate and s.entry.fee_estimated


async def test_adopted_fill_on_mexc_when_deals_fill_more_than_a_page_then_read_page_by_page(
    tmp_path: Path,
) -> None:
    async with lost_entry("mexc", tmp_path) as s:
        late = await _adopted(s)
        one = Decimal(1)
        for _ in range(60):  # 120 deals after the entry's: it is on page 2, newest first
            _hand(s, "buy", one, 1)
            _hand(s, "sell", one, 4)
        await s.eng.monitor_pass()
        assert s.entry.fee == late.fee and not s.entry.fee_estimated
        pages = [q["page_num"] for q in s.fake.deals.reads]
        assert pages[-2:] == ["1", "2"]


async def test_adopted_fill_on_mexc_when_a_deal_arrives_between_two_pages_then_read_once(
    tmp_path: Path,
) -> None:
    # Newest first: a deal arriving after page 1 was read pushes page 1's last row onto page 2,
    # read twice. The entry's own deal is that row: counted twice, its executions added up to
    # twice its fill and matched nothing (the estimate stayed).
    async with lost_entry("mexc", tmp_path) as s:
        late = await _adopted(s)
        (row,) = [d for d in s.fake.deals._deals(s.sym, None) if d["orderId"] == late.id]
        newer = s.fake.deals._deals(s.sym, None).index(row)
        one = Decimal(1)
        for _ in range((99 - newer) // 2):
            _hand(s, "buy", one, 1)
            _hand(s, "sell", one, 4)
        odd = (99 - newer) % 2 == 1
        if odd:
            _hand(s, "buy", one, 1)
        assert s.fake.deals._deals(s.sym, None).index(row) == 99  # page 1's last row

        def arrives(query: dict[str, str]) -> None:
            if query.get("page_num") != "1":
                return
            s.fake.deals.after_read.clear()
            if not odd:
                _hand(s, "buy", one, 1)
            _hand(s, "sell", one, 4)  # (the position as it was)

        s.fake.deals.after_read.append(arrives)
        await s.eng.monitor_pass()
        assert [q["page_num"] for q in s.fake.deals.reads][-2:] == ["1", "2"]
        assert s.entry.fee == late.fee and not s.entry.fee_estimated


async def test_adopted_fill_on_mexc_when_its_deal_is_not_listed_yet_then_asked_again_and_booked(
    tmp_path: Path,
) -> None:
    async with lost_entry("mexc", tmp_path) as s:
        late = await _adopted(s)
        s.fake.deals.lag_ms = 10**9  # the deal list has not caught up with the execution
        await s.eng.monitor_pass()
        assert s.entry.fee_estimated and s.entry.fee != late.fee
        s.fake.deals.lag_ms = 0
        await s.eng.monitor_pass()
        assert s.entry.fee == late.fee and not s.entry.fee_estimated


async def test_adopted_fill_on_mexc_when_restarted_before_its_fee_is_read_then_asked_again(
    tmp_path: Path,
) -> None:
    async with lost_entry("mexc", tmp_path) as s:
        late = await _adopted(s)
        estimate = s.entry.fee
        await s.eng.aclose()  # stopped before any monitor pass asked for its fee
        eng = engine_on("mexc", s.fake, tmp_path)
        await eng.start()
        try:
            t = eng.trades["e"]
            assert t.fees == s.trade.fees and t.extra.get("fee_estimated")
            reads = s.fake.count(DEALS)
            await eng.monitor_pass()  # the fee corrector reads the estimates the store keeps
            assert s.fake.count(DEALS) > reads
            assert "fee_estimated" not in t.extra
            await eng.monitor_pass()  # booked once
            line = _fee_line(tmp_path, s.entry.client_id)
            assert Decimal(line["fees"]) == late.fee - estimate
            assert Decimal(line["fee_charged"]) == late.fee
        finally:
            await eng.aclose()


@pytest.mark.parametrize("fault", ["too_frequent", "busy", "429", "503", "timeout"])
async def test_adopted_fill_on_mexc_when_the_deal_list_read_fails_then_estimate_stays_trade_goes_on(
    tmp_path: Path, fault: str
) -> None:
    async with lost_entry("mexc", tmp_path) as s:
        late = await _adopted(s)
        estimate, creates = s.entry.fee, _creates(s)
        n = 10  # every attempt of the pass's read
        if fault in ("429", "503"):
            s.fake.fail_next(n, int(fault), DEALS)
        elif fault == "timeout":
            s.fake.lose_next(n, DEALS, "GET")
            short_until_held(s.fake, s.eng, n=n)
        else:  # MEXC's own refusals: 510 "Excessive frequency", 501 "System busy"
            s.fake.book.faults.reject_next += [(fault, DEALS, "GET")] * n
        await s.eng.monitor_pass()
        assert s.entry.fee == estimate and s.entry.fee_estimated
        assert s.trade.status == TradeStatus.OPEN and s.stops()  # still protected
        assert _creates(s) == creates  # nothing sent again
        s.fake.book.faults.fail_next.clear()
        s.fake.book.faults.lose_next.clear()
        s.fake.book.faults.reject_next.clear()
        s.fake.release_held()
        await s.eng.monitor_pass()  # a later pass reads it
        assert s.entry.fee == late.fee and not s.entry.fee_estimated


async def test_adopted_fill_on_mexc_when_the_deal_list_echoes_the_request_then_nothing_leaks(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    async with lost_entry("mexc", tmp_path) as s:
        late = await _adopted(s)
        s.fake.echo_next(10, DEALS)  # its refusal quotes the key, the signature and the query
        with caplog.at_level(logging.DEBUG):
            await s.eng.monitor_pass()
        assert s.fake.book.faults.echo_next < 10  # (the echo did come back)
        assert s.entry.fee_estimated  # not read: asked again later
        told = caplog.text + " ".join(e.text for e in s.events)
        assert s.fake.api_key not in told and s.fake.secret not in told
        assert not re.findall(r"[0-9a-f]{64}", told)  # an HMAC-SHA256 signature
        s.fake.echo_next(0)
        await s.eng.monitor_pass()
        assert s.entry.fee == late.fee and not s.entry.fee_estimated
