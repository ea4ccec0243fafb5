"""The readings the parser's class tests check a text for: a tradable signal, a signal held for
review (with its reasons), or a follow-up's fields. One parser for all of them, without the AI
fallback."""

from __future__ import annotations

from typing import Any

import pytest

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


def followup_reading(text: str) -> dict[str, Any] | None:
    """The follow-up read from text as its fields (kind, symbol, tp_index, fraction, to_entry,
    price), or None; text must never read as a tradable signal."""
    sig = PARSER.parse_sync(text)
    assert sig is None or not sig.is_valid(), f"read as a tradable signal: {sig}"
    update = PARSER.parse_update_sync(text)
    if update is None:
        return None
    return {
        "kind": update.kind.value,
        "symbol": update.symbol,
        "tp_index": update.tp_index,
        "fraction": update.fraction,
        "to_entry": update.to_entry,
        "price": update.price,
    }


def update_fields(text: str) -> tuple[str | None, str | None, int | None, float | None, bool]:
    """The follow-up read from text as (kind, symbol, tp_index, fraction, to_entry), or a row of
    None (and False) when it reads as none."""
    update = PARSER.parse_update_sync(text)
    if update is None:
        return None, None, None, None, False
    return update.kind.value, update.symbol, update.tp_index, update.fraction, update.to_entry


# The follow-up kinds that change a trade (a target hit or a status only informs).
ACTS = frozenset({"CLOSE", "CLOSE_PARTIAL", "CANCEL", "MOVE_SL", "SL_HIT"})


def check_followup(text: str, kind: str, more: dict[str, Any], source: str) -> None:
    """text must read as a follow-up of `kind` whose fields equal `more` (a share compared
    approximately); `source` names where the form was documented, for the failure message."""
    got = followup_reading(text)
    assert got is not None, f"not read ({source})"
    assert got["kind"] == kind, f"{got} ({source})"
    for key, want in more.items():
        if key == "fraction" and want is not None:
            assert got[key] == pytest.approx(want), f"{got} ({source})"
        else:
            assert got[key] == want, f"{got} ({source})"


def check_no_action(text: str, source: str) -> None:
    """text may read as nothing, a status or a target hit, never as a follow-up that acts."""
    got = followup_reading(text)
    assert got is None or got["kind"] not in ACTS, f"{got} ({source})"
