"""A fake Telegram Bot API server on loopback, faithful enough to drive the real PTB Application.

It serves ``/bot<token>/<method>`` (form, multipart or JSON bodies, as the real API accepts),
answers with the real envelopes (``{"ok": true, "result": ...}`` or ``{"ok": false,
"error_code": ..., "description": ...}``), long-polls getUpdates with offset/timeout semantics,
remembers the messages it has sent so edits are checked like Telegram checks them, and records
every call for tests to assert on.

Test API: ``push_*`` helpers inject updates (private messages, forwards from channels, channel
posts and their edits, callback queries, raw dicts), ``calls``/``wait_for`` inspect what the bot
sent; faults: ``fail_next`` (the next N calls of a method fail with a status, a description and
optionally a retry_after), ``delay_next`` (they answer late), ``drop_next`` (the connection is
closed without an answer, before or after the call took effect); ``hooks`` see every request as
it arrives (the kill harness kills the bot there).

How Telegram fails, from https://core.telegram.org/bots/api:
- "Making requests": every answer is a JSON object with ``ok``; on failure ``error_code`` and
  ``description``, and sometimes ``parameters`` (ResponseParameters) to explain it.
- ResponseParameters.retry_after: "In case of exceeding flood control, the number of seconds
  left to wait before the request can be repeated" (HTTP 429, "Too Many Requests: retry after N").
- answerCallbackQuery: "the answer will be displayed to the user as a notification at the top of
  the chat screen or as an alert"; a query can be answered once and only for a short while
  (Telegram answers "query is too old and response timeout expired" after that), so answering
  is best effort for the bot.
- Update.edited_channel_post: "New version of a channel post that is known to the bot and was
  edited"; it carries the same message_id as the post, its new text and an edit_date.
- 5xx answers and dropped connections come from Telegram's front servers, not from the API
  itself (a 502 is an HTML page); PTB turns both into NetworkError, a timeout into TimedOut.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

DEFAULT_TOKEN = "123456:TEST-token-for-the-fake-server"

# Parameters Telegram takes as plain strings: never JSON-decode them ("123" stays a string).
_STRING_PARAMS = frozenset(
    {
        "text",
        "caption",
        "parse_mode",
        "callback_query_id",
        "inline_message_id",
        "url",
        "description",
        "short_description",
        "language_code",
        "allowed_updates_raw",
        "secret_token",
        "photo",
        "document",
        "name",
    }
)


@dataclass
class Call:
    """One request the bot made."""

    method: str
    params: dict[str, Any]
    at: float  # time.perf_counter() when the request arrived
    files: dict[str, bytes] = field(default_factory=dict)
    result: Any = None  # what the fake answered (the Message for sends and edits)
    error: ApiError | None = None  # set when the fake answered with an error

    def __getitem__(self, key: str) -> Any:
        return self.params[key]

    def get(self, key: str, default: Any = None) -> Any:
        """A parameter, or default."""
        return self.params.get(key, default)

    @property
    def buttons(self) -> list[dict[str, Any]]:
        """The inline keyboard buttons in reply_markup, flattened."""
        markup = self.params.get("reply_markup") or {}
        return [b for row in markup.get("inline_keyboard", []) for b in row]


@dataclass
class ApiError(Exception):
    """An error reply the fake sends instead of a result."""

    error_code: int
    description: str
    retry_after: int | None = None


@dataclass
class Fault:
    """An injected fault for the next `times` calls of a method."""

    method: str
    times: int
    error: ApiError | None = None  # answer with this error
    delay: float = 0.0  # answer this many seconds late
    drop: str | None = None  # "before": closed unanswered; "after": took effect, answer lost


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
        self.commands: list[dict[str, Any]] = []
        self.delivered_at: dict[int, float] = {}  # update_id -> perf_counter when handed out
        self.pushed_at: dict[int, float] = {}
        self._updates: list[dict[str, Any]] = []
        self._next_update_id = 1000
        self._next_message_id: dict[int, int] = {}
        self._messages: dict[tuple[int, int], dict[str, Any]] = {}
        self._faults: list[Fault] = []
        # Called with each Call as it arrives, before it is answered (the kill harness's hook).
        self.hooks: list[Callable[[Call], None]] = []
        self._answered: set[str] = set()
        self._issued_callbacks: set[str] = set()
        self._next_callback_id = 1
        self._changed = asyncio.Condition()
        self._stopping = False
        self._runner: web.AppRunner | None = None
        self.port = 0
        self._handlers: dict[str, Callable[[dict[str, Any], dict[str, bytes]], Any]] = {
            "getMe": self._get_me,
            "logOut": lambda p, f: True,
            "close": lambda p, f: True,
            "getUpdates": self._get_updates,  # async, special-cased
            "deleteWebhook": lambda p, f: True,
            "setWebhook": lambda p, f: True,
            "getWebhookInfo": lambda p, f: {
                "url": "",
                "has_custom_certificate": False,
                "pending_update_count": len(self._updates),
            },
            "sendMessage": self._send_message,
            "sendPhoto": self._send_photo,
            "sendDocument": self._send_document,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_reply_markup,
            "deleteMessage": self._delete_message,
            "answerCallbackQuery": self._answer_callback,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": lambda p, f: list(self.commands),
            "deleteMyCommands": self._delete_my_commands,
            "sendChatAction": lambda p, f: True,
            "getChat": self._get_chat,
        }

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
        self._stopping = True
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

    def user(self, user_id: int, first_name: str = "Alice", username: str | None = None) -> dict:
        """A User object."""
        u: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        if username:
            u["username"] = username
        return u

    def private_chat(self, user_id: int, first_name: str = "Alice") -> dict[str, Any]:
        """The private Chat between the bot and a user (its id is the user's id)."""
        return {"id": user_id, "type": "private", "first_name": first_name}

    def channel_chat(
        self, channel_id: int, title: str = "Signals", username: str | None = None
    ) -> dict[str, Any]:
        """A Chat of type channel (a public one has a username, without the @:
        https://core.telegram.org/bots/api#chat)."""
        chat: dict[str, Any] = {"id": channel_id, "type": "channel", "title": title}
        if username:
            chat["username"] = username
        return chat

    def push_update(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Queue a raw update (its update_id is assigned here unless given) and wake long polls."""
        update = dict(payload)
        if "update_id" not in update:
            update["update_id"] = self._next_update_id
        self._next_update_id = max(self._next_update_id, int(update["update_id"])) + 1
        self._updates.append(update)
        self.pushed_at[update["update_id"]] = time.perf_counter()
        self._notify()
        return update

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
        msg = self._new_message(chat, text, caption=caption)
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
        origin = {
            "type": "channel",
            "date": int(time.time()) - 60,
            "chat": self.channel_chat(channel_id, channel_title),
            "message_id": origin_message_id,
        }
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
        msg = self._new_message(chat, text, caption=caption)
        msg["sender_chat"] = chat
        if reply_to is not None:
            msg["reply_to_message"] = reply_to
        self.push_update({"channel_post": msg})
        return msg

    def push_edited_channel_post(self, original: dict[str, Any], text: str) -> dict[str, Any]:
        """The channel edits a post it made earlier."""
        msg = dict(original)
        key = "caption" if "caption" in original else "text"
        msg[key] = text
        msg["edit_date"] = int(time.time())
        self.push_update({"edited_channel_post": msg})
        return msg

    def push_edited_message(self, original: dict[str, Any], text: str) -> dict[str, Any]:
        """A user edits a private message they sent earlier."""
        msg = dict(original)
        key = "caption" if "caption" in original else "text"
        msg[key] = text
        msg["edit_date"] = int(time.time())
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
        cq = {
            "id": cq_id,
            "from": self.user(user_id, first_name),
            "chat_instance": f"ci{message['chat']['id']}",
            "message": message,
            "data": data,
        }
        self.push_update({"callback_query": cq})
        return cq

    @property
    def pending_updates(self) -> int:
        """Updates not yet confirmed by an offset."""
        return len(self._updates)

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
        return self._messages.get(key, call.result)

    def message(self, chat_id: int, message_id: int) -> dict[str, Any] | None:
        """A message the bot sent (current state), or None."""
        return self._messages.get((chat_id, message_id))

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
        deadline = time.monotonic() + timeout
        async with self._changed:
            while self._updates:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"{len(self._updates)} updates never confirmed")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), remaining)

    def mark(self) -> int:
        """Index of the next call: pass as ``after=`` to wait only for calls made from now on."""
        return len(self.calls)

    # ----------------------------------------------------------------- HTTP

    async def _dispatch(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        method = request.match_info["method"]
        if token != self.token:
            return _error(ApiError(401, "Unauthorized"))
        params, files = await _read_params(request)
        call = Call(method=method, params=params, at=time.perf_counter(), files=files)
        self.calls.append(call)
        self._notify()
        for hook in list(self.hooks):
            hook(call)
        canonical = _canonical_method(method, self._handlers)
        if canonical is None:
            return _error(ApiError(404, "Not Found"))
        fault = self._take_fault(canonical)
        if fault is not None and fault.delay:
            await asyncio.sleep(fault.delay)
        if fault is not None and fault.error is not None:
            call.error = fault.error
            return _error(fault.error)
        if fault is not None and fault.drop == "before":
            call.error = ApiError(0, "connection dropped")
            return _drop(request)
        try:
            if canonical == "getUpdates":
                result: Any = await self._get_updates_async(params)
            else:
                result = self._handlers[canonical](params, files)
        except ApiError as err:
            call.error = err
            return _error(err)
        call.result = result
        self._notify()
        if fault is not None and fault.drop == "after":
            return _drop(request)
        return web.json_response({"ok": True, "result": result})

    def _take_fault(self, method: str) -> Fault | None:
        for f in self._faults:
            if f.method.lower() == method.lower():
                f.times -= 1
                if f.times <= 0:
                    self._faults.remove(f)
                return f
        return None

    async def _file(self, request: web.Request) -> web.Response:
        return web.Response(status=404, text="Not Found")

    def _notify(self) -> None:
        async def _wake() -> None:
            async with self._changed:
                self._changed.notify_all()

        with contextlib.suppress(RuntimeError):
            asyncio.get_running_loop().create_task(_wake())

    # ----------------------------------------------------------------- methods

    def _bot_user(self) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "sigcopy",
            "username": self.username,
            "can_join_groups": False,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    def _get_me(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any]:
        return self._bot_user()

    async def _get_updates_async(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        limit = max(1, min(100, int(params.get("limit") or 100)))
        timeout = float(params.get("timeout") or 0)
        allowed = params.get("allowed_updates")
        deadline = time.monotonic() + timeout
        async with self._changed:
            while True:
                if offset:
                    # Telegram forgets every update below the offset: it is confirmed.
                    before = len(self._updates)
                    self._updates = [u for u in self._updates if u["update_id"] >= offset]
                    if len(self._updates) != before:
                        self._changed.notify_all()
                ready = [u for u in self._updates if _allowed(u, allowed)][:limit]
                if ready or self._stopping:
                    break
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), remaining)
        now = time.perf_counter()
        for u in ready:
            self.delivered_at.setdefault(u["update_id"], now)
        return ready

    def _get_updates(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        raise AssertionError("getUpdates is handled asynchronously")

    def _chat_for(self, chat_id: Any) -> dict[str, Any]:
        try:
            cid = int(chat_id)
        except (TypeError, ValueError):
            raise ApiError(400, "Bad Request: chat not found") from None
        if cid < 0:
            return {"id": cid, "type": "channel", "title": "Signals"}
        return {"id": cid, "type": "private", "first_name": "Alice"}

    def _new_message(
        self, chat: dict[str, Any], text: str | None, *, caption: bool = False
    ) -> dict[str, Any]:
        cid = int(chat["id"])
        mid = self._next_message_id.get(cid, 1)
        self._next_message_id[cid] = mid + 1
        msg: dict[str, Any] = {"message_id": mid, "date": int(time.time()), "chat": chat}
        if text is not None:
            msg["caption" if caption else "text"] = text
        return msg

    def _send_message(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any]:
        text = params.get("text")
        if text is None or not str(text).strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if len(str(text)) > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        chat = self._chat_for(params.get("chat_id"))
        msg = self._new_message(chat, str(text))
        msg["from"] = self._bot_user()
        if params.get("reply_markup"):
            msg["reply_markup"] = params["reply_markup"]
        self._remember(msg)
        return msg

    def _send_photo(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any]:
        chat = self._chat_for(params.get("chat_id"))
        photo = files.get("photo")
        if photo is None and not params.get("photo"):
            raise ApiError(400, "Bad Request: there is no photo in the request")
        msg = self._new_message(chat, params.get("caption"), caption=True)
        msg["from"] = self._bot_user()
        size = len(photo or b"")
        msg["photo"] = [
            {"file_id": f"photo{msg['message_id']}", "file_unique_id": "u1", "width": 640,
             "height": 480, "file_size": size}
        ]  # fmt: skip
        self._remember(msg)
        return msg

    def _send_document(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any]:
        chat = self._chat_for(params.get("chat_id"))
        msg = self._new_message(chat, params.get("caption"), caption=True)
        msg["document"] = {"file_id": f"doc{msg['message_id']}", "file_unique_id": "d1"}
        self._remember(msg)
        return msg

    def _remember(self, msg: dict[str, Any]) -> None:
        self._messages[(int(msg["chat"]["id"]), int(msg["message_id"]))] = msg

    def _find(self, params: dict[str, Any]) -> dict[str, Any]:
        if params.get("inline_message_id"):
            raise ApiError(400, "Bad Request: inline messages are not supported by the fake")
        try:
            key = (int(params["chat_id"]), int(params["message_id"]))
        except (KeyError, TypeError, ValueError):
            raise ApiError(400, "Bad Request: message to edit not found") from None
        msg = self._messages.get(key)
        if msg is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        return msg

    def _edit_message_text(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        msg = self._find(params)
        text = params.get("text")
        if text is None or not str(text).strip():
            raise ApiError(400, "Bad Request: message text is empty")
        markup = params.get("reply_markup")
        if msg.get("text") == text and msg.get("reply_markup") == markup:
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message content and reply "
                "markup are exactly the same as a current content and reply markup of the message",
            )
        msg["text"] = str(text)
        if markup:
            msg["reply_markup"] = markup
        else:
            msg.pop("reply_markup", None)
        msg["edit_date"] = int(time.time())
        return msg

    def _edit_reply_markup(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        msg = self._find(params)
        markup = params.get("reply_markup")
        if msg.get("reply_markup") == markup or (not markup and "reply_markup" not in msg):
            raise ApiError(400, "Bad Request: message is not modified")
        if markup:
            msg["reply_markup"] = markup
        else:
            msg.pop("reply_markup", None)
        msg["edit_date"] = int(time.time())
        return msg

    def _delete_message(self, params: dict[str, Any], files: dict[str, bytes]) -> bool:
        msg = self._find(params)
        del self._messages[(int(msg["chat"]["id"]), int(msg["message_id"]))]
        return True

    def _answer_callback(self, params: dict[str, Any], files: dict[str, bytes]) -> bool:
        cq_id = str(params.get("callback_query_id", ""))
        if cq_id not in self._issued_callbacks or cq_id in self._answered:
            raise ApiError(400, "Bad Request: query is too old and response timeout expired")
        self._answered.add(cq_id)
        return True

    def _set_my_commands(self, params: dict[str, Any], files: dict[str, bytes]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise ApiError(400, "Bad Request: can't parse commands JSON object")
        for c in commands:
            name = c.get("command", "")
            if not (1 <= len(name) <= 32) or not name.islower() or not c.get("description"):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
        self.commands = commands
        return True

    def _delete_my_commands(self, params: dict[str, Any], files: dict[str, bytes]) -> bool:
        self.commands = []
        return True

    def _get_chat(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any]:
        return self._chat_for(params.get("chat_id"))


def _canonical_method(method: str, handlers: dict[str, Any]) -> str | None:
    # Telegram's method names are case-insensitive.
    low = method.lower()
    for name in handlers:
        if name.lower() == low:
            return name
    return None


def _allowed(update: dict[str, Any], allowed: Any) -> bool:
    if not allowed:
        return True
    return any(k in update for k in allowed)


def _decode(key: str, value: str) -> Any:
    if key in _STRING_PARAMS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


async def _read_params(request: web.Request) -> tuple[dict[str, Any], dict[str, bytes]]:
    params: dict[str, Any] = {}
    files: dict[str, bytes] = {}
    for k, v in request.query.items():
        params[k] = _decode(k, v)
    ctype = request.content_type
    if request.method == "GET" or not request.can_read_body:
        return params, files
    if ctype == "application/json":
        body = await request.json()
        if isinstance(body, dict):
            params.update(body)
    elif ctype == "multipart/form-data":
        reader = await request.multipart()
        while True:
            part = await reader.next()
            if part is None:
                break
            name = part.name or ""
            if part.filename is not None:  # type: ignore[union-attr]
                files[name] = await part.read()  # type: ignore[union-attr]
            else:
                params[name] = _decode(name, await part.text())  # type: ignore[union-attr]
    else:
        form = await request.post()
        for k, v in form.items():
            if isinstance(v, web.FileField):
                files[k] = v.file.read()
            else:
                params[k] = _decode(k, str(v))
    # PTB uploads by "attach://name" references: resolve them to the part's bytes.
    for k, v in list(params.items()):
        if isinstance(v, str) and v.startswith("attach://") and v[9:] in files:
            files[k] = files[v[9:]]
    return params, files


def _drop(request: web.Request) -> web.Response:
    # Close the connection with no answer at all: the client sees a reset / an empty reply.
    if request.transport is not None:
        request.transport.abort()
    raise ConnectionResetError("dropped by the fake")


def _error(err: ApiError) -> web.Response:
    body: dict[str, Any] = {
        "ok": False,
        "error_code": err.error_code,
        "description": err.description,
    }
    if err.retry_after is not None:
        body["parameters"] = {"retry_after": err.retry_after}
        if not err.description.startswith("Too Many"):
            body["description"] = f"Too Many Requests: retry after {err.retry_after}"
    return web.json_response(body, status=err.error_code)
