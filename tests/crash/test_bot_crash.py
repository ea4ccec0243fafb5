"""SIGKILL `sigcopy run` between the claim of a tap, its answer, the execution and the card's
edit; after the restart the approval is settled, and executes exactly once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.crash.bot_harness import KILL_POINTS, BotKillHarness

SEED = int(os.environ.get("SIGCOPY_CRASH_SEED", "7"))


@pytest.mark.timeout(300)
async def test_bot_when_killed_at_each_approval_step_then_settled_and_executed_once(
    tmp_path: Path,
) -> None:
    async with BotKillHarness(tmp_path, SEED) as h:
        for point in KILL_POINTS:
            await h.cycle(point)
    print(h.fig.summary())
    assert h.fig.kills == dict.fromkeys(KILL_POINTS, 1)
    # Both outcomes of a restart were met: a claim found executed, and one released.
    assert h.fig.settled_executed >= 1 and h.fig.settled_released >= 1


@pytest.mark.soak
@pytest.mark.timeout(3600)
async def test_soak_when_killed_at_random_approval_steps_then_settled_and_executed_once(
    tmp_path: Path,
) -> None:
    async with BotKillHarness(tmp_path, SEED + 1000) as h:
        for _ in range(60):
            await h.cycle(h.rng.choice(KILL_POINTS))
    print(h.fig.summary())
    assert h.fig.cycles == 60
