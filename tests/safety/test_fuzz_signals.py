"""Fuzzing signal texts: the parser and the engine never raise and never trade on a bad signal.

Texts are arbitrary, or built from signal parts with broken numbers (negative, zero, 1e309, NaN,
locale formats, other scripts' digits), levels on the wrong side, absurd leverage and missing
pieces. They go through the Desk in auto mode (no approval: the most exposed path) with the
paper engine. A trade, when one is made, must be coherent: stop on the losing side of every
entry, take-profits on the winning side, leverage within the limit, a positive finite size.
"""

from __future__ import annotations

import asyncio
import itertools
import os
from collections.abc import Coroutine, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.desk import Desk
from bot.runner import build_parser
from config import LiveConfig, RiskConfig, Settings

T = TypeVar("T")
SOAK = bool(os.environ.get("SIGCOPY_SOAK"))
FUZZ = settings(
    max_examples=10_000 if SOAK else 600,
    deadline=None,
    derandomize=not SOAK,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
COUNTS: dict[str, int] = {"texts": 0, "valid parses": 0, "trades": 0}

NUMBERS = st.one_of(
    st.integers(30_000, 55_000).map(str),  # around the simulated BTC price (42,000)
    st.decimals(30_000, 55_000, places=2).map(str),
    st.sampled_from(
        [
            "0",
            "-41000",
            "1e309",
            "NaN",
            "inf",
            "-inf",
            "42,000.5",
            "42.000,5",
            "٤٢٠٠٠",
            "４２０００",
            "42 000",
            "4.2e4",
            "0x10",
            "1/2",
            "999999999999999999999",
            "0.0000001",
            "",
            "—",
            "41k",
            "$43,000",
        ]
    ),  # fmt: skip
)
SYMBOLS = st.sampled_from(["BTCUSDT", "BTC/USDT", "#BTC", "$btc", "BTC", "ETHUSDT", "XYZUSDT",
                           "USDT", "BTCBTC", "B T C", "🚀", ""])  # fmt: skip
SIDES = st.sampled_from(["LONG", "SHORT", "Buy", "sell", "long short", "ЛОНГ", "شراء", "", "📈"])
LABELS = st.sampled_from(["Entry:", "Entry zone:", "TP:", "TP1:", "TP2:", "Targets:", "SL:",
                          "Stop loss:", "Stop:", "Leverage", "Lev:", "Cross", ""])  # fmt: skip
LEVERAGE = st.sampled_from(["", "Leverage 2x", "10x", "Leverage 0x", "Leverage -5x",
                            "Leverage 1000x", "Leverage 3.5x", "x20"])  # fmt: skip


@st.composite
def signal_texts(draw: st.DrawFn) -> str:
    parts = [f"{draw(SYMBOLS)} {draw(SIDES)}"]
    for _ in range(draw(st.integers(0, 6))):
        numbers = draw(st.lists(NUMBERS, min_size=1, max_size=4))
        parts.append(
            f"{draw(LABELS)} {draw(st.sampled_from([' - ', ', ', ' ', ' / '])).join(numbers)}"
        )
    parts.append(draw(LEVERAGE))
    if draw(st.booleans()):
        parts = draw(st.permutations(parts))
    return draw(st.sampled_from(["\n", " ", " | "])).join(parts)


@st.composite
def coherent_signals(draw: st.DrawFn) -> str:
    """Well-formed signals near the price, some of them valid: the engine must get to trade."""
    long = draw(st.booleans())
    price = 42_000
    sl = price - draw(st.integers(-500, 3000)) * (1 if long else -1)
    tp = price + draw(st.integers(-500, 3000)) * (1 if long else -1)
    side = "LONG" if long else "SHORT"
    return f"BTCUSDT {side}\nTP: {tp}\nSL: {sl}\nLeverage {draw(st.integers(1, 5))}x"


TEXTS = st.one_of(st.text(max_size=300), signal_texts(), coherent_signals())


class Desked:
    """A paper engine (simulated prices) behind a Desk that executes without approval."""

    def __init__(self, data_dir: Path) -> None:
        from engine.engine import TradingEngine

        self.loop = asyncio.new_event_loop()
        self.settings = Settings(  # type: ignore[call-arg]
            _env_file=None,
            TRADING_MODE="paper",
            PAPER_PRICE_SOURCE="simulated",
            DATA_DIR=data_dir,
            LOG_DIR=data_dir / "logs",
            AI_ENABLED=False,
            risk=RiskConfig(_env_file=None, DAILY_LOSS_LIMIT_PCT=1.0),  # type: ignore[call-arg]
            live=LiveConfig(_env_file=None, REQUIRE_CONFIRMATION=False),  # type: ignore[call-arg]
        )
        self.engine = TradingEngine(mode="paper", settings=self.settings)
        self.desk = Desk(self.engine, build_parser(self.settings), self.settings)
        self.parser = self.desk.parser
        self.run(self.desk.start())
        self.ids = itertools.count(1)

    def run(self, coro: Coroutine[Any, Any, T]) -> T:
        return self.loop.run_until_complete(asyncio.wait_for(coro, 60))

    def close(self) -> None:
        self.run(self.engine.aclose())
        self.loop.close()


@pytest.fixture(scope="module")
def desked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desked]:
    d = Desked(tmp_path_factory.mktemp("sigfuzz") / "data")
    try:
        yield d
    finally:
        d.close()
        print(f"\nsignal fuzz: {COUNTS}")


def _coherent(trade: Any, risk: RiskConfig, slippage_bps: float) -> None:
    """A trade the engine opened is one a trader would call valid."""
    assert trade.side in ("LONG", "SHORT")
    assert 1 <= trade.leverage <= risk.MAX_LEVERAGE
    assert trade.planned_qty.is_finite() and trade.planned_qty > 0
    levels = [Decimal(e) for e in trade.entries]
    filled = [trade.entry_cost / trade.entry_qty] if trade.entry_qty > 0 else []
    assert levels or filled, "a trade with neither entry levels nor a fill"
    assert all(e.is_finite() and e > 0 for e in levels + filled)
    sign = 1 if trade.side == "LONG" else -1
    if trade.sl is not None:
        assert all(sign * (e - trade.sl) > 0 for e in levels + filled), (trade.sl, levels, filled)
    for tp in trade.take_profits:
        assert all(sign * (tp - e) > 0 for e in levels), (tp, levels)
        # A market fill may slip past a TP set closer to the price than the slippage (a known
        # edge, see docs/safety-input.md); never by more than that.
        slip = Decimal(str(slippage_bps)) / 10_000 * 2
        assert all(sign * (tp - e) >= -e * slip for e in filled), (tp, filled)


def test_signal_texts_when_fuzzed_then_no_exception_and_only_coherent_trades(desked: Desked):
    @FUZZ
    @given(text=TEXTS)
    def case(text: str) -> None:
        COUNTS["texts"] += 1
        parsed = desked.run(desked.parser.parse(text))
        valid = parsed is not None and parsed.is_valid()
        COUNTS["valid parses"] += int(valid)
        before = set(desked.engine.trades)
        reply = desked.run(
            desked.desk.handle_text(text, source="fuzz", signal_id=f"fz{next(desked.ids)}")
        )
        assert isinstance(reply.text, str)
        new = [desked.engine.trades[t] for t in set(desked.engine.trades) - before]
        if not valid:
            assert new == [], f"traded on an invalid parse of {text!r}"
        for trade in new:
            COUNTS["trades"] += 1
            _coherent(trade, desked.settings.risk, desked.settings.PAPER_SLIPPAGE_BPS)
        if new or desked.engine.positions():
            desked.run(desked.engine.close_all())
        desked.engine.resume()

    case()
    # Not vacuous: the well-formed part of the input did trade.
    assert COUNTS["trades"] >= 10, COUNTS
