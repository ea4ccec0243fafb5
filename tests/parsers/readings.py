"""Recorded readings: what the parser answered, field by field, for a fixed set of messages.

Speed work must not change a single reading. This module builds the messages (every dev corpus
message, every bench message, generated signals, and deterministic fuzz mixes of them), reads
each with read_signal and read_update, and writes or checks tests/fixtures/parser_readings.jsonl:
one line a message, keyed by a hash of its text, fields that are None or empty left out. tests/parsers/test_same_readings.py checks
the parser against the recording.

After a deliberate change of what the parser reads (a new lexicon row, a new safety check),
record again and review the diff of the recording:

    .venv/bin/python -m tests.parsers.readings --write

(`--stride N` checks every N-th message only: the pure-Python pass in `make test`.)
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from parsers import NATIVE
from parsers._native import PURE_ENV
from parsers.models import ParsedSignal, SignalUpdate
from parsers.signal_parser import read_signal
from parsers.updates import read_update

RECORDING = Path(__file__).resolve().parents[1] / "fixtures" / "parser_readings.jsonl"
GENERATED = 200
FUZZ = 600
# Characters that stress normalisation: invisible, direction, look-alike digits, list markers,
# dashes, arrows, non-breaking spaces, full-width and Arabic-Indic digits, emoji, CJK labels.
_SPECIALS = (
    "\u200b\u200c\u200d\u2060\ufeff\ufe0f\u00ad\u202e\u2066\u00a0\u202f\u2009"
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９．，：①②③❶➊⓵1⃣🔟"
    "–—−→➡️🎯✅❌🟢🔴📈📉💰止损止盈做多做空入场杠杆𝟰𝟱ǅİ"
)
_PIECES = (
    "LONG", "SHORT", "Entry", "TP", "TP1", "Target 2", "SL", "Stop", "Leverage", "10x",
    "#BTC/USDT", "$ETH", "SOLUSDT", "Buy zone", "Sell", "market", "close below", "R:R 1:3",
    "(5%)", "0.512", "27450", "38,900", "0,7310", "31k", ".0000871", "1e308", "inf", "-0.45",
    "\n", " ", ": ", " - ", " / ", "1) ", "2.", "TP41.3100", "24.05.2024", "12:30 UTC",
)  # fmt: skip


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def _plain(value: Any) -> Any:
    """JSON-able form keeping every distinction that matters (tuples become lists)."""
    if isinstance(value, float):
        return repr(value)  # exact: 0.1 and 0.1000000001 differ, nan and inf survive
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (str, int, bool)) or value is None:
        return value
    return str(value)


def signal_reading(sig: ParsedSignal | None) -> Any:
    """Every field of a parsed signal (the text it read as a hash), and the spans in raw_text."""
    if sig is None:
        return None
    out: dict[str, Any] = {}
    for f in dataclasses.fields(sig):
        if f.name == "raw_text":
            continue
        value = getattr(sig, f.name)
        if value is None or value == [] or value == {}:
            continue
        out[f.name] = _digest(value) if f.name == "norm_text" else _plain(value)
    out["spans"] = _plain(sig.spans)
    if sig.norm_unread:
        out["unread"] = _plain(sig.unread)
    out["is_valid"] = sig.is_valid()
    return out


def update_reading(upd: SignalUpdate | None) -> Any:
    """Every field of an update but its raw text."""
    if upd is None:
        return None
    d = {f.name: getattr(upd, f.name) for f in dataclasses.fields(upd) if f.name != "raw_text"}
    return _plain({k: v for k, v in d.items() if v is not None})


def reading(text: str) -> dict[str, Any]:
    """What the parser makes of one message: as a new signal, and as an update."""
    out = {"signal": signal_reading(read_signal(text)), "update": update_reading(read_update(text))}
    return {k: v for k, v in out.items() if v is not None}


def _fuzz(rnd: random.Random, sources: list[str]) -> str:
    """A message stitched from pieces of real ones, label words, numbers and odd characters."""
    parts: list[str] = []
    for _ in range(rnd.randint(1, 12)):
        pick = rnd.random()
        if pick < 0.35:
            src = rnd.choice(sources)
            a = rnd.randrange(len(src) + 1)
            parts.append(src[a : a + rnd.randint(1, 80)])
        elif pick < 0.75:
            parts.append(rnd.choice(_PIECES))
        elif pick < 0.9:
            parts.append("".join(rnd.choice(_SPECIALS) for _ in range(rnd.randint(1, 4))))
        else:
            parts.append(f"{rnd.uniform(0, 70000):.{rnd.randint(0, 6)}f}")
    return "".join(parts)


def messages() -> Iterator[tuple[str, str]]:
    """(set name, text) for every message recorded: dev corpus, bench, generated, fuzz."""
    from bench.bench_parser import corpus
    from tests.parsers.corpus_score import load_split
    from tests.parsers.test_generated_signals import _signal

    dev = [case.text for case in load_split("dev")]  # never the held-out split
    bench = corpus()
    for text in dev:
        yield "dev", text
    for text in bench:
        yield "bench", text
    rnd = random.Random(2026_12_04)
    for _ in range(GENERATED):
        yield "generated", _signal(rnd)[0]
    sources = dev + bench
    rnd = random.Random(13)
    for _ in range(FUZZ):
        yield "fuzz", _fuzz(rnd, sources)


def record() -> dict[str, Any]:
    """The readings of every message, keyed by the hash of its text."""
    out: dict[str, Any] = {}
    for kind, text in messages():
        out.setdefault(_digest(text), {"set": kind, **reading(text)})
    return out


def check(recorded: dict[str, Any], stride: int = 1) -> tuple[int, list[str]]:
    """How many messages (every stride-th) were found in the recording, and what differs for
    those."""
    found = 0
    diffs: list[str] = []
    for i, (kind, text) in enumerate(messages()):
        if i % stride:
            continue
        want = recorded.get(_digest(text))
        if want is None:
            continue  # a message added since the recording
        found += 1
        got = {"set": want["set"], **reading(text)}
        if got != want:
            keys = [k for k in ("signal", "update") if got.get(k) != want.get(k)]
            diffs.append(f"{kind} {text[:60]!r}: {keys} was {want} now {got}")
    return found, diffs


def load() -> dict[str, Any]:
    """The recording, keyed by the hash of each message's text."""
    out: dict[str, Any] = {}
    for line in RECORDING.read_text(encoding="utf-8").splitlines():
        value = json.loads(line)
        out[value.pop("text")] = value
    return out


def main(argv: list[str]) -> int:
    if argv[1:] == ["--write"]:
        data = record()
        lines = (
            json.dumps({"text": key, **value}, ensure_ascii=False, sort_keys=True)
            for key, value in sorted(data.items())
        )
        RECORDING.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"recorded {len(data)} readings in {RECORDING}")
        return 0
    stride = int(argv[2]) if argv[1:2] == ["--stride"] else 1
    found, diffs = check(load(), stride)
    print(f"{found} recorded messages read, {len(diffs)} differ")
    if not NATIVE and not os.environ.get(PURE_ENV):
        print("(read with the pure-Python modules: the compiled ones are not of these sources;")
        print(" `make readings` builds them first)")
    for d in diffs[:20]:
        print(d)
    return 1 if diffs else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))


def run_pure_python(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    """`python -m module [args]` from the project's root with the pure-Python parser modules
    (this process runs the compiled ones when they are built), its output captured."""
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, PURE_ENV: "1"},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
