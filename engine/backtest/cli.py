"""`sigcopy backtest ...` and `sigcopy candles download ...`."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

from engine.domain.channel_limits import ChannelLimits
from engine.errors import ConfigError, SigcopyError


def _date(text: str, end: bool = False) -> float:
    """A --from/--to value: a date (a --to date includes that whole day) or a time."""
    from engine.backtest.candles import parse_time

    t = parse_time(text)
    if end and len(text.strip()) == 10:  # YYYY-MM-DD
        t += 86400
    return t


def _backtest_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="sigcopy backtest", description="Replay a channel's signals over historical candles."
    )
    p.add_argument("--signals", help="Telegram Desktop result.json or JSONL")
    p.add_argument(
        "--candles",
        help="folder of SYMBOL.csv files, or one CSV (with --channel: downloaded when left out)",
    )
    p.add_argument(
        "--channel",
        help="instead of --signals: read this channel's history (-100... id or @name) through "
        "the signed-in user account (sigcopy login) and download the candles its signals need",
    )
    p.add_argument(
        "--days", type=float, default=90.0, help="with --channel: how far back (default 90)"
    )
    p.add_argument(
        "--timeframe", default="1m", help="with --channel: the candles to download (default 1m)"
    )
    p.add_argument("--symbol", help="the symbol of a single --candles file (e.g. BTCUSDT)")
    p.add_argument("--from", dest="start", help="start date or time (UTC)")
    p.add_argument("--to", dest="end", help="end date (inclusive) or time (UTC)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument(
        "--plot",
        help="write the equity curve and drawdown to this PNG, and the HTML report beside it",
    )
    p.add_argument("--html", help="write the HTML report (summary, curve, trades, messages) here")
    p.add_argument("--trades", help="write the trades to this CSV")
    p.add_argument("--messages", help="write what became of every message to this CSV")
    p.add_argument("--source", help="channel name to use for every message")
    p.add_argument(
        "--bar-by-bar",
        action="store_true",
        help="check every bar in turn instead of jumping to the next that reaches a level"
        " (slower; same trades)",
    )
    p.add_argument(
        "--intrabar",
        choices=("pessimistic", "nearest"),
        default="pessimistic",
        help="order of high and low inside a bar (default: stop before take-profit)",
    )
    p.add_argument("--capital", type=float, help="INITIAL_CAPITAL for this run")
    p.add_argument("--fee", type=float, help="taker and maker fee (0.0006 = 0.06%%)")
    p.add_argument("--slippage-bps", type=float, help="PAPER_SLIPPAGE_BPS for this run")
    p.add_argument(
        "--funding-rate",
        type=float,
        default=0.0,
        help="funding per 8 h paid by longs on notional (e.g. 0.0001)",
    )
    p.add_argument("--limit-ttl-hours", type=float, help="LIMIT_ORDER_TTL_HOURS for this run")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    return p


def _settings(args: argparse.Namespace) -> Any:
    from config import load_settings

    over: dict[str, Any] = {"TRADING_MODE": "backtest"}
    if args.fee is not None:
        over["PAPER_TAKER_FEE"] = over["PAPER_MAKER_FEE"] = args.fee
    if args.slippage_bps is not None:
        over["PAPER_SLIPPAGE_BPS"] = args.slippage_bps
    s = load_settings(**over)
    if args.capital is not None:
        s.risk.INITIAL_CAPITAL = args.capital
    if args.limit_ttl_hours is not None:
        s.risk.LIMIT_ORDER_TTL_HOURS = args.limit_ttl_hours
    return s


def _channel_inputs(
    args: argparse.Namespace, settings: Any, history: Any
) -> tuple[list[Any], dict[str, Any], float, float]:
    """--channel: the history, and the candles (given, or downloaded) for the last --days."""
    import time

    from engine.backtest.candles import load_candles
    from engine.backtest.channel_candles import download_candles, symbols_named

    if history is None:
        raise ConfigError(
            "--channel reads the channel through the Telegram user account",
            "Run it as `sigcopy backtest --channel ...` (installed with the bot).",
        )
    if args.days <= 0:
        raise ConfigError(f"--days {args.days:g}: expected more than 0", "Try --days 90.")
    end = time.time()
    start = end - args.days * 86400
    messages = history(settings, args.channel, start)
    if args.candles:
        candles = load_candles(args.candles, args.symbol)
        return messages, candles, start, end
    symbols = symbols_named(messages)
    if not symbols:
        raise ConfigError(
            f"none of the {len(messages)} messages of {args.channel} reads as a signal: "
            "nothing to trade",
            "Check that it is the channel you meant; `sigcopy parse TEXT` shows how a post reads.",
        )
    candles = asyncio.run(
        download_candles(settings, symbols, start, end, args.timeframe, say=_stderr)
    )
    if not any(len(c) for c in candles.values()):
        raise ConfigError(
            f"no {args.timeframe} candles for {', '.join(symbols)} on {settings.EXCHANGE} "
            f"in the last {args.days:g} days",
            "Set EXCHANGE to an exchange that lists them, or give --candles.",
        )
    return messages, candles, start, end


def _stderr(text: str) -> None:
    print(f"sigcopy: {text}", file=sys.stderr)


def channel_limits(settings: Any, channel: str) -> ChannelLimits | None:
    """The channel's own settings from channels.toml (by -100... id or @name), so the replay
    trades its signals as the bot would; None when the file does not list it."""
    from config.channels import load_channels

    text = channel.strip()
    numeric = text.lstrip("-").isdigit()
    found = load_channels(settings.CHANNELS_FILE).match(
        int(text) if numeric else 0, None if numeric else text
    )
    return found.limits() if found is not None else None


def run_backtest(argv: list[str], history: Any = None) -> int:
    """Parse arguments, replay, print the report (history reads a --channel's messages)."""
    from engine.backtest.candles import load_candles
    from engine.backtest.replay import ReplayOptions, run_replay
    from engine.backtest.report import (
        build_report,
        format_messages,
        format_table,
        write_messages_csv,
        write_trades_csv,
    )
    from engine.backtest.signals_io import load_messages

    parser = _backtest_parser()
    args = parser.parse_args(argv)
    settings = _settings(args)
    start: float | None
    end: float | None
    if args.channel and (args.start or args.end or args.signals):
        parser.error(
            "--channel reads the last --days of the channel: without --signals/--from/--to"
        )
    if args.channel:
        messages, loaded, start, end = _channel_inputs(args, settings, history)
        if args.source:
            messages = [dataclasses.replace(m, source=args.source) for m in messages]
    elif not args.signals or not args.candles:
        parser.error("give --signals and --candles (or --channel to read a channel's history)")
    else:
        start = _date(args.start) if args.start else None
        end = _date(args.end, end=True) if args.end else None
        loaded = load_candles(args.candles, args.symbol)
        messages = load_messages(args.signals, args.source)
    candles = {k: c.between(start, end) for k, c in loaded.items()}
    if not any(len(c) for c in candles.values()):
        raise ConfigError("no candles in the chosen date range", "Check --from/--to and the data.")
    messages = [
        m for m in messages if (start is None or m.time >= start) and (end is None or m.time < end)
    ]
    opts = ReplayOptions(
        fast=not args.bar_by_bar,
        intrabar=args.intrabar,
        funding_rate_8h=args.funding_rate,
        progress=not args.no_progress and sys.stderr.isatty(),
        limits=channel_limits(settings, args.channel) if args.channel else None,
    )
    result = asyncio.run(run_replay(candles, messages, settings, opts))
    report = build_report(result)
    capital = float(settings.risk.INITIAL_CAPITAL)
    title = f"sigcopy backtest of {args.channel or Path(args.signals).name}"
    if args.trades:
        write_trades_csv(args.trades, report)
    if args.messages:
        write_messages_csv(args.messages, report)
    if args.plot:
        from engine.backtest.plot import plot_equity

        plot_equity(report, capital, args.plot, title=title)
    html = args.html or (Path(args.plot).with_suffix(".html") if args.plot else None)
    if html:
        from engine.backtest.html_report import write_html

        write_html(html, report, capital, title)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(format_table(report))
        if args.channel:
            from engine.backtest.channel_score import format_replay_scores

            print(format_replay_scores(result))
            print(format_messages(report))
    return 0


def _candles_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="sigcopy candles download",
        description="Download OHLCV candles through ccxt into "
        "DATA_DIR/candles (resumes where it stopped).",
    )
    p.add_argument("symbol", help="e.g. BTC/USDT or BTC/USDT:USDT")
    p.add_argument("--timeframe", default="1m")
    p.add_argument("--since", required=True, help="start date or time (UTC)")
    p.add_argument("--until", help="end date or time (UTC); default now")
    p.add_argument("--exchange", help="ccxt exchange id (default: EXCHANGE)")
    p.add_argument("--no-progress", action="store_true")
    return p


def run_download(argv: list[str]) -> int:
    """Download candles for one symbol."""
    from config import load_settings
    from engine.adapters.ccxt_candles import CcxtCandles, cache_path

    args = _candles_parser().parse_args(argv)
    over: dict[str, Any] = {}
    if args.exchange:
        over["EXCHANGE"] = args.exchange
    settings = load_settings(**over)
    since = int(_date(args.since) * 1000)
    until = int(_date(args.until, end=True) * 1000) if args.until else None

    async def go() -> tuple[Path, int]:
        client = CcxtCandles(settings)
        path = cache_path(settings.DATA_DIR, client.exchange_id, args.timeframe, args.symbol)
        bar: Any = None
        if not args.no_progress and sys.stderr.isatty():  # a bar only where someone watches
            from tqdm import tqdm

            bar = tqdm(total=100, unit="%", file=sys.stderr, desc=args.symbol)

        def progress(done: int, total: int) -> None:
            if bar is not None and total > 0:
                bar.update(int(done * 100 / total) - bar.n)

        try:
            n = await client.download(
                args.symbol, args.timeframe, since, path, until, progress=progress
            )
        finally:
            if bar is not None:
                bar.close()
            await client.close()
        return path, n

    path, n = asyncio.run(go())
    print(f"{n} new candles; {path}")
    return 0


USAGE = """usage: sigcopy backtest --signals FILE --candles PATH [options]  (--help for all)
       sigcopy candles download SYMBOL --timeframe 1m --since DATE"""


def main(argv: list[str] | None = None) -> int:
    """Entry for `backtest ...` and `candles download ...` (argv starts with the command)."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args[:1] == ["backtest"]:
            return run_backtest(args[1:])
        if args[:2] == ["candles", "download"]:
            return run_download(args[2:])
    except SigcopyError as exc:
        print(f"sigcopy: {exc.user_message()}", file=sys.stderr)
        return 1
    print(USAGE, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
