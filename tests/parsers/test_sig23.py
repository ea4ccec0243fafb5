"""Signals refused or not seen (session 22, i13-sig23), read through the parser's entry point.

- A count of the targets on the targets' own line ("TP 4 targets: ...", "(all 3 TP)", "— 3
  TPs", "Targets 1-3: ...") is no price (parsers/list_notes.py): read as one, a short's list
  was "not in descending order" and a long's ran on upwards to a target nobody posted (a wrong
  trade: "Targets: 1.10 / 1.15 / 1.20 (all 3 TP)" traded a fourth target at 3). A price before
  a target label ("LTC long 85 tp: 88") and the entry before a one-line "targets" label stay
  prices.
- The targets' distances in percent written as one list in parentheses with one "%" at its end
  ("1.10 / 1.15 / 1.20 ( 5 - 10 - 15 % )": a long traded a fourth target at 5) and a signed
  number in parentheses beside a target ("0.98 (+5)") are no prices (parsers/list_notes.py).
- The coin's field: "Coin name: INJ" names INJ (a lexicon row: it traded NAMEUSDT), and "Coin:
  Injective (INJ)" names the ticker in parentheses when its letters abbreviate the name before
  it (parsers/symbols.py; INJECTIVEUSDT before), and so does a tag of the name ("#Injective
  (INJ) Long").
"""

from __future__ import annotations

import pytest

from parsers import EnhancedParser

_PARSER = EnhancedParser(enable_ai=False)

_LONG = "ARB/USDT LONG\nEntry: 1.05\n{}\nSL: 0.98"
_SHORT = "ARB/USDT SHORT\nEntry: 1.05\n{}\nSL: 1.12"


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        # a count after the list, in parentheses or after a dash
        (_LONG.format("Targets: 1.10 / 1.15 / 1.20 (all 3 TP)"), [1.1, 1.15, 1.2]),
        (_LONG.format("Targets: 1.10 / 1.15 / 1.20 (3 targets)"), [1.1, 1.15, 1.2]),
        (_LONG.format("Targets: 1.10 / 1.15 / 1.20 - 3 TPs"), [1.1, 1.15, 1.2]),
        (_SHORT.format("Targets: 0.98 – 0.95 – 0.90 (all 3 TP)"), [0.98, 0.95, 0.9]),
        (_SHORT.format("Targets: 0.98 / 0.95 / 0.90 — 3 TPs"), [0.98, 0.95, 0.9]),
        (_SHORT.format("Targets: 0.98 / 0.95 / 0.90 / 0.85 (4 TP)"), [0.98, 0.95, 0.9, 0.85]),
        # a count between a target label and its noun
        (_LONG.format("TP 4 targets: 1.10 / 1.15 / 1.20 / 1.25"), [1.1, 1.15, 1.2, 1.25]),
        (_LONG.format("TP: 3 targets - 1.10, 1.15, 1.20"), [1.1, 1.15, 1.2]),
        (_LONG.format("Take profit 3 targets: 1.10, 1.15, 1.20"), [1.1, 1.15, 1.2]),
        (_SHORT.format("TP 4 targets: 0.98 / 0.95 / 0.90 / 0.85"), [0.98, 0.95, 0.9, 0.85]),
        (_SHORT.format("TP: 3 targets - 0.98, 0.95, 0.90"), [0.98, 0.95, 0.9]),
        # the index range of the list under its label
        (_SHORT.format("Targets 1-3: 0.98 / 0.95 / 0.90"), [0.98, 0.95, 0.9]),
        (_SHORT.format("TP 1-3: 0.98 / 0.95 / 0.90"), [0.98, 0.95, 0.9]),
        # the targets' distances in percent, one sign for the list, or a signed number
        (_LONG.format("Targets: 1.10 / 1.15 / 1.20 ( 5 - 10 - 15 % )"), [1.1, 1.15, 1.2]),
        (_LONG.format("Targets: 1.10 / 1.15 / 1.20 (5/10/15%)"), [1.1, 1.15, 1.2]),
        (_LONG.format("Targets: 1.10 - 1.15 - 1.20 (+5 +10 +15 %)"), [1.1, 1.15, 1.2]),
        (_SHORT.format("Targets: 0.98 (+5) - 0.95 (+10) - 0.90 (+15)"), [0.98, 0.95, 0.9]),
        (_SHORT.format("Targets: 0.98 / 0.95 / 0.90 ( 5 - 10 - 15 % )"), [0.98, 0.95, 0.9]),
        # counts the parser read before, unchanged
        (_SHORT.format("4 Targets: 0.98, 0.95, 0.90, 0.85"), [0.98, 0.95, 0.9, 0.85]),
        (_SHORT.format("Targets (4): 0.98 / 0.95 / 0.90 / 0.85"), [0.98, 0.95, 0.9, 0.85]),
    ],
)
def test_a_count_of_the_targets_is_no_target(text: str, targets: list[float]) -> None:
    sig = _PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), (sig and sig.errors, sig and sig.review)
    assert sig.take_profits == targets
    assert sig.entries == [1.05]


@pytest.mark.parametrize(
    ("text", "entries", "targets"),
    [
        # a price before a target label, and the entry before a one-line "targets" label
        ("LTC long 85 tp:88-91-94 sl:82 20x", [85], [88, 91, 94]),
        ("ETH buy 120 targets 130 140 stop 110", [120], [130, 140]),
        ("#ARB LONG\nEntry: 3\nTargets: 4 - 5 - 6\nSL: 2", [3], [4, 5, 6]),
        # a zone's last price, then the targets' label on the next line, is no count (the
        # harness's seeds 1 and 2 found it: "63.50 - 61\nTargets:" lost its 61)
        (
            "QNT/USDT Long\nEntrada 63.5-61\nTargets:\nTP 1 69.85\nTP 2 76.2\nStop 59",
            [63.5, 61],
            [69.85, 76.2],
        ),
        (
            "#COMP/USDT #LONG\nEntry: 69 - 70\nTargets:\n1.: 72\n2.: 75\nStop loss: 68.6",
            [69, 70],
            [72, 75],
        ),
    ],
)
def test_prices_beside_target_words_stay_prices(
    text: str, entries: list[float], targets: list[float]
) -> None:
    sig = _PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), (sig and sig.errors, sig and sig.review)
    assert (sig.entries, sig.take_profits) == (entries, targets)


_LEVELS = "\nLong\nEntry: 20\nTargets: 21 / 22\nStop: 19"


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        # "Coin name:" is the coin's field, not the coin NAME (a wrong trade before)
        ("Coin name: INJ" + _LEVELS, "INJUSDT"),
        ("Coin Name : INJ\nDirection : Long\nEntry : 20\nTargets : 21 / 22\nStop : 19", "INJUSDT"),
        ("Token name: INJ" + _LEVELS, "INJUSDT"),
        # a coin's name, then its ticker in parentheses: the ticker (INJECTIVEUSDT before)
        ("Coin: Injective (INJ)" + _LEVELS, "INJUSDT"),
        ("📌 Coin: Arbitrum (ARB)" + _LEVELS, "ARBUSDT"),
        ("Coin: Arbitrum ($ARB)" + _LEVELS, "ARBUSDT"),
        # the ticker first, or a note in parentheses that abbreviates no name: the first word
        ("Coin: ARB (Arbitrum)" + _LEVELS, "ARBUSDT"),
        ("Coin: INJ (spot)" + _LEVELS, "INJUSDT"),
        ("Pair: INJ/USDT (Binance)" + _LEVELS, "INJUSDT"),
        # the same beside a tag or a heading with no label (coins.symbol_of)
        ("#Injective (INJ) Long\nEntry: 20\nTargets: 21 / 22\nStop: 19", "INJUSDT"),
        ("#SOL (Solana) Long\nEntry: 150\nTargets: 155 / 160\nStop: 145", "SOLUSDT"),
    ],
)
def test_the_coin_field_names_the_ticker(text: str, symbol: str) -> None:
    sig = _PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), (sig and sig.errors, sig and sig.review)
    assert sig.symbol == symbol


@pytest.mark.parametrize(
    "note",
    [
        # (made up) every form of _COUNT, singular nouns too: "(3 tgt)" and "(2 take profit)"
        # were matched by the pattern but never searched, their gate lacking the two words.
        "(3 tgt)",
        "(3 tgts)",
        "(2 take profit)",
        "(2 take-profit)",
        "(all 3 tp)",
        "(x4 tps)",
        "(4 target)",
        "(3 targets)",
        "tp 4 targets:",
        "targets 1-3:",
        "tp (1-4):",
        "0.90 - 3 tps",
        "(5/10/15%)",
        "( 5 - 10 - 15 % )",
        "(+5)",
    ],
)
def test_list_notes_gate_holds_a_word_of_every_count(note: str) -> None:
    from parsers import list_notes

    match = list_notes._COUNT.search(note)
    assert match is not None, note
    assert any(word in match.group() for word in list_notes._HEADS), note
