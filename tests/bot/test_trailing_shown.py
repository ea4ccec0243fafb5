"""The trailing stop's state on the approval card, on /positions and in the trade log: the real
Application polling the fake Telegram server, the engine in paper mode."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from config import Settings
from tests.bot.conftest import ADMIN, BotHarness, make_settings
from tests.fakes.fake_telegram import Call, FakeTelegram

OWN = "BTCUSDT LONG\nTP1: 43000\nTP2: 46000\nSL: 41000\nTrailing stop 2% after TP1"


def _buttons(call: Call) -> dict[str, str]:
    return {b["text"]: b["callback_data"] for b in call.buttons}


async def _approve(tg: FakeTelegram, text: str) -> Call:
    mark = tg.mark()
    tg.push_forward(ADMIN, text)
    card = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    mark = tg.mark()
    tg.push_callback(ADMIN, card, _buttons(card)["✅ Approve"])
    await tg.wait_for("editMessageText", after=mark)
    return card


async def _positions(tg: FakeTelegram) -> str:
    mark = tg.mark()
    tg.push_command(ADMIN, "/positions")
    listing = await tg.wait_text("Open positions", chat_id=ADMIN, after=mark)
    return str(listing["text"])


def _log(settings: Settings) -> list[dict]:
    path = settings.DATA_DIR / "books" / "paper" / "trades.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()]


async def test_signal_with_own_trailing_when_approved_then_card_positions_and_log_follow_it(
    bot: BotHarness, tg: FakeTelegram, settings: Settings
) -> None:
    card = await _approve(tg, OWN)
    assert (
        "Trailing stop (the signal's own): 2 % behind the best price, after TP1 fills"
        in card["text"]
    )
    listing = await _positions(tg)
    assert "trailing 2% waits for TP1 at 43,000" in listing
    (entry_line,) = [r for r in _log(settings) if r["action"] == "OPEN"]
    assert entry_line["trailing"] == {
        "state": "waiting",
        "active": False,
        "pct": 2.0,
        "activation": "tp1",
        "at": 43000.0,
    }

    await bot.engine.on_price("BTCUSDT", 43000)  # TP1 fills: trailing starts
    await bot.engine.on_price("BTCUSDT", 44000)
    listing = await _positions(tg)
    assert "trailing stop 43,120 (best 44,000)" in listing.replace(".00", "")
    await bot.engine.on_price("BTCUSDT", 43000)  # through the trailed stop
    last = _log(settings)[-1]
    assert last["action"] == "CLOSE" and Decimal(last["exit_price"]) <= Decimal("43120")
    assert last["trailing"]["state"] == "active" and last["trailing"]["best"] == 44000.0
    assert last["trailing"]["stop"] == 43120.0


async def test_card_when_trailing_set_in_settings_then_card_says_how_and_positions_show_it(
    tmp_path: Path, tg: FakeTelegram
) -> None:
    settings = make_settings(tmp_path / "data", tg)
    settings.risk.TRAILING_STOP_PCT = 0.01
    settings.risk.TRAILING_ACTIVATION = "2%"
    h = await BotHarness(settings, tg).start()
    try:
        card = await _approve(tg, "BTCUSDT LONG\nTP: 46000\nSL: 41000")
        assert "Trailing stop: 1 % behind the best price, once 2 % in profit" in card["text"]
        (pos,) = h.engine.positions()
        at = pos["trailing"]["at"]
        assert pos["trailing"]["state"] == "waiting" and at == pos["entry_price"] * 1.02
        assert "trailing 1% waits for 2% profit at" in await _positions(tg)
    finally:
        await h.stop()


async def test_card_when_no_trailing_anywhere_then_no_trailing_line_and_log_says_off(
    bot: BotHarness, tg: FakeTelegram, settings: Settings
) -> None:
    card = await _approve(tg, "BTCUSDT LONG\nTP: 46000\nSL: 41000")
    assert "Trailing" not in card["text"]
    assert "trailing" not in await _positions(tg)
    (entry_line,) = [r for r in _log(settings) if r["action"] == "OPEN"]
    assert entry_line["trailing"] == {"state": "off", "active": False}
