"""GET /fapi/v1/klines of the fake Binance USD-M futures API: candles as ccxt's fetch_ohlcv
reads them.

Built from https://developers.binance.com/docs/derivatives/usds-margined-futures/market-data/
rest-api/Kline-Candlestick-Data: symbol and interval are mandatory; limit defaults to 500 and
may not exceed 1500; startTime/endTime bound the bars' open times (inclusive); without a
startTime the most recent bars are answered; each bar is [open time, open, high, low, close,
volume, close time, quote volume, trades, taker buy base, taker buy quote, "0"] with prices as
strings. Errors: -1121 "Invalid symbol.", -1120 "Invalid interval.", -1102 for a missing
mandatory parameter, -1130 for a bad limit (https://developers.binance.com/docs/derivatives/
usds-margined-futures/error-code).
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

INTERVALS_MS = {
    "1m": 60_000,
    "3m": 180_000,
    "5m": 300_000,
    "15m": 900_000,
    "30m": 1_800_000,
    "1h": 3_600_000,
    "2h": 7_200_000,
    "4h": 14_400_000,
    "1d": 86_400_000,
}


def _error(code: int, msg: str) -> web.Response:
    return web.json_response({"code": code, "msg": msg}, status=400)


class BinanceKlines:
    """One-minute bars per exchange symbol id (tests set them); other intervals are refused
    unless bars were set for them."""

    def __init__(self, known: Any) -> None:
        self._known = known  # the symbol ids the exchange lists
        # (symbol id, interval) -> [[open ms, open, high, low, close, volume], ...] by open time
        self.bars: dict[tuple[str, str], list[list[Any]]] = {}
        self.requests: list[dict[str, str]] = []

    def set_bars(self, symbol_id: str, rows: list[list[Any]], interval: str = "1m") -> None:
        """The candles the exchange holds for a symbol (open ms, o, h, l, c, volume)."""
        self.bars[(symbol_id, interval)] = sorted(rows, key=lambda r: int(r[0]))

    def add_routes(self, r: web.UrlDispatcher, prefix: str) -> None:
        r.add_get(f"{prefix}/klines", self.klines)

    async def klines(self, request: web.Request) -> web.Response:
        q = dict(request.query)
        self.requests.append(q)
        symbol, interval = q.get("symbol"), q.get("interval")
        if not symbol or not interval:
            missing = "symbol" if not symbol else "interval"
            return _error(
                -1102,
                f"Mandatory parameter '{missing}' was not sent, was empty/null, or malformed.",
            )
        if symbol not in self._known:
            return _error(-1121, "Invalid symbol.")
        if interval not in INTERVALS_MS:
            return _error(-1120, "Invalid interval.")
        try:
            limit = int(q.get("limit", 500))
            start = int(q["startTime"]) if "startTime" in q else None
            end = int(q["endTime"]) if "endTime" in q else None
        except ValueError:
            return _error(-1102, "Illegal characters found in parameter.")
        if not 1 <= limit <= 1500:
            return _error(-1130, "Data sent for parameter 'limit' is not valid.")
        rows = [
            r
            for r in self.bars.get((symbol, interval), [])
            if (start is None or int(r[0]) >= start) and (end is None or int(r[0]) <= end)
        ]
        rows = rows[:limit] if start is not None else rows[-limit:]
        step = INTERVALS_MS[interval]
        return web.json_response([self._bar(r, step) for r in rows])

    @staticmethod
    def _bar(r: list[Any], step: int) -> list[Any]:
        t, o, h, lo, c, v = int(r[0]), *(str(x) for x in r[1:6])
        quote = str(float(c) * float(v))
        return [t, o, h, lo, c, v, t + step - 1, quote, 1, v, quote, "0"]
