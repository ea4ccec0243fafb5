"""Wrong actions from chatter (branch i13-wa24): the families wa24_not / wa24_action of
tests/parsers/mutations.py, a generator of their own (the other families draw as before).

For the coin of every dev signal quoted in USDT, ``wa24_not`` writes one post that asks for no
action a bot may take: a news headline or an exchange's notice (an exchange cancels the orders of
a delisted pair, a company cancels an event, a state closed its position), a market wrap (a
weekday's or a session's close, the price's move after its percent, a multi-year low, a chart's
shape exited), several coins' results or a market review, a promotion beside a reported close, a
trading maxim beside a coinless close, a negation with a curly apostrophe
(parsers/not_close_news.py, results_board.py, chatter_posts.py, chatter_titles.py,
updates.py): any action or a trade is wrong. ``wa24_action`` writes a real follow-up beside the
same words (a close of the coin with a market comment, a partial close with a result, a cancel
beside a delisting): each must be read as the action it asks, for the tagged coin. Judged as
tests/parsers/mutations_followups.judge judges; what each must give comes from the form, never
from the parser. The forms' sources: the rows of tests/parsers/test_wa24.py (made up).
"""

from __future__ import annotations

import random
from typing import Any

from tests.parsers.mutations_drawn import follow_and_not
from tests.parsers.variant_forms import near_price

NOT_WA24, ACTION_WA24 = "wa24_not", "wa24_action"

# {c}: the coin as channels tag it; {o}: another coin, tagged; {p}, {q}: prices near its levels.
NOT_FORMS: tuple[str, ...] = (
    "Bybit will cancel all open orders on the delisted {c} pairs at 08:00 UTC, last price {p}",
    "Binance will delist {c} and cancel all pending orders on March 12 (last {p})",
    "Bitget will delist {c} perpetual. Positions will be closed automatically at {p}",
    "Binance will cancel the {c} airdrop after community backlash, price {p}",
    "AMA with the {c} team is cancelled, see you next week",
    "Сегодня отменили листинг {c} на Binance, цена {p}",
    "Germany closed its {c} position at {p}",
    "Crypto market wrap: {c} closed Friday at {p}, {o} closed at {q}",
    "NY close: {c} {p}, {o} {q}",
    "{c} closed 8% higher at {p}, leading the market",
    "{c} closes at a new multi-year low: {p}",
    "{c} — exiting the range to the upside above {p} 🚀",
    "{c} exited the downtrend channel at {p} — bullish!",
    "{c} — what a close! {p} daily candle 🟢",
    "Дневное закрытие {c} — {p}",
    "{c} снова закрылся в красной зоне, {p}",
    "① {c} closed +12%\n② {o} closed +9%",
    "1️⃣ {c}: +32% (closed)\n2️⃣ {o}: +18% (closed)",
    "💎 VIP RESULTS 💎\n{c} 🟢 +62% (Leverage 20x, cross)\nClosed all positions in profit ✅",
    "Weekly P&L:\n{c} 50% closed at TP1\n{o} 30% closed at TP1",
    "Зафиксировали прибыль по {c}, {o} и SOL — отличная неделя!",
    "Обзор: {c} закрыл день зелёной свечой у {p}, {o} закрылся в минус",
    "🔥 {c} LONG +120% (20x) closed in profit at {p} 🔥 Join VIP for more!",
    "Сделка по {c} закрыта в плюс +45% (плечо 20x, кросс). Следующий сигнал — только в VIP!",
    "Don’t close your {c} longs yet… {p} holds",
    "We won’t close {c} here — {p} is the next target",
)

# (form, what it must be read as: kind, and fraction when said).
ACTION_FORMS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("{c} close now, it closed Friday at the lows", {"kind": "CLOSE", "fraction": None}),
    ("Closing {c} now: the weekly close looks weak", {"kind": "CLOSE", "fraction": None}),
    ("{c} closed with +60% profit 💰", {"kind": "CLOSE", "fraction": None}),
    ("{c} cancel the limit order, Binance will delist it", {"kind": "CANCEL"}),
    ("{c} close 50% now, {o} looks weak", {"kind": "CLOSE_PARTIAL", "fraction": 0.5}),
    ("{c} Закрываем позицию, неделя закрылась в минус", {"kind": "CLOSE", "fraction": None}),
    ("Фиксируем прибыль по {c}", {"kind": "CLOSE", "fraction": None}),
    ("{c} exit now, it left the range", {"kind": "CLOSE", "fraction": None}),
    ("1️⃣ {c} close 50% now", {"kind": "CLOSE_PARTIAL", "fraction": 0.5}),
)

_OTHERS: tuple[str, ...] = ("BTC", "ETH", "SOL", "XRP", "BNB")


def _fill(rng: random.Random, form: str, symbol: str, want: dict[str, Any]) -> str:
    base = symbol[:-4]
    tag = rng.choice((f"#{base}", f"${base}", f"#{symbol}", f"{base}/USDT"))
    other = rng.choice([o for o in _OTHERS if o != base])
    return form.format(c=tag, o=f"#{other}", p=near_price(rng, want), q=near_price(rng, want))


def wa24_mutations(seed: int) -> list[tuple[str, str, str, dict[str, Any], str]]:
    """For tests/parsers/mutations.py: for each dev signal quoted in USDT one post that asks for
    no action and one follow-up read as the action it asks, as (case id, family, text, reading,
    must)."""
    rng = random.Random(seed * 2654435761 + 24)
    return follow_and_not(rng, (ACTION_WA24, NOT_WA24), _action, _quiet, quiet_first=True)


def _quiet(rng: random.Random, want: dict[str, Any], symbol: str) -> str:
    return _fill(rng, rng.choice(NOT_FORMS), symbol, want)


def _action(rng: random.Random, want: dict[str, Any], symbol: str) -> tuple[str, dict[str, Any]]:
    form, reads = rng.choice(ACTION_FORMS)
    expect: dict[str, Any] = {"kind": reads["kind"], "symbol": symbol}
    if "fraction" in reads:
        expect["fraction"] = reads["fraction"]
    return _fill(rng, form, symbol, want), expect
