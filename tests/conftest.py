"""Suite-wide: the `soak` marker (long crash runs) only runs under `make soak` (SIGCOPY_SOAK=1);
hypothesis draws the same examples on every run unless HYPOTHESIS_PROFILE=explore."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

# `make test` (and CI) draw a fixed sequence of examples, so that a pass or a failure is the
# code's and not the run's luck: a property finding a new counterexample on one CI run in a
# hundred would make a green change fail at random. Exploring is a separate, deliberate step:
# `HYPOTHESIS_PROFILE=explore make test` (or `make fuzz`) draws fresh examples each run and
# keeps the failures it finds in .hypothesis/ to replay; each found one becomes a fixed example
# in its test (see docs/dev/testing.md, "Fuzzing").
settings.register_profile("fixed", derandomize=True, database=None)
settings.register_profile("explore")
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fixed"))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "soak: long-running soak test (make soak)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get("SIGCOPY_SOAK") == "1":
        return
    skip = pytest.mark.skip(reason="soak test: run with `make soak` (SIGCOPY_SOAK=1)")
    for item in items:
        if "soak" in item.keywords:
            item.add_marker(skip)
