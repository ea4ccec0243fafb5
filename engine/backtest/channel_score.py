"""The scoreboard line of each channel a backtest replayed (the same figures `sigcopy report
--by-channel` shows for live books): what its messages became and what its trades made."""

from __future__ import annotations

from engine.backtest.replay_types import ReplayResult
from engine.core import scoreboard as sb


def replay_records(result: ReplayResult) -> list[sb.MessageRecord]:
    """Each replayed message as the desk would have recorded it."""
    out = []
    for o in result.outcomes:
        if o.kind == "signal":
            outcome = sb.TRADED if o.ok else sb.REFUSED
        else:
            outcome = sb.UPDATE if o.kind == "update" else sb.NOT_SIGNAL
        reasons = tuple(sb.reason_key(r) for r in o.refused) if outcome == sb.REFUSED else ()
        sid = f"{o.msg.source}#{o.msg.msg_id}"
        out.append(sb.MessageRecord(o.msg.time, o.msg.source, sid, outcome, reasons))
    return out


def replay_scores(result: ReplayResult) -> list[sb.ChannelScore]:
    """The channels' scores over the replay's messages and trades."""
    return sb.channel_scores(replay_records(result), result.engine.trades.values())


def format_replay_scores(result: ReplayResult) -> str:
    """A line per channel, as /channels and `sigcopy report --by-channel` show it."""
    lines = ["", "  per channel:"]
    for s in replay_scores(result):
        lines.append(f"  {s.name}: {sb.format_score_line(s)}")
    return "\n".join(lines)
