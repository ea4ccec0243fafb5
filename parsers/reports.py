"""A report around a complete signal: a status or recap word on a short line before the levels
or after them makes the post a report or a recap quoting the signal, never a new trade."""

from __future__ import annotations

import re

from parsers.labels import REPORTED
from parsers.numbers import read_prices
from parsers.reading import Settled
from parsers.vocabulary import REPORTED_AROUND, REPORTED_AROUND_UNSPACED

_WORD = re.compile(r"[^\W\d_]+")
_REPORTED_WORD = re.compile("|".join((*REPORTED_AROUND, *REPORTED_AROUND_UNSPACED)))


# A status or recap line is short ("Profit booked on this one 💰"); a longer one is analysis.
_REPORT_WORDS = 10


def reported_around(low: str, s: Settled) -> str | None:
    """A word reporting on a trade, on a short line before the levels or after them, or None.
    (A long line is a sentence of the analysis: "BTC has just completed a shakeout" reports
    nothing about this trade.)"""
    spans = [(n.start, n.end) for n in (*s.entries, *s.tps, *([s.sl] if s.sl else []))]
    if not spans:
        return None
    first = low.rfind("\n", 0, min(a for a, _ in spans)) + 1
    last = low.find("\n", max(b for _, b in spans))
    for part in (low[:first], low[last:] if last >= 0 else ""):
        if not part or REPORTED.search(part) < 0:
            continue
        for line in part.split("\n"):
            at = REPORTED.search(line)
            if at >= 0 and len(_WORD.findall(line)) <= _REPORT_WORDS:
                m = _REPORTED_WORD.match(line, at)
                if m and _market_went(line, m.end(), s):
                    continue
                return m.group() if m else line[at : at + 12]
    return None


_PRICE_AFTER = re.compile(r"\s(?:at\s|to\s)?(\$?\s?[0-9][0-9.,]*k?)")


# A sentence, not a status line: "liquidated when ETH hit $2,486" has six words or more.
_SENTENCE_WORDS = 6


def _market_went(line: str, end: int, s: Settled) -> bool:
    """ "Over 24,000 shorts were liquidated when ETH hit $2,486.": a sentence telling where the
    market went, to a price that is none of the signal's levels, reports on no trade."""
    m = _PRICE_AFTER.match(line, end)
    if m is None or len(_WORD.findall(line)) < _SENTENCE_WORDS:
        return False
    said = read_prices(m.group(1))
    levels = {n.value for n in (*s.entries, *s.tps, *([s.sl] if s.sl else []))}
    return bool(said) and said[0].value not in levels
