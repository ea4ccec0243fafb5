"""The stop cover alone (engine/core/stop_cover.py), over a scripted broker: a stop cancel on a
symbol waits while another trade of the symbol holds quantity without its own stop resting, at
this settle and the next ones, and goes once that stop rests."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from engine.domain.orders import OrderRole, OrderStatus
from engine.domain.signal import Signal
from tests.parts.helpers import make_book


async def test_cover_when_another_trade_has_no_stop_then_cancel_held_across_settles(
    tmp_path: Path,
) -> None:
    book, broker = make_book(tmp_path, MAX_ENTRY_DISTANCE_PCT=0.5, ALLOW_DUPLICATE_POSITIONS=True)
    for sid in ("a", "b"):
        sig = Signal("BTCUSDT", "LONG", take_profits=[110, 120], sl=90, leverage=2, signal_id=sid)
        assert (await book.opener.open(sig)).ok
        await book.settle()
    (a_old,) = book.orders.live("a", OrderRole.STOP_LOSS)
    (b_stop,) = book.orders.live("b", OrderRole.STOP_LOSS)
    # B's stop is gone (as if its replacement had not been placed yet): B holds without one.
    book.orders.mark(b_stop, OrderStatus.CANCELED, "gone")
    cover = book.protector.swapper.cover
    assert [t.trade_id for t in cover.due("BTC/USDT:USDT")] == ["b"]
    broker.calls.clear()
    # A's stop moves: the new one is placed; the old one would leave B's share bare: held.
    book.portfolio.trades["a"].sl = Decimal(95)
    book.protector.want("a")
    await book.settle()
    a_new = book.orders.live("a", OrderRole.STOP_LOSS)[-1]
    assert a_new is not a_old and a_old.is_live and a_old.client_id in cover.held
    assert ("cancel", a_old.client_id) not in broker.calls
    await book.settle()  # tried again: still held
    assert a_old.is_live and book.protector.busy
    # B's stop goes out again; then, in the same settle, A's old stop is cancelled.
    book.protector.want("b")
    await book.settle()
    (b_new,) = book.orders.live("b", OrderRole.STOP_LOSS)
    assert a_old.status == OrderStatus.CANCELED and not cover.held
    places = [c for c in broker.calls if c == ("place", b_new.client_id)]
    assert places and broker.calls.index(places[0]) < broker.calls.index(
        ("cancel", a_old.client_id)
    )
    assert not book.protector.busy
