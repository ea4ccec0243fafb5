"""Two actions in one follow-up: "Close 50% and move SL to entry".

Such a post asks for a partial close of the stated share, then a stop move: it is read as both,
in that order (SignalUpdate.kind CLOSE_PARTIAL, then MOVE_SL), and the engine performs both.
When either part cannot be read with certainty - how much to close, or where the stop goes -
the update carries the reason (`problem`) and nothing of it is done: never half of it, silently.
"""

from __future__ import annotations

import re
from typing import Final

# A close verb that says "close" even with no share after it ("Close and move SL to entry":
# how much is unread). Softer verbs ("take", "secure", "book") close only with a share: "move
# the stop to entry to secure profits" closes nothing.
_SAYS_CLOSE: Final = re.compile(r"clos|закр|cerr|fech|kapat|schlie|đóng|بستن|ببندید|平仓")

UNREAD_SHARE: Final = (
    "it closes part of the position and moves the stop, but how much to close could not be read"
)
UNREAD_STOP: Final = (
    "it closes part of the position and moves the stop, but where the stop goes could not be read"
)


# "Close 70-80%": a range, not one share.
_RANGE_BEFORE: Final = re.compile(r"[0-9]\s?[-–~]\s?$")
# "%50'sini ... kapatıyor" (Turkish writes the sign first, the verb last): the share before the
# verb, in the same sentence, with no other number between.
_SHARE_BEFORE: Final = re.compile(r"%\s?(?P<p>[0-9]{1,3})(?![0-9.,])[^0-9.!?\n]{0,40}$")


def share(low: str, frac_start: int | None, pct: float | None, verb_start: int) -> float | None:
    """The share to close: the one read after the verb unless it is a range; else a "%50"
    written before the verb in its sentence; None when unread."""
    if frac_start is not None:
        return None if _RANGE_BEFORE.search(low, max(0, frac_start - 4), frac_start) else pct
    m = _SHARE_BEFORE.search(low, max(0, verb_start - 48), verb_start)
    if m is None:
        return None
    value = int(m.group("p"))
    return value / 100.0 if 0 < value <= 100 else None


def says_close(verb: str) -> bool:
    """True when the close verb alone asks for a close (its share may be unread)."""
    return _SAYS_CLOSE.match(verb) is not None


def problem(fraction: float | None, price: float | None, to_entry: bool) -> str | None:
    """Why a close-then-move post cannot be acted on as read, or None."""
    if fraction is None:
        return UNREAD_SHARE
    if price is None and not to_entry:
        return UNREAD_STOP
    return None
