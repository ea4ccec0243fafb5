"""Mutation families of session 21 (issue 13, branch i13-wt22): the forms of the wrong trades the
lead counted in held out (in general terms only), each dev signal written in one of them.

- ``entry_only``: the entry, with neither a target nor a stop (the session-21 ruling): ``refuse``.
- ``side_coin``: a sentence about another coin before the call's own, bare ticker at the side
  word ("BTC looks strong. Buy ADA"): ``safe`` (never a trade of the other coin).
- ``followup_title``: the card under a heading that titles it a follow-up of the coin's call
  ("Update on #ADA", "Correction #ADA long", "Repost: #ADA long"): ``refuse``.
- ``target_extra``: the last numbered target with a second price or a note's number ("TP3:
  0.60/0.618", "TP3: 0.60 (max 0.618)"): ``refuse``.
- ``target_duration``: a duration after the last target ("TP3: 160 - 3 days"): ``exact``.
- ``entry_wait_close``: a close awaited or an order kind no row reads after the entry ("Entry:
  0.53 (wait for the candle to close)", "Entry: 0.53 OCO"): ``refuse``.

Each dev signal is written in one family drawn for it (of those that apply), so a seed stays cheap
in `make test`. What each must give comes from how the post was written and the dev signal's
hand-checked reading, never from the parser's output. ``python -m tests.parsers.mutations
--family wt22_mutations --seeds 1 20`` prints the figures.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from parsers.symbols import STOPWORDS
from tests.parsers.mutation_post import REFUSE, SAFE, Made, Row, Want
from tests.parsers.mutations_drawn import drawn_once
from tests.parsers.mutations_wt20 import EXACT, _english, _usable
from tests.parsers.variant_forms import fmt

OTHERS = ("BTC", "ETH", "SOL")
SENTENCES = (
    "{o} looks strong. {call}",
    "While {o} consolidates, {call}",
    "{o} breakout confirmed! Now {call}",
    "Signal for {o} holders: {call}",
    "{o} and the market are green. {call}",
)
CALLS = {
    "LONG": ("Buy {b}", "buy {b}", "LONG {b}", "we go long on {b}", "{b} long", "Buying {b}"),
    "SHORT": ("Short {b}", "SHORT {b}", "we go short on {b}", "{b} short", "Sell {b}"),
}
TITLES = (
    "Update on #{b} {side}",
    "Signal update #{b}\n{side}",
    "${b} {side} update",
    "Correction #{b} {side}",
    "#{b} {side} (corrected)",
    "Repost: #{b} {side}",
    "Sorry, wrong coin above: it is #{b}\n{side}",
)
EXTRAS = ("{v} ({x})", "{v}/{x}", "{v} (max {x})", "{v} (next {x}?)", "{v} (then {x})")
WAITS = ("(wait for the candle to close)", "wait for a 4H close", "OCO", "(OCO)")


def _plain(want: Want) -> str | None:
    """The base of a USDT signal written as a bare ticker, or None. (Not a coin whose ticker is
    a word, "HIGH", "SOON", "ID", nor one opening with a single digit but 1INCH: channels tag
    those, "#HIGH"; a bare word after "SHORT" names no coin for sure.)"""
    base = str(want["symbol"]).removesuffix("USDT")
    if base == want["symbol"] or not base.isalnum() or not base[-1].isalpha() or base in OTHERS:
        return None
    if base in STOPWORDS or len(base) < 2 or base[0].isdigit() and base[1].isalpha():
        return None if base != "1INCH" else base
    return base


def entry_only(rng: random.Random, want: Want) -> Made:
    """The entry, with neither a target nor a stop."""
    lines = _english(rng, want)
    return "\n".join(x for x in lines if not x.startswith(("TP", "SL"))), REFUSE


def side_coin(rng: random.Random, want: Want) -> Made:
    """A sentence about another coin, then the call's own bare ticker at the side word."""
    base = _plain(want)
    if base is None:
        return None
    call = rng.choice(CALLS[want["side"]]).format(b=base)
    lines = _english(rng, want)
    lines[0] = rng.choice(SENTENCES).format(o=rng.choice(OTHERS), call=call)
    return "\n".join(lines), SAFE


def followup_title(rng: random.Random, want: Want) -> Made:
    """The card under a heading titling it a follow-up of the coin's call."""
    base = str(want["symbol"]).removesuffix("USDT")
    if base == want["symbol"] or not base.isalnum():
        return None
    lines = _english(rng, want)
    lines[0] = rng.choice(TITLES).format(b=base, side=want["side"])
    return "\n".join(lines), REFUSE


def target_extra(rng: random.Random, want: Want) -> Made:
    """The last numbered target with a second price, or a note's number."""
    tps = want["take_profits"]
    way = 1 if want["side"] == "LONG" else -1
    x = fmt(float(f"{tps[-1] * (1 + way * 0.03):.5g}"))
    if x in {fmt(v) for v in (*want["entries"], *tps, want["stop_loss"])}:
        return None
    lines = _english(rng, want)
    at = next(i for i, x in enumerate(lines) if x.startswith(f"TP{len(tps)}:"))
    lines[at] = f"TP{len(tps)}: " + rng.choice(EXTRAS).format(v=fmt(tps[-1]), x=x)
    return "\n".join(lines), REFUSE


def target_duration(rng: random.Random, want: Want) -> Made:
    """A duration after the last target: "TP3: 160 - 3 days"."""
    last = want["take_profits"][-1]
    if "." not in fmt(last) and last < 10:
        return None  # ("TP3: 2 - 3 days" is a range of days as written)
    lines = _english(rng, want)
    n = len(want["take_profits"])
    at = next(i for i, x in enumerate(lines) if x.startswith(f"TP{n}:"))
    unit = rng.choice(("days", "weeks", "d"))
    lines[at] += f" {rng.choice(('-', '—', '–'))} {rng.randint(2, 9)} {unit}"
    return "\n".join(lines), EXACT


def entry_then(rng: random.Random, want: Want, words: tuple[str, ...]) -> Made:
    """One of words (a condition no row reads) after a single entry: to refuse."""
    if len(want["entries"]) != 1:
        return None
    line = f"Entry: {fmt(want['entries'][0])} {rng.choice(words)}"
    return "\n".join(_english(rng, want, [line])), REFUSE


def entry_wait_close(rng: random.Random, want: Want) -> Made:
    """A close awaited, or an order kind no row reads, after a single entry."""
    return entry_then(rng, want, WAITS)


MAKERS: dict[str, Callable[[random.Random, Want], Made]] = {
    "entry_only": entry_only,
    "side_coin": side_coin,
    "followup_title": followup_title,
    "target_extra": target_extra,
    "target_duration": target_duration,
    "entry_wait_close": entry_wait_close,
}


def wt22_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must), a generator of its
    own; each dev signal once, in one family drawn for it (that applies to it)."""
    return drawn_once(random.Random(seed * 40009 + 22), MAKERS, _usable)
