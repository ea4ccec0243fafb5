"""The desk's notes for the scoreboard per channel: each reply becomes a MessageRecord in the
message log (DATA_DIR/messages.jsonl, rotated by size), queued and written off the pipeline's
path. The figures are kept as they are read: each /channels reads only the lines added since
the one before (engine/adapters/message_log.LogTail)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from bot.approvals import Pending
from bot.book_trades import BookTrades
from bot.replies import (
    CARD,
    EDITED,
    EXECUTED_NOW,
    INVALID,
    NO_SIGNAL,
    REFUSED,
    REVIEW,
    UPDATE,
    Reply,
)
from engine.adapters.message_log import KEEP, MAX_BYTES, MESSAGE_LOG, JsonlMessageLog, LogTail
from engine.core import scoreboard as sb

_OUTCOME = {
    NO_SIGNAL: sb.NOT_SIGNAL,
    UPDATE: sb.UPDATE,
    CARD: sb.READ,
    EDITED: sb.READ,
    EXECUTED_NOW: sb.TRADED,
    REFUSED: sb.REFUSED,
    INVALID: sb.REFUSED,
    REVIEW: sb.REFUSED,
}  # IGNORED (a repeat) is not recorded


class MessageNotes:
    """Turns the desk's replies and approvals' ends into message-log records."""

    def __init__(self, log: JsonlMessageLog | None, now: Callable[[], float]) -> None:
        self.log = log
        self.now = now
        self._tail = LogTail(log.path, log.keep) if log is not None else None
        self._tally = sb.MessageTally()
        self._books: WeakKeyDictionary[Any, BookTrades] = WeakKeyDictionary()

    @classmethod
    def in_data_dir(cls, settings: Any, now: Callable[[], float]) -> MessageNotes:
        """Notes into DATA_DIR/messages.jsonl (none without a DATA_DIR)."""
        data_dir = getattr(settings, "DATA_DIR", None)
        if data_dir is None:
            return cls(None, now)
        mb = getattr(settings, "MESSAGE_LOG_MAX_MB", None)
        log = JsonlMessageLog(
            Path(data_dir) / MESSAGE_LOG,
            max_bytes=max(1, int(mb * 1024 * 1024)) if mb else MAX_BYTES,
            keep=getattr(settings, "MESSAGE_LOG_KEEP", KEEP),
        )
        return cls(log, now)

    def reply(
        self,
        reply: Reply,
        source: str | None,
        signal_id: str,
        is_edit: bool,
        posted_at: float | None,
        chat: tuple[int, str | None] | None = None,
    ) -> None:
        """What became of a message (an edit only when it leaves a signal: an edit must not
        turn a traded post into an update)."""
        if self.log is None:
            return
        outcome = _OUTCOME.get(reply.kind)
        if reply.kind == CARD and reply.pending is not None and reply.pending.action is not None:
            outcome = sb.UPDATE  # a follow-up waiting for approval
        elif reply.kind in (EXECUTED_NOW, EDITED) and not reply.ok:
            outcome = sb.REFUSED
        if outcome is None or (is_edit and outcome not in sb.SIGNALS):
            return
        when = posted_at if posted_at is not None else self.now()
        why = tuple(sb.reason_key(r) for r in reply.reasons)
        chat_id, username = chat if chat is not None else (None, None)
        record = sb.MessageRecord(
            when, source or "manual", signal_id, outcome, why, chat_id, username
        )
        self.log.add(record)

    def ended(self, p: Pending, outcome: str, reasons: tuple[str, ...] = ()) -> None:
        """An approval's end (traded, refused, rejected, expired)."""
        if self.log is None or p.action is not None:
            return
        why = tuple(sb.reason_key(r) for r in reasons)
        self.log.add(sb.MessageRecord(self.now(), p.source or "manual", p.signal_id, outcome, why))

    def tally(self) -> sb.MessageTally:
        """The message figures so far: what waits is written, then only the lines added since
        the last call are read (everything again if the log was cut short under it)."""
        if self.log is None or self._tail is None:
            return self._tally
        self.log.flush()
        new = self._tail.read()
        if new is None:
            self._tail.restart()
            self._tally = sb.MessageTally()
            new = self._tail.read() or []
        self._tally.add_all(new)
        return self._tally

    async def scores(self, store: Any) -> list[sb.ChannelScore]:
        """The scoreboard of the book behind `store` (for /channels): these records and its
        trades (only those written since the last call are read: bot/book_trades.py); look a
        channel up with scoreboard.find_score, show it with format_score_line."""
        book = self._books.get(store)
        if book is None:
            book = self._books[store] = BookTrades(store)
        return sb.channel_scores(self.tally(), await book.current())

    def close(self) -> None:
        """Write what waits."""
        if self.log is not None:
            self.log.close()
