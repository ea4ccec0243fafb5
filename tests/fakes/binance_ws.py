"""The Binance USD-M user data stream, as the fake serves it (built from Binance's docs).

REST: POST /fapi/v1/listenKey (X-MBX-APIKEY header only, no signature) answers {"listenKey": ...},
the active key again while one is active; PUT keeps it alive (-1125 when there is none); DELETE
closes it. Websocket: <ws base>/private/ws?listenKey=<key> (what ccxt.pro opens), or
/private/ws/<key> and /ws/<key> as the docs spell them.

Events: ORDER_TRADE_UPDATE for regular orders (x: NEW, TRADE, CANCELED, EXPIRED; l/L/n are the
fill's own quantity, price and fee; z the cumulative quantity), ALGO_UPDATE for conditional (algo)
orders: NEW, CANCELED, EXPIRED; a triggered stop goes TRIGGERING, TRIGGERED (the market order it
put in the matching engine reports its own ORDER_TRADE_UPDATEs, under a client id the exchange
made), then FINISHED with the executed quantity (aq) and average price (ap).
"""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING, Any

from aiohttp import web

from tests.fakes.orders import FakeOrder, FakeReject, Fill, now_ms

if TYPE_CHECKING:
    from tests.fakes.server import FakeExchangeServer

LISTEN_KEY = "/fapi/v1/listenKey"


class BinanceUserData:
    """listenKey endpoints, the user data websocket, and the events an order change pushes."""

    def __init__(self, fake: FakeExchangeServer) -> None:
        self.fake = fake
        self.listen_key: str | None = None
        self.keepalives = 0

    def add_routes(self, r: web.UrlDispatcher) -> None:
        r.add_post(LISTEN_KEY, self.create_key)
        r.add_put(LISTEN_KEY, self.keepalive)
        r.add_delete(LISTEN_KEY, self.close_key)
        r.add_get("/private/ws", self.connect)
        r.add_get("/private/ws/{key}", self.connect)
        r.add_get("/ws/{key}", self.connect)

    def _api_key(self, request: web.Request) -> None:
        if request.headers.get("X-MBX-APIKEY") != self.fake.api_key:
            raise FakeReject("api_key")

    async def create_key(self, request: web.Request) -> web.Response:
        self._api_key(request)
        if self.listen_key is None:
            self.listen_key = secrets.token_hex(32)
        return web.json_response({"listenKey": self.listen_key})

    async def keepalive(self, request: web.Request) -> web.Response:
        self._api_key(request)
        if self.listen_key is None:
            raise FakeReject("listen_key")
        self.keepalives += 1
        return web.json_response({"listenKey": self.listen_key})

    async def close_key(self, request: web.Request) -> web.Response:
        self._api_key(request)
        self.listen_key = None
        return web.json_response({})

    async def connect(self, request: web.Request) -> web.StreamResponse:
        key = request.match_info.get("key") or request.query.get("listenKey")
        if self.listen_key is None or key != self.listen_key:
            raise web.HTTPBadRequest(text='{"code":-1125,"msg":"This listenKey does not exist."}')
        return await self.fake.hub.serve(request, ready=True)

    # -- events --------------------------------------------------------------------------
    def events(self, o: FakeOrder, event: str, fill: Fill | None) -> list[dict[str, Any]]:
        """The messages Binance pushes for one order change."""
        if o.kind != "stop":
            return [self._order_update(o, event, fill)]
        if event == "EXPIRED" and o.extra.get("actual_id") and o.filled:
            # A trigger whose market order filled part (reduce-only: what was left of the
            # position) and expired for the rest: the algo order was FINISHED with that fill
            # (its update below); what expires is the order it placed, never the algo order
            # (https://developers.binance.com/docs/derivatives/usds-margined-futures/
            # user-data-streams/Event-Algo-Order-Update: FINISHED is the end of a triggered one).
            return [self._order_update(self._actual(o), "EXPIRED", None)]
        if event != "TRADE":
            return [self._algo_update(o, event)]
        actual = self._actual(o)
        return [
            self._algo_update(o, "TRIGGERING"),
            self._algo_update(o, "TRIGGERED", actual=actual.id),
            self._order_update(actual, "TRADE", fill),
            self._algo_update(o, "FINISHED", actual=actual.id),
        ]

    def _actual(self, o: FakeOrder) -> FakeOrder:
        """The market order a triggered stop placed, as the stream reports it."""
        return FakeOrder(
            o.extra.get("actual_id", str(int(o.id) + 1)),
            f"algo_{o.id}",  # the exchange names the order a trigger places
            o.symbol,
            o.side,
            "market",
            o.qty,
            reduce_only=o.reduce_only,
            status=o.status,
            filled=o.filled,
            cost=o.cost,
            fee=o.fee,
            created=o.updated,
            updated=o.updated,
        )

    def _order_update(self, o: FakeOrder, x: str, fill: Fill | None) -> dict[str, Any]:
        t = now_ms()
        body: dict[str, Any] = {
            "s": o.symbol,
            "c": o.client_id or f"web_{o.id}",
            "S": o.side.upper(),
            "o": o.kind.upper(),
            "f": "GTC",
            "q": str(o.qty),
            "p": str(o.price or 0),
            "ap": str(o.avg),
            "sp": "0",
            "x": x,
            "X": o.status,
            "i": int(o.id),
            "l": str(fill.qty if fill else 0),
            "z": str(o.filled),
            "L": str(fill.price if fill else 0),
            "T": o.updated,
            "t": fill.trade_id if fill else 0,
            "b": "0",
            "a": "0",
            "m": o.kind == "limit",
            "R": o.reduce_only,
            "wt": "CONTRACT_PRICE",
            "ot": o.kind.upper(),
            "ps": "BOTH",
            "cp": False,
            "rp": "0",
            "pP": False,
            "si": 0,
            "ss": 0,
            "V": "EXPIRE_TAKER",
            "pm": "NONE",
            "gtd": 0,
        }
        if fill is not None:  # "will not push if no commission"
            body["N"] = "USDT"
            body["n"] = str(fill.fee)
        return {"e": "ORDER_TRADE_UPDATE", "E": t, "T": o.updated, "o": body}

    def _algo_update(self, o: FakeOrder, status: str, actual: str = "") -> dict[str, Any]:
        done = status == "FINISHED"
        return {
            "e": "ALGO_UPDATE",
            "T": o.updated,
            "E": now_ms(),
            "o": {
                "caid": o.client_id or "",
                "aid": int(o.id),
                "at": "CONDITIONAL",
                "o": "TRAILING_STOP_MARKET" if "trail" in o.extra else "STOP_MARKET",
                "s": o.symbol,
                "S": o.side.upper(),
                "ps": "BOTH",
                "f": "GTC",
                "q": str(o.qty),
                "X": status,
                "ai": actual,
                "ap": str(o.avg) if done else "0.00000",
                "aq": str(o.filled) if done else "0.00000",
                "act": "MARKET" if actual else "0",
                "tp": str(o.trigger),
                "p": "0",
                "V": "EXPIRE_MAKER",
                "wt": "CONTRACT_PRICE",
                "pm": "NONE",
                "cp": False,
                "pP": False,
                "R": o.reduce_only,
                "tt": o.updated if actual else 0,
                "gtd": 0,
                "rm": "",
            },
        }
