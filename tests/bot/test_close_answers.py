"""What /close, /halt close and a channel's report answer, through the real Application polling
the fake Bot API (paper engine, simulated feed anchored at 42,000): "was anything open" comes
from what the engine did, not from a look before it (a fill in between); a report that changes
nothing says so, with the engine's note; /close SYMBOL [share] [BOOK ...] acts only in the books
named, one line a book."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from engine.domain.orders import OrderRole
from engine.domain.trade import TradeStatus
from tests.bot.conftest import ADMIN, CHANNEL, SIGNAL, BotHarness
from tests.bot.test_close_cancel_commands import LIMITS, _command, _post
from tests.fakes.fake_telegram import FakeTelegram


@pytest.fixture
async def at42(auto: BotHarness) -> BotHarness:
    """The auto-mode bot, its simulated walk starting at 42,000 (above every entry here)."""
    auto.engine.market_data.anchor("BTC/USDT:USDT", 42000.0)
    return auto


async def _queued(lock: asyncio.Lock, n: int) -> None:
    """Until `n` callers wait on the lock (each one's turn comes in that order)."""
    while len(getattr(lock, "_waiters", None) or ()) < n:
        await asyncio.sleep(0.01)


async def test_tp_report_when_it_changes_nothing_then_says_so_with_the_engines_note(
    at42: BotHarness, tg: FakeTelegram
):
    post = await _post(tg, SIGNAL)
    mark = tg.mark()
    tg.push_channel_post(CHANNEL, "BTC TP1 hit ✅", reply_to=post)
    said = (await tg.wait_text("tp hit", chat_id=ADMIN, after=mark))["text"]
    assert said == (
        "↪️ tp hit: nothing needed doing for BTCUSDT (noted: take-profits are managed by our "
        "own orders)"
    )


async def test_close_command_when_an_entry_fills_before_the_close_then_says_closed(
    at42: BotHarness, tg: FakeTelegram
):
    await _post(tg, LIMITS)  # 41,800 and 41,000 rest: nothing is open when /close is read
    (t,) = at42.engine.trades.values()
    lock = at42.engine.book.lock
    await lock.acquire()
    try:  # a tick that fills 41,800 waits first; then /close (having looked: nothing open)
        tick = asyncio.create_task(at42.engine.on_price("BTCUSDT", 41700))
        await _queued(lock, 1)
        mark = tg.mark()
        tg.push_command(ADMIN, "/close BTCUSDT")
        await _queued(lock, 2)
    finally:
        lock.release()
    await tick
    said = (await tg.wait_text("BTCUSDT", chat_id=ADMIN, after=mark))["text"]
    assert t.entry_qty > 0 and t.status == TradeStatus.CLOSED  # it filled, then was closed
    assert said == (
        "✅ Closed BTCUSDT; BTC/USDT:USDT: the 1 entry order not yet filled was cancelled."
    )


async def test_halt_close_when_an_entry_fills_before_the_close_then_counts_the_position(
    at42: BotHarness, tg: FakeTelegram
):
    await _post(tg, LIMITS)
    (t,) = at42.engine.trades.values()
    mark = tg.mark()
    tg.push_command(ADMIN, "/halt close")
    confirm = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    assert (
        confirm["text"]
        == "Close every open position (0) and cancel the entries of 1 trade not yet filled?"
    )
    lock = at42.engine.book.lock
    await lock.acquire()
    try:
        tick = asyncio.create_task(at42.engine.on_price("BTCUSDT", 41700))
        await _queued(lock, 1)
        mark = tg.mark()
        tg.push_callback(ADMIN, confirm, confirm.buttons[0]["callback_data"])
        await _queued(lock, 2)
    finally:
        lock.release()
    await tick
    said = (await tg.wait_text("Closed", chat_id=ADMIN, after=mark))["text"]
    assert t.entry_qty > 0 and t.status == TradeStatus.CLOSED
    assert said == "✅ Closed 1 position."  # not "Closed 0 positions; the entries of 1 trade..."
    assert at42.engine.book.orders.live(t.trade_id, OrderRole.ENTRY) == []


async def test_close_command_when_copied_to_two_books_then_only_the_named_book_closes(
    tg: FakeTelegram, two_books: list[Any]
):
    engines = two_books
    await _post(tg, SIGNAL)  # a long at market, filled in both books
    (tid,) = engines[0].trades
    main, copy = engines[0].trades[tid], engines[1].trades[tid]
    qty = copy.open_qty
    said = await _command(tg, "/close BTCUSDT nobook", "book")
    assert said == "There is no book nobook: the books are paper, copy. Nothing was closed."
    said = await _command(tg, "/close BTCUSDT 50% copy", "BTCUSDT")
    assert said == "✅ Closed 50% of BTCUSDT:\n• book copy: closed 50% of BTCUSDT"
    assert 0 < copy.open_qty < qty and main.open_qty == qty
    said = await _command(tg, "/close BTCUSDT copy", "BTCUSDT")
    assert said == "✅ Closed BTCUSDT:\n• book copy: closed BTCUSDT"
    assert copy.status == TradeStatus.CLOSED and main.status == TradeStatus.OPEN
    said = await _command(tg, "/close BTCUSDT", "BTCUSDT")  # every book: the rest
    assert said == (
        "✅ Closed BTCUSDT:\n• book paper: closed BTCUSDT\n"
        "• book copy: nothing was closed: no open trade for BTCUSDT"
    )
    assert main.status == TradeStatus.CLOSED


async def test_help_when_asked_then_close_names_its_books(at42: BotHarness, tg: FakeTelegram):
    said = await _command(tg, "/help", "sigcopy")
    assert "/close SYMBOL [BOOK] – close one position" in said
    usage = await _command(tg, "/close", "Usage")
    assert usage.startswith("Usage: /close SYMBOL [share] [BOOK ...]")


async def test_positions_close_button_when_two_books_then_closes_only_its_book(
    tg: FakeTelegram, two_books: list[Any]
):
    engines = two_books
    await _post(tg, SIGNAL)  # a long at market, filled in both books
    (tid,) = engines[0].trades
    mark = tg.mark()
    tg.push_command(ADMIN, "/positions")
    listing = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    labels = [b["text"] for b in listing.buttons]
    assert labels == ["Close LONG BTC/USDT:USDT · paper", "Close LONG BTC/USDT:USDT · copy"]
    tg.push_callback(ADMIN, listing, listing.buttons[1]["callback_data"])
    said = await tg.wait_text("✅ Closed", chat_id=ADMIN, after=mark)
    assert said["text"] == "✅ Closed BTC/USDT:USDT:\n• book copy: closed BTC/USDT:USDT"
    assert engines[1].trades[tid].status == TradeStatus.CLOSED
    assert engines[0].trades[tid].status == TradeStatus.OPEN  # the other book's stays
