"""Mutation families of session 22 (issue 13, branch i13-wt23): the forms of the wrong trades the
lead counted in held out (in general terms only), each dev signal written in one of them.

- ``target_bracket``: every target written "TP1 (v)" (``exact`` when every target has decimals;
  ``safe`` when one is a whole number: read as the target, or refused when it is dropped as a
  note, never another target list), or "TP1 (n) v" with
  a bracketed whole number before each price (an index, or a share without its sign):
  ``refuse``.
- ``update_card``: the card under "Update" alone on a line, or with "(Update)" after its head:
  ``refuse``.
- ``tick_mark``: the card with a line ticking its first target by a mark other than ✅ ("TP1
  ☑️", "TP1 ✓"): ``refuse`` (a report, never a new trade).
- ``tag_list``: the coin named only in a line of tags with another coin ("#BTC #ADA" over the
  side word alone, or under the levels): ``refuse``.
- ``target_to_come``: a numbered target's price replaced by "TBA", "soon", "to be announced",
  or left empty before the next numbered target: ``refuse``.
- ``entry_condition``: a condition after the single entry that no row reads ("after a retest",
  "provided it closes above"): ``refuse``.

What each must give comes from how the post was written and the dev signal's hand-checked
reading, never from the parser's output. ``python -m tests.parsers.mutations --family
wt23_mutations --seeds 1 20`` prints the figures.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from tests.parsers.mutation_post import REFUSE, SAFE, Made, Row, Want
from tests.parsers.mutations_drawn import drawn_once
from tests.parsers.mutations_wt20 import EXACT, _english, _usable
from tests.parsers.mutations_wt22 import _plain, entry_then
from tests.parsers.variant_forms import fmt

OTHERS = ("BTC", "ETH", "SOL", "AVAX")
TICKS = ("TP1 ☑️", "TP1 ✔️", "TP1 ✓", "Target 1 ☑", "✔ TP1 done")
UPDATES = ("Update", "UPDATE:", "📢 Update 📢", "Trade update", "Signal Update")
CONDITIONS = (
    "after a retest",
    "(after it retests)",
    "provided it closes above",
    "only if 4H closes above",
    "when it reclaims",
    "once it retests",
)


def _targets_at(lines: list[str]) -> list[int]:
    return [i for i, x in enumerate(lines) if x.startswith("TP") and x[2:3].isdigit()]


def target_bracket(rng: random.Random, want: Want) -> Made:
    """Every target in brackets after its numbered label, or a bracketed whole number before
    each target's price."""
    lines = _english(rng, want)
    at = _targets_at(lines)
    tps = [fmt(v) for v in want["take_profits"]]
    if rng.random() < 0.5:
        for i, (k, v) in enumerate(zip(at, tps, strict=True), 1):
            lines[k] = f"TP{i} ({v})"
        whole = any("." not in v for v in tps)
        return "\n".join(lines), SAFE if whole else EXACT
    shares = rng.choice(((i + 1 for i in range(len(tps))), (25 for _ in tps), (4 for _ in tps)))
    for i, (k, v, n) in enumerate(zip(at, tps, shares, strict=False), 1):
        lines[k] = f"TP{i} ({n}) {v}"
    return "\n".join(lines), REFUSE


def update_card(rng: random.Random, want: Want) -> Made:
    """The card under "Update" alone on a line, or "(Update)" after its head."""
    lines = _english(rng, want)
    if rng.random() < 0.6:
        lines.insert(0, rng.choice(UPDATES))
    else:
        lines[0] += rng.choice((" (Update)", " [UPDATE]", " (updated)"))
    return "\n".join(lines), REFUSE


def tick_mark(rng: random.Random, want: Want) -> Made:
    """The card, and a line ticking its first target by another mark than ✅."""
    return "\n".join([*_english(rng, want), rng.choice(TICKS)]), REFUSE


def tag_list(rng: random.Random, want: Want) -> Made:
    """The coin named only in a line of tags with another coin."""
    base = _plain(want)
    if base is None or base in OTHERS:
        return None
    lines = _english(rng, want)
    tags = [f"#{base}", f"#{rng.choice(OTHERS)}"]
    rng.shuffle(tags)
    if rng.random() < 0.3:
        tags.insert(rng.randint(0, 2), "#crypto")
    row = " ".join(tags)
    if rng.random() < 0.5:
        lines[0:1] = [row, want["side"]]
    else:
        lines[0] = want["side"]
        lines.append(row)
    return "\n".join(lines), REFUSE


def target_to_come(rng: random.Random, want: Want) -> Made:
    """A numbered target's price replaced by a word that it is to come, or left empty."""
    lines = _english(rng, want)
    at = _targets_at(lines)
    k = rng.choice(at)
    lines[k] = lines[k].split(":")[0] + rng.choice(
        (": TBA", ": soon", ":", ": -", ": to be announced")
    )
    if lines[k].endswith((":", "-")) and k == at[-1]:
        return None  # (an empty last label over the stop: a layout a reader may take either way)
    return "\n".join(lines), REFUSE


def entry_condition(rng: random.Random, want: Want) -> Made:
    """A condition no row reads after the single entry."""
    return entry_then(rng, want, CONDITIONS)


MAKERS: dict[str, Callable[[random.Random, Want], Made]] = {
    "target_bracket": target_bracket,
    "update_card": update_card,
    "tick_mark": tick_mark,
    "tag_list": tag_list,
    "entry_condition": entry_condition,
    "target_to_come": target_to_come,
}


def wt23_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must), a generator of its
    own; each dev signal once, in one family drawn for it (that applies to it)."""
    return drawn_once(random.Random(seed * 40013 + 23), MAKERS, _usable)
