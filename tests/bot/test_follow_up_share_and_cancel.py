"""Follow-ups through the real bot (fake Bot API): a partial close whose post says no share is
never guessed (auto mode says why and what to do; a card offers the shares, and the one tapped
is what closes), and a channel's cancel reaches the signal's resting limit entries."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from bot.console import Console
from bot.desk import Desk
from bot.runner import build_parser
from engine.books import BookSet
from engine.domain.orders import OrderRole
from engine.domain.trade import TradeStatus
from tests.bot.conftest import ADMIN, CHANNEL, SIGNAL, BotHarness, paper_desk
from tests.bot.test_approval_faults import APPROVE, buttons
from tests.engine.conftest import paper_books
from tests.fakes.fake_telegram import FakeTelegram

# Two limit entries below the simulated price (42,000): both rest until the price comes down.
LIMITS = "BTCUSDT LONG\nEntry 1: 41800\nEntry 2: 41000\nTP: 43000\nSL: 40000\nLeverage 2x"


async def _post(tg: FakeTelegram, text: str, confirm: bool, h: BotHarness | None = None) -> dict:
    """A channel signal taken (approved when asked); its post. With `h`, the simulated walk
    starts at 42,000 (not in the signal's entry zone, where it would fill at once)."""
    if h is not None:
        h.engine.market_data.anchor("BTC/USDT:USDT", 42000.0)
    mark = tg.mark()
    post = tg.push_channel_post(CHANNEL, text)
    if confirm:
        card = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
        tg.push_callback(ADMIN, card, buttons(card)[APPROVE])
        await tg.wait_for("editMessageText", lambda c: "Executed" in c["text"], after=mark)
    else:
        await tg.wait_text("Executed", chat_id=ADMIN, after=mark)
    return post


@pytest.mark.parametrize("text", ["Take some profits", "减仓"])
async def test_partial_close_without_share_when_auto_mode_then_nothing_closed_and_told_why(
    auto: BotHarness, tg: FakeTelegram, text: str
):
    post = await _post(tg, SIGNAL, confirm=False)
    (t,) = auto.engine.trades.values()
    qty = t.open_qty
    mark = tg.mark()
    tg.push_channel_post(CHANNEL, text, reply_to=post)
    said = await tg.wait_text("close partial", chat_id=ADMIN, after=mark)
    assert said["text"] == (
        "↪️ close partial: not applied: the post says to close part of LONG BTC/USDT:USDT 2x "
        "but not how much, so nothing was closed. To close a share yourself: /close BTCUSDT "
        "25% (or any share; /close without one closes all). With confirmation on for the "
        "channel, the card asks how much."
    )
    assert not said.buttons and t.open_qty == qty
    mark = tg.mark()
    tg.push_command(ADMIN, "/close BTCUSDT 25%")  # what the message says to do
    await tg.wait_text("✅ Closed 25% of BTCUSDT.", chat_id=ADMIN, after=mark)
    assert qty * 3 / 4 <= t.open_qty < qty  # a quarter, to the market's amount step


async def test_partial_close_without_share_when_confirming_then_card_offers_shares_and_tap_closes_it(
    bot: BotHarness, tg: FakeTelegram
):
    post = await _post(tg, SIGNAL, confirm=True)
    (t,) = bot.engine.trades.values()
    qty = t.open_qty
    mark = tg.mark()
    tg.push_channel_post(CHANNEL, "Take some profits", reply_to=post)
    card = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    assert (
        "Asked: close part of LONG BTC/USDT:USDT 2x: the post does not say how much, "
        "choose below" in card["text"]
    )
    assert list(buttons(card)) == ["25%", "50%", "100%", "❌ Ignore"]  # no plain Approve
    assert t.open_qty == qty  # nothing before the tap
    mark = tg.mark()
    tg.push_callback(ADMIN, card, buttons(card)["25%"])
    done = await tg.wait_for("editMessageText", lambda c: "done" in c["text"], after=mark)
    assert "close partial: done (close 25% of LONG BTC/USDT:USDT 2x)" in done["text"]
    assert qty * 3 / 4 <= t.open_qty < qty  # the quarter tapped, not half
    assert bot.desk.book.waiting() == []


async def test_partial_close_card_when_approve_data_crafted_without_share_then_nothing_closed(
    bot: BotHarness, tg: FakeTelegram
):
    post = await _post(tg, SIGNAL, confirm=True)
    (t,) = bot.engine.trades.values()
    qty = t.open_qty
    mark = tg.mark()
    tg.push_channel_post(CHANNEL, "Take some profits", reply_to=post)
    card = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    ref = buttons(card)["25%"].split(":", 1)[1].rsplit(":", 1)[0]
    for data in (f"a:{ref}", f"s:{ref}:37"):  # an Approve, a share the card never offered
        mark = tg.mark()
        tg.push_callback(ADMIN, card, data)
        said = await tg.wait_for("answerCallbackQuery", after=mark)
        assert "choose a share" in said["text"]
    assert t.open_qty == qty and len(bot.desk.book.waiting()) == 1


@pytest.mark.parametrize("text", ["Cancel", "Signal cancelled ❌"])
async def test_cancel_when_limit_entries_rest_unfilled_then_cancelled_and_trade_ends(
    auto: BotHarness, tg: FakeTelegram, text: str
):
    post = await _post(tg, LIMITS, confirm=False, h=auto)
    (t,) = auto.engine.trades.values()
    assert t.status == TradeStatus.PENDING
    assert len(auto.engine.book.orders.live(t.trade_id, OrderRole.ENTRY)) == 2
    mark = tg.mark()
    tg.push_channel_post(CHANNEL, text, reply_to=post)
    said = await tg.wait_text("cancel", chat_id=ADMIN, after=mark)
    assert said["text"] == (
        "↪️ cancel: done (cancel the resting entries of LONG BTC/USDT:USDT 2x (resting at "
        "41,800 · 41,000, nothing filled yet))"
    )
    assert t.status == TradeStatus.CANCELED and t.close_reason == "cancelled_by_update"
    assert auto.engine.book.orders.live(t.trade_id) == []
    await auto.engine.on_price("BTCUSDT", 40900)  # past both levels: nothing fills now
    assert t.entry_qty == 0 and auto.engine.pending_trades() == []


async def test_cancel_when_confirming_and_entries_rest_then_asked_and_cancelled_on_approve(
    bot: BotHarness, tg: FakeTelegram
):
    await _post(tg, LIMITS, confirm=True, h=bot)
    (t,) = bot.engine.trades.values()
    mark = tg.mark()
    tg.push_channel_post(CHANNEL, "Cancel BTC")  # by its symbol, from the same channel
    card = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    assert "Asked: cancel the resting entries of LONG BTC/USDT:USDT 2x" in card["text"]
    assert t.status == TradeStatus.PENDING  # nothing before the tap
    tg.push_callback(ADMIN, card, buttons(card)[APPROVE])
    await tg.wait_for("editMessageText", lambda c: "done" in c["text"], after=mark)
    assert t.status == TradeStatus.CANCELED and bot.engine.book.orders.live(t.trade_id) == []


async def test_cancel_when_one_entry_filled_then_only_the_unfilled_one_ends_and_position_stays(
    auto: BotHarness, tg: FakeTelegram
):
    post = await _post(tg, LIMITS, confirm=False, h=auto)
    (t,) = auto.engine.trades.values()
    await auto.engine.on_price("BTCUSDT", 41700)  # the first entry fills, the second rests
    filled = t.open_qty
    assert t.status == TradeStatus.OPEN and filled > 0
    mark = tg.mark()
    tg.push_channel_post(CHANNEL, "cancel", reply_to=post)
    said = await tg.wait_text("cancel", chat_id=ADMIN, after=mark)
    assert said["text"] == (
        "↪️ cancel: done (cancel the unfilled entries of LONG BTC/USDT:USDT 2x (41,000); the "
        "filled position stays open with its stop at 40,000)"
    )
    assert auto.engine.book.orders.live(t.trade_id, OrderRole.ENTRY) == []
    assert t.status == TradeStatus.OPEN and t.open_qty == filled
    (stop,) = auto.engine.book.orders.live(t.trade_id, OrderRole.STOP_LOSS)
    assert stop.amount == filled
    mark = tg.mark()
    tg.push_channel_post(CHANNEL, "cancel", reply_to=post)  # nothing left to cancel
    said = await tg.wait_text("cancel", chat_id=ADMIN, after=mark)
    assert said["text"] == (
        "↪️ cancel: refused: every entry of the LONG BTC/USDT:USDT has filled, so there is "
        "nothing to cancel; the position stays open with its stop at 40,000. Nothing was changed."
    )
    assert t.open_qty == filled


async def test_console_when_partial_close_has_no_share_then_asks_how_much_and_closes_that(
    tmp_path: Path,
):
    desk, engine = paper_desk(tmp_path, confirm=True)
    out: list[str] = []
    lines = [SIGNAL, "", "y", "Take some profits on BTC", "", "37", "25", "/close BTCUSDT abc%"]
    try:
        stdin = io.StringIO("\n".join(lines) + "\n")
        assert await Console(desk, stdin=stdin, write=out.append).run() == 0
        (t,) = engine.trades.values()
        planned = t.entry_qty
        assert planned * 3 / 4 <= t.open_qty < planned  # the quarter answered, not half
    finally:
        await engine.aclose()
    text = "".join(out)
    assert "close part of LONG BTC/USDT:USDT 2x: the post does not say how much" in text
    assert "Close how much? [25/50/100 (percent) / n]" in text
    assert "Please answer 25/50/100 or n." in text  # 37 is not a share the card offers
    assert "close partial: done (close 25% of LONG BTC/USDT:USDT 2x)" in text
    assert "Usage: /close SYMBOL [share]" in text and "('abc%')" in text


async def test_cancel_when_signal_copied_to_two_books_then_both_cancelled_and_said_done(
    tmp_path: Path,
):
    """COPY_TO: one signal, one trade id in each book; the cancel is applied once per id (the
    BookSet acts in every book), not once per book's copy, which then found nothing and
    answered "not applied" for what was done."""
    engines = paper_books(tmp_path)
    books = BookSet(engines)
    try:
        desk = Desk(books, build_parser(engines[0].settings), engines[0].settings)
        await desk.start()
        r = await desk.handle_text(LIMITS, source="Channel A", signal_id="tgA_1")
        assert r.ok, r.text
        assert [len(e.pending_trades()) for e in engines] == [1, 1]
        said = await desk.handle_text(
            "Cancel", source="Channel A", signal_id="tgA_2", reply_to="tgA_1"
        )
        assert said.ok and said.text.startswith("↪️ cancel: done"), said.text
        assert [e.trades["tgA_1"].status for e in engines] == [TradeStatus.CANCELED] * 2
    finally:
        await books.aclose()


async def test_cancel_by_symbol_when_a_filled_position_and_resting_entries_then_only_entries_end(
    auto: BotHarness, tg: FakeTelegram
):
    await _post(tg, SIGNAL, confirm=False, h=auto)  # a long at market: filled
    await _post(tg, "BTCUSDT SHORT\nEntry: 42600\nTP: 41000\nSL: 43500\nLeverage 2x", False)
    long, short = sorted(auto.engine.trades.values(), key=lambda t: t.side)
    assert (long.status, short.status) == (TradeStatus.OPEN, TradeStatus.PENDING)
    qty = long.open_qty
    mark = tg.mark()
    tg.push_channel_post(CHANNEL, "Cancel BTC")
    said = await tg.wait_text("cancel", chat_id=ADMIN, after=mark)
    assert said["text"] == (
        "↪️ cancel: done (cancel the resting entries of SHORT BTC/USDT:USDT 2x (resting at "
        "42,600, nothing filled yet))"
    )
    assert short.status == TradeStatus.CANCELED
    assert long.status == TradeStatus.OPEN and long.open_qty == qty


async def test_share_tap_when_the_card_is_a_signal_then_refused_and_nothing_traded(
    bot: BotHarness, tg: FakeTelegram
):
    mark = tg.mark()
    tg.push_channel_post(CHANNEL, SIGNAL)
    card = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    ref = buttons(card)[APPROVE].split(":", 1)[1]
    mark = tg.mark()
    tg.push_callback(ADMIN, card, f"s:{ref}:25")
    said = await tg.wait_for("answerCallbackQuery", after=mark)
    assert said["text"] == "This card has no share to choose."
    assert bot.engine.trades == {} and len(bot.desk.book.waiting()) == 1


async def test_close_card_for_resting_entries_when_one_fills_before_the_tap_then_refused(
    bot: BotHarness, tg: FakeTelegram
):
    # The card said "cancel the resting entries" (nothing was filled when the channel said
    # close); an entry fills before the tap: approving must not close the position at market.
    await _post(tg, LIMITS, confirm=True, h=bot)
    (t,) = bot.engine.trades.values()
    mark = tg.mark()
    tg.push_channel_post(CHANNEL, "Close BTC")
    card = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    assert "Asked: cancel the resting entries of LONG BTC/USDT:USDT 2x" in card["text"]
    await bot.engine.on_price("BTCUSDT", 41700)  # the first entry fills
    filled = t.open_qty
    assert t.status == TradeStatus.OPEN and filled > 0
    tg.push_callback(ADMIN, card, buttons(card)[APPROVE])
    said = await tg.wait_for("editMessageText", lambda c: "refused" in c["text"], after=mark)
    assert "an entry filled since the card" in said["text"]
    assert t.status == TradeStatus.OPEN and t.open_qty == filled
    assert bot.engine.book.orders.live(t.trade_id, OrderRole.STOP_LOSS)
