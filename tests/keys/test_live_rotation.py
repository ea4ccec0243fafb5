"""The key manager's key in a running bot: used instead of .env, rotated without a restart, each
request signed wholly with the old or wholly with the new key, the old key wiped."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from pathlib import Path

import ccxt.async_support as ccxt
import pytest

from config.settings import Settings
from engine import errors
from engine.adapters.ccxt_broker import CcxtBroker
from engine.adapters.ccxt_exchange import build_exchange
from engine.clock import SimulatedClock
from engine.doctor import check_exchange, check_key_source
from engine.keys.live import LiveKey
from tests.fakes.fixtures import BTC_ID
from tests.fakes.server import FakeExchangeServer
from tests.keys.conftest import (
    DAY,
    ENV_KEY,
    ENV_SECRET,
    KEY_A,
    KEY_B,
    PASSPHRASE,
    SECRET_A,
    SECRET_B,
    keys_settings,
    run_keys,
)
from tests.live.helpers import fast_retry, order

A_IN = f"{KEY_A}\n{SECRET_A}\n"
B_IN = f"{KEY_B}\n{SECRET_B}\n"


async def _broker(settings: Settings, clock: SimulatedClock) -> CcxtBroker:
    broker = CcxtBroker(settings, clock=clock, retry=fast_retry())
    broker.exchange.timeout = 5000
    await broker.load_markets()
    return broker


def _live_key(broker: CcxtBroker) -> LiveKey:
    live = getattr(broker.exchange, "_sigcopy_key", None)
    assert isinstance(live, LiveKey)
    return live


async def test_live_broker_when_store_holds_key_then_it_is_used_instead_of_env(
    fake: FakeExchangeServer, tmp_path: Path, clock: SimulatedClock
) -> None:
    name = fake.name  # type: ignore[attr-defined]
    settings = keys_settings(
        fake, name, tmp_path, EXCHANGE_API_KEY=ENV_KEY, EXCHANGE_API_SECRET=ENV_SECRET
    )
    assert (await run_keys(["add"], settings, clock, A_IN)).code == 0
    fake.signers.clear()
    broker = await _broker(settings, clock)
    try:
        bal = await broker.fetch_balance()
        assert bal is not None and bal.equity == Decimal(10_000)
        assert set(fake.keys_used()) == {KEY_A}  # the fake does not know the .env key at all
        checks = check_key_source(settings, clock)
        assert [c.status for c in checks] == ["OK", "WARN"]
        assert "key manager" in checks[0].detail and "AKEY…aaaa" in checks[0].detail
        assert "plain text" in checks[1].detail
    finally:
        await broker.close()


async def test_live_broker_when_label_not_in_store_then_env_key_used_and_doctor_says_so(
    fake: FakeExchangeServer, tmp_path: Path, clock: SimulatedClock
) -> None:
    name = fake.name  # type: ignore[attr-defined]
    fake.other_keys[ENV_KEY] = ENV_SECRET
    settings = keys_settings(
        fake, name, tmp_path, EXCHANGE_API_KEY=ENV_KEY, EXCHANGE_API_SECRET=ENV_SECRET
    )
    assert (await run_keys(["add", "--label", "other"], settings, clock, A_IN)).code == 0
    fake.signers.clear()
    broker = await _broker(settings, clock)
    try:
        await broker.fetch_balance()
        assert set(fake.keys_used()) == {ENV_KEY}
        (check,) = check_key_source(settings, clock)
        assert check.status == "OK" and ".env" in check.detail
    finally:
        await broker.close()


async def test_order_racing_a_rotation_when_signed_then_wholly_old_or_wholly_new_key(
    fake: FakeExchangeServer, tmp_path: Path, clock: SimulatedClock
) -> None:
    name = fake.name  # type: ignore[attr-defined]
    settings = keys_settings(fake, name, tmp_path)
    assert (await run_keys(["add"], settings, clock, A_IN)).code == 0
    broker = await _broker(settings, clock)
    live = _live_key(broker)
    old = live.current
    fake.set_price(BTC_ID[name], "60000")
    fake.set_latency(0.01)  # requests overlap: some are in flight while the key changes
    placed: list[str] = []
    rotated = asyncio.Event()

    async def sender(n: int) -> None:
        after = 0
        while after < 3:
            o = order("limit", "buy", "0.002", price="50000")
            upd = await broker.place_order(o, read_fill=False)
            assert upd.exchange_id, upd
            placed.append(o.client_id)
            if rotated.is_set():
                after += 1

    async def rotate() -> None:
        while len(placed) < 10:
            await asyncio.sleep(0.01)
        r = await run_keys(["rotate"], settings, clock, B_IN)
        assert r.code == 0, r.text
        rotated.set()

    try:
        await asyncio.wait_for(asyncio.gather(rotate(), *(sender(n) for n in range(6))), 120)
        await broker.fetch_balance()
    finally:
        await broker.close()
    creates = [c for c in fake.calls if c.method == "POST" and "order" in c.path.lower()]
    assert len(creates) >= len(placed) >= 28
    assert all(c.status == 200 for c in creates), [c.status for c in creates]
    assert fake.bad_signatures == 0  # no request carried one key with the other's signature
    signed = fake.keys_used("order")  # the order creations, by the key that signed each
    assert len(signed) == len(creates)
    # Each sender placed 3 orders after the rotation finished; the first of them may have been
    # signed (with key A) before, and answered after: at least 2 each were signed with key B.
    assert signed.count(KEY_A) >= 10 and signed.count(KEY_B) >= 6 * 2, signed
    assert fake.keys_used()[-1] == KEY_B
    assert live.swaps == 1 and live.current.key_text() == KEY_B
    assert bytes(old.api_key) == bytes(len(KEY_A)) and bytes(old.secret) == bytes(len(SECRET_A))


async def test_half_changed_key_when_signed_then_the_fake_exchange_refuses_it(
    fake: FakeExchangeServer, tmp_path: Path
) -> None:
    """The race test's check can fail: key A's header with key B's signature is refused."""
    name = fake.name  # type: ignore[attr-defined]
    settings = keys_settings(fake, name, tmp_path)
    ex = build_exchange(settings, with_keys=False)
    ex.apiKey, ex.secret = KEY_A, SECRET_B
    try:
        with pytest.raises(ccxt.AuthenticationError):
            await ex.fetch_balance()
    finally:
        await ex.close()
    assert fake.bad_signatures >= 1 and KEY_A not in fake.keys_used()


async def test_websocket_client_when_key_rotated_then_switches_with_the_rest_client(
    fake: FakeExchangeServer, tmp_path: Path, clock: SimulatedClock
) -> None:
    import ccxt.pro as ccxtpro

    name = fake.name  # type: ignore[attr-defined]
    settings = keys_settings(fake, name, tmp_path)
    assert (await run_keys(["add"], settings, clock, A_IN)).code == 0
    broker = await _broker(settings, clock)
    ws = build_exchange(settings, module=ccxtpro)
    try:
        assert _live_key(broker) is ws._sigcopy_key  # one key for both clients
        assert ws.apiKey == KEY_A
        assert (await run_keys(["rotate"], settings, clock, B_IN)).code == 0
        await broker.fetch_balance()  # the REST client's next request notices the rotation
        assert (ws.apiKey, ws.secret) == (KEY_B, SECRET_B)
    finally:
        await broker.close()
        await ws.close()


async def test_bot_start_when_key_older_than_90_days_then_reminded(
    fake: FakeExchangeServer, tmp_path: Path, clock: SimulatedClock
) -> None:
    name = fake.name  # type: ignore[attr-defined]
    settings = keys_settings(fake, name, tmp_path)
    assert (await run_keys(["add"], settings, clock, A_IN)).code == 0
    clock.advance(89 * DAY)
    broker = await _broker(settings, clock)
    try:
        assert not [w for w in await broker.startup_warnings() if "Key manager" in w]
        assert [c.name for c in check_key_source(settings, clock)] == ["key source"]
        clock.advance(2 * DAY)
        (w,) = [w for w in await broker.startup_warnings() if "Key manager" in w]
        assert "91 days old" in w and "sigcopy keys rotate" in w and KEY_A not in w
        age = [c for c in check_key_source(settings, clock) if c.name == "key age"]
        assert age and age[0].status == "WARN" and "91 days old" in age[0].detail
    finally:
        await broker.close()
    listed = await run_keys(["list"], settings, clock)
    assert listed.out.rstrip().endswith("today")  # the start recorded the key's last use


async def test_doctor_when_store_cannot_be_unlocked_then_fail_with_fix(
    fake_binance: FakeExchangeServer, tmp_path: Path, clock: SimulatedClock
) -> None:
    fake_binance.api_key, fake_binance.secret = KEY_A, SECRET_A
    settings = keys_settings(fake_binance, "binanceusdm", tmp_path)
    assert (await run_keys(["add"], settings, clock, A_IN)).code == 0
    wrong = keys_settings(fake_binance, "binanceusdm", tmp_path, passphrase="wrong passphrase!")
    (c,) = check_key_source(wrong, clock)
    assert c.status == "FAIL" and "wrong passphrase" in c.detail
    checks = await check_exchange(wrong)
    assert checks[0].status == "FAIL" and "wrong passphrase" in checks[0].detail
    with pytest.raises(errors.ConfigError):
        CcxtBroker(wrong)


async def test_doctor_when_manager_holds_the_key_then_reports_source_and_keys_valid(
    fake: FakeExchangeServer,
    tmp_path: Path,
    clock: SimulatedClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from engine import doctor

    name = fake.name  # type: ignore[attr-defined]
    settings = keys_settings(fake, name, tmp_path)
    assert (await run_keys(["add"], settings, clock, A_IN)).code == 0
    env = tmp_path / ".env"
    env.write_text(
        f"TRADING_MODE=live\nEXCHANGE={name}\nEXCHANGE_API_BASE_URL={fake.url}\n"
        f"DATA_DIR={tmp_path / 'data'}\nLOG_DIR={tmp_path / 'logs'}\n"
        f"SIGCOPY_KEYS_PASSPHRASE={PASSPHRASE}\n"
    )
    env.chmod(0o600)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)  # no check may leave loopback
    checks = await doctor.run_checks(env)
    lines = {c.name: c for c in checks}
    assert lines["key source"].status == "OK" and "AKEY…aaaa" in lines["key source"].detail
    assert lines["exchange keys"].status == "OK", checks
    assert lines["telegram"].detail.startswith("no token")
    (warn,) = [c for c in checks if c.name == "key store passphrase"]
    assert warn.status == "WARN" and "service's environment" in warn.fix
    text = "\n".join(c.render() for c in checks)
    assert KEY_A not in text and SECRET_A not in text and PASSPHRASE not in text


async def test_engine_start_when_stored_key_older_than_90_days_then_start_up_warning(
    fake: FakeExchangeServer, tmp_path: Path, clock: SimulatedClock
) -> None:
    from config.trading_config import LiveConfig
    from engine.engine import TradingEngine

    name = fake.name  # type: ignore[attr-defined]
    dry = LiveConfig(_env_file=None, DRY_RUN_FIRST=True, WATCH_ORDERS=False)  # type: ignore[call-arg]
    settings = keys_settings(fake, name, tmp_path, live=dry)
    assert (await run_keys(["add"], settings, clock, A_IN)).code == 0
    clock.advance(120 * DAY)
    engine = TradingEngine(mode="live", settings=settings, clock=clock)
    try:
        await engine.start()
        (w,) = [w for w in engine.startup_warnings if "Key manager" in w]
        assert "120 days old" in w and KEY_A not in w
        assert set(fake.keys_used()) == {KEY_A}
    finally:
        await engine.aclose()
