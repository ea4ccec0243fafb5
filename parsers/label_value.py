"""A lone number under a word no label row holds: a field of the post, never "no price".

A number far from the levels is no price of this coin, and parsers/explain.py used to excuse
every such number as an id or a volume. But a line that is nothing but a word and one number
("Zorblat 10", "Margin: 10", "🔸 Hebelwirkung - 20", "Lvrg 25x" read nowhere) is a field: what
it sets, a channel's leverage or amount under a word this lexicon lacks, would be dropped and
the trade placed at the default leverage. Such a line is refused (needs review) unless a rule
reads it: a note label (leverage, risk, volume), a benign note (a percentage, a duration, an
indicator's period, "Top 10", "#123"), a list index.
"""

from __future__ import annotations

import re
from typing import Final

# The whole field: bullets or marks, a label of one to three words, a separator or none, one
# whole number a leverage could be, an "x" or a bracket after it, marks. (A unit after the number
# says what it is, "5 минут", "10 USDT", "100$", an amount no field of a signal holds; a label
# after "$" or "#" is a coin, "$XRP 100$"; a decimal is no
# leverage; two numbers, or a sentence, are weighed by explain's other rules.)
_LONE: Final = re.compile(
    r"[^\w\n$#€£]*(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[ \t]*[0-9])"
    r"[^\W\d_]{2,}(?:[ \t'’.-]{1,2}[^\W\d_]{2,}){0,2}[ \t]*"
    r"(?:[:=→>—–\-➜：]{1,2}[ \t]*|\([ \t]*)?"
    r"(?P<n>[1-9][0-9]{0,2})(?![0-9.,])[ \t]*[xх)]?[^\w\n$#€£%]*"
)
# The highest leverage an exchange offers; an id or a count is often above it ("Signal: 1348").
_MOST: Final = 200


def lone_label_line(line: str) -> bool:
    """Whether line is nothing but a word label and a whole number it sets ("Zorblat 10")."""
    m = _LONE.fullmatch(line.strip())
    return m is not None and int(m.group("n")) <= _MOST


def lone_label_value(field: str, at: int, end: int) -> bool:
    """Whether field (one line, or one field of a one-line post) is a word label and the one
    number field[at:end], a whole number from 1 to 200, nothing else: a value set under an
    unknown label (a leverage, most likely; "Strength: 0", "Premium signal: 1348" are none)."""
    m = _LONE.fullmatch(field)
    return m is not None and m.span("n") == (at, end) and int(m.group("n")) <= _MOST


# "Margin 10", "Маржа: 20": a margin label over a bare whole number, no unit, no "x", no "%".
# Under "Margin: Cross, 50X" the leverage is read; "Margin: 10 USDT", "Margin 5%" say an amount.
# A bare number says neither: a leverage read as a note would trade at the default leverage.
MARGIN_WORDS: Final = ("margin", "маржа", "margen", "margem", "marjin", "marge")
_BARE: Final = re.compile(r"[ \t]*(?:[:=—–-][ \t]*)?([1-9][0-9]{0,2})(?![0-9.,])[ \t]*[^\w\n%$€]*")


def bare_margin(label: str, value: str) -> tuple[int, int] | None:
    """Where the bare whole number under a margin label is in value, or None (another label, or
    a value that says what it is)."""
    if not label.strip(" \t:=-").startswith(MARGIN_WORDS):
        return None
    m = _BARE.fullmatch(value)
    if m is None or int(m.group(1)) > _MOST:
        return None
    return m.span(1)


def unexplained_reason(line: str, low: str) -> str:
    """The review reason for a line holding a number no field explains (line as posted, low its
    lowered text): a lone label's number is named as one (a leverage?), else asked about."""
    if lone_label_line(low):
        return (
            f"'{line}' sets a number under a word I do not know as a label (a leverage?), none of"
            " the entries, targets or stop I read"
        )
    return f"'{line}' holds a number that is none of the entries, targets or stop I read: which field is it?"
