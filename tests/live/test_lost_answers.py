"""An order whose create's answer was lost while the exchange's rate-limit window keeps sigcopy
from looking it up (engine/core/lost_answers.py): unknown, never rejected, never sent again
before it is looked up by its client id; then booked as found, or as never placed (a stop is
placed then: a live position is never left without one).

Through the real engine and ccxt client against the fake Binance USD-M: the create takes effect
(or is lost on the way) and its answer never comes back; the look-up by client id that follows
(GET /fapi/v1/order `origClientOrderId`, GET /fapi/v1/algoOrder `clientAlgoId`: "Query Order",
https://developers.binance.com/docs/derivatives/usds-margined-futures/trade/rest-api/Query-Order,
and "Query Algo Order") is answered 429 with Retry-After 90, and anything sent before the wait is
over is banned 418 ("Limits", https://developers.binance.com/docs/derivatives/usds-margined-
futures/general-info). The test moves the one clock: no real waiting, no timing asserted.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from engine import events as ev
from engine.core.close_hold import KEY
from engine.domain.orders import OrderRole, OrderStatus
from engine.domain.trade import TradeStatus
from tests.fakes.fake_binance import FakeBinance
from tests.fakes.server import Call
from tests.live.helpers import live_engine, live_signal, short_until_held, time_out_next_creation
from tests.live.test_rate_limit_stops import SYM, _closes, _engine, _fake, _running, _stop_creates

Hook = Callable[[Call, str], None]


def _told(events: list[ev.Event], tid: str, kind: str, words: str) -> list[ev.Event]:
    return [e for e in events if e.trade_id == tid and e.kind == kind and words in e.text]


def _entry_creates(fake: FakeBinance) -> list[Call]:
    """Every create of an opening order the exchange received (market or limit, not reduce-only)."""
    return [
        c
        for c in fake.calls
        if c.method == "POST" and c.path.endswith("/fapi/v1/order") and "reduceOnly" not in c.body
    ]


def _window_after(fake: FakeBinance, path: str, phase: str = "processed") -> Hook:
    """A hook: once the create to `path` has reached the exchange (`phase`), the look-up that
    follows it is answered 429, Retry-After 90 (the window opens)."""

    def hook(call: Call, at: str) -> None:
        if at == phase and call.method == "POST" and call.path.endswith(path):
            fake.hooks.remove(hook)
            fake.rate_limit_next(1, retry_after=90, path_part=path, method="GET")

    fake.hooks.append(hook)
    return hook


async def test_entry_when_answer_lost_in_rate_limit_window_then_unknown_found_after_never_resent(
    tmp_path: Path,
) -> None:
    async with _running(tmp_path) as (fake, eng, events, waits):
        gate = fake.hold_answers("/fapi/v1/order", "POST")  # it fills; no answer comes back
        _window_after(fake, "/fapi/v1/order")
        short_until_held(fake, eng)  # the held answer times out; the look-up has the long timeout
        try:
            r = await eng.execute(live_signal(signal_id="e"))
        finally:
            gate.set()
        t = eng.trades["e"]
        (entry,) = [o for o in eng.orders.values() if o.role == OrderRole.ENTRY]
        # Filled on the exchange, unknown here: not rejected, not failed, nothing else sent.
        held = fake.book.positions[SYM]
        assert held > 0 and fake.book.faults.bans == 0
        assert entry.status == OrderStatus.PENDING and t.status == TradeStatus.PENDING
        assert r.ok and any("may or may not be on the exchange" in x for x in r.reasons)
        assert len(_told(events, "e", ev.ERROR, "entry order may or may not be")) == 1
        assert _stop_creates(fake) == [] and _closes(fake) == []
        fake.book.advance(30)  # a pass inside the window: nothing sent, nothing banned
        await eng.monitor_pass()
        assert entry.status == OrderStatus.PENDING and fake.book.faults.bans == 0
        assert _stop_creates(fake) == [] and len(_entry_creates(fake)) == 1
        fake.book.advance(61)  # the window is over: looked up, booked, protected
        await eng.monitor_pass()
        assert len(_entry_creates(fake)) == 1  # never sent again
        assert fake.book.created[eng.broker.client_id(entry)] == 1
        cs = fake.book.markets[SYM].contract_size
        assert entry.status == OrderStatus.FILLED and t.status == TradeStatus.OPEN
        assert t.entry_qty == held * cs
        (stop,) = fake.book.open_orders(SYM, stops=True)
        assert stop.trigger == 59000 and stop.qty == held  # the stop exists on the exchange
        assert len(_told(events, "e", ev.LOOKED_UP, "is on the exchange: it filled")) == 1
        assert fake.book.faults.bans == 0 and _closes(fake) == []


async def test_stop_when_answer_lost_in_rate_limit_window_then_kept_found_after_not_closed(
    tmp_path: Path,
) -> None:
    async with _running(tmp_path) as (fake, eng, events, waits):
        gate = fake.hold_answers("/algoOrder", "POST")  # the stop rests; no answer comes back
        _window_after(fake, "/algoOrder")
        short_until_held(fake, eng)
        try:
            assert (await eng.execute(live_signal(signal_id="s"))).ok
        finally:
            gate.set()
        t = eng.trades["s"]
        (stop,) = [o for o in eng.orders.values() if o.role == OrderRole.STOP_LOSS]
        # Unknown, not refused: the position is not closed for it, nothing else is sent.
        assert stop.status == OrderStatus.PENDING and t.status == TradeStatus.OPEN
        told = _told(events, "s", ev.ERROR, "the stop at 59000 may or may not be on the exchange")
        assert len(told) == 1 and "may be without a stop" in told[0].text
        assert "Watch the position" in told[0].data["hint"]
        assert _closes(fake) == [] and len(_stop_creates(fake)) == 1
        fake.book.advance(91)
        await eng.monitor_pass()
        (rest,) = fake.book.open_orders(SYM, stops=True)
        assert fake.book.created[eng.broker.client_id(stop)] == 1
        assert len(_stop_creates(fake)) == 1  # found: not sent again
        assert stop.status == OrderStatus.OPEN and stop.exchange_id == rest.id
        assert rest.qty == fake.book.positions[SYM] and t.status == TradeStatus.OPEN
        assert len(_told(events, "s", ev.LOOKED_UP, "the stop at 59000 whose answer was lost")) == 1
        assert _closes(fake) == [] and fake.book.faults.bans == 0


async def test_stop_when_lost_on_the_way_in_rate_limit_window_then_placed_after_the_lookup(
    tmp_path: Path,
) -> None:
    async with _running(tmp_path) as (fake, eng, events, waits):
        fake.lose_next(1, "/algoOrder")  # the stop never arrives; the client times out
        _window_after(fake, "/algoOrder", phase="received")
        short_until_held(fake, eng)
        assert (await eng.execute(live_signal(signal_id="n"))).ok
        t = eng.trades["n"]
        (first,) = [o for o in eng.orders.values() if o.role == OrderRole.STOP_LOSS]
        assert first.status == OrderStatus.PENDING and t.status == TradeStatus.OPEN
        assert fake.book.open_orders(SYM, stops=True) == [] and _closes(fake) == []
        fake.book.advance(91)
        await eng.monitor_pass()
        # Looked up first (not there), then placed: a new order, new client id, new first.
        assert first.status == OrderStatus.REJECTED and "never placed" in (first.error or "")
        creates = _stop_creates(fake)
        assert [c.status for c in creates] == [504, 200]
        assert eng.broker.client_id(first) not in fake.book.created  # lost on the way
        (rest,) = fake.book.open_orders(SYM, stops=True)
        assert rest.trigger == 59000 and rest.qty == fake.book.positions[SYM] > 0
        assert rest.client_id != eng.broker.client_id(first)
        assert (
            len(_told(events, "n", ev.LOOKED_UP, "never reached the exchange: it is placed")) == 1
        )
        assert t.status == TradeStatus.OPEN and _closes(fake) == [] and fake.book.faults.bans == 0


async def test_held_close_when_it_fails_after_the_window_then_said_what_failed_and_what_to_do(
    tmp_path: Path,
) -> None:
    async with _running(tmp_path) as (fake, eng, events, waits):
        assert (await eng.execute(live_signal(signal_id="c"))).ok
        t = eng.trades["c"]
        fake.rate_limit_next(1, retry_after=90, path_part="account")  # the pass's balance read
        await eng.monitor_pass()
        assert (await eng.apply_update("CLOSE", symbol="BTCUSDT", reason="manual")).ok
        assert KEY in t.extra and _closes(fake) == []
        # Held, not failed: told what happens (close_hold.py), not the generic "Order failed".
        assert _told(events, "c", ev.ORDER_FAILED, "") == []
        assert len(_told(events, "c", ev.ERROR, "the close is not done yet")) == 1
        fake.book.advance(91)
        before = len(events)
        fake.reject_next("reduce_only", 1, path_part="/fapi/v1/order", method="POST")
        await eng.monitor_pass()
        assert [c.status for c in _closes(fake)] == [400]  # sent once after the wait: refused
        assert fake.book.positions[SYM] > 0 and t.status == TradeStatus.OPEN
        after = events[before:]
        assert _told(after, "c", ev.ORDER_FAILED, "") == []  # not the generic "Order failed"
        (told,) = _told(after, "c", ev.ERROR, "the close that waited")
        assert "was sent after it and failed" in told.text
        assert "ReduceOnly Order is rejected" in told.text
        assert "its stop at 59000 rests" in told.text
        assert "send /close again" in told.data["hint"]
        assert KEY not in t.extra  # not tried again, and no longer kept from reconciling
        await eng.monitor_pass()
        assert len(_closes(fake)) == 1 and fake.book.faults.bans == 0


async def test_entry_when_answer_lost_and_lookup_fails_too_then_unknown_and_found_at_next_check(
    fake_venue: tuple[str, Any], tmp_path: Path
) -> None:
    # No rate-limit window: the create's answer is lost and every attempt of the look-up that
    # follows is answered 503 (MEXC: GET order/external/{symbol}/{external_oid}, "Query the
    # order based on the external number", https://mexcdevelop.github.io/apidocs/contract_v1_en/
    # #query-the-order-based-on-the-external-number; Binance: Query Order). Unknown, not
    # failed: the next check looks it up again, finds it and places the stop; never re-sent.
    name, fake = fake_venue
    eng = live_engine(fake, name, tmp_path, live={"WATCH_ORDERS": False})
    lookup = "order/external" if name == "mexc" else "/fapi/v1/order"
    create = "order/create" if name == "mexc" else "/fapi/v1/order"
    attempts = 4  # live_engine's fast_retry: the look-up's every attempt fails

    def after_create(call: Call, at: str) -> None:
        if at == "processed" and call.method == "POST" and call.path.endswith(create):
            fake.hooks.remove(after_create)
            fake.fail_next(attempts, 503, path_part=lookup)

    events: list[ev.Event] = []
    eng.subscribe(events.append)
    try:
        await eng.start()
        fake.hooks.append(after_create)
        time_out_next_creation(fake, eng)
        r = await eng.execute(live_signal(signal_id="x"))
        t = eng.trades["x"]
        entry = next(o for o in eng.orders.values() if o.role == OrderRole.ENTRY)
        told = _told(events, "x", ev.ERROR, "entry order may or may not be on the exchange")
        assert len(told) == 1 and "looked up by its client id at the next check" in told[0].text
        assert r.ok and any("may or may not be on the exchange" in x for x in r.reasons)
        # The settle that followed looked it up again (the 503s were over): filled, booked.
        assert entry.status == OrderStatus.FILLED and t.status == TradeStatus.OPEN
        entries = [o for o in fake.book.placed() if not o.reduce_only and o.kind == "market"]
        assert len(entries) == 1 and entries[0].client_id == eng.broker.client_id(entry)
        assert fake.book.created[eng.broker.client_id(entry)] == 1
        cs = fake.book.markets[entries[0].symbol].contract_size
        assert t.entry_qty == entries[0].filled * cs > 0
        (stop,) = fake.book.open_orders(entries[0].symbol, stops=True)
        assert stop.qty == fake.book.positions[entries[0].symbol] > 0
        assert len(_told(events, "x", ev.LOOKED_UP, "is on the exchange")) == 1
    finally:
        await eng.aclose()


async def test_stop_move_when_new_stops_answer_lost_in_window_then_old_kept_until_found(
    tmp_path: Path,
) -> None:
    # TP1 fills; the resized stop (new first) reaches the exchange but its answer is lost and
    # the look-up is answered 429. The old stop is not cancelled while the new one is unknown;
    # once the window is over the new one is found resting and only then the old one goes.
    async with _running(tmp_path) as (fake, eng, events, waits):
        assert (await eng.execute(live_signal(signal_id="m"))).ok
        t = eng.trades["m"]
        (old,) = fake.book.open_orders(SYM, stops=True)
        gate = fake.hold_answers("/algoOrder", "POST")
        _window_after(fake, "/algoOrder")
        short_until_held(fake, eng)
        fake.set_price(SYM, 61000)  # TP1 fills: the stop is resized at the pass
        try:
            await eng.monitor_pass()
        finally:
            gate.set()
        creates = _stop_creates(fake)
        assert len(creates) == 2  # the first stop, then the resized one
        new = max(
            (o for o in eng.orders.values() if o.role == OrderRole.STOP_LOSS),
            key=lambda o: o.created_at,
        )
        assert new.status == OrderStatus.PENDING
        assert old.live and len(fake.book.open_orders(SYM, stops=True)) == 2
        (told,) = _told(events, "m", ev.ERROR, "may or may not be on the exchange")
        assert "previous stop at 59000 rests meanwhile" in told.text
        assert _closes(fake) == [] and fake.book.faults.bans == 0
        fake.book.advance(91)
        await eng.monitor_pass()
        (rest,) = fake.book.open_orders(SYM, stops=True)  # the new one; the old one cancelled
        assert rest.client_id == eng.broker.client_id(new) and old.status == "CANCELED"
        assert fake.book.created[eng.broker.client_id(new)] == 1
        assert len(_stop_creates(fake)) == 2 and _closes(fake) == []
        cs = fake.book.markets[SYM].contract_size
        assert rest.qty * cs == t.open_qty == fake.book.positions[SYM] * cs
        assert fake.book.faults.bans == 0


async def test_close_when_answer_lost_and_lookup_fails_too_then_held_found_at_next_check_once(
    fake_venue: tuple[str, Any], tmp_path: Path
) -> None:
    # A close reaches the exchange (it fills), its answer is lost, and every attempt of the
    # look-up that follows is answered 503 (no rate-limit window). Not "failed": held like a
    # close the window kept back (close_hold.py), looked up at the next check, found filled and
    # booked; never sent twice.
    name, fake = fake_venue
    eng = live_engine(fake, name, tmp_path, live={"WATCH_ORDERS": False})
    lookup = "order/external" if name == "mexc" else "/fapi/v1/order"
    create = "order/create" if name == "mexc" else "/fapi/v1/order"
    events: list[ev.Event] = []
    eng.subscribe(events.append)
    try:
        await eng.start()
        assert (await eng.execute(live_signal(signal_id="q"))).ok
        t = eng.trades["q"]
        sym = next(iter(fake.book.positions))

        def after_close(call: Call, at: str) -> None:
            if at == "processed" and call.method == "POST" and call.path.endswith(create):
                fake.hooks.remove(after_close)
                fake.fail_next(4, 503, path_part=lookup)  # every attempt of the look-up

        fake.hooks.append(after_close)
        time_out_next_creation(fake, eng)
        r = await eng.apply_update("CLOSE", symbol="BTCUSDT", reason="manual")
        assert r.ok and fake.book.positions[sym] == 0  # done on the exchange
        told = _told(events, "q", ev.ERROR, "the close may or may not have reached the exchange")
        assert len(told) == 1 and "sent again only if it is not there" in told[0].text
        assert _told(events, "q", ev.ORDER_FAILED, "") == []
        # The settle that followed looked it up (the 503s were over): found filled, booked.
        closes = [o for o in fake.book.placed("market") if o.reduce_only]
        assert len(closes) == 1 and fake.book.created[closes[0].client_id or ""] == 1
        assert t.status == TradeStatus.CLOSED and KEY not in t.extra
        cs = fake.book.markets[sym].contract_size
        assert t.exit_qty == t.entry_qty == closes[0].filled * cs > 0
        assert len(_told(events, "q", ev.CLOSE_SENT, "reached the exchange")) == 1
        await eng.monitor_pass()
        assert len([o for o in fake.book.placed("market") if o.reduce_only]) == 1
    finally:
        await eng.aclose()


async def test_restart_when_a_stops_fate_is_unknown_and_the_start_cannot_look_it_up_then_placed_after(
    tmp_path: Path,
) -> None:
    # The stop is lost on the way and the window keeps it unknown; sigcopy restarts after the
    # window, but the start's look-up of the stop fails (503). It stays unknown - not taken for
    # resting, which would leave the position without a stop for good - and is looked up again
    # at the next check: not there, so the stop is placed, new client id.
    fake = await _fake()
    try:
        waits: list[float] = []
        eng = _engine(fake, tmp_path, waits)
        await eng.start()
        fake.lose_next(1, "/algoOrder")
        _window_after(fake, "/algoOrder", phase="received")
        short_until_held(fake, eng)
        assert (await eng.execute(live_signal(signal_id="k"))).ok
        (first,) = [o for o in eng.orders.values() if o.role == OrderRole.STOP_LOSS]
        assert first.status == OrderStatus.PENDING
        await eng.aclose()
        fake.book.advance(91)
        again = _engine(fake, tmp_path, waits)
        events: list[ev.Event] = []
        again.subscribe(events.append)
        fake.fail_next(1, 503, path_part="/algoOrder")  # the start's look-up of the stop
        await again.start()
        try:
            t = again.trades["k"]
            assert again.orders[first.client_id].status == OrderStatus.REJECTED
            (rest,) = fake.book.open_orders(SYM, stops=True)
            assert rest.trigger == 59000 and rest.qty == fake.book.positions[SYM] > 0
            assert rest.client_id != again.broker.client_id(first)
            assert [c.status for c in _stop_creates(fake)] == [504, 200]
            assert len(_told(events, "k", ev.LOOKED_UP, "never reached the exchange")) == 1
            assert t.status == TradeStatus.OPEN and _closes(fake) == []
            assert fake.book.faults.bans == 0
        finally:
            await again.aclose()
    finally:
        await fake.stop()


async def test_entry_when_lost_on_the_way_in_rate_limit_window_then_failed_after_the_lookup_once(
    tmp_path: Path,
) -> None:
    # The entry never reached the exchange: after the wait the look-up finds nothing, the trade
    # ends failed, nothing is sent again, and the stats count it once, as failed (not also as
    # executed, which it was provisionally while its fate was unknown).
    async with _running(tmp_path) as (fake, eng, events, waits):
        fake.lose_next(1, "/fapi/v1/order")
        _window_after(fake, "/fapi/v1/order", phase="received")
        short_until_held(fake, eng)
        r = await eng.execute(live_signal(signal_id="g"))
        t = eng.trades["g"]
        assert r.ok and t.status == TradeStatus.PENDING
        assert eng.get_stats()["trades_executed"] == 1
        fake.book.advance(91)
        await eng.monitor_pass()
        assert t.status == TradeStatus.FAILED
        assert len(_entry_creates(fake)) == 1 and SYM not in fake.book.positions
        assert _stop_creates(fake) == [] and fake.book.faults.bans == 0
        stats = eng.get_stats()
        assert (stats["trades_executed"], stats["trades_failed"]) == (0, 1)
