"""The scoreboard per channel (issue 17.3): what each channel's messages became and what its
trades made. Pure: records in, typed scores out (the CLI, the bot and the backtest read them).

A channel is keyed by its chat id where the record or the signal id carries one
(`tg<chat id>_<message id>`, as both the Bot API path and the user-account listener name posts),
else by its name. A record also carries the channel's @username when the post came with one, so
a channel that channels.toml lists by @username only finds its figures.

The message figures are kept in a `MessageTally` that takes records one at a time, so a reader
of the message log adds only the lines written since it last read (bot/message_notes.py).
"""

from __future__ import annotations

import re
from collections import Counter, OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from engine.domain.trade import Trade, TradeStatus

# What became of one message (a MessageRecord's outcome).
NOT_SIGNAL = "not_signal"  # seen, nothing to trade in it
UPDATE = "update"  # a follow-up (move the stop, close, ...)
READ = "read"  # read as a signal, waiting for approval
TRADED = "traded"  # sent to the engine and opened
REFUSED = "refused"  # read as a signal, not traded: reasons say why
REJECTED = "rejected"  # the user said no on its card
EXPIRED = "expired"  # its card waited past APPROVAL_TIMEOUT_MINUTES
OUTCOMES = (NOT_SIGNAL, UPDATE, READ, TRADED, REFUSED, REJECTED, EXPIRED)
SIGNALS = frozenset({READ, TRADED, REFUSED, REJECTED, EXPIRED})  # the ones read as a signal
NOT_TRADED = {REJECTED: "rejected on its card", EXPIRED: "approval expired"}

_CHAT = re.compile(r"^tg(-\d+)_\d+$")
ZERO = Decimal(0)


def chat_of(signal_id: str | None) -> int | None:
    """The channel or group id in a signal id (`tg-100123_45` -> -100123), else None
    (private chats, forwards from people, backtest ids)."""
    m = _CHAT.match(signal_id or "")
    return int(m.group(1)) if m else None


@dataclass(frozen=True)
class MessageRecord:
    """One message the pipeline saw, and what became of it (the message log's line)."""

    time: float
    source: str
    signal_id: str
    outcome: str
    reasons: tuple[str, ...] = ()
    chat_id: int | None = None  # the posting chat, where known
    username: str | None = None  # its @username (without the @), where it has one

    def to_dict(self) -> dict[str, Any]:
        """The message log's JSON line."""
        d: dict[str, Any] = {
            "time": self.time,
            "source": self.source,
            "id": self.signal_id,
            "outcome": self.outcome,
        }
        if self.reasons:
            d["reasons"] = list(self.reasons)
        if self.chat_id is not None:
            d["chat"] = self.chat_id
        if self.username:
            d["username"] = self.username
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> MessageRecord:
        """Inverse of to_dict (KeyError/ValueError for a line that is not one)."""
        outcome = str(d["outcome"])
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown outcome {outcome!r}")
        reasons = tuple(str(r) for r in d.get("reasons") or ())
        chat = d.get("chat")
        user = d.get("username")
        return cls(
            float(d["time"]),
            str(d["source"]),
            str(d["id"]),
            outcome,
            reasons,
            int(chat) if chat is not None else None,
            str(user) if user else None,
        )

    @property
    def chat(self) -> int | None:
        """The posting chat: the record's own, else the one its signal id names."""
        return self.chat_id if self.chat_id is not None else chat_of(self.signal_id)


def reason_key(reason: Any) -> str:
    """A refusal counted by its stable kind (a risk Reason), else by its own words."""
    return str(getattr(reason, "kind", None) or reason)


@dataclass
class ChannelScore:
    """One channel's figures in one book."""

    key: str  # the chat id as text, or the channel's name
    name: str
    chat_id: int | None = None
    username: str | None = None  # its @username (without the @), when a post carried one
    seen: int = 0  # messages (edits and repeats not counted again)
    read: int = 0  # of which read as a signal
    refused: dict[str, int] = field(default_factory=dict)  # why not traded -> how many
    traded: int = 0  # trades whose entry filled
    closed: int = 0
    wins: int = 0
    pnl: Decimal = ZERO  # realized, after fees
    r_sum: float = 0.0
    r_count: int = 0  # closed trades whose initial risk to the stop is known
    largest_loss: Decimal | None = None
    last_signal: float | None = None
    # Each closed trade's (close time, net PnL), oldest first: the equity curve.
    closes: list[tuple[float, Decimal]] = field(default_factory=list)

    @property
    def refused_total(self) -> int:
        """Signals read but not traded, whatever the reason."""
        return sum(self.refused.values())

    @property
    def win_rate(self) -> float | None:
        """Share of closed trades that made money; None before the first close."""
        return self.wins / self.closed if self.closed else None

    @property
    def avg_r(self) -> float | None:
        """Mean result of the closed trades in units of their initial risk to the stop."""
        return self.r_sum / self.r_count if self.r_count else None


def trade_r(t: Trade) -> float | None:
    """Net result / initial risk to the stop (the stop it opened with); None when unknown."""
    sl = t.initial_sl if t.initial_sl is not None else None
    avg = t.avg_entry
    if sl is None or avg is None or not t.entry_qty:
        return None
    risk = abs(avg - sl) * t.entry_qty
    return float(t.net_pnl / risk) if risk else None


def _norm(username: str | None) -> str | None:
    return username.lstrip("@").lower() if username else None


class _Board:
    def __init__(self) -> None:
        self.scores: dict[str, ChannelScore] = {}

    def of(self, chat: int | None, source: str | None, username: str | None = None) -> ChannelScore:
        name = source or "manual"
        key = str(chat) if chat is not None else name
        score = self.scores.get(key)
        if score is None:
            score = self.scores[key] = ChannelScore(key, name, chat)
        elif name != score.name and name != key:
            score.name = name  # the newest name a channel had (records come oldest first)
        if username:
            score.username = _norm(username)
        return score


# Messages whose latest outcome a tally remembers: a later record of one of them (an edit, an
# approval's end) replaces its earlier outcome. Cards end within APPROVAL_TIMEOUT_MINUTES and
# edits come soon after their post, far fewer messages later than this.
RECENT_MESSAGES = 4096


class MessageTally:
    """The message figures per channel (seen / read / refused by reason / last signal), kept up
    to date one record at a time, oldest first. A message's figures are its latest record's
    (an approval's end replaces its card's "read"); each message counts once in `seen`.

    Memory is bounded: counts per channel and reason, and the latest outcome of only the
    `recent` newest messages (a record for a message older than those counts as a new one)."""

    def __init__(self, recent: int = RECENT_MESSAGES) -> None:
        self.board = _Board()
        self.recent = recent
        # signal id -> (channel key, counted as read, why not traded): its latest record's
        # part, least recently seen first (evicted beyond `recent`)
        self._last: OrderedDict[str, tuple[str, bool, str | None]] = OrderedDict()

    @property
    def remembered(self) -> int:
        """How many messages' latest outcomes are kept (at most `recent`)."""
        return len(self._last)

    @classmethod
    def of(cls, messages: Iterable[MessageRecord]) -> MessageTally:
        """A tally of these records."""
        tally = cls()
        tally.add_all(messages)
        return tally

    def add_all(self, messages: Iterable[MessageRecord]) -> None:
        """Add records, oldest first."""
        for m in messages:
            self.add(m)

    def add(self, m: MessageRecord) -> None:
        """One more record (the newest so far)."""
        score = self.board.of(m.chat, m.source, m.username)
        prev = self._last.get(m.signal_id)
        if prev is None:
            score.seen += 1
        else:  # the message's earlier outcome gives way to this one
            key, was_read, why = prev
            old = self.board.scores[key]
            old.read -= was_read
            if why is not None:
                left = old.refused[why] - 1
                if left:
                    old.refused[why] = left
                else:
                    del old.refused[why]
        read = m.outcome in SIGNALS
        why = None
        if read:
            score.read += 1
            score.last_signal = max(score.last_signal or m.time, m.time)
            if m.outcome == REFUSED:
                why = reason_key(m.reasons[0]) if m.reasons else "refused"
            elif m.outcome in NOT_TRADED:
                why = NOT_TRADED[m.outcome]
            if why is not None:
                score.refused[why] = score.refused.get(why, 0) + 1
        last = self._last
        last[m.signal_id] = (score.key, read, why)
        last.move_to_end(m.signal_id)
        if len(last) > self.recent:
            last.popitem(last=False)


def channel_scores(
    messages: Iterable[MessageRecord] | MessageTally, trades: Iterable[Trade] = ()
) -> list[ChannelScore]:
    """Every channel's score, busiest first: messages (oldest first, or already tallied) and
    one book's trades. A tally passed in is not changed."""
    tally = messages if isinstance(messages, MessageTally) else MessageTally.of(messages)
    board = _Board()
    for key, s in tally.board.scores.items():
        board.scores[key] = replace(s, refused=dict(s.refused), closes=[])
    for t in sorted(trades, key=lambda t: (t.closed_at or t.opened_at, t.trade_id)):
        if not t.entry_qty:
            continue
        score = board.of(chat_of(t.trade_id), t.source)
        score.traded += 1
        score.last_signal = max(score.last_signal or t.opened_at, t.opened_at)
        score.pnl += t.net_pnl
        if t.status != TradeStatus.CLOSED:
            continue
        score.closed += 1
        score.wins += t.net_pnl > 0
        score.closes.append((t.closed_at or t.opened_at, t.net_pnl))
        if t.net_pnl < 0 and (score.largest_loss is None or t.net_pnl < score.largest_loss):
            score.largest_loss = t.net_pnl
        r = trade_r(t)
        if r is not None:
            score.r_sum += r
            score.r_count += 1
    for s in board.scores.values():
        s.refused = dict(Counter(s.refused).most_common())
    return sorted(board.scores.values(), key=lambda s: (-s.seen, -s.traded, s.name))


def find_score(
    scores: Iterable[ChannelScore],
    chat_id: int | None = None,
    name: str | None = None,
    username: str | None = None,
) -> ChannelScore | None:
    """The score of a channel by chat id, else by @username (its posts name the chat id it
    has), else by name; None when it has none yet."""
    scores = list(scores)
    for s in scores:
        if chat_id is not None and s.chat_id == chat_id:
            return s
    user = _norm(username)
    for s in scores:
        if user is not None and s.username == user:
            return s
    for s in scores:
        if name is not None and s.chat_id is None and s.name == name:
            return s
    return None


def _when(ts: float | None) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M") if ts else "never"


def format_score_line(score: ChannelScore) -> str:
    """One line: counts, win rate, P&L, average R, largest loss, last signal."""
    parts = [
        f"{score.seen} seen",
        f"{score.read} read",
        f"{score.refused_total} refused",
        f"{score.traded} traded",
    ]
    if score.win_rate is not None:
        parts.append(f"win {score.win_rate * 100:.0f}%")
    parts.append(f"P&L {score.pnl:+,.2f}")
    if score.avg_r is not None:
        parts.append(f"avg R {score.avg_r:+.2f}")
    if score.largest_loss is not None:
        parts.append(f"worst {score.largest_loss:,.2f}")
    parts.append(f"last signal {_when(score.last_signal)}")
    return " · ".join(parts)


def format_scoreboard(scores: list[ChannelScore], book: str | None = None) -> str:
    """The scoreboard as text: a line per channel, then why its signals were not traded."""
    head = f"Channels · book {book}" if book else "Channels"
    if not scores:
        return f"{head}\n  no messages or trades recorded yet"
    lines = [head]
    for s in scores:
        ident = f" ({s.chat_id})" if s.chat_id is not None else ""
        lines.append(f"  {s.name}{ident}")
        lines.append(f"    {format_score_line(s)}")
        for why, n in s.refused.items():
            lines.append(f"      {n:>4} refused: {why}")
    return "\n".join(lines)
