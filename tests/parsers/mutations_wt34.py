"""Mutation families of session 32 (issue 13, branch i13-wt34): the general forms of the wrong
trades and wrong actions the lead counted in held out (masked; no held-out text seen), each dev
signal written in them (made-up lines):

- ``wt34_current_card``: the call as a running trade's report card ("Currency: #SOL / Exchange:
  Binance / Buy: e / Current: p (+x%)" over its target and stop): ``refuse`` (the price now and
  its gain: a report, never a new call; parsers/call_doubts_more.py);
- ``wt34_entry_by_word``: the entry line replaced by an entry named by a word that is no price
  and no market word ("Вход по ретесту", "Вход по пробою"): ``refuse`` (a condition with no
  level, the session-25 ruling);
- ``wt34_considering``: the levels under "I'm considering a **SOL/USDT long trade** with the
  following parameters:": ``refuse`` (a thought, not a call; parsers/hedged_call.py);
- ``wt34_chart_guess``: a chart's description that guesses ("Timeframe: Intraday (exact time not
  mentioned but likely 15-min based on candlestick size)") over the levels: ``refuse``
  (parsers/chart_guess.py);
- ``wt34_step_leftover``: a two-entry call as steps, each price alone under a heading no table
  holds ("🟢 خرید پله اول / e1 $ / 🟡 خرید پله دوم / e2 $"): ``safe`` (both entries read, or
  refused; never the first alone: parsers/prelude_leftover.py);
- ``wt34_not``: chatter for the coin with a close's word said of readers, of the past, of the
  market's players or of a hypothesis, or standing in a list of tips: no action.

What each must give comes from how the post was written and the dev signal's hand-checked
reading, never from the parser's output. ``python -m tests.parsers.mutations --family 'wt34*'
--seeds 1 20`` prints the figures.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from tests.parsers.mutation_post import REFUSE, SAFE, Made, Row, Want
from tests.parsers.mutations_drawn import coin_tag, every_maker, usdt_signals
from tests.parsers.mutations_followups import NOT
from tests.parsers.mutations_wt20 import _english, _usable
from tests.parsers.variant_forms import fmt, near_price

ENTRY_WORDS = ("Вход по ретесту", "Вход по пробою", "Вход: по лимитке", "Входим по сигналу")
CONSIDERING = (
    "I'm considering a **{p} {s} trade** with the following parameters:",
    "My considering a {p} {s} trade with the following parameters:",
    "I am considering a {s} on {p} here:",
)
GUESSES = (
    "Timeframe: Intraday (exact time not mentioned but likely 15-min based on candlestick size)",
    "Chart timeframe: not shown, but likely the 4H",
    "Indicators: RSI (period not labeled, probably 14)",
)
NOT_FORMS = (
    "Congratulations to everyone who entered and exited {c} with us! Here we are with more than"
    " $120k (85%) since our last exit",
    "In the past few days, {c} has been very aggressive. Many positions were closed as the funding"
    " rate reset.",
    "Today's {c} news: long-term holders exiting as exchange deposits rise.",
    "📌{c} reached a VIP call ({p}) and made good profits,\nwhile in the free call, we announced"
    " {p} short would be our exit.",
    "Leverage can amplify your profits — or knock you out just as fast.\nKnow your leverage:"
    " higher leverage, closer liquidation.\nCut losses quickly: close losing trades fast.",
)


def current_card(rng: random.Random, want: Want) -> Made:
    """The call as a running trade's report card, its target and stop under it."""
    if want["side"] != "LONG" or len(want["entries"]) != 1 or not want["symbol"].endswith("USDT"):
        return None
    entry = want["entries"][0]
    pct = rng.choice((3.5, 12.5, 27.0, -4.2))
    now = fmt(float(f"{entry * (1 + pct / 100):.5g}"))
    lines = [
        "————",
        f"Currency: #{want['symbol'][:-4]}",
        "————",
        "Exchange: Binance",
        f"Buy: {fmt(entry)}",
        f"Current: {now} ({pct:+.1f}%)".replace("+", rng.choice(("+", ""))),
        f"Target: {fmt(want['take_profits'][0])}",
        f"Stop: {fmt(want['stop_loss'])}",
    ]
    return "\n".join(lines), REFUSE


def entry_by_word(rng: random.Random, want: Want) -> Made:
    """The entry line replaced by an entry named by a word, no price."""
    lines = _english(rng, want)
    lines[1] = rng.choice(ENTRY_WORDS)
    return "\n".join(lines), REFUSE


def considering(rng: random.Random, want: Want) -> Made:
    """The levels under "I'm considering a <pair> long trade ...:"."""
    if not want["symbol"].endswith("USDT"):
        return None
    pair = f"{want['symbol'][:-4]}/USDT"
    head = rng.choice(CONSIDERING).format(p=pair, s=want["side"].lower())
    return "\n".join([head, *_english(rng, want)[1:]]), REFUSE


def chart_guess(rng: random.Random, want: Want) -> Made:
    """A chart's description that guesses, over the levels."""
    lines = _english(rng, want)
    lines.insert(1, rng.choice(GUESSES))
    return "\n".join(lines), REFUSE


def step_leftover(rng: random.Random, want: Want) -> Made:
    """A two-entry call written as steps, each price alone under its heading."""
    entries = want["entries"]
    if len(entries) != 2 or not want["symbol"].endswith("USDT"):
        return None
    buy = want["side"] == "LONG"
    word = "خرید" if buy else "فروش"
    lines = [want["symbol"][:-4], f"🟢 {word} پله اول", f"{fmt(entries[0])} $"]
    lines += [f"🟡 {word} پله دوم", f"{fmt(entries[1])} $"]
    lines += [f"🎯تارگت {i}: {fmt(v)}" for i, v in enumerate(want["take_profits"], 1)]
    lines.append(f"⛔️حد ضرر: {fmt(want['stop_loss'])}")
    if want["leverage"] is not None:  # (the dev call's leverage, written as cards34's cards do)
        lines.append(f"Leverage: {want['leverage']}x")
    return "\n".join(lines), SAFE


MAKERS: dict[str, Callable[[random.Random, Want], Made]] = {
    "wt34_current_card": current_card,
    "wt34_entry_by_word": entry_by_word,
    "wt34_considering": considering,
    "wt34_chart_guess": chart_guess,
    "wt34_step_leftover": step_leftover,
}
NOT_W34 = "wt34_not"


def wt34_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must), a generator of its
    own: each usable dev signal in every shape that applies to it, and a post of chatter for each
    USDT-quoted one."""
    rng = random.Random(seed * 40063 + 34)
    yield from every_maker(rng, MAKERS, _usable)
    for case_id, want, symbol in usdt_signals():
        tag = coin_tag(rng, symbol)
        text = rng.choice(NOT_FORMS).format(c=tag, p=near_price(rng, want))
        yield case_id, NOT_W34, text, {}, NOT
