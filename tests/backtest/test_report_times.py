"""The report's times: bar times take a quicker path that must spell every time as strftime does."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from engine.backtest.report import _iso


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.integers(0, 4_000_000_000).map(float), st.floats(0, 4e9)))
def test_iso_when_any_time_then_same_text_as_strftime(ts: float) -> None:
    assert _iso(ts) == datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_iso_when_no_time_then_none() -> None:
    assert _iso(None) is None
