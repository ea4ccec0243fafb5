"""The user-account listener (issue 17.1) driven through a real Telethon TelegramClient (offline,
in-memory StringSession) fed raw updates, into the real bot against the fake Bot API."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from pydantic import SecretStr

from bot.listener import Listener
from bot.telethon_source import start_listening
from tests.bot.conftest import ADMIN, CHANNEL, SIGNAL, BotHarness, eventually, make_settings
from tests.bot.telethon_feed import (
    OfflineClient,
    channel,
    edited_post,
    message,
    new_post,
    user,
)
from tests.fakes.fake_telegram import FakeTelegram

LISTENED = -1_003_333_333_333  # a channel the bot is not in: only the user account reads it
RAW = 3_333_333_333
GROUP = -1_004_444_444_444
GROUP_RAW = 4_444_444_444
GROUP_ADMIN = 7_001
CHANNEL_RAW = 1_111_111_111  # tests.bot.conftest.CHANNEL, as Telethon's raw id


@pytest.fixture
async def client() -> AsyncIterator[OfflineClient]:
    c = OfflineClient()
    yield c
    assert c.requests == [], f"the listener sent requests from the user's account: {c.requests}"


def listen(bot: BotHarness, client: OfflineClient, **kw: Any) -> Listener:
    assert bot.front is not None
    lst = Listener(
        client, bot.front.handle_channel_text, kw.pop("chats", [LISTENED, CHANNEL]), **kw
    )
    lst.attach()
    return lst


def cards(tg: FakeTelegram, mark: int) -> list[Any]:
    return [c for c in tg.calls[mark:] if c.method == "sendMessage" and c.buttons and not c.error]


async def test_listener_when_channel_post_then_card_to_admins(
    bot: BotHarness, tg: FakeTelegram, client: OfflineClient
) -> None:
    listen(bot, client)
    mark = tg.mark()
    await client.feed(new_post(message(RAW, 10, SIGNAL)), [], [channel(RAW, "Whale Calls")])
    card = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    assert card["chat_id"] == ADMIN
    assert "BTC/USDT" in card["text"] and "Whale Calls" in card["text"]


async def test_listener_when_post_edited_then_new_card_and_old_one_refuses(
    bot: BotHarness, tg: FakeTelegram, client: OfflineClient
) -> None:
    listen(bot, client)
    ch = channel(RAW)
    mark = tg.mark()
    await client.feed(new_post(message(RAW, 11, SIGNAL)), [], [ch])
    card = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    mark = tg.mark()
    edited = SIGNAL.replace("SL: 41000", "SL: 41500")
    await client.feed(edited_post(message(RAW, 11, edited, edit=True)), [], [ch])
    new = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    assert "Stop 41,000 → 41,500" in new["text"]
    old = await tg.wait_for("editMessageText", after=mark)
    assert old["message_id"] == card.result["message_id"] and "out of date" in old["text"]


async def test_listener_when_chat_not_chosen_then_ignored(
    bot: BotHarness, tg: FakeTelegram, client: OfflineClient
) -> None:
    listen(bot, client, chats=[LISTENED])
    mark = tg.mark()
    other = 5_555_555_555
    await client.feed(new_post(message(other, 12, SIGNAL)), [], [channel(other)])
    await client.feed(new_post(message(RAW, 13, SIGNAL)), [], [channel(RAW)])  # the marker
    await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    assert len(cards(tg, mark)) == 1
    assert bot.desk.book.find_by_signal(f"tg-100{other}_12", waiting_only=False) is None


async def test_listener_group_when_sender_not_chosen_then_ignored_else_card(
    bot: BotHarness, tg: FakeTelegram, client: OfflineClient
) -> None:
    listen(bot, client, chats=[GROUP], senders=[GROUP_ADMIN])
    grp = channel(GROUP_RAW, "Paid Group", megagroup=True)
    people = [user(GROUP_ADMIN, "Admin"), user(8_002, "Member")]
    mark = tg.mark()
    await client.feed(
        new_post(message(GROUP_RAW, 20, SIGNAL, post=False, from_user=8_002)), people, [grp]
    )
    await client.feed(
        new_post(message(GROUP_RAW, 21, SIGNAL, post=False, from_user=GROUP_ADMIN)), people, [grp]
    )
    card = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    assert "Paid Group" in card["text"]
    assert len(cards(tg, mark)) == 1
    assert bot.desk.book.find_by_signal(f"tg{GROUP}_21", waiting_only=False) is not None
    assert bot.desk.book.find_by_signal(f"tg{GROUP}_20", waiting_only=False) is None


async def test_post_when_seen_by_bot_api_and_listener_then_handled_once(
    bot: BotHarness, tg: FakeTelegram, client: OfflineClient
) -> None:
    listen(bot, client)
    mark = tg.mark()
    post = tg.push_channel_post(CHANNEL, SIGNAL)
    await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    await client.feed(
        new_post(message(CHANNEL_RAW, post["message_id"], SIGNAL)), [], [channel(CHANNEL_RAW)]
    )
    # the other order: the listener first, then the Bot API delivers the same post
    await client.feed(new_post(message(CHANNEL_RAW, 900, SIGNAL)), [], [channel(CHANNEL_RAW)])
    await eventually(lambda: len(cards(tg, mark)) == 2, what="two cards")
    front = bot.front
    assert front is not None
    again = await front.handle_channel_text(SIGNAL, chat_id=CHANNEL, message_id=900, source="x")
    tg.push_command(ADMIN, "/pending")  # a marker: once answered, everything before was handled
    await tg.wait_text("waiting", after=mark)
    assert again is False and len(cards(tg, mark)) == 2


async def test_listener_reply_close_when_position_open_then_closed(
    tmp_path: Any, tg: FakeTelegram, client: OfflineClient
) -> None:
    h = BotHarness(make_settings(tmp_path, tg, REQUIRE_CONFIRMATION=False), tg)
    await h.start()
    try:
        listen(h, client)
        ch = channel(RAW)
        mark = tg.mark()
        await client.feed(new_post(message(RAW, 30, SIGNAL)), [], [ch])
        await tg.wait_text("Executed", chat_id=ADMIN, after=mark)
        assert len(h.engine.positions()) == 1
        await client.feed(new_post(message(RAW, 31, "close", reply_to=30)), [], [ch])
        await eventually(lambda: h.engine.positions() == [], what="position closed")
    finally:
        await h.stop()


class ReconnectingClient(OfflineClient):
    """The one method boundary faked: history as iter_messages pages it (min_id exclusive,
    reverse=True oldest first; telethon/client/messages.py). Driving a real reconnect needs a
    Telegram server, which the tests do not have."""

    def __init__(self, history: list[Any], chats: list[Any]) -> None:
        super().__init__()
        self.history = history
        self.entities = {-1_000_000_000_000 - c.id: c for c in chats}
        self.asked: list[tuple[int, int]] = []

    async def iter_messages(self, entity: int, *, min_id: int = 0, reverse: bool = False) -> Any:  # type: ignore[override]
        self.asked.append((entity, min_id))
        rows = [m for m in self.history if m.chat_id == entity and m.id > min_id]
        for m in sorted(rows, key=lambda m: m.id, reverse=not reverse):
            m._finish_init(self, self.entities, None)
            yield m


async def test_catch_up_when_reconnected_then_missed_posts_once_in_order(
    bot: BotHarness, tg: FakeTelegram
) -> None:
    ch = channel(RAW, "Whale Calls")
    missed = [message(RAW, 41, SIGNAL), message(RAW, 42, "ETHUSDT SHORT\nTP: 2250\nSL: 2330")]
    client = ReconnectingClient([message(RAW, 40, SIGNAL), *missed], [ch])
    lst = listen(bot, client)
    mark = tg.mark()
    await client.feed(new_post(message(RAW, 40, SIGNAL)), [], [ch])
    assert lst.last_seen == {LISTENED: 40}
    assert await lst.catch_up() == 2
    assert client.asked == [(LISTENED, 40)] and lst.last_seen == {LISTENED: 42}
    assert await lst.catch_up() == 0  # nothing new: nothing handled twice
    await eventually(lambda: len(cards(tg, mark)) == 3, what="three cards")
    texts = [c["text"] for c in cards(tg, mark)]
    assert "ETH/USDT" in texts[-1] and "Whale Calls" in texts[-1]
    assert client.requests == []


class SessionClient(OfflineClient):
    """Connected, with a signed-in (or not) session; still no network and no sends."""

    def __init__(self, *a: Any, signed: bool = True, **kw: Any) -> None:
        super().__init__()
        self.signed = signed
        self.disconnects = 0
        self._gone: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    async def connect(self) -> None:
        return None

    def is_connected(self) -> bool:
        return not self._gone.done()

    @property
    def disconnected(self) -> asyncio.Future[None]:  # type: ignore[override]
        return self._gone

    async def is_user_authorized(self) -> bool:
        return self.signed

    async def disconnect(self) -> None:
        self.disconnects += 1


def _listen_settings(bot: BotHarness) -> Any:
    return bot.settings.model_copy(
        update={
            "LISTEN_CHATS": [LISTENED],
            "TELEGRAM_API_ID": 12345,
            "TELEGRAM_API_HASH": SecretStr("0" * 32),
            "TELEGRAM_SESSION": SecretStr(""),
        }
    )


async def test_start_listening_when_signed_in_then_posts_reach_pipeline_until_stopped(
    bot: BotHarness, tg: FakeTelegram
) -> None:
    made: list[SessionClient] = []

    def factory(*a: Any) -> SessionClient:
        made.append(SessionClient())
        return made[-1]

    assert bot.front is not None
    stop = asyncio.Event()
    task = start_listening(_listen_settings(bot), bot.front.handle_channel_text, stop, factory)
    assert task is not None
    await eventually(lambda: made and made[0]._event_builders, what="handlers registered")
    mark = tg.mark()
    await made[0].feed(new_post(message(RAW, 50, SIGNAL)), [], [channel(RAW)])
    await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    stop.set()
    assert await task is True
    assert made[0].disconnects == 1 and made[0].requests == []


async def test_start_listening_when_not_signed_in_then_reads_nothing(
    bot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    made: list[SessionClient] = []

    def factory(*a: Any) -> SessionClient:
        made.append(SessionClient(signed=False))
        return made[-1]

    assert bot.front is not None
    settings = _listen_settings(bot)
    stop = asyncio.Event()
    assert start_listening(bot.settings, bot.front.handle_channel_text, stop, factory) is None
    task = start_listening(settings, bot.front.handle_channel_text, stop, factory)
    assert task is not None and await task is False
    assert "sigcopy login" in caplog.text
    assert not made[-1]._event_builders and made[-1].disconnects == 1
