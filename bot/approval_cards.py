"""Approval cards on Telegram: sent after their record is saved, resent when lost, replaced on
an edit, settled after a restart, and the Approve/Reject taps.

A button carries "a:<approval id>:<version>": the version of the signal the card shows, so a
tap approves exactly what its card says. Answering a tap is best effort (bot/sending.answer):
the decision is carried out and the card edited whatever happens to the answer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import followups
from bot.approvals import EXPIRED, OUT_OF_DATE, WAITING, Pending
from bot.desk import Desk
from bot.sending import answer, edit, send

REPLACED = "✏️ The post was edited: this card is out of date, see the new card."
EXPIRED_NOTE = "⌛ Expired · nothing was traded"


class ApprovalCards:
    """The cards of the desk's approvals, on one bot, for the admins."""

    def __init__(self, desk: Desk, bot: Any, admins: Callable[[], list[int]]) -> None:
        self.desk = desk
        self.bot = bot
        self.admins = admins
        self._sending: set[str] = set()  # approvals whose card is being sent right now

    def markup(self, pending: Pending) -> InlineKeyboardMarkup:
        """Approve / Reject, bound to this approval and the version of its signal. A partial
        close whose post does not say how much offers the shares instead of Approve: the share
        tapped is exactly what is closed."""
        ref = f"{pending.id}:{pending.version}"
        if followups.asks_share(pending.action):
            shares = [
                InlineKeyboardButton(f"{x:.0%}", callback_data=f"s:{ref}:{round(x * 100)}")
                for x in followups.SHARES
            ]
            ignore = InlineKeyboardButton("❌ Ignore", callback_data=f"r:{ref}")
            return InlineKeyboardMarkup([shares, [ignore]])
        return InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton("✅ Approve", callback_data=f"a:{ref}"),
                    InlineKeyboardButton("❌ Reject", callback_data=f"r:{ref}"),
                ]
            ]
        )

    async def post(self, pending: Pending, chats: list[int], text: str) -> None:
        """A new approval's card: its record is saved first, so a failed send or a kill loses
        nothing (the approval is found waiting without its card and the card is resent)."""
        self._sending.add(pending.id)  # from now: the resend loop leaves it alone
        pending.targets = list(chats)
        try:
            await self.desk.book.save(pending)
        except Exception:  # not saved: no card (a card must never outlive its record)
            self._sending.discard(pending.id)
            raise
        await self._send(pending, chats, text)

    async def post_edit(self, pending: Pending, chats: list[int], text: str) -> None:
        """The post was edited: the old cards lose their buttons, a new card shows the change."""
        self._sending.add(pending.id)
        try:
            await self.edit(pending.old_cards, REPLACED, None)
        finally:
            self._sending.discard(pending.id)
        if pending.status == WAITING:
            await self._send(pending, pending.targets or chats, text)
        else:  # refused after the edit: said, without buttons
            for chat_id in pending.targets or chats:
                await send(self.bot, chat_id, text)

    async def resend(self) -> None:
        """Send the card of every waiting approval to the chats it never reached."""
        for pending, missing in self.desk.book.undelivered(self.admins()):
            if pending.id not in self._sending:
                await self._send(pending, missing, self.desk.card_text(pending))

    async def settle(self, settled: list[tuple[Pending, str]]) -> None:
        """Edit the cards of the claims a restart cut short (buttons back when released)."""
        for pending, text in settled:
            buttons = self.markup(pending) if pending.status == WAITING else None
            await self.edit(pending.cards, text, buttons)

    async def edit(
        self, places: list[list[int]], text: str, markup: InlineKeyboardMarkup | None
    ) -> None:
        """Edit every card at these [chat, message] places."""
        for chat_id, message_id in places:
            await edit(self.bot, chat_id, message_id, text, markup)

    async def decide(
        self,
        query: Any,
        approve: bool,
        pid: str,
        user_id: int | None,
        version: str,
        share: float | None = None,
    ) -> None:
        """An Approve or Reject tap (or a share's: a partial close of that share)."""
        known = await self.desk.book.get(pid)
        v = int(version) if version.isdigit() else None
        if known is not None and v is not None and v != known.version:
            await answer(query, OUT_OF_DATE)  # the card shows a signal since edited
            return
        if known is not None and not _sent_with(known, query):
            # A button is bound to the card it was sent with: an id replayed on another
            # message (a crafted callback) decides nothing. A card whose id was never recorded
            # (a kill while it was sent) was replaced by the one resent after the restart.
            why = "This button does not belong to this card."
            if _carries(query):
                why = "This button does not belong to a card in use: use the newest card."
            await answer(query, why)
            return
        if approve:
            pending, why = await self.desk.claim(pid, user_id, v, share)
        else:
            pending, why = await self.desk.reject(pid, user_id, v)
        if pending is None:
            await answer(query, why)
            stale = await self.desk.book.get(pid)
            if stale is not None and stale.status == EXPIRED:
                text = self.desk.card_text(stale, EXPIRED_NOTE)
                await self.edit(stale.cards or _query_card(query), text, None)
            elif stale is not None and _carries(query):
                # Decided, yet this card still shows its buttons: a kill between the decision
                # and the card's edit lost the edit (a restart settles only what was still
                # executing). The tap puts the outcome back on the card.
                final = self.desk.final_text(stale)
                if final is not None:
                    await self.edit(stale.cards or _query_card(query), final, None)
            return
        if not approve:
            await answer(query, "Rejected.")
            await self.edit(pending.cards or _query_card(query), why, None)
            return
        await answer(query, "Approved: executing…")
        text = await self.desk.execute_claimed(pending, share)
        await self.edit(pending.cards or _query_card(query), text, None)

    async def _send(self, pending: Pending, chats: list[int], text: str) -> None:
        self._sending.add(pending.id)
        try:
            for chat_id in chats:
                sent = await send(self.bot, chat_id, text, self.markup(pending))
                if sent is not None:
                    await self.desk.book.attach_card(pending.id, chat_id, sent.message_id)
                    now = await self.desk.book.get(pending.id)
                    if now is not None and now.status == EXPIRED:
                        # Expired by the sweep while this card was on its way: the sweep
                        # edited the cards recorded then, not this one.
                        text = self.desk.card_text(now, EXPIRED_NOTE)
                        await edit(self.bot, chat_id, sent.message_id, text, None)
        finally:
            self._sending.discard(pending.id)


def _query_card(query: Any) -> list[list[int]]:
    msg = query.message
    return [[msg.chat.id, msg.message_id]] if msg is not None else []


def _sent_with(pending: Pending, query: Any) -> bool:
    """True when the tapped message is one of the cards sent for this approval."""
    return any(card in pending.cards for card in _query_card(query))


def _carries(query: Any) -> bool:
    """True when the tapped message (Telegram's copy) holds a button with this data."""
    markup = getattr(query.message, "reply_markup", None)
    rows = getattr(markup, "inline_keyboard", None) or ()
    return any(getattr(b, "callback_data", None) == query.data for row in rows for b in row)
