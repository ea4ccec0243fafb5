"""Keys from the key manager never leak: a session of `sigcopy keys` commands (with a wrong
passphrase, refused keys, an exchange that echoes the key it refuses) and a live bot on the
fake exchange and fake Telegram whose key is rotated mid-session and then refused. Every output
is scanned for every key, secret and the passphrase: CLI stdout/stderr, log files and log
records, the database (rows and raw bytes), the trade log, the key store, everything sent to
Telegram, and the text, repr and traceback of every exception seen."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

import pytest

import tests.safety.test_secrets as scan
from bot.app import TelegramFront
from config.keys import KeysConfig
from config.settings import Settings
from engine.clock import SimulatedClock
from tests.fakes.fake_telegram import FakeTelegram
from tests.fakes.fixtures import start_fake
from tests.keys.conftest import KEY_B, PASSPHRASE, SECRET_B, Result, run_keys
from tests.safety.test_secrets import KEY, LIVE_SIGNAL, SECRET, Session, _log_everything

REFUSED_KEY, REFUSED_SECRET = "RKEYrrrr-never-stored-rrrr", "RSECRETrrrr-never-stored-rrrr"
ALL = (*scan.SECRETS, KEY_B, SECRET_B, PASSPHRASE, REFUSED_KEY, REFUSED_SECRET)


def _settings(tmp: Path, tg: FakeTelegram, fake_url: str, exchange: str, **kw: Any) -> Settings:
    values: dict[str, Any] = {
        "keys": KeysConfig(_env_file=None, SIGCOPY_KEYS_PASSPHRASE=PASSPHRASE)  # type: ignore[call-arg]
    }
    values.update(kw)
    return scan._settings(
        tmp,
        tg,
        TRADING_MODE="live",
        EXCHANGE=exchange,
        EXCHANGE_API_BASE_URL=fake_url,
        MEXC_API_KEY=None,  # no key in .env: the key manager's is the only one
        MEXC_API_SECRET=None,
        **values,
    )


@pytest.mark.parametrize("exchange", ["mexc", "binanceusdm"])
async def test_key_manager_session_with_failures_when_scanned_then_no_key_anywhere(
    exchange: str,
    tmp_path: Path,
    tg: FakeTelegram,
    logs_to_dir: list[Settings],
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(scan, "SECRETS", ALL)  # the scanners look for these
    caplog.set_level(logging.DEBUG)
    fake = await start_fake(exchange)
    fake.api_key, fake.secret = KEY, SECRET
    fake.other_keys = {KEY_B: SECRET_B}
    fake.echo_key_in_errors = True  # every refusal repeats the refused key
    settings = _settings(tmp_path, tg, fake.url, exchange)
    wrong = _settings(
        tmp_path,
        tg,
        fake.url,
        exchange,
        keys=KeysConfig(_env_file=None, SIGCOPY_KEYS_PASSPHRASE="a wrong passphrase"),  # type: ignore[call-arg]
    )
    _log_everything(settings, logs_to_dir)
    clock = SimulatedClock(1_780_000_000.0)
    cli: list[Result] = []

    async def keys(argv: list[str], stdin: str = "", s: Settings = settings) -> Result:
        r = await run_keys(argv, s, clock, stdin)
        cli.append(r)
        return r

    assert (await keys(["add"], f"{REFUSED_KEY}\n{REFUSED_SECRET}\n")).code == 1
    if exchange == "binanceusdm":
        fake.api_restrictions["enableWithdrawals"] = True  # type: ignore[attr-defined]
        assert (await keys(["add"], f"{KEY}\n{SECRET}\n")).code == 1
        fake.api_restrictions["enableWithdrawals"] = False  # type: ignore[attr-defined]
    assert (await keys(["add"], f"{KEY}\n{SECRET}\n")).code == 0
    assert (await keys(["list"], s=wrong)).code == 1
    assert (await keys(["list"])).code == 0 and (await keys(["test"])).code == 0

    session = Session()
    session.watch_loop()
    engine = scan.live_engine(settings, timeout_ms=2000)
    front: TelegramFront | None = None
    try:
        front = await scan.start_bot(settings, engine, session)
        outcomes = [await scan._approve_signal(tg, LIVE_SIGNAL, 701)]
        await scan._commands(tg, "/positions", "/close BTCUSDT")
        assert set(fake.keys_used("order")) == {KEY}
        # Rotated while the bot runs: the next orders are signed with the new key.
        assert (await keys(["rotate"], f"{KEY_B}\n{SECRET_B}\n")).code == 0
        mark = len(fake.signers)
        outcomes.append(await scan._approve_signal(tg, LIVE_SIGNAL, 702))
        await scan._commands(tg, "/positions", "/close BTCUSDT")
        assert {k for _, k in fake.signers[mark:]} == {KEY_B}
        # Then the exchange refuses the key (deleted by hand), repeating it in its errors.
        fake.api_key, fake.other_keys = "SOMEONE-ELSES-KEY", {}
        outcomes.append(await scan._approve_signal(tg, LIVE_SIGNAL, 703))
        for call in (engine.broker.fetch_balance, engine.reconcile):  # type: ignore[attr-defined]
            try:
                await call()
            except Exception as exc:  # noqa: BLE001 - collected for the scan
                session.exceptions.append(exc)
        assert "Executed" in outcomes[0] and "Executed" in outcomes[1], outcomes
        assert "Executed" not in outcomes[2], outcomes
    finally:
        if front is not None:
            await front.stop()
        await engine.aclose()
        await fake.stop()
    await asyncio.sleep(0)
    out = capsys.readouterr()
    console = out.out + out.err + "".join(r.out + r.err for r in cli)
    assert any("refused this key" in r.err for r in cli)
    assert any("wrong passphrase" in r.err for r in cli)
    records = "\n".join(f"{r.getMessage()}\n{r.exc_text or ''}" for r in caplog.records)
    assert scan._find(records, "log records") == []
    assert (tmp_path / "data" / "keys.enc").exists()
    figures = scan._assert_clean(tmp_path, tg, session, console)
    print(f"\nkey manager secrets scan ({exchange}): {figures}, {len(cli)} CLI runs")
