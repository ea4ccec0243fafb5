"""A close word said of who did it, or of a time gone by, not asked of the reader (made up:
"Congratulations to everyone who entered and exited in our signal!", "Here we are with more
than $120k (85%) since our last exit"): a thanks or a results post's count, no instruction.
parsers/followup_guard.py asks it of a post read as an action (each was read as a close of all,
a wrong action on a promotion).

    "everyone who exited"       a relative clause: the readers who did it, told
    "all of you who closed"     the same
    "since our last exit"       a point in the past the count starts from

A close asked stays read: "Everyone close now", "those in the trade: exit here", "Exit now,
who is still in".
"""

from __future__ import annotations

import re
from typing import Final

# Before the word, in its clause: "everyone who (joined and) ", "since our last ".
_WHO_BEFORE: Final = re.compile(
    r"(?<![a-z])(?:(?:everyone|everybody|all|those|anyone|people|members|traders|friends"
    r"|all\sof\syou|those\sof\syou)\swho\s(?:(?:had|have|already|also|just|successfully)\s)?"
    r"(?:[a-z'’]+\s(?:and|&)\s)?(?:[a-z'’]+\s)?"
    r"|since\s(?:our|the|my|your)\s(?:last|previous|first)\s)$"
)
_LOOK_BACK: Final = 64


def said_of_readers(low: str, at: int | None) -> str | None:
    """Why the action word at low[at] asks nothing of the reader (see above), or None."""
    if at is None or ("who " not in low and "since " not in low):
        return None
    start = max(low.rfind("\n", 0, at) + 1, at - _LOOK_BACK)
    if _WHO_BEFORE.search(low[start:at]) is not None:
        return "a thanks or a count, told"
    return None
