"""Access: every registered handler refuses strangers; callbacks are bound to their card.

The per-handler tests are generated from the handlers the real TelegramFront registers, at
collection time: a handler added without a guard gets its own failing test, with no test to
write. Each handler is driven with every stranger update it accepts (a command, a message, an
edit, a button tap on a live card, a post from a channel that is not allowed) and must change
nothing: no desk or engine call, no card, no message to the admin.
"""

from __future__ import annotations

import asyncio
import itertools
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, MessageHandler, filters

import bot.app as app_module
from bot.app import TelegramFront
from bot.auth import GUARD_ATTR, NOT_ALLOWED, REFUSAL, guard_of
from bot.runner import build_parser
from tests.bot.conftest import (
    ADMIN,
    CHANNEL,
    ETH_SIGNAL,
    OTHER_CHANNEL,
    SIGNAL,
    STRANGER,
    BotHarness,
    eventually,
    make_settings,
)
from tests.fakes.fake_telegram import Call, FakeTelegram

DESK_METHODS = ("handle_text", "claim", "reject", "execute_claimed", "approve", "close_symbol",
                "cancel_symbol", "close_all", "halt", "resume", "stats_text", "positions_text",
                "pending_text", "help_text", "positions")  # fmt: skip
ENGINE_METHODS = ("execute", "preview", "close_position", "close_all", "apply_update", "halt",
                  "resume")  # fmt: skip

_ORIGIN = itertools.count(1000)


@pytest.fixture
async def tg() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as fake:
        yield fake


@pytest.fixture
async def bot(tmp_path: Path, tg: FakeTelegram) -> AsyncIterator[BotHarness]:
    h = await BotHarness(make_settings(tmp_path / "data", tg), tg).start()
    try:
        yield h
    finally:
        await h.stop()


# ---------------------------------------------------------------------- the registered handlers


def _describe(h: BaseHandler[Any, Any, Any]) -> str:
    name = getattr(h.callback, "__name__", type(h.callback).__name__)
    if isinstance(h, CommandHandler):
        return f"{type(h).__name__}[{','.join(sorted(h.commands))}]-{name}"
    return f"{type(h).__name__}-{name}"


def _handlers(front: TelegramFront) -> list[tuple[int, BaseHandler[Any, Any, Any]]]:
    return [(g, h) for g, hs in sorted(front.app.handlers.items()) for h in hs]


def _registered_at_collection() -> list[str]:
    """Build a TelegramFront (no network) and list its handlers: one test id each."""
    from engine.engine import TradingEngine

    with tempfile.TemporaryDirectory() as tmp:
        st = make_settings(Path(tmp), FakeTelegram())
        engine = TradingEngine(mode="paper", settings=st)
        try:
            front = TelegramFront(st, engine, build_parser(st))
            return [_describe(h) for _, h in _handlers(front)]
        finally:
            engine.trade_log.close()


REGISTERED = _registered_at_collection()


# ---------------------------------------------------------------------- stranger updates


def _private(user_id: int, mid: int, text: str | None, **extra: Any) -> dict[str, Any]:
    msg: dict[str, Any] = {
        "message_id": mid,
        "date": 1_700_000_000,
        "chat": {"id": user_id, "type": "private", "first_name": "Eve"},
        "from": {"id": user_id, "is_bot": False, "first_name": "Eve"},
    }
    if text is not None:
        msg["text"] = text
        if text.startswith("/"):
            msg["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    msg.update(extra)
    return msg


def _post(chat_id: int, mid: int, text: str, chat_type: str = "channel") -> dict[str, Any]:
    chat = {"id": chat_id, "type": chat_type, "title": "Pump group"}
    return {"message_id": mid, "date": 1_700_000_000, "chat": chat, "sender_chat": chat,
            "text": text}  # fmt: skip


def _stranger_payloads(card: dict[str, Any], tokens: dict[str, str]) -> list[dict[str, Any]]:
    """Every kind of update a stranger (or a channel that is not allowed) can send."""
    out: list[dict[str, Any]] = []
    commands = ["/start", "/help", "/stats", "/positions", "/close BTCUSDT", "/cancel BTCUSDT",
                "/pending", "/halt close", "/resume", "/channels", "/unknown"]  # fmt: skip
    for i, text in enumerate([*commands, SIGNAL, "close BTC", "hello"]):
        out.append({"message": _private(STRANGER, 500 + i, text)})
        out.append({"edited_message": _private(STRANGER, 500 + i, text, edit_date=1_700_000_100)})
    forward = {"type": "channel", "date": 1_700_000_000, "message_id": 77,
               "chat": {"id": CHANNEL, "type": "channel", "title": "Signals"}}  # fmt: skip
    out.append({"message": _private(STRANGER, 600, SIGNAL, forward_origin=forward)})
    sticker = {"file_id": "s1", "file_unique_id": "u1", "type": "regular", "width": 1,
               "height": 1, "is_animated": False, "is_video": False}  # fmt: skip
    out.append({"message": _private(STRANGER, 601, None, sticker=sticker)})
    for i, data in enumerate([card["approve"], card["reject"], f"pc:{tokens['pc']}",
                              f"hc:{tokens['hc']}", "eq", f"ch:off:{CHANNEL}", "zz:1",
                              ""]):  # fmt: skip
        out.append(
            {
                "callback_query": {
                    "id": f"stranger-{i}",
                    "from": {"id": STRANGER, "is_bot": False, "first_name": "Eve"},
                    "chat_instance": "ci",
                    "message": card["message"],
                    "data": data,
                }
            }
        )
    for kind in ("channel_post", "edited_channel_post"):
        out.append({kind: _post(OTHER_CHANNEL, 700, SIGNAL)})
        out.append({kind: _post(OTHER_CHANNEL, 701, "/halt")})
        # A group that reuses the allowed channel's id is still not the channel.
        out.append({kind: _post(CHANNEL, 702, SIGNAL, chat_type="supergroup")})
    return out


# ---------------------------------------------------------------------- spying on state


class Spy:
    """Records every desk and engine call made while installed; restores them after."""

    def __init__(self, h: BotHarness) -> None:
        self.calls: list[str] = []
        self._saved: list[tuple[Any, str, Any]] = []
        for obj, names, prefix in ((h.desk, DESK_METHODS, "desk"),
                                   (h.engine, ENGINE_METHODS, "engine")):  # fmt: skip
            for name in names:
                self._wrap(obj, name, f"{prefix}.{name}")

    def _wrap(self, obj: Any, name: str, label: str) -> None:
        original = getattr(obj, name)
        self._saved.append((obj, name, original))
        if asyncio.iscoroutinefunction(original):

            async def aspy(*a: Any, **k: Any) -> Any:
                self.calls.append(label)
                return await original(*a, **k)

            setattr(obj, name, aspy)
        else:

            def spy(*a: Any, **k: Any) -> Any:
                self.calls.append(label)
                return original(*a, **k)

            setattr(obj, name, spy)

    def restore(self) -> None:
        for obj, name, original in self._saved:
            setattr(obj, name, original)


def _state(h: BotHarness) -> dict[str, Any]:
    book = h.desk.book
    return {
        "halted": h.engine.is_halted,
        "trades": len(h.engine.trades),
        "orders": len(h.engine.orders),
        "positions": len(h.engine.positions()),
        "executed": h.engine.get_stats()["trades_executed"],
        "pending": sorted((p.id, p.status) for p in book._by_id.values()),  # noqa: SLF001
    }


async def _live_card(h: BotHarness, tg: FakeTelegram) -> dict[str, Any]:
    """A real card waiting for approval in the admin's chat, and its buttons."""
    mark = tg.mark()
    tg.push_forward(ADMIN, SIGNAL, origin_message_id=next(_ORIGIN))
    call = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    buttons = {b["text"]: b["callback_data"] for b in call.buttons}
    return {
        "message": tg.message_of(call),
        "approve": buttons["✅ Approve"],
        "reject": buttons["❌ Reject"],
    }


async def assert_handler_refuses_strangers(
    h: BotHarness, tg: FakeTelegram, handler: BaseHandler[Any, Any, Any]
) -> int:
    """Drive handler with every stranger update it accepts; nothing may change. Returns count."""
    assert h.front is not None
    app = h.front.app
    card = await _live_card(h, tg)
    tokens = {"pc": h.front._new_token("BTC/USDT:USDT"),  # noqa: SLF001
              "hc": h.front._new_token("close_all")}  # noqa: SLF001  # fmt: skip
    before = _state(h)
    mark = tg.mark()
    spy = Spy(h)
    driven = 0
    try:
        for n, payload in enumerate(_stranger_payloads(card, tokens)):
            update = Update.de_json({"update_id": 90_000 + n, **payload}, app.bot)
            check = handler.check_update(update)
            if check is None or check is False:
                continue
            driven += 1
            context = app.context_types.context.from_update(update, app)
            await handler.handle_update(update, app, check, context)
    finally:
        spy.restore()
    assert driven > 0, f"no stranger update reaches {_describe(handler)}: add one to the list"
    assert spy.calls == [], f"{_describe(handler)} let a stranger reach {spy.calls}"
    assert _state(h) == before
    for c in tg.calls[mark:]:
        if c.method == "sendMessage":
            assert c["chat_id"] == STRANGER and c["text"] == REFUSAL, c.params
        elif c.method == "answerCallbackQuery":
            assert c.get("text") == NOT_ALLOWED, c.params
        else:
            raise AssertionError(f"{_describe(handler)} made a {c.method} call for a stranger")
    return driven


# ---------------------------------------------------------------------- tests


def test_registered_handlers_when_collected_then_at_least_the_known_ones():
    # Guards against a collection that silently finds nothing to parametrize.
    assert len(REGISTERED) >= 12, REGISTERED
    assert any("CallbackQueryHandler" in r for r in REGISTERED)


@pytest.mark.parametrize("index", range(len(REGISTERED)), ids=REGISTERED)
async def test_handler_when_stranger_sends_anything_then_refused_and_nothing_changes(
    index: int, bot: BotHarness, tg: FakeTelegram
):
    assert bot.front is not None
    handlers = _handlers(bot.front)
    assert [_describe(h) for _, h in handlers] == REGISTERED
    _, handler = handlers[index]
    assert guard_of(handler.callback) in ("admin", "channel"), _describe(handler)
    await assert_handler_refuses_strangers(bot, tg, handler)


async def test_handler_when_added_without_guard_then_the_access_check_fails(
    bot: BotHarness, tg: FakeTelegram
):
    """The check above can fail: an unguarded handler, or a fake guard mark, is caught."""
    assert bot.front is not None
    desk = bot.desk

    async def unguarded(update: Update, context: Any) -> None:
        await desk.handle_text("hi", source=None, signal_id="x")

    leaky = MessageHandler(filters.ALL, unguarded)
    assert guard_of(leaky.callback) is None
    with pytest.raises(AssertionError, match="let a stranger reach"):
        await assert_handler_refuses_strangers(bot, tg, leaky)
    setattr(unguarded, GUARD_ATTR, "admin")  # marked, but it does not check anything
    with pytest.raises(AssertionError, match="let a stranger reach"):
        await assert_handler_refuses_strangers(bot, tg, CallbackQueryHandler(unguarded))


async def test_stranger_updates_when_polled_then_no_card_no_trade_one_refusal(
    bot: BotHarness, tg: FakeTelegram
):
    """The same updates through the real polling path (dispatch, filters, guards)."""
    assert bot.front is not None
    card = await _live_card(bot, tg)
    tokens = {"pc": bot.front._new_token("BTC/USDT:USDT"),  # noqa: SLF001
              "hc": bot.front._new_token("close_all")}  # noqa: SLF001  # fmt: skip
    before = _state(bot)
    mark = tg.mark()
    payloads = _stranger_payloads(card, tokens)
    for payload in payloads:
        if "callback_query" in payload:  # the fake only answers queries it issued
            cq = payload["callback_query"]
            tg.push_callback(STRANGER, cq["message"], cq["data"])
        else:
            tg.push_update(payload)
    await tg.wait_confirmed()
    tg.push_command(ADMIN, "/pending")  # a marker: once answered, the stranger's were handled
    await tg.wait_text("Waiting for approval", chat_id=ADMIN, after=mark)
    await eventually(lambda: len(tg.calls_of("answerCallbackQuery")) >= 7, what="7 answers")
    assert _state(bot) == before
    to_admin = [c for c in tg.calls[mark:] if c.get("chat_id") == ADMIN]
    assert len(to_admin) == 1  # only the answer to /pending
    assert [c["text"] for c in tg.calls_of("sendMessage", STRANGER)] == [REFUSAL]
    assert not tg.calls_of("editMessageText")


# ---------------------------------------------------------------------- cards and callbacks


def _buttons(call: Call) -> dict[str, str]:
    return {b["text"]: b["callback_data"] for b in call.buttons}


async def _card_call(tg: FakeTelegram, text: str, origin: int) -> Call:
    mark = tg.mark()
    tg.push_forward(ADMIN, text, origin_message_id=origin)
    return await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)


async def _tap(tg: FakeTelegram, card: Call | dict[str, Any], data: str) -> str:
    mark = tg.mark()
    cq = tg.push_callback(ADMIN, card, data)
    answer = await tg.wait_for(
        "answerCallbackQuery", lambda c: c["callback_query_id"] == cq["id"], after=mark
    )
    return str(answer.get("text", ""))


async def test_approve_when_sent_on_another_cards_message_then_nothing_executes(
    bot: BotHarness, tg: FakeTelegram
):
    card_a = await _card_call(tg, SIGNAL, 71)
    card_b = await _card_call(tg, ETH_SIGNAL, 72)
    a_approve = _buttons(card_a)["✅ Approve"]
    a_reject = _buttons(card_a)["❌ Reject"]
    before = _state(bot)
    mark = tg.mark()
    assert "does not belong" in await _tap(tg, card_b, a_approve)
    assert "does not belong" in await _tap(tg, card_b, a_reject)
    # A message that is not a card at all (the admin's own chat message).
    assert "does not belong" in await _tap(tg, tg.message_of(card_a) | {"message_id": 1}, a_approve)
    assert _state(bot) == before
    assert [c for c in tg.calls[mark:] if c.method == "editMessageText"] == []
    assert {p.status for p in bot.desk.book._by_id.values()} == {"waiting"}  # noqa: SLF001
    # On its own card the button still works, and executes card A only.
    assert "executing" in (await _tap(tg, card_a, a_approve)).lower()
    await eventually(lambda: bot.engine.get_stats()["trades_executed"] == 1, what="one trade")
    assert [p["symbol"] for p in bot.engine.positions()] == ["BTC/USDT:USDT"]


async def test_approve_when_replayed_after_the_card_was_answered_then_nothing_happens(
    bot: BotHarness, tg: FakeTelegram
):
    card = await _card_call(tg, SIGNAL, 81)
    approve = _buttons(card)["✅ Approve"]
    assert "executing" in (await _tap(tg, card, approve)).lower()
    await tg.wait_for("editMessageText", lambda c: "Executed" in c["text"])
    after_first = _state(bot)
    for _ in range(3):
        assert "already executed" in (await _tap(tg, card, approve)).lower()
    assert "already executed" in (await _tap(tg, card, _buttons(card)["❌ Reject"])).lower()
    assert _state(bot) == after_first
    assert after_first["executed"] == 1


async def test_approve_when_replayed_after_a_reject_then_nothing_trades(
    bot: BotHarness, tg: FakeTelegram
):
    card = await _card_call(tg, SIGNAL, 82)
    assert "rejected" in (await _tap(tg, card, _buttons(card)["❌ Reject"])).lower()
    assert "already rejected" in (await _tap(tg, card, _buttons(card)["✅ Approve"])).lower()
    assert bot.engine.get_stats()["trades_executed"] == 0
    assert bot.engine.orders == {}


async def test_approve_when_replayed_after_a_restart_then_nothing_trades(
    tmp_path: Path, tg: FakeTelegram
):
    settings = make_settings(tmp_path / "data", tg)
    first = await BotHarness(settings, tg).start()
    try:
        card = await _card_call(tg, SIGNAL, 83)
        approve = _buttons(card)["✅ Approve"]
        await _tap(tg, card, approve)
        await tg.wait_for("editMessageText", lambda c: "Executed" in c["text"])
    finally:
        await first.stop()
    second = await BotHarness(settings, tg).start()
    try:
        orders = set(second.engine.orders)
        answer = await _tap(tg, tg.message_of(card), approve)
        assert "already executed" in answer.lower()
        assert len(second.engine.positions()) == 1
        assert set(second.engine.orders) == orders
        assert second.engine.get_stats()["trades_executed"] <= 1
    finally:
        await second.stop()


async def test_approve_when_card_expired_then_nothing_trades(tmp_path: Path, tg: FakeTelegram):
    # 0.01 minutes: the approval expires after 0.6 s.
    h = await BotHarness(make_settings(tmp_path, tg, APPROVAL_TIMEOUT_MINUTES=0.01), tg).start()
    try:
        card = await _card_call(tg, SIGNAL, 84)
        await tg.wait_for("editMessageText", lambda c: "Expired" in c["text"], timeout=20)
        for label in ("✅ Approve", "❌ Reject"):
            answer = (await _tap(tg, card, _buttons(card)[label])).lower()
            assert "expired" in answer
        assert h.engine.get_stats()["trades_executed"] == 0
        assert h.engine.orders == {}
    finally:
        await h.stop()


async def _close_buttons(bot: BotHarness, tg: FakeTelegram, card: Any) -> tuple[Any, Any]:
    """Approve the card, then the /positions listing (Close) and /halt close (Close-all)."""
    await _tap(tg, card, _buttons(card)["✅ Approve"])
    await eventually(lambda: len(bot.engine.positions()) == 1, what="a position")
    mark = tg.mark()
    tg.push_command(ADMIN, "/positions")
    listing = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    mark = tg.mark()
    tg.push_command(ADMIN, "/halt close")
    confirm = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    return listing, confirm


async def test_confirm_buttons_when_expired_then_nothing_closes(
    bot: BotHarness, tg: FakeTelegram, monkeypatch: pytest.MonkeyPatch
):
    card = await _card_call(tg, SIGNAL, 85)
    listing, confirm = await _close_buttons(bot, tg, card)
    monkeypatch.setattr(app_module, "CONFIRM_TTL_S", -1.0)
    assert "expired" in (await _tap(tg, listing, listing.buttons[0]["callback_data"])).lower()
    assert "expired" in (await _tap(tg, confirm, confirm.buttons[0]["callback_data"])).lower()
    assert len(bot.engine.positions()) == 1


async def test_close_all_confirmation_when_replayed_then_it_runs_once(
    bot: BotHarness, tg: FakeTelegram
):
    card = await _card_call(tg, SIGNAL, 86)
    await _tap(tg, card, _buttons(card)["✅ Approve"])
    await eventually(lambda: len(bot.engine.positions()) == 1, what="a position")
    mark = tg.mark()
    tg.push_command(ADMIN, "/halt close")
    confirm = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    data = confirm.buttons[0]["callback_data"]
    assert "closing" in (await _tap(tg, confirm, data)).lower()
    await tg.wait_text("Closed 1 position", chat_id=ADMIN, after=mark)
    assert bot.engine.positions() == []
    closes = len(bot.engine.orders)
    assert "expired" in (await _tap(tg, confirm, data)).lower()
    assert len(bot.engine.orders) == closes


async def test_close_buttons_when_sent_on_another_message_then_nothing_closes(
    bot: BotHarness, tg: FakeTelegram
):
    """The Close (from /positions) and Close-all (from /halt close) buttons are bound to the
    message they were sent on, like approval buttons: on any other message they do nothing."""
    card = await _card_call(tg, SIGNAL, 87)
    listing, confirm = await _close_buttons(bot, tg, card)
    close_one = listing.buttons[0]["callback_data"]
    close_all = confirm.buttons[0]["callback_data"]
    for data in (close_one, close_all):
        for elsewhere in (card, listing if data == close_all else confirm):
            assert "does not belong" in await _tap(tg, elsewhere, data)
    assert len(bot.engine.positions()) == 1
    # On the message it came with, the Close button still works.
    assert "closing" in (await _tap(tg, listing, close_one)).lower()
    await eventually(lambda: bot.engine.positions() == [], what="the position closed")
