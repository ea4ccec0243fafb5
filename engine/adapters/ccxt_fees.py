"""The fee an order paid, from the exchange's trade list when the order's answer reports none.

Binance USD-M order answers carry no commission; its Account Trade List does, per execution
(GET /fapi/v1/userTrades, by orderId or by time: https://developers.binance.com/docs/derivatives/
usds-margined-futures/trade/rest-api/Account-Trade-List). MEXC contract orders report theirs
(takerFee, makerFee); its trades by order id are order/deal_details/{order_id}. ccxt reads the
first through fetch_my_trades, the second through fetch_order_trades.

Two uses: a fill learnt by a lookup reads its order's trades at once (`order_fee`), and fills
booked with an estimate (a Binance market order's answer) are asked for later, off the hot
path, in one trade-list read per symbol (`fees`).

An ask with no exchange id (an entry whose answer was lost, its fill taken from the position:
engine/core/cover_adopt.py) is read from the symbol's trade list since its send: the one order
whose executions are on its side and add up to exactly its fill pays its fee. None, or more
than one such order (another of the same size), and the estimate stays: a fee is never taken
from an order that may not be this one. Nor from a list that may be cut short: one that fills
its last page is read on, page by page where the exchange numbers them (MEXC's deal list, 100
a page, newest first), and left undecided (asked again later) when it still does not end.
Where the exchange writes its own side codes (MEXC: 1 open long, 2 close short, 3 open short,
4 close long; ccxt reads a deal's 2 as a sell and leaves 3 and 4 as numbers), the side is read
from them, and only executions that open a position can be an entry's. MEXC's amounts are in
contracts: an order's executions are summed in contracts, then made base units.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from decimal import Decimal
from functools import partial
from typing import Any

import ccxt.async_support as ccxt

from engine.domain.orders import FeeAsk, OrderUpdate
from engine.redact import REDACTOR

log = logging.getLogger("sigcopy.ccxt")

# A read, retried as the broker retries reads: read(call, what) -> call's answer.
Reader = Callable[[Callable[[], Awaitable[Any]], str], Awaitable[Any]]
PAGE = 1000  # the trade list's largest page (Binance: limit, default 500, max 1000)
PAGES = 5  # pages of a numbered trade list read for one symbol's asks at most
WEEK_MS = 7 * 24 * 3600 * 1000  # Binance: startTime to endTime at most 7 days
SKEW_MS = 60_000  # a fill's booked time may be this far from the exchange's


class FeeReader:
    """Reads fees from an exchange's trade list (one ccxt exchange; reads retried by `read`)."""

    def __init__(
        self,
        exchange: Any,
        contract_size: Callable[[str], Decimal],
        read: Reader,
        now: Callable[[], float],
    ) -> None:
        self.exchange = exchange
        self._csize = contract_size  # a symbol's contract size (base units per contract)
        self._read = read
        self._now = now  # epoch seconds
        self.by_time = True  # asks with no exchange id are matched in the trade list by time
        self.page = PAGE  # the trade list's largest page (ExchangeProfile.trade_page)
        self.page_param: str | None = None  # its page-number param (trade_page_param)
        self.side_codes: dict[str, tuple[str, bool]] | None = None  # (ExchangeProfile)

    async def order_fee(self, symbol: str, order_id: str, update: OrderUpdate) -> None:
        """Replace the update's estimated fee by the one the exchange reports for the order's
        executions, when they cover its whole fill in the settle currency (else it stays
        estimated: a fee paid in BNB, say, is not a USDT amount)."""
        try:
            found = await self._read(lambda: self._order_trades(symbol, order_id), "order trades")
        except ccxt.BaseError as exc:
            log.warning("fee of %s not read (%s): estimated", order_id, type(exc).__name__)
            return
        covered, fee = self._fee(found, symbol, order_id, update.filled)
        if fee is None:
            log.info("fee of %s: the trade list does not cover its fill; estimated", order_id)
            return
        update.fee = fee
        update.fee_estimated = False

    async def fees(self, asks: list[FeeAsk]) -> dict[str, Decimal | None]:
        """The fee each ask's fill really cost, by client id: a Decimal; None when the exchange
        reports it in another currency (the estimate is final); absent when not readable yet.
        One trade-list read per symbol covers its asks (per order when there is one only, or
        its fills are older than the list's 7-day window)."""
        by_symbol: dict[str, list[FeeAsk]] = {}
        for a in asks:
            by_symbol.setdefault(a.symbol, []).append(a)
        out: dict[str, Decimal | None] = {}
        for symbol, group in by_symbol.items():
            try:
                out |= await self._symbol_fees(symbol, group)
            except ccxt.BaseError as exc:  # (its text may quote the signed request: masked)
                why = f"{type(exc).__name__}: {REDACTOR.text(str(exc))}"
                log.warning("fees of %s not read (%s): asked again later", symbol, why)
        return out

    async def _symbol_fees(self, symbol: str, asks: list[FeeAsk]) -> dict[str, Decimal | None]:
        unseen = [a for a in asks if not a.exchange_id]
        out = await self._unseen_fees(symbol, unseen) if unseen and self.by_time else {}
        asks = [a for a in asks if a.exchange_id]
        return out | (await self._known_fees(symbol, asks) if asks else {})

    async def _unseen_fees(self, symbol: str, asks: list[FeeAsk]) -> dict[str, Decimal | None]:
        """Asks with no exchange id: each matched to the one order of its side in the trade
        list since its send whose executions add up to its fill."""
        since = int(min(a.since for a in asks) * 1000) - SKEW_MS
        found, whole = await self._since(symbol, since)
        if not whole:
            log.info(
                "fees of %s: its trade list does not end in %d pages; asked later", symbol, PAGES
            )
            return {}
        out: dict[str, Decimal | None] = {}
        for a in asks:
            start = a.since * 1000 - SKEW_MS
            mine = [
                t
                for t in found
                if self._opening_side(t) == a.side and (t.get("timestamp") or 0) >= start
            ]
            matches = []
            for oid in {str(t.get("order")) for t in mine}:
                covered, fee = self._fee(mine, symbol, oid, a.filled)
                if covered:
                    matches.append(fee)
            if len(matches) == 1:
                out[a.client_id] = matches[0]
            elif matches:
                log.info(
                    "fee of %s: %d orders match its fill; estimated", a.client_id, len(matches)
                )
        return out

    async def _since(self, symbol: str, since: int) -> tuple[list[dict[str, Any]], bool]:
        """The symbol's trades since `since` (ms), and whether that is all of them: a full page
        is followed by the next where the list numbers its pages, PAGES at most. A trade that
        arrives between two reads pushes the rest down a place (newest first): the row it
        pushed onto the next page is read twice, and kept once (by its id)."""
        out: dict[str, dict[str, Any]] = {}
        for n in range(1, (PAGES if self.page_param else 1) + 1):
            params = {self.page_param: n} if self.page_param else {}
            batch = await self._read(
                partial(self.exchange.fetch_my_trades, symbol, since, self.page, params),
                "trade list",
            )
            out |= {str(t.get("id") or f"{n}#{i}"): t for i, t in enumerate(batch)}
            if len(batch) < self.page:
                return list(out.values()), True
        return list(out.values()), False

    def _opening_side(self, t: dict[str, Any]) -> str | None:
        """The side of an execution that may open a position (an entry's); None for one the
        exchange's own side code says closes one."""
        code = str((t.get("info") or {}).get("side"))
        if self.side_codes and code in self.side_codes:
            side, closes = self.side_codes[code]
            return None if closes else side
        return t.get("side")

    async def _known_fees(self, symbol: str, asks: list[FeeAsk]) -> dict[str, Decimal | None]:
        since = int(min(a.since for a in asks) * 1000) - SKEW_MS
        batch = len(asks) > 1 and self._now() * 1000 - since < WEEK_MS - SKEW_MS
        rest = asks
        out: dict[str, Decimal | None] = {}
        if batch and self.exchange.has.get("fetchMyTrades"):
            found = await self._read(
                lambda: self.exchange.fetch_my_trades(symbol, since, self.page), "trade list"
            )
            rest = []
            for a in asks:
                covered, fee = self._fee(found, symbol, a.exchange_id, a.filled)
                if covered:
                    out[a.client_id] = fee
                elif len(found) >= self.page:
                    rest.append(a)  # a full page may have left it out: asked by order id
        for a in rest:
            found = await self._read(
                partial(self._order_trades, symbol, a.exchange_id), "order trades"
            )
            covered, fee = self._fee(found, symbol, a.exchange_id, a.filled)
            if covered:
                out[a.client_id] = fee
        return out

    async def _order_trades(self, symbol: str, order_id: str) -> list[dict[str, Any]]:
        ex = self.exchange
        try:
            return list(await ex.fetch_order_trades(order_id, symbol))
        except ccxt.NotSupported:  # Binance futures: the account's trades, by order id
            return list(await ex.fetch_my_trades(symbol, None, None, {"orderId": order_id}))

    def _fee(
        self, trades: list[dict[str, Any]], symbol: str, order_id: str, filled: Decimal
    ) -> tuple[bool, Decimal | None]:
        """(covered, fee) of an order from a trade list: covered when its executions add up to
        `filled` (base units); fee None when not covered (not listed yet, or a garbled list)
        or when they were charged in another currency than the settle one."""
        market = self.exchange.market(symbol)
        settle = market.get("settle") or market.get("quote")
        try:
            qty, fee, usable = _total(trades, order_id, settle)
        except (ArithmeticError, TypeError, ValueError):  # a garbled list: not read
            return False, None
        if qty * self._csize(symbol) != filled:
            return False, None
        return True, fee if usable else None


def _total(
    trades: list[dict[str, Any]], order_id: str, settle: str | None
) -> tuple[Decimal, Decimal, bool]:
    """(quantity, fee, every fee in `settle`) of an order's executions in a trade list."""
    qty = fee = Decimal(0)
    usable = True
    for t in trades:
        if str(t.get("order")) != order_id:
            continue  # a trade list by symbol holds other orders' executions
        qty += Decimal(str(t.get("amount") or 0))
        f = t.get("fee")
        if not isinstance(f, dict) or f.get("cost") is None or f.get("currency") != settle:
            usable = False
            continue
        fee += abs(Decimal(str(f["cost"])))
    return qty, fee, usable
