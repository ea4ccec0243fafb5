"""/halt close closes exactly what its question showed: the button carries the positions and
the trades with nothing filled it counted (by book and trade id). What opened since the
question (a new trade, or an entry that filled on a trade shown with nothing filled) is not
closed unseen: the answer names it and a new question asks about it; what the question showed
that has ended since is said. Through the real Application polling the fake Bot API, paper
engine in auto mode on the simulated feed anchored at 42,000."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from engine.domain.trade import TradeStatus
from tests.bot.conftest import ADMIN, ETH_SIGNAL, SIGNAL, BotHarness
from tests.bot.test_close_cancel_commands import LIMITS, _command, _post
from tests.bot.test_close_cancel_commands import at42 as at42  # noqa: F401 (the fixture)
from tests.fakes.fake_telegram import Call, FakeTelegram


async def _question(tg: FakeTelegram) -> Call:
    mark = tg.mark()
    tg.push_command(ADMIN, "/halt close")
    return await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)


async def _tap(tg: FakeTelegram, question: Call) -> tuple[str, Call | None]:
    """The button tapped: the answer, and the new question (with its button) if one came."""
    mark = tg.mark()
    tg.push_callback(ADMIN, question, question.buttons[0]["callback_data"])
    said = await tg.wait_text("✅ Closed", chat_id=ADMIN, after=mark)
    if "asked below" not in said["text"]:
        return said["text"], None
    again = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    return said["text"], again


async def test_halt_close_when_a_trade_opened_after_the_question_then_it_is_asked_not_closed(
    at42: BotHarness, tg: FakeTelegram
):
    await _post(tg, SIGNAL)  # a long at market: the one position the question counts
    question = await _question(tg)
    assert question["text"] == "Close every open position (1)?"
    await _command(tg, "/resume", "Resumed")
    await _post(tg, ETH_SIGNAL)  # a short opened after the question
    btc, eth = sorted(at42.engine.trades.values(), key=lambda t: t.symbol)
    said, again = await _tap(tg, question)
    assert said == (
        "✅ Closed 1 position; not closed: what opened since the question "
        "(SHORT ETH/USDT:USDT), asked below."
    )
    assert btc.status == TradeStatus.CLOSED and eth.status == TradeStatus.OPEN
    assert again is not None and again["text"] == (
        "Opened since the last question: SHORT ETH/USDT:USDT. Close every open position (1)?"
    )
    said, none = await _tap(tg, again)
    assert said == "✅ Closed 1 position." and none is None
    assert eth.status == TradeStatus.CLOSED and at42.engine.positions() == []


async def test_halt_close_when_a_shown_entry_filled_after_the_question_then_asked_again(
    at42: BotHarness, tg: FakeTelegram
):
    await _post(tg, LIMITS)  # two limit entries resting under 42,000, nothing filled
    (t,) = at42.engine.trades.values()
    question = await _question(tg)
    assert question["text"] == (
        "Close every open position (0) and cancel the entries of 1 trade not yet filled?"
    )
    await at42.engine.on_price("BTCUSDT", 41700)  # the first entry fills: a position now
    assert t.status == TradeStatus.OPEN and t.entry_qty > 0
    qty = t.open_qty
    said, again = await _tap(tg, question)
    assert said == (
        "✅ Closed 0 positions; not closed: what opened since the question "
        "(LONG BTC/USDT:USDT), asked below."
    )  # it approved cancelling entries, not closing a position
    assert t.status == TradeStatus.OPEN and t.open_qty == qty
    assert again is not None and again["text"] == (
        "Opened since the last question: LONG BTC/USDT:USDT. Close every open position (1)?"
    )
    said, _ = await _tap(tg, again)
    assert said.startswith("✅ Closed 1 position") and t.status == TradeStatus.CLOSED


async def test_halt_close_when_a_shown_position_ended_after_the_question_then_said(
    at42: BotHarness, tg: FakeTelegram
):
    await _post(tg, SIGNAL)  # a long at market, its stop at 41,000
    (t,) = at42.engine.trades.values()
    question = await _question(tg)
    await at42.engine.on_price("BTCUSDT", 40900)  # the stop fires
    assert t.status == TradeStatus.CLOSED and t.sl == Decimal(41000)
    said, again = await _tap(tg, question)
    assert said == "✅ Closed 0 positions; 1 trade it showed had already ended."
    assert again is None


async def test_halt_close_when_copied_to_two_books_then_each_books_shown_trade_closed(
    tg: FakeTelegram, two_books: list[Any]
):
    await _post(tg, SIGNAL)  # a long at market, in both books (one trade id in each)
    main, copy = (e.trades[tid] for e in two_books for tid in e.trades)
    question = await _question(tg)
    assert question["text"] == "Close every open position (2)?"
    said = await _command(tg, "/close BTCUSDT copy", "BTCUSDT")  # one ends before the tap
    assert said == "✅ Closed BTCUSDT:\n• book copy: closed BTCUSDT"
    said, again = await _tap(tg, question)
    assert said == "✅ Closed 1 position; 1 trade it showed had already ended." and again is None
    assert main.status == TradeStatus.CLOSED and copy.status == TradeStatus.CLOSED
