"""resolve_stop: the signal's stop, the default distance, or a refusal saying what to set."""

from __future__ import annotations

from decimal import Decimal

from engine.domain.market import Market
from engine.domain.stop_policy import resolve_stop

BTC = Market("BTC/USDT:USDT", "BTC", "USDT", price_step=Decimal("0.1"))


def test_resolve_stop_when_signal_has_stop_then_kept() -> None:
    d = resolve_stop("LONG", Decimal(60000), Decimal(59000), 0.03, BTC, required=True)
    assert d.sl == Decimal(59000) and d.refusal is None and d.note is None


def test_resolve_stop_when_missing_and_no_default_then_refused_naming_the_setting() -> None:
    d = resolve_stop("LONG", Decimal(60000), None, None, BTC, required=True)
    assert d.sl is None and d.refusal is not None and "DEFAULT_STOP_LOSS_PCT" in d.refusal


def test_resolve_stop_when_missing_with_default_then_placed_at_that_distance_and_said() -> None:
    long = resolve_stop("LONG", Decimal(60000), None, 0.03, BTC, required=True)
    short = resolve_stop("SHORT", Decimal("60000.0"), None, 0.03, BTC, required=True)
    assert long.sl == Decimal(58200) and short.sl == Decimal(61800)
    assert long.note is not None and "58200" in long.note and "3% away" in long.note


def test_resolve_stop_when_not_required_then_no_stop_and_no_refusal() -> None:
    d = resolve_stop("LONG", Decimal(60000), None, None, BTC, required=False)
    assert d.sl is None and d.refusal is None
