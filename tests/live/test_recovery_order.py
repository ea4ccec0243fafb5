"""Start-up reads the stops' fills before it compares positions (engine/core/recovery.py).

Two trades share one exchange position; sigcopy is killed inside a new-first stop swap of the
first (stop_swap.py), so two reduce-only stops rest for it; while it is down the price passes
both, and together they close the whole position. At the restart each fill must be booked as a
live fill would have been: the first on its own trade at its price, the second (beyond that
trade's quantity) on the other trade with `closed_by_other_stop` (overclose.py). Were the
positions compared first, the empty position would close both trades with no exit price.
Through real ccxt against the fake MEXC and Binance USD-M.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from engine.domain.orders import OrderRole
from engine.domain.trade import Trade
from tests.fakes.fixtures import BTC_ID
from tests.fakes.server import FakeExchangeServer
from tests.live.helpers import live_engine, live_signal

STOP_CANCEL = {"mexc": ("POST", "planorder/cancel"), "binanceusdm": ("DELETE", "/algoOrder")}
# Where the price goes while sigcopy is down: through the new stop (59,100), then the old one
# (59,000), gapping past each trigger. Both exchanges report the market fill behind a triggered
# stop (Binance: its actualOrderId; MEXC: the plan order's orderId), booked at that price.
PATH = {"mexc": (59050, 58900), "binanceusdm": (59050, 58900)}


def _log_lines(tmp: Path) -> list[dict[str, object]]:
    books = tmp / "data" / "books"
    (path,) = books.glob("*/trades.jsonl")
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


async def test_restart_when_both_stops_closed_the_shared_position_then_fills_booked_before_positions(
    fake_venue: tuple[str, FakeExchangeServer], tmp_path: Path
) -> None:
    name, fake = fake_venue
    sym = BTC_ID[name]
    wallet0 = fake.book.wallet
    eng = live_engine(
        fake, name, tmp_path, live={"WATCH_ORDERS": False}, ALLOW_DUPLICATE_POSITIONS=True
    )
    await eng.start()
    # Two longs on one symbol: one position at the exchange, two trades in the store.
    assert (await eng.execute(live_signal(signal_id="a", sl=59000))).ok
    assert (await eng.execute(live_signal(signal_id="b", sl=58000))).ok
    a, b = sorted(eng.trades.values(), key=lambda t: t.sl or 0, reverse=True)
    assert a.open_qty >= b.open_qty  # A's quantity twice covers the whole position
    # A's stop is moved (new first); the old one's cancel does not get through before sigcopy
    # stops (as when it is killed in between): both of A's stops rest.
    method, path = STOP_CANCEL[name]
    fake.reject_next("rate" if name == "binanceusdm" else "bad_request", 1, path, method)
    a.sl = Decimal(59100)
    eng.book.protector.want(a.trade_id)
    await eng.monitor_pass()
    a_stops = [o for o in eng.orders.values() if o.trade_id == a.trade_id and o.is_live]
    assert len([o for o in a_stops if o.role == OrderRole.STOP_LOSS]) == 2
    await eng.aclose()
    placed = {o.id: o.client_id for o in fake.book.orders.values()}
    # While sigcopy is down the price falls through the new stop, then the old one.
    px1, px2 = PATH[name]
    (first,) = fake.book.set_price(sym, px1)
    fake.book.advance(1)  # a second later on the exchange's clock
    (second,) = fake.book.set_price(sym, px2)
    assert fake.book.positions.get(sym, Decimal(0)) == 0  # the two closed the whole position
    cs = fake.book.markets[sym].contract_size
    eng = live_engine(
        fake, name, tmp_path, live={"WATCH_ORDERS": False}, ALLOW_DUPLICATE_POSITIONS=True
    )
    await eng.start()
    try:
        await eng.monitor_pass()
        trades: dict[str, Trade] = {t.trade_id: t for t in eng.trades.values()}
        ta, tb = trades[a.trade_id], trades[b.trade_id]
        assert not ta.is_active and not tb.is_active
        # Each exit at the price its stop filled at, for the quantity the exchange closed.
        assert ta.exit_qty == ta.entry_qty == first.filled * cs
        assert ta.avg_exit == first.avg != px1  # the exchange's fill, beyond the price
        assert ta.close_reason == "stop_loss"
        assert tb.exit_qty == second.filled * cs
        assert tb.avg_exit == second.avg != px2
        assert tb.close_reason == "closed_by_other_stop"
        # The book's realized P&L is the exchange's (before fees: Binance's order answers
        # carry none, so sigcopy books the market's rate, not the fake's).
        fees = sum((o.fee for o in fake.book.orders.values()), Decimal(0))
        exchange_pnl = fake.book.wallet - wallet0 + fees
        assert ta.gross_pnl + tb.gross_pnl == exchange_pnl
        ledger = eng.book.portfolio.ledger
        assert ledger.realized == ta.net_pnl + tb.net_pnl
        closes = [ln for ln in _log_lines(tmp_path) if ln.get("action") == "CLOSE"]
        assert {(ln["trade_id"], ln["reason"]) for ln in closes} == {
            (a.trade_id, "stop_loss"),
            (b.trade_id, "closed_by_other_stop"),
        }
        # Nothing was sent again: the restart placed no order.
        after = {o.id: o.client_id for o in fake.book.orders.values()}
        assert after == placed
        ids = [cid for cid in after.values() if cid is not None]  # MEXC stops carry none
        assert len(set(ids)) == len(ids)
    finally:
        await eng.aclose()
