"""Expired entries whose cancel keeps failing are tried again with a growing wait
(engine/core/entry_ends.py, the wait from engine/core/cancel_retry.py: the one EndedOrders uses).

It used to be a fixed minute: a key without trading rights, refused for a day, cost two
cancels a minute (2,880 refused requests a day, each counted against the IP's limit) and every
one of them while the exchange's rate-limit window was open. Now: a minute, doubled at each
failure in a row, at most 15 minutes; never inside a 429's window.

Through the real engine and ccxt client against the fake Binance USD-M (its -2015 refusal and
its 429 with Retry-After: https://developers.binance.com/docs/derivatives/usds-margined-futures/
error-code, .../general-info "Limits"). The test moves the exchange's clock, the engine's.
"""

from __future__ import annotations

from pathlib import Path

from engine.core.cancel_retry import MAX_S, RETRY_S
from engine.domain.trade import TradeStatus
from tests.fakes.fake_binance import FakeBinance
from tests.live.helpers import live_signal
from tests.live.test_rate_limit_stops import SYM, _running

RESTING = {"signal_id": "x", "entries": [59800, 59600], "sl": 59000}


def _deletes(fake: FakeBinance) -> int:
    return fake.count("/fapi/v1/order", "DELETE")


async def test_expiry_when_the_cancel_keeps_failing_then_tried_again_after_a_doubling_wait(
    tmp_path: Path,
) -> None:
    async with _running(tmp_path, LIMIT_ORDER_TTL_HOURS=1) as (fake, eng, events, waits):
        assert (await eng.execute(live_signal(**RESTING))).ok
        fake.book.advance(3601)
        fake.reject_next("api_key", 1000, "/fapi/v1/order", "DELETE")  # refused all along
        await eng.monitor_pass()
        assert _deletes(fake) == 2  # the first try: both entries refused
        t = eng.trades["x"]
        # Each wait: nothing sent a second before it is out, both entries tried when it is.
        for wait in (60, 120, 240, 480, 900, 900, 900):
            sent = _deletes(fake)
            fake.book.advance(wait - 1)
            await eng.monitor_pass()
            assert _deletes(fake) == sent, wait
            fake.book.advance(1)
            await eng.monitor_pass()
            assert _deletes(fake) == sent + 2, wait
            assert t.is_active and t.status == TradeStatus.PENDING
        assert (RETRY_S, MAX_S) == (60, 900)
        # The exchange answers again: cancelled at the next try, the trade ends as expired.
        fake.book.faults.reject_next.clear()
        fake.book.advance(900)
        await eng.monitor_pass()
        assert fake.book.open_orders(SYM, stops=False) == []
        assert t.status == TradeStatus.CANCELED and t.close_reason == "expired"


async def test_expiry_when_the_cancel_gets_a_429_then_not_tried_again_inside_its_window(
    tmp_path: Path,
) -> None:
    async with _running(tmp_path, LIMIT_ORDER_TTL_HOURS=1) as (fake, eng, events, waits):
        assert (await eng.execute(live_signal(**RESTING))).ok
        fake.book.advance(3601)
        # Retry-After 300 s, longer than the first wait (60 s).
        fake.rate_limit_next(1, retry_after=300, path_part="/fapi/v1/order", method="DELETE")
        await eng.monitor_pass()
        window = fake.book.faults.backoff_until_ms
        assert window > 0 and fake.book.open_orders(SYM, stops=False)
        # (The two cancels went out together: the second was in flight when the first got its
        # 429, and the fake bans it; it is a retry sent into the window that must not happen.)
        bans = fake.book.faults.bans
        t = eng.trades["x"]
        assert t.is_active
        sent = len(fake.calls)
        fake.book.advance(61)
        await eng.monitor_pass()
        assert not [c for c in fake.calls[sent:] if c.method == "DELETE"]
        fake.book.advance(240)
        await eng.monitor_pass()
        assert fake.book.open_orders(SYM, stops=False) == []
        assert t.status == TradeStatus.CANCELED
        deletes = [c for c in fake.calls if c.method == "DELETE"]
        assert len(deletes) == 4  # the first try's two, then the two after the window
        assert all(c.book_ms >= window and c.status == 200 for c in deletes[2:])
        assert fake.book.faults.bans == bans
