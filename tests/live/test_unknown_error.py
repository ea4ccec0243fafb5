"""Binance's -1000 UNKNOWN "An unknown error occured while processing the request." on a create
is an unknown outcome, not a refusal (engine/adapters/create_fate.py): the error-code page
(https://developers.binance.com/docs/derivatives/usds-margined-futures/error-code) names no
fate, and a 5xx "could have been a success" (Binance's "HTTP Return Codes"). ccxt reads it as
OperationFailed: the look-up by client id right after ran, but an order not found by it was
called refused, its trade failed while the exchange could still carry it out, and the position
it opened would have had no stop. Now it stays unknown, is looked up by client id again and is
never sent again; found, it is booked and gets its stop.

Through the real engine, CcxtBroker and ccxt client against the loopback fake Binance USD-M,
which answers -1000 as HTTP 500 (tests/fakes/binance_errors.py, "unknown").
"""

from __future__ import annotations

from pathlib import Path

from engine.core.lost_answers import LATE_S
from engine.domain.orders import OrderStatus
from engine.domain.trade import TradeStatus
from tests.fakes.fixtures import start_fake
from tests.live.helpers import live_signal
from tests.live.lost_entry import ENTRY, LostEntry, entry_of, lost_entry, running

NAME = "binanceusdm"


async def test_entry_when_answered_1000_and_carried_out_late_then_kept_unknown_and_stop_placed(
    tmp_path: Path,
) -> None:
    async with lost_entry(NAME, tmp_path, kind="unknown") as s:
        (answer,) = [c for c in s.fake.calls if c.method == "POST" and ENTRY[NAME] in c.path]
        assert answer.status == 500
        # Looked up by client id at once (not found yet): unknown, neither refused nor resent.
        assert s.fake.count(ENTRY[NAME], "GET") >= 1
        assert s.entry.status == OrderStatus.PENDING and s.trade.status == TradeStatus.PENDING
        assert "unknown error (-1000)" in (s.entry.error or "")
        s.fake.late.release()  # the exchange carries it out now
        await s.passes([LATE_S[0]])
        assert s.entry.status == OrderStatus.FILLED and s.trade.status == TradeStatus.OPEN
        (stop,) = s.stops()
        assert stop.trigger == 59000 and stop.qty == s.fake.book.positions[s.sym] > 0
        assert len(s.sends()) == 1


async def test_entry_when_answered_1000_and_never_carried_out_then_never_placed_and_not_resent(
    tmp_path: Path,
) -> None:
    async with running(NAME, tmp_path) as (fake, eng, events):
        fake.reject_next("unknown", 1, ENTRY[NAME], "POST")  # nothing done, -1000 all the same
        assert (await eng.execute(live_signal(signal_id="e"))).ok
        s = LostEntry(NAME, fake, eng, events, eng.trades["e"], entry_of(eng))
        assert s.entry.status == OrderStatus.PENDING  # not refused: its fate is unknown
        await s.passes(LATE_S)
        assert s.entry.status == OrderStatus.REJECTED and s.trade.status == TradeStatus.FAILED
        assert not s.fake.book.positions.get(s.sym) and s.stops() == []
        assert len(s.sends()) == 1


async def test_fake_when_asked_to_answer_1000_after_carrying_out_a_create_then_does() -> None:
    fake = await start_fake(NAME)
    try:  # -1000 says nothing of the fate: the fake may carry out a create answered so
        fake.error_after_accept("unknown", 1, ENTRY[NAME], "POST")
    finally:
        await fake.stop()
