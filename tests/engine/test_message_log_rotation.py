"""The message log rotates by size, is read across its rotated files, and is read
incrementally (engine/adapters/message_log.py, the scoreboard's MessageTally)."""

from __future__ import annotations

import random
from pathlib import Path

import orjson

from engine.adapters.message_log import JsonlMessageLog, LogTail, read_messages, rotated
from engine.core import scoreboard as sb
from engine.core.scoreboard import MessageRecord, MessageTally, channel_scores

T0 = 1_764_000_000.0


def rec(n: int, outcome: str = sb.NOT_SIGNAL, chat: int = -1001, *why: str) -> MessageRecord:
    return MessageRecord(T0 + n, f"Channel {chat}", f"tg{chat}_{n}", outcome, tuple(why))


def line_size(r: MessageRecord) -> int:
    return len(orjson.dumps(r.to_dict())) + 1


def test_flush_when_file_would_pass_the_limit_then_rotated_and_only_keep_files_kept(
    tmp_path: Path,
) -> None:
    path = tmp_path / "messages.jsonl"
    size = line_size(rec(10))
    log = JsonlMessageLog(path, max_bytes=3 * size, keep=2)  # three lines a file
    for n in range(10, 20):  # one write each (outside an event loop)
        log.add(rec(n))
    log.close()
    # 10 lines: the newest file has 1, .1 has 3, .2 has 3; the 3 oldest were dropped.
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "messages.jsonl",
        "messages.jsonl.1",
        "messages.jsonl.2",
    ]
    for n in (0, 1, 2):
        assert rotated(path, n).stat().st_size <= 3 * size
    assert [r.signal_id for r in read_messages(rotated(path, 2), keep=0)] == [
        "tg-1001_13",
        "tg-1001_14",
        "tg-1001_15",
    ]
    # Read across the files, oldest first: every record kept, once.
    assert read_messages(path, keep=2) == [rec(n) for n in range(13, 20)]


def test_flush_when_log_reopened_then_rotation_counts_what_the_file_already_holds(
    tmp_path: Path,
) -> None:
    path = tmp_path / "messages.jsonl"
    size = line_size(rec(10))
    first = JsonlMessageLog(path, max_bytes=2 * size, keep=3)
    first.add(rec(10))
    first.add(rec(11))
    first.close()
    again = JsonlMessageLog(path, max_bytes=2 * size, keep=3)  # a restart
    again.add(rec(12))
    again.close()
    assert read_messages(rotated(path, 1), keep=0) == [rec(10), rec(11)]
    assert read_messages(path, keep=0) == [rec(12)]


def test_tail_when_log_rotates_between_reads_then_each_record_read_once(tmp_path: Path) -> None:
    path = tmp_path / "messages.jsonl"
    size = line_size(rec(10))
    log = JsonlMessageLog(path, max_bytes=3 * size, keep=5)
    tail = LogTail(path, keep=5)
    got: list[MessageRecord] = []
    n = 10
    for batch in (2, 1, 4, 7, 0, 3):
        for _ in range(batch):
            log.add(rec(n))
            n += 1
        new = tail.read()
        assert new is not None
        got += new
    log.close()
    assert got == [rec(i) for i in range(10, n)]
    # Less read than the whole log each time: what was read is not read again.
    total = sum(rotated(path, i).stat().st_size for i in range(6) if rotated(path, i).exists())
    assert tail.bytes_read == total


def test_tail_when_file_cut_short_under_it_then_says_so(tmp_path: Path) -> None:
    path = tmp_path / "messages.jsonl"
    log = JsonlMessageLog(path)
    log.add(rec(1))
    log.add(rec(2))
    tail = LogTail(path)
    assert tail.read() == [rec(1), rec(2)]
    path.write_bytes(b"")
    assert tail.read() is None
    tail.restart()
    assert tail.read() == []
    log.close()


def _reference(records: list[MessageRecord]) -> dict[str, tuple[int, int, dict[str, int]]]:
    """Per channel (seen, read, refused): each message counted once, by its latest record."""
    last: dict[str, MessageRecord] = {}
    seen: dict[str, int] = {}
    for m in records:
        if m.signal_id not in last:
            seen[str(sb.chat_of(m.signal_id))] = seen.get(str(sb.chat_of(m.signal_id)), 0) + 1
        last[m.signal_id] = m
    out = {k: (n, 0, {}) for k, n in seen.items()}
    for m in last.values():
        n, read, refused = out[str(sb.chat_of(m.signal_id))]
        if m.outcome in sb.SIGNALS:
            read += 1
            why = m.reasons[0] if m.outcome == sb.REFUSED else sb.NOT_TRADED.get(m.outcome)
            if why is not None:
                refused[why] = refused.get(why, 0) + 1
        out[str(sb.chat_of(m.signal_id))] = (n, read, refused)
    return out


def test_tally_when_records_arrive_in_batches_then_counts_match_a_whole_recount() -> None:
    rng = random.Random(5)
    outcomes = [sb.NOT_SIGNAL, sb.UPDATE, sb.READ, sb.TRADED, sb.REFUSED, sb.REJECTED, sb.EXPIRED]
    records = []
    for _ in range(400):
        n = rng.randrange(80)  # repeats: a card then its end, edits
        out = rng.choice(outcomes)
        why = (rng.choice(["missing stop loss", "margin"]),) if out == sb.REFUSED else ()
        records.append(rec(n, out, rng.choice([-1001, -1002, -1003]), *why))
    tally = MessageTally()
    done = 0
    while done < len(records):
        step = rng.randrange(1, 60)
        tally.add_all(records[done : done + step])
        done += step
        got = {s.key: (s.seen, s.read, s.refused) for s in channel_scores(tally)}
        assert got == _reference(records[:done])
