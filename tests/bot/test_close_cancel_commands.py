"""/close, /cancel and a channel's close say what was done, through the real Application polling
the fake Bot API (paper engine, simulated feed anchored at 42,000): a partial close says the
unfilled entries it ended, /close says when nothing was open and only entries not filled ended,
or why nothing was closed; /cancel ends only what has not filled, in the books named or all,
one line a book; a card names only the entry orders that really rest."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from bot.console import Console
from engine.domain.orders import OrderRole
from engine.domain.trade import TradeStatus
from tests.bot.conftest import ADMIN, CHANNEL, SIGNAL, BotHarness, make_settings, paper_desk
from tests.bot.test_approval_faults import APPROVE, buttons
from tests.fakes.fake_telegram import FakeTelegram

# Three limit entries below 42,000: a tick at 41,700 fills the first, the other two rest.
THREE = "BTCUSDT LONG\nEntry 1: 41800\nEntry 2: 41400\nEntry 3: 41000\nTP: 43000\nSL: 40000\n2x"
LIMITS = "BTCUSDT LONG\nEntry 1: 41800\nEntry 2: 41000\nTP: 43000\nSL: 40000\nLeverage 2x"
BREAKOUT = "BTCUSDT LONG\nEnter above 43000\nTP: 45000\nSL: 41000"


@pytest.fixture
async def at42(auto: BotHarness) -> BotHarness:
    """The auto-mode bot, its simulated walk starting at 42,000 (above every entry here)."""
    auto.engine.market_data.anchor("BTC/USDT:USDT", 42000.0)
    return auto


async def _post(tg: FakeTelegram, text: str) -> dict:
    """A channel signal, taken at once (auto mode); its post."""
    mark = tg.mark()
    post = tg.push_channel_post(CHANNEL, text)
    await tg.wait_for(
        "sendMessage", lambda c: "Executed" in c["text"] or "Accepted" in c["text"], after=mark
    )
    return post


async def _channel(tg: FakeTelegram, text: str, post: dict, needle: str) -> str:
    """The channel's reply to its post; what the bot tells the admin about it."""
    mark = tg.mark()
    tg.push_channel_post(CHANNEL, text, reply_to=post)
    return str((await tg.wait_text(needle, chat_id=ADMIN, after=mark))["text"])


async def _command(tg: FakeTelegram, text: str, needle: str) -> str:
    mark = tg.mark()
    tg.push_command(ADMIN, text)
    return str((await tg.wait_text(needle, chat_id=ADMIN, after=mark))["text"])


async def test_channel_partial_close_when_entries_rest_then_says_they_were_cancelled(
    at42: BotHarness, tg: FakeTelegram
):
    post = await _post(tg, THREE)
    (t,) = at42.engine.trades.values()
    await at42.engine.on_price("BTCUSDT", 41700)
    assert len(at42.engine.book.orders.live(t.trade_id, OrderRole.ENTRY)) == 2
    said = await _channel(tg, "Close 50%", post, "close partial")
    assert said == (
        "↪️ close partial: done (close 50% of LONG BTC/USDT:USDT 2x); BTC/USDT:USDT: the 2 "
        "entry orders not yet filled were cancelled"
    )
    assert at42.engine.book.orders.live(t.trade_id, OrderRole.ENTRY) == []


async def test_close_share_command_when_entries_rest_then_says_they_were_cancelled(
    at42: BotHarness, tg: FakeTelegram
):
    await _post(tg, THREE)
    (t,) = at42.engine.trades.values()
    await at42.engine.on_price("BTCUSDT", 41700)
    filled = t.open_qty
    said = await _command(tg, "/close BTCUSDT 50%", "Closed")
    assert said == (
        "✅ Closed 50% of BTCUSDT; BTC/USDT:USDT: the 2 entry orders not yet filled were cancelled."
    )
    assert 0 < t.open_qty < filled


async def test_close_command_when_only_a_breakout_waits_then_says_nothing_was_open(
    at42: BotHarness, tg: FakeTelegram
):
    await _post(tg, BREAKOUT)
    assert len(at42.engine.waiting_entries()) == 1
    said = await _command(tg, "/close BTCUSDT", "BTCUSDT")
    assert said == (
        "✅ Nothing was open on BTCUSDT; BTC/USDT:USDT: its waiting entry (LONG, waiting for "
        "43000 (above)) was cancelled, nothing was entered."
    )
    assert at42.engine.waiting_entries() == []


async def test_close_command_when_limit_entries_rest_unfilled_then_says_nothing_was_open(
    at42: BotHarness, tg: FakeTelegram
):
    await _post(tg, LIMITS)
    (t,) = at42.engine.trades.values()
    said = await _command(tg, "/close BTCUSDT", "BTCUSDT")
    assert said == (
        "✅ Nothing was open on BTCUSDT; BTC/USDT:USDT: nothing of the long had filled: its 2 "
        "entry orders not yet filled were cancelled."
    )
    assert t.status == TradeStatus.CANCELED


async def test_close_command_when_nothing_to_close_then_says_why(
    at42: BotHarness, tg: FakeTelegram
):
    said = await _command(tg, "/close ETHUSDT", "ETHUSDT")
    assert said == "Nothing was closed for ETHUSDT: no open trade for ETHUSDT."
    said = await _command(tg, "/close ETHUSDT 25%", "ETHUSDT")
    assert said == "Nothing was closed for ETHUSDT: no open trade for ETHUSDT."


async def test_cancel_command_when_position_and_resting_entries_then_only_entries_end(
    at42: BotHarness, tg: FakeTelegram
):
    await _post(tg, SIGNAL)  # a long at market: filled
    await _post(tg, "BTCUSDT SHORT\nEntry: 42600\nTP: 41000\nSL: 43500\nLeverage 2x")
    long, short = sorted(at42.engine.trades.values(), key=lambda t: t.side)
    qty = long.open_qty
    said = await _command(tg, "/cancel BTCUSDT", "BTCUSDT")
    assert said.startswith("🚫 Cancelled for BTCUSDT:\n• book paper: "), said
    assert (
        "BTC/USDT:USDT: nothing of the short had filled: its 1 entry order was cancelled and "
        "the trade ended" in said
    )
    assert "every entry has filled, so there is nothing to cancel; the position stays open" in said
    assert short.status == TradeStatus.CANCELED
    assert long.status == TradeStatus.OPEN and long.open_qty == qty
    said = await _command(tg, "/cancel BTCUSDT", "BTCUSDT")  # only the filled long is left
    assert said.startswith("Nothing was cancelled for BTCUSDT:\n• book paper: "), said
    assert long.open_qty == qty
    said = await _command(tg, "/cancel BTCUSDT copy", "book")
    assert said == "There is no book copy: the books are paper. Nothing was cancelled."
    said = await _command(tg, "/cancel", "Usage")
    assert said.startswith("Usage: /cancel SYMBOL [BOOK ...]")


async def test_cancel_card_when_signal_too_small_to_split_then_names_the_one_resting_order(
    tmp_path: Path, tg: FakeTelegram
):
    settings = make_settings(tmp_path, tg, REQUIRE_CONFIRMATION=False)
    settings.risk.MAX_POSITION_SIZE_PCT = 0.003  # 0.001 BTC: one order, at 41,800 (nearest)
    h = await BotHarness(settings, tg).start()
    try:
        h.engine.market_data.anchor("BTC/USDT:USDT", 42000.0)
        post = await _post(tg, LIMITS)
        (r,) = h.engine.resting_trades()
        assert [p for p, _ in r.entries] == [41800.0]
        said = await _channel(tg, "Cancel", post, "cancel")
        assert said == (
            "↪️ cancel: done (cancel the resting entries of LONG BTC/USDT:USDT 2x (resting at "
            "41,800, nothing filled yet))"
        )  # not "41,800 · 41,000": no order rests at 41,000
    finally:
        await h.stop()


async def test_cancel_command_when_copied_to_two_books_then_only_the_named_book_cancels(
    tg: FakeTelegram, two_books: list[Any]
):
    engines = two_books
    await _post(tg, LIMITS)
    (trade_id,) = engines[0].trades
    said = await _command(tg, "/cancel BTCUSDT copy", "BTCUSDT")
    assert said == (
        "🚫 Cancelled for BTCUSDT:\n• book copy: BTC/USDT:USDT: nothing of the long had "
        "filled: its 2 entry orders were cancelled and the trade ended"
    )
    assert engines[0].trades[trade_id].status == TradeStatus.PENDING
    assert engines[1].trades[trade_id].status == TradeStatus.CANCELED
    said = await _command(tg, "/cancel BTCUSDT", "BTCUSDT")  # every book: the rest
    assert said == (
        "🚫 Cancelled for BTCUSDT:\n• book paper: BTC/USDT:USDT: nothing of the long had "
        "filled: its 2 entry orders were cancelled and the trade ended\n"
        "• book copy: no open trade for BTCUSDT"
    )
    assert engines[0].trades[trade_id].status == TradeStatus.CANCELED


async def test_help_when_asked_then_lists_cancel(at42: BotHarness, tg: FakeTelegram):
    said = await _command(tg, "/help", "sigcopy")
    assert "/cancel SYMBOL [BOOK] – cancel its entries not yet filled (an open position stays)" in (
        said
    )
    assert "cancel" in [c["command"] for c in tg.commands]


async def test_partial_close_card_when_entries_rest_then_approved_card_says_they_ended(
    tmp_path: Path, tg: FakeTelegram
):
    h = await BotHarness(make_settings(tmp_path, tg), tg).start()
    try:
        h.engine.market_data.anchor("BTC/USDT:USDT", 42000.0)
        mark = tg.mark()
        tg.push_channel_post(CHANNEL, THREE)
        card = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
        tg.push_callback(ADMIN, card, buttons(card)[APPROVE])
        await tg.wait_for("editMessageText", lambda c: "Executed" in c["text"], after=mark)
        (t,) = h.engine.trades.values()
        await h.engine.on_price("BTCUSDT", 41700)
        mark = tg.mark()
        tg.push_channel_post(CHANNEL, "Close 50% BTC")
        card = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
        tg.push_callback(ADMIN, card, buttons(card)[APPROVE])
        done = await tg.wait_for("editMessageText", lambda c: "done" in c["text"], after=mark)
        assert "BTC/USDT:USDT: the 2 entry orders not yet filled were cancelled" in done["text"]
        assert h.engine.book.orders.live(t.trade_id, OrderRole.ENTRY) == []
    finally:
        await h.stop()


async def test_console_cancel_when_limit_entries_rest_then_cancelled_and_said(tmp_path: Path):
    desk, engine = paper_desk(tmp_path, confirm=False)
    out: list[str] = []
    try:
        engine.market_data.anchor("BTC/USDT:USDT", 42000.0)
        script = "\n".join([LIMITS, "", "/cancel", "/cancel BTCUSDT"]) + "\n"
        assert await Console(desk, stdin=io.StringIO(script), write=out.append).run() == 0
        (t,) = engine.trades.values()
        assert t.status == TradeStatus.CANCELED
    finally:
        await engine.aclose()
    text = "".join(out)
    assert "Usage: /cancel SYMBOL [BOOK ...]" in text
    assert (
        "🚫 Cancelled for BTCUSDT:\n• book paper: BTC/USDT:USDT: nothing of the long had filled: "
        "its 2 entry orders were cancelled and the trade ended" in text
    )


async def test_halt_close_when_a_trade_has_nothing_filled_then_counted_apart(
    at42: BotHarness, tg: FakeTelegram
):
    await _post(tg, SIGNAL)  # a long at market: filled
    await _post(tg, "BTCUSDT SHORT\nEntry: 42600\nTP: 41000\nSL: 43500\nLeverage 2x")
    mark = tg.mark()
    tg.push_command(ADMIN, "/halt close")
    confirm = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    assert confirm["text"] == (
        "Close every open position (1) and cancel the entries of 1 trade not yet filled?"
    )
    assert confirm.buttons[0]["text"] == "⚠️ Close all: 1 position"
    tg.push_callback(ADMIN, confirm, confirm.buttons[0]["callback_data"])
    said = await tg.wait_text("Closed", chat_id=ADMIN, after=mark)
    assert said["text"] == (
        "✅ Closed 1 position; the entries of 1 trade with nothing filled were cancelled."
    )  # not "Closed 2 positions": the short never filled
    assert at42.engine.positions() == [] and at42.engine.resting_trades() == []
