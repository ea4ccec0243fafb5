"""Follow-ups not read or read as another kind, English (branch i13-upd25): the families
upd25_followup / upd25_not of tests/parsers/mutations.py, a generator of their own (the other
families draw as before).

For the coin of every dev signal quoted in USDT, ``upd25_followup`` writes a follow-up in one of
the forms of tests/parsers/test_upd25.py: a close told on a line of its own with its price, its
result or the entry (alone, or under the call's card re-posted with a target ticked and notes
after its numbers), a close ticked with no target named, a target's label with a spaced dash
before its price, a stop hit told with the loss on the coin's line, a stop moved "now"; each must
be read as the kind it is, for the tagged coin, with its target's number or its level when the
form says one. ``upd25_not`` writes posts with the same words that ask for no action (a target
closed at a price, a market's daily close, a close to come, a stop given as a percentage in a new
call): any action or a trade is wrong; and the call's card with its result at a leverage under
it ("98.2% Profit (5x)", "Profit: 35% (Cross 20x)") or its first target marked by a pictograph
and the other bare (a report quoting the call): a trade is wrong. Judged as
tests/parsers/mutations_followups.judge judges; what each must give comes from the form, never
from the parser. The levels of the card are the dev signal's own (its entry, two targets, stop).
"""

from __future__ import annotations

import random
from typing import Any

from tests.parsers.mutation_post import Row, Want
from tests.parsers.mutations_drawn import coin_tag, follow_and_not, form_reading
from tests.parsers.variant_forms import fmt, near_price

FOLLOW_UPD25, NOT_UPD25 = "upd25_followup", "upd25_not"

# (form, what it must be read as: kind, and "n" (the target), "p" (the price)).
# {c}: the coin as channels tag it; {n}: a target's number; {p}: a price near the coin's levels;
# {g}: a gain; {card}: the call's card (side, entry, two targets with notes, the first ticked,
# the stop).
FOLLOW_FORMS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("{c} Closed at {p} ✅", {"kind": "CLOSE"}),
    ("{c} Cross 20x\nClosed at {p} ✅\nProfit: {g}%", {"kind": "CLOSE"}),
    ("{c} closed +{g}% ✅", {"kind": "CLOSE"}),
    ("{c} Closed: +{g}% (Cross 20x) ✅", {"kind": "CLOSE"}),
    ("{c}\nClosed ✅ {g}%", {"kind": "CLOSE"}),
    ("{c} Closed ✅ Profit {g}% (Cross 20x)", {"kind": "CLOSE"}),
    ("{card}\nClosed at entry", {"kind": "CLOSE"}),
    ("{card}\nClosed in profit 💰 {g}% (Cross 20x)", {"kind": "CLOSE"}),
    ("{card}\nTrade closed ✅ Profit {g}%", {"kind": "CLOSE"}),
    ("{c} closed ✅\n{card}", {"kind": "CLOSE"}),
    ("{c} Exit trade ✅", {"kind": "CLOSE"}),
    ("{c} exited ✅ +{g}%", {"kind": "CLOSE"}),
    ("{c} Target {n} - {p} ✅", {"kind": "TP_HIT", "n": True}),
    ("{c} 🟢 Target {n} 🟢", {"kind": "TP_HIT", "n": True}),
    ("{c}\nTarget {n} 💸", {"kind": "TP_HIT", "n": True}),
    ("{c} stop loss -{g}% (cross 20x)", {"kind": "SL_HIT"}),
    ("{c} stopped -{g}% 😔", {"kind": "SL_HIT"}),
    ("{c} touched SL", {"kind": "SL_HIT"}),
    ("{c} got liquidated", {"kind": "SL_HIT"}),
    ("{c} S/L hit", {"kind": "SL_HIT"}),
    ("{c} hit {p} (SL)", {"kind": "SL_HIT"}),
    ("{c} exited at SL", {"kind": "SL_HIT"}),
    ("{c} Long stopped", {"kind": "SL_HIT"}),
    ("{c} SL raised to {p}", {"kind": "MOVE_SL", "p": True}),
    ("{c} SL {p} now", {"kind": "MOVE_SL", "p": True}),
    ("{c} Stop loss should now be at {p}", {"kind": "MOVE_SL", "p": True}),
    ("{c} SL is now at {p}", {"kind": "MOVE_SL", "p": True}),
)

# Posts with those words that ask nothing now: any action (or a trade) is wrong.
NOT_FORMS: tuple[str, ...] = (
    "{c} Target {n} closed at {p} ✅",
    "{c} daily candle closed at {p} ✅",
    "{c} closed the day above {p} ✅ bullish",
    "{c} close at {p} if it breaks down?",
    "{c} LONG\nEntry: {p}\nSL: -{g}%",
    "{c} touched SL zone and bounced, holding",
    "{card}\n{g}% Profit (5x)",
    "{card}\nProfit: {g}% (Cross 20x)",
    "{marked}",
    "{c} Next target {n} 🚀",
    "{c} SL {p} (on close)",
    "{c} SL lower than entry",
    "Entry target {n} 🟢 {c}",
    "{card}\n🔥{g}% Profit (10x)🔥",
)


def _card(rng: random.Random, want: dict[str, Any], tick: str = "✅") -> str:
    """The dev call's card re-posted: its side, first entry, two targets (notes after them, the
    first marked with tick) and stop."""
    side = "LONG" if want.get("side") == "LONG" else "SHORT"
    entries = want.get("entries") or []
    tps = want.get("take_profits") or []
    lines = [side]
    if entries:
        lines.append(f"Entry: {fmt(entries[0])}")
    for i, tp in enumerate(tps[:2], 1):
        mark = f" {tick}" if i == 1 else ""
        note = rng.choice(("", f" ({5 * i}%)", " (Cross 20x)"))
        lines.append(f"Target {i}: {fmt(tp)}{note}{mark}")
    if want.get("stop_loss") is not None:
        lines.append(f"Stop: {fmt(want['stop_loss'])}")
    return "\n".join(lines)


def _fill(rng: random.Random, form: str, symbol: str, want: dict[str, Any]) -> tuple[str, int, str]:
    tag = coin_tag(rng, symbol, pair=True)
    n = rng.randint(1, 9)
    p = near_price(rng, want)
    card = f"{tag} " + _card(rng, want)
    marked = f"{tag} " + _card(rng, want, rng.choice(("🔥", "🟢", "💸", "🏆", "🚀")))
    text = form.format(
        c=tag,
        n=n,
        p=p,
        g=rng.choice(("12.5", "34", "45.0", "8.2", "120")),
        card=card,
        marked=marked,
    )
    return text, n, p


def _follow(rng: random.Random, want: Want, symbol: str) -> tuple[str, Want]:
    form, reads = rng.choice(FOLLOW_FORMS)
    if "{card}" in form and not (want.get("take_profits") and want.get("entries")):
        form, reads = FOLLOW_FORMS[0]
    text, n, p = _fill(rng, form, symbol, want)
    return text, form_reading(reads, symbol, n, p)


def _quiet(rng: random.Random, want: Want, symbol: str) -> str:
    form = rng.choice(NOT_FORMS)
    if "{card}" in form or "{marked}" in form:
        # (A card is a report only with two targets or more and an entry: one target marked
        # is a fresh call's styling.)
        if len(want.get("take_profits") or []) < 2 or not want.get("entries"):
            form = NOT_FORMS[0]
    return _fill(rng, form, symbol, want)[0]


def upd25_mutations(seed: int) -> list[Row]:
    """For tests/parsers/mutations.py: for each dev signal quoted in USDT one follow-up read as
    the kind it is and one post that asks for no action (mutations_drawn.follow_and_not)."""
    rng = random.Random(seed * 2654435761 + 25)
    return follow_and_not(rng, (FOLLOW_UPD25, NOT_UPD25), _follow, _quiet)
