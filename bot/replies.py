"""What the desk makes of a message: the reply kinds and the Reply itself."""

from __future__ import annotations

from dataclasses import dataclass

from bot.approvals import Pending

CARD = "card"  # a card waiting for approval (pending is set)
EXECUTED_NOW = "executed"  # auto mode: executed at once
REFUSED = "refused"  # the preview was refused by the risk rules
NO_SIGNAL = "no_signal"
INVALID = "invalid"  # looked like a signal but something is missing
REVIEW = "review"  # read, but part of it not with certainty: never traded, shown to the admins
UPDATE = "update"  # a follow-up was applied
EDITED = "edited"  # an edit changed a waiting approval (pending is set)
IGNORED = "ignored"


@dataclass
class FollowUp:
    """A follow-up the bot derived itself (an edit of a traded post), shaped like a parsed one."""

    kind: str
    symbol: str | None = None
    price: float | None = None
    to_entry: bool = False
    fraction: float | None = None


@dataclass
class Reply:
    """What the desk made of a message."""

    kind: str
    text: str
    pending: Pending | None = None
    ok: bool = True
    signal_id: str | None = None  # the signal (trade id) this reply is about
    reasons: tuple[str, ...] = ()  # why a signal was not traded
