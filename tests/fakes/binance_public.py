"""The fake Binance USD-M's public API: exchangeInfo (with each symbol's filters), the 24 h ticker,
ping and time (https://developers.binance.com/docs/derivatives/usds-margined-futures/market-
data/rest-api), and the markets it lists."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from aiohttp import web

from tests.fakes.binance_paths import F1
from tests.fakes.orders import FakeMarket, FakeReject, now_ms

if TYPE_CHECKING:
    from tests.fakes.fake_binance import FakeBinance


def binance_markets() -> list[FakeMarket]:
    return [
        FakeMarket(
            "BTCUSDT",
            "BTC",
            price_step=Decimal("0.1"),
            qty_step=Decimal("0.001"),
            min_qty=Decimal("0.001"),
            min_notional=Decimal(100),
            max_leverage=125,
            max_qty=Decimal(1000),
            market_max_qty=Decimal(120),
        ),
        FakeMarket(
            "ETHUSDT",
            "ETH",
            price_step=Decimal("0.01"),
            qty_step=Decimal("0.001"),
            min_qty=Decimal("0.001"),
            min_notional=Decimal(20),
            max_leverage=100,
        ),
        FakeMarket(
            "1000PEPEUSDT",
            "1000PEPE",
            price_step=Decimal("0.0000001"),
            qty_step=Decimal(1),
            min_qty=Decimal(1),
            min_notional=Decimal(5),
            max_leverage=50,
        ),
    ]


class BinancePublic:
    """Market data: what any client may read."""

    def __init__(self, fake: FakeBinance) -> None:
        self.fake = fake

    def add_routes(self, r: web.UrlDispatcher) -> None:
        r.add_get(f"{F1}/exchangeInfo", self.exchange_info)
        r.add_get(f"{F1}/ticker/24hr", self.ticker)
        r.add_get(f"{F1}/ping", lambda _: web.json_response({}))
        r.add_get(f"{F1}/time", lambda _: web.json_response({"serverTime": self.fake.server_ms()}))

    async def exchange_info(self, request: web.Request) -> web.Response:
        symbols = []
        for m in self.fake.book.markets.values():
            symbols.append(
                {
                    "symbol": m.id,
                    "pair": m.id,
                    "contractType": "PERPETUAL",
                    "deliveryDate": 4133404800000,
                    "onboardDate": 1569398400000,
                    "status": "TRADING",
                    "baseAsset": m.base,
                    "quoteAsset": m.quote,
                    "marginAsset": m.quote,
                    "pricePrecision": -m.price_step.as_tuple().exponent,
                    "quantityPrecision": max(0, -m.qty_step.as_tuple().exponent),
                    "baseAssetPrecision": 8,
                    "quotePrecision": 8,
                    "underlyingType": "COIN",
                    "triggerProtect": "0.0500",
                    "liquidationFee": "0.012500",
                    "marketTakeBound": "0.05",
                    "filters": [
                        {
                            "filterType": "PRICE_FILTER",
                            "minPrice": str(m.price_step),
                            "maxPrice": "4529764",
                            "tickSize": str(m.price_step),
                        },
                        {
                            "filterType": "LOT_SIZE",
                            "minQty": str(m.min_qty),
                            "maxQty": str(m.max_qty),
                            "stepSize": str(m.qty_step),
                        },
                        {
                            "filterType": "MARKET_LOT_SIZE",
                            "minQty": str(m.min_qty),
                            "maxQty": str(m.market_max_qty),
                            "stepSize": str(m.qty_step),
                        },
                        {"filterType": "MAX_NUM_ORDERS", "limit": 200},
                        {"filterType": "MAX_NUM_ALGO_ORDERS", "limit": 10},
                        {"filterType": "MIN_NOTIONAL", "notional": str(m.min_notional)},
                        {
                            "filterType": "PERCENT_PRICE",
                            "multiplierUp": str(m.percent_up),
                            "multiplierDown": str(m.percent_down),
                            "multiplierDecimal": "4",
                        },
                    ],
                    "orderTypes": [
                        "LIMIT",
                        "MARKET",
                        "STOP",
                        "STOP_MARKET",
                        "TAKE_PROFIT",
                        "TAKE_PROFIT_MARKET",
                        "TRAILING_STOP_MARKET",
                    ],
                    "timeInForce": ["GTC", "IOC", "FOK", "GTX"],
                }
            )
        return web.json_response(
            {"timezone": "UTC", "serverTime": now_ms(), "assets": [], "symbols": symbols}
        )

    async def ticker(self, request: web.Request) -> web.Response:
        sym = request.query.get("symbol", "")
        if sym not in self.fake.book.markets:
            raise FakeReject("bad_symbol")
        px = str(self.fake.book.prices.get(sym, 0))
        return web.json_response(
            {
                "symbol": sym,
                "lastPrice": px,
                "openPrice": px,
                "highPrice": px,
                "lowPrice": px,
                "volume": "1",
                "quoteVolume": px,
                "closeTime": now_ms(),
                "count": 1,
            }
        )
