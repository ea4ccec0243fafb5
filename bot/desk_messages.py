"""The desk's message intake: a new signal, an edit of one (before or after its trade), or text
that is no signal, turned into a Reply (a card, a result, or why not).

Functions of the Desk (bot/desk.py): Desk.handle_text calls handle, which takes the message's lock."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot import cards, desk_followups, edits, followups
from bot.approvals import EXECUTED, FAILED, signal_record
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
from config.channels import ChannelMatch
from engine.domain.signal import canonical_symbol

if TYPE_CHECKING:
    from bot.desk_parts import DeskParts

NO_SIGNAL_TEXT = "No signal found in that message."


async def handle(
    desk: DeskParts,
    text: str,
    source: str | None,
    signal_id: str,
    reply_to: str | None,
    is_edit: bool,
    posted_at: float | None,
    channel: ChannelMatch | None,
) -> Reply:
    text = (text or "").strip()
    if not text:
        return Reply(NO_SIGNAL, NO_SIGNAL_TEXT, ok=False)
    async with desk._lock_for(signal_id):
        if is_edit:
            return await on_edit(desk, text, source=source, signal_id=signal_id, channel=channel)
        parsed = await desk.parser.parse(text)
        if parsed is not None and parsed.is_valid():
            if signal_id in desk._handled or desk.book.find_by_signal(
                signal_id, waiting_only=False
            ):
                # Also after a restart: an update delivered again (the kill came before
                # its offset was confirmed) finds its approval, whose card is resent.
                return Reply(IGNORED, "This signal was already handled.", ok=False)
            return await on_signal(
                desk,
                parsed,
                source=source,
                signal_id=signal_id,
                posted_at=posted_at,
                channel=channel,
            )
        update = await desk.parser.parse_update(text)
        if update is not None:
            if desk.book.find_by_signal(signal_id, waiting_only=False):
                return Reply(IGNORED, "This follow-up was already handled.", ok=False)
            return await desk_followups.on_update(
                desk, update, reply_to=reply_to, source=source, signal_id=signal_id, channel=channel
            )
        if parsed is not None and getattr(parsed, "needs_review", False):
            # Auto mode refuses it with the reason; with confirmation on, the card shows
            # what was read and highlights what was not. Neither can trade it.
            confirm = desk.confirms(channel)
            text = cards.render_review(parsed, source=source, confirm=confirm)
            why = ("not read with certainty",)
            return Reply(REVIEW, text, ok=False, signal_id=signal_id, reasons=why)
        if parsed is not None:
            errors = "; ".join(str(e) for e in (parsed.errors or [])) or "incomplete"
            desk._count_refusal(signal_id, [errors])
            text = f"That looks like a signal but: {errors}"
            return Reply(INVALID, text, ok=False, reasons=tuple(parsed.errors or [errors]))
        return Reply(NO_SIGNAL, NO_SIGNAL_TEXT, ok=False)


def to_signal(parsed: Any, source: str | None, signal_id: str, channel: ChannelMatch | None) -> Any:
    """The engine's Signal, carrying its channel's limits (judged by every book)."""
    signal = parsed.to_signal(source=source, signal_id=signal_id)
    signal.limits = channel.limits() if channel is not None else None
    return signal


async def on_signal(
    desk: DeskParts,
    parsed: Any,
    *,
    source: str | None,
    signal_id: str,
    posted_at: float | None = None,
    channel: ChannelMatch | None = None,
) -> Reply:
    signal = to_signal(parsed, source, signal_id, channel)
    preview = await desk.engine.preview(signal)
    card = cards.render_card(preview, source=source, notes=[cards.stop_note(parsed)])
    if not preview.approved:
        desk._remember(signal_id, REFUSED)
        desk._count_refusal(signal_id, list(preview.reasons))
        why = tuple(preview.reasons)
        return Reply(REFUSED, card, ok=False, signal_id=signal_id, reasons=why)
    if desk.confirms(channel):
        # Committed once its card is sent (attach_card), keeping SQLite off the hot path;
        # a crash in between leaves a card whose tap answers "unknown": nothing trades.
        pending = await desk.book.create(
            signal, card, source=source, flush=False, posted_at=posted_at
        )
        desk._remember(signal_id, "pending")
        return Reply(CARD, desk.card_text(pending), pending=pending, signal_id=signal_id)
    result = await desk.engine.execute(signal)
    desk._remember(signal_id, EXECUTED if result.ok else FAILED)
    text = f"{card}\n\n{cards.render_result(result)}"
    why = () if result.ok else tuple(result.reasons or ["not executed"])
    return Reply(EXECUTED_NOW, text, ok=bool(result.ok), signal_id=signal_id, reasons=why)


async def on_edit(
    desk: DeskParts, text: str, *, source: str | None, signal_id: str, channel: ChannelMatch | None
) -> Reply:
    pending = desk.book.find_by_signal(signal_id)
    if pending is None:
        # The engine keeps the signal it accepted (written before any order left).
        traded = await desk.engine.store.get("signal", signal_id)
        if traded is not None:
            return await on_traded_edit(
                desk, text, traded, source=source, sid=signal_id, channel=channel
            )
        if desk._handled.get(signal_id) not in (None, REFUSED):
            return Reply(IGNORED, "Edit ignored: the signal was already handled.", ok=False)
        desk._handled.pop(signal_id, None)
        parsed = await desk.parser.parse(text)
        if parsed is None or not parsed.is_valid():
            return Reply(NO_SIGNAL, NO_SIGNAL_TEXT, ok=False)
        return await on_signal(desk, parsed, source=source, signal_id=signal_id, channel=channel)
    parsed = await desk.parser.parse(text)
    if parsed is None or not parsed.is_valid():
        return Reply(IGNORED, "Edit ignored: the new text is not a complete signal.", ok=False)
    signal = to_signal(parsed, source, signal_id, channel)
    before = dict(pending.signal)
    if not edits.changed(before, signal_record(signal)):
        return Reply(IGNORED, "Edit ignored: it changes nothing to trade.", ok=False)
    preview = await desk.engine.preview(signal)
    what = edits.describe(before, signal_record(signal))
    note = [cards.stop_note(parsed)]
    card = f"✏️ Edited: {what}\n{cards.render_card(preview, source=source, notes=note)}"
    if not await desk.book.update_signal(pending, signal, card):
        return Reply(IGNORED, "Edit ignored: this signal was already handled.", ok=False)
    if not preview.approved:
        claimed, _ = await desk.book.claim(pending.id, FAILED, None)
        if claimed is not None:
            await desk.book.finish(claimed, FAILED, "refused after the edit")
        why = tuple(preview.reasons)
        return Reply(EDITED, card, pending=pending, ok=False, reasons=why)
    return Reply(EDITED, desk.card_text(pending), pending=pending)


async def on_traded_edit(
    desk: DeskParts,
    text: str,
    traded: dict[str, Any],
    *,
    source: str | None,
    sid: str,
    channel: ChannelMatch | None = None,
) -> Reply:
    """An edit of a post already traded: a follow-up at most, never a second trade. A new stop
    is a stop move, asked or applied as the channel's own follow-ups are (its confirm)."""
    parsed = await desk.parser.parse(text)
    if parsed is None or not parsed.is_valid():
        return unusable_edit(parsed, traded)
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
    if a["sl"] is not None and b["sl"] is None:  # never applied: said, with what to do
        text = f"✏️ Edited after the trade: {what}\n{stop_removed_text(desk, sid, a['sl'])}"
        return Reply(UPDATE, text + note, ok=False, signal_id=sid)
    if a["sl"] != b["sl"] and b["sl"] is not None:
        update = FollowUp("MOVE_SL", price=b["sl"])
        edit_id = f"{sid}#edit{int(desk.book.now() * 1000)}"
        reply = await desk_followups.on_update(
            desk, update, reply_to=sid, source=source, signal_id=edit_id, channel=channel
        )
        reply.text = f"✏️ Edited after the trade: {what}\n{reply.text}{note}"
        return reply
    return Reply(UPDATE, f"✏️ Edited after the trade: {what}{note}", ok=False, signal_id=sid)


STOP_REMOVED = "The edit removes the stop: not applied"


def stop_removed_text(desk: DeskParts, sid: str, old_sl: float) -> str:
    """An edit of a traded post that drops its stop: the stop stays (a position is never left
    without one on the exchange), and the user is told so and what to do: keep it, or end the
    trade (/close an open position, /cancel entries that rest with nothing filled)."""
    trades = [p for p in followups.named(desk.engine) if p.get("trade_id") == sid]
    if not trades:
        return f"{STOP_REMOVED}: the trade is no longer open, so nothing was changed."
    p = trades[0]
    coin = canonical_symbol(str(p.get("symbol"))).replace("/", "")
    stop = cards.fmt_num(p.get("sl") if p.get("sl") is not None else old_sl)
    if p.get("resting") or p.get("waiting"):  # nothing entered yet
        when = "an entry fills" if p.get("resting") else "it enters"
        return (
            f"{STOP_REMOVED}: the {p.get('side')} {coin} ({p.get('resting') or p.get('waiting')})"
            f" keeps its stop at {stop}, placed when {when}. Keep it so, or /cancel {coin} to "
            "end its entries if the channel no longer wants the trade."
        )
    return (
        f"{STOP_REMOVED}: the open {p.get('side')} {coin} keeps its stop at {stop} (sigcopy "
        f"never leaves a position without a stop on the exchange). Keep it so, or /close {coin} "
        "if the channel means to exit."
    )


def unusable_edit(parsed: Any, traded: dict[str, Any]) -> Reply:
    """An edit of a traded post that is no complete signal: ignored, unless it names a new stop
    (then the stop is not moved, and the user is told why: a changed stop is never dropped
    silently)."""
    old_sl = edits.trade_fields(traded)["sl"]
    new_sl = getattr(parsed, "stop_loss", None)
    if new_sl is None or float(new_sl) == old_sl:
        return Reply(IGNORED, "Edit ignored: the signal was already traded.", ok=False)
    errors = "; ".join(str(e) for e in (parsed.errors or [])) or "the new text is incomplete"
    return Reply(
        UPDATE,
        f"✏️ Edited after the trade: Stop {cards.fmt_num(old_sl)} → {cards.fmt_num(new_sl)} "
        f"not applied: the edited signal is not valid ({errors}). Nothing was changed.",
        ok=False,
    )
