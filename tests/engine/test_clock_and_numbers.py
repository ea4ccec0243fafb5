"""The small fast paths the hot path relies on agree exactly with the slow ones they replace."""

from __future__ import annotations

import math
import random
from datetime import UTC, datetime
from decimal import Decimal

from engine.clock import iso_utc, utc_day
from engine.domain.market import D


def _iso_reference(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat().replace("+00:00", "Z")


def test_iso_utc_when_any_time_then_same_text_as_datetime_isoformat() -> None:
    rng = random.Random(7)
    edges = [0.0, 1.0, 1.5, 5e-7, 1.5e-6, 86399.9999995, 1795509722.9999996, 1795509722.0000004]
    randoms = [rng.uniform(0, 4e9) for _ in range(20000)]
    whole_micros = [
        math.floor(rng.uniform(0, 4e9)) + rng.randint(0, 999999) / 1e6 for _ in range(20000)
    ]
    half_micros = [
        float(rng.randint(0, 4 * 10**9)) + k * 5e-7 for k in (1, 3, 5, 7) for _ in range(500)
    ]
    for ts in edges + randoms + whole_micros + half_micros:
        assert iso_utc(ts) == _iso_reference(ts), ts
    # Fills within one second and across seconds, in any order (the cached second is replaced).
    for ts in (1795509722.25, 1795509721.75, 1795509722.0, 1795509722.5):
        assert iso_utc(ts) == _iso_reference(ts)


def test_utc_day_when_any_time_then_same_day_as_strftime() -> None:
    rng = random.Random(8)
    edges = [0.0, 86399.0, 86399.9999994, 86399.9999996, 86399.999999, 86400.0, 253402300799.9]
    randoms = [rng.uniform(0, 2.5e11) for _ in range(20000)]
    whole = [float(rng.randrange(0, 253402300800)) for _ in range(20000)]
    near_midnight = [rng.randrange(1, 2932896) * 86400 - k * 1e-7 for k in (1, 4, 5, 6, 20)]
    for ts in edges + randoms + whole + near_midnight:
        assert utc_day(ts) == datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d"), ts


def test_d_when_float_seen_before_then_same_exact_decimal_and_sign_kept() -> None:
    assert D(0.1) == Decimal("0.1") and str(D(0.1)) == "0.1"
    assert D(0.1) is D(0.1)  # the second is the remembered one
    assert str(D(45000.0)) == "45000.0" and str(D(45000)) == "45000"  # int and float kept apart
    assert str(D(-0.0)) == "-0.0" and str(D(0.0)) == "0.0"
    assert D(float("nan")).is_nan()
    assert D(float("inf")) == Decimal("Infinity")
