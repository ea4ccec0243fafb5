"""The ParsedSignal read_signal returns, built without the dataclass's interpreted __init__.

`ParsedSignal(...)` from compiled code goes through the type's generic call, a keyword
dictionary and the `__init__` the dataclass decorator writes, which runs interpreted (compiling
parsers/models.py keeps it so): about 6,000 machine instructions a message, 2 % of one. The same
object is built here from a dict literal, compiled: the instance's attributes are exactly what
`ParsedSignal(**same arguments)` sets, in the same order, with the same defaults.
tests/parsers/test_signal_record.py compares the two on random arguments and fails when a field
is added, renamed or given a default here that the dataclass does not have, or when the class
gains a `__post_init__`, `__slots__` or an `__init__` of its own.
"""

from __future__ import annotations

from typing import Any, Final

from parsers.models import ParsedSignal
from parsers.reading import Span

_NEW: Final = object.__new__


def parsed_signal(
    symbol: str,
    side: str | None,
    entries: list[float],
    take_profits: list[float],
    stop_loss: float | None,
    leverage: int | None,
    raw_text: str,
    review: list[str],
    stop_kind: str | None,
    stop_timeframe: str | None,
    norm_spans: dict[str, list[Span]],
    norm_unread: list[Span],
    norm_text: str,
    side_at: int,
) -> ParsedSignal:
    """ParsedSignal(symbol=symbol, side=side, ..., side_at=side_at), every other field at its
    default (confidence 0.0, no errors, no trailing stop, break-even or entry trigger)."""
    sig: Any = _NEW(ParsedSignal)
    sig.__dict__ = {
        "symbol": symbol,
        "side": side,
        "entries": entries,
        "take_profits": take_profits,
        "stop_loss": stop_loss,
        "leverage": leverage,
        "raw_text": raw_text,
        "confidence": 0.0,
        "errors": [],
        "review": review,
        "stop_kind": stop_kind,
        "stop_timeframe": stop_timeframe,
        "trailing_stop_pct": None,
        "trailing_activation": None,
        "break_even_after_tp": None,
        "entry_trigger": None,
        "target_percents": [],
        "norm_spans": norm_spans,
        "norm_unread": norm_unread,
        "norm_text": norm_text,
        "side_at": side_at,
    }
    result: ParsedSignal = sig
    return result
