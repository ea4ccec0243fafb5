"""English, Arabic and emoji follow-ups and shares said by what is kept (session 32, branch
i13-status34): the families status34_follow and status34_not of tests/parsers/mutations.py, a
generator of their own.

For each dev signal quoted in USDT, with its coin tagged:

- ``status34_follow``: a short post for its coin read as what it says: a target's number in words
  past the sixth ("#SOL Eighth target done ✅"), a level reported done ("#SOL done hit 152.5": a
  target hit, no number), the coin and "btc" heading the channel's update ("#SOL btc (Update) /
  Reached ... / 2 ST Target Achieved 🎯": the BTC pair), Arabic "hit the stop" in its other
  spellings ("#SOL ضرب الاستوب"), the author out ("I’m also out of my #SOL long position ..."), a
  share kept with the rest closed ("#SOL Close everything but 10%": a partial close, no share),
  the share closed and its complement kept ("#SOL Sell 50% and hold 50%": 0.5), the other half
  closed ("#SOL booked the other 50%": a close);
- ``status34_not``: the same words that ask nothing now: a question, a condition, a plan at a
  target, a share of the account, a negation: no action.

What each must give comes from the form (made up, the rows of tests/parsers/test_status34.py),
never from the parser. ``python -m tests.parsers.mutations --family 'status34*' --seeds 1 20``.
"""

from __future__ import annotations

import random
import re
from typing import Any

from tests.parsers.mutation_post import Row
from tests.parsers.mutations_drawn import usdt_signals
from tests.parsers.mutations_followups import FOLLOW, NOT
from tests.parsers.variant_forms import fmt

FOLLOW_S34, NOT_S34 = "status34_follow", "status34_not"

_ORDINALS = ("Seventh", "Eighth", "Ninth", "Tenth", "seventh", "EIGHTH", "Forth")
_INDEX = {"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "forth": 4}
_AR_STOPS = ("ضرب الاستوب", "ضرب الإستوب", "ضرب الاسطوب", "ضرب الوقف", "ضرب ستوبلوس", "ضرب SL")

# ({c}: the coin as tagged; the reading's kind, its fields).
FOLLOW_FORMS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("{c} Close everything but 10%", {"kind": "CLOSE_PARTIAL", "fraction": None}),
    ("{c} close all except 20% (moonbag)", {"kind": "CLOSE_PARTIAL", "fraction": None}),
    ("{c} Keep 10% and close the rest", {"kind": "CLOSE_PARTIAL", "fraction": None}),
    ("{c} Sell 50% and hold 50%", {"kind": "CLOSE_PARTIAL", "fraction": 0.5}),
    ("{c} sell half and hold half", {"kind": "CLOSE_PARTIAL", "fraction": 0.5}),
    ("{c} Close 70%, keep 30%", {"kind": "CLOSE_PARTIAL", "fraction": 0.7}),
    ("{c} booked the other 50%", {"kind": "CLOSE", "fraction": None}),
    ("{c} Booked the remaining 50% ✅", {"kind": "CLOSE", "fraction": None}),
    ("{c} close the other half", {"kind": "CLOSE", "fraction": None}),
    (
        "I’m also out of my {c} long position now with a quick +12% ✅✅",
        {"kind": "CLOSE", "fraction": None},
    ),
)
NOT_FORMS: tuple[str, ...] = (
    "Should I close everything but 10% of my {c}?",
    "If {c} loses the 4H support, close everything but 10%.",
    "{c} close everything but 10% at TP2",
    "Keep 10% of your portfolio in {c}",
    "Never sell 50% and hold 50% of {c} blindly, plan your exits.",
    "I’m not out of my {c} long position yet.",
    "{c} لم يضرب الاستوب",
)
_DIGIT_ALONE = re.compile(r"[1-9]")


def _follow(rng: random.Random, tag: str, base: str, symbol: str, want: dict[str, Any]) -> Row:
    """One follow-up form for the coin, with the reading it must give."""
    pick = rng.randrange(5)
    tps = [fmt(v) for v in want["take_profits"]]
    if pick == 0:
        word = rng.choice(_ORDINALS)
        text = f"{tag} {word} target done ✅"
        return ("", FOLLOW_S34, text, {"kind": "TP_HIT", "tp_index": _INDEX[word.lower()]}, FOLLOW)
    if pick == 1 and tps and _DIGIT_ALONE.fullmatch(tps[0]) is None:
        text = rng.choice((f"{tag} done hit {tps[0]}", f"{tag} hit {tps[0]} ✅"))
        return ("", FOLLOW_S34, text, {"kind": "TP_HIT", "tp_index": None}, FOLLOW)
    if (
        pick == 2
        and len(tps) >= 2
        and not base[:1].isdigit()
        and base not in ("BTC", "WBTC", "XBT")
    ):
        heading = rng.choice((f"#{base}  btc    (Update)", f"#{base} BTC", f"${base} btc update"))
        text = f"{heading}\nReached {tps[1]}\n2 ST Target Achieved 🎯\n12% Profit So Far🥂"
        fields = {"kind": "TP_HIT", "tp_index": 2, "symbol": f"{base}BTC"}
        return ("", FOLLOW_S34, text, fields, FOLLOW)
    if pick == 3:
        text = f"{tag} {rng.choice(_AR_STOPS)}"
        return ("", FOLLOW_S34, text, {"kind": "SL_HIT"}, FOLLOW)
    form, fields = rng.choice(FOLLOW_FORMS)
    return ("", FOLLOW_S34, form.format(c=tag), dict(fields), FOLLOW)


def status34_mutations(seed: int) -> list[Row]:
    """For tests/parsers/mutations.py: for each USDT-quoted dev signal a short follow-up for its
    coin (read as what it says) and a post that asks nothing for it, as (case id, family, text,
    reading, must)."""
    rng = random.Random(seed * 7919 + 34)
    out: list[Row] = []
    for case_id, want, symbol in usdt_signals():
        base = symbol[:-4]
        tag = rng.choice((f"#{base}", f"${base}", f"#{symbol}", f"#{base}/USDT"))
        _, family, text, fields, must = _follow(rng, tag, base, symbol, want)
        out.append((case_id, family, text, {"symbol": symbol, **fields}, must))
        quiet = rng.choice(NOT_FORMS).format(c=tag)
        out.append((case_id, NOT_S34, quiet, {}, NOT))
    return out
