"""`sigcopy report --by-channel`: the scoreboard per channel of every book (issue 17.3), read
from DATA_DIR (the message log and each book's database, read-only: the bot may be running),
with a PNG of each channel's equity curve."""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import asdict
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from engine.adapters.message_log import MESSAGE_LOG, read_messages
from engine.adapters.sqlite_read import read_records
from engine.backtest.report import max_drawdown_pct
from engine.core.scoreboard import ChannelScore, channel_scores, format_scoreboard
from engine.domain.trade import Trade
from engine.errors import ConfigError
from engine.legacy_data import DB_NAME, book_dir


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="sigcopy report",
        description="Figures from what the bot recorded in DATA_DIR (safe while it runs).",
    )
    p.add_argument(
        "--by-channel",
        action="store_true",
        required=True,
        help="per channel: messages seen, read as signals, refused (by reason), traded; "
        "win rate, P&L, average R, largest loss, last signal (one table per book)",
    )
    p.add_argument("--book", help="only this book (a folder name in DATA_DIR/books)")
    p.add_argument(
        "--plots",
        help="folder for a PNG of each channel's equity curve (default DATA_DIR/reports/<book>/)",
    )
    p.add_argument("--no-plots", action="store_true", help="print only, draw no PNG")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    return p


def book_names(data_dir: Path) -> list[str]:
    """The books that have a database in DATA_DIR/books, by name."""
    root = data_dir / "books"
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if (p / DB_NAME).exists())


def book_trades(data_dir: Path, book: str) -> list[Trade]:
    """Every trade a book recorded (read-only)."""
    return [Trade.from_dict(d) for d in read_records(book_dir(data_dir, book) / DB_NAME, "trades")]


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("_") or "channel"


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def equity_report(score: ChannelScore, capital: float) -> dict[str, Any]:
    """A channel's closed trades in the shape engine.backtest.plot draws (equity after each
    close, from the starting capital)."""
    rows: list[dict[str, Any]] = [
        {"entry_time": _iso(t), "exit_time": _iso(t), "pnl": float(p)} for t, p in score.closes
    ]
    summary = {
        "trades": len(rows),
        "return_pct": float(score.pnl) / capital * 100 if capital else 0.0,
        "max_drawdown_pct": max_drawdown_pct(capital, [r["pnl"] for r in rows]),
    }
    return {"trades": rows, "summary": summary}


def plot_scores(scores: list[ChannelScore], capital: float, folder: Path) -> list[Path]:
    """One PNG per channel with a closed trade; the paths written."""
    from engine.backtest.plot import plot_equity

    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for s in scores:
        if not s.closes:
            continue
        path = folder / f"{_slug(s.name)}-{_slug(s.key)}.png"
        title = f"{s.name}: equity from {capital:,.0f}"
        out.append(plot_equity(equity_report(s, capital), capital, path, title=title))
    return out


def _json(scores: list[ChannelScore]) -> list[dict[str, Any]]:
    out = []
    for s in scores:
        d = asdict(s)
        d.pop("closes")
        d.update(win_rate=s.win_rate, avg_r=s.avg_r, refused_total=s.refused_total)
        out.append({k: str(v) if isinstance(v, Decimal) else v for k, v in d.items()})
    return out


def main(argv: list[str]) -> int:
    """Print the scoreboard of each book; write the equity PNGs."""
    args = _parser().parse_args(argv)
    from config import load_settings

    settings = load_settings()
    data_dir = Path(settings.DATA_DIR)
    books = book_names(data_dir)
    if args.book is not None:
        if args.book not in books:
            raise ConfigError(
                f"no book {args.book!r} in {data_dir / 'books'}",
                f"Choose one of: {', '.join(books) or 'none yet'} (or leave --book out).",
            )
        books = [args.book]
    messages = read_messages(data_dir / MESSAGE_LOG, settings.MESSAGE_LOG_KEEP)
    if not books and not messages:
        raise ConfigError(
            f"nothing recorded in {data_dir} yet",
            "Run the bot (sigcopy run) until channels post, or set DATA_DIR to where it keeps "
            "its data.",
        )
    capital = float(settings.risk.INITIAL_CAPITAL)
    every: dict[str, Any] = {}
    for book in books or ["(no trades yet)"]:
        trades = book_trades(data_dir, book) if books else []
        scores = channel_scores(messages, trades)
        if args.json:
            every[book] = _json(scores)
            continue
        print(format_scoreboard(scores, book))
        if not args.no_plots and books:
            folder = Path(args.plots) / book if args.plots else data_dir / "reports" / book
            for path in plot_scores(scores, capital, folder):
                print(f"  equity curve: {path}")
        print()
    if args.json:
        print(json.dumps(every, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
