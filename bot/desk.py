"""The front-end independent core: text in, card or result out, approvals, commands.

Telegram (bot/app.py) and the terminal console (bot/console.py) both sit on this desk, so a
signal gives the same card and the same checks whichever way it arrives.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from typing import Any

from bot import cards, edits, followups
from bot.approvals import (
    EXECUTED,
    EXECUTING,
    FAILED,
    REJECTED,
    ApprovalBook,
    Pending,
    signal_record,
)
from bot.message_notes import MessageNotes
from bot.replies import (
    CARD,
    EDITED,
    EXECUTED_NOW,
    IGNORED,
    INVALID,
    NO_SIGNAL,
    REFUSED,
    REVIEW,
    UPDATE,
    FollowUp,
    Reply,
)
from engine.core import scoreboard as sb

log = logging.getLogger(__name__)

NO_SIGNAL_TEXT = "No signal found in that message."


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
    ) -> Reply:
        """A message: a new signal, an edit of one, a follow-up, or nothing.

        posted_at (epoch seconds) starts an approval's time at the post, not at its arrival.
        """
        args = (text, source, signal_id, reply_to, is_edit, posted_at)
        reply = await self._handle(*args)
        self.notes.reply(reply, source, signal_id, is_edit, posted_at)
        return reply

    async def _handle(
        self,
        text: str,
        source: str | None,
        signal_id: str,
        reply_to: str | None,
        is_edit: bool,
        posted_at: float | None,
    ) -> Reply:
        text = (text or "").strip()
        if not text:
            return Reply(NO_SIGNAL, NO_SIGNAL_TEXT, ok=False)
        async with self._lock_for(signal_id):
            if is_edit:
                return await self._on_edit(text, source=source, signal_id=signal_id)
            parsed = await self.parser.parse(text)
            if parsed is not None and parsed.is_valid():
                if signal_id in self._handled or self.book.find_by_signal(
                    signal_id, waiting_only=False
                ):
                    # Also after a restart: an update delivered again (the kill came before
                    # its offset was confirmed) finds its approval, whose card is resent.
                    return Reply(IGNORED, "This signal was already handled.", ok=False)
                return await self._on_signal(
                    parsed, source=source, signal_id=signal_id, posted_at=posted_at
                )
            update = await self.parser.parse_update(text)
            if update is not None:
                if self.book.find_by_signal(signal_id, waiting_only=False):
                    return Reply(IGNORED, "This follow-up was already handled.", ok=False)
                return await self._on_update(
                    update, reply_to=reply_to, source=source, signal_id=signal_id
                )
            if parsed is not None and getattr(parsed, "needs_review", False):
                # Auto mode refuses it with the reason; with confirmation on, the card shows
                # what was read and highlights what was not. Neither can trade it.
                text = cards.render_review(parsed, source=source, confirm=self.require_confirmation)
                why = ("not read with certainty",)
                return Reply(REVIEW, text, ok=False, signal_id=signal_id, reasons=why)
            if parsed is not None:
                errors = "; ".join(str(e) for e in (parsed.errors or [])) or "incomplete"
                self._count_refusal(signal_id, [errors])
                text = f"That looks like a signal but: {errors}"
                return Reply(INVALID, text, ok=False, reasons=tuple(parsed.errors or [errors]))
            return Reply(NO_SIGNAL, NO_SIGNAL_TEXT, ok=False)

    async def _on_signal(
        self, parsed: Any, *, source: str | None, signal_id: str, posted_at: float | None = None
    ) -> Reply:
        signal = parsed.to_signal(source=source, signal_id=signal_id)
        preview = await self.engine.preview(signal)
        card = cards.render_card(preview, source=source, notes=[cards.stop_note(parsed)])
        if not preview.approved:
            self._remember(signal_id, REFUSED)
            self._count_refusal(signal_id, list(preview.reasons))
            why = tuple(preview.reasons)
            return Reply(REFUSED, card, ok=False, signal_id=signal_id, reasons=why)
        if self.require_confirmation:
            # Committed once its card is sent (attach_card), keeping SQLite off the hot path;
            # a crash in between leaves a card whose tap answers "unknown": nothing trades.
            pending = await self.book.create(
                signal, card, source=source, flush=False, posted_at=posted_at
            )
            self._remember(signal_id, "pending")
            return Reply(CARD, self.card_text(pending), pending=pending, signal_id=signal_id)
        result = await self.engine.execute(signal)
        self._remember(signal_id, EXECUTED if result.ok else FAILED)
        text = f"{card}\n\n{cards.render_result(result)}"
        why = () if result.ok else tuple(result.reasons or ["not executed"])
        return Reply(EXECUTED_NOW, text, ok=bool(result.ok), signal_id=signal_id, reasons=why)

    async def _on_edit(self, text: str, *, source: str | None, signal_id: str) -> Reply:
        pending = self.book.find_by_signal(signal_id)
        if pending is None:
            # The engine keeps the signal it accepted (written before any order left).
            traded = await self.engine.store.get("signal", signal_id)
            if traded is not None:
                return await self._on_traded_edit(text, traded, source=source, sid=signal_id)
            if self._handled.get(signal_id) not in (None, REFUSED):
                return Reply(IGNORED, "Edit ignored: the signal was already handled.", ok=False)
            self._handled.pop(signal_id, None)
            parsed = await self.parser.parse(text)
            if parsed is None or not parsed.is_valid():
                return Reply(NO_SIGNAL, NO_SIGNAL_TEXT, ok=False)
            return await self._on_signal(parsed, source=source, signal_id=signal_id)
        parsed = await self.parser.parse(text)
        if parsed is None or not parsed.is_valid():
            return Reply(IGNORED, "Edit ignored: the new text is not a complete signal.", ok=False)
        signal = parsed.to_signal(source=source, signal_id=signal_id)
        before = dict(pending.signal)
        if not edits.changed(before, signal_record(signal)):
            return Reply(IGNORED, "Edit ignored: it changes nothing to trade.", ok=False)
        preview = await self.engine.preview(signal)
        what = edits.describe(before, signal_record(signal))
        note = [cards.stop_note(parsed)]
        card = f"✏️ Edited: {what}\n{cards.render_card(preview, source=source, notes=note)}"
        if not await self.book.update_signal(pending, signal, card):
            return Reply(IGNORED, "Edit ignored: this signal was already handled.", ok=False)
        if not preview.approved:
            claimed, _ = await self.book.claim(pending.id, FAILED, None)
            if claimed is not None:
                await self.book.finish(claimed, FAILED, "refused after the edit")
            why = tuple(preview.reasons)
            return Reply(EDITED, card, pending=pending, ok=False, reasons=why)
        return Reply(EDITED, self.card_text(pending), pending=pending)

    async def _on_traded_edit(
        self, text: str, traded: dict[str, Any], *, source: str | None, sid: str
    ) -> Reply:
        """An edit of a post already traded: a follow-up at most, never a second trade."""
        parsed = await self.parser.parse(text)
        if parsed is None or not parsed.is_valid():
            return Reply(IGNORED, "Edit ignored: the signal was already traded.", ok=False)
        new = signal_record(parsed.to_signal(source=source, signal_id=sid))
        old = traded
        if not edits.changed(old, new):
            return Reply(IGNORED, "Edit ignored: it changes nothing to trade.", ok=False)
        what = edits.describe(old, new)
        a, b = edits.trade_fields(old), edits.trade_fields(new)
        left = [k for k in edits.TRADED_FIELDS if k != "sl" and a[k] != b[k]]
        note = ""
        if left:
            note = (
                f"\nNot applied to the open trade: {', '.join(left)} "
                "(no second trade is opened; /close it by hand if it no longer fits)."
            )
        if a["sl"] != b["sl"] and b["sl"] is not None:
            update = FollowUp("MOVE_SL", price=b["sl"])
            edit_id = f"{sid}#edit{int(self.book.now() * 1000)}"
            reply = await self._on_update(update, reply_to=sid, source=source, signal_id=edit_id)
            reply.text = f"✏️ Edited after the trade: {what}\n{reply.text}{note}"
            return reply
        return Reply(UPDATE, f"✏️ Edited after the trade: {what}{note}", ok=False, signal_id=sid)

    async def _on_update(
        self, update: Any, *, reply_to: str | None, source: str | None, signal_id: str
    ) -> Reply:
        raw = getattr(update, "kind", "")
        kind = str(getattr(raw, "value", raw)).upper().split(".")[-1]
        if reply_to is not None:
            waiting = self.book.find_by_signal(reply_to)
            if waiting is not None and kind in ("CLOSE", "CANCEL"):
                claimed, why = await self.book.claim(waiting.id, REJECTED, None)
                if claimed is None:
                    return Reply(IGNORED, why, ok=False)
                await self.book.finish(claimed, REJECTED, "cancelled by the channel")
                text = self.card_text(claimed, "🚫 Cancelled by the channel before approval")
                return Reply(UPDATE, text, pending=claimed)
        symbol = getattr(update, "symbol", None)
        own = None if source in (None, "manual", "console") else source
        if kind in followups.RISKY:
            return await self._risky_update(kind, update, reply_to, own, source, signal_id)
        params = {
            "price": getattr(update, "price", None),
            "to_entry": bool(getattr(update, "to_entry", False)),
            "fraction": getattr(update, "fraction", None),
        }
        # The signal replied to first; else the open position of the symbol the text names,
        # among the trades of the channel that posted it (the user's own words act on any).
        result = await self.engine.apply_update(
            kind, symbol=symbol, trade_id=reply_to, source=own, **params
        )
        if not result.ok and reply_to is not None and symbol:
            result = await self.engine.apply_update(kind, symbol=symbol, source=own, **params)
        what = kind.replace("_", " ").lower()
        target = getattr(update, "symbol", None) or reply_to or "?"
        if result.ok:
            return Reply(UPDATE, f"↪️ {what}: done for {target}")
        reasons = "; ".join(result.reasons or []) or "nothing to do"
        return Reply(UPDATE, f"↪️ {what}: not applied ({reasons})", ok=False)

    async def _risky_update(
        self,
        kind: str,
        update: Any,
        reply_to: str | None,
        own: str | None,
        source: str | None,
        signal_id: str,
    ) -> Reply:
        """A follow-up that changes risk: checked for sense, then asked (or applied in auto)."""
        action, refusal = followups.resolve(
            kind, update, self.engine.positions(), reply_to=reply_to, source=own
        )
        if action is None:
            return Reply(UPDATE, refusal or "not applied", ok=False)
        if self.require_confirmation:
            card = followups.card(action, source)
            p = await self.book.create_action(signal_id, action.to_dict(), card, source)
            return Reply(CARD, self.card_text(p), pending=p, signal_id=signal_id)
        ok, text = await followups.apply(self.engine, action)
        return Reply(UPDATE, text, ok=ok)

    # ------------------------------------------------------------------ approvals

    def card_text(self, pending: Pending, footer: str | None = None) -> str:
        """A pending card with its footer (waiting, or the outcome)."""
        footer = footer or cards.render_waiting(pending.expires_at, self.book.now())
        return f"{pending.card}\n\n{footer}"

    async def claim(
        self, pending_id: str, user_id: int | None, version: int | None = None
    ) -> tuple[Pending | None, str]:
        """Take a waiting approval for execution, once; (None, why not) otherwise."""
        return await self.book.claim(pending_id, EXECUTING, user_id, version)

    async def execute_claimed(self, pending: Pending) -> str:
        """Execute a claimed approval (the engine re-checks price and risk); the new card."""
        if pending.action is not None:
            ok, outcome = await followups.apply(self.engine, followups.Action(**pending.action))
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

    async def approve(self, pending_id: str, user_id: int | None) -> tuple[Pending | None, str]:
        """Execute a waiting signal once; (pending, new card text) or (None, why not)."""
        pending, why = await self.claim(pending_id, user_id)
        if pending is None:
            return None, why
        return pending, await self.execute_claimed(pending)

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
        return cards.render_positions(self.positions())

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

    async def close_symbol(self, symbol: str) -> str:
        """/close SYMBOL."""
        ok = await self.engine.close_position(symbol)
        return f"✅ Closed {symbol}." if ok else f"No open position for {symbol}."

    async def close_all(self) -> str:
        """Close every open position."""
        n = await self.engine.close_all()
        return f"✅ Closed {n} position{'s' if n != 1 else ''}."

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
