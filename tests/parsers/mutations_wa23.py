"""Wrong actions (branch i13-wa23): the families wa23_not / wa23_action of
tests/parsers/mutations.py, a generator of their own (the other families draw as before).

For the coin of every dev signal quoted in USDT, ``wa23_not`` writes one post that asks for no
action a bot may take (the coin's price or candle closed higher, lower, at a high; the closing
price; an event or a decision cancelled; past trades counted; other people's closes; two coins'
stops moved at once, the session-16 ruling; a stop move beside an add-on entry or by a
percentage; a close or cancel for when a level breaks: parsers/not_close_rows.py, not_close_others.py, followup_doubts.py, order_changes.py) with the coin tagged and prices near its levels: any action or a trade
is wrong. ``wa23_action`` writes a follow-up whose words were read as another action (a stop move
beside a hedged close, what was left stopped after a partial close, a share taken off, a close
beside a cancel, a price's move beside the close, a stop level written before an entries
word): each must be read as the action it asks, for
the tagged coin. Judged as tests/parsers/mutations_followups.judge judges; what each must give
comes from the form, never from the parser. The forms' sources: the rows of
tests/parsers/test_wa23_actions.py.
"""

from __future__ import annotations

import random
from typing import Any

from tests.parsers.mutations_drawn import coin_tag, follow_and_not
from tests.parsers.variant_forms import near_price

NOT_WA23, ACTION_WA23 = "wa23_not", "wa23_action"

# {c}: the coin as channels tag it; {o}: another coin, tagged; {p}, {q}: prices near its levels.
NOT_FORMS: tuple[str, ...] = (
    "{c} closed higher today at {p}",
    "{c} closes lower for a third day, {p} is next",
    "{c} closed at its highest level since March: {p}",
    "{c} closed green today above {p}",
    "{c} closed red on the day, support at {p}",
    "{c} just closed its first green weekly candle above {p}",
    "{c} Closing price today: {p}",
    "{c} закрылся на 5% выше, уровень {p}",
    "Cancelled: today's live stream on {c}, price {p}",
    "The {c} upgrade was cancelled again, price {p}",
    "Все сделки за неделю закрыты в профит, {c} у {p}",
    "Половина канала закрыла позиции по {c} на {p}",
    "{c} and {o} move SL to entry",
    "{c}, {o}: move SL to {p}",
    "Move stops to entry on {c} and {o}",
    "O mercado fechou em alta, {c} em {p}",
    "{c} cerró con una subida del 5%, soporte en {p}",
    "{c} SL moved to {p}, add more at {q}",
    "{c} move stop to {p} and add at {q}",
    "{c} close on a break of {p}",
    "{c} закрываем при пробое {p}",
    "{c} if not filled by tomorrow, cancel",
    "{c} move SL to -5%",
    "{c} trailing stop 2%",
)

# (form, what it must be read as: kind, and fraction / to_entry / price "p" when said).
ACTION_FORMS: tuple[tuple[str, dict[str, Any]], ...] = (
    (
        "{c} Move SL to entry, it might be wise to take some profit too",
        {"kind": "MOVE_SL", "to_entry": True, "fraction": None},
    ),
    ("{c} Move SL to {p}. Maybe take some profit too", {"kind": "MOVE_SL", "price": "p"}),
    ("{c} TP1 hit, 50% closed, rest stopped at entry", {"kind": "SL_HIT"}),
    ("{c} Closed 50% at TP1, the rest got stopped at breakeven", {"kind": "SL_HIT"}),
    ("{c} take half off here", {"kind": "CLOSE_PARTIAL", "fraction": 0.5}),
    ("{c} Take 25% off the table", {"kind": "CLOSE_PARTIAL", "fraction": 0.25}),
    ("{c} close and cancel the other orders", {"kind": "CLOSE", "fraction": None}),
    ("{c} Scenario cancelled, close the position", {"kind": "CLOSE", "fraction": None}),
    ("{c} Закрываем позицию, сценарий отменен", {"kind": "CLOSE", "fraction": None}),
    ("{c} cancel the limit order, close position at market", {"kind": "CLOSE"}),
    ("{c} closed down 4%", {"kind": "CLOSE", "fraction": None}),
    ("{c} move SL to entry, {o} looks weak", {"kind": "MOVE_SL", "to_entry": True}),
    (
        "{c} SL moved: {q} → {p} because of volatility, entries unchanged",
        {"kind": "MOVE_SL", "price": "p", "to_entry": False},
    ),
)

_OTHERS: tuple[str, ...] = ("BTC", "ETH", "SOL", "XRP", "BNB")


def fill_tagged(
    rng: random.Random, form: str, symbol: str, want: dict[str, Any]
) -> tuple[str, str]:
    """form with {c} the coin tagged as channels tag it, {o} another coin, {p} and {q} prices near
    its levels; and {p} (mutations_fu24 draws its posts with it too)."""
    base = symbol[:-4]
    tag = coin_tag(rng, symbol)
    other = rng.choice([o for o in _OTHERS if o != base])
    p = near_price(rng, want)
    return form.format(c=tag, o=f"#{other}", p=p, q=near_price(rng, want)), p


def wa23_mutations(seed: int) -> list[tuple[str, str, str, dict[str, Any], str]]:
    """For tests/parsers/mutations.py: for each dev signal quoted in USDT one post that asks for
    no action and one follow-up read as the action it asks, as (case id, family, text, reading,
    must)."""
    rng = random.Random(seed * 2654435761 + 23)
    return quiet_and_action(rng, (ACTION_WA23, NOT_WA23), NOT_FORMS, ACTION_FORMS)


Forms = tuple[tuple[str, dict[str, Any]], ...]


def quiet_and_action(
    rng: random.Random, families: tuple[str, str], quiet: tuple[str, ...], action: Forms
) -> list[tuple[str, str, str, dict[str, Any], str]]:
    """For each dev signal quoted in USDT, one post of the quiet forms and one of the action
    forms (each filled by fill_tagged), in the families (the action's, the quiet post's):
    mutations_drawn.follow_and_not with the quiet post drawn first (wa23, fu24)."""
    return follow_and_not(
        rng,
        families,
        lambda r, want, symbol: tagged_action(r, action, want, symbol),
        lambda r, want, symbol: fill_tagged(r, r.choice(quiet), symbol, want)[0],
        quiet_first=True,
    )


def tagged_action(
    rng: random.Random, forms: Forms, want: dict[str, Any], symbol: str
) -> tuple[str, dict[str, Any]]:
    """A follow-up drawn from forms and filled for the coin, and what it must be read as: its
    kind, for the coin when the form names it ("Closed at 205 ✅" names none: a reply's), its
    share and its move to the entry when the reading says one, the price filled in when its
    reading's price is "p"."""
    form, reads = rng.choice(forms)
    text, p = fill_tagged(rng, form, symbol, want)
    expect: dict[str, Any] = {"kind": reads["kind"]}
    if "{c}" in form:
        expect["symbol"] = symbol
    for key in ("fraction", "to_entry"):
        if key in reads:
            expect[key] = reads[key]
    if reads.get("price") == "p":
        expect["price"] = float(p.replace(",", ""))
    return text, expect
