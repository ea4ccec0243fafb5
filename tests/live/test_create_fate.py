"""A create's error answer is read as Binance USD-M documents it (engine/adapters/create_fate.py),
not by the exception class ccxt happens to raise for it (-1001 and -1006 are both
OperationFailed there):

- 503 -1001 "Internal error; unable to process your request. Please try again." is "a failure
  API operation and you can resend your request" (general-info, "HTTP Return Codes"): nothing
  was placed; the order is refused at once and never looked up later;
- -1006 "... Execution status unknown." may have been carried out: the order stays unknown and
  is looked up again (lost_answers.py), never sent again; found, it is booked and gets its stop.

The fake follows the same pages: it answers a request it carried out only with an error whose
text says the execution status is unknown (tests/fakes/late_orders.py `may_be_done`).
Through the real engine, CcxtBroker and ccxt client against the loopback fake Binance.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from engine import events as ev
from engine.core.lost_answers import LATE_S
from engine.domain.orders import OrderStatus
from engine.domain.trade import TradeStatus
from tests.fakes.fixtures import BTC_ID, start_fake
from tests.live.helpers import live_signal
from tests.live.lost_entry import ENTRY, entry_of, running, sends, told

NAME = "binanceusdm"


async def test_entry_when_answered_1006_and_carried_out_late_then_kept_unknown_and_stop_placed(
    tmp_path: Path,
) -> None:
    sym = BTC_ID[NAME]
    async with running(NAME, tmp_path) as (fake, eng, events):
        fake.accept_later(None, ENTRY[NAME], "unexpected_resp")
        r = await eng.execute(live_signal(signal_id="e"))
        t, entry = eng.trades["e"], entry_of(eng)
        assert r.ok and any("may or may not be on the exchange" in x for x in r.reasons)
        assert entry.status == OrderStatus.PENDING and t.status == TradeStatus.PENDING
        assert "execution status is unknown" in (entry.error or "")
        fake.late.release()  # the exchange carries it out now
        fake.book.advance(LATE_S[0])
        await eng.monitor_pass()
        assert entry.status == OrderStatus.FILLED and t.status == TradeStatus.OPEN
        (stop,) = fake.book.open_orders(sym, stops=True)
        assert stop.trigger == 59000 and stop.qty == fake.book.positions[sym] > 0
        assert len(sends(fake, eng, entry)) == 1 and not fake.late.dropped


async def test_entry_when_answered_1001_then_refused_at_once_and_never_looked_up_later(
    tmp_path: Path,
) -> None:
    sym = BTC_ID[NAME]
    async with running(NAME, tmp_path) as (fake, eng, events):
        fake.reject_next("internal", 1, ENTRY[NAME], "POST")
        r = await eng.execute(live_signal(signal_id="e"))
        assert not r.ok and eng.trades["e"].status == TradeStatus.FAILED
        said = " ".join(r.reasons)
        assert "could not process the entry order (internal error -1001)" in said
        assert "nothing was placed" in said
        assert not told(events, ev.ERROR, "may or may not be on the exchange")
        reads = fake.count(ENTRY[NAME], "GET")  # the one look-up right after the answer
        for wait in LATE_S:
            fake.book.advance(wait)
            await eng.monitor_pass()
        assert fake.count(ENTRY[NAME], "GET") == reads <= 1
        assert fake.count(ENTRY[NAME], "POST") == 1 and not fake.book.positions.get(sym)


async def test_fake_when_asked_to_carry_out_a_create_answered_1001_then_refuses() -> None:
    fake = await start_fake(NAME)
    try:
        with pytest.raises(ValueError, match="not carried out"):
            fake.error_after_accept("internal", 1, ENTRY[NAME], "POST")
        with pytest.raises(ValueError, match="not carried out"):
            fake.accept_later(None, ENTRY[NAME], "internal")
        fake.error_after_accept("unexpected_resp", 1, ENTRY[NAME], "POST")  # documented unknown
    finally:
        await fake.stop()


# Binance's two 503 answers told by their message alone (no code; general-info, "HTTP Return
# Codes"): "Service Unavailable." is a failure (nothing done, send again later), "Unknown error,
# please check your request or try again later." leaves the execution status unknown.
STOP = "/fapi/v1/algoOrder"


async def test_entry_when_answered_503_service_unavailable_then_refused_at_once_not_kept_unknown(
    tmp_path: Path,
) -> None:
    sym = BTC_ID[NAME]
    async with running(NAME, tmp_path) as (fake, eng, events):
        fake.reject_next("service_unavailable", 1, ENTRY[NAME], "POST")
        r = await eng.execute(live_signal(signal_id="e"))
        assert not r.ok and eng.trades["e"].status == TradeStatus.FAILED
        said = " ".join(r.reasons)
        assert 'could not process the entry order (503 "Service Unavailable.")' in said
        assert "nothing was placed" in said
        assert not told(events, ev.ERROR, "may or may not be on the exchange")
        reads = fake.count(ENTRY[NAME], "GET")
        for wait in LATE_S:
            fake.book.advance(wait)
            await eng.monitor_pass()
        assert fake.count(ENTRY[NAME], "GET") == reads <= 1  # never looked up later
        assert fake.count(ENTRY[NAME], "POST") == 1 and not fake.book.positions.get(sym)


async def test_stop_when_answered_503_service_unavailable_then_sent_once_more_not_closed(
    tmp_path: Path,
) -> None:
    sym = BTC_ID[NAME]
    async with running(NAME, tmp_path) as (fake, eng, events):
        fake.reject_next("service_unavailable", 1, STOP, "POST")
        r = await eng.execute(live_signal(signal_id="e"))
        await eng.monitor_pass()
        assert r.ok and eng.trades["e"].status == TradeStatus.OPEN
        held = fake.book.positions[sym]
        assert held > 0  # not closed for a failure the exchange says to send again
        (stop,) = fake.book.open_orders(sym, stops=True)
        assert stop.trigger == 59000 and stop.qty == held
        creates = [c for c in fake.calls if c.method == "POST" and c.path == STOP]
        assert [c.status for c in creates] == [503, 200]  # one more, never a third
        assert not told(events, ev.ERROR, "closing the position")


async def test_entry_when_answered_503_unknown_error_and_carried_out_late_then_booked_with_stop(
    tmp_path: Path,
) -> None:
    sym = BTC_ID[NAME]
    async with running(NAME, tmp_path) as (fake, eng, events):
        fake.accept_later(None, ENTRY[NAME], "unknown_error")
        r = await eng.execute(live_signal(signal_id="e"))
        t, entry = eng.trades["e"], entry_of(eng)
        assert r.ok and any("may or may not be on the exchange" in x for x in r.reasons)
        assert entry.status == OrderStatus.PENDING and t.status == TradeStatus.PENDING
        assert "execution status is unknown" in (entry.error or "")
        fake.late.release()  # the exchange carries it out now
        fake.book.advance(LATE_S[0])
        await eng.monitor_pass()
        assert entry.status == OrderStatus.FILLED and t.status == TradeStatus.OPEN
        (stop,) = fake.book.open_orders(sym, stops=True)
        assert stop.trigger == 59000 and stop.qty == fake.book.positions[sym] > 0
        assert len(sends(fake, eng, entry)) == 1


async def test_fake_when_asked_to_carry_out_a_create_answered_service_unavailable_then_refuses() -> (
    None
):
    fake = await start_fake(NAME)
    try:
        with pytest.raises(ValueError, match="not carried out"):
            fake.error_after_accept("service_unavailable", 1, ENTRY[NAME], "POST")
        fake.error_after_accept("unknown_error", 1, ENTRY[NAME], "POST")  # documented unknown
    finally:
        await fake.stop()
