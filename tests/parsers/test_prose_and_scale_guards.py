"""Rules written from session 6's new dev posts (articles, lessons, a Chinese group's calls), each
as a general class: arithmetic is not leverage, an article's "limit orders" is no entry label, a
move said of another sentence moves no stop, levels of a coin's thousand-coin contract and a
misspelt coin are guesses. Driven through the public parser."""

from __future__ import annotations

import pytest

from parsers import EnhancedParser, ParsedSignal, UpdateKind

PARSER = EnhancedParser(enable_ai=False)


def _read(text: str) -> ParsedSignal:
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    return sig


def _review(text: str) -> ParsedSignal:
    sig = PARSER.parse_sync(text)
    assert sig is not None and not sig.is_valid() and sig.review, sig and sig.problems()
    return sig


# --- a product in a worked example is not a leverage -------------------------------------------


def test_leverage_when_product_with_equals_then_not_a_leverage() -> None:
    sig = _read(
        "$XRP Long\nEntry: 1.3501\nStop Loss: 1.3395\nTake Profit: 1.3713\n"
        "Reasoning: a 1:2 risk-to-reward, the target is twice the risk (0.0106 x 2 = 0.0212)."
    )
    assert sig.leverage is None
    assert (sig.entries, sig.take_profits, sig.stop_loss) == ([1.3501], [1.3713], 1.3395)


@pytest.mark.parametrize(
    ("line", "leverage"),
    [("Leverage: x 20", 20), ("Cross 20x", 20), ("x10", 10), ("Leverage 10x", 10)],
)
def test_leverage_when_written_without_product_then_still_read(line: str, leverage: int) -> None:
    sig = _read(f"#ETH/USDT LONG\nEntry: 3000\nTP: 3100\nSL: 2900\n{line}")
    assert sig.leverage == leverage


# --- "limit orders" in an article ------------------------------------------------------------


def test_signal_when_article_mentions_limit_orders_to_buy_then_no_signal() -> None:
    text = (
        "Binance updated the alpha point rules: using limit orders to buy ALPHA tokens earns 4"
        " times the points.\nThe fee using limit orders is 0.01%, so if you trade 15 points,"
        " with a 4 times bonus, that is a volume of 8192."
    )
    sig = PARSER.parse_sync(text)
    assert sig is None or not sig.is_valid(), sig


@pytest.mark.parametrize(
    "line",
    ["Limit orders at levels: $3189, $2920", "Limit orders: 3189 - 2920", "Limit order 3189"],
)
def test_entry_when_limit_orders_label_has_prices_then_they_are_the_entries(line: str) -> None:
    sig = _read(f"#ETH LONG\n{line}\nTP: 3970\nSL: 2800")
    assert 3189 in sig.entries


# --- a stop and a move in two sentences --------------------------------------------------------


def test_update_when_move_is_in_another_sentence_than_the_stop_then_no_stop_move() -> None:
    text = (
        "They know where the crowd places stop-losses… and prices often hit that point before"
        " moving in the right direction."
    )
    assert PARSER.parse_update_sync(text) is None


@pytest.mark.parametrize(
    "text", ["Move SL to entry", "TP1 hit! SL moved to breakeven.", "BTC: stop loss moved to 61200"]
)
def test_update_when_move_and_stop_in_one_sentence_then_stop_move(text: str) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind is UpdateKind.MOVE_SL, update


# --- prices of a thousand-coin contract, and a misspelt coin -----------------------------------


def test_signal_when_sub_cent_coin_has_contract_prices_then_needs_review() -> None:
    sig = _review("FLOKI  多\n进场位置:0.145\n止损:0.13852\n止盈：0.161")
    assert any("1000FLOKI" in reason for reason in sig.review)


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("FLOKI LONG\nEntry: 0.000123\nTP: 0.000135\nSL: 0.000115", "FLOKIUSDT"),
        ("1000FLOKI LONG\nEntry: 0.145\nTP: 0.161\nSL: 0.13852", "1000FLOKIUSDT"),
    ],
)
def test_signal_when_coin_and_contract_prices_agree_then_read(text: str, symbol: str) -> None:
    assert _read(text).symbol == symbol


def test_signal_when_coin_is_a_known_coin_with_a_letter_added_then_needs_review() -> None:
    sig = _review("SUSHSI        多\n進場位置:0.7650-0.7450附近\n止盈:0.79-0.83\n止損：0.7301")
    assert any("SUSHI" in reason for reason in sig.review)


@pytest.mark.parametrize("coin", ["SUSHI", "ETHW", "DOGS", "SOLV"])
def test_signal_when_coin_is_known_or_a_letter_added_at_an_end_then_read(coin: str) -> None:
    assert _read(f"#{coin}/USDT LONG\nEntry: 0.7650\nTP: 0.79\nSL: 0.7301").symbol == f"{coin}USDT"


# --- a Chinese channel's calls and replies ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "ETH  3665-3635附近多\n目標 3695-3730附近\n止損: 3624附近",
            ("ETHUSDT", "LONG", [3665, 3635], [3695, 3730], 3624),
        ),
        (
            "btc 120500-121000附近空\n目標 ；119000-118000附近\n止損: 121700附近",
            ("BTCUSDT", "SHORT", [120500, 121000], [119000, 118000], 121700),
        ),
        (
            "ETH 现价-3720 🈳\n目標 ；3664-3650附近\n止損: 3735附近",
            ("ETHUSDT", "SHORT", [3720], [3664, 3650], 3735),
        ),
        ("spx 多\n进场位置:1.83-1.81\n止损:1.72", ("SPXUSDT", "LONG", [1.83, 1.81], [], 1.72)),
        (
            "ENA 多\n進場位置:市價進-0.102附近\n止盈:0.109-0.118\n止損：0.097",
            ("ENAUSDT", "LONG", [0.102], [0.109, 0.118], 0.097),
        ),
    ],
)
def test_signal_when_chinese_side_stands_alone_or_after_near_then_read(
    text: str, want: tuple[str, str, list[float], list[float], float]
) -> None:
    sig = _read(text)
    assert (sig.symbol, sig.side, sig.entries, sig.take_profits, sig.stop_loss) == want


@pytest.mark.parametrize(
    "text",
    # 多 inside a word ("many"), and a dash after a label glued to a price, stay unread or refused.
    [
        "ETH 很多人看多\n目標 3695\n止損: 3624",
        "ETH LONG\nEntry: market-0.102\nTP: 0.109\nSL: 0.097",
    ],
)
def test_signal_when_no_side_word_alone_or_minus_after_latin_word_then_not_traded(
    text: str,
) -> None:
    sig = PARSER.parse_sync(text)
    assert sig is None or not sig.is_valid() or sig.entries != [0.102], sig


@pytest.mark.parametrize(
    ("text", "kind", "tp_index"),
    [
        ("減倉", UpdateKind.CLOSE_PARTIAL, None),
        ("減倉，留個底倉，先看3818", UpdateKind.CLOSE_PARTIAL, None),
        ("减仓提损", UpdateKind.CLOSE_PARTIAL, None),  # reduce (and raise the stop to no level)
        ("移動止損到成本", UpdateKind.MOVE_SL, None),
        ("ETH 移動止損到3600", UpdateKind.MOVE_SL, None),
        ("止盈了。", UpdateKind.CLOSE, None),
        ("走了", UpdateKind.CLOSE, None),
        ("撤了", UpdateKind.CLOSE, None),
        ("不拿", UpdateKind.CLOSE, None),
        ("不进", UpdateKind.CANCEL, None),
        ("top2", UpdateKind.TP_HIT, 2),
        ("TOP1了。點贊點起來", UpdateKind.TP_HIT, 1),
        ("tp1.到了，不破118000", UpdateKind.TP_HIT, 1),
    ],
)
def test_update_when_chinese_reply_then_read(
    text: str, kind: UpdateKind, tp_index: int | None
) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is not None and (update.kind, update.tp_index) == (kind, tp_index), update


@pytest.mark.parametrize(
    "text",
    [
        # The move is said of the entry: a price stands between it and the stop word.
        "移動到116000-116500附近，目標在117000-118000附近，止損在115300附近",
        "top 10 coins today",
        "top1 gainer is SOL",
        "行情走了一波",  # "the market moved a leg": 走了 not after a word that makes it "we left"
    ],
)
def test_update_when_reply_moves_entry_or_names_a_ranking_then_no_action(text: str) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is None or update.kind not in (
        UpdateKind.MOVE_SL,
        UpdateKind.CLOSE,
        UpdateKind.TP_HIT,
    ), update


# --- other traders' positions, and topic hashtags -------------------------------------------------


def test_side_when_post_speaks_of_a_short_squeeze_then_side_from_its_own_levels() -> None:
    sig = _read(
        "Solana ($SOL) is moving on a short squeeze: short positions were liquidated at $215.16"
        " and shorts get squeezed.\nEntry Zone (Buy Area): $213 - $216\nTP1: $220\nTP2: $228\n"
        "Stop Loss (SL): $209\nSellers are weak and buying pressure is building."
    )
    assert (sig.side, sig.entries, sig.take_profits, sig.stop_loss) == (
        "LONG",
        [213, 216],
        [220, 228],
        209,
    )


@pytest.mark.parametrize(
    ("head", "symbol"),
    [
        ("#ETHCrossed2500\nETH", "ETHUSDT"),
        ("$BROCCOLI714", "BROCCOLI714USDT"),
        ("#BABYDOGEUSDT", "BABYDOGEUSDT"),
    ],
)
def test_symbol_when_tag_is_a_topic_then_skipped_but_long_cashtags_and_pairs_kept(
    head: str, symbol: str
) -> None:
    assert _read(f"{head} LONG\nEntry: 0.0320\nTP: 0.0350\nSL: 0.0300").symbol == symbol


def test_explain_when_a_level_is_said_again_after_the_levels_then_read() -> None:
    sig = _read(
        "ETH LONG\nBuy zone: $2,475-$2,490\nTP1: $2,540\nTP2: $2,600\nStop loss: $2,430\n"
        "Take 50% at $2,540.\nLet the rest ride toward $2,600."
    )
    assert (sig.entries, sig.take_profits, sig.stop_loss) == ([2475, 2490], [2540, 2600], 2430)


def test_explain_when_a_number_after_the_levels_is_none_of_them_then_needs_review() -> None:
    _review("ETH LONG\nBuy zone: 2475-2490\nTP1: 2540\nStop loss: 2430\nTake 50% at 2560.")


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        (
            "PUMP    多      輕倉\n進場位置；市價-0.0036附近\n止盈:0.0040-0.0043\n止損：0.003560",
            "PUMPUSDT",
        ),
        ("TA     多 （輕倉）\n進場位置:0.102附近\n止盈:0.109-0.118\n止損：0.097", "TAUSDT"),
    ],
)
def test_symbol_when_chinese_call_opens_with_coin_and_side_then_word_is_the_coin(
    text: str, symbol: str
) -> None:
    assert _read(text).symbol == symbol


def test_symbol_when_first_line_is_a_side_word_then_no_coin_from_it() -> None:
    sig = PARSER.parse_sync("LONG 多\n進場位置:0.102\n止盈:0.109\n止損：0.097")
    assert sig is None or sig.symbol != "LONGUSDT"
