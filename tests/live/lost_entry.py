"""Shared set-up of the live tests of entries whose answer was lost (test_late_orders.py,
test_position_cover.py, test_after_lookups_stop.py, test_cover_ends.py and their neighbours).

An entry the exchange carries out LATE: its create is answered with something that says nothing
of its fate (Binance 503 -1007; a timeout on MEXC) and the look-up by client id right after does
not find it (tests/fakes/late_orders.py). The engine is the real one, with the real CcxtBroker
and ccxt client, against the loopback fakes, on the fake's clock: the test moves it, no real
waiting, no timing asserted.
"""

from __future__ import annotations

import random
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from config.trading_config import LiveConfig
from engine import events as ev
from engine.adapters.ccxt_retry import RetryPolicy
from engine.core.lost_answers import LATE_S, MOVED_LOOKUPS
from engine.domain.orders import Order, OrderRole
from engine.domain.trade import Trade
from engine.engine import TradingEngine
from tests.fakes.fixtures import BTC_ID, live_settings, start_fake
from tests.fakes.orders import FakeOrder
from tests.fakes.server import Call, FakeExchangeServer
from tests.live.helpers import live_signal, short_until_held
from tests.live.test_rate_limit_stops import BookClock

ENTRY = {"binanceusdm": "/fapi/v1/order", "mexc": "order/create"}
STOP = {"binanceusdm": "/algoOrder", "mexc": "planorder/place"}
VENUES = ["binanceusdm", "mexc"]
# Every look-up of an entry not found after its lost answer, until they stop (lost_answers.py).
ALL_LOOKUPS = (*LATE_S, *[LATE_S[-1]] * MOVED_LOOKUPS)


def engine_on(name: str, fake: FakeExchangeServer, tmp: Path) -> TradingEngine:
    """A live engine (not started) on the fake, on the fake's clock, its data in `tmp`."""
    settings = live_settings(
        fake,
        name,
        tmp,
        live=LiveConfig(_env_file=None, DRY_RUN_FIRST=False, WATCH_ORDERS=False),  # type: ignore[call-arg]
    )
    clock = BookClock(fake)  # type: ignore[arg-type]
    eng = TradingEngine(mode="live", settings=settings, clock=clock)

    async def sleep(seconds: float) -> None:
        fake.book.advance(seconds)

    policy = RetryPolicy(rng=random.Random(1), sleep=sleep, now=clock.time, wall=clock.time)
    for part in (getattr(eng.broker, "inner", eng.broker), eng.market_data):
        part.retry = policy
    return eng


@asynccontextmanager
async def running(
    name: str, tmp: Path
) -> AsyncIterator[tuple[FakeExchangeServer, TradingEngine, list[ev.Event]]]:
    """A started live engine on a fresh fake exchange, on the fake's clock."""
    fake = await start_fake(name)
    eng = engine_on(name, fake, tmp)
    events: list[ev.Event] = []
    eng.subscribe(events.append)
    await eng.start()
    try:
        yield fake, eng, events
    finally:
        await eng.aclose()
        await fake.stop()


def late_entry(
    fake: FakeExchangeServer, name: str, eng: TradingEngine, kind: str = "backend_timeout"
) -> None:
    """The next entry is accepted, answered with no word of its fate, and carried out only when
    the test releases it: Binance's 503 -1007 (or another answer `kind` whose fate is unknown);
    MEXC's answer never comes (a timeout)."""
    if name == "binanceusdm":
        fake.accept_later(None, ENTRY[name], kind)
    else:
        fake.accept_later(None, ENTRY[name], None)
        short_until_held(fake, eng)


def carried_out_unseen(fake: FakeExchangeServer) -> FakeOrder:
    """The late entry takes effect now, and no query finds its order (kept aside: returned)."""
    fake.late.release()
    fake.book.settle_pending()  # (MEXC matches a market order once its answer has left)
    (late,) = [o for o in fake.book.orders.values() if o.client_id and o.kind == "market"]
    fake.forget_order(late.id)
    return late


def creates(fake: FakeExchangeServer, part: str) -> list[Call]:
    return [c for c in fake.calls if c.method == "POST" and c.path.endswith(part)]


def sends(fake: FakeExchangeServer, eng: TradingEngine, o: Order) -> list[Call]:
    """Every create the exchange received that carries o's client id."""
    cid = eng.broker.client_id(o)
    return [c for c in fake.calls if c.method == "POST" and cid in c.body]


def entry_of(eng: TradingEngine) -> Order:
    (entry,) = [o for o in eng.orders.values() if o.role == OrderRole.ENTRY]
    return entry


def told(events: list[ev.Event], kind: str, words: str) -> list[ev.Event]:
    return [e for e in events if e.kind == kind and words in e.text]


@dataclass
class LostEntry:
    """A started engine whose trade "e" has its entry's answer lost (late_entry)."""

    name: str
    fake: FakeExchangeServer
    eng: TradingEngine
    events: list[ev.Event]
    trade: Trade
    entry: Order

    @property
    def sym(self) -> str:
        return BTC_ID[self.name]

    async def passes(self, waits: Iterable[float]) -> None:
        """For each wait: the fake's clock moved on by it, then one monitor pass."""
        for wait in waits:
            self.fake.book.advance(wait)
            await self.eng.monitor_pass()

    def stops(self) -> list[FakeOrder]:
        return self.fake.book.open_orders(self.sym, stops=True)

    def told(self, kind: str, words: str) -> list[ev.Event]:
        return told(self.events, kind, words)

    def sends(self) -> list[Call]:
        return sends(self.fake, self.eng, self.entry)


@asynccontextmanager
async def lost_entry(
    name: str, tmp: Path, kind: str = "backend_timeout", **signal: object
) -> AsyncIterator[LostEntry]:
    """The live tests' long (stop 59,000) sent as trade "e", its entry's answer lost (`kind`:
    the fake Binance's answer, late_entry)."""
    async with running(name, tmp) as (fake, eng, events):
        late_entry(fake, name, eng, kind)
        assert (await eng.execute(live_signal(signal_id="e", **signal))).ok
        yield LostEntry(name, fake, eng, events, eng.trades["e"], entry_of(eng))
