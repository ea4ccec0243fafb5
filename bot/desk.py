"""The front-end independent core: text in, card or result out, approvals, commands.

Telegram (bot/app.py) and the terminal console (bot/console.py) both sit on this desk, so a
signal gives the same card and the same checks whichever way it arrives.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from bot import cards, desk_closes, desk_messages, followups, positions_view
from bot.approvals import (
    EXECUTED,
    EXECUTING,
    FAILED,
    REJECTED,
    ApprovalBook,
    Pending,
)
from bot.message_notes import MessageNotes
from bot.replies import (
    Reply,
)
from config.channels import ChannelMatch
from engine.core import scoreboard as sb

log = logging.getLogger(__name__)

NO_SIGNAL_TEXT = desk_messages.NO_SIGNAL_TEXT
CLOSE_USAGE = desk_closes.CLOSE_USAGE
CANCEL_USAGE = desk_closes.CANCEL_USAGE
CHOOSE_SHARE = (
    "The post does not say how much to close: choose a share (25%, 50%, 100%) or Ignore. "
    "Nothing was closed."
)


class Desk:
    """Turns messages into engine calls and engine answers into texts."""

    def __init__(
        self, engine: Any, parser: Any, settings: Any, notes: MessageNotes | None = None
    ) -> None:
        self.engine = engine
        self.parser = parser
        self.settings = settings
        self.require_confirmation = bool(settings.live.REQUIRE_CONFIRMATION)
        self.book = ApprovalBook(
            engine.store, engine.clock, float(settings.live.APPROVAL_TIMEOUT_MINUTES) * 60
        )
        self._locks: OrderedDict[str, asyncio.Lock] = OrderedDict()
        self._handled: OrderedDict[str, str] = OrderedDict()  # signal id -> what happened
        self._counted: OrderedDict[str, None] = OrderedDict()  # refusals /stats has counted
        # What became of each message, for the scoreboard per channel (DATA_DIR/messages.jsonl).
        self.notes = notes or MessageNotes.in_data_dir(settings, self.book.now)

    async def start(self) -> list[tuple[Pending, str]]:
        """Start the engine (idempotent), load the approvals from before and settle every
        claim a restart interrupted; returns those with their new card text."""
        await self.engine.start()
        await self.book.load()
        return [(p, await self._settle_claim(p)) for p in self.book.unfinished()]

    async def _settle_claim(self, p: Pending) -> str:
        """A claim cut short by a kill: executed (the engine has its trade) or released.

        The engine writes a signal's trade before any of its orders leaves and refuses a signal
        id it knows, so its record is the truth: with one, the approval executed (once); without
        one, nothing was sent and the approval waits for a tap again.
        """
        if p.action is not None:  # a follow-up: whether it was applied cannot be known
            await self.book.finish(p, FAILED, "interrupted by a restart")
            return self.card_text(
                p, "⚠️ Interrupted by a restart: it may have been applied. Check /positions."
            )
        trade = await self.engine.store.get("trade", p.signal_id)
        if trade is not None:
            status = str(trade.get("status", "?"))
            if status in ("failed", "canceled"):  # tried once, refused: nothing is open
                outcome = f"⛔ Not executed before a restart: the trade {status}"
                await self.book.finish(p, FAILED, outcome)
                self._remember(p.signal_id, FAILED)
                return self.card_text(p, f"👍 Approved\n{outcome}. Nothing is open.")
            outcome = f"✅ Executed before a restart · trade {p.signal_id} ({status})"
            await self.book.finish(p, EXECUTED, outcome)
            self._remember(p.signal_id, EXECUTED)
            return self.card_text(p, f"👍 Approved\n{outcome}. See /positions.")
        await self.book.release(p)
        note = "↩️ The approval was interrupted by a restart: nothing was traded. Tap again."
        return self.card_text(p, f"{cards.render_waiting(p.expires_at, self.book.now())}\n{note}")

    # ------------------------------------------------------------------ messages

    async def handle_text(
        self,
        text: str,
        *,
        source: str | None,
        signal_id: str,
        reply_to: str | None = None,
        is_edit: bool = False,
        posted_at: float | None = None,
        channel: ChannelMatch | None = None,
        chat: tuple[int, str | None] | None = None,
    ) -> Reply:
        """A message: a new signal, an edit of one, a follow-up, or nothing.

        posted_at (epoch seconds) starts an approval's time at the post, not at its arrival.
        channel: the posting channel's entry in channels.toml (its limits and confirm mode).
        chat: the posting chat's id and @username, for the message log (scoreboard).
        """
        args = (text, source, signal_id, reply_to, is_edit, posted_at, channel)
        reply = await desk_messages.handle(self, *args)
        self.notes.reply(reply, source, signal_id, is_edit, posted_at, chat)
        return reply

    def confirms(self, channel: ChannelMatch | None) -> bool:
        """Whether a signal waits for a tap: the channel's confirm, else REQUIRE_CONFIRMATION."""
        if channel is not None and channel.confirm is not None:
            return channel.confirm
        return self.require_confirmation

    # ------------------------------------------------------------------ approvals

    def card_text(self, pending: Pending, footer: str | None = None) -> str:
        """A pending card with its footer (waiting, or the outcome)."""
        footer = footer or cards.render_waiting(pending.expires_at, self.book.now())
        return f"{pending.card}\n\n{footer}"

    async def claim(
        self,
        pending_id: str,
        user_id: int | None,
        version: int | None = None,
        share: float | None = None,
    ) -> tuple[Pending | None, str]:
        """Take a waiting approval for execution, once; (None, why not) otherwise. A partial
        close whose post did not say how much is taken only with the share chosen."""
        if share is not None and share not in followups.SHARES:
            return None, CHOOSE_SHARE
        known = await self.book.get(pending_id)
        action = known.action if known is not None else None
        wants = followups.asks_share(action)
        if wants and share is None:
            return None, CHOOSE_SHARE
        if share is not None and not wants:
            return None, "This card has no share to choose."
        return await self.book.claim(pending_id, EXECUTING, user_id, version)

    async def execute_claimed(self, pending: Pending, share: float | None = None) -> str:
        """Execute a claimed approval (the engine re-checks price and risk); the new card.
        `share`: the share of the position a partial close without one closes (the tap)."""
        if pending.action is not None:
            action = followups.Action(**pending.action)
            ok, outcome = await followups.apply(self.engine, action, share)
            pending.action = action.to_dict()  # recorded as done: the share chosen
            await self.book.finish(pending, EXECUTED if ok else FAILED, outcome)
            return self.card_text(pending, f"👍 Approved\n{outcome}")
        try:
            result = await self.engine.execute(pending.to_signal())
        except Exception as exc:  # the card must still say what happened
            log.exception("execution failed for %s", pending.signal_id)
            await self.book.finish(pending, FAILED, str(exc))
            return self.card_text(pending, f"⚠️ Execution error: {exc}. Check /positions.")
        status = EXECUTED if result.ok else FAILED
        outcome = cards.render_result(result)
        await self.book.finish(pending, status, outcome)
        self._remember(pending.signal_id, status)
        why = () if result.ok else tuple(result.reasons or ["not executed"])
        self.notes.ended(pending, sb.TRADED if result.ok else sb.REFUSED, why)
        return self.card_text(pending, f"👍 Approved\n{outcome}")

    def final_text(self, p: Pending) -> str | None:
        """The card of an approval already decided (None while it is not): what a tap on a
        card still showing buttons puts back when a kill lost the edit that ended it."""
        if p.status in (EXECUTED, FAILED) and p.result:
            return self.card_text(p, f"👍 Approved\n{p.result}")
        if p.status == REJECTED:
            return self.card_text(p, "❌ Rejected · nothing was traded")
        return None

    async def approve(
        self, pending_id: str, user_id: int | None, share: float | None = None
    ) -> tuple[Pending | None, str]:
        """Execute a waiting signal once; (pending, new card text) or (None, why not)."""
        pending, why = await self.claim(pending_id, user_id, share=share)
        if pending is None:
            return None, why
        return pending, await self.execute_claimed(pending, share)

    async def reject(
        self, pending_id: str, user_id: int | None, version: int | None = None
    ) -> tuple[Pending | None, str]:
        """Drop a waiting signal; nothing is traded."""
        pending, why = await self.book.claim(pending_id, REJECTED, user_id, version)
        if pending is None:
            return None, why
        await self.book.finish(pending, REJECTED)
        self._remember(pending.signal_id, REJECTED)
        self.notes.ended(pending, sb.REJECTED)
        return pending, self.card_text(pending, "❌ Rejected · nothing was traded")

    async def expire(self) -> list[tuple[Pending, str]]:
        """Expire approvals past their time; each with its final card text."""
        out = []
        for p in await self.book.expire_due():
            self.notes.ended(p, sb.EXPIRED)
            out.append((p, self.card_text(p, "⌛ Expired · nothing was traded")))
        return out

    # ------------------------------------------------------------------ commands

    def mode_label(self) -> str:
        """PAPER / LIVE / DRY RUN, as the engine says."""
        label = getattr(self.engine, "mode_label", None)
        if isinstance(label, str):
            return label
        mode = str(self.engine.get_stats().get("mode", self.settings.TRADING_MODE))
        return mode.upper()

    def help_text(self, *, console: bool = False) -> str:
        """/start and /help."""
        return cards.render_help(self.settings, self.mode_label(), console=console)

    def stats_text(self) -> str:
        """/stats."""
        return cards.render_stats(self.engine.get_stats())

    def positions(self) -> list[dict[str, Any]]:
        """Open positions."""
        return list(self.engine.positions())

    def positions_text(self) -> str:
        """/positions."""
        # (the books' names, as desk_closes._books reads them: not every book's figures)
        books = list(getattr(self.engine, "books", None) or [self.engine.book_name])
        return positions_view.render(
            self.positions(),
            self.engine.resting_trades(),
            self.engine.waiting_entries(),
            self.book.now(),
            books,
        )

    def pending_text(self) -> str:
        """/pending."""
        items = self.book.waiting()
        if not items:
            return "Nothing waiting for approval."
        now = self.book.now()
        lines = ["⏳ Waiting for approval"]
        for p in items:
            if p.action is not None:
                lines.append(f"• {p.action.get('label')} from {p.source or 'manual'}")
                continue
            s = p.signal
            mins = max(0.0, (p.expires_at - now) / 60)
            lines.append(
                f"• {s.get('side')} {s.get('symbol')} from {p.source or 'manual'}"
                f" · expires in {mins:.0f} min"
            )
        return "\n".join(lines)

    async def close_symbol(self, symbol: str, args: Sequence[str] = ()) -> str:
        """/close SYMBOL [share] [BOOK ...]: all of it or that share, in those books (else all)."""
        return await desk_closes.close(self.engine, symbol, args)

    async def cancel_symbol(self, symbol: str, books: list[str] | None = None) -> str:
        """/cancel SYMBOL [BOOK ...]: what has not filled of it, in those books (else all)."""
        return await desk_closes.cancel(self.engine, symbol, list(books or []))

    async def close_all(self, shown: str) -> desk_closes.CloseAllDone:
        """Close the open positions (and end the trades with nothing filled) that /halt close's
        question showed (`shown`); what opened since is asked again."""
        return await desk_closes.close_all(self.engine, shown)

    def close_all_question(self) -> desk_closes.CloseAllAsk:
        """/halt close's question, its button's label, and what it shows."""
        return desk_closes.close_all_question(self.engine)

    def halt(self, reason: str) -> str:
        """/halt: no new trades."""
        self.engine.halt(reason)
        return f"⛔ Halted: no new trades ({reason}). /resume to allow them again."

    def resume(self) -> str:
        """/resume."""
        self.engine.resume()
        if self.engine.is_halted:
            return "Still halted: remove the EMERGENCY_STOP file first."
        return "▶️ Resumed: new signals will be traded again."

    # ------------------------------------------------------------------ internals

    def _lock_for(self, key: str) -> asyncio.Lock:
        lock = self._locks.get(key)
        if lock is None:
            lock = self._locks[key] = asyncio.Lock()
            while len(self._locks) > 512:
                old_key, old = next(iter(self._locks.items()))
                if old.locked():
                    break
                del self._locks[old_key]
        return lock

    def _count_refusal(self, signal_id: str, reasons: list[str]) -> None:
        """A refusal at the card counts once in /stats, however often the post is edited."""
        note = getattr(self.engine, "note_refused", None)
        if note is None or signal_id in self._counted:
            return
        self._counted[signal_id] = None
        while len(self._counted) > 5000:
            self._counted.popitem(last=False)
        note(signal_id, reasons)

    def close(self) -> None:
        """Write what the message log still holds."""
        self.notes.close()

    def _remember(self, signal_id: str, what: str) -> None:
        self._handled[signal_id] = what
        while len(self._handled) > 5000:
            self._handled.popitem(last=False)
