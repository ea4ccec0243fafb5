"""A post quoting a whole call with its targets ticked off: a report of the targets reached.

parsers/enhanced.py drops a follow-up read from a post that holds a whole call (entry, targets,
stop): a new call may say "close below 0.04" or "cancel if ...". One whose targets are ticked
off is no new call but the call posted again as a report ("Sell : 0.29✅ - 0.45 ✅", "✅ TP1 145
/ ✅ TP2 150 / TP3 155"); a close said over it ("Trade Close ✅ (FHEUSDT Perp)") is the channel's
own trade closed (CONVENTIONS: a report that the channel closed it is a close); a close read
anywhere else in it ("SL: 135 (close below on 4H)") is no close: the report is of the targets.
"""

from __future__ import annotations

from dataclasses import replace

from parsers.models import SignalUpdate, UpdateKind
from parsers.normalize import lower, normalize
from parsers.update_targets import ticked_target, tp_index
from parsers.updates import read_update


def ticked_card(text: str, update: SignalUpdate) -> SignalUpdate | None:
    """What a call posted again with its targets ticked off reports: the target hit, or the close
    its heading says; None when the targets are not ticked (a new call)."""
    low = lower(normalize(text))
    if update.kind not in (UpdateKind.TP_HIT, UpdateKind.CLOSE) or not ticked_target(low):
        return None
    if update.kind is UpdateKind.TP_HIT:
        return update
    head = next((line for line in text.split("\n") if line.strip()), "")
    if (said := read_update(head)) is not None and said.kind is UpdateKind.CLOSE:
        return update  # "Trade Closed ✅ (SOLUSDT Perp)" heading the card: the channel closed it
    return replace(update, kind=UpdateKind.TP_HIT, tp_index=tp_index(low, reached=True))
