"""parsers/not_prices.py NOT_PRICES, written with each alternative's first character before its
look-behind (so re rejects an alternative with one compare), finds what the look-behind-first
form it replaced found: the same spans and groups, on random texts of its own words."""

from __future__ import annotations

import random
import re

from parsers.not_prices import NOT_PRICES, not_prices

# The form before (session 13), kept here only to compare.
_BEFORE = re.compile(
    r"(?=[0-9#jfmasond%(])(?:(?<![0-9])(?<![0-9]\s)%\s?[0-9]{1,3}(?:[.,][0-9]{1,2})?"
    r"(?:\s?[-–]\s?[0-9]{1,3}(?:[.,][0-9]{1,2})?)?(?![0-9]|\s?%)"
    r"|\((?:[0-9]{1,2})\)"
    r"|\(\s?[0-9]{1,2}(?:[.,][0-9]{1,2})?\s?(?::|/(?=\s?[0-9]{1,2}\s?\)))\s?[0-9]{1,2}"
    r"(?:[.,][0-9]{1,2})?\s?\)"
    r"|(?<=[a-z]\()[0-9]{1,3}(?=\))"
    r"|(?<![0-9.,])[0-9]{1,2}\.[0-9]{1,2}\s?:\s?1(?![0-9]|[.,][0-9])"
    # (session 24, i13-ru25: a ratio to one after a price, "rr1,6", "1,5 R", a split "50/50":
    # the same alternatives as NOT_PRICES's)
    r"|(?<![0-9.,])(?:(?<=[0-9]\s)|(?<=[0-9]\s\s))(?:1\s?[:;к]\s?[0-9]{1,2}(?:[.,][0-9]{1,2})?"
    r"|[0-9]{1,2}(?:[.,][0-9]{1,2})?\s?[:;к]\s?1)(?![0-9]|[.,:;/][0-9])"
    r"|(?<![0-9.,])(?<=[rр][rр])[0-9]{1,2}(?:[.,][0-9]{1,2})?(?![0-9.,])"
    r"|(?<![0-9.,])[0-9]{1,2}(?:[.,][0-9]{1,2})?\s[rр](?![a-zа-яё0-9])"
    r"|(?<![0-9.,])(?:50/50|30/70|70/30|40/60|60/40|25/75|75/25|20/80|80/20|30/30/40|40/30/30"
    r"|25/25/50|50/25/25|20/30/50|50/30/20|25/25/25/25)(?![0-9.,/])"
    r"|(?<![0-9.,])[0-9]{1,5}(?:[.,][0-9])?\s?pips?(?![a-z])"
    r"|(?<![0-9.,])(?P<lo>[0-9]{1,2}(?:[.,][0-9])?)\s?(?:-|to|–)\s?"
    r"(?P<hi>[0-9]{1,3}(?:[.,][0-9]{1,2})?)\s?%"
    # (session 21, i13-wt22: a range of durations names its ends, as NOT_PRICES's does, to keep a
    # price before a duration: "160 - 3 days")
    r"|(?<![0-9.,])(?:(?P<dlo>[0-9]{1,3})\s?(?:-|–|to)\s?(?P<dhi>[0-9]{1,3})|[0-9]{1,3})\s?"
    r"(?:h|hrs?|hours?|d|days?|w|wks?|weeks?|m|mins?|minutes?|months?"
    # (session 18, i13-ru19: Russian "дня"/"день" read whole, and a Cyrillic letter after the
    # unit makes it a word's start, as a Latin one does: the same changes as NOT_PRICES's)
    r"|ساعات|ساعة|ساعت|يوم|أيام|روز|ч|час\w{0,2}|д(?:н[яеи]\w?|ень)?|小时|天|saat\w{0,3}|gün)"
    r"(?![a-z0-9а-яё])"
    r"|(?<![0-9.,])[0-9]{1,3}-(?:hours?|hrs?|days?|weeks?|wks?|minutes?|mins?|months?|years?)(?![a-z])"
    r"|#[0-9]+"
    r"|(?<![0-9.,])[0-9]{1,6}\.[0-9]{1,8}x{1,3}(?![\w.,])"
    # (session 27, i13-wrong28: a month's own name, as NOT_PRICES's: "maybe 33" is no date)
    r"|[0-9]{1,2}[-/ ](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"(?:uary|ruary|ch|il|e|y|ust|t|tember|ober|ember)?(?![a-z])[-/ ,]*[0-9]{2,4}"
    r"|(?<![a-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"(?:uary|ruary|ch|il|e|y|ust|t|tember|ober|ember)?(?![a-z])\.?\s[0-9]{1,2}"
    r"(?:st|nd|rd|th)?(?![0-9]|,(?!\s?(?:19|20)[0-9]{2})|\.[0-9])"
    r"(?:,?\s(?:19|20)[0-9]{2}(?![0-9.,]))?)"
)
_WORDS = (
    *("0", "1", "2", "3", "12", "5", "100", "0.5", "1.13", ".", ",", "%", "(", ")", " ", "-"),
    *("–", "to", ":", "/", "pips", "pip", "h", "hr", "hours", "d", "days", "w", "m", "mins"),
    *("months", "year", "jan", "may", "dec", "july", "x", "xx", "#", "a", "e", "z", "rsi"),
    *("be", "maybe", "ch", "ember"),
    *("ema", "st", "rd", "2024", "19", "20", "ч", "天", "gün", "saat", "\n", "$", "k"),
)


def _found(pattern: re.Pattern[str], text: str, pos: int = 0) -> list[object]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text, pos)]


def test_not_prices_when_random_texts_then_as_the_look_behind_first_form() -> None:
    rng = random.Random(13)
    matched = 0
    for _ in range(40_000):
        text = "".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 14)))
        pos = rng.randint(0, 2)
        want = _found(_BEFORE, text, pos)
        assert _found(NOT_PRICES, text, pos) == want, repr(text)
        matched += bool(want)
    assert matched > 4_000  # the texts reach the matches, not only texts with none


def test_not_prices_when_each_kind_then_blanked() -> None:
    for text in ("3 to 5%", "7 days", "4h", "(1:3)", "2.38 : 1", "70 pips", "#12"):
        assert not_prices(text).strip() == "", text
    assert not_prices("ema(200)") == "ema(   )"  # an indicator's period
    assert not_prices("may 12, 2024 at 0.46xx") == " " * 13 + "at" + " " * 7
    assert not_prices("42.2 - 17%") == "42.2      "  # a price, then the share to close there
    assert not_prices("160 - 3 days") == "160         "  # a price, then a duration (i13-wt22)
    assert not_prices("3 - 5 days").strip() == ""  # a range of durations goes up
