"""StopMover alone: never back, at least the minimum step, at most N moves a minute."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from engine.domain.trade import Trade
from engine.services.stop_mover import StopMover


class Clock:
    def __init__(self) -> None:
        self.t = 1_000_000.0

    def time(self) -> float:
        return self.t

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.t, UTC)


def _trade(side: str, sl: str) -> Trade:
    return Trade(
        trade_id=f"x-{side}",
        symbol="BTC/USDT:USDT",
        side=side,
        leverage=1,
        requested_leverage=1,
        planned_qty=Decimal(1),
        entries=[],
        take_profits=[],
        tp_split=[],
        sl=Decimal(sl),
    )


def test_allow_when_move_is_back_or_too_small_then_refused() -> None:
    m = StopMover(Clock(), Decimal("0.002"), 4)
    long_, short = _trade("LONG", "100"), _trade("SHORT", "100")
    assert not m.allow(long_, Decimal("99.9"))  # back
    assert not m.allow(long_, Decimal("100"))  # no move
    assert not m.allow(long_, Decimal("100.19"))  # 0.19 % < 0.2 %
    assert m.allow(long_, Decimal("100.2"))
    assert not m.allow(short, Decimal("100.1"))  # back, for a short
    assert not m.allow(short, Decimal("99.81"))
    assert m.allow(short, Decimal("99.8"))


def test_allow_when_minute_is_full_then_held_and_due_once_it_has_room() -> None:
    clock = Clock()
    m = StopMover(clock, Decimal(0), 2)
    t = _trade("LONG", "100")
    assert m.allow(t, Decimal(101))
    clock.t += 30
    assert m.allow(t, Decimal(102))
    assert not m.allow(t, Decimal(103))  # a third within the minute
    assert m.due() == set()  # still full
    clock.t += 31  # the first move is more than a minute old now
    assert m.due() == {"BTC/USDT:USDT"}
    assert m.due() == set()  # handed out once
    assert m.allow(t, Decimal(103))
    assert not m.allow(t, Decimal(104))  # the second and third are within the minute
