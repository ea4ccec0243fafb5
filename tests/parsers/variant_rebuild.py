"""The *rebuilt* family of the variants (tests/parsers/variants.py): a fresh post written from a
dev signal's expected reading with a random choice of each form channels use
(tests/parsers/variant_forms.py): casing, block order, emoji, chatter, one-line posts, decimal
commas and digits of other scripts.
"""

from __future__ import annotations

import random
import re
from typing import Any

from tests.parsers.variant_forms import (
    CHATTER,
    EMOJI,
    LONG_WORDS,
    SCRIPTS,
    SHORT_WORDS,
    SIDE_LINES,
    _entry_block,
    _leverage,
    _stop_block,
    _symbol_forms,
    _target_block,
    fmt,
    levels_of,
)


def _case(rng: random.Random, text: str) -> str:
    roll = rng.random()
    if roll < 0.1:
        return text.upper()
    if roll < 0.2:
        return text.title() if text.isascii() else text
    return text


def _commas_unambiguous(want: dict[str, Any]) -> bool:
    """Every level reads the same with a decimal comma: "0,512", "24,5" (never "1,234")."""
    for v in levels_of(want):
        whole, _, decimals = fmt(v).partition(".")
        if not decimals or (len(decimals) == 3 and whole != "0") or v >= 1000:
            return False
    return True


def _comma(m: re.Match[str]) -> str:
    whole, decimals = m.group(1), m.group(2)
    if len(decimals) == 3 and whole != "0":
        return m.group()  # "4.120" as "4,120" would be four thousand: that post keeps its dot
    return f"{whole},{decimals}"


def _decimal_commas(text: str) -> str:
    return re.sub(r"(?<![0-9.])([0-9]+)\.([0-9]+)(?![0-9.])", _comma, text)


def rebuild(rng: random.Random, want: dict[str, Any]) -> str:
    """A fresh post giving the reading want, every form picked at random."""
    side = want["side"]
    sym = rng.choice(_symbol_forms(want["symbol"]))
    word = rng.choice(LONG_WORDS if side == "LONG" else SHORT_WORDS)
    if want["entries"] and want["take_profits"] and want["stop_loss"] and rng.random() < 0.05:
        word = ""  # no side word: the levels say it
    lev_inline = want["leverage"] is not None and rng.random() < 0.2
    if lev_inline:
        word += f" {want['leverage']}x"
    head: list[str]
    roll = rng.random()
    if roll < 0.35:
        head = [f"{sym} {word}"]
    elif roll < 0.5:
        head = [f"{word} {sym}"] if not sym.startswith(("Coin", "Pair")) else [sym, word]
    elif word.strip():
        head = [sym, rng.choice(SIDE_LINES).format(word)]
    else:
        head = [sym]
    blocks = [
        _entry_block(rng, want["entries"], side),
        _target_block(rng, want["take_profits"], side),
        _stop_block(rng, want["stop_loss"]),
    ]
    if want["leverage"] is not None and not lev_inline:
        blocks.insert(rng.randrange(len(blocks) + 1), [_leverage(rng, want["leverage"])])
    if rng.random() < 0.3:
        rng.shuffle(blocks)
    body = [_case(rng, line) if rng.random() < 0.3 else line for b in blocks for line in b]
    if rng.random() < 0.3:
        body = [rng.choice(EMOJI) + " " + line if rng.random() < 0.7 else line for line in body]
    lines = head + ([""] if rng.random() < 0.3 else []) + body
    if rng.random() < 0.3:
        lines.insert(0, rng.choice(CHATTER))
    if rng.random() < 0.4:
        lines.append(rng.choice(CHATTER))
    if rng.random() < 0.1:
        lines.insert(0, rng.choice(("📅 12.05.2024 14:30 UTC", "2024-05-12", "🕒 09:15", "May 12")))
    joiner = "\n"
    if rng.random() < 0.08 and all(len(b) == 1 for b in blocks):
        joiner = rng.choice((" | ", " ", " / ", ", ", " • "))  # a one-line post
    text = joiner.join(line.strip() for line in lines if line.strip())
    if rng.random() < 0.05 and _commas_unambiguous(want):
        text = _decimal_commas(text)
    if rng.random() < 0.06:
        digits = rng.choice(SCRIPTS[1:])
        text = text.translate(str.maketrans("0123456789", digits))
    return text
