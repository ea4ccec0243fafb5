"""Mutation families of session 31 (issue 13, branch i13-wt33): the general forms of wrong trades
and wrong actions the lead counted in held out (masked; no held-out text seen), each dev signal
written in them (made-up lines):

- ``wt33_unpriced_way``: the card's entry line replaced by a way in that waits for the chart and
  gives no price ("BUY after breaking up from the triangle", "Entry after retest of the
  breakout", "Вход после пробоя треугольника"): ``refuse`` (the session-25 ruling: a condition
  whose level is not given; never a market order now);
- ``wt33_entry_below_short``: a short's one entry written "🛒 Entry Below : P" (the words channels
  head a long's buy under a price with): ``refuse`` (a sell at P, or once the price falls below
  it?);
- ``wt33_dollar_last``: the targets on one line, each with "$" but the last ("TARGET:- $a - $b -
  c"): ``refuse`` (a target, or a number run onto the list?);
- ``wt33_two_outcomes``: a close followed by two coins' outcomes ("Closing the trades: #SOL to
  break-even, #ETH at -0.4 %", "Закрываю сделки, sol в БУ, eth в -0.5%"): no action unless it
  carries the reason it is not done (ruling (i), session 25);
- ``wt33_not``: chatter for the coin with a close's word said of a candle or of a mechanism ("#SOL
  needs to close at least one 4-hr candle above P", "a 10% move against you closes your #SOL
  position"): no action.

What each must give comes from how the post was written and the dev signal's hand-checked
reading, never from the parser's output. ``python -m tests.parsers.mutations --family 'wt33*'
--seeds 1 20`` prints the figures.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from tests.parsers.mutation_post import REFUSE, Made, Row, Want
from tests.parsers.mutations_drawn import coin_tag, every_maker, usdt_signals
from tests.parsers.mutations_followups import NOT
from tests.parsers.mutations_left26 import REFUSED_ACTION
from tests.parsers.mutations_wt20 import _english, _usable
from tests.parsers.variant_forms import fmt, near_price

UNPRICED_WAYS = {
    "LONG": (
        "BUY after breaking up from the triangle",
        "Entry after retest of the breakout",
        "Long once it breaks out of the wedge",
        "Buy when it confirms the bull flag",
        "Enter if it closes above the trendline",
        "Вход после пробоя треугольника",
        "Лонг при подтверждении уровня",
        "Comprar após o rompimento",
        "Long nach dem Ausbruch",
        "突破三角形后做多",
    ),
    "SHORT": (
        "SELL after breaking down from the triangle",
        "Entry after retest of the breakdown",
        "Short upon a breakdown from the range",
        "Short when it confirms the bear flag",
        "Enter if it closes below the trendline",
        "Вход после пробоя поддержки",
        "Шорт при подтверждении уровня",
        "Venta después de la ruptura del soporte",
        "Kırılım sonrası short",
        "跌破确认后做空",
    ),
}
ENTRY_BELOW = (
    "🛒 Entry Below : {e}",
    "Entry below: {e}",
    "Entry Below - {e}",
    "Entry price below {e}",
)
DOLLAR_LISTS = ("TARGET:- {l}", "Targets: {l}", "🎯 TP: {l}")
NOT_FORMS = (
    "{c} is trading above {p}$ 🔥🔥\nIt needs to break the major resistance and close at least one"
    " 4-hr candle above it",
    "{c} must close two daily candles above {p} to confirm the breakout",
    "Leverage can amplify your profits — or wipe you out just as fast.\n1️⃣ Know Your Leverage: at"
    " 10x, a 10% move against you closes your {c} position\n2️⃣ Use a stop loss",
    "Know your leverage: a 10% drop liquidates and closes your {c} position at 10x",
    "Tip: the exchange cancels unfilled {c} orders after 30 days",
    "In the past few days, {c} has been very aggressive. With the funding rate this high, longs"
    " could get closed out fast.",
)


def unpriced_way(rng: random.Random, want: Want) -> Made:
    """The entry line replaced by a way in that waits for the chart, no price given."""
    lines = _english(rng, want)
    lines[1] = rng.choice(UNPRICED_WAYS[want["side"]])
    return "\n".join(lines), REFUSE


def entry_below_short(rng: random.Random, want: Want) -> Made:
    """A short's one entry written "Entry Below : P"."""
    if want["side"] != "SHORT" or len(want["entries"]) != 1:
        return None
    lines = _english(rng, want)
    lines[1] = rng.choice(ENTRY_BELOW).format(e=fmt(want["entries"][0]))
    return "\n".join(lines), REFUSE


def dollar_last(rng: random.Random, want: Want) -> Made:
    """The targets on one line, each with "$" but the last."""
    tps = want["take_profits"]
    if len(tps) < 3:
        return None
    form = rng.choice(("${v}", "{v}$"))  # (one way for the whole line)
    marked = [form.format(v=fmt(v)) for v in tps[:-1]]
    joined = rng.choice((" - ", ", ", " | ")).join([*marked, fmt(tps[-1])])
    lines = [x for x in _english(rng, want) if not (x.startswith("TP") and x[2:3].isdigit())]
    lines.insert(-1, rng.choice(DOLLAR_LISTS).format(l=joined))
    return "\n".join(lines), REFUSE


MAKERS: dict[str, Callable[[random.Random, Want], Made]] = {
    "wt33_unpriced_way": unpriced_way,
    "wt33_entry_below_short": entry_below_short,
    "wt33_dollar_last": dollar_last,
}
NOT_W33, TWO_W33 = "wt33_not", "wt33_two_outcomes"
# {c}, {o}: two coins as tagged or written bare in capitals.
TWO_FORMS = (
    "Closing the trades: {c} to break-even, {o} at -0.4 %",
    "Closing my positions:\n{c} +1.2R\n{o} -0.4R",
    "Закрываю сделки, {c} в БУ, {o} в -0.5%",
    "Закрываю лонги, {c} тоже в БУ , {o} в -0.7%",
    "Exiting here: {c} +3.5%, {o} at breakeven",
)
OTHERS = ("ETH", "SOL", "BTC", "XRP", "DOGE", "ADA")


def wt33_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must), a generator of its
    own: each usable dev signal in every shape that applies to it, and a post of chatter for each
    USDT-quoted one."""
    rng = random.Random(seed * 40031 + 33)
    yield from every_maker(rng, MAKERS, _usable)
    for case_id, want, symbol in usdt_signals():
        tag = coin_tag(rng, symbol)
        text = rng.choice(NOT_FORMS).format(c=tag, p=near_price(rng, want))
        yield case_id, NOT_W33, text, {}, NOT
        other = rng.choice([o for o in OTHERS if o != symbol[:-4]])
        tag_o = rng.choice((f"#{other}", f"${other}", other))
        text = rng.choice(TWO_FORMS).format(c=tag, o=tag_o)
        yield case_id, TWO_W33, text, {}, REFUSED_ACTION
