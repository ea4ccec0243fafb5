"""What a field's value holds besides the prices read from it: digits nobody explains (an
unexplained number makes the reading doubtful), and a minus sign glued to a price. Used by
parsers/fields.py, which reads the prices."""

from __future__ import annotations

import re
from typing import Final

from parsers.char_scans import digit_count, has_digit
from parsers.numbers import Num

HAS_DIGIT: Final = re.compile(r"[0-9]")
# Digits that are not prices but are fine next to one: percentages, timeframes, list indexes,
# ratios. Anything else left over in a price segment is an unexplained number; the same notes
# explain a number on a line around the levels (parsers/explain.py).
BENIGN: Final = re.compile(
    r"(?=[0-9#(%])(?:[0-9][0-9.,]*\s?%"
    # "%1-2", "%2.5": the percent sign first, as Turkish writes it.
    r"|%\s?[0-9]{1,3}(?:[.,][0-9]{1,2})?(?:\s?[-–]\s?[0-9]{1,3}(?:[.,][0-9]{1,2})?)?"
    r"|(?<![0-9.,])[0-9]{1,3}(?:[.,][0-9])?\s?(?:-|to|–)\s?[0-9]{1,3}(?:[.,][0-9]{1,2})?\s?%"
    r"|(?<![0-9.])[0-9]{1,4}\s?pips?(?![a-z])"  # "109000 (500 pips)": the distance in pips
    # ("3-5 days": a range of durations.)
    r"|(?<![0-9.])(?:[0-9]{1,3}\s?(?:-|–|to)\s?)?[0-9]{1,3}\s?"
    r"(?:h|hrs?|hours?|d|days?|w|wks?|weeks?|m|mins?|minutes?"
    r"|months?|st|nd|rd|th|ч|д|小时|天|ساعات|ساعة|ساعت|يوم|أيام|روز)(?![a-z])"
    r"|(?<![0-9.])[0-9]{1,3}-(?:hours?|hrs?|days?|weeks?|wks?|minutes?|mins?|months?|years?)(?![a-z])"
    # ("R:R 1:2.5", "Risky 7/10"; a slash with spaces parts a list: "42.2 / 43 / 43.8".)
    r"|(?<![0-9.])[0-9]{1,2}(?:\.[0-9])?(?:\s?:\s?|/)[0-9]{1,2}(?:\.[0-9])?(?![0-9.])"
    r"|#[0-9]+"  # "Signal #1234": an id
    # "time zone: GMT +1", "UTC+3", "(UTC - 5:30)": a time zone's offset.
    r"|(?:(?<=gmt[+-])|(?<=utc[+-])|(?<=gmt\s[+-])|(?<=utc\s[+-])|(?<=gmt\s[+-]\s)|(?<=utc\s[+-]\s))"
    r"[0-9]{1,2}(?::?[0-9]{2})?(?![0-9.,])"
    r"|(?<=[a-z])[0-9]{1,3}(?![0-9.,])"  # "(near EMA7/EMA25)": an indicator's period
    # "3.160 USDT (about ~0.025 USDT away)": a distance, not a level.
    r"|[0-9][0-9.,]*\s?(?:usdt|usd|\$|points?|pts)?\s(?:away|distance)(?![a-z])"
    # "0.56 (1R)", "$44.65 (3.65R)": a multiple of the risk (two decimals at most); Russian
    # channels write it with a decimal comma and a Cyrillic "р" too ("0,1016 (1,5R)", "+0,42р").
    r"|(?<![0-9.,])[0-9]{1,2}(?:[.,][0-9]{1,2})?[rр](?![a-zа-яё])"
    # ("1 - 0.56", "2) 0.60": a list's index; not "60 - 80 - 100", a number after a range's dash.)
    r"|\(?(?<![0-9.])(?<![0-9][-–])(?<![0-9]\s[-–])(?<![0-9][-–]\s)(?<![0-9]\s[-–]\s)"
    r"[0-9]{1,2}\s?[).:#-](?![0-9]))"
)


def leftover(value: str, nums: list[Num], base: int) -> bool:
    """True when value holds digits that are neither the prices read nor a benign note."""
    digits = digit_count(value)
    covered = 0
    for n in nums:
        covered += digit_count(value[n.start - base : n.end - base])
    if digits == covered:
        return False
    rest = value
    for n in reversed(nums):
        rest = rest[: n.start - base] + " " + rest[n.end - base :]
    if "x" in rest and _TIMES.search(rest):
        return True  # "26000 (x7)": a multiple, or a leverage? (parsers/target_notes.py)
    return has_digit(BENIGN.sub(" ", rest))


# "x7", "x 2.5" after a price: a multiple (or a leverage) that the index and indicator notes of
# BENIGN ("7)", "EMA7") would take for theirs.
_TIMES: Final = re.compile(r"(?<![^\W\d_])x\s?[0-9]{1,3}(?:\.[0-9])?(?![0-9.,]|[^\W\d_])")


def _cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def negative(value: str, nums: list[Num], base: int) -> bool:
    """A minus sign glued to a price, not a range dash after another number: "SL: -0.45"."""
    for n in nums:
        before = value[: n.start - base]
        if before.endswith("-"):
            # ("3674-—3700": a dash doubled between two prices is still the range's dash.)
            prev = before[:-1].rstrip().rstrip("-").rstrip()
            if prev.endswith(".") and prev[-2:-1].isdigit():
                prev = prev[:-1]  # "止盈:15.—16.8": a whole price written with its dot
            # ("市价进-0.102": Chinese writes no space, the dash after a word joins it to the price.)
            if not prev or not (prev[-1].isdigit() or prev[-1] in "%)kK$" or _cjk(prev[-1])):
                return True
    return False
