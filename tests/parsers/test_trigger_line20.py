"""A trigger price apart from the entry, and more breakout wordings, through the parser's entry
point.

"Trigger price: 0.535" above "Entry: 0.53" is a conditional (stop-limit) order: the limit at 0.53
is placed once the price reaches 0.535 (Bybit's conditional orders: "trigger price", then the
order price; Binance's STOP order: "stopPrice" and "price"). Read without the trigger line the
post was a plain limit at 0.53 that could fill at once. A trigger line, or a trigger named on the
entry's line with no way read, is refused with the reason; a trailing stop's activation is not an
entry's trigger. "Buy when it reclaims 0.53", "Entry: 0.53 (on 4H close above)", "Short once
0.45 is broken" wait for a cross: a stop entry the way the words say.
"""

from __future__ import annotations

import pytest

from parsers import EnhancedParser

_PARSER = EnhancedParser(enable_ai=False)


@pytest.mark.parametrize(
    ("lines", "said"),
    [
        ("Trigger price: 0.535\nEntry: 0.53", "trigger price 0.535"),
        ("Trigger: 0.535\nEntry: 0.53", "trigger price 0.535"),
        ("Entry: 0.53\nTrigger: 0.535", "trigger price 0.535"),
        ("Activation price: 0.535\nEntry: 0.53", "trigger price 0.535"),
        ("Entry trigger: 0.535\nEntry: 0.53", "trigger price 0.535"),
        ("Trigger Entry: 0.535\nLimit: 0.53", "trigger price 0.535"),
        ("⚡️ Trigger @ 0.535\nEntry: 0.53", "trigger price 0.535"),
        ("Trigger price: 0.535", "trigger price 0.535"),
        ("Entry: 0.53 (trigger)", "'trigger'"),
        ("Entry: trigger at 0.53", "'trigger'"),
        ("Long entry trigger 0.53", "'trigger'"),
        ("Entry: 0.53 conditional", "'conditional'"),
    ],
)
def test_parse_when_trigger_apart_from_entry_then_review_with_reason(lines: str, said: str) -> None:
    sig = _PARSER.parse_sync(f"#ADA LONG\n{lines}\nTP 0.58\nSL 0.50")
    assert sig is not None and not sig.is_valid()
    assert any(said in why and "trigger" in why for why in sig.review), sig.review


@pytest.mark.parametrize(
    "lines",
    [
        # A trailing stop's activation, a trigger that is a target, a percentage: no entry's
        # trigger.
        "Entry: 0.53\nTrailing stop activation price: 0.57",
        "Entry: 0.53\nTrailing Configuration:\nStop: Breakeven -\n  Trigger: Target (1)",
        "Entry: 0.53\nActivation: 1%",
    ],
)
def test_parse_when_trigger_is_no_entry_condition_then_plain_limit(lines: str) -> None:
    sig = _PARSER.parse_sync(f"#ADA LONG\n{lines}\nTP 0.58\nSL 0.50")
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert sig.entries == [0.53] and sig.entry_trigger is None


@pytest.mark.parametrize(
    ("side", "line", "entry", "trigger", "word"),
    [
        ("LONG", "Buy when it reclaims 0.53", 0.53, "above", "reclaims"),
        ("LONG", "Long if reclaims 0.53", 0.53, "above", "reclaims"),
        ("LONG", "Entry: on reclaim of 0.53", 0.53, "above", "reclaim of"),
        ("LONG", "Entry: 0.53 once broken", 0.53, "above", "once broken"),
        ("LONG", "Long once 0.53 is broken", 0.53, "above", "is broken"),
        ("SHORT", "Short if it loses 0.50", 0.5, "below", "loses"),
        ("SHORT", "Short on loss of 0.50", 0.5, "below", "loss of"),
        ("SHORT", "Entry: 0.50 once lost", 0.5, "below", " once lost"),
        ("SHORT", "Short once 0.50 is broken", 0.5, "below", "is broken"),
    ],
)
def test_parse_when_entry_waits_for_a_cross_then_stop_trigger_read(
    side: str, line: str, entry: float, trigger: str, word: str
) -> None:
    levels = "TP 0.58\nSL 0.50" if side == "LONG" else "TP 0.45\nSL 0.55"
    text = f"#ADA {side}\n{line}\n{levels}"
    sig = _PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert sig.side == side and sig.entries == [entry]
    assert sig.entry_trigger == trigger
    ((start, end),) = sig.spans["entry_trigger"]
    assert text[start:end].lower() == word


# A close beyond the level awaited: no order waits for a candle's close, and the trigger read
# before (a stop order that fills on the first cross) was an order nobody posted (session 25, the
# lead's ruling 2, parsers/candle_entry.py; these were rows of the table above).
@pytest.mark.parametrize(
    ("side", "line", "way"),
    [
        ("LONG", "Entry: 0.53 (on close above)", "above 0.53"),
        ("LONG", "Entry: 0.53 on 4H close above", "above 0.53"),
        ("LONG", "Entry: 0.53 (wait for close above)", "above 0.53"),
        ("SHORT", "Entry: 0.50 (on close below)", "below 0.50"),
    ],
)
def test_parse_when_entry_waits_for_a_candle_close_then_refused(
    side: str, line: str, way: str
) -> None:
    levels = "TP 0.58\nSL 0.50" if side == "LONG" else "TP 0.45\nSL 0.55"
    sig = _PARSER.parse_sync(f"#ADA {side}\n{line}\n{levels}")
    assert sig is not None and not sig.is_valid()
    assert (
        f"the entry waits for a candle close {way}: that is not an order I can place" in sig.review
    )
