"""Posts that are no call, written to attack the parser (branch i13-wrong25): the families
wrong25_not / wrong25_card / wrong25_action of tests/parsers/mutations.py, a generator of their
own (the other families draw as before).

For the coin of every dev signal quoted in USDT, ``wrong25_not`` writes one post with a close or
cancel word in a sense that closes no trade (a giveaway's close date, a candle's or a year's
close, a share of a gap, a deal or a round closed, the market's shorts, a member's result, what
others say, regret, a lesson, the reader's choice, a close still to come;
parsers/not_close_senses.py, close_to_come.py); ``wrong25_card`` the dev
signal's own levels in a card framed as no call or read two ways (a warning, a poll, an old
call, a call not active yet, a format shown, the only target given as a hope, an entry inside a
note, a zone left open, two targets numbered alike, a numbered target left empty;
parsers/call_framing.py, target_placeholder.py): any action or a trade is wrong.
``wrong25_action`` writes a real follow-up beside the same words: it must be read as the action
it asks, for the tagged coin. Judged as tests/parsers/mutations_followups.judge judges; what
each must give comes from the form, never from the parser. The forms' sources: the rows of
tests/parsers/test_wrong25.py (made up).
"""

from __future__ import annotations

import random
from typing import Any

from tests.parsers.mutations_drawn import coin_tag, usdt_signals
from tests.parsers.mutations_followups import FOLLOW, NOT
from tests.parsers.variant_forms import fmt, near_price

NOT_WRONG25, CARD_WRONG25, ACTION_WRONG25 = "wrong25_not", "wrong25_card", "wrong25_action"

# {c}: the coin as channels tag it; {o}: another coin, tagged; {p}: a price near its levels.
NOT_FORMS: tuple[str, ...] = (
    "Giveaway 🎁 Win $100 in {c}! Price now {p}. Close date: Friday.",
    "The cancel button on Bybit for {c} orders is broken 😡",
    "Closed our eyes on {c} for a week and it pumped 20% 😂",
    "🚫 Cancelled my Binance account, {c} stays in self-custody",
    "📚 Book recommendation: a book on {c} history 📖",
    "🔐 Secure your seed phrase! {c} holders, never share it.",
    "🧠 Take your time, {c} isn't going anywhere ⏳ {p}",
    "Закрыл ноутбук и пошёл гулять, {c} скучный 😴",
    "Фиксируем внимание на {c}: важный уровень {p}",
    "Price closed inside the range on {c}, no trade. {p}",
    "🟥 {c} 1D closed red at {p}, -3.2%",
    "⚡ {c} closes 50% of the gap at {p}",
    "2023 closed, {c} +150%. 2024 let's go 🚀",
    "{c} close below {p} = exit",
    "🤝 Partnership with XYZ closed! {c} to the moon 🌕",
    "💰 Funding round closed: $20M for the {c} ecosystem 🚀",
    "{c}: longs got rekt, shorts closed in profit across the market.",
    "🐋 Whale alert: 50% of {c} shorts closed in 1 hour",
    "Member result: closed {c} at {p} +12% 🔥",
    "⚠️ Scam: fake admins ask you to cancel {c} orders. Ignore them!",
    "🤔 Some say close {c} here. I say hold.",
    "Should've closed {c} at {p} 😭",
    "Paper hands closing {c} at a loss 🧻",
    "The #1 mistake: closing {c} too early",
    "Up to you: close {c} or hold",
    "Partial close on {c} is optional",
    "Our management: close 25% at each target {c}",
    "Close {c} after TP2",
    "{c}: close on touch of {p}",
    "Closing {c} soon",
)

# A framing line over or under the card ({card}), or a card read two ways.
CARD_FORMS: tuple[str, ...] = (
    "⚠️ Scam alert! Fake channel posting:\n{card}\nDon't follow it!",
    "❓ Would you long {c} here?\n{card}",
    "🗳️ Vote: should we trade {c}?\n{card}\n👍 yes / 👎 no",
    "{card}\n(old signal from March, for reference)",
    "{card}\n(not active yet, wait for my update)",
    "This is how a signal looks:\n{card}",
)

# (form, what it must be read as: kind, and fraction when said).
ACTION_FORMS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("Close {c} now, the daily candle closed red", {"kind": "CLOSE", "fraction": None}),
    ("Closing {c} now, too early for the breakout", {"kind": "CLOSE", "fraction": None}),
    ("{c} closed in profit ✅ +12%", {"kind": "CLOSE", "fraction": None}),
    ("Book profits on {c} ✅", {"kind": "CLOSE", "fraction": None}),
    ("Cancel {c}, the setup is gone", {"kind": "CANCEL"}),
    ("{c} close 50% now, {o} looks weak", {"kind": "CLOSE_PARTIAL", "fraction": 0.5}),
    ("Close {c} now, there is resistance at {p}", {"kind": "CLOSE", "fraction": None}),
)

_OTHERS: tuple[str, ...] = ("BTC", "ETH", "SOL", "XRP", "BNB")


def _fill(rng: random.Random, form: str, symbol: str, want: dict[str, Any]) -> str:
    base = symbol[:-4]
    other = rng.choice([o for o in _OTHERS if o != base])
    return form.format(c=coin_tag(rng, symbol), o=f"#{other}", p=near_price(rng, want))


def _card(rng: random.Random, symbol: str, want: dict[str, Any]) -> str:
    """The dev signal's card: its coin, side, entries, targets and stop, as a channel writes it."""
    lines = [f"{coin_tag(rng, symbol)} {want['side']}"]
    lines.append("Entry: " + " - ".join(fmt(v) for v in want["entries"][:2]))
    lines.extend(f"TP{i}: {fmt(v)}" for i, v in enumerate(want["take_profits"][:3], 1))
    lines.append(f"SL: {fmt(want['stop_loss'])}")
    return "\n".join(lines)


def _usable(want: dict[str, Any]) -> bool:
    return bool(want["entries"]) and bool(want["take_profits"]) and want["stop_loss"] is not None


def wrong25_mutations(seed: int) -> list[tuple[str, str, str, dict[str, Any], str]]:
    """For tests/parsers/mutations.py: for each dev signal quoted in USDT one post that asks for
    no action, one framed card of its levels (when it has entries, targets and a stop) and one
    follow-up read as the action it asks, as (case id, family, text, reading, must)."""
    rng = random.Random(seed * 2654435761 + 25)
    out: list[tuple[str, str, str, dict[str, Any], str]] = []
    for case_id, want, symbol in usdt_signals():
        out.append((case_id, NOT_WRONG25, _fill(rng, rng.choice(NOT_FORMS), symbol, want), {}, NOT))
        if _usable(want):
            form = rng.choice(CARD_FORMS)
            card = _card(rng, symbol, want)
            text = form.replace("{card}", card).replace("{c}", coin_tag(rng, symbol))
            out.append((case_id, CARD_WRONG25, text, {}, NOT))
        form, reads = rng.choice(ACTION_FORMS)
        expect: dict[str, Any] = {"kind": reads["kind"], "symbol": symbol}
        if "fraction" in reads:
            expect["fraction"] = reads["fraction"]
        out.append((case_id, ACTION_WRONG25, _fill(rng, form, symbol, want), expect, FOLLOW))
    return out
