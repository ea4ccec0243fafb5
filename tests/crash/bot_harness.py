"""Kill harness for the approval flow: `sigcopy run` (paper, Telegram front) killed with SIGKILL
between the claim of a tap, its answer, the execution and the card's edit, then restarted.

The fake Bot API server runs in the test process and keeps its state (the messages it delivered)
across the kills; its request hooks fire the SIGKILL as a request arrives, so the kill lands
exactly at that step. After each restart the store is read (read-only) and the approval must be
settled: never left "executing", executed at most once, and, after one more tap on the card the
admin sees, executed exactly once.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from engine.adapters.sqlite_store import read_tables
from tests.fakes.fake_telegram import Call, FakeTelegram

ROOT = Path(__file__).resolve().parents[2]
ADMIN = 424_242
SIGNAL = "BTCUSDT LONG\nTP: 43000\nSL: 41000\nLeverage 2x"
# Where the kill lands: as the card is sent, as the tap's answer is sent (the claim is written,
# nothing executed), as the card is edited (executed, card not yet updated), or at a random
# moment after the tap.
KILL_POINTS = ("card", "answer", "edit", "timed")


class Broken(AssertionError):
    """An invariant of the approval flow failed."""


@dataclass
class Figures:
    """What a run did."""

    cycles: int = 0
    kills: dict[str, int] = field(default_factory=dict)
    settled_executed: int = 0
    settled_released: int = 0

    def summary(self) -> str:
        return (
            f"{self.cycles} cycles, kills {self.kills}, after restart: {self.settled_executed} "
            f"found executed, {self.settled_released} released to waiting"
        )


class BotKillHarness:
    """One fake Telegram; each cycle a fresh data dir, a bot process killed once, restarted."""

    def __init__(self, tmp: Path, seed: int) -> None:
        self.tmp = tmp
        self.rng = random.Random(seed)
        self.tg = FakeTelegram()
        self.proc: asyncio.subprocess.Process | None = None
        self.fig = Figures()

    async def __aenter__(self) -> BotKillHarness:
        await self.tg.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._stop()
        await self.tg.stop()

    def _env(self, data: Path) -> dict[str, str]:
        return {
            "PATH": os.environ.get("PATH", ""),
            "PYTHONPATH": str(ROOT),
            "TRADING_MODE": "paper",
            "PAPER_PRICE_SOURCE": "simulated",
            "DATA_DIR": str(data),
            "LOG_DIR": str(data / "logs"),
            "TELEGRAM_BOT_TOKEN": self.tg.token,
            "TELEGRAM_API_BASE_URL": self.tg.base_url,
            "TELEGRAM_ADMIN_IDS": str(ADMIN),
            "TELEGRAM_CHANNEL_IDS": "-100777",
            "REQUIRE_CONFIRMATION": "true",
            "AI_ENABLED": "false",
        }

    async def _spawn(self, data: Path) -> None:
        mark = self.tg.mark()
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=str(data.parent), env=self._env(data),
            stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.DEVNULL,
            stderr=open(data.parent / "stderr.log", "ab"),  # noqa: SIM115
        )  # fmt: skip
        # Polling starts after the settling of old claims and the resending of lost cards.
        await self.tg.wait_for("getUpdates", after=mark, timeout=60)

    def _kill(self) -> None:
        if self.proc is not None and self.proc.returncode is None:
            with_suppress(lambda: os.kill(self.proc.pid, signal.SIGKILL))  # type: ignore[union-attr]

    async def _stop(self) -> None:
        if self.proc is not None:
            if self.proc.returncode is None:
                with_suppress(lambda: self.proc.send_signal(signal.SIGTERM))  # type: ignore[union-attr]
                try:
                    await asyncio.wait_for(self.proc.wait(), 20)
                except TimeoutError:
                    self._kill()
                    await self.proc.wait()
            self.proc = None

    async def cycle(self, point: str) -> None:
        """One signal: card, tap, SIGKILL at `point`, restart, check, tap again, check."""
        n = self.fig.cycles = self.fig.cycles + 1
        data = self.tmp / f"cycle{n}" / "data"
        data.mkdir(parents=True)
        since = self.tg.mark()
        await self._spawn(data)
        killed = asyncio.Event()

        def hook(call: Call) -> None:
            hit = (
                (point == "card" and call.method == "sendMessage" and "reply_markup" in call.params)
                or (point == "answer" and call.method == "answerCallbackQuery")
                or (point == "edit" and call.method == "editMessageText")
            )
            if hit and not killed.is_set():
                self._kill()
                killed.set()

        self.tg.hooks.append(hook)
        mark = self.tg.mark()
        self.tg.push_forward(ADMIN, SIGNAL, origin_message_id=n)
        if point != "card":
            card = await self.tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
            self.tg.push_callback(ADMIN, card, card.buttons[0]["callback_data"])
            if point == "timed":
                await asyncio.sleep(self.rng.uniform(0.0, 0.3))
                self._kill()
                killed.set()
        await asyncio.wait_for(killed.wait(), 30)
        self.tg.hooks.remove(hook)
        assert self.proc is not None
        await self.proc.wait()
        self.proc = None
        self.fig.kills[point] = self.fig.kills.get(point, 0) + 1
        await self._spawn(data)  # restart: settles the claim, resends a lost card
        # A tap whose update was not confirmed before the kill comes again and may be
        # executing right now: settled means settled once the bot is idle, not "never seen".
        await self.tg.wait_confirmed(timeout=30)
        state = await self._settled(data, n)
        if state == "executed":
            self.fig.settled_executed += 1
        else:
            self.fig.settled_released += 1
        await self._tap_latest_card(n, since)
        self._check(data, n, final=True)
        await self._stop()

    async def _tap_latest_card(self, n: int, since: int) -> None:
        """The admin taps Approve on the newest card still showing buttons (else the first)."""
        await self.tg.wait_confirmed(timeout=30)
        mine = [
            c for c in self.tg.calls[since:]
            if c.method == "sendMessage" and c.buttons and isinstance(c.result, dict)
        ]  # fmt: skip
        live = [c for c in mine if self.tg.message_of(c).get("reply_markup")]
        target = (live or mine)[-1]
        mark = self.tg.mark()
        self.tg.push_callback(ADMIN, target, target.buttons[0]["callback_data"])
        done = await self.tg.wait_for("answerCallbackQuery", after=mark, timeout=30)
        said = str(done.get("text", "")).lower()
        if live:  # a waiting card: its edit says it executed
            # The tap of before the kill, come again after the restart, may be executing while
            # this one is on its way (a busy machine): then this tap answers "Already executed"
            # and the edit that says so was made for the other one, just before `mark`.
            mid = int(target.result["message_id"])
            await self.tg.wait_for(
                "editMessageText",
                lambda c: "Executed" in c["text"] and int(c.params.get("message_id", 0)) == mid,
                after=mark if "already executed" not in said else since,
                timeout=30,
            )
        elif "already executed" not in said:
            raise Broken(f"cycle {n}: a tap on a settled card answered {said!r}")
        for older in live[:-1]:  # cards sent before the kill, never recorded: refused plainly
            mark = self.tg.mark()
            self.tg.push_callback(ADMIN, older, older.buttons[0]["callback_data"])
            said = (await self.tg.wait_for("answerCallbackQuery", after=mark)).get("text", "")
            if "use the newest card" not in said and "already" not in said.lower():
                raise Broken(f"cycle {n}: a tap on a card lost in a kill answered {said!r}")

    async def _settled(self, data: Path, n: int) -> str:
        for _ in range(200):
            try:
                return self._check(data, n, final=False)
            except Broken as exc:
                if "executing" not in str(exc):
                    raise
                await asyncio.sleep(0.05)
        return self._check(data, n, final=False)

    def _check(self, data: Path, n: int, *, final: bool) -> str:
        """The invariants, from the store (read-only). Returns the approval's status."""
        st = read_tables(data / "books" / "paper" / "sigcopy.db", ("pending", "orders"))
        pendings = list(st["pending"].values())
        if len(pendings) != 1:
            raise Broken(f"cycle {n}: {len(pendings)} approvals stored, expected 1")
        status = str(pendings[0]["status"])
        sid = str(pendings[0]["signal"]["signal_id"])
        entries = [
            o for o in st["orders"].values() if o["trade_id"] == sid and o["role"] == "entry"
        ]
        if status == "executing":
            raise Broken(f"cycle {n}: the approval is still 'executing' after the restart")
        if len(entries) > 1:
            raise Broken(f"cycle {n}: signal {sid} executed {len(entries)} times")
        if status not in ("waiting", "executed"):
            raise Broken(f"cycle {n}: approval {status!r} after the restart")
        if (status == "executed") != bool(entries):
            raise Broken(f"cycle {n}: approval {status} with {len(entries)} entry orders")
        if final and status != "executed":
            raise Broken(f"cycle {n}: the last tap did not execute (status {status})")
        return status


def with_suppress(fn: Any) -> None:
    """Run fn, ignoring a process that is already gone."""
    try:
        fn()
    except ProcessLookupError:
        pass
