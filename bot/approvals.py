"""Pending approvals: stored through the engine's Store, expiring, claimed once.

A card's buttons carry only an opaque random id ("a:<id>"); the signal itself stays here.
Claiming is guarded by one asyncio lock and a status check, so a double tap executes once.
"""

from __future__ import annotations

import asyncio
import secrets
from dataclasses import asdict, dataclass, field
from typing import Any

from engine.domain.signal import Signal

KIND = "pending"
WAITING = "waiting"
EXECUTING = "executing"
EXECUTED = "executed"
REJECTED = "rejected"
EXPIRED = "expired"
FAILED = "failed"
OPEN_STATUSES = (WAITING,)
OUT_OF_DATE = "This card is out of date: the post was edited. Use the new card."
UNFINISHED = (WAITING, EXECUTING)  # what a restart must pick up


@dataclass
class Pending:
    """One signal waiting for an admin's tap, and where its cards are."""

    id: str
    signal: dict[str, Any]
    card: str  # the card body, without footer
    created_at: float
    expires_at: float
    status: str = WAITING
    cards: list[list[int]] = field(default_factory=list)  # [[chat_id, message_id], ...]
    targets: list[int] = field(default_factory=list)  # chats its card is for (empty: admins)
    version: int = 1  # the signal's version its cards show; an edit makes a new one
    old_cards: list[list[int]] = field(default_factory=list)  # cards of earlier versions
    action: dict[str, Any] | None = None  # a follow-up's (bot.followups.Action), not a signal
    source: str | None = None
    result: str | None = None
    decided_by: int | None = None

    @property
    def signal_id(self) -> str:
        """The trade id the signal will get."""
        return str(self.signal.get("signal_id"))

    def to_signal(self) -> Signal:
        """Rebuild the Signal to hand to the engine."""
        return Signal.from_dict(self.signal)

    def to_dict(self) -> dict[str, Any]:
        """The record stored under kind "pending"."""
        return asdict(self)

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Pending:
        """From whatever shape the store returns (the data dict, or a row holding it)."""
        data = record.get("data") if isinstance(record.get("data"), dict) else record
        assert isinstance(data, dict)
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        p = cls(**known)
        if isinstance(record.get("status"), str) and record is not data:
            p.status = record["status"]
        return p


def signal_record(signal: Signal) -> dict[str, Any]:
    """A signal as stored in a pending approval."""
    d = signal.to_dict()
    d["raw_text"] = signal.raw_text
    return d


class ApprovalBook:
    """Pending approvals, cached in memory and written through to the Store."""

    def __init__(self, store: Any, clock: Any, timeout_s: float) -> None:
        self._store = store
        self._clock = clock
        self.timeout_s = timeout_s
        self._by_id: dict[str, Pending] = {}
        self._lock = asyncio.Lock()
        self._loaded = False

    async def load(self) -> None:
        """Read the approvals still waiting, or claimed and never finished (after a restart)."""
        if self._loaded:
            return
        self._loaded = True
        for rec in await self._store.load(KIND, UNFINISHED):
            p = Pending.from_record(rec)
            if p.status in UNFINISHED:
                self._by_id.setdefault(p.id, p)

    def unfinished(self) -> list[Pending]:
        """Approvals claimed for execution whose outcome was never recorded (a kill between)."""
        return [p for p in self._by_id.values() if p.status == EXECUTING]

    async def release(self, p: Pending) -> None:
        """Put a claim that never executed back to waiting (it can be approved again)."""
        async with self._lock:
            if p.status == EXECUTING:
                p.status = WAITING
                p.decided_by = None
                await self._save(p)

    def now(self) -> float:
        """The engine's clock."""
        return float(self._clock.time())

    async def create(
        self,
        signal: Signal,
        card: str,
        source: str | None = None,
        *,
        flush: bool = True,
        posted_at: float | None = None,
    ) -> Pending:
        """Store a new approval (flush=False: queued, committed by attach_card once sent).

        Its time runs from posted_at when given: a post that reaches the bot late (Telegram was
        unreachable) gets only what is left of its time, or arrives already expired.
        """
        await self.load()
        now = self.now()
        start = now if posted_at is None else min(now, posted_at)
        p = Pending(
            id=secrets.token_urlsafe(9),
            signal=signal_record(signal),
            card=card,
            created_at=now,
            expires_at=start + self.timeout_s,
            source=source,
        )
        self._by_id[p.id] = p
        if flush:
            await self._save(p)
        else:
            self._store.put(KIND, p.id, p.status, p.to_dict())
        return p

    async def create_action(
        self, signal_id: str, action: dict[str, Any], card: str, source: str | None
    ) -> Pending:
        """Store a new approval for a follow-up (queued, committed with its card's sending)."""
        await self.load()
        now = self.now()
        p = Pending(
            id=secrets.token_urlsafe(9),
            signal={"signal_id": signal_id, "symbol": action.get("symbol")},
            card=card,
            created_at=now,
            expires_at=now + self.timeout_s,
            source=source,
            action=action,
        )
        self._by_id[p.id] = p
        self._store.put(KIND, p.id, p.status, p.to_dict())
        return p

    async def attach_card(self, pending_id: str, chat_id: int, message_id: int) -> None:
        """Remember where a card for this approval was sent (to edit it later)."""
        p = self._by_id.get(pending_id)
        if p is None:
            return
        p.cards.append([int(chat_id), int(message_id)])
        await self._save(p)

    async def save(self, pending: Pending) -> None:
        """Commit an approval (and whatever else is queued in the store)."""
        await self._save(pending)

    async def get(self, pending_id: str) -> Pending | None:
        """An approval by id, from memory or the store."""
        await self.load()
        p = self._by_id.get(pending_id)
        if p is None:
            rec = await self._store.get(KIND, pending_id)
            if rec is not None:
                p = Pending.from_record(rec)
                self._by_id[p.id] = p
        return p

    def find_by_signal(self, signal_id: str, *, waiting_only: bool = True) -> Pending | None:
        """The approval for a signal id (e.g. to update it when the post is edited)."""
        for p in self._by_id.values():
            if p.signal_id == signal_id and (p.status == WAITING or not waiting_only):
                return p
        return None

    def find_by_card(self, chat_id: int, message_id: int) -> Pending | None:
        """The approval a card message belongs to."""
        for p in self._by_id.values():
            if [chat_id, message_id] in p.cards or [chat_id, message_id] in p.old_cards:
                return p
        return None

    def undelivered(self, default_targets: list[int]) -> list[tuple[Pending, list[int]]]:
        """Waiting approvals with chats their card never reached, and those chats."""
        out = []
        for p in self.waiting():
            have = {chat for chat, _ in p.cards}
            missing = [c for c in (p.targets or default_targets) if c not in have]
            if missing:
                out.append((p, missing))
        return out

    def waiting(self) -> list[Pending]:
        """Approvals still waiting and not yet expired, oldest first."""
        now = self.now()
        items = [p for p in self._by_id.values() if p.status == WAITING and p.expires_at > now]
        return sorted(items, key=lambda p: p.created_at)

    async def claim(
        self, pending_id: str, new_status: str, user_id: int | None, version: int | None = None
    ) -> tuple[Pending | None, str]:
        """Move a waiting approval to new_status exactly once; (None, why) when it cannot be.

        With version: only when the approval still holds that version of the signal (the
        card tapped shows exactly what would execute).
        """
        async with self._lock:
            p = await self.get(pending_id)
            if p is None:
                return None, "This approval is unknown."
            if version is not None and version != p.version:
                return None, OUT_OF_DATE
            if p.status != WAITING:
                return None, f"Already {p.status}."
            if self.now() >= p.expires_at:
                p.status = EXPIRED
                await self._save(p)
                return None, "This approval has expired."
            p.status = new_status
            p.decided_by = user_id
            await self._save(p)
            return p, ""

    async def update_signal(self, p: Pending, signal: Signal, card: str) -> bool:
        """Replace the signal of a waiting approval (the post was edited).

        False when a tap got there first: the card then keeps what was really traded. The
        cards sent so far show the old version: they become old cards, whose buttons refuse.
        """
        async with self._lock:
            if p.status != WAITING:
                return False
            p.signal = signal_record(signal)
            p.card = card
            p.version += 1
            p.old_cards.extend(p.cards)
            p.cards = []
            await self._save(p)
            return True

    async def finish(self, p: Pending, status: str, result: str | None = None) -> None:
        """Record the outcome of an approval."""
        p.status = status
        p.result = result
        await self._save(p)

    async def expire_due(self) -> list[Pending]:
        """Mark every waiting approval past its time as expired; returns them."""
        async with self._lock:
            now = self.now()
            due = [p for p in self._by_id.values() if p.status == WAITING and p.expires_at <= now]
            for p in due:
                p.status = EXPIRED
                self._store.put(KIND, p.id, p.status, p.to_dict())
            if due:
                await self._store.flush()
            # Keep memory bounded: finished approvals are in the store if ever needed.
            for pid in [k for k, v in self._by_id.items() if v.status not in (WAITING,)]:
                if self._by_id[pid].expires_at < now - 3600:
                    del self._by_id[pid]
            return due

    async def _save(self, p: Pending) -> None:
        self._store.put(KIND, p.id, p.status, p.to_dict())
        await self._store.flush()
