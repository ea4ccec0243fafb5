"""Fuzzing the Telegram front end: arbitrary updates never crash the bot and never trade.

Updates are generated within the Bot API schema (messages, edits, channel posts, callback
queries; random and missing optional fields, texts past 4096 characters, odd Unicode, entities
with bad offsets, every forward_origin variant, random callback data) and handed to the real
Application (`process_update`, the path polling takes after parsing). A smaller set, mixed with
shapes outside the schema, goes through the real polling path from the fake Telegram server.

Properties: no handler raises, no order or trade is ever created, a stranger's update reaches no
one but the stranger (one refusal, "Not allowed." on taps), and a valid command still answers.
The bot runs on its own event loop so hypothesis drives plain (sync) test functions.
"""

from __future__ import annotations

import asyncio
import itertools
import os
from collections.abc import Coroutine, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from telegram import Update

from bot.auth import NOT_ALLOWED, REFUSAL
from tests.bot.conftest import ADMIN, CHANNEL, SIGNAL, BotHarness, make_settings
from tests.fakes.fake_telegram import FakeTelegram

T = TypeVar("T")
SOAK = bool(os.environ.get("SIGCOPY_SOAK"))
# Derandomized in `make test` (the same cases every run); random and longer in `make soak`.
FUZZ = settings(
    max_examples=5000 if SOAK else 200,
    deadline=None,
    derandomize=not SOAK,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
COUNTS: dict[str, int] = {}


# ---------------------------------------------------------------------- strategies

ODD = [
    "\u202e", "\u200b", "\u200d", "\ufeff", "\u0000", "\U0001f680", "e\u0301", "𝟒𝟐", "٣٤",
    "\n", "\t", "\r\n", "\u2028", "ﷺ", "\uffff", "\U0010ffff", "Ⓛ", "ЛОНГ", "شراء", "🟢",
    "$", "/", "@", "#", ":", "TP", "SL", "x",
]  # fmt: skip
SIGNAL_WORDS = ["BTCUSDT", "ETH/USDT", "#SOL", "LONG", "SHORT", "buy", "sell", "Entry:", "TP1:",
                "TP:", "SL:", "Stop", "Leverage", "10x", "close", "cancel", "move SL to entry",
                "42000", "-1", "0", "1e309", "NaN", "inf", "42,000.5", "42.000,5", "٤٢٠٠٠",
                "43000", "41000", "2250", "2330", "999999999999999999999"]  # fmt: skip
small_text = st.text(max_size=40)
odd_text = st.lists(st.one_of(st.sampled_from(ODD), st.characters()), max_size=200).map("".join)
words = st.lists(st.sampled_from(SIGNAL_WORDS + ODD), max_size=40).map(" ".join)
huge = st.builds(
    lambda piece, size: (piece * (size // max(1, len(piece)) + 1))[:size],
    st.one_of(st.text(min_size=1, max_size=30), st.sampled_from([SIGNAL + "\n", "🚀", "A"])),
    st.sampled_from([4095, 4096, 4097, 5000, 12_000]),
)
texts = st.one_of(small_text, odd_text, words, huge, st.just(SIGNAL), st.just(""))
commands = st.builds(
    lambda c, arg: f"/{c}{arg}",
    st.sampled_from(
        [
            "start",
            "help",
            "stats",
            "positions",
            "close",
            "pending",
            "halt",
            "resume",
            "unknown",
            "close@sigcopy_test_bot",
            "STATS",
        ]
    ),  # fmt: skip
    st.one_of(st.just(""), st.text(max_size=30).map(lambda a: " " + a)),
)
ints = st.one_of(st.integers(-(2**31), 2**31), st.integers(-(2**52), 2**52))
CALLBACK_DATA = st.one_of(
    st.text(max_size=64),
    st.builds(
        lambda p, a: f"{p}:{a}",
        st.sampled_from(["a", "r", "pc", "hc", "eq", "x"]),
        st.text(max_size=20),
    ),  # fmt: skip
    st.sampled_from(["eq", "a:", "r:", "pc:", "hc:", ":", "a:a:a"]),
)


def users(ids: st.SearchStrategy[int]) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {"id": ids, "is_bot": st.booleans(), "first_name": small_text},
        optional={
            "username": small_text,
            "last_name": small_text,
            "language_code": small_text,
            "is_premium": st.booleans(),
        },  # fmt: skip
    )


def chats(ids: st.SearchStrategy[int], types: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {"id": ids, "type": st.sampled_from(types)},
        optional={
            "title": small_text,
            "username": small_text,
            "first_name": small_text,
            "is_forum": st.booleans(),
        },  # fmt: skip
    )


ENTITY_TYPES = ["bot_command", "mention", "hashtag", "cashtag", "url", "email", "bold", "italic",
                "code", "pre", "text_link", "text_mention", "custom_emoji", "spoiler",
                "blockquote", "underline"]  # fmt: skip
entities = st.lists(
    st.fixed_dictionaries(
        {
            "type": st.sampled_from(ENTITY_TYPES),
            "offset": st.integers(-5, 6000),
            "length": st.integers(-5, 6000),
        },
        optional={
            "url": small_text,
            "language": small_text,
            "custom_emoji_id": small_text,
            "user": users(ints),
        },
    ),  # fmt: skip
    max_size=5,
)


@dataclass
class Who:
    """Whose updates a strategy makes."""

    user_ids: st.SearchStrategy[int]
    chat_ids: st.SearchStrategy[int]
    private_chat_is_user: bool = True


def origins(who: Who) -> st.SearchStrategy[dict[str, Any]]:
    date = st.integers(0, 2**31)
    return st.one_of(
        st.fixed_dictionaries({"type": st.just("user"), "date": date, "sender_user": users(ints)}),
        st.fixed_dictionaries(
            {"type": st.just("hidden_user"), "date": date, "sender_user_name": small_text}
        ),
        st.fixed_dictionaries(
            {
                "type": st.just("chat"),
                "date": date,
                "sender_chat": chats(ints, ["group", "supergroup"]),
            },
            optional={"author_signature": small_text},
        ),  # fmt: skip
        st.fixed_dictionaries(
            {
                "type": st.just("channel"),
                "date": date,
                "chat": chats(st.one_of(st.just(CHANNEL), ints), ["channel"]),
                "message_id": ints,
            },
            optional={"author_signature": small_text},
        ),  # fmt: skip
    )


def messages(who: Who, chat_types: list[str], depth: int = 1) -> st.SearchStrategy[dict[str, Any]]:
    optional: dict[str, st.SearchStrategy[Any]] = {
        "from": users(who.user_ids),
        "sender_chat": chats(who.chat_ids, ["channel", "supergroup"]),
        "text": st.one_of(texts, commands),
        "caption": texts,
        "entities": entities,
        "caption_entities": entities,
        "forward_origin": origins(who),
        "edit_date": st.integers(0, 2**31),
        "message_thread_id": ints,
        "is_topic_message": st.booleans(),
        "media_group_id": small_text,
        "author_signature": small_text,
        "has_protected_content": st.booleans(),
        "photo": st.lists(
            st.fixed_dictionaries(
                {"file_id": small_text, "file_unique_id": small_text, "width": ints, "height": ints}
            ),  # fmt: skip
            max_size=2,
        ),
    }
    if depth > 0:
        optional["reply_to_message"] = messages(who, chat_types, depth - 1)
    base = st.fixed_dictionaries(
        {"message_id": ints, "date": st.integers(0, 2**31),
         "chat": chats(who.chat_ids, chat_types)},
        optional=optional,
    )  # fmt: skip
    if not who.private_chat_is_user:
        return base

    def private_is_user(m: dict[str, Any]) -> dict[str, Any]:
        # In Telegram a private chat's id is the user's id.
        if m["chat"]["type"] == "private" and "from" in m:
            m["chat"]["id"] = m["from"]["id"]
        return m

    return base.map(private_is_user)


def updates(who: Who) -> st.SearchStrategy[dict[str, Any]]:
    private = messages(who, ["private", "group", "supergroup"])
    posts = messages(who, ["channel"])
    inaccessible = st.fixed_dictionaries(
        {"chat": chats(who.chat_ids, ["private"]), "message_id": ints, "date": st.just(0)}
    )
    callback = st.fixed_dictionaries(
        {"id": st.just("set-later"), "from": users(who.user_ids), "chat_instance": small_text},
        optional={"message": st.one_of(private, inaccessible), "data": CALLBACK_DATA,
                  "inline_message_id": small_text, "game_short_name": small_text},
    )  # fmt: skip
    return st.one_of(
        st.fixed_dictionaries({"message": private}),
        st.fixed_dictionaries({"edited_message": private}),
        st.fixed_dictionaries({"channel_post": posts}),
        st.fixed_dictionaries({"edited_channel_post": posts}),
        st.fixed_dictionaries({"callback_query": callback}),
    )


def _not(*ids: int) -> st.SearchStrategy[int]:
    return ints.filter(lambda x: x not in ids)


STRANGERS = Who(user_ids=_not(ADMIN), chat_ids=_not(ADMIN, CHANNEL))
ADMIN_AND_CHANNEL = Who(user_ids=st.just(ADMIN), chat_ids=st.sampled_from([ADMIN, CHANNEL]))
json_leaf = st.one_of(st.none(), st.booleans(), ints, st.floats(allow_nan=False), small_text)
any_json = st.recursive(
    json_leaf,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(
            st.one_of(
                st.sampled_from(
                    ["message_id", "chat", "from", "text", "date", "id", "type", "data", "entities"]
                ),
                small_text,
            ),  # fmt: skip
            inner,
            max_size=5,
        ),
    ),
    max_leaves=20,
)
off_schema = st.dictionaries(
    st.sampled_from(
        [
            "message",
            "edited_message",
            "channel_post",
            "callback_query",
            "poll",
            "my_chat_member",
            "weird",
            "update_id",
        ]
    ),  # fmt: skip
    any_json,
    min_size=1,
    max_size=2,
)


# ---------------------------------------------------------------------- the running bot


@dataclass
class Running:
    """The bot polling the fake server, on an event loop the sync tests drive."""

    loop: asyncio.AbstractEventLoop
    tg: FakeTelegram
    h: BotHarness
    errors: list[BaseException] = field(default_factory=list)
    ids: Iterator[int] = field(default_factory=lambda: itertools.count(500_000))

    def run(self, coro: Coroutine[Any, Any, T]) -> T:
        return self.loop.run_until_complete(asyncio.wait_for(coro, 120))

    def feed(self, payload: dict[str, Any]) -> None:
        """Hand one update to the Application, as polling does after parsing it."""
        self._fix_callback_id(payload)
        app = self.h.front.app  # type: ignore[union-attr]
        update = Update.de_json({**payload, "update_id": next(self.ids)}, app.bot)
        self.run(app.process_update(update))

    def push(self, payload: dict[str, Any]) -> None:
        """Queue one raw update on the fake server (the real polling path)."""
        self._fix_callback_id(payload)
        payload.pop("update_id", None)
        self.run(self._in_loop(self.tg.push_update, payload))

    async def _in_loop(self, fn: Any, *args: Any) -> Any:
        # The fake wakes its long polls from inside the running loop only.
        return fn(*args)

    def _fix_callback_id(self, payload: dict[str, Any]) -> None:
        cq = payload.get("callback_query")
        if isinstance(cq, dict):  # Telegram assigns the id; the fake answers only its own
            cq["id"] = f"fz{next(self.ids)}"
            self.tg._issued_callbacks.add(cq["id"])  # noqa: SLF001

    def assert_nothing_traded(self) -> None:
        engine = self.h.engine
        assert engine.get_stats()["trades_executed"] == 0
        assert engine.orders == {} and engine.trades == {}
        if engine.is_halted:  # an admin's fuzzed /halt: legitimate, undo it
            engine.resume()

    def assert_answers(self) -> None:
        """A valid command, through polling, still gets its answer."""
        mark = self.tg.mark()
        self.run(self._in_loop(self.tg.push_command, ADMIN, "/stats"))
        self.run(self.tg.wait_text("Equity", chat_id=ADMIN, after=mark, timeout=30))


@pytest.fixture(scope="module")
def running(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    loop = asyncio.new_event_loop()
    tg = FakeTelegram()
    loop.run_until_complete(tg.start())
    data: Path = tmp_path_factory.mktemp("fuzz") / "data"
    h = BotHarness(make_settings(data, tg), tg)
    loop.run_until_complete(h.start())
    r = Running(loop, tg, h)

    async def record(update: object, context: Any) -> None:
        r.errors.append(context.error)

    h.front.app.add_error_handler(record)  # type: ignore[union-attr]
    try:
        yield r
    finally:
        loop.run_until_complete(h.stop())
        loop.run_until_complete(tg.stop())
        loop.close()
        print(f"\nfuzz cases run: {COUNTS}")


# ---------------------------------------------------------------------- tests


def test_updates_from_strangers_when_fuzzed_then_refused_and_nothing_trades(running: Running):
    @FUZZ
    @given(payload=updates(STRANGERS))
    def case(payload: dict[str, Any]) -> None:
        COUNTS["stranger updates"] = COUNTS.get("stranger updates", 0) + 1
        mark = running.tg.mark()
        running.feed(payload)
        assert running.errors == []
        running.assert_nothing_traded()
        for c in running.tg.calls[mark:]:
            if c.method == "sendMessage":
                assert c["text"] == REFUSAL and c["chat_id"] != ADMIN, c.params
            elif c.method == "answerCallbackQuery":
                assert c.get("text") == NOT_ALLOWED, c.params
            elif c.method != "getUpdates":
                raise AssertionError(f"a stranger's update made the bot call {c.method}")

    case()
    running.assert_answers()


def test_updates_from_admin_and_channel_when_fuzzed_then_no_crash_and_nothing_trades(
    running: Running,
):
    @FUZZ
    @given(payload=updates(ADMIN_AND_CHANNEL))
    def case(payload: dict[str, Any]) -> None:
        COUNTS["admin/channel updates"] = COUNTS.get("admin/channel updates", 0) + 1
        running.feed(payload)
        assert running.errors == []
        running.assert_nothing_traded()

    case()
    running.assert_answers()


def test_updates_when_polled_raw_in_or_out_of_schema_then_bot_keeps_answering(running: Running):
    @settings(FUZZ, max_examples=300 if SOAK else 40)
    @given(
        batch=st.lists(
            st.one_of(updates(STRANGERS), updates(ADMIN_AND_CHANNEL), off_schema),
            min_size=1,
            max_size=8,
        )
    )
    def case(batch: list[dict[str, Any]]) -> None:
        COUNTS["polled updates"] = COUNTS.get("polled updates", 0) + len(batch)
        for payload in batch:
            running.push(payload)
        running.run(running.tg.wait_confirmed(timeout=60))
        running.assert_answers()
        running.assert_nothing_traded()

    case()
