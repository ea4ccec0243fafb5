"""Construction: one engine's parts built from its settings and the slots it was given.

Owns the order in which the parts are built (slots, markets, the book, its monitor and
follow-ups) and what each is handed; it keeps no state. The slots themselves (which clock,
data, broker, store and trade log a mode uses) are the composition root's: engine/factory.py.
The engine (engine/engine.py) calls `wire` once, while it is constructed.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from decimal import Decimal

from config import Settings
from engine.core.book import Book, build_book
from engine.core.follow_ups import FollowUps
from engine.core.markets import Markets
from engine.core.monitor import Monitor
from engine.errors import ConfigError
from engine.factory import Slots, build_slots
from engine.ports import Broker, Clock, KillSwitch, MarketData, Store, TradeLog

MODES = ("paper", "live", "backtest")


@dataclass(frozen=True)
class EngineParts:
    """What `wire` built for one engine: its slots and the parts over its book."""

    slots: Slots
    clock: Clock
    broker: Broker
    store: Store
    trade_log: TradeLog
    kill_switch: KillSwitch
    markets: Markets
    book: Book
    monitor: Monitor
    follow_ups: FollowUps


def check_mode(mode: str) -> str:
    """The mode, when it is one the engine runs; else ConfigError saying which are."""
    if mode not in MODES:
        raise ConfigError(f"TRADING_MODE={mode!r}: expected one of {', '.join(MODES)}")
    return mode


def wire(
    mode: str,
    settings: Settings,
    *,
    clock: Clock | None = None,
    market_data: MarketData | None = None,
    broker: Broker | None = None,
    store: Store | None = None,
    trade_log: TradeLog | None = None,
    kill_switch: KillSwitch | None = None,
    book: str | None = None,
    price_of: Callable[[str], Awaitable[float | None]],
    anchor: Callable[[str, list[Decimal]], None],
) -> EngineParts:
    """Build an engine's parts; a slot given (not None) is used as it is.

    `price_of` and `anchor` are the engine's own price look-up and simulated-feed anchor: the
    book calls them later, never while it is built.
    """
    slots = build_slots(
        check_mode(mode),
        settings,
        clock=clock,
        market_data=market_data,
        broker=broker,
        store=store,
        trade_log=trade_log,
        kill_switch=kill_switch,
        book=book,
    )
    markets = Markets(slots.market_data, slots.fallback)
    the_book = build_book(
        slots.book,
        store=slots.store,
        trade_log=slots.trade_log,
        broker=slots.broker,
        kill_switch=slots.kill_switch,
        clock=slots.clock,
        risk=settings.risk,
        resolve=markets.resolve,
        price_of=price_of,
        venue=slots.venue,
        anchor=anchor,
        log_mode=slots.label.lower().replace(" ", "_"),
    )
    monitor = Monitor(
        the_book,
        slots.broker,
        slots.kill_switch,
        slots.clock,
        settings.live.RECONCILE_INTERVAL_S,
    )
    return EngineParts(
        slots=slots,
        clock=slots.clock,
        broker=slots.broker,
        store=slots.store,
        trade_log=slots.trade_log,
        kill_switch=slots.kill_switch,
        markets=markets,
        book=the_book,
        monitor=monitor,
        follow_ups=FollowUps(the_book, markets.resolve),
    )
