"""The desk's follow-ups: a channel's update to a signal (cancel before approval, move the stop,
take profit, close...), applied to the trade it replies to or names, or asked first when it
changes risk.

Functions of the Desk (bot/desk.py), called from its message intake (bot/desk_messages.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot import followups
from bot.approvals import REJECTED
from bot.replies import CARD, IGNORED, UPDATE, Reply
from config.channels import ChannelMatch
from engine.domain.follow_up import NOTES_ONLY

if TYPE_CHECKING:
    from bot.desk_parts import DeskParts


async def on_update(
    desk: DeskParts,
    update: Any,
    *,
    reply_to: str | None,
    source: str | None,
    signal_id: str,
    channel: ChannelMatch | None = None,
) -> Reply:
    raw = getattr(update, "kind", "")
    kind = str(getattr(raw, "value", raw)).upper().split(".")[-1]
    problem = getattr(update, "problem", None)
    if problem:  # a part of it unread ("close some and move SL to entry"): none of it is done
        what = kind.replace("_", " ").lower()
        return Reply(UPDATE, f"↪️ {what}: not applied: {problem}. Nothing was changed.", ok=False)
    if reply_to is not None:
        waiting = desk.book.find_by_signal(reply_to)
        if waiting is not None and kind in ("CLOSE", "CANCEL"):
            claimed, why = await desk.book.claim(waiting.id, REJECTED, None)
            if claimed is None:
                return Reply(IGNORED, why, ok=False)
            await desk.book.finish(claimed, REJECTED, "cancelled by the channel")
            text = desk.card_text(claimed, "🚫 Cancelled by the channel before approval")
            return Reply(UPDATE, text, pending=claimed)
    symbol = getattr(update, "symbol", None)
    own = None if source in (None, "manual", "console") else source
    if kind in followups.RISKY:
        confirm = desk.confirms(channel)
        return await risky_update(desk, kind, update, reply_to, own, source, signal_id, confirm)
    params = {
        "price": getattr(update, "price", None),
        "to_entry": bool(getattr(update, "to_entry", False)),
        "fraction": getattr(update, "fraction", None),
    }
    # The signal replied to first; else the open position of the symbol the text names,
    # among the trades of the channel that posted it (the user's own words act on any).
    result = await desk.engine.apply_update(
        kind, symbol=symbol, trade_id=reply_to, source=own, **params
    )
    if not result.ok and reply_to is not None and symbol:
        result = await desk.engine.apply_update(kind, symbol=symbol, source=own, **params)
    what = kind.replace("_", " ").lower()
    target = getattr(update, "symbol", None) or reply_to or "?"
    notes = "; ".join(dict.fromkeys(result.reasons or []))  # (one a book: COPY_TO)
    if result.ok and kind in NOTES_ONLY:  # the engine changed nothing: its note says why
        return Reply(UPDATE, f"↪️ {what}: nothing needed doing for {target} ({notes})")
    if result.ok:
        return Reply(UPDATE, f"↪️ {what}: done for {target}" + (f" ({notes})" if notes else ""))
    reasons = "; ".join(result.reasons or []) or "nothing to do"
    return Reply(UPDATE, f"↪️ {what}: not applied ({reasons})", ok=False)


async def risky_update(
    desk: DeskParts,
    kind: str,
    update: Any,
    reply_to: str | None,
    own: str | None,
    source: str | None,
    signal_id: str,
    confirm: bool,
) -> Reply:
    """A follow-up that changes risk: checked for sense, then asked (or applied in auto)."""
    action, refusal = followups.resolve(kind, update, desk.engine, reply_to=reply_to, source=own)
    if action is None:
        return Reply(UPDATE, refusal or "not applied", ok=False)
    if followups.needs_share(action) and not confirm:  # how much is not ours to guess
        return Reply(UPDATE, followups.no_share_text(action), ok=False)
    if confirm:
        card = followups.card(action, source)
        p = await desk.book.create_action(signal_id, action.to_dict(), card, source)
        return Reply(CARD, desk.card_text(p), pending=p, signal_id=signal_id)
    ok, text = await followups.apply(desk.engine, action)
    return Reply(UPDATE, text, ok=ok)
