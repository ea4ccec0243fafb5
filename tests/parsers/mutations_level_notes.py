"""Mutation families of session 18 (issue 13, branch i13-notes19): notes a person reads past,
written on a level's own line, beside each target, the stop or the entry, the ways signal
channels write them: the profit or loss in money at that level, the amount to put in, how many
times the entry a target is, the leverage a target's gain was worked out with, the share to
sell there, the gain in percent, a multiple of the risk.

- ``level_notes``: every target (or the stop, or the entry) with one such note after its price.
  The amounts are numbers that could be prices of the coin (near its levels), so a note read as a
  price would be a level more: ``exact``.
- ``line_notes``: a line of its own among or after the levels naming the money put in
  ("Investment: $46", "Budget: 46 USDT", "Stake: 46$", a number that could be a price), a count
  of the targets ("3 targets"), a sentiment index ("Fear & Greed: 46"): ``exact``.
- ``level_note_doubt``: a multiple after a target that is neither the target over the entry nor
  the leverage ("TP1: 12.90 (7x)" beside an entry of 12.40): what is it? ``safe`` (read exactly
  or refused), never traded with the multiple taken for a price or a leverage.

What each must give comes from how the post was written and the dev signal's hand-checked
reading, never from the parser's output. ``python -m tests.parsers.mutations --family
level_note_mutations`` prints the figures.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from tests.parsers.mutation_post import EXACT, SAFE, Row, Want
from tests.parsers.mutation_post import near_price as _near
from tests.parsers.variant_forms import fmt, levels_of
from tests.parsers.variants import _symbol_forms

# {m}: an amount of money that could be a price of the coin; {p}: a percentage.
TARGET_NOTES = (
    " (+${m})",
    " (+{m} USDT)",
    " (+{m}$)",
    " | +${m}",
    " (profit ${m})",
    " (PnL: +${m})",
    " (gain {m} USDT)",
    " (sell {p}%)",
    " - sell {p}%",
    " (+{p}%)",
    " (+{p}%) (+${m})",
    " (2R)",
)
STOP_NOTES = (" (-${m})", " (-{m} USDT)", " (loss ${m})", " (-{m}$)", " (loss: -${m})")
ENTRY_NOTES = (
    " (use ${m})",
    " (size: {m} USDT)",
    " (margin ${m})",
    " (budget: ${m})",
    " (amount {m} USDT)",
)


def _blocks(rng: random.Random, want: Want) -> dict[str, list[str]]:
    side = "LONG" if want["side"] == "LONG" else "SHORT"
    head = f"{rng.choice(_symbol_forms(want['symbol']))} {rng.choice((side, side.title()))}"
    entry = [f"Entry: {' - '.join(fmt(v) for v in want['entries'])}"] if want["entries"] else []
    tp = [f"TP{i}: {fmt(v)}" for i, v in enumerate(want["take_profits"], 1)]
    sl = [f"SL: {fmt(want['stop_loss'])}"] if want["stop_loss"] is not None else []
    lev = [f"Leverage: {want['leverage']}x"] if want["leverage"] is not None else []
    return {"head": [head], "entry": entry, "lev": lev, "tp": tp, "sl": sl}


def _text(post: dict[str, list[str]]) -> str:
    return "\n".join(line for part in ("head", "entry", "lev", "tp", "sl") for line in post[part])


def _usable(want: Want) -> bool:
    return bool(want["entries"] and want["take_profits"]) and len(want["take_profits"]) <= 10


def _multiple(want: Want, target: float) -> int | None:
    """How many times the (first) entry the target is, when that is a round multiple of 2 or more."""
    entry = want["entries"][0]
    if entry <= 0 or target / entry < 1.9:
        return None
    times = round(target / entry)
    return times if abs(target / entry - times) <= 0.05 * times else None


def level_notes(rng: random.Random, want: Want) -> tuple[str, str] | None:
    if not _usable(want):
        return None
    post = _blocks(rng, want)
    where = rng.choice(("tp", "tp", "tp", "sl", "entry", "multiple", "percent row"))
    if where == "sl" and post["sl"]:
        post["sl"][0] += rng.choice(STOP_NOTES).format(m=_near(rng, want))
    elif where == "entry":
        post["entry"][0] += rng.choice(ENTRY_NOTES).format(m=_near(rng, want))
    elif where == "multiple" and (want["leverage"] or _multiple(want, want["take_profits"][-1])):
        # "TP1: 12.90 = +40% (10x)" under "Leverage: 10x"; "Target: $100 (40x)" over $2.50.
        for i, v in enumerate(want["take_profits"]):
            times = _multiple(want, v) or want["leverage"]
            if times:
                form = rng.choice((" ({t}x)", " (x{t})", " = {t}x", " 🚀 {t}X"))
                post["tp"][i] += form.format(t=times)
    elif where == "percent row":
        # "Take Profit %: 30% | 70%": a share (or a distance) for each target, on a row of its
        # own under a label that says so.
        n = len(want["take_profits"])
        shares = [100 // n] * (n - 1) + [100 - 100 // n * (n - 1)]
        label = rng.choice(("Take Profit %", "TP (%)", "Targets %", "TP percentage"))
        sep = rng.choice((" | ", " / ", ", ", " - "))
        post["tp"].append(f"{label}: " + sep.join(f"{v}%" for v in shares))
    else:
        note = rng.choice(TARGET_NOTES)
        for i in range(len(post["tp"])):
            post["tp"][i] += note.format(m=_near(rng, want), p=rng.choice((20, 25, 30, 50)))
    return _text(post), EXACT


# A line of its own: the money put in ({m}: a number that could be a price of the coin), a
# count of the post's targets ({c}), a sentiment index.
LINE_NOTES = (
    "Investment: ${m}",
    "Budget: {m} USDT",
    "Stake: {m}$",
    "Order value: {m} USDT",
    "Balance: ${m}",
    "Capital: {m} USDT",
    "{c} targets",
    "{c} TPs",
    "Fear & Greed: {g}",
    "💰 Investment - ${m}",
)


def line_notes(rng: random.Random, want: Want) -> tuple[str, str] | None:
    if not _usable(want):
        return None
    post = _blocks(rng, want)
    levels = levels_of(want)
    mid = sorted(levels)[len(levels) // 2]
    # (A sentiment index near the levels when they sit between 10 and 99, as a price could.)
    g = int(mid) if 10 <= mid < 100 else rng.randrange(10, 99)
    note = rng.choice(LINE_NOTES).format(m=_near(rng, want), c=len(want["take_profits"]), g=g)
    where = rng.choice(("head", "entry", "tp", "sl", "end"))
    if where == "end":
        return _text(post) + "\n\n" + note, EXACT
    part = where if post[where] else "head"
    post[part].append(note)
    return _text(post), EXACT


def level_note_doubt(rng: random.Random, want: Want) -> tuple[str, str, Want] | None:
    """A multiple after a target that is neither the target over the entry nor a leverage the
    post gives: a leverage, or a note? The reading to compare with carries it as the leverage,
    so a trade that dropped it is wrong (at the default leverage) as much as one that took it
    for a price."""
    if not _usable(want) or want["leverage"] is not None:
        return None
    post = _blocks(rng, want)
    i = rng.randrange(len(post["tp"]))
    target = want["take_profits"][i]
    ratios = [target / e for e in want["entries"] if e > 0]
    for times in (7, 13, 3, 9, 17, 4):
        # (Neither the target over any entry: "TP8: 50 (7x)" over entries 9.4 - 8.2 - 7 is 7x
        # the last, a note the post makes certain.)
        if all(abs(ratio - times) > 0.2 * times for ratio in ratios):
            post["tp"][i] += rng.choice((" ({t}x)", " (x{t})")).format(t=times)
            return _text(post), SAFE, {**want, "leverage": times}
    return None


def level_note_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must), a generator of its
    own; each dev signal once in each family."""
    from tests.parsers.variants import signal_cases

    rng = random.Random(seed * 67867967 + 19)
    for case in signal_cases():
        want = case.expect["signal"]
        made = level_notes(rng, want)
        if made is not None:
            yield case.id, "level_notes", made[0], want, made[1]
        made = line_notes(rng, want)
        if made is not None:
            yield case.id, "line_notes", made[0], want, made[1]
        doubt = level_note_doubt(rng, want)
        if doubt is not None:
            yield case.id, "level_note_doubt", doubt[0], doubt[2], doubt[1]
