"""The lead's rows of session 30.

"Stp" is the stop abbreviated. Main (85bafd07) read "Stp: 2%" as no label at all, so the card
traded with no stop although the post gave one (as a percentage, which CONVENTIONS.md's
needs_review list refuses: "stop given only as a percentage"); "STP : 40000" was refused as an
unexplained number. The label is read only with a colon or "=" after it: "Buy STP 0.42" names the
coin STP.

An order added to a position ("DCA", "averaging", "добор", "докупка", "усреднение") in a post with
no side word and no word to open is no new trade: main traded "#ETH ставим добор 3000, стоп 2900"
as a new LONG at 3000, its side read from the stop under it (parsers/side_unsaid.side_added).
Made-up posts, marked so.
"""

from __future__ import annotations

import pytest

from tests.parsers.reads import not_traded, review, valid


@pytest.mark.parametrize(
    "text",
    [
        # (made up) the stop abbreviated, given as a percentage: refused, never traded stopless.
        "#BTC LONG\nEntry: 42000\nTarget: 45000\nStp: 2%",
        "#BTC LONG\nEntry: 42000\nTarget: 45000\nSTP = 2 %",
        "#BTC LONG\nEntry: 42000\nTarget: 45000\nStp loss: 2%",
    ],
)
def test_an_abbreviated_stop_as_a_percentage_is_refused(text: str) -> None:
    assert any("gives a percentage, not a price" in r for r in review(text))


@pytest.mark.parametrize(
    ("text", "stop"),
    [
        # (made up) the abbreviated stop's price is the stop.
        ("#BTC LONG\nEntry: 42000\nTarget: 45000\nSTP : 40000", 40000.0),
        ("#BTC LONG\nEntry: 42000\nTarget: 45000\nStp: 40000", 40000.0),
        # (made up, guards) STP the coin.
        ("Buy STP 0.42\nTarget: 0.45\nSL: 0.40", 0.40),
        ("#STP LONG\nEntry: 0.42\nTarget: 0.45\nSL: 0.40", 0.40),
        ("STP/USDT LONG\nEntry: 0.42\nTarget: 0.45\nSL: 0.40", 0.40),
    ],
)
def test_an_abbreviated_stop_is_read(text: str, stop: float) -> None:
    assert valid(text).stop_loss == stop


@pytest.mark.parametrize(
    "text",
    [
        # (made up) an added order's levels with no side and no word to open: not a new trade.
        "#ETH ставим добор 3000, стоп 2900",
        "#ETH\nдобор 3050 / стоп 3000",
        "#ETH усреднение 3000\nстоп 2900",
        "#ETH DCA 3000, SL 2900",
        "#ETH Averaging: 3000\nSL: 2900",
        "#ETH добор 3000\nцель 3200\nстоп 2900",
        "#ETH DCA 3000\nTP 3200\nSL 2900",
    ],
)
def test_an_added_order_with_no_side_is_not_a_new_trade(text: str) -> None:
    assert any("adds to a position" in r for r in review(text)), review(text)


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        # (made up, guards) a side word or an entry of its own keeps the call.
        ("#ETH LONG\nDCA 3000\nTP 3200\nSL 2900", [3000.0]),
        ("#ETH\nВход 3050\nдобор 3000\nстоп 2900", [3050.0, 3000.0]),
        ("ETH\nEntry 3050, add more at 3000\nSL 2900", [3050.0, 3000.0]),
        ("#ETH лонг\nдобор 3000\nцель 3200\nстоп 2900", [3000.0]),
    ],
)
def test_an_added_order_with_a_side_or_an_entry_still_trades(
    text: str, entries: list[float]
) -> None:
    assert valid(text).entries == entries


def test_an_added_order_not_read_as_a_call_is_not_traded() -> None:
    # (made up) "докупка" is no entry label: no signal at all.
    not_traded("#ETH докупка 3000, стоп 2900")


@pytest.mark.parametrize(
    "text",
    [
        # (made up) a numbered target list whose next item is left empty: refused as "TP3:" is.
        "#BTC LONG\nEntry 62000\nSL 60000\nTargets\n1) 63000\n2) 64000\n3) 65000\n4)",
        "#BTC LONG\nEntry 62000\nSL 60000\nTargets:\n1. 63000\n2. 64000\n3.",
        "#BTC LONG\nEntry 62000\nSL 60000\nTargets\n\n1) 63000\n\n2) 64000\n\n3) -\n",
        "$BTCUSDT - LONG\n\nТочка входа\n\n62000\n\nСтоп 60000\n\nТейк-профит\n\n1)  63000\n\n2)  64000\n\n3) ",
    ],
)
def test_a_numbered_target_left_empty_is_refused(text: str) -> None:
    assert any("with no price: the call is not complete" in r for r in review(text)), review(text)


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        # (made up, guards) the list ends with its last target, or a numbered line of prose.
        ("#BTC LONG\nEntry 62000\nSL 60000\nTargets\n1) 63000\n2) 64000\n3) 65000\nGood luck.", 3),
        ("1) #BTC LONG\nEntry 62000\nSL 60000\nTP 63000\n2)", 1),
        ("#BTC LONG\nEntry 62000\nSL 60000\nTargets\n1) 63000\n2) 64000\n\n5.", 2),
    ],
)
def test_a_numbered_list_that_ends_is_read(text: str, targets: int) -> None:
    assert len(valid(text).take_profits) == targets
