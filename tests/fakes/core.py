"""Exchange-agnostic state of a fake exchange: one account's orders, positions and balance,
matched by a tiny matching engine against a settable mark price. What it holds is in
tests/fakes/orders.py, what it does wrong next in tests/fakes/faults.py.

Quantities are in the exchange's own units (contracts on MEXC futures, base units on Binance).
"""

from __future__ import annotations

import asyncio
import itertools
import math
from collections.abc import Callable
from decimal import Decimal

from tests.fakes.faults import Faults
from tests.fakes.orders import FakeMarket, FakeOrder, FakeReject, Fill, OrderListener, now_ms


class Book:
    """Orders, positions and balance of one account, matched against a settable mark price."""

    def __init__(self, markets: list[FakeMarket], wallet: Decimal = Decimal(10_000)) -> None:
        self.markets = {m.id: m for m in markets}
        self.prices: dict[str, Decimal] = {}
        self.orders: dict[str, FakeOrder] = {}
        self.positions: dict[str, Decimal] = {}  # signed qty
        self.entry: dict[str, Decimal] = {}
        self.leverage: dict[str, int] = {}
        self.margin_mode: dict[str, str] = {}
        self.wallet = wallet
        self.fee_rate = Decimal("0.0004")
        self.maker_fee_rate: Decimal | None = None  # a resting order's fills (None: fee_rate)
        self.faults = Faults()
        self._ids = itertools.count(700_000_001)
        self._trade_ids = itertools.count(1)
        self.lock = asyncio.Lock()
        self.listeners: list[OrderListener] = []  # told of every order change (websocket pushes)
        # The order book's clock: wall time plus what a test advanced it by (advance()). Order
        # times and expiries follow it; request signatures are checked against the wall clock.
        self.offset_ms = 0
        # MEXC answers order/create with the order id only and matches the order afterwards:
        # its first state is 2 (uncompleted), filled on a later read. With this set, market
        # orders wait in `pending` until the next request (or price tick) reaches the fake.
        self.defer_market_fills = False
        self.pending: list[FakeOrder] = []
        # A stop whose condition already holds as it arrives: Binance refuses it (-2021, its own
        # check, fake_binance.py); where the exchange documents no such refusal and the order is
        # a condition on the price (MEXC plan orders, fake_mexc.py), it is accepted and fires at
        # once, once its answer has left (like a deferred market order, `pending`).
        self.fire_on_arrival = False
        # A triggered stop-market order is a market order placed when the price reaches the
        # trigger (MEXC plan orders: orderType 5 "market"; Binance STOP_MARKET): it fills at
        # the market, walking the book, beyond the price that triggered it (itself beyond the
        # trigger after a gap). By default `stop_slip_rate` of that price against the trader,
        # at least one price step; `stop_slippage` (quote) sets the distance instead.
        # (Binance New Order: STOP_MARKET "triggers a MARKET order", https://developers.binance.
        # com/docs/derivatives/usds-margined-futures/trade/rest-api/New-Order; the 2 bps is ours,
        # a market order's fill is not in either exchange's docs: not 0, which is kinder.)
        self.stop_slippage: Decimal | None = None
        self.stop_slip_rate = Decimal("0.0002")
        # order id -> its executions, as the exchanges' trade lists report them.
        self.fills: dict[str, list[Fill]] = {}
        # client id -> how many orders the exchange accepted with it. Binance only refuses an id
        # that an *open* order carries ("newClientOrderId: A unique id among open orders", New
        # Order, https://developers.binance.com/docs/derivatives/usds-margined-futures/trade/
        # rest-api): a filled market order's id sent again is a second order, so a client that
        # re-sends an order whose answer was lost is caught here, not by a refusal.
        self.created: dict[str, int] = {}
        # An order a create's fault holds back (late_orders.py): True when it is queued.
        self.take_late: Callable[[FakeOrder], bool] | None = None

    def now_ms(self) -> int:
        return now_ms() + self.offset_ms

    def advance(self, seconds: float) -> list[FakeOrder]:
        """Let time pass on the exchange: orders whose lifetime ends are expired. Returns them."""
        self.offset_ms += int(seconds * 1000)
        return self.expire_due()

    def expire_due(self) -> list[FakeOrder]:
        """Expire live orders whose `expires_ms` (extra) has passed on the book's clock."""
        now, gone = self.now_ms(), []
        for o in list(self.orders.values()):
            until = o.extra.get("expires_ms")
            if o.live and until is not None and until <= now:
                o.status = "EXPIRED"
                o.updated = now
                self._changed(o, "EXPIRED")
                gone.append(o)
        return gone

    # -- queries -------------------------------------------------------------------------
    def next_id(self) -> str:
        return str(next(self._ids))

    def _changed(self, o: FakeOrder, event: str, fill: Fill | None = None) -> None:
        for listener in list(self.listeners):
            listener(o, event, fill)

    def find_client(self, client_id: str) -> FakeOrder | None:
        """The order with this client id: the newest when an ended one's id was used again
        (Binance allows that: only open orders' ids must be unique; which one its query by
        client id answers then is not documented)."""
        for o in reversed(list(self.orders.values())):
            if o.client_id == client_id:
                return o
        return None

    def placed(self, kind: str | None = None, live: bool | None = None) -> list[FakeOrder]:
        """Orders the API placed (not those a user made by hand), by kind and liveness."""
        return [
            o
            for o in self.orders.values()
            if not o.by_hand
            and (kind is None or o.kind == kind)
            and (live is None or o.live == live)
        ]

    def open_orders(self, symbol: str | None = None, stops: bool | None = None) -> list[FakeOrder]:
        out = [o for o in self.orders.values() if o.live and (symbol in (None, o.symbol))]
        if stops is not None:
            out = [o for o in out if (o.kind == "stop") == stops]
        return out

    def unrealized(self, symbol: str) -> Decimal:
        pos = self.positions.get(symbol, Decimal(0))
        if not pos or symbol not in self.prices:
            return Decimal(0)
        cs = self.markets[symbol].contract_size
        return (self.prices[symbol] - self.entry[symbol]) * pos * cs

    def used_margin(self) -> Decimal:
        used = Decimal(0)
        for sym, pos in self.positions.items():
            if pos:
                cs = self.markets[sym].contract_size
                used += abs(pos) * self.entry[sym] * cs / self.leverage.get(sym, 1)
        return used

    def equity(self) -> Decimal:
        return self.wallet + sum((self.unrealized(s) for s in self.positions), Decimal(0))

    def free(self) -> Decimal:
        return self.equity() - self.used_margin()

    # -- orders --------------------------------------------------------------------------
    def submit(self, o: FakeOrder) -> FakeOrder:
        """Accept (and maybe fill) an order, or raise FakeReject."""
        m = self.markets.get(o.symbol)
        if m is None:
            raise FakeReject("bad_symbol")
        if not m.api_allowed:
            raise FakeReject("api_not_allowed")
        if o.qty <= 0 or o.qty % m.qty_step != 0 or o.qty < m.min_qty:
            raise FakeReject("bad_qty")
        for p in (o.price, o.trigger):
            if p is not None and (p <= 0 or p % m.price_step != 0):
                raise FakeReject("bad_price")
        if o.kind == "stop" and self.faults.reject_stops > 0:
            self.faults.reject_stops -= 1
            raise FakeReject("stop_rejected")
        mark = self.prices.get(o.symbol)
        if mark is None:
            raise FakeReject("no_price")
        o.leverage = self.leverage.get(o.symbol, 1)
        if not o.reduce_only:
            ref = o.price or mark
            if o.qty * m.contract_size * ref < m.min_notional:
                raise FakeReject("min_notional")
            need = o.qty * m.contract_size * ref / o.leverage
            if need > self.free():
                raise FakeReject("insufficient", f"available {self.free()}, needed {need}")
        elif self._reducible(o) == 0 and not m.spot:
            # A close with no position to close: MEXC 2009 "Position is not exists or closed",
            # Binance -2022 "ReduceOnly Order is rejected" (both refuse it at once). Codes:
            # https://mexcdevelop.github.io/apidocs/contract_v1_en/#error-code-example and
            # https://developers.binance.com/docs/derivatives/usds-margined-futures/error-code
            raise FakeReject("reduce_only")
        if self.take_late is not None and self.take_late(o):
            return o  # accepted, carried out later (late_orders.py)
        o.created = o.updated = self.now_ms()
        self.orders[o.id] = o
        if o.client_id:
            self.created[o.client_id] = self.created.get(o.client_id, 0) + 1
        self._changed(o, "NEW")
        if o.kind == "stop" and self.fire_on_arrival and self.stop_hit(o, mark):
            self.pending.append(o)  # its condition holds now: it fires once the answer has left
        elif o.kind == "market" and self.defer_market_fills:
            self.pending.append(o)  # answered "new"; matched once the answer has left
        elif o.kind == "market":
            self._execute_market(o, mark)
        elif o.kind == "limit" and self._crosses(o, mark):
            self._fill(o, mark)
        return o

    def _execute_market(self, o: FakeOrder, mark: Decimal) -> None:
        if self.faults.unfilled_next > 0:
            self.faults.unfilled_next -= 1
            o.status = "CANCELED"
            o.updated = self.now_ms()
            self._changed(o, "CANCELED")
            return
        self._fill(o, mark)
        if o.live:  # market remainder never rests
            o.status = "CANCELED"
            self._changed(o, "CANCELED")

    def settle_pending(self) -> None:
        """Match the market orders accepted but not yet executed (see defer_market_fills), and
        fire the stops whose condition held as they arrived (fire_on_arrival)."""
        pending, self.pending = self.pending, []
        for o in pending:
            if o.live and o.kind == "stop":
                self._trigger(o, self.prices[o.symbol])
            elif o.live:
                self._execute_market(o, self.prices[o.symbol])

    def stop_hit(self, o: FakeOrder, px: Decimal) -> bool:
        """Whether a stop's condition holds at `px`: its own direction where the exchange takes
        one (MEXC plan orders' triggerType, `above`), else by side (a SELL stop below)."""
        above = o.extra.get("above")
        if above is None:
            above = o.side == "buy"
        assert o.trigger is not None
        return px >= o.trigger if above else px <= o.trigger

    def _trigger(self, o: FakeOrder, px: Decimal) -> None:
        """A stop fires at `px`: the market order it places fills beyond it (stop_slip)."""
        # The order the trigger places (Binance reports it as actualOrderId).
        o.extra["actual_id"] = self.next_id()
        slip = self.stop_slip(o.symbol, px)
        self._fill(o, px + slip if o.side == "buy" else px - slip)
        if o.live:
            # Its market order filled only part (reduce-only: the rest of the position was
            # gone); the rest of that order expires, the stop is done.
            o.status = "EXPIRED"
            o.updated = self.now_ms()
            self._changed(o, "EXPIRED")
        if o.filled and not o.live:
            o.status = "TRIGGERED" if o.extra.get("algo") else o.status

    def cancel(self, order_id: str) -> FakeOrder:
        o = self.orders.get(order_id)
        if o is None:
            raise FakeReject("order_not_found")
        if not o.live:
            raise FakeReject("order_final")
        o.status = "CANCELED"
        o.updated = self.now_ms()
        self._changed(o, "CANCELED")
        return o

    def set_price(self, symbol: str, price: Decimal | float | str) -> list[FakeOrder]:
        """Move the mark price; resting orders that it reaches fill. Returns those that filled."""
        px = Decimal(str(price))
        self.settle_pending()  # executed at the price they met
        self.prices[symbol] = px
        done = []
        for o in sorted(self.open_orders(symbol), key=lambda x: x.created):
            if not o.live:
                continue
            if o.kind == "stop":
                trail = o.extra.get("follow")  # a trailing stop moves its trigger first
                if trail(o, px) if trail is not None else self.stop_hit(o, px):
                    self._trigger(o, px)
                    done.append(o)
            elif self._crosses(o, px):
                self._fill(o, o.price or px, maker=True)
                done.append(o)
        return done

    def stop_slip(self, symbol: str, px: Decimal) -> Decimal:
        """How far beyond `px` (quote) a triggered stop-market order fills."""
        if self.stop_slippage is not None:
            return self.stop_slippage
        step = self.markets[symbol].price_step
        return max(1, math.ceil(px * self.stop_slip_rate / step)) * step

    def triggered_order(self, order_id: str) -> FakeOrder | None:
        """The market order a triggered stop placed (its own id: `actual_id`), as the exchange
        lists it among regular orders: the stop's executions are its executions."""
        for o in self.orders.values():
            if o.kind == "stop" and o.extra.get("actual_id") == order_id:
                return FakeOrder(
                    order_id,
                    None,
                    o.symbol,
                    o.side,
                    "market",
                    o.qty,
                    reduce_only=o.reduce_only,
                    # A reduce-only market order with nothing to reduce expires unfilled.
                    # (One that could reduce only part: the rest of it expired.)
                    status="FILLED" if o.filled >= o.qty else "EXPIRED",
                    filled=o.filled,
                    cost=o.cost,
                    fee=o.fee,
                    created=o.updated,
                    updated=o.updated,
                    extra={
                        k: v
                        for k, v in o.extra.items()
                        if k in ("side", "openType", "positionSide")
                    }
                    | {"type": 5, "trigger_of": o.id},
                )
        return None

    def close_position_by_hand(self, symbol: str) -> None:
        """The user closes the position in the exchange's web page."""
        pos = self.positions.get(symbol, Decimal(0))
        if not pos:
            return
        side = "sell" if pos > 0 else "buy"
        o = FakeOrder(self.next_id(), None, symbol, side, "market", abs(pos), by_hand=True)
        o.created = o.updated = self.now_ms()
        self.orders[o.id] = o
        if o.client_id:
            self.created[o.client_id] = self.created.get(o.client_id, 0) + 1
        self._changed(o, "NEW")
        self._fill(o, self.prices[symbol])
        self._cancel_orphans(symbol)

    def _crosses(self, o: FakeOrder, px: Decimal) -> bool:
        assert o.price is not None
        return (o.side == "buy" and px <= o.price) or (o.side == "sell" and px >= o.price)

    def _reducible(self, o: FakeOrder) -> Decimal:
        pos = self.positions.get(o.symbol, Decimal(0))
        if (o.side == "sell" and pos > 0) or (o.side == "buy" and pos < 0):
            return abs(pos)
        return Decimal(0)

    def _fill(self, o: FakeOrder, px: Decimal, maker: bool = False) -> None:
        m = self.markets[o.symbol]
        qty = o.qty - o.filled
        if o.reduce_only and not m.spot:
            qty = min(qty, self._reducible(o))
            if qty == 0:
                o.status = "EXPIRED"
                o.updated = self.now_ms()
                self._changed(o, "EXPIRED")
                return
        if self.faults.partial_fill is not None:
            ratio, self.faults.partial_fill = self.faults.partial_fill, None
            qty = max(m.qty_step, (qty * ratio // m.qty_step) * m.qty_step)
        signed = qty if o.side == "buy" else -qty
        pos = self.positions.get(o.symbol, Decimal(0))
        cs = m.contract_size
        if pos == 0 or (pos > 0) == (signed > 0):
            new = pos + signed
            self.entry[o.symbol] = (abs(pos) * self.entry.get(o.symbol, px) + qty * px) / abs(new)
            self.positions[o.symbol] = new
        else:
            closed = min(abs(pos), qty)
            pnl = (px - self.entry[o.symbol]) * closed * cs * (1 if pos > 0 else -1)
            self.wallet += pnl
            new = pos + signed
            self.positions[o.symbol] = new
            if new != 0 and (new > 0) != (pos > 0):
                self.entry[o.symbol] = px
        rate = self.maker_fee_rate if maker and self.maker_fee_rate is not None else self.fee_rate
        fee = qty * px * cs * rate
        self.wallet -= fee
        o.fee += fee
        o.filled += qty
        o.cost += qty * px
        o.status = "FILLED" if o.filled >= o.qty else "PARTIALLY_FILLED"
        o.updated = self.now_ms()
        fill = Fill(qty, px, fee, next(self._trade_ids), o.updated, maker)
        self.fills.setdefault(o.id, []).append(fill)
        self._changed(o, "TRADE", fill)
        if self.positions.get(o.symbol) == 0:
            self._cancel_orphans(o.symbol)

    def _cancel_orphans(self, symbol: str) -> None:
        """Reduce-only stops die with their position (as on both exchanges)."""
        for other in self.open_orders(symbol):
            if other.reduce_only and other.kind == "stop":
                other.status = "EXPIRED"
                other.updated = self.now_ms()
                self._changed(other, "EXPIRED")
