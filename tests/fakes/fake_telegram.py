"""A fake Telegram Bot API server on loopback, faithful enough to drive the real PTB Application.

It serves ``/bot<token>/<method>`` (form, multipart or JSON bodies, as the real API accepts),
answers with the real envelopes (``{"ok": true, "result": ...}`` or ``{"ok": false,
"error_code": ..., "description": ...}``: tests/fakes/telegram_wire.py), long-polls getUpdates
with offset/timeout semantics (tests/fakes/telegram_polling.py), remembers the messages it has
sent so edits are checked like Telegram checks them (tests/fakes/telegram_chats.py), and records
every call for tests to assert on.

Test API: ``push_*`` helpers inject updates (private messages, forwards from channels, channel
posts and their edits, callback queries, raw dicts), ``calls``/``wait_for`` inspect what the bot
sent; faults: ``fail_next`` (the next N calls of a method fail with a status, a description and
optionally a retry_after), ``delay_next`` (they answer late), ``drop_next`` (the connection is
closed without an answer, before or after the call took effect); ``hooks`` see every request as
it arrives (the kill harness kills the bot there).

From https://core.telegram.org/bots/api:
- Update.edited_channel_post: "New version of a channel post that is known to the bot and was
  edited"; it carries the same message_id as the post, its new text and an edit_date.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from typing import Any

from aiohttp import web

from tests.fakes import telegram_objects
from tests.fakes.telegram_chats import BotChats
from tests.fakes.telegram_polling import UpdateQueue, long_polled
from tests.fakes.telegram_wire import (
    ApiError,
    Call,
    Fault,
    canonical_method,
    drop,
    error_response,
    read_params,
    take_fault,
)

DEFAULT_TOKEN = "123456:TEST-token-for-the-fake-server"
__all__ = ["DEFAULT_TOKEN", "ApiError", "Call", "FakeTelegram", "Fault"]


class FakeTelegram:
    """The fake server. ``async with FakeTelegram() as tg: ...`` or start()/stop()."""

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        bot_id: int | None = None,
        username: str = "sigcopy_test_bot",
    ) -> None:
        self.token = token
        self.bot_id = bot_id if bot_id is not None else int(token.split(":", 1)[0])
        self.username = username
        self.calls: list[Call] = []
        self._changed = asyncio.Condition()
        self.chats = BotChats(self.bot_id, username)
        self.queue = UpdateQueue(self._changed, self._notify)
        self.delivered_at = self.queue.delivered_at  # update_id -> perf_counter when handed out
        self.pushed_at = self.queue.pushed_at
        self._issued_callbacks = self.chats.issued_callbacks
        self._faults: list[Fault] = []
        # Called with each Call as it arrives, before it is answered (the kill harness's hook).
        self.hooks: list[Callable[[Call], None]] = []
        self._next_callback_id = 1
        self._runner: web.AppRunner | None = None
        self.port = 0
        chats = self.chats
        self._handlers: dict[str, Callable[[dict[str, Any], dict[str, bytes]], Any]] = {
            "getMe": chats.get_me,
            "logOut": lambda p, f: True,
            "close": lambda p, f: True,
            "getUpdates": long_polled,  # async, special-cased
            "deleteWebhook": lambda p, f: True,
            "setWebhook": lambda p, f: True,
            "getWebhookInfo": lambda p, f: {
                "url": "",
                "has_custom_certificate": False,
                "pending_update_count": len(self.queue.updates),
            },
            "sendMessage": chats.send_message,
            "sendPhoto": chats.send_photo,
            "sendDocument": chats.send_document,
            "editMessageText": chats.edit_message_text,
            "editMessageReplyMarkup": chats.edit_reply_markup,
            "deleteMessage": chats.delete_message,
            "answerCallbackQuery": chats.answer_callback,
            "setMyCommands": chats.set_my_commands,
            "getMyCommands": lambda p, f: list(chats.commands),
            "deleteMyCommands": chats.delete_my_commands,
            "sendChatAction": lambda p, f: True,
            "getChat": chats.get_chat,
        }

    @property
    def commands(self) -> list[dict[str, Any]]:
        """The bot's command list, as setMyCommands last set it."""
        return self.chats.commands

    # ----------------------------------------------------------------- lifecycle

    async def __aenter__(self) -> FakeTelegram:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def start(self) -> None:
        """Listen on 127.0.0.1, on a free port."""
        app = web.Application(client_max_size=20 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._dispatch)
        app.router.add_route("*", "/file/bot{token}/{path:.*}", self._file)
        self._runner = web.AppRunner(
            app, shutdown_timeout=1.0, handle_signals=False, access_log=None
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server  # noqa: SLF001 - aiohttp exposes no public accessor for the port
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        """Wake long polls and close the server."""
        self.queue.stopping = True
        async with self._changed:
            self._changed.notify_all()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def base_url(self) -> str:
        """What TELEGRAM_API_BASE_URL should be set to (the bot appends /bot<token>)."""
        return f"http://127.0.0.1:{self.port}"

    # ----------------------------------------------------------------- test API: updates

    # Bot API objects as Telegram sends them (tests/fakes/telegram_objects.py).
    user = staticmethod(telegram_objects.user)
    private_chat = staticmethod(telegram_objects.private_chat)
    channel_chat = staticmethod(telegram_objects.channel_chat)

    def push_update(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Queue a raw update (its update_id is assigned here unless given) and wake long polls."""
        return self.queue.push(payload)

    def push_message(
        self,
        user_id: int,
        text: str,
        *,
        first_name: str = "Alice",
        reply_to: dict[str, Any] | None = None,
        caption: bool = False,
        extra: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """A user writes to the bot in private. Commands get a bot_command entity. Returns it."""
        chat = self.private_chat(user_id, first_name)
        msg = self.chats.new_message(chat, text, caption=caption)
        msg["from"] = self.user(user_id, first_name)
        if text.startswith("/") and not caption:
            length = len(text.split()[0])
            msg["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        if reply_to is not None:
            msg["reply_to_message"] = reply_to
        msg.update(extra or {})
        self.push_update({"message": msg})
        return msg

    def push_command(self, user_id: int, command: str, **kw: Any) -> dict[str, Any]:
        """A user sends a command such as "/stats" or "/close BTCUSDT"."""
        return self.push_message(user_id, command, **kw)

    def push_forward(
        self,
        user_id: int,
        text: str,
        *,
        channel_id: int = -1001234567890,
        channel_title: str = "Crypto Signals",
        origin_message_id: int = 77,
        caption: bool = False,
    ) -> dict[str, Any]:
        """A user forwards a channel post into the bot's private chat (forward_origin channel)."""
        origin = telegram_objects.forward_origin(channel_id, channel_title, origin_message_id)
        return self.push_message(user_id, text, caption=caption, extra={"forward_origin": origin})

    def push_channel_post(
        self,
        channel_id: int,
        text: str,
        *,
        title: str = "Crypto Signals",
        reply_to: dict[str, Any] | None = None,
        caption: bool = False,
        username: str | None = None,
    ) -> dict[str, Any]:
        """A post in a channel where the bot is an admin."""
        chat = self.channel_chat(channel_id, title, username)
        msg = self.chats.new_message(chat, text, caption=caption)
        msg["sender_chat"] = chat
        if reply_to is not None:
            msg["reply_to_message"] = reply_to
        self.push_update({"channel_post": msg})
        return msg

    def push_edited_channel_post(self, original: dict[str, Any], text: str) -> dict[str, Any]:
        """The channel edits a post it made earlier."""
        msg = telegram_objects.edited(original, text)
        self.push_update({"edited_channel_post": msg})
        return msg

    def push_edited_message(self, original: dict[str, Any], text: str) -> dict[str, Any]:
        """A user edits a private message they sent earlier."""
        msg = telegram_objects.edited(original, text)
        self.push_update({"edited_message": msg})
        return msg

    def push_callback(
        self, user_id: int, message: dict[str, Any] | Call, data: str, *, first_name: str = "Bob"
    ) -> dict[str, Any]:
        """A user taps an inline button under a message the bot sent."""
        if isinstance(message, Call):
            message = self.message_of(message)
        cq_id = str(self._next_callback_id)
        self._next_callback_id += 1
        self._issued_callbacks.add(cq_id)
        cq = telegram_objects.callback_query(cq_id, self.user(user_id, first_name), message, data)
        self.push_update({"callback_query": cq})
        return cq

    @property
    def pending_updates(self) -> int:
        """Updates not yet confirmed by an offset."""
        return len(self.queue.updates)

    # ----------------------------------------------------------------- test API: inspection

    def fail_next(
        self,
        method: str,
        error_code: int = 400,
        description: str = "Bad Request: something went wrong",
        *,
        retry_after: int | None = None,
        times: int = 1,
    ) -> None:
        """The next `times` calls of ``method`` fail with this error (429 + retry_after: flood
        control, as ResponseParameters.retry_after says; 500/502: Telegram's servers)."""
        err = ApiError(error_code, description, retry_after)
        self._faults.append(Fault(method, times, error=err))

    def delay_next(self, method: str, seconds: float, *, times: int = 1) -> None:
        """The next `times` calls of ``method`` are answered `seconds` late."""
        self._faults.append(Fault(method, times, delay=seconds))

    def drop_next(self, method: str, *, times: int = 1, after_effect: bool = False) -> None:
        """The next `times` calls of ``method`` get no answer: the connection is closed.

        after_effect=True: the call took effect first (a message was sent) and only its answer
        is lost, the unkind case where the bot cannot know what happened.
        """
        self._faults.append(Fault(method, times, drop="after" if after_effect else "before"))

    def clear_faults(self) -> None:
        """Forget every injected fault not yet used."""
        self._faults.clear()

    def calls_of(self, method: str, chat_id: int | None = None) -> list[Call]:
        """Recorded calls of one method (optionally to one chat)."""
        return [
            c
            for c in self.calls
            if c.method == method and (chat_id is None or c.params.get("chat_id") == chat_id)
        ]

    def sent_texts(self, chat_id: int | None = None) -> list[str]:
        """Texts of every sendMessage (optionally to one chat)."""
        return [c["text"] for c in self.calls_of("sendMessage", chat_id)]

    def message_of(self, call: Call) -> dict[str, Any]:
        """The Message the fake created for a send call, as it stands now (after edits)."""
        if not isinstance(call.result, dict) or "message_id" not in call.result:
            raise KeyError("this call returned no message")
        key = (int(call.result["chat"]["id"]), int(call.result["message_id"]))
        return self.chats.messages.get(key, call.result)

    def message(self, chat_id: int, message_id: int) -> dict[str, Any] | None:
        """A message the bot sent (current state), or None."""
        return self.chats.messages.get((chat_id, message_id))

    async def wait_for(
        self,
        method: str,
        predicate: Callable[[Call], bool] | None = None,
        *,
        timeout: float = 10.0,
        after: int = 0,
        include_failed: bool = False,
    ) -> Call:
        """Wait for a successful call of ``method`` (index >= after) matching predicate."""
        deadline = time.monotonic() + timeout
        async with self._changed:
            while True:
                for c in self.calls[after:]:
                    if c.method != method or (c.error is not None and not include_failed):
                        continue
                    if predicate is None or predicate(c):
                        return c
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    seen = [(c.method, c.params.get("text", "")[:60]) for c in self.calls[after:]]
                    raise AssertionError(f"no {method} call matched within {timeout}s; saw {seen}")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), remaining)

    async def wait_text(
        self, needle: str, *, chat_id: int | None = None, timeout: float = 10.0, after: int = 0
    ) -> Call:
        """Wait for a sendMessage whose text contains ``needle``."""

        def match(c: Call) -> bool:
            ok_chat = chat_id is None or c.params.get("chat_id") == chat_id
            return ok_chat and needle.lower() in str(c.params.get("text", "")).lower()

        return await self.wait_for("sendMessage", match, timeout=timeout, after=after)

    async def wait_confirmed(self, timeout: float = 10.0) -> None:
        """Wait until every pushed update was fetched and confirmed (offset moved past it)."""
        await self.queue.wait_confirmed(timeout)

    def mark(self) -> int:
        """Index of the next call: pass as ``after=`` to wait only for calls made from now on."""
        return len(self.calls)

    # ----------------------------------------------------------------- HTTP

    async def _dispatch(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        method = request.match_info["method"]
        if token != self.token:
            return error_response(ApiError(401, "Unauthorized"))
        params, files = await read_params(request)
        call = Call(method=method, params=params, at=time.perf_counter(), files=files)
        self.calls.append(call)
        self._notify()
        for hook in list(self.hooks):
            hook(call)
        canonical = canonical_method(method, self._handlers)
        if canonical is None:
            return error_response(ApiError(404, "Not Found"))
        fault = take_fault(self._faults, canonical)
        if fault is not None and fault.delay:
            await asyncio.sleep(fault.delay)
        if fault is not None and fault.error is not None:
            call.error = fault.error
            return error_response(fault.error)
        if fault is not None and fault.drop == "before":
            call.error = ApiError(0, "connection dropped")
            return drop(request)
        try:
            if canonical == "getUpdates":
                result: Any = await self.queue.get_updates(params)
            else:
                result = self._handlers[canonical](params, files)
        except ApiError as err:
            call.error = err
            return error_response(err)
        call.result = result
        self._notify()
        if fault is not None and fault.drop == "after":
            return drop(request)
        return web.json_response({"ok": True, "result": result})

    async def _file(self, request: web.Request) -> web.Response:
        return web.Response(status=404, text="Not Found")

    def _notify(self) -> None:
        async def _wake() -> None:
            async with self._changed:
                self._changed.notify_all()

        with contextlib.suppress(RuntimeError):
            asyncio.get_running_loop().create_task(_wake())
