"""Client order ids are the book's own: its database's tag is in every one (engine/core/book_tag.py).

Trade ids alone repeat across books: one signal copied to two books has one id, and a fresh
database may see a signal id again. Through the real engine and ccxt client against the fake
Binance USD-M, whose client-id rules follow New Order ("A unique id among open orders ...
^[\\.A-Z\\:/a-z0-9_-]{1,36}$", -4116 when an open order has it).
"""

from __future__ import annotations

import logging
import re
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from config.settings import BookConfig
from config.trading_config import LiveConfig
from engine.adapters.ccxt_exchange import exchange_client_id, profile_for
from engine.books import build_engine
from engine.core.book_tag import KEY, LENGTH
from engine.core.lost_answers import LATE_S
from engine.domain.orders import OrderRole
from engine.domain.trade import Trade, TradeStatus
from engine.engine import TradingEngine
from engine.errors import ConfigError
from tests.fakes.fake_binance import FakeBinance
from tests.fakes.fixtures import BTC_ID, live_settings, start_fake
from tests.fakes.server import FakeExchangeServer
from tests.live.helpers import (
    CLIENT_TIMEOUT_MS,
    fast_retry,
    live_engine,
    live_signal,
    short_until_held,
)
from tests.live.test_rate_limit_stops import BookClock

SYM = BTC_ID["binanceusdm"]
SECOND_KEY, SECOND_SECRET = "second-key-of-the-same-account", "second-secret-0123456789"


def _engine(
    fake: FakeExchangeServer,
    tmp: Path,
    key: str | None = None,
    secret: str = "",
    exchange: str = "binanceusdm",
    clock: BookClock | None = None,
) -> TradingEngine:
    """A live engine on the fake's one account, its data in `tmp` (a second key if given)."""
    extra = {"EXCHANGE_API_KEY": key, "EXCHANGE_API_SECRET": secret} if key else {}
    settings = live_settings(
        fake,
        exchange,
        tmp,
        live=LiveConfig(_env_file=None, DRY_RUN_FIRST=False, WATCH_ORDERS=False),  # type: ignore[call-arg]
        **extra,
    )
    eng = TradingEngine(mode="live", settings=settings, clock=clock)
    for part in (eng.broker, eng.market_data):
        part.retry = fast_retry()
        part.exchange.timeout = CLIENT_TIMEOUT_MS
    return eng


def _exchange_ids(eng: TradingEngine) -> set[str]:
    return {o.exchange_id for o in eng.orders.values() if o.exchange_id}


@pytest.mark.parametrize("exchange", ["binanceusdm", "mexc"])
async def test_two_books_on_one_account_when_same_signal_then_each_keeps_its_own_orders(
    exchange: str, tmp_path: Path
) -> None:
    # Two key pairs of one account, two books (two databases): the same signal in both. Each
    # book's stop rests beside the other's; neither takes the other's orders for its own.
    fake = await start_fake(exchange)
    fake.other_keys[SECOND_KEY] = SECOND_SECRET
    sym = BTC_ID[exchange]
    a = _engine(fake, tmp_path / "a", exchange=exchange)
    b = _engine(fake, tmp_path / "b", SECOND_KEY, SECOND_SECRET, exchange=exchange)
    await a.start()
    await b.start()
    try:
        assert (await a.execute(live_signal(signal_id="s1"))).ok
        assert (await b.execute(live_signal(signal_id="s1"))).ok
        ta, tb = a.trades["s1"], b.trades["s1"]
        assert ta.status == tb.status == TradeStatus.OPEN
        assert not (_exchange_ids(a) & _exchange_ids(b))  # no exchange order in both books
        stops = fake.book.open_orders(sym, stops=True)
        assert len(stops) == 2
        cs = fake.book.markets[sym].contract_size
        assert fake.book.positions[sym] * cs == ta.open_qty + tb.open_qty
        # A pass each: neither finds anything of the other's to book, cancel or re-place.
        await a.monitor_pass()
        await b.monitor_pass()
        assert ta.status == tb.status == TradeStatus.OPEN
        assert fake.book.open_orders(sym, stops=True) == stops
        assert not [c for c in fake.calls if c.method == "DELETE" or "cancel" in c.path]
    finally:
        await a.aclose()
        await b.aclose()
        await fake.stop()


async def test_reset_database_when_create_answer_lost_then_old_order_not_taken_for_ours(
    tmp_path: Path, fake_binance: FakeBinance
) -> None:
    # A book trades signal s1; its database is then replaced by an empty one (reset, moved)
    # and s1 comes again. The new entry's request is lost on the way: the look-ups by client id
    # that follow (at once, then over LATE_S: a lost answer's order is unknown until then) must
    # not find the old book's filled entry and book its fill as this one's.
    old = _engine(fake_binance, tmp_path / "old")
    await old.start()
    assert (await old.execute(live_signal(signal_id="s1"))).ok
    held = fake_binance.book.positions[SYM]
    await old.aclose()
    fresh = _engine(fake_binance, tmp_path / "fresh", clock=BookClock(fake_binance))
    await fresh.start()
    try:
        fake_binance.lose_next(1, path_part="/fapi/v1/order")
        short_until_held(fake_binance, fresh)
        result = await fresh.execute(live_signal(signal_id="s1"))
        t = fresh.trades["s1"]
        assert result.ok and t.status == TradeStatus.PENDING  # unknown: looked up again
        for wait in LATE_S:
            fake_binance.book.advance(wait)
            await fresh.monitor_pass()
        # Never adopted. Not called never placed either: the account holds a position this
        # book did not book (the old book's), so the user is told to check (lost_answers.py 4.).
        assert t.entry_qty == 0 and t.status == TradeStatus.PENDING
        assert fake_binance.book.positions[SYM] == held  # nothing new, nothing adopted
        # The old book's stop, and one this book placed for what the exchange holds beyond its
        # own book (its lost entry may have filled, engine/core/position_cover.py): reduce-only,
        # at this signal's stop, for at most its entry's amount; the user is told to check.
        old_stop, cover = sorted(fake_binance.book.open_orders(SYM, stops=True), key=lambda o: o.id)
        assert old_stop.client_id != cover.client_id and cover.reduce_only
        assert cover.trigger == 59000 and cover.qty == Decimal(t.extra["cover"]) <= held
    finally:
        await fresh.aclose()


async def test_database_before_tags_when_reopened_then_sent_orders_keep_ids_and_log_says_once(
    tmp_path: Path, fake_binance: FakeBinance, caplog: pytest.LogCaptureFixture
) -> None:
    # A database written before books had tags: its open trade's stop rests with an untagged
    # client id. Opened now, the book gets a tag (said once in the log); the resting stop keeps
    # its id (found, not re-placed); orders built from now on carry the tag.
    eng = live_engine(fake_binance, "binanceusdm", tmp_path)
    await eng.start()
    eng.book.orders.tag = ""  # as an older sigcopy built its ids
    assert (await eng.execute(live_signal(signal_id="s1"))).ok
    (stop,) = [o for o in eng.orders.values() if o.role == OrderRole.STOP_LOSS]
    assert stop.client_id == "scs1sl2"  # (entry 1, stop 2)
    await eng.aclose()
    (db,) = (tmp_path / "data" / "books").glob("*/sigcopy.db")
    with sqlite3.connect(db) as conn:  # the older database had no tag row
        conn.execute("DELETE FROM state WHERE id = ?", (KEY,))
    stops_sent = fake_binance.count("/algoOrder", "POST")
    caplog.set_level(logging.INFO, logger="sigcopy.engine")
    again = live_engine(fake_binance, "binanceusdm", tmp_path)
    await again.start()
    try:
        said = [r for r in caplog.records if "predates client-id tags" in r.getMessage()]
        assert len(said) == 1
        tag = again.book.orders.tag
        assert re.fullmatch(f"[a-z0-9]{{{LENGTH}}}", tag)
        await again.monitor_pass()
        kept = again.orders[stop.client_id]
        assert kept.is_live and kept.exchange_id == stop.exchange_id
        assert fake_binance.count("/algoOrder", "POST") == stops_sent  # not sent again
        # The stop moved by hand (a follow-up): the new stop carries the tag.
        assert (await again.apply_update("MOVE_SL", symbol="BTCUSDT", price=59500)).ok
        new = [o for o in again.orders.values() if o.role == OrderRole.STOP_LOSS and o.is_live]
        assert len(new) == 1 and new[0].client_id.startswith(f"sc{tag}_s1sl")
        (rest,) = fake_binance.book.open_orders(SYM, stops=True)
        assert rest.client_id == again.broker.client_id(new[0])
    finally:
        await again.aclose()
    caplog.clear()
    third = live_engine(fake_binance, "binanceusdm", tmp_path)
    await third.start()
    try:
        assert third.book.orders.tag == tag  # kept in the database: made once
        assert not [r for r in caplog.records if "predates client-id tags" in r.getMessage()]
    finally:
        await third.aclose()


def test_same_api_key_in_two_live_books_when_built_then_refused_with_what_to_do(
    tmp_path: Path,
) -> None:
    fake = FakeBinance()  # (not started: nothing is sent before the refusal)
    fake.url = "http://127.0.0.1:9"
    settings = live_settings(
        fake,
        "binanceusdm",
        tmp_path,
        live=LiveConfig(_env_file=None, DRY_RUN_FIRST=False),  # type: ignore[call-arg]
        # A second live book named apart, on the main key (COPY_TO's default credentials).
        COPY_TO=[BookConfig(mode="live", name="careful", risk={"MAX_LEVERAGE": 2})],
    )
    with pytest.raises(ConfigError) as err:
        build_engine(settings)
    text = err.value.user_message()
    assert "same exchange account" in text and "careful" in text and "api_key" in text
    assert fake.api_key not in text and fake.secret not in text
    # The same book beside a paper book, or dry run on the same key, is no clash.
    ok = settings.model_copy(update={"COPY_TO": [BookConfig(mode="paper")]})
    assert len(build_engine(ok).books) == 2  # type: ignore[union-attr]
    dry = settings.model_copy(
        update={"COPY_TO": [BookConfig(mode="live", name="rehearsal", dry_run=True)]}
    )
    assert len(build_engine(dry).books) == 2  # type: ignore[union-attr]


@pytest.mark.parametrize("exchange", ["binanceusdm", "mexc"])
def test_client_ids_when_tagged_then_within_each_exchanges_rules_and_unique(exchange: str) -> None:
    profile = profile_for(exchange)
    rule = re.compile(r"[\.A-Z\:/a-z0-9_-]{1,36}" if exchange == "binanceusdm" else r"[\w-]{1,32}")
    seen: set[str] = set()
    for trade_id in ("s1", "tg-1001234567890_1234567", "console1733369000_12", "a" * 40):
        for tag in ("", "k3x9q2", "k3x9q3"):
            t = Trade(trade_id, "BTC/USDT:USDT", "LONG", 3, 3, 1, [], [], [], None)  # type: ignore[arg-type]
            for role in ("entry", "sl", "tp", "close"):
                cid = exchange_client_id(t.next_client_id(role, tag), profile.client_id_max_len)
                assert rule.fullmatch(cid), cid
                assert cid not in seen  # another book (tag) or trade never shares one
                seen.add(cid)
