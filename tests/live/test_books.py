"""Books: paper, dry run and each live account keep their own state and trade log."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from engine import Signal, TradingEngine
from engine.adapters.simulated_feed import SimulatedFeed
from tests.engine.conftest import make_settings
from tests.fakes.server import FakeExchangeServer
from tests.live.helpers import live_engine


def _paper(tmp: Path, **kw: object) -> TradingEngine:
    feed = SimulatedFeed(seed=1, start_prices={"BTC": 60000.0, "ETH": 3000.0})
    return TradingEngine("paper", make_settings(tmp), market_data=feed, **kw)  # type: ignore[arg-type]


async def _paper_trades(tmp: Path, **kw: object) -> str:
    """A paper position and a resting paper entry; returns the resting one's trade id."""
    paper = _paper(tmp, **kw)
    await paper.start()
    assert await paper.execute_signal(Signal("BTCUSDT", "LONG", tp=65000, sl=58000))
    r = await paper.execute(Signal("ETHUSDT", "LONG", entry=2900, tp=3300, sl=2800))
    assert r.ok and r.trade_id
    await paper.aclose()
    return r.trade_id


@pytest.mark.parametrize("name", ["binanceusdm"])
async def test_live_when_paper_traded_before_in_the_same_data_dir_then_paper_orders_untouched(
    name: str, tmp_path: Path, fake_binance: FakeExchangeServer
) -> None:
    resting = await _paper_trades(tmp_path)
    live = live_engine(fake_binance, name, tmp_path)
    await live.start()
    await live.monitor_pass()
    await live.reconcile()
    stats = live.get_stats()
    assert stats["book"].startswith(f"{name}-") and fake_binance.api_key not in stats["book"]
    assert stats["signals_processed"] == 0 and stats["open_positions"] == 0
    assert stats["pending_entries"] == 0 and live.positions() == []
    # Not one request about a paper order: no cancel, no look-up.
    assert fake_binance.count("/order", "DELETE") == 0
    assert not any(resting in (c.path + json.dumps(c.query) + c.body) for c in fake_binance.calls)
    assert await live.execute_signal(Signal("BTCUSDT", "LONG", tp=61000, sl=59000))
    assert live.get_stats()["open_positions"] == 1
    await live.aclose()
    # The paper book is as it was left, in its own folder.
    paper = _paper(tmp_path)
    p = paper.get_stats()
    assert p["book"] == "paper" and p["open_positions"] == 1 and p["pending_entries"] == 1
    assert [t.trade_id for t in paper.pending_trades()] == [resting]
    books = tmp_path / "data" / "books"
    assert sorted(d.name for d in books.iterdir()) == sorted(["paper", stats["book"]])
    live_lines = (books / stats["book"] / "trades.jsonl").read_text().splitlines()
    assert live_lines and all(json.loads(x)["book"] == stats["book"] for x in live_lines)
    paper.trade_log.close()


async def test_start_when_data_dir_has_the_old_single_book_then_it_becomes_the_paper_book(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # The layout of earlier versions: one database and one trade log straight in DATA_DIR
    # (the same files, made elsewhere and put there).
    resting = await _paper_trades(tmp_path / "before")
    made = tmp_path / "before" / "data" / "books" / "paper"
    data = tmp_path / "data"
    data.mkdir()
    (made / "sigcopy.db").rename(data / "sigcopy.db")
    (made / "trades.jsonl").rename(data / "paper_trades.jsonl")
    with caplog.at_level(logging.WARNING, logger="sigcopy.factory"):
        paper = _paper(tmp_path)
    assert any("to the paper book" in r.getMessage() for r in caplog.records)
    assert not (data / "sigcopy.db").exists() and not (data / "paper_trades.jsonl").exists()
    stats = paper.get_stats()
    assert stats["book"] == "paper" and stats["open_positions"] == 1
    assert [t.trade_id for t in paper.pending_trades()] == [resting]
    lines = (data / "books" / "paper" / "trades.jsonl").read_text().splitlines()
    assert [json.loads(x)["action"] for x in lines] == ["OPEN"]
    paper.trade_log.close()


async def test_execute_when_copied_to_paper_beside_live_then_only_the_live_book_sends_orders(
    tmp_path: Path, fake_binance: FakeExchangeServer
) -> None:
    from config.trading_config import LiveConfig
    from engine.books import BookSet, build_engine
    from tests.fakes.fixtures import live_settings

    settings = live_settings(
        fake_binance,
        "binanceusdm",
        tmp_path,
        live=LiveConfig(_env_file=None, DRY_RUN_FIRST=False),  # type: ignore[call-arg]
        COPY_TO=[{"mode": "paper", "risk": {"MAX_POSITION_SIZE_PCT": 0.02}}],
    )
    books = build_engine(settings)
    assert isinstance(books, BookSet)
    live_book, paper_book = books.books
    assert paper_book == "paper" and live_book.startswith("binanceusdm-")
    async with books:
        r = await books.execute(Signal("BTCUSDT", "LONG", tp=61000, sl=59000, leverage=3))
        assert r.ok and r.books[live_book].ok and r.books[paper_book].ok, r.reasons
        by_book = {e.book_name: e for e in books.engines}
        live_ids = set(by_book[live_book].orders)
        paper_ids = set(by_book[paper_book].orders)
        assert len(live_ids) == len(paper_ids) == 3  # entry, stop, take-profit in each book
        # The exchange holds the live book's orders only: one set, not two.
        assert len(fake_binance.book.placed()) == len(live_ids)
        stats = books.get_stats()["books"]
        assert stats[paper_book]["open_positions"] == stats[live_book]["open_positions"] == 1
        # Each book sized it with its own risk settings (10 % against 2 % of equity).
        assert r.books[paper_book].filled_qty < r.books[live_book].filled_qty


def _as_legacy(book: Path, data: Path, log_name: str) -> None:
    """Put a book's files where earlier versions kept them: straight in DATA_DIR."""
    data.mkdir(parents=True, exist_ok=True)
    for f in book.iterdir():
        name = log_name if f.name == "trades.jsonl" else f.name
        f.rename(data / name)


def _names(data: Path) -> list[str]:
    """The files in DATA_DIR, less SQLite's own side files (a read-only look may leave them)."""
    return sorted(p.name for p in data.iterdir() if not p.name.endswith(("-wal", "-shm")))


async def _legacy_live_data_dir(fake: FakeExchangeServer, tmp: Path) -> tuple[Path, str]:
    """A DATA_DIR as an earlier version left it after trading live: one open BTC position (its
    stop and take-profit resting at the exchange) in DATA_DIR/sigcopy.db. Returns it and the
    live account's book name."""
    made = live_engine(fake, "binanceusdm", tmp / "before")
    await made.start()
    assert await made.execute_signal(Signal("BTCUSDT", "LONG", tp=61000, sl=59000))
    book = made.book_name
    await made.aclose()
    data = tmp / "data"
    _as_legacy(tmp / "before" / "data" / "books" / book, data, "live_trades.jsonl")
    return data, book


async def test_start_when_old_single_book_holds_open_live_trades_then_paper_refuses_and_moves_nothing(
    tmp_path: Path, fake_binance: FakeExchangeServer
) -> None:
    from engine.errors import ConfigError

    data, _ = await _legacy_live_data_dir(fake_binance, tmp_path)
    before = _names(data)
    with pytest.raises(ConfigError) as err:
        _paper(tmp_path)
    text = err.value.user_message()
    assert "1 open trade(s) that may be live (BTC/USDT:USDT)" in text
    assert "TRADING_MODE=live" in text
    assert _names(data) == before  # nothing moved, no book made
    assert not (data / "books" / "paper").exists()


async def test_start_when_old_single_book_holds_open_live_trades_then_live_account_takes_them(
    tmp_path: Path, fake_binance: FakeExchangeServer, caplog: pytest.LogCaptureFixture
) -> None:
    data, book = await _legacy_live_data_dir(fake_binance, tmp_path)
    resting = len(fake_binance.book.placed())
    with caplog.at_level(logging.WARNING, logger="sigcopy.factory"):
        live = live_engine(fake_binance, "binanceusdm", tmp_path)
    assert live.book_name == book
    assert any(f"to the {book} book" in r.getMessage() for r in caplog.records)
    assert not (data / "sigcopy.db").exists() and not (data / "live_trades.jsonl").exists()
    await live.start()
    await live.reconcile()
    await live.monitor_pass()
    # The live book knows the real position and keeps watching it: nothing re-sent, no cancel.
    assert live.get_stats()["open_positions"] == 1
    assert [p["book"] for p in live.positions()] == [book]
    assert len(fake_binance.book.placed()) == resting
    assert fake_binance.count("/order", "DELETE") == 0
    await live.aclose()
    lines = (data / "books" / book / "trades.jsonl").read_text().splitlines()
    assert json.loads(lines[0])["action"] == "OPEN"  # the old live log is the live book's
    assert not (data / "books" / "paper").exists()


async def test_start_when_a_copied_to_book_cannot_reach_its_exchange_then_the_live_book_trades(
    tmp_path: Path, fake_binance: FakeExchangeServer
) -> None:
    """The copied-to book's exchange (mexc, with its own key) answers its market load with an
    error; the main live book starts and trades, the user is told which book is down and why."""
    from config.trading_config import LiveConfig
    from engine.books import BookSet, build_engine
    from tests.fakes.fixtures import live_settings

    second = {"mode": "live", "name": "second", "exchange": "mexc", "api_key": "KEY-B"}
    settings = live_settings(
        fake_binance,
        "binanceusdm",
        tmp_path,
        live=LiveConfig(_env_file=None, DRY_RUN_FIRST=False),  # type: ignore[call-arg]
        COPY_TO=[{**second, "api_secret": "SECRET-B"}],
    )
    books = build_engine(settings)
    assert isinstance(books, BookSet)
    seen: list[object] = []
    books.subscribe(seen.append)
    async with books:
        main = books.primary.book_name
        assert books.books == [main] and list(books.down) == ["second"]
        assert "mexc load markets" in books.down["second"]  # why, in its own words
        r = await books.execute(Signal("BTCUSDT", "LONG", tp=61000, sl=59000, leverage=3))
        assert r.ok and r.books[main].ok and not r.books["second"].ok
        assert len(fake_binance.book.placed()) == 3  # entry, stop, take-profit: the main's
        assert set(fake_binance.keys_used("/order")) == {fake_binance.api_key}
    alerts = [e for e in seen if getattr(e, "data", {}).get("book") == "second"]
    assert len(alerts) == 1 and "Book second is down" in alerts[0].text  # type: ignore[attr-defined]
    assert "KEY-B" not in alerts[0].text and "SECRET-B" not in alerts[0].text  # type: ignore[attr-defined]


async def test_execute_when_the_exchange_refuses_a_copied_to_books_key_then_the_main_still_trades(
    tmp_path: Path, fake_binance: FakeExchangeServer
) -> None:
    """A copied-to live book on the same exchange whose key the exchange refuses (-2015): the
    set starts, the main book trades, and that book's result names the refusal."""
    from config.trading_config import LiveConfig
    from engine.books import BookSet, build_engine
    from tests.fakes.fixtures import live_settings

    second = {"mode": "live", "name": "second", "api_key": "REFUSED-KEY", "api_secret": "S"}
    settings = live_settings(
        fake_binance,
        "binanceusdm",
        tmp_path,
        live=LiveConfig(_env_file=None, DRY_RUN_FIRST=False),  # type: ignore[call-arg]
        COPY_TO=[second],
    )
    books = build_engine(settings)
    assert isinstance(books, BookSet)
    async with books:
        main = books.primary.book_name
        assert books.books == [main, "second"] and not books.down
        r = await books.execute(Signal("BTCUSDT", "LONG", tp=61000, sl=59000, leverage=3))
        assert r.ok and r.books[main].ok and not r.books["second"].ok
        assert "Invalid API-key" in r.books["second"].reasons[0]
        assert len(fake_binance.book.placed()) == 3  # the main book's entry, stop, take-profit
        assert set(fake_binance.keys_used("/order")) == {fake_binance.api_key}
        assert books.get_stats()["books"]["second"]["open_positions"] == 0
