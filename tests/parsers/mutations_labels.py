"""Mutation families of the harness (tests/parsers/mutations.py) that play with the levels' labels
and numbers: a field label dropped, a stray number beside the levels, two signals in one post,
target numbering glued to the prices, thousands separators of several conventions. Each maker
gives (text, must) or None when it does not apply to the reading (tests/parsers/mutation_post.py).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.parsers.mutation_post import EXACT, REFUSE, Made, Want, build, levels_of, near_price
from tests.parsers.variant_forms import fmt


def drop_stop_label(rng: random.Random, want: Want) -> Made:
    """ "SL: 0.45" written "0.45": a number nobody can place; traded without it is a guess."""
    if want["stop_loss"] is None or not want["take_profits"]:
        return None
    post = build(rng, want)
    post.sl = [rng.choice(("", "🔻 ", "👉 ", "- ")) + fmt(want["stop_loss"])]
    return post.text(), REFUSE


def drop_target_label(rng: random.Random, want: Want) -> Made:
    """The targets as a bare line after the entry: no label says they are targets."""
    if len(want["take_profits"]) < 2 or not want["entries"]:
        return None
    post = build(rng, want)
    post.tp = [rng.choice((" ", " - ", ", ", " / ")).join(fmt(v) for v in want["take_profits"])]
    return post.text(), REFUSE


def drop_entry_label(rng: random.Random, want: Want) -> Made:
    """The entry prices without their label: right under the coin and side ("WLDUSDT LONG" then
    "2.31 - 2.35", a format channels use: read exactly), or after the stop (nobody can place
    them there)."""
    if not want["entries"] or want["stop_loss"] is None:
        return None
    post = build(rng, want)
    prices = rng.choice((" - ", " / ", " ")).join(fmt(v) for v in want["entries"])
    if rng.random() < 0.5:
        post.entry = [prices]
        return post.text(("head", "entry", "lev", "tp", "sl")), EXACT
    post.entry = []
    return post.text(("head", "lev", "tp", "sl")) + "\n" + prices, REFUSE


def stray_number(rng: random.Random, want: Want) -> Made:
    """A price-like number no label claims: beside the stop, on a line of its own after the
    entry or the leverage line, or after the stop. (Not under a list: a bare number there
    continues the targets, or the entries under their heading, as channels write them.)"""
    post = build(rng, want)
    stray = rng.choice(("", "👉 ", "➡️ ")) + near_price(rng, want)
    roll = rng.random()
    if want["stop_loss"] is not None and roll < 0.35:
        post.sl[-1] += rng.choice((" / ", " or ", " ")) + stray.lstrip("👉➡️ ")
    elif roll < 0.7 and post.lev:
        post.lev.append(stray)
    elif len(post.entry) == 1 and ":" in post.entry[0] and post.tp[:1] != post.tp[-1:]:
        post.entry.append(stray)
    elif want["stop_loss"] is not None:
        post.sl.append(stray)
    else:
        return None
    return post.text(), REFUSE


def two_signals(rng: random.Random, want: Want, other: Want) -> Made:
    """This signal and another coin's in one post: one signal per post can be traded."""
    if other["symbol"][:3] == want["symbol"][:3]:
        return None
    first, second = build(rng, want).text(), build(rng, other).text()
    return first + rng.choice(("\n\n", "\n\n➖➖➖➖\n\n", "\n")) + second, REFUSE


_GLUED: tuple[Callable[[int, str], str], ...] = (
    lambda n, p: f"TP{n}{p}",
    lambda n, p: f"Target {n} {p}",
    lambda n, p: f"{n}){p}",
    lambda n, p: f"T{n} {p}",
    lambda n, p: f"TP {n} {p}",
    lambda n, p: f"{n}.{p}" if "." in p else f"{n}. {p}",  # "1.0.512": the point is the index's
)


def glued_numbering(rng: random.Random, want: Want) -> Made:
    """ "TP10.56", "Target 1 24.0", "1)0.512": the index run into or beside the price."""
    if len(want["take_profits"]) < 2:
        return None
    post = build(rng, want)
    k = rng.randrange(len(_GLUED))
    post.tp = [_GLUED[k](i, fmt(v)) for i, v in enumerate(want["take_profits"], 1)]
    if k >= 2 or rng.random() < 0.5:  # "1)", "1." are no labels: a heading names the list
        post.tp.insert(0, rng.choice(("Targets:", "Take-Profit Targets:", "TP:")))
    return post.text(), EXACT


def _grouped(value: float, sep: str, dec: str) -> str:
    whole, _, decimals = fmt(value).partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    head = sep.join([whole, *groups])
    return head + (dec + decimals if decimals else "")


_CONVENTIONS = ((",", "."), (".", ","), (" ", "."), (" ", ","), ("'", "."), ("\u202f", ","))


def thousands(rng: random.Random, want: Want) -> Made:
    """Levels of 1000 or more grouped the ways countries write them: 64,000 / 64.000,5 ..."""
    if not any(v >= 1000 for v in levels_of(want)):
        return None
    sep, dec = rng.choice(_CONVENTIONS)
    if sep == "." and want["symbol"][:3] not in ("BTC", "ETH"):
        # "35.145" is 35145 or 35.145: only a coin whose price range is known tells (the
        # parser's table of price floors); elsewhere the post is as ambiguous to a person.
        sep, dec = ",", "."
    post = build(rng, want)
    text = post.text()
    for v in sorted(set(levels_of(want)), key=lambda v: -len(fmt(v))):
        if v >= 1000:
            text = text.replace(fmt(v), _grouped(v, sep, dec))
            if float(v).is_integer():  # (the variants write "64,000" for whole prices)
                text = text.replace(f"{int(v):,}", _grouped(v, sep, dec))
    return text, EXACT
