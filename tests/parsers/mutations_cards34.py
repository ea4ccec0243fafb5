"""Mutation families of session 32 (issue 13, branch i13-cards34): a dev signal's card written in
the layouts of tests/parsers/test_cards34.py, every post made up from a dev signal's hand-checked
reading (its side, where the post gives no side word, follows from its levels: the families take
only the signals whose entries lie between the stop and the nearest target).

- ``cards34_steps``: a Persian buy in steps, a circle and the step's words heading a line and its
  price alone under it ("🟢 خرید پله اول" / "150.5 $" / "🟡 پله دوم (-3.5%)" / "145.2 $"), the
  targets after "🎯تارگت N:", the stop after "⛔️حد ضرر:": ``exact`` (the buy words only for a
  long: a short's steps are named by the step alone);
- ``cards34_unknown``: the card's entry under its heading ("Entry:" over the price) and its
  targets under a word no lexicon holds with an index ("🎯Zorblat 1: 155"): ``refuse`` (never
  more entries);
- ``cards34_slots``: the targets numbered under "Тейк-профит", two or three rows left empty after
  the last (``exact``), or one row left empty, or an empty row before a filled one
  (``refuse``); the stop with the risk shouted after it ("Stop 66000  1,5!!!% риска");
- ``cards34_title``: the coin ending the title after the entry word, written with its capital
  ("High risk entry Algo" over "Entry 0.1345"): ``exact`` for a listed ticker, ``refuse`` for a
  word that is none ("High risk entry Hello").

``python -m tests.parsers.mutations --family 'cards34*' --seeds 1 20`` prints the figures.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from parsers.tickers import TICKERS
from tests.parsers.mutation_post import REFUSE, Made, Row, Want
from tests.parsers.mutations_drawn import drawn_once
from tests.parsers.mutations_labels31 import _fits
from tests.parsers.mutations_wt20 import EXACT
from tests.parsers.variant_forms import fmt

_BUY_FIRST = ("خرید پله اول", "خرید اول", "پله اول خرید", "ورود مرحله اول")
_BUY_SECOND = ("خرید پله دوم", "خرید دوم", "پله دوم خرید", "ورود دوم")
_STEP_FIRST = ("پله اول", "مرحله اول", "ورود اول")
_STEP_SECOND = ("پله دوم", "مرحله دوم", "ورود پله دوم")
_UNKNOWN = ("Zorblat", "Quabbe", "سود", "Gewinnrealisierung")
_NOT_COINS = ("Hello", "Update", "Now", "Signal")


def _leverage(want: Want) -> list[str]:
    return [f"Leverage: {want['leverage']}x"] if want["leverage"] is not None else []


def cards34_steps(rng: random.Random, want: Want) -> Made:
    """One or two entries as the steps of a Persian card."""
    entries = want["entries"]
    if len(entries) > 2 or entries[0] <= 0:
        return None
    long = want["side"] == "LONG"
    first, second = (
        (_BUY_FIRST, _BUY_SECOND)
        if long and rng.random() < 0.6
        else (
            _STEP_FIRST,
            _STEP_SECOND,
        )
    )
    base = want["symbol"][:-4]
    lines = [rng.choice((base, f"#{base}")), f"🟢 {rng.choice(first)}", f"{fmt(entries[0])} $"]
    if len(entries) == 2:
        pct = round((entries[1] / entries[0] - 1.0) * 100.0, 1)
        sign = "+" if pct > 0 else "-"
        lines += [f"🟡 {rng.choice(second)} ({sign}{fmt(abs(pct))}%)", f"{fmt(entries[1])} $"]
    lines += [f"🎯تارگت {i}: {fmt(v)}" for i, v in enumerate(want["take_profits"], 1)]
    lines.append(f"⛔️حد ضرر: {fmt(want['stop_loss'])}")
    return "\n".join([*lines, *_leverage(want)]), EXACT


def cards34_unknown(rng: random.Random, want: Want) -> Made:
    """The entry under its heading, the targets under a word nobody knows, an index after it."""
    if len(want["entries"]) != 1:
        return None
    word = rng.choice(_UNKNOWN)
    lines = [
        f"#{want['symbol'][:-4]}",
        rng.choice(("Entry:", "Entry", "🟢 ورود اول")),
        fmt(want["entries"][0]),
    ]
    lines += [f"🎯{word} {i}: {fmt(v)}" for i, v in enumerate(want["take_profits"], 1)]
    lines.append(f"SL: {fmt(want['stop_loss'])}")
    return "\n".join(lines), REFUSE


def cards34_slots(rng: random.Random, want: Want) -> Made:
    """The numbered targets with rows left empty after them, or one, or a gap."""
    tps = want["take_profits"]
    if len(tps) > 4:
        return None
    rows = [f"{i}) {fmt(v)}" for i, v in enumerate(tps, 1)]
    n = len(rows)
    draw = rng.random()
    must = EXACT
    if draw < 0.6:
        rows += [f"{n + k}){rng.choice(('', ' '))}" for k in range(1, rng.choice((2, 3)) + 1)]
    elif draw < 0.8:
        rows.append(f"{n + 1})")
        must = REFUSE
    elif n >= 2:
        rows.insert(1, "2)")
        rows[2:] = [f"{i + 1}) {fmt(v)}" for i, v in enumerate(tps[1:], 2)]
        must = REFUSE
    else:
        return None
    stop = f"Stop {fmt(want['stop_loss'])}" + rng.choice(("", "  1,5!!!% риска", " 2!!% риска"))
    entries = " - ".join(fmt(v) for v in want["entries"])
    lines = ["[trader#С]", f"${want['symbol']} - {want['side']}", f"Вход {entries}", stop]
    return "\n".join([*lines, *_leverage(want), "Тейк-профит", *rows]), must


def cards34_title(rng: random.Random, want: Want) -> Made:
    """The coin ending the title after the entry word, written with its capital."""
    base = want["symbol"][:-4]
    listed = base in TICKERS and base.isalpha()
    coin = base.capitalize() if listed and rng.random() < 0.8 else rng.choice(_NOT_COINS)
    title = f"{rng.choice(('High risk', 'High High risk', 'Low risk'))} entry {coin}"
    tps = " ".join(fmt(v) for v in want["take_profits"])
    lines = [
        title,
        f"Entry {' - '.join(fmt(v) for v in want['entries'])}",
        f"stop {fmt(want['stop_loss'])}",
        f"TP {tps}",
    ]
    return "\n".join([*lines, *_leverage(want)]), EXACT if coin == base.capitalize() else REFUSE


MAKERS: dict[str, Callable[[random.Random, Want], Made]] = {
    "cards34_steps": cards34_steps,
    "cards34_unknown": cards34_unknown,
    "cards34_slots": cards34_slots,
    "cards34_title": cards34_title,
}


def cards34_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must), a generator of its
    own; each dev signal once, in one family drawn for it (that applies to it)."""
    return drawn_once(random.Random(seed * 40034 + 34), MAKERS, _fits)
