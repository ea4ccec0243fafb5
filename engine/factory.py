"""Composition root: the one place that knows which clock, data and broker each mode uses."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from config import Settings
from engine.adapters.kill_switch import FileKillSwitch
from engine.adapters.memory_store import MemoryStore
from engine.adapters.simulated_broker import SimulatedBroker
from engine.adapters.simulated_feed import SimulatedFeed, newest_closes
from engine.adapters.sqlite_store import SqliteStore
from engine.adapters.trade_log import JsonlTradeLog, NullTradeLog
from engine.clock import SimulatedClock, WallClock
from engine.errors import ConfigError
from engine.legacy_data import DB_NAME, LOG_NAME, book_dir, move_legacy_book

log = logging.getLogger("sigcopy.factory")


@dataclass
class Slots:
    """What differs between modes."""

    clock: Any
    market_data: Any
    broker: Any
    store: Any
    trade_log: Any
    kill_switch: Any
    label: str
    venue: str
    fallback: Any = None  # market data to use when the exchange cannot be reached
    book: str = "paper"  # which account's state this is (see book_name)


def ensure_writable_dir(path: Path, setting: str) -> None:
    """Create the folder if needed and prove it takes a file; ConfigError saying what to do."""
    probe = path / ".sigcopy-write-test"
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ConfigError(
            f"{setting} {path}/ is not writable: {reason}",
            f"Fix its permissions (or free disk space), or set {setting} to a writable folder.",
        ) from exc


# With PAPER_PRICE_SOURCE=auto, how long the first market load may take before paper trading
# starts on simulated prices instead (the cards say so).
AUTO_FIRST_LOAD_TIMEOUT_S = 5.0


def _ccxt_market_data(settings: Settings, *, quick_first_load: bool = False) -> Any:
    from engine.adapters.ccxt_market_data import CcxtMarketData

    timeout = AUTO_FIRST_LOAD_TIMEOUT_S if quick_first_load else None
    return CcxtMarketData(settings, first_load_timeout_s=timeout)


def _simulated(settings: Settings) -> SimulatedFeed:
    """The paper feed when there are no exchange prices: it starts from the candles on disk."""
    starts = newest_closes(settings.DATA_DIR / "candles")
    return SimulatedFeed(settings.SIMULATED_FEED_SEED, start_prices=starts, anchor_to_signals=True)


def build_slots(mode: str, settings: Settings, **given: Any) -> Slots:
    """Build the slots for a mode; anything passed in `given` (not None) is used as is."""
    data_dir = settings.DATA_DIR
    ensure_writable_dir(data_dir, "DATA_DIR")
    clock = given.get("clock") or (SimulatedClock() if mode == "backtest" else WallClock())
    kill = given.get("kill_switch") or FileKillSwitch(data_dir / "EMERGENCY_STOP")
    market_data = given.get("market_data")
    broker = given.get("broker")
    fallback = None
    venue = settings.EXCHANGE
    if market_data is None:
        source = settings.PAPER_PRICE_SOURCE
        if mode == "paper" and source == "simulated":
            market_data = _simulated(settings)
            venue = "the simulated feed"
        elif mode == "backtest":
            market_data = SimulatedFeed(settings.SIMULATED_FEED_SEED)
            venue = "the candle data"
        else:
            auto = mode == "paper" and source == "auto"
            market_data = _ccxt_market_data(settings, quick_first_load=auto)
            if auto:
                fallback = _simulated(settings)
    label = {"paper": "PAPER", "backtest": "BACKTEST"}.get(mode, "LIVE")
    if broker is None:
        if mode == "live":
            from engine.adapters.ccxt_broker import CcxtBroker
            from engine.adapters.ccxt_retry import share_window

            broker = CcxtBroker(settings, clock=clock)
            share_window(broker, market_data)  # one rate-limit window per exchange and IP
            if settings.live.DRY_RUN_FIRST:
                from engine.adapters.dry_run_broker import DryRunBroker

                broker = DryRunBroker(broker)
        else:
            broker = SimulatedBroker(
                taker_fee=settings.PAPER_TAKER_FEE,
                maker_fee=settings.PAPER_MAKER_FEE,
                slippage_bps=settings.PAPER_SLIPPAGE_BPS,
                clock=clock,
            )
    if mode == "live" and settings.live.DRY_RUN_FIRST:
        label = "DRY RUN"
    book = given.get("book") or book_name(mode, settings)
    if mode != "backtest":
        move_legacy_book(data_dir, book, live_account=mode == "live" and book != "dry-run")
    store = given.get("store")
    if store is None:
        store = (
            MemoryStore(volatile=True)
            if mode == "backtest"
            else SqliteStore(book_dir(data_dir, book) / DB_NAME, clock)
        )
    trade_log = given.get("trade_log")
    if trade_log is None:
        if mode == "backtest":
            trade_log = NullTradeLog()
        else:
            trade_log = JsonlTradeLog(book_dir(data_dir, book) / LOG_NAME)
    return Slots(clock, market_data, broker, store, trade_log, kill, label, venue, fallback, book)


def book_name(mode: str, settings: Settings) -> str:
    """The book a mode trades: paper, dry-run, backtest, or the live account's own id
    (exchange id and a hash of the API key: the key itself is never written anywhere)."""
    if mode != "live":
        return mode
    if settings.live.DRY_RUN_FIRST:
        return "dry-run"
    key, _ = settings.api_credentials()
    secret = key.get_secret_value() if key is not None else ""
    digest = hashlib.sha256(secret.encode()).hexdigest()[:10]
    return f"{settings.EXCHANGE.lower()}-{digest}"
