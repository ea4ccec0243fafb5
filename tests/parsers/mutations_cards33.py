"""Mutation families of session 31 (issue 13, branch i13-cards33): a dev signal's card written in
the short layouts of tests/parsers/test_cards33.py, every post made up from a dev signal's
hand-checked reading (its side, where the post gives no side word, follows from its levels: the
families take only the signals whose entries lie between the stop and the nearest target).

- ``cards33_lone``: the coin alone on the line right above the entry label, in lower case, after
  the side word, capitalised, or in capitals under a heading with a pin ("link / Entry 7.5 /
  stop 7 / tp 9 / lev 10x", "📍KAVA / EN : 0.51_0.50"): ``exact`` for a listed ticker (any case)
  or capitals;
- ``cards33_lone_not``: the same card under a word that is no coin ("hello", "update", "going
  long"): no coin, ``refuse``;
- ``cards33_step``: a card of two entries, the second told as a step from the first on its
  label's line, its price under it ("🟡 ورود دوم (-3.5%)" over "145.2 $", "Entry second (-3.5%)"):
  ``exact`` when the percentage is the step between the two prices as written, ``refuse`` when
  it is not (a point or more off);
- ``cards33_at``: "@" after the pair's quote on its line with the entry ("📈 ADA | USDT @ $0.45 -
  4H - 1.2.3"), the targets with their risk-reward notes, a candle-close stop: ``exact``;
- ``cards33_run``: a one-line post of three entries, a zone and a DCA level, rules of dashes
  between the blocks ("Long: ARB/USDT (5x Leverage) Entry: 0.91 - 0.90 (CMP) DCA: 0.85
  ------------- TP1: ..."): ``exact``.

``python -m tests.parsers.mutations --family 'cards33*' --seeds 1 20`` prints the figures.
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

NOT_COINS = ("hello", "update", "going long", "signal", "new setup", "Alert")
PINS = ("📍", "🔸", "▶️ ", "")
HEADINGS = (
    "ⓑⓘⓝⓐⓝⓒⓔ futures",
    "🔥 Magic Indicator 🔥",
    "📊 15 Minutes Timeframe",
    "Binance Futures",
)
RULES = ("-------------", "---", "==========")


def _levels(rng: random.Random, want: Want, entry_word: str) -> list[str]:
    """The entry line, then the stop, the targets and the leverage in an order drawn."""
    entry = f"{entry_word} {' - '.join(fmt(v) for v in want['entries'])}"
    tps = want["take_profits"]
    tp = rng.choice(("tp", "Tp", "TP"))
    if len(tps) > 1 and float(tps[0]).is_integer() and tps[0] <= 20:
        # ("tp 1 - 1.2": target 1 at 1.2, as "Target 1 - 1.2" is; each on its line instead)
        targets = "\n".join(f"{tp}{i} {fmt(v)}" for i, v in enumerate(tps, 1))
    else:
        targets = f"{tp} {' - '.join(fmt(v) for v in tps)}"
    rest = [f"{rng.choice(('stop', 'Stop', 'sl', 'SL'))} {fmt(want['stop_loss'])}", targets]
    if want["leverage"] is not None:
        rest.append(f"lev {want['leverage']}{rng.choice(('x', 'x', ''))}")
    rng.shuffle(rest)
    return [entry, *rest]


def cards33_lone(rng: random.Random, want: Want) -> Made:
    """The coin alone over the entry label, in one of the forms a short card writes it."""
    if len(want["entries"]) > 2:
        return None
    base = want["symbol"][:-4]
    way = rng.randrange(4)
    side = want["side"].lower()
    if way < 3 and base not in TICKERS:
        way = 3  # (a ticker not listed is read only in capitals)
    if way == 0:
        head = [rng.choice((base.lower(), base.capitalize()))]
    elif way == 1:
        head = [f"{side} {base.lower()}"]
    elif way == 2:
        head = [f"{rng.choice(HEADINGS)}", f"✅ {want['side'].capitalize()}", base.lower()]
    else:
        head = [rng.choice(HEADINGS), f"{rng.choice(PINS)}{base}"]
    entry_word = rng.choice(("Entry", "entry", "Entry:", "EN :"))
    return "\n".join([*head, *_levels(rng, want, entry_word)]), EXACT


def cards33_lone_not(rng: random.Random, want: Want) -> Made:
    """The same card under a word that names no coin: no coin, no trade."""
    if len(want["entries"]) > 2:
        return None
    return "\n".join([rng.choice(NOT_COINS), *_levels(rng, want, "Entry")]), REFUSE


def _leverage(want: Want) -> list[str]:
    return [f"Leverage: {want['leverage']}x"] if want["leverage"] is not None else []


def _pct(first: float, second: float) -> float:
    return round((second / first - 1.0) * 100.0, 1)


def cards33_step(rng: random.Random, want: Want) -> Made:
    """Two entries, the second told as a step from the first; the step right, or a point off."""
    entries = want["entries"]
    if len(entries) != 2 or entries[0] <= 0:
        return None
    pct = _pct(entries[0], entries[1])
    if not 0.3 <= abs(pct) < 60:
        return None
    must = EXACT
    if rng.random() < 0.3:
        pct = round(pct + rng.choice((-1, 1)) * (1.0 + abs(pct) * 0.3), 1)
        must = REFUSE
    step = f"({'+' if pct > 0 else '-'}{fmt(abs(pct))}%)"
    base = want["symbol"][:-4]
    tps = want["take_profits"]
    if rng.random() < 0.6:
        lines = [
            rng.choice((base, f"#{base}")),
            "🟢 " + rng.choice(("نقطه ورود", "ورود اول", "قیمت ورود")),
            f"{fmt(entries[0])} $",
            "🟡 " + rng.choice(("ورود دوم", "ورود پله دوم", "نقطه ورود دوم")) + f" {step}",
            f"{fmt(entries[1])} $",
            *(f"🎯تارگت {i}: {fmt(v)}" for i, v in enumerate(tps, 1)),
            f"⛔️حد ضرر: {fmt(want['stop_loss'])}",
            *_leverage(want),
        ]
    else:
        lines = [
            f"#{base}",
            "Entry 1:",
            fmt(entries[0]),
            f"Entry second {step}",
            fmt(entries[1]),
            *(f"TP{i}: {fmt(v)}" for i, v in enumerate(tps, 1)),
            f"SL: {fmt(want['stop_loss'])}",
            *_leverage(want),
        ]
    return "\n".join(lines), must


def cards33_at(rng: random.Random, want: Want) -> Made:
    """The entry after "@" on the pair's line, a bot's card with no side word."""
    if len(want["entries"]) != 1:
        return None
    base = want["symbol"][:-4]
    up = want["side"] == "LONG"
    head = (
        f"{'📈' if up else '📉'} {base}{rng.choice((' | ', '/'))}USDT @ ${fmt(want['entries'][0])}"
        + rng.choice((" - 4H - 1.2.3", " - 1H - 2.0.1", ""))
    )
    tps = [
        f"Target {i}: {fmt(v)} (RR {fmt(round(0.8 * i + 0.7, 1))})"
        for i, v in enumerate(want["take_profits"], 1)
    ]
    stop = f"SL Close {'Below' if up else 'Above'}: {fmt(want['stop_loss'])}"
    return "\n".join([head, *tps, stop, *_leverage(want), "<@&123456789>"]), EXACT


def cards33_run(rng: random.Random, want: Want) -> Made:
    """A one-line post: a zone and a DCA level, rules of dashes between the blocks."""
    entries = want["entries"]
    if len(entries) != 3:
        return None
    base = want["symbol"][:-4]
    rule = rng.choice(RULES)
    lev = f" ({want['leverage']}x Leverage)" if want["leverage"] is not None else ""
    tps = " ".join(f"TP{i}: {fmt(v)}" for i, v in enumerate(want["take_profits"], 1))
    text = (
        f"{want['side'].capitalize()}: {base}/USDT{lev} Entry: {fmt(entries[0])} - "
        f"{fmt(entries[1])}{rng.choice((' (CMP)', ''))} DCA: {fmt(entries[2])} {rule} {tps} "
        f"{rule} SL: {fmt(want['stop_loss'])}"
    )
    return text, EXACT


MAKERS: dict[str, Callable[[random.Random, Want], Made]] = {
    "cards33_lone": cards33_lone,
    "cards33_lone_not": cards33_lone_not,
    "cards33_step": cards33_step,
    "cards33_at": cards33_at,
    "cards33_run": cards33_run,
}


def cards33_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must), a generator of its
    own; each dev signal once, in one family drawn for it (that applies to it)."""
    return drawn_once(random.Random(seed * 40033 + 33), MAKERS, _fits)
