"""The store's records of orders and trades: every field, as text where it is a Decimal, and
read back to the same object (to_dict is spelled out field by field for speed)."""

from __future__ import annotations

from dataclasses import fields
from decimal import Decimal
from enum import StrEnum
from typing import Any

import orjson

from engine.domain.orders import Order, OrderRole, OrderStatus, OrderType
from engine.domain.trade import Trade, TradeStatus


def _generic(obj: Any) -> dict[str, Any]:
    """The record as a field-by-field walk would write it (Decimals and enums as text)."""

    def one(v: Any) -> Any:
        if isinstance(v, Decimal):
            return str(v)
        if isinstance(v, StrEnum):
            return v.value
        if isinstance(v, list):
            return [one(x) for x in v]
        return v

    return {f.name: one(getattr(obj, f.name)) for f in fields(obj)}


def _order(**kw: Any) -> Order:
    base: dict[str, Any] = dict(
        client_id="scs1sl2",
        trade_id="s1",
        symbol="BTC/USDT:USDT",
        side="sell",
        type=OrderType.STOP,
        role=OrderRole.STOP_LOSS,
        amount=Decimal("0.123"),
    )
    return Order(**(base | kw))


def test_order_record_when_written_then_every_field_as_text_and_read_back_equal() -> None:
    full = _order(
        price=Decimal("50000.5"),
        trigger_price=Decimal("49000"),
        status=OrderStatus.OPEN,
        filled=Decimal("0.1"),
        avg_price=Decimal("49000.1"),
        fee=Decimal("0.0012"),
        exchange_id="x1",
        created_at=1.5,
        updated_at=2.5,
        error="late",
        expires_at=9.0,
        trail_rate=Decimal("0.02"),
        fee_estimated=True,
        reduce_only=True,
        leg=1,
    )
    for o in (_order(), full):
        d = o.to_dict()
        assert d == _generic(o)
        assert list(d) == [f.name for f in fields(Order)]
        back = Order.from_dict(orjson.loads(orjson.dumps(d)))
        assert back == o


def test_trade_record_when_written_then_every_field_as_text_and_read_back_equal() -> None:
    t = Trade(
        "s1",
        "BTC/USDT:USDT",
        "LONG",
        5,
        10,
        Decimal("0.5"),
        [Decimal("50000"), Decimal("49500.5")],
        [Decimal("51000"), Decimal("52000")],
        [Decimal("0.5"), Decimal("0.5")],
        Decimal("49000"),
        source="chan",
        initial_sl=Decimal("48000"),
        opened_at=3.0,
        status=TradeStatus.OPEN,
        entry_qty=Decimal("0.5"),
        entry_cost=Decimal("25000"),
        exit_qty=Decimal("0.25"),
        exit_value=Decimal("12750"),
        gross_pnl=Decimal("250"),
        fees=Decimal("1.5"),
        tps_hit=1,
        tp_done=[0],
        sl_at_entry=True,
        closed_at=None,
        close_reason=None,
        first_fill_at=3.5,
        order_seq=4,
        extra={"trail": {"stop": "49900"}},
    )
    d = t.to_dict()
    assert d == _generic(t)
    assert list(d) == [f.name for f in fields(Trade)]
    assert Trade.from_dict(orjson.loads(orjson.dumps(d))) == t
    t.tp_done.append(1)  # the record is a copy: a later change is not in it
    assert d["tp_done"] == [0]
