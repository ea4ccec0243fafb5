"""A channel's "move SL" before the entry filled: the bot passes it to the engine, which checks
it (below every resting entry of a long) and keeps it for the trade; the answer says so, and
when the price later fills an entry the stop placed is the moved one. In confirmation mode the
card says exactly that, and the tap does exactly that. Through the fake Bot API, paper engine
on the simulated feed anchored at 42,000 (above both limit entries: they rest)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from engine.domain.orders import OrderRole
from engine.domain.trade import TradeStatus
from engine.engine import TradingEngine
from tests.bot.conftest import ADMIN, CHANNEL, BotHarness, reply_said
from tests.bot.test_approval_faults import APPROVE, buttons
from tests.bot.test_follow_up_share_and_cancel import LIMITS, _post
from tests.fakes.fake_telegram import Call, FakeTelegram

DONE = (
    "↪️ move sl: done: the stop for BTCUSDT's resting entries is now 40,500; it is placed "
    "when an entry fills"
)


def _live_stops(engine: TradingEngine, trade_id: str) -> list[Decimal | None]:
    return [o.trigger_price for o in engine.book.orders.live(trade_id, OrderRole.STOP_LOSS)]


async def _fill_first_entry(engine: TradingEngine, trade_id: str) -> None:
    """The price comes down to the first entry (41,800) but not to the stop: it fills."""
    t = engine.trades[trade_id]
    assert _live_stops(engine, trade_id) == []  # nothing held: no stop rests yet
    await engine.on_price("BTCUSDT", 41700)
    assert t.status == TradeStatus.OPEN and t.entry_qty > 0


async def approve(tg: FakeTelegram, card: Call) -> Call:
    """The card's Approve tapped; the card as edited with what was done."""
    mark = tg.mark()
    tg.push_callback(ADMIN, card, buttons(card)[APPROVE])
    return await tg.wait_for("editMessageText", lambda c: "done" in c["text"], after=mark)


@pytest.mark.parametrize("by", ["follow-up", "edit"])
async def test_move_stop_when_entries_rest_and_auto_mode_then_kept_and_placed_on_fill(
    auto: BotHarness, tg: FakeTelegram, by: str
):
    # By the channel's "Move SL" reply, or by its edit of the signal's post (the new stop is a
    # stop move: bot/desk_messages.py, on_traded_edit).
    post = await _post(tg, LIMITS, confirm=False, h=auto)
    (t,) = auto.engine.trades.values()
    assert t.entry_qty == 0 and t.sl == Decimal(40000)
    mark = tg.mark()
    if by == "edit":
        tg.push_edited_channel_post(post, LIMITS.replace("SL: 40000", "SL: 40500"))
        said = await tg.wait_text("Edited after the trade", chat_id=ADMIN, after=mark)
        assert said["text"] == f"✏️ Edited after the trade: Stop 40,000 → 40,500\n{DONE}"
    else:
        tg.push_channel_post(CHANNEL, "Move SL to 40500", reply_to=post)
        said = await tg.wait_text("move sl", chat_id=ADMIN, after=mark)
        assert said["text"] == DONE
    assert t.sl == Decimal(40500) and t.entry_qty == 0
    await _fill_first_entry(auto.engine, t.trade_id)
    assert _live_stops(auto.engine, t.trade_id) == [Decimal(40500)]


async def test_move_stop_when_entries_rest_and_confirming_then_card_says_it_and_tap_does_it(
    bot: BotHarness, tg: FakeTelegram
):
    await _post(tg, LIMITS, confirm=True, h=bot)
    (t,) = bot.engine.trades.values()
    mark = tg.mark()
    tg.push_channel_post(CHANNEL, "Move SL BTC to 40500")  # by its symbol, same channel
    card = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    assert (
        "Asked: move the stop of the resting entries of LONG BTC/USDT:USDT 2x (resting at "
        "41,800 · 41,000, nothing filled yet) from 40,000 to 40,500: it is placed when an "
        "entry fills"
    ) in card["text"]
    assert t.sl == Decimal(40000)  # nothing before the tap
    done = await approve(tg, card)
    assert DONE in done["text"] and "Approved" in done["text"]
    assert t.sl == Decimal(40500)
    await _fill_first_entry(bot.engine, t.trade_id)
    assert _live_stops(bot.engine, t.trade_id) == [Decimal(40500)]


async def test_move_stop_card_when_an_entry_fills_before_the_tap_then_the_approved_stop(
    bot: BotHarness, tg: FakeTelegram
):
    # The card asked for the trade's stop to be 40,500; an entry fills (with the stop 40,000)
    # before the tap: approving still makes the trade's stop 40,500, nothing else.
    await _post(tg, LIMITS, confirm=True, h=bot)
    (t,) = bot.engine.trades.values()
    mark = tg.mark()
    tg.push_channel_post(CHANNEL, "Move SL BTC to 40500")
    card = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    await _fill_first_entry(bot.engine, t.trade_id)
    assert _live_stops(bot.engine, t.trade_id) == [Decimal(40000)]
    qty = t.open_qty
    done = await approve(tg, card)
    assert "move the stop of LONG BTC/USDT:USDT 2x from 40,000 to 40,500" in done["text"]
    assert t.sl == Decimal(40500) and t.open_qty == qty
    assert _live_stops(bot.engine, t.trade_id) == [Decimal(40500)]


async def test_move_stop_when_entries_rest_and_stop_above_an_entry_then_refused_with_reason(
    auto: BotHarness, tg: FakeTelegram
):
    post = await _post(tg, LIMITS, confirm=False, h=auto)
    (t,) = auto.engine.trades.values()
    said = await reply_said(tg, post, "Move SL to 41500", "move sl")  # above the 41,000 entry
    assert said["text"] == (
        "↪️ move sl: refused: stop 41500 is not below the entry 41000 of the long, which has "
        "not filled yet: the position would close as soon as it opened (LONG BTC/USDT:USDT). "
        "Nothing was changed."
    )
    assert t.sl == Decimal(40000)
    said = await reply_said(tg, post, "Move SL to entry", "move sl")  # no entry price yet
    assert said["text"].startswith("↪️ move sl: refused: ") and "no position yet" in said["text"]
    assert t.sl == Decimal(40000)


async def test_move_stop_when_only_the_tick_puts_it_on_an_entry_then_refused_before_any_card(
    bot: BotHarness, tg: FakeTelegram
):
    # 40,999.96 is below the 41,000 entry, but on the market's tick (0.1) it is 41,000: the
    # engine refuses it. The bot checked the raw price and asked a card the tap then refused;
    # now it asks the engine, before any card, and says the engine's reason.
    post = await _post(tg, LIMITS, confirm=True, h=bot)
    (t,) = bot.engine.trades.values()
    said = await reply_said(tg, post, "Move SL to 40999.96", "move sl")
    assert said["text"] == (
        "↪️ move sl: refused: stop 41000 is not below the entry 41000 of the long, which has "
        "not filled yet: the position would close as soon as it opened (LONG BTC/USDT:USDT). "
        "Nothing was changed."
    )
    assert not said.buttons and not [c for c in tg.calls_of("sendMessage") if c.buttons][1:]
    assert t.sl == Decimal(40000)
