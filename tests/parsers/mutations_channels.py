"""Mutation families of session 17 (issue 13, branch i13-zoo18): every dev signal written as a
channel the rules never saw might post it. A new channel mostly differs from dev in many small
choices at once: how it writes its numbers, which words label its fields and in which order,
what parts a label from its value, which marks head its lines, whether the post is one line.

- ``unseen_numbers``: every price in one number style: a decimal comma ("0,0512"), points for
  thousands and a decimal comma ("1.234,5"), spaces for thousands and a decimal comma
  ("64 000,5"), commas for thousands ("1,234.5"), zeros padded ("0.05120"). ``exact`` where no
  price's text could be read two ways; ``safe`` (read exactly or refused) where one could
  ("1,234": 1.234 or 1234? "64.000": 64 or 64000?).
- ``unseen_layout``: the fields in any order (the stop first, the entry last), each under one of
  its usual words, parted from its value by one of SEPARATORS, its line headed by one of
  BULLETS, the targets listed on one line or one a line with an index in one of INDEXES, the
  side written in one of SIDES: ``exact`` (every level is labelled with a word the lexicon has).
- ``unseen_label``: one field's label replaced by a word no lexicon holds (UNKNOWN), or a
  leverage line under such a word: ``safe``, never traded without that field or with its
  number taken for another ("Zorblat 20" under the stop was traded at the default leverage).
- ``unseen_oneline``: the whole post on one line, its fields parted by one of ONE_LINE: ``exact``.

What each must give comes from the dev case's hand-checked reading, never from the parser.
``python -m tests.parsers.mutations --family channel_mutations`` prints the figures per family.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from tests.parsers.mutation_post import EXACT, SAFE, Row, Want
from tests.parsers.variant_forms import fmt

# A field's label and its value: ": " and the separators channels use instead.
SEPARATORS = (": ", " - ", " = ", " → ", ":- ", " >> ", "： ", " ➜ ", " — ", " :: ", " ", " : ")
BULLETS = ("", "", "🔹 ", "▪️ ", "👉 ", "✅ ", "➡️ ", "• ", "- ", "* ", "🔸", "💎 ", "📍 ", "⚡️ ")
# The targets one a line: the index and its mark.
INDEXES = ("TP{i}", "TP {i}", "Target {i}", "T{i}", "{i})", "{i}.", "{i}️⃣", "Take Profit {i}")
SIDES = ("{s}", "{s} 📈", "🟢 {s}", "({s})", "#{s}", "{s} SIGNAL", "Direction: {s}", "Side - {s}")
ENTRY = ("Entry", "Entry zone", "Entries", "Buy zone", "Entry price", "ENTRY", "Open", "Вход")
TARGETS = ("Targets", "Take profit", "TP", "Take-Profit Targets", "TARGETS", "Цели", "Hedefler")
STOP = ("Stop loss", "SL", "Stop", "STOP LOSS", "Stop-Loss", "Стоп", "Stoploss")
LEVERAGE = ("Leverage", "Lev", "Leverage: Cross", "Плечо", "Kaldıraç")
# Words no lexicon row holds: a label a channel made up, or one in a language nobody added.
UNKNOWN = ("Zorblat", "Kwintel", "Plokta", "Vexor", "Tramba", "Gorvy", "Snelk", "Quabbe")
ONE_LINE = (" | ", " • ", " / ", "; ", " — ", " ‖ ", " ; ", " || ")


def _base(symbol: str) -> str | None:
    if symbol.endswith("USDT") and len(symbol) > 4:
        return symbol[:-4]
    return None


def _usable(want: Want) -> bool:
    return bool(want["entries"] and want["take_profits"]) and len(want["take_profits"]) <= 10


# Number styles: each writes a price, and says whether its text could be read two ways.
def _split(value: float) -> tuple[str, str]:
    whole, _, decimals = fmt(value).partition(".")
    return whole, decimals


def _grouped(whole: str, sep: str) -> str:
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return sep.join([whole, *groups])


def _comma(value: float) -> tuple[str, bool]:
    whole, dec = _split(value)
    return (f"{whole},{dec}" if dec else whole), len(dec) == 3


def _eu(value: float) -> tuple[str, bool]:
    whole, dec = _split(value)
    text = _grouped(whole, ".") + (f",{dec}" if dec else "")
    return text, (len(dec) == 3 and len(whole) <= 3) or (len(whole) > 3 and not dec)


def _spaced_comma(value: float) -> tuple[str, bool]:
    whole, dec = _split(value)
    return _grouped(whole, " ") + (f",{dec}" if dec else ""), len(dec) == 3 and len(whole) <= 3


def _us(value: float) -> tuple[str, bool]:
    whole, dec = _split(value)
    return _grouped(whole, ",") + (f".{dec}" if dec else ""), False


def _padded(value: float) -> tuple[str, bool]:
    whole, dec = _split(value)
    return f"{whole}.{dec.ljust(max(len(dec) + 1, 2), '0')}", False


STYLES: dict[str, Callable[[float], tuple[str, bool]]] = {
    "comma": _comma,
    "eu": _eu,
    "spaced_comma": _spaced_comma,
    "us": _us,
    "padded": _padded,
}


class _Writer:
    """Writes each price in one style, remembering whether any could be read two ways."""

    def __init__(self, style: Callable[[float], tuple[str, bool]] | None = None) -> None:
        self.style = style
        self.doubt = False

    def __call__(self, value: float) -> str:
        if self.style is None:
            return fmt(value)
        text, doubt = self.style(value)
        self.doubt = self.doubt or doubt
        return text


def _list_sep(w: _Writer, rng: random.Random) -> str:
    # (A comma parts a list only where no price holds one.)
    if w.style in (_comma, _eu, _spaced_comma, _us):
        return rng.choice((" - ", " / ", " | ", " ; "))
    return rng.choice((" - ", ", ", " / ", " | ", " ; "))


def _blocks(rng: random.Random, want: Want, w: _Writer, labels: dict[str, str]) -> list[list[str]]:
    """The post's blocks after its coin line (entry, targets, stop, leverage), each a list of
    lines, in the usual order; labels[field] is the word each is written under."""
    sep, bullet = rng.choice(SEPARATORS), rng.choice(BULLETS)
    entries = _list_sep(w, rng).join(w(v) for v in want["entries"])
    blocks = [[f"{bullet}{labels['entry']}{sep}{entries}"]]
    tps = want["take_profits"]
    if rng.random() < 0.5:
        blocks.append([f"{bullet}{labels['tp']}{sep}" + _list_sep(w, rng).join(map(w, tps))])
    else:
        index = rng.choice(INDEXES)
        head = [f"{bullet}{labels['tp']}:"] if not index.startswith(("T", "Take")) else []
        rows = [f"{bullet}{index.format(i=i)}{sep}{w(v)}" for i, v in enumerate(tps, 1)]
        blocks.append(head + rows)
    if want["stop_loss"] is not None:
        blocks.append([f"{bullet}{labels['sl']}{sep}{w(want['stop_loss'])}"])
    if want["leverage"] is not None:
        blocks.append([f"{bullet}{labels['lev']}{sep}{want['leverage']}x"])
    return blocks


def _head(rng: random.Random, want: Want) -> str | None:
    base = _base(want["symbol"])
    if base is None:
        return None
    pair = rng.choice((f"#{base}/USDT", f"{base}/USDT", f"${base}", f"#{base}USDT", f"{base}USDT"))
    return f"{pair} {rng.choice(SIDES).format(s=want['side'])}"


def _labels(rng: random.Random) -> dict[str, str]:
    return {
        "entry": rng.choice(ENTRY),
        "tp": rng.choice(TARGETS),
        "sl": rng.choice(STOP),
        "lev": rng.choice(LEVERAGE),
    }


def unseen_numbers(rng: random.Random, want: Want) -> tuple[str, str] | None:
    head = _head(rng, want)
    if head is None or not _usable(want):
        return None
    style = rng.choice(sorted(STYLES))
    w = _Writer(STYLES[style])
    labels = {"entry": "Entry", "tp": "Targets", "sl": "Stop loss", "lev": "Leverage"}
    blocks = _blocks(rng, want, w, labels)
    text = "\n".join([head, *(line for block in blocks for line in block)])
    if style == "eu" and "," not in text:
        return None  # "2.605" for 2605 with no decimal comma anywhere: a plain decimal point
    if w.doubt:
        return None  # "4,165": 4.165 or 4165, no text can tell; read as thousands (variants)
    return text, SAFE if w.doubt else EXACT


def unseen_layout(rng: random.Random, want: Want) -> tuple[str, str] | None:
    head = _head(rng, want)
    if head is None or not _usable(want):
        return None
    blocks = _blocks(rng, want, _Writer(), _labels(rng))
    rng.shuffle(blocks)
    gap = rng.choice(("\n", "\n\n"))
    return gap.join([head, *("\n".join(block) for block in blocks)]), EXACT


def unseen_label(rng: random.Random, want: Want) -> tuple[str, str] | None:
    head = _head(rng, want)
    if head is None or not _usable(want):
        return None
    labels = _labels(rng)
    fields = ["entry", "tp", "sl", "lev"]
    if want["stop_loss"] is None:
        fields.remove("sl")
    if want["leverage"] is None:
        fields.remove("lev")
    labels[rng.choice(fields)] = rng.choice(UNKNOWN)
    blocks = _blocks(rng, want, _Writer(), labels)
    if want["leverage"] is not None and rng.random() < 0.4:
        # The leverage without its "x" under the unknown word: nothing says what it is.
        blocks[-1] = [f"{rng.choice(UNKNOWN)}{rng.choice(SEPARATORS)}{want['leverage']}"]
    return "\n".join([head, *(line for block in blocks for line in block)]), SAFE


def unseen_oneline(rng: random.Random, want: Want) -> tuple[str, str] | None:
    head = _head(rng, want)
    if head is None or not _usable(want) or len(want["take_profits"]) > 4:
        return None
    joiner = rng.choice(ONE_LINE)
    parts = [head]
    parts.append("Entry: " + " - ".join(fmt(v) for v in want["entries"]))
    tps = want["take_profits"]
    if rng.random() < 0.5 or "/" in joiner:
        parts += [f"TP{i}: {fmt(v)}" for i, v in enumerate(tps, 1)]
    else:
        parts.append("Targets: " + " - ".join(fmt(v) for v in tps))
    if want["stop_loss"] is not None:
        parts.append(f"SL: {fmt(want['stop_loss'])}")
    if want["leverage"] is not None:
        parts.append(f"Leverage: {want['leverage']}x")
    return joiner.join(parts), EXACT


CHANNEL_FAMILIES: dict[str, Callable[[random.Random, Want], tuple[str, str] | None]] = {
    "unseen_numbers": unseen_numbers,
    "unseen_layout": unseen_layout,
    "unseen_label": unseen_label,
    "unseen_oneline": unseen_oneline,
}


def channel_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must), a generator of its
    own; each dev signal once in each family."""
    from tests.parsers.variants import signal_cases

    rng = random.Random(seed * 49979687 + 18)
    for case in signal_cases():
        want = case.expect["signal"]
        for name, make in CHANNEL_FAMILIES.items():
            made = make(rng, want)
            if made is not None:
                yield case.id, name, made[0], want, made[1]
