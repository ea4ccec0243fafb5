"""Position cover: a stop for a position the exchange holds that sigcopy's book does not explain,
while an entry whose answer was lost is not found.

An entry whose create's answer said nothing of its fate (Binance 503 -1007, a timeout) and that
a look-up by client id does not find stays unknown and is looked up again over LATE_S
(lost_answers.py). Normally the look-up (or the monitor's poll of every pending order) finds it
once the exchange carries it out, its fill is booked and its stop goes out at once. But an order
the exchange carried out may still not be found by its client id (Binance: "Query Order" may
not find it while the matching engine has not reported it yet, and the -1007 text itself says
"Send status unknown; execution status unknown",
https://developers.binance.com/docs/derivatives/usds-margined-futures/error-code): then the
position is open on the exchange and nothing in the book says so, so nothing protects it.

So every look-up of such an entry also reads the exchange's position on its market (one
request: Binance GET /fapi/v3/positionRisk, MEXC open_positions). When the exchange holds more
in the entry's direction than the book's trades there add up to, that amount (at most the
entry's) is this trade's *cover* (`trade.extra["cover"]`, saved with it): the Protector places a
reduce-only stop for it at once, at the trade's stop price (the signal's), as the trade's own
stop (new first, written ahead like any stop: protection.py sizes the stop to the open amount
plus the cover, never a take-profit for it). When the position no longer shows it, the cover
goes and so does that stop. Once the entry's look-ups have stopped (MOVED_LOOKUPS), the
monitor's minute read of the positions keeps the cover to the position instead (`reread`): a
position closed on the exchange by hand takes the cover and its stop away, and the user is told
so. When the entry is found (filled or not) the cover is dropped and the
stop sized to what was booked. Nothing is booked from the position while the entry may still be
found: its price is not known, and the amount may be someone else's (the user is told to check).
Only when the trade is to end before then (TP1 first, the expiry, a cancel, a close) is what the
position still holds taken as the entry's fill, so that its stop is not cancelled with the trade
(cover_adopt.py).

Other bots: freqtrade places a missing stop again at its next loop
(freqtrade/freqtradebot.py, `handle_stoploss_on_exchange`); hummingbot counts "order not found"
answers before it calls an order lost (`_order_not_found_records`); NautilusTrader checks the
venue's positions at start and continuously at runtime, and aligns its own with synthetic fills
at the venue's average price ("Execution Reconciliation",
https://nautilustrader.io/docs/latest/concepts/reconciliation/). sigcopy books no synthetic
fill (the amount may not be this entry's, and a copied signal's trade is only what it placed);
it protects the amount with the trade's own stop and tells the user, which is what a copy bot
that promises "never without a stop" has to do here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from decimal import Decimal

from engine import events as ev
from engine.core.bus import EventBus
from engine.core.foreign_orders import foreign, note_of
from engine.core.journal import Journal
from engine.core.lost_answers import LATE_S, MOVED_LOOKUPS, net_gap, position_gap
from engine.core.order_manager import OrderManager
from engine.core.portfolio import Portfolio
from engine.domain.orders import ExchangePosition, FateUnknown, Order, OrderRole, OrderStatus
from engine.domain.signal import canonical_symbol
from engine.domain.trade import Trade
from engine.ports import Broker

log = logging.getLogger("sigcopy.engine")
_ENTRY, _PENDING = OrderRole.ENTRY, OrderStatus.PENDING
KEY = "cover"  # trade.extra: the amount its stop covers beyond what the book holds


def covered(t: Trade) -> Decimal:
    """The amount this trade's stop covers beyond its booked open amount (0: none)."""
    raw = t.extra.get(KEY)
    return Decimal(str(raw)) if raw else Decimal(0)


def cover_of(t: Trade, o: Order, trades: list[Trade], gap: Decimal) -> Decimal:
    """What `t`'s cover is, the exchange's position `gap` beyond the book (long positive) on
    `o`'s market read: the amount in `t`'s direction that the other `trades`' covers do not
    explain, at most what `o` may still fill."""
    others = sum((covered(x) for x in trades if x is not t), Decimal(0))
    extra = (gap if t.is_long else -gap) - others
    return max(Decimal(0), min(extra, o.amount - o.filled))


def stop_cover(t: Trade, orders: OrderManager) -> Decimal:
    """The cover its stop holds now: only while an entry of it is still unknown (pending), and
    never more than such entries may still fill (one found filled by a poll before its look-up
    is booked: its fill is then in the open amount, and not covered twice)."""
    cover = covered(t)
    if not cover:
        return cover
    unknown = sum(
        (o.amount - o.filled for o in orders.live(t.trade_id, _ENTRY) if o.status == _PENDING),
        Decimal(0),
    )
    return min(cover, unknown)


class PositionCover:
    """Finds the amount an unknown entry may have filled, and has its stop placed."""

    def __init__(
        self,
        portfolio: Portfolio,
        journal: Journal,
        broker: Broker,
        bus: EventBus,
        want: Callable[[str], None],
        orders: OrderManager,
    ) -> None:
        self.portfolio = portfolio
        self.orders = orders
        self.journal = journal
        self.broker = broker
        self.bus = bus
        self.want = want
        self._told: set[str] = set()  # entries whose look-ups ended with the position moved

    async def check(self, o: Order, final: bool = False) -> bool | None:
        """The exchange's position on `o`'s market read: whether it differs from the book (None:
        not read); the amount it holds beyond the book in `o`'s direction (at most what `o` may
        still fill) becomes the cover of `o`'s trade, and its stop is made to match. `final`:
        `o`'s look-ups over LATE_S are over (then, once, the user is told what was done)."""
        trades = self.portfolio.active(o.symbol)
        gap = await position_gap(self.broker, trades, o.symbol)
        if gap is None:
            return None
        t = self.portfolio.trades.get(o.trade_id)
        if t is None or not t.is_active:
            return gap != 0
        cover = cover_of(t, o, trades, gap)
        note = ""
        if cover and not covered(t):  # a new cover: what else rests there is said with it
            note = note_of(o.symbol, await foreign(self.broker, self.orders, o.symbol))
        if cover != covered(t):
            self._set(t, cover, said=not final, note=note)
        elif cover:
            self.want(t.trade_id)  # (its stop, if it failed before, is tried again)
        if final and gap and o.client_id not in self._told:
            self._told.add(o.client_id)
            self._still_unknown(t, o, cover, note)
        return gap != 0

    def _still_unknown(self, t: Trade, o: Order, cover: Decimal, note: str = "") -> None:
        """Said once: `o`'s look-ups are over, it is not found, and the position differs."""
        text = (
            f"{o.symbol}: the entry order whose answer was lost is still not found by its "
            f"client id {o.client_id} after {sum(LATE_S) / 60:.0f} minutes, but the exchange's "
            f"{o.symbol} position differs from what sigcopy booked: it may have filled. "
        )
        if cover and t.sl is not None:
            text += (
                f"A reduce-only stop for {cover} at {t.sl} (the signal's stop) protects what "
                "the exchange holds beyond the book. "
            )
            hint = (
                "Check the position on the exchange: if it is this entry's, its stop rests (close "
                "it there if you do not want it); if it is a trade of yours by hand, cancel that "
                "stop there or keep it."
            )
        else:
            why = "the trade has no stop price" if cover else "the difference is not this entry's"
            text += f"No stop was placed for it ({why}). "
            hint = "Check the position on the exchange; set a stop there if it has none."
        text += (
            "The entry is not sent again and is looked up every minute, "
            f"{MOVED_LOOKUPS} times more at most.{note}"
        )
        self.bus.emit(ev.Event(ev.ERROR, text, t.symbol, t.trade_id, {"hint": hint}))

    def gave_up(self, o: Order) -> None:
        """`o`'s look-ups stopped with the position still unlike the book: said once."""
        t = self.portfolio.trades.get(o.trade_id)
        if t is None or not t.is_active:
            return
        cover = covered(t)
        minutes = (sum(LATE_S) + MOVED_LOOKUPS * LATE_S[-1]) / 60
        kept = (
            f"The reduce-only stop for {cover} at {t.sl} it placed for what the exchange holds "
            "beyond the book stays."
            if cover and t.sl is not None
            else "No stop was placed for it by sigcopy."
        )
        text = (
            f"{o.symbol}: sigcopy stops looking up the entry order whose answer was lost (client "
            f"id {o.client_id}): not found in {minutes:.0f} minutes, while the exchange's "
            f"{o.symbol} position still differs from what sigcopy booked. {kept} The trade "
            "stays pending; the entry is never sent again."
        )
        hint = (
            "Settle it on the exchange: keep the position (check it has a stop) or close it "
            "there (sigcopy reads the position every minute: closed, its stop is cancelled). "
            "If the order ever shows up, the monitor's poll books it."
        )
        self.bus.emit(ev.Event(ev.ERROR, text, t.symbol, t.trade_id, {"hint": hint}))

    def reread(self, positions: list[ExchangePosition]) -> None:
        """The monitor's minute read of the exchange's `positions` (reconcile_positions): the
        trades whose unknown entry is looked up no more (lost_answers.py, `stopped`) keep their
        cover to the position here, as check() did at each look-up: gone (the position closed on
        the exchange), the cover and its stop go, said truthfully; changed, the stop is sized to
        it; the same, its stop is made to match (one that failed or vanished is placed again)."""
        seen: set[str] = set()
        for cid in sorted(self.orders.lost.stopped):
            o = self.orders.orders.get(cid)
            t = None if o is None else self.portfolio.trades.get(o.trade_id)
            if o is None or o.status != _PENDING or t is None or not t.is_active:
                continue
            if t.trade_id in seen:
                continue
            seen.add(t.trade_id)
            trades = self.portfolio.active(o.symbol)
            cover = cover_of(t, o, trades, net_gap(positions, trades, o.symbol))
            before = covered(t)
            if cover == before:
                if cover:
                    self.want(t.trade_id)
                continue
            self._set(t, cover, said=bool(cover))
            if not cover:
                self._closed(t, o, before)

    def _closed(self, t: Trade, o: Order, before: Decimal) -> None:
        """Said once the position no longer holds `t`'s cover after its entry's look-ups
        stopped (closed on the exchange, by hand or by its stop)."""
        coin = canonical_symbol(t.symbol).replace("/", "")
        text = (
            f"{t.symbol}: the exchange no longer holds the {before} beyond what sigcopy booked "
            "(closed there): the stop sigcopy placed for it is cancelled, if the exchange had "
            f"not removed it with the position already. The entry order whose answer was lost "
            f"(client id {o.client_id}) is still not found; it is not looked up any more and "
            "never sent again, and the trade stays pending with nothing booked."
        )
        hint = (
            f"If that position was this entry's and you closed it, /cancel {coin} ends the "
            "trade. If the order ever shows up, the monitor's poll books it."
        )
        self.bus.emit(ev.Event(ev.ERROR, text, t.symbol, t.trade_id, {"hint": hint}))

    def drop(self, t: Trade) -> None:
        """`t`'s unknown entry was found (or called never placed): no cover any more."""
        if covered(t):
            self._set(t, Decimal(0), said=False)

    def gone(self, t: Trade) -> None:
        """The position no longer holds `t`'s cover (read before its entry's cancel): said."""
        if covered(t):
            self._set(t, Decimal(0))

    def _set(self, t: Trade, cover: Decimal, said: bool = True, note: str = "") -> None:
        before = covered(t)
        if cover:
            t.extra[KEY] = str(cover)
        else:
            t.extra.pop(KEY, None)
        self.journal.put_trade(t)
        self.want(t.trade_id)  # its stop made to match at once (this settle)
        log.warning("%s: %s cover %s -> %s", t.symbol, t.trade_id, before, cover)
        if not said:
            return
        side = "long" if t.is_long else "short"
        if cover and t.sl is not None:
            text = (
                f"{t.symbol}: the exchange holds {cover} more ({side}) than sigcopy booked, and "
                "the entry whose answer was lost is not found yet: it may have filled. A "
                f"reduce-only stop for {cover} at {t.sl} (the signal's stop) is placed now.{note}"
            )
            hint = (
                "Check the position on the exchange. The stop is cancelled if the position goes "
                "back; if the entry is found, its fill is booked and the stop sized to it."
            )
        elif cover:
            text = (
                f"{t.symbol}: the exchange holds {cover} more ({side}) than sigcopy booked, and "
                "the entry whose answer was lost is not found yet: it may have filled. The "
                f"trade has no stop price, so no stop could be placed for it.{note}"
            )
            hint = "Set a stop on the exchange for that amount, or close it there."
        else:
            text = (
                f"{t.symbol}: the exchange's position is again what sigcopy booked: the stop "
                f"placed for the {before} it held beyond that is cancelled."
            )
            hint = "Nothing to do."
        self.bus.emit(ev.Event(ev.ERROR, text, t.symbol, t.trade_id, {"hint": hint}))

    def failed(self, t: Trade, o: Order, why: object) -> bool:
        """The cover's stop was not placed (`why`): said; True when `t` has a cover (a stop of
        a trade that holds nothing is otherwise nothing to say)."""
        cover = covered(t)
        if not cover:
            return False
        if isinstance(why, FateUnknown):
            return True  # said by LostAnswers, which looks it up
        text = (
            f"{t.symbol}: the stop for the {cover} the exchange holds beyond what sigcopy "
            f"booked could not be placed at {o.trigger_price} ({why}). It is tried again when "
            "the position is next read (at the entry's next look-up, else the minute check)."
        )
        hint = "Set a stop on the exchange for that amount, or close it there."
        self.bus.emit(ev.Event(ev.ERROR, text, t.symbol, t.trade_id, {"hint": hint}))
        return True
