"""`sigcopy`: run the bot (or console), parse a message, backtest, doctor, demo."""

from __future__ import annotations

import sys
from collections.abc import Callable

USAGE = """usage: sigcopy <command> [args]   (sigcopy <command> --help for its options)

commands:
  run                 start the Telegram bot (or the terminal console without a token)
  parse TEXT          parse a signal message and print the result as JSON (or text on stdin)
  backtest ...        replay a channel's signals over candles, from a file or straight from
                      the channel (--channel @name --days 90; sigcopy backtest --help)
  report --by-channel the scoreboard per channel of each book, with equity PNGs
  candles ...         download candles (sigcopy candles download --help)
  doctor              check configuration, files, database, exchange and Telegram
  keys ...            exchange API keys, encrypted at rest (sigcopy keys --help)
  demo                a short paper-trading session on the simulated feed
  one-way             switch the live futures account to one-way position mode (none open)
  login               sign in the Telegram user account that reads channels (docs/listener.md)
  channels            list the channels and groups that account can read, with their ids

options:
  -h, --help          this help
  --version           the installed version

exit codes: 0 success, 1 failure, 2 bad usage, 130 interrupted
"""
CANDLES_USAGE = """usage: sigcopy candles download SYMBOL --since DATE [--timeframe 1m] [...]

subcommands:
  download            download OHLCV candles into DATA_DIR/candles
                      (sigcopy candles download --help for its options)
"""


def version() -> str:
    """The installed package's version."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("sigcopy")
    except PackageNotFoundError:
        return "unknown (not installed)"


def _candles(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(CANDLES_USAGE, file=sys.stdout if argv else sys.stderr)
        return 0 if argv else 2
    return _lazy("engine.backtest.cli")(["candles", *argv])


def _lazy(module: str) -> Callable[[list[str]], int]:
    def call(argv: list[str]) -> int:
        import importlib

        try:
            mod = importlib.import_module(module)
        except ImportError as exc:
            print(f"sigcopy: this command is not available ({exc}).", file=sys.stderr)
            return 2
        return int(mod.main(argv) or 0)

    return call


def _backtest(argv: list[str]) -> int:
    # --channel reads history through the Telegram user account: the bot side wires it in.
    if any(a == "--channel" or a.startswith("--channel=") for a in argv):
        return _lazy("bot.channel_history")(argv)
    return _lazy("engine.backtest.cli")(["backtest", *argv])


COMMANDS: dict[str, Callable[[list[str]], int]] = {
    "run": _lazy("bot.cli"),
    "parse": _lazy("parsers.cli"),
    "backtest": _backtest,
    "candles": _candles,
    "report": _lazy("engine.channel_report"),
    "doctor": _lazy("engine.doctor"),
    "keys": _lazy("engine.keys.cli"),
    "demo": _lazy("engine.demo"),
    "one-way": _lazy("engine.one_way"),
    "login": lambda argv: _lazy("bot.listen_cli")(["login", *argv]),
    "channels": lambda argv: _lazy("bot.listen_cli")(["channels", *argv]),
}


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `sigcopy` console script."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help", "help"):
        print(USAGE)
        return 0
    if args[0] in ("-V", "--version"):
        print(f"sigcopy {version()}")
        return 0
    cmd = COMMANDS.get(args[0])
    if cmd is None:
        print(f"sigcopy: unknown command {args[0]!r}\n\n{USAGE}", file=sys.stderr)
        return 2
    from engine.errors import SigcopyError

    try:
        return cmd(args[1:])
    except SigcopyError as exc:
        print(f"sigcopy: {exc.user_message()}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except OSError as exc:  # a file or folder the user can fix: the message, not a traceback
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"sigcopy: {exc.strerror or exc}{where}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
