"""Mutation families of session 30 (issue 13, branch i13-wt32): the shapes of the wrong trades
the lead counted in held out (in general terms only), each dev signal written in one of them.
Every shape is one a misreading could trade; each must be refused (the glued tag may be read
right) (made-up lines, no held-out
text):

- ``wt32_target_result``: the card under a line naming a target and a percentage ("Target 1 = 7.8%",
  "+7.8% target 1", "7.8% on the first target") or a gain told as made ("Total profit 15.6%",
  "15.6% in 2 days"): ``refuse`` (a results post re-posting the card's levels);
- ``wt32_caps_headline``: a headline word in capitals before the coin ("ALTSEASON ALERT: SUSHI",
  "BREAKOUTS ON SUSHI"): ``refuse`` (which word is the coin is a guess);
- ``wt32_glued_tag``: the coin tagged with more letters glued on ("#SUSHIPERPS", "#SUSHICOIN") over
  the card naming the coin bare twice: ``safe`` (the coin the text names, or refused; never the
  tag's word);
- ``wt32_stray_target``: a whole number far past the targets on their line ("TP: 1.1 1.2 1.3 25"):
  ``refuse``;
- ``wt32_stop_in_words``: the card's stop line replaced by a sentence naming the level ("If price
  closes below 0.95 the setup is invalid"): ``refuse`` (never traded with no stop);
- ``wt32_hold_level``: the entry's line with a hold condition's level after it ("Entry: 1.05, as
  long as price holds above 1.02"): ``refuse``;
- ``wt32_limit_trigger``: the entry written as a stop entry beside a limit's word ("Buy above 1.05
  support", "Short below 1.05 resistance"): ``refuse``.

What each must give comes from how the post was written and the dev signal's hand-checked
reading, never from the parser's output. ``python -m tests.parsers.mutations --family 'wt32*'
--seeds 1 20`` prints the figures.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from tests.parsers.mutation_post import REFUSE, SAFE, Made, Want
from tests.parsers.mutations_drawn import drawn_once
from tests.parsers.mutations_wt20 import _english, _usable
from tests.parsers.mutations_wt22 import _plain
from tests.parsers.variant_forms import fmt

TARGET_RESULTS = (
    "Target 1 = {p}%",
    "+{p}% target 1",
    "{p}% on the first target",
    "Profit on target 1: {p}%",
    "target 1 ⚡ {p}%",
    "Target 2: {p}% profit",
    "Current profit {p}% (target 1)",
)
GAINS = ("Total profit {p}%", "{p}% gained", "{p}% in 2 days", "We are up {p}%")
HEADLINES = ("ALTSEASON", "BREAKOUTS", "LIQUIDITY", "STRATEGIC", "TECHNICAL", "MARKETCAP")
HEADLINE_FORMS = ("{w} ALERT: {c}", "{w} ON {c}")
GLUED = ("PERPS", "COIN", "SWAP", "CHAIN")
STOP_WORDS = {
    "LONG": (
        "If price closes below {s} the setup is invalid.",
        "A 4H close under {s} invalidates the idea.",
        "Bias flips bearish below {s}.",
    ),
    "SHORT": (
        "If price closes above {s} the setup is invalid.",
        "A 4H close over {s} invalidates the idea.",
        "Risk: above {s} the short is wrong.",
    ),
}
HOLDS = {
    "LONG": (", as long as price holds above {h}", " on a hold above {h}"),
    "SHORT": (", as long as price stays below {h}", " on a hold below {h}"),
}
LIMIT_TRIGGERS = {
    "LONG": ("Buy above {e} support", "Entry above the {e} level on a pullback"),
    "SHORT": ("Short below {e} resistance", "Entry below the {e} level on a rally"),
}


def _percent(rng: random.Random) -> str:
    return rng.choice(("7.8", "15.6", "22.4", "4.35", "12.1"))


def target_result(rng: random.Random, want: Want) -> Made:
    """The card under a line naming a target and a percentage, or a gain told as made."""
    lines = _english(rng, want)
    form = rng.choice(TARGET_RESULTS if rng.random() < 0.6 else GAINS)
    lines.append(form.format(p=_percent(rng)))
    return "\n".join(lines), REFUSE


def caps_headline(rng: random.Random, want: Want) -> Made:
    """A headline word in capitals before the coin, the coin written bare."""
    base = _plain(want)
    if base is None or len(base) < 3:
        return None
    word = rng.choice(HEADLINES)
    lines = _english(rng, want)
    lines[0] = rng.choice(HEADLINE_FORMS).format(w=word, c=base)
    lines.insert(1, want["side"])
    return "\n".join(lines), REFUSE


def glued_tag(rng: random.Random, want: Want) -> Made:
    """The coin tagged with more letters glued on, the card naming it bare twice."""
    base = _plain(want)
    if base is None or len(base) < 3 or not base.isalpha():
        return None
    lines = _english(rng, want)
    lines[0] = f"{base} {want['side']} - {base} setup"
    lines.insert(0, f"#{base}{rng.choice(GLUED)}")
    return "\n".join(lines), SAFE


def stray_target(rng: random.Random, want: Want) -> Made:
    """A whole number far past the targets on their line."""
    tps = want["take_profits"]
    if len(tps) < 2 or want["side"] != "LONG" or not all("." in fmt(v) for v in tps):
        return None
    step = max(abs(b - a) for a, b in zip(tps, tps[1:], strict=False)) or tps[-1]
    far = int(tps[-1] + step * rng.choice((12, 20, 40))) + 1
    lines = [x for x in _english(rng, want) if not x.startswith("TP")]
    lines.insert(-1, f"TP: {' '.join(fmt(v) for v in tps)} {far}")
    return "\n".join(lines), REFUSE


def stop_in_words(rng: random.Random, want: Want) -> Made:
    """The stop line replaced by a sentence naming the level."""
    lines = _english(rng, want)[:-1]
    lines.append(rng.choice(STOP_WORDS[want["side"]]).format(s=fmt(want["stop_loss"])))
    return "\n".join(lines), REFUSE


def hold_level(rng: random.Random, want: Want) -> Made:
    """The entry's line with a hold condition's level after it (the stop's, a level no entry)."""
    lines = _english(rng, want)
    held = fmt(want["stop_loss"])
    if held in {fmt(v) for v in want["entries"]}:
        return None
    lines[1] += rng.choice(HOLDS[want["side"]]).format(h=held)
    return "\n".join(lines), REFUSE


def limit_trigger(rng: random.Random, want: Want) -> Made:
    """A one-entry card whose entry is written as a stop entry beside a limit's word."""
    if len(want["entries"]) != 1:
        return None
    lines = _english(rng, want)
    lines[1] = rng.choice(LIMIT_TRIGGERS[want["side"]]).format(e=fmt(want["entries"][0]))
    return "\n".join(lines), REFUSE


MAKERS: dict[str, Callable[[random.Random, Want], Made]] = {
    "wt32_target_result": target_result,
    "wt32_caps_headline": caps_headline,
    "wt32_glued_tag": glued_tag,
    "wt32_stray_target": stray_target,
    "wt32_stop_in_words": stop_in_words,
    "wt32_hold_level": hold_level,
    "wt32_limit_trigger": limit_trigger,
}


def wt32_mutations(seed: int) -> Iterator[tuple[str, str, str, Want, str]]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must), a generator of its
    own; each dev signal once, in one family drawn for it (that applies to it)."""
    return drawn_once(random.Random(seed * 40013 + 32), MAKERS, _usable)
