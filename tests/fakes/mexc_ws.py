"""The MEXC contract websocket, as the fake serves it (built from MEXC's futures websocket docs).

wss://contract.mexc.com/edge: the client logs in with {"method": "login", "param": {"apiKey",
"reqTime", "signature"}} where signature = HMAC-SHA256(secret, apiKey + reqTime), hex; the answer
is {"channel": "rs.login", "data": "success"}, and from then on every private channel is pushed
(no filter set). {"method": "ping"} is answered {"channel": "pong", "data": <ms>}.

Pushes: push.personal.order carries the whole order as the REST API shows it (state 2 open,
3 filled, 4 cancelled; dealVol and dealAvgPrice cumulative; takerFee/makerFee the order's fees
so far); trigger (plan) orders go to push.personal.plan.order, which ccxt does not read.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import TYPE_CHECKING, Any

from aiohttp import web

from tests.fakes.mexc_tpsl import is_leg
from tests.fakes.orders import FakeOrder, now_ms
from tests.fakes.ws import Stream

if TYPE_CHECKING:
    from tests.fakes.fake_mexc import FakeMexc


class MexcContractStream:
    """The /edge websocket: login, ping, and the pushes an order change produces."""

    def __init__(self, fake: FakeMexc) -> None:
        self.fake = fake
        self.logins = 0
        self.failed_logins = 0

    def add_routes(self, r: web.UrlDispatcher) -> None:
        r.add_get("/edge", self.connect)

    async def connect(self, request: web.Request) -> web.StreamResponse:
        return await self.fake.hub.serve(request, self.on_message)

    async def on_message(self, stream: Stream, data: Any) -> None:
        if not isinstance(data, dict):
            return
        hub = self.fake.hub
        method = data.get("method")
        if method == "ping":
            hub.reply(stream, {"channel": "pong", "data": now_ms()})
        elif method == "login":
            p = data.get("param") or {}
            key, ts = str(p.get("apiKey", "")), str(p.get("reqTime", ""))
            want = hmac.new(self.fake.secret.encode(), (key + ts).encode(), hashlib.sha256)
            sig = str(p.get("signature", ""))
            if key != self.fake.api_key or not hmac.compare_digest(want.hexdigest(), sig):
                self.failed_logins += 1
                self.fake.bad_signatures += 1
                hub.reply(stream, {"channel": "rs.error", "data": "authentication failed!"})
                return
            self.logins += 1
            hub.reply(stream, {"channel": "rs.login", "data": "success", "ts": now_ms()})
            await hub.mark_ready(stream)

    def events(self, o: FakeOrder, event: str) -> list[dict[str, Any]]:
        """The messages MEXC pushes for one order change (contract markets only)."""
        if self.fake.book.markets[o.symbol].spot:
            return []
        if is_leg(o):  # a position TP/SL (mexc_tpsl.py), not a plan order
            return self.fake.tpsl.pushes(o)
        if o.kind == "stop":
            return [{"channel": "push.personal.plan.order", "data": self._plan(o), "ts": now_ms()}]
        data = {**self.fake._order_json(o), "remainVol": float(o.qty - o.filled)}
        return [{"channel": "push.personal.order", "data": data, "ts": now_ms()}]

    def _plan(self, o: FakeOrder) -> dict[str, Any]:
        if o.status == "TRIGGERED":  # the fake's own word for a fired Binance algo order
            return {**self.fake.plans.json(o), "state": 3}
        return self.fake.plans.json(o)
