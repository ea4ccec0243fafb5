"""Telegram unreachable: channel signals are not lost; they arrive late or expire by the card's rule.

While the fake server is "down" every Bot API call gets a 502 page, as when Telegram or the
network is out; updates posted meanwhile wait on the server, as Telegram keeps them. The poller
backs off and resumes. An outage of minutes is played through the posts' dates (a real one would
make the test wait minutes): a post older than APPROVAL_TIMEOUT_MINUTES when it finally arrives
gets a card that is already expired, so nothing trades on a stale signal.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from tests.bot.conftest import ADMIN, CHANNEL, ETH_SIGNAL, SIGNAL, BotHarness, make_settings
from tests.fakes.fake_telegram import Call, FakeTelegram


class FlakyTelegram(FakeTelegram):
    """The fake server, with an outage switch: every call answers 502 Bad Gateway."""

    down = False
    failed_while_down = 0
    polls_while_down = 0  # getUpdates among them: the poller trying again

    async def _dispatch(self, request: web.Request) -> web.Response:
        if self.down:
            self.failed_while_down += 1
            if request.match_info["method"].lower() == "getupdates":
                self.polls_while_down += 1
                await asyncio.sleep(0.05)
            return web.Response(status=502, text="<html>502 Bad Gateway</html>",
                                content_type="text/html")  # fmt: skip
        return await super()._dispatch(request)

    def post_at(self, text: str, posted_at: float, message_id: int) -> dict[str, Any]:
        """A channel post whose date is posted_at (it waited on the server since then)."""
        chat = self.channel_chat(CHANNEL)
        msg = {"message_id": message_id, "date": int(posted_at), "chat": chat,
               "sender_chat": chat, "text": text}  # fmt: skip
        self.push_update({"channel_post": msg})
        return msg


@pytest.fixture
async def tg() -> AsyncIterator[FlakyTelegram]:
    async with FlakyTelegram() as fake:
        yield fake


@pytest.fixture
async def bot(tmp_path: Path, tg: FlakyTelegram) -> AsyncIterator[BotHarness]:
    # Expiry sweeps every 0.2 s: a card that arrives expired is marked so without a 5 s wait.
    h = await BotHarness(make_settings(tmp_path / "data", tg), tg, sweep_every=0.2).start()
    try:
        yield h
    finally:
        await h.stop()


def _is_card(c: Call) -> bool:
    return c.get("chat_id") == ADMIN and any("Approve" in b["text"] for b in c.buttons)


async def test_channel_signal_when_telegram_down_then_card_arrives_when_it_returns(
    bot: BotHarness, tg: FlakyTelegram
):
    tg.down = True
    mark = tg.mark()
    tg.post_at(SIGNAL, time.time(), 11)
    bot.engine.halt("test: an event while Telegram is down")  # its notification cannot go out
    bot.engine.resume()
    # The outage lasts until the poller has been refused twice (waited for, not assumed: its
    # back-off, 1 s then 1.5 s, is slower on a busy machine).
    for _ in range(300):
        if tg.polls_while_down >= 2:
            break
        await asyncio.sleep(0.1)
    assert tg.polls_while_down >= 2
    assert tg.pending_updates == 1  # the post waits on the server: not lost
    tg.down = False
    card = await tg.wait_for("sendMessage", _is_card, after=mark, timeout=60)
    assert "LONG BTC/USDT" in card["text"]
    await tg.wait_confirmed(timeout=30)
    # The late card still works: approve it.
    data = {b["text"]: b["callback_data"] for b in card.buttons}["✅ Approve"]
    tg.push_callback(ADMIN, card, data)
    await tg.wait_for("editMessageText", lambda c: "Executed" in c["text"], timeout=30)
    assert bot.engine.get_stats()["trades_executed"] == 1


async def test_channel_signals_when_outage_outlasts_the_card_then_they_arrive_expired(
    bot: BotHarness, tg: FlakyTelegram
):
    timeout_s = bot.settings.live.APPROVAL_TIMEOUT_MINUTES * 60
    now = time.time()
    tg.down = True
    mark = tg.mark()
    tg.post_at(SIGNAL, now - timeout_s - 120, 21)  # posted 12 min ago: past the card's rule
    tg.post_at(ETH_SIGNAL, now - timeout_s / 2, 22)  # 5 min ago: half its time left
    for _ in range(300):  # the outage lasts until the poller has been refused
        if tg.polls_while_down >= 1:
            break
        await asyncio.sleep(0.1)
    assert tg.polls_while_down >= 1
    tg.down = False
    await tg.wait_confirmed(timeout=60)
    cards = [await tg.wait_for("sendMessage", _is_card, after=mark, timeout=30)]
    cards.append(await tg.wait_for("sendMessage", _is_card, after=tg.calls.index(cards[0]) + 1))
    old, recent = sorted(cards, key=lambda c: "ETH" in c["text"])
    # The old one turns into "Expired" and cannot be approved.
    await tg.wait_for(
        "editMessageText",
        lambda c: c["message_id"] == old.result["message_id"] and "Expired" in c["text"],
        timeout=30,
    )
    approve = {b["text"]: b["callback_data"] for b in old.buttons}["✅ Approve"]
    cq = tg.push_callback(ADMIN, old, approve)
    answer = await tg.wait_for(
        "answerCallbackQuery", lambda c: c["callback_query_id"] == cq["id"], timeout=30
    )
    assert "expired" in answer.get("text", "").lower()
    assert bot.engine.get_stats()["trades_executed"] == 0
    # The recent one keeps what is left of its time (about 5 of 10 minutes), counted from the post.
    pending = bot.desk.book.find_by_signal(f"tg{CHANNEL}_22")
    assert pending is not None and pending.status == "waiting"
    left = pending.expires_at - time.time()
    assert timeout_s / 2 - 30 < left < timeout_s / 2 + 5, left
    assert "in 5 min" in recent["text"] or "in 4 min" in recent["text"]
