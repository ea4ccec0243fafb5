"""Classes of wrong trades the mutation harness (tests/parsers/mutations.py) found over seeds
1-60 beyond the suite's two (branch i13-guard11), each fixed by a general rule, with near misses
that must stay read exactly.

- a mark standing for a label nobody knows, then a dash and a price, under an entry whose value
  was on its own line ("Wejście → 4418 / 🅴 - 4611"): no longer read as the zone's other end
  (parsers/lines.py _RANGE_END), but a price no label claims: needs review;
- a plural target label with a number after it ("Goals 3 - 2.97", "Kursziele 3 2.97"): the number
  is a target, not the index of one target (lexicon rows: plural labels take only a glued index,
  as "Targets" always did).
"""

from __future__ import annotations

import pytest

from parsers import EnhancedParser

PARSER = EnhancedParser(enable_ai=False)


def _read(text: str) -> tuple[list[float], list[float], float | None, bool, list[str]]:
    sig = PARSER.parse_sync(text)
    assert sig is not None
    return sig.entries, sig.take_profits, sig.stop_loss, sig.is_valid(), sig.review


@pytest.mark.parametrize("mark", ["🅴", "➤", "🔸", "▶️"])
@pytest.mark.parametrize("entry", ["Wejście → 4418", "Entry: 4418", "Buy zone 4418"])
def test_mark_then_dash_price_after_entry_when_read_then_needs_review(entry: str, mark: str) -> None:
    text = f"ETH_USDT #LONG\n{entry}\n{mark} - 4611\n🛑 Stop-loss = 4309"
    entries, tps, stop, valid, review = _read(text)
    assert not valid
    assert "- 4611' holds prices that no label claims" in " ".join(review)
    assert 4611.0 not in entries


@pytest.mark.parametrize("end", ["- 2.81", "to 2.81", "~ 2.81", "  - 2.81"])
def test_entry_range_broken_over_two_lines_when_read_then_still_both_ends(end: str) -> None:
    text = f"#CAKE/USDT LONG\nBuy Zone - 2.88\n{end}\nTargets: 2.91 2.94\nStop loss 2.73"
    assert _read(text)[:4] == ([2.88, 2.81], [2.91, 2.94], 2.73, True)


@pytest.mark.parametrize(
    "line",
    [
        "Goals 3 - 2.97",
        "Kursziele 3 2.97",
        "Alvos 3 → 2.97",
        "Objectifs 3-2.97",
        "Objetivos 3 - 2.97",
        "Obiettivi 3 - 2.97",
        "Profit targets 3 - 2.97",
        "Ziele 3 - 2.97",
    ],
)
def test_plural_target_label_then_small_number_when_read_then_both_targets(line: str) -> None:
    text = f"$XRP Short\nEntry 3.06 - 3.1\n{line}\nStop 3.13"
    assert _read(text)[:4] == ([3.06, 3.1], [3.0, 2.97], 3.13, True)


@pytest.mark.parametrize(
    "lines",
    [
        "Goal 1: 0.56\nGoal 2: 0.60",
        "Goals 1: 0.56\nGoals 2: 0.60",
        "Alvo 1 - 0.56\nAlvo 2 - 0.60",
        "Kursziel 1: 0.56\nKursziel 2: 0.60",
        "Objectifs:\n1) 0.56\n2) 0.60",
        "Obiettivi 1: 0.56\nObiettivi 2: 0.60",
    ],
)
def test_numbered_target_labels_when_read_then_indexes_stay_indexes(lines: str) -> None:
    text = f"#XRP LONG\nEntry 0.51\n{lines}\nSL 0.45"
    assert _read(text)[:4] == ([0.51], [0.56, 0.6], 0.45, True)
