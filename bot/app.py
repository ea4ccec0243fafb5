"""The Telegram front end: a PTB Application whose handlers call the Desk.

Every handler is wrapped by a Gate guard (bot/auth.py); every send goes through bot/sending.py
(flood-control retries); one error handler logs and keeps the bot running.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import time
from functools import partial
from typing import Any

from telegram import (
    BotCommand,
    Message,
    MessageOriginChannel,
    MessageOriginChat,
    MessageOriginHiddenUser,
    MessageOriginUser,
    Update,
)
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot import app_commands, notify
from bot.app_commands import COMMANDS
from bot.approval_cards import ApprovalCards
from bot.auth import Callback, Gate
from bot.channel_scores import ScoreLines
from bot.channel_store import ChannelStore
from bot.channels_cmd import ChannelsPanel
from bot.dedup import SeenPosts
from bot.desk import Desk
from bot.logs import install_redaction
from bot.replies import CARD, EDITED, IGNORED, INVALID, NO_SIGNAL, Reply
from bot.safebot import build_bot
from bot.sending import send, with_retry
from config.channels import ChannelMatch
from config.redact import mask

log = logging.getLogger(__name__)

Ctx = ContextTypes.DEFAULT_TYPE
TEXT = filters.TEXT | filters.CAPTION
CONFIRM_TTL_S = 300.0


class TelegramFront:
    """Owns the Application, its handlers, notifications and the approval-expiry loop."""

    def __init__(self, settings: Any, engine: Any, parser: Any, desk: Desk | None = None) -> None:
        self.settings = settings
        self.engine = engine
        self.desk = desk or Desk(engine, parser, settings)
        self.gate = Gate(settings.TELEGRAM_ADMIN_IDS, settings.TELEGRAM_CHANNEL_IDS)
        self._tasks: set[asyncio.Task[Any]] = set()
        self._expiry_task: asyncio.Task[None] | None = None
        # Seconds between sweeps for expired approvals (and cards to resend); None: a quarter
        # of the approval timeout, 0.2 to 5 s. Tests that wait for a sweep set it shorter.
        self.sweep_every: float | None = None
        # opaque button id -> (payload, time, (chat_id, message_id) of the message it is on)
        self._tokens: dict[str, tuple[str, float, tuple[int, int] | None]] = {}
        self._card_signal: dict[tuple[int, int], str] = {}  # card message -> signal id
        self._seen = SeenPosts()  # (chat id, message id) handled, by either path
        self.channels = ChannelStore(getattr(settings, "CHANNELS_FILE", None))
        scores = ScoreLines(self.desk.notes, engine.store)
        self.panel = ChannelsPanel(self.channels, self.desk.require_confirmation, scores)
        self.app = self._build()
        self.cards = ApprovalCards(self.desk, self.app.bot, self._admins)

    # ------------------------------------------------------------------ building

    def _build(self) -> Application:  # type: ignore[type-arg]
        token = self.settings.TELEGRAM_BOT_TOKEN.get_secret_value()
        install_redaction(token)  # before building: PTB logs its URLs (with the token) at DEBUG
        bot = build_bot(token, self.settings.TELEGRAM_API_BASE_URL)
        app = Application.builder().bot(bot).concurrent_updates(True).build()
        g = self.gate
        private_msg = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE
        commands: dict[tuple[str, ...], Callback] = {
            ("start", "help"): partial(app_commands.cmd_help, self),
            ("stats",): partial(app_commands.cmd_stats, self),
            ("positions",): partial(app_commands.cmd_positions, self),
            ("close",): partial(app_commands.cmd_close, self),
            ("cancel",): partial(app_commands.cmd_cancel, self),
            ("pending",): partial(app_commands.cmd_pending, self),
            ("halt",): partial(app_commands.cmd_halt, self),
            ("resume",): partial(app_commands.cmd_resume, self),
            ("channels",): self.panel.command,
        }
        for names, cb in commands.items():
            app.add_handler(CommandHandler(list(names), g.admin_only(cb), filters=private_msg))
        app.add_handler(CallbackQueryHandler(g.admin_only(partial(app_commands.on_callback, self))))
        app.add_handler(
            MessageHandler(private_msg & TEXT & ~filters.COMMAND, g.admin_only(self.on_private))
        )
        app.add_handler(
            MessageHandler(
                filters.ChatType.PRIVATE & filters.UpdateType.EDITED_MESSAGE & TEXT,
                g.admin_only(self.on_private_edit),
            )
        )
        app.add_handler(
            MessageHandler(
                filters.UpdateType.CHANNEL_POST & TEXT, g.channel_only(self.on_channel_post)
            )
        )
        app.add_handler(
            MessageHandler(
                filters.UpdateType.EDITED_CHANNEL_POST & TEXT,
                g.channel_only(self.on_channel_edit),
            )
        )
        app.add_handler(MessageHandler(private_msg, g.admin_only(self.on_other)))
        app.add_error_handler(self.on_error)
        return app

    async def start(self, *, poll_timeout: float = 30.0) -> None:
        """Initialize (getMe), register the commands, start handling and long-polling."""
        app = self.app
        await app.initialize()
        await self.cards.settle(await self.desk.start())  # claims a restart cut short
        await with_retry(lambda: app.bot.set_my_commands([BotCommand(n, d) for n, d in COMMANDS]))
        await app.start()
        await self.cards.resend()  # cards a failure or a kill kept from their chats
        self._expiry_task = asyncio.create_task(self._expiry_loop(), name="sigcopy-expiry")
        assert app.updater is not None
        await app.updater.start_polling(timeout=int(poll_timeout), poll_interval=0)
        self.engine.subscribe(self.on_event)  # once up: what was said before it comes now, once

    async def stop(self) -> None:
        """Stop polling and handling; cancel the background tasks. Safe to call twice."""
        app = self.app
        if self._expiry_task is not None:
            self._expiry_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._expiry_task
            self._expiry_task = None
        if app.updater is not None and app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        for task in list(self._tasks):
            task.cancel()
        await app.shutdown()
        self.desk.close()

    # ------------------------------------------------------------------ messages

    async def on_private(self, update: Update, context: Ctx) -> None:
        """An admin writes or forwards a message to the bot."""
        msg = update.effective_message
        assert msg is not None
        source, signal_id = _origin(msg)
        reply = await self.desk.handle_text(
            msg.text or msg.caption or "",
            source=source,
            signal_id=signal_id,
            reply_to=self._reply_key(msg),
            channel=self._forwarded_from(msg),
        )
        await self._deliver(reply, [msg.chat_id], private=True, reply_to=msg.message_id)

    async def on_private_edit(self, update: Update, context: Ctx) -> None:
        """An admin edits a message they sent: updates its pending signal."""
        msg = update.effective_message
        assert msg is not None
        source, signal_id = _origin(msg)
        reply = await self.desk.handle_text(
            msg.text or msg.caption or "",
            source=source,
            signal_id=signal_id,
            is_edit=True,
            channel=self._forwarded_from(msg),
        )
        await self._deliver(reply, [msg.chat_id], private=True, reply_to=msg.message_id)

    async def on_channel_post(self, update: Update, context: Ctx) -> None:
        """A post in an allowed channel: a signal, a follow-up or nothing (then silence)."""
        msg = update.effective_message
        assert msg is not None
        await self.handle_channel_text(
            msg.text or msg.caption or "",
            chat_id=msg.chat_id,
            message_id=msg.message_id,
            source=_chat_name(msg.chat),
            reply_to_id=msg.reply_to_message.message_id if msg.reply_to_message else None,
            posted_at=msg.date.timestamp() if msg.date else None,
            username=msg.chat.username,
        )

    async def on_channel_edit(self, update: Update, context: Ctx) -> None:
        """An allowed channel edits a post: updates the pending signal if not yet placed."""
        msg = update.effective_message
        assert msg is not None
        await self.handle_channel_text(
            msg.text or msg.caption or "",
            chat_id=msg.chat_id,
            message_id=msg.message_id,
            source=_chat_name(msg.chat),
            is_edit=True,
            username=msg.chat.username,
        )

    async def handle_channel_text(
        self,
        text: str,
        *,
        chat_id: int,
        message_id: int,
        source: str,
        reply_to_id: int | None = None,
        posted_at: float | None = None,
        is_edit: bool = False,
        username: str | None = None,
    ) -> bool:
        """A channel's post or edit, from the Bot API or the user-account listener (same ids:
        -100... marked chat ids). A post (or the same edit) seen by both paths is handled once;
        returns False for such a repeat. channels.toml, read again when changed, pauses a
        channel or gives it its own settings."""
        channel = self.channels.current().match(chat_id, username)
        if channel is not None and not channel.config.enabled:
            log.info("channel %s is paused in %s", chat_id, self.settings.CHANNELS_FILE)
            return False
        if not self._seen.first((chat_id, message_id), text if is_edit else None):
            return False
        reply = await self.desk.handle_text(
            text,
            source=source,
            signal_id=f"tg{chat_id}_{message_id}",
            reply_to=f"tg{chat_id}_{reply_to_id}" if reply_to_id is not None else None,
            is_edit=is_edit,
            posted_at=None if is_edit else posted_at,
            channel=channel,
            chat=(chat_id, username),
        )
        await self._deliver(reply, self._admins(), private=False)
        return True

    async def on_other(self, update: Update, context: Ctx) -> None:
        """Anything else an admin sends in private (stickers, unknown commands)."""
        msg = update.effective_message
        if msg is not None:
            await send(context.bot, msg.chat_id, "I read text signals and commands. See /help.")

    async def _deliver(
        self, reply: Reply, chats: list[int], *, private: bool, reply_to: int | None = None
    ) -> None:
        bot = self.app.bot
        if reply.kind in (NO_SIGNAL, INVALID, IGNORED) and not private:
            log.info("channel message: %s", reply.text)
            return
        pending = reply.pending
        if reply.kind == CARD and pending is not None:
            await self.cards.post(pending, chats, reply.text)
            return
        if reply.kind == EDITED and pending is not None:
            await self.cards.post_edit(pending, chats, reply.text)
            return
        if pending is not None:  # a cancellation of a waiting approval
            await self.cards.edit(pending.cards, reply.text, None)
        for chat_id in chats:
            sent = await send(bot, chat_id, reply.text)
            if sent is not None and reply.signal_id is not None:
                self._remember_card(chat_id, sent.message_id, reply.signal_id)

    # ------------------------------------------------------------------ events, errors, expiry

    def on_event(self, event: Any) -> None:
        """Engine event -> a message to every admin (sent in the background)."""
        text = notify.event_text(event)
        if text is None:
            return
        task = asyncio.get_running_loop().create_task(self._broadcast(text))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _broadcast(self, text: str) -> None:
        for chat_id in self._admins():
            await send(self.app.bot, chat_id, text)

    async def on_error(self, update: object, context: Ctx) -> None:
        """The one error handler: log, tell the admin if it was theirs, keep running."""
        log.error("error while handling an update", exc_info=context.error)
        if isinstance(update, Update) and update.effective_user is not None:
            if self.gate.is_admin(update.effective_user.id) and update.effective_chat:
                await send(
                    context.bot,
                    update.effective_chat.id,
                    f"⚠️ Something went wrong: {mask(str(context.error))}. It is logged; "
                    "try again or /help.",
                )

    async def _expiry_loop(self) -> None:
        interval = self.sweep_every or max(0.2, min(5.0, self.desk.book.timeout_s / 4))
        while True:
            await asyncio.sleep(interval)
            try:
                for pending, text in await self.desk.expire():
                    await self.cards.edit(pending.cards, text, None)
                await self.cards.resend()
            except Exception:  # keep expiring whatever happens
                log.exception("expiring approvals failed")

    # ------------------------------------------------------------------ helpers

    def _admins(self) -> list[int]:
        return sorted(self.gate.admin_ids)

    def _forwarded_from(self, msg: Message) -> ChannelMatch | None:
        """A post forwarded from a channel takes that channel's settings (pausing aside: a
        forward is the admin's own choice)."""
        origin = msg.forward_origin
        if not isinstance(origin, MessageOriginChannel):
            return None
        return self.channels.current().match(origin.chat.id, origin.chat.username)

    def _reply_key(self, msg: Message) -> str | None:
        r = msg.reply_to_message
        if r is None:
            return None
        if isinstance(r.forward_origin, MessageOriginChannel):
            return f"tg{r.forward_origin.chat.id}_{r.forward_origin.message_id}"
        known = self._card_signal.get((r.chat_id, r.message_id))
        if known:
            return known
        pending = self.desk.book.find_by_card(r.chat_id, r.message_id)
        if pending is not None:
            return pending.signal_id
        return f"tg{r.chat_id}_{r.message_id}"

    def _remember_card(self, chat_id: int, message_id: int, signal_id: str) -> None:
        self._card_signal[(chat_id, message_id)] = signal_id
        while len(self._card_signal) > 2000:
            self._card_signal.pop(next(iter(self._card_signal)))

    def _new_token(self, payload: str) -> str:
        now = time.monotonic()
        for k in [k for k, (_, t, _m) in self._tokens.items() if now - t > CONFIRM_TTL_S]:
            del self._tokens[k]
        token = secrets.token_urlsafe(6)
        self._tokens[token] = (payload, now, None)
        return token

    def _bind(self, tokens: list[str], sent: Message | None) -> None:
        """Tie buttons to the message they were sent on (unsent, they can never be used)."""
        for token in tokens:
            item = self._tokens.get(token)
            if item is not None and sent is not None:
                self._tokens[token] = (item[0], item[1], (sent.chat_id, sent.message_id))

    def _take_token(self, token: str, query: Any) -> tuple[str | None, str | None]:
        """(payload, None) when the button may act; (None, why) when not (None: expired)."""
        item = self._tokens.get(token)
        if item is None or time.monotonic() - item[1] > CONFIRM_TTL_S:
            return None, None
        msg = query.message
        if item[2] is None or msg is None or (msg.chat.id, msg.message_id) != item[2]:
            # Bound to the message it was sent on: replayed on another, it does nothing.
            return None, "This button does not belong to this message."
        if item[0].startswith(app_commands.CLOSE_ALL):
            del self._tokens[token]  # a confirmation works once
        return item[0], None


def _chat_name(chat: Any) -> str:
    return str(chat.title or chat.username or chat.id)


def _origin(msg: Message) -> tuple[str, str]:
    """(source, signal id) of a private message: a forward keeps its channel's identity."""
    origin = msg.forward_origin
    if isinstance(origin, MessageOriginChannel):
        return _chat_name(origin.chat), f"tg{origin.chat.id}_{origin.message_id}"
    if isinstance(origin, MessageOriginChat):
        return _chat_name(origin.sender_chat), f"tg{msg.chat_id}_{msg.message_id}"
    if isinstance(origin, MessageOriginUser):
        return origin.sender_user.full_name, f"tg{msg.chat_id}_{msg.message_id}"
    if isinstance(origin, MessageOriginHiddenUser):
        return origin.sender_user_name, f"tg{msg.chat_id}_{msg.message_id}"
    return "manual", f"tg{msg.chat_id}_{msg.message_id}"
