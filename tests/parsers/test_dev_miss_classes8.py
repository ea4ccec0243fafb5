"""Classes of dev misses made general rules (issue 13, branch i13-rules8): each class with
variants beyond the one dev message it came from, through the real entry point."""

from __future__ import annotations

import pytest

from parsers import EnhancedParser
from parsers.normalize import normalize

PARSER = EnhancedParser(enable_ai=False)
LEVELS = "ETH/USDT LONG\nEntry: 3000 - 2950\nTP1: 3100\nTP2: 3200\nSL: 2900\n"


def _read(text: str) -> tuple[list[float], list[float], float | None, int | None]:
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    return sig.entries, sig.take_profits, sig.stop_loss, sig.leverage


@pytest.mark.parametrize(
    "advice",
    [
        "Safe traders use 2X-3X only with 1% fund only",
        "Beginners: 3x max",
        "Conservative traders can use 2x",
        "low-risk traders use 3x",
    ],
)
def test_parse_when_cautious_readers_get_another_leverage_then_the_channels_is_read(
    advice: str,
) -> None:
    assert _read(LEVELS + "Leverage: 10x\n" + advice)[3] == 10


def test_parse_when_the_advice_is_the_only_leverage_then_it_is_read() -> None:
    assert _read(LEVELS + "Safe traders use 2X-3X only")[3] == 2


def test_parse_when_two_leverages_without_advice_words_then_needs_review() -> None:
    sig = PARSER.parse_sync(LEVELS + "Leverage: 10x\nUse 3x")
    assert sig is not None and not sig.is_valid()
    assert any("two leverages" in why for why in sig.review)


@pytest.mark.parametrize(
    "note",
    [
        "止損很大跌幅要20%，低槓桿進行擔心風險可以不開",
        "SL is about 4% below the entry, keep size small",
        "Stop loss is roughly 3.5% under our average",
    ],
)
def test_parse_when_the_read_stop_is_told_again_as_a_distance_then_read(note: str) -> None:
    assert _read(LEVELS + note)[:3] == ([3000.0, 2950.0], [3100.0, 3200.0], 2900.0)


@pytest.mark.parametrize(
    "stop",
    [
        "Stop loss should be placed about 5% under the entry",
        "Stop loss placed around 4% below the entry zone",
        "Keep your stop loss roughly 3% beneath the entry",
    ],
)
def test_parse_when_the_stop_is_only_a_distance_in_a_sentence_then_needs_review(
    stop: str,
) -> None:
    sig = PARSER.parse_sync("ETH/USDT LONG\nEntry: 3000 - 2950\nTP1: 3100\nTP2: 3200\n" + stop)
    assert sig is not None and not sig.is_valid()
    assert any("percentage" in why for why in sig.review), sig.review


def test_parse_when_a_second_stop_is_a_bare_percentage_then_still_needs_review() -> None:
    sig = PARSER.parse_sync(LEVELS + "SL: 20%")
    assert sig is not None and not sig.is_valid()


@pytest.mark.parametrize(
    "story",
    [
        "Over 24,000 short positions were liquidated when ETH hit $2,486.",
        "Last night the price reached 2,380 before buyers stepped back in",
        "Shorts got squeezed hard when it hit $2,700 on Monday morning",
    ],
)
def test_parse_when_a_sentence_tells_where_the_market_went_then_no_report(story: str) -> None:
    text = "ETH LONG\n" + story + "\nBuy zone: 2475-2490\nTP1: 2540\nTP2: 2600\nSL: 2430"
    assert _read(text)[:3] == ([2475.0, 2490.0], [2540.0, 2600.0], 2430.0)


@pytest.mark.parametrize(
    "report",
    [
        "TP1 hit 🎯",
        "We already hit 2540 today, well done everyone",
        "Profit booked on this one 💰",
        "This call reached 2540 yesterday, congrats to all",
    ],
)
def test_parse_when_a_line_reports_a_level_of_the_signal_then_not_a_new_trade(
    report: str,
) -> None:
    text = "ETH LONG\nBuy zone: 2475-2490\nTP1: 2540\nTP2: 2600\nSL: 2430\n" + report
    sig = PARSER.parse_sync(text)
    assert sig is None or not sig.is_valid()


@pytest.mark.parametrize(
    "text",
    [
        "Close #BTC long at 65400 for profit",
        "Closing ETH short at 3100, nice trade",
        "Exit HYPE/USDT (Binance Futures) SHORT at 42 now",
        "Close AT/USDT 📈 LONG at 0.147",
        "closed my SOL/USDT long at 182, next one soon",
    ],
)
def test_parse_when_a_close_names_the_side_then_no_new_trade_but_a_close(text: str) -> None:
    sig = PARSER.parse_sync(text)
    assert sig is None or not sig.is_valid()
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == "CLOSE"


def test_parse_when_a_close_of_a_side_comes_with_levels_then_needs_review() -> None:
    sig = PARSER.parse_sync("Close #BTC long at 65400 for profit\nSL 64000")
    assert sig is not None and not sig.is_valid()
    assert any("a position to close" in why for why in sig.review)


@pytest.mark.parametrize(
    "text",
    [
        "XRP\nPrice is close to resistance, we short here\nEntry 0.45\nSL 0.47\nTP 0.40",
        "BTC/USDT SHORT\nEntry 65000\nClose 64000 - 63000\nSL 66000",
    ],
)
def test_parse_when_close_is_no_verb_on_the_side_then_the_signal_is_read(text: str) -> None:
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.problems()


def test_parse_when_a_bare_price_line_follows_the_stop_then_it_is_no_entry() -> None:
    sig = PARSER.parse_sync("ENA/USDT Perp LONG 📈\n🛑 Stop Price 0.32 (-8%)\n0.42 0.38")
    assert sig is None or not sig.is_valid()


@pytest.mark.parametrize(
    ("text", "kind", "symbol"),
    [
        ("Good luck!\ntop2", "TP_HIT", None),
        ("top1\n\nJoin our VIP channel 👑", "TP_HIT", None),
        ("Join our VIP channel 👑\n走了", "CLOSE", None),
        ("DYOR\nClose algo", "CLOSE", "ALGOUSDT"),
        ("Closing eth at entry\n\n#crypto #altcoins", "CLOSE", "ETHUSDT"),
    ],
)
def test_update_when_a_short_reply_has_chatter_around_then_read(
    text: str, kind: str, symbol: str | None
) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == kind
    assert update.symbol == symbol


@pytest.mark.parametrize(
    ("text", "entries", "targets"),
    [
        ("$TIA — LONG\nEP: 10.45\nTP: 10.90 / 11.40\nSL: 9.85", [10.45], [10.9, 11.4]),
        ("SHORT $OP\nE.P. 1.86 | TP 1.80 / 1.74 | SL 1.92", [1.86], [1.8, 1.74]),
        (
            "#SUI\nBuying between 1.72 and 1.75\nSelling at 1.80 / 1.86\nSL at 1.66",
            [1.72, 1.75],
            [1.8, 1.86],
        ),
        (
            "#SUI short\nSelling between 1.80 and 1.86\nBuying at 1.72 / 1.66\nSL 1.92",
            [1.8, 1.86],
            [1.72, 1.66],
        ),
    ],
)
def test_parse_when_entry_is_ep_or_a_gerund_then_read(
    text: str, entries: list[float], targets: list[float]
) -> None:
    got = _read(text)
    assert (sorted(got[0]), got[1]) == (sorted(entries), targets)


# ---------------------------------------------------------------- corpus batches 29-35 (session 7)


def test_parse_when_a_numbered_heading_opens_the_stop_then_its_number_is_no_stop() -> None:
    text = (
        "ETH short\n2. **Take Profit (TP)**:\n- Target the support at $2,309.36.\n"
        "3. **Stop Loss (SL)**:\n- place it at $2,850.00.\n### Summary:\n"
        "- **Entry Point**: $2,576.77 (short)\n- **Take Profit**: $2,309.36\n"
        "- **Stop Loss**: $2,850.00"
    )
    assert _read(text)[:3] == ([2576.77], [2309.36], 2850.0)


@pytest.mark.parametrize("name", ["TP{i}", "T{i}", "Target {i}", "short term"])
def test_parse_when_a_target_label_names_itself_again_in_brackets_then_read(name: str) -> None:
    lines = [f"Take Profit {i} ({name.format(i=i)}): {p}" for i, p in ((1, "4.15"), (2, "4.20"))]
    text = "EUL long\nEntry Zone: 4.03-4.09\nStop Loss (SL): 3.944\n" + "\n".join(lines)
    assert _read(text)[:3] == ([4.03, 4.09], [4.15, 4.2], 3.944)


@pytest.mark.parametrize(
    "note",
    [
        "Reward Distance (to TP3): 4.241−4.06=0.181",
        "Risk:Reward\n• To TP2: ~1:1.8\n• To TP3: ~1:2.3",
        "Distance to TP1: 0.12",
    ],
)
def test_parse_when_a_line_measures_up_to_a_target_then_no_new_target(note: str) -> None:
    text = "EUL long\nEntry: 4.03-4.09\nSL: 3.944\nTP1: 4.15\nTP2: 4.20\nTP3: 4.241\n" + note
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.take_profits == [4.15, 4.2, 4.241], sig and sig.problems()


@pytest.mark.parametrize(
    ("head", "symbol"),
    [("Ethereum short setup", "ETHUSDT"), ("bitcoin long", "BTCUSDT"), ("Solana short", "SOLUSDT")],
)
def test_parse_when_a_coin_name_opens_the_side_line_then_its_ticker(head: str, symbol: str) -> None:
    side = "LONG" if "long" in head else "SHORT"
    text = head + (
        "\nEntry: 1815\nTP: 1862\nSL: 1790"
        if side == "LONG"
        else "\nEntry: 1815\nTP: 1762\nSL: 1833"
    )
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.symbol == symbol


@pytest.mark.parametrize(
    ("sum_line", "refused"),
    [
        ("Risk: 1855 – 1815 = 40 points", True),  # the risk counted from another stop
        ("Reward: 1815 - 1700 = 115", True),  # to another target
        ("Risk: 1833 – 1815 = 18 points", False),  # the levels read
        ("Reward: 1815 - 1762 = 53 points", False),
        ("Risk: 1833 - 1820 = 13", False),  # from the middle of the entry zone
        ("Hold 2 - 3 = 5 days", False),  # no sum of prices
    ],
)
def test_parse_when_the_post_works_a_sum_from_its_levels_then_another_level_needs_review(
    sum_line: str, refused: bool
) -> None:
    text = "ETH short\nEntry: 1815 - 1825\nTarget (TP): 1762\nStop-Loss (SL): 1833\n" + sum_line
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid() is not refused, sig.review


def test_parse_when_e_g_names_a_stop_without_a_level_then_no_lesson() -> None:
    text = (
        "ETH short\nEntry: 2663.89\nTake Profit: 2309.36\nStop Loss: 2830\n"
        "Risk Profile: aim for a balanced ratio (e.g., 1:2) and avoid overly tight stop losses."
    )
    assert _read(text)[:3] == ([2663.89], [2309.36], 2830.0)
    lesson = "ETH\nFor example, buy at 2.75 → set TP at 2.88 and SL at 2.60"
    sig = PARSER.parse_sync(lesson)
    assert sig is None or not sig.is_valid()


def test_parse_when_the_summary_repeats_a_target_after_the_stop_then_one_target() -> None:
    text = (
        "ETH short\nEntry: 2663.89\nTake Profit: 2309.36\nStop Loss: 2830\n"
        "Summary:\nEntry: 2663.89\nTake Profit: 2309.36\nStop Loss: 2830"
    )
    assert _read(text)[:3] == ([2663.89], [2309.36], 2830.0)
    # (A target written twice in one list, before the stop, stays as written.)
    assert _read("ETH short\nEntry: 2663\nTP: 2500, 2400, 2400\nSL: 2830")[1] == [
        2500.0,
        2400.0,
        2400.0,
    ]


@pytest.mark.parametrize(
    "text",
    [
        "APEUSDT\nLeverage: Cross 10X\nBuy Zone: 2.67 - 2.97\nSell: 2.98\n\nENA\nEntry: 0.42-0.38"
        "\nSL: 0.32\nTP: 0.45",
        "ETHUSD analysis: we like the short side.\n\nXRP alım 0.65 hedef 0.70-0.75 zarar durdur 0.60",
    ],
)
def test_parse_when_another_coin_heads_the_levels_then_needs_review(text: str) -> None:
    sig = PARSER.parse_sync(text)
    assert sig is None or not sig.is_valid()


@pytest.mark.parametrize(
    "text",
    [
        "#CRYPTOZONE\n\n#XCN/USDT\nBuy around 335-325\nSelling Targets - 340-347\nStop – 275",
        "OP long 20x\n\nINPUT 2.453 - 2.4\n\nSL 2.357\n\nTP 2.478 - 2.51",
        "$APE\nSide: LONG\nBUY AREA: 2.67 - 2.97\nGOALS:\n1. 3.05\n2. 3.20\nSL: 2.50",
    ],
)
def test_parse_when_a_tag_or_label_stands_alone_then_no_second_coin(text: str) -> None:
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.problems()


# ---------------------------------------------------------------- corpus batches 36-40 (session 7)

PLAN = (
    "$XRP /USDT – Short Trade Setup\n"
    "Ideal Entry: Enter a short position between $3.06 and $3.10 on a minor pullback.\n"
    "Stop Loss: Place the stop loss just above the last minor resistance, around $3.13, to"
    " protect against a deeper correction.\n"
    "Target 1: Set the first target at the recent support zone near $3.00.\n"
    "Target 2: Aim for the next major support around $2.97.\n"
)


def test_parse_when_each_label_is_followed_by_a_sentence_then_its_one_price_is_read() -> None:
    assert _read(PLAN) == ([3.06, 3.1], [3.0, 2.97], 3.13, None)


def test_parse_when_targets_are_given_again_as_reward_multiples_then_no_leverage() -> None:
    text = PLAN + (
        "Risk-Reward:\nTarget 1: Approximately 2.5x reward compared to the risk.\n"
        "Target 2: Approximately 4x reward if the correction extends further."
    )
    assert _read(text) == ([3.06, 3.1], [3.0, 2.97], 3.13, None)
    # ("Leverage: 20x" over a "Risk:" line stays the leverage.)
    assert _read(LEVELS + "Leverage: 20x\nRisk: 2% of portfolio")[3] == 20


def test_parse_when_a_target_sentence_holds_a_price_then_never_traded_without_it() -> None:
    text = (
        "$XRP /USDT – Short\nEntry: 3.06-3.10\nStop Loss: 3.13\n"
        "Target 1: Set the first target at the recent support zone near $3.00.\n"
        "Target 2: Aim for the next major support around $2.97."
    )
    sig = PARSER.parse_sync(text)
    assert sig is not None
    assert not sig.is_valid() or sig.take_profits == [3.0, 2.97]


@pytest.mark.parametrize(
    "crowd",
    [
        "Shorts Liquidated at $2,583: ~$5.5K in shorts wiped out.",
        "Liquidations trigger moves up as shorts are forced to buy back.",
    ],
)
def test_parse_when_other_traders_shorts_are_told_then_no_side(crowd: str) -> None:
    text = crowd + "\nBuy Zone: $2,565–$2,595\nT1: $2,668\nT2: $2,725\nStop Loss: Below $2,525"
    sig = PARSER.parse_sync(text + "\n#ETH")
    assert sig is not None and sig.side == "LONG" and sig.is_valid(), sig and sig.problems()


def test_parse_when_the_stop_word_runs_into_its_price_then_read() -> None:
    text = "$RAY /USDT – Long\n• Buy Between: 2.05 –2.15\n🎯 Targets\n• T1: 2.35\n• T2:2.70\n"
    assert _read(text + "🛡️ Stop-Loss\n• Below1.93")[2] == 1.93


@pytest.mark.parametrize(
    ("note", "after"),
    [
        ("• Adjust SL to entry after T1", 1),
        (
            "Once the price hits TP2 (3200), you must move your Stop Loss down to your Entry Price",
            2,
        ),
        ("Set stop loss at breakeven once target 1 is hit", 1),
    ],
)
def test_parse_when_a_break_even_is_asked_in_other_words_then_read(note: str, after: int) -> None:
    sig = PARSER.parse_sync(LEVELS + note)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert sig.break_even_after_tp == after


def test_parse_when_an_unlabelled_line_holds_a_date_with_its_year_then_no_price() -> None:
    text = "ETH long\nTechnical Outlook (as of May 15, 2025):\n" + LEVELS.split("\n", 1)[1]
    assert _read(text)[:3] == ([3000.0, 2950.0], [3100.0, 3200.0], 2900.0)


TEMPLATE = (
    "$ZEC\n$ZEC/USDT\nCurrent price: 59.04\nTarget price:\n- TP1: 60.50 (Fibonacci 38.2%)\n"
    "- TP2: 62.00 (Neckline breakout)\nStop loss price: below 57.50\nReasons to buy:\n"
    "1. Support validity:\n- Price at 57.50 (Fibonacci 61.8% retracement) and 58.50 (MA(50)"
    " support)\n- Short-term trend is upward, price breaks MA(25) at 59.50\n"
    "- RSI(14)=65 (neutral to bullish)\n- 60.50= (57.50→60.50 increase) ×0.382+60.50\n"
    "- After breaking 60.50, move stop loss up to 59.50 (MA7 support)"
)


def test_parse_when_reasons_follow_the_levels_then_the_levels_are_the_signal() -> None:
    sig = PARSER.parse_sync(TEMPLATE)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert (sig.entries, sig.take_profits, sig.stop_loss) == ([], [60.5, 62.0], 57.5)


@pytest.mark.parametrize("after", ["Entry got filled, waiting for targets", "TP1 hit ✅ +35%"])
def test_parse_when_a_report_follows_the_reasons_then_still_refused(after: str) -> None:
    sig = PARSER.parse_sync(TEMPLATE + "\n\n" + after)
    assert sig is None or not sig.is_valid()


def test_parse_when_levels_are_incomplete_above_the_reasons_then_not_read_from_them() -> None:
    text = TEMPLATE.replace("Stop loss price: below 57.50\n", "")
    sig = PARSER.parse_sync(text)
    assert sig is None or not sig.is_valid() or sig.stop_loss is None


@pytest.mark.parametrize(
    "text",
    [
        "🚨SHORT $ORDI @ MARKET\nENTRY: $75.818\nTP1: $73.731\nSL: $84.664\n\nThe ETHUSD pair"
        " is likely to pull back. Profits should be taken at $2,840. Stop Loss could be set at"
        " $3,270.",
        "The ETHUSD pair is likely to pull back. Stop Loss could be set at $3,270.\n\nCTK  / USDT"
        "\n\nLONG  : 1.38\n\nTarget : 1.40 - 1.45\n\nStop : 1.28",
    ],
)
def test_parse_when_two_posts_name_two_coins_each_with_levels_then_needs_review(text: str) -> None:
    sig = PARSER.parse_sync(text)
    assert sig is None or not sig.is_valid()


def test_parse_when_market_is_said_and_a_bare_price_follows_then_needs_review() -> None:
    text = "AUDIO-USDT LONG 📈\nBuy now\nLeverage: 10X - 20X\n0.3568\nTargets:0.361\nS/L - 0.2662$"
    sig = PARSER.parse_sync(text)
    assert sig is not None and not sig.is_valid()
    assert any("at market" in why for why in sig.review)
    # (Without the market word the line under the coin is its entry.)
    assert _read(text.replace("Buy now\n", ""))[0] == [0.3568]


@pytest.mark.parametrize(
    ("text", "symbol", "price"),
    [
        ("New stop for #SOL: 181", "SOLUSDT", 181.0),
        ("New SL for BTC: 63200", "BTCUSDT", 63200.0),
        ("#ETH/USDT new stop loss 3150", "ETHUSDT", 3150.0),
    ],
)
def test_update_when_a_new_stop_is_given_then_the_stop_moves(
    text: str, symbol: str, price: float
) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == "MOVE_SL"
    assert (update.symbol, update.price) == (symbol, price)


def test_update_when_a_long_plan_names_a_new_stop_for_plan_b_then_no_stop_move() -> None:
    text = (
        "Position: LONG\nEntry Zone:\n• $6.00 - $6.08\nTargets:\n• T1: $6.25\n⛔ Stop Loss:\n"
        "• $5.79\n🔄 Reversal Strategy if Stop Loss Triggers:\n• New Entry: $5.75\n"
        "• New Stop Loss: $5.60\nKey Technical Points:\n• RSI neutral (~55)"
    )
    update = PARSER.parse_update_sync(text)
    assert update is None or update.kind.value != "MOVE_SL"


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("تم تحقيق الهدف الأول ✅ #BTC", 1),
        ("#ETH الهدف الثاني تحقق", 2),
        ("#SOL الهدف الثالث ✅", 3),
    ],
)
def test_update_when_an_arabic_ordinal_target_is_reached_then_a_target_hit(
    text: str, index: int
) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == "TP_HIT" and update.tp_index == index


def test_parse_when_a_line_wraps_inside_a_number_then_it_is_read_whole() -> None:
    text = "BTC\nEntry Price: $105,500\nExit Target: $112,000\nUse a stop-loss at $1\n03,500 to manage risk."
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert sig.stop_loss == 103500.0
    start, end = sig.spans["stop_loss"][0]
    assert text[start:end].replace("\n", "") == "103,500"
    # (A list whose next line starts with 0 is no wrapped number: "$1" then "0,5" stays apart.)
    assert "\n" in normalize("TP $1\n0,5")
