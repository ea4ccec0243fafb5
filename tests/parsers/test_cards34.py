"""Branch i13-cards34: signal cards that were refused or not read (the shapes the lead's masked
held-out probes named; no held-out text was read). Every post here is MADE UP unless a dev case
id stands beside it.

- a Persian buy in steps: "🟢 خرید پله اول" over its price, "🟡 خرید پله دوم (-3.5%)" over the
  second; a step alone heading its line ("🟢 پله اول"), never a target's ("🎯 پله اول (TP1)")
  (rows of parsers/lexicon_world.py; the step's percentage checked by parsers/step_entries.py);
- a heading's list ("Entry:" over "150.5") ends at a word and an index before a colon ("🎯Zorblat
  1: 155"): those were traded as entries (parsers/list_block.py);
- a percentage shouted, "Stop 66000  1,5!!!% риска", is a note (parsers/emphasis_notes.py);
- two or more numbered target rows left empty after the last filled one are a template's unused
  rows (CONVENTIONS "Numbered target slots left empty"; parsers/target_slots.py); one empty row,
  a gap, a dash stay refused;
- a title ending in the side or entry word and a listed ticker written with its capital ("High
  risk entry Algo" over "Entry 0.1345") names the card's coin (parsers/card_coins.py).
"""

from __future__ import annotations

import pytest

from tests.parsers.reads import PARSER, not_traded, review, valid

_FA_TAIL = "🎯تارگت 1: 155.0  (+3.0%)\n🎯تارگت 2: 160.0  (+6.3%)\n⛔️حد ضرر: 140.0  (-7.0%)"


def _fa(first: str, second: str | None) -> str:
    lines = ["SOL", f"🟢 {first}", "150.5 $"]
    if second is not None:
        lines += [f"🟡 {second} (-3.5%)", "145.2 $"]
    return "\n".join([*lines, _FA_TAIL])


_RU_CARD = "[trader#С]\n$BTCUSDT - SHORT\nВход 65000\nStop 66000\nТейк-профит\n{}"

READ: tuple[tuple[str, str, str, list[float], list[float], float], ...] = (
    # Persian steps: both prices are entries (main: 150.5 alone, the second step dropped).
    (_fa("خرید پله اول", "خرید پله دوم"), "SOLUSDT", "LONG", [150.5, 145.2], [155.0, 160.0], 140.0),
    (_fa("خرید اول", "خرید دوم"), "SOLUSDT", "LONG", [150.5, 145.2], [155.0, 160.0], 140.0),
    (_fa("پله اول", "ورود دوم"), "SOLUSDT", "LONG", [150.5, 145.2], [155.0, 160.0], 140.0),
    (_fa("مرحله اول", "مرحله دوم"), "SOLUSDT", "LONG", [150.5, 145.2], [155.0, 160.0], 140.0),
    (_fa("پله اول خرید", "پله دوم خرید"), "SOLUSDT", "LONG", [150.5, 145.2], [155.0, 160.0], 140.0),
    (_fa("خرید پله اول", None), "SOLUSDT", "LONG", [150.5], [155.0, 160.0], 140.0),
    # The shouted risk beside the stop, and a ratio note glued to each target.
    (
        _RU_CARD.replace("Stop 66000", "Stop 66000  1,5!!!% риска").format(
            "1).  64000(RR1-2)\n2). 63000(RR1-3)\n3)\n4)"
        ),
        "BTCUSDT",
        "SHORT",
        [65000.0],
        [64000.0, 63000.0],
        66000.0,
    ),
    # Template rows left empty after the last target.
    (
        _RU_CARD.format("1) 64000\n2) 63000\n3)\n4)"),
        "BTCUSDT",
        "SHORT",
        [65000.0],
        [64000.0, 63000.0],
        66000.0,
    ),
    (_RU_CARD.format("1) 64000\n2)\n3)\n4)"), "BTCUSDT", "SHORT", [65000.0], [64000.0], 66000.0),
    (
        "#BTC LONG\nEntry 62000\nSL 60000\nTargets:\n1. 63000\n2. 64000\n3.\n4.\n\nGood luck",
        "BTCUSDT",
        "LONG",
        [62000.0],
        [63000.0, 64000.0],
        60000.0,
    ),
    # The coin ending the title, after the entry word.
    (
        "High High risk entry Algo\nEntry 0.1345\nstop 0.1250\nTP 0.1400 0.1500 0.1600\nLeverage 5x",
        "ALGOUSDT",
        "LONG",
        [0.1345],
        [0.14, 0.15, 0.16],
        0.125,
    ),
)


@pytest.mark.parametrize(("text", "symbol", "side", "entries", "targets", "stop"), READ)
def test_card_read(
    text: str, symbol: str, side: str, entries: list[float], targets: list[float], stop: float
) -> None:
    sig = valid(text)
    assert (sig.symbol, sig.side.value if hasattr(sig.side, "value") else sig.side) == (
        symbol,
        side,
    )
    assert (sig.entries, sig.take_profits, sig.stop_loss) == (entries, targets, stop)


NOT_TRADED: tuple[str, ...] = (
    # A heading's list never takes an unknown label's indexed lines (a wrong trade on main:
    # entries 150.5, 155 and 160).
    "SOL\nEntry:\n150.5\nZorblat 1: 155.0\nZorblat 2: 160.0\nSL: 140",
    "SOL\n🟢 ورود اول\n150.5 $\n🎯سود 1: 155.0  (+3.0%)\n🎯سود 2: 160.0  (+6.0%)\n⛔️استاپ: 140.0",
    # A step whose percentage is not the step between the prices as written: which is wrong?
    _fa("خرید پله اول", "خرید پله دوم").replace("(-3.5%)", "(-5%)"),
    _fa("ورود اول", "ورود پله دوم").replace("(-3.5%)", "(+2%)"),
    # Steps named as targets are no entries.
    "SOL\nورود: 150\nاهداف:\nپله اول\n155\nپله دوم\n160\nاستاپ: 140",
    "SOL\nورود: 150\n🎯 پله اول\n155\n🎯 پله دوم\n160\nاستاپ: 140",
    # One empty row, a gap, a dash: a price left out.
    _RU_CARD.format("1) 64000\n2) 63000\n3)"),
    _RU_CARD.format("1) 64000\n2)\n3) 62000"),
    _RU_CARD.format("1) 64000\n2) 63000\n3) -\n4) -"),
    _RU_CARD.format("1) 64000\n2)\n3)\n4) 61000"),
    # A percentage beside a stop not shouted, but glued to another mark, stays a doubt.
    _RU_CARD.replace("Stop 66000", "Stop 66000  1,5?% риска").format("1) 64000\n2) 63000"),
)


@pytest.mark.parametrize("text", NOT_TRADED)
def test_not_traded(text: str) -> None:
    not_traded(text)


@pytest.mark.parametrize(
    "text",
    [
        # A title word in lower case that is also a ticker names no coin; nor a word no market has.
        "We go long near\nEntry 0.1345\nstop 0.1250\nTP 0.1400 0.1500 0.1600",
        "High High risk entry Now\nEntry 0.1345\nstop 0.1250\nTP 0.1400 0.1500 0.1600",
    ],
)
def test_title_word_names_no_coin(text: str) -> None:
    not_traded(text)


def test_a_take_of_a_percentage_is_no_target_price() -> None:
    # "Take: 50%": a share or a percentage target, never a target at 50.
    sig = PARSER.parse_sync("AVAX LONG\nEntry: 25.4\nTake: 50%\nStop: 24.3")
    assert sig is None or 50.0 not in sig.take_profits


def test_the_empty_row_reason_is_said() -> None:
    assert any(
        "with no price: the call is not complete" in r
        for r in review(_RU_CARD.format("1) 64000\n2) 63000\n3)"))
    )
