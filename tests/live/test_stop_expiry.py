"""Stops that lapse: MEXC trigger orders sent for 7 days, expired by the fake, renewed in time."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from config.settings import Settings
from config.trading_config import LiveConfig, RiskConfig
from engine.core.stop_swap import superseded_stops
from engine.domain.orders import Order, OrderRole, OrderStatus, OrderType
from engine.engine import TradingEngine
from engine.services.stop_keeper import RENEW_BEFORE_S, stops_to_renew
from tests.fakes.fake_mexc import FakeMexc
from tests.fakes.fixtures import BTC_ID, live_settings, start_fake
from tests.fakes.server import FakeExchangeServer
from tests.live.conftest import Venue, create_path
from tests.live.helpers import fast_retry, live_signal, order

BTC = "BTC/USDT:USDT"
DAY = 86400.0


async def _long_with_stop(v: Venue) -> Order:
    await v.broker.set_leverage(v.broker.market(BTC), 5)
    assert (await v.broker.place_order(order("market", "buy", "0.01"))).status == OrderStatus.FILLED
    sl = order("stop", "sell", "0.01", trigger="59000", reduce_only=True)
    u = await v.broker.place_order(sl)
    sl.exchange_id, sl.status = u.exchange_id, u.status
    return sl


async def test_place_stop_on_mexc_when_sent_then_seven_day_cycle_and_expiry_recorded(
    fake_mexc: FakeMexc, tmp_path: Path
) -> None:
    from tests.live.helpers import make_broker

    broker = await make_broker(live_settings(fake_mexc, "mexc", tmp_path))
    v = Venue("mexc", fake_mexc, broker, "BTC_USDT")
    before = time.time()
    sl = await _long_with_stop(v)
    await broker.close()
    (body,) = v.sent(create_path(v, stop=True))
    assert body["executeCycle"] == 2  # 7 days, the longest the API offers (ccxt sends 1: 24 h)
    assert sl.expires_at is not None
    assert before + 7 * DAY <= sl.expires_at <= time.time() + 7 * DAY


async def test_poll_when_mexc_stop_outlives_its_cycle_then_expired_with_nothing_filled(
    venue: Venue,
) -> None:
    sl = await _long_with_stop(venue)
    venue.fake.book.advance(6 * DAY)
    assert await venue.broker.poll([sl]) == []  # still resting after 6 days
    venue.fake.book.advance(DAY + 1)
    if venue.name == "mexc":
        (upd,) = await venue.broker.poll([sl])
        assert upd.status == OrderStatus.EXPIRED and upd.filled == 0
        assert venue.fake.book.open_orders(stops=True) == []
    else:  # Binance's conditional orders are good till cancelled
        assert await venue.broker.poll([sl]) == []
        assert sl.expires_at is None


def _stop(trade: str, expires: float | None, n: int = 0) -> Order:
    return Order(
        f"{trade}-sl-{n}",
        trade,
        BTC,
        "sell",
        OrderType.STOP,
        OrderRole.STOP_LOSS,
        Decimal(1),
        trigger_price=Decimal(1),
        status=OrderStatus.OPEN,
        expires_at=expires,
    )


def test_stops_to_renew_when_lapsing_within_margin_then_due_and_older_twin_superseded() -> None:
    now = 1_000_000.0
    far = _stop("a", now + RENEW_BEFORE_S + 60)
    soon = _stop("b", now + RENEW_BEFORE_S - 60)
    never = _stop("c", None)
    old_twin, new_twin = _stop("d", now + 10, 0), _stop("d", now + 7 * DAY, 1)
    orders = [far, soon, never, old_twin, new_twin]
    # Where stops never lapse (Binance), a stop with no expiry is never due.
    assert stops_to_renew(orders, now, lapses=False) == [soon]
    # Where they do (MEXC), one with no recorded expiry may lapse any moment: due now.
    assert stops_to_renew(orders, now, lapses=True) == [soon, never]
    assert superseded_stops(orders) == [old_twin]  # the newer twin rests: the older goes


class OffsetClock:
    """Wall time plus a shift a test moves forward (days pass in a moment)."""

    def __init__(self) -> None:
        self.offset = 0.0

    def time(self) -> float:
        return time.time() + self.offset

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.time(), UTC)


@pytest.fixture
async def mexc_engine(
    tmp_path: Path,
) -> AsyncIterator[tuple[FakeExchangeServer, TradingEngine, OffsetClock]]:
    fake = await start_fake("mexc")
    clock = OffsetClock()
    settings = live_settings(
        fake,
        "mexc",
        tmp_path,
        live=LiveConfig(_env_file=None, DRY_RUN_FIRST=False, WATCH_ORDERS=False),  # type: ignore[call-arg]
        risk=RiskConfig(_env_file=None),  # type: ignore[call-arg]
    )
    eng = TradingEngine(mode="live", settings=settings, clock=clock)
    inner = getattr(eng.broker, "inner", eng.broker)
    inner.retry = fast_retry()
    await eng.start()
    yield fake, eng, clock
    await eng.aclose()
    await fake.stop()


async def test_monitor_when_mexc_stop_nears_its_expiry_then_renewed_and_position_never_bare(
    mexc_engine: tuple[FakeExchangeServer, TradingEngine, OffsetClock],
) -> None:
    fake, eng, clock = mexc_engine
    res = await eng.execute(live_signal())
    assert res.ok, res
    (first,) = fake.book.open_orders(BTC_ID["mexc"], stops=True)
    # Six and a half days later: within the renewal margin of the 7-day cycle.
    step = 7 * DAY - RENEW_BEFORE_S + 60
    clock.offset += step
    fake.book.advance(step)
    await eng.monitor_pass()
    (second,) = fake.book.open_orders(BTC_ID["mexc"], stops=True)
    assert second.id != first.id and first.status == "CANCELED"
    assert second.qty == first.qty and second.trigger == first.trigger
    # Past the first stop's lapse: the position still has its (renewed) stop.
    clock.offset += RENEW_BEFORE_S
    fake.book.advance(RENEW_BEFORE_S)
    await eng.monitor_pass()
    assert [o.id for o in fake.book.open_orders(BTC_ID["mexc"], stops=True)] == [second.id]
    stops = [o for o in eng.orders.values() if o.role == OrderRole.STOP_LOSS and o.is_live]
    assert len(stops) == 1 and stops[0].exchange_id == second.id
    assert stops[0].expires_at is not None and stops[0].expires_at > clock.time() + 6 * DAY


@pytest.fixture
async def saved_without_expiry(
    request: pytest.FixtureRequest, tmp_path: Path
) -> AsyncIterator[tuple[FakeExchangeServer, Settings]]:
    """A MEXC position whose stop's record has no expires_at (as before expiry tracking)."""
    from engine.adapters.sqlite_store import SqliteStore

    fake = await start_fake("mexc")
    settings = live_settings(
        fake,
        "mexc",
        tmp_path,
        live=LiveConfig(_env_file=None, DRY_RUN_FIRST=False, WATCH_ORDERS=False),  # type: ignore[call-arg]
        risk=RiskConfig(_env_file=None),  # type: ignore[call-arg]
    )
    eng = TradingEngine(mode="live", settings=settings)
    assert (await eng.execute(live_signal())).ok
    (sl,) = [o for o in eng.orders.values() if o.role == OrderRole.STOP_LOSS and o.is_live]
    db = eng.store.path  # type: ignore[attr-defined]
    await eng.aclose()
    record = sl.to_dict()
    del record["expires_at"]
    status = getattr(request, "param", sl.status.value)
    if status == "pending":  # killed before the exchange's answer was recorded
        record |= {"status": "pending", "exchange_id": None}
    store = SqliteStore(db)
    await store.open()
    store.put("order", sl.client_id, status, record)
    await store.flush()
    await store.close()
    yield fake, settings
    await fake.stop()


@pytest.mark.parametrize("saved_without_expiry", ["open", "pending"], indirect=True)
async def test_start_when_mexc_stop_saved_without_expiry_then_read_back_and_not_renewed(
    saved_without_expiry: tuple[FakeExchangeServer, Settings], caplog: pytest.LogCaptureFixture
) -> None:
    fake, settings = saved_without_expiry
    (first,) = fake.book.open_orders(BTC_ID["mexc"], stops=True)
    caplog.set_level("WARNING", logger="sigcopy.engine")
    eng = TradingEngine(mode="live", settings=settings)
    await eng.start()  # the start reads the resting stop back: its creation time gives its expiry
    try:
        assert [o.id for o in fake.book.open_orders(BTC_ID["mexc"], stops=True)] == [first.id]
        (live,) = [o for o in eng.orders.values() if o.role == OrderRole.STOP_LOSS and o.is_live]
        assert live.exchange_id == first.id
        assert live.expires_at == first.created / 1000 + 7 * DAY
        assert not any("no recorded expiry" in r.getMessage() for r in caplog.records)
    finally:
        await eng.aclose()
    # Recorded: the next start neither renews it nor needs to read its expiry again.
    eng = TradingEngine(mode="live", settings=settings)
    await eng.start()
    try:
        assert [o.id for o in fake.book.open_orders(BTC_ID["mexc"], stops=True)] == [first.id]
        (live,) = [o for o in eng.orders.values() if o.role == OrderRole.STOP_LOSS and o.is_live]
        assert live.expires_at == first.created / 1000 + 7 * DAY
    finally:
        await eng.aclose()


async def test_start_when_mexc_stop_read_back_near_its_lapse_then_renewed_at_once(
    saved_without_expiry: tuple[FakeExchangeServer, Settings],
) -> None:
    fake, settings = saved_without_expiry
    (first,) = fake.book.open_orders(BTC_ID["mexc"], stops=True)
    clock = OffsetClock()
    clock.offset = 7 * DAY - RENEW_BEFORE_S + 60  # its creation time says it lapses soon
    fake.book.advance(clock.offset)
    eng = TradingEngine(mode="live", settings=settings, clock=clock)
    await eng.start()
    try:
        (second,) = fake.book.open_orders(BTC_ID["mexc"], stops=True)
        assert second.id != first.id and first.status == "CANCELED"
        assert second.qty == first.qty and second.trigger == first.trigger
    finally:
        await eng.aclose()


async def test_start_when_unrecorded_stop_fired_while_down_then_not_renewed(
    saved_without_expiry: tuple[FakeExchangeServer, Settings],
) -> None:
    fake, settings = saved_without_expiry
    fake.set_price(BTC_ID["mexc"], "58900")  # the stop fires while sigcopy is down
    assert fake.book.positions[BTC_ID["mexc"]] == 0
    mark = len(fake.calls)
    eng = TradingEngine(mode="live", settings=settings)
    await eng.start()
    try:
        sent = [c.path for c in fake.calls[mark:] if c.path.endswith("planorder/place")]
        assert sent == []  # no stop is renewed for a position that is gone
        (t,) = eng.trades.values()
        assert not t.is_active  # recorded as closed
    finally:
        await eng.aclose()


async def test_start_when_binance_stop_has_no_expiry_then_left_alone(
    tmp_path: Path,
) -> None:
    fake = await start_fake("binanceusdm")
    settings = live_settings(
        fake,
        "binanceusdm",
        tmp_path,
        live=LiveConfig(_env_file=None, DRY_RUN_FIRST=False, WATCH_ORDERS=False),  # type: ignore[call-arg]
        risk=RiskConfig(_env_file=None),  # type: ignore[call-arg]
    )
    try:
        eng = TradingEngine(mode="live", settings=settings)
        assert (await eng.execute(live_signal())).ok
        await eng.aclose()
        (first,) = fake.book.open_orders(BTC_ID["binanceusdm"], stops=True)
        eng = TradingEngine(mode="live", settings=settings)
        await eng.start()
        await eng.monitor_pass()
        await eng.aclose()
        assert [o.id for o in fake.book.open_orders(BTC_ID["binanceusdm"], stops=True)] == [
            first.id
        ]
    finally:
        await fake.stop()
