"""The key manager's tests: a fake exchange, settings without .env keys, a simulated clock, and
never the machine's real OS keyring (a failing backend unless a test injects the in-memory one)."""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from config.keys import KeysConfig
from config.settings import Settings
from engine.clock import SimulatedClock
from engine.keys import cli as keys_cli
from engine.keys import live as keys_live
from tests.fakes.fixtures import fake_binance, fake_mexc, live_settings, start_fake  # noqa: F401
from tests.fakes.server import FakeExchangeServer
from tests.safety.test_secrets import logs_to_dir, tg  # noqa: F401 - fixtures

KEY_A = "AKEYaaaa-5f2c91d7e3b4-aaaa"
SECRET_A = "ASECRETaaaa-0b9e7c5a3d1f-aaaa"
KEY_B = "BKEYbbbb-8c1d4e6f2a9b-bbbb"
SECRET_B = "BSECRETbbbb-7e2f9a1c5b3d-bbbb"
ENV_KEY = "ENVKEYeeee-3a7c-eeee"
ENV_SECRET = "ENVSECRETeeee-9d1b-eeee"
PASSPHRASE = "correct horse battery staple"
SECRETS = (KEY_A, SECRET_A, KEY_B, SECRET_B, ENV_KEY, ENV_SECRET, PASSPHRASE)
DAY = 86400.0
T0 = 1_780_000_000.0  # 2026-05-28


class MemoryKeyring(KeyringBackend):
    """An OS keyring stand-in held in memory."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture(autouse=True)
def no_os_keyring() -> Iterator[None]:
    """The failing backend by default: a test never reaches the machine's keyring."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    keys_live._LIVE.clear()
    yield
    keyring.set_keyring(before)
    keys_live._LIVE.clear()


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    kr = MemoryKeyring()
    keyring.set_keyring(kr)
    return kr


def keys_settings(
    fake: FakeExchangeServer | None,
    exchange: str,
    tmp: Path,
    *,
    passphrase: str | None = PASSPHRASE,
    protector: str = "auto",
    **kw: Any,
) -> Settings:
    """Live settings on the fake, no key in .env, the store under tmp/data."""
    keys = KeysConfig(  # type: ignore[call-arg]
        _env_file=None, SIGCOPY_KEYS_PASSPHRASE=passphrase, KEYS_PROTECTOR=protector
    )
    values: dict[str, Any] = {"EXCHANGE_API_KEY": None, "EXCHANGE_API_SECRET": None}
    values.update(kw)
    if fake is None:
        return Settings(  # type: ignore[call-arg]
            _env_file=None,
            TRADING_MODE="live",
            EXCHANGE=exchange,
            DATA_DIR=tmp / "data",
            LOG_DIR=tmp / "logs",
            keys=keys,
            **values,
        )
    return live_settings(fake, exchange, tmp, keys=keys, **values)


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def text(self) -> str:
        return self.out + self.err


async def run_keys(
    argv: list[str], settings: Settings, clock: SimulatedClock, stdin: str = ""
) -> Result:
    """`sigcopy keys ...` in process, keys piped on standard input. It runs in a thread with
    its own event loop (as from a terminal), while the fake exchange serves on the test's."""
    out, err = io.StringIO(), io.StringIO()
    code = await asyncio.to_thread(
        keys_cli.main,
        argv,
        settings=settings,
        clock=clock,
        stdin=io.StringIO(stdin),
        out=out,
        err=err,
    )
    return Result(code, out.getvalue(), err.getvalue())


def leaks(text: str, where: str = "output") -> list[str]:
    return [f"{s!r} in {where}" for s in SECRETS if s in text]


@pytest.fixture
def clock() -> SimulatedClock:
    return SimulatedClock(T0)


@pytest.fixture(params=["binanceusdm", "mexc"])
async def fake(request: pytest.FixtureRequest) -> AsyncIterator[FakeExchangeServer]:
    """A fake exchange that knows key A (and key B, for rotations)."""
    f = await start_fake(request.param)
    f.api_key, f.secret = KEY_A, SECRET_A
    f.other_keys = {KEY_B: SECRET_B}
    f.name = request.param  # type: ignore[attr-defined]
    yield f
    await f.stop()
