"""What the desk's message intake (desk_messages.py) and follow-ups (desk_followups.py) use of
the Desk (desk.py) that calls them: exactly these attributes and methods. They take a
DeskParts, not the Desk, so they need not import desk.py (which imports them): no import
circle. Desk satisfies it (mypy checks each call)."""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from typing import Any, Protocol

from bot.approvals import ApprovalBook, Pending
from config.channels import ChannelMatch


class DeskParts(Protocol):
    """The Desk's state and calls that its message functions read."""

    engine: Any
    parser: Any
    book: ApprovalBook
    _handled: OrderedDict[str, str]  # signal id -> what happened

    def confirms(self, channel: ChannelMatch | None) -> bool: ...

    def card_text(self, pending: Pending, footer: str | None = None) -> str: ...

    def _lock_for(self, key: str) -> asyncio.Lock: ...

    def _count_refusal(self, signal_id: str, reasons: list[str]) -> None: ...

    def _remember(self, signal_id: str, what: str) -> None: ...
