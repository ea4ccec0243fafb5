"""A progress indicator for long waits, on a terminal only (tqdm; logs and pipes stay clean)."""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import AsyncIterator
from typing import IO


@contextlib.asynccontextmanager
async def working(desc: str, stream: IO[str] | None = None) -> AsyncIterator[None]:
    """Show `desc` with the elapsed seconds while the body runs, when `stream` is a terminal."""
    out = stream or sys.stderr
    if not out.isatty():
        yield
        return
    from tqdm import tqdm

    bar = tqdm(desc=desc, bar_format="{desc}… {elapsed}", file=out, leave=False)

    async def tick() -> None:
        while True:
            await asyncio.sleep(0.25)
            bar.refresh()

    task = asyncio.create_task(tick())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        bar.close()
