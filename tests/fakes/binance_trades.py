"""The fake Binance USD-M's Account Trade List (GET /fapi/v1/userTrades): the executions that
carry each fill's commission, which an order's answer does not."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiohttp import web

from tests.fakes.binance_paths import F1
from tests.fakes.orders import FakeReject

if TYPE_CHECKING:
    from tests.fakes.fake_binance import FakeBinance


class BinanceTrades:
    """The account's executions."""

    def __init__(self, fake: FakeBinance) -> None:
        self.fake = fake

    def add_routes(self, r: web.UrlDispatcher) -> None:
        r.add_get(f"{F1}/userTrades", self.user_trades)

    async def user_trades(self, request: web.Request) -> web.Response:
        """GET /fapi/v1/userTrades (Account Trade List): the account's executions of a symbol,
        with their commission; `orderId` (only with `symbol`) keeps one order's. Fields and
        example (commission negative, as paid): https://developers.binance.com/docs/
        derivatives/usds-margined-futures/trade/rest-api/Account-Trade-List. Its rules: without
        startTime and endTime the last 7 days; startTime alone: the 7 days from it; endTime
        alone: the 7 days before it; at most 7 days between them (-1127); fromId not with
        either (-1128); limit 500 by default, at most 1000; the oldest first."""
        p = await self.fake._auth(request)
        sym = p.get("symbol", "")
        if sym not in self.fake.book.markets:
            raise FakeReject("bad_symbol")
        want = p.get("orderId")
        lo, hi, from_id, newest = self._trade_window(p)
        out = []
        for o in self.fake.book.orders.values():
            listed = o.extra.get("actual_id") if o.kind == "stop" else o.id
            if o.symbol != sym or listed is None or want not in (None, listed):
                continue
            for f in self.fake.book.fills.get(o.id, []):
                if want is None and not (lo <= f.time_ms <= hi and f.trade_id >= from_id):
                    continue
                fee = f.fee if self.fake.commission_asset == "USDT" else f.fee / self.fake.bnb_price
                out.append(
                    {
                        "buyer": o.side == "buy",
                        "commission": str(-fee),
                        "commissionAsset": self.fake.commission_asset,
                        "id": f.trade_id,
                        "maker": o.kind == "limit",
                        "orderId": int(listed),
                        "price": str(f.price),
                        "qty": str(f.qty),
                        "quoteQty": str(f.qty * f.price),
                        "realizedPnl": "0",
                        "side": o.side.upper(),
                        "positionSide": o.extra.get("positionSide", "BOTH"),
                        "symbol": sym,
                        "time": f.time_ms,
                    }
                )
        out.sort(key=lambda t: t["id"])
        limit = min(int(p.get("limit") or 500), 1000)
        self.fake.trade_reads.append(dict(p))
        # The most recent when neither a time nor fromId says where to start.
        return web.json_response(out[-limit:] if newest else out[:limit])

    def _trade_window(self, p: dict[str, str]) -> tuple[int, int, int, bool]:
        """(startTime, endTime, fromId, the most recent) of a userTrades query, as Binance
        reads them."""
        start, end = p.get("startTime"), p.get("endTime")
        if "fromId" in p:
            if start or end:
                raise FakeReject("bad_combo")
            return 0, 2**63, int(p["fromId"]), False
        week = 7 * 24 * 3600 * 1000
        if not start and not end:
            now = self.fake.book.now_ms()
            return now - week, now, 0, True
        if start and end:
            lo, hi = int(start), int(end)
            if hi - lo > week:
                raise FakeReject("interval_too_big")
        elif start:
            lo, hi = int(start), int(start) + week
        else:
            lo, hi = int(end or 0) - week, int(end or 0)
        return lo, hi, 0, False
