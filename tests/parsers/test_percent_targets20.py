"""Targets given only as percentages (session 19, branch i13-pct20): the convention in
tests/fixtures/corpus/CONVENTIONS.md ("Targets given as percentages"), read through the parser's
entry point. Each test fails without its rule (parsers/percent_levels.py, parsers/unread.py);
the harness family is tests/parsers/mutations_percent_targets.py.

- Targets only as percentages beside an entry or a stop given as prices: a tradable signal with
  the entries and stop as posted and no target; the percentages, as written with their label,
  are kept in `target_percents` for the card and the trade log. No price is worked out from them.
- Still refused: a stop as a percentage, a target price beside a percentage target, a post with
  no price at all but the percentages, an entry as a percentage; "Entry: -2% from current" was
  read as a market entry before (a price the post does not hold, traded at market).
"""

from __future__ import annotations

import pytest

from parsers import EnhancedParser

PARSER = EnhancedParser(enable_ai=False)


def _read(text: str) -> tuple[list[float], list[float], float | None, list[str]]:
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.review + sig.errors
    return sig.entries, sig.take_profits, sig.stop_loss, sig.target_percents


def _refused(text: str) -> list[str]:
    sig = PARSER.parse_sync(text)
    assert sig is None or not sig.is_valid(), sig
    return [] if sig is None else sig.review + sig.errors


@pytest.mark.parametrize(
    ("line", "written"),
    [
        ("TP: %5-%10-%15", "TP: %5-%10-%15"),  # the mark first, as Turkish writes it
        ("Targets: 5% 10% 15%", "Targets: 5% 10% 15%"),
        ("🎯 Targets 30% - 60% - 100%", "Targets 30% - 60% - 100%"),
        ("Take profit: 20% - 40%", "Take profit: 20% - 40%"),
        ("TP: 2-4%", "TP: 2-4%"),
        ("TP: +3%", "TP: +3%"),
        ("Targets: 5%, 10%, 15%", "Targets: 5%, 10%, 15%"),
        ("Target: 50% on 10x", "Target: 50% on 10x"),  # the gain on the leverage said
    ],
)
def test_read_when_targets_only_percentages_then_entry_and_stop_as_posted_no_target(
    line: str, written: str
) -> None:
    text = f"AVAX LONG\nEntry: 35.5\n{line}\nSL: 33.8"
    entries, targets, stop, noted = _read(text)
    assert (entries, targets, stop) == ([35.5], [], 33.8)
    assert noted == [written]


def test_read_when_percent_targets_and_no_stop_then_the_zone_traded_without_either() -> None:
    entries, targets, stop, noted = _read("ETH/USDT SHORT\nEntry zone: 3100 - 3150\nTP: +3%")
    assert (entries, targets, stop, noted) == ([3100.0, 3150.0], [], None, ["TP: +3%"])


def test_read_when_percent_targets_beside_a_market_entry_and_a_stop_then_market_no_target() -> None:
    entries, targets, stop, noted = _read("BTCUSDT LONG\nEntry: market\nTP: 5% 10%\nSL: 40000")
    assert (entries, targets, stop, noted) == ([], [], 40000.0, ["TP: 5% 10%"])


def test_read_when_targets_are_prices_then_no_percent_note() -> None:
    entries, targets, stop, noted = _read("BTCUSDT LONG\nEntry: 42000\nTP: 44000\nSL: 40000")
    assert (targets, noted) == ([44000.0], [])


def test_read_when_a_target_price_and_a_percentage_then_refused_the_target_unread() -> None:
    why = _refused("BTCUSDT LONG\nEntry: 42000\nTP1: 43000\nTP2: 5%\nSL: 41000")
    assert any("target label 'TP2' gives a percentage, not a price: '5%'" in w for w in why), why


def test_read_when_no_price_but_the_percentages_then_not_traded() -> None:
    why = _refused("BTCUSDT LONG\nEntry: market\nTP: 5%")
    assert any("gives a percentage, not a price" in w for w in why), why


def test_read_when_the_stop_is_a_percentage_then_refused_beside_percent_targets() -> None:
    why = _refused("LINA LONG\nEntry: 0.0088\nTargets 30% - 60% - 100%\nStop-loss: -3%")
    assert any("stop label 'Stop-loss' gives a percentage" in w for w in why), why


def test_read_when_a_number_beside_the_percentages_then_refused() -> None:
    """ "TP: 5% (44100)": a price among the percentages is no target list of percentages."""
    why = _refused("BTCUSDT LONG\nEntry: 42000\nTP: 5% or 44100 9\nSL: 40000")
    assert why


@pytest.mark.parametrize(
    "entry",
    [
        "Entry: -2% from current",
        "Entry: 2% below current price",
        "Entry: market -1.5%",
        "Entry: CMP + 0.5 %",
        "Entry: 1% under the market price",
    ],
)
def test_read_when_the_entry_is_a_percentage_from_the_market_then_refused_not_market(
    entry: str,
) -> None:
    why = _refused(f"BTCUSDT LONG\n{entry}\nTP: 45000\nSL: 40000")
    assert any("entry label 'Entry' gives a percentage, not a price" in w for w in why), why


def test_read_when_the_entry_is_at_market_then_still_a_market_entry() -> None:
    entries, targets, stop, _ = _read("BTCUSDT LONG\nEntry: market price\nTP: 45000\nSL: 40000")
    assert (entries, targets, stop) == ([], [45000.0], 40000.0)


def test_signal_when_targets_only_percentages_then_the_engine_signal_carries_them() -> None:
    sig = PARSER.parse_sync("AVAX LONG\nEntry: 35.5\nTP: %5-%10-%15\nSL: 33.8")
    assert sig is not None
    signal = sig.to_signal(source="chan", signal_id="s1")
    assert signal.take_profits == [] and signal.target_percents == ["TP: %5-%10-%15"]
    again = type(signal).from_dict(signal.to_dict())  # a pending approval's record
    assert again.target_percents == ["TP: %5-%10-%15"] and again.take_profits == []


def test_read_when_the_leverage_follows_the_percentages_then_the_note_keeps_the_line() -> None:
    _, targets, _, noted = _read("#FTM LONG 2.73-2.75\nTARGET 10-30% ON 10X LEV\nSL: 2.6")
    assert (targets, noted) == ([], ["TARGET 10-30% ON 10X LEV"])


@pytest.mark.parametrize("line", ["Take profit: 20% ✅", "TP1: +5% hit", "Target 1: 5% done"])
def test_read_when_a_percentage_target_is_marked_hit_then_not_a_signal_to_trade(line: str) -> None:
    """ "Take profit: 20% ✅" under a signal restated: a report of a target hit, no new trade."""
    _refused(f"AVAX LONG\nEntry: 35.5\n{line}\nSL: 33.8")


@pytest.mark.parametrize(
    "line", ["Target: 7.5-60%", "Target: 3-100%", "TARGET 7.5-60% ON 20X LEV", "TP: 5 - 60%"]
)
def test_read_when_the_only_target_is_a_round_number_and_a_share_then_refused(line: str) -> None:
    """ "Target: 7.5-60%" under an entry of 3.78: target 7.5 closing 60% there, or targets of
    7.5% to 60%? It was traded with a target at 7.5 (the harness family pct_targets)."""
    why = _refused(f"#DOT/USDT Long\nEntry zone: 3.78\n{line}\nStop: 3.32")
    assert any("one target with the share to close there" in w for w in why), why


def test_read_when_targets_list_their_shares_then_read_as_prices() -> None:
    text = "APEUSDT SHORT\nEntry: 5.967\nTarget 1: 5.937 - 30%\nTarget 2: 5.854 - 70%\nSL: 6.116"
    entries, targets, stop, noted = _read(text)
    assert (entries, targets, stop, noted) == ([5.967], [5.937, 5.854], 6.116, [])


def test_read_when_a_range_of_percentages_then_noted_not_a_target() -> None:
    _, targets, _, noted = _read("#DOT/USDT Long\nEntry zone: 3.78\nTP: 10 - 30%\nStop: 3.32")
    assert (targets, noted) == ([], ["TP: 10 - 30%"])


def test_read_when_percent_targets_listed_under_their_label_then_one_note() -> None:
    text = "#ETH/USDT LONG\nEntry: 3000 - 3100\nTargets:\n1) 5%\n2) 10%\n3) 15%\nStop loss: 2850"
    entries, targets, stop, noted = _read(text)
    assert (entries, targets, stop) == ([3000.0, 3100.0], [], 2850.0)
    assert noted == ["Targets: 1) 5% 2) 10% 3) 15%"]


def test_read_when_percent_targets_name_their_gain_then_noted() -> None:
    _, targets, _, noted = _read("ETHUSDT SHORT\nEntry: 3000\nTargets: 1.5%, 3%, 5% ROI\nSL: 3100")
    assert (targets, noted) == ([], ["Targets: 1.5%, 3%, 5% ROI"])


@pytest.mark.parametrize(
    ("line", "written"),
    [
        ("TP: 10% / 20% / 30% (x10)", "TP: 10% / 20% / 30% (x10)"),
    ],
)
def test_read_when_a_leverage_after_the_percentages_then_noted(line: str, written: str) -> None:
    entries, targets, stop, noted = _read(f"LINK LONG\nEntry: 4\n{line}\nSL: 3.5")
    assert (entries, targets, stop, noted) == ([4.0], [], 3.5, [written])


@pytest.mark.parametrize("line", ["Target 1 - 6.5 - 28%", "TARGET 10-100% ON 10X LEV"])
def test_read_when_a_price_and_its_share_then_never_a_percent_note(line: str) -> None:
    """ "Target 1 - 6.5 - 28%": target 6.5 closing 28% (the harness's prose_stop, seed 4, traded
    it with no target); "10-100%": a price and its share or a range? Never noted as percentages."""
    sig = PARSER.parse_sync(f"TON/USDT LONG\nBuy Area @ 5.8 - 6\n{line}\nSL: 5.5")
    assert sig is not None and sig.target_percents == []
    assert not sig.is_valid() or sig.take_profits
