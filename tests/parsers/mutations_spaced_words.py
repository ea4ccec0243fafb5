"""Mutation families of session 19 (issue 13, branch i13-tidy20): thousands parted by a plain space
after a head of three digits (parsers/spaced_thousands.py), and coins whose ticker is an English
word, tagged (parsers/plain_words.LISTED_PLAIN_WORDS).

- ``spaced_thousands``: a dev signal's levels moved up by a power of ten (digits kept) to six
  digits or more, as a BTC call, each written with its thousands parted by a space ("112 000",
  "108 512.5"), the targets on one line or one a line. ``exact`` where every six-digit level can
  be nothing else (its group starts with 0, or it is within 1.3 times of one that does); else
  ``safe``: read exactly or refused ("115 500" may be the prices 115 and 500), never another trade.
- ``spaced_list``: the same levels with the targets a list parted by single spaces ("TP: 115 000
  118 000"): ``exact`` when every group starts with 0, else ``safe``.
- ``word_ticker``: a dev signal's coin replaced by a listed coin whose ticker is a word ("#HIGH",
  "$PUMP", "Short #NOT", "#ORDER/USDT"), tagged where a coin stands: ``exact`` on that coin.
- ``word_tag``: the real dev post with such a word as a channel's tag after it or over it
  ("... \\n\\n#PUMP", "#HIGH RISK 🚀", "#OPEN" over it): ``safe``, its coin and levels; reading the
  tag as the coin is a wrong trade.

What each must give comes from the dev case's hand-checked reading, never from the parser.
``python -m tests.parsers.mutations --family spaced_word_mutations`` prints the figures.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from tests.parsers.mutation_post import EXACT, SAFE, Row, Want
from tests.parsers.variant_forms import fmt, levels_of

# Listed coins whose ticker is an ordinary English word (parsers/plain_words.py).
WORDS = ("HIGH", "PUMP", "NOT", "MOVE", "ORDER", "AI", "ID", "OPEN", "ALT", "SAFE", "QUICK", "MAX")
# Where a tagged coin stands: the head of the call ({t} is the tag, {s} the side word).
HEADS = (
    "{t} {s}",
    "{s} {t}",
    "{t} 🚀 {s}",
    "📈 {s} {t}",
    "{t} — {s}",
    "{t}/USDT {s}",
    "{s} #{w}USDT",
)
TAGGED = ("#{w}", "${w}", "#{w}", "#{w}")  # (cashtags were read before: hashtags the most)
TAG_PLACES = (
    "{post}\n\n#{w}",
    "{post}\n#{w} #signals",
    "#{w} RISK 🚀\n{post}",
    "#{w} ALERT\n\n{post}",
    "#{w}\n{post}",  # (the word's tag alone over the post: its coin, or two coins refused)
)
SIDES = {"LONG": ("LONG", "Long", "BUY"), "SHORT": ("SHORT", "Short", "SELL")}
NEAR = 1.3


def _scaled(want: Want) -> tuple[Want, list[Decimal]] | None:
    """want as a BTC call at levels a power of ten higher (digits kept), every one of six digits
    (BTC has been at none of seven); None when its levels are not of one such size."""
    levels = [Decimal(f"{v:.10g}") for v in levels_of(want)]
    if not levels or not want["entries"] or not want["take_profits"]:
        return None
    shift = 0
    while min(levels).scaleb(shift) < 100_000:
        shift += 1
    moved = [v.scaleb(shift) for v in levels]
    if max(moved) >= 1_000_000 or any(v * 100 != (v * 100).to_integral_value() for v in moved):
        return None

    def up(v: float) -> float:
        return float(Decimal(f"{v:.10g}").scaleb(shift))

    stop = want["stop_loss"]
    return {
        **want,
        "symbol": "BTCUSDT",
        "entries": [up(v) for v in want["entries"]],
        "take_profits": [up(v) for v in want["take_profits"]],
        "stop_loss": up(stop) if stop is not None else None,
        "leverage": None,
    }, moved


def spaced(v: float) -> str:
    """v with its thousands parted by spaces: "112 000", "1 250 000", "108 512.5"."""
    whole, dot, decimals = fmt(v).partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return " ".join([whole, *groups]) + dot + decimals


def _sure(levels: list[Decimal]) -> bool:
    """Every six-digit level is unmistakable: its group starts with 0, or it is near one that
    does (parsers/spaced_thousands.py's rule, as a reader would apply it)."""
    six = [v for v in levels if 100_000 <= v < 1_000_000]
    zero = [v for v in six if spaced(float(v))[4] == "0"]
    return all(
        v in zero or any(z / Decimal(NEAR) <= v <= z * Decimal(NEAR) for z in zero) for v in six
    )


def _call(rng: random.Random, head: str, want: Want, write: Any, list_targets: bool) -> str:
    side = want["side"]
    lines = [head]
    lines.append(
        rng.choice(("Entry: ", "Entry ", "Entry zone: ", "Entry zone - "))
        + " - ".join(write(v) for v in want["entries"])
    )
    if list_targets:
        lines.append(
            rng.choice(("TP: ", "Targets: ", "Take profit "))
            + " ".join(write(v) for v in want["take_profits"])
        )
    elif rng.random() < 0.5:
        lines.append(
            rng.choice(("Targets: ", "TP: ")) + ", ".join(write(v) for v in want["take_profits"])
        )
    else:
        lines += [
            f"TP{i}{rng.choice((': ', ' '))}{write(v)}"
            for i, v in enumerate(want["take_profits"], 1)
        ]
    if want["stop_loss"] is not None:
        lines.append(rng.choice(("SL: ", "Stop: ", "Stop loss ")) + write(want["stop_loss"]))
    if side == "SHORT" and "SHORT" not in head.upper() and "SELL" not in head.upper():
        lines.insert(1, "SHORT")
    return "\n".join(lines)


def spaced_word_mutations(seed: int) -> Iterator[Row]:
    """The four families over every dev signal (see the module's docstring)."""
    from tests.parsers.variants import signal_cases

    rng = random.Random(seed * 32452843 + 20)
    for case in signal_cases():
        want = case.expect["signal"]
        if case.expect.get("flags"):
            continue  # (a candle-close stop, a stop entry: words of their own)
        side = rng.choice(SIDES[want["side"]])
        scaled = _scaled(want)
        if scaled is not None:
            up, digits = scaled
            head = rng.choice(("#BTC/USDT {s}", "BTCUSDT {s}", "#BTC {s}")).format(s=side)
            must = EXACT if _sure(digits) else SAFE
            yield case.id, "spaced_thousands", _call(rng, head, up, spaced, False), up, must
            targets = [Decimal(f"{v:.10g}") for v in up["take_profits"]]
            listed = all(100_000 <= v < 1_000_000 and spaced(float(v))[4] == "0" for v in targets)
            must = EXACT if listed and _sure(digits) else SAFE
            yield case.id, "spaced_list", _call(rng, head, up, spaced, True), up, must
        w = rng.choice(WORDS)
        tag = rng.choice(TAGGED).format(w=w)
        head = rng.choice(HEADS).format(t=tag, s=side, w=w)
        moved = {**want, "symbol": w + "USDT", "leverage": None}
        # (An altcoin's levels: sub-milli ones are a BTC pair's, whole hundreds its satoshis; a
        # call with no entry or target is another family's.)
        prices = levels_of(want)
        if want["entries"] and want["take_profits"] and 0.001 <= min(prices) <= max(prices) < 100:
            yield case.id, "word_ticker", _call(rng, head, moved, fmt, False), moved, EXACT
        post = rng.choice(TAG_PLACES).format(post=case.text, w=rng.choice(WORDS))
        yield case.id, "word_tag", post, want, SAFE
