"""A report of targets hit that quotes the signal is no new signal, through the parser's entry
point.

"#ADA LONG / Entry: 0.53 / TP1 0.56 ✅ / TP2 0.58 ✅ / SL 0.50": every target ticked off after its
price, the stop's line bare, is the channel saying the targets were reached. It was read as a new
LONG at 0.53 and traded (a trade at old levels, on a call that is over). A post that ticks every
line, the stop's too, or decorates its targets with other marks (✅ 🎯 🚀), is a new post's
styling and still a signal.
"""

from __future__ import annotations

import pytest

from parsers import EnhancedParser

_PARSER = EnhancedParser(enable_ai=False)


@pytest.mark.parametrize(
    "text",
    [
        "#ADA LONG\nEntry: 0.53\nTP1 0.56 ✅\nTP2 0.58 ✅\nSL 0.50",
        "#ADA LONG\nEntry: 0.53\nTP1: 0.56 ✔️\nTP2: 0.58 ✔️\nSL 0.50",
        "#ADA LONG ✅\nEntry: 0.53\nTP1 0.56 ✅\nTP2 0.58 ✅\nSL 0.50",
        "#ADA LONG\nEntry: 0.53\nTP1 0.56 ✅ TP2 0.58 ✅\nSL 0.50",
        "#ADA LONG\nEntry: 0.53\nTargets: 0.56 ✅ 0.58 ✅\nSL 0.50",
        "#ADA LONG\nEntry: 0.53\nTP1 0.56 ✅\nSL 0.50",
        "#ADA LONG\nEntry: 0.53\nTP1 0.56 ✅\nTP2 0.58 ✅",
        "#ADA LONG\nEntry: 0.53\nTP1: 0.56 ✔\nTP2: 0.58\nSL 0.50",
    ],
)
def test_parse_when_targets_ticked_off_then_no_new_signal(text: str) -> None:
    sig = _PARSER.parse_sync(text)
    assert sig is None or not sig.is_valid(), (sig.entries, sig.take_profits)


@pytest.mark.parametrize(
    "text",
    [
        # Every line ticked, a tick heading each line, each target with its own mark: styling.
        "#ADA LONG\nEntry: 0.53 ✅\nTP1 0.56 ✅\nTP2 0.58 ✅\nSL 0.50 ✅",
        "✅ #ADA LONG\n✅ Entry: 0.53\n✅ TP1 0.56\n✅ TP2 0.58\n✅ SL 0.50",
        "#ADA LONG\nEntry: 0.53\nTP1: 0.56 ✅\nTP2: 0.58 🎯\nTP3: 0.60 🚀\nSL 0.50",
    ],
)
def test_parse_when_every_line_styled_then_signal(text: str) -> None:
    sig = _PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert sig.entries == [0.53] and sig.stop_loss == 0.5
