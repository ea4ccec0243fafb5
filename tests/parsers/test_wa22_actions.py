"""Wrong actions (session 21, branch i13-wa22): a follow-up read as the wrong action, or a post
that asks nothing read as one. Each table's first rows were misread on the branch's parent; the
guard rows beside them are read as before.
"""

from __future__ import annotations

import pytest

from parsers.models import UpdateKind
from parsers.updates import read_update

CLOSE, PARTIAL, MOVE_SL = UpdateKind.CLOSE, UpdateKind.CLOSE_PARTIAL, UpdateKind.MOVE_SL

# A company's or a public figure's name is the subject of a past or third-person verb only
# (parsers/not_close_others.py, the "figure" rows): with the channel's own first-person or
# imperative verb after it, the name heading the post is the coin (the ru21 harness family,
# seeds 39/43/51: read as the stop move alone, the close of 30 % dropped).
COIN_NAMED_LIKE_A_FIGURE = [
    ("TRUMP Закрываем 30% по 10, стоп на точку входа 11.3", PARTIAL, 0.3),
    ("TRUMP закрываем 50%", PARTIAL, 0.5),
    ("TRUMP close 50% now", PARTIAL, 0.5),
    ("TRUMP Закрываем позицию", CLOSE, None),
    ("TRUMP cancel the order", UpdateKind.CANCEL, None),
]

# The news those rows are for: no action, before and after.
FIGURE_NEWS = [
    "Grayscale cancelled its ETH ETF application",
    "Trump cancelled the tariffs on China",
    "Trump cancels the tariffs, BTC pumps",
    "BlackRock has closed its bitcoin fund to new investors",
    "Трамп отменил пошлины, биткоин растёт",
]


@pytest.mark.parametrize(("text", "kind", "share"), COIN_NAMED_LIKE_A_FIGURE)
def test_followup_when_a_figure_named_coin_heads_the_channels_own_verb_then_read(
    text: str, kind: UpdateKind, share: float | None
) -> None:
    update = read_update(text)
    assert update is not None and update.kind is kind, update
    assert update.symbol == "TRUMPUSDT"
    assert update.fraction == (pytest.approx(share) if share is not None else None)


@pytest.mark.parametrize("text", FIGURE_NEWS)
def test_news_when_a_figure_did_it_then_no_action(text: str) -> None:
    update = read_update(text)
    assert update is None or update.kind not in (CLOSE, PARTIAL, UpdateKind.CANCEL), update


# The session-21 ruling (tests/fixtures/corpus/CONVENTIONS.md): a cancel naming only the
# channel's own trade number is a CANCEL with no symbol (refused before: "which trade, only the
# channel knows"), and a reply that is a stop and its price alone is a coinless stop move to
# that price (parsers/bare_stop.py; read as nothing before). The bot acts on the replied trade
# or refuses a post that replies to none (tests/bot/test_coinless_cancel_stop.py).
COINLESS_RULED = [
    ("Trade #1268 Canceled\n(Didn't meet the requirements), on to the next one", "CANCEL", None),
    ("Signal #77 cancelled", "CANCEL", None),
    ("Trade #1250 Canceled, price moved too fast", "CANCEL", None),
    ("止損0.04260", "MOVE_SL", 0.0426),
    ("止損:5.38(輕倉)", "MOVE_SL", 5.38),
    ("止损：3045", "MOVE_SL", 3045.0),
    ("SL 0.0426", "MOVE_SL", 0.0426),
    ("Stop loss: $41000", "MOVE_SL", 41000.0),
    ("Стоп 11.3", "MOVE_SL", 11.3),
    ("🛑 SL: 2.35", "MOVE_SL", 2.35),
]

# Beside those forms: a numbered trade with another word, a stop beside another order or a
# percent, a stop with its coin in a list: not read as the ruled forms.
COINLESS_NOT = [
    "Trade #1268 closed\n(Didn't meet the requirements), on to the next one",
    "止損2.2，補倉2.32附近",  # (an add-on entry beside the stop: needs_review)
    "SL: 5%",
    "SL -5%",
    "Trade #1268 not canceled yet",
]


@pytest.mark.parametrize(("text", "kind", "price"), COINLESS_RULED)
def test_followup_when_coinless_cancel_or_bare_stop_then_read_with_no_symbol(
    text: str, kind: str, price: float | None
) -> None:
    update = read_update(text)
    assert update is not None and update.kind.value == kind, update
    assert update.symbol is None and update.price == price and update.problem is None, update


@pytest.mark.parametrize("text", COINLESS_NOT)
def test_followup_when_not_the_ruled_coinless_form_then_no_action(text: str) -> None:
    update = read_update(text)
    assert update is None or update.kind not in (CLOSE, PARTIAL, UpdateKind.CANCEL, MOVE_SL), update


# A follow-up's words with a doubt a person must settle, or said of the market's crowd: no
# action (parsers/followup_doubts.py: a hedge, advice to cease, a stop beside a price or one of
# two; parsers/not_close_others.py: the market's longs and shorts closing now, the order book's
# orders cancelled). Each was read as a close, a partial close, a cancel or a stop move.
NO_ACTION = [
    "#ETH maybe close half here",
    # (A suggestion weighed after the words, in an analysis's notes: the follow-up variants'
    # chatter_first edit of sq22-algo-two-stops-001 read it as a stop move to entry.)
    "RSI is overbought, so trailing stop-loss might be wise for TP2/TP3 holders.",
    "#ETH closing half could be an option here",
    "It might be wise to close half #ETH",
    "#ETH perhaps take some profit",
    "#ETH Желающие могут закрыть половину",
    "#ETH По желанию закрываем часть",
    "#ETH Кто хочет, может закрыть половину",
    "#ETH we will probably close at 3000",
    "#ETH Stop moving your stops!",
    "#O Stop moving your stops! Price 0.5949",
    "Stop closing your trades too early!",
    "Хватит закрывать сделки раньше времени",
    "Стоп двигать нельзя!",
    "#ETH move stop just below 2900",
    "#ETH move SL slightly under 2900",
    "#ETH переносим стоп под 2900",
    "#ETH стоп переставляем чуть выше 3100",
    "#ETH move stop to 2900 or 2850",
    "#ETH Стоп переносим на 2900 или 2850",
    "#ETH move SL to 2900-2850 zone",
    "#ETH шорты закрываются, цена летит",
    "Шорты закрываются",
    "Shorts closing across the market",
    "Longs closing, funding negative",
    "Mass short closing on BTC",
    "Массовое закрытие шортов",
    "Market makers cancelled their bids",
    "Bids cancelled, spoofing on the orderbook",
    "Big sell wall cancelled on BTC at 70k",
]

# The instructions beside those words: read as before.
STILL_READ = [
    ("#ETH close longs now", CLOSE, None),
    ("Закрываем лонги по ETH", CLOSE, None),
    ("#ETH Шорты закрываем", CLOSE, None),
    ("#ETH closing shorts here", CLOSE, None),
    ("#ETH close half, maybe more later", PARTIAL, None),
    ("#ETH move SL to 2900", MOVE_SL, 2900.0),
    ("#ETH Стоп переносим на 2900", MOVE_SL, 2900.0),
    ("#ETH move SL to entry (2900-2950 zone)", MOVE_SL, 2900.0),
    ("#ETH SL moved from 2800 to 2900", MOVE_SL, 2900.0),
    ("#ETH SL 2800 -> 2900", MOVE_SL, 2900.0),
    ("#ETH move SL to 2900 (below the last low)", MOVE_SL, 2900.0),
    ("#ETH stop to breakeven", MOVE_SL, None),
    # (a price of 101.x is no "Trading 101" lesson: followup_guard._LESSON; refused before)
    ("#SOL move SL to 101.5", MOVE_SL, 101.5),
    ("止損:101.5(輕倉)", MOVE_SL, 101.5),
]


@pytest.mark.parametrize("text", NO_ACTION)
def test_followup_when_hedged_or_in_doubt_or_the_crowds_then_no_action(text: str) -> None:
    update = read_update(text)
    assert update is None or update.kind not in (CLOSE, PARTIAL, UpdateKind.CANCEL, MOVE_SL), update


@pytest.mark.parametrize(("text", "kind", "price"), STILL_READ)
def test_instruction_when_beside_doubt_or_crowd_words_then_still_read(
    text: str, kind: UpdateKind, price: float | None
) -> None:
    update = read_update(text)
    assert update is not None and update.kind is kind and update.price == price, update


# The trade's gain named right before the percent, after a break from the verb: the close of
# all, not a share (parsers/gain_report.py; read as CLOSE_PARTIAL of that percent before).
@pytest.mark.parametrize(
    ("text", "kind", "share"),
    [
        ("#ETH Закрываем с профитом 30%", CLOSE, None),
        ("#ETH close position at market, up 25%", CLOSE, None),
        ("#ETH closing here, profit 40%", CLOSE, None),
        ("#ETH фиксируем прибыль 50%", PARTIAL, 0.5),  # (no break: the share, as before)
        ("#ETH Закрываем 30%", PARTIAL, 0.3),
    ],
)
def test_close_when_the_gain_is_named_before_its_percent_then_no_share(
    text: str, kind: UpdateKind, share: float | None
) -> None:
    update = read_update(text)
    assert update is not None and update.kind is kind, update
    assert update.fraction == (pytest.approx(share) if share is not None else None)
