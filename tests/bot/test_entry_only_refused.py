"""An entry with neither a target nor a stop (the session-21 ruling in
tests/fixtures/corpus/CONVENTIONS.md, after Cornix's posting rules: a call names a target or a
stop beside its entry) through the real Application polling the fake Telegram server, paper mode:
the reply says why and what the user can do, offers nothing to approve, and opens nothing; the
same post with a stop is a card to approve. (One test, one bot: the suite's time.)"""

from __future__ import annotations

from tests.bot.conftest import ADMIN, BotHarness
from tests.fakes.fake_telegram import FakeTelegram


async def test_forward_when_entry_without_target_or_stop_then_refused_and_with_a_stop_a_card(
    bot: BotHarness, tg: FakeTelegram
) -> None:
    bot.engine.market_data.anchor("BTC/USDT:USDT", 42000.0)
    mark = tg.mark()
    tg.push_forward(ADMIN, "BTCUSDT LONG\nEntry: 42000\nLeverage: 10x")
    reply = await tg.wait_for("sendMessage", after=mark)
    text = str(reply["text"])
    assert "NEEDS REVIEW" in text and "names an entry but no target and no stop" in text
    assert "trade it by hand" in text and "Traceback" not in text
    assert "✅ Approve" not in {b["text"] for b in reply.buttons}
    assert bot.engine.trades == {}

    mark = tg.mark()
    tg.push_forward(ADMIN, "BTCUSDT LONG\nEntry: 42000\nStop loss: 40000")
    card = await tg.wait_for("sendMessage", lambda c: "BTC/USDT" in str(c["text"]), after=mark)
    assert "no target and no stop" not in str(card["text"])
    assert "✅ Approve" in {b["text"] for b in card.buttons}
    assert bot.engine.trades == {}
