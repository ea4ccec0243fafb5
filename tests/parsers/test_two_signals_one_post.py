"""Two signals in one post, and unknown labels after a note: never one trade mixing them
(issue 13, branch i13-guard10).

The mutation harness (tests/parsers/mutations.py) spliced two dev posts into one and found them
read as one trade: the coin of an analysis above, the side and levels of a short call below.
The probes here are written in those shapes (and in others the same rule must cover), through the
public entry point, with near misses that must still read exactly.
"""

from __future__ import annotations

import pytest

from parsers import EnhancedParser

PARSER = EnhancedParser(enable_ai=False)


def _read(text: str) -> tuple[str, str | None, list[float], list[float], float | None]:
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    return sig.symbol, sig.side, sig.entries, sig.take_profits, sig.stop_loss


def _refused(text: str) -> list[str]:
    sig = PARSER.parse_sync(text)
    assert sig is None or not sig.is_valid(), (sig.symbol, sig.entries, sig.stop_loss)
    return [] if sig is None else sig.problems()


# ------------------------------------------------------------------ another coin's call below

ANALYSIS = (
    "The LINKUSD pair bounced off support at $12.40 and is testing resistance near $15.20; funding"
    " is neutral and open interest keeps rising.\n"
    "Our view is to sell LINKUSD. Profits could be taken at $12.40. A stop could sit at $16.10.\n"
    "This content is for information only.\n\n"
)
CALL = "\n\nENTRY 0.7420 - 0.7310\n\nSL 0.7050\n\nTP 0.7600 - 0.7800 - 0.8100"


@pytest.mark.parametrize(
    "head",
    [
        "ARB long 10-20x cross",
        "LONG ARB 20x",
        "ARB 🟢 LONG",
        "ARB — Long setup",
        "📈 ARB LONG 📈",
        "$ARB long",
        "#ARB LONG",
    ],
)
def test_parse_when_a_call_of_another_coin_follows_an_analysis_then_two_coins_are_refused(
    head: str,
) -> None:
    # The pair was read from the analysis (LINKUSD), the side and every level from the call of
    # ARB below it: a LINK trade at ARB's prices. The ticker beside the side read names another
    # coin than the one read: two posts in one.
    reasons = _refused(ANALYSIS + head + CALL)
    assert any("two coins" in r and "ARB" in r for r in reasons), reasons


@pytest.mark.parametrize(
    "head",
    [
        "LINK long 10x",
        "LONG LINK",
        "LINK/USDT 🟢 LONG",
        "SIDE: LONG",
        "Signal Type: REGULAR (LONG)",
    ],
)
def test_parse_when_the_side_line_names_the_coin_read_or_a_label_then_the_call_reads_exactly(
    head: str,
) -> None:
    # Near misses: the side's line names the coin read, or holds a label ("SIDE: LONG") or a
    # note in brackets, none of them another coin.
    text = f"#LINK/USDT\n{head}\nEntry: 14.20 - 14.60\nTargets: 15.10 - 15.80\nStop: 13.50"
    assert _read(text) == ("LINKUSDT", "LONG", [14.2, 14.6], [15.1, 15.8], 13.5)


def test_parse_when_a_pair_quoted_in_btc_heads_the_side_then_its_quote_is_no_second_coin() -> None:
    text = "#SOL/BTC Long\nEntry: 0.0021 - 0.0022\nTargets: 0.0024 - 0.0026\nStop: 0.0019"
    assert _read(text) == ("SOLBTC", "LONG", [0.0021, 0.0022], [0.0024, 0.0026], 0.0019)


# ------------------------------------------------------------------ one coin, two sets of levels


@pytest.mark.parametrize(
    "text",
    [
        "XRP long\nentry 0.610\ntp 0.650\nsl 0.590\n\nXRP long\nentry 0.625\ntp 0.680",
        "XRP long\nentry 0.610\ntp 0.650\n\nXRP long\nentry 0.625\ntp 0.680\nsl 0.600",
        "#XRP LONG Entry 0.610 TP 0.650 SL 0.590 | #XRP LONG Entry 0.625 TP 0.680",
        "XRP LONG\nEntry 0.610\nSL 0.590\nTP 0.650\n\nXRP LONG\nEntry 0.600\nSL 0.580\nTP 0.640",
    ],
)
def test_parse_when_a_second_entry_follows_the_first_targets_then_two_signals_are_refused(
    text: str,
) -> None:
    # Both entries, both targets and the first stop were read as one trade: a trade at prices
    # of two calls. An entry after the first entry's targets or stop, with a target or stop
    # after it again, is a second signal's.
    reasons = _refused(text)
    assert any("two sets of levels" in r and "0.610" in r for r in reasons), reasons


def test_parse_when_a_long_and_a_short_of_one_coin_then_two_signals_are_refused() -> None:
    # The short's "Sell: 0.66" was placed as a third target of the long.
    text = (
        "XRP/USDT long\nBuy: 0.610\nTargets: 0.630 0.650\nStop: 0.590\n\n"
        "XRP/USDT short\nSell: 0.660\nTargets: 0.640 0.620"
    )
    reasons = _refused(text)
    assert any("two signals in one post" in r and "'short'" in r for r in reasons), reasons


@pytest.mark.parametrize(
    "tail",
    [
        "\nSummary: entry 0.610 - 0.615, TP 0.650 / 0.680, SL 0.590",
        "\n\nXRP long 0.610 - 0.615 ✅ TP 0.650 / 0.680 ✅ SL 0.590",
        "\nShorts: 41% | Longs: 59%",
        "\nXRP looks strong above 0.60. #XRP #Ripple",
        "\nXRP 4H chart: higher lows since Monday",
    ],
)
def test_parse_when_a_signal_repeats_its_levels_or_names_its_coin_again_then_exact(
    tail: str,
) -> None:
    # Near misses: a recap line with the same levels, the coin quoted twice, the crowd's shares
    # of longs and shorts: one signal, read exactly.
    text = "#XRP/USDT LONG\nEntry: 0.610 - 0.615\nTargets: 0.650 / 0.680\nSL: 0.590" + tail
    assert _read(text) == ("XRPUSDT", "LONG", [0.61, 0.615], [0.65, 0.68], 0.59)


# ------------------------------------------------------------------ an unknown label after a note
# Relays that join a post's lines with spaces leave a note's value running on to the next label
# the lexicon knows: "Risk 2% Zorblat 0.610 - 0.615 Targets ...". The note explained its own
# numbers, so the unknown label's entries (or targets, or stop) vanished and the signal traded
# without them, or at market.

NOTES = ["Leverage 10x", "Leverage: cross 10x", "Risk 2%", "Margin Isolated 10x", "Lev 10"]
NOTES += ["R:R 1:3", "Volume 3%", "Risk: 1-2% of portfolio", "Use 2% of balance"]
UNKNOWN = ["Zorblat", "Úroveň", "Orders", "Niveau:", "Zona @", "Plan -", "➤", "Exits 👇"]
LEVELS = {
    "entry": ("Entry", "0.610 - 0.615"),
    "tp": ("Targets", "0.650 0.680"),
    "sl": ("SL", "0.590"),
}


def _joined(note: str, unknown: str, block: str, sep: str) -> str:
    parts = ["#XRP LONG"]
    for name, (label, value) in LEVELS.items():
        if name == block:
            parts += [note, f"{unknown} {value}"]
        else:
            parts.append(f"{label} {value}")
    return sep.join(parts)


@pytest.mark.parametrize("note", NOTES)
@pytest.mark.parametrize("unknown", UNKNOWN)
@pytest.mark.parametrize("block", list(LEVELS))
def test_parse_when_an_unknown_label_follows_a_note_in_a_joined_post_then_exact_or_refused(
    note: str, unknown: str, block: str
) -> None:
    # Read exactly ("Zona @ 0.610" after a note is an "@" entry) or refused naming the label:
    # never traded with its numbers left out or put in another field.
    text = _joined(note, unknown, block, " ")
    sig = PARSER.parse_sync(text)
    if sig is not None and sig.is_valid():
        assert _read(text) == ("XRPUSDT", "LONG", [0.61, 0.615], [0.65, 0.68], 0.59)
        return
    reasons = [] if sig is None else sig.problems()
    shown = unknown.split()[0].rstrip(":")
    assert any(
        "a word I do not know as a label" in r and shown in r and LEVELS[block][1][:5] in r
        for r in reasons
    ), reasons


def test_parse_when_unknown_labels_follow_notes_then_most_are_refused_with_the_label() -> None:
    # (The test above passes an exact reading too: most of these posts must be refused, the
    # reason naming the label, and that can fail.)
    readings = [
        PARSER.parse_sync(_joined(n, u, b, " ")) for n in NOTES for u in UNKNOWN for b in LEVELS
    ]
    refused = sum(sig is None or not sig.is_valid() for sig in readings)
    assert refused >= 0.8 * len(readings), refused


@pytest.mark.parametrize("sep", [" ", " | ", " / ", "\n"])
@pytest.mark.parametrize("note", NOTES)
@pytest.mark.parametrize("where", [1, 2, 3, 4])
def test_parse_when_a_note_stands_among_known_labels_then_exact(
    sep: str, note: str, where: int
) -> None:
    # Near misses: the same notes with every label known, in posts of lines and joined ones.
    parts = ["#XRP LONG", "Entry 0.610 - 0.615", "Targets 0.650 0.680", "SL 0.590"]
    parts.insert(where, note)
    assert _read(sep.join(parts)) == ("XRPUSDT", "LONG", [0.61, 0.615], [0.65, 0.68], 0.59)


@pytest.mark.parametrize(
    "text",
    [
        # A field of words over numbered fields of a one-line post: the targets, read as more
        # entries (0.650 and the numbering 1, 2 among them).
        "#XRP/USDT LONG | ➤ @ 0.610 - 0.615 | Exits 👇 | 1. 0.650 | 2. 0.680 | ❌ Stop Price- 0.590",
        "XRP/USDT LONG | Entry: 0.610 - 0.615 | Exits 👇 | 1) 0.650 | 2) 0.680 | Stop: 0.590",
        "XRP/USDT LONG Entry: 0.610 - 0.615 Exits 👇 1) 0.650 2) 0.680 Stop: 0.590",
        # A mark standing for a label after the entry zone.
        "#XRP LONG Entry 0.610 - 0.615 ➤ 0.650 0.680 SL 0.590",
        # A word after a note's percentage, inside the targets' value.
        "#XRP LONG Entry 0.610 - 0.615 Targets 0.650 Note: use 3% Zorblat 0.680 SL 0.590",
    ],
)
def test_parse_when_an_unknown_label_runs_inside_a_price_value_then_refused(text: str) -> None:
    reasons = _refused(text)
    assert any("a word I do not know as a label" in r for r in reasons), reasons


@pytest.mark.parametrize(
    "entry",
    [
        "Enter price: 0.610 🔛 0.615",  # a mark joining the zone's two ends
        "Enter above: 0.610(with a maximum value 0.615)",  # a note in brackets on the price
        "Entry: 0.610 → 0.615",
    ],
)
def test_parse_when_a_mark_or_a_bracket_joins_the_zone_then_exact(entry: str) -> None:
    text = f"#XRP/USDT LONG\n{entry}\nTargets: 0.650 - 0.680\nStop: 0.590"
    assert _read(text) == ("XRPUSDT", "LONG", [0.61, 0.615], [0.65, 0.68], 0.59)
