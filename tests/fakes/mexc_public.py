"""The fake MEXC's public contract API (contract/detail, contract/ticker, contract/ping) and the
contract markets it lists (steps in contracts: BTC_USDT, 1 contract = 0.0001 BTC).
https://mexcdevelop.github.io/apidocs/contract_v1_en/#get-the-contract-information"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from aiohttp import web

from tests.fakes.mexc_common import CONTRACT, f
from tests.fakes.orders import FakeMarket, FakeReject, now_ms

if TYPE_CHECKING:
    from tests.fakes.fake_mexc import FakeMexc


def mexc_markets() -> list[FakeMarket]:
    """Contract markets as MEXC lists them (steps in contracts)."""
    return [
        FakeMarket(
            "BTC_USDT",
            "BTC",
            contract_size=Decimal("0.0001"),
            price_step=Decimal("0.1"),
            qty_step=Decimal(1),
            min_qty=Decimal(1),
            max_leverage=125,
        ),
        FakeMarket(
            "ETH_USDT",
            "ETH",
            contract_size=Decimal("0.01"),
            price_step=Decimal("0.01"),
            qty_step=Decimal(1),
            min_qty=Decimal(1),
            max_leverage=100,
        ),
        FakeMarket(
            "SOL_USDT",
            "SOL",
            contract_size=Decimal("0.1"),
            price_step=Decimal("0.001"),
            qty_step=Decimal(1),
            min_qty=Decimal(1),
            max_leverage=50,
            api_allowed=False,
        ),
        FakeMarket(
            "BTCUSDT",
            "BTC",
            price_step=Decimal("0.01"),
            qty_step=Decimal("0.000001"),
            min_qty=Decimal("0.000001"),
            spot=True,
        ),
    ]


class MexcPublic:
    """Market data: what any client may read."""

    def __init__(self, fake: FakeMexc) -> None:
        self.fake = fake

    def add_routes(self, r: web.UrlDispatcher) -> None:
        r.add_get(f"{CONTRACT}/detail", self.detail)
        r.add_get(f"{CONTRACT}/ticker", self.ticker)
        r.add_get(f"{CONTRACT}/ping", lambda _: self.fake.ok(self.fake.server_ms()))

    async def detail(self, request: web.Request) -> web.Response:
        data = []
        for m in self.fake.book.markets.values():
            if m.spot:
                continue
            data.append(
                {
                    "symbol": m.id,
                    "displayNameEn": f"{m.id} PERPETUAL",
                    "positionOpenType": 3,
                    "baseCoin": m.base,
                    "quoteCoin": m.quote,
                    "settleCoin": m.quote,
                    "contractSize": f(m.contract_size),
                    "minLeverage": 1,
                    "maxLeverage": m.max_leverage,
                    "priceScale": -m.price_step.as_tuple().exponent,
                    "volScale": 0,
                    "amountScale": 4,
                    "priceUnit": f(m.price_step),
                    "volUnit": f(m.qty_step),
                    "minVol": f(m.min_qty),
                    "maxVol": f(m.max_qty),
                    "takerFeeRate": 0.0002,
                    "makerFeeRate": 0.0,
                    "state": 0,
                    "apiAllowed": m.api_allowed,
                    "isHidden": False,
                }
            )
        return self.fake.ok(data)

    def _ticker(self, sym: str) -> dict[str, Any]:
        px = self.fake.book.prices.get(sym, Decimal(0))
        return {
            "symbol": sym,
            "lastPrice": f(px),
            "bid1": f(px),
            "ask1": f(px),
            "fairPrice": f(px),
            "indexPrice": f(px),
            "volume24": 1000,
            "amount24": 1000,
            "timestamp": now_ms(),
            "riseFallRate": 0,
        }

    async def ticker(self, request: web.Request) -> web.Response:
        sym = request.query.get("symbol")
        if sym is None:
            return self.fake.ok([self._ticker(s) for s in self.fake.book.prices])
        if sym not in self.fake.book.markets:
            raise FakeReject("bad_symbol")
        return self.fake.ok(self._ticker(sym))
