"""Trailing stops in a backtest replay: the same protector code, driven by candles."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.backtest.helpers import MODES, msg, replay, settings, signal_text, synthetic

T0 = 1_530_000_000.0
FLAT = (100.0, 100.0, 100.0, 100.0)


def _run(tmp: Path, bars: list[tuple[float, float, float, float]], mode: str, **opts: str) -> dict:
    candles = {"BTCUSDT": synthetic("BTCUSDT", [FLAT] * 2 + bars + [FLAT] * 2, T0)}
    s = settings(tmp, TRAILING_STOP_PCT=0.05, TRAILING_ACTIVATION="entry")
    _, r = replay(
        candles,
        [msg(T0 + 1800, signal_text("BTCUSDT", "LONG", 130, 90))],
        s,
        **MODES[mode],
        **opts,
    )
    (t,) = r["trades"]
    return t


@pytest.mark.parametrize("mode", list(MODES))
def test_replay_when_price_rises_then_falls_then_exit_at_the_trailed_stop(
    tmp_path: Path, mode: str
) -> None:
    t = _run(tmp_path, [(100.0, 110.0, 99.0, 109.0), (109.0, 109.5, 104.0, 105.0)], mode)
    assert t["exit_reason"] == "stop_loss"
    assert t["exit_price"] == pytest.approx(104.5)  # 110 * 0.95, not the signal's 90


@pytest.mark.parametrize("mode", list(MODES))
def test_replay_when_one_bar_spans_stop_and_new_high_then_low_checked_first(
    tmp_path: Path, mode: str
) -> None:
    # The entry at 100 puts the trailing stop at 95. The bar's low (94) and high (104, the nearer
    # extreme) both lie beyond: the adverse extreme is taken first, so the exit is at 95, not at
    # a stop raised to 98.8 from the high; the `nearest` path shows the kinder outcome.
    bar = (100.0, 104.0, 94.0, 100.0)
    t = _run(tmp_path / "p", [bar], mode)
    assert (t["exit_reason"], t["exit_price"]) == ("stop_loss", pytest.approx(95.0))
    kind = _run(tmp_path / "n", [bar], mode, intrabar="nearest")
    assert (kind["exit_reason"], kind["exit_price"]) == ("stop_loss", pytest.approx(98.8))


@pytest.mark.parametrize("mode", list(MODES))
def test_replay_when_message_carries_its_own_trailing_then_it_trails_without_the_setting(
    tmp_path: Path, mode: str
) -> None:
    candles = {
        "BTCUSDT": synthetic(
            "BTCUSDT",
            [FLAT] * 2 + [(100.0, 110.0, 99.0, 109.0), (109.0, 109.5, 104.0, 105.0)] + [FLAT] * 2,
            T0,
        )
    }
    text = signal_text("BTCUSDT", "LONG", 130, 90) + "\nTrailing stop 5% from entry"
    s = settings(tmp_path)  # TRAILING_STOP_PCT unset: the message's own 5 % applies
    _, r = replay(candles, [msg(T0 + 1800, text)], s, **MODES[mode])
    (t,) = r["trades"]
    assert t["exit_reason"] == "stop_loss"
    assert t["exit_price"] == pytest.approx(104.5)  # 110 * 0.95, not the signal's 90
