"""Cover adoption: an unknown entry whose position has a cover stop is never cancelled away while
the exchange still holds that position.

A pending trade whose entry's answer was lost, and whose look-ups read a position the book does
not explain, has a *cover* stop (position_cover.py). Until the entry is found the trade stays
pending, and many things end a pending trade by cancelling its entries: TP1 reached first or the
expiry (entry_ends.py), the channel's cancel (follow_ups.py), /close or /halt close
(close_hold.py). An unknown entry's cancel finds nothing by its client id ("never reached",
ccxt_cancel.py), so the trade used to end with nothing filled, and its cover stop was cancelled
with it: the position the exchange held stayed there without a stop.

So every cancel of an unknown (pending) entry whose trade has a cover first reads the exchange's
position on its market (OrderManager.before_cancel, asked by OrderSends.cancel_all):

- the amount the exchange holds beyond the book in the entry's direction is still there: it is
  taken as the entry's fill (at most what the entry may still fill), at the exchange's average
  entry price for it (the fee estimated at the market's taker rate), the cover is dropped and the
  trade is an open one from then on, managed as any filled trade: its stop (the cover stop,
  already sized to it) stays, its take-profits are placed, and what asked for the cancel does
  what it does for a trade with a fill (the expiry and TP1 leave it open, the channel's cancel
  keeps the position with its stop, /close closes it at market). The user is told, once;
- the position no longer shows it: the cover goes (said), and the cancel goes on as before;
- the position cannot be read: the entry is not cancelled (the cancel counts as failed, with
  why): the trade keeps its cover stop, and whoever cancels tries again later.

Nothing is sent by this (the booked fill is written in the same commit as the rest of the
settle); the entry is never sent again.

Why adopt rather than close at market: the other bots treat an order whose state became known
late as the fill it was. NautilusTrader's reconciliation aligns its own positions with the
venue's by inferred fills at the venue's average price
(https://nautilustrader.io/docs/latest/concepts/reconciliation/, `create_inferred_fill`);
freqtrade's `handle_cancel_enter` keeps the part of an entry that filled before its cancel as
the trade, with its stop; hummingbot's ClientOrderTracker keeps processing the fills of orders
it had called lost. A copy bot that books the fill keeps the trader's plan (the signal's stop
and targets) on the position; closing it at market would turn a fill that went the trade's way
(TP1 reached) into a forced exit, and a market close needs the fill booked first anyway.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from decimal import Decimal

from engine import events as ev
from engine.core.bus import EventBus
from engine.core.journal import Journal
from engine.core.lost_answers import net_gap
from engine.core.order_manager import OrderManager
from engine.core.portfolio import Portfolio
from engine.core.position_cover import KEY, PositionCover, cover_of, covered
from engine.domain.market import Market
from engine.domain.orders import ExchangePosition, Order, OrderStatus, OrderUpdate
from engine.domain.signal import canonical_symbol
from engine.domain.trade import Trade
from engine.errors import BrokerError, SigcopyError
from engine.ports import Broker, Clock

log = logging.getLogger("sigcopy.engine")
_PENDING, ZERO = OrderStatus.PENDING, Decimal(0)
TAKEN = "taken as filled: the exchange's position held it while its look-ups did not find it"


class CoverAdoption:
    """Reads the position before an unknown entry with a cover is cancelled; adopts what it
    holds as the entry's fill."""

    def __init__(
        self,
        portfolio: Portfolio,
        orders: OrderManager,
        journal: Journal,
        broker: Broker,
        bus: EventBus,
        clock: Clock,
        cover: PositionCover,
        resolve: Callable[[str], Market | None],
    ) -> None:
        self.portfolio = portfolio
        self.orders = orders
        self.journal = journal
        self.broker = broker
        self.bus = bus
        self.clock = clock
        self.cover = cover
        self.resolve = resolve

    async def before_cancel(self, entries: list[Order]) -> dict[str, BaseException]:
        """These pending entries are about to be cancelled: those of a trade with a cover are
        settled first (adopted, or the cover dropped). Returns, by client id, those that must
        not be cancelled now (the position could not be read), with why."""
        refused: dict[str, BaseException] = {}
        for o in entries:
            t = self.portfolio.trades.get(o.trade_id)
            if o.status != _PENDING or t is None or not t.is_active or not covered(t):
                continue
            why = await self._settle(t, o)
            if why is not None:
                refused[o.client_id] = why
        return refused

    async def _settle(self, t: Trade, o: Order) -> BaseException | None:
        try:
            positions = await self.broker.fetch_positions()
        except SigcopyError as exc:
            log.warning("%s: position not read before the cancel of %s", t.symbol, o.client_id)
            return BrokerError(
                f"the exchange's {t.symbol} position could not be read to learn whether the "
                f"entry whose answer was lost filled ({exc.user_message()}); it is not "
                "cancelled yet, and its stop stays"
            )
        held = [p for p in positions or () if p.symbol == t.symbol]
        trades = self.portfolio.active(t.symbol)
        amount = cover_of(t, o, trades, net_gap(positions, trades, t.symbol))
        if amount <= 0:
            self.cover.gone(t)  # the position went back: the cancel goes on as before
            return None
        price = self._price(t, o, held, trades, amount)
        if price is None:
            return BrokerError(
                f"no price is known for the {amount} the exchange holds beyond the book on "
                f"{t.symbol}; the entry whose answer was lost is not cancelled yet, and its "
                "stop stays"
            )
        if price == price.to_integral_value():
            price = price.quantize(Decimal(1))  # (60000, not 60000.0)
        self._adopt(t, o, amount, price)
        return None

    def _price(
        self,
        t: Trade,
        o: Order,
        held: list[ExchangePosition],
        trades: list[Trade],
        amount: Decimal,
    ) -> Decimal | None:
        """The price of `amount`: the exchange's average entry price of the position on the
        trade's side, less what the book's trades on that side hold at theirs; else the entry's
        own price, else the last price."""
        side = "LONG" if t.is_long else "SHORT"
        pos = next((p for p in held if p.side == side and p.entry_price), None)
        market = self.resolve(t.symbol)
        if pos is not None and pos.entry_price is not None:
            mine = [x for x in trades if x.is_long == t.is_long and x.open_qty > 0]
            qty = sum((x.open_qty for x in mine), ZERO)
            cost = sum((x.open_qty * (x.avg_entry or ZERO) for x in mine), ZERO)
            if pos.amount > qty:
                price = (pos.entry_price * pos.amount - cost) / (pos.amount - qty)
                if price > 0:
                    return market.round_price(price) if market is not None else price
        last = self.portfolio.last.get(t.symbol)
        return o.price or (Decimal(str(last)) if last is not None else None)

    def _adopt(self, t: Trade, o: Order, amount: Decimal, price: Decimal) -> None:
        """`amount` of `o` booked as filled at `price` (the fee estimated); the cover dropped:
        the trade's stop is sized to its open amount from now on; the user told."""
        lost = self.orders.lost
        lost.until.pop(o.client_id, None)  # (looked up no more: its fill is booked)
        lost.late.pop(o.client_id, None)
        market = self.resolve(t.symbol)
        rate = (market.taker_fee if market is not None else None) or ZERO
        filled = o.filled + amount
        cost = (o.avg_price or ZERO) * o.filled + price * amount
        t.extra.pop(KEY, None)
        o.error = TAKEN
        self.orders.apply(
            OrderUpdate(
                o.client_id,
                OrderStatus.FILLED if filled >= o.amount else _PENDING,
                filled=filled,
                avg_price=cost / filled,
                fee=o.fee + amount * price * rate,
                fee_estimated=True,
                timestamp=self.clock.time(),
            )
        )
        self.journal.put_trade(t)
        log.warning(
            "%s: %s %s adopted at %s from the position", t.symbol, o.client_id, amount, price
        )
        side = "long" if t.is_long else "short"
        stop = (
            f"its stop at {t.sl} rests for it"
            if t.sl is not None
            else "it has no stop price: set a stop on the exchange"
        )
        text = (
            f"{t.symbol}: the entry order whose answer was lost (client id {o.client_id}) was "
            f"to be cancelled, but the exchange still holds {amount} more ({side}) than sigcopy "
            f"booked: taken as the entry's fill at {price} (the exchange's average entry price; "
            f"fee estimated). The trade is open from now and managed as any filled one: {stop}, "
            "and its take-profits are placed."
        )
        coin = canonical_symbol(t.symbol).replace("/", "")
        hint = (
            "Check the position on the exchange. If it is this entry's, nothing to do; to get "
            f"out now, /close {coin}. If it is a trade of yours by hand, settle it there."
        )
        self.bus.emit(ev.Event(ev.ERROR, text, t.symbol, t.trade_id, {"hint": hint}))
