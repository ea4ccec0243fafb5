"""`sigcopy keys add | list | test | rotate | remove`: exchange API keys, encrypted at rest.

Keys are typed at a hidden prompt (or read from standard input, one per line: key, secret, and
the passphrase for exchanges that have one), never given as arguments: arguments end up in the
shell history and the process list.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass as _getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from config import Settings, load_settings
from engine import redaction
from engine.clock import WallClock
from engine.errors import SigcopyError
from engine.keys.credentials import Credentials
from engine.keys.live import settings_unlock
from engine.keys.manager import KeyManager, Row
from engine.keys.probe import ProbeResult
from engine.keys.store import keys_path
from engine.ports import Clock


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="sigcopy keys", description=__doc__.splitlines()[0])
    p.add_argument("--env-file", type=Path, default=Path(".env"), help="default: ./.env")
    sub = p.add_subparsers(dest="action", required=True)
    for name, text in (
        ("add", "try a key with read-only calls, then store it encrypted"),
        ("list", "stored keys: exchange, label, masked key, permissions, age, last use"),
        ("test", "try a stored key again (read-only) and refresh its permissions"),
        ("rotate", "replace a stored key by a new one; a running bot switches without restart"),
        ("remove", "delete a stored key"),
    ):
        sp = sub.add_parser(name, help=text, description=text)
        if name != "list":
            sp.add_argument("--exchange", help="ccxt exchange id (default: EXCHANGE)")
            sp.add_argument("--label", help="name of the key (default: EXCHANGE_KEY_LABEL)")
        if name == "add":
            sp.add_argument(
                "--from-env",
                action="store_true",
                help="store the key .env (or the environment) holds for EXCHANGE, then delete it "
                "there",
            )
    return p


class Io:
    """Where the command reads keys and writes its report; everything written is scrubbed."""

    def __init__(
        self, stdin: TextIO, out: TextIO, err: TextIO, hidden: Callable[[str], str] | None
    ) -> None:
        self.stdin, self.out, self.err, self.hidden = stdin, out, err, hidden

    def say(self, text: str) -> None:
        print(redaction.redact(text), file=self.out)

    def warn(self, text: str) -> None:
        print(redaction.redact(text), file=self.err)

    def ask(self, prompt: str) -> str:
        if self.hidden is not None:
            return self.hidden(prompt)
        return self.stdin.readline().strip()

    def credentials(self, exchange: str) -> Credentials:
        key, secret = self.ask("API key: "), self.ask("API secret: ")
        password = None
        if _needs_password(exchange):
            password = self.ask("API passphrase: ")
        if not key or not secret:
            raise SigcopyError(
                "No key or no secret was given; nothing was stored.",
                "Type them at the prompts, or pipe them in: one line each.",
            )
        creds = Credentials.of(key, secret, password)
        redaction.remember(*creds.texts())
        return creds


def _needs_password(exchange: str) -> bool:
    import ccxt

    cls = getattr(ccxt, exchange, None)
    return bool(isinstance(cls, type) and cls().requiredCredentials.get("password"))


def _env_credentials(settings: Settings, exchange: str) -> Credentials:
    """The key and secret the settings hold for EXCHANGE (to move them into the store)."""
    key, secret = settings.api_credentials()
    if exchange != settings.EXCHANGE.lower() or key is None or secret is None:
        raise SigcopyError(
            f"No {exchange} key in .env or the environment to take.",
            "Set EXCHANGE to that exchange, or type the key without --from-env.",
        )
    pw = settings.EXCHANGE_API_PASSWORD
    creds = Credentials.of(
        key.get_secret_value(),
        secret.get_secret_value(),
        None if pw is None else pw.get_secret_value(),
    )
    redaction.remember(*creds.texts())
    return creds


def _report(io: Io, result: ProbeResult) -> None:
    if result.equity is not None:
        io.say(f"  balance read: {result.equity} USDT")
    for w in result.warnings:
        io.warn(f"  warning: {w}")


def _print_rows(io: Io, rows: list[Row], path: Path) -> None:
    if not rows:
        io.say(f"No keys stored in {path}. Add one with `sigcopy keys add`.")
        return
    head = ("EXCHANGE", "LABEL", "KEY", "PERMISSIONS", "AGE", "LAST USE")
    table = [head] + [
        (r.exchange, r.label, r.masked, r.permissions, r.age, r.last_used) for r in rows
    ]
    widths = [max(len(row[i]) for row in table) for i in range(len(head))]
    for row in table:
        io.say("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    for r in rows:
        if r.reminder:
            io.warn(f"reminder: {r.reminder}")


async def _run(args: Any, settings: Settings, manager: KeyManager, io: Io) -> int:
    exchange = (getattr(args, "exchange", None) or settings.EXCHANGE).lower()
    label = getattr(args, "label", None) or settings.keys.EXCHANGE_KEY_LABEL
    name = f"{exchange}/{label}"
    if args.action == "list":
        _print_rows(io, manager.rows(), manager.store.path)
    elif args.action == "add":
        manager.store.prepare()  # the passphrase first, then the key
        creds = _env_credentials(settings, exchange) if args.from_env else io.credentials(exchange)
        io.say(f"Trying {creds.masked()} on {exchange} (read-only)...")
        result = await manager.add(exchange, label, creds)
        io.say(f"Stored {name} ({creds.masked()}) encrypted in {manager.store.path}.")
        _report(io, result)
        io.say(
            "The stored key is used before .env's: delete the exchange key and secret lines "
            "from .env (and the environment) now."
        )
    elif args.action == "test":
        result = await manager.test(exchange, label)
        io.say(f"{name}: the exchange accepts the key.")
        _report(io, result)
    elif args.action == "rotate":
        manager.entries()  # unlock (and find a wrong passphrase) before asking for the key
        creds = io.credentials(exchange)
        io.say(f"Trying {creds.masked()} on {exchange} (read-only)...")
        old, result = await manager.rotate(exchange, label, creds)
        io.say(
            f"Rotated {name}: {old} -> {creds.masked()}. A running bot signs with the new key "
            "from its next request. Now delete the old key in the exchange's API management."
        )
        _report(io, result)
    elif args.action == "remove":
        old = manager.remove(exchange, label)
        io.say(
            f"Removed {name} ({old}) from the store. Delete it in the exchange's API "
            "management too."
        )
    return 0


def main(
    argv: list[str] | None = None,
    *,
    clock: Clock | None = None,
    stdin: TextIO | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    settings: Settings | None = None,
) -> int:
    """Run one `sigcopy keys` command; exit 1 with a clear message when it is refused."""
    args = _parser().parse_args(argv)
    stdin = stdin or sys.stdin
    interactive = stdin.isatty()
    io = Io(stdin, out or sys.stdout, err or sys.stderr, _getpass.getpass if interactive else None)
    try:
        if settings is None:
            env = args.env_file
            settings = load_settings(_env_file=env if env.exists() else None)
        redaction.remember(*_setting_secrets(settings))
        unlock = settings_unlock(settings, interactive=interactive)
        manager = KeyManager(settings, unlock, clock or WallClock())
        return asyncio.run(_run(args, settings, manager, io))
    except SigcopyError as exc:
        io.warn(f"sigcopy keys: {exc.user_message()}")
        return 1
    except OSError as exc:
        io.warn(
            f"sigcopy keys: {keys_path(settings) if settings else 'the key store'} could not be "
            f"written ({exc.strerror}). Check DATA_DIR's permissions and free space."
        )
        return 1


def _setting_secrets(settings: Settings) -> list[str]:
    p = settings.keys.SIGCOPY_KEYS_PASSPHRASE
    return [p.get_secret_value()] if p is not None else []
