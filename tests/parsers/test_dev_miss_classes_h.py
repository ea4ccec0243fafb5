"""Classes of dev misses made general rules (issue 13, session 10, gatherer H's new dev sources):
each class with new posts written in its shape, and near misses that must not become a trade (or
an action), through the public parser."""

from __future__ import annotations

import pytest

from tests.parsers.reads import not_traded, valid

# --- A side word read only after the levels, on a line naming one coin, while the text before
# the levels names another: the levels are the other coin's ("Official LUNC position: Entry:
# $0.346 ... We're also looking to short RSR"). Two coins: never traded as either.


@pytest.mark.parametrize(
    "text",
    [
        "Official LUNC position is currently:\n\nEntry: $0.346\nSize: $520K\n\n"
        "We're also looking to short RSR once again as well.",
        "Our ATOM bag right now:\nEntry: 9.85\n\nThinking about a long on INJ next week.",
        "Current DOGE position\nEntry 0.0712\nSL 0.0650\n\nMight short XRP later today",
    ],
)
def test_parse_when_the_late_side_names_another_coin_than_the_levels_then_not_traded(
    text: str,
) -> None:
    not_traded(text)


@pytest.mark.parametrize(
    ("text", "symbol", "side"),
    [
        # The side's line names no coin: the side of the coin above ("Short it" under the levels).
        ("ATOM/USDT\nEntry: 9.85\nTarget: 9.20\nStop: 10.30\n\nShort it.", "ATOMUSDT", "SHORT"),
        # The coin before the levels is the coin of the side line: one coin.
        ("RSR setup\nEntry: 0.0061\nTarget: 0.0055\nSL: 0.0064\n\nShort RSR here", "RSRUSDT",
         "SHORT"),
        # The side before the levels: the usual post.
        ("Short RSR\nEntry: 0.0061\nTarget: 0.0055\nSL: 0.0064\n\nBTC looks weak too", "RSRUSDT",
         "SHORT"),
    ],
)  # fmt: skip
def test_parse_when_one_coin_names_the_late_side_and_the_levels_then_traded(
    text: str, symbol: str, side: str
) -> None:
    sig = valid(text)
    assert (sig.symbol, sig.side) == (symbol, side)


# --- A target's multiple of the risk in brackets, with one or two decimals ("TP3: $44.65
# (3.65R)", ".7870 (1.73R)"), is a note, not a price left unread.


@pytest.mark.parametrize(
    ("text", "tps"),
    [
        (
            "EGLD-USDT SHORT\n\nEntry: $54.15 - $54.60\nSL: $56.75\n\nTP1: $50.25 (1.5R)\n"
            "TP2: $47.65 (2.5R)\nTP3: $44.65 (3.65R)",
            [50.25, 47.65, 44.65],
        ),
        (
            "MATIC - USDT Short\n\nEntry: .85 - .847\nSL: .8823\n\nTP1: .7870 (1.73R)\n"
            "TP2: .7681 (2.27R)\nTP3: .7492 (2.83R)",
            [0.787, 0.7681, 0.7492],
        ),
        (
            "TRB-USDT LONG\nEntry: 17.07 - 17.17\nSL: 15.985\n\nTP1: 18.925 (1.71R)\n"
            "TP2: 20.315 (2.99R)",
            [18.925, 20.315],
        ),
    ],
)
def test_parse_when_targets_carry_risk_multiples_then_they_are_notes(
    text: str, tps: list[float]
) -> None:
    assert valid(text).take_profits == tps


@pytest.mark.parametrize(
    "text",
    [
        # Three decimals is no multiple of the risk: a number left unread, never dropped.
        "EGLD-USDT SHORT\nEntry: 54.15\nSL: 56.75\nTP1: 50.25 (1.555R)",
        # A multiple of the risk is a small number: "(125R)" is no note.
        "EGLD-USDT SHORT\nEntry: 54.15\nSL: 56.75\nTP1: 50.25 (125R)",
    ],
)
def test_parse_when_the_bracket_holds_no_risk_multiple_then_not_traded(text: str) -> None:
    not_traded(text)


# --- A colon and a dash are one separator after a label that needs a price right after it
# ("Exits :- 0.033 → 0.0322", "Long :- 142.5"): the numbers are that label's, not the entry's.


@pytest.mark.parametrize(
    ("text", "entries", "tps"),
    [
        (
            "$GALA/USDT / SHORT / SL -> 0.0361 / Entry range -> 0.0341 / "
            "Exits :- 0.033 → 0.0322 → 0.031",
            [0.0341],
            [0.033, 0.0322, 0.031],
        ),
        ("SOL/USDT Long :- 142.5\nTargets :- 150 - 158\nSL :- 136", [142.5], [150.0, 158.0]),
    ],
)
def test_parse_when_a_colon_and_dash_separate_the_label_then_its_prices_are_its_own(
    text: str, entries: list[float], tps: list[float]
) -> None:
    sig = valid(text)
    assert (sig.entries, sig.take_profits) == (entries, tps)


# --- A one-line post ("... / Setup - 2.525 / 2.64 / Margin: Isolated 10x / TP 1: ..."): a note
# label ("Margin:") explains only its own field, not the numbers of the fields before it. A price
# no label claims is never dropped silently (a mutation-harness wrong trade: entry 2.525 alone).


@pytest.mark.parametrize(
    "text",
    [
        "#CYBER/USDT:USDT 做空 / Setup - 2.525 / 2.64 / Margin: Isolated 10x / TP 1: 2.44 / "
        "TP 2: $2.37 / SL 2.9",
        "#CYBER/USDT SHORT | Setup - 2.525 | 2.64 | Margin: Isolated 10x | TP 1: 2.44 | SL 2.9",
    ],
)
def test_parse_when_a_note_label_follows_unclaimed_fields_on_one_line_then_not_traded(
    text: str,
) -> None:
    not_traded(text)


def test_parse_when_the_note_label_heads_its_own_numbers_then_traded() -> None:
    # "Margin: Isolated 10x" explains itself; the labelled levels around it read as usual.
    sig = valid(
        "#CYBER/USDT SHORT / Entry - 2.525 / 2.64 / Margin: Isolated 10x / TP 1: 2.44 / SL 2.9"
    )
    assert (sig.entries, sig.take_profits, sig.stop_loss) == ([2.525, 2.64], [2.44], 2.9)
