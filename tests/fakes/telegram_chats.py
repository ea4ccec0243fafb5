"""What the bot has in its chats on the fake Telegram server (tests/fakes/fake_telegram.py): the
messages it sent, checked as Telegram checks sends, edits and deletes; the callback queries it may
answer; its command list. Each Bot API method is a handler taking the request's parameters and
files and answering its result, or raising ApiError as Telegram answers
(https://core.telegram.org/bots/api):

- sendMessage: text of 1-4096 characters after entities parsing ("message text is empty",
  "message is too long").
- editMessageText / editMessageReplyMarkup: the message must exist ("message to edit not
  found"); an edit that changes nothing is refused ("message is not modified").
- answerCallbackQuery: "the answer will be displayed to the user as a notification at the top of
  the chat screen or as an alert"; a query can be answered once and only for a short while
  (Telegram answers "query is too old and response timeout expired" after that), so answering
  is best effort for the bot.
- setMyCommands: each BotCommand's command is 1-32 characters, lowercase; its description is
  required ("BOT_COMMAND_INVALID").
"""

from __future__ import annotations

import time
from typing import Any

from tests.fakes.telegram_wire import ApiError


class BotChats:
    """The messages the bot sent (by chat and message id), its callback queries and commands."""

    def __init__(self, bot_id: int, username: str) -> None:
        self.bot_id = bot_id
        self.username = username
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}
        self.next_message_id: dict[int, int] = {}
        self.issued_callbacks: set[str] = set()  # ids of the callback queries pushed
        self.answered: set[str] = set()
        self.commands: list[dict[str, Any]] = []

    def bot_user(self) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "sigcopy",
            "username": self.username,
            "can_join_groups": False,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    def get_me(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any]:
        return self.bot_user()

    def chat_for(self, chat_id: Any) -> dict[str, Any]:
        try:
            cid = int(chat_id)
        except (TypeError, ValueError):
            raise ApiError(400, "Bad Request: chat not found") from None
        if cid < 0:
            return {"id": cid, "type": "channel", "title": "Signals"}
        return {"id": cid, "type": "private", "first_name": "Alice"}

    def new_message(
        self, chat: dict[str, Any], text: str | None, *, caption: bool = False
    ) -> dict[str, Any]:
        cid = int(chat["id"])
        mid = self.next_message_id.get(cid, 1)
        self.next_message_id[cid] = mid + 1
        msg: dict[str, Any] = {"message_id": mid, "date": int(time.time()), "chat": chat}
        if text is not None:
            msg["caption" if caption else "text"] = text
        return msg

    def send_message(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any]:
        text = params.get("text")
        if text is None or not str(text).strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if len(str(text)) > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        chat = self.chat_for(params.get("chat_id"))
        msg = self.new_message(chat, str(text))
        msg["from"] = self.bot_user()
        if params.get("reply_markup"):
            msg["reply_markup"] = params["reply_markup"]
        self.remember(msg)
        return msg

    def send_photo(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any]:
        chat = self.chat_for(params.get("chat_id"))
        photo = files.get("photo")
        if photo is None and not params.get("photo"):
            raise ApiError(400, "Bad Request: there is no photo in the request")
        msg = self.new_message(chat, params.get("caption"), caption=True)
        msg["from"] = self.bot_user()
        size = len(photo or b"")
        msg["photo"] = [
            {"file_id": f"photo{msg['message_id']}", "file_unique_id": "u1", "width": 640,
             "height": 480, "file_size": size}
        ]  # fmt: skip
        self.remember(msg)
        return msg

    def send_document(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any]:
        chat = self.chat_for(params.get("chat_id"))
        msg = self.new_message(chat, params.get("caption"), caption=True)
        msg["document"] = {"file_id": f"doc{msg['message_id']}", "file_unique_id": "d1"}
        self.remember(msg)
        return msg

    def remember(self, msg: dict[str, Any]) -> None:
        self.messages[(int(msg["chat"]["id"]), int(msg["message_id"]))] = msg

    def find(self, params: dict[str, Any]) -> dict[str, Any]:
        if params.get("inline_message_id"):
            raise ApiError(400, "Bad Request: inline messages are not supported by the fake")
        try:
            key = (int(params["chat_id"]), int(params["message_id"]))
        except (KeyError, TypeError, ValueError):
            raise ApiError(400, "Bad Request: message to edit not found") from None
        msg = self.messages.get(key)
        if msg is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        return msg

    def edit_message_text(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        msg = self.find(params)
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
        return _edited(msg, markup)

    def edit_reply_markup(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        msg = self.find(params)
        markup = params.get("reply_markup")
        if msg.get("reply_markup") == markup or (not markup and "reply_markup" not in msg):
            raise ApiError(400, "Bad Request: message is not modified")
        return _edited(msg, markup)

    def delete_message(self, params: dict[str, Any], files: dict[str, bytes]) -> bool:
        msg = self.find(params)
        del self.messages[(int(msg["chat"]["id"]), int(msg["message_id"]))]
        return True

    def answer_callback(self, params: dict[str, Any], files: dict[str, bytes]) -> bool:
        cq_id = str(params.get("callback_query_id", ""))
        if cq_id not in self.issued_callbacks or cq_id in self.answered:
            raise ApiError(400, "Bad Request: query is too old and response timeout expired")
        self.answered.add(cq_id)
        return True

    def set_my_commands(self, params: dict[str, Any], files: dict[str, bytes]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise ApiError(400, "Bad Request: can't parse commands JSON object")
        for c in commands:
            name = c.get("command", "")
            if not (1 <= len(name) <= 32) or not name.islower() or not c.get("description"):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
        self.commands = commands
        return True

    def delete_my_commands(self, params: dict[str, Any], files: dict[str, bytes]) -> bool:
        self.commands = []
        return True

    def get_chat(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any]:
        return self.chat_for(params.get("chat_id"))


def _edited(msg: dict[str, Any], markup: Any) -> dict[str, Any]:
    """The message with its new keyboard (none: removed) and an edit_date."""
    if markup:
        msg["reply_markup"] = markup
    else:
        msg.pop("reply_markup", None)
    msg["edit_date"] = int(time.time())
    return msg
