"""The simulated clock: it moves only when told, never backwards; the replay's mover sets it."""

from __future__ import annotations

import pytest

from engine.clock import SimulatedClock


def test_advance_when_time_goes_back_then_refused_and_unchanged() -> None:
    clock = SimulatedClock(100.0)
    clock.advance_to(160.0)
    with pytest.raises(ValueError, match="backwards"):
        clock.advance_to(159.0)
    assert clock.time() == 160.0


def test_mover_when_called_then_time_reads_the_new_time() -> None:
    clock = SimulatedClock(100.0)
    move = clock.mover()
    move(1800.0)
    assert clock.time() == 1800.0
    move(3600.0)
    assert clock.time() == 3600.0
    assert clock.now().timestamp() == 3600.0
    clock.advance_to(3660.0)  # the checked way still works after it
    assert clock.time() == 3660.0
