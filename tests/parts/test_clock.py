"""The simulated clock: it moves only when told, never backwards."""

from __future__ import annotations

import pytest

from engine.clock import SimulatedClock


def test_advance_when_time_goes_back_then_refused_and_unchanged() -> None:
    clock = SimulatedClock(100.0)
    clock.advance_to(160.0)
    with pytest.raises(ValueError, match="backwards"):
        clock.advance_to(159.0)
    assert clock.time() == 160.0
