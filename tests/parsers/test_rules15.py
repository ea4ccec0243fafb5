"""Reading classes of issue 13, session 14 (i13-rules15): each a general form written in several
variants (not a corpus message), through the public parser, with the near misses that must still
be read as before. Each fails without its rule."""

from __future__ import annotations

import pytest

from tests.parsers.reads import PARSER, review, valid


# Class: a CJK target label glued to its price ("止盈11.569"): the digits before the point are
# the price's, not an index glued to the label (that read "止盈1" and the price ".569").
@pytest.mark.parametrize(
    ("post", "targets"),
    [
        ("#ETH 多\n进场 11.2\n止盈11.569\n止损10.9", [11.569]),
        ("#ETH 多\n进场 11.2\n目标12.5\n止损10.9", [12.5]),
        ("#ETH 多\n进场 11.2\n目标价11.9\n止损10.9", [11.9]),
        ("ETH 롱\n진입 11.2\n목표11.569\n손절 10.9", [11.569]),
        ("ETH ロング\nエントリー 11.2\n利確11.569\n损切り 10.9", [11.569]),
        # A glued index before a separator or a space stays an index.
        ("#ETH 多\n进场 11.2\n止盈1 11.569\n止盈2：11.9\n止损10.9", [11.569, 11.9]),
        ("#ETH 多\n进场 11.2\n目标1:11.569\n目标2 11.9\n止损10.9", [11.569, 11.9]),
    ],
)
def test_parse_when_a_cjk_target_label_is_glued_to_its_price_then_the_whole_price(
    post: str, targets: list[float]
) -> None:
    assert valid(post).take_profits == targets


# Class: a bullet before a list's item whose value is a range of percentages: numbers.py's one
# bullet form (any run of symbols, a dash too), not a list of its own. "| - 8.5 - 26%" was traded
# with target 8.5 dropped silently (the dash hid the item's start from the check).
@pytest.mark.parametrize("bullet", ["•", "-", "🔹", "➡️", "▫️", "»"])
def test_one_line_when_any_bullet_opens_a_percent_range_target_then_review(bullet: str) -> None:
    text = (
        f"$RUNE/USDT LONG | Entry: 7.6, 7.62 | Targets | {bullet} 8.5 - 26% | {bullet} 9 - 50% | "
        f"{bullet} 9.5 - 59% | SL: 6.8"
    )
    assert any("gives a percentage, not a price: '8.5 - 26%'" in why for why in review(text))
