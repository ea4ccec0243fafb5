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
from typing import Any

from config import Settings
from engine.core.book import Book, build_book
from engine.core.follow_ups import FollowUps
from engine.core.markets import Markets
from engine.core.monitor import Monitor
from engine.errors import ConfigError
from engine.factory import Slots, build_slots

MODES = ("paper", "live", "backtest")


@dataclass(frozen=True)
class EngineParts:
    """What `wire` built for one engine: its slots and the parts over its book."""

    slots: Slots  # clock, market data, broker, store, trade log, kill switch, labels
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
    price_of: Callable[[str], Awaitable[float | None]],
    anchor: Callable[[str, list[Decimal]], None],
    **given: Any,
) -> EngineParts:
    """Build an engine's parts; a slot `given` (clock, market_data, broker, store, trade_log,
    kill_switch, book; not None) is used as it is.

    `price_of` and `anchor` are the engine's own price look-up and simulated-feed anchor: the
    book calls them later, never while it is built.
    """
    slots = build_slots(check_mode(mode), settings, **given)
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
    return EngineParts(slots, markets, the_book, monitor, FollowUps(the_book, markets.resolve))
