"""The HTTP side shared by the fake exchanges: loopback server, latency, fault injection, log."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from aiohttp import web

from tests.fakes.core import Book
from tests.fakes.late_orders import Late, LateOrders, may_be_done
from tests.fakes.orders import FakeMarket, FakeOrder, FakeReject, Fill, now_ms
from tests.fakes.ws import StreamHub


@dataclass
class Call:
    method: str
    path: str
    query: dict[str, str]
    body: str
    status: int = 200
    at: float = field(default_factory=time.time)  # when it arrived (to line up with logs)
    book_ms: int = 0  # when it arrived on the exchange's clock (Book.now_ms, moved by advance)


class FakeExchangeServer:
    """Base class: subclasses add routes, verify signatures and render their error envelopes."""

    api_key = "test-key-0123456789"
    secret = "test-secret-abcdefghijklmnop"
    order_paths: tuple[str, ...] = ()  # paths that create orders (timeout-after-accept applies)
    # The error kinds the exchange documents as "execution status unknown": the only ones a
    # request it carried out may be answered with (error_after_accept, accept_later).
    fate_unknown: frozenset[str] = frozenset()

    def __init__(self, markets: list[FakeMarket], wallet: Decimal = Decimal(10_000)) -> None:
        self.book = Book(markets, wallet)
        self.late = LateOrders(self.book)  # creates carried out late (accept_later)
        self.calls: list[Call] = []
        self.bad_signatures = 0
        # The exchange's clock minus this machine's (ms): signed requests must carry a time
        # within the exchange's window of it; its time endpoint reports it.
        self.skew_ms = 0
        # Keys the exchange also accepts (a rotation: the old and the new key both live), and
        # (path, key) of each signed request that passed verification, in arrival order.
        self.other_keys: dict[str, str] = {}
        self.signers: list[tuple[str, str]] = []
        self.echo_key_in_errors = False  # an unkind exchange that repeats the key it refuses
        # hook(call, phase) runs in the request: phase "received" (nothing done yet) or
        # "processed" (the request took effect, the answer not yet sent). The crash harness uses
        # it to kill the bot at exact points.
        self.hooks: list[Callable[[Call, str], None]] = []
        # Websocket clients (user data streams); every order change in the book is pushed to them
        # as the subclass renders it (stream_events).
        self.hub = StreamHub()
        self.ws_calls: list[Call] = []  # websocket handshakes (kept out of `calls`)
        self.book.listeners.append(self._order_changed)
        # (path part, method, gate): matching requests take effect, their answers wait for the gate
        self._holds: list[tuple[str, str, asyncio.Event]] = []
        # Answers the client must never get in time (timeout_after_accept, lose_next, hang) wait
        # for this event, set by release_held() or stop(): no fixed delay that has to outlast
        # the client's timeout on a busy machine. Each listener gets the call when one is held.
        self._release = asyncio.Event()
        self.held_listeners: list[Callable[[Call], None]] = []
        self.app = web.Application(middlewares=[self._middleware])
        self._runner: web.AppRunner | None = None
        self.url = ""
        self.add_routes(self.app.router)

    # -- lifecycle -----------------------------------------------------------------------
    async def start(self) -> str:
        self._runner = web.AppRunner(self.app, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    async def stop(self) -> None:
        self.release_held()
        await self.hub.drop()
        if self._runner is not None:
            await self._runner.cleanup()

    # -- test controls -------------------------------------------------------------------
    def set_price(self, symbol_id: str, price: float | str) -> None:
        self.book.set_price(symbol_id, price)

    def rate_limit_next(
        self,
        n: int,
        retry_after: float,
        path_part: str | None = None,
        method: str | None = None,
    ) -> None:
        """The next n matching requests (path part, method) answer 429 with a Retry-After of
        `retry_after` seconds; any request before that wait is over gets 418, an IP ban
        (render_rate_limit)."""
        self.book.faults.rate_limit_next += [(retry_after, path_part, method)] * n

    def fail_next(self, n: int, status: int = 429, path_part: str | None = None) -> None:
        """The next n matching requests answer with an HTTP error (429, 500, 502, 503...)."""
        self.book.faults.fail_next += [(status, path_part)] * n

    def set_maintenance(self, on: bool = True) -> None:
        self.book.faults.maintenance = on

    def timeout_after_accept(self, n: int = 1) -> None:
        """The next n order creations are accepted; their answers are held until release_held()
        or stop(), long after the client has given up (give it a short timeout for them:
        tests/live/helpers.py time_out_next_creation)."""
        self.book.faults.timeout_after_accept = n

    def release_held(self) -> None:
        """Send every answer held by timeout_after_accept, lose_next or hang (to nobody by now)."""
        self._release.set()
        self._release = asyncio.Event()

    async def _hold(self, call: Call) -> None:
        for listener in list(self.held_listeners):
            listener(call)
        await self._release.wait()

    def partial_fill(self, ratio: float) -> None:
        self.book.faults.partial_fill = Decimal(str(ratio))

    def unfilled_next(self, n: int = 1) -> None:
        """The next n market orders are accepted, then cancelled with nothing filled."""
        self.book.faults.unfilled_next = n

    def reject_stops(self, n: int = 1) -> None:
        self.book.faults.reject_stops = n

    def garbage_next(self, n: int = 1) -> None:
        self.book.faults.garbage_next = n

    def set_latency(self, seconds: float) -> None:
        self.book.faults.latency = seconds

    def answer_delay(self, seconds: float) -> None:
        """Every order creation is accepted at once and answered `seconds` later."""
        self.book.faults.answer_delay = seconds

    def lose_next(
        self, n: int = 1, path_part: str | None = None, method: str | None = None
    ) -> None:
        """The next n matching requests are lost on the way (a dropped connection): nothing is
        carried out and the client times out (its 504 is held until release_held or stop)."""
        self.book.faults.lose_next += [(path_part, method)] * n

    def hold_answers(self, path_part: str, method: str = "POST") -> asyncio.Event:
        """Requests to a matching path take effect at once; their answers wait until the returned
        event is set (then every held answer goes out). A gateway answering late under load, as
        both exchanges do (the crash harness saw 80-90 ms at seed 7, cycle 13): the exchange has
        acted, the client does not know it yet, and the market goes on meanwhile."""
        gate = asyncio.Event()
        self._holds.append((path_part, method, gate))
        return gate

    def bad_json_next(self, n: int = 1, path_part: str | None = None) -> None:
        """The next n matching requests answer HTTP 200 with a JSON body cut off mid-way."""
        self.book.faults.bad_json_next += [path_part] * n

    def garble_next(self, n: int = 1, path_part: str | None = None, method: str = "POST") -> None:
        """The next n matching requests take effect, then their 200 answer arrives cut off
        mid-body: ccxt cannot read an order from it (ccxt 4.5 returns one with no id and no
        state), yet the exchange carried the order out. What a create's answer is:
        Binance USD-M New Order answers the order, `orderId` first (https://developers.binance.
        com/docs/derivatives/usds-margined-futures/trade/rest-api); MEXC order/create answers
        {"success": true, "code": 0, "data": {"orderId", "ts"}} (https://www.mexc.com/api-docs/
        futures/account-and-trading-endpoints/place-order). "A successful call to create an order
        does not mean that the order is placed ... the status of the order is unknown" until
        it is looked up (ccxt's maintainers, https://github.com/ccxt/ccxt/issues/12007)."""
        self.book.faults.garble_next += [(path_part, method)] * n

    def hang(self, on: bool = True) -> None:
        """An outage: every request takes effect, then its answer is held until the outage ends
        (hang(False), which sends the held answers, to nobody by now) or stop()."""
        self.book.faults.hang = on
        if not on:
            self.release_held()

    def server_ms(self) -> int:
        """The exchange's own clock (what its time endpoint answers)."""
        return now_ms() + self.skew_ms

    def set_clock_skew(self, ms: int) -> None:
        """Put the exchange's clock `ms` ahead of this machine's (negative: behind)."""
        self.skew_ms = ms

    def reject_next(
        self, kind: str, n: int = 1, path_part: str | None = None, method: str | None = None
    ) -> None:
        """The next n matching requests fail with the exchange's error for `kind` (nothing done)."""
        self.book.faults.reject_next += [(kind, path_part, method)] * n

    def error_after_accept(
        self, kind: str, n: int = 1, path_part: str | None = None, method: str | None = None
    ) -> None:
        """The next n matching requests take effect, then answer the exchange's error for
        `kind` (a 5xx that says the execution status is unknown)."""
        may_be_done(self.fate_unknown, kind)
        self.book.faults.error_after_accept += [(kind, path_part, method)] * n

    def accept_later(
        self,
        after: int | None,
        path_part: str | None = None,
        kind: str | None = "backend_timeout",
        method: str = "POST",
    ) -> None:
        """The next matching create is accepted and answered `kind` (None: its answer is held,
        the client times out), and carried out only after `after` more requests (None: at
        `late.release()`); queries find nothing of it before (late_orders.py)."""
        if kind is not None:
            may_be_done(self.fate_unknown, kind)
        self.late.armed.append(Late(after, path_part, method, kind))

    def echo_next(self, n: int = 1, path_part: str | None = None) -> None:
        """The next n requests (to a path holding `path_part`, if given) fail with an error
        that quotes the key, signature and query."""
        self.book.faults.echo_next = n
        self.book.faults.echo_path = path_part

    def forget_order(self, order_id: str) -> None:
        """The exchange loses an order it acknowledged: later lookups answer "not found"."""
        self.book.orders.pop(order_id, None)

    async def wait_streams(self, n: int = 1, timeout: float = 15.0) -> None:
        """Wait until a websocket client has subscribed `n` times in all (reconnects count)."""
        await self.hub.wait_subscribed(n, timeout)

    async def drop_streams(self) -> None:
        """Close every websocket connection from the exchange's side."""
        await self.hub.drop()

    def count(self, path_part: str, method: str | None = None) -> int:
        """How many requests hit a path (optionally with a method)."""
        return sum(1 for c in self.calls if path_part in c.path and method in (None, c.method))

    def secret_for(self, api_key: str) -> str | None:
        """The secret the exchange knows for a key (None: an unknown key)."""
        if api_key == self.api_key:
            return self.secret
        return self.other_keys.get(api_key)

    def keys_used(self, path_part: str = "") -> list[str]:
        """The keys that signed the verified requests to matching paths, in arrival order."""
        return [key for path, key in self.signers if path_part in path]

    def refused_key_text(self, api_key: str) -> str:
        """What an error about a refused key adds (the key itself, if this fake echoes it)."""
        return f" (API-key {api_key})" if self.echo_key_in_errors else ""

    # -- to override ---------------------------------------------------------------------
    def add_routes(self, router: web.UrlDispatcher) -> None:
        raise NotImplementedError

    def render_reject(self, exc: FakeReject) -> web.Response:
        raise NotImplementedError

    def render_maintenance(self) -> web.Response:
        return web.json_response({"code": 503, "msg": "maintenance"}, status=503)

    def render_rate_limit(self, status: int, seconds: float, until_ms: int) -> web.Response:
        """A 429 (slow down) or 418 (banned until `until_ms`), with its Retry-After header."""
        msg = "Too many requests" if status == 429 else f"IP banned until {until_ms}"
        return web.json_response(
            {"msg": msg}, status=status, headers={"Retry-After": str(int(seconds))}
        )

    def _rate_limited(self, path: str, method: str) -> web.Response | None:
        """The rate-limit answer this request gets, if any (Faults.rate_limit_next)."""
        f, now = self.book.faults, self.book.now_ms()
        if now < f.backoff_until_ms:  # did not back off as asked: banned
            f.bans += 1
            # A ban lasts "from 2 minutes to 3 days" and scales for repeat offenders
            # (https://developers.binance.com/docs/derivatives/usds-margined-futures/general-info,
            # "IP Limits"): never shorter than the wait it punishes (a 429's longer Retry-After
            # is not cut short by a request sent into it).
            ban = max(120.0, (f.backoff_until_ms - now) / 1000)
            f.backoff_until_ms = now + int(ban * 1000)
            return self.render_rate_limit(418, ban, f.backoff_until_ms)
        for i, (seconds, part, meth) in enumerate(f.rate_limit_next):
            if (part is None or part in path) and meth in (None, method):
                del f.rate_limit_next[i]
                f.backoff_until_ms = now + int(seconds * 1000)
                return self.render_rate_limit(429, seconds, f.backoff_until_ms)
        return None

    def stream_events(self, o: FakeOrder, event: str, fill: Fill | None) -> list[dict[str, Any]]:
        """The websocket messages an order change produces (none unless the fake streams)."""
        return []

    def _order_changed(self, o: FakeOrder, event: str, fill: Fill | None) -> None:
        self.hub.push(self.stream_events(o, event, fill))

    # -- plumbing ------------------------------------------------------------------------
    @web.middleware
    async def _middleware(self, request: web.Request, handler: Any) -> web.StreamResponse:
        if request.headers.get("Upgrade", "").lower() == "websocket":
            # A websocket lives as long as its connection: no book lock, no injected faults.
            self.ws_calls.append(Call(request.method, request.path, dict(request.query), ""))
            return await handler(request)  # type: ignore[no-any-return]
        body = await request.text()
        call = Call(request.method, request.path, dict(request.query), body)
        call.book_ms = self.book.now_ms()
        self.calls.append(call)
        f = self.book.faults
        if f.latency:
            await asyncio.sleep(f.latency)
        for hook in list(self.hooks):
            hook(call, "received")
        for i, (part, meth) in enumerate(f.lose_next):
            if (part is None or part in request.path) and meth in (None, request.method):
                del f.lose_next[i]
                call.status = 504
                await self._hold(call)
                return web.Response(status=504, text="Gateway Timeout")
        limited = self._rate_limited(request.path, request.method)
        if limited is not None:
            call.status = limited.status
            return limited
        for i, (status, part) in enumerate(f.fail_next):
            if part is None or part in request.path:
                del f.fail_next[i]
                call.status = status
                text = "Too many requests" if status == 429 else "Service Unavailable"
                return web.Response(status=status, text=json.dumps({"msg": text}))
        if f.maintenance:
            call.status = 503
            return self.render_maintenance()
        if f.garbage_next > 0:
            f.garbage_next -= 1
            return web.Response(text="<html>502 Bad Gateway</html>", content_type="text/html")
        for i, (kind, part, meth) in enumerate(f.reject_next):
            if (part is None or part in request.path) and meth in (None, request.method):
                del f.reject_next[i]
                resp = self.render_reject(FakeReject(kind))
                call.status = resp.status
                return resp
        if f.echo_next > 0 and (f.echo_path is None or f.echo_path in request.path):
            f.echo_next -= 1
            heads = {
                k: v
                for k, v in request.headers.items()
                if "key" in k.lower() or "sign" in k.lower()
            }
            echoed = f"request {request.method} {request.url} headers {heads} body {body}"
            return self.render_reject(FakeReject("echo", echoed))
        for i, part in enumerate(f.bad_json_next):
            if part is None or part in request.path:
                del f.bad_json_next[i]
                return web.Response(
                    text='{"code": 0, "data": [{"sym', content_type="application/json"
                )
        late = self.late.match(request.path, request.method)
        try:
            async with self.book.lock:
                self.late.tick()  # orders accepted earlier and carried out late, now
                self.book.settle_pending()  # orders accepted earlier execute before this one
                self.book.expire_due()
                self.late.handling(late)
                try:
                    resp = await handler(request)
                finally:
                    self.late.handling(None)
        except FakeReject as exc:
            resp = self.render_reject(exc)
        if late is not None and late.kind is not None:
            resp = self.render_reject(FakeReject(late.kind))  # (queued, carried out later)
        elif late is not None:
            call.status = 504
            await self._hold(call)  # queued; the client gives up before the answer
            return web.Response(status=504, text="Gateway Timeout")
        for i, (kind, part, meth) in enumerate(f.error_after_accept):
            if (part is None or part in request.path) and meth in (None, request.method):
                del f.error_after_accept[i]
                resp = self.render_reject(FakeReject(kind))  # (it took effect all the same)
                break
        call.status = resp.status
        for i, (part, meth) in enumerate(f.garble_next):
            hit = part is None or part in request.path
            if hit and resp.status == 200 and meth == request.method:
                del f.garble_next[i]
                text = resp.text or ""  # (a json_response's body)
                resp = web.Response(text=text[: len(text) // 2], content_type="application/json")
                break
        for hook in list(self.hooks):
            hook(call, "processed")
        for part, meth, gate in list(self._holds):
            if part in request.path and meth == request.method:
                for listener in list(self.held_listeners):
                    listener(call)
                await gate.wait()
        if f.hang:
            await self._hold(call)  # the worst case: it took effect, the answer is late
        creating = request.path in self.order_paths and request.method == "POST"
        if creating and f.timeout_after_accept:
            f.timeout_after_accept -= 1
            await self._hold(call)  # accepted; the client gives up before the answer
        elif creating and f.answer_delay:
            await asyncio.sleep(f.answer_delay)
        return resp  # type: ignore[no-any-return]
