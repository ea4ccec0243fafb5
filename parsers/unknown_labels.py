"""A label the lexicon lacks, and the fields of a one-line post.

A channel never seen writes a label no table holds: the numbers after it must never become more
entries nor vanish with a note. In a one-line post "|", "•" and a spaced " / " part the fields,
so a note's value ends there and every field after it is checked like a line of its own; a word
that names numbers inside a price label's value makes the signal needs review."""

from __future__ import annotations

import re

from parsers.reading import Reading, Span

_HAS_DIGIT = re.compile(r"[0-9]")


def rest_of_note(value: str, base: int, r: Reading) -> None:
    """ "| Margin: Isolated 20x | Zona 0.41 0.42 | SL ...": in a one-line post a note's value ends
    at the field separator; what follows is text no label claims, checked like a line of its own
    (a price there that is none of the levels makes the signal needs review)."""
    if "|" in value or "/" in value or "•" in value:
        cuts = list(_FIELD_END.finditer(value))
        if "=" in value or "≈" in value:
            # "Trade Risk = ($0.0042 / $0.0320) = ~13.12%": a slash between two numbers of a sum
            # worked out is a division, not the end of a field.
            cuts = [m for m in cuts if not _DIVISION.match(value, max(0, m.start() - 1))]
        for i, m in enumerate(cuts):
            end = cuts[i + 1].start() if i + 1 < len(cuts) else len(value)
            if _HAS_DIGIT.search(value, m.end(), end):
                r.preludes.append((value[m.end() : end], base + m.end()))


_FIELD_END = re.compile(r"[ \t]?[|•][ \t]?|[ \t]/[ \t]")
_DIVISION = re.compile(r"[0-9)%][ \t]/[ \t][($]{0,2}[0-9]")


def field_bounds(low: str, start: int, end: int, at: int) -> Span:
    """The field of a one-line post around at, within the line low[start:end]: "|", "•" and a
    spaced " / " part the fields ("#SOL LONG | Entry: 61.4 | Zone @ 63.2 | SL 59")."""
    if "|" in low[start:end] or "•" in low[start:end] or " / " in low[start:end]:
        worked = "=" in low[start:end] or "≈" in low[start:end]
        start = max(start, low.rfind("|", start, at) + 1, low.rfind("•", start, at) + 1)
        slash = low.rfind(" / ", start, at)
        if worked and slash > 0 and _DIVISION.match(low, slash - 1):
            slash = -1  # "$2 / $0.025 = 80 XRP": a division, not a field's end
        start = start if slash < 0 else max(start, slash + 3)
        for sep in ("|", "•", " / "):
            found = low.find(sep, at, end)
            if found >= 0 and not (sep == " / " and worked and _DIVISION.match(low, found - 1)):
                end = found
    return start, end


LISTING_KINDS = frozenset(("entry", "buy", "sell", "tp"))


# A word that labels the numbers after it: followed by a label's separator ("Precio = 26000",
# "CMP: 0.52", "Zona → 0.50", "Precio - 26000"), or opening a field of a one-line post after its
# separator ("| Price 0.52", "/ Úroveň 1.59").
_OTHER_LABEL = re.compile(
    r"[^\W\d_]{2,}(?:[ \t-][^\W\d_]{2,}){0,2}[ \t]?(?:[:=@→]|->|-(?=[ \t]?\$?[0-9]))[ \t]?\$?[0-9]"
)


_FIELD_LABEL = re.compile(
    r"(?<=[/|•])[ \t]{0,2}(?:[^\W\d_]{2,}(?:[ \t-][^\W\d_]{2,}){0,2}"
    r"|[^\w\s$.,()\[\]+\-–—~/|•;:=@#%]{1,3})"  # or an emoji standing for a label: "| ➤ = 0.09"
    r"[ \t]?(?:[:=@→]|->|-)?[ \t]{0,2}\$?[0-9]"
)


# Words that may stand between a label's prices: units ("0.51 USDT - 0.53 USDT").
_UNITS = frozenset(("usdt", "usd", "usdc", "busd", "tusd", "fdusd", "dollars", "dollar"))


def other_label(value: str, after: int) -> int:
    """Where a word naming other numbers starts in value (after its first price, or after a
    field separator anywhere: "Entry: market | Mark @ 0.0577"), or -1."""
    for pattern, start in ((_OTHER_LABEL, after), (_FIELD_LABEL, 0), (_WORD_THEN_NUMBER, after)):
        for m in pattern.finditer(value, start):
            word = m.group().strip(" \t/|•;").split()[0].rstrip(":=@→-")
            if word not in _UNITS and (pattern is not _WORD_THEN_NUMBER or word not in _JOINING):
                return m.start()
    return -1


# "Opening price 0.673 Úroveň 0.67 0.653": a word between two prices that joins no range.
_WORD_THEN_NUMBER = re.compile(r"(?<=[0-9$)] )[^\W\d_]{2,}[ \t]{1,2}\$?[0-9]")


_JOINING = frozenset(
    (
        *("to", "and", "or", "till", "until", "from", "then", "up", "down", "upto", "between"),
        *("bis", "und", "oder", "à", "até", "et", "ou", "ve", "veya", "ile", "dan", "hingga"),
        *("sampai", "và", "đến", "tới", "تا", "الى", "إلى", "الی", "до", "и", "или", "по", "от"),
        *("zone", "area", "range", "limit", "dca", "max", "min", "approx", "around", "near"),
        *("below", "above", "under", "over", "at", "now", "market", "cmp", "usdt", "usd"),
        *("和", "或", "到", "至"),
    )
)
