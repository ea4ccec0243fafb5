"""Mutation family of session 16 (branch i13-zoo17): every dev signal written again with the
signal words of a language the lexicon learnt from the format zoo's language sweep
(parsers/lexicon_more.py): Dutch, Czech, Romanian, Hungarian, Greek, Hebrew, Urdu, Bengali,
Malay, Thai, and Polish's genitive "Strefa wejścia".

- ``zoo_language``: the dev reading under one of these languages' labels (side word, entry,
  targets as a list or one a line with an index, stop, leverage): it says exactly the dev
  reading, so read exactly is right, refused a miss, another reading a wrong trade.
- ``lev_label``: a dev signal with a leverage, its leverage line written in one of LEV_FORMS
  (a label in one of 20 languages or abbreviations with the level and no "x", "LV 10", "(10
  leverage cross)", "10 плечо"): read with that leverage, never traded at another one (a line
  the parser cannot place is dropped as too far from the levels, and the trade would go out at
  the default leverage).

The words are each language's common terms for a signal's parts (entry, targets, stop,
leverage, long/short as its channels transliterate them), written for this family by the helper
who added the rows, not copied from a post; what each must give comes from the dev case's
hand-checked reading, never from the parser.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

from tests.parsers.mutation_post import EXACT, Row, Want
from tests.parsers.variants import fmt


@dataclass(frozen=True)
class Words:
    """One language's signal words; ``tp_one`` are the singular labels written with an index."""

    long: tuple[str, ...]
    short: tuple[str, ...]
    entry: tuple[str, ...]
    tp: tuple[str, ...]
    tp_one: tuple[str, ...]
    sl: tuple[str, ...]
    lev: tuple[str, ...]


_LS = (("LONG", "Long"), ("SHORT", "Short"))
WORDS: dict[str, Words] = {
    "nl": Words(*_LS, ("Instap", "Instapprijs", "Instapzone"), ("Doelen", "Koersdoelen"),
                ("Doel",), ("Stop loss", "Stop"), ("Hefboom",)),
    "cs": Words(*_LS, ("Vstup", "Vstupní cena"), ("Cíle",), ("Cíl",), ("Stop loss", "Stop"),
                ("Páka",)),
    "ro": Words(*_LS, ("Intrare", "Zonă de intrare"), ("Ținte", "Tinte"), ("Țintă", "Tinta"),
                ("Stop loss", "Stop"), ("Levier", "Efect de levier")),
    "hu": Words(*_LS, ("Belépő", "Belépési ár", "Belépés"), ("Célok",), ("Cél", "Célár"),
                ("Stop loss", "Stop"), ("Tőkeáttétel",)),
    "el": Words(*_LS, ("Είσοδος", "Τιμή εισόδου"), ("Στόχοι",), ("Στόχος",),
                ("Stop loss", "Stop"), ("Μόχλευση",)),
    "he": Words(("לונג", "LONG"), ("שורט", "SHORT"), ("כניסה", "מחיר כניסה"), ("יעדים",),
                ("יעד",), ("סטופ", "סטופ לוס"), ("מינוף",)),
    "ur": Words(("لانگ", "LONG"), ("شارٹ", "SHORT"), ("انٹری",), ("ٹارگٹس",), ("ٹارگٹ",),
                ("سٹاپ لاس", "اسٹاپ لاس"), ("لیوریج",)),
    "bn": Words(("লং", "LONG"), ("শর্ট", "SHORT"), ("এন্ট্রি",), ("টার্গেট",), ("টার্গেট",),
                ("স্টপ লস",), ("লিভারেজ",)),
    "ms": Words(*_LS, ("Kemasukan", "Harga masuk"), ("Sasaran",), ("Sasaran",),
                ("Henti rugi", "Stop loss"), ("Leveraj",)),
    "th": Words(*_LS, ("จุดเข้า", "ราคาเข้า"), ("เป้าหมาย", "ทำกำไร"), ("เป้าหมาย",),
                ("ตัดขาดทุน", "หยุดขาดทุน"), ("เลเวอเรจ",)),
    "pl": Words(*_LS, ("Strefa wejścia", "Cena wejścia"), ("Cele",), ("Cel",),
                ("Stop loss",), ("Dźwignia",)),
}  # fmt: skip


def _pair(symbol: str) -> str:
    for quote in ("USDT", "USDC", "BTC", "USD"):
        if symbol.endswith(quote) and len(symbol) > len(quote):
            return f"#{symbol[: -len(quote)]}/{quote}"
    return f"#{symbol}"


def language_post(rng: random.Random, want: Want, words: Words) -> str | None:
    """The dev reading under one language's labels, blocks in the usual order."""
    if not want["entries"] or not want["take_profits"] or len(want["take_profits"]) > 12:
        return None
    side = rng.choice(words.long if want["side"] == "LONG" else words.short)
    sep = rng.choice((": ", " : ", ": ", " - "))
    lines = [f"{_pair(want['symbol'])} {side}"]
    entries = [fmt(v) for v in want["entries"]]
    lines.append(rng.choice(words.entry) + sep + rng.choice((" - ", "-", " / ")).join(entries))
    if want["leverage"] is not None:
        lev = rng.choice(words.lev)
        lines.append(
            rng.choice((f"{lev}: {want['leverage']}x", f"{lev}: Cross {want['leverage']}x"))
        )
    targets = [fmt(v) for v in want["take_profits"]]
    if rng.random() < 0.5:
        joined = rng.choice((" - ", ", ", " / ")).join(targets)
        lines.append(rng.choice(words.tp) + sep + joined)
    else:
        one = rng.choice(words.tp_one)
        lines += [f"{one} {i}: {p}" for i, p in enumerate(targets, 1)]
    if want["stop_loss"] is not None:
        lines.append(rng.choice(words.sl) + sep + fmt(want["stop_loss"]))
    return "\n".join(lines)


# The leverage line's forms ({n}: the level), each as some channel or order form writes it.
LEV_FORMS = (
    *("Leverage {n}", "Leverage: {n}", "Lev {n}", "Lev. {n}", "LV {n}", "LV: {n}", "Lvg {n}"),
    *("Levg: {n}", "Leverage={n}", "Leverage - {n}", "Isolated {n}", "Cross {n}"),
    *("({n} leverage cross)", "{n} leverage", "Leverage Cross {n}", "Плечо {n}", "{n} плечо"),
    *("Kaldıraç {n}", "{n} kaldıraç", "Leva {n}", "Levier {n}", "Hebel {n}", "Hefboom {n}"),
    *("Apalancamiento {n}", "Alavancagem {n}", "Dźwignia {n}", "Páka {n}", "Μόχλευση {n}"),
    *("מינוף {n}", "اهرم {n}", "الرافعة {n}", "杠杆 {n}", "레버리지 {n}", "Đòn bẩy {n}"),
)


def lev_post(rng: random.Random, want: Want) -> str | None:
    """A dev signal with a leverage, its leverage line in one of LEV_FORMS."""
    if want["leverage"] is None or not want["entries"] or not want["take_profits"]:
        return None
    lines = [f"{_pair(want['symbol'])} {want['side']}"]
    lev = rng.choice(LEV_FORMS).format(n=want["leverage"])
    if rng.random() < 0.3:
        lines.append(lev)
    lines.append("Entry: " + " - ".join(fmt(v) for v in want["entries"]))
    lines.append("Targets: " + " - ".join(fmt(v) for v in want["take_profits"]))
    if want["stop_loss"] is not None:
        lines.append(f"Stop loss: {fmt(want['stop_loss'])}")
    if lev not in lines:
        lines.append(lev)
    return "\n".join(lines)


def language_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must), a generator of its
    own; each dev signal in one of these languages."""
    from tests.parsers.variants import signal_cases

    rng = random.Random(seed * 32452843 + 10)
    langs = sorted(WORDS)
    for case in signal_cases():
        want = case.expect["signal"]
        text = language_post(rng, want, WORDS[rng.choice(langs)])
        if text is not None:
            yield case.id, "zoo_language", text, want, EXACT
        text = lev_post(rng, want)
        if text is not None:
            yield case.id, "lev_label", text, want, EXACT
