"""Arbitrary input never raises, and huge input stays fast (no catastrophic backtracking)."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers import EnhancedParser
from parsers.normalize import normalize
from parsers.signal_parser import read_signal
from parsers.updates import read_update

PARSER = EnhancedParser()

# Text biased towards the characters the parser cares about, mixed with any Unicode.
_SIGNALISH = st.sampled_from(
    list("0123456789.,-/ :%$#@x×хkK\n()|→–")
    + ["LONG", "SHORT", "Entry", "TP1", "SL", "USDT", "BTC", "10x", "🎯", "1️⃣", "➊", "𝟰", "止损"]
)
_TEXT = st.lists(st.one_of(st.characters(), _SIGNALISH), max_size=2000).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=10_000))
def test_parse_when_random_unicode_then_never_raises(text: str) -> None:
    sig = read_signal(text)
    if sig is not None:
        assert sig.symbol and sig.side in ("LONG", "SHORT")
        assert 0.0 <= sig.confidence <= 1.0
    read_update(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_parse_when_signal_like_noise_then_never_raises(text: str) -> None:
    sig = PARSER.parse_sync(text)
    if sig is not None:
        sig.to_dict()
        assert isinstance(sig.is_valid(), bool)
    PARSER.parse_update_sync(text)
    normalize(text)


def _timed(text: str) -> float:
    """CPU seconds the parser spends on the text (a busy machine's waiting is not counted)."""
    start = time.process_time()
    read_signal(text)
    read_update(text)
    return time.process_time() - start


def test_parse_when_one_megabyte_message_then_returns_quickly() -> None:
    # The <50 ms target is measured by the bench; here a generous bound for slow CI machines.
    bodies = [
        "#BTC/USDT LONG Entry 27450 TP 28000 SL 27000 🚀 " * 25_000,
        "1" * 1_000_000,
        "1,000," * 170_000,
        "a" * 1_000_000,
        "x1 " * 340_000,
        "TP " * 340_000,
        "1." * 500_000,
        "𝟰" * 250_000,
        "<b" * 500_000,
        "[a](" * 250_000,
    ]
    for body in bodies:
        assert len(body.encode()) >= 999_000  # one megabyte of UTF-8
        assert _timed(body) < 2.0, body[:20]
