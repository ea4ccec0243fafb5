"""The readings the parser's class tests check a text for: a tradable signal, a signal held for
review (with its reasons), or a follow-up's fields, its action or the reason it is not done. One
parser for all of them, without the AI fallback."""

from __future__ import annotations

from typing import Any

import pytest

from parsers import EnhancedParser, ParsedSignal, SignalUpdate
from parsers.models import UpdateKind

PARSER = EnhancedParser(enable_ai=False)


def valid(text: str) -> ParsedSignal:
    """The signal read from text, which must be tradable."""
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    return sig


def not_traded(text: str) -> ParsedSignal | None:
    """The signal read from text, if any, which must not be tradable (no signal, or one held for
    review)."""
    sig = PARSER.parse_sync(text)
    assert sig is None or not sig.is_valid(), sig and (
        sig.symbol,
        sig.side,
        sig.entries,
        sig.take_profits,
        sig.stop_loss,
    )
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


# The follow-up kinds the class tests of chatter call an action (a stop or a target hit only
# reports), as UpdateKind.
CLOSE, PARTIAL, CANCEL, MOVE_SL = (
    UpdateKind.CLOSE,
    UpdateKind.CLOSE_PARTIAL,
    UpdateKind.CANCEL,
    UpdateKind.MOVE_SL,
)
ACTIONS = (CLOSE, PARTIAL, CANCEL, MOVE_SL)


def follow_up(text: str) -> SignalUpdate | None:
    """The follow-up read from text, which must never read as a tradable signal."""
    signal = PARSER.parse_sync(text)
    assert signal is None or not signal.is_valid(), signal  # (never a trade either)
    return PARSER.parse_update_sync(text)


def check_asks_nothing(text: str) -> None:
    """text reads as no follow-up, or as one that is no action."""
    update = follow_up(text)
    assert update is None or update.kind not in ACTIONS, update


def check_acts(text: str, kind: UpdateKind, symbol: str | None, fraction: float | None) -> None:
    """text reads as a follow-up of kind for symbol (and of the share fraction, when given)."""
    update = follow_up(text)
    assert update is not None, text
    assert (update.kind, update.symbol) == (kind, symbol), update
    if fraction is not None:
        assert update.fraction == pytest.approx(fraction), update


def check_labelled(
    text: str, kind: UpdateKind | None, symbol: str | None, price: float | None = None
) -> None:
    """text reads as its label says: kind None, no action (not read, or read with the reason it
    is not done); else a follow-up of kind for symbol (at price, when given)."""
    update = follow_up(text)
    if kind is None:
        assert update is None or update.kind not in ACTIONS or update.problem, update
        return
    assert update is not None and update.kind is kind, update
    assert update.symbol == symbol
    if price is not None:
        assert update.price == price


def check_refused(text: str, kind: UpdateKind, why: str) -> None:
    """text reads as a follow-up of kind, with the reason `why` it is not done."""
    update = follow_up(text)
    assert update is not None and update.kind is kind, update
    assert update.problem == why, update


def check_share(text: str, fraction: float | None) -> None:
    """text reads as a partial close of that share (None: the share unsaid)."""
    update = follow_up(text)
    assert update is not None and update.kind is UpdateKind.CLOSE_PARTIAL, update
    if fraction is None:
        assert update.fraction is None, update
    else:
        assert update.fraction == pytest.approx(fraction), update


def check_reply(text: str, kind: UpdateKind, symbol: str | None, more: dict[str, Any]) -> None:
    """text reads as a follow-up of kind for symbol, done (no reason against it), its other
    fields as `more` gives them."""
    update = follow_up(text)
    assert update is not None and (update.kind, update.symbol) == (kind, symbol), update
    assert not update.problem, update
    for key, want in more.items():
        assert getattr(update, key) == want, update


def check_not_done(text: str) -> None:
    """text reads as nothing, as a target's report, or as an action with the reason it is not
    done (the bot applies none: corpus_score._acts)."""
    update = follow_up(text)
    assert update is None or update.kind is UpdateKind.TP_HIT or update.problem, update
