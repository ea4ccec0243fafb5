"""Session 25 (branch i13-left26): wrong trades and wrong actions noticed and left in earlier
sessions, ruled by the lead: a close or a cancel of two coins, an entry that waits for a candle
close, a close told of a member by their handle, an added entry given as a percentage, a target
named in a sentence after the card; and a close of a word-coin read as the other coin tagged
beside it (found by this branch's harness family). Every row of the REFUSED and NO_ACTION tables
failed on main (adfd504d); the guards read the same on both. Read through EnhancedParser, as the
corpus scorer and the bot read a post. All posts are made up from the rulings' examples, never a
held-out post.
"""

from __future__ import annotations

import pytest

from parsers import EnhancedParser
from parsers.models import UpdateKind
from tests.parsers.reads import check_refused

CLOSE, PARTIAL, CANCEL = UpdateKind.CLOSE, UpdateKind.CLOSE_PARTIAL, UpdateKind.CANCEL
ACTIONS = (CLOSE, PARTIAL, CANCEL, UpdateKind.MOVE_SL)
_PARSER = EnhancedParser(enable_ai=False)
CARD = "#SOL LONG\nEntry: 150\nTP: 165\nSL: 140\n"
DOGE = "#DOGE LONG\nEntry: 0.21\nTP: 0.23\nSL: 0.19\n"


def _two(kind: str, a: str, b: str) -> str:
    return f"the post {kind} two coins ({a}, {b}): one follow-up per post is acted on"


# Ruling 1: an action said of two coins, read with the reason it is not done (two_trades).
TWO_COINS = [
    ("Close #ETH and #SOL", CLOSE, _two("closes", "ETH", "SOL")),
    ("#ETH and #SOL: close", CLOSE, _two("closes", "ETH", "SOL")),
    ("Close #ETH. Close #SOL.", CLOSE, _two("closes", "ETH", "SOL")),
    ("Cancel #ETH or #SOL order", CANCEL, _two("cancels", "ETH", "SOL")),
    ("Закрываем #ETH и #SOL", CLOSE, _two("closes", "ETH", "SOL")),
    ("Close #ETH and #SOL 50%", PARTIAL, _two("closes", "ETH", "SOL")),
    ("#ETH close half, #SOL close all", CLOSE, _two("closes", "ETH", "SOL")),
    ("Cancel #ETH and #SOL orders", CANCEL, _two("cancels", "ETH", "SOL")),
    ("Close $ETH & $SOL now", CLOSE, _two("closes", "ETH", "SOL")),
    ("Close ETH/USDT and SOL/USDT", CLOSE, _two("closes", "ETH", "SOL")),
    # a word-coin tagged beside a known one: read as the known one's close before (the harness)
    (
        "Close #NOT, #XRP stays open",
        CLOSE,
        "the close is said of NOT, not XRP: which trade is meant?",
    ),
    (
        "Закрываем #PUMP. #BNB держим",
        CLOSE,
        "the close is said of PUMP, not BNB: which trade is meant?",
    ),
    # the attack: coins tagged side by side, the coins of the close's line, cancels listed
    ("Closing all positions: #ETH #SOL #AVAX", CLOSE, _two("closes", "ETH", "SOL")),
    ("Закрываем все позиции: #ETH #SOL #AVAX", CLOSE, _two("closes", "ETH", "SOL")),
    ("🚨 Close all longs now! (#ETH, #SOL)", CLOSE, _two("closes", "ETH", "SOL")),
    ("Cancelled orders: #ETH, #SOL", CANCEL, _two("cancels", "ETH", "SOL")),
    ("Отменены ордера по #ETH и #SOL", CANCEL, _two("cancels", "ETH", "SOL")),
]


@pytest.mark.parametrize(("text", "kind", "why"), TWO_COINS)
def test_action_of_two_coins_is_refused_with_the_reason(
    text: str, kind: UpdateKind, why: str
) -> None:
    check_refused(text, kind, why)


# Rulings 2, 4, 5: a card that must not trade, with the reason it gives.
REFUSED = [
    # 2: the entry waits for a candle close (candle_entry.py)
    (
        "#BTC LONG\nEntry: Wait for a break and close above 65000\nTP: 67000, 69000\nSL: 63000",
        "the entry waits for a candle close above 65000: that is not an order I can place",
    ),
    (
        "#XRP LONG\nBuy after a 4h close above 0.53\nTargets: 0.56 / 0.60\nStop: 0.50",
        "the entry waits for a candle close above 0.53: that is not an order I can place",
    ),
    (
        "#SOL LONG\nEnter on a daily close over 150\nTP 165\nSL 140",
        "the entry waits for a candle close above 150: that is not an order I can place",
    ),
    (
        "#SOL LONG\nEntry: 150 (on a 4H candle close above)\nTP 165\nSL 140",
        "the entry waits for a candle close above 150: that is not an order I can place",
    ),
    (
        "#ETH SHORT\nEntry after a daily close below 3000\nTP 2800\nSL 3150",
        "the entry waits for a candle close below 3000: that is not an order I can place",
    ),
    (
        "#BTC LONG\nВход: после закрытия 4ч свечи выше 65000\nЦели: 67000, 69000\nСтоп: 63000",
        "the entry waits for a candle close above 65000: that is not an order I can place",
    ),
    # 4: an added entry as a percentage (added_entry.py)
    (
        CARD + "Re-entry at -4% if it dips.",
        "entry label 'Re-entry' gives a percentage, not a price: 'at -4% if it dips.'",
    ),
    (
        CARD + "Re-entry at 4% lower if it dips",
        "entry label 'Re-entry' gives a percentage, not a price: 'at 4% lower if it dips'",
    ),
    (
        CARD + "Add more -3% below",
        "entry label 'Add more' gives a percentage, not a price: '-3% below'",
    ),
    (CARD + "Докупаем на -5%", "entry label 'Докупаем' gives a percentage, not a price: 'на -5%'"),
    (CARD + "Добор на -3%", "entry label 'Добор' gives a percentage, not a price: 'на -3%'"),
    # 5: a target named in a sentence after the card (explain.py, note_words.TARGET_NOTE_WORD)
    (
        DOGE + "Funding rate at 0.01%, price 0.25 is the next target.",
        "'Funding rate at 0.01%, price 0.25 is the next target.' holds a number that is none of"
        " the entries, targets or stop I read: which field is it?",
    ),
    (
        DOGE + "Rate at 0.01%, price 0.25 is the next target.",
        "'Rate at 0.01%, price 0.25 is the next target.' holds a number that is none of the"
        " entries, targets or stop I read: which field is it?",
    ),
    (
        DOGE + "We could see 0.30 soon",
        "'We could see 0.30 soon' holds a number that is none of the entries, targets or stop I"
        " read: which field is it?",
    ),
    (
        DOGE + "Could go to 0.25 next",
        "'Could go to 0.25 next' holds a number that is none of the entries, targets or stop I"
        " read: which field is it?",
    ),
]


# The attack on wrong25's shapes: a card that is no call to trade now (call_framing.py).
REFUSED += [
    (
        text,
        "a lesson's example or a format shown, not a call to trade",
    )
    for text in (
        "🤖 Copy-trade with us! Here's what a signal looks like:\n" + CARD + "Join via the link 👇",
        "Auto-copy our trades on Bybit 🔗 Example card:\n#ETH SHORT | Entry 3400 | TP 3200 | SL 3500",
        "Копитрейдинг 🔥 Пример сигнала:\n#SOL LONG\nВход: 150\nЦель: 165\nСтоп: 140",
    )
]
REFUSED += [
    (text, "an old call shown again, or one not to enter yet, not a call to trade now")
    for text in (
        "One year ago today we posted:\n#BTC LONG\nEntry 30000\nTP 45000\nSL 28000",
        "Год назад мы дали сигнал:\n#SOL LONG\nВход: 20\nЦель: 100\nСтоп: 15",
        "Как это было 👇\n#ETH LONG\nВход 1800\nЦель 2400\nСтоп 1700",
        "🔁 Copy trading is open! Our latest call for reference:\n#BTC SHORT\nEntry: 70000\n"
        "TP: 66000\nSL: 72000",
    )
]
REFUSED += [
    (text, "a test, a preview, a lesson or a thought, not a call to trade")
    for text in (
        "If I were to short #ETH now, I'd enter at 3400 with TP 3200 and SL 3500.",
        "Если бы я шортил #ETH, то вход 3400, цель 3200, стоп 3500.",
        "Для новых подписчиков — так выглядят наши сигналы:\n#ETH LONG\nВход: 3000\nЦель: 3300"
        "\nСтоп: 2900",
    )
]


def _reason_ends(review: list[str], why: str) -> bool:
    return any(r == why or r.endswith(": " + why) for r in review)


@pytest.mark.parametrize(("text", "why"), REFUSED)
def test_card_is_refused_with_the_reason(text: str, why: str) -> None:
    sig = _PARSER.parse_sync(text)
    assert sig is not None and not sig.is_valid(), sig
    assert _reason_ends(sig.review, why), sig.review


# Ruling 3: a close told of a member by their handle (handle_told.py): no action.
NO_ACTION = [
    "@trader123 closed #ETH at 3300 👏",
    "@ivan_k закрыл #ETH в плюс 🔥",
    "@trader123 moved his stop to entry on #BTC",
    # the attack: results told, screenshots, testimonials, mocks, tests, others' closes
    "Week results: closed #ETH at TP2, closed #SOL at TP1, cancelled #AVAX order.",
    "Member screenshot 📸 #ARB TP1 hit, closed half 🔥",
    "Скрин от подписчика: закрыл #ETH в плюс 🔥",
    'Testimonial 💬 "I closed #ETH at TP3, best channel ever"',
    "Imagine closing #ETH at 2000 🤡",
    "Earlier post about closing #SOL was for the VIP group only.",
    "Bot test: close #BTC (ignore)",
    "TEST: cancel #ETH order — please ignore",
    "Тест бота: закрыть #BTC (игнорируйте)",
    "My wife told me to close #BTC 😂",
    "Our partner channel closed #SOL in profit, congrats to them 👏",
    "Another channel closed #ETH at TP3 — not us",
    "Коллеги закрыли #ETH в плюс 👏",
    "Forwarded from Crypto Kings: close #ETH now",
    "Переслано из канала X: закрываем #ETH",
    "Would've closed #ETH at 3300 but I was asleep 😴",
    "Все закрывают #ETH, а мы держим 💎",
    "Результат ученика: закрыл #ARB +40% 🎓",
    'Example: "Cancel #BTC order" — the bot will cancel it',
    "Команда для бота: /close ETH",
    "Use /close BTC to close your position in the bot",
    'Type "close ETH" in the bot to exit',
]


# (Read as no action on main already, by other rows; guards of handle_told's rows.)
NO_ACTION_BEFORE = [
    "Our member @x_trader closed #SOL in profit",
    "Congrats @anna_t on closing #BTC +40% 🎉",
    "Well done @mike_fx, #SOL closed at TP2 ✅",
    "@trader123 just took profit on #ETH 💰",
]


@pytest.mark.parametrize("text", NO_ACTION + NO_ACTION_BEFORE)
def test_member_close_asks_no_action(text: str) -> None:
    signal = _PARSER.parse_sync(text)
    assert signal is None or not signal.is_valid(), signal
    update = _PARSER.parse_update_sync(text)
    assert update is None or update.kind not in ACTIONS, update


# Guards: a plain close of one coin, another coin named only as context, a handle that signs or
# addresses the post: read as before.
STILL_READ = [
    ("#ETH close now", CLOSE, "ETHUSDT"),
    ("Close #ETH, #SOL stays open", CLOSE, "ETHUSDT"),
    ("Закрываем #ETH. #SOL держим", CLOSE, "ETHUSDT"),
    ("Close BTC now, ETH looks weak", CLOSE, "BTCUSDT"),
    ("#SOL close 50% now", PARTIAL, "SOLUSDT"),
    ("Cancel the #ETH order", CANCEL, "ETHUSDT"),
    ("@all close #ETH now", CLOSE, "ETHUSDT"),
    ("Close #ETH now (by @signals_admin)", CLOSE, "ETHUSDT"),
    ("#ETH close now\n@cryptochannel", CLOSE, "ETHUSDT"),
    ("Close #NOT", CLOSE, "NOTUSDT"),
    ("#ETH #Futures close 50%", PARTIAL, "ETHUSDT"),
    ("#SOL #signal Cancel the order", CANCEL, "SOLUSDT"),
    ("Closed #ETH at 3300, #SOL still open", CLOSE, "ETHUSDT"),
    # a channel's own report of its bot's close or cancel stays that follow-up (CONVENTIONS)
    ("The bot cancelled #SOL order (entry not filled in 24h)", CANCEL, "SOLUSDT"),
    ("PnL card 👇 #ETH closed +120% (20x)", CLOSE, "ETHUSDT"),
]


@pytest.mark.parametrize(("text", "kind", "symbol"), STILL_READ)
def test_plain_close_still_read(text: str, kind: UpdateKind, symbol: str) -> None:
    update = _PARSER.parse_update_sync(text)
    assert update is not None and (update.kind, update.symbol) == (kind, symbol), update
    assert update.problem is None, update


# Guards: plain cards, a breakout entry with no close, a candle-close stop, a note after the
# card: traded as before.
TRADED = [
    (CARD.rstrip(), None),
    ("#BTC LONG\nEntry above 65000\nTP 67000\nSL 63000", "above"),
    ("#ETH LONG\nEntry: 3000\nTP 3200\nSL: 4H close below 2900", None),
    (DOGE + "Next target 0.28", None),
    (DOGE + "Risk 1% of the balance per trade", None),
    (CARD + "Add 5% of your balance at most", None),
]


@pytest.mark.parametrize(("text", "trigger"), TRADED)
def test_plain_card_still_traded(text: str, trigger: str | None) -> None:
    sig = _PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert sig.entry_trigger == trigger
