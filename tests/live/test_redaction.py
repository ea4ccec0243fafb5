"""Secrets never leave through exchange errors: one redactor at the broker boundary."""

from __future__ import annotations

import logging
import re

import pytest

from engine import errors
from engine.logging_setup import RedactingFilter
from engine.redact import Redactor
from tests.live.conftest import Venue
from tests.live.helpers import order

_HEX64 = re.compile(r"[0-9a-f]{64}")


def _leaks(text: str, v: Venue) -> list[str]:
    found = [s for s in (v.fake.api_key, v.fake.secret) if s in text]
    found += _HEX64.findall(text)  # an HMAC-SHA256 signature
    found += re.findall(r"timestamp=\d+", text)  # the signed query string
    return found


def _all_text(exc: BaseException) -> str:
    parts = [str(exc), getattr(exc, "hint", ""), repr(exc.args)]
    cause = exc.__cause__
    while cause is not None:
        parts += [str(cause), repr(cause.args)]
        cause = cause.__cause__
    return " | ".join(parts)


async def test_read_when_exchange_echoes_key_signature_and_query_then_error_text_masked(
    venue: Venue, caplog: pytest.LogCaptureFixture
) -> None:
    venue.fake.echo_next(1)
    with caplog.at_level(logging.DEBUG), pytest.raises(errors.BrokerError) as info:
        await venue.broker.fetch_balance()
    text = _all_text(info.value)
    assert "Illegal parameter" in text or "Param error" in text  # the echo did come back
    assert "***" in text or "hidden" in text
    assert _leaks(text, venue) == []
    assert _leaks(caplog.text, venue) == []


async def test_create_when_exchange_echoes_request_then_exception_and_log_masked(
    venue: Venue, caplog: pytest.LogCaptureFixture
) -> None:
    await venue.broker.set_leverage(venue.broker.market("BTC/USDT:USDT"), 5)
    venue.fake.echo_next(1)
    with caplog.at_level(logging.DEBUG), pytest.raises(errors.BrokerError) as info:
        await venue.broker.place_order(order("limit", "buy", "0.01", price="59000"))
    text = _all_text(info.value) + info.value.user_message()
    assert _leaks(text, venue) == [] and _leaks(caplog.text, venue) == []
    assert venue.fake.book.orders == {}


def test_redactor_when_text_holds_secrets_signatures_and_queries_then_all_masked() -> None:
    r = Redactor()
    r.add("my-api-key-123", "my-secret-456", None, "ab")
    sig = "a" * 64
    raw = (
        f"binanceusdm GET https://fapi.binance.com/fapi/v1/order?symbol=BTCUSDT&timestamp=1"
        f"&signature={sig} 400 {{'X-MBX-APIKEY': 'my-api-key-123'}} body "
        f"symbol=BTCUSDT&timestamp=17&signature=deadbeef secret=my-secret-456 "
        f'{{"Signature": "cafe1234", "ApiKey": "other-key-9"}}'
    )
    out = r.text(raw)
    for bad in ("my-api-key-123", "my-secret-456", sig, "deadbeef", "cafe1234", "other-key-9"):
        assert bad not in out
    assert "timestamp=" not in out and "400" in out  # the status and the path stay readable
    assert "https://fapi.binance.com/fapi/v1/order?(query hidden)" in out


def test_logging_filter_when_record_has_signed_url_then_masked() -> None:
    rec = logging.LogRecord(
        "x", logging.WARNING, "f", 1, "failed: %s", ("GET http://h/p?a=1&signature=abcd1234",), None
    )
    RedactingFilter([]).filter(rec)
    assert "abcd1234" not in rec.getMessage() and "http://h/p" in rec.getMessage()


def test_one_redactor_when_key_manager_secret_and_shaped_values_then_log_and_errors_masked() -> (
    None
):
    """The key manager's keys (REDACTOR.add), the settings' shapes (config.redact) and signed
    queries are masked by the same redactor, in log records and in mapped exchange errors."""
    import ccxt.async_support as ccxt

    from engine.adapters.ccxt_errors import map_ccxt_error
    from engine.redact import REDACTOR

    rotated = "rotated-key-7f3e-not-shaped"  # no secret shape: only the registry knows it
    token = "123456789:" + "A" * 35
    hexkey = "0123456789abcdef" * 2
    REDACTOR.add(rotated)
    raw = f"refused {rotated} via https://api.telegram.org/bot{token}/getMe key {hexkey}"
    for out in (
        REDACTOR.text(raw),
        RedactingFilter([]).redact(raw),
        map_ccxt_error(ccxt.AuthenticationError(raw), exchange_id="mexc").user_message(),
    ):
        assert rotated not in out and token not in out and hexkey not in out
        assert "refused" in out and "/bot***/getMe" in out
