"""Crash-harness invariant: every exchange order the store names belongs to exactly one record.

The store records, for each order it sent, the exchange's id of it (learnt from the create
answer, or after a kill by a lookup: by client id, or on MEXC, whose plan (stop) orders carry
none, by scanning the stops for one with the order's fields). Two records naming one exchange
order - two client ids, or two trades claiming one stop - means a later cancel of one of them
cancels the other's order. Each record must also name the order that was placed for it: the
fake exchange knows which client id each order was sent with (a MEXC plan order's externalOid
is kept by the fake, outside every answer, for this check only) - or one identical to it in
everything a lookup reads (symbol, side, size, level): such look-alikes are interchangeable.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Any

from tests.fakes.core import Book
from tests.fakes.orders import FakeOrder


def sent_client_id(o: FakeOrder) -> str | None:
    """The client id the order was sent with (MEXC plan orders: the externalOid ccxt sent)."""
    return o.client_id or o.extra.get("sent_oid")


def _fields(o: FakeOrder, book: Book) -> tuple[str, str, Decimal, Decimal | None]:
    cs = book.markets[o.symbol].contract_size
    return o.symbol, o.side, o.qty * cs, o.trigger if o.kind == "stop" else o.price


def _lookalikes(rec: dict[str, Any], o: FakeOrder, book: Book) -> bool:
    """True when the exchange order a record names is identical, in everything the engine
    reads, to the one placed for that record (or none was placed for it). Two identical stops
    - two trades' stops moved to one entry price, or a renewal - are told apart by nothing a
    lookup reads; which record names which is immaterial, so long as no order is named twice."""
    level = rec.get("trigger_price") or rec.get("price")
    mine = (
        o.side == rec["side"]
        and _fields(o, book)[2] == Decimal(rec["amount"])
        and _fields(o, book)[3] == (Decimal(level) if level is not None else None)
    )
    placed = [x for x in book.orders.values() if sent_client_id(x) == rec["client_id"]]
    return mine and all(_fields(x, book) == _fields(o, book) for x in placed)


def claim_errors(orders: dict[str, dict[str, Any]], book: Book) -> list[str]:
    """What is wrong with the exchange ids the store's order records name."""
    by_eid: dict[str, list[str]] = defaultdict(list)
    for cid, rec in orders.items():
        eid = rec.get("exchange_id")
        if eid:
            by_eid[str(eid)].append(cid)
    out: list[str] = []
    for eid, cids in sorted(by_eid.items()):
        if len(cids) > 1:
            who = ", ".join(
                f"{c} ({orders[c]['role']} of {orders[c]['trade_id']}, {orders[c]['status']})"
                for c in sorted(cids)
            )
            out.append(f"exchange order {eid} is claimed by {len(cids)} records: {who}")
            continue
        (cid,) = cids
        o = book.orders.get(eid)
        if o is None:
            out.append(f"order {cid} names exchange order {eid}, which the exchange never had")
            continue
        truth = sent_client_id(o)
        if truth is not None and truth != cid and not _lookalikes(orders[cid], o, book):
            out.append(
                f"order {cid} ({orders[cid]['role']}, {orders[cid]['status']}) names exchange "
                f"order {eid}, which was placed for {truth} ({o.kind}, {o.status})"
            )
    return out


def stop_owners(orders: dict[str, dict[str, Any]], book: Book, symbol: str) -> str:
    """For a failure message: each stop resting on the symbol, the record it was placed for
    and the record that names it (a stray order tells itself from one the store still counts)."""
    by_eid = {str(r["exchange_id"]): c for c, r in orders.items() if r.get("exchange_id")}
    out = []
    for o in book.open_orders(symbol, stops=True):
        sent = sent_client_id(o) or ""
        named = by_eid.get(o.id)
        out.append(
            f"stop {o.id} at {o.trigger} placed for {_rec(orders, sent)}, named by "
            + (_rec(orders, named) if named else "no record")
        )
    return "; ".join(out)


def _rec(orders: dict[str, dict[str, Any]], cid: str) -> str:
    r = orders.get(cid)
    return f"{cid} ({r['role']} of {r['trade_id']}, {r['status']})" if r else f"{cid!r} (no record)"
