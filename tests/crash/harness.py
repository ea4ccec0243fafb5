"""Crash harness: a live bot process killed with SIGKILL at random moments, then restarted.

The fake exchange runs in the test process on loopback and keeps its state across the kills.
After every restart (engine start + reconcile, before the bot does anything new) the invariants
are checked against the fake exchange's state, the SQLite store (read-only) and the JSONL log.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import random
import re
import shutil
import signal
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from engine.adapters.sqlite_store import read_tables
from tests.crash.claims import claim_errors, stop_owners
from tests.fakes.core import FakeOrder
from tests.fakes.fixtures import start_fake
from tests.fakes.server import Call, FakeExchangeServer
from tests.fakes.stop_guard import StopGuard

ROOT = Path(__file__).resolve().parents[2]
CID_RE = re.compile(r"^sc(k\d+)(entry|tp|sl|close)(\d+)$")
# Symbols the harness trades on each fake, with the side it trades them (one side per symbol:
# both fakes run one-way position mode, where opposite trades on a symbol would net out).
UNIVERSE = {
    "binanceusdm": [("BTCUSDT", "LONG"), ("ETHUSDT", "SHORT")],
    "mexc": [("BTC_USDT", "LONG"), ("ETH_USDT", "SHORT")],
}
KILL_POINTS = ("timed", "timed_slow_answers", "write_received", "write_processed", "stop_swap")
# The last lives before the end are killed right after a signal executed ("after_signal") while
# fewer than `min_executed` have been seen executing: each other point may land before the
# first signal's answer (on a busy machine a life can end before one signal completes), and a
# run that executed nothing would check nothing. Bounded: if no signal executes within this
# many seconds (every one refused, or the bot stuck), the life is killed all the same.
AFTER_SIGNAL_WAIT_S = 120.0
# A stop's creation (method, path ending): "stop_swap" kills the bot once the exchange has
# placed a new stop while another rests on the symbol (a swap's "new placed, old not cancelled").
STOP_CREATE = {"binanceusdm": ("POST", "/algoOrder"), "mexc": ("POST", "planorder/place")}


class InvariantBroken(AssertionError):
    """What the harness found, with the cycle and seed to reproduce it."""


@dataclass
class Figures:
    """What a run did, for the report and docs/safety.md."""

    exchange: str = ""
    seed: int = 0
    kills: int = 0
    kill_points: Counter[str] = field(default_factory=Counter)
    checks: int = 0
    signals_executed: int = 0
    refused_as_seen: int = 0
    refused: Counter[str] = field(default_factory=Counter)  # other refusals, by first reason
    exchange_orders: int = 0
    exchange_fills: int = 0
    trades: int = 0
    log_lines: int = 0
    closed_by_hand: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        points = ", ".join(f"{k} {v}" for k, v in sorted(self.kill_points.items()))
        return (
            f"{self.exchange} seed={self.seed}: {self.kills} SIGKILLs ({points}), "
            f"{self.checks} invariant checks passed, {self.signals_executed} signals executed "
            f"once, {self.refused_as_seen} re-deliveries refused as already executed, "
            f"{self.exchange_orders} orders and {self.exchange_fills} filled orders on the "
            f"exchange, {self.trades} trades, {self.log_lines} trade log lines, "
            f"{self.closed_by_hand} positions closed by hand while down, {self.seconds:.1f} s"
            + (f"; refused: {dict(self.refused)}" if self.refused else "")
        )


def make_signals(
    exchange: str, n: int, rng: random.Random, prices: dict[str, Decimal]
) -> list[dict[str, Any]]:
    """n signals with stable ids: market entries and two-price zones, distinct stop levels."""
    out = []
    for i in range(n):
        sym, side = UNIVERSE[exchange][i % len(UNIVERSE[exchange])]
        ref = float(prices[sym])
        sign = 1 if side == "LONG" else -1
        # Distinct stops (MEXC finds its stop orders by their fields, not by a client id).
        sl = ref * (1 - sign * (0.02 + 0.0003 * i))
        tps = [ref * (1 + sign * 0.006), ref * (1 + sign * 0.012)]
        d: dict[str, Any] = {
            "symbol": sym.replace("_", ""),
            "side": side,
            "sl": round(sl, 2),
            "take_profits": [round(x, 2) for x in tps],
            "leverage": rng.choice([2, 3]),
            "signal_id": f"k{i:04d}",
            "source": "crash-harness",
        }
        if rng.random() < 0.25:
            d["entries"] = [round(ref * (1 - sign * 0.002), 2), round(ref * (1 - sign * 0.004), 2)]
        out.append(d)
    return out


def _quant(px: Decimal, step: Decimal) -> Decimal:
    return (px / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step


class CrashHarness:
    """Runs the bot process, kills it, restarts it and checks the invariants each time."""

    @property
    def book(self) -> Path:
        """The live book's folder: DATA_DIR/books/<exchange>-<hash of the key>/ (one account)."""
        key = hashlib.sha256(self.fake.api_key.encode()).hexdigest()[:10]
        return self.data / "books" / f"{self.exchange}-{key}"

    @property
    def db(self) -> Path:
        return self.book / "sigcopy.db"

    @property
    def log(self) -> Path:
        return self.book / "trades.jsonl"

    def __init__(self, exchange: str, tmp: Path, seed: int, n_signals: int) -> None:
        self.exchange = exchange
        self.tmp = tmp
        self.seed = seed
        self.rng = random.Random(seed)
        self.n_signals = n_signals
        self.data = tmp / "data"
        self.stderr_path = tmp / "bot-stderr.log"
        self.fig = Figures(exchange=exchange, seed=seed)
        self.fake: FakeExchangeServer
        self.base: dict[str, Decimal] = {}
        self.legs: dict[str, int] = {}
        self.executed: dict[str, int] = {}  # signal id -> cycle that executed it
        self.min_executed = 1
        self.answer_delay = 0.0  # every order creation answered this late (a slow exchange)
        self.lives_left = 0  # killed lives still to come (this one included)
        self._answered: asyncio.Event | None = None  # set when a signal executes (after_signal)
        self.cycle = 0
        self.pid: int | None = None
        self._conns: asyncio.Queue[tuple[asyncio.StreamReader, asyncio.StreamWriter]]
        self._server: asyncio.base_events.Server | None = None
        self._zygote: asyncio.subprocess.Process | None = None
        self._stderr: Any = None
        self._walking = False
        self.history: list[str] = []
        # Where a failing cycle's artifacts go (SIGCOPY_CRASH_ARTIFACTS, else under tmp).
        self.artifacts = Path(os.environ.get("SIGCOPY_CRASH_ARTIFACTS") or tmp / "artifacts")
        self._pre = tmp / "pre-restart"  # the store, log and book as they were before the restart
        self._calls_mark = [0, 0]  # index into fake.calls where the previous and this cycle began

    # -- set-up --------------------------------------------------------------------------
    async def __aenter__(self) -> CrashHarness:
        self.fake = await start_fake(self.exchange)
        # Never a moment without a stop: checked after every request the exchange processes.
        self.guard = StopGuard(self.fake)
        self.base = {s: self.fake.book.prices[s] for s, _ in UNIVERSE[self.exchange]}
        signals = make_signals(self.exchange, self.n_signals, self.rng, self.base)
        self.legs = {d["signal_id"]: max(1, len(d.get("entries", []))) for d in signals}
        sig_path = self.tmp / "signals.json"
        sig_path.write_text(json.dumps(signals))
        self._conns = asyncio.Queue()
        self._server = await asyncio.start_server(self._on_conn, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        env = {
            "PATH": os.environ.get("PATH", ""),
            "PYTHONPATH": str(ROOT),
            "TRADING_MODE": "live",
            "DRY_RUN_FIRST": "false",
            "EXCHANGE": self.exchange,
            "MARKET_TYPE": "swap",
            "EXCHANGE_API_BASE_URL": self.fake.url,
            "EXCHANGE_API_KEY": self.fake.api_key,
            "EXCHANGE_API_SECRET": self.fake.secret,
            "DATA_DIR": str(self.data),
            "LOG_DIR": str(self.tmp / "logs"),
            "MAX_POSITION_SIZE_PCT": "0.03",
            "MAX_CONCURRENT_TRADES": "6",
            "ALLOW_DUPLICATE_POSITIONS": "true",
            "DAILY_LOSS_LIMIT_PCT": "1.0",
            "MAX_LEVERAGE": "3",
            "CRASH_CONTROL_PORT": str(port),
            "CRASH_RENEW_STOPS_AFTER_S": "0.3",
            "CRASH_SIGNALS": str(sig_path),
            # The bot processes' log level (WARNING unless asked, e.g. DEBUG to replay a failure).
            "CRASH_LOG_LEVEL": os.environ.get("SIGCOPY_CRASH_LOG_LEVEL", "WARNING"),
        }
        self._stderr = open(self.stderr_path, "ab")  # noqa: SIM115
        self._zygote = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "tests.crash.worker",
            "--zygote",
            cwd=str(self.tmp),
            env=env,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=self._stderr,
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self.pid is not None:
            self._kill()
        if self._zygote is not None:
            assert self._zygote.stdin is not None
            self._zygote.stdin.close()
            try:
                await asyncio.wait_for(self._zygote.wait(), 10)
            except TimeoutError:
                self._zygote.kill()
                await self._zygote.wait()
        if self._server is not None:
            self._server.close()
        await self.fake.stop()
        if self._stderr is not None:
            self._stderr.close()

    async def _on_conn(self, r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        await self._conns.put((r, w))

    def stderr_tail(self, n: int = 3000) -> str:
        """The end of the bot processes' stderr (for failure messages)."""
        return self.stderr_path.read_text(errors="replace")[-n:]

    # -- one life of the bot -------------------------------------------------------------
    async def _spawn(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        assert self._zygote is not None and self._zygote.stdin and self._zygote.stdout
        self._zygote.stdin.write(b"spawn\n")
        await self._zygote.stdin.drain()
        self.pid = int(await asyncio.wait_for(self._zygote.stdout.readline(), 30))
        r, w = await asyncio.wait_for(self._conns.get(), 30)
        hello = json.loads(await asyncio.wait_for(r.readline(), 30))
        assert hello["hello"] == self.pid
        return r, w

    async def _ready(self, r: asyncio.StreamReader) -> dict[str, Any]:
        line = await asyncio.wait_for(r.readline(), 60)
        if not line:
            raise InvariantBroken(
                f"cycle {self.cycle}: the bot died while starting\n{self.stderr_tail()}"
            )
        return json.loads(line)  # type: ignore[no-any-return]

    def _kill(self) -> None:
        if self.pid is not None:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    async def _gone(self, r: asyncio.StreamReader) -> None:
        """Wait until the killed process is gone (its socket closes when the kernel reaps it)."""
        while True:
            try:
                line = await asyncio.wait_for(r.readline(), 30)
            except ConnectionResetError:
                # Killed with bytes we sent still unread: the kernel answers with a reset, not
                # an end of stream. A result line lost with it only means the signal is later
                # refused as already executed (counted, never taken for a second execution).
                break
            if not line:
                break
            self._note(line)
        pid, self.pid = self.pid, None
        deadline = time.monotonic() + 10
        while pid is not None and Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
            await asyncio.sleep(0.005)

    def _note(self, line: bytes) -> None:
        msg = json.loads(line)
        sid = msg.get("sid")
        if msg.get("idle") and self._answered is not None:
            self._answered.set()  # every signal went through: none is left to wait for
        if sid is None:
            return
        if msg["ok"]:
            if sid in self.executed:
                raise InvariantBroken(
                    f"cycle {self.cycle}: signal {sid} executed again (first in cycle "
                    f"{self.executed[sid]})"
                )
            self.executed[sid] = self.cycle
            if self._answered is not None:
                self._answered.set()
        elif any("already executed" in x for x in msg["reasons"]):
            self.fig.refused_as_seen += 1
        else:
            self.fig.refused[(msg["reasons"] or ["no reason"])[0][:60]] += 1

    async def _walk(self, steps: int | None = None) -> None:
        """Random-walk the fake's prices (seeded); fills happen as they would on the exchange."""
        n = 0
        while self._walking if steps is None else n < steps:
            for sym, base in self.base.items():
                step = self.fake.book.markets[sym].price_step
                cur = self.fake.book.prices[sym]
                px = cur * Decimal(str(1 + self.rng.gauss(0, 0.0025)))
                px = min(max(px, base * Decimal("0.96")), base * Decimal("1.04"))
                self.fake.set_price(sym, _quant(px, step))
            n += 1
            if steps is None:
                await asyncio.sleep(0.03)

    async def life(self, last: bool = False) -> None:
        """Start the bot, check the invariants, let it trade, kill it (unless last)."""
        self.cycle += 1
        self._snapshot()
        r, w = await self._spawn()
        await self._ready(r)
        self.check()
        if last:
            w.write(b"STOP\n")
            await w.drain()
            await self._gone(r)
            return
        point = self.rng.choice(KILL_POINTS)
        delay = self.rng.uniform(0.01, 0.6)
        nth = self.rng.randint(1, 6)
        self.lives_left -= 1
        if self.min_executed - len(self.executed) > self.lives_left:
            point = "after_signal"  # the last chance(s) to see signals execute
            self._answered = asyncio.Event()
        killed = asyncio.Event()
        seen = 0

        def hook(call: Call, phase: str) -> None:
            nonlocal seen
            if killed.is_set() or call.method not in ("POST", "DELETE"):
                return
            if point == "stop_swap":
                method, end = STOP_CREATE[self.exchange]
                if phase == "processed" and call.method == method and call.path.endswith(end):
                    stops = Counter(o.symbol for o in self.fake.book.open_orders(stops=True))
                    if any(n >= 2 for n in stops.values()):
                        self._kill()
                        killed.set()
                return
            if phase == "received":
                seen += 1
            if seen == nth and point == f"write_{phase}":
                self._kill()  # the request still takes effect: only the answer is lost
                killed.set()

        if point.startswith("write") or point == "stop_swap":
            self.fake.hooks.append(hook)
        self.fake.answer_delay(self.answer_delay + (0.08 if point == "timed_slow_answers" else 0))
        self._walking = True
        walker = asyncio.create_task(self._walk())
        w.write(b"GO\n")
        await w.drain()
        reader = asyncio.create_task(self._drain(r))
        hooked = point.startswith("write") or point == "stop_swap"
        try:
            if self._answered is not None:
                await asyncio.wait_for(self._answered.wait(), AFTER_SIGNAL_WAIT_S)
                self._kill()
            else:
                await asyncio.wait_for(killed.wait(), 1.5 if hooked else delay)
        except TimeoutError:
            point = "timed" if hooked else point
            self._kill()
        self._answered = None
        self.fig.kills += 1
        self.fig.kill_points[point] += 1
        self.history.append(f"cycle {self.cycle}: {point} delay={delay:.3f} nth={nth} seen={seen}")
        await reader
        self._walking = False
        await walker
        if hook in self.fake.hooks:
            self.fake.hooks.remove(hook)
        self.fake.answer_delay(self.answer_delay)
        # While the bot is down the market moves on (stops and take-profits fill) and, now and
        # then, the user closes a position by hand in the exchange's web page.
        await self._walk(self.rng.randint(0, 3))
        if self.rng.random() < 0.05:
            held = [s for s, p in self.fake.book.positions.items() if p]
            if held:
                self.fake.book.close_position_by_hand(self.rng.choice(sorted(held)))
                self.fig.closed_by_hand += 1

    async def _drain(self, r: asyncio.StreamReader) -> None:
        await self._gone(r)

    async def run(self, kills: int, min_executed: int = 1) -> Figures:
        """`kills` lives ended by SIGKILL, then one last start checked and stopped cleanly; at
        least `min_executed` signals are seen executing (the last lives wait for them)."""
        t0 = time.monotonic()
        self.min_executed, self.lives_left = min_executed, kills
        for _ in range(kills):
            await self.life()
        await self.life(last=True)
        self.fig.seconds = time.monotonic() - t0
        self.fig.signals_executed = len(self.executed)
        mine = self.fake.book.placed()
        self.fig.exchange_orders = len(mine)
        self.fig.exchange_fills = sum(1 for o in mine if o.filled)
        return self.fig

    # -- the invariants ------------------------------------------------------------------
    def _store(self) -> dict[str, dict[str, Any]]:
        # The tables plus the journal rows they have not caught up with yet, in one snapshot.
        return read_tables(self.db, ("orders", "trades", "fills"))

    def _log_lines(self) -> list[dict[str, Any]]:
        raw = self.log.read_bytes() if self.log.exists() else b""
        if raw and not raw.endswith(b"\n"):
            self._fail("the trade log ends with a cut-off line after the restart")
        return [json.loads(x) for x in raw.splitlines() if x.strip()]

    def _fail(self, what: str) -> None:
        where = self._keep_artifacts(what)
        raise InvariantBroken(
            f"{self.exchange} seed={self.seed} cycle {self.cycle}: {what}\n"
            f"kills so far: {self.history[-5:]}\n"
            f"artifacts: {where}\n"
            f"bot stderr (end):\n{self.stderr_tail()}"
        )

    # -- artifacts of a failing cycle ----------------------------------------------------
    def _book_state(self) -> dict[str, Any]:
        """The fake exchange's orders, positions and prices (JSON-ready)."""
        b = self.fake.book
        return {
            "prices": {k: str(v) for k, v in b.prices.items()},
            "positions": {k: str(v) for k, v in b.positions.items()},
            "entry": {k: str(v) for k, v in b.entry.items()},
            "wallet": str(b.wallet),
            "orders": [
                {k: (str(v) if isinstance(v, Decimal) else v) for k, v in vars(o).items()}
                for o in b.orders.values()
            ],
        }

    def _snapshot(self) -> None:
        """Before a restart: keep the store, the log and the book to replay it if it fails."""
        self._calls_mark = [self._calls_mark[1], len(self.fake.calls)]
        if self._pre.exists():
            shutil.rmtree(self._pre)
        self._pre.mkdir(parents=True)
        for src in (self.db, Path(f"{self.db}-wal"), Path(f"{self.db}-shm"), self.log):
            if src.exists():
                shutil.copy2(src, self._pre / src.name)
        (self._pre / "book.json").write_text(json.dumps(self._book_state(), indent=1))

    def _keep_artifacts(self, what: str) -> Path:
        """Copy what a failing check saw: store and log before and after the restart, the
        book, the requests of the last two lives and the bots' stderr."""
        out = self.artifacts / f"{self.exchange}-seed{self.seed}-cycle{self.cycle}"
        try:
            if out.exists():
                shutil.rmtree(out)
            out.mkdir(parents=True)
            if self._pre.exists():
                shutil.copytree(self._pre, out / "before-restart")
            after = out / "after-restart"
            after.mkdir()
            for src in (self.db, Path(f"{self.db}-wal"), Path(f"{self.db}-shm"), self.log):
                if src.exists():
                    shutil.copy2(src, after / src.name)
            (after / "book.json").write_text(json.dumps(self._book_state(), indent=1))
            calls = [
                {"i": i, **vars(c)}
                for i, c in enumerate(self.fake.calls)
                if i >= self._calls_mark[0]
            ]
            (out / "calls.json").write_text(
                json.dumps({"restart_at": self._calls_mark[1], "calls": calls}, indent=1)
            )
            if self.stderr_path.exists():
                shutil.copy2(self.stderr_path, out / "bot-stderr.log")
            (out / "failure.txt").write_text(
                f"{self.exchange} seed={self.seed} cycle {self.cycle}: {what}\n\n"
                + "\n".join(self.history)
                + "\n"
            )
        except OSError as exc:  # the failure itself matters more than its artifacts
            return out / f"(incomplete: {exc})"
        return out

    def _base_qty(self, o: FakeOrder, qty: Decimal) -> Decimal:
        return qty * self.fake.book.markets[o.symbol].contract_size

    def check(self) -> None:
        """Every invariant, after a restart and reconciliation."""
        if self.guard.violations:
            self._fail("a position was left without a stop: " + "; ".join(self.guard.violations))
        st = self._store()
        orders, trades, fills = st["orders"], st["trades"], st["fills"]
        book = self.fake.book
        mine = book.placed()
        per_cid = Counter(o.client_id for o in mine if o.client_id)
        for cid, n in per_cid.items():
            if n > 1:
                self._fail(f"client id {cid} is on the exchange {n} times")
            if cid not in orders:
                self._fail(f"order {cid} is on the exchange but was never written to the store")
        for what in claim_errors(orders, book):
            self._fail(what)
        entries = Counter()
        for o in mine:
            m = CID_RE.match(o.client_id or "")
            if m and m.group(2) == "entry":
                entries[m.group(1)] += 1
        for sid, n in entries.items():
            if n > self.legs[sid]:
                self._fail(
                    f"signal {sid} has {n} entry orders on the exchange ({self.legs[sid]} planned)"
                )
        # Fills: what the exchange filled, the store knows (our orders with a client id).
        for o in mine:
            if o.client_id is None:
                continue
            rec = orders[o.client_id]
            have = Decimal(rec["filled"])
            want = self._base_qty(o, o.filled)
            if have != want:
                self._fail(
                    f"order {o.client_id} ({rec['role']}) filled {want} on the exchange, the store "
                    f"says {have} (status {rec['status']}, exchange {o.status})"
                )
        # Positions: each is known to the store and has its stop.
        open_trades = [t for t in trades.values() if t["status"] == "open"]
        by_symbol: dict[str, list[dict[str, Any]]] = {}
        for t in open_trades:
            by_symbol.setdefault(t["symbol"], []).append(t)
        live_sl = {}
        for rec in orders.values():
            if rec["role"] == "sl" and rec["status"] in ("pending", "open"):
                live_sl.setdefault(rec["trade_id"], []).append(rec)
        for fid, m in book.markets.items():
            if m.spot:
                continue
            sym = f"{m.base}/{m.quote}:{m.quote}"
            pos = book.positions.get(fid, Decimal(0)) * m.contract_size
            ts = by_symbol.get(sym, [])
            held = sum((Decimal(t["entry_qty"]) - Decimal(t["exit_qty"]) for t in ts), Decimal(0))
            sides = {t["side"] for t in ts}
            if pos and (len(sides) != 1 or (sides.pop() == "LONG") != (pos > 0)):
                self._fail(
                    f"{fid}: position {pos} on the exchange; the store's open trades: {sides}"
                )
            if abs(pos) != held:
                self._fail(
                    f"{fid}: position {pos} on the exchange, the store's open trades hold {held}"
                )
            stops = sorted(
                (self._base_qty(o, o.qty - o.filled), o.trigger)
                for o in book.open_orders(fid, stops=True)
            )
            want = []
            for t in ts:
                sls = live_sl.get(t["trade_id"], [])
                if len(sls) != 1:
                    self._fail(
                        f"trade {t['trade_id']} is open with {len(sls)} live stops in the store"
                    )
                want.append((Decimal(t["entry_qty"]) - Decimal(t["exit_qty"]), Decimal(t["sl"])))
            if stops != sorted(want):
                self._fail(
                    f"{fid}: stops on the exchange {stops}, the open trades need {sorted(want)}; "
                    + stop_owners(orders, book, fid)
                )
        # The trade log: no line lost, none twice, and it agrees with the store's fills.
        lines = self._log_lines()
        ids = [x["fill_id"] for x in lines if x.get("fill_id")]
        dup = [k for k, n in Counter(ids).items() if n > 1]
        if dup:
            self._fail(f"trade log lines written twice: {dup[:5]}")
        if set(ids) != set(fills):
            lost = sorted(set(fills) - set(ids))[:5]
            extra = sorted(set(ids) - set(fills))[:5]
            self._fail(
                f"trade log and store disagree: not in the log {lost}, not in the store {extra}"
            )
        self.fig.checks += 1
        self.fig.trades = len(trades)
        self.fig.log_lines = len(lines)
