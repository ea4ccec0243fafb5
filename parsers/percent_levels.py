"""Percentages where a price belongs: targets given only as percentages ("TP: %5-%10-%15",
"Targets 30% - 60% - 100%", "Take profit 20-40%"), and an entry told as a distance from the
market price ("Entry: -2% from current").

Every price traded comes from the post, so none is worked out from a percentage. Targets given
only as percentages, beside an entry or a stop given as prices, leave a signal that trades its
entries and stop as posted with no targets, the percentages a note on the card and in the trade
log (tests/fixtures/corpus/CONVENTIONS.md; Cornix trades such a post with the
user's own default targets, a price the post does not hold). An entry as a distance from the
market is a price the post does not hold: a review reason, never a market order.
"""

from __future__ import annotations

import re
from typing import Final

Span = tuple[int, int]

# The percentages of a target label's value: "%5" (the mark first, as Turkish writes it), "5%",
# "+3%", a range "20-40%" or "10% - 15%".
_PERCENT_FORMS: Final = re.compile(
    r"(?:[+-]?[0-9]{1,4}(?:[.,][0-9]{1,2})?[ \t]?%?[ \t]?(?:-|–|to|/)[ \t]?)+[+-]?[0-9]{1,4}"
    r"(?:[.,][0-9]{1,2})?[ \t]?%"  # a range or a run, "20-40%", "10% - 15%", "20-30-50%"
    r"|%[ \t]?[0-9]{1,4}(?:[.,][0-9]{1,2})?"  # "%5": the mark first, as Turkish writes it
    r"|[+-]?[0-9]{1,4}(?:[.,][0-9]{1,2})?[ \t]?%"
)
# What may stand beside them: the leverage the gain was worked out with ("ON 10X LEV", "(x10)").
_LEVERAGE_NOTE: Final = re.compile(
    r"(?<![0-9.,])[0-9]{1,3}[ \t]?[xх×](?![a-z0-9])|(?<![a-z0-9])[xх×][ \t]?[0-9]{1,3}(?![0-9.,])"
)
_ANY_DIGIT: Final = re.compile(r"[0-9]")
# A mark or word of a result beside them: "Take profit: 20% ✅", "TP1: +5% hit", "Target 2
# reached 40%": a report of a target hit (a restated signal under it), no targets to set.
_RESULT: Final = re.compile(
    r"[✅✔☑✓💰🤑]|(?<![a-z])(?:hit|done|reached|achieved|booked|secured|taken|closed|smashed"
    r"|completed|profit\s(?:made|locked|realized))(?![a-z])"
)


# A range whose first number carries no mark: "20-40%" (a range of percentages), or "6.5 - 28%",
# "7.5-60%" (a price and the share to close there, as parsers/not_prices.py reads them).
_BARE_RANGE: Final = re.compile(
    r"(?<![0-9.,%])([0-9]{1,4}(?:[.,][0-9]{1,2})?)[ \t]?(?:-|–|to)[ \t]?"
    r"([0-9]{1,4}(?:[.,][0-9]{1,2})?)[ \t]?%"
)


def _a_range(m: re.Match[str]) -> bool:
    """ "20-40%": a round number, then one above it by at most five times (not_prices' rule)."""
    lo, hi = m.group(1), m.group(2)
    low, high = float(lo.replace(",", ".")), float(hi.replace(",", "."))
    return (lo.isdigit() or lo[-2:] in (".5", ",5")) and 0 < low < high <= 5 * low


def percent_targets(low: str, span: tuple[int, int], prices: list[float]) -> bool:
    """Whether a target label's value at span gives nothing but percentages (and the leverage
    they were worked out with): targets as percentages, no price among them, no result. A range
    whose first number has no mark ("20-40%") counts only far from every price read (prices)."""
    value = low[span[0] : span[1]]
    if "%" not in value:
        return False
    start = span[0]
    while start > 0 and low[start - 1] in "0123456789.,-–":
        start -= 1  # "TARGET 10-100%": the label took the range's first number as its index
    for m in _BARE_RANGE.finditer(low, start, span[1]):
        lo = float(m.group(1).replace(",", "."))
        if not _a_range(m) or any(p / 2 <= lo <= p * 2 for p in prices):
            # "Target 1 - 6.5 - 28%" over entries of 5.8 - 6: target 6.5 and its share, or a
            # range of percentages? Not certain: the percentage left for review.
            return False
    rest = _LEVERAGE_NOTE.sub(" ", _PERCENT_FORMS.sub(" ", value))
    return _ANY_DIGIT.search(rest) is None and _RESULT.search(rest) is None


def percent_target_note(norm: str, low: str, at: int, span: tuple[int, int]) -> tuple[str, Span]:
    """The note for targets given as percentages, as written from the label (at) on, and where
    it is: to the line's end when the rest holds no other number ("TARGET 10-100% ON 10X LEV",
    whose leverage the value's reading had set aside), else to the value's end."""
    end = low.find("\n", span[1])
    end = len(low) if end < 0 else end
    if end == span[1] or not percent_targets(low, (span[0], end), []):
        end = span[1]
    return " ".join(norm[at:end].split()), (at, end)


# After the only target read: "- 60%" ("Target: 7.5-60%"), then no other number on its line
# but a leverage ("TARGET 7.5-60% ON 20X LEV").
_SHARE_AFTER: Final = re.compile(r"[ \t]?(?:-|–|to)[ \t]?([0-9]{1,3}(?:[.,][0-9]{1,2})?)[ \t]?%")
_ROUND: Final = re.compile(r"[0-9]{1,3}(?:[.,]5)?")


def share_or_range(low: str, start: int, end: int, value: float) -> Span | None:
    """Where the only target read, at start..end, is "7.5-60%": target 7.5 closing 60% there, or
    targets of 7.5% to 60%? (A round number below the percentage after it; in a list of targets,
    "TP1: 5.937 - 30%" under "TP2: 5.854 - 20%", the shares are certain.) None: no doubt."""
    m = _SHARE_AFTER.match(low, end)
    if m is None or _ROUND.fullmatch(low, start, end) is None:
        return None
    if value >= float(m.group(1).replace(",", ".")):
        return None
    line_end = low.find("\n", m.end())
    rest = low[m.end() : len(low) if line_end < 0 else line_end]
    return None if _ANY_DIGIT.search(_LEVERAGE_NOTE.sub(" ", rest)) else (start, m.end())


# "about 5% under the entry": a percentage placing a level from the entry (parsers/fields.py: a
# stop told so in a sentence).
PCT_AWAY: Final = re.compile(
    r"\d\s?%\s(?:(?:of\s)?(?:the\s)?(?:below|under|above|over|beneath|from|away|lower|higher))"
)
# "-2% from current", "2% below the market price", "market -1.5%", "CMP + 0.5 %": an entry told as
# a distance from the price now (a market word near a percentage and a word or sign of direction).
_OFF_MARKET: Final = re.compile(
    r"[0-9][ \t]?%[ \t]?(?:(?:below|under|lower\sthan|above|over|higher\sthan|from|off)\b"
    r"|(?:ниже|выше|от)(?!\w))"
    r"|(?:market|current|cmp|price)[^0-9%\n]{0,12}[+-][ \t]?[0-9]{1,3}(?:[.,][0-9]{1,2})?[ \t]?%"
)


def off_market(value: str) -> bool:
    """Whether an entry's value (lower-cased) gives it as a percentage away from the market
    price: a price the post does not hold, not an entry at market."""
    return "%" in value and _OFF_MARKET.search(value) is not None
