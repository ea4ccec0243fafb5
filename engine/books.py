"""Several books, one signal: a small coordinator above single-book engines.

Each book is a whole TradingEngine (its own store, trade log, portfolio, orders and risk
settings); they share the clock, the kill switch and, where they trade the same exchange, the
market data. A signal goes to every book; each decides and records on its own, and one book's
refusal or failure never stops the others. The front ends use it as they use one engine.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
from collections.abc import Awaitable, Callable, Collection
from typing import Any, Self

from config import Settings
from config.settings import BookConfig
from config.trading_config import LiveConfig, RiskConfig
from engine import events as ev
from engine.core.monitor import run_forever
from engine.domain.signal import Signal
from engine.engine import TradingEngine
from engine.errors import ConfigError, SigcopyError
from engine.factory import book_name
from engine.redact import REDACTOR
from engine.results import CloseAllResult, ExecutionResult, TradePreview

log = logging.getLogger("sigcopy.books")
DOWN = "down: it could not start"
DOWN_HINT = (
    "The other books trade without it until sigcopy restarts: fix this book's entry in COPY_TO "
    "(its keys, exchange or settings) and restart."
)


def book_settings(settings: Settings, book: BookConfig) -> Settings:
    """The settings one copied-to book trades with: the main ones, with the book's own."""
    risk = RiskConfig(_env_file=None, **{**settings.risk.model_dump(), **book.risk})  # type: ignore[call-arg]
    update: dict[str, Any] = {"TRADING_MODE": book.mode, "COPY_TO": [], "risk": risk}
    if book.exchange:
        update["EXCHANGE"] = book.exchange
    if book.api_key is not None:
        update["EXCHANGE_API_KEY"] = book.api_key
        update["EXCHANGE_API_SECRET"] = book.api_secret
    if book.dry_run is not None:
        live = settings.live.model_dump() | {"DRY_RUN_FIRST": book.dry_run}
        update["live"] = LiveConfig(_env_file=None, **live)  # type: ignore[call-arg]
    return settings.model_copy(update=update)


def _one_book_per_account(engines: list[TradingEngine]) -> None:
    """Two live books on one API key trade one account: each would take the other's position
    for its own (and close or re-protect it). Refused at start, with what to do."""
    seen: dict[str, str] = {}
    for e in engines:
        if e.mode != "live" or e.settings.live.DRY_RUN_FIRST:
            continue  # paper and dry run send nothing to an exchange
        account = book_name("live", e.settings)  # exchange and a hash of the key
        if account in seen:
            raise ConfigError(
                f"the books {seen[account]} and {e.book_name} trade the same exchange account "
                f"(the same {e.settings.EXCHANGE} API key): each would take the other's "
                "positions and orders for its own.",
                "Give each live book in COPY_TO its own exchange account (its own api_key and "
                "api_secret), or remove one of them.",
            )
        seen[account] = e.book_name


def build_engine(settings: Settings, **given: Any) -> TradingEngine | BookSet:
    """One engine for the TRADING_MODE book; a BookSet when COPY_TO names more books."""
    main = TradingEngine(mode=settings.TRADING_MODE, settings=settings, **given)
    if not settings.COPY_TO:
        return main
    engines = [main]
    for book in settings.COPY_TO:
        s = book_settings(settings, book)
        shared: dict[str, Any] = {"clock": main.clock, "kill_switch": main.kill_switch}
        # Prices are shared where they fit: a paper book takes the main book's; a live one
        # only real prices from its own exchange.
        if s.EXCHANGE == settings.EXCHANGE and (book.mode == "paper" or not main.simulated_prices):
            shared["market_data"] = main.market_data
        engines.append(TradingEngine(mode=book.mode, settings=s, book=book.name, **shared))
    return BookSet(engines)


class BookSet:
    """Fans each call out to every book; results say which book did what."""

    def __init__(self, engines: list[TradingEngine]) -> None:
        names = [e.book_name for e in engines]
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            raise ConfigError(
                f"COPY_TO names the book {', '.join(twice)} twice",
                "Give each copied-to book its own mode, account or name.",
            )
        _one_book_per_account(engines)
        self.engines = engines
        self.primary = engines[0]
        self.settings = self.primary.settings
        self.down: dict[str, str] = {}  # copied-to books that could not start: why
        self._all = list(engines)  # the down ones too: their alerts go out on their own bus

    # --- what front ends read from an engine ------------------------------------------------

    @property
    def books(self) -> list[str]:
        """The books, the TRADING_MODE one first."""
        return [e.book_name for e in self.engines]

    def __getattr__(self, name: str) -> Any:
        # clock, store (approvals live in the main book), market_data, mode_label, exchange...
        return getattr(self.primary, name)

    @property
    def is_halted(self) -> bool:
        """True while the (shared) EMERGENCY_STOP file exists."""
        return self.primary.is_halted

    def subscribe(self, handler: Any) -> None:
        """Every book's events, each saying its book in data["book"]."""
        for e in self._all:
            e.subscribe(_tagged(handler, e.book_name))
            if e.book_name in self.down:  # it went down before anyone listened
                e.book.bus.notify(_down_event(e.book_name, self.down[e.book_name]))

    # --- fan-out ----------------------------------------------------------------------------

    async def _each(
        self, call: Callable[[TradingEngine], Awaitable[Any]], only: Collection[str] | None = None
    ) -> list[tuple[str, Any]]:
        """call(engine) for every book (or those named `only`) at once; a failure is returned,
        not raised."""
        engines = [e for e in self.engines if only is None or e.book_name in only]
        answers = await asyncio.gather(*(call(e) for e in engines), return_exceptions=True)
        out = []
        for e, a in zip(engines, answers, strict=True):
            if isinstance(a, BaseException) and not isinstance(a, Exception):
                raise a  # cancellation and the like go through
            if isinstance(a, Exception):
                log.error("book %s failed", e.book_name, exc_info=a)
            out.append((e.book_name, a))
        return out

    async def start(self) -> None:
        """Start every book. The main book failing to start raises (as one engine would); a
        copied-to book that cannot start is marked down, closed and said to the user (log and
        an ERROR event naming it), and the others trade without it."""
        answers = await self._each(lambda e: e.start())
        failed = {n: a for n, a in answers if a is not None}
        main = self.primary.book_name
        if main in failed:
            log.error("the main book %s could not start: %s", main, _why(failed[main]))
            raise failed[main]
        for e in [e for e in self.engines if e.book_name in failed]:
            why = _why(failed[e.book_name])
            self.engines.remove(e)
            self.down[e.book_name] = why
            log.error("book %s is down: %s %s", e.book_name, why, DOWN_HINT)
            with contextlib.suppress(Exception):
                await e.aclose()
            if e.book.bus.listening:  # else said when someone subscribes
                e.book.bus.notify(_down_event(e.book_name, why))

    async def aclose(self) -> None:
        """Close every book."""
        await self._each(lambda e: e.aclose())

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def execute(self, signal: Signal) -> ExecutionResult:
        """The signal in every book; ok when at least one traded it; per-book results."""
        results = {n: _result(a) for n, a in await self._each(lambda e: e.execute(signal))}
        results |= {n: ExecutionResult(False, [f"{DOWN} ({why})"]) for n, why in self.down.items()}
        main = results[self.primary.book_name]
        traded = [r for r in results.values() if r.ok]
        lead = main if main.ok or not traded else traded[0]
        reasons = [f"{n}: {x}" for n, r in results.items() for x in r.reasons]
        return dataclasses.replace(lead, ok=bool(traded), reasons=reasons, books=results)

    async def execute_signal(self, signal: Signal) -> bool:
        """True when at least one book traded the signal."""
        return (await self.execute(signal)).ok

    async def preview(self, signal: Signal) -> TradePreview:
        """The main book's preview, approved when any book would trade; each book's decision."""
        answers = await self._each(lambda e: e.preview(signal))
        previews = [(n, p) for n, p in answers if isinstance(p, TradePreview)]
        main = next((p for n, p in previews if n == self.primary.book_name), None)
        if main is None:  # the main book failed: another book's preview, else its error
            if not previews:
                raise next(a for _, a in answers)
            main = previews[0][1]
        books = [
            {
                "book": n,
                "approved": p.approved if isinstance(p, TradePreview) else False,
                "quantity": p.quantity if isinstance(p, TradePreview) else 0.0,
                "leverage": p.leverage if isinstance(p, TradePreview) else None,
                "reasons": list(p.reasons) if isinstance(p, TradePreview) else [_why(p)],
                "notes": list(p.notes) if isinstance(p, TradePreview) else [],
            }
            for n, p in answers
        ]
        books += [_down_preview(n, why) for n, why in self.down.items()]
        approved = any(b["approved"] for b in books)
        return dataclasses.replace(main, approved=approved, books=books)

    async def on_price(self, symbol: str, price: float) -> None:
        """A tick for every book."""
        await self._each(lambda e: e.on_price(symbol, price))

    async def check_all(self) -> int:
        """Every book's check at the last prices; symbols that needed action, summed."""
        return sum(a for _, a in await self._each(lambda e: e.check_all()) if isinstance(a, int))

    async def apply_update(
        self, kind: str, *, books: Collection[str] | None = None, **kw: Any
    ) -> ExecutionResult:
        """A follow-up in every book that holds the trade (or only in `books`, by name); ok
        when one acted on it."""
        answers = await self._each(lambda e: e.apply_update(kind, **kw), books)
        results = {n: _result(a) for n, a in answers}
        if not results:
            named = ", ".join(sorted(books or ()))
            return ExecutionResult(
                False, [f"no book {named}: the books are {', '.join(self.books)}"]
            )
        acted = [r for r in results.values() if r.ok]
        # (results come in the books' order: the main book's first, when it was asked)
        lead = acted[0] if acted else next(iter(results.values()))
        reasons = [f"{n}: {x}" for n, r in results.items() for x in r.reasons]
        positions = sum(r.positions for r in results.values())
        held = sum(r.held for r in results.values())
        return dataclasses.replace(
            lead, ok=bool(acted), reasons=reasons, books=results, positions=positions, held=held
        )

    def stop_move_problem(
        self, trade_id: str, price: float | None = None, to_entry: bool = False
    ) -> str | None:
        """Why the trade's stop cannot move there in a book holding it (the first such book's
        reason), or None when every book holding it would move it."""
        held = [e for e in self.engines if (t := e.trades.get(trade_id)) and t.is_active]
        for e in held:
            if why := e.stop_move_problem(trade_id, price, to_entry):
                return why
        return None if held else f"no open trade for {trade_id}"

    async def close_position(self, symbol: str, reason: str = "manual") -> bool:
        """Close a symbol in every book; True when one had it open."""
        return (await self.apply_update("CLOSE", symbol=symbol, reason=reason)).ok

    async def close_all(self, reason: str = "manual") -> int:
        """Close everything in every book; how many trades were closed or ended (nothing
        filled), counted as close_all_report counts them."""
        return (await self.close_all_report(reason)).done

    async def close_all_report(
        self, reason: str = "manual", only: Collection[tuple[str, str]] | None = None
    ) -> CloseAllResult:
        """Close everything in every book (`only`: just these (book, trade id) pairs), each
        trade counted by what its close did; a book that failed says why."""
        out = CloseAllResult()
        books = None if only is None else {b for b, _ in only}
        for n, a in await self._each(lambda e: e.close_all_report(reason, only), books):
            got = a if isinstance(a, CloseAllResult) else self._not_closed(n, a, only)
            out = out.add(dataclasses.replace(got, reasons=[f"{n}: {x}" for x in got.reasons]))
        return out

    def _not_closed(
        self, name: str, error: Exception, only: Collection[tuple[str, str]] | None
    ) -> CloseAllResult:
        """A book whose close-all failed as a whole: its trades still active (of `only`) are
        counted failed, so the answer says they are still open, and why."""
        e = next(e for e in self.engines if e.book_name == name)
        left = [
            t
            for t in e.book.portfolio.active_trades()
            if only is None or (name, t.trade_id) in only
        ]
        return CloseAllResult(failed=len(left), reasons=[_why(error)])

    def halt(self, reason: str = "halted by user") -> None:
        """Halt every book (the kill switch is shared)."""
        for e in self.engines:
            e.halt(reason)

    def resume(self) -> None:
        """Resume every book."""
        for e in self.engines:
            e.resume()

    async def monitor_pass(self) -> None:
        """One monitor pass in every book."""
        await self._each(lambda e: e.monitor_pass())

    async def run_monitor(self, interval: float | None = None) -> None:
        """Monitor passes forever (cancel the task to stop)."""
        await run_forever(self.monitor_pass, interval or self.settings.live.POLL_INTERVAL_S)

    async def reconcile(self) -> None:
        """Reconcile every book."""
        await self._each(lambda e: e.reconcile())

    # --- reports ----------------------------------------------------------------------------

    def positions(self) -> list[dict[str, Any]]:
        """Every book's open positions (each says its book)."""
        return [p for e in self.engines for p in e.positions()]

    def pending_trades(self) -> list[Any]:
        """Every book's resting entries."""
        return [t for e in self.engines for t in e.pending_trades()]

    def resting_trades(self) -> list[Any]:
        """Every book's trades with entries resting and nothing filled (each says its book)."""
        return [t for e in self.engines for t in e.resting_trades()]

    def waiting_entries(self) -> list[dict[str, Any]]:
        """Every book's breakout entries waiting for their level (each says its book)."""
        return [w for e in self.engines for w in e.waiting_entries()]

    def get_stats(self) -> dict[str, Any]:
        """The main book's figures, and every book's under "books"."""
        out = self.primary.get_stats()
        out["books"] = {e.book_name: e.get_stats() for e in self.engines}
        return out

    def equity_curve(self) -> list[tuple[float, float]]:
        """The main book's equity curve."""
        return self.primary.equity_curve()


def _result(a: Any) -> ExecutionResult:
    return a if isinstance(a, ExecutionResult) else ExecutionResult(False, [_why(a)])


def _why(exc: Any) -> str:
    """A book's failure as told to the user (log, card, Telegram): an error that is not ours may
    echo the request it failed on (a signed URL, a key), so it is redacted like every text that
    leaves the broker boundary."""
    if isinstance(exc, SigcopyError):
        return exc.user_message()
    return REDACTOR.text(f"failed: {type(exc).__name__}: {exc}")


def _down_event(book: str, why: str) -> ev.Event:
    text = f"Book {book} is {DOWN}: {why}"
    return ev.Event(ev.ERROR, text, data={"book": book, "hint": DOWN_HINT})


def _down_preview(book: str, why: str) -> dict[str, Any]:
    reasons = [f"{DOWN} ({why})"]
    return {
        "book": book,
        "approved": False,
        "quantity": 0.0,
        "leverage": None,
        "reasons": reasons,
        "notes": [],
    }


def _tagged(handler: Any, book: str) -> Callable[[ev.Event], Any]:
    def tag(e: ev.Event) -> Any:
        return handler(dataclasses.replace(e, data={**e.data, "book": book}))

    return tag
