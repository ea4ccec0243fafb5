"""What every family of the mutation harness (tests/parsers/mutations.py) shares: a dev signal's
reading written as a post in blocks, so that one block can be mutated, and what a mutation must
give.

Each mutation carries what it must give, derived from the dev signal's hand-checked reading,
never from the parser's output:

- ``exact``: the post still says exactly the dev reading. A tradable reading must be that reading;
  a refusal is a miss, not a wrong trade.
- ``safe``: read exactly or refused, both right (a label nobody could know: "Zorblat: 0.56");
  only a tradable reading with other numbers is a wrong trade.
- ``refuse``: a person could not be sure what to trade (a number no label claims, two signals), or
  the post is no new signal (a status post, a recap). Any tradable reading is a wrong trade.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

# (levels_of: for the families that import it from here.)
from tests.parsers.variant_forms import levels_of as levels_of
from tests.parsers.variant_forms import near_price as spread_price
from tests.parsers.variant_forms import plain_blocks

SEED = 13
EXACT, REFUSE = "exact", "refuse"
# The post says the dev reading, but with a label no lexicon holds: read exactly or refused are
# both right; only a tradable reading with other numbers is wrong.
SAFE = "safe"
RIGHT, MISSED, WRONG = "right", "missed", "wrong_trade"

Want = dict[str, Any]
# What a family's maker gives: (text, must), or None when it does not apply to this reading.
Made = tuple[str, str] | None
# What a family's generator yields: (case id, family, text, reading, must).
Row = tuple[str, str, str, Want, str]


@dataclass(frozen=True)
class Mutation:
    """One adversarial post, the dev reading it comes from, and what it must give."""

    case_id: str
    family: str
    text: str
    want: Want  # the dev reading (symbol, side, entries, take_profits, stop_loss, leverage)
    must: str  # EXACT or REFUSE


@dataclass
class Post:
    """A signal written as blocks of lines, so that one block can be mutated."""

    head: list[str]
    entry: list[str]
    tp: list[str]
    sl: list[str]
    lev: list[str]

    def text(self, order: tuple[str, ...] = ("head", "entry", "lev", "tp", "sl")) -> str:
        return "\n".join(line for name in order for line in getattr(self, name))


def build(rng: random.Random, want: Want) -> Post:
    """The dev reading written in plain blocks (forms drawn from the variants' tables)."""
    return Post(**plain_blocks(rng, want))


def near_price(rng: random.Random, want: Want) -> str:
    """A number that could be a price of this coin (within 15 % of its middle level), and is none
    of its levels (tests/parsers/variant_forms.near_price with that spread)."""
    return spread_price(rng, want, 0.15)
