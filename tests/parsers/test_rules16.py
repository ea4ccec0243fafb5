"""Reading classes of issue 13, session 15 (i13-rules16): each a general form written in several
variants (not a corpus message), through the public parser, with the near misses that must still
be read as before. Each fails without its rule."""

from __future__ import annotations

import pytest

from parsers.models import UpdateKind
from parsers.updates import read_update
from tests.parsers.reads import PARSER, review, valid


# Class: a spot call's sell list ticked ("Buy 0.14 - 0.15 / Sell : 0.29✅ - 0.45✅ - 0.67"): one
# reading of the sell label for the report's kind and its target's number, whatever the buy line's
# separator (none, ":", full-width "：").
@pytest.mark.parametrize(
    ("post", "index"),
    [
        ("DUSK/USDT\nBuy 0.14 - 0.15\nSell : 0.29✅ - 0.45✅ - 0.67", 2),
        ("DUSK/USDT\nBuy: 0.14\nSell：0.29✅ 0.45✅ 0.67✅ 0.80", 3),
        ("DUSK/USDT\nBuy：0.14\nSell: 0.29✅ 0.45", 1),
    ],
)
def test_update_when_a_spot_calls_sell_list_is_ticked_then_its_last_tick_is_the_target(
    post: str, index: int
) -> None:
    update = read_update(post)
    assert update is not None and update.kind is UpdateKind.TP_HIT
    assert update.tp_index == index


# With no buy line, "Sell : 43000 ✅" may be a short's entry filled: no target counted.
@pytest.mark.parametrize("post", ["BTC\nSell : 43000 ✅", "#ETH\nSell: 2450✅ 2440✅"])
def test_update_when_a_sell_label_is_ticked_with_no_buy_line_then_no_target_hit(post: str) -> None:
    update = read_update(post)
    assert update is None or update.kind is not UpdateKind.TP_HIT


# Class: a target's index written with the count of targets ("TP 1/3: 12.90": target 1 of 3):
# the count is no price (it was read as a target at 3, and the long refused as a short's levels).
@pytest.mark.parametrize(
    ("post", "targets"),
    [
        ("BTC/USDT LONG\nEntry: 12.5\nTP 1/3: 12.90\nTP 2/3: 13.40\nTP 3/3: 14.00\nSL: 12.0",
         [12.9, 13.4, 14.0]),
        ("BTC/USDT LONG\nEntry: 12.5\nTP1/2: 12.90\nTP2/2: 13.40\nSL: 12.0", [12.9, 13.4]),
        ("BTC/USDT LONG\nEntry: 12.5\nTarget 1/2 - 12.90\nTarget 2/2 - 13.40\nSL: 12.0",
         [12.9, 13.4]),
        ("ETH SHORT\nEntry: 1.20\nЦель 1/2: 1.10\nЦель 2/2: 1.05\nSL: 1.30", [1.1, 1.05]),
        # Near miss: "TP 5/6" with nothing after it is two targets, as before.
        ("XYZ LONG\nEntry: 4.5\nTP 5/6\nSL 4", [5.0, 6.0]),
    ],
)  # fmt: skip
def test_parse_when_a_target_index_names_the_count_then_the_count_is_no_price(
    post: str, targets: list[float]
) -> None:
    assert valid(post).take_profits == targets


# Class: the quote's unit glued to a price ("Entry: 0.51USDT"), read as "0.51 USDT" and "0.51$"
# are (the entry was left unread and the signal refused, or not read at all).
@pytest.mark.parametrize(
    "post",
    [
        "ETH/USDT LONG\nEntry: 0.51USDT\nTP: 0.56USDT\nSL: 0.48USDT",
        "ETH/USDT LONG\nEntry: 0.51usdt\nTP: 0.56\nSL: 0.48",
        "ETH/USDT LONG\nEntry 0.51USD\nTP 0.56USD\nSL 0.48USD",
        "ETH/USDC LONG\nEntry: 0.51USDC\nTP: 0.56USDC\nSL: 0.48USDC",
    ],
)
def test_parse_when_the_unit_is_glued_to_the_price_then_the_price_is_read(post: str) -> None:
    sig = valid(post)
    assert (sig.entries, sig.take_profits, sig.stop_loss) == ([0.51], [0.56], 0.48)


# ("0.2582USDT" under a coin no rule names: the decimals and the glued quote are no pair
# "2582USDT" to trade; harness number_forms at seed 12 drew that wrong trade.)
@pytest.mark.parametrize(
    "post",
    [
        "#HIGH Short\nEntry: 0.2582USDT\nTP1: 0.227USDT\nTP2: 0.203USDT\nSL: 0.3005USDT",
        "Short\nEntry: 0.2582USDT\nTP1: 0.227USDT\nSL: 0.3005USDT",
        "SHORT NOW\nEntry: 1,2582USDT\nTP1: 1,227USDT\nSL: 1,3005USDT",
    ],
)
def test_parse_when_a_glued_unit_follows_decimals_then_they_name_no_coin(post: str) -> None:
    sig = PARSER.parse_sync(post)
    assert sig is None or "2582" not in sig.symbol


def test_parse_when_other_letters_are_glued_to_a_price_then_it_is_still_no_price() -> None:
    assert any(
        "0.51usdx" in why for why in review("ETH/USDT LONG\nEntry: 0.51usdx\nTP: 0.56\nSL: 0.48")
    )


# Class: an entry offered as a choice between the market and a price ("Entry: market or 148"):
# never a limit at 148 nor a market order picked for the user (it was a limit at 148): review.
@pytest.mark.parametrize(
    "entry",
    [
        "Entry: market or 148",
        "Entry: 148 or market",
        "Entry: CMP or $148",
        "Buy at market or at 148",
        "Entry: 148 or at the current price",
        "Вход: по рынку или 148",
        "Entrada: mercado o 148",
    ],
)
def test_parse_when_the_entry_is_market_or_a_price_then_review(entry: str) -> None:
    reasons = review(f"SOL LONG\n{entry}\nTP: 155\nSL: 140")
    assert "the entry is a choice, at market or at 148: which is meant?" in reasons


# Near misses: the market word beside the price alone gives the price of the moment.
@pytest.mark.parametrize("entry", ["Entry: 148 (CMP)", "Entry: now 148", "Entry: 148 market"])
def test_parse_when_the_market_word_stands_beside_the_price_then_one_entry(entry: str) -> None:
    assert valid(f"SOL LONG\n{entry}\nTP: 155\nSL: 140").entries == [148.0]


# Class: leverage written as "L" and its number after the coin and its side ("#BTC LONG L50"):
# 50x (it was dropped silently: the trade went out at the default leverage).
@pytest.mark.parametrize(
    ("post", "leverage"),
    [
        ("#BTC LONG L50\nEntry: 43000\nTP: 44000\nSL: 42500", 50),
        ("ETH/USDT Short | L10 | Entry: 2450 | TP: 2400 | SL: 2500", 10),
        ("SOLUSDT short - L20\nEntry: 150\nTP: 140\nSL: 155", 20),
        ("#BTC лонг L25\nВход: 43000\nТейк: 44000\nСтоп: 42500", 25),
        # Near misses: an x-leverage given too wins; a layer in prose is none.
        ("#BTC LONG L50 10x\nEntry: 43000\nTP: 44000\nSL: 42500", 10),
        ("#ETH LONG\nEntry: 2450\nTP: 2500\nSL: 2400\nETH is the strongest L1 today", None),
    ],
)
def test_parse_when_the_leverage_is_an_l_after_the_side_then_it_is_read(
    post: str, leverage: int | None
) -> None:
    assert valid(post).leverage == leverage


def test_parse_when_l_and_a_number_name_the_coin_after_the_side_then_no_leverage() -> None:
    sig = valid("LONG L3\nEntry: 0.05\nTP: 0.06\nSL: 0.045")  # Layer3's coin, L3
    assert (sig.symbol, sig.leverage) == ("L3USDT", None)


# Class: a target's number after the number sign glued to the label ("Тейк№1: 44000"; "№" is
# written "No" by normalisation): the index, not a label nobody knows (was refused).
@pytest.mark.parametrize(
    "lines",
    [
        "Тейк№1: 44000\nТейк№2: 45000",
        "Цель№1 - 44000\nЦель№2 - 45000",
        "TP No.1: 44000\nTP No. 2: 45000",
        "Тейк №1: 44000\nТейк №2: 45000",
    ],
)
def test_parse_when_a_target_is_numbered_with_the_number_sign_then_it_is_the_index(
    lines: str,
) -> None:
    sig = valid(f"BTC лонг\nВход: 43000\n{lines}\nСтоп: 42500")
    assert sig.take_profits == [44000.0, 45000.0]


# Class: "fix" a share or the profit (Russian traders' English for "фиксировать": take profit):
# a partial close of that share ("Fix another 1/3": a third, exactly), a close with none.
@pytest.mark.parametrize(
    ("post", "kind", "fraction"),
    [
        ("Fix another 1/3", UpdateKind.CLOSE_PARTIAL, 1 / 3),
        # (said now: "at 0.62" alone is a close still to come, the session-25 ruling (d),
        # tests/parsers/test_lead26.py)
        ("#XRP fix another 1/3 now at 0.62", UpdateKind.CLOSE_PARTIAL, 1 / 3),
        ("#ETH Fix 50% profit", UpdateKind.CLOSE_PARTIAL, 0.5),
        ("#ETH fix half", UpdateKind.CLOSE_PARTIAL, 0.5),
        ("Fixing profits on #ETH", UpdateKind.CLOSE, None),
        ("#ETH close 1/3 now", UpdateKind.CLOSE_PARTIAL, 1 / 3),
    ],
)
def test_update_when_fix_names_a_share_then_a_partial_close_of_it(
    post: str, kind: UpdateKind, fraction: float | None
) -> None:
    update = read_update(post)
    assert update is not None and update.kind is kind
    assert update.fraction == fraction


# Near misses: "fix" of anything else closes nothing.
@pytest.mark.parametrize(
    "post", ["We need to fix the bug in the bot #ETH", "Fixed leverage 10x on #ETH", "fix it"]
)
def test_update_when_fix_names_no_share_then_no_close(post: str) -> None:
    update = read_update(post)
    assert update is None or update.kind not in (UpdateKind.CLOSE, UpdateKind.CLOSE_PARTIAL)


# Class: a follow-up's coin named without its quote, its prices in satoshis: the BTC pair
# ("#DUSK Hit 1050 Sats" was read as a report on DUSK/USDT).
@pytest.mark.parametrize(
    ("post", "symbol"),
    [
        ("#DUSK Hit 1050 Sats ✅", "DUSKBTC"),
        ("🔥#DUSK 👆Profit 45% Hit 1050✅✅✅ Sats", "DUSKBTC"),
        ("#PIVX target 1 done 1467 satoshi ✅", "PIVXBTC"),
        # Near misses: a quote written, or the coin SATS, stays as read.
        ("#DUSK/USDT Hit 0.29 ✅", "DUSKUSDT"),
        ("#DUSK Hit 1050 Sats ✅ (0.29 USDT)", "DUSKUSDT"),
    ],
)
def test_update_when_the_prices_are_in_satoshis_then_the_btc_pair(post: str, symbol: str) -> None:
    update = read_update(post)
    assert update is not None and update.kind is UpdateKind.TP_HIT
    assert update.symbol == symbol


# Class: the stop's distance in percent on the line under the stop's price ("Stop Targets:\n
# 1.016\n(-35%)"): a note on the stop read, not a percentage standing for a price (was refused).
@pytest.mark.parametrize("note", ["(-35%)", "(−3.5%)", "(3.2%)"])
def test_parse_when_the_stops_distance_follows_it_in_parentheses_then_a_note(note: str) -> None:
    text = f"CHR/USDT LONG\nEntry: 1.05\nTargets:\n1.075\n1.09\nStop Targets:\n1.016\n{note}"
    assert valid(text).stop_loss == 1.016


def test_parse_when_a_price_follows_the_stops_distance_then_still_a_second_stop() -> None:
    text = "CHR/USDT LONG\nEntry: 1.05\nTP: 1.09\nStop Targets:\n1.016\n(-3.5%) 0.99"
    assert any("second stop" in why for why in review(text))


# Class: "Don't use stop loss" says the trade has no stop, as "No stop loss" does (the empty
# stop label was refused as unread); a warning against trading without one still is none.
@pytest.mark.parametrize(
    "line", ["DON'T USE STOP LOSS", "Don’t use SL", "Do not use a stop loss on this one"]
)
def test_parse_when_the_post_says_to_use_no_stop_then_no_stop(line: str) -> None:
    sig = valid(f"SOL LONG\nEntry: 150\nTP: 160\nSL:\n{line}")
    assert sig.stop_loss is None


def test_parse_when_a_lesson_warns_against_no_stop_then_the_empty_stop_is_unread() -> None:
    assert review("SOL LONG\nEntry: 150\nTP: 160\nSL:\nNever trade without a stop loss")


# Class: a coin whose ticker opens with one digit, written bare ("Long 1INCH"): listed coins only
# (it was no coin, and the post no signal); "2ND", "4TH" stay words.
@pytest.mark.parametrize(
    "head", ["Long 1INCH", "Buy/Long 1INCH around $4.05 - $4.18", "1INCH LONG"]
)
def test_parse_when_a_listed_coin_opens_with_one_digit_then_it_is_the_coin(head: str) -> None:
    sig = valid(f"{head}\nEntry: 4.05\nTargets: 4.25 - 4.37\nStoploss: $3.8")
    assert sig.symbol == "1INCHUSDT"


def test_parse_when_an_ordinal_opens_with_one_digit_then_it_is_no_coin() -> None:
    sig = PARSER.parse_sync("LONG\n2ND ENTRY 4.05\nTP: 4.25\nSL: 3.8")
    assert sig is None or sig.symbol != "2NDUSDT"


# Class: a run of targets reached written as a range ("Target 1 to 3 done"): the last (was 1).
@pytest.mark.parametrize(
    ("post", "index"),
    [
        ("#PIVX Target 1 to 3 done ✅", 3),
        ("#PIVX TP 1 to TP 4 hit", 4),
        ("#PIVX Target 1 to 2 reached", 2),
        ("#PIVX Target 1 done ✅", 1),
    ],
)
def test_update_when_targets_reached_are_a_range_then_the_last(post: str, index: int) -> None:
    update = read_update(post)
    assert update is not None and update.kind is UpdateKind.TP_HIT
    assert update.tp_index == index


# Class: every target of a follow-up's list ticked before it ("✅ First target hit / ✅ Second
# target hit / ... / ✅ Fifth target also hit"): the last (was the first).
@pytest.mark.parametrize(
    ("post", "index"),
    [
        ("#TLM\n✅ First target hit\n✅ Second target hit\n✅ Third target also hit", 3),
        ("#TLM\n✅ TP1\n✅ TP2\n✅ TP3\n✅ TP4", 4),
        # Near miss: the first ones ticked, the rest not: the last ticked.
        ("#TLM\n✅ TP1\n✅ TP2\n⏳ TP3", 2),
    ],
)
def test_update_when_every_listed_target_is_ticked_then_the_last(post: str, index: int) -> None:
    update = read_update(post)
    assert update is not None and update.kind is UpdateKind.TP_HIT
    assert update.tp_index == index
