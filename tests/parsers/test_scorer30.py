"""The corpus scorer weighs a follow-up's level and share as the bot would act on them (session 28).

Until session 28 `corpus_score` compared a follow-up's coin, target number, share and "to the
entry", but not its price, and counted a field read otherwise as a miss even when the bot would act
on it. A stop moved to the old level ("Previous Stop Price - 29.13 / Updated Stop Price - 30.3",
dev potosi-004) scored exact. The mutation harness (mutations_followups.judge) already judged so:
another coin, level or share that the bot acts on is a wrong action; a field not read, or only the
target's number, is a miss.
"""

from __future__ import annotations

from typing import Any

import pytest

from parsers.models import ParsedSignal, SignalUpdate, UpdateKind
from tests.parsers.corpus_score import EXACT, MISS, WRONG_ACTION, CorpusCase, judge, load_split
from tests.parsers.reads import PARSER


class _Reads:
    """A parser that reads every text as one given follow-up (the scorer's verdicts alone)."""

    def __init__(self, update: SignalUpdate | None) -> None:
        self.update = update

    def parse_sync(self, text: str) -> ParsedSignal | None:
        return None

    def parse_update_sync(self, text: str) -> SignalUpdate | None:
        return self.update


def _case(want: dict[str, Any]) -> CorpusCase:
    return CorpusCase(
        "made-up-001", "made-up", "dev", "made up", {"kind": "update", "update": want}, ()
    )


MOVE = {"kind": "MOVE_SL", "symbol": "BNBUSDT", "price": 30.3}


@pytest.mark.parametrize(
    ("read", "verdict"),
    [
        (SignalUpdate(UpdateKind.MOVE_SL, "BNBUSDT", price=30.3), EXACT),
        (SignalUpdate(UpdateKind.MOVE_SL, "BNBUSDT", price=29.13), WRONG_ACTION),  # the old level
        (SignalUpdate(UpdateKind.MOVE_SL, "ETHUSDT", price=30.3), WRONG_ACTION),  # another coin
        (SignalUpdate(UpdateKind.MOVE_SL, None, price=30.3), MISS),  # no coin: the bot asks
        (SignalUpdate(UpdateKind.MOVE_SL, "BNBUSDT"), MISS),  # no level read
        (SignalUpdate(UpdateKind.MOVE_SL, "BNBUSDT", price=29.13, problem="why"), MISS),  # shown
    ],
)
def test_a_stop_moved_elsewhere_is_a_wrong_action(read: SignalUpdate, verdict: str) -> None:
    assert judge(_case(MOVE), _Reads(read)).verdict == verdict


@pytest.mark.parametrize(
    ("want", "read", "verdict"),
    [
        (
            {"kind": "CLOSE_PARTIAL", "symbol": "BTCUSDT", "fraction": 0.5},
            SignalUpdate(UpdateKind.CLOSE_PARTIAL, "BTCUSDT", fraction=0.25),
            WRONG_ACTION,  # another share closed
        ),
        (
            {"kind": "MOVE_SL", "symbol": "BTCUSDT", "to_entry": True},
            SignalUpdate(UpdateKind.MOVE_SL, "BTCUSDT", price=3000.0),
            WRONG_ACTION,  # a price for the entry
        ),
        (
            {"kind": "TP_HIT", "symbol": "BTCUSDT", "tp_index": 2},
            SignalUpdate(UpdateKind.TP_HIT, "BTCUSDT", tp_index=3),
            MISS,  # a report: nothing is done
        ),
        (
            {"kind": "CLOSE", "symbol": "JUPUSDT", "price": 0.21252},
            SignalUpdate(UpdateKind.CLOSE, "JUPUSDT"),
            MISS,  # the close's price not read
        ),
    ],
)
def test_the_other_fields_weighed_as_the_bot_acts(
    want: dict[str, Any], read: SignalUpdate, verdict: str
) -> None:
    assert judge(_case(want), _Reads(read)).verdict == verdict


def test_the_old_stop_on_its_line_is_not_the_new_one() -> None:
    # dev potosi-004, and made-up neighbours (marked so)
    for text, price in (
        (
            "⚠️ #BNBUSDT Stoploss Updated\n\n💰 Previous Stop Price - 29.13\n"
            "💰 Updated Stop Price - 30.3\n\nPlease adjust your trade to match the change",
            30.3,
        ),
        ("#BTC SL updated\nOld SL: 29000\nNew SL: 30000", 30000.0),  # made up
        ("#BTC stop moved\nprevious stop 29000\ncurrent stop 30000", 30000.0),  # made up
        ("#BTC SL moved to 30000\nPrevious SL 29000", 30000.0),  # made up: guard
    ):
        update = PARSER.parse_update_sync(text)
        assert update is not None and update.kind is UpdateKind.MOVE_SL, text
        assert update.price == price, (text, update)


def test_dev_follow_ups_read_at_their_levels() -> None:
    cases = [c for c in load_split("dev") if c.kind == "update" and "price" in c.expect["update"]]
    assert len(cases) > 50
    wrong = [c.id for c in cases if judge(c, PARSER).verdict == WRONG_ACTION]
    assert wrong == []
