"""The drivers the harness's generators share. drawn_once, for the one-family-a-signal generators
(mutations_lvl21, _unl22, _wt22): each dev signal once, in one family drawn for it by the
generator's own random sequence, kept when the family applies to it (its maker returns a post) and
the signal is usable for the generator; every_maker, each in every family that applies to it (mutations_wt20, _wt33,
_wt34). usdt_signals and coin_tag, for the generators that write
posts about a dev signal's coin (mutations_close20, _wa21, _wa22, _en21, _hits20): the signals
quoted in USDT and the coin as channels tag it. follow_and_not and form_reading, for the
generators that write a follow-up and a post asking nothing for each of those signals
(mutations_upd24, _upd25)."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from tests.parsers.mutation_post import Row, Want
from tests.parsers.mutations_followups import FOLLOW, NOT


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


def every_maker(
    rng: random.Random,
    makers: Mapping[str, Callable[[random.Random, Want], tuple[str, str] | None]],
    usable: Callable[[Want], bool] = lambda want: True,
) -> Iterator[Row]:
    """Each usable dev signal in every maker that applies to it (mutations_wt20, _wt33, _wt34):
    (case id, family, post, want, must)."""
    from tests.parsers.variants import signal_cases

    for case in signal_cases():
        want = case.expect["signal"]
        if not usable(want):
            continue
        for name, make in makers.items():
            made = make(rng, want)
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


def follow_and_not(
    rng: random.Random,
    families: tuple[str, str],
    follow: Callable[[random.Random, Want, str], tuple[str, Want]],
    quiet: Callable[[random.Random, Want, str], str],
    quiet_first: bool = False,
) -> list[Row]:
    """For each dev signal quoted in USDT, drawn in this order: one follow-up read as the kind it
    is (follow: its post and its reading) and one post that asks for no action (quiet), or the
    quiet post first (quiet_first: the wa21-wa24 and fu24 families' order), in the families (the
    follow-up's, the quiet post's), as (case id, family, text, reading, must)."""
    out: list[Row] = []
    for case_id, want, symbol in usdt_signals():
        if quiet_first:
            out.append((case_id, families[1], quiet(rng, want, symbol), {}, NOT))
        text, expect = follow(rng, want, symbol)
        out.append((case_id, families[0], text, expect, FOLLOW))
        if not quiet_first:
            out.append((case_id, families[1], quiet(rng, want, symbol), {}, NOT))
    return out


def form_reading(reads: dict[str, Any], symbol: str, n: int, p: str) -> Want:
    """What a follow-up form must be read as: its kind, for the coin, with the target's number
    n ("n"), the price p ("p") or the move to the entry ("to_entry") when the form says one."""
    expect: Want = {"kind": reads["kind"], "symbol": symbol}
    if reads.get("n"):
        expect["tp_index"] = n
    if reads.get("p"):
        expect["price"] = float(p.replace(",", ""))
    if "to_entry" in reads:
        expect["to_entry"] = reads["to_entry"]
    return expect
