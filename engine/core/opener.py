"""Opener: a signal becomes a trade - validated, priced, judged by the risk gate, planned,
written ahead and sent; its first stop and take-profits go out with the read of the entry's fill
where the exchange answers a market order without it (MEXC)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from decimal import Decimal

from config.trading_config import RiskConfig
from engine import events as ev
from engine.core.bookkeeper import Bookkeeper
from engine.core.bus import EventBus
from engine.core.journal import Journal
from engine.core.order_manager import OrderManager
from engine.core.portfolio import Portfolio
from engine.core.protector import Protector
from engine.core.risk_gate import RiskGate
from engine.domain.breakout import breakout
from engine.domain.channel_checks import channel_extra
from engine.domain.market import D, Market, market_price, market_prices, scale
from engine.domain.orders import Order, OrderRole, OrderStatus, OrderType, OrderUpdate
from engine.domain.planning import even_split, plan_entries
from engine.domain.risk import RiskDecision, validate_signal
from engine.domain.signal import Signal, target_percents_note
from engine.domain.stop_policy import StopDecision, resolve_stop
from engine.domain.trade import Trade, TradeStatus
from engine.domain.waiting import WaitingEntry, waiting_entry
from engine.errors import SigcopyError, StoreError
from engine.ports import Broker, Clock, KillSwitch
from engine.results import ExecutionResult

_GIVEN = StopDecision(None)  # (resolve_stop's answer for a signal with its own stop, bar sl)


@dataclass(slots=True)
class Decision:
    """The gate's decision with the signal's prices in the market's units."""

    decision: RiskDecision
    market: Market | None = None
    entries: list[Decimal] = field(default_factory=list)
    tps: list[Decimal] = field(default_factory=list)
    sl: Decimal | None = None
    price: Decimal | None = None
    notes: list[str] = field(default_factory=list)  # for the card: e.g. the default stop
    cfg: RiskConfig | None = None  # the settings it was judged by (the channel's keys in)
    last: float | None = None  # the price as the market data gave it (price is its Decimal)
    wait: WaitingEntry | None = None  # a breakout not reached yet: it waits for its level


class Opener:
    """Turns one signal into one trade and its entry orders; owns no state of its own."""

    def __init__(
        self,
        *,
        portfolio: Portfolio,
        orders: OrderManager,
        books: Bookkeeper,
        protector: Protector,
        journal: Journal,
        gate: RiskGate,
        broker: Broker,
        kill_switch: KillSwitch,
        bus: EventBus,
        clock: Clock,
        risk: RiskConfig,
        resolve: Callable[[str], Market | None],
        price_of: Callable[[str], Awaitable[float | None]],
        venue: str,
        anchor: Callable[[str, list[Decimal]], None] | None = None,
    ) -> None:
        self.portfolio = portfolio
        self.orders = orders
        self.books = books
        self.protector = protector
        self.journal = journal
        self.gate = gate
        self.broker = broker
        self.kill_switch = kill_switch
        self.bus = bus
        self.clock = clock
        self.risk = risk
        self.resolve = resolve
        self.price_of = price_of
        self.venue = venue
        self.anchor = anchor  # starts a simulated feed at a first signal's prices
        self.known_ids: set[str] = set()  # trade ids the store has ever seen (restored)
        # The Waiter's: the signals waiting for their level, and how one is held (core/book.py).
        self.waiting: dict[str, WaitingEntry] = {}
        self.hold: Callable[[WaitingEntry], None] = lambda w: None
        # Never a live position without a stop (a class attribute of the broker: read once).
        self.live_needs_stop = bool(getattr(broker, "requires_stop", False))

    async def decide(self, signal: Signal) -> Decision:
        """Validate, resolve, price and run the risk gate. Never raises for a bad signal."""
        reasons = validate_signal(signal)
        if reasons:
            return Decision(RiskDecision(False, reasons))
        market = self.resolve(signal.symbol)
        if market is None:
            why = f"unknown symbol {signal.symbol!r}: {self.venue} lists no such market"
            return Decision(RiskDecision(False, [why]))
        k = scale(signal.symbol, market)
        entries = market_prices(signal.entries, market, k) if signal.entries else []
        tps = market_prices(signal.take_profits, market, k)
        sl = market_price(signal.sl, market, k) if signal.sl is not None else None
        if self.anchor is not None and not self.portfolio.has_active(market.symbol):
            # (An open trade's prices stay where they are.) A breakout's walk starts between
            # its stop and its level, where the channel posted it: at the level, it would be
            # reached at once.
            at = entries
            if sl is not None and breakout(signal.side, signal.entry_trigger, entries, None):
                at = [*entries, sl]
            self.anchor(market.symbol, at)
        price_f = await self.price_of(market.symbol)
        price = D(price_f) if price_f is not None else None
        # A breakout the market has passed enters at market; one not reached waits for its
        # level (judged and sized below as an entry there; refused without a price to watch).
        bo = breakout(signal.side, signal.entry_trigger, entries, price)
        if bo is not None:
            entries = [] if bo.crossed else [bo.level]
        cfg = self.gate.config_for(signal)  # the book's settings, the channel's keys in
        # Never a live position without a stop: the signal's, DEFAULT_STOP_LOSS_PCT's or none.
        # Sizing by risk needs one too (without, the gate refuses with its own reason).
        live_needs_stop = self.live_needs_stop
        stop = _GIVEN  # the signal's own stop (most signals): nothing to resolve
        if sl is None:
            stop = resolve_stop(
                signal.side,
                sum(entries, Decimal(0)) / len(entries) if entries else price,
                sl,
                cfg.DEFAULT_STOP_LOSS_PCT,
                market,
                required=live_needs_stop or cfg.RISK_PER_TRADE_PCT is not None,
            )
            sl = stop.sl
        halted = self.kill_switch.is_set()
        ctx = self.portfolio.context(
            market.symbol,
            signal.side,
            self.risk.ALLOW_DUPLICATE_POSITIONS,
            price,
            halted,
            self.kill_switch.reason() if halted else None,
            signal.limits.channel if signal.limits is not None else None,
        )
        decision = self.gate.check(signal, market, entries, tps, sl, ctx, cfg)
        if stop.refusal is not None and live_needs_stop:
            decision.reasons.append(stop.refusal)
            decision.approved = False
        wait = None
        notes = [stop.note] if stop.note else []
        if signal.target_percents:
            notes.append(target_percents_note(signal.target_percents))
        if bo is not None and not bo.crossed:
            cannot = bo.refusal(sl)
            if cannot is not None:
                decision.reasons.append(cannot)
                decision.approved = False
            else:
                notes.append(bo.waiting_note(cfg.WAITING_ENTRY_TTL_HOURS))
                wait = waiting_entry(signal, market.symbol, bo, sl, self.clock.time(), cfg)
        if self.gate.daily_limit_hit(ctx):
            self._daily_limit_event()
        if bo is not None and bo.crossed:
            notes.append(bo.note())
        if decision.sized_by_risk:
            pct = f"{(cfg.RISK_PER_TRADE_PCT or 0) * 100:g}"
            notes.append(f"size set by RISK_PER_TRADE_PCT: the stop loses at most {pct}% of equity")
        return Decision(decision, market, entries, tps, sl, price, notes, cfg, price_f, wait)

    def _daily_limit_event(self) -> None:
        lg = self.portfolio.ledger
        if lg.daily_limit_day != lg.day:
            lg.daily_limit_day = lg.day
            self.bus.emit(
                ev.Event(
                    ev.DAILY_LIMIT_REACHED,
                    "Daily loss limit reached: no new entries until 00:00 UTC.",
                )
            )

    async def open(self, signal: Signal) -> ExecutionResult:
        """Decide, then build, write ahead and send the entry orders (under the book's lock)."""
        trade_id = str(signal.signal_id)
        if trade_id in self.portfolio.trades or trade_id in self.known_ids:
            return ExecutionResult(False, [f"signal {trade_id} was already executed"])
        if trade_id in self.waiting:
            why = f"signal {trade_id} is already {self.waiting[trade_id].label()}"
            return ExecutionResult(False, [why])
        d = await self.decide(signal)
        decision, market = d.decision, d.market
        if not decision.approved or market is None or d.price is None or d.last is None:
            return ExecutionResult(False, decision.reasons)
        if d.wait is not None:  # nothing is sent: the Waiter watches for the level
            self.hold(d.wait)
            return ExecutionResult(True, [], trade_id, waiting=d.wait.label())
        # The broker sees the price the decision was made on (a simulated one fills at it).
        for u in self.broker.on_price(market.symbol, float(d.last)):
            self.orders.apply(u)
        trade = self._trade(signal, trade_id, market, decision, d)
        legs = plan_entries(signal.side, d.entries, d.price, decision.quantity, market)
        buy_sell = "buy" if trade.is_long else "sell"
        entry_orders = []
        for i, (limit, amount) in enumerate(legs):  # (a loop: no closure over self and trade)
            otype = OrderType.MARKET if limit is None else OrderType.LIMIT
            entry_orders.append(
                self.orders.new_order(
                    trade, OrderRole.ENTRY, otype, buy_sell, amount, price=limit, leg=i
                )
            )
        try:
            await self.broker.set_leverage(market, trade.leverage)
        except SigcopyError as exc:
            return ExecutionResult(False, [f"leverage not set: {exc.user_message()}"])
        if not self.journal.volatile:
            self.journal.put("signal", trade_id, "accepted", signal.to_dict())
        self.books.track(trade)
        try:
            # Write-ahead: every order is on disk before it leaves. An instant broker (the
            # simulator) sends nothing out of the process, so its orders are committed once,
            # with their fills, unless the last commit failed (then: can we write at all?).
            wrote_ahead = not self.orders.instant or self.journal.failed
            if wrote_ahead:
                await self.journal.flush()
        except StoreError:
            # Nothing was sent: the trade must not linger in memory holding a slot.
            for o in entry_orders:
                self.orders.mark(
                    o, OrderStatus.CANCELED, "not sent: the database could not be written"
                )
            self.books.finish(trade, TradeStatus.FAILED, "store_error")
            raise
        # A halt that arrived while the orders were written (nothing else awaits in between:
        # the decision's own check is current otherwise).
        if wrote_ahead and self.kill_switch.is_set():
            for o in entry_orders:
                self.orders.mark(o, OrderStatus.CANCELED, "halted just before sending")
            self.books.finish(trade, TradeStatus.CANCELED, "halted")
            return ExecutionResult(False, ["trading was halted just before sending"], trade_id)
        return await self._send(trade, entry_orders)

    def _trade(
        self, signal: Signal, trade_id: str, market: Market, decision: RiskDecision, d: Decision
    ) -> Trade:
        n_tp = len(d.tps)
        split = [D(x) for x in self.risk.TP_SPLIT[:n_tp]] if self.risk.TP_SPLIT else []
        if len(split) != n_tp:
            split = even_split(n_tp)
        trade = Trade(
            trade_id=trade_id,
            symbol=market.symbol,
            side=signal.side,
            leverage=decision.leverage,
            requested_leverage=decision.requested_leverage,
            planned_qty=decision.quantity,
            entries=d.entries,
            take_profits=d.tps,
            tp_split=split,
            sl=d.sl,
            initial_sl=d.sl,
            source=signal.source,
            opened_at=self.clock.time(),
            extra=channel_extra(signal, d.cfg or self.risk) if signal.limits is not None else {},
        )
        if signal.trailing_stop_pct is not None:  # the signal's own, over the settings
            trade.extra["trail_spec"] = {
                "pct": str(signal.trailing_stop_pct),
                "activation": signal.trailing_activation,
            }
        if signal.break_even_after_tp is not None:
            trade.extra["be_after_tp"] = signal.break_even_after_tp
        if signal.target_percents:  # (the trade log's lines say them: trade_lines.py)
            trade.extra["target_percents"] = list(signal.target_percents)
        return trade

    async def _send(self, trade: Trade, entry_orders: list[Order]) -> ExecutionResult:
        trade_id = trade.trade_id
        # read_fill=False: where the exchange answers a market order without its fill (MEXC),
        # the stop and TPs go out together with the read of the fill (2 round trips, not 3).
        results = await self.orders.send_all(entry_orders, read_fill=False)
        errors: list[str] = []
        unknown: list[Order] = []
        for o, r in zip(entry_orders, results, strict=True):  # (one loop, no comprehensions)
            if isinstance(r, str):
                errors.append(r)
            elif isinstance(r, OrderUpdate) and r.info.get("fill_unknown"):
                unknown.append(o)
        if unknown:
            errors += await self._protect_while_reading(trade, unknown)
        dry = bool(entry_orders)
        for o in entry_orders:
            if o.status != OrderStatus.DRY_RUN:
                dry = False
                break
        if not dry and not trade.entry_qty and not self.orders.live(trade_id, OrderRole.ENTRY):
            # Nothing filled and nothing rests: refused, or accepted then cancelled unfilled.
            errors = errors or sorted(
                {f"entry order {o.status.value} with nothing filled" for o in entry_orders}
            )
            self.portfolio.ledger.trades_failed += 1
            self.books.finish(trade, TradeStatus.FAILED, "broker_error")
            return ExecutionResult(False, errors, trade_id, self.orders.dicts(trade_id))
        if dry:
            await self._dry_run_rest(trade)
        self.portfolio.ledger.trades_executed += 1
        avg = trade.avg_entry
        return ExecutionResult(
            True,
            errors,
            trade_id,
            self.orders.dicts(trade_id),
            float(trade.entry_qty),
            float(avg) if avg is not None else None,
        )

    async def _protect_while_reading(self, t: Trade, entries: list[Order]) -> list[str]:
        """Market entries accepted with their fill not yet known (MEXC answers an order with
        its id only): the stop and TPs for the ordered amount are sent together with the read
        of the fill, so all is on the exchange after two round trips instead of three.

        They are reduce-only, so they can never open a position; a partial fill is corrected
        by the usual resize (the stop swapped new-first), and an entry that did not fill ends the trade,
        cancelling them. Returns the reasons for entries that did not fill."""
        qty = t.open_qty + sum((o.remaining for o in entries), Decimal(0))
        place = self.protector.protective_orders(t, qty).orders
        if place:
            await self.journal.flush()  # write-ahead for the protective orders
        reads, sent = await asyncio.gather(
            self.orders.each(self.broker.fetch_order, entries), self.orders.send_all(place)
        )
        reasons: list[str] = []
        resting = False  # a limit entry read back resting: it holds nothing yet
        for o, r in zip(entries, reads, strict=True):
            if isinstance(r, OrderUpdate):
                self.orders.apply(r)
                if o.status.is_final and o.filled <= 0:
                    reasons.append(f"entry order {o.status.value}: {o.error or 'no fill'}")
                resting |= o.type == OrderType.LIMIT and o.status == OrderStatus.OPEN
            # else (not found yet, or the read failed): it stays open and the monitor polls it
        if not t.entry_qty and not self.orders.live(t.trade_id, OrderRole.ENTRY):
            return reasons  # the caller ends the trade; its protective orders are cancelled
        if resting:
            # The stop and TPs went out for more than the trade holds (on a position another
            # trade holds, they would close its shares): sized to what it holds at the next
            # settle - none while nothing has filled; the stop goes out again with a fill.
            self.protector.want(t.trade_id)
        self.protector.hold.later(place, sent)  # take-profits the rate-limit window held back
        for o, r in zip(place, sent, strict=True):
            if isinstance(r, str) and o.role == OrderRole.STOP_LOSS:
                await self.protector.stop_failed(o, r)
        self.protector.hold.say()
        return reasons

    async def _dry_run_rest(self, trade: Trade) -> None:
        """Dry run: log the stop and take-profits the planned size would get, then stop."""
        place = self.protector.protective_orders(trade, trade.planned_qty).orders
        await self.orders.send_all(place)
        self.books.finish(trade, TradeStatus.CANCELED, "dry_run")
