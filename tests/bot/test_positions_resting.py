"""/positions shows what the book holds unfilled: a trade whose limit entries rest with nothing
filled yet, and a breakout entry waiting for its level, beside a filled position - through the
real Application polling the fake Telegram server, and through the console; paper engine on the
simulated feed (started at 42,000, where neither the resting short nor the breakout is reached).
The cancel each says (/cancel BTCUSDT) ends only what has not filled."""

from __future__ import annotations

import io
from pathlib import Path

from bot.cards import fmt_num
from bot.console import Console
from engine.domain.trade import TradeStatus
from engine.engine import TradingEngine
from tests.bot.conftest import ADMIN, CHANNEL, SIGNAL, BotHarness, paper_desk
from tests.fakes.fake_telegram import FakeTelegram

RESTING = "BTCUSDT SHORT\nEntry: 42600\nTP: 41000\nSL: 43500\nLeverage 2x"
# Both above the price (2,300): both rest until a tick at 2,315 fills the first.
PART = "ETHUSDT SHORT\nEntry 1: 2310\nEntry 2: 2350\nTP: 2200\nSL: 2400\nLeverage 2x"
BREAKOUT = "ETHUSDT LONG\nEnter above 2400\nTP: 2500\nSL: 2250"


def _expected_lines(engine: TradingEngine) -> tuple[str, str]:
    """The resting and waiting lines /positions must show, from the engine's own records."""
    short = next(t for t in engine.trades.values() if t.status == TradeStatus.PENDING)
    assert short.side == "SHORT" and short.entry_qty == 0
    qty = f"{float(short.planned_qty):,.8f}".rstrip("0").rstrip(".")
    return (
        f"• SHORT BTC/USDT · limit 42,600 ({qty} BTC) · stop 43,500",
        "• LONG ETH/USDT waiting for 2400 (above) · stop 2,250",
    )


def _check(text: str, engine: TradingEngine) -> None:
    resting, waiting = _expected_lines(engine)
    assert text.startswith("📂 Open positions · book "), text
    assert "• LONG BTC/USDT:USDT" in text.split("🕒")[0]  # the filled position first
    head = text.index("🕒 Entries resting, nothing filled yet")
    assert text.index(resting) > head
    assert "· stop 43,500 · targets 41,000 · since " in text
    assert "(in 24.0 h, LIMIT_ORDER_TTL_HOURS) · book " in text
    assert text.index("⏳ Waiting entries") > head and waiting in text
    assert " · targets 2,500 · price " in text
    assert "(in 24.0 h, WAITING_ENTRY_TTL_HOURS) · book " in text
    assert (
        text.count("to cancel: /cancel BTCUSDT (only entries of BTCUSDT not yet filled end)") == 1
    )
    assert "to cancel: /cancel ETHUSDT (only entries of ETHUSDT not yet filled end)" in text


async def test_positions_when_entry_rests_and_breakout_waits_then_both_shown_and_cancel_works(
    auto: BotHarness, tg: FakeTelegram
):
    auto.engine.market_data.anchor("BTC/USDT:USDT", 42000.0)
    auto.engine.market_data.anchor("ETH/USDT:USDT", 2300.0)
    for text in (SIGNAL, RESTING, BREAKOUT):
        mark = tg.mark()
        tg.push_channel_post(CHANNEL, text)
        await tg.wait_for(
            "sendMessage",
            lambda c: "Executed" in c["text"] or "Accepted" in c["text"],
            after=mark,
        )
    assert len(auto.engine.waiting_entries()) == 1
    mark = tg.mark()
    tg.push_command(ADMIN, "/positions")
    said = await tg.wait_for("sendMessage", lambda c: "Open positions" in c["text"], after=mark)
    _check(str(said["text"]), auto.engine)
    long = next(t for t in auto.engine.trades.values() if t.status == TradeStatus.OPEN)
    short = next(t for t in auto.engine.trades.values() if t.status == TradeStatus.PENDING)
    qty = long.open_qty
    mark = tg.mark()
    tg.push_command(ADMIN, "/cancel BTCUSDT")  # what /positions says to do
    await tg.wait_text("Cancelled for BTCUSDT", chat_id=ADMIN, after=mark)
    assert short.status == TradeStatus.CANCELED and len(auto.engine.waiting_entries()) == 1
    assert long.status == TradeStatus.OPEN and long.open_qty == qty  # the position stays
    mark = tg.mark()
    tg.push_command(ADMIN, "/cancel ETHUSDT")
    await tg.wait_text("Cancelled for ETHUSDT", chat_id=ADMIN, after=mark)
    assert auto.engine.waiting_entries() == [] and long.open_qty == qty


async def test_positions_when_book_empty_then_says_so_plainly(bot: BotHarness, tg: FakeTelegram):
    mark = tg.mark()
    tg.push_command(ADMIN, "/positions")
    said = await tg.wait_for("sendMessage", after=mark)
    assert said["text"] == (
        "No open positions, no entries resting or waiting for their level · book paper."
    )


async def test_console_positions_when_entry_rests_and_breakout_waits_then_both_shown(
    tmp_path: Path,
):
    desk, engine = paper_desk(tmp_path, confirm=False)
    out: list[str] = []
    try:
        engine.market_data.anchor("BTC/USDT:USDT", 42000.0)
        engine.market_data.anchor("ETH/USDT:USDT", 2300.0)
        script = "\n".join([SIGNAL, "", RESTING, "", PART, "", BREAKOUT, ""])
        assert await Console(desk, stdin=io.StringIO(script), write=out.append).run() == 0
        await engine.on_price("ETHUSDT", 2315.0)
        asked = io.StringIO("/positions\n")
        assert await Console(desk, stdin=asked, write=out.append).run() == 0
        text = "".join(out)
        _check(text[text.index("📂 Open positions") :], engine)
        # The part-filled short is a position, its unfilled entry on its line (not resting-only).
        short = text.split("🕒")[0].split("• SHORT ETH/USDT:USDT")[1].split("\n")[0]
        assert short.endswith(" · entries still resting at 2,350"), short
    finally:
        await engine.aclose()


async def test_console_positions_when_two_entries_rest_then_their_average_shown(tmp_path: Path):
    desk, engine = paper_desk(tmp_path, confirm=False)
    out: list[str] = []
    try:
        engine.market_data.anchor("BTC/USDT:USDT", 42000.0)
        zone = "BTCUSDT SHORT\nEntry 1: 42600\nEntry 2: 42800\nTP: 41000\nSL: 43500\nLeverage 2x"
        assert await Console(desk, stdin=io.StringIO(zone + "\n\n"), write=out.append).run() == 0
        asked = io.StringIO("/positions\n")
        assert await Console(desk, stdin=asked, write=out.append).run() == 0
        text = "".join(out)
        (r,) = engine.resting_trades()
        assert len(r.entries) == 2 and r.entry_average is not None
        # The weighted average of what rests: what a stop move is checked against.
        assert 42600 < r.entry_average < 42800
        line = text[text.index("• SHORT BTC/USDT · limit 42,600") :].split("\n")[0]
        assert f" · average {fmt_num(r.entry_average)} · stop 43,500" in line, line
    finally:
        await engine.aclose()
