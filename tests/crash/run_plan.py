"""What a crash-harness run (tests/crash/harness.py) trades and counts: the symbols and sides per
fake exchange, the points where a life of the bot is killed, the signals it is fed, and the
figures of a run.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

CID_RE = re.compile(r"^sc(k\d+)(entry|tp|sl|close)(\d+)$")
# Symbols the harness trades on each fake, with the side it trades them (one side per symbol:
# both fakes run one-way position mode, where opposite trades on a symbol would net out).
UNIVERSE = {
    "binanceusdm": [("BTCUSDT", "LONG"), ("ETHUSDT", "SHORT")],
    "mexc": [("BTC_USDT", "LONG"), ("ETH_USDT", "SHORT")],
}
KILL_POINTS = ("timed", "timed_slow_answers", "write_received", "write_processed", "stop_swap")
# The last lives before the end are killed right after a signal executed ("after_signal") while
# fewer than `min_executed` have been seen executing: each other point may land before the
# first signal's answer (on a busy machine a life can end before one signal completes), and a
# run that executed nothing would check nothing. Bounded: if no signal executes within this
# many seconds (every one refused, or the bot stuck), the life is killed all the same.
AFTER_SIGNAL_WAIT_S = 120.0
# A stop's creation (method, path ending): "stop_swap" kills the bot once the exchange has
# placed a new stop while another rests on the symbol (a swap's "new placed, old not cancelled").
STOP_CREATE = {"binanceusdm": ("POST", "/algoOrder"), "mexc": ("POST", "planorder/place")}


class InvariantBroken(AssertionError):
    """What the harness found, with the cycle and seed to reproduce it."""


@dataclass
class Figures:
    """What a run did, for the report and docs/safety.md."""

    exchange: str = ""
    seed: int = 0
    kills: int = 0
    kill_points: Counter[str] = field(default_factory=Counter)
    checks: int = 0
    signals_executed: int = 0
    refused_as_seen: int = 0
    refused: Counter[str] = field(default_factory=Counter)  # other refusals, by first reason
    exchange_orders: int = 0
    exchange_fills: int = 0
    trades: int = 0
    log_lines: int = 0
    closed_by_hand: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        points = ", ".join(f"{k} {v}" for k, v in sorted(self.kill_points.items()))
        return (
            f"{self.exchange} seed={self.seed}: {self.kills} SIGKILLs ({points}), "
            f"{self.checks} invariant checks passed, {self.signals_executed} signals executed "
            f"once, {self.refused_as_seen} re-deliveries refused as already executed, "
            f"{self.exchange_orders} orders and {self.exchange_fills} filled orders on the "
            f"exchange, {self.trades} trades, {self.log_lines} trade log lines, "
            f"{self.closed_by_hand} positions closed by hand while down, {self.seconds:.1f} s"
            + (f"; refused: {dict(self.refused)}" if self.refused else "")
        )


def make_signals(
    exchange: str, n: int, rng: random.Random, prices: dict[str, Decimal]
) -> list[dict[str, Any]]:
    """n signals with stable ids: market entries and two-price zones, distinct stop levels."""
    out = []
    for i in range(n):
        sym, side = UNIVERSE[exchange][i % len(UNIVERSE[exchange])]
        ref = float(prices[sym])
        sign = 1 if side == "LONG" else -1
        # Distinct stops (MEXC finds its stop orders by their fields, not by a client id).
        sl = ref * (1 - sign * (0.02 + 0.0003 * i))
        tps = [ref * (1 + sign * 0.006), ref * (1 + sign * 0.012)]
        d: dict[str, Any] = {
            "symbol": sym.replace("_", ""),
            "side": side,
            "sl": round(sl, 2),
            "take_profits": [round(x, 2) for x in tps],
            "leverage": rng.choice([2, 3]),
            "signal_id": f"k{i:04d}",
            "source": "crash-harness",
        }
        if rng.random() < 0.25:
            d["entries"] = [round(ref * (1 - sign * 0.002), 2), round(ref * (1 - sign * 0.004), 2)]
        out.append(d)
    return out


def quant(px: Decimal, step: Decimal) -> Decimal:
    """A price rounded to the market's step."""
    return (px / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step
