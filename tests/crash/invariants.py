"""The crash harness's invariants (tests/crash/harness.py), checked after every restart and
reconciliation against the fake exchange's state, the SQLite store (read-only) and the JSONL
trade log: never a position without its stop, an order never on the exchange twice nor without
its record written first, every fill known, no trade log line lost or written twice.
"""

from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from engine.adapters.sqlite_store import read_tables
from tests.crash.claims import claim_errors, stop_owners
from tests.crash.run_plan import CID_RE, Figures
from tests.fakes.core import Book
from tests.fakes.orders import FakeOrder
from tests.fakes.server import FakeExchangeServer
from tests.fakes.stop_guard import StopGuard


class Checked(Protocol):
    """What the invariants read of a crash harness (tests/crash/harness.py CrashHarness)."""

    guard: StopGuard
    fake: FakeExchangeServer
    legs: dict[str, int]  # signal id -> entry orders planned
    fig: Figures

    @property
    def db(self) -> Path: ...

    @property
    def log(self) -> Path: ...

    def fail(self, what: str) -> None: ...


def _log_lines(h: Checked) -> list[dict[str, Any]]:
    raw = h.log.read_bytes() if h.log.exists() else b""
    if raw and not raw.endswith(b"\n"):
        h.fail("the trade log ends with a cut-off line after the restart")
    return [json.loads(x) for x in raw.splitlines() if x.strip()]


def _base_qty(book: Book, o: FakeOrder, qty: Decimal) -> Decimal:
    return qty * book.markets[o.symbol].contract_size


def check_invariants(h: Checked) -> None:
    """Every invariant, after a restart and reconciliation."""
    if h.guard.violations:
        h.fail("a position was left without a stop: " + "; ".join(h.guard.violations))
    # The tables plus the journal rows they have not caught up with yet, in one snapshot.
    st = read_tables(h.db, ("orders", "trades", "fills"))
    orders, trades, fills = st["orders"], st["trades"], st["fills"]
    book = h.fake.book
    mine = book.placed()
    per_cid = Counter(o.client_id for o in mine if o.client_id)
    for cid, n in per_cid.items():
        if n > 1:
            h.fail(f"client id {cid} is on the exchange {n} times")
        if cid not in orders:
            h.fail(f"order {cid} is on the exchange but was never written to the store")
    for what in claim_errors(orders, book):
        h.fail(what)
    entries = Counter()
    for o in mine:
        m = CID_RE.match(o.client_id or "")
        if m and m.group(2) == "entry":
            entries[m.group(1)] += 1
    for sid, n in entries.items():
        if n > h.legs[sid]:
            h.fail(f"signal {sid} has {n} entry orders on the exchange ({h.legs[sid]} planned)")
    # Fills: what the exchange filled, the store knows (our orders with a client id).
    for o in mine:
        if o.client_id is None:
            continue
        rec = orders[o.client_id]
        have = Decimal(rec["filled"])
        want = _base_qty(book, o, o.filled)
        if have != want:
            h.fail(
                f"order {o.client_id} ({rec['role']}) filled {want} on the exchange, the store "
                f"says {have} (status {rec['status']}, exchange {o.status})"
            )
    # Positions: each is known to the store and has its stop.
    open_trades = [t for t in trades.values() if t["status"] == "open"]
    by_symbol: dict[str, list[dict[str, Any]]] = {}
    for t in open_trades:
        by_symbol.setdefault(t["symbol"], []).append(t)
    live_sl = {}
    for rec in orders.values():
        if rec["role"] == "sl" and rec["status"] in ("pending", "open"):
            live_sl.setdefault(rec["trade_id"], []).append(rec)
    for fid, m in book.markets.items():
        if m.spot:
            continue
        sym = f"{m.base}/{m.quote}:{m.quote}"
        pos = book.positions.get(fid, Decimal(0)) * m.contract_size
        ts = by_symbol.get(sym, [])
        held = sum((Decimal(t["entry_qty"]) - Decimal(t["exit_qty"]) for t in ts), Decimal(0))
        sides = {t["side"] for t in ts}
        if pos and (len(sides) != 1 or (sides.pop() == "LONG") != (pos > 0)):
            h.fail(f"{fid}: position {pos} on the exchange; the store's open trades: {sides}")
        if abs(pos) != held:
            h.fail(f"{fid}: position {pos} on the exchange, the store's open trades hold {held}")
        stops = sorted(
            (_base_qty(book, o, o.qty - o.filled), o.trigger)
            for o in book.open_orders(fid, stops=True)
        )
        want = []
        for t in ts:
            sls = live_sl.get(t["trade_id"], [])
            if len(sls) != 1:
                h.fail(f"trade {t['trade_id']} is open with {len(sls)} live stops in the store")
            want.append((Decimal(t["entry_qty"]) - Decimal(t["exit_qty"]), Decimal(t["sl"])))
        if stops != sorted(want):
            h.fail(
                f"{fid}: stops on the exchange {stops}, the open trades need {sorted(want)}; "
                + stop_owners(orders, book, fid)
            )
    # The trade log: no line lost, none twice, and it agrees with the store's fills.
    lines = _log_lines(h)
    ids = [x["fill_id"] for x in lines if x.get("fill_id")]
    dup = [k for k, n in Counter(ids).items() if n > 1]
    if dup:
        h.fail(f"trade log lines written twice: {dup[:5]}")
    if set(ids) != set(fills):
        lost = sorted(set(fills) - set(ids))[:5]
        extra = sorted(set(ids) - set(fills))[:5]
        h.fail(f"trade log and store disagree: not in the log {lost}, not in the store {extra}")
    h.fig.checks += 1
    h.fig.trades = len(trades)
    h.fig.log_lines = len(lines)
