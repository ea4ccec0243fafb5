"""Branch i13-values32: notes and labels beside the levels that made a real card refused (the
shapes the lead's masked held-out probes named: counts and character shapes, no texts; no
held-out text was read). Every post here is MADE UP unless a dev case id stands beside it.

- (a) a risk-reward note after a level's price ("1) 2950 (RR1-2)", "TP1: 160 (R:R1:2)",
  "Targets: 2950 RR 1-2 / 2900 RR 1-3", "Цель 1: 160 Соотношение 1:3"): never a price, the
  level read alone (parsers/ratio_notes.py);
- (b) "Price" as a card's only entry label beside its targets and stop ("Price :- 1.2$ - 1.3$",
  tests/fixtures/corpus/CONVENTIONS.md "'Price' as a label"; parsers/price_label.py);
- (c) a dotted triple after a timeframe or a "v" ("$2,345.67 - 4H - 1.2.3", "v1.2.3"): a
  tool's version, no price (parsers/not_prices.py); a run of dashes, underscores or "=" after a
  value a rule, never a minus;
- a call hedged in Russian over the levels ("возможен шорт", "смотрю лонг", "жду ретест"): a
  possibility, not a trade (parsers/hedged_call.py); the market and a price as one entry ("Вход:
  рынок + лимитка 3100"): which is to trade? (parsers/entry_choice.py).
"""

from __future__ import annotations

import pytest

from tests.parsers.reads import not_traded, review, valid

_RU_SHORT = "#ETH SHORT\nВход: 3050-3100\nЦели:\n{}\nСтоп: 3150"
_SHORT = "#ETH SHORT\nEntry: 3050-3100\n{}\nSL: 3150"
_LONG = "#SOL LONG\nEntry: 150\n{}\nSL: 145"
_Z = [3050.0, 3100.0]


def _ru(*lines: str) -> str:
    return _RU_SHORT.format("\n".join(lines))


def _short(*lines: str) -> str:
    return _SHORT.format("\n".join(lines))


def _long(*lines: str) -> str:
    return _LONG.format("\n".join(lines))


_PRICE_CARD = "#ABC/USDT LONG\n{}\nTargets :- 1.4$ - 1.5$ - 1.6$\nSL :- 1.1$\nLev :- 5x to 10x"

# (text, entries, targets, stop): MADE UP, each refused on main, or (marked) traded there with a
# target left out.
FAILED_ON_MAIN: tuple[tuple[str, list[float], list[float], float], ...] = (
    # (a) the note's label glued to its ratio after each target (the held-out channel's shapes)
    (
        _ru("1) 2950 (RR1-2)", "2) 2900 (RR1-3)", "3) 2850 (RR1-4)"),
        _Z,
        [2950.0, 2900.0, 2850.0],
        3150.0,
    ),
    (_ru("1). 2950(RR1-2)", "2). 2900(RR1-3)"), _Z, [2950.0, 2900.0], 3150.0),
    (_ru("1) 2950 (RR1-2)", "2)   2900 (RR1-4)"), _Z, [2950.0, 2900.0], 3150.0),
    (_ru("1) 2950 (РР1-2)", "2) 2900 (РР1-3)"), _Z, [2950.0, 2900.0], 3150.0),
    (_ru("1) 2950 (RR1-2,5)", "2) 2900 (RR1-3.5)"), _Z, [2950.0, 2900.0], 3150.0),
    (
        _short("TP1: 2950 (RR1:2)", "TP2: 2900 (R:R1:2)", "TP3: 2850 (R/R1-3)"),
        _Z,
        [2950.0, 2900.0, 2850.0],
        3150.0,
    ),
    (_short("TP1: 2950 (1-2RR)", "TP2: 2900 (1:3RR)"), _Z, [2950.0, 2900.0], 3150.0),
    (_short("Targets: 2950 (RR1-2), 2900 (RR1-3)"), _Z, [2950.0, 2900.0], 3150.0),
    (_short("Targets: 2950 (RR 1:2) / 2900 (RR 1:3)"), _Z, [2950.0, 2900.0], 3150.0),
    ("#SOL LONG\nEntry: 150 (RR1-2)\nTP: 170\nSL: 145 RR1-3", [150.0], [170.0], 145.0),
    (
        "#SOL LONG\nВход: 150\nЦель 1: 160 Соотношение 1:3\nЦель 2: 170 риск/прибыль 1 к 3\nСтоп: 145",
        [150.0],
        [160.0, 170.0],
        145.0,
    ),
    # (a) traded on main WITHOUT the second target (the note label's value ran over it)
    (_short("Targets: 2950 RR 1-2 / 2900 RR 1-3"), _Z, [2950.0, 2900.0], 3150.0),
    (_short("Targets: 2950 RR 1:2 / 2900 RR 1:3"), _Z, [2950.0, 2900.0], 3150.0),
    (_short("Targets: 2950 R:R 1:2, 2900 R:R 1:3"), _Z, [2950.0, 2900.0], 3150.0),
    (_short("Targets: 2950 - RR 1:2 - 2900 - RR 1:3"), _Z, [2950.0, 2900.0], 3150.0),
    (_short("Targets: 2950 RR1-2 / 2900 RR1-3"), _Z, [2950.0, 2900.0], 3150.0),
    # (b) "Price" the card's only entry label
    (
        _PRICE_CARD.format("Price :- 1.2$ - 1.3$") + "\nTime :- 2 to 4 days",
        [1.2, 1.3],
        [1.4, 1.5, 1.6],
        1.1,
    ),
    (
        _PRICE_CARD.format("Price :- 1.2$ - 1.3$").replace(" LONG", "") + "\nHold :- 2 to 4 days",
        [1.2, 1.3],
        [1.4, 1.5, 1.6],
        1.1,
    ),
    ("#ABC/USDT LONG\nPrice : 1.25\nTargets : 1.4, 1.5\nSL : 1.1", [1.25], [1.4, 1.5], 1.1),
    ("#ABC/USDT LONG\nPrice: 1.25\nPrice target: 1.6\nSL : 1.1", [1.25], [1.6], 1.1),
    (
        "#ABC/USDT SHORT\n💰 Price: 1.25\n🎯 TP1: 1.1\n🎯 TP2: 1.0\n🛑 SL: 1.3",
        [1.25],
        [1.1, 1.0],
        1.3,
    ),
    # (the rule of session 29's test_labels31 guard, now read by the ruling)
    (
        "#SOL/USDT LONG\nPrice :- 140.5$ - 138.2$\nTarget :- 150$ - 160$\nStoploss :- 130$",
        [140.5, 138.2],
        [150.0, 160.0],
        130.0,
    ),
    # (c) a version after a timeframe or a "v"
    (
        "ETH/USDT LONG\nEntry: $2,345.67 - 4H - 1.2.3\nTP1: $2,400\nSL: $2,300",
        [2345.67],
        [2400.0],
        2300.0,
    ),
    (
        "ETH/USDT LONG\nEntry: 2345.67 - 15m - 1.0.0\nTP1: 2400\nSL: 2300",
        [2345.67],
        [2400.0],
        2300.0,
    ),
    (
        "ETH/USDT LONG\nEntry Zone: $2,345.67 - 4h - v1.2.3\nTP1: $2,400\nSL: $2,300",
        [2345.67],
        [2400.0],
        2300.0,
    ),
    (
        "#SOL/USDT LONG\nEntry: $140.5 - 4h - 1.2.3\nTarget :- 150$ - 160$\nStoploss :- 130$",
        [140.5],
        [150.0, 160.0],
        130.0,
    ),
)

# Read as on main (made up unless a dev id is named): every note form that was read already.
GUARDS: tuple[tuple[str, list[float], list[float], float], ...] = (
    (_ru("1) 2950 (RR 1-2)", "2) 2900 (RR 1-3)"), _Z, [2950.0, 2900.0], 3150.0),
    (_long("TP1: 160 (RR 1:2)", "TP2: 170 R:R 1:3"), [150.0], [160.0, 170.0], 145.0),
    (_long("TP1: 160 RR 1/3", "TP2: 170 (R:R 3.2)"), [150.0], [160.0, 170.0], 145.0),
    (_long("TP1: 160 1:2 RR", "TP2: 170 risk/reward 1:3"), [150.0], [160.0, 170.0], 145.0),
    (_long("TP1: 160 R/R 1 to 3", "TP2: 170 RR: 2.5"), [150.0], [160.0, 170.0], 145.0),
    (_long("TP1: 160 R:R = 1:2.5", "TP2: 170"), [150.0], [160.0, 170.0], 145.0),
    (_long("TP: 170", "RR 1:3"), [150.0], [170.0], 145.0),
    (_long("TP1: 160", "TP2: 170") + "\nRR 1:2 ✅", [150.0], [160.0, 170.0], 145.0),
    ("#SOL LONG\nEntry: 1.1\nTP: 1.2-1.3\nSL: 1.0", [1.1], [1.2, 1.3], 1.0),  # a range
    ("#SOL LONG\nEntry: 1.1\nTP: 1.3 RR 1.2\nSL: 1.0", [1.1], [1.3], 1.0),  # RR is no coin
    (
        "#SOL LONG\nВход: 1.1\nЦели: 1.3 / 1.4\nСтоп: 1.0\nСоотношение риск/прибыль 1:3",
        [1.1],
        [1.3, 1.4],
        1.0,
    ),
    (_short("TP1: 2950 1:2", "TP2: 2900 1:3"), _Z, [2950.0, 2900.0], 3150.0),
    (_short("TP1: 2950 (RR 1:2 or 1:3)", "TP2: 2900 RR 2-3"), _Z, [2950.0, 2900.0], 3150.0),
    # dev corpsameer-trader-futures-channel-001's notes
    (
        "Coin name ICP/USDT\n\nFutures Trading 🥇\nSignal Type LONG Position 🟩\nLev - 5x\nRisk "
        "0.5%\n\nEntry price - $ 2.6926 (Limit Order)\n\nTargets 🎯-\n\n1) $ 2.93 (RR 2)\n2) $ "
        "3.345 (RR 5.5)\n\n🚫Stop loss- $ 2.574 (SL % 4.4)",
        [2.6926],
        [2.93, 3.345],
        2.574,
    ),
    # (b) beside an entry label "Price" is no second entry (dev smart-crypto-001's shape)
    (
        "🔵 Opening SHORT 📉\n\n🔵 Symbol: ENAUSDT\n💰 Price: 0.1763\n\n➡️ Entry: 0.1763\n🎯 "
        "Targets:\n   TP1: 0.171540\n   TP2: 0.170306\n🛑 SL: 0.183352",
        [0.1763],
        [0.17154, 0.170306],
        0.183352,
    ),
    (
        "#ABC/USDT LONG\nEntry :- 1.25\nPrice :- 1.25\nTargets :- 1.4 - 1.5\nSL :- 1.1",
        [1.25],
        [1.4, 1.5],
        1.1,
    ),
    ("#ABC/USDT LONG\nPrice now: 1.25\nTargets : 1.4, 1.5\nSL : 1.1", [1.25], [1.4, 1.5], 1.1),
    # the stop named as a price under its heading (dev square-the-short-tiers-001's shape)
    (
        "$ABC Short\n\n── ENTRY ──\nEntry 1: 0.07550–0.07620\n\n── TARGETS ──\nTP1: 0.07280\nTP2: "
        "0.06850\n\n── STOP LOSS ──\nPrice: 0.08360\nReason: Above prior swing high.",
        [0.0755, 0.0762],
        [0.0728, 0.0685],
        0.0836,
    ),
    # (c) a rule after a value, before it, or on its own line: never a minus
    (
        "#ABC/USDT LONG\nEntry: 0.12345 -------------\nTP1: 0.13000\nSL: 0.11500",
        [0.12345],
        [0.13],
        0.115,
    ),
    (
        "#ABC/USDT LONG\nEntry: ------------- 0.12345\nTP1: 0.13000\nSL: 0.11500",
        [0.12345],
        [0.13],
        0.115,
    ),
    (
        "#ABC/USDT LONG\nEntry: 0.12345\nTP1: 0.13000 ______________\nSL: 0.11500 ==========",
        [0.12345],
        [0.13],
        0.115,
    ),
    (
        "#ABC/USDT LONG\nEntry: 0.12345 -------------\n-------------\nTP1: 0.13000 -------------\n"
        "TP2: 0.14000 -------------\n-------------\nSL: 0.11500 -------------",
        [0.12345],
        [0.13, 0.14],
        0.115,
    ),
    (
        "#ABC/USDT LONG\nEntry: 0.12345-------------\nTP: 0.13000-------------\nSL: 0.11500-------------",
        [0.12345],
        [0.13],
        0.115,
    ),
    (
        "#SOL/USDT LONG\nEntry: $140.5 - 4h - 12.05.2023\nTarget :- 150$ - 160$\nStoploss :- 130$",
        [140.5],
        [150.0, 160.0],
        130.0,
    ),
)

# Refused, on main and here (made up): a ratio nobody labelled, a note before its price, a
# price after a note on a numbered target, a target given only as a ratio, "Price" where the
# card gives no targets or no stop, a dotted triple with no timeframe before it.
GUARDS_REFUSED: tuple[str, ...] = (
    _short("TP1 1:2", "TP2 2900"),
    _short("TP2 1:2"),
    "#SOL LONG\nEntry: 1.1\nTP: RR 1:2 1.3\nSL: 1.0",
    "#SOL LONG\nEntry: 1.1\nRR1-2 TP: 1.3\nSL: 1.0",
    "#SOL LONG\nEntry: 1.1\nTP1: 1.3 (RR1-2) 1.4\nSL: 1.0",
    _ru("1) 2950 (RR1-2)", "2) RR1-4"),
    _ru("1) 2950 (RR1-2)", "2) 2900 (RR1-3)", "3) (RR1-5)"),
    "#ABC/USDT LONG\nEntry: 1.25\n💰 Price: 1.26\nTargets : 1.4, 1.5\nSL : 1.1",
    "#ABC/USDT LONG\nPrice: 1.25\nPrice: 1.3\nTargets : 1.4, 1.5\nSL : 1.1",
    "#ABC/USDT LONG\nPrice :- 1.25\nTargets :- 1.4 - 1.5",
    "ETH/USDT LONG\nEntry: $2,345.67 - 1.2.3\nTP1: $2,400\nSL: $2,300",
    "ETH/USDT LONG\nEntry: 2345.67 - 4H - 1.6.382\nTP1: 2400\nSL: 2300",
)

# A target given only as a ratio (MADE UP): main traded these, without the target or with a target
# of 4 read out of "1:4"; refused here.
RATIO_FOR_PRICE: tuple[str, ...] = (
    "DODO/USDT LONG\nEntry: 0.93 - 0.96\nTP1: 0.98\nTP2: 1\nTP3 1:4\nSL: 0.84",
    "#XRP LONG\nEntry: 0.6462 - 0.6274\nTP1: 0.6516 RR 1:2\nTP2: 0.6552 RR 1:3\nTP3: RR 1:7\nSL: 0.591",
    "#XRP LONG\nEntry: 0.6462\nTP1: 0.6516\nTP2: (RR 1:3)\nSL: 0.591",
)

# The market AND a price as the entry (MADE UP; main traded the price alone, the market's half
# dropped): refused.
MARKET_AND_PRICE: tuple[str, ...] = tuple(
    "#ETH SHORT\n" + entry + "\nЦели:\n1) 2950 (RR 1:2)\n2) 2900 (RR 1:3)\nСтоп: 3150"
    for entry in (
        "Вход: рынок + лимитка 3100",
        "Вход: по рынку и 3100",
        "Вход: по рынку, добор 3100",
        "Вход: текущие + 3100",
        "Entry: market + limit 3100",
        "Entry: CMP & 3100",
    )
)

# A call hedged in Russian over the levels (MADE UP; each traded on main): refused.
_RU_CARD = "Вход: 3050\nЦели:\n1) 2950 (RR 1:2)\n2) 2900 (RR 1:3)\nСтоп: 3150"
HEDGED_RU: tuple[str, ...] = (
    "#ETH возможен шорт\n" + _RU_CARD,
    "#ETH смотрю шорт\n" + _RU_CARD,
    "#ETH присматриваюсь к шорту\n" + _RU_CARD,
    "#ETH жду шорт\n" + _RU_CARD,
    "#ETH SHORT\nЖдём ретест\n" + _RU_CARD,
    "#ETH планирую шорт\n" + _RU_CARD,
)
# ... and what still heads a real call.
NOT_HEDGED_RU: tuple[str, ...] = (
    "#ETH потенциальный шорт\n" + _RU_CARD,
    "#ETH SHORT\n" + _RU_CARD,
    "#ETH шорт от сопротивления\n" + _RU_CARD,
)


@pytest.mark.parametrize(("text", "entries", "tps", "sl"), FAILED_ON_MAIN + GUARDS)
def test_card_with_notes_when_read_then_traded_with_its_levels(
    text: str, entries: list[float], tps: list[float], sl: float
) -> None:
    sig = valid(text)
    assert (sig.entries, sig.take_profits, sig.stop_loss) == (entries, tps, sl), sig


@pytest.mark.parametrize("text", GUARDS_REFUSED + RATIO_FOR_PRICE + MARKET_AND_PRICE + HEDGED_RU)
def test_card_in_doubt_when_read_then_not_traded(text: str) -> None:
    not_traded(text)


@pytest.mark.parametrize("text", NOT_HEDGED_RU)
def test_russian_heading_of_a_call_when_read_then_traded(text: str) -> None:
    sig = valid(text)
    assert sig.take_profits == [2950.0, 2900.0], sig


def test_price_card_without_side_when_read_then_side_from_levels() -> None:
    sig = valid(_PRICE_CARD.format("Price :- 1.2$ - 1.3$").replace(" LONG", ""))
    assert (sig.side, sig.leverage) == ("LONG", 5), sig


def test_hedge_when_refused_then_quoted() -> None:
    assert any("'возможен шорт'" in why for why in review("#ETH возможен шорт\n" + _RU_CARD))


def test_analysis_with_price_when_read_then_no_signal() -> None:
    # (dev gath27-wolfx-019's shape: a report's "Price", no targets, no stop)
    from tests.parsers.reads import PARSER

    sig = PARSER.parse_sync("$ABC analysis\n💰Price: 1.00 USDT (0.01%)\nThe chart looks strong.")
    assert sig is None or not sig.is_valid()


def test_rule_of_equals_under_the_leverage_when_read_then_the_leverage() -> None:
    # (MADE UP; main read "10x" over "=====" as a sum worked out, and refused the leverage)
    sig = valid(
        "#ARPA/USDT LONG\nLeverage: 10x\n==========\nEntry: 0.03416\n==========\nTP1: 0.03483\n"
        "TP2: 0.0359\n==========\nSL: 0.033"
    )
    assert (sig.leverage, sig.entries, sig.stop_loss) == (10, [0.03416], 0.033), sig


def test_ratio_for_price_when_refused_then_the_line_is_quoted() -> None:
    reasons = review("DODO/USDT LONG\nEntry: 0.93 - 0.96\nTP1: 0.98\nTP2: 1\nTP3 1:4\nSL: 0.84")
    assert any(why.startswith("'TP3 1:4' holds a number") for why in reasons), reasons
