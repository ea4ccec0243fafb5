"""Crash harness: a live bot process killed with SIGKILL at random moments, then restarted.

The fake exchange runs in the test process on loopback and keeps its state across the kills.
After every restart (engine start + reconcile, before the bot does anything new) the invariants
are checked against the fake exchange's state, the SQLite store (read-only) and the JSONL log
(tests/crash/invariants.py); a failing cycle keeps its artifacts (tests/crash/artifacts.py). What
a run trades and counts is in tests/crash/run_plan.py.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import random
import signal
import sys
import time
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

from tests.crash.artifacts import CycleArtifacts
from tests.crash.invariants import check_invariants
from tests.crash.run_plan import (
    AFTER_SIGNAL_WAIT_S,
    KILL_POINTS,
    STOP_CREATE,
    UNIVERSE,
    Figures,
    InvariantBroken,
    make_signals,
    quant,
)
from tests.fakes.fixtures import start_fake
from tests.fakes.server import Call, FakeExchangeServer
from tests.fakes.stop_guard import StopGuard

ROOT = Path(__file__).resolve().parents[2]
__all__ = ["CrashHarness", "Figures", "InvariantBroken"]


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
        self.saved = CycleArtifacts(tmp)  # kept before each restart, copied out when one fails

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
                self.fake.set_price(sym, quant(px, step))
            n += 1
            if steps is None:
                await asyncio.sleep(0.03)

    async def life(self, last: bool = False) -> None:
        """Start the bot, check the invariants, let it trade, kill it (unless last)."""
        self.cycle += 1
        self.saved.snapshot(self.fake, self.db, self.log)
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
    def check(self) -> None:
        """Every invariant, after a restart and reconciliation (tests/crash/invariants.py)."""
        check_invariants(self)

    def fail(self, what: str) -> None:
        failure = f"{self.exchange} seed={self.seed} cycle {self.cycle}: {what}\n\n"
        where = self.saved.keep(
            f"{self.exchange}-seed{self.seed}-cycle{self.cycle}",
            self.fake,
            self.db,
            self.log,
            self.stderr_path,
            failure + "\n".join(self.history) + "\n",
        )
        raise InvariantBroken(
            f"{self.exchange} seed={self.seed} cycle {self.cycle}: {what}\n"
            f"kills so far: {self.history[-5:]}\n"
            f"artifacts: {where}\n"
            f"bot stderr (end):\n{self.stderr_tail()}"
        )
