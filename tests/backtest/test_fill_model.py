"""The fill model on hand-made bars: next open, stop before TP, intrabar path, gaps, expiry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.backtest.helpers import MODES, iso, msg, replay, settings, signal_text, synthetic

T0 = 1_530_000_000.0
FLAT = (100.0, 100.4, 99.6, 100.0)


def _bars(*special: tuple[float, float, float, float], before: int = 2, after: int = 4) -> Any:
    return {"BTCUSDT": synthetic("BTCUSDT", [FLAT] * before + list(special) + [FLAT] * after, T0)}


def _one(tmp: Path, candles: Any, text: str, at: float, **kw: Any) -> tuple[Any, dict]:
    opts = {k: kw.pop(k) for k in ("intrabar", "funding_rate_8h") if k in kw}
    opts.update(MODES[kw.pop("mode", "fast")])
    return replay(candles, [msg(at, text)], settings(tmp, **kw), **opts)


@pytest.mark.parametrize("mode", list(MODES))
def test_signal_when_posted_inside_a_bar_then_entry_at_next_bar_open(
    tmp_path: Path, mode: str
) -> None:
    candles = _bars((100.7, 101.0, 100.5, 100.8))
    _, r = _one(
        tmp_path, candles, signal_text("BTCUSDT", "LONG", 110, 90), T0 + 1800 + 600, mode=mode
    )
    (t,) = r["trades"]
    assert t["entry_time"] == iso(T0 + 2 * 1800)
    assert t["entry_price"] == 100.7
    assert t["exit_reason"] == "end_of_data"
    assert t["exit_price"] == 100.0  # the last close


@pytest.mark.parametrize("mode", list(MODES))
def test_bar_when_tp_and_sl_both_inside_then_stop_taken_first(tmp_path: Path, mode: str) -> None:
    candles = _bars((100.0, 100.2, 99.9, 100.0), (101.0, 104.0, 97.0, 101.0))
    _, r = _one(
        tmp_path, candles, signal_text("BTCUSDT", "LONG", 103, 98), T0 + 2 * 1800, mode=mode
    )
    (t,) = r["trades"]
    assert (t["exit_reason"], t["exit_price"], t["exit_time"]) == (
        "stop_loss",
        98.0,
        iso(T0 + 3 * 1800),
    )


def test_bar_when_short_and_both_inside_then_stop_taken_first(tmp_path: Path) -> None:
    candles = _bars((100.0, 100.2, 99.9, 100.0), (99.0, 103.0, 96.0, 99.0))
    _, r = _one(tmp_path, candles, signal_text("BTCUSDT", "SHORT", 97, 102), T0 + 2 * 1800)
    (t,) = r["trades"]
    assert (t["exit_reason"], t["exit_price"]) == ("stop_loss", 102.0)


def test_bar_when_nearest_path_and_open_near_high_then_take_profit_first(tmp_path: Path) -> None:
    candles = _bars((100.0, 100.2, 99.9, 100.0), (103.5, 104.0, 97.0, 101.0))
    text = signal_text("BTCUSDT", "LONG", 103.8, 98)
    _, nearest = _one(tmp_path, candles, text, T0 + 2 * 1800, intrabar="nearest")
    _, pessimistic = _one(tmp_path, candles, text, T0 + 2 * 1800)
    assert nearest["trades"][0]["exit_reason"] == "take_profit"
    assert nearest["trades"][0]["exit_price"] == 103.8
    assert pessimistic["trades"][0]["exit_reason"] == "stop_loss"


def test_stop_when_bar_gaps_through_then_fills_at_the_open(tmp_path: Path) -> None:
    candles = _bars((100.0, 100.2, 99.9, 100.0), (96.0, 97.0, 95.0, 96.5))
    _, r = _one(tmp_path, candles, signal_text("BTCUSDT", "LONG", 103, 98), T0 + 2 * 1800)
    assert (r["trades"][0]["exit_reason"], r["trades"][0]["exit_price"]) == ("stop_loss", 96.0)


def test_fill_when_slippage_and_fees_then_market_entry_pays_both(tmp_path: Path) -> None:
    candles = _bars((100.0, 100.2, 99.9, 100.0))
    _, r = _one(
        tmp_path,
        candles,
        signal_text("BTCUSDT", "LONG", 110, 90),
        T0 + 2 * 1800,
        PAPER_SLIPPAGE_BPS=10.0,
        PAPER_TAKER_FEE=0.001,
    )
    t = r["trades"][0]
    assert t["entry_price"] == 100.1  # open + 10 bps
    assert t["fees"] == pytest.approx(t["quantity"] * (100.1 + t["exit_price"]) * 0.001)


def test_limit_when_a_later_bar_trades_through_then_fills_at_its_price(tmp_path: Path) -> None:
    candles = _bars((100.0, 100.2, 99.2, 99.5), (99.5, 99.6, 98.5, 99.0))
    _, r = _one(tmp_path, candles, signal_text("BTCUSDT", "LONG", 104, 95, entry="99"), T0 + 1800)
    t = r["trades"][0]
    assert (t["entry_price"], t["entry_time"]) == (99.0, iso(T0 + 3 * 1800))


@pytest.mark.parametrize("mode", list(MODES))
def test_limit_when_never_reached_then_expires_after_ttl(tmp_path: Path, mode: str) -> None:
    candles = _bars(before=2, after=20)
    res, r = _one(
        tmp_path,
        candles,
        signal_text("BTCUSDT", "LONG", 104, 90, entry="95"),
        T0 + 1800,
        LIMIT_ORDER_TTL_HOURS=3.0,
        mode=mode,
    )
    assert r["trades"] == []
    assert r["summary"]["expired_entries"] == 1
    (t,) = res.engine.trades.values()
    assert t.close_reason == "expired"
    assert t.closed_at == T0 + 1800 + 3 * 3600  # the first bar at or after the expiry


@pytest.mark.parametrize("mode", list(MODES))
def test_limit_when_tp1_reached_before_entry_then_cancelled_and_counted(
    tmp_path: Path, mode: str
) -> None:
    candles = _bars((100.0, 102.0, 99.8, 101.5), (101.5, 104.5, 101.0, 104.0))
    _, r = _one(
        tmp_path, candles, signal_text("BTCUSDT", "LONG", 104, 95, entry="98"), T0 + 1800, mode=mode
    )
    assert r["trades"] == []
    assert r["summary"]["tp1_before_entry"] == 1


def test_funding_when_long_held_across_funding_times_then_paid_as_fees(tmp_path: Path) -> None:
    candles = {
        "BTCUSDT": synthetic("BTCUSDT", [FLAT] * 60, 1_530_000_000.0 - 1_530_000_000.0 % 28800)
    }
    start = float(candles["BTCUSDT"].ts[1])
    text = signal_text("BTCUSDT", "LONG", 110, 90)
    res, r = _one(tmp_path, candles, text, start, funding_rate_8h=0.001)
    _, plain = _one(tmp_path, candles, text, start)
    # Held 29.5 h from the second bar: funding at 8 h, 16 h and 24 h.
    assert res.funding_paid == pytest.approx(3 * 0.001 * r["trades"][0]["quantity"] * 100.0)
    assert r["trades"][0]["fees"] == pytest.approx(plain["trades"][0]["fees"] + res.funding_paid)
