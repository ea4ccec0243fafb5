"""The data of versions before books: where it goes on the first start, once.

Earlier versions kept one `sigcopy.db` and the trade logs straight in DATA_DIR, whatever the
mode. Paper data becomes the paper book. Open trades that may be live (an order the exchange
answered with its own id, or one sent with no answer recorded) must not land in the paper book:
the live book would then never watch positions that are real. They move to the live account's
book when this start trades a live account; any other start stops with a ConfigError saying so.
"""

from __future__ import annotations

import logging
from pathlib import Path

from engine.adapters.sqlite_journal import read_tables
from engine.errors import ConfigError

log = logging.getLogger("sigcopy.factory")

DB_NAME = "sigcopy.db"
LOG_NAME = "trades.jsonl"
_DB = ("sigcopy.db", "sigcopy.db-wal", "sigcopy.db-shm")
# Before books: one database and one trade log per mode, straight in DATA_DIR.
_LEGACY = (
    *((n, n) for n in _DB),
    ("paper_trades.jsonl", LOG_NAME),
    ("live_trades.jsonl", "live_trades.jsonl"),
)
_ACTIVE = ("pending", "open")  # TradeStatus.ACTIVE, as the records spell it
# Order states that never reached an exchange: a refusal, or a dry run's logged request.
_NEVER_SENT = ("rejected", "dry_run")


def book_dir(data_dir: Path, book: str) -> Path:
    """Where one book keeps its database and trade log: DATA_DIR/books/<book>/."""
    return data_dir / "books" / book


def _maybe_live(order: dict[str, object]) -> bool:
    """True when the order may rest or have filled at a real exchange."""
    ex = order.get("exchange_id")
    if isinstance(ex, str) and ex:
        return not ex.startswith("sim-")  # the simulated broker's ids
    return order.get("status") not in _NEVER_SENT


def open_trades(db: Path) -> tuple[list[str], list[str]]:
    """(symbols of open trades that may be live, symbols of open paper trades) in a database."""
    tables = read_tables(db, ("trades", "orders"))
    by_trade: dict[str, list[dict[str, object]]] = {}
    for order in tables["orders"].values():
        by_trade.setdefault(str(order.get("trade_id")), []).append(order)
    live: list[str] = []
    paper: list[str] = []
    for tid, trade in tables["trades"].items():
        if trade.get("status") not in _ACTIVE:
            continue
        orders = by_trade.get(str(trade.get("trade_id", tid)), [])
        symbol = str(trade.get("symbol"))
        (live if any(_maybe_live(o) for o in orders) else paper).append(symbol)
    return live, paper


def move_legacy_book(data_dir: Path, book: str, *, live_account: bool) -> None:
    """Move the data of earlier versions into its book, once (see the module's docstring).

    `book` is the book this start trades; `live_account` says whether it is a live account
    (not paper, not a dry run), the only book open live trades may move to."""
    old = [(data_dir / a, b) for a, b in _LEGACY if (data_dir / a).exists()]
    if not old:
        return
    db = data_dir / DB_NAME
    live, paper = open_trades(db) if db.exists() else ([], [])
    if not live:
        _move(old, data_dir, "paper")
        return
    where = f"{db} from an earlier version holds {len(live)} open trade(s) that may be live"
    symbols = ", ".join(sorted(set(live)))
    if not live_account:
        raise ConfigError(
            f"{where} ({symbols}): moving them to the paper book would leave them unwatched",
            "Start once with TRADING_MODE=live, DRY_RUN_FIRST=false and the keys of the "
            "exchange account they were opened on: they move to that account's book. Or close "
            f"them on the exchange and move {db.name} out of DATA_DIR.",
        )
    if paper:
        raise ConfigError(
            f"{where} ({symbols}) beside {len(paper)} open paper trade(s): "
            "they cannot be told apart into two books",
            "Close the open trades with the earlier version (or on the exchange), or move "
            f"{db.name} out of DATA_DIR and watch those positions yourself.",
        )
    target = book_dir(data_dir, book)
    if (target / DB_NAME).exists():
        raise ConfigError(
            f"{where} ({symbols}), and the live book {book} already has its own database",
            f"Close those positions on the exchange and move {db.name} out of DATA_DIR.",
        )
    live_files = [
        (src, LOG_NAME if src.name == "live_trades.jsonl" else name)
        for src, name in old
        if src.name in (*_DB, "live_trades.jsonl")
    ]
    _move(live_files, data_dir, book, note=f"with {len(live)} open live trade(s): {symbols}")


def _move(files: list[tuple[Path, str]], data_dir: Path, book: str, note: str = "") -> None:
    target = book_dir(data_dir, book)
    if (target / DB_NAME).exists() or (target / LOG_NAME).exists():
        log.warning(
            "%s still holds data from before books, but the %s book exists: left as it is",
            data_dir,
            book,
        )
        return
    target.mkdir(parents=True, exist_ok=True)
    for src, name in files:
        src.rename(target / name)
    log.warning(
        "moved the data of earlier versions (%s) to the %s book in %s%s",
        ", ".join(src.name for src, _ in files),
        book,
        target,
        f" ({note})" if note else "",
    )
