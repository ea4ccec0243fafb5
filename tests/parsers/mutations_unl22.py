"""Mutation families of session 21 (issue 13, branch i13-unl22): numbers beside a signal's levels
that no label claims and labels whose price went unread, the forms of the dev batch unl22 (new
trader posts), each dev signal written in one of them (one family drawn per signal).

- ``pair_label_glued``: the pair's label run into the pair ("PairETH/USDT", "CoinBTC/USDT"):
  ``exact``, never the coin PAIRETH.
- ``label_ratio_note``: each target's label with a note before its colon ("TP1 (1:2 R:R): 4.10",
  "T2 (Optional): 4.35"): ``exact``, never the targets 1 and 2.
- ``stop_note_below``: the stop's label alone on its line, its price on the next with a note
  ("Stop Loss:\\n4.72 (above the rejection zone)"): ``exact``.
- ``plan_names_targets``: targets listed "Target N: price", then a plan naming them by number
  ("Book 40% at Target 1, another 40% at Target 2, and leave the rest for Target 3"): ``exact``.
- ``target_in_sentence``: a sentence saying a target again with its price ("· TP at 4.10 targets
  the next resistance and ..."): ``exact``, never one more target.
- ``label_per_line``: a table, each label on its line and its price on the next ("Take Profit 1
  (TP1)\n4.10", "Stop Loss (SL)\n4.72", "Entry Price Zone\n4.35 - 4.48"), maybe a blank line
  between rows: ``exact``.

What each must give comes from how the post was written and the dev signal's hand-checked
reading, never from the parser's output. ``python -m tests.parsers.mutations --family
unl22_mutations --seeds 1 2`` prints the figures.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from tests.parsers.mutation_post import EXACT, Row, Want
from tests.parsers.mutations_drawn import drawn_once
from tests.parsers.variant_forms import fmt
from tests.parsers.variants import _symbol_forms

PAIR_LABELS = ("Pair", "Coin", "Symbol", "Asset")
NOTES = ("(1:{r} R:R)", "(Optional)", "({r}R)", "(Conservative)", "(1:{r})")
STOP_NOTES = ("(above the rejection zone)", "(below the swing low)", "(invalidation)")
PLANS = (
    "Book 40% at Target 1, another 40% at Target 2, and leave the rest for Target {n}.",
    "Take profits at Target 1, move the stop to entry, then scale out at Target 2.",
)
SENTENCES = (
    "· TP at {p} targets the next resistance and aligns with the range high.",
    "TP at {p} is where the last rally stalled and sellers came in.",
)


def _usable(want: Want) -> bool:
    return (
        bool(want["entries"] and want["take_profits"])
        and want["stop_loss"] is not None
        and want["symbol"].endswith("USDT")
    )


def _head(rng: random.Random, want: Want) -> str:
    return f"{rng.choice(_symbol_forms(want['symbol']))} {want['side']}"


def _entry_lines(want: Want) -> list[str]:
    lines = [f"Entry: {' - '.join(fmt(v) for v in want['entries'])}"]
    if want["leverage"] is not None:
        lines.append(f"Leverage: {want['leverage']}x")
    return lines


def _targets(want: Want, label: str = "TP{i}: {p}") -> list[str]:
    return [label.format(i=i, p=fmt(v)) for i, v in enumerate(want["take_profits"], 1)]


def pair_label_glued(rng: random.Random, want: Want) -> tuple[str, str] | None:
    base = want["symbol"].removesuffix("USDT")
    if not base.isalpha():
        return None  # ("1000PEPE": the label before digits is no title-case word before a ticker)
    head = f"{rng.choice(PAIR_LABELS)}{base}/USDT"
    side = f"Direction{want['side']}"
    lines = [head, side, *_entry_lines(want), *_targets(want), f"SL: {fmt(want['stop_loss'])}"]
    return "\n".join(lines), EXACT


def label_ratio_note(rng: random.Random, want: Want) -> tuple[str, str] | None:
    label = rng.choice(("TP{i}", "T{i}"))
    targets = [
        f"{label.format(i=i)} {rng.choice(NOTES).format(r=rng.randint(2, 5))}: {fmt(v)}"
        for i, v in enumerate(want["take_profits"], 1)
    ]
    lines = [_head(rng, want), *_entry_lines(want), *targets, f"SL: {fmt(want['stop_loss'])}"]
    return "\n".join(lines), EXACT


def stop_note_below(rng: random.Random, want: Want) -> tuple[str, str] | None:
    stop = ["Stop Loss:", f"{fmt(want['stop_loss'])} {rng.choice(STOP_NOTES)}"]
    return "\n".join([_head(rng, want), *_entry_lines(want), *_targets(want), *stop]), EXACT


def plan_names_targets(rng: random.Random, want: Want) -> tuple[str, str] | None:
    n = len(want["take_profits"])
    if n < 2:
        return None
    plan = rng.choice(PLANS).format(n=min(n, 3))
    lines = [_head(rng, want), *_entry_lines(want), f"SL: {fmt(want['stop_loss'])}"]
    return "\n".join([*lines, *_targets(want, "Target {i}: {p}"), plan]), EXACT


def target_in_sentence(rng: random.Random, want: Want) -> tuple[str, str] | None:
    price = fmt(rng.choice(want["take_profits"]))
    lines = [_head(rng, want), *_entry_lines(want), *_targets(want)]
    lines += [
        f"SL: {fmt(want['stop_loss'])}",
        "",
        "Reasons:",
        rng.choice(SENTENCES).format(p=price),
    ]
    return "\n".join(lines), EXACT


def label_per_line(rng: random.Random, want: Want) -> tuple[str, str] | None:
    rows = [("Position", want["side"].title())]
    rows.append(("Entry Price Zone", " - ".join(fmt(v) for v in want["entries"])))
    rows += [(f"Take Profit {i} (TP{i})", fmt(v)) for i, v in enumerate(want["take_profits"], 1)]
    rows.append(("Stop Loss (SL)", fmt(want["stop_loss"])))
    if want["leverage"] is not None:
        rows.append(("Recommended Leverage", f"{want['leverage']}x"))
    gap = rng.choice(("\n", "\n\n"))
    head = f"{rng.choice(_symbol_forms(want['symbol']))}"
    return gap.join([head, *(f"{label}{gap}{value}" for label, value in rows)]), EXACT


MAKERS: dict[str, Callable[[random.Random, Want], tuple[str, str] | None]] = {
    "pair_label_glued": pair_label_glued,
    "label_ratio_note": label_ratio_note,
    "stop_note_below": stop_note_below,
    "plan_names_targets": plan_names_targets,
    "target_in_sentence": target_in_sentence,
    "label_per_line": label_per_line,
}


def unl22_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must), a generator of its
    own; each dev signal once, in one family drawn for it (that applies to it)."""
    return drawn_once(random.Random(seed * 52428803 + 22), MAKERS, _usable)
