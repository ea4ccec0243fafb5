"""MEXC futures refuses a request over its rate limit with code 510 "Excessive frequency of
requests" in the body (contract v1 error codes, https://mexcdevelop.github.io/apidocs/
contract_v1_en/#error-code-example), not a 429 with Retry-After. ccxt raises RateLimitExceeded
for it (mexc.py `exceptions`, '510'); the broker now opens its back-off window for it too
(ccxt_retry.BODY_LIMITS: the 2 s period of the documented limits), so the look-up that follows a
refused create, and every other request, waits it out instead of adding to the excess.

Through the real engine, CcxtBroker and ccxt client against the fake MEXC, on the fake's clock
(the wait moves it: nothing really sleeps, no timing asserted).
"""

from __future__ import annotations

from pathlib import Path

from tests.live.helpers import live_signal
from tests.live.lost_entry import running


async def test_create_when_mexc_answers_510_then_window_opened_and_next_request_waits(
    tmp_path: Path,
) -> None:
    async with running("mexc", tmp_path) as (fake, eng, events):
        fake.reject_next("too_frequent", 1, "order/create", "POST")
        r = await eng.execute(live_signal(signal_id="f"))
        (refused,) = [c for c in fake.calls if c.path.endswith("order/create")]
        later = fake.calls[fake.calls.index(refused) + 1 :]
        assert later, "the broker looks the order up after a refusal"
        # Nothing goes out before the window the 510 opened is over (2 s on the fake's clock).
        assert min(c.book_ms for c in later) >= refused.book_ms + 2000
        # Refused, nothing done: not sent again, and said as the rate limit it is.
        assert [c for c in fake.calls if c.path.endswith("order/create")] == [refused]
        assert not r.ok and any("rate limit" in x for x in r.reasons), r.reasons
