"""/close's answer says why nothing was closed, and that a close held by the exchange's
rate-limit window is under way, not done (bot/desk_closes.py over the real engine and ccxt
client against the fake Binance USD-M; its error texts are Binance's own, cited in
tests/fakes/fake_binance.py)."""

from __future__ import annotations

import re
from pathlib import Path

from bot import desk_closes
from engine import TradingEngine
from engine.adapters.simulated_feed import SimulatedFeed
from engine.books import BookSet
from engine.domain.trade import TradeStatus
from tests.engine.conftest import make_settings
from tests.fakes.fake_binance import FakeBinance
from tests.live.helpers import live_signal
from tests.live.test_rate_limit_stops import SYM, _closes, _running


async def _open_window(fake: FakeBinance, eng: TradingEngine) -> None:
    """The exchange's rate-limit window opens (a 429 on the monitor pass's balance read): a
    close now waits for its end."""
    fake.rate_limit_next(1, retry_after=90, path_part="account")
    await eng.monitor_pass()


async def test_close_command_when_exchange_refuses_the_close_then_says_why_and_stays_open(
    tmp_path: Path,
) -> None:
    async with _running(tmp_path) as (fake, eng, events, waits):
        assert (await eng.execute(live_signal(signal_id="r"))).ok
        held = fake.book.positions[SYM]
        fake.reject_next("reduce_only", 1, "/fapi/v1/order", "POST")
        said = await desk_closes.close(eng, "BTCUSDT")
        assert said.startswith(
            "Nothing was closed for BTCUSDT: BTC/USDT:USDT: the close of the long failed ("
        ), said
        assert "ReduceOnly Order is rejected" in said
        assert said.endswith("); the position is still open with its stop at 59000."), said
        assert fake.book.positions[SYM] == held and eng.trades["r"].status == TradeStatus.OPEN


async def test_close_command_when_the_window_holds_the_close_then_says_closing_not_closed(
    tmp_path: Path,
) -> None:
    async with _running(tmp_path) as (fake, eng, events, waits):
        assert (await eng.execute(live_signal(signal_id="w"))).ok
        await _open_window(fake, eng)
        said = await desk_closes.close(eng, "BTCUSDT")
        assert said == (
            "⏳ Closing BTCUSDT; BTC/USDT:USDT: the close waits for the exchange's rate-limit "
            "wait; it is sent as soon as that is over."
        )
        assert _closes(fake) == [] and eng.trades["w"].status == TradeStatus.OPEN


async def test_close_all_when_the_window_holds_the_close_then_counted_waiting_not_closed(
    tmp_path: Path,
) -> None:
    async with _running(tmp_path) as (fake, eng, events, waits):
        assert (await eng.execute(live_signal(signal_id="a"))).ok
        await _open_window(fake, eng)
        r = await eng.close_all_report()
        assert (r.closed, r.waiting, r.failed) == (0, 1, 0), r
        assert _closes(fake) == [] and eng.trades["a"].status == TradeStatus.OPEN


# Two limit entries below the fake's price (60,000): both rest on the exchange, nothing filled.
RESTING = {"signal_id": "z", "entries": [59800, 59600], "sl": 59000}
STILL_REST = (
    "BTC/USDT:USDT: nothing of the long had filled, but 2 entry orders could not be cancelled "
    "and still rest on the exchange (at 59800 · 59600; the exchange answered: binanceusdm "
    'cancel order failed: binanceusdm {"code": -2015, "msg": "Invalid API-key, IP, or '
    'permissions for action."}): the trade stays, with its stop placed if one fills; /cancel '
    "BTCUSDT to try again"
)


async def test_halt_close_when_resting_entries_cannot_be_cancelled_then_counted_and_said(
    tmp_path: Path,
) -> None:
    async with _running(tmp_path) as (fake, eng, events, waits):
        assert (await eng.execute(live_signal(**RESTING))).ok
        ask = desk_closes.close_all_question(eng)
        # The key lost its rights for the cancels: they were counted nowhere (the trade ended
        # as "cancelled" while both entries rested on the exchange, watched by nobody).
        fake.reject_next("api_key", 2, "/fapi/v1/order", "DELETE")
        done = await desk_closes.close_all(eng, ask.shown)
        assert done.text == (
            "✅ Closed 0 positions; 2 entry orders could not be cancelled and still rest on the "
            "exchange: their trades stay, each with its stop placed if an entry fills (see "
            "/positions; /cancel SYMBOL to try again)."
        )
        assert len(fake.book.open_orders(SYM, stops=False)) == 2
        t = eng.trades["z"]
        assert t.is_active and t.entry_qty == 0
        # /cancel tries again, and now ends the trade.
        said = await desk_closes.cancel(eng, "BTCUSDT", [])
        assert said.startswith("🚫 Cancelled for BTCUSDT:"), said
        assert fake.book.open_orders(SYM, stops=False) == [] and not t.is_active


async def test_close_command_when_resting_entries_cannot_be_cancelled_then_says_they_rest(
    tmp_path: Path,
) -> None:
    async with _running(tmp_path) as (fake, eng, events, waits):
        assert (await eng.execute(live_signal(**RESTING))).ok
        fake.reject_next("api_key", 2, "/fapi/v1/order", "DELETE")
        r = await eng.close_all_report()
        assert (r.closed, r.ended, r.failed, r.resting) == (0, 0, 0, 2), r
        fake.reject_next("api_key", 2, "/fapi/v1/order", "DELETE")
        said = await desk_closes.close(eng, "BTCUSDT")
        assert said == f"Nothing was closed for BTCUSDT: {STILL_REST}.", said
        fake.reject_next("api_key", 1, "/fapi/v1/order", "DELETE")  # one of the two cancelled
        said = await desk_closes.cancel(eng, "BTCUSDT", [])
        assert "1 entry order could not be cancelled and still rests on the exchange" in said
        assert len(fake.book.open_orders(SYM, stops=False)) == 1 and eng.trades["z"].is_active


async def test_close_command_when_one_of_two_books_waits_then_the_lead_says_closing(
    tmp_path: Path,
) -> None:
    # The live book's close is held by the rate-limit window, the paper book's is done: the
    # several-book lead said "✅ Closed" over a book line saying "closing" (its own copy of the
    # one-book words); one home now, the same words as one book's answer.
    async with _running(tmp_path) as (fake, eng, events, waits):
        feed = SimulatedFeed(seed=1, start_prices={"BTC": 60000.0})
        paper = TradingEngine("paper", make_settings(tmp_path / "p"), market_data=feed)
        books = BookSet([eng, paper])
        try:
            await books.start()
            assert (await books.execute(live_signal(signal_id="b"))).ok
            await _open_window(fake, eng)
            said = await desk_closes.close(books, "BTCUSDT")
            assert said == (
                "⏳ Closing BTCUSDT:\n"
                f"• book {eng.book_name}: closing BTCUSDT; BTC/USDT:USDT: the close waits for "
                "the exchange's rate-limit wait; it is sent as soon as that is over\n"
                "• book paper: closed BTCUSDT"
            ), said
            assert _closes(fake) == [] and eng.trades["b"].status == TradeStatus.OPEN
            assert paper.trades["b"].status == TradeStatus.CLOSED
        finally:
            await paper.aclose()


async def test_cancel_when_the_exchange_echoes_the_request_then_reason_said_with_no_secret(
    tmp_path: Path,
) -> None:
    async with _running(tmp_path) as (fake, eng, events, waits):
        assert (await eng.execute(live_signal(**RESTING))).ok
        # Both cancels fail with an error quoting the key, the signature and the signed query
        # (an exchange or a proxy echoing the request): the user is told the exchange's answer
        # (it used to be in the log only), and nothing secret in it.
        fake.echo_next(2)
        said = await desk_closes.cancel(eng, "BTCUSDT", [])
        assert "2 entry orders could not be cancelled and still rest" in said, said
        assert "the exchange answered: binanceusdm cancel order failed: " in said, said
        assert "DELETE" in said and ("***" in said or "hidden" in said), said  # the echo, masked
        leaks = [s for s in (fake.api_key, fake.secret) if s in said]
        assert leaks == [] and not re.search(r"[0-9a-f]{64}|timestamp=\d+", said), said
        assert len(fake.book.open_orders(SYM, stops=False)) == 2 and eng.trades["z"].is_active
