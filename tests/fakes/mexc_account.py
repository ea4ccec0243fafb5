"""The fake MEXC's contract account: assets, open positions, leverage and the position mode
(1 hedge, 2 one-way), as https://mexcdevelop.github.io/apidocs/contract_v1_en/ (account and
trading endpoints) lists them."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from aiohttp import web

from tests.fakes.mexc_common import PRIVATE, f
from tests.fakes.orders import FakeReject, now_ms

if TYPE_CHECKING:
    from tests.fakes.fake_mexc import FakeMexc


class MexcAccount:
    """The account and its positions."""

    def __init__(self, fake: FakeMexc) -> None:
        self.fake = fake

    def add_routes(self, r: web.UrlDispatcher) -> None:
        r.add_get(f"{PRIVATE}/account/assets", self.assets)
        r.add_get(f"{PRIVATE}/position/open_positions", self.positions)
        r.add_post(f"{PRIVATE}/position/change_leverage", self.change_leverage)
        r.add_get(f"{PRIVATE}/position/position_mode", self.get_position_mode)
        r.add_post(f"{PRIVATE}/position/change_position_mode", self.change_position_mode)

    async def assets(self, request: web.Request) -> web.Response:
        await self.fake._contract_auth(request)
        b = self.fake.book
        return self.fake.ok(
            [
                {
                    "currency": "USDT",
                    "positionMargin": f(b.used_margin()),
                    "availableBalance": f(b.free()),
                    "cashBalance": f(b.wallet),
                    "frozenBalance": 0,
                    "equity": f(b.equity()),
                    "unrealized": f(b.equity() - b.wallet),
                    "bonus": 0,
                }
            ]
        )

    async def positions(self, request: web.Request) -> web.Response:
        await self.fake._contract_auth(request)
        b = self.fake.book
        out = []
        for sym, pos in b.positions.items():
            if pos == 0:
                continue
            out.append(
                {
                    "positionId": abs(hash(sym)) % 10**9,
                    "symbol": sym,
                    "positionType": 1 if pos > 0 else 2,
                    "openType": 1,
                    "state": 1,
                    "holdVol": f(abs(pos)),
                    "frozenVol": 0,
                    "closeVol": 0,
                    "holdAvgPrice": f(b.entry[sym]),
                    "openAvgPrice": f(b.entry[sym]),
                    "closeAvgPrice": 0,
                    "liquidatePrice": 0,
                    "oim": 0,
                    "im": 0,
                    "holdFee": 0,
                    "realised": 0,
                    "leverage": b.leverage.get(sym, 1),
                    "createTime": now_ms(),
                    "updateTime": now_ms(),
                    "autoAddIm": False,
                }
            )
        return self.fake.ok(out)

    async def change_leverage(self, request: web.Request) -> web.Response:
        await self.fake._contract_auth(request)
        body = json.loads(await request.text())
        sym = body.get("symbol")
        if sym not in self.fake.book.markets:
            raise FakeReject("bad_symbol")
        if body.get("openType") not in (1, 2) or body.get("positionType") not in (1, 2):
            raise FakeReject("bad_request", "openType and positionType are required")
        lev = int(body["leverage"])
        if lev > self.fake.book.markets[sym].max_leverage:
            raise FakeReject("bad_request", "leverage too high")
        self.fake.book.leverage[sym] = lev
        self.fake.book.margin_mode[sym] = "isolated" if body["openType"] == 1 else "cross"
        return web.json_response({"success": True, "code": 0})

    # -- position mode: 1 hedge, 2 one-way (position/position_mode) ----------------------
    async def get_position_mode(self, request: web.Request) -> web.Response:
        await self.fake._contract_auth(request)
        return self.fake.ok(self.fake.position_mode)

    async def change_position_mode(self, request: web.Request) -> web.Response:
        await self.fake._contract_auth(request)
        mode = json.loads(await request.text()).get("positionMode")
        if mode not in (1, 2):
            raise FakeReject("bad_request", "positionMode must be 1 or 2")
        if any(self.fake.book.positions.values()) or self.fake.book.open_orders():
            # ccxt's note on setPositionMode: no active orders, plan orders or positions.
            raise FakeReject("position_open")
        self.fake.position_mode = mode
        return web.json_response({"success": True, "code": 0})
