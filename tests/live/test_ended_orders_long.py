"""The orders of an ended trade whose cancel keeps failing for a long time, or that go while
sigcopy is down (engine/core/ended_orders.py; review of i14-orphans).

A cancel the exchange keeps refusing (a key whose trade permission was removed, a market
delisted, a long outage) is tried again every 15 minutes for as long as it takes. Found in
review: the wait was `60 * 2 ** (failures - 1)` before the 15-minute cap, and past 1,024
failures (about 10.6 days) `2 ** 1024` no longer converts to a float: the OverflowError left
the settle it was raised in (the settle's other work undone, the caller given the exception)
and the order was never tried again. And the user, told those orders rest, was never told
they were gone when they went while sigcopy was down (cancelled by hand): the new process read
them cancelled at its start, but only orders whose cancel had failed in this process were
watched.

Through the real engine and ccxt client against the fake Binance USD-M, whose failing cancel is
its documented HTTP 503 -1001 (tests/fakes/fake_binance.py cites the page). The engine's clock
is the exchange's, which the test moves: nothing waits, nothing is timed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.domain.trade import TradeStatus
from tests.fakes.fixtures import BTC_ID
from tests.live.helpers import live_signal
from tests.live.test_ended_orders import (
    FAIL,
    _cancels,
    _fail_cancels,
    _reduce_only,
    _said,
    _started,
    _venue,
)

NAME = "binanceusdm"


async def test_tp_cancel_when_refused_for_eleven_days_then_still_retried_and_the_book_settles(
    tmp_path: Path,
) -> None:
    sym = BTC_ID[NAME]
    async with _venue(NAME) as fake, _started(fake, NAME, tmp_path) as (eng, events):
        assert (await eng.execute(live_signal(signal_id="a", tp=[61000]))).ok
        a = eng.trades["a"]
        _fail_cancels(fake, NAME, 1100)  # every cancel refused, for 1,100 tries
        fake.set_price(sym, 58900)  # the stop fills: the trade ends, its TP's cancel fails
        await eng.monitor_pass()
        assert a.status == TradeStatus.CLOSED
        assert _cancels(fake, NAME) == 1
        # Every settle takes the retries that are due; a repeat of the signal (refused: it was
        # executed) is the lightest call that settles. One retry each 15 minutes, 1,099 more.
        for _ in range(1099):
            fake.book.advance(901)
            result = await eng.execute(live_signal(signal_id="a"))
            assert not result.ok
        assert _cancels(fake, NAME) == 1100
        assert len(_reduce_only(fake, sym)) == 1  # refused every time: it still rests
        # The exchange answers again: the next retry (at most 15 minutes on) cancels it.
        fake.book.advance(901)
        await eng.monitor_pass()
        assert _reduce_only(fake, sym) == []
        assert _cancels(fake, NAME) == 1101
        assert _said(events, "cancelled now") == [
            "BTC/USDT:USDT: its take-profit order that still rested after the close is "
            "cancelled now"
        ]
        assert len(_said(events, "could not be cancelled")) == 1


async def test_tps_told_when_cancelled_by_hand_while_sigcopy_is_down_then_the_restart_says_so(
    tmp_path: Path,
) -> None:
    # The user was told "sigcopy keeps trying to cancel them"; they cancel them by hand while
    # sigcopy is down. The new process reads them cancelled at its start and says they are.
    sym = BTC_ID[NAME]
    async with _venue(NAME) as fake:
        async with _started(fake, NAME, tmp_path) as (eng, events):
            assert (await eng.execute(live_signal(signal_id="a"))).ok
            _fail_cancels(fake, NAME, 4)
            fake.set_price(sym, 58900)  # the stop fills: both TPs' cancels refused twice
            await eng.monitor_pass()
            fake.book.advance(61)
            await eng.monitor_pass()
            assert len(_said(events, "could not be cancelled")) == 1
        for o in _reduce_only(fake, sym):
            fake.book.cancel(o.id)  # by hand, on the exchange
        sent = _cancels(fake, NAME)
        async with _started(fake, NAME, tmp_path) as (eng2, events2):
            fake.book.advance(61)
            await eng2.monitor_pass()
            assert _cancels(fake, NAME) == sent  # gone: nothing to cancel
            assert _said(events2, "could not be cancelled") == []
            assert _said(events2, "cancelled now") == [
                "BTC/USDT:USDT: its 2 take-profit orders that still rested after the close are "
                "cancelled now"
            ]
        # Said once: a third process says nothing more.
        async with _started(fake, NAME, tmp_path) as (eng3, events3):
            fake.book.advance(61)
            await eng3.monitor_pass()
            assert _said(events3, "cancelled now") == []


@pytest.mark.parametrize("name", ["binanceusdm", "mexc"])
async def test_tp_retry_when_the_exchange_no_longer_knows_it_then_gone_and_never_sent_again(
    name: str, tmp_path: Path
) -> None:
    # Cancelled by hand between two tries: the retry's cancel is answered Binance -2011
    # "Unknown order sent." (https://developers.binance.com/docs/margin_trading/trade/
    # Margin-Account-Cancel-Order: "could not be found in the matching engine ... already
    # processed"), MEXC errorCode 2041 "order state cannot be cancelled" (ccxt's mexc
    # cancelOrder, after the futures cancel-order page). It counts as gone: read back, said
    # cancelled once, never sent again.
    sym = BTC_ID[name]
    async with _venue(name) as fake, _started(fake, name, tmp_path) as (eng, events):
        assert (await eng.execute(live_signal(signal_id="a", tp=[61000]))).ok
        _fail_cancels(fake, name, 2)
        fake.set_price(sym, 58900)  # the stop fills: the TP's cancel refused
        await eng.monitor_pass()
        fake.book.advance(61)
        await eng.monitor_pass()  # refused again: told
        assert len(_said(events, "could not be cancelled")) == 1
        (tp,) = _reduce_only(fake, sym)
        fake.book.cancel(tp.id)  # by hand
        sent = _cancels(fake, name)
        fake.book.advance(121)
        # A settle with no poll before it (a repeat of the signal, refused): the retry's own
        # cancel meets the exchange's answer.
        assert not (await eng.execute(live_signal(signal_id="a"))).ok
        assert _cancels(fake, name) == sent + 1
        # (The fake answers a cancel of an order no longer live with that error: Binance its
        # HTTP 400; MEXC a 200 whose data carries the order's errorCode.)
        _, path, method = FAIL[name]
        last = [c for c in fake.calls if c.method == method and c.path.endswith(path)][-1]
        assert last.status == (400 if name == "binanceusdm" else 200)
        assert _said(events, "cancelled now") == [
            "BTC/USDT:USDT: its take-profit order that still rested after the close is "
            "cancelled now"
        ]
        fake.book.advance(7200)
        await eng.monitor_pass()
        assert _cancels(fake, name) == sent + 1
