"""The ledger's drawdown: Ledger.mark skips the division for a fall no wider than one already
measured under the same peak; the maximum must stay exactly what measuring every point gives."""

from __future__ import annotations

import random
from decimal import Decimal

from engine.ledger import Ledger


def _every_point(capital: Decimal, points: list[Decimal], peaks: dict[int, Decimal]) -> float:
    """The maximum drawdown measured at every point (the formula mark used before)."""
    peak, worst = capital, 0.0
    for i, eq in enumerate(points):
        if i in peaks:
            peak = peaks[i]
        if eq > peak:
            peak = eq
        elif eq < peak and peak > 0:
            worst = max(worst, float((peak - eq) / peak * 100))
    return worst


def test_mark_when_falls_repeat_under_one_peak_then_max_drawdown_is_every_points() -> None:
    rng = random.Random(14)
    for _ in range(200):
        capital = Decimal(rng.choice(["1000", "10000", "250.5"]))
        lg = Ledger(cash=capital, peak_equity=capital)
        eq, points = capital, []
        peaks: dict[int, Decimal] = {}
        for i in range(rng.randint(1, 60)):
            eq += Decimal(rng.randint(-3000, 2500)) / 100
            points.append(eq)
            if rng.random() < 0.05:  # the peak set from outside (a restart's exchange balance)
                peaks[i] = eq + Decimal(rng.randint(0, 500)) / 100
                lg.peak_equity = peaks[i]
            lg.mark(float(i), eq)
        assert lg.max_drawdown_pct == _every_point(capital, points, peaks)


def test_to_dict_when_a_fall_was_measured_then_the_record_round_trips_without_it() -> None:
    lg = Ledger(cash=Decimal(1000), peak_equity=Decimal(1000))
    lg.mark(1.0, Decimal(900))
    lg.mark(2.0, Decimal(950))
    d = lg.to_dict()
    assert "_widest" not in d
    back = Ledger.from_dict(d)
    assert back.max_drawdown_pct == lg.max_drawdown_pct == 10.0
    back.mark(3.0, Decimal(800))
    assert back.max_drawdown_pct == 20.0
