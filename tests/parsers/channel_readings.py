"""A reading of a channel's post as the format tests (test_channel_formats*.py) give it, and the
check that the post is read exactly so.
"""

from __future__ import annotations

from tests.parsers.reads import PARSER

Reading = tuple[str, str, list[float], list[float], float | None, int | None]


def reads_exactly(text: str, want: Reading) -> None:
    """The text read as a tradable signal with exactly the reading want."""
    sig = PARSER.parse_sync(text)
    assert sig is not None, text
    assert sig.is_valid(), sig.problems()
    symbol, side, entries, tps, stop, leverage = want
    assert (sig.symbol, sig.side) == (symbol, side)
    assert (sig.entries, sig.take_profits, sig.stop_loss, sig.leverage) == (
        entries,
        tps,
        stop,
        leverage,
    )
