"""Target reports and status posts, above all emoji-heavy ones, and never a report traded as a new
signal (session 29, branch i13-status31).

- A call posted again under a line telling how it ended ("🟢 WIN", "Nailed it 🔥🔥", "🎯🎯", "🎯
  1/3" whose numbers were read as two more targets, "Previous signal 👇", "TP1 0.56 completed")
  is a report quoting it: never tradable (parsers/card_outcome.py, rows of parsers/vocabulary.py).
- Target hits written with emoji, keycaps, counts and fancy fonts are read with their target's
  number ("#SOL 🎯 2", "#SOL 2️⃣ ✅", "✅ TP1 ✅ TP2", "2/3 🎯", "ᴛᴀʀɢᴇᴛ 2 ʜɪᴛ", "Trgt 2 ✅").
- Chatter whose close or cancel word is said of a market, a candle, a quote, a discount, the
  channel or a chart pattern is no order (rows of parsers/not_close_senses.py); a close of the
  last part ("closing the last 30% now") closes what is left, all of it (parsers/share_words.py).

Every text here is made up (marked so) unless a dev case id is named beside it.
"""

from __future__ import annotations

import re

import pytest

from parsers.models import UpdateKind
from tests.parsers.reads import (
    ACTIONS,
    PARSER,
    check_acts,
    check_asks_nothing,
    follow_up,
    not_traded,
    valid,
)

CLOSE, PARTIAL, CANCEL = UpdateKind.CLOSE, UpdateKind.CLOSE_PARTIAL, UpdateKind.CANCEL

_CARD = "#ABC/USDT LONG\nEntry: 0.51\nTP1: 0.56\nTP2: 0.60\nTP3: 0.65\nSL: 0.47"


@pytest.mark.parametrize(
    "text",
    [
        # Made up: the card under or over a line saying how it ended (each was a tradable LONG).
        _CARD + "\n🟢 WIN",
        _CARD + "\n✅ Successful",
        _CARD + "\nNailed it 🔥🔥",
        _CARD + "\nBooom 💥💥",
        _CARD + "\nEasy money 💵💵",
        _CARD + "\nThose who followed made profit 💸",
        _CARD + "\n🎯🎯",
        _CARD + "\n🎯 1/3",  # (its 1 and 3 were read as two more targets)
        "Previous signal 👇\n" + _CARD,
        "#ABC/USDT LONG\nEntry: 0.51\nTP1 0.56 completed\nTP2 0.60\nTP3 0.65\nSL 0.47",
        "#ABC/USDT LONG\nEntry: 0.51\nTarget 1: 0.56 completed\nTarget 2: 0.60\nStop: 0.47",
        # the first targets marked, the later ones crossed out (not reached)
        "#ABC/USDT Long 🟢\nEntry: 0.51\nTP1: 0.56 🔥\nTP2: 0.60 ❌\nTP3: 0.65 ❌\nSL - 0.47",
        "ABC-USDT LONG\nEntry: 0.51\nTarget 1 - 0.56 👍\nTarget 2 - 0.60 ❌\n⛔ SL: 0.47",
        "#ABC Long\nBuy: 0.51\nTP1: 0.56 💸\nTP2: 0.60 💸\nTP3: 0.65 ✖️\nStop Loss: 0.47",
    ],
)
def test_a_card_under_its_outcome_is_never_traded(text: str) -> None:
    sig = not_traded(text)  # made up
    assert sig is None or sig.review


@pytest.mark.parametrize(
    "text",
    [
        # Made up: reports of the shapes the brief lists, refused before this branch too (guards).
        "#SOL/USDT LONG\nEntry: 0.51\nTP1 0.56 ✅\nTP2 0.60\nTP3 0.65\nSL 0.47",
        "#ABC/USDT LONG\nEntry 0.51\nTarget 1: 0.56 ✔️ +9%\nTarget 2: 0.60 ✔️ +18%\nTarget 3: 0.65"
        "\nStop: 0.47",
        "#ABC/USDT\nLong 0.51\n🎯 0.56 Done\n🎯 0.60\n🎯 0.65\nSL 0.47",
        "#ABC/USDT LONG\nEntry 0.51\n1️⃣ 0.56 ✅\n2️⃣ 0.60 ⏳\n3️⃣ 0.65 ⏳\nSL 0.47",
        "#ABC/USDT LONG\nEntry 0.51 (filled)\nTP1 0.56 hit\nTP2 0.60\nTP3 0.65\nSL 0.47",
        _CARD + "\nProfit: 34.5% 📈\nPeriod: 2 Hours ⏰",
        "#ABC/USDT\nAll entry targets achieved\nEntry: 0.51 - 0.49\nTargets: 0.56 0.60 0.65\nSL 0.47",
        "#ABC/USDT LONG 20x\nEntry 0.51\nTP1 0.56\nTP2 0.60\nSL 0.47\nClosed at TP2 +40% with 20x",
        "Weekly results 🏆\n#ABC LONG entry 0.51 tp 0.56 0.60 ✅\n#XYZ LONG entry 1.20 tp 1.30 1.40"
        " ✅\n#DEF SHORT entry 3.10 tp 2.90 ✅",
        "🏆 Leaderboard\n1. #ABC/USDT Long Entry 0.51 TP 0.65 +27%\n2. #XYZ/USDT Long Entry 1.20 TP"
        " 1.40 +16%",
        "💸 #ABC/USDT 💸\n✅ Entry: 0.51\n✅ TP1: 0.56\n✅ TP2: 0.60\n⏳ TP3: 0.65\n⛔ SL: 0.47",
        "#ABC/USDT (Long)\nEntry zone 0.50 - 0.51\nTake profit:\n1. 0.56 - done ✅\n2. 0.60 - done"
        " ✅\n3. 0.65\nStop loss 0.47",
        _CARD + "\nStatus: TP2 reached ✅",
        "#ABC/USDT LONG\nEntry: 0.51 ✅ filled\nTP1: 0.56\nTP2: 0.60\nTP3: 0.65\nSL: 0.47",
        _CARD + "\nDone ✅",
        _CARD + "\nROI: 120% 🚀",
        _CARD + "\n+120% with 20x leverage 🔥",
        "Trade closed ✅\n" + _CARD,
        "#ABC/USDT LONG\nEntry: 0.51\nTP1: 0.56 (hit)\nTP2: 0.60 (hit)\nTP3: 0.65\nSL: 0.47",
        "#ABC/USDT LONG\nEntry: 0.51\n1st target 0.56 achieved\n2nd target 0.60 achieved\n3rd"
        " target 0.65\nSL: 0.47",
    ],
)
def test_reports_quoting_the_card_stay_refused(text: str) -> None:
    not_traded(text)  # made up: guards


@pytest.mark.parametrize(
    "text",
    [
        # Made up: a fresh call's own words and marks stay a call (guards).
        _CARD,
        _CARD + "\nWin rate: 85%",
        _CARD + "\nWish you a successful trade 🍀",
        # dev trun-crypto-pump-club-001's form: targets bulleted by an emoji, the stop by ❌
        "📍Coin : #ABC/USDT 🟢 LONG ➡️ Entry: 0.51 😵 Target 1: 0.56 😵 Target 2: 0.60 ❌"
        " StopLoss: 0.47",
        "#ABC/USDT LONG\nEntry: 0.51\nTP1: 0.56 💰\nTP2: 0.60 💰\nTP3: 0.65 💰\nSL: 0.47",
        "#ABC/USDT LONG\nEntry: 0.51\nTP1: 0.56 (+9.8%)\nTP2: 0.60 (+17.6%)\nSL: 0.47",
        # a card in small capitals is read as written (made up; was no signal)
        "#ᴀʙᴄ/ᴜꜱᴅᴛ ʟᴏɴɢ\nᴇɴᴛʀʏ: 0.51\nᴛᴘ1: 0.56\nᴛᴘ2: 0.60\nꜱʟ: 0.47",
    ],
)
def test_a_fresh_call_stays_tradable(text: str) -> None:
    sig = valid(text)
    assert sig.symbol == "ABCUSDT" and sig.entries == [0.51] and sig.stop_loss == 0.47


@pytest.mark.parametrize(
    ("text", "symbol", "index"),
    [
        # Made up: each was read as no follow-up, or with another target's number.
        ("#SOL 🎯 2", "SOLUSDT", 2),
        ("#SOL 🎯2️⃣", "SOLUSDT", 2),
        ("#SOL 2️⃣ ✅", "SOLUSDT", 2),
        ("#SOL ✅ 1️⃣ ✅ 2️⃣", "SOLUSDT", 2),
        ("#SOL/USDT ✅ TP1 ✅ TP2", "SOLUSDT", 2),
        ("#SOL ᴛᴀʀɢᴇᴛ 2 ʜɪᴛ", "SOLUSDT", 2),
        ("#SOL Trgt 2 ✅", "SOLUSDT", 2),
        ("#SOL Trg 2 ✅", "SOLUSDT", 2),
        ("#SOL Goal 2 ✅", "SOLUSDT", 2),
        ("#SOL Objective 2 ✅", "SOLUSDT", 2),
        ("🎯 #SOL/USDT — 2/4 ✅", "SOLUSDT", 2),
        ("#SOL 2/3 🎯", "SOLUSDT", 2),
        ("#SOL 1/3 ✅", "SOLUSDT", 1),
    ],
)
def test_emoji_target_hits_are_read_with_their_number(text: str, symbol: str, index: int) -> None:
    update = follow_up(text)
    assert update is not None and update.kind is UpdateKind.TP_HIT, update
    assert (update.symbol, update.tp_index) == (symbol, index)


@pytest.mark.parametrize(
    ("text", "symbol", "index"),
    [
        # Made up: the brief's forms, read before this branch too (guards).
        ("🎯 #BTC TP2", "BTCUSDT", 2),
        ("✅✅ Target 2", None, 2),
        ("#ETH Tp1 ✔️", "ETHUSDT", 1),
        ("#SOL 1st target 🎯 done", "SOLUSDT", 1),
        ("🥇 Target 1", None, 1),
        ("💸💸 #SOL Target 3 smashed", "SOLUSDT", 3),
        ("#SOL TP 1️⃣ ✅", "SOLUSDT", 1),
        ("#SOL Take Profit 2 reached 🔥", "SOLUSDT", 2),
        ("#SOL T1 ✔", "SOLUSDT", 1),
        ("🟢 #SOL TP1", "SOLUSDT", 1),
        ("#ETH/USDT 🔝 Target 1", "ETHUSDT", 1),
        ("𝐓𝐚𝐫𝐠𝐞𝐭 𝟐 ✅ #SOL", "SOLUSDT", 2),
        ("#SOL/USDT \n✅ TP1\n✅ TP2\n⏳ TP3", "SOLUSDT", 2),
        ("#SOL 🎯 1 ✅ 🎯 2 ✅", "SOLUSDT", 2),
        (
            "✅ #SOL/USDT Take-Profit target 2 ✅\nProfit: 17% 📈\nPeriod: 2 Hours 5 Minutes ⏰",
            "SOLUSDT",
            2,
        ),
    ],
)
def test_emoji_target_hits_read_before_still_read(
    text: str, symbol: str | None, index: int
) -> None:
    update = follow_up(text)
    assert update is not None and update.kind is UpdateKind.TP_HIT, update
    assert (update.symbol, update.tp_index) == (symbol, index)


def test_dev_target_hits_with_emoji_still_read() -> None:
    # dev pnd-tg-1435483082-006, en21-swing-080: target hits (guards)
    for text in (
        "Congratulations 🎉\n\nAll tlm long targets hit ✅🎯",
        "SWIGGY HIT TARGET🎯🎯 350 FROM 334 🔥🔥🔥",
    ):
        update = PARSER.parse_update_sync(text)
        assert update is not None and update.kind is UpdateKind.TP_HIT, (text, update)


@pytest.mark.parametrize(
    "text",
    [
        # Made up: emoji-heavy chatter read as a close, a partial close or a cancel.
        "#XRP closing strong today 🔥🔥",
        "#BTC closing strong 💪🔥",
        "🚀 #AVAX closed green 🟢 +8% today",
        "🔥 #ETH closed red 🔴 -3% today",
        "🟢 #BTC Close: 67,450 | Change: +2.4%",
        "$ETH close > 3500 = breakout 🚀",
        "🟢 $ETH market close today 3400 📊",
        "Wait for the candle to close 🕯️ before entering #ETH ⏳",
        "Taking a break 🌴 channel closed until Monday 🙏",
        "🎁 Take 50% off our course 📚 #BTC",
        "🔥 #BTC take half of your stress away 😅",
        "💸 Close 50% of the fees with our referral 🤑",
        "🎉 Cancel nothing, just HODL #BTC 💎",
        "#BTC invalidated the bear flag 🚀",
        "Cancel the FUD 🙅 #ETH to 5k 🚀",
        "#BTC close range 66k-67k today 📈",
    ],
)
def test_chatter_is_no_order(text: str) -> None:
    check_asks_nothing(text)  # made up


@pytest.mark.parametrize(
    "text",
    [
        # Made up: the brief's chatter, no order before this branch either (guards).
        "🔥🔥 $BTC is so close to the target 🎯 just 2% away! 🚀",
        "#ETH closing in on TP1 👀🔥",
        "📈 BTC weekly close above 60k would be huge 🚀🚀",
        "🚨 Don't close your longs yet! #SOL looks strong 💪",
        "😱 VIP spots closing soon! Join now 👉 only 5 left 🔥",
        "🎁 Giveaway closed ✅ Winners announced tomorrow 🏆",
        "💬 Our closed group is where the real calls are 🔒 #BTC",
        "❌ Cancel your subscription anytime, no questions asked 🙏",
        "📚 Lesson 3: when to close a trade 🤔 #BTC example",
        "#BTC daily candle close 🕯️ above 65k = bullish ✅",
        "⏳ Registration closes in 2 hours! 🎉 #ETH trading contest",
        "🚫 Airdrop closed! Thanks all 🙏 $ARB",
        "📉 #BTC closed the week red 🩸",
        "🎉 Closed +32% on #SOL this week! 🚀 Join VIP",
    ],
)
def test_chatter_read_before_stays_no_order(text: str) -> None:
    check_asks_nothing(text)


@pytest.mark.parametrize(
    ("text", "kind", "fraction"),
    [
        # Made up: real orders and reports stay read (guards).
        ("Close #ETH now", CLOSE, None),
        ("Closed #ETH at 3300 ✅", CLOSE, None),
        ("#BTC close now 🔥", CLOSE, None),
        ("#SOL closed ✅ +20%", CLOSE, None),
        ("Close #ETH, the market looks weak", CLOSE, None),
        ("#ETH close half now 🔥", PARTIAL, 0.5),
        ("#AVAX closed in profit 🟢", CLOSE, None),
        ("Cancel #SOL order ❌", CANCEL, None),
        ("#LINK market close now", CLOSE, None),
        ("🔥 #BNB close 25% 🔥", PARTIAL, 0.25),
        ("#BTC take half off", PARTIAL, 0.5),  # (tests/parsers/test_wa23_actions.py's row)
        ("#BTC take 50% off the table", PARTIAL, 0.5),
        ("#ETH closed down 4%", CLOSE, None),  # (tests/parsers/test_wa23_actions.py's row)
        ("#SOL 🟢 Closed: +35% 🔥", CLOSE, None),
        # Made up: the last part closed is what is left, all of it (each was a partial close).
        ("#ETH closing the last 30% now 🔥", CLOSE, None),
        ("#ETH final 25% closed ✅", CLOSE, None),
        ("#ETH close last 50% 🎯", CLOSE, None),
        ("#ETH remaining 50% closed 💰", CLOSE, None),
        ("#ETH Close final 50%", CLOSE, None),
    ],
)
def test_orders_stay_read(text: str, kind: UpdateKind, fraction: float | None) -> None:
    coin = re.search(r"#([A-Z]+)", text)
    assert coin is not None
    check_acts(text, kind, coin.group(1) + "USDT", fraction)
    update = follow_up(text)
    assert update is not None and update.kind in ACTIONS
    if fraction is None:
        assert update.fraction is None, update
