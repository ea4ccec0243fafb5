"""The exchange's rate-limit window outlives a restart (engine/adapters/backoff_file.py).

A 429 asks for seconds to minutes, a 418 for minutes to days; a process started inside the
window must not send its first requests (markets, reconcile, look-ups) at once: on Binance USD-M
"repeatedly violating rate limits and/or failing to back off after receiving 429s will result in
an automated IP ban" (https://developers.binance.com/docs/derivatives/usds-margined-futures/
general-info, "IP Limits"). The fake Binance bans (418) any request sent before the wait it
asked is over, and counts the bans.

Through the real engine and ccxt client; the engines' clocks, back-off clocks and wall clocks are
the fake's (wall time plus what the test moves it by): no real waiting, no timing asserted.
"""

from __future__ import annotations

import logging
import random
from pathlib import Path

import aiohttp
import pytest

from engine import errors
from engine import events as ev
from engine.adapters.backoff_file import BackoffFile
from engine.adapters.ccxt_broker import CcxtBroker
from engine.adapters.ccxt_retry import RetryPolicy
from engine.engine import TradingEngine
from tests.fakes.fake_binance import FakeBinance
from tests.fakes.fixtures import live_settings
from tests.live.helpers import live_signal
from tests.live.test_rate_limit_stops import _engine, _fake

WARNED = "had asked sigcopy to wait"


async def _rate_limited_then_closed(fake: FakeBinance, tmp: Path, seconds: float) -> int:
    """A started engine whose balance read gets a 429 asking `seconds`; closed at once after.
    The window's end on the fake's clock (ms)."""
    eng = _engine(fake, tmp, [])
    await eng.start()
    try:
        fake.rate_limit_next(1, retry_after=seconds, path_part="account")
        await eng.monitor_pass()
        end = fake.book.faults.backoff_until_ms
        assert end > 0 and [c for c in fake.calls if c.status == 429]
    finally:
        await eng.aclose()
    return end


def _file(eng: TradingEngine) -> Path:
    return BackoffFile.for_settings(eng.settings).path


async def test_restart_inside_a_long_window_then_nothing_sent_until_it_is_over(
    tmp_path: Path,
) -> None:
    fake = await _fake()
    try:
        end = await _rate_limited_then_closed(fake, tmp_path, 600)
        sent = len(fake.calls)
        # Started again inside the window (twice: a restart loop): refused, nothing sent.
        for moved in (0, 300):
            fake.book.advance(moved)
            again = _engine(fake, tmp_path, [])
            with pytest.raises(errors.RateLimited, match="asks to wait"):
                await again.start()
            await again.aclose()
            assert len(fake.calls) == sent and fake.book.faults.bans == 0
        # Once it is over, a start works and trades normally.
        fake.book.advance(301)
        waits: list[float] = []
        last = _engine(fake, tmp_path, waits)
        await last.start()
        try:
            assert WARNED not in " ".join(last.startup_warnings)
            assert (await last.execute(live_signal(signal_id="a"))).ok
            assert len(fake.calls) > sent and fake.book.faults.bans == 0
            assert all(c.book_ms >= end for c in fake.calls[sent:]) and waits == []
        finally:
            await last.aclose()
    finally:
        await fake.stop()


async def test_restart_inside_an_ip_ban_then_nothing_sent_until_it_is_over(tmp_path: Path) -> None:
    # Another program on this IP gets a 429 and does not back off: the engine's next request
    # finds the IP banned (418, Retry-After: the ban's 120 s). A restart inside the ban sends
    # nothing (one more request would lengthen it); once it is over, the start works.
    fake = await _fake()
    try:
        eng = _engine(fake, tmp_path, [])
        await eng.start()
        try:
            fake.rate_limit_next(1, retry_after=10, path_part="/ping")
            async with aiohttp.ClientSession() as other:
                for _ in range(2):  # the second one, not backing off: banned
                    async with other.get(f"{fake.url}/fapi/v1/ping") as answer:
                        await answer.read()
            assert fake.book.faults.bans == 1
            await eng.monitor_pass()
            assert fake.calls[-1].status == 418 and fake.book.faults.bans == 2
            end = fake.book.faults.backoff_until_ms
        finally:
            await eng.aclose()
        sent = len(fake.calls)
        again = _engine(fake, tmp_path, [])
        with pytest.raises(errors.RateLimited, match="asks to wait"):
            await again.start()
        await again.aclose()
        assert len(fake.calls) == sent and fake.book.faults.bans == 2
        fake.book.advance(121)
        last = _engine(fake, tmp_path, [])
        await last.start()
        try:
            assert (await last.execute(live_signal(signal_id="i"))).ok
            assert fake.book.faults.bans == 2 and all(c.book_ms >= end for c in fake.calls[sent:])
        finally:
            await last.aclose()
    finally:
        await fake.stop()


async def test_restart_inside_a_short_window_then_waited_out_first_and_the_user_told(
    tmp_path: Path,
) -> None:
    fake = await _fake()
    try:
        end = await _rate_limited_then_closed(fake, tmp_path, 600)
        fake.book.advance(580)  # 20 s left: shorter than a read waits in place (max_wait)
        sent = len(fake.calls)
        waits: list[float] = []
        again = _engine(fake, tmp_path, waits)
        events: list[ev.Event] = []
        again.subscribe(events.append)
        await again.start()
        try:
            assert fake.book.faults.bans == 0 and waits  # waited in place (<= max_wait)
            assert len(fake.calls) > sent and all(c.book_ms >= end for c in fake.calls[sent:])
            (warning,) = [w for w in again.startup_warnings if WARNED in w]
            assert "before the restart" in warning
            assert [e for e in events if e.kind == ev.ERROR and WARNED in e.text]
            assert (await again.execute(live_signal(signal_id="b"))).ok
            assert fake.book.faults.bans == 0
        finally:
            await again.aclose()
    finally:
        await fake.stop()


async def test_restart_after_the_window_then_its_file_ignored(tmp_path: Path) -> None:
    fake = await _fake()
    try:
        await _rate_limited_then_closed(fake, tmp_path, 60)
        fake.book.advance(61)
        waits: list[float] = []
        again = _engine(fake, tmp_path, waits)
        assert _file(again).exists()  # written when the 429 came
        await again.start()
        try:
            assert waits == [] and fake.book.faults.bans == 0
            assert WARNED not in " ".join(again.startup_warnings)
            assert (await again.execute(live_signal(signal_id="c"))).ok
        finally:
            await again.aclose()
    finally:
        await fake.stop()


@pytest.mark.parametrize("text", ["{not json", '{"until": "soon"}', "[]", '{"until": NaN}'])
async def test_restart_with_an_unreadable_file_then_logged_and_ignored(
    tmp_path: Path, text: str, caplog: pytest.LogCaptureFixture
) -> None:
    fake = await _fake()
    try:
        waits: list[float] = []
        eng = _engine(fake, tmp_path, waits)
        path = _file(eng)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        with caplog.at_level(logging.WARNING, logger="sigcopy.ccxt"):
            await eng.start()
        try:
            assert [r for r in caplog.records if "cannot be read" in r.getMessage()]
            assert waits == [] and WARNED not in " ".join(eng.startup_warnings)
            assert (await eng.execute(live_signal(signal_id="d"))).ok
            # The next rate-limit answer replaces it with a readable one.
            fake.rate_limit_next(1, retry_after=45, path_part="account")
            await eng.monitor_pass()
            assert BackoffFile(path).end() is not None
        finally:
            await eng.aclose()
    finally:
        await fake.stop()


async def test_window_set_by_one_books_client_then_another_client_of_the_exchange_holds(
    tmp_path: Path,
) -> None:
    # Two clients of one exchange that share no window in memory (two books, or two processes,
    # on one machine: the limit is the IP's): a 429 one of them gets holds the other too.
    fake = await _fake()
    clients: list[CcxtBroker] = []
    try:

        async def sleep(seconds: float) -> None:
            fake.book.advance(seconds)

        def now() -> float:
            return fake.book.now_ms() / 1000

        for _ in range(2):
            b = CcxtBroker(live_settings(fake, "binanceusdm", tmp_path))
            b.retry = RetryPolicy(attempts=1, rng=random.Random(1), sleep=sleep, now=now, wall=now)
            await b.load_markets()
            clients.append(b)
        one, other = clients
        fake.rate_limit_next(1, retry_after=90, path_part="account")
        with pytest.raises(errors.BrokerError):
            await one.fetch_balance()
        sent = len(fake.calls)
        with pytest.raises(errors.RateLimited):
            await other.fetch_balance()
        assert len(fake.calls) == sent and fake.book.faults.bans == 0
        fake.book.advance(91)
        assert (await other.fetch_balance()) is not None
        assert fake.book.faults.bans == 0 and len(fake.calls) == sent + 1
    finally:
        for b in clients:
            await b.close()
        await fake.stop()
