"""Prices and leverage as channels write them: 38,900 / 27 450 / 0,7310 / .0000871 / 31k / 10x."""

from __future__ import annotations

import re
from dataclasses import dataclass

# One price token. Alternatives, in order: comma thousands (38,900 / 1,234,567.5), space
# thousands with a short head (27 450; a 3-digit head would swallow "100 200 300" lists),
# plain or decimal-comma numbers, and a bare leading dot (.0000871). Every quantifier is
# bounded and no two adjacent ones overlap, so matching stays linear on hostile input.
_NUMBER = re.compile(
    r"(?<![A-Za-z0-9.\u00c0-\u024f\u0400-\u04ff])(\$\s?)?"
    r"([0-9]{1,3}(?:,[0-9]{3}){1,4}(?:\.[0-9]{1,12})?(?![0-9,])"
    r"|[0-9]{1,2}(?: [0-9]{3}){1,3}(?![0-9])(?:\.[0-9]{1,12})?"
    r"|[0-9]{1,3},[0-9]{1,12}(?![0-9])"
    r"|[0-9]{1,12}(?:\.[0-9]{1,12})?"
    r"|\.[0-9]{1,12})"
    r"(\s?[kK](?![A-Za-z]))?"
    r"(\s?\$)?"
    r"(\s?%)?"
    r"(?![A-Za-z0-9\u00c0-\u024f\u0400-\u04ff])"
)

# "10x", "x10", "×20", "20.0X", Cyrillic "х10", "10倍"; ranges "10x - 20x" and "10-20x".
_LEVERAGE = re.compile(
    r"(?<![\w.])(?:(?P<lo>[0-9]{1,3})(?:\.0{1,2})?\s?[xXхХ×]?\s?-\s?)?"
    r"(?P<a>[0-9]{1,3})(?:\.0{1,2})?\s?(?:[xXхХ×]|倍)(?!\w)"
    r"|(?<!\w)[xXхХ×]\s?(?P<b>[0-9]{1,3})(?![0-9.,])"
)
_LIST_INDEX = re.compile(
    r"^\s*(?:[-•▪▫◦●○►▶➤✅✔☑🎯💰💵🔹🔸🔺🔻⚡🚀✨⭐️]\s?)*"
    r"(?:[0-9]{1,2}(?:\s?[:)\]]|\.(?![0-9])|\s?-\s(?=\S)|(?:st|nd|rd|th)\b)|\(?[0-9]{1,2}\))"
)


@dataclass(frozen=True, slots=True)
class Number:
    """A number found in text; percent=True for "4%" style values."""

    value: float
    percent: bool
    start: int
    end: int


def _to_float(raw: str) -> float | None:
    if "," in raw:
        head, _, tail = raw.partition(",")
        if "." not in raw and raw.count(",") == 1 and (len(tail) != 3 or head == "0"):
            raw = raw.replace(",", ".")  # decimal comma: 0,7310
        else:
            raw = raw.replace(",", "")  # thousands: 38,900
    raw = raw.replace(" ", "")
    try:
        return float(raw)
    except ValueError:
        return None


def find_numbers(text: str) -> list[Number]:
    """Every price-like number in text, with percentages flagged."""
    out: list[Number] = []
    for m in _NUMBER.finditer(text):
        value = _to_float(m.group(2))
        if value is None:
            continue
        if m.group(3):
            value *= 1000.0
        out.append(Number(value, bool(m.group(5)), m.start(), m.end()))
    return out


def prices(text: str) -> list[float]:
    """Price values in text, skipping percentages."""
    return [n.value for n in find_numbers(text) if not n.percent]


def strip_list_index(line: str) -> str:
    """Drop a leading list index such as "1)", "2.", "3 -", "(4)" so it is not read as a price."""
    m = _LIST_INDEX.match(line)
    return line[m.end() :] if m else line


def find_leverage(text: str) -> tuple[int | None, list[tuple[int, int]]]:
    """Leverage written inline (10x, X10, ×20, 10倍); a range gives its lower bound."""
    best: int | None = None
    spans: list[tuple[int, int]] = []
    for m in _LEVERAGE.finditer(text):
        spans.append((m.start(), m.end()))
        if best is not None:
            continue
        raw = m.group("a") or m.group("b")
        value = int(raw)
        if m.group("lo"):
            value = min(value, int(m.group("lo")))
        if 1 <= value <= 200:
            best = value
    return best, spans


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """Replace the given spans with spaces, keeping every other index in place."""
    if not spans:
        return text
    parts: list[str] = []
    last = 0
    for start, end in spans:
        parts.append(text[last:start])
        parts.append(" " * (end - start))
        last = end
    parts.append(text[last:])
    return "".join(parts)
