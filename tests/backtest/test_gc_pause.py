"""The collector is held back during a replay and put back exactly as it was after."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from engine.backtest.gc_pause import gc_paused
from tests.backtest.helpers import fixture_candles, msg, replay, settings, signal_text


@pytest.fixture
def odd_threshold() -> Iterator[tuple[int, int, int]]:
    """A threshold no code sets by itself, so restoring it cannot pass by chance."""
    old = gc.get_threshold()
    gc.set_threshold(555, 7, 9)
    try:
        yield (555, 7, 9)
    finally:
        gc.set_threshold(*old)


def test_gc_paused_when_inside_then_threshold_raised_and_objects_frozen(
    odd_threshold: tuple[int, int, int],
) -> None:
    with gc_paused(gen0=50_000):
        assert gc.get_threshold() == (50_000, 7, 9)
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == odd_threshold
    assert gc.get_freeze_count() == 0


def test_gc_paused_when_body_raises_then_threshold_and_freeze_restored(
    odd_threshold: tuple[int, int, int],
) -> None:
    with pytest.raises(RuntimeError), gc_paused():
        raise RuntimeError("boom")
    assert gc.get_threshold() == odd_threshold
    assert gc.get_freeze_count() == 0


def test_gc_paused_when_caller_froze_objects_then_its_freeze_is_kept() -> None:
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        with gc_paused():
            assert gc.get_freeze_count() == before
        assert gc.get_freeze_count() == before
    finally:
        gc.unfreeze()


def test_gc_paused_when_threshold_already_higher_then_kept(
    odd_threshold: tuple[int, int, int],
) -> None:
    gc.set_threshold(900_000, 7, 9)
    with gc_paused(gen0=1_000):
        assert gc.get_threshold() == (900_000, 7, 9)
    assert gc.get_threshold() == (900_000, 7, 9)


def test_replay_when_run_then_collector_settings_restored(
    tmp_path: Path, odd_threshold: tuple[int, int, int]
) -> None:
    candles = fixture_candles("BTCUSD")
    c = candles["BTCUSD"]
    price = float(c.close[20])
    text = signal_text("BTCUSDT", "LONG", round(price * 1.01, 2), round(price * 0.99, 2))
    result, report = replay(candles, [msg(float(c.ts[20]) + 60, text)], settings(tmp_path))
    assert report["summary"]["trades"] == 1
    assert gc.get_threshold() == odd_threshold
    assert gc.get_freeze_count() == 0
