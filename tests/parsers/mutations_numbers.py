"""Mutation families of session 14 (issue 13, branch i13-adversary15): numbers that are no price,
or that change what a price means, written the ways real channels post them, beside a dev
signal's levels; and follow-ups with such numbers around them.

- ``number_notes``: a note holding numbers that are no price (a date, a time, a timeframe, a
  percentage or a range of them, a volume, a market cap, a rank, a count) on the coin's line,
  on a line of its own between the blocks, or after a level. The reading stays the dev
  reading: ``exact`` where nobody could take the note for a level ("📅 12.05.2026 14:30 UTC",
  "Timeframe: 4H", "MC: 3.4B"); ``safe`` where a person might ask ("Valid till 14.05" beside
  prices of 14: read exactly or refused, never traded with the note's number).
- ``number_forms``: the levels written with a currency sign before or after them ("$0.51",
  "0.51$", "0.51 USDT"), with "k" for thousands ("42k", "40.5k"), grouped in thousands
  ("1 234.5", "1'234.5"), under emoji bullets, under labels of two languages mixed: exact.
- ``number_doubt``: a number beside the levels that a person could not place for sure: a price
  on the coin's line above a labelled entry that gives another ("#ATOM LONG 12.05 / Entry:
  12.40": a date, the price now, or a second entry?), an earlier signal of the coin quoted above
  the new one, a p.s. naming another coin's level, a recap of past results with prices, the
  market price given as "CMP" / "now": read exactly or refused (``safe``), never traded with a
  number that is none of the posted levels; the levels in satoshis: refused.
- ``followup_numbers`` / ``followup_numbers_not``: a follow-up with numbers around it (the time
  it was hit, a gain with its leverage, "2 of 3 targets", the price reached), which must give
  its action; and a post with a follow-up's words and numbers that must not act (a percentage
  since the call, a distance to the next target, a recap's count).

What each must give comes from how the post was written and the dev signal's hand-checked
reading, never from the parser's output. A generator of its own (tests/parsers/mutations.py),
so that the families before these draw as they did.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from tests.parsers.lexicon_words import LANGUAGES
from tests.parsers.mutation_post import EXACT, REFUSE, SAFE, Row, Want
from tests.parsers.mutations_followups import FOLLOW, NOT, _expect
from tests.parsers.variant_forms import levels_of, near_price
from tests.parsers.variants import _symbol_forms, fmt


def _base(symbol: str) -> str:
    return symbol.removesuffix("USDT") or symbol


def _near(rng: random.Random, want: Want) -> str:
    return near_price(rng, want, 0.1)


def _day_month(want: Want) -> str:
    """A date written "dd.mm" near the levels when they sit between 1 and 31 ("12.05" beside
    prices of 12); else any date."""
    mid = sorted(levels_of(want))[len(levels_of(want)) // 2]
    day = int(mid) if 1 <= mid < 29 else 12
    return f"{day:02d}.{5 if day != 5 else 6:02d}"


# Notes nobody takes for a level ({d}: a date "dd.mm" near the levels; {t} a time).
CLEAR_NOTES = (
    "📅 {d}.2026 {t} UTC",
    "Posted: {d}.2026",
    "Date: 2026-05-12 {t}",
    "Timeframe: 4H",
    "TF: 15m",
    "Chart: 1H / 4H",
    "24h vol: 1.2M",
    "24h volume $48.3M",
    "MC: 3.4B",
    "Market cap: $350M",
    "Rank #7",
    "Signal #4821",
    "Risk 1-2% of your capital",
    "Expected move 10-15%",
    "Hold 3-5 days",
    "Win rate (30 days): 87%",
    "Funding 0.01% / 8h",
    "⏰ {t} UTC",
)
# Notes a person might ask about: read exactly or refused.
DOUBT_NOTES = (
    "Valid till {d}",
    "Date: {d}",
    "Trade 3 of 5 this week",
    "{d} {t}",
    "Update {d}",
)
# Notes after a level on its line: "TP1: 0.55 (+4.2%)", "(4H)".
LEVEL_SUFFIXES = (" (+4.2%)", " (≈ +6%)", " (+3-5%)", " (in 2-3 days)", " 📈 +12%", " (5%)")


def _post(rng: random.Random, want: Want, value: Callable[[float], str]) -> dict[str, list[str]]:
    """The dev reading in plain blocks, each price written by value()."""
    side = "LONG" if want["side"] == "LONG" else "SHORT"
    head = f"{rng.choice(_symbol_forms(want['symbol']))} {rng.choice((side, side.title()))}"
    entry = [f"Entry: {' - '.join(value(v) for v in want['entries'])}"] if want["entries"] else []
    tps = want["take_profits"]
    tp = [f"TP{i}: {value(v)}" for i, v in enumerate(tps, 1)] if len(tps) < 8 else []
    if len(tps) >= 8:
        tp = ["Targets: " + ", ".join(value(v) for v in tps)]
    sl = [f"SL: {value(want['stop_loss'])}"] if want["stop_loss"] is not None else []
    lev = [f"Leverage: {want['leverage']}x"] if want["leverage"] is not None else []
    return {"head": [head], "entry": entry, "lev": lev, "tp": tp, "sl": sl}


def _text(post: dict[str, list[str]]) -> str:
    return "\n".join(line for part in ("head", "entry", "lev", "tp", "sl") for line in post[part])


def number_notes(rng: random.Random, want: Want) -> tuple[str, str] | None:
    if not want["entries"] or not want["take_profits"]:
        return None
    post = _post(rng, want, fmt)
    doubt = rng.random() < 0.3
    note = rng.choice(DOUBT_NOTES if doubt else CLEAR_NOTES)
    note = note.format(d=_day_month(want), t=rng.choice(("14:30", "09:05", "21:00")))
    where = rng.choice(
        ("head", "after head", "after entry", "after tp", "end", "suffix", "reference")
    )
    if where == "reference":
        # "Entry: 12.40 (CMP 12.55)", "Entry: 12.40 USDT (≈ 11.40 EUR)": the price now, or the
        # level in another currency, beside it.
        value = want["entries"][0]
        ref = rng.choice(
            (
                f" (CMP {_near(rng, want)})",
                f" (current price {_near(rng, want)})",
                f" (≈ {fmt(float(f'{value * 0.92:.4g}'))} EUR)",
                f" (~{fmt(float(f'{value * 0.79:.4g}'))} GBP)",
                f" (≈ {fmt(float(f'{value * 83.2:.5g}'))} INR)",
            )
        )
        post["entry"][0] += ref
        return _text(post), EXACT
    if where == "suffix":
        part = rng.choice([p for p in ("entry", "tp", "sl") if post[p]])
        post[part][-1] += rng.choice(LEVEL_SUFFIXES)
        return _text(post), EXACT
    if where == "head":
        post["head"][0] += rng.choice((" | ", " - ", " ")) + note
    elif where == "after head":
        post["head"].append(note)
    elif where == "after entry":
        post["entry"].append(note)
    elif where == "after tp":
        post["tp"].append(note)
    else:
        return _text(post) + "\n\n" + note, SAFE if doubt else EXACT
    return _text(post), SAFE if doubt else EXACT


def _grouped(value: float, sep: str) -> str:
    whole, _, decimals = fmt(value).partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return sep.join([whole, *groups]) + ("." + decimals if decimals else "")


def _k(value: float) -> str:
    thousands = value / 1000
    return f"{fmt(round(thousands, 3))}{'k' if value % 7 else 'K'}"


def number_forms(rng: random.Random, want: Want) -> tuple[str, str] | None:
    if not want["entries"] or not want["take_profits"]:
        return None
    levels = levels_of(want)
    forms: list[str] = ["sign", "emoji", "mixed", "count"]
    if all(v >= 1000 for v in levels):
        forms += ["group", "group"]
        if all(round(v / 1000, 3) * 1000 == v for v in levels):
            forms += ["k", "k"]
    form = rng.choice(forms)
    if form == "sign":
        pattern = rng.choice(("${}", "{}$", "{} USDT", "{} $", "{}USDT", "$ {}"))
        return _text(_post(rng, want, lambda v: pattern.format(fmt(v)))), EXACT
    if form == "group":
        sep = rng.choice((" ", "'", "\u202f", ","))
        return _text(_post(rng, want, lambda v: _grouped(v, sep))), EXACT
    if form == "k":
        return _text(_post(rng, want, _k)), EXACT
    post = _post(rng, want, fmt)
    if form == "count" and 1 < len(want["take_profits"]) < 8:
        # "TP 1/3: 12.90": the target's number and how many there are.
        total = len(want["take_profits"])
        shape = rng.choice(("TP {i}/{n}: {p}", "Target {i}/{n}: {p}", "TP{i} ({i}/{n}): {p}"))
        post["tp"] = [
            shape.format(i=i, n=total, p=fmt(v)) for i, v in enumerate(want["take_profits"], 1)
        ]
        return _text(post), EXACT
    if form == "emoji":
        bullet = rng.choice(("🔹", "▪️", "👉", "✅", "💵", "➡️"))
        tps = want["take_profits"]
        post["tp"] = [
            rng.choice(("🎯 Targets:", "Take profit:")),
            *(f"{bullet} {fmt(v)}" for v in tps),
        ]
        return _text(post), EXACT
    langs = rng.sample(sorted(LANGUAGES), 3)
    words = [
        rng.choice(getattr(LANGUAGES[lang], f))
        for lang, f in zip(langs, ("entry", "tp", "sl"), strict=True)
    ]
    post["entry"] = [f"{words[0]}: {' - '.join(fmt(v) for v in want['entries'])}"]
    post["tp"] = [f"{words[1]}: {', '.join(fmt(v) for v in want['take_profits'])}"]
    if want["stop_loss"] is not None:
        post["sl"] = [f"{words[2]}: {fmt(want['stop_loss'])}"]
    return _text(post), EXACT


OTHER_COINS = (("BTC", "97000"), ("ETH", "3150"), ("SOL", "142.5"), ("BNB", "612"))


def number_doubt(rng: random.Random, want: Want) -> tuple[str, str] | None:
    if not want["entries"] or not want["take_profits"] or want["stop_loss"] is None:
        return None
    post = _post(rng, want, fmt)
    form = rng.choice(
        ("head price", "quoted", "ps level", "ps price", "recap", "recap after", "cmp", "sats")
    )
    near = _near(rng, want)
    base = _base(want["symbol"])
    if form == "head price":
        post["head"][0] += " " + rng.choice((near, f"${near}", f"({near})", f"@ {near}"))
        return _text(post), SAFE
    if form == "quoted":
        earlier = _post(rng, want, lambda v: fmt(float(f"{v * 0.93:.4g}")))
        head = rng.choice(("Previous signal:", "Old call 👇", "Last time:", ">> earlier"))
        new = rng.choice(("New signal:", "Updated call 👇", "NEW:", "Re-entry:"))
        return f"{head}\n{_text(earlier)}\n\n{new}\n{_text(post)}", SAFE
    coin, price = rng.choice([c for c in OTHER_COINS if c[0] != base] or OTHER_COINS[:1])
    if form == "ps level":
        ps = rng.choice(("P.S. {c} entry {p} coming soon", "PS: {c} long above {p} later"))
        return _text(post) + "\n\n" + ps.format(c=coin, p=price), SAFE
    if form == "ps price":
        ps = rng.choice(("p.s. {c} at {p} now", "PS: {c} is {p}, watch it", "P.S. {c} {p} 👀"))
        return _text(post) + "\n\n" + ps.format(c=coin, p=price), EXACT
    if form == "recap":
        recap = rng.choice(
            (
                "Yesterday: #{c} {a} → {b} ✅ +12%",
                "Last call #{c} from {a} to {b} (+12%) 🔥",
                "Results: #{c} {a} ➡️ {b} ✅",
            )
        )
        a, b = _near(rng, want), _near(rng, want)
        return recap.format(c=base, a=a, b=b) + "\n\n" + _text(post), SAFE
    if form == "recap after":
        recap = rng.choice(
            (
                "Previous: #{c} entry {a} TP {b} ✅",
                "(last call: entry {a} → TP {b} ✅)",
                "Last week #{c} buy {a} sell {b} +12% ✅",
            )
        )
        a, b = _near(rng, want), rng.choice(want["take_profits"])
        return _text(post) + "\n" + recap.format(c=base, a=a, b=fmt(b)), SAFE
    if form == "cmp":
        line = rng.choice(("CMP: {}", "Current price: {}", "Price now {}", "CMP {}"))
        post["head"].append(line.format(near))
        return _text(post), SAFE
    post = _post(rng, want, lambda v: f"{int(v * 1e8) if v < 1 else int(v)} sats")
    return _text(post), REFUSE


FOLLOW_NUMBER_FORMS = (
    ("TP_HIT", "{c} TP{n} ✅ {price} reached {d} {t}"),
    ("TP_HIT", "{c} Target {n} done ✅ +{p}% (x10 = +{q}%)"),
    ("TP_HIT", "{c} +{p}% profit 🚀 TP{n} hit"),
    ("TP_HIT", "{d} {t} UTC\n{c} TP{n} 🎯 {price}"),
    ("TP_HIT", "{c} TP{n} hit at {price} (+{p}%), {n} of {total} done"),
    ("PART", "{c}: close {s}% at {price} (+{p}%)"),
    ("PART", "{c} TP{n} {price} ✅ take {s}% off"),
    ("CLOSE", "{c} closed at {price} +{p}% ✅"),
    ("SL_HIT", "{c} SL hit at {stop} (-{p}%) {d} {t}"),
    # A gain, a leverage or a date beside a share or a target's number: neither is the share
    # nor the number.
    ("PART", "{c} +{q}% ✅ close {s}% now"),
    ("PART", "Close {s}% of {c} at TP{n} (+{p}%)"),
    ("PART", "{c} 20x: close {s}%"),
    ("PART", "{c} closed {s}% at {price} (+{p}%), rest running"),
    ("PART", "{c} book {s}% at {price}, +{q}% with 10x"),
    ("TP_HIT", "{c} {d} TP{n} ✅"),
    ("TP_HIT", "{c} TP{n} ✅ 20x"),
    ("TP_HIT", "{c} TP{n} ✅ {p}%"),
    ("TP_HIT", "{c} TP{n} ✅ in 2h 14m"),
    # The old stop, then the new one: the stop goes to the new one.
    ("MOVE_PRICE", "{c} SL {stop} → {entry}"),
    ("MOVE_PRICE", "{c}: stop moved from {stop} to {entry}"),
    ("MOVE_PRICE", "{c} TP{n} ✅ SL {stop} ➡️ {entry}"),
    ("SL_HIT", "{c} stop {stop} hit ❌"),
    # The cancelled signal's side and entry beside the cancel: no new trade at that entry.
    ("CANCEL", "Cancel {c} {side} entry {entry}"),
    ("CANCEL", "{c} {side} entry {entry} cancelled ❌"),
)
FOLLOW_NUMBER_NOT = (
    "{c} is up {p}% since our call on {d}",
    "{c}: TP{n} at {price} is {p}% away",
    "Last week: {c} hit {n} of {total} targets, {q}% in all",
    "{c} 24h: +{p}%, vol 1.2M, {d} {t}",
    "{c} could close the day above {price} ({p}% from here)",
    "{c} TP{n} {price} — {p}% to go",
    # A plan at a price, a condition, a past event: nothing to do now ("sell 50% at 12.90" is
    # no short, and no close at the market's price).
    "{c} sell {s}% at {price}",
    "{c} close below {stop} = exit",
    "{c} close {s}% if {price} breaks",
    "Close {s}% of {c} when it reaches {price}",
    # One order of the signal cancelled, not the signal.
    "{c} cancel entry 2 ({entry})",
    "{c}: cancel the {entry} order, keep the rest",
    "{c}: exit on a 4H close below {stop}",
)


def followup_numbers(rng: random.Random, want: Want) -> list[tuple[str, str, Want, str]]:
    """A follow-up for this coin with numbers around it, and a post that must not act."""
    tps = want["take_profits"]
    if not tps:
        return []
    total = min(len(tps), 5)
    n = rng.randint(1, total)
    kind, form = rng.choice(FOLLOW_NUMBER_FORMS)
    if kind in ("SL_HIT", "MOVE_PRICE") and (want["stop_loss"] is None or not want["entries"]):
        kind, form = FOLLOW_NUMBER_FORMS[0]
    forms = _symbol_forms(want["symbol"])
    tag = rng.choice([f for f in forms if not f.startswith(("Coin", "Pair", "Binance"))] or forms)
    fill = {
        "c": tag,
        "n": n,
        "total": total,
        "price": fmt(tps[n - 1]),
        "stop": fmt(want["stop_loss"] if want["stop_loss"] is not None else tps[0]),
        "entry": fmt(want["entries"][0]) if want["entries"] else fmt(tps[0]),
        "side": want["side"],
        "p": rng.choice(("4.2", "12", "25.5", "8")),
        "q": rng.choice(("42", "120", "255")),
        "s": rng.choice((25, 30, 50)),
        "d": _day_month(want),
        "t": rng.choice(("14:30", "09:05", "21:00")),
    }
    text = form.format(**fill)
    expect = _expect(kind, want["symbol"], n, int(fill["s"]))
    if kind == "MOVE_PRICE":
        expect = {"kind": "MOVE_SL", "symbol": want["symbol"], "price": want["entries"][0]}
    not_text = rng.choice(FOLLOW_NUMBER_NOT).format(**fill)
    return [
        ("followup_numbers", text, expect, FOLLOW),
        ("followup_numbers_not", not_text, {}, NOT),
    ]


def number_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must), a generator of
    their own."""
    from tests.parsers.variants import signal_cases

    rng = random.Random(seed * 49979687 + 8)
    for case in signal_cases():
        want = case.expect["signal"]
        for family, make in (
            ("number_notes", number_notes),
            ("number_forms", number_forms),
            ("number_doubt", number_doubt),
        ):
            made = make(rng, want)
            if made is not None:
                yield case.id, family, made[0], want, made[1]
        for family, text, expect, must in followup_numbers(rng, want):
            yield case.id, family, text, expect, must
