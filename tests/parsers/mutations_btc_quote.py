"""Mutation families of session 18 (issue 13, branch i13-quote19): every dev signal written as a
2017-2019 altcoin channel posts a call on the coin's BTC pair, its levels in BTC (satoshi-sized:
the dev levels moved by a power of ten to below 0.001, digits kept exactly).

- ``btc_quote_named``: the BTC quote named in one of the forms channels use ("#XYZ/BTC",
  "XYZ (BTC pair)", "BTC-XYZ", "XYZ/₿", "Buy ... 0.00001234 BTC", "Exchange: Binance BTC
  market", ...): ``exact``, the reading being XYZBTC at those levels. Reading XYZUSDT (or the
  coin BTC) at those prices is a wrong trade: the order would go to another market at a price
  nobody posted for it.
- ``btc_quote_unnamed``: the same call naming no quote at all: ``refuse`` (CONVENTIONS.md: a post
  naming no quote whose levels are BTC-pair units is to refuse). A coin that trades below a tenth
  of a cent in dollars (PEPE, SHIB ...) is left out: such levels are its USDT prices.

What each must give comes from the dev case's hand-checked reading, never from the parser.
``python -m tests.parsers.mutations --family 'btc_quote_*'`` prints the figures and wrong trades.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from decimal import Decimal

from parsers.vocabulary import PRICE_FLOORS, SUB_MILLI_BASES
from tests.parsers.mutation_post import EXACT, REFUSE, Row, Want
from tests.parsers.variant_forms import fmt

# The BTC quote named: the line that names the coin ({b}) and its quote.
NAMED = (
    "#{b}/BTC",
    "{b}BTC",
    "#{b} (BTC pair)",
    "{b} BTC pair",
    "#{b} on BTC market",
    "{b}/₿",
    "#{b}/Bitcoin",
    "BTC-{b}",
    "(Bittrex) BTC-{b}",
    "#BTC_{b}",
    "{b}:BTC",
    "#{b} (BTC)",
    "#{b} | BTC",
    "Pair: {b}-BTC",
    "Coin: {b}/BTC",
)
# Looser words, that name the quote only beside satoshi-sized levels (never for SUB_MILLI_BASES).
LOOSE = (
    "#{b} BTC",
    "${b} 🆚 BTC",
    "Coin: #{b}\nMarket: BTC",
    "#{b}\nExchange: Binance BTC market",
    "#{b}\nQuote: BTC",
)
# The quote named nowhere.
UNNAMED = ("#{b}", "{b}", "${b}", "Coin: {b}", "#{b} 🔥", "💎 {b}")
SIDES = {"LONG": ("LONG", "Buy", "BUY", "Long 📈"), "SHORT": ("SHORT", "Short 📉")}
ENTRY = {
    "LONG": ("Buy zone", "Entry", "Buy", "Entry zone", "BUY", "Buy between", "Buy Price"),
    "SHORT": ("Entry", "Entry zone", "Sell zone", "Short entry"),
}
TARGETS = {
    "LONG": ("Targets", "Sell", "Take profit", "TP", "Sell targets"),
    "SHORT": ("Targets", "Take profit", "TP"),
}
STOP = ("Stop loss", "SL", "Stop", "StopLoss")
SEPARATORS = (": ", " - ", " : ", " ")


def _in_btc(want: Want) -> Want | None:
    """want moved to satoshi-sized levels (the digits kept, a power of ten lower) on the coin's
    BTC pair, with no leverage; None when the reading is not one to move."""
    symbol = want["symbol"]
    base = symbol[:-4] if symbol.endswith("USDT") else ""
    if not base.isalpha() or base in PRICE_FLOORS or not (want["entries"] and want["take_profits"]):
        return None
    levels = [*want["entries"], *want["take_profits"]]
    if want["stop_loss"] is not None:
        levels.append(want["stop_loss"])
    shift = 0
    while max(levels) * 10**-shift >= 0.0009:
        shift += 1

    def moved(v: float) -> float:
        # (Ten significant digits: "8.142994999999999" in a reading is 8.142995 posted.)
        return float(Decimal(f"{v:.10g}").scaleb(-shift))

    stop = want["stop_loss"]
    return {
        **want,
        "symbol": base + "BTC",
        "entries": [moved(v) for v in want["entries"]],
        "take_profits": [moved(v) for v in want["take_profits"]],
        "stop_loss": moved(stop) if stop is not None else None,
        "leverage": None,
    }


def _post(rng: random.Random, head: str, want: Want, unit: bool) -> str:
    """The call: head, the side, then the levels (each followed by " BTC" where unit)."""
    tail = " BTC" if unit else ""
    side = want["side"]
    word = rng.choice(SIDES[side])
    lines = [head, word] if "\n" in head or rng.random() < 0.5 else [f"{head} {word}"]
    joiner = rng.choice((" - ", " / ", ", "))
    entries = [fmt(v) + tail for v in want["entries"]]
    lines.append(rng.choice(ENTRY[side]) + rng.choice(SEPARATORS) + joiner.join(entries))
    label = rng.choice(TARGETS[side])
    if rng.random() < 0.5:
        lines.append(
            label
            + rng.choice(SEPARATORS)
            + joiner.join(fmt(v) + tail for v in want["take_profits"])
        )
    else:
        lines += [f"Target {i}: {fmt(v)}{tail}" for i, v in enumerate(want["take_profits"], 1)]
    if want["stop_loss"] is not None:
        lines.append(rng.choice(STOP) + rng.choice(SEPARATORS) + fmt(want["stop_loss"]) + tail)
    return "\n".join(lines)


def btc_quote_mutations(seed: int) -> Iterator[Row]:
    """Both families over every dev signal (see the module's docstring)."""
    from tests.parsers.variants import signal_cases

    rng = random.Random(seed * 86028121 + 19)
    for case in signal_cases():
        want = _in_btc(case.expect["signal"])
        if want is None:
            continue
        b = want["symbol"][:-3]
        loose = b not in SUB_MILLI_BASES
        roll = rng.random()
        if roll < 0.2:  # the unit after every level, the coin tagged alone
            head, unit = rng.choice(("#{b}", "${b}", "{b}")).format(b=b), True
        else:
            forms = NAMED + LOOSE if loose else NAMED
            head, unit = rng.choice(forms).format(b=b), False
        yield case.id, "btc_quote_named", _post(rng, head, want, unit), want, EXACT
        if loose:
            head = rng.choice(UNNAMED).format(b=b)
            yield case.id, "btc_quote_unnamed", _post(rng, head, want, False), want, REFUSE
