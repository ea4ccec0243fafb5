"""Wrong trades and wrong actions noticed and left in earlier sessions (branch i13-left26): the
families left26_card / left26_not / left26_two / left26_action of tests/parsers/mutations.py, a
generator of their own (the other families draw as before).

For the coin of every dev signal quoted in USDT: ``left26_card`` writes the signal's own card
(coin, side, entries, targets, stop) with a line that must keep it from trading: an entry that
waits for a candle close, an added entry given as a percentage, a target named in a sentence
after the levels (parsers/candle_entry.py, added_entry.py, explain.py), or a frame over it that
makes it no call now (a copy-trading ad's sample, a call of a year ago: call_framing.py), so any
trade is wrong;
``left26_not`` a close told of someone by their handle, or another post that is not what it
looks like (parsers/handle_told.py): any action or trade is wrong; ``left26_two`` a close or a
cancel said of two coins, which must be refused with its reason (parsers/two_trades.py:
an action without one is wrong); ``left26_action`` a real close of the one coin beside another
coin named only as context, read as the close of the coin. Forms: the rows of
tests/parsers/test_left26.py (made up from the lead's rulings).
"""

from __future__ import annotations

import random
from typing import Any

from tests.parsers.mutations_drawn import coin_tag, usdt_signals
from tests.parsers.mutations_followups import FOLLOW, NOT
from tests.parsers.variant_forms import fmt, near_price

CARD_LEFT26, NOT_LEFT26, TWO_LEFT26, ACTION_LEFT26 = (
    "left26_card",
    "left26_not",
    "left26_two",
    "left26_action",
)
# The must of left26_two: no trade, and no action unless it carries the reason it is not done.
REFUSED_ACTION = "refused_action"

# A line under the card ({e}: its first entry, {t}: a price beyond its last target).
CARD_LINES: tuple[str, ...] = (
    "Entry: wait for a break and close {way} {e}",
    "Entry only after a 4h close {way} {e}",
    "Re-entry at -4% if it dips.",
    "DCA at -5%",
    "Add more -3% below",
    "Докупаем на -5%",
    "Funding rate at 0.01%, price {t} is the next target.",
    "I expect {t} as the final target",
    "We could see {t} next",
)
NOT_FORMS: tuple[str, ...] = (
    "@trader123 closed {c} at {p} 👏",
    "Our member @x_trader closed {c} in profit 🔥",
    "Congrats @anna_t on closing {c} +40% 🎉",
    "@ivan_k закрыл {c} в плюс 🔥",
    "@mike_fx just took profit on {c} at {p} 💰",
    "Member screenshot 📸 {c} TP1 hit, closed half 🔥",
    "Скрин от подписчика: закрыл {c} в плюс 🔥",
    "Imagine closing {c} at {p} 🤡",
    "Bot test: close {c} (ignore)",
    "Forwarded from Crypto Kings: close {c} now",
    "Our partner channel closed {c} in profit, congrats to them 👏",
    "Would've closed {c} at {p} but I was asleep 😴",
    "Week results: closed {c} at TP2, closed {o} at TP1, cancelled #AVAX order.",
    "Команда для бота: /close {c}",
    "Use /close {c} to close your position in the bot",
)
# A frame over the card ({card}) that makes it no call to trade now.
FRAMES: tuple[str, ...] = (
    "🤖 Copy-trade with us! Here's what a signal looks like:\n{card}\nJoin via the link 👇",
    "Копитрейдинг 🔥 Пример сигнала:\n{card}",
    "One year ago today we posted:\n{card}",
    "Год назад мы дали сигнал:\n{card}",
    "Our latest call for reference:\n{card}",
    "Для новых подписчиков — так выглядят наши сигналы:\n{card}",
)
TWO_FORMS: tuple[tuple[str, str], ...] = (
    ("Close {c} and {o}", "CLOSE"),
    ("{c} and {o}: close now", "CLOSE"),
    ("Close {c}. Close {o}.", "CLOSE"),
    ("Cancel {c} or {o} order", "CANCEL"),
    ("Закрываем {c} и {o}", "CLOSE"),
    ("{c} close half, {o} close all", "CLOSE"),
    ("Closing all positions: {c} {o} #AVAX", "CLOSE"),
    ("🚨 Close all longs now! ({c}, {o})", "CLOSE"),
    ("Cancelled orders: {c}, {o}", "CANCEL"),
)
ACTION_FORMS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("Close {c}, {o} stays open", {"kind": "CLOSE", "fraction": None}),
    ("Закрываем {c}. {o} держим", {"kind": "CLOSE", "fraction": None}),
    ("{c} close now, {o} looks weak", {"kind": "CLOSE", "fraction": None}),
    ("Close {c} now (by @signals_admin)", {"kind": "CLOSE", "fraction": None}),
)
_OTHERS: tuple[str, ...] = ("BTC", "ETH", "SOL", "XRP", "BNB")


def _card(rng: random.Random, symbol: str, want: dict[str, Any]) -> str:
    lines = [f"{coin_tag(rng, symbol)} {want['side']}"]
    lines.append("Entry: " + " - ".join(fmt(v) for v in want["entries"][:2]))
    lines.extend(f"TP{i}: {fmt(v)}" for i, v in enumerate(want["take_profits"][:3], 1))
    lines.append(f"SL: {fmt(want['stop_loss'])}")
    return "\n".join(lines)


def _card_line(rng: random.Random, want: dict[str, Any]) -> str:
    long = want["side"] == "LONG"
    last = want["take_profits"][:3][-1]
    places = len(fmt(last).partition(".")[2])
    beyond = round(last * (1.08 if long else 0.92), places + 1)
    return rng.choice(CARD_LINES).format(
        way="above" if long else "below", e=fmt(want["entries"][0]), t=fmt(beyond)
    )


def _other(rng: random.Random, symbol: str) -> str:
    return "#" + rng.choice([o for o in _OTHERS if o != symbol[:-4]])


def left26_mutations(seed: int) -> list[tuple[str, str, str, dict[str, Any], str]]:
    """For tests/parsers/mutations.py: for each dev signal quoted in USDT a card with a line that
    keeps it from trading (when it has entries, targets and a stop), a close told of a member, a
    close of two coins and a close of the coin beside another, as (case id, family, text,
    reading, must)."""
    rng = random.Random(seed * 2654435761 + 26)
    out: list[tuple[str, str, str, dict[str, Any], str]] = []
    for case_id, want, symbol in usdt_signals():
        tag = coin_tag(rng, symbol)
        if want["entries"] and want["take_profits"] and want["stop_loss"] is not None:
            card = _card(rng, symbol, want)
            if rng.random() < 0.5:
                text = card + "\n" + _card_line(rng, want)
            else:
                text = rng.choice(FRAMES).replace("{card}", card)
            out.append((case_id, CARD_LEFT26, text, {}, REFUSED_ACTION))
        text = rng.choice(NOT_FORMS).format(c=tag, o=_other(rng, symbol), p=near_price(rng, want))
        out.append((case_id, NOT_LEFT26, text, {}, NOT))
        form, _ = rng.choice(TWO_FORMS)
        text = form.format(c=tag, o=_other(rng, symbol))
        out.append((case_id, TWO_LEFT26, text, {}, REFUSED_ACTION))
        form, reads = rng.choice(ACTION_FORMS)
        expect: dict[str, Any] = {"kind": reads["kind"], "symbol": symbol}
        if "fraction" in reads:
            expect["fraction"] = reads["fraction"]
        text = form.format(c=tag, o=_other(rng, symbol))
        out.append((case_id, ACTION_LEFT26, text, expect, FOLLOW))
    return out
