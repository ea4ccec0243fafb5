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

from parsers.followup_more import closed
from parsers.models import SignalUpdate, UpdateKind
from parsers.normalize import lower, normalize
from parsers.update_targets import ticked_target, tp_index
from parsers.updates import read_update


def ticked_card(text: str, update: SignalUpdate) -> SignalUpdate | None:
    """What a call posted again with its targets ticked off reports: the target hit, or the close
    its heading says; None when the targets are not ticked (a new call)."""
    low = lower(normalize(text))
    if update.kind not in (UpdateKind.TP_HIT, UpdateKind.CLOSE):
        return None
    ticked = ticked_target(low)
    if update.kind is UpdateKind.TP_HIT:
        return update if ticked else None
    lines = [line for line in text.split("\n") if line.strip()]
    for line in (lines[0], lines[-1]) if lines else ():
        said = read_update(line)
        if said is None or said.kind is not UpdateKind.CLOSE:
            continue
        if ticked and line is lines[0]:
            return (
                update  # "Trade Closed ✅ (SOLUSDT Perp)" heading the card: the channel closed it
            )
        if closed(lower(normalize(line))):
            # "#ETH/USDT closed ✅" over the card, "Trade closed ✅ Profit 45%" under it, its
            # targets ticked or not: the report of the channel's trade closed, told done (a new
            # call saying "close below 0.04" tells nothing closed; session 24, i13-upd25).
            return update
    if not ticked:
        return None
    return replace(update, kind=UpdateKind.TP_HIT, tp_index=tp_index(low, reached=True))
