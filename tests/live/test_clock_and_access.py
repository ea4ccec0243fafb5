"""Clocks (time-difference adjustment, one resync on a timestamp refusal) and MEXC API access."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from engine import errors
from engine.adapters.exchange_check import check_exchange
from tests.fakes.fake_mexc import FakeMexc
from tests.fakes.fixtures import live_settings
from tests.live.conftest import Venue, create_path
from tests.live.helpers import make_broker, order

BTC = "BTC/USDT:USDT"


def _balance_path(v: Venue) -> str:
    return "assets" if v.name == "mexc" else "account"


def _time_path(v: Venue) -> str:
    return "contract/ping" if v.name == "mexc" else "/fapi/v1/time"


async def test_start_when_local_clock_is_30s_off_then_signed_requests_accepted(
    venue: Venue, tmp_path: Path
) -> None:
    venue.fake.set_clock_skew(30_000)
    broker = await make_broker(live_settings(venue.fake, venue.name, tmp_path))
    try:
        bal = await broker.fetch_balance()  # ccxt read the exchange's clock with the markets
    finally:
        await broker.close()
    assert bal is not None and bal.equity > 0


async def test_read_when_clock_drifts_after_start_then_resynced_and_retried_once(
    venue: Venue,
) -> None:
    venue.fake.set_clock_skew(-20_000)
    times = venue.fake.count(_time_path(venue))
    bal = await venue.broker.fetch_balance()
    assert bal is not None
    assert venue.fake.count(_balance_path(venue)) == 2  # refused once, then accepted
    assert venue.fake.count(_time_path(venue)) == times + 1


async def test_read_when_timestamp_refused_even_after_resync_then_clock_off_message(
    venue: Venue,
) -> None:
    venue.fake.set_clock_skew(30_000)
    venue.fake.reject_next("timestamp", 2, _balance_path(venue))
    with pytest.raises(errors.ClockSkew) as info:
        await venue.broker.fetch_balance()
    found = re.search(r"your clock is (\d+) ms off", str(info.value))
    assert found is not None and 25_000 < int(found.group(1)) < 35_000
    assert "NTP" in info.value.hint
    assert venue.fake.count(_balance_path(venue)) == 2  # sent twice, never more


async def test_create_when_timestamp_refused_then_looked_up_and_sent_once_more_only(
    venue: Venue,
) -> None:
    await venue.broker.set_leverage(venue.broker.market(BTC), 5)
    venue.fake.set_clock_skew(-15_000)
    o = order("limit", "buy", "0.01", price="59000")
    u = await venue.broker.place_order(o)
    assert u.status.value == "open"
    assert venue.fake.count(create_path(venue), "POST") == 2  # refused (nothing done), resent
    assert len([x for x in venue.fake.book.orders.values() if x.client_id]) == 1


async def test_create_when_timestamp_refused_twice_then_clock_skew_and_nothing_placed(
    venue: Venue,
) -> None:
    await venue.broker.set_leverage(venue.broker.market(BTC), 5)
    venue.fake.reject_next("timestamp", 2, create_path(venue), "POST")
    with pytest.raises(errors.ClockSkew):
        await venue.broker.place_order(order("limit", "buy", "0.01", price="59000"))
    assert venue.fake.count(create_path(venue), "POST") == 2
    assert venue.fake.book.orders == {}


@pytest.mark.parametrize("kind", ["not_activated", "access_read", "access_trade"])
async def test_mexc_when_futures_api_refused_then_api_access_denied_saying_so(
    fake_mexc: FakeMexc, tmp_path: Path, kind: str
) -> None:
    broker = await make_broker(live_settings(fake_mexc, "mexc", tmp_path))
    await broker.set_leverage(broker.market(BTC), 5)
    fake_mexc.reject_next(kind, 1, "order/create")
    try:
        with pytest.raises(errors.ApiAccessDenied) as info:
            await broker.place_order(order("market", "buy", "0.01"))
    finally:
        await broker.close()
    assert "futures API not enabled for this key/account" in str(info.value)
    assert "halted" in info.value.hint


async def test_check_exchange_when_mexc_balance_read_refused_then_access_warning(
    fake_mexc: FakeMexc, tmp_path: Path
) -> None:
    broker = await make_broker(live_settings(fake_mexc, "mexc", tmp_path))
    fake_mexc.reject_next("access_read", 1, "account/assets")
    try:
        warnings = await check_exchange(broker)
    finally:
        await broker.close()
    assert any("futures API not enabled for this key/account" in w for w in warnings)


async def test_engine_when_mexc_refuses_futures_api_then_live_trading_halted(
    tmp_path: Path,
) -> None:
    from tests.fakes.fixtures import start_fake
    from tests.live.helpers import live_engine, live_signal

    fake = await start_fake("mexc")
    eng = live_engine(fake, "mexc", tmp_path, live={"WATCH_ORDERS": False})
    await eng.start()
    try:
        fake.reject_next("not_activated", 1, "order/create")
        assert not (await eng.execute(live_signal())).ok
        assert eng.kill_switch.is_set()
        assert "futures API not enabled" in (eng.kill_switch.reason() or "")
        assert fake.book.positions.get("BTC_USDT", 0) == 0
        n = fake.count("order/create")
        assert not (await eng.execute(live_signal())).ok  # halted: nothing more is sent
        assert fake.count("order/create") == n
    finally:
        await eng.aclose()
        await fake.stop()
