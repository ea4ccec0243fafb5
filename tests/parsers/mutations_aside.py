"""Mutation families of session 19 (issue 13, branch i13-nums20): numbers beside a signal's
labelled levels that a word says are no level, as analysis-style posts write them (Binance
Square, TradingView ideas, bots' cards).

- ``aside_lines``: every dev signal written with each field under its own label, and one or two
  lines of an analysis among or after the levels: an indicator's reading ("EMA 20 / 50 / 200:
  …", "RSI (14): …", "VWAP: …", "Fib 0.618: …"), the market's figures ("24h High: …", "Market
  cap: …"), a chart feature ("Swing high: …"). Their numbers could be prices of the coin (near
  its levels): read as a level, or asked about, is wrong or missed: ``exact``.
- ``chart_notes``: a chart feature named with its price in a note after a target, the stop or
  the entry ("TP2: 155 (Just above the recent local high of $153.8)", "SL: 149.8 (above 4H
  Supertrend (148.9) and recent swing high)"), or a second stop label describing the feature by
  the stop ("Invalidation: above 4H Supertrend (…) and recent swing high"): ``exact``.
- ``aside_doubt``: what must stay refused: the analysis line in a post whose entry label is gone
  (its number may be the entry), a second stop label whose feature lies beyond the stop (which
  is the stop?), a note after the stop offering another level ("or"): ``refuse``.

What each must give comes from how the post was written and the dev signal's hand-checked
reading, never from the parser's output. ``python -m tests.parsers.mutations
--family 'aside_*' --family chart_notes --seeds 1`` prints the figures.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from tests.parsers.mutation_post import EXACT, REFUSE, Row, Want
from tests.parsers.mutation_post import near_price as _near
from tests.parsers.mutations_level_notes import _blocks, _text, _usable
from tests.parsers.variant_forms import fmt, levels_of

# {p}, {q}, {r}: numbers that could be prices of the coin; {i}: an oscillator's reading.
ASIDE_FORMS = (
    "EMA 20 / 50 / 200: {p} / {q} / {r} - price above all moving averages",
    "EMA 20/50: {p} / {q}",
    "200 EMA: {p}",
    "MA(50) {p}",
    "RSI (14): {i}",
    "📊 4H RSI: {i}",
    "RSI: {i} | MACD: {p}",
    "VWAP: {p}",
    "Fib 0.618: {p}",
    "Supertrend (4H): {p}",
    "Bollinger upper: {p}",
    "24h High: {p}",
    "24h Low: {q}",
    "Market cap: ${p}B",
    "Swing high: {p}",
    "Recent low - {q}",
    "ATH: {p}",
    "• Daily open: {p}",
    "Key support {q} / {r}",
    "MACD (12,26,9): {i}",
    "Price above EMA 50 ({q})",
    "Bias: bullish while above {q}",
)
# A note after a level: {f} the feature's price.
NOTE_FORMS = (
    " (Just above the recent local high of ${f})",
    " (just beyond the {f} swing high)",
    " (above the daily open ({f}))",
    " (near 4H Supertrend ({f}) and the recent swing high)",
    " (retest of the 50 MA ({f}))",
)


def _aside(rng: random.Random, want: Want) -> str:
    levels = levels_of(want)
    mid = sorted(levels)[len(levels) // 2]
    # (An oscillator's reading near the levels when they sit between 10 and 99, as a price could.)
    i = fmt(round(mid, 1)) if 10 <= mid < 100 else str(rng.randrange(20, 80))
    return rng.choice(ASIDE_FORMS).format(
        p=_near(rng, want), q=_near(rng, want), r=_near(rng, want), i=i
    )


def aside_lines(rng: random.Random, want: Want) -> tuple[str, str] | None:
    if not _usable(want) or want["stop_loss"] is None:
        return None
    post = _blocks(rng, want)
    for _ in range(rng.choice((1, 2))):
        where = rng.choice(("head", "entry", "tp", "sl", "end"))
        part = where if where != "end" else "sl"
        post[part].append(_aside(rng, want))
    return _text(post), EXACT


def _between(rng: random.Random, want: Want) -> float | None:
    """A price strictly between the entry nearest the stop and the stop, or None."""
    entries, stop = want["entries"], want["stop_loss"]
    near = min(entries) if stop < min(entries) else max(entries)
    lo, hi = sorted((near, stop))
    if hi - lo <= 0:
        return None
    value = float(f"{rng.uniform(lo + (hi - lo) * 0.2, hi - (hi - lo) * 0.2):.4g}")
    return value if lo < value < hi and value not in levels_of(want) else None


def chart_notes(rng: random.Random, want: Want) -> tuple[str, str] | None:
    if not _usable(want) or want["stop_loss"] is None:
        return None
    post = _blocks(rng, want)
    where = rng.choice(("tp", "tp", "sl", "entry", "invalidation"))
    if where == "invalidation":
        between = _between(rng, want)
        if between is None:
            return None
        side = "above" if want["stop_loss"] > max(want["entries"]) else "below"
        post["sl"].append(
            f"Invalidation: {side} 4H Supertrend ({fmt(between)}) and recent swing "
            + ("high" if side == "above" else "low")
        )
    else:
        i = rng.randrange(len(post[where]))
        post[where][i] += rng.choice(NOTE_FORMS).format(f=_near(rng, want))
    return _text(post), EXACT


def aside_doubt(rng: random.Random, want: Want) -> tuple[str, str] | None:
    if not _usable(want) or want["stop_loss"] is None:
        return None
    post = _blocks(rng, want)
    kind = rng.choice(("no entry", "beyond", "or"))
    stop, entries = want["stop_loss"], want["entries"]
    above = stop > max(entries)
    if kind == "no entry":
        # The entry label gone, an analysis line where it stood: the entry, or a note?
        # (A form whose number could be a price of the coin: "Market cap: $68.2B" is none.)
        form = rng.choice([f for f in ASIDE_FORMS if "{p}" in f and "$" not in f])
        post["entry"] = [
            form.format(p=_near(rng, want), q=_near(rng, want), r=_near(rng, want), i=50)
        ]
    elif kind == "beyond":
        # (Not a round number: "(94)" after a word is read as a list's index, dropped.)
        beyond = float(f"{stop * (1.0613 if above else 0.9387):.4g}")
        post["sl"].append(
            f"Invalidation: {'above' if above else 'below'} the 4H Supertrend ({fmt(beyond)})"
        )
    else:
        post["sl"][0] += f" (below the swing low {_near(rng, want)} or {_near(rng, want)})"
    return _text(post), REFUSE


def aside_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must), a generator of its
    own; each dev signal once in each family."""
    from tests.parsers.variants import signal_cases

    rng = random.Random(seed * 49979687 + 20)
    for case in signal_cases():
        want = case.expect["signal"]
        for name, make in (
            ("aside_lines", aside_lines),
            ("chart_notes", chart_notes),
            ("aside_doubt", aside_doubt),
        ):
            made = make(rng, want)
            if made is not None:
                yield case.id, name, made[0], want, made[1]
