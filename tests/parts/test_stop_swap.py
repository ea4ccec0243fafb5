"""The stop swap alone, over a scripted broker: written first, placed first, cancelled last."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from engine import errors
from engine.core.book import Book
from engine.domain.orders import Order, OrderRole, OrderStatus
from engine.domain.signal import Signal
from tests.parts.helpers import ScriptedBroker, make_book


async def _open(tmp_path: Path) -> tuple[Book, ScriptedBroker, str, Order]:
    book, broker = make_book(tmp_path, MAX_ENTRY_DISTANCE_PCT=0.5)
    sig = Signal("BTCUSDT", "LONG", take_profits=[110, 120], sl=90, leverage=2, signal_id="s1")
    r = await book.opener.open(sig)
    await book.settle()
    tid = r.trade_id or ""
    (old,) = book.orders.live(tid, OrderRole.STOP_LOSS)
    broker.calls.clear()
    broker.sent.clear()
    return book, broker, tid, old


async def test_swap_when_stop_moves_then_new_written_then_placed_then_old_cancelled(
    tmp_path: Path,
) -> None:
    book, broker, tid, old = await _open(tmp_path)
    book.portfolio.trades[tid].sl = Decimal(95)
    book.protector.want(tid)
    await book.settle()
    (new,) = book.orders.live(tid, OrderRole.STOP_LOSS)
    assert new.trigger_price == Decimal(95) and old.status == OrderStatus.CANCELED
    assert broker.calls == [("place", new.client_id), ("cancel", old.client_id)]
    assert broker.sent == [(new.client_id, "pending")]  # on record before it left


async def test_swap_when_new_stop_refused_then_old_never_cancelled(tmp_path: Path) -> None:
    book, broker, tid, old = await _open(tmp_path)
    broker.script = [errors.InvalidOrder("would immediately trigger", "")]
    book.portfolio.trades[tid].sl = Decimal(95)
    book.protector.want(tid)
    await book.settle()
    assert [c for c in broker.calls if c[0] == "cancel"] == []
    assert book.orders.live(tid, OrderRole.STOP_LOSS) == [old]
    assert book.portfolio.trades[tid].is_active  # kept, with its old stop, not closed
