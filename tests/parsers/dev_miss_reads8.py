"""The reading the branch i13-rules8 dev-miss class tests (test_dev_miss_*8.py) check."""

from __future__ import annotations

from tests.parsers.reads import valid


def read_levels(text: str) -> tuple[list[float], list[float], float | None, int | None]:
    """The entries, targets, stop and leverage of the signal read from text, which must be
    tradable."""
    sig = valid(text)
    return sig.entries, sig.take_profits, sig.stop_loss, sig.leverage
