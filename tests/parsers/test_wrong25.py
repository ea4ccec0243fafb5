"""Session 24 (branch i13-wrong25): posts a channel writes that are no call, written to attack the
parser (market commentary with "close" in other senses, recaps, lessons, giveaways, polls,
warnings, hedged plans, members' results), and calls read two ways. Every NO_TRADE row was read
on main (3d5cfbb8) as a tradable signal, every NO_ACTION row as a close, a partial close or a
cancel (the count is in docs/dev/testing.md); the guards read the same on both. Read through the
parser's entry point (EnhancedParser), as the corpus scorer and the bot read a post. All posts
are made up from the brief's classes, never a held-out post.
"""

from __future__ import annotations

import pytest

from parsers.models import UpdateKind
from tests.parsers.reads import CANCEL, CLOSE, PARTIAL, check_acts, check_asks_nothing
from tests.parsers.reads import PARSER as _PARSER

CARD = "\n#SOL LONG\nEntry 150\nTP 165\nSL 145"

# Chatter with a close or cancel word in another sense (parsers/not_close_senses.py), a close
# still to come (close_to_come.py).
NO_ACTION = [
    # a thing closed or cancelled
    "Giveaway 🎁 Win $100 in $DOGE! Price now 0.15. Close date: Friday.",
    "The cancel button on Bybit for #BTC orders is broken 😡",
    "🤖 Bot update: cancel and replace orders faster ⚡ #BTC",
    "Closed our eyes on $BTC for a week and it pumped 20% 😂",
    "🚫 Cancelled my Binance account, moving to self-custody $BTC",
    "❌ Cancelled: the #BTC halving party (venue issues)",
    "🤷 Cancelled orders don't count as trades on the leaderboard #BTC",
    '📚 Book recommendation: "Trading in the Zone" 📖 #BTC',
    "📖 Just finished a book on $BTC history",
    "🔐 Secure your seed phrase! Never share it. #BTC",
    "🛡️ Secure your wallet: enable 2FA on Binance 🔐 $BTC",
    "🎬 Take 2: $BTC retesting 60k again 🔁",
    "🧠 Take your time, $ETH isn't going anywhere ⏳",
    "😂 Take my money! $DOGE 🐕",
    "Закрыл ноутбук и пошёл гулять, #BTC скучный 😴",
    "Закрыл терминал, иду спать. #BTC подождёт 😴",
    "Закрыли сделку по квартире, теперь можно и в #BTC 😅",
    "Фиксируем внимание на #BTC: важный уровень 60к",
    "Фиксирую мысли по рынку #BTC в блоге 📝",
    "Отмена сделки по #BTC у клиента: биржа не исполнила ордер",
    "Зафиксировал прибыль по #SOL в личном портфеле, в канале позиция открыта",
    "Закрыл #ETH на споте, фьючерсную позицию держим",
    "Главная ошибка новичков — закрывать #BTC слишком рано",
    "🎓 Partial closes: why we close 50% at TP1 on #BTC calls",
    "Закрыли половину гэпа по #BTC",
    "Половина сигналов по #ETH закрыта в плюс",
    "Фиксировать 50% на первой цели — наше правило для #BTC",
    "Your cancelled orders will be refunded in #USDT",
    "Cancel your Netflix, buy $BTC 😂",
    "Cancelling the noise: #BTC still in an uptrend",
    "🌅 Good morning fam! #BTC closed the night flat, coffee time ☕",
    "😂 Me closing #BTC at 60k then watching it go to 70k",
    "🎉 100k members! Thank you! Closing 2024 strong #BTC 🚀",
    "📢 Channel update: we're closing our free group, #BTC calls only in VIP now",
    "🔁 Exiting my shitcoins, rotating into #BTC. Personal move, not advice",
    "🧑‍🏫 Take it from me: #BTC rewards patience",
    "💥 Auto-deleveraging: Bybit partially closed #ETH shorts",
    "Закрыли 50% гэпа по #ETH",
    # a price's, a candle's, a period's close
    "Price closed inside the range on $BTC, no trade.",
    "💥 Funding rates on $BTC closed negative, squeeze loading ⏳",
    "🟥 #BTC 1D closed red, -3.2%",
    "⚡ #ETH closes 50% of the gap",
    "$BTC closed half of its losses today 🙌",
    "2023 closed, $BTC +150%. 2024 let's go 🚀",
    "#BTC close below 60k = exit",
    # someone else's close: a deal, a round, the market, members, what others say
    "🤝 Partnership with XYZ closed! $XYZ to the moon 🌕",
    "💰 Funding round closed: $20M for #SUI ecosystem 🚀",
    "📢 Trading competition closed! Winners get $1000 in $USDT 🏆 #BTC",
    "They closed Tornado, now $ETH mixers are next 👮",
    "$BTC: longs got rekt, shorts closed in profit across the market.",
    "🐋 Whale alert: 50% of $ETH shorts closed in 1 hour",
    "Half of the #BTC longs closed on Binance in the last hour 📉",
    "Partially closed: the Bybit $ETH options market for maintenance 🛠️",
    "Orders cancelled by the exchange due to price limit #ETH",
    "Member result: closed #ETH at 3300 +12% 🔥",
    "Screenshot from a member: #ETH closed +40% 📸",
    "⚠️ Scam: fake admins ask you to cancel #ETH orders. Ignore them!",
    "Ignore any message asking to close your #BTC position, we never DM first ❗",
    "🤔 Some say close #BTC here. I say hold.",
    'Analysts: "close your #BTC longs" — we disagree',
    "Should've closed #ETH at 4000 😭",
    "Wish I had closed #ETH at the top 🙃",
    "The ones who closed #BTC at 30k are crying now 😂",
    "Paper hands closing #BTC at a loss 🧻",
    "Zero reasons to close #ETH now 🚀",
    # advice, a lesson, the reader's choice
    "The #1 mistake: closing #BTC too early",
    "Closing #BTC in profit feels good 😌",
    "Up to you: close #ETH or hold",
    "Partial close on #ETH is optional",
    "Our management: close 25% at each target #ETH",
    "🔁 Re-entry rules: cancel the old #ETH order before placing a new one",
    # a close still to come (the session-23 ruling)
    "Close #ETH after TP2",
    "#ETH: close on touch of 3300",
    "#ETH: take profit zone 3300-3350, close there",
    "Closing #ETH soon",
    "Feel free to close #ETH",
    "Close #ETH, or not. Up to you",
    "Close #ETH between 3300 and 3350",
    "Close #ETH on any pump",
    "Close #ETH on the next green candle",
    "Close #ETH below 3000",
    "#ETH closes below 3000 = we exit",
    "Exit #ETH on weakness",
    "Close #ETH at resistance",
    "Close #ETH into strength",
    "Close all alts, keep #BTC",
    "Closing half of #ETH at TP1 is a good idea",
    "Take 50% profit on #ETH at TP2",
    "Secure 50% at 3300 #ETH",
    "Take partials on #ETH on the way up",
    "Take some profit on #ETH whenever you feel like it",
    "Close #ETH in the green, whenever",
]

# Real follow-ups beside the same words: read as before (kind, coin, share).
STILL_READ = [
    ("Close #ETH now", CLOSE, "ETHUSDT", None),
    ("Closed #ETH at 3300 ✅", CLOSE, "ETHUSDT", None),
    ("Cancel the #SOL order", CANCEL, "SOLUSDT", None),
    ("#ETH close 50% now", PARTIAL, "ETHUSDT", 0.5),
    ("Close #BTC now, the daily candle closed red", CLOSE, "BTCUSDT", None),
    ("Closing #ETH now, too early for the breakout", CLOSE, "ETHUSDT", None),
    ("#ETH closed in profit ✅ +12%", CLOSE, "ETHUSDT", None),
    ("Take profit on #SOL now", CLOSE, "SOLUSDT", None),
    ("Secure profits on #BTC now", CLOSE, "BTCUSDT", None),
    ("Book profits on #LINK ✅", CLOSE, "LINKUSDT", None),
    ("#ETH закрываем по рынку", CLOSE, "ETHUSDT", None),
    ("Фиксируем прибыль по #BTC", CLOSE, "BTCUSDT", None),
    ("Закрыл #ETH на споте", CLOSE, "ETHUSDT", None),
    ("Отмена сделки по #BTC", CANCEL, "BTCUSDT", None),
    ("#BTC close 50% and move SL to entry", PARTIAL, "BTCUSDT", 0.5),
    ("Cancel #AVAX, the setup is gone", CANCEL, "AVAXUSDT", None),
    ("Close #ETH now, there is resistance at 3300", CLOSE, "ETHUSDT", None),
    ("Close #BTC and #ETH now", CLOSE, "BTCUSDT", None),
    ("Close your position on #ETH now", CLOSE, "ETHUSDT", None),
    ("Cancel your #SOL order", CANCEL, "SOLUSDT", None),
    ("Close the #ETH position now", CLOSE, "ETHUSDT", None),
    ("Exit my #ETH long now", CLOSE, "ETHUSDT", None),
    ("Close all alts now", CLOSE, None, None),
    ("Take 50% profit on #ETH now", PARTIAL, "ETHUSDT", 0.5),
    ("Close #ETH now, below 3000 it gets ugly", CLOSE, "ETHUSDT", None),
    ("TP1 hit ✅ close there and move SL to entry #ETH", PARTIAL, "ETHUSDT", None),
    # (a coin spelled as a word of the rows: the harness's seed 132 found "$PEOPLE" read as the
    # market's people on the branch's first draft)
    ("$PEOPLE Close half now, close the rest at entry", PARTIAL, "PEOPLEUSDT", 0.5),
]

# A complete card framed as no call, or read two ways (parsers/call_framing.py, and the rows
# beside it in target_placeholder.py and trigger_rows.py).
NO_TRADE = [
    "⚠️ Scam alert! Fake channel posting:" + CARD + "\nDon't follow it!",
    "❓ Would you long #SOL here?\nEntry 150\nTP 165\nSL 145",
    "🗳️ Vote: should we long #BTC?\nEntry 60000\nTP 65000\nSL 58000\n👍 yes / 👎 no",
    "Hypothetical: long $ETH 3000, target 3300, stop 2900. Would you take it?",
    "LONG #BTC\nEntry: 60000\nTP: 65000\nSL: 58000\n(old signal from March, for reference)",
    "#BTC LONG\nEntry 60000\nTP 65000\nSL 58000\n(not active yet, wait for my update)",
    "ЛОНГ #BTC (старый сигнал)\nВход: 60000\nЦели: 62000, 65000\nСтоп: 58000",
    "📚 Lesson: how to set a stop loss.\nExample: you buy #BTC at 60000, your stop loss at 58000,"
    " target 65000.",
    "This is how a signal looks:\n#BTC LONG\nEntry: 60000\nTP: 65000\nSL: 58000",
    "ETH long if 3000 holds\nTP 3300\nSL 2900",
    "Plan for $ETH: if we reclaim 3200, long to 3400 and 3600, stop 3100.",
    "BTC 📈 Long opportunity\nEntry 60000\nTarget 65000 (maybe)\nStop 58000",
    "#SOL LONG\nEntry 148-152 (best above 150)\nTP 165\nSL 145",
    "#SOL LONG\nEntry (market, above 150): 151\nTP 165\nSL 145",
    "#SOL LONG\nEntry: Above 150 (limit 149.5)\nTP 165\nSL 145",
    "#SOL LONG\nBuy zone: 148-152 or higher\nTP 165\nSL 145",
    "#SOL LONG\nEntry: 148-152 and above\nTP 165\nSL 145",
    "#BTC LONG\nEntry 60000\nTP:\n1) 62000\n1) 65000\nSL 58000",
    "#BTC LONG\nEntry: 60000\nTP1 62000\nTP2 65000\nTP3 -\nSL 58000",
    "ЛОНГ #BTC\nВход: 60000 (после ретеста)\nЦели: 62000, 65000\nСтоп: 58000",
    "TEST SIGNAL - DO NOT TRADE" + CARD,
    "LONG #SOL (paper trade, testing the bot)\nEntry 150\nTP 165\nSL 145",
    "📋 Signal preview (VIP tomorrow):" + CARD,
    "📈 Remember this one?"
    + CARD.replace("150", "20").replace("165", "40").replace("145", "18")
    + "\nNow at 150 🚀",
    "🎓 Educational: risk/reward\nLong #BTC\nEntry 60000\nTP 66000 (+10%)\nSL 57000 (-5%)\nR:R = 2:1",
    "📘 Trading 101: placing a long\nCoin: #ETH\nEntry: 3000\nTake profit: 3300\nStop loss: 2900\n"
    "This is just to explain the fields!",
    "🏆 Contest: best #ETH long of the week\nEntry 3000, TP 3300, SL 2900 — this was mine, beat it!",
    "🤔 Thinking of longing #BTC at 60000 with a stop at 58000 and target 65000. Thoughts?",
    "📢 New listing! $NEW/USDT on Binance\nOpening price: 0.05\nTrading starts: 10:00 UTC\n"
    "Target listing pump: 0.15 🚀",
    CARD.lstrip() + "\nWait for our entry confirmation!",
    "#SOL LONG — if BTC holds 60k\nEntry 150\nTP 165\nSL 145",
    "#SOL LONG (after BTC confirms)\nEntry 150\nTP 165\nSL 145",
    "BTC holding 60k? Then #SOL LONG\nEntry 150\nTP 165\nSL 145",
    # A list's index read as a target (the harness's seed 133, family unknown_label: a post's
    # lines joined with bars).
    "$OP Short 🔴 | Idea 1.06 - 1.065 | Take Profits: | 1 - 0.883 | ⛔ Стоп- 1.08 (close below on 4H)",
    "$OP Short, Entry 1.06, Take Profits: 1 - 0.883, SL 1.08",
    "#OP SHORT\nEntry 1.06\nTP: 1- 0.883\nSL 1.08",
    "#OP SHORT\nEntry 1.06\nTargets: 1 -> 0.883\nSL 1.08",
    # A level and its change read as two levels.
    "BTC LONG\nEntry 60000 changed to 59500\nTP 65000\nSL 58000",
    "BTC LONG\nEntry 60000\nTP 65000 (raised from 64000)\nSL 58000",
]

# Calls that must still trade as read (entries, targets).
STILL_TRADE = [
    ("#SOL LONG\nEntry 150\nTP 165\nSL 145", [150.0], [165.0]),
    (
        "#BTC LONG\nEntry 60000\nTP 62000\nSL 58000\n(2nd entry 59000)",
        [60000.0, 59000.0],
        [62000.0],
    ),
    ("#BTC LONG\nEntry 60000\nTP1 62000\nTP2 65000\nSL 58000", [60000.0], [62000.0, 65000.0]),
    ("#BTC LONG\nEntry 60000\nTP:\n1) 62000\n2) 65000\nSL 58000", [60000.0], [62000.0, 65000.0]),
    ("Same as before 👇" + CARD, [150.0], [165.0]),
    ("#SOL LONG\nBuy: 150 (or below)\nTP: 165\nSL: 145", [150.0], [165.0]),
    ("#SOL LONG\nEntry: 148 - 152\nTP 165\nSL 145", [148.0, 152.0], [165.0]),
    ("#SOL LONG (half size, risky)\nEntry 150\nTP 165\nSL 145", [150.0], [165.0]),
    ("#XRP LONG\nEntry 0.8\nTP: 1 - 1.5 - 2\nSL 0.7", [0.8], [1.0, 1.5, 2.0]),
    ("XRP LONG | Entry 0.8 | TP: | 1 - 2 - 3 | SL 0.7", [0.8], [1.0, 2.0, 3.0]),
    ("#OP SHORT\nEntry 1.06\nTP 1 - 0.883\nSL 1.08", [1.06], [0.883]),
    ("Short-term long #SOL (1h scalp) 🔥" + CARD.replace("#SOL LONG\n", ""), [150.0], [165.0]),
    ("🎯 Free signal for you (VIP got it 2 days ago):" + CARD, [150.0], [165.0]),
    ("Bitcoin Long!!\n1. Entry: 60000\n2. TP: 65000\n3. SL: 58000", [60000.0], [65000.0]),
    (
        "#BTC long idea (not financial advice):\n1 - entry 60000\n2 - target 65000\n3 - stop 58000",
        [60000.0],
        [65000.0],
    ),
    (
        "ЛОНГ #BTC\nВход: 60000, добор 59000\nЦели: 62000, 65000\nСтоп: 58000",
        [60000.0, 59000.0],
        [62000.0, 65000.0],
    ),
]


@pytest.mark.parametrize("text", NO_ACTION)
def test_chatter_asks_no_action(text: str) -> None:
    check_asks_nothing(text)


@pytest.mark.parametrize(("text", "kind", "symbol", "fraction"), STILL_READ)
def test_real_follow_ups_still_act(
    text: str, kind: UpdateKind, symbol: str, fraction: float | None
) -> None:
    check_acts(text, kind, symbol, fraction)


@pytest.mark.parametrize("text", NO_TRADE)
def test_framed_or_two_way_call_is_refused(text: str) -> None:
    signal = _PARSER.parse_sync(text)
    assert signal is None or not signal.is_valid(), signal
    if signal is not None and signal.entries:
        assert signal.review or signal.errors, signal  # (refused with a reason said)


@pytest.mark.parametrize(("text", "entries", "targets"), STILL_TRADE)
def test_calls_still_trade(text: str, entries: list[float], targets: list[float]) -> None:
    signal = _PARSER.parse_sync(text)
    assert signal is not None and signal.is_valid(), signal
    assert sorted(signal.entries) == sorted(entries), signal
    assert signal.take_profits == targets, signal
