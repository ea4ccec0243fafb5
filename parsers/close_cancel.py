"""A close asked beside a cancel (session 22, branch i13-wa23): "#ETH close and cancel the other
orders", "Scenario cancelled, close the position", "#XRP Закрываем позицию, сценарий отменен",
"close 30%, cancel remaining entries".

parsers/updates.py reads a cancel before anything else, so such a post was a CANCEL: the bot
withdrew the unfilled entries and left the position open, against the channel's word to close it
(a wrong action). A close of the position ends its unfilled entries too (engine
`apply_update("CLOSE")`), so a close beside a cancel is the post's action: CLOSE. A partial
close beside a cancel asks two changes the engine does not do as one (a partial close keeps the
entries resting): it is read as the partial close with the reason nothing of it is done
(`problem`, shown by the bot), never one half of it silently.

The close must be asked now, in a clause of its own: a close told as done ("closed in profit,
cancel the rest of the orders", "Cancel, trade closed") leaves the cancel as read.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.close_share import close_share, fraction_of
from parsers.models import UpdateKind
from parsers.update_pair import says_close

# A close told as done, no instruction: "closed", "закрыт", "закрыли", "exited".
_DONE: Final = re.compile(r"closed|exited|закрыт\w{0,2}|закрыл\w{0,2}|зафиксир\w*")
_CLAUSE_MARK: Final = re.compile(r"[,;:.!?\n]|\s(?:and|then|и|затем)\s")

SEVERAL: Final = (
    "it closes part of the position and cancels orders, which are two changes: do them by hand"
)


def close_beside(
    low: str, cancel: re.Match[str]
) -> tuple[UpdateKind, float | None, int, str | None] | None:
    """The close a post asks beside its cancel word (at cancel): its kind, share, where its word
    is, and why it is not done (a partial close beside a cancel); None when it asks none."""
    close, frac = close_share(low)
    if (
        close is not None
        and frac is None
        and close.start() < cancel.start()
        and ("актуал" in cancel.group() or "актуал" in low[cancel.end() : cancel.end() + 12])
    ):
        # "Забрал профит и закрыл позицию, дальше сетап не актуален": the close, then why no
        # more of it (a state, no order to withdraw; i13-ru32: read as a cancel)
        return UpdateKind.CLOSE, None, close.start(), None
    if close is None or _DONE.fullmatch(close.group()) is not None:
        return None
    first, second = sorted((close, cancel), key=_start)
    if _CLAUSE_MARK.search(low, first.end(), second.start()) is None:
        return None  # ("cancel the close order": one clause, one action)
    if frac is not None:
        share = fraction_of(frac)
        return UpdateKind.CLOSE_PARTIAL, share, close.start(), SEVERAL
    if not says_close(close.group()):
        return None  # ("take", "secure" with no share: no close of the position)
    return UpdateKind.CLOSE, None, close.start(), None


def _start(m: re.Match[str]) -> int:
    return m.start()
