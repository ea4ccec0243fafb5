"""The two readings the parser's class tests check a text for: a tradable signal, or a signal
held for review (with its reasons). One parser for all of them, without the AI fallback."""

from __future__ import annotations

from parsers import EnhancedParser, ParsedSignal

PARSER = EnhancedParser(enable_ai=False)


def valid(text: str) -> ParsedSignal:
    """The signal read from text, which must be tradable."""
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    return sig


def review(text: str) -> list[str]:
    """The review reasons of the signal read from text, which must not be tradable."""
    sig = PARSER.parse_sync(text)
    assert sig is not None and not sig.is_valid(), sig and (
        sig.entries,
        sig.take_profits,
        sig.stop_loss,
        sig.review,
    )
    return sig.review
