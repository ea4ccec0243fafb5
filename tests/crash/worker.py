"""The bot process of the crash harness: the live engine against the fake exchange.

Settings come from the environment exactly as for `sigcopy run` (TRADING_MODE=live,
DRY_RUN_FIRST=false, EXCHANGE, EXCHANGE_API_BASE_URL, keys, DATA_DIR ...). The engine is built
through the normal composition root (`TradingEngine(mode="live")`), restores and reconciles, says
READY on the control socket (CRASH_CONTROL_PORT, loopback), waits for GO, then executes every
signal of CRASH_SIGNALS (a JSON file) in order, with a monitor pass after each, and keeps
monitoring until it is killed. Signals it executed before a kill are refused by the engine itself
(it remembers every signal id in its store): the worker does not skip them.

`python -m tests.crash.worker` runs one bot process. `--zygote` imports everything once and forks
a fresh bot process for every "spawn" line on stdin (printing its pid): a restart then costs a
fork instead of 1.3 s of imports, so the test can afford 50 kills. Each forked process is a real,
separate process, killed with SIGKILL like any other.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
import sys
import traceback
from typing import Any

from config import load_settings
from engine.adapters.ccxt_exchange import profile_for
from engine.domain.signal import Signal
from engine.engine import TradingEngine
from engine.services import stop_keeper


def load_signals(path: str) -> list[Signal]:
    """The seeded signal list the harness wrote."""
    with open(path, encoding="utf-8") as fh:
        return [Signal(**d) for d in json.load(fh)]


async def _send(writer: asyncio.StreamWriter, msg: dict[str, Any]) -> None:
    writer.write(json.dumps(msg).encode() + b"\n")
    await writer.drain()


async def run_bot(port: int, signals_path: str) -> int:
    """One bot life: start, reconcile, READY, wait for GO (or STOP), trade until killed."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    await _send(writer, {"hello": os.getpid()})
    renew_after = os.environ.get("CRASH_RENEW_STOPS_AFTER_S")
    if renew_after:
        # Stops that lapse (MEXC: 7 days) renewed seconds after they are placed, so kills land
        # in the middle of renewals too (new stop placed, old one not yet cancelled).
        lifetime = profile_for("mexc").trigger_lifetime
        assert lifetime is not None
        stop_keeper.RENEW_BEFORE_S = lifetime[2] - float(renew_after)
    engine = TradingEngine(mode="live", settings=load_settings())
    engine.broker.exchange.timeout = 5000  # loopback: a lost answer is found out quickly
    try:
        await engine.start()
        await engine.reconcile()
        await asyncio.sleep(0.02)  # let the deferred acknowledgement write run
        await _send(writer, {"ready": engine.get_stats()})
        cmd = (await reader.readline()).decode().strip()
        if cmd != "GO":
            return 0
        for sig in load_signals(signals_path):
            r = await engine.execute(sig)
            await _send(writer, {"sid": sig.signal_id, "ok": r.ok, "reasons": r.reasons[:2]})
            await engine.monitor_pass()
        await _send(writer, {"idle": True})
        while True:
            await engine.monitor_pass()
            await engine.reconcile()
            await asyncio.sleep(0.02)
    finally:
        await engine.aclose()
        writer.close()


def _life() -> int:
    logging.basicConfig(
        level=os.environ.get("CRASH_LOG_LEVEL", "WARNING"),
        stream=sys.stderr,
        format=f"%(asctime)s pid={os.getpid()} %(name)s %(levelname)s %(message)s",
    )
    try:
        return asyncio.run(
            run_bot(int(os.environ["CRASH_CONTROL_PORT"]), os.environ["CRASH_SIGNALS"])
        )
    except (ConnectionError, asyncio.IncompleteReadError):
        return 0  # the harness went away
    except BaseException:  # noqa: BLE001 - reported on stderr, the harness shows it
        traceback.print_exc()
        return 1


def zygote() -> None:
    """Fork a bot process for every "spawn" line; print its pid."""
    import engine.adapters.ccxt_broker  # noqa: F401 - preload: the point of the zygote
    import engine.adapters.ccxt_market_data  # noqa: F401

    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the kernel
    for line in sys.stdin:
        if line.strip() != "spawn":
            continue
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            os.close(0)
            code = 1
            try:
                code = _life()
            finally:
                sys.stderr.flush()
                os._exit(code)
        print(pid, flush=True)


if __name__ == "__main__":
    if "--zygote" in sys.argv:
        zygote()
    else:
        raise SystemExit(_life())
