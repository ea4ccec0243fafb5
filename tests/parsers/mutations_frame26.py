"""Mutation family of session 25 (issue 13, branch i13-frame26): the lead's rulings (j) and (k)
(CONVENTIONS.md, "Rulings of session 25"), each dev signal written in one of their forms.

- ``own_setup``: the card under a heading that describes the reader's own set-up or position (a
  tool's or an AI's: "Here's a structured breakdown of your BTC short setup:", "You have placed
  a long:", "Разбор вашего шорт-сетапа по BTC:"): ``refuse`` (ruling j: no call of the channel);
- ``two_ways``: the card's entry line giving two ways in, one at the market and one waiting for
  a condition or another level ("Entry: current prices (0.0600) or limits on the pullback to
  0.0545", "vicino al livello attuale a 1.4097 o dopo un retest intorno a 1.4215"): ``refuse``
  (ruling k: which way is the reader's choice);
- ``shared_chart``: the card under an AI's heading that makes a new trade idea from a chart the
  reader shared ("Based on the chart you shared, here is a trade idea:"), or with a line telling
  the reader to secure "your position" at its end: ``exact`` (left as signals by ruling j).

Made-up headings and lines; what each must give comes from the form and the dev signal's
hand-checked reading, never from the parser's output. ``python -m tests.parsers.mutations
--family 'frame26*' --seeds 1 20`` prints the figures.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from tests.parsers.mutation_post import EXACT, REFUSE, Made, Row, Want
from tests.parsers.mutations_drawn import drawn_once
from tests.parsers.mutations_wt20 import _english, _usable
from tests.parsers.variant_forms import fmt

OWN_HEADS = (
    "Here's a structured breakdown of your {coin} {side} setup:",
    "Here’s a refined trading plan for your {side} position on ${coin}:",
    "📊 Analysis of your {coin} {side} setup",
    "Review of your {coin} trade:",
    "You have placed a {side}: here is what your chart shows.",
    "You're entering a {side} on {coin}. Breakdown:",
    "Разбор вашего сетапа по {coin}:",
    "Análisis de tu setup en {coin}:",
    "Analisi del tuo setup su {coin}:",
    "Análise do seu setup em {coin}:",
)
KEPT_HEADS = (
    "Based on the chart you shared for {coin}/USDT (4h timeframe), here is a trade idea:",
    "Based on your provided {coin}/USDT chart, let’s break down a potential trade setup:",
)
KEPT_TAILS = ("Secure your position after TP1.", "Risk no more than 1% of your capital per trade.")
TWO_WAYS = (
    "Entry: current prices ({a}) or limits on the pullback to {b}",
    "Entry: at or near the current price (around {a}), or wait for a retest of {b}",
    "Entry: now at {a}, or after a pullback to {b}",
    "Entry: {b} on a dip, or now at the market",
    "Prezzo di Entrata: vicino al livello attuale a {a} o dopo un retest intorno a {b}",
    "Вход: по рынку ({a}) или лимиткой на откате к {b}",
)


def _coin(want: Want) -> str:
    return str(want["symbol"]).removesuffix("USDT")


def own_setup(rng: random.Random, want: Want) -> Made:
    """The card under a heading describing the reader's own set-up."""
    lines = _english(rng, want)
    head = rng.choice(OWN_HEADS).format(coin=_coin(want), side=want["side"].lower())
    return "\n".join([head, *lines]), REFUSE


def two_ways(rng: random.Random, want: Want) -> Made:
    """The entry line giving a market way in and a waiting one."""
    entries = want["entries"]
    a, b = fmt(entries[0]), fmt(entries[-1])
    lines = _english(rng, want)
    lines[1] = rng.choice(TWO_WAYS).format(a=a, b=b)
    return "\n".join(lines), REFUSE


def shared_chart(rng: random.Random, want: Want) -> Made:
    """The card as an AI's new idea from a shared chart, or with "your position" at its end."""
    lines = _english(rng, want)
    if rng.random() < 0.5 and str(want["symbol"]).endswith("USDT"):
        lines.insert(0, rng.choice(KEPT_HEADS).format(coin=_coin(want)))
    else:
        lines.append(rng.choice(KEPT_TAILS))
    return "\n".join(lines), EXACT


MAKERS: dict[str, Callable[[random.Random, Want], Made]] = {
    "frame26_own_setup": own_setup,
    "frame26_two_ways": two_ways,
    "frame26_shared_chart": shared_chart,
}


def frame26_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must), a generator of its
    own; each dev signal once, in one family drawn for it (that applies to it)."""
    return drawn_once(random.Random(seed * 40013 + 26), MAKERS, _usable)
