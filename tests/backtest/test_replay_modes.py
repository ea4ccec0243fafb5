"""Fast replay == bar by bar == every tick of every bar, and two runs give the same report."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from engine.backtest.signals_io import Message
from tests.backtest.helpers import (
    MODES,
    dumps,
    fixture_candles,
    msg,
    replay,
    settings,
    signal_text,
    synthetic,
)


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


def _run(
    tmp: Path, mode: str, intrabar: str = "pessimistic", funding: float = 0.0, trailing: float = 0.0
) -> tuple[Any, dict[str, Any]]:
    candles = fixture_candles()
    s = settings(
        tmp / mode,
        PAPER_TAKER_FEE=0.0006,
        PAPER_MAKER_FEE=0.0002,
        PAPER_SLIPPAGE_BPS=3.0,
        MAX_CONCURRENT_TRADES=4,
        LIMIT_ORDER_TTL_HOURS=6.0,
    )
    s.risk.DAILY_LOSS_LIMIT_PCT = 0.02
    if trailing:
        s.risk.TRAILING_STOP_PCT = trailing  # stops that follow the price: levels that move
    return replay(
        candles,
        _messages(candles),
        s,
        intrabar=intrabar,
        funding_rate_8h=funding,
        **MODES[mode],
    )


def _comparable(res: Any, rep: dict[str, Any]) -> dict[str, Any]:
    """The report and the engine's figures, without what depends on the way (time, bars seen)."""
    for d in (rep["summary"], *rep["by_source"].values()):
        d.pop("elapsed_s", None)
        d.pop("bars_visited", None)
    return {"report": rep, "stats": res.engine.get_stats(), "funding": res.funding_paid}


@pytest.mark.parametrize(
    ("intrabar", "funding", "trailing"),
    [("pessimistic", 0.0001, 0.0), ("nearest", 0.0, 0.0), ("pessimistic", 0.0, 0.008)],
)
def test_quiet_bars_when_passed_over_then_trades_and_equity_identical_to_every_tick(
    tmp_path: Path, intrabar: str, funding: float, trailing: float
) -> None:
    runs = {m: _run(tmp_path, m, intrabar, funding, trailing) for m in MODES}
    ref_res, ref = runs["every_tick"]
    assert len(ref["trades"]) >= 60
    reasons = {t["exit_reason"] for t in ref["trades"]}
    assert {"take_profit", "stop_loss", "closed_by_update"} <= reasons
    assert ref_res.bars_visited == ref_res.bars  # the reference shows the engine every bar
    assert (ref_res.funding_paid != 0) == (funding != 0)
    want = dumps(_comparable(ref_res, ref))
    for mode in ("fast", "bar_by_bar"):
        res, rep = runs[mode]
        assert res.bars_visited < res.bars / 5  # most bars are quiet, passed over
        assert dumps(_comparable(res, rep)) == want, mode


def test_replay_when_every_tick_asked_with_fast_then_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="every_tick"):
        replay(fixture_candles("BTCUSD"), [], settings(tmp_path), fast=True, every_tick=True)


def test_replay_when_run_twice_then_reports_identical(tmp_path: Path) -> None:
    _, a = _run(tmp_path / "a", "fast")
    _, b = _run(tmp_path / "b", "fast")
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


@pytest.mark.parametrize("mode", list(MODES))
def test_signal_when_quiet_bars_moved_an_open_position_then_sized_on_equity_at_their_close(
    tmp_path: Path, mode: str
) -> None:
    # A BTC long opens at 100 and rises 2 a bar through quiet bars (inside its TP and SL);
    # an ETH signal then sizes on equity: the BTC gain at the last close before the ETH bar.
    t0 = 1_530_000_000.0
    btc = [(100.0, 100.5, 99.5, 100.0)] * 2
    btc += [(100.0 + 2 * k, 101.5 + 2 * k, 99.5 + 2 * k, 102.0 + 2 * k) for k in range(20)]
    candles = {
        "BTCUSD": synthetic("BTCUSD", btc, t0),
        "ETHUSD": synthetic("ETHUSD", [(10.0, 10.05, 9.95, 10.0)] * len(btc), t0),
    }
    messages = [
        msg(t0 + 1800 + 60, signal_text("BTCUSDT", "LONG", 200, 60), "a", "1"),
        msg(t0 + 15 * 1800 + 60, signal_text("ETHUSDT", "LONG", 20, 5), "b", "2"),
    ]
    s = settings(tmp_path, MAX_CONCURRENT_TRADES=2, MAX_POSITION_SIZE_PCT=0.1, MAX_LEVERAGE=1)
    res, rep = replay(candles, messages, s, **MODES[mode])
    b, e = sorted(rep["trades"], key=lambda t: t["entry_time"])
    assert (b["entry_price"], e["entry_price"]) == (100.0, 10.0)
    # The ETH signal's bar (16) comes after BTC's bar 16 (ties by symbol): BTC closed at 130.
    equity = 10_000 + b["quantity"] * (130.0 - 100.0)
    assert e["quantity"] == pytest.approx(equity * 0.1 / 10.0, rel=1e-9)
    if mode != "every_tick":
        assert res.bars_visited < res.bars / 4  # the bars between were passed over
