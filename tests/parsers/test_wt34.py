"""Wrong trades and wrong actions of chatter and review posts (session 32, branch i13-wt34).

- A price nobody claims is never dropped: a second line of bare prices before the levels, under
  the one the entries were read from ("🟢 خرید پله اول / 150.5 $ / 🟡 خرید پله دوم (-3.5%) /
  145.2 $", a step the label tables do not hold) is a stray line (review)
  (parsers/prelude_leftover.py).
- Whole-number levels with an open-ended target ("Sell zone 33-36-40-45+") and no quote named:
  satoshis of the BTC pair, or dollars? A guess (parsers/open_whole.py).
- "I'm considering a **BTC/USD long trade**": a thought, not a call (parsers/hedged_call.py); a
  chart described by guessing ("time not mentioned but likely 5-min") is no call
  (parsers/chart_guess.py).
- A running trade's card ("Buy: 0.0000152 / Current: 0.0000171 (12.5%)"), an entry named by a
  word that is neither a price nor the market ("Вход по ретесту"), a post opening with a
  memecoin's name read as another coin ("Doge Army ... #SHIB"): review
  (parsers/call_doubts_more.py).
- A close's word told of readers or of the past ("everyone who entered and exited", "since our
  last exit"; parsers/chatter_who.py), of the market's players ("Many positions were closed",
  "holders exiting"; parsers/not_close_rows.py), as a hypothesis ("96500 short would be our
  exit"; parsers/not_close.py), or in a list of tips (parsers/chatter_tips.py): no action.

Every text here is made up (MARKED AS MADE UP: written from the shapes of the lead's masked
held-out aggregates, no held-out text seen) unless a dev case id is named beside it.
"""

from __future__ import annotations

import pytest

from parsers.models import UpdateKind
from tests.parsers.reads import ACTIONS, PARSER, follow_up, not_traded, review, valid

STEPS = (
    "SOL\n🟢 خرید پله اول\n150.5 $\n🟡 خرید پله دوم (-3.5%)\n145.2 $\n"
    "🎯تارگت 1: 155.0  (+3.0%)\n🎯تارگت 2: 160.0  (+6.3%)\n⛔️حد ضرر: 140.0  (-7.0%)"
)


@pytest.mark.parametrize("step", ["🟡 زورپلات", "🟡 Zorblat"])
def test_step_price_left_unread_is_a_doubt(step: str) -> None:
    # MADE UP (the lead's Persian card, its second step's heading a word no table holds): 145.2
    # was dropped silently, 150.5 traded alone.
    why = review(STEPS.replace("🟡 خرید پله دوم (-3.5%)", step))
    assert any("145.2" in w for w in why), why


def test_step_card_with_known_headings_reads_both_steps() -> None:
    # MADE UP: with both steps' headings known (i13-cards34's Persian buy steps), both entries.
    sig = PARSER.parse_sync(STEPS)
    assert sig is not None and sig.is_valid(), sig and sig.review
    assert (sig.entries, sig.take_profits, sig.stop_loss) == ([150.5, 145.2], [155.0, 160.0], 140.0)


@pytest.mark.parametrize(
    "text",
    [
        # MADE UP: one step only, nothing left over: read.
        "SOL\n🟢 خرید\n150.5 $\n🎯تارگت 1: 155.0\n🎯تارگت 2: 160.0\n⛔️حد ضرر: 140.0",
        # MADE UP: a line of prices under the pair read as the entries, the labels after.
        "BTCUSDT LONG\n64000-63500\nTargets: 66000, 68000\nStop: 62000",
    ],
)
def test_no_leftover_still_read(text: str) -> None:
    valid(text)


@pytest.mark.parametrize(
    "text",
    [
        "#ONE\nBuy zone 28-30\nSell zone 33-36-40-45+",  # MADE UP (the held-out shape's form)
        "#SNM\nBuy zone 17-22\nSell zone 30-40-55-80+\nStoploss 12",  # MADE UP
        "#XYZ\nBuy 44-46\nSell at 50-55-61+",  # MADE UP
    ],
)
def test_open_whole_targets_refused(text: str) -> None:
    why = review(text)
    assert any("open-ended target" in w for w in why), why


def _reasons(text: str) -> list[str]:
    sig = PARSER.parse_sync(text)
    assert sig is not None
    return [*sig.review, *sig.errors]


@pytest.mark.parametrize(
    "text",
    [
        "#ONE\nBuy zone 28-30\nSell zone 33-36-40-45",  # MADE UP: no "+"
        "#FUN\nBuy 0,03\nTargets - 0,04 - 0,06 - 0,15+",  # as dev pnd-tg-1265774573-001
        "#ETH\nBuy 3868\nT/P : 4,000+\nStop 3580",  # MADE UP: a high-priced coin
        "#ONE/USDT\nBuy zone 28-30\nSell zone 33-36-40-45+",  # MADE UP: the quote written
        "#ONE\nBuy zone 2-3\nSell zone 4-5-6+",  # MADE UP: levels under ten
    ],
)
def test_open_whole_near_misses(text: str) -> None:
    assert not any("open-ended" in w for w in _reasons(text))


@pytest.mark.parametrize(
    "text",
    [
        # MADE UP (the held-out shape's form): bold, the pair between.
        "Long\nBTCUSD 4H CHART PATTERN\nI'm considering a **BTC/USD long trade** with the"
        " following parameters:\n* **Entry:** 64000\n* **Target:** 68000\n* **Stop Loss:** 62000",
        "I am considering an #ETH short here\nEntry: 3000\nTarget: 2800\nStop: 3100",  # MADE UP
        # MADE UP: a chart described by guessing.
        "Long Position Setup for Fartcoin (FARTCOIN)\nChart Timeframe and Indicators:\nTimeframe:"
        " Intraday (exact time not mentioned but likely 5 or 15-min based on candlestick size and"
        " spacing)\nEntry: 1.25\nTarget: 1.40\nStop: 1.18",
        "ETH long\nTimeframe: not shown, but likely the 4H\nEntry: 3000\nTP: 3200\nSL: 2900",
    ],
)
def test_thought_or_guess_refused(text: str) -> None:
    review(text)


@pytest.mark.parametrize(
    "text",
    [
        "ETH long\nEntry: 3000\nTP: 3200\nSL: 2900\nLikely to bounce from the support",
        # MADE UP: said, no guess at a picture (as dev square-icp-support-bounce-001's stop).
        "ETH long\nEntry: 3000\nTP: 3200\nSL: 2900\nLeverage: not stated, use 5x at most",
        "Considering the trend, ETH long\nEntry: 3000\nTP: 3200\nSL: 2900",
    ],
)
def test_thought_near_misses_read(text: str) -> None:
    valid(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # MADE UP (the held-out shape's form): a running trade's card, its target and stop.
        (
            "————\nCurrency: #ARB / BTC\n————\nExchange: Binance\nBuy: 0.0000152\n"
            "Current: 0.0000171 (12.5%)\nTarget: 0.0000190\nStop: 0.0000140",
            "running trade",
        ),
        ("#SOL\nBuy: 150\nNow: 161.2 (+7.5 %)\nTP: 170\nSL: 140", "running trade"),
        # MADE UP: an entry named by a word, no price and no market word.
        (
            "[trader #c] Signal ID: #c3\n\n#ETHUSDT LONG\n\nЖдем… Вход по ретесту\n\nTP 2600"
            "\n\nSL 2450.5\n\nРиск на сделку 1%",
            "condition with no price",
        ),
        ("#ETHUSDT SHORT\nВходим по сигналу\nTP 2300\nSL 2450.5", "condition with no price"),
        # MADE UP: a memecoin's name in title case first, another coin read.
        (
            "Doge Army announced 3 entries to buy\n#SHIB LONG\nEntry 0.00001\nTarget 0.00002\n"
            "Stop 0.000009",
            "opens with 'Doge'",
        ),
    ],
)
def test_call_doubts_more(text: str, words: str) -> None:
    why = review(text)
    assert any(words in w for w in why), why


@pytest.mark.parametrize(
    "text",
    [
        "#ETHUSDT LONG\nВход по рынку\nTP 2600\nSL 2450.5",  # at the market: read
        "#ETHUSDT LONG\nВход по текущим\nTP 2600\nSL 2450.5",
        "#SOL\nBuy: 150\nCurrent price: 151\nTP: 170\nSL: 140",  # no gain beside it
        "Doge is pumping again\n#DOGE LONG\nEntry 0.12\nTarget 0.15\nStop 0.10",
        "Dogecoin looks strong\n#DOGE LONG\nEntry 0.12\nTarget 0.15\nStop 0.10",
    ],
)
def test_call_doubts_more_near_misses(text: str) -> None:
    valid(text)


@pytest.mark.parametrize(
    "text",
    [
        # MADE UP (the held-out shapes' forms): told of readers, of the past, of the market.
        "Congratulations to everyone who entered and exited in our signal! Since 2020 making"
        " hundreds of users rich. Here we are with more than $120k (85%) since our last signal",
        "Congratulations to everyone who joined and stayed in our VIP! Since 2020 making thousands"
        " of users profitable... Here we are with more than $120k (85%) since our last exit",
        "In the past few days, $PEPE has been very aggressive. Many positions were closed, funding"
        " rate reset.",
        "Today's BTC news (12/07/26)\n📉 Top 3 exchange deposit spikes show holders exiting.",
        "📌BTC reached a VIP call (98000) and made good profits,\nwhile in the free call, we"
        " announced 96500 short would be our exit.",
        "Leverage can amplify your profits — or knock you out just as fast.\n1️⃣ Know Your"
        " Leverage: higher leverage, closer liquidation.\n2️⃣ Cut losses quickly: close losing"
        " trades fast.",
    ],
)
def test_chatter_asks_nothing(text: str) -> None:
    not_traded(text)
    update = follow_up(text)
    assert update is None or update.kind not in ACTIONS or update.problem, update


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("#BTC exit now", UpdateKind.CLOSE),  # MADE UP: a close asked stays read
        ("those who are in, exit here", UpdateKind.CLOSE),
        ("#SOL: exit now. Up 40% since our last update", UpdateKind.CLOSE),
        ("Close your #SOL longs now", UpdateKind.CLOSE),
        ("Holders of #SOL: close now", UpdateKind.CLOSE),
        ("#BTC would be a good exit here, close now", UpdateKind.CLOSE),
    ],
)
def test_asked_closes_still_read(text: str, kind: UpdateKind) -> None:
    update = follow_up(text)
    assert update is not None and update.kind is kind and not update.problem, update
