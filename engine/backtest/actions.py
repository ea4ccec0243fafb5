"""Channel messages become actions: a new signal, or a follow-up on an earlier one."""

from __future__ import annotations

from dataclasses import dataclass, field

from engine.backtest.signals_io import Message
from engine.domain.channel_limits import ChannelLimits
from engine.domain.signal import Signal
from parsers import EnhancedParser, SignalUpdate


@dataclass
class Outcome:
    """What became of one message (for the report's counts)."""

    msg: Message
    kind: str = "none"  # none | signal | update
    trade_id: str | None = None
    refused: list[str] = field(default_factory=list)
    ok: bool = False


@dataclass
class Action:
    """A message the engine acts on at the open of the first bar at or after its time."""

    seq: int
    outcome: Outcome
    signal: Signal | None = None
    update: SignalUpdate | None = None
    target: str | None = None  # trade id of the signal a reply (or the source's last post) names
    pos: int = 0  # global bar position it acts at (set by the replay)


def read_actions(
    messages: list[Message],
    parser: EnhancedParser | None = None,
    limits: ChannelLimits | None = None,
) -> tuple[list[Outcome], list[Action]]:
    """Parse every message: signals and updates become actions; invalid signals are refused.
    limits: the channel's own settings (channels.toml), carried by each of its signals."""
    parser = parser or EnhancedParser()
    outcomes: list[Outcome] = []
    actions: list[Action] = []
    by_msg: dict[tuple[str, str], str] = {}  # (source, message id) -> trade id
    last_of: dict[str, str] = {}  # source -> trade id of its latest signal
    for seq, msg in enumerate(messages):
        out = Outcome(msg)
        outcomes.append(out)
        upd = parser.parse_update_sync(msg.text)
        if upd is not None:
            out.kind = "update"
            target = by_msg.get((msg.source, msg.reply_to)) if msg.reply_to else None
            if target is None and upd.symbol is None:
                target = last_of.get(msg.source)  # "move SL to entry" right after its signal
            actions.append(Action(seq, out, update=upd, target=target))
            continue
        parsed = parser.parse_sync(msg.text)
        if parsed is None:
            continue
        out.kind = "signal"
        if not parsed.is_valid():
            out.refused = list(parsed.errors) or ["not a complete signal"]
            continue
        trade_id = f"m{seq}"  # short and deterministic: client order ids derive from it
        out.trade_id = trade_id
        by_msg[(msg.source, msg.msg_id)] = trade_id
        last_of[msg.source] = trade_id
        signal = parsed.to_signal(msg.source, trade_id)
        signal.limits = limits
        actions.append(Action(seq, out, signal=signal))
    return outcomes, actions
