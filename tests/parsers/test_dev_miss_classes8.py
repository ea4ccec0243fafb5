"""Classes of dev misses made general rules (issue 13, branch i13-rules8): each class with
variants beyond the one dev message it came from, through the real entry point: the levels
(leverage, stop, entry, targets) and the numbers beside them. What a post is (a report, a close,
another coin's post, a template's reasons) and follow-ups are in test_dev_miss_posts8.py."""

from __future__ import annotations

import pytest

from parsers.normalize import normalize
from tests.parsers.dev_miss_reads8 import read_levels
from tests.parsers.reads import PARSER

LEVELS = "ETH/USDT LONG\nEntry: 3000 - 2950\nTP1: 3100\nTP2: 3200\nSL: 2900\n"


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
    assert read_levels(LEVELS + "Leverage: 10x\n" + advice)[3] == 10


def test_parse_when_the_advice_is_the_only_leverage_then_it_is_read() -> None:
    assert read_levels(LEVELS + "Safe traders use 2X-3X only")[3] == 2


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
    assert read_levels(LEVELS + note)[:3] == ([3000.0, 2950.0], [3100.0, 3200.0], 2900.0)


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


def test_parse_when_a_bare_price_line_follows_the_stop_then_it_is_no_entry() -> None:
    sig = PARSER.parse_sync("ENA/USDT Perp LONG 📈\n🛑 Stop Price 0.32 (-8%)\n0.42 0.38")
    assert sig is None or not sig.is_valid()


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
    got = read_levels(text)
    assert (sorted(got[0]), got[1]) == (sorted(entries), targets)


# ---------------------------------------------------------------- corpus batches 29-35 (session 7)


def test_parse_when_a_numbered_heading_opens_the_stop_then_its_number_is_no_stop() -> None:
    text = (
        "ETH short\n2. **Take Profit (TP)**:\n- Target the support at $2,309.36.\n"
        "3. **Stop Loss (SL)**:\n- place it at $2,850.00.\n### Summary:\n"
        "- **Entry Point**: $2,576.77 (short)\n- **Take Profit**: $2,309.36\n"
        "- **Stop Loss**: $2,850.00"
    )
    assert read_levels(text)[:3] == ([2576.77], [2309.36], 2850.0)


@pytest.mark.parametrize("name", ["TP{i}", "T{i}", "Target {i}", "short term"])
def test_parse_when_a_target_label_names_itself_again_in_brackets_then_read(name: str) -> None:
    lines = [f"Take Profit {i} ({name.format(i=i)}): {p}" for i, p in ((1, "4.15"), (2, "4.20"))]
    text = "EUL long\nEntry Zone: 4.03-4.09\nStop Loss (SL): 3.944\n" + "\n".join(lines)
    assert read_levels(text)[:3] == ([4.03, 4.09], [4.15, 4.2], 3.944)


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
    assert read_levels(text)[:3] == ([2663.89], [2309.36], 2830.0)
    lesson = "ETH\nFor example, buy at 2.75 → set TP at 2.88 and SL at 2.60"
    sig = PARSER.parse_sync(lesson)
    assert sig is None or not sig.is_valid()


def test_parse_when_the_summary_repeats_a_target_after_the_stop_then_one_target() -> None:
    text = (
        "ETH short\nEntry: 2663.89\nTake Profit: 2309.36\nStop Loss: 2830\n"
        "Summary:\nEntry: 2663.89\nTake Profit: 2309.36\nStop Loss: 2830"
    )
    assert read_levels(text)[:3] == ([2663.89], [2309.36], 2830.0)
    # (A target written twice in one list, before the stop, stays as written.)
    assert read_levels("ETH short\nEntry: 2663\nTP: 2500, 2400, 2400\nSL: 2830")[1] == [
        2500.0,
        2400.0,
        2400.0,
    ]


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
    assert read_levels(PLAN) == ([3.06, 3.1], [3.0, 2.97], 3.13, None)


def test_parse_when_targets_are_given_again_as_reward_multiples_then_no_leverage() -> None:
    text = PLAN + (
        "Risk-Reward:\nTarget 1: Approximately 2.5x reward compared to the risk.\n"
        "Target 2: Approximately 4x reward if the correction extends further."
    )
    assert read_levels(text) == ([3.06, 3.1], [3.0, 2.97], 3.13, None)
    # ("Leverage: 20x" over a "Risk:" line stays the leverage.)
    assert read_levels(LEVELS + "Leverage: 20x\nRisk: 2% of portfolio")[3] == 20


def test_parse_when_a_target_sentence_holds_a_price_then_never_traded_without_it() -> None:
    text = (
        "$XRP /USDT – Short\nEntry: 3.06-3.10\nStop Loss: 3.13\n"
        "Target 1: Set the first target at the recent support zone near $3.00.\n"
        "Target 2: Aim for the next major support around $2.97."
    )
    sig = PARSER.parse_sync(text)
    assert sig is not None
    assert not sig.is_valid() or sig.take_profits == [3.0, 2.97]


def test_parse_when_the_stop_word_runs_into_its_price_then_read() -> None:
    text = "$RAY /USDT – Long\n• Buy Between: 2.05 –2.15\n🎯 Targets\n• T1: 2.35\n• T2:2.70\n"
    assert read_levels(text + "🛡️ Stop-Loss\n• Below1.93")[2] == 1.93


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
    assert read_levels(text)[:3] == ([3000.0, 2950.0], [3100.0, 3200.0], 2900.0)


def test_parse_when_a_line_wraps_inside_a_number_then_it_is_read_whole() -> None:
    text = "BTC\nEntry Price: $105,500\nExit Target: $112,000\nUse a stop-loss at $1\n03,500 to manage risk."
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert sig.stop_loss == 103500.0
    start, end = sig.spans["stop_loss"][0]
    assert text[start:end].replace("\n", "") == "103,500"
    # (A list whose next line starts with 0 is no wrapped number: "$1" then "0,5" stays apart.)
    assert "\n" in normalize("TP $1\n0,5")
