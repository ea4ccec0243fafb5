"""The fake MEXC's spot API /api/v3/...: its market list and ticker, and signed calls (account,
orders) carrying X-MEXC-APIKEY and a `signature` query parameter, HMAC-SHA256 over the query
string (https://mexcdevelop.github.io/apidocs/spot_v3_en/#signed)."""

from __future__ import annotations

import hashlib
import hmac
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from aiohttp import web

from tests.fakes.mexc_common import SPOT
from tests.fakes.orders import FakeOrder, FakeReject, now_ms

if TYPE_CHECKING:
    from tests.fakes.fake_mexc import FakeMexc


class MexcSpot:
    """The spot market API."""

    def __init__(self, fake: FakeMexc) -> None:
        self.fake = fake

    def add_routes(self, r: web.UrlDispatcher) -> None:
        r.add_get(f"{SPOT}/exchangeInfo", self.spot_info)
        r.add_get(f"{SPOT}/ticker/24hr", self.spot_ticker)
        r.add_get(f"{SPOT}/capital/config/getall", self.spot_currencies)
        r.add_get(f"{SPOT}/account", self.spot_account)
        r.add_post(f"{SPOT}/order", self.spot_create)
        r.add_get(f"{SPOT}/order", self.spot_get)
        r.add_delete(f"{SPOT}/order", self.spot_cancel)
        r.add_get(f"{SPOT}/openOrders", self.spot_open)
        r.add_get(f"{SPOT}/allOrders", self.spot_all)

    def _spot_auth(self, request: web.Request) -> None:
        qs = request.query_string
        head, _, sig = qs.rpartition("&signature=")
        key = request.headers.get("X-MEXC-APIKEY", "")
        secret = self.fake.secret_for(key)
        want = hmac.new((secret or "").encode(), head.encode(), hashlib.sha256).hexdigest()
        if secret is None or not hmac.compare_digest(want, sig):
            self.fake.bad_signatures += 1
            raise FakeReject("auth")
        self.fake.signers.append((request.path, key))

    async def spot_info(self, request: web.Request) -> web.Response:
        symbols = []
        for m in self.fake.book.markets.values():
            if not m.spot:
                continue
            symbols.append(
                {
                    "symbol": m.id,
                    "status": "1",
                    "baseAsset": m.base,
                    "quoteAsset": m.quote,
                    "baseAssetPrecision": -m.qty_step.as_tuple().exponent,
                    "quoteAssetPrecision": -m.price_step.as_tuple().exponent,
                    "baseSizePrecision": str(m.min_qty),
                    "quoteAmountPrecision": str(m.min_notional),
                    "isSpotTradingAllowed": True,
                    "isMarginTradingAllowed": False,
                    "makerCommission": "0",
                    "takerCommission": "0.0005",
                    "orderTypes": ["LIMIT", "MARKET"],
                    "permissions": ["SPOT"],
                    "maxQuoteAmount": "2000000",
                }
            )
        return web.json_response({"timezone": "CST", "serverTime": now_ms(), "symbols": symbols})

    async def spot_ticker(self, request: web.Request) -> web.Response:
        sym = request.query.get("symbol", "")
        if sym not in self.fake.book.markets:
            return web.json_response({"code": -1121, "msg": "Invalid symbol."}, status=400)
        px = str(self.fake.book.prices.get(sym, 0))
        return web.json_response(
            {
                "symbol": sym,
                "lastPrice": px,
                "bidPrice": px,
                "askPrice": px,
                "closeTime": now_ms(),
                "volume": "1",
            }
        )

    async def spot_currencies(self, request: web.Request) -> web.Response:
        self._spot_auth(request)
        coins = {m.base for m in self.fake.book.markets.values()} | {"USDT"}
        return web.json_response([{"coin": c, "name": c, "networkList": []} for c in coins])

    async def spot_account(self, request: web.Request) -> web.Response:
        self._spot_auth(request)
        return web.json_response(
            {"balances": [{"asset": "USDT", "free": str(self.fake.book.wallet), "locked": "0"}]}
        )

    def _spot_json(self, o: FakeOrder) -> dict[str, Any]:
        return {
            "symbol": o.symbol,
            "orderId": o.id,
            "clientOrderId": o.client_id,
            "price": str(o.price or 0),
            "origQty": str(o.qty),
            "executedQty": str(o.filled),
            "cummulativeQuoteQty": str(o.cost),
            "status": o.status,
            "type": o.kind.upper(),
            "side": o.side.upper(),
            "time": o.created,
            "updateTime": o.updated,
        }

    async def spot_create(self, request: web.Request) -> web.Response:
        self._spot_auth(request)
        q = request.query
        price = Decimal(q["price"]) if "price" in q else None
        o = FakeOrder(
            self.fake.book.next_id(),
            q.get("newClientOrderId"),
            q["symbol"],
            q["side"].lower(),
            q["type"].lower(),
            Decimal(q.get("quantity", "0")),
            price=price,
        )
        self.fake.book.submit(o)
        return web.json_response(self._spot_json(o))

    async def spot_get(self, request: web.Request) -> web.Response:
        self._spot_auth(request)
        q = request.query
        o = (
            self.fake.book.find_client(q["origClientOrderId"])
            if "origClientOrderId" in q
            else self.fake.book.orders.get(q.get("orderId", ""))
        )
        if o is None:
            return web.json_response({"code": -2013, "msg": "Order does not exist."}, status=400)
        return web.json_response(self._spot_json(o))

    async def spot_cancel(self, request: web.Request) -> web.Response:
        self._spot_auth(request)
        o = self.fake.book.cancel(request.query.get("orderId", ""))
        return web.json_response(self._spot_json(o))

    async def spot_open(self, request: web.Request) -> web.Response:
        self._spot_auth(request)
        sym = request.query.get("symbol")
        return web.json_response([self._spot_json(o) for o in self.fake.book.open_orders(sym)])

    async def spot_all(self, request: web.Request) -> web.Response:
        self._spot_auth(request)
        sym = request.query.get("symbol")
        return web.json_response(
            [self._spot_json(o) for o in self.fake.book.orders.values() if o.symbol == sym]
        )
