"""Secrets: a full session with recognisable fake keys, then every output is scanned for them.

Paper engine + bot against the fake Telegram, and live engine + bot against the fake
exchanges with errors (network faults, garbage HTML, maintenance, insufficient funds, a key the
exchange refuses, a token Telegram refuses). Then every log file, trade log, SQLite row (and the
raw database files), message and button sent to Telegram, console output, and the text, repr
and traceback of every exception seen must be free of the key, the secret and the token.
"""

from __future__ import annotations

import asyncio
import io
import json
import logging
import os
import sqlite3
import traceback
from collections.abc import AsyncIterator, Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from bot.app import TelegramFront
from bot.runner import build_parser, run
from config import LiveConfig, Settings
from config.env_check import env_file_warnings
from engine.engine import TradingEngine
from engine.logging_setup import setup_logging
from tests.bot.conftest import ADMIN, CHANNEL, SIGNAL, STRANGER
from tests.fakes.fake_telegram import Call, FakeTelegram
from tests.fakes.fixtures import start_fake
from tests.fakes.server import FakeExchangeServer
from tests.live.helpers import CLIENT_TIMEOUT_MS, fast_retry, time_out_next_creation

KEY = "FAKEKEY-7f3a9c"
SECRET = "FAKESECRET-91bd2e"
PASSWORD = "FAKEPASS-0c4a77"
AI_KEY = "FAKEAIKEY-5d12e8"
TOKEN = "123456789:FAKETOKENabcdefghijklmnopqrstu"
SECRETS = (KEY, SECRET, PASSWORD, AI_KEY, TOKEN, TOKEN.split(":", 1)[1])
LIVE_SIGNAL = "BTCUSDT LONG\nTP: 61000\nSL: 59000\nLeverage 2x"


# ---------------------------------------------------------------------- the scanner


def _find(text: str, where: str) -> list[str]:
    return [f"{s!r} in {where}" for s in SECRETS if s in text]


def scan_tree(root: Path) -> tuple[list[str], int]:
    """Every file under root as bytes (logs, trade logs, raw SQLite/WAL pages); (leaks, files)."""
    leaks: list[str] = []
    files = 0
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        files += 1
        leaks += _find(path.read_bytes().decode("utf-8", "replace"), str(path))
    return leaks, files


def scan_sqlite(db: Path) -> tuple[list[str], int]:
    """Every row of every table; (leaks, rows)."""
    leaks: list[str] = []
    rows = 0
    with sqlite3.connect(db) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in conn.execute(f"SELECT * FROM {table}"):  # noqa: S608 - names from sqlite
                rows += 1
                leaks += _find(repr(row), f"{db.name}:{table}")
    assert rows > 0, f"{db} is empty: the session wrote nothing to scan"
    return leaks, rows


def scan_telegram(tg: FakeTelegram) -> tuple[list[str], int]:
    """Every parameter and file the bot sent to Telegram (texts, buttons, captions, photos)."""
    leaks: list[str] = []
    for c in tg.calls:
        blob = json.dumps(c.params, ensure_ascii=False, default=str)
        blob += "".join(v.decode("latin-1") for v in c.files.values())
        leaks += _find(blob, f"Telegram {c.method}")
    return leaks, len(tg.calls)


def scan_exceptions(excs: list[BaseException]) -> list[str]:
    """str, repr and the formatted traceback (with its causes) of each exception."""
    leaks: list[str] = []
    for e in excs:
        text = f"{e}\n{e!r}\n" + "".join(traceback.format_exception(e))
        leaks += _find(text, f"exception {type(e).__name__}")
    return leaks


def test_scanner_when_a_secret_is_planted_then_it_is_found(tmp_path: Path):
    """The scan can fail: each place it reads reports a planted secret."""
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "sigcopy.log").write_text(f"INFO key={KEY}\n")
    db = tmp_path / "x.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE t (data TEXT)")
        conn.execute("INSERT INTO t VALUES (?)", (json.dumps({"s": SECRET}),))
    assert scan_tree(tmp_path)[0]
    assert scan_sqlite(db)[0]
    tg = FakeTelegram()
    tg.calls.append(Call("sendMessage", {"text": f"token {TOKEN}"}, 0.0))
    assert scan_telegram(tg)[0]
    assert scan_exceptions([RuntimeError(f"bad {KEY}")])


# ---------------------------------------------------------------------- session plumbing


class Session:
    """Collects the exceptions a session sees: handler errors, loop errors, caught ones."""

    def __init__(self) -> None:
        self.exceptions: list[BaseException] = []

    def watch_front(self, front: TelegramFront) -> None:
        original = front.on_error

        async def on_error(update: object, context: Any) -> None:
            if context.error is not None:
                self.exceptions.append(context.error)
            await original(update, context)

        front.app.error_handlers.clear()
        front.app.add_error_handler(on_error)

    def watch_loop(self) -> None:
        loop = asyncio.get_running_loop()

        def handler(lp: asyncio.AbstractEventLoop, ctx: dict[str, Any]) -> None:
            exc = ctx.get("exception")
            if exc is not None:
                self.exceptions.append(exc)
            lp.default_exception_handler(ctx)

        loop.set_exception_handler(handler)


@pytest.fixture
def logs_to_dir() -> Iterator[list[Settings]]:
    """setup_logging(settings) at DEBUG (httpx too: its URLs carry the token); undone after."""
    root = logging.getLogger()
    level = root.level
    quiet = {n: logging.getLogger(n).level for n in ("httpx", "httpcore", "telegram", "ccxt")}
    used: list[Settings] = []
    yield used
    for h in list(root.handlers):
        if getattr(h, "_sigcopy", False):
            root.removeHandler(h)
            h.close()
    root.setLevel(level)
    for name, lvl in quiet.items():
        logging.getLogger(name).setLevel(lvl)


def _log_everything(settings: Settings, used: list[Settings]) -> None:
    setup_logging(settings, console=True)
    used.append(settings)
    _loud()


def _loud() -> None:
    # The bot quiets httpx (its request lines carry the token): turn it up to test redaction.
    for name in ("httpx", "httpcore", "telegram", "ccxt"):
        logging.getLogger(name).setLevel(logging.DEBUG)


def _settings(tmp: Path, tg: FakeTelegram, **kw: Any) -> Settings:
    values: dict[str, Any] = {
        "TRADING_MODE": "paper",
        "PAPER_PRICE_SOURCE": "simulated",
        "DATA_DIR": tmp / "data",
        "LOG_DIR": tmp / "logs",
        "LOG_LEVEL": "DEBUG",
        "MEXC_API_KEY": KEY,
        "MEXC_API_SECRET": SECRET,
        "EXCHANGE_API_PASSWORD": PASSWORD,
        "AI_API_KEY": AI_KEY,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_ADMIN_IDS": [ADMIN],
        "TELEGRAM_CHANNEL_IDS": [CHANNEL],
        "TELEGRAM_API_BASE_URL": tg.base_url,
        "AI_ENABLED": False,
        "live": LiveConfig(_env_file=None, REQUIRE_CONFIRMATION=True, DRY_RUN_FIRST=False),  # type: ignore[call-arg]
    }
    values.update(kw)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture
async def tg() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram(TOKEN) as fake:
        yield fake


async def _approve_signal(
    tg: FakeTelegram, text: str, origin: int, before_tap: Callable[[], Any] = lambda: None
) -> str:
    """Forward a signal, tap Approve if a card came; the card's final text (or the refusal)."""
    mark = tg.mark()
    tg.push_forward(ADMIN, text, origin_message_id=origin)

    def is_card(c: Call) -> bool:
        return "Approve" in json.dumps(c.buttons, ensure_ascii=False) or "Refused" in c["text"]

    card = await tg.wait_for("sendMessage", is_card, after=mark, timeout=30)
    if not card.buttons:
        return str(card["text"])
    data = {b["text"]: b["callback_data"] for b in card.buttons}["✅ Approve"]
    before_tap()
    mark = tg.mark()
    tg.push_callback(ADMIN, card, data)
    edit = await tg.wait_for(
        "editMessageText", lambda c: "Approved" in c["text"] or "error" in c["text"], after=mark,
        timeout=30,
    )  # fmt: skip
    return str(edit["text"])


async def _commands(tg: FakeTelegram, *texts: str) -> None:
    for text in texts:
        mark = tg.mark()
        tg.push_command(ADMIN, text)
        await tg.wait_for("sendMessage", lambda c: c.get("chat_id") == ADMIN, after=mark)


def _assert_clean(tmp: Path, tg: FakeTelegram, session: Session, console: str) -> dict[str, int]:
    leaks, files = scan_tree(tmp)
    rows = 0
    for db in sorted(tmp.rglob("*.db")):
        more, n = scan_sqlite(db)
        leaks += more
        rows += n
    more, calls = scan_telegram(tg)
    leaks += more + scan_exceptions(session.exceptions) + _find(console, "console output")
    assert leaks == [], leaks
    assert list(tmp.rglob("*.log")), "no log file was written"
    assert list(tmp.rglob("*trades.jsonl")), "no trade log was written"
    return {"files": files, "rows": rows, "telegram_calls": calls,
            "exceptions": len(session.exceptions)}  # fmt: skip


def live_engine(settings: Settings, timeout_ms: int) -> TradingEngine:
    """A live engine whose reads are retried without waiting, with a short HTTP timeout."""
    engine = TradingEngine(mode="live", settings=settings)
    engine.broker.retry = fast_retry()  # type: ignore[attr-defined]
    engine.broker.exchange.timeout = timeout_ms  # type: ignore[attr-defined]
    return engine


async def start_bot(settings: Settings, engine: TradingEngine, session: Session) -> TelegramFront:
    """Start the engine and the bot in front of it (watched by the session, logging loudly)."""
    await engine.start()
    front = TelegramFront(settings, engine, build_parser(settings))
    session.watch_front(front)
    await front.start(poll_timeout=5)
    _loud()
    return front


# ---------------------------------------------------------------------- sessions


async def test_paper_session_when_scanned_then_no_secret_anywhere(
    tmp_path: Path,
    tg: FakeTelegram,
    logs_to_dir: list[Settings],
    capsys: pytest.CaptureFixture[str],
):
    settings = _settings(tmp_path, tg)
    _log_everything(settings, logs_to_dir)
    session = Session()
    session.watch_loop()
    engine = TradingEngine(mode="paper", settings=settings)
    await engine.start()
    front = TelegramFront(settings, engine, build_parser(settings))
    session.watch_front(front)
    await front.start(poll_timeout=5)
    _loud()
    try:
        await _commands(tg, "/start", "/help", "/stats", "/pending")
        assert "Executed" in await _approve_signal(tg, SIGNAL, 501)
        await _commands(tg, "/positions", "/close BTCUSDT", "/close NOPE")
        mark = tg.mark()
        tg.push_channel_post(CHANNEL, "ETHUSDT SHORT\nTP: 2250\nSL: 2330")
        await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
        tg.push_message(STRANGER, "/stats")
        tg.push_message(ADMIN, "what is this")
        # Telegram errors: flood control, a refused send, a bad gateway on polling.
        tg.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
        tg.fail_next("sendMessage", 400, "Bad Request: chat not found")
        tg.fail_next("getUpdates", 502, "Bad Gateway")
        await _commands(tg, "/stats", "/positions", "/stats")
        # A handler that raises: the error handler logs it and tells the admin.
        original = front.desk.stats_text
        front.desk.stats_text = lambda: 1 / 0  # type: ignore[assignment,misc,return-value]
        mark = tg.mark()
        tg.push_command(ADMIN, "/stats")
        await tg.wait_text("Something went wrong", chat_id=ADMIN, after=mark)
        front.desk.stats_text = original  # type: ignore[method-assign]
        await _commands(tg, "/halt", "/resume")
    finally:
        await front.stop()
        await engine.aclose()
    out = capsys.readouterr()
    figures = _assert_clean(tmp_path, tg, session, out.out + out.err)
    assert figures["exceptions"] >= 1 and figures["telegram_calls"] > 20
    print(f"\nsecrets scan (paper): {figures}")


@pytest.mark.parametrize("exchange", ["mexc", "binanceusdm"])
async def test_live_session_with_errors_when_scanned_then_no_secret_anywhere(
    exchange: str,
    tmp_path: Path,
    tg: FakeTelegram,
    logs_to_dir: list[Settings],
    capsys: pytest.CaptureFixture[str],
):
    fake: FakeExchangeServer = await start_fake(exchange)
    fake.api_key, fake.secret = KEY, SECRET  # the fake verifies signatures with these
    settings = _settings(
        tmp_path,
        tg,
        TRADING_MODE="live",
        EXCHANGE=exchange,
        EXCHANGE_API_KEY=KEY,
        EXCHANGE_API_SECRET=SECRET,
        EXCHANGE_API_BASE_URL=fake.url,
    )
    _log_everything(settings, logs_to_dir)
    session = Session()
    session.watch_loop()
    engine = live_engine(settings, timeout_ms=CLIENT_TIMEOUT_MS)
    front: TelegramFront | None = None
    try:
        front = await start_bot(settings, engine, session)
        outcomes = [await _approve_signal(tg, LIVE_SIGNAL, 601)]
        await _commands(tg, "/positions", "/stats", "/close BTCUSDT")
        book = fake.book

        def refuse_key() -> None:
            fake.api_key = "SOMEONE-ELSES-KEY"

        def poor() -> None:
            book.wallet = Decimal(5)

        faults: list[Callable[[], Any]] = [
            lambda: fake.fail_next(8, 502),  # network faults beyond the retries
            lambda: fake.garbage_next(8),  # HTML instead of JSON
            lambda: fake.set_maintenance(True),
            poor,  # insufficient funds
            refuse_key,  # the exchange refuses our key
            lambda: time_out_next_creation(fake, engine),  # accepted, answer too late
        ]
        for n, fault in enumerate(faults):
            outcomes.append(await _approve_signal(tg, LIVE_SIGNAL, 610 + n, fault))
            fake.api_key, book.wallet = KEY, Decimal(10_000)
            book.faults.fail_next.clear()
            book.faults.garbage_next = 0
            fake.set_maintenance(False)
            await _commands(tg, "/positions", "/close BTCUSDT")
        refuse_key()
        for call in (engine.broker.fetch_balance, engine.reconcile, engine.monitor_pass):
            try:
                await call()  # type: ignore[operator]
            except Exception as exc:  # noqa: BLE001 - collected for the scan
                session.exceptions.append(exc)
        fake.api_key = KEY
        assert "Executed" in outcomes[0], outcomes
        # (A 502 on the create itself leaves the entry unknown, said on the card: not refused.)
        assert sum("Executed" not in o or "Entry unknown" in o for o in outcomes) >= 4, outcomes
    finally:
        if front is not None:
            await front.stop()
        await engine.aclose()
        await fake.stop()
    # A restart with a key the exchange refuses: the error raised at start-up is scanned too.
    fake2 = await start_fake(exchange)
    try:
        bad = settings.model_copy(update={"EXCHANGE_API_BASE_URL": fake2.url})
        engine2 = TradingEngine(mode="live", settings=bad)
        engine2.broker.retry = fast_retry()  # type: ignore[attr-defined]
        try:
            await engine2.start()
            await engine2.broker.fetch_balance()  # type: ignore[attr-defined]
        except Exception as exc:  # noqa: BLE001 - collected for the scan
            session.exceptions.append(exc)
        finally:
            await engine2.aclose()
    finally:
        await fake2.stop()
    out = capsys.readouterr()
    figures = _assert_clean(tmp_path, tg, session, out.out + out.err)
    print(f"\nsecrets scan (live {exchange}): {figures}")


async def test_run_when_telegram_refuses_the_token_then_no_secret_in_output(
    tmp_path: Path, logs_to_dir: list[Settings], capsys: pytest.CaptureFixture[str]
):
    async with FakeTelegram("987654321:someothertokenxxxxxxxxxxxxxxxx") as other:
        settings = _settings(tmp_path, other)
        _log_everything(settings, logs_to_dir)
        session = Session()
        session.watch_loop()
        try:
            assert await asyncio.wait_for(run(settings), 60) == 1
        except Exception as exc:  # noqa: BLE001 - would be a failure, but scan it first
            session.exceptions.append(exc)
    out = capsys.readouterr()
    assert "BotFather" in out.out
    leaks = scan_tree(tmp_path)[0] + scan_exceptions(session.exceptions)
    assert leaks + _find(out.out + out.err, "console") == []


# ---------------------------------------------------------------------- .env permissions


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660, 0o666, 0o620])
def test_env_file_when_others_can_read_it_then_warning(tmp_path: Path, mode: int):
    env = tmp_path / ".env"
    env.write_text(f"EXCHANGE_API_KEY={KEY}\n")
    env.chmod(mode)
    (warning,) = env_file_warnings(env)
    assert "chmod 600" in warning and f"{mode:03o}" in warning
    assert KEY not in warning


@pytest.mark.parametrize("mode", [0o600, 0o400, None])
def test_env_file_when_owner_only_or_missing_then_no_warning(tmp_path: Path, mode: int | None):
    env = tmp_path / ".env"
    if mode is not None:
        env.write_text("X=1\n")
        env.chmod(mode)
    assert env_file_warnings(env) == []


async def test_start_when_env_file_world_readable_then_warned(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
):
    env = tmp_path / ".env"
    env.write_text(f"EXCHANGE_API_SECRET={SECRET}\n")
    os.chmod(env, 0o644)
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        TRADING_MODE="paper",
        PAPER_PRICE_SOURCE="simulated",
        DATA_DIR=tmp_path / "data",
        LOG_DIR=tmp_path / "logs",
    )
    with caplog.at_level(logging.WARNING):
        code = await run(settings, console=True, stdin=io.StringIO("/quit\n"), env_file=str(env))
    assert code == 0
    assert any("chmod 600" in r.getMessage() for r in caplog.records)
    err = capsys.readouterr().err
    assert "chmod 600" in err and SECRET not in err
    os.chmod(env, 0o600)
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        await run(settings, console=True, stdin=io.StringIO("/quit\n"), env_file=str(env))
    assert not any("chmod" in r.getMessage() for r in caplog.records)
