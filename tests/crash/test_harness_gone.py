"""The harness's own wait for a killed worker: a reset connection is the worker gone, not an error.

A process killed while bytes sent to it are still unread makes the kernel answer with a TCP reset
instead of an end of stream (seen once in `make test`: ConnectionResetError out of the harness).
"""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

from tests.crash.harness import CrashHarness


async def test_gone_when_the_killed_worker_resets_the_connection_then_it_returns(
    tmp_path: Path,
) -> None:
    harness = CrashHarness("mexc", tmp_path, seed=1, n_signals=1)
    harness.pid = 2**22 + 1  # no such process: nothing to wait for once the stream ends
    loop = asyncio.get_running_loop()
    with socket.create_server(("127.0.0.1", 0)) as listener:
        listener.setblocking(False)
        port = listener.getsockname()[1]
        r, w = await asyncio.open_connection("127.0.0.1", port)
        worker, _ = await loop.sock_accept(listener)
        w.write(b"a signal the worker never read\n")
        await w.drain()
        for _ in range(500):  # until the bytes sit unread in the worker's buffer
            try:
                if worker.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT):
                    break
            except BlockingIOError:
                await asyncio.sleep(0.01)
        worker.close()  # "killed" with unread bytes: the kernel sends a reset
        await asyncio.sleep(0.05)
        await asyncio.wait_for(harness._gone(r), 30)
        assert harness.pid is None
        w.close()
