"""`sigcopy doctor` against the fake exchanges and the fake Telegram server (loopback only)."""

from __future__ import annotations

import asyncio
import os
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from engine import doctor
from tests.fakes.fake_binance import FakeBinance
from tests.fakes.fake_telegram import DEFAULT_TOKEN, FakeTelegram
from tests.fakes.fixtures import start_fake
from tests.fakes.server import FakeExchangeServer

ENV_KEYS = (
    "TRADING_MODE",
    "EXCHANGE",
    "EXCHANGE_API_KEY",
    "EXCHANGE_API_SECRET",
    "TELEGRAM_BOT_TOKEN",
    "DATA_DIR",
    "MEXC_API_KEY",
    "MEXC_API_SECRET",
)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for k in ENV_KEYS:
        monkeypatch.delenv(k, raising=False)
    monkeypatch.chdir(tmp_path)


@pytest.fixture
async def telegram() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as tg:
        yield tg


async def _fake(name: str) -> FakeExchangeServer:
    return await start_fake(name)


def _env(
    tmp: Path,
    fake: FakeExchangeServer,
    tg: FakeTelegram,
    exchange: str = "binanceusdm",
    mode: int = 0o600,
    **extra: str,
) -> Path:
    values = {
        "TRADING_MODE": "live",
        "EXCHANGE": exchange,
        "EXCHANGE_API_KEY": fake.api_key,
        "EXCHANGE_API_SECRET": fake.secret,
        "EXCHANGE_API_BASE_URL": fake.url,
        "TELEGRAM_BOT_TOKEN": DEFAULT_TOKEN,
        "TELEGRAM_API_BASE_URL": tg.base_url,
        "TELEGRAM_ADMIN_IDS": "111111",
        "DATA_DIR": str(tmp / "data"),
        "LOG_DIR": str(tmp / "logs"),
    }
    values.update(extra)
    env = tmp / ".env"
    env.write_text("".join(f"{k}={v}\n" for k, v in values.items()))
    os.chmod(env, mode)
    return env


async def _doctor(env: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = await asyncio.to_thread(doctor.main, ["--env-file", str(env)])
    return code, capsys.readouterr().out


def _secrets(fake: FakeExchangeServer) -> tuple[str, ...]:
    return (fake.api_key, fake.secret, DEFAULT_TOKEN, DEFAULT_TOKEN.split(":", 1)[1])


async def test_doctor_when_everything_is_right_then_all_ok_and_exit_zero(
    tmp_path: Path, telegram: FakeTelegram, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = await _fake("binanceusdm")
    try:
        code, out = await _doctor(_env(tmp_path, fake, telegram), capsys)
    finally:
        await fake.stop()
    assert code == 0, out
    assert "[FAIL]" not in out and "[WARN]" not in out
    for name in (
        "settings",
        "data directory",
        "database",
        "exchange keys",
        "futures trading",
        "withdrawal permission",
        "telegram",
    ):
        assert f"[  OK] {name}" in out, out
    assert not any(s in out for s in _secrets(fake))


async def test_doctor_when_key_may_withdraw_and_env_readable_then_warnings_with_fixes(
    tmp_path: Path, telegram: FakeTelegram, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = await _fake("binanceusdm")
    assert isinstance(fake, FakeBinance)
    fake.api_restrictions["enableWithdrawals"] = True
    fake.api_restrictions["ipRestrict"] = False
    try:
        code, out = await _doctor(_env(tmp_path, fake, telegram, mode=0o644), capsys)
    finally:
        await fake.stop()
    assert code == 0, out  # warnings only
    assert "[WARN] .env" in out and "chmod 600" in out
    assert "[WARN] withdrawal permission" in out and "without withdrawal" in out
    assert "[WARN] IP restriction" in out
    assert not any(s in out for s in _secrets(fake))


async def test_doctor_when_key_cannot_trade_futures_then_fail_and_exit_one(
    tmp_path: Path, telegram: FakeTelegram, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = await _fake("binanceusdm")
    assert isinstance(fake, FakeBinance)
    fake.api_restrictions["enableFutures"] = False
    try:
        code, out = await _doctor(_env(tmp_path, fake, telegram), capsys)
    finally:
        await fake.stop()
    assert code == 1
    assert "[FAIL] futures trading" in out and "Enable futures" in out


async def test_doctor_when_keys_and_token_wrong_then_both_fail_without_printing_them(
    tmp_path: Path, telegram: FakeTelegram, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = await _fake("binanceusdm")
    bad_secret = "wrong-secret-0123456789abcdef"
    bad_token = "654321:WRONG-token-for-the-doctor"
    env = _env(
        tmp_path, fake, telegram, EXCHANGE_API_SECRET=bad_secret, TELEGRAM_BOT_TOKEN=bad_token
    )
    try:
        code, out = await _doctor(env, capsys)
    finally:
        await fake.stop()
    assert code == 1
    assert "[FAIL] exchange keys" in out and "EXCHANGE_API_KEY" in out
    assert "[FAIL] telegram" in out and "@BotFather" in out
    assert bad_secret not in out and bad_token not in out and "WRONG-token" not in out


async def test_doctor_when_database_corrupt_then_fail(
    tmp_path: Path, telegram: FakeTelegram, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    db = data / "sigcopy.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    conn.execute("INSERT INTO schema_version VALUES (2)")
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [("y" * 500,) for _ in range(200)])
    conn.commit()
    conn.close()
    raw = bytearray(db.read_bytes())
    for page in (3, 4, 5):  # scribble over b-tree page headers of the table
        raw[page * 4096 : page * 4096 + 12] = b"\x0d" + b"\xff" * 11
    db.write_bytes(bytes(raw))
    fake = await _fake("binanceusdm")
    try:
        code, out = await _doctor(_env(tmp_path, fake, telegram), capsys)
    finally:
        await fake.stop()
    assert code == 1
    assert "[FAIL] database" in out and "backup" in out


async def test_doctor_when_settings_invalid_then_fail_naming_the_setting(
    tmp_path: Path, telegram: FakeTelegram, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = await _fake("binanceusdm")
    try:
        code, out = await _doctor(_env(tmp_path, fake, telegram, TRADING_MODE="yolo"), capsys)
    finally:
        await fake.stop()
    assert code == 1
    assert "[FAIL] settings" in out and "TRADING_MODE" in out


async def test_doctor_when_mexc_futures_then_api_caveat_and_blocked_markets_warned(
    tmp_path: Path, telegram: FakeTelegram, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = await _fake("mexc")
    try:
        code, out = await _doctor(_env(tmp_path, fake, telegram, exchange="mexc"), capsys)
    finally:
        await fake.stop()
    assert code == 0, out
    assert "[  OK] exchange keys" in out
    assert "apiAllowed=false" in out and "SOL/USDT:USDT" in out
    assert "[WARN] withdrawal permission" in out
    assert not any(s in out for s in _secrets(fake))


async def test_doctor_when_exchange_unreachable_in_live_mode_then_fail(
    tmp_path: Path, telegram: FakeTelegram, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = await _fake("binanceusdm")
    env = _env(tmp_path, fake, telegram)
    await fake.stop()  # nothing listens there any more
    code, out = await _doctor(env, capsys)
    assert code == 1
    assert "[FAIL] exchange binanceusdm" in out
