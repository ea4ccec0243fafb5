"""The drivers the harness's generators share. drawn_once, for the one-family-a-signal generators
(mutations_lvl21, _unl22, _wt22): each dev signal once, in one family drawn for it by the
generator's own random sequence, kept when the family applies to it (its maker returns a post) and
the signal is usable for the generator. usdt_signals and coin_tag, for the generators that write
posts about a dev signal's coin (mutations_close20, _wa21, _wa22, _en21, _hits20): the signals
quoted in USDT and the coin as channels tag it."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Mapping

from tests.parsers.mutation_post import Row, Want


def drawn_once(
    rng: random.Random,
    makers: Mapping[str, Callable[[random.Random, Want], tuple[str, str] | None]],
    usable: Callable[[Want], bool],
) -> Iterator[Row]:
    """Each usable dev signal with one maker drawn for it: (case id, family, post, want, must)."""
    from tests.parsers.variants import signal_cases

    names = list(makers)
    for case in signal_cases():
        want = case.expect["signal"]
        if not usable(want):
            continue
        name = rng.choice(names)
        made = makers[name](rng, want)
        if made is not None:
            yield case.id, name, made[0], want, made[1]


def usdt_signals() -> Iterator[tuple[str, Want, str]]:
    """Each dev signal quoted in USDT: (case id, reading, symbol). A coin quoted in BTC is left to
    the families that write its pair form."""
    from tests.parsers.variants import signal_cases

    for case in signal_cases():
        want = case.expect["signal"]
        symbol = want["symbol"]
        if symbol.endswith("USDT") and len(symbol) > 4:
            yield case.id, want, symbol


def coin_tag(rng: random.Random, symbol: str, *, pair: bool = False) -> str:
    """A USDT-quoted coin as channels tag it: "#SOL", "$SOL" or "#SOLUSDT" (and "#SOL/USDT"
    with pair)."""
    base = symbol[:-4]
    tags = (f"#{base}", f"${base}", f"#{symbol}")
    return rng.choice((*tags, f"#{base}/USDT") if pair else tags)
