"""What the Russian follow-up families of the mutation harness share (tests/parsers/mutations_ru19,
_ru20, _ru21, _ru22): a dev signal's coin as Russian channels tag it, the reading a follow-up's
kind must give, one follow-up form drawn for a dev signal with the numbers it is written with, and
the driver that gives each dev signal's coin one follow-up (tagged, or a coinless reply: the bot
applies a reply to the signal it answers) and one sentence not to act on.

What a follow-up must give comes from its form's kind and the dev signal's hand-checked coin
(judged as tests/parsers/mutations_followups.judge judges), never from the parser. Each family
keeps its own forms, names and random sequence; the driver draws them in the order each family
drew them before it was shared (every row of seeds 1 and 13 identical).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from parsers.symbols import STOPWORDS
from tests.parsers.mutation_post import Row, Want
from tests.parsers.mutations_followups import FOLLOW, NOT
from tests.parsers.variants import fmt

# A follow-up form: (kind, form), the kind read by expect_followup.
Form = tuple[str, str]
Expect = Callable[[str, str | None, int, int, float], Want]

ORDINAL = {1: "первый", 2: "второй", 3: "третий", 4: "четвёртый", 5: "пятый"}


def pair(symbol: str) -> str:
    """The symbol as a tagged pair ("#SOL/USDT")."""
    for quote in ("USDT", "USDC", "BTC", "USD"):
        if symbol.endswith(quote) and len(symbol) > len(quote):
            return f"#{symbol[: -len(quote)]}/{quote}"
    return f"#{symbol}"


def coin(rng: random.Random, symbol: str) -> str:
    """The coin as a channel names it: tagged, as a pair, or bare when it is a word no one
    writes in prose."""
    base = symbol[:-4] if symbol.endswith("USDT") and len(symbol) > 4 else symbol
    if not symbol.endswith("USDT"):
        return pair(symbol)
    tags = [f"#{base}", f"{base}/USDT", f"#{symbol}"]
    if 3 <= len(base) <= 6 and base.isalpha() and base not in STOPWORDS:
        tags.append(base)
    return rng.choice(tags)


def expect_followup(kind: str, symbol: str | None, n: int, share: int, level: float) -> Want:
    """The reading a follow-up of this kind must give (SOME: a part with no share said)."""
    want: Want = {"kind": kind, "symbol": symbol}
    if kind == "TP_HIT":
        want["tp_index"] = n
    elif kind == "BE":
        want.update(kind="MOVE_SL", to_entry=True)
    elif kind == "PRICE":
        want.update(kind="MOVE_SL", price=level)
    elif kind == "PART":
        want.update(kind="CLOSE_PARTIAL", fraction=share / 100)
    elif kind == "HALF":
        want.update(kind="CLOSE_PARTIAL", fraction=0.5)
    elif kind == "SOME":
        want.update(kind="CLOSE_PARTIAL", fraction=None)
    return want


@dataclass(frozen=True)
class Drawn:
    """A follow-up form drawn for a dev signal and what it is written with: {n} a target's
    number, {s} a share (%), {lvl} a price of the signal (its stop, else its first entry), {lvl2}
    its first target, and the coin."""

    kind: str
    form: str
    n: int
    share: int
    lvl: str
    lvl2: str
    coin: str


def draw(
    rng: random.Random, want: Want, forms: tuple[Form, ...], *, needs_target: bool = False
) -> Drawn:
    """One form for this signal: the first form instead when it writes a price the signal lacks
    (its stop or entry; with needs_target, its first target too)."""
    n = rng.randint(1, max(1, min(len(want["take_profits"]), 5)))
    share = rng.choice((25, 30, 50, 70))
    level = want["stop_loss"] or (want["entries"][0] if want["entries"] else None)
    target = want["take_profits"][0] if want["take_profits"] else None
    kind, form = rng.choice(forms)
    if (level is None or (needs_target and target is None)) and "{lvl" in form:
        kind, form = forms[0]
    lvl = fmt(level) if level is not None else "100"
    lvl2 = fmt(target) if target is not None else "110"
    return Drawn(kind, form, n, share, lvl, lvl2, coin(rng, want["symbol"]))


def followups(
    rng: random.Random,
    names: tuple[str, str],
    forms: tuple[Form, ...],
    not_forms: tuple[str, ...],
    *,
    feminine: Mapping[int, str] | None = None,
    gains: tuple[int, ...] = (),
    needs_target: bool = False,
    expect: Expect = expect_followup,
) -> Iterator[Row]:
    """Each dev signal's coin with one follow-up of forms, tagged or a coinless reply (then
    capitalised), and one sentence of not_forms: rows (case id, family, text, reading, must) of
    the families names (follow-ups, sentences). A form writes {c} the coin and a space, or
    nothing; {o}/{O} the target's ordinal, {of}/{Of} its feminine form (feminine), {g} a gain in
    percent drawn from gains; not_forms write {c} the coin, {lvl} and {s}."""
    from tests.parsers.variants import signal_cases

    follow, not_follow = names
    for case in signal_cases():
        want = case.expect["signal"]
        d = draw(rng, want, forms, needs_target=needs_target)
        tagged = rng.random() < 0.5
        words: dict[str, object] = {"c": f"{d.coin} " if tagged else "", "n": d.n, "s": d.share}
        words |= {"o": ORDINAL[d.n], "O": ORDINAL[d.n].capitalize(), "lvl": d.lvl, "lvl2": d.lvl2}
        if feminine is not None:
            words |= {"of": feminine[d.n], "Of": feminine[d.n].capitalize()}
        if gains:
            words["g"] = rng.choice(gains)
        text = d.form.format(**words)
        if not tagged:
            text = text[0].upper() + text[1:]
        reading = expect(d.kind, want["symbol"] if tagged else None, d.n, d.share, float(d.lvl))
        yield case.id, follow, text, reading, FOLLOW
        sentence = rng.choice(not_forms).format(c=d.coin, lvl=d.lvl, s=d.share)
        yield case.id, not_follow, sentence, {}, NOT
