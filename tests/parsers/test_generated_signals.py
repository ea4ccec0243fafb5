"""Signals written many ways from known levels: whatever the parser trades must be exactly them.

Each message is built from a random symbol, side, levels and layout (labels, separators,
numbering, emojis, notes); a reading that is valid but differs from what was written is a wrong
trade. The parser may refuse (needs review) but never misread; most must be read.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from parsers import EnhancedParser

PARSER = EnhancedParser(enable_ai=False)
SYMBOLS = ["BTC", "ETH", "SOL", "XRP", "DOGE", "1000PEPE", "ARB", "LINK"]


def _fmt(v: float) -> str:
    return f"{v:.6f}".rstrip("0").rstrip(".")


def _signal(rnd: random.Random) -> tuple[str, tuple[object, ...]]:
    side = rnd.choice(["LONG", "SHORT"])
    sym = rnd.choice(SYMBOLS)
    base = rnd.choice([0.0123, 0.512, 1.85, 24.3, 145.0, 3050.0, 61200.0])
    step = base * rnd.choice([0.01, 0.02, 0.03])
    sign = 1 if side == "LONG" else -1
    entries = [round(base - sign * i * step / 2, 6) for i in range(rnd.choice([1, 2]))]
    tps = [round(base + sign * (i + 1) * step, 6) for i in range(rnd.choice([1, 2, 3, 4]))]
    sl = round(base - sign * 3 * step, 6)
    lev = rnd.choice([None, 5, 10, 20])
    pair = rnd.choice([f"#{sym}/USDT", f"${sym}", f"{sym}USDT", f"#{sym}USDT", f"Coin: {sym}"])
    word = rnd.choice([side, side.title(), side.lower(), {"LONG": "Buy", "SHORT": "Sell"}[side]])
    colon = rnd.choice([": ", " ", " : ", ":", " - ", " ➡️ "])
    sep = rnd.choice([" - ", " / ", ", ", " | ", "-", " "])
    lines = [f"{pair} {word}" if rnd.random() < 0.5 else f"{pair}\n{word}"]
    label = rnd.choice(["Entry", "Entry zone", "ENTRY", "Entry Price", "Entries"])
    lines.append(label + colon + sep.join(map(_fmt, entries)))
    style = rnd.choice(["inline", "numbered", "tpN", "emoji", "targetN"])
    if style == "inline":
        label = rnd.choice(["TP", "Targets", "Take Profit", "Target"])
        lines.append(label + colon + sep.join(map(_fmt, tps)))
    elif style == "numbered":
        lines.append(rnd.choice(["Targets:", "Take-Profit Targets:", "TP:"]))
        lines += [f"{i + 1}) {_fmt(t)}" for i, t in enumerate(tps)]
    elif style == "tpN":
        lines += [f"TP{i + 1}{colon}{_fmt(t)}" for i, t in enumerate(tps)]
    elif style == "emoji":
        lines += ["🎯 Targets:", *(f"🎯 {_fmt(t)}" for t in tps)]
    else:
        lines += [f"Target {i + 1}{colon}{_fmt(t)}" for i, t in enumerate(tps)]
    lines.append(
        rnd.choice(["SL", "Stop", "Stop loss", "Stoploss", "STOP LOSS"]) + colon + _fmt(sl)
    )
    if lev:
        lines.append(
            rnd.choice([f"Leverage{colon}{lev}x", f"Lev {lev}x", f"Cross {lev}x", f"{lev}x"])
        )
    if rnd.random() < 0.3:
        note = rnd.choice(["", "⚠️ Risk 2%", "R:R 1:3", "NFA, DYOR", "Use 3% of balance"])
        lines.insert(rnd.randrange(1, len(lines)), note)
    return "\n".join(lines), (sym + "USDT", side, sorted(entries), tps, sl, lev)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 2**32 - 1))
def test_parse_when_signal_written_any_way_then_valid_readings_are_exact(seed: int) -> None:
    text, want = _signal(random.Random(seed))
    sig = PARSER.parse_sync(text)
    if sig is not None and sig.is_valid():
        got = (
            sig.symbol,
            sig.side,
            sorted(sig.entries),
            sig.take_profits,
            sig.stop_loss,
            sig.leverage,
        )
        assert got == want, text


def test_parse_when_signals_written_many_ways_then_nearly_all_are_read() -> None:
    rnd = random.Random(13)
    read = sum(
        1
        for text, want in (_signal(rnd) for _ in range(400))
        if (s := PARSER.parse_sync(text)) and s.is_valid()
    )
    assert read >= 380, read
