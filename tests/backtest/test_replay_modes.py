"""Fast replay == bar by bar, and two runs give the same report."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from engine.backtest.signals_io import Message
from tests.backtest.helpers import dumps, fixture_candles, msg, replay, settings, signal_text


def _messages(candles: dict[str, Any], n: int = 160, seed: int = 3) -> list[Message]:
    """Market and limit signals with one to three TPs, and follow-ups, on both symbols."""
    rng = random.Random(seed)
    out: list[Message] = []
    for k in range(n):
        name = rng.choice(sorted(candles))
        c = candles[name]
        i = rng.randrange(5, len(c) - 5)
        ref = float(c.close[i - 1])
        long = rng.random() < 0.5
        sg = 1 if long else -1
        tps = " ".join(
            f"TP{j + 1}: {round(ref * (1 + sg * 0.006 * (j + 1)), 2)}"
            for j in range(rng.randint(1, 3))
        )
        sl = round(ref * (1 - sg * rng.choice((0.005, 0.01, 0.02))), 2)
        entry = "market" if rng.random() < 0.5 else str(round(ref * (1 - sg * 0.004), 2))
        side = "LONG" if long else "SHORT"
        sym = name.replace("USD", "USDT")
        when = float(c.ts[i]) + rng.randrange(0, 1800)
        src = f"chan{k % 3}"
        text = f"{sym} {side}\nEntry: {entry}\n{tps.replace(' TP', chr(10) + 'TP')}\nSL: {sl}"
        out.append(msg(when, text, src, str(k)))
        if rng.random() < 0.2:
            follow = rng.choice(["Close now", "Move SL to entry", "Cancel this one"])
            out.append(msg(when + rng.randrange(1800, 40_000), follow, src, f"r{k}", str(k)))
    out.append(msg(float(candles["BTCUSD"].ts[100]), signal_text("BTCUSDT", "LONG", 1, 2), "x"))
    return sorted(out, key=lambda m: m.time)


def _run(tmp: Path, fast: bool, intrabar: str = "pessimistic") -> tuple[Any, dict[str, Any]]:
    candles = fixture_candles()
    s = settings(
        tmp,
        PAPER_TAKER_FEE=0.0006,
        PAPER_MAKER_FEE=0.0002,
        PAPER_SLIPPAGE_BPS=3.0,
        MAX_CONCURRENT_TRADES=4,
        LIMIT_ORDER_TTL_HOURS=6.0,
    )
    s.risk.DAILY_LOSS_LIMIT_PCT = 0.02
    return replay(candles, _messages(candles), s, fast=fast, intrabar=intrabar)


@pytest.mark.parametrize("intrabar", ["pessimistic", "nearest"])
def test_fast_replay_when_same_input_then_trades_identical_to_bar_by_bar(
    tmp_path: Path, intrabar: str
) -> None:
    fast_res, fast = _run(tmp_path, True, intrabar)
    slow_res, slow = _run(tmp_path, False, intrabar)
    assert len(fast["trades"]) >= 60
    reasons = {t["exit_reason"] for t in fast["trades"]}
    assert {"take_profit", "stop_loss", "closed_by_update"} <= reasons
    assert fast["trades"] == slow["trades"]
    for key in ("summary", "by_source"):
        a, b = dict(fast[key]), dict(slow[key])
        for d in (a, b, *a.values(), *b.values()):
            if isinstance(d, dict):
                d.pop("elapsed_s", None)
                d.pop("bars_visited", None)
        assert a == b
    assert (
        fast_res.engine.get_stats()["max_drawdown_pct"]
        == slow_res.engine.get_stats()["max_drawdown_pct"]
    )
    assert fast_res.bars_visited < fast_res.bars / 5


def test_replay_when_run_twice_then_reports_identical(tmp_path: Path) -> None:
    _, a = _run(tmp_path / "a", True)
    _, b = _run(tmp_path / "b", True)
    for r in (a, b):
        r["summary"].pop("elapsed_s")
        for block in r["by_source"].values():
            block.pop("elapsed_s")
    assert dumps(a) == dumps(b)
    assert a["summary"]["refused"] >= 1


def test_replay_when_given_messages_already_parsed_then_same_report(tmp_path: Path) -> None:
    import asyncio

    from engine.backtest.actions import read_actions
    from engine.backtest.replay import Replay
    from engine.backtest.report import build_report

    candles = fixture_candles()
    messages = _messages(candles, n=40)
    reports: list[dict[str, Any]] = []
    for name, parsed in (("own", None), ("given", read_actions(messages))):
        s = settings(tmp_path / name, MAX_CONCURRENT_TRADES=4)
        rep = build_report(asyncio.run(Replay(candles, messages, s, parsed=parsed).run()))
        rep["summary"].pop("elapsed_s")
        for block in rep["by_source"].values():
            block.pop("elapsed_s")
        reports.append(rep)
    assert dumps(reports[0]) == dumps(reports[1])
    assert reports[0]["summary"]["trades"] >= 5
