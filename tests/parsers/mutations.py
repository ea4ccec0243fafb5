"""Adversarial mutations of the dev corpus's signals: posts built to be misread.

tests/parsers/variants.py writes each dev signal the ways other channels write it; this module
writes it the ways that tempt a parser into a *wrong trade*: a field label dropped, a stray number
beside the levels, two signals in one post, target numbering glued to the prices, thousands
separators of several conventions, prose full of numbers (percentages, dates, times, R:R, volume,
leverage ranges), a stop given only in prose, an entry given as "above/below X", a status post or
a recap quoting the original signal; and (tests/parsers/mutations_lexicon.py) the signal in the
trading words of another language, or its targets under a take-profit phrase no lexicon holds;
and (tests/parsers/mutations_followups.py) a follow-up for the signal's coin in a form signal
tools and channels post, or a post with a follow-up's words that must not act.

Each mutation carries what it must give, derived from the dev signal's hand-checked reading,
never from the parser's output:

- ``exact``: the post still says exactly the dev reading. A tradable reading must be that reading;
  a refusal is a miss, not a wrong trade.
- ``safe``: read exactly or refused, both right (a label nobody could know: "Zorblat: 0.56");
  only a tradable reading with other numbers is a wrong trade.
- ``refuse``: a person could not be sure what to trade (a number no label claims, two signals), or
  the post is no new signal (a status post, a recap). Any tradable reading is a wrong trade.

Seeded and deterministic. Run ``python -m tests.parsers.mutations`` for the figures and the
first wrong trades.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from parsers import EnhancedParser
from tests.parsers import mutations_followups, mutations_world_followups
from tests.parsers.corpus_score import ACTIONABLE_UPDATES, signal_differences
from tests.parsers.mutations_channels import channel_mutations
from tests.parsers.mutations_languages import language_mutations
from tests.parsers.mutations_layouts import layout_mutations
from tests.parsers.mutations_lexicon import signal_mutations
from tests.parsers.mutations_notes import NO_ACTION, prose_notes, story_action
from tests.parsers.mutations_numbers import number_mutations
from tests.parsers.mutations_prose import prose_level, status_heading
from tests.parsers.variants import (
    LONG_WORDS,
    SHORT_WORDS,
    _entry_block,
    _leverage,
    _stop_block,
    _symbol_forms,
    _target_block,
    fmt,
    signal_cases,
)

SEED = 13
EXACT, REFUSE = "exact", "refuse"
# The post says the dev reading, but with a label no lexicon holds: read exactly or refused are
# both right; only a tradable reading with other numbers is wrong.
SAFE = "safe"
RIGHT, MISSED, WRONG = "right", "missed", "wrong_trade"

Want = dict[str, Any]


@dataclass(frozen=True)
class Mutation:
    """One adversarial post, the dev reading it comes from, and what it must give."""

    case_id: str
    family: str
    text: str
    want: Want  # the dev reading (symbol, side, entries, take_profits, stop_loss, leverage)
    must: str  # EXACT or REFUSE


# ------------------------------------------------------------------ a post in blocks


@dataclass
class Post:
    """A signal written as blocks of lines, so that one block can be mutated."""

    head: list[str]
    entry: list[str]
    tp: list[str]
    sl: list[str]
    lev: list[str]

    def text(self, order: tuple[str, ...] = ("head", "entry", "lev", "tp", "sl")) -> str:
        return "\n".join(line for name in order for line in getattr(self, name))


def build(rng: random.Random, want: Want) -> Post:
    """The dev reading written in plain blocks (forms drawn from the variants' tables)."""
    side = want["side"]
    sym = rng.choice(_symbol_forms(want["symbol"]))
    word = rng.choice(LONG_WORDS if side == "LONG" else SHORT_WORDS)
    return Post(
        head=[f"{sym} {word}"],
        entry=_entry_block(rng, want["entries"], side),
        tp=_target_block(rng, want["take_profits"], side),
        sl=_stop_block(rng, want["stop_loss"]),
        lev=[_leverage(rng, want["leverage"])] if want["leverage"] is not None else [],
    )


def _levels(want: Want) -> list[float]:
    stop = [want["stop_loss"]] if want["stop_loss"] is not None else []
    return [*want["entries"], *want["take_profits"], *stop]


def _near_price(rng: random.Random, want: Want) -> str:
    """A number that could be a price of this coin, and is none of its levels."""
    levels = _levels(want)
    mid = sorted(levels)[len(levels) // 2]
    for _ in range(20):
        value = float(f"{mid * rng.uniform(0.85, 1.15):.4g}")
        if value not in levels and fmt(value) not in {fmt(v) for v in levels}:
            return fmt(value)
    return fmt(mid * 1.07)


# ------------------------------------------------------------------ mutations of the blocks
# Each returns (text, must) or None when it does not apply to this reading.

Made = tuple[str, str] | None


def drop_stop_label(rng: random.Random, want: Want) -> Made:
    """ "SL: 0.45" written "0.45": a number nobody can place; traded without it is a guess."""
    if want["stop_loss"] is None or not want["take_profits"]:
        return None
    post = build(rng, want)
    post.sl = [rng.choice(("", "🔻 ", "👉 ", "- ")) + fmt(want["stop_loss"])]
    return post.text(), REFUSE


def drop_target_label(rng: random.Random, want: Want) -> Made:
    """The targets as a bare line after the entry: no label says they are targets."""
    if len(want["take_profits"]) < 2 or not want["entries"]:
        return None
    post = build(rng, want)
    post.tp = [rng.choice((" ", " - ", ", ", " / ")).join(fmt(v) for v in want["take_profits"])]
    return post.text(), REFUSE


def drop_entry_label(rng: random.Random, want: Want) -> Made:
    """The entry prices without their label: right under the coin and side ("WLDUSDT LONG" then
    "2.31 - 2.35", a format channels use: read exactly), or after the stop (nobody can place
    them there)."""
    if not want["entries"] or want["stop_loss"] is None:
        return None
    post = build(rng, want)
    prices = rng.choice((" - ", " / ", " ")).join(fmt(v) for v in want["entries"])
    if rng.random() < 0.5:
        post.entry = [prices]
        return post.text(("head", "entry", "lev", "tp", "sl")), EXACT
    post.entry = []
    return post.text(("head", "lev", "tp", "sl")) + "\n" + prices, REFUSE


def stray_number(rng: random.Random, want: Want) -> Made:
    """A price-like number no label claims: beside the stop, on a line of its own after the
    entry or the leverage line, or after the stop. (Not under a list: a bare number there
    continues the targets, or the entries under their heading, as channels write them.)"""
    post = build(rng, want)
    stray = rng.choice(("", "👉 ", "➡️ ")) + _near_price(rng, want)
    roll = rng.random()
    if want["stop_loss"] is not None and roll < 0.35:
        post.sl[-1] += rng.choice((" / ", " or ", " ")) + stray.lstrip("👉➡️ ")
    elif roll < 0.7 and post.lev:
        post.lev.append(stray)
    elif len(post.entry) == 1 and ":" in post.entry[0] and post.tp[:1] != post.tp[-1:]:
        post.entry.append(stray)
    elif want["stop_loss"] is not None:
        post.sl.append(stray)
    else:
        return None
    return post.text(), REFUSE


def two_signals(rng: random.Random, want: Want, other: Want) -> Made:
    """This signal and another coin's in one post: one signal per post can be traded."""
    if other["symbol"][:3] == want["symbol"][:3]:
        return None
    first, second = build(rng, want).text(), build(rng, other).text()
    return first + rng.choice(("\n\n", "\n\n➖➖➖➖\n\n", "\n")) + second, REFUSE


_GLUED: tuple[Callable[[int, str], str], ...] = (
    lambda n, p: f"TP{n}{p}",
    lambda n, p: f"Target {n} {p}",
    lambda n, p: f"{n}){p}",
    lambda n, p: f"T{n} {p}",
    lambda n, p: f"TP {n} {p}",
    lambda n, p: f"{n}.{p}" if "." in p else f"{n}. {p}",  # "1.0.512": the point is the index's
)


def glued_numbering(rng: random.Random, want: Want) -> Made:
    """ "TP10.56", "Target 1 24.0", "1)0.512": the index run into or beside the price."""
    if len(want["take_profits"]) < 2:
        return None
    post = build(rng, want)
    k = rng.randrange(len(_GLUED))
    post.tp = [_GLUED[k](i, fmt(v)) for i, v in enumerate(want["take_profits"], 1)]
    if k >= 2 or rng.random() < 0.5:  # "1)", "1." are no labels: a heading names the list
        post.tp.insert(0, rng.choice(("Targets:", "Take-Profit Targets:", "TP:")))
    return post.text(), EXACT


def _grouped(value: float, sep: str, dec: str) -> str:
    whole, _, decimals = fmt(value).partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    head = sep.join([whole, *groups])
    return head + (dec + decimals if decimals else "")


_CONVENTIONS = ((",", "."), (".", ","), (" ", "."), (" ", ","), ("'", "."), ("\u202f", ","))


def thousands(rng: random.Random, want: Want) -> Made:
    """Levels of 1000 or more grouped the ways countries write them: 64,000 / 64.000,5 ..."""
    if not any(v >= 1000 for v in _levels(want)):
        return None
    sep, dec = rng.choice(_CONVENTIONS)
    if sep == "." and want["symbol"][:3] not in ("BTC", "ETH"):
        # "35.145" is 35145 or 35.145: only a coin whose price range is known tells (the
        # parser's table of price floors); elsewhere the post is as ambiguous to a person.
        sep, dec = ",", "."
    post = build(rng, want)
    text = post.text()
    for v in sorted(set(_levels(want)), key=lambda v: -len(fmt(v))):
        if v >= 1000:
            text = text.replace(fmt(v), _grouped(v, sep, dec))
            if float(v).is_integer():  # (the variants write "64,000" for whole prices)
                text = text.replace(f"{int(v):,}", _grouped(v, sep, dec))
    return text, EXACT


PROSE = (
    "Risk 2% of your portfolio on this one",
    "Posted 12.05.2024 14:30 UTC",
    "R:R 1:3.5",
    "24h volume: 1.2M",
    "RSI 28 on the 4H, MACD crossing up",
    "Market cap $350M, up 12% this week",
    "Trade 2 of 5 this week",
    "Funding rate 0.01% every 8h",
    "Win rate last 30 days: 87%",
    "Hold 3-5 days",
    "Use 1-2% of capital per trade",
    "Volume: 3%",
    "Timeframe: 1H / 4H",
    "Signal #4821",
    "Valid until 18:00 UTC on 2024-05-12",
    "3 touches of the 200 EMA on the 1D chart",
    "Open interest +14% in 24h, funding 0.012%",
    "Top 10 coin by volume, rank #7",
    "Entry valid till 18:00, chart on 15m",
    "Support 3 days old, retested twice",
)


def prose_numbers(rng: random.Random, want: Want) -> Made:
    """Notes full of numbers that are no price, before, among and after the levels."""
    post = build(rng, want)
    notes = rng.sample(PROSE, 3)
    post.head.append(notes[0])
    post.tp.append(notes[1]) if post.tp else post.entry.append(notes[1])
    text = post.text() + "\n\n" + notes[2]
    if want["leverage"] is None:
        return text, EXACT
    return text + f"\nLeverage range {want['leverage']}-{want['leverage'] * 2}x", EXACT


def prose_stop(rng: random.Random, want: Want) -> Made:
    """The stop only in prose: "stop if 4h candle closes below 0.45"."""
    if want["stop_loss"] is None:
        return None
    beyond = "below" if want["side"] == "LONG" else "above"
    p = fmt(want["stop_loss"])
    post = build(rng, want)
    post.sl = [
        rng.choice(
            (
                f"Stop if 4h candle closes {beyond} {p}",
                f"SL: daily close {'under' if beyond == 'below' else 'over'} {p}",
                f"Close {beyond} {p} (4H candle)",
                f"Stop loss: 4H close {beyond} {p}",
                f"Invalidation: daily close {beyond} {p}",
            )
        )
    ]
    return post.text(), EXACT


def _flags(m: Mutation) -> dict[str, str]:
    """An entry_beyond post's trigger, as the corpus labels flag it (corpus_score.entry_trigger):
    "above" said, or a short's "below" (a stop entry); a long's "below" rests like a limit."""
    if m.family != "entry_beyond":
        return {}
    if " above " in m.text:
        return {"entry_order": "above"}
    return {"entry_order": "stop"} if m.want["side"] == "SHORT" else {}


def entry_beyond(rng: random.Random, want: Want) -> Made:
    """ "Buy above 0.53", "Enter below 0.51": one entry given as a trigger."""
    if len(want["entries"]) != 1:
        return None
    p = fmt(want["entries"][0])
    word = rng.choice(("above", "below"))
    side = "Buy" if want["side"] == "LONG" else "Sell"
    post = build(rng, want)
    post.entry = [rng.choice((f"Enter {word} {p}", f"{side} {word} {p}", f"Entry {word} {p}"))]
    return post.text(), EXACT


def level_reported(rng: random.Random, want: Want) -> Made:
    """The signal posted again with its entries ticked off as filled, or its stop as hit: a
    report on the trade, never a new one."""
    if not want["entries"] or want["stop_loss"] is None:
        return None
    post = build(rng, want)
    if rng.random() < 0.5:
        post.entry = [
            rng.choice(("Entry: ", "Entry zone: ", "Buy: "))
            + " - ".join(fmt(v) for v in want["entries"])
            + rng.choice((" ✅ (filled)", " filled ✅", " - entered", " ✅ activated"))
        ]
    else:
        post.sl = [f"SL: {fmt(want['stop_loss'])} " + rng.choice(("hit ❌", "triggered", "hit"))]
    return post.text(), REFUSE


CLOSE_FORMS = (
    "Close {sym} {side} at {p}",
    "Closing our {sym} {side} here at {p} 💰",
    "Exit {sym} {side} at {p} now",
    "Close #{base} {side} at {p} for profit",
    "closed my {sym} {side} at {p}, next one soon",
    "Cut the {base} {side} at {p}",
)


def close_instruction(rng: random.Random, want: Want) -> Made:
    """A follow-up closing the position, naming the coin, its side and a price ("Close BTC long
    at 65400"): the side word names the position to close, never a new one to open."""
    levels = [*want["take_profits"], *want["entries"]]
    if not levels:
        return None
    side = rng.choice(("long", "LONG", "Long") if want["side"] == "LONG" else ("short", "SHORT"))
    sym = rng.choice(_symbol_forms(want["symbol"]))
    base = want["symbol"].removesuffix("USDT") or want["symbol"]
    text = rng.choice(CLOSE_FORMS).format(sym=sym, base=base, side=side, p=fmt(rng.choice(levels)))
    return text, REFUSE


ANALYSIS_HEADINGS = (
    "Reasons for {buying}:",
    "Reasons to {buy}:",
    "Key Technical Features:",
    "Technical Analysis:",
    "Why this setup works:",
)


def analysis_section(rng: random.Random, want: Want) -> Made:
    """The levels, then a section of analysis under its heading, full of prices of this coin that
    are no level ("- Price held support at 0.512 (MA50) and 0.498", "RSI(14)=65"): the levels
    are the signal."""
    if want["stop_loss"] is None or not want["take_profits"]:
        return None
    long = want["side"] == "LONG"
    heading = rng.choice(ANALYSIS_HEADINGS).format(
        buying="buying" if long else "selling", buy="buy" if long else "sell"
    )
    a, b = _near_price(rng, want), _near_price(rng, want)
    lines = (
        f"1. Support validity:\n- Price held support at {a} (MA(50)) and {b}",
        f"- Neckline at {b}, breakout above it opens {a}+",
        "- RSI(14)=65 (neutral), MACD golden cross",
        f"- After breaking {a}, move stop loss up to {b}",
    )
    post = build(rng, want)
    return post.text() + "\n" + heading + "\n" + "\n".join(lines), EXACT


PROSE_TARGET_SENTENCES = (
    "If momentum holds, we could see the price extend toward {} over the coming weeks.",
    "Should the structure stay intact, the next leg could reach {} before any real pullback.",
)
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth")


def prose_target(rng: random.Random, want: Want) -> Made:
    """A sentence under the levels naming a numbered target with a price ("... toward TP4 at
    0.62 over the coming weeks"): the target read for that number said again leaves the reading
    exact; a number beyond the next one, or another price for a target read, is refused, never
    dropped silently nor guessed into the list (parsers/prose_levels.py)."""
    tps, entries = want["take_profits"], want["entries"]
    if not tps or not entries or len(tps) + 2 > len(_ORDINAL_WORDS):
        return None
    form = rng.choice(("said again", "beyond", "other price"))
    if form == "beyond":
        k, last = len(tps) + 2, tps[-1]
        # (The step from the last target *other* than the last: a post repeating its last target,
        # "TP3: 0.2405 / TP4: 0.2405", would give the last again, a target said again.)
        before = next((v for v in reversed(tps) if v != last), entries[0])
        price = float(f"{last + (last - before):.6g}")
        if price <= 0:
            return None
    else:
        k = rng.randint(1, len(tps))
        price = tps[k - 1]
        if form == "other price":
            price = float(f"{price * rng.choice((0.993, 1.007, 1.013)):.4g}")
            if price in _levels(want):
                return None
    p = fmt(price)
    named = rng.choice(
        (f"TP{k} at {p}", f"Target {k} ({p})", f"the {_ORDINAL_WORDS[k - 1]} target at {p}")
    )
    post = build(rng, want)
    sentence = rng.choice(PROSE_TARGET_SENTENCES).format(named)
    return post.text() + "\n" + sentence, EXACT if form == "said again" else REFUSE


# ------------------------------------------------------------------ edits of the real post


STATUS_BEFORE = (
    "TP1 hit ✅",
    "✅ Target 2 reached +35% profit",
    "Update: all targets achieved 🎯",
    "Stop loss hit ❌",
    "Entry filled ✅",
    "Closed in profit 💰",
    "Signal update: TP2 done ✅",
    "Profit booked on this one 💰",
    "Congrats to everyone who followed 🎉 all 5 targets done",
    "Signal result: +85%",
    "Another winner 🏆",
    "This signal is now closed",
    "Full target achieved ✅✅",
)
STATUS_AFTER = (
    *("✅ Target 1 reached", "TP2 hit ✅ +48%", "❌ Stopped out", "Closed at breakeven"),
    *("This one went perfectly ✅", "Closed +45%", "Result: SL hit", "Status: completed ✅"),
    "Entry got filled, waiting for targets",
)
RECAP = (
    ("Weekly recap 📊\n\n", "\n\nResult: +120% ✅"),
    ("Reminder: this signal is still open\n\n", ""),
    ("Our last call 👇\n\n", "\n\nAll targets hit ✅"),
    ("Recap of yesterday's signal:\n", "\n+64% in 9 hours 🔥"),
    ("Yesterday's call 👇\n", ""),
    ("Throwback to this signal\n", ""),
    ("Breakout confirmed! Our signal from Monday:\n", ""),
    ("Previously shared:\n", "\n\nCalled it 🎯"),
)


def status_quote(rng: random.Random, text: str) -> str:
    """A follow-up that reports on the signal and quotes it."""
    if rng.random() < 0.6:
        return rng.choice(STATUS_BEFORE) + "\n\n" + text
    return text + "\n\n" + rng.choice(STATUS_AFTER)


def recap_quote(rng: random.Random, text: str) -> str:
    """The signal inside a recap of past calls."""
    before, after = rng.choice(RECAP)
    return before + text + after


# ------------------------------------------------------------------ unseen-channel forms (rules9)

# Notes a channel writes after a level that hold digits and are no price: a ratio (two-digit
# ones look like times), a distance in pips, a multiple of the risk, a share to close.
LEVEL_NOTES = (
    *(" (1:3)", " (1:1.5)", " (R:R 1:10)", " R:R 1:12", " (RR 1:15)", " (70 pips)", " (+120 pips)"),
    *(" (2R)", " (+12%)", " - 25%", " (close 30%)", " (1/2)"),
)


def level_notes(rng: random.Random, want: Want) -> Made:
    """ "TP1: 0.56 (1:3)", "TP2: 0.60 (R:R 1:10)", "SL: 0.45 (-30 pips)": notes after the levels,
    one per target line; the reading is unchanged."""
    if not want["take_profits"] or len(want["take_profits"]) > 12:
        return None
    post = build(rng, want)
    post.tp = [
        f"TP{i}: {fmt(v)}{rng.choice(LEVEL_NOTES)}" for i, v in enumerate(want["take_profits"], 1)
    ]
    if want["stop_loss"] is not None and rng.random() < 0.5:
        post.sl = [f"SL: {fmt(want['stop_loss'])} (-{rng.randrange(20, 90)} pips)"]
    return post.text(), EXACT


def paren_zone(rng: random.Random, want: Want) -> Made:
    """ "Entry (0.965 - 1)", "Entry: [0.51 - 0.53]": the zone in brackets; its last price is no
    list index ("1)")."""
    if len(want["entries"]) != 2:
        return None
    post = build(rng, want)
    a, b = (fmt(v) for v in want["entries"])
    opening, closing = rng.choice((("(", ")"), ("[", "]"), ("( ", " )")))
    label = rng.choice(
        ("Entry", "Entry zone", "Buy zone" if want["side"] == "LONG" else "Sell zone")
    )
    post.entry = [
        f"{label}{rng.choice((' ', ': '))}{opening}{a}{rng.choice((' - ', '-', ' – '))}{b}{closing}"
    ]
    return post.text(), EXACT


# Words no lexicon holds, in several scripts, and emoji a channel might use as a label.
UNKNOWN_LABELS = (
    *("Zorblat", "Plan", "Level", "Zone", "Price", "Niveau", "Qiymət", "Livello", "Úroveň"),
    *("Poziom", "Precio", "Bereich", "Zona", "Setup", "Orders", "Idea", "Cue", "Point", "Flag"),
    *("🅴", "➤"),
)


def unknown_label(rng: random.Random, want: Want) -> Made:
    """One level block under a label nobody could know ("Zorblat: 0.56 - 0.60"), in a post of
    lines or a one-line post with "|" between its fields: read exactly or refused, never traded
    with the block's numbers in another field (or left out)."""
    post = build(rng, want)
    blocks = [b for b in ("entry", "tp", "sl") if getattr(post, b)]
    if not want["entries"]:
        blocks = [b for b in blocks if b != "entry"]
    if not blocks:
        return None
    block = rng.choice(blocks)
    values = {"entry": want["entries"], "tp": want["take_profits"], "sl": [want["stop_loss"]]}
    sep = rng.choice((": ", " - ", " = ", " ", " @ ", ":"))
    joined = rng.choice((" - ", ", ", " / ", " ")).join(fmt(v) for v in values[block])
    setattr(post, block, [rng.choice(UNKNOWN_LABELS) + sep + joined])
    layout = rng.choice(("\n", " | ", " / "))
    order = ("head", "entry", "lev", "tp", "sl")
    return layout.join(line for name in order for line in getattr(post, name)), SAFE


BUILT_UNSEEN: dict[str, Callable[[random.Random, Want], Made]] = {
    "level_notes": level_notes,
    "paren_zone": paren_zone,
    "unknown_label": unknown_label,
}

BUILT: dict[str, Callable[[random.Random, Want], Made]] = {
    "drop_entry_label": drop_entry_label,
    "drop_stop_label": drop_stop_label,
    "drop_target_label": drop_target_label,
    "stray_number": stray_number,
    "glued_numbering": glued_numbering,
    "thousands": thousands,
    "prose_numbers": prose_numbers,
    "prose_stop": prose_stop,
    "entry_beyond": entry_beyond,
    "level_reported": level_reported,
    "close_instruction": close_instruction,
    "analysis_section": analysis_section,
}
EDITED: dict[str, Callable[[random.Random, str], str]] = {
    "status_quote": status_quote,
    "recap_quote": recap_quote,
}


def mutations(seed: int = SEED) -> list[Mutation]:
    """Every mutation of every dev signal, in a fixed order for a given seed."""
    rng = random.Random(seed)
    cases = signal_cases()
    out: list[Mutation] = []
    for i, case in enumerate(cases):
        want = case.expect["signal"]
        for name, make in BUILT.items():
            made = make(rng, want)
            if made is not None:
                out.append(Mutation(case.id, name, made[0], want, made[1]))
        other = cases[(i * 7 + 3) % len(cases)]
        made = two_signals(rng, want, other.expect["signal"])
        if made is not None:
            out.append(Mutation(case.id, "two_signals", made[0], want, made[1]))
            joined = case.text + "\n\n" + other.text
            out.append(Mutation(case.id, "two_real_posts", joined, want, REFUSE))
        for name, edit in EDITED.items():
            out.append(Mutation(case.id, name, edit(rng, case.text), want, REFUSE))
    # (A generator of their own, so that the families above draw as they did before these.)
    rng = random.Random(seed * 7919 + 1)
    for case in cases:
        want = case.expect["signal"]
        for name, make in BUILT_UNSEEN.items():
            made = make(rng, want)
            if made is not None:
                out.append(Mutation(case.id, name, made[0], want, made[1]))
    rng = random.Random(seed * 104729 + 2)  # (session 12's family: its own generator too)
    for case in cases:
        made = prose_target(rng, case.expect["signal"])
        if made is not None:
            out.append(Mutation(case.id, "prose_target", made[0], case.expect["signal"], made[1]))
    rng = random.Random(
        seed * 1299709 + 3
    )  # (session 11's families, tests/parsers/mutations_prose)
    for case in cases:
        want = case.expect["signal"]
        made = prose_level(rng, want, build, _levels(want))
        if made is not None:
            out.append(Mutation(case.id, "prose_level", made[0], want, made[1]))
        out.append(
            Mutation(case.id, "status_heading", status_heading(rng, case.text), want, REFUSE)
        )
    # (Session 12's lexicon families, tests/parsers/mutations_lexicon: a generator of their own.)
    for case_id, family, text, want, must in signal_mutations(seed):
        out.append(Mutation(case_id, family, text, want, must))
    # (Session 13's follow-up families, tests/parsers/mutations_followups: a generator of their
    # own; judged as follow-ups, a wrong action counted as wrong.)
    for case_id, family, text, want, must in mutations_followups.followups(seed):
        out.append(Mutation(case_id, family, text, want, must))
    # (Branch i13-ru14's Russian follow-ups: a generator of their own.)
    for case_id, family, text, want, must in mutations_followups.russian_followups(seed):
        out.append(Mutation(case_id, family, text, want, must))
    # (Branch i13-updates15's short replies in many languages: a generator of their own.)
    for case_id, family, text, want, must in mutations_world_followups.world_followups(seed):
        out.append(Mutation(case_id, family, text, want, must))
    # (Session 13's families, tests/parsers/mutations_notes: a generator of their own.)
    rng = random.Random(seed * 15485863 + 4)
    coins = sorted({_base_of(c.expect["signal"]["symbol"]) for c in cases})
    for case in cases:
        want = case.expect["signal"]
        made = prose_notes(rng, want, build, _levels(want))
        if made is not None:
            out.append(Mutation(case.id, "prose_notes", made[0], want, made[1]))
        made = story_action(rng, want, coins, _levels(want))
        if made is not None:
            out.append(Mutation(case.id, "story_action", made[0], want, made[1]))
    # (Session 14's number families, tests/parsers/mutations_numbers: a generator of their own.)
    out.extend(Mutation(*row) for row in number_mutations(seed))
    # (Session 16's documented layouts, tests/parsers/mutations_layouts: a generator of its own.)
    out.extend(Mutation(*row) for row in layout_mutations(seed))
    out.extend(Mutation(*row) for row in language_mutations(seed))
    # (Session 17's unseen-channel families, tests/parsers/mutations_channels: its own generator.)
    out.extend(Mutation(*row) for row in channel_mutations(seed))
    return out


def _base_of(symbol: str) -> str:
    return symbol.removesuffix("USDT") or symbol


def judge(parser: EnhancedParser, m: Mutation) -> tuple[str, str]:
    """right (exact when it must be exact, refused when it must be refused), missed (refused
    when it must be exact) or wrong_trade, and why."""
    if m.must in (mutations_followups.FOLLOW, mutations_followups.NOT):
        return mutations_followups.judge(parser, m.text, m.want, m.must)
    sig = parser.parse_sync(m.text)
    if m.must == NO_ACTION:
        # (A story, a lesson, a report: no trade, and no follow-up that acts.)
        if sig is not None and sig.is_valid():
            return WRONG, f"read as a tradable {sig.side} {sig.symbol}"
        update = parser.parse_update_sync(m.text)
        if update is not None and update.kind.value in ACTIONABLE_UPDATES:
            return WRONG, f"read as {update.kind.value} {update.symbol}"
        return RIGHT, ""
    if sig is None or not sig.is_valid():
        return (RIGHT if m.must in (REFUSE, SAFE) else MISSED), ""
    if m.must == REFUSE:
        return WRONG, f"read as a tradable {sig.side} {sig.symbol} {sig.entries} {sig.stop_loss}"
    diffs = signal_differences(sig, {"signal": m.want, "flags": _flags(m)})
    return (WRONG, "; ".join(diffs)) if diffs else (RIGHT, "")


@dataclass
class Figures:
    """Verdicts per family, and every wrong trade."""

    by_family: dict[str, Counter[str]]
    wrong: list[tuple[Mutation, str]]

    @property
    def total(self) -> Counter[str]:
        out: Counter[str] = Counter()
        for c in self.by_family.values():
            out.update(c)
        return out


def measure(seed: int = SEED) -> Figures:
    """Read every mutation with the rule parser and tally the verdicts."""
    parser = EnhancedParser(enable_ai=False)
    figures = Figures({}, [])
    for m in mutations(seed):
        verdict, detail = judge(parser, m)
        figures.by_family.setdefault(m.family, Counter())[verdict] += 1
        if verdict == WRONG:
            figures.wrong.append((m, detail))
    return figures


def main(argv: list[str]) -> None:
    seed = int(argv[1]) if len(argv) > 1 else SEED
    show = int(argv[2]) if len(argv) > 2 else 10
    only = argv[3] if len(argv) > 3 else None
    f = measure(seed)
    print(f"mutations {sum(f.total.values())}: {dict(f.total)}")
    for family, c in sorted(f.by_family.items()):
        print(f"  {family:20} {dict(c)}")
    shown = [(m, d) for m, d in f.wrong if only is None or m.family == only]
    for m, detail in shown[:show]:
        print(f"--- WRONG {m.case_id} {m.family} ({m.must}): {detail}\n{m.text}")


if __name__ == "__main__":
    main(sys.argv)
