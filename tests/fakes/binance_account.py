"""The fake Binance USD-M's account: balances, API key restrictions, positions (positionRisk),
leverage brackets, leverage, margin type and the position mode (dualSidePosition), each as its
page under https://developers.binance.com/docs/derivatives/usds-margined-futures/ describes it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiohttp import web

from tests.fakes.binance_paths import F1, F2, F3
from tests.fakes.orders import FakeReject, now_ms

if TYPE_CHECKING:
    from tests.fakes.fake_binance import FakeBinance


class BinanceAccount:
    """The account, its positions and their settings."""

    def __init__(self, fake: FakeBinance) -> None:
        self.fake = fake

    def add_routes(self, r: web.UrlDispatcher) -> None:
        r.add_get(f"{F3}/account", self.account)
        r.add_get(f"{F2}/account", self.account)
        r.add_get(f"{F3}/positionRisk", self.position_risk)
        r.add_get(f"{F2}/positionRisk", self.position_risk)
        r.add_get(f"{F1}/leverageBracket", self.leverage_bracket)
        r.add_post(f"{F1}/leverage", self.leverage)
        r.add_post(f"{F1}/marginType", self.margin_type)
        r.add_get(f"{F1}/positionSide/dual", self.get_dual)
        r.add_post(f"{F1}/positionSide/dual", self.set_dual)
        r.add_get("/sapi/v1/account/apiRestrictions", self.restrictions)

    async def account(self, request: web.Request) -> web.Response:
        await self.fake._auth(request)
        b = self.fake.book
        usdt = {
            "asset": "USDT",
            "walletBalance": str(b.wallet),
            "unrealizedProfit": str(b.equity() - b.wallet),
            "marginBalance": str(b.equity()),
            "initialMargin": str(b.used_margin()),
            "availableBalance": str(b.free()),
            "maxWithdrawAmount": str(b.free()),
            "updateTime": now_ms(),
        }
        return web.json_response(
            {
                "totalWalletBalance": str(b.wallet),
                "availableBalance": str(b.free()),
                "assets": [usdt],
                "positions": [],
            }
        )

    async def restrictions(self, request: web.Request) -> web.Response:
        await self.fake._auth(request)
        return web.json_response(self.fake.api_restrictions)

    async def position_risk(self, request: web.Request) -> web.Response:
        await self.fake._auth(request)
        b = self.fake.book
        out = []
        for sym, pos in b.positions.items():
            if pos == 0:
                continue
            px = b.prices[sym]
            out.append(
                {
                    "symbol": sym,
                    "positionSide": ("LONG" if pos > 0 else "SHORT")
                    if self.fake.dual_side
                    else "BOTH",
                    "positionAmt": str(pos),
                    "entryPrice": str(b.entry[sym]),
                    "breakEvenPrice": str(b.entry[sym]),
                    "markPrice": str(px),
                    "unRealizedProfit": str(b.unrealized(sym)),
                    "liquidationPrice": "0",
                    "isolatedMargin": "0",
                    "notional": str(pos * px),
                    "marginAsset": "USDT",
                    "isolatedWallet": "0",
                    "initialMargin": "0",
                    "maintMargin": "0",
                    "updateTime": now_ms(),
                }
            )
        return web.json_response(out)

    async def leverage_bracket(self, request: web.Request) -> web.Response:
        await self.fake._auth(request)
        return web.json_response(
            [
                {
                    "symbol": m.id,
                    "brackets": [
                        {
                            "bracket": 1,
                            "initialLeverage": m.max_leverage,
                            "notionalCap": 50000,
                            "notionalFloor": 0,
                            "maintMarginRatio": 0.004,
                            "cum": 0,
                        }
                    ],
                }
                for m in self.fake.book.markets.values()
            ]
        )

    async def leverage(self, request: web.Request) -> web.Response:
        p = await self.fake._auth(request)
        m = self.fake.book.markets.get(p.get("symbol", ""))
        if m is None:
            raise FakeReject("bad_symbol")
        lev = int(p["leverage"])
        if not 1 <= lev <= m.max_leverage:
            raise FakeReject("leverage")
        self.fake.book.leverage[m.id] = lev
        return web.json_response({"leverage": lev, "maxNotionalValue": "1000000", "symbol": m.id})

    async def margin_type(self, request: web.Request) -> web.Response:
        p = await self.fake._auth(request)
        sym = p.get("symbol", "")
        if sym not in self.fake.book.markets:
            raise FakeReject("bad_symbol")
        mode = "isolated" if p.get("marginType") == "ISOLATED" else "cross"
        if self.fake.book.margin_mode.get(sym, "cross") == mode:
            raise FakeReject("margin_same")
        self.fake.book.margin_mode[sym] = mode
        return web.json_response({"code": 200, "msg": "success"})

    # -- position mode (Change-Position-Mode / Get-Current-Position-Mode) -------------------
    async def get_dual(self, request: web.Request) -> web.Response:
        await self.fake._auth(request)
        return web.json_response({"dualSidePosition": self.fake.dual_side})

    async def set_dual(self, request: web.Request) -> web.Response:
        p = await self.fake._auth(request)
        want = p.get("dualSidePosition") == "true"
        if want == self.fake.dual_side:
            raise FakeReject("no_need_position_side")
        if any(self.fake.book.positions.values()):
            raise FakeReject("position_side_position")
        if self.fake.book.open_orders():
            raise FakeReject("position_side_orders")
        self.fake.dual_side = want
        return web.json_response({"code": 200, "msg": "success"})
