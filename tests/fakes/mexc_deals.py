"""The fake MEXC's contract deal list: the account's executions, each with the fee it was charged.

MEXC's contract API documents two reads (Futures API, "Get all transaction details of the user's
order" and "Get order transaction details based on the order ID",
https://mexcdevelop.github.io/apidocs/contract_v1_en/#get-all-transaction-details-of-the-user-s-order
and ...#get-order-transaction-details-based-on-the-order-id; the same pages in MEXC's newer
site: https://www.mexc.com/api-docs/futures/account-and-trading-endpoints/get-trade-records-by-
order-id). ccxt's mexc.py reads the first for fetch_my_trades on a swap market (contractPrivateGet
OrderListOrderDeals: symbol, start_time = since, end_time = since + options.maxTimeTillEnd (90
days less 1 ms), page_size = limit; extra params such as page_num pass through) and the second for
fetch_order_trades (contractPrivateGetOrderDealDetailsOrderId).

- GET api/v1/private/order/list/order_deals: `symbol` mandatory; `start_time` "the default is to
  push forward 7 days, and the maximum span is 90 days"; `end_time` "start and end time span is 90
  days"; `page_num` default 1; `page_size` "default 20, maximum 100" (the table marks both
  mandatory yet gives defaults: taken as optional; ccxt sends page_size only with a limit and
  never page_num). Refused here (600 Param error, the error table's code for a bad parameter):
  no symbol, a page size outside 1..100, a page number below 1, a span over 90 days or ending
  before it starts; an unknown contract is 1001.
- GET api/v1/private/order/deal_details/{order_id}: that order's executions.
- Each row is one execution: id, symbol, side (1 open long, 2 close short, 3 open short, 4 close
  long), vol (in contracts), price, feeCurrency, fee (positive, as charged), profit, taker,
  category, orderId, timestamp, positionMode. The documented example omits positionMode; ccxt's
  own example of the answer carries it ("positionMode": "1"), and ccxt's parse_trade reads a row
  as a swap execution only when it is there (else as a spot one: no amount, no fee): it is sent.
- Newest first. The docs state no order; MEXC's other contract lists are newest first (the plan
  order list, ccxt_lookup.plan_orders), and a public integration's design notes on the deal list
  (found by text search; the index names no repository) quote MEXC's support: "reverse
  chronological, newest records first", no API guarantee.
- The docs promise nothing on when an execution shows there. Exchanges' trade lists lag their
  order's state (ccxt's maintainers: "some exchanges won't return trades immediately ... a
  pretty regular lag on the exchange database", ccxt/ccxt#14063, #11188): `lag_ms` holds an
  execution out of both reads until it is that old on the exchange's clock.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from aiohttp import web

from tests.fakes.mexc_common import PRIVATE, f
from tests.fakes.orders import FakeOrder, FakeReject, Fill

if TYPE_CHECKING:
    from tests.fakes.fake_mexc import FakeMexc

DAY_MS = 24 * 3600 * 1000
PAGE_SIZES = range(1, 101)  # page_size: default 20, maximum 100


class MexcDeals:
    """The account's contract executions (deals)."""

    def __init__(self, fake: FakeMexc) -> None:
        self.fake = fake
        self.lag_ms = 0  # an execution is listed once it is this old (the exchange's clock)
        self.reads: list[dict[str, str]] = []  # every order_deals query, as received
        # Called with each order_deals query once its page is answered: the market going on
        # between a client's reads of two pages (an execution arriving pushes the rest down).
        self.after_read: list[Callable[[dict[str, str]], None]] = []

    def add_routes(self, r: web.UrlDispatcher) -> None:
        r.add_get(f"{PRIVATE}/order/list/order_deals", self.order_deals)
        r.add_get(f"{PRIVATE}/order/deal_details/{{order_id}}", self.deal_details)

    async def order_deals(self, request: web.Request) -> web.Response:
        await self.fake._contract_auth(request)
        p = dict(request.query)
        self.reads.append(p)
        sym = p.get("symbol")
        if not sym:
            raise FakeReject("bad_request", "symbol is mandatory")
        if sym not in self.fake.book.markets:
            raise FakeReject("bad_symbol")
        lo, hi = self._window(p)
        try:
            num, size = int(p.get("page_num") or 1), int(p.get("page_size") or 20)
        except ValueError as exc:
            raise FakeReject("bad_request", "page_num and page_size are integers") from exc
        if num < 1 or size not in PAGE_SIZES:
            raise FakeReject("bad_request", "page_size is 1 to 100, page_num from 1")
        rows = [d for d in self._deals(sym, None) if lo <= d["timestamp"] <= hi]
        answer = self.fake.ok(rows[(num - 1) * size : num * size])
        for hook in list(self.after_read):
            hook(p)
        return answer

    async def deal_details(self, request: web.Request) -> web.Response:
        await self.fake._contract_auth(request)
        oid = request.match_info["order_id"]
        if not oid.isdigit():  # order_id: long, mandatory
            raise FakeReject("bad_request", "order_id is a number")
        return self.fake.ok(self._deals(None, oid))

    def _window(self, p: dict[str, str]) -> tuple[int, int]:
        """(start, end) of an order_deals query in ms: without start_time the 7 days before the
        end; without end_time up to now; at most 90 days apart."""
        try:
            end = int(p["end_time"]) if p.get("end_time") else self.fake.book.now_ms()
            start = int(p["start_time"]) if p.get("start_time") else end - 7 * DAY_MS
        except ValueError as exc:
            raise FakeReject("bad_request", "start_time and end_time are ms numbers") from exc
        if end < start or end - start > 90 * DAY_MS:
            raise FakeReject("bad_request", "start and end time span is 90 days")
        return start, end

    def _deals(self, sym: str | None, order_id: str | None) -> list[dict[str, Any]]:
        """The listed executions of a contract or of one order, newest first."""
        book = self.fake.book
        seen_by = book.now_ms() - self.lag_ms
        out = []
        for o in book.orders.values():
            # A triggered plan order's executions are its placed order's (that order's id).
            listed = o.extra.get("actual_id") if o.kind == "stop" else o.id
            if listed is None or sym not in (None, o.symbol) or order_id not in (None, listed):
                continue
            if book.markets[o.symbol].spot:
                continue  # (the spot API's trades are another list)
            for fill in book.fills.get(o.id, []):
                if fill.time_ms <= seen_by:
                    out.append(self._row(o, str(listed), fill))
        out.sort(key=lambda d: (d["timestamp"], int(d["id"])), reverse=True)
        return out

    def _row(self, o: FakeOrder, listed: str, fill: Fill) -> dict[str, Any]:
        # An order placed by hand in the web page closes the position (fake_mexc._order_json).
        side = o.extra.get("side", 4 if o.side == "sell" else 2)
        return {
            "id": str(fill.trade_id),
            "symbol": o.symbol,
            "side": side,
            "vol": f(fill.qty),
            "price": f(fill.price),
            "feeCurrency": "USDT",
            "fee": f(fill.fee),
            "timestamp": fill.time_ms,
            "profit": 0,
            "category": 1,
            "orderId": listed,
            "positionMode": o.extra.get("positionMode", self.fake.position_mode),
            "taker": not fill.maker,  # (a resting limit order's fill is the maker's)
        }
