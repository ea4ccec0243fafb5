"""MessageTally keeps counts per channel and reason and the latest outcome of only the newest
messages (engine/core/scoreboard.py): its memory stays bounded however many messages it sees,
and its counts stay those of every message's latest record."""

from __future__ import annotations

import random
import tracemalloc
from collections import Counter

from engine.core import scoreboard as sb

CHATS = (-1001, -1002, -1003)
WHY = ("stale", "no stop", "risk too high")


def _stream(n: int, seed: int = 7) -> list[sb.MessageRecord]:
    """n posts over three channels, each edited or ended (approval) a few posts later at times."""
    rng = random.Random(seed)
    out: list[sb.MessageRecord] = []
    later: list[tuple[int, sb.MessageRecord]] = []
    for i in range(n):
        chat = CHATS[i % 3]
        sid = f"tg{chat}_{i}"
        outcome = rng.choice(sb.OUTCOMES)
        reasons = (rng.choice(WHY),) if outcome == sb.REFUSED else ()
        out.append(sb.MessageRecord(float(i), "feed", sid, outcome, reasons))
        if outcome == sb.READ:  # its card ends a few posts later
            end = rng.choice((sb.TRADED, sb.REJECTED, sb.EXPIRED, sb.REFUSED))
            why = (rng.choice(WHY),) if end == sb.REFUSED else ()
            later.append(
                (i + rng.randint(1, 50), sb.MessageRecord(float(i) + 0.5, "feed", sid, end, why))
            )
        while later and later[0][0] <= i:
            out.append(later.pop(0)[1])
        later.sort(key=lambda x: x[0])
    return out + [r for _, r in later]


def _reference(
    records: list[sb.MessageRecord],
) -> dict[str, tuple[int, int, dict[str, int], float | None]]:
    """Per channel (seen, read, refused by reason, last signal) from every message's latest record."""
    latest: dict[str, sb.MessageRecord] = {}
    last_signal: dict[str, float] = {}
    for r in records:
        latest[r.signal_id] = r
        if r.outcome in sb.SIGNALS:
            key = str(r.chat)
            last_signal[key] = max(last_signal.get(key, r.time), r.time)
    out: dict[str, tuple[int, int, dict[str, int], float | None]] = {}
    for key in {str(r.chat) for r in latest.values()}:
        mine = [r for r in latest.values() if str(r.chat) == key]
        why: Counter[str] = Counter()
        for r in mine:
            if r.outcome == sb.REFUSED:
                why[r.reasons[0] if r.reasons else "refused"] += 1
            elif r.outcome in sb.NOT_TRADED:
                why[sb.NOT_TRADED[r.outcome]] += 1
        read = sum(r.outcome in sb.SIGNALS for r in mine)
        out[key] = (len(mine), read, dict(why), last_signal.get(key))
    return out


def test_tally_when_many_messages_then_counts_right_and_ids_kept_bounded() -> None:
    records = _stream(3 * sb.RECENT_MESSAGES)
    tally = sb.MessageTally()
    tally.add_all(records)
    assert tally.remembered == sb.RECENT_MESSAGES  # not one per message seen
    got = {
        s.key: (s.seen, s.read, dict(s.refused), s.last_signal) for s in sb.channel_scores(tally)
    }
    assert got == _reference(records)


def test_tally_when_messages_keep_coming_then_its_memory_stops_growing() -> None:
    records = _stream(8 * sb.RECENT_MESSAGES, seed=11)
    tally = sb.MessageTally()
    half = len(records) // 2
    tally.add_all(records[: half // 2])  # past the bound already
    tracemalloc.start()
    try:
        tally.add_all(records[half // 2 : half])
        at_half, _ = tracemalloc.get_traced_memory()
        tally.add_all(records[half:])  # as many messages again
        at_end, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # Twice the messages, the same memory (give or take allocator noise): an unbounded tally
    # keeps ~100 bytes a message, here ~16,000 messages more.
    assert at_end - at_half < 200_000
    assert tally.remembered == sb.RECENT_MESSAGES
