"""Target reports and status posts (session 29, branch i13-status31): the families status31_card,
status31_follow and status31_not of tests/parsers/mutations.py, a generator of their own.

For each dev signal quoted in USDT:

- ``status31_card``: its whole card (coin, side, entry, targets, stop) posted again as a report:
  under a line telling how it ended ("🟢 WIN", "Nailed it 🔥🔥", "🎯🎯", "🎯 1/3", "2/3 ✅"),
  over a heading restating it ("Previous signal 👇"), its first target marked reached
  ("completed", "✅ +9%" with a later target pending), or with a result line: ``refuse`` (a
  report quoting the call is never traded);
- ``status31_follow``: a target hit for its coin written with emoji, keycaps, counts or small
  capitals ("#SOL 🎯 2", "#SOL 2️⃣ ✅", "✅ TP1 ✅ TP2", "2/3 🎯", "ᴛᴀʀɢᴇᴛ 2 ʜɪᴛ"), read as a
  TP_HIT of that target; or the last part of it closed ("closing the last 30% now"), a close of
  all of it;
- ``status31_not``: emoji-heavy chatter whose close or cancel word is said of a market, a candle,
  a quote, a discount, the channel or a chart pattern: no action.

What each must give comes from the form (made up, the rows of tests/parsers/test_status31.py),
never from the parser. ``python -m tests.parsers.mutations --family 'status31*' --seeds 1 20``.
"""

from __future__ import annotations

import random
from typing import Any

from tests.parsers.mutation_post import REFUSE, Row
from tests.parsers.mutations_drawn import usdt_signals
from tests.parsers.mutations_followups import FOLLOW, NOT
from tests.parsers.mutations_wt20 import _english, _usable
from tests.parsers.variant_forms import near_price

CARD_S31, FOLLOW_S31, NOT_S31 = "status31_card", "status31_follow", "status31_not"

# A line under the card telling how the trade ended.
OUTCOME_AFTER: tuple[str, ...] = (
    "🟢 WIN",
    "✅ Successful",
    "Nailed it 🔥🔥",
    "Booom 💥💥",
    "Easy money 💵💵",
    "Jackpot 🎰",
    "Those who followed made profit 💸",
    "🎯🎯",
    "🎯🎯🎯",
    "🎯 1/3",
    "2/3 ✅",
    "✅ 2/4 targets",
    "Profit: 34.5% 📈",
    "Period: 2 Hours 5 Minutes ⏰",
    "Done ✅",
    "All targets hit 🎯",
    "+35% 🚀🚀",
)
# A heading over the card restating it.
OUTCOME_BEFORE: tuple[str, ...] = ("Previous signal 👇", "Our last call 👇", "Trade closed ✅")
# What the first target's line may end with in a report (a later one pending when "⏳" is asked).
FIRST_MARKS: tuple[str, ...] = (" completed", " ✅ +9%", " hit", " (hit)", " - Done", " ✔️ Achieved")

# {c}: the coin as tagged; {n}: the target's number (2 or 3).
HIT_FORMS: tuple[str, ...] = (
    "{c} 🎯 {n}",
    "{c} 🎯{n}\ufe0f\u20e3",
    "{c} {n}\ufe0f\u20e3 ✅",
    "{c} ✅ 1\ufe0f\u20e3 ✅ {n}\ufe0f\u20e3",
    "{c} ✅ TP1 ✅ TP{n}",
    "{c} ᴛᴀʀɢᴇᴛ {n} ʜɪᴛ",
    "{c} Trgt {n} ✅",
    "{c} Goal {n} ✅",
    "🎯 {c} — {n}/4 ✅",
    "{c} {n}/4 🎯",
    "🎯 {c} TP{n}",
    "💸💸 {c} Target {n} smashed",
    "{c} TP {n}\ufe0f\u20e3 ✅",
    "{c}\n✅ TP1\n✅ TP{n}\n⏳ TP5",
)
CLOSE_FORMS: tuple[str, ...] = (
    "{c} closing the last 30% now 🔥",
    "{c} final 25% closed ✅",
    "{c} close last 50% 🎯",
    "{c} remaining 50% closed 💰",
)
# {p}: a price near its levels.
NOT_FORMS: tuple[str, ...] = (
    "{c} closing strong today 🔥🔥",
    "{c} closed green 🟢 +8% today",
    "🔥 {c} closed red 🔴 -3% today",
    "🟢 {c} Close: {p} | Change: +2.4%",
    "{c} close > {p} = breakout 🚀",
    "🟢 {c} market close today {p} 📊",
    "Wait for the candle to close 🕯️ before entering {c} ⏳",
    "Taking a break 🌴 channel closed until Monday 🙏 {c}",
    "🎁 Take 50% off our course 📚 {c}",
    "🎉 Cancel nothing, just HODL {c} 💎",
    "{c} invalidated the bear flag 🚀",
    "🔥🔥 {c} is so close to the target 🎯 just 2% away! 🚀",
    "{c} closing in on TP1 👀🔥",
    "😱 VIP spots closing soon! Join now 👉 {c}",
)


def _card_row(rng: random.Random, want: dict[str, Any]) -> str:
    lines = _english(rng, want)
    pick = rng.random()
    if pick < 0.6:
        lines.append(rng.choice(OUTCOME_AFTER))
    elif pick < 0.8:
        lines.insert(0, rng.choice(OUTCOME_BEFORE))
    else:
        at = [i for i, x in enumerate(lines) if x.startswith("TP") and x[2:3].isdigit()]
        lines[at[0]] += rng.choice(FIRST_MARKS)
        if len(at) > 1 and rng.random() < 0.5:
            lines[at[1]] += " ⏳"
    return "\n".join(lines)


def status31_mutations(seed: int) -> list[Row]:
    """For tests/parsers/mutations.py: for each USDT-quoted dev signal its card posted again as a
    report (never traded), a target hit or a close of the last part for its coin (read as what it
    says) and a post of chatter for it (no action), as (case id, family, text, reading, must)."""
    rng = random.Random(seed * 6151 + 31)
    out: list[Row] = []
    for case_id, want, symbol in usdt_signals():
        if _usable(want):
            out.append((case_id, CARD_S31, _card_row(rng, want), want, REFUSE))
        base = symbol[:-4]
        tag = rng.choice((f"#{base}", f"${base}", f"#{symbol}", f"#{base}/USDT"))
        if rng.random() < 0.75:
            n = rng.choice((2, 3))
            text = rng.choice(HIT_FORMS).format(c=tag, n=n)
            expect: dict[str, Any] = {"kind": "TP_HIT", "symbol": symbol, "tp_index": n}
        else:
            text = rng.choice(CLOSE_FORMS).format(c=tag)
            expect = {"kind": "CLOSE", "symbol": symbol, "fraction": None}
        out.append((case_id, FOLLOW_S31, text, expect, FOLLOW))
        quiet = rng.choice(NOT_FORMS).format(c=tag, p=near_price(rng, want))
        out.append((case_id, NOT_S31, quiet, {}, NOT))
    return out
