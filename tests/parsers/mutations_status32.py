"""English and emoji follow-ups, chatter read as a close (session 30, branch i13-status32): the
families status32_card, status32_follow and status32_not of tests/parsers/mutations.py, a
generator of their own.

For each dev signal quoted in USDT:

- ``status32_card``: its whole card re-posted with ticks after its first targets, under "Take
  profit:" or the plain "TPn:" labels: a TP_HIT of the last ticked target, never a trade;
- ``status32_follow``: a short post for its coin: a stop hit in short lines ("#SOL / Stop 🛑 /
  -4.5%", "Out of #SOL at stop ✅"), a stop move to a target or into profit ("#SOL SL to TP1 ✅",
  no level), a whole close told ("#SOL sold all", a summary ending "Trade closed ✅" under its
  shares, "We are out at P ✅" beside a target reached): read as what it says;
- ``status32_not``: chatter with a close's or a cancel's words for it: a close explained ("Some
  members asked why #SOL was closed at entry"), a habit for any trade, a close of a day gone, a
  delisting notice, a promotion, the reader's choice: no action.

What each must give comes from the form (made up, the rows of tests/parsers/test_status32.py),
never from the parser. ``python -m tests.parsers.mutations --family 'status32*' --seeds 1 20``.
"""

from __future__ import annotations

import random
from typing import Any

from tests.parsers.mutation_post import Row
from tests.parsers.mutations_drawn import usdt_signals
from tests.parsers.mutations_followups import FOLLOW, NOT
from tests.parsers.mutations_wt20 import _english, _usable
from tests.parsers.variant_forms import near_price

CARD_S32, FOLLOW_S32, NOT_S32 = "status32_card", "status32_follow", "status32_not"

# {c}: the coin as tagged.
STOP_FORMS: tuple[str, ...] = (
    "{c}\nStop 🛑\n-4.5%",
    "{c}\n\nStop loss 🛑\n\n-7.7%",
    "{c}\nStop ❌\nLoss -3.2%",
    "{c}\nSL hit\n-5% x10",
    "Out of {c} at stop ✅ small loss, on to the next one",
    "{c} out at stop ✅",
)
MOVE_FORMS: tuple[tuple[str, int | None], ...] = (
    ("{c} SL to TP1 ✅", 1),
    ("{c} SL to TP2", 2),
    ("{c} stop at TP1 now", 1),
    ("{c} SL in profit", None),
    ("{c} move SL in profit ✅", None),
)
CLOSE_FORMS: tuple[str, ...] = (
    "{c} sold all",
    "Sold all {c} here ✅ nice profit",
    "{c}\nTP1 hit ✅ (close 30%)\nTP2 hit ✅ (close 30%)\nTrade closed ✅ +120%",
    "{c}\nWe closed 50% at TP1 and the rest at TP2 ✅\nTrade closed with +88% profit 🎯",
    "{c}\nTarget 1 done ✅\nWe are out at {p} ✅",
    "I'm out of {c} ✅ sold at the second target, done for today",
    "{c}\nTP1 ✅ (close 50%, move SL to entry)\nTP2 ✅ (close 50%)\nClosed ✅",
)
NOT_FORMS: tuple[str, ...] = (
    "Some members asked why {c} was closed at entry. Price was rejected twice at resistance and"
    " BTC was weak, so we protected the capital. Better a zero than a loss.",
    "Traders often ask why we closed the {c} trade early. We saw a bearish divergence on the 4H"
    " chart and decided to protect profits. Trust the analysis.",
    "Why I exited {c} early:\n1. RSI divergence\n2. Volume dropping\nSometimes it is better to"
    " close a trade early than to give back the profits.",
    "Many of you ask why we cancel signals like {c}. We cancel a signal when the entry is not"
    " filled within 24 hours. Always follow our updates.",
    "I exited {c} on Friday last week with a good profit and since then I am waiting for a new"
    " setup. The market is slow, patience is the key.",
    "{c} will be delisted on Friday. Please close your positions before the delisting. This has"
    " nothing to do with our signals.",
    "Promo ⚡️ Our bot auto-closes {c} trades at the best exit. Try it for free, cancel anytime.",
    "Those who are still holding {c}, it's time to book profit. It went +80% from our entry. Up"
    " to you.",
    "🔔 Live session tonight 🔔\nWe will show you how we entered {c}, how we exit and how we close"
    " positions in profit. Don't miss it!",
)


def _ticked_card(rng: random.Random, want: dict[str, Any]) -> tuple[str, int] | None:
    lines = _english(rng, want)
    at = [i for i, x in enumerate(lines) if x.startswith("TP") and x[2:3].isdigit()]
    if len(at) < 2:
        return None
    ticked = rng.randint(1, len(at) - 1)
    for i in at[:ticked]:
        lines[i] += rng.choice((" ✅", "✅", " ✅✅"))
    if rng.random() < 0.5:  # the targets under "Take profit:" with their numbers as list marks
        for n, i in enumerate(at, 1):
            lines[i] = (
                rng.choice((f"{n}.", f"{n})", f"{n}\ufe0f\u20e3")) + lines[i].split(":", 1)[1]
            )
        lines.insert(at[0], "Take profit:")
    return "\n".join(lines), ticked


def status32_mutations(seed: int) -> list[Row]:
    """For tests/parsers/mutations.py: for each USDT-quoted dev signal its card re-posted with
    ticks (a target hit), a short follow-up for its coin (read as what it says) and a post of
    chatter for it (no action), as (case id, family, text, reading, must)."""
    rng = random.Random(seed * 7919 + 32)
    out: list[Row] = []
    for case_id, want, symbol in usdt_signals():
        base = symbol[:-4]
        tag = rng.choice((f"#{base}", f"${base}", f"#{symbol}", f"#{base}/USDT"))
        if _usable(want) and (card := _ticked_card(rng, want)) is not None:
            text, n = card
            expect: dict[str, Any] = {"kind": "TP_HIT", "symbol": symbol, "tp_index": n}
            out.append((case_id, CARD_S32, text, expect, FOLLOW))
        pick = rng.random()
        if pick < 0.3:
            text = rng.choice(STOP_FORMS).format(c=tag)
            expect = {"kind": "SL_HIT", "symbol": symbol}
        elif pick < 0.55:
            form, index = rng.choice(MOVE_FORMS)
            text = form.format(c=tag)
            expect = {"kind": "MOVE_SL", "symbol": symbol, "tp_index": index, "to_entry": False}
        else:
            text = rng.choice(CLOSE_FORMS).format(c=tag, p=near_price(rng, want))
            expect = {"kind": "CLOSE", "symbol": symbol, "fraction": None}
        out.append((case_id, FOLLOW_S32, text, expect, FOLLOW))
        quiet = rng.choice(NOT_FORMS).format(c=tag)
        out.append((case_id, NOT_S32, quiet, {}, NOT))
    return out
