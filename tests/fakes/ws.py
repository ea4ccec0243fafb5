"""The websocket side shared by the fake exchanges: connected clients, pushes, dropped sockets.

Each fake renders its own messages (Binance's user data stream, MEXC's contract push channels)
from the shared Book's order changes; the hub only keeps the sockets and delivers, in order.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web


@dataclass(eq=False)
class Stream:
    """One connected websocket client."""

    ws: web.WebSocketResponse
    path: str
    ready: bool = False  # subscribed (logged in): pushes reach it
    queue: asyncio.Queue[dict[str, Any]] = field(default_factory=asyncio.Queue)


OnMessage = Callable[[Stream, Any], Awaitable[None]]


class StreamHub:
    """Who is connected, what is pushed to them, and dropping them (to test reconnects)."""

    def __init__(self) -> None:
        self.streams: list[Stream] = []
        self.connects = 0  # websocket handshakes accepted
        self.subscribed = 0  # streams that became ready (after login where there is one)
        self.pushed: list[dict[str, Any]] = []  # every message pushed, in order
        self._changed = asyncio.Condition()

    async def serve(
        self, request: web.Request, on_message: OnMessage | None = None, *, ready: bool = False
    ) -> web.WebSocketResponse:
        """Run one websocket connection until either side closes it."""
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        stream = Stream(ws, request.path)
        self.streams.append(stream)
        self.connects += 1
        sender = asyncio.create_task(self._send(stream))
        try:
            if ready:
                await self.mark_ready(stream)
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    continue
                try:
                    data = json.loads(msg.data)
                except ValueError:
                    data = msg.data
                if on_message is not None:
                    await on_message(stream, data)
        finally:
            sender.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await sender
            if stream in self.streams:
                self.streams.remove(stream)
            async with self._changed:
                self._changed.notify_all()
        return ws

    async def mark_ready(self, stream: Stream) -> None:
        """The client is subscribed: from now on pushes reach it."""
        stream.ready = True
        self.subscribed += 1
        async with self._changed:
            self._changed.notify_all()

    def push(self, messages: list[dict[str, Any]]) -> None:
        """Queue messages for every subscribed client (sent in order, off the caller's path)."""
        for m in messages:
            self.pushed.append(m)
            for s in self.streams:
                if s.ready:
                    s.queue.put_nowait(m)

    def reply(self, stream: Stream, message: dict[str, Any]) -> None:
        """Queue a message for one client (a login answer, a pong)."""
        stream.queue.put_nowait(message)

    async def wait_subscribed(self, n: int = 1, timeout: float = 15.0) -> None:
        """Wait until `n` subscriptions have been made in all (counting reconnects)."""

        def done() -> bool:
            return self.subscribed >= n and any(s.ready for s in self.streams)

        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(done), timeout)

    async def sent(self, timeout: float = 15.0) -> None:
        """Wait until every message queued so far has been written to its socket."""
        for s in list(self.streams):
            await asyncio.wait_for(s.queue.join(), timeout)

    async def drop(self) -> None:
        """Close every connection from the server side, as an exchange does on maintenance."""
        for s in list(self.streams):
            s.ready = False
            await s.ws.close(code=1001, message=b"going away")

    async def _send(self, stream: Stream) -> None:
        while True:
            msg = await stream.queue.get()
            try:
                await stream.ws.send_json(msg)
            except (ConnectionResetError, RuntimeError):
                return
            finally:
                stream.queue.task_done()
