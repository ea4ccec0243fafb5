"""Each refusal the fake Binance USD-M can answer a create with reaches the engine with the fate
Binance documents for its code (https://developers.binance.com/docs/derivatives/usds-margined-
futures/error-code; tests/fakes/binance_errors.py): a 4xx refusal fails the order at once (never
looked up, never sent again); -1000/-1006/-1007 and the 503 "Unknown error ..." keep it unknown
(pending, looked up later); -1001 and 503 "Service Unavailable." say nothing was done.

The fake answered "no_price" (a book with no mark price) with -1000, a code the engine reads as
"execution status unknown" since session 17: a refused entry was kept pending. It is -2020
UNABLE_TO_FILL now. A kind the fake does not list is a test bug, not a -1000 of its own
(tests/fakes/refusals.py): the fake fails the test at its stop.

Through the real engine, CcxtBroker and ccxt client against the loopback fakes.
"""

from __future__ import annotations

from pathlib import Path

import aiohttp
import pytest

from engine.domain.orders import OrderStatus
from engine.domain.trade import TradeStatus
from tests.fakes.binance_errors import ERRORS, FATE_UNKNOWN
from tests.fakes.fixtures import start_fake
from tests.fakes.refusals import UnlistedRefusal
from tests.live.helpers import live_signal
from tests.live.lost_entry import ENTRY, entry_of, running

NAME = "binanceusdm"
# The kinds the fake's own checks answer an order create with (fake_binance.py, core.py).
REFUSED = [
    "bad_symbol",
    "bad_qty",
    "bad_price",
    "stop_rejected",
    "no_price",
    "min_notional",
    "insufficient",
    "client_id_invalid",
    "market_lot_size",
    "percent_price_up",
    "percent_price_down",
    "position_side",
    "reduce_only_param",
    "bad_request",
]
NOTHING_DONE = ["internal", "service_unavailable"]  # -1001, 503 "Service Unavailable."


@pytest.mark.parametrize("kind", REFUSED)
async def test_entry_when_refused_by_a_documented_code_then_failed_at_once(
    tmp_path: Path, kind: str
) -> None:
    status, code, _ = ERRORS[kind]
    assert 400 <= status < 500 and code not in (-1000, -1006, -1007)
    async with running(NAME, tmp_path) as (fake, eng, _events):
        fake.reject_next(kind, 1, ENTRY[NAME], "POST")
        r = await eng.execute(live_signal(signal_id="e"))
        (answer,) = [c for c in fake.calls if c.method == "POST" and ENTRY[NAME] in c.path]
        assert answer.status == status
        assert not r.ok and eng.trades["e"].status == TradeStatus.FAILED
        assert not eng.orders  # refused: the entry is over, not kept pending
        assert fake.count(ENTRY[NAME], "GET") == 0  # a refusal: nothing to look up
        assert not fake.book.positions.get("BTCUSDT")


@pytest.mark.parametrize("kind", sorted(FATE_UNKNOWN))
async def test_entry_when_answered_execution_unknown_then_kept_pending(
    tmp_path: Path, kind: str
) -> None:
    async with running(NAME, tmp_path) as (fake, eng, _events):
        fake.reject_next(kind, 1, ENTRY[NAME], "POST")
        await eng.execute(live_signal(signal_id="e"))
        entry, trade = entry_of(eng), eng.trades["e"]
        assert entry.status == OrderStatus.PENDING and trade.status == TradeStatus.PENDING
        assert fake.count(ENTRY[NAME], "POST") == 1  # never sent again


@pytest.mark.parametrize("kind", NOTHING_DONE)
async def test_entry_when_answered_not_carried_out_then_failed(tmp_path: Path, kind: str) -> None:
    async with running(NAME, tmp_path) as (fake, eng, _events):
        fake.reject_next(kind, 1, ENTRY[NAME], "POST")
        r = await eng.execute(live_signal(signal_id="e"))
        assert not r.ok and eng.trades["e"].status == TradeStatus.FAILED
        assert not eng.orders  # nothing was done: not kept pending
        assert fake.count(ENTRY[NAME], "POST") == 1  # (sent again by the trade's retry, not here)


@pytest.mark.parametrize("name", ["binanceusdm", "mexc"])
async def test_fake_when_asked_for_an_unlisted_refusal_then_fails_the_test(name: str) -> None:
    fake = await start_fake(name)
    fake.reject_next("no_such_kind", 1)
    async with aiohttp.ClientSession() as http, http.get(f"{fake.url}/api/v3/ping") as resp:
        assert resp.status == 500  # no code of the fake's choosing: the server's bare error
    with pytest.raises(UnlistedRefusal, match="no_such_kind"):
        await fake.stop()
