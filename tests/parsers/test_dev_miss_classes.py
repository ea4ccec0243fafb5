"""Classes of dev misses made general rules (issue 13, branch i13-rules4): each class with
variants beyond the one dev message it came from, through the real entry points."""

from __future__ import annotations

import pytest

from parsers import EnhancedParser
from parsers.models import UpdateKind
from parsers.normalize import drop_broken_copies, normalize

PARSER = EnhancedParser(enable_ai=False)


def _levels(text: str) -> tuple[list[float], list[float], float | None]:
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), (text, sig and sig.problems())
    return sig.entries, sig.take_profits, sig.stop_loss


@pytest.mark.parametrize("typed", ["0. 830", "0. 83", "0.830"])
def test_parse_when_space_typed_after_zero_point_then_one_number(typed: str) -> None:
    text = f"KAVA\nLONG\nEntries:\n0.768\n0.758\nTargets:\n0.775\n{typed}\nStop:\n0.756"
    assert _levels(text) == ([0.768, 0.758], [0.775, 0.83], 0.756)


def test_normalize_when_list_counts_from_one_then_point_space_kept() -> None:
    assert normalize("Targets:\n1. 830\n2. 850") == "Targets:\n1. 830\n2. 850"
    assert normalize("price 10. 5 is") == "price 10. 5 is"


@pytest.mark.parametrize(
    ("broken", "whole"),
    [
        ("2.\n \n2.94\n2. 2.94", "2. 2.94"),
        ("2\n−\n2.5\n2−2.5", "2-2.5"),
        ("TP\n2\nTP 2", "TP 2"),
    ],
)
def test_normalize_when_line_copied_in_pieces_then_pieces_dropped(broken: str, whole: str) -> None:
    assert normalize("Targets:\n" + broken + "\nend") == f"Targets:\n{whole}\nend"


def test_drop_broken_copies_when_lines_are_plain_numbers_then_all_kept() -> None:
    # Targets 1, 2 and 12 are three prices, not "12" in pieces; one piece is no copy either.
    for text in ("Targets:\n1\n2\n12", "Entry\n0.5\n0.5", "SL\n2.94\nTP 2.94"):
        assert drop_broken_copies(text) == text


def test_parse_when_targets_copied_in_pieces_then_each_target_once() -> None:
    text = (
        "#CAKE/USDT LONG\nEntry: 2.88\nTargets:\n1. 2.91\n2.\n \n2.94\n2. 2.94\n3. 2.97\n"
        "4.\n \n3.02\n4. 3.02\nStop loss 2.73"
    )
    assert _levels(text) == ([2.88], [2.91, 2.94, 2.97, 3.02], 2.73)


@pytest.mark.parametrize("end", ["to 2.81", "- 2.81", "~ 2.81", "To $2.81"])
def test_parse_when_entry_range_broken_over_two_lines_then_both_ends(end: str) -> None:
    text = f"#CAKE/USDT LONG\nBuy Zone - 2.88\n{end}\nTargets: 2.91 2.94\nStop loss 2.73"
    assert _levels(text) == ([2.88, 2.81], [2.91, 2.94], 2.73)


@pytest.mark.parametrize(
    ("text", "symbol", "kind"),
    [
        ("Sol 6 Target Hits Book your profits here", "SOLUSDT", UpdateKind.TP_HIT),
        ("eth tp2 hit ✅", "ETHUSDT", UpdateKind.TP_HIT),
        ("avax stop loss hit", "AVAXUSDT", UpdateKind.SL_HIT),
        ("Nice 6 targets hit", None, UpdateKind.TP_HIT),
        ("Great target 3 done", None, UpdateKind.TP_HIT),
    ],
)
def test_update_when_coin_in_any_case_opens_the_post_then_its_symbol(
    text: str, symbol: str | None, kind: UpdateKind
) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind is kind
    assert update.symbol == symbol
