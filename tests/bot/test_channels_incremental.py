"""/channels reads only the trade records written since the last /channels (bot/book_trades.py)
and its lines stay exactly what a reading of everything gives. The real PTB Application against
the fake Bot API; the engine on an injected clock, so that trades are written hours apart."""

from __future__ import annotations

import time
from pathlib import Path

from bot.app import TelegramFront
from bot.runner import build_parser
from config import Settings
from engine.adapters.message_log import MESSAGE_LOG, read_messages
from engine.clock import SimulatedClock
from engine.core import scoreboard as sb
from engine.domain.signal import Signal
from engine.domain.trade import Trade
from engine.engine import TradingEngine
from tests.bot.conftest import ADMIN, CHANNEL, ETH_SIGNAL, BotHarness, make_settings
from tests.fakes.fake_telegram import FakeTelegram

CHANNELS = f"""[[channels]]
id = {CHANNEL}
name = "Whale Calls"
deny = ["ETH"]
"""


class ClockedHarness(BotHarness):
    """The bot harness with the engine on a clock the test moves."""

    def __init__(self, settings: Settings, tg: FakeTelegram) -> None:
        super().__init__(settings, tg)
        self.clock = SimulatedClock(time.time())

    async def start(self) -> BotHarness:
        self.engine = TradingEngine(mode="paper", settings=self.settings, clock=self.clock)
        await self.engine.start()
        self.front = TelegramFront(self.settings, self.engine, build_parser(self.settings))
        await self.front.start(poll_timeout=5)
        return self


async def _trade(h: ClockedHarness, n: int) -> None:
    """One trade of the whale channel, opened and closed an hour later."""
    sig = Signal(
        symbol="BTCUSDT",
        side="LONG",
        tp=[43000],
        sl=41000,
        signal_id=f"tg{CHANNEL}_{n}",
        source="Whale Calls",
    )
    assert (await h.engine.execute(sig)).ok
    h.clock.advance(3600)
    assert "Closed" in await h.desk.close_symbol("BTCUSDT")
    h.clock.advance(3600)


async def _line(h: BotHarness, tg: FakeTelegram) -> str:
    mark = tg.mark()
    tg.push_command(ADMIN, "/channels")
    listing = await tg.wait_for("sendMessage", lambda c: "📡 Channels" in c["text"], after=mark)
    (line,) = [ln.strip() for ln in listing["text"].splitlines() if "📊" in ln]
    return line


async def _from_scratch(h: BotHarness, data: Path) -> str:
    """The whale channel's line from every message record and every trade record."""
    h.desk.notes.log.flush()
    tally = sb.MessageTally.of(read_messages(data / MESSAGE_LOG))
    trades = [Trade.from_dict(d) for d in await h.engine.store.load("trade")]
    score = sb.find_score(sb.channel_scores(tally, trades), chat_id=CHANNEL)
    assert score is not None
    return f"📊 {sb.format_score_line(score)}"


async def test_channels_when_asked_again_then_only_trades_written_since_are_read(
    tmp_path: Path, tg: FakeTelegram
) -> None:
    path = tmp_path / "channels.toml"
    path.write_text(CHANNELS)
    data = tmp_path / "data"
    settings = make_settings(data, tg).model_copy(update={"CHANNELS_FILE": path})
    h = ClockedHarness(settings, tg)
    await h.start()
    try:
        mark = tg.mark()
        tg.push_channel_post(CHANNEL, ETH_SIGNAL)  # refused by the channel's deny list
        await tg.wait_for("sendMessage", lambda c: "Refused" in c["text"], after=mark)
        for n in range(6):
            await _trade(h, n)
        first = await _line(h, tg)
        assert first == await _from_scratch(h, data)
        assert "6 traded" in first and "1 refused" in first
        book = h.desk.notes._books[h.engine.store]
        assert book.parsed == 6  # the first /channels reads every trade once
        await _trade(h, 6)
        second = await _line(h, tg)
        assert second == await _from_scratch(h, data)
        assert "7 traded" in second
        # Only the trade written since, and the last one before it again (each read goes back
        # OVERLAP_S before the newest record it saw): not the six.
        assert book.parsed == 6 + 2
        # Nothing new: the same line, and only the newest trade read again.
        h.clock.advance(3600)
        assert await _line(h, tg) == second
        assert book.parsed == 6 + 2 + 1
    finally:
        await h.stop()
