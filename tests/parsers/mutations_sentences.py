"""Mutation families of the harness (tests/parsers/mutations.py) that write sentences around the
levels: prose full of numbers (percentages, dates, times, R:R, volume, leverage ranges), a stop
given only in prose, an entry given as "above/below X", levels reported filled or hit, a close
naming the coin and its side, a section of analysis under the levels, a sentence naming a
numbered target. Each maker gives (text, must) or None when it does not apply to the reading
(tests/parsers/mutation_post.py).
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from tests.parsers.mutation_post import (
    EXACT,
    REFUSE,
    Made,
    Mutation,
    Row,
    Want,
    build,
    levels_of,
    near_price,
)
from tests.parsers.variant_forms import _symbol_forms, fmt
from tests.parsers.variants import signal_cases

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
    if m.family in ("entry_cross", "order_statement"):
        return {"entry_order": "stop"}  # (tests/parsers/mutations_wt20.py, _wt21: the side's way)
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
    a, b = near_price(rng, want), near_price(rng, want)
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
            if price in levels_of(want):
                return None
    p = fmt(price)
    named = rng.choice(
        (f"TP{k} at {p}", f"Target {k} ({p})", f"the {_ORDINAL_WORDS[k - 1]} target at {p}")
    )
    post = build(rng, want)
    sentence = rng.choice(PROSE_TARGET_SENTENCES).format(named)
    return post.text() + "\n" + sentence, EXACT if form == "said again" else REFUSE


def prose_target_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: prose_target of every dev signal (session 12's family: a
    generator of its own)."""
    rng = random.Random(seed * 104729 + 2)
    for case in signal_cases():
        made = prose_target(rng, case.expect["signal"])
        if made is not None:
            yield case.id, "prose_target", made[0], case.expect["signal"], made[1]
