"""Mutation families of session 20 (issue 13, branch i13-wt21): the forms of the wrong trades the
lead counted in held out (in general terms only), each dev signal written in one of them.

- ``order_statement``: the order type on a line of its own ("Order: Buy Stop", "Order type:
  Stop Market", "Entry type: Stop"): ``exact``, read as a stop entry (the "stop" flag).
- ``entry_condition``: a condition after the entry's price with no way to enter read ("on a 1H
  close", "only after confirmation", "if price holds", "if it flips resistance"): ``refuse``.
- ``mixed_kinds``: a limit entry and a stop entry in one post ("Buy limit: 0.50 / Buy stop:
  0.55", "0.50 (limit) or 0.55 (breakout)"): ``refuse``.
- ``stop_order_label``: the stop written "Stop market 0.29" in a one-line post after the entry:
  ``safe`` (never read as a stop entry).
- ``modification``: the post changes an earlier call's entry or stop ("UPDATE: new entry",
  "Entry changed to", "SL updated to"): ``refuse``.
- ``target_count``: a count of the targets reached above the levels ("#ADA 2 targets of 4 ✅",
  "#ADA 2 цели из 4 ✅"), or alone: ``refuse``.
- ``target_note``: a number in a note beside a target ("TP2: 155 (near 156)"): ``safe``.
- ``market_coin``: bitcoin's move, then the call's coin ("BTC breakout → ADA LONG"): ``safe``
  (never a trade of BTC).
- ``btc_pair_note``: "(BTC pair)" beside a call whose levels are dollar prices: ``refuse``.
- ``support_no_entry``: the entry written as "Support: x", no entry label: ``refuse``.
- ``coin_typo``: a well-known coin with two letters swapped or its last letter doubled:
  ``refuse``.
- ``other_quote``: the pair quoted in a currency other than USDT ("ADA/TRY", "ADA-BNB"):
  ``refuse`` (never the USDT market).
- ``btc_pair_dollars``: "ADA/BTC" over dollar levels of a fifth of a bitcoin or more: ``refuse``.

Each dev signal is written in two of the families that apply to it (drawn per seed), so a seed
stays cheap in `make test`. What each must give comes from how the post was written and the dev
signal's hand-checked reading, never from the parser's output. ``python -m
tests.parsers.mutations --family wt21_mutations --seeds 1 20`` prints the figures.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from tests.parsers.mutation_post import REFUSE, SAFE, Made, Row, Want, build
from tests.parsers.mutations_wt20 import EXACT, _english, _usable
from tests.parsers.variant_forms import fmt

STATEMENTS = {
    "LONG": (
        *("Order: Buy Stop", "Order type: Stop Market", "Entry type: Stop", "Order Type: Buy-Stop"),
        *("Entry type: Breakout", "📈 BUY STOP", "(Buy Stop)", "Stop buy order"),
    ),
    "SHORT": (
        *(
            "Order: Sell Stop",
            "Order type: Stop Market",
            "Entry type: Stop",
            "Order Type: Sell-Stop",
        ),
        *("Entry type: Breakdown", "📉 SELL STOP", "(Sell Stop)", "Stop sell order"),
    ),
}
CONDITIONS = (
    *("on a 1H close", "after a daily close", "on 4H candle close", "on confirmation"),
    *("only after confirmation", "upon confirmation", "if price holds", "once confirmed"),
    *("if it flips resistance to support", "(break & close)", "(BO)", "if price closes above"),
    *("(confirmation needed)", "(stop)"),
)
CHANGES = (
    *("UPDATE: new entry {e}", "Entry changed to {e}", "⚠️ Updated entry: {e}", "SL updated to {s}"),
    *("New stop loss: {s}", "Correction: new entry {e}", "Stop changed to {s}", "Fixed SL: {s}"),
    *("Sorry, typo: entry is {e}", "Edit: stop {s}", "Исправление: стоп {s}", "Поправка: вход {e}"),
    "Please adjust your stop to {s}",
)
COUNTS = (
    "{coin} {k} targets of {n} ✅",
    "{coin} {k} цели из {n} ✅",
    "{coin} {k}/{n} targets done ✅",
)
NOTES = ("(near {x})", "(around {x})", "(~{x})", "(approx {x})")
MOVES = (
    "BTC breakout → {coin} {side}",
    "BTC pump -> {coin} {side}",
    "#BTC reclaimed 100k → {coin} {side}",
)
PAIR_NOTES = ("(BTC pair)", "(BTC market)", "Pair: BTC")
SUPPORTS = ("Support: {e}", "Key support: {e}", "Support zone: {e}")
# Well-known coins (the harness's own list, not the parser's): a typo of one names no market.
TYPO_COINS = frozenset(
    "BTC ETH SOL XRP ADA BNB DOT LTC DOGE LINK ATOM NEAR AVAX MATIC SUSHI AAVE ALGO SAND MANA"
    " GALA PEPE SHIB TRUMP ONDO".split()
)


def _base(want: Want) -> str:
    return str(want["symbol"]).removesuffix("USDT")


def _one_entry(want: Want) -> bool:
    return _usable(want) and len(want["entries"]) == 1 and want["symbol"].endswith("USDT")


def order_statement(rng: random.Random, want: Want) -> Made:
    if not _one_entry(want):
        return None
    post = build(rng, want)
    post.entry.insert(0, rng.choice(STATEMENTS[want["side"]]))
    return post.text(), EXACT


def entry_condition(rng: random.Random, want: Want) -> Made:
    if not _one_entry(want):
        return None
    line = f"Entry: {fmt(want['entries'][0])} {rng.choice(CONDITIONS)}"
    return "\n".join(_english(rng, want, [line])), REFUSE


def mixed_kinds(rng: random.Random, want: Want) -> Made:
    if not _one_entry(want):
        return None
    e, way = want["entries"][0], 1 if want["side"] == "LONG" else -1
    other = fmt(float(f"{e * (1 + way * 0.01):.5g}"))
    if other in {fmt(v) for v in (*want["take_profits"], want["stop_loss"], e)}:
        return None
    verb = "Buy" if want["side"] == "LONG" else "Sell"
    lines = rng.choice(
        (
            [f"{verb} limit: {fmt(e)}", f"{verb} stop: {other}"],
            [f"Entry: {fmt(e)} (limit) or {other} (breakout)"],
            [f"Entry 1: {fmt(e)} (limit)", f"Entry 2: {verb.lower()} stop {other}"],
        )
    )
    return "\n".join(_english(rng, want, lines)), REFUSE


def stop_order_label(rng: random.Random, want: Want) -> Made:
    if not _one_entry(want):
        return None
    tps = " ".join(fmt(v) for v in want["take_profits"])
    lev = f" Leverage {want['leverage']}x" if want["leverage"] is not None else ""
    head = f"#{want['symbol']} {want['side']}"
    stop = rng.choice(("Stop market", "Stop-market", "Stop limit"))
    text = (
        f"{head} Entry {fmt(want['entries'][0])} {stop} {fmt(want['stop_loss'])} Targets {tps}{lev}"
    )
    return text, SAFE


def modification(rng: random.Random, want: Want) -> Made:
    if not _usable(want):
        return None
    line = rng.choice(CHANGES).format(e=fmt(want["entries"][0]), s=fmt(want["stop_loss"]))
    post = build(rng, want)
    post.head.append(line)
    return post.text(), REFUSE


def target_count(rng: random.Random, want: Want) -> Made:
    n = len(want["take_profits"])
    if not _usable(want) or n < 2:
        return None
    coin = "#" + _base(want)
    line = rng.choice(COUNTS).format(coin=coin, k=rng.randint(1, n - 1), n=n)
    if rng.random() < 0.4:
        return line, REFUSE
    return "\n".join([line, *_english(rng, want)[1:]]), REFUSE


def target_note(rng: random.Random, want: Want) -> Made:
    if not _usable(want) or len(want["take_profits"]) < 2:
        return None
    lines = _english(rng, want)
    k = rng.randrange(len(want["take_profits"]))
    tp = want["take_profits"][k]
    x = fmt(float(f"{tp * 1.004:.5g}"))
    if x in {fmt(v) for v in (*want["take_profits"], *want["entries"], want["stop_loss"])}:
        return None
    at = next(i for i, line in enumerate(lines) if line.startswith(f"TP{k + 1}:"))
    lines[at] += " " + rng.choice(NOTES).format(x=x)
    return "\n".join(lines), SAFE


def market_coin(rng: random.Random, want: Want) -> Made:
    base = _base(want)
    if not _usable(want) or base.startswith("BTC") or not want["symbol"].endswith("USDT"):
        return None
    lines = _english(rng, want)
    lines[0] = rng.choice(MOVES).format(coin=base, side=want["side"])
    return "\n".join(lines), SAFE


def btc_pair_note(rng: random.Random, want: Want) -> Made:
    if not _usable(want) or not want["symbol"].endswith("USDT") or "BTC" in want["symbol"]:
        return None
    if min(want["entries"]) < 0.05:  # (satoshi-sized levels are the BTC pair's prices)
        return None
    lines = _english(rng, want)
    note = rng.choice(PAIR_NOTES)
    if note.startswith("Pair"):
        lines.insert(1, note)
    else:
        lines[0] = f"{lines[0]} {note}"
    return "\n".join(lines), REFUSE


def support_no_entry(rng: random.Random, want: Want) -> Made:
    if not _one_entry(want):
        return None
    line = rng.choice(SUPPORTS).format(e=fmt(want["entries"][0]))
    return "\n".join(_english(rng, want, [line])), REFUSE


def coin_typo(rng: random.Random, want: Want) -> Made:
    base = _base(want)
    if not _usable(want) or not want["symbol"].endswith("USDT") or not base.isalpha():
        return None
    if base not in TYPO_COINS:
        return None
    typos = [base + base[-1]]
    if len(base) >= 4:  # (three letters swapped can be another coin: "ETC", "SLO")
        typos += [base[:i] + base[i + 1] + base[i] + base[i + 2 :] for i in range(len(base) - 1)]
    typos = [t for t in typos if t != base and t not in TYPO_COINS]
    if not typos:
        return None
    lines = _english(rng, want)
    lines[0] = f"#{rng.choice(typos)} {want['side']}"
    return "\n".join(lines), REFUSE


OTHER_QUOTES = ("TRY", "BNB", "BRL", "DAI", "SOL", "GBP")


def other_quote(rng: random.Random, want: Want) -> Made:
    """The pair written with a quote other than USDT ("ADA/TRY"): never the USDT market."""
    base = _base(want)
    if not _usable(want) or not want["symbol"].endswith("USDT") or base in OTHER_QUOTES:
        return None
    lines = _english(rng, want)
    lines[0] = f"{base}{rng.choice(('/', '-', '/'))}{rng.choice(OTHER_QUOTES)} {want['side']}"
    return "\n".join(lines), REFUSE


def btc_pair_dollars(rng: random.Random, want: Want) -> Made:
    """A */BTC pair written beside dollar levels of a fifth of a bitcoin or more."""
    base = _base(want)
    if not _usable(want) or not want["symbol"].endswith("USDT") or "BTC" in base:
        return None
    if max(want["entries"]) < 0.2:
        return None
    lines = _english(rng, want)
    lines[0] = f"{rng.choice(('#', '$', ''))}{base}/BTC {want['side']}"
    return "\n".join(lines), REFUSE


MAKERS: dict[str, Callable[[random.Random, Want], Made]] = {
    "order_statement": order_statement,
    "entry_condition": entry_condition,
    "mixed_kinds": mixed_kinds,
    "stop_order_label": stop_order_label,
    "modification": modification,
    "target_count_report": target_count,
    "target_note": target_note,
    "market_coin": market_coin,
    "btc_pair_note": btc_pair_note,
    "support_no_entry": support_no_entry,
    "coin_typo": coin_typo,
    "other_quote": other_quote,
    "btc_pair_dollars": btc_pair_dollars,
}
# A family tried for every signal (none now: each is drawn with the others).
_RARE: tuple[str, ...] = ()


def wt21_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must), a generator of its
    own; each dev signal in two of the families that apply to it, and in the rare ones."""
    from tests.parsers.variants import signal_cases

    rng = random.Random(seed * 7919 + 21)
    common = [n for n in MAKERS if n not in _RARE]
    for case in signal_cases():
        want = case.expect["signal"]
        for name in [*rng.sample(common, 2), *_RARE]:
            made = MAKERS[name](rng, want)
            if made is not None:
                yield case.id, name, made[0], want, made[1]
