"""The readings the issue 13 class tests (test_issue13_*.py) check: the signal read from a text
(tests/parsers/reads.py's parser), and its levels."""

from __future__ import annotations

from parsers import EnhancedParser, ParsedSignal

PARSER = EnhancedParser(enable_ai=False)


def read_signal(text: str) -> ParsedSignal:
    """The signal read from text, tradable or not."""
    sig = PARSER.parse_sync(text)
    assert sig is not None, text
    return sig


def sig_levels(sig: ParsedSignal) -> tuple[list[float], list[float], float | None]:
    """The entries, targets and stop of a reading."""
    return sig.entries, sig.take_profits, sig.stop_loss
