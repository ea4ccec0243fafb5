"""The parser: accuracy on the real-message corpus (dev split, and the held-out sources never
looked at while writing rules), wrong trades, and throughput (messages/s on one core, p50/p99,
1 MB message time) over every fixture and corpus message."""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path
from typing import Any

from parsers import NATIVE
from parsers.export import flatten_text
from parsers.signal_parser import read_signal
from parsers.updates import read_update

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "signals"


def corpus_scores() -> dict[str, Any]:
    """Exact accuracy and wrong trades per split of tests/fixtures/corpus (aggregates only)."""
    from tests.parsers.corpus_score import SPLITS, score_split

    out: dict[str, Any] = {}
    for split in SPLITS:
        score = score_split(split)
        summary = score.summary()
        out[split] = {
            k: summary[k]
            for k in ("messages", "exact", "accuracy", "wrong_trades", "wrong_actions", "misses")
        }
        # Per kind, so that a corpus that grows by one kind (chatter is easy, signals are not)
        # cannot move the headline figure unseen.
        out[split]["by_kind"] = {
            kind: {"messages": t.total, "exact": t.exact, "accuracy": round(t.accuracy, 4)}
            for kind, t in sorted(score.by_kind.items())
        }
    out["targets"] = {"dev": 0.98, "heldout": 0.95, "wrong_trades": 0}
    return out


def corpus_texts() -> list[str]:
    """Every message of the real-message corpus (both splits)."""
    from tests.parsers.corpus_score import SPLITS, load_split

    return [case.text for split in SPLITS for case in load_split(split)]


def _round_times(texts: list[str], rounds: int) -> list[float]:
    """CPU time of this thread for each round of read_signal over texts (no per-message clock
    calls), so that other processes sharing the cores do not count as parser time."""
    times: list[float] = []
    clock = time.thread_time
    for _ in range(rounds):
        t0 = clock()
        for text in texts:
            read_signal(text)
        times.append(clock() - t0)
    return times


def _rates(texts: list[str], rounds: int) -> tuple[int, int]:
    """Messages/s of read_signal over texts: the best round, and the median round.

    The best round is what the parser costs on a quiet core (as timeit takes the best); the
    median of many rounds is what it does on a busy machine too (a neighbour on the same core
    slows even CPU time), so a goal is met robustly only when the median meets it.
    """
    times = _round_times(texts, rounds)
    best, median = min(times), statistics.median(times)
    return (
        round(len(texts) / best) if best > 0 else 0,
        round(len(texts) / median) if median > 0 else 0,
    )


def corpus() -> list[str]:
    """Every fixture message's text (the set the 20,000 msg/s target was set on)."""
    texts: list[str] = []
    for path in sorted(FIXTURES.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            if "tg_text" in case:
                texts.append(flatten_text(case["tg_text"]))
            elif isinstance(case["text"], list):
                texts.append("\n".join(case["text"]))
            else:
                texts.append(case["text"])
    return texts


def _percentile(sorted_values: list[float], q: float) -> float:
    idx = min(len(sorted_values) - 1, int(round(q * (len(sorted_values) - 1))))
    return sorted_values[idx]


def speed(rounds: int = 30, rate_rounds: int = 60) -> dict[str, Any]:
    """read_signal's speed over the fixture set (the per-message hot path) and a 1 MB message,
    without the corpus scores: what a change to the parser's speed is measured by
    (`python -m bench.bench_parser --speed`, which reads no held-out result)."""
    texts = corpus()
    for text in texts:  # warm-up: compile caches, import-time work
        read_signal(text)
    # Per message: CPU time of this thread (a neighbour process taking the core in the middle
    # of a message does not count), and wall-clock time as a second figure.
    per_message: list[float] = []
    per_message_wall: list[float] = []
    cpu = time.thread_time_ns
    clock = time.perf_counter
    start_all = clock()
    for _ in range(rounds):
        for text in texts:
            t0, c0 = clock(), cpu()
            read_signal(text)
            per_message.append((cpu() - c0) / 1e9)
            per_message_wall.append(clock() - t0)
    total = clock() - start_all
    per_message.sort()
    per_message_wall.sort()
    # On a shared machine the wall-clock mean over all rounds measures the neighbours as much
    # as the parser; the best round in CPU time (as timeit takes the best) is what it costs on
    # a quiet core, and the median of many CPU-time rounds what it does on a busy machine.
    best_rate, median_rate = _rates(texts, rate_rounds)
    updates_start = time.thread_time()
    for _ in range(rounds):
        for text in texts:
            read_update(text)
    updates_total = time.thread_time() - updates_start

    big = ("#BTC/USDT LONG Entry 27450 TP 28000 SL 27000 noise " * 20_000)[:1_000_000]
    # Each body's best of three calls (as timeit takes the best): a first call also pays for
    # growing the process's heap by tens of megabytes, which depends on what ran before it
    # (measured: 5.4 ms warm, 7 to 12 ms cold for the same code), not on the parser.
    worst_ms = worst_wall_ms = 0.0
    for body in (big, "1" * 1_000_000, "x1 " * 340_000, "𝟰" * 250_000):
        best_ms = best_wall_ms = float("inf")
        for _ in range(3):
            t0, c0 = clock(), cpu()
            read_signal(body)
            read_update(body)
            best_ms = min(best_ms, (cpu() - c0) / 1e6)
            best_wall_ms = min(best_wall_ms, (clock() - t0) * 1000)
        worst_ms = max(worst_ms, best_ms)
        worst_wall_ms = max(worst_wall_ms, best_wall_ms)
    n = len(per_message)
    return {
        # True when the hot modules ran compiled (`make native`, parsers/_native.py).
        "native": NATIVE,
        "messages": len(texts),
        "rounds": rounds,
        "rate_rounds": rate_rounds,
        # Best and median of rate_rounds rounds in CPU time, without per-message clock
        # calls; the wall-clock mean over every round (with them) is msgs_per_s_mean.
        "msgs_per_s": best_rate,
        "msgs_per_s_median": median_rate,
        "msgs_per_s_mean": round(n / total),
        # Per message over every round, in CPU time; p99_wall_us in wall-clock time.
        "p50_us": round(_percentile(per_message, 0.50) * 1e6, 1),
        "p99_us": round(_percentile(per_message, 0.99) * 1e6, 1),
        "max_us": round(per_message[-1] * 1e6, 1),
        "p99_wall_us": round(_percentile(per_message_wall, 0.99) * 1e6, 1),
        "updates_msgs_per_s": round(n / updates_total),  # CPU time
        # The slowest 1 MB message (signal and update readers, best of three calls each), in
        # CPU and wall-clock time.
        "one_mb_ms": round(worst_ms, 2),
        "one_mb_wall_ms": round(worst_wall_ms, 2),
        "targets": {"msgs_per_s": 20_000, "p99_us": 200, "one_mb_ms": 50},
    }


def run(rounds: int = 30, rate_rounds: int = 60) -> dict[str, Any]:
    """The corpus scores (dev and held-out) and speed() with the real messages' rate beside it."""
    figures = speed(rounds, rate_rounds)
    scores = corpus_scores()
    real = corpus_texts()
    for text in real:
        read_signal(text)
    corpus_best, corpus_median = _rates(real, 10)
    return {
        "parser": {
            "dev_accuracy": scores["dev"]["accuracy"],
            "heldout_accuracy": scores["heldout"]["accuracy"],
            "wrong_trades": scores["dev"]["wrong_trades"] + scores["heldout"]["wrong_trades"],
            "corpus": scores,
            **figures,
            # The real messages (10 rounds) are two to three times longer.
            "corpus_msgs_per_s": corpus_best,
            "corpus_msgs_per_s_median": corpus_median,
        }
    }


if __name__ == "__main__":
    import sys

    print(json.dumps(speed() if "--speed" in sys.argv[1:] else run(), indent=2))
