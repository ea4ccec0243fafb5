"""One signal, several books (COPY_TO): each decides and records on its own; one book's
refusal or failure does not stop the others."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from engine import Signal
from engine.adapters.simulated_broker import SimulatedBroker
from engine.adapters.simulated_feed import SimulatedFeed
from engine.adapters.sqlite_store import read_tables
from engine.books import BookSet, build_engine
from engine.engine import TradingEngine
from engine.errors import ConfigError
from tests.engine.conftest import make_settings

SMALL = {
    "name": "small",
    "mode": "paper",
    "risk": {"MAX_POSITION_SIZE_PCT": 0.05, "MAX_CONCURRENT_TRADES": 1},
}


def _feed() -> SimulatedFeed:
    return SimulatedFeed(seed=1, start_prices={"BTC": 42000.0, "ETH": 2300.0})


async def test_execute_when_copied_to_a_second_book_then_each_sizes_decides_and_records_alone(
    tmp_path: Path,
) -> None:
    s = make_settings(tmp_path, COPY_TO=json.dumps([SMALL]))
    books = build_engine(s, market_data=_feed())
    assert isinstance(books, BookSet) and books.books == ["paper", "small"]
    async with books:
        r = await books.execute(Signal("BTCUSDT", "LONG", tp=45000, sl=40000, leverage=3))
        assert r.ok and set(r.books) == {"paper", "small"}
        assert all(x.ok for x in r.books.values())
        big, small = r.books["paper"].filled_qty, r.books["small"].filled_qty
        assert small == pytest.approx(big / 2, rel=0.02)  # 5 % of equity against 10 %
        # The second signal: the small book is full (MAX_CONCURRENT_TRADES=1), the main is not.
        r2 = await books.execute(Signal("ETHUSDT", "LONG", tp=2600, sl=2200, leverage=3))
        assert r2.ok and r2.books["paper"].ok and not r2.books["small"].ok
        assert any(x.startswith("small: MAX_CONCURRENT_TRADES") for x in r2.reasons)
        stats = books.get_stats()
        assert stats["books"]["paper"]["open_positions"] == 2
        assert stats["books"]["small"]["open_positions"] == 1
        assert {p["book"] for p in books.positions()} == {"paper", "small"}
    data = tmp_path / "data" / "books"
    for name, n in (("paper", 2), ("small", 1)):
        trades = read_tables(data / name / "sigcopy.db", ("trades",))["trades"]
        assert len(trades) == n, name
        lines = [json.loads(x) for x in (data / name / "trades.jsonl").read_text().splitlines()]
        assert len(lines) == n and {x["book"] for x in lines} == {name}


class _Broken(SimulatedBroker):
    async def set_leverage(self, market: Any, leverage: int) -> None:
        raise RuntimeError("exchange adapter bug")


async def test_execute_when_one_book_fails_then_the_others_still_trade(tmp_path: Path) -> None:
    ok = TradingEngine("paper", make_settings(tmp_path / "a"), market_data=_feed())
    broken = TradingEngine(
        "paper",
        make_settings(tmp_path / "b"),
        market_data=_feed(),
        broker=_Broken(),
        book="broken",
    )
    async with BookSet([ok, broken]) as books:
        r = await books.execute(Signal("BTCUSDT", "LONG", tp=45000, sl=40000))
        assert r.ok and r.books["paper"].ok
        assert not r.books["broken"].ok
        assert "exchange adapter bug" in r.books["broken"].reasons[0]
        assert ok.get_stats()["open_positions"] == 1
        assert broken.get_stats()["open_positions"] == 0
        preview = await books.preview(Signal("ETHUSDT", "LONG", tp=2600, sl=2200))
        assert preview.approved and [b["book"] for b in preview.books] == ["paper", "broken"]


def test_books_when_two_resolve_to_the_same_book_then_a_clear_config_error(tmp_path: Path) -> None:
    s = make_settings(tmp_path, COPY_TO="paper")
    with pytest.raises(ConfigError, match="names the book paper twice"):
        build_engine(s, market_data=_feed())


def test_settings_when_a_book_has_an_unknown_risk_setting_then_refused_without_echoing_keys(
    tmp_path: Path,
) -> None:
    bad = [{"mode": "live", "api_key": "VERY-SECRET", "risk": {"MAX_LEVERAG": 5}}]
    with pytest.raises(ConfigError) as err:
        make_settings(tmp_path, COPY_TO=json.dumps(bad))
    assert "MAX_LEVERAG" in str(err.value) and "VERY-SECRET" not in str(err.value)


class _NoMarkets(SimulatedFeed):
    """Prices whose exchange refuses at start (a bad key, an exchange down)."""

    async def load_markets(self) -> dict[str, Any]:
        raise ConfigError("the exchange refused this key", "Check the key.")


def _two_books(tmp_path: Path, *, broken: str) -> BookSet:
    """The paper book and a second one; `broken` names the one whose broker cannot start."""
    engines = [
        TradingEngine(
            "paper",
            make_settings(tmp_path / name),
            market_data=_NoMarkets(seed=1) if name == broken else _feed(),
            book=name,
        )
        for name in ("paper", "copy")
    ]
    return BookSet(engines)


async def test_start_when_a_copied_to_book_cannot_start_then_it_is_down_and_the_main_trades(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    books = _two_books(tmp_path, broken="copy")
    seen: list[Any] = []
    books.subscribe(seen.append)
    await books.start()
    try:
        assert books.books == ["paper"] and set(books.down) == {"copy"}
        assert "the exchange refused this key" in books.down["copy"]
        assert any("book copy is down" in r.getMessage() for r in caplog.records)
        r = await books.execute(Signal("BTCUSDT", "LONG", tp=45000, sl=40000))
        assert r.ok and r.books["paper"].ok and not r.books["copy"].ok
        assert r.books["copy"].reasons[0].startswith("down: it could not start")
        p = await books.preview(Signal("ETHUSDT", "LONG", tp=2600, sl=2200))
        assert [b["book"] for b in p.books] == ["paper", "copy"] and not p.books[1]["approved"]
        # The user is told which book, why, and what to do.
        alerts = [e for e in seen if e.kind == "error" and e.data.get("book") == "copy"]
        assert len(alerts) == 1 and "Book copy is down" in alerts[0].text
        assert "COPY_TO" in alerts[0].data["hint"]
        # A front end that subscribes after the start is told too.
        late: list[Any] = []
        books.subscribe(late.append)
        await books.check_all()
        await asyncio.sleep(0)
        assert [e.data["book"] for e in late if e.kind == "error"] == ["copy"]
    finally:
        await books.aclose()


async def test_start_when_the_main_book_cannot_start_then_it_raises_its_own_error(
    tmp_path: Path,
) -> None:
    books = _two_books(tmp_path, broken="paper")
    with pytest.raises(ConfigError, match="the exchange refused this key"):
        await books.start()
    await books.aclose()


class _FailingPreviews(TradingEngine):
    calls = 0

    async def preview(self, signal: Signal) -> Any:
        self.calls += 1
        raise RuntimeError("preview bug")


async def test_preview_when_the_main_book_fails_then_asked_once_and_the_others_preview(
    tmp_path: Path,
) -> None:
    main = _FailingPreviews("paper", make_settings(tmp_path / "a"), market_data=_feed())
    other = TradingEngine("paper", make_settings(tmp_path / "b"), market_data=_feed(), book="b")
    async with BookSet([main, other]) as books:
        p = await books.preview(Signal("BTCUSDT", "LONG", tp=45000, sl=40000))
        assert main.calls == 1
        assert p.approved and p.books[0]["book"] == "paper" and not p.books[0]["approved"]
        assert "preview bug" in p.books[0]["reasons"][0] and p.books[1]["approved"]


_SIG = "ab" * 32  # a 64-hex-digit HMAC signature, as a signed URL carries it


class _EchoingFeed(SimulatedFeed):
    """Prices whose start fails with an error that echoes the signed request (no SigcopyError)."""

    async def load_markets(self) -> dict[str, Any]:
        raise RuntimeError(
            f"GET https://fapi.example.invalid/fapi/v2/account?timestamp=1&signature={_SIG} "
            "apiKey=AbCdEf0123456789"
        )


async def test_start_when_a_copied_to_books_error_echoes_its_signed_request_then_no_secret_told(
    tmp_path: Path,
) -> None:
    engines = [
        TradingEngine(
            "paper", make_settings(tmp_path / "paper"), market_data=_feed(), book="paper"
        ),
        TradingEngine(
            "paper", make_settings(tmp_path / "copy"), market_data=_EchoingFeed(seed=1), book="copy"
        ),
    ]
    books = BookSet(engines)
    seen: list[Any] = []
    books.subscribe(seen.append)
    await books.start()
    try:
        assert set(books.down) == {"copy"} and "RuntimeError" in books.down["copy"]
        r = await books.execute(Signal("BTCUSDT", "LONG", tp=45000, sl=40000))
        await asyncio.sleep(0)
        told = [books.down["copy"], *(e.text for e in seen if e.kind == "error")]
        told += r.books["copy"].reasons
        assert len(told) >= 3
        for text in told:
            assert _SIG not in text and "AbCdEf0123456789" not in text, text
    finally:
        await books.aclose()


class _CloseBug(TradingEngine):
    async def close_all_report(self, reason: str = "manual", only: Any = None) -> Any:
        raise RuntimeError("close-all bug")


async def test_close_all_when_one_book_fails_as_a_whole_then_its_open_trades_counted_failed(
    tmp_path: Path,
) -> None:
    ok = TradingEngine("paper", make_settings(tmp_path / "a"), market_data=_feed())
    broken = _CloseBug("paper", make_settings(tmp_path / "b"), market_data=_feed(), book="bug")
    async with BookSet([ok, broken]) as books:
        r = await books.execute(Signal("BTCUSDT", "LONG", tp=45000, sl=40000))
        assert r.ok and r.books["paper"].ok and r.books["bug"].ok
        shown = {(p["book"], p["trade_id"]) for p in books.positions()}
        report = await books.close_all_report(only=shown)
        # The failed book's position is still open, and the count says so (not "0 failed").
        assert (report.closed, report.failed) == (1, 1)
        assert report.reasons == ["bug: failed: RuntimeError: close-all bug"]
        assert ok.positions() == [] and len(broken.positions()) == 1
