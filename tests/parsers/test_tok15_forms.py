"""Quick tests added in session 22 (i13-tok15) before a pattern that re enters at every
character: each answers "nothing to find" only where the pattern finds nothing, on random
inputs of the pattern's own words and on the dev posts' lines. The pattern's source is pinned
so that a rule added to it fails here until its quick test is checked against it."""

from __future__ import annotations

import hashlib
import random

from parsers import not_prices, numbers
from parsers.number_tokens import number_tokens
from tests.parsers.corpus_score import load_split

# What NOT_PRICES may be written around: its words, its signs, numbers, and the characters next
# to which its alternatives start or stop.
_WORDS = (
    *("h", "hrs", "hour", "hours", "d", "day", "days", "w", "wk", "weeks", "m", "min", "mins"),
    *("minutes", "month", "months", "year", "years", "ч", "час", "часа", "д", "дня", "дней"),
    *("день", "小时", "天", "saat", "saati", "gün", "ساعات", "ساعة", "ساعت", "يوم", "أيام", "روز"),
    *("order", "orders", "limit", "market", "equal", "entries", "parts", "tranches", "buys"),
    *("pip", "pips", "profit", "loss", "gain", "pnl", "p&l", "use", "invest", "investment"),
    *("size", "position", "margin", "amount", "budget", "capital", "cmp", "current", "currently"),
    *("price", "now", "eur", "inr", "rub", "€", "₹", "usdt", "usdc", "busd", "usd", "dollars"),
    *("jan", "feb", "mar", "march", "apr", "may", "jun", "june", "jul", "aug", "sep", "sept"),
    *("oct", "nov", "dec", "december", "ema", "rsi", "ma", "to", "the", "at", "a", "short"),
    *("edited", "area", "this", "stop", "x", "xx", "k", "MAY", "H", "Days", "к", "r", "р", "rr"),
    *("分", "分钟", "分鐘", "筆", "笔", "×", "atr", "×atr", "上午", "下午", "早上", "晚上"),
)
_SIGNS = (*"%()+-–~≈#:;/.,$ \t\n", "\xa0", "•", "|", "=", "@", "k")


def _number(rng: random.Random) -> str:
    whole = str(rng.choice((0, 1, 2, 3, 5, 7, 12, 24, 31, 100, 200, 2024, 63200)))
    if rng.random() < 0.4:
        whole += rng.choice((".", ",")) + str(rng.randint(0, 999))
    return whole


def _random_text(rng: random.Random) -> str:
    parts: list[str] = []
    for _ in range(rng.randint(1, 9)):
        roll = rng.random()
        if roll < 0.35:
            parts.append(_number(rng))
        elif roll < 0.7:
            parts.append(rng.choice(_WORDS))
        else:
            parts.append(rng.choice(_SIGNS))
        if rng.random() < 0.5:
            parts.append(rng.choice((" ", " ", "", "-", "/", "\xa0")))
    return "".join(parts)


# One form of each alternative of NOT_PRICES, to be cut and changed at random: a quick test that
# forgets what an alternative starts next to misses a match on some of these.
_FORMS = (
    *("4h - 1.2.3", "15m | 2.0.1", "1d-1.2.3", "4h 1.2.3", "v1.2.3", "v 1.4.0", "- 1.2.3"),
    *("3 to 5%", "10-15 %", "%2.5", "% 1-2", "(~11.40 eur)", "( ≈ 9 €)", "(+$14)", "(-13 usdt)"),
    *("(profit: $14)", "(use $100)", "(position size 2k usd)", "+ 14 usdt", "+$5", "#1234"),
    *("(cmp 12.55)", "(currently $2.38 to get in)", "(price now 3)", "(market 5)", "rsi(14)"),
    *(
        "(1:3)",
        "( 1/3 )",
        "(1;2)",
        "( 2,5 ; 1 )",
        "(1 к 2,5)",
        "0,1016 1:1,5",
        "0.45 1;2",
        "0,97  2,5 к 1",
        "0,1016 1,5 R",
        "(2,5 р)",
        "50/50",
        "30/30/40",
        "1,165 rr1,6",
        "(2)",
        "2.38 : 1",
        "~1.13:1",
        "70 pips",
        "30pip",
        "12.5 - 48%",
    ),
    *("4h", "7 days", "3-5 days", "2 to 4h", "15m", "2w", "24-hour", "3-year", "4ч", "4 小时"),
    *("3 saat", "2 gün", "5 дней", "3 ساعات", "3 orders", "2 limit orders", "4 entries"),
    *("3 parts", "2 tranches", "3 buys", "0.46x", "1.2xx", "12-nov-2024", "3/jan/24", "5 may 25"),
    *("may 12", "sept. 3", "dec 3rd, 2024", "july 15.", "on december 1"),
    *("20 分", "-31 分", "60分钟", "38 筆", "0.6×atr", "1.2x atr", "08/11 下午", "7/25上午"),
)


def _changed_form(rng: random.Random) -> str:
    text = rng.choice(_FORMS)
    for _ in range(rng.randint(0, 2)):
        at = rng.randrange(len(text) + 1)
        cut = rng.random()
        piece = rng.choice((*_SIGNS, "a", "z", "7", "x", "o", "t"))
        if cut < 0.4:
            text = text[:at] + text[at + 1 :]
        else:
            text = text[:at] + piece + text[at + (cut < 0.7) :]
    if rng.random() < 0.5:
        text = rng.choice(("", "tp ", "entry: ", "0.45 ", "x")) + text
    return text + rng.choice(("", " ", "1", "a", "%", ")"))


def test_not_prices_quick_test_when_forms_changed_at_random_then_never_misses_a_match() -> None:
    rng = random.Random(221)
    found = 0
    for _ in range(2_500):
        text = _changed_form(rng)
        assert _same(text), text
        found += not_prices.NOT_PRICES.search(text) is not None
    assert found > 900, found


def _same(text: str) -> bool:
    """The quick test says nothing is there only where the pattern finds nothing, and
    not_prices gives what the pattern's substitution gives."""
    held = not_prices.may_hold_not_price(text)
    found = not_prices.NOT_PRICES.search(text) is not None
    whole = not_prices.not_prices(text) == not_prices.NOT_PRICES.sub(not_prices._not_price, text)
    return whole and (held or not found)


def test_not_prices_quick_test_when_random_texts_of_its_words_then_never_misses_a_match() -> None:
    rng = random.Random(22)
    skipped = found = 0
    for _ in range(2_000):
        text = _random_text(rng)
        assert _same(text), text
        skipped += not not_prices.may_hold_not_price(text)
        found += not_prices.NOT_PRICES.search(text) is not None
    # (Both answers are given often: the comparison is not vacuous either way.)
    assert skipped > 500 and found > 150, (skipped, found)


def test_not_prices_quick_test_when_dev_lines_then_never_misses_a_match() -> None:
    skipped = 0
    for case in load_split("dev")[:150]:
        for line in case.text.lower().split("\n"):
            assert _same(line), line
            skipped += not not_prices.may_hold_not_price(line)
    assert skipped > 100


# NOT_PRICES' source when may_hold_not_price was written from it. A rule added to NOT_PRICES
# must be checked against may_hold_not_price's list of what each alternative starts next to
# (and that list extended, and _WORDS above with it), then this hash updated.
# (Session 23, i13-sig24: "(1;2)", a ratio typed with a semicolon; it opens with "(" and a digit
# or a space, as the colon's does.)
# (Session 24, i13-ru25: "(1 к 2,5)", and a ratio to or of one right after a price, "0,1016
# 1:1,5", "1;2", "2,5 к 1": a digit before ":", ";" or a non-ASCII "к", each in _after_digit;
# "1,5 R" (a digit, a space, "r") and a split "50/50" (a digit, "/", a digit) added there too;
# "rr1,6", a digit after "rr", tested in may_hold_not_price itself.)
# (Session 24, i13-gath25: a Chinese card's "20 分", "38 筆", "0.6×ATR", "08/11 下午": a digit
# then a character outside ASCII, or "x", as _after_digit tests; their words added to _WORDS
# and _FORMS.)
# (Session 27, i13-wrong28: a month's name ends where the month's does, "maybe" is none: the
# two month alternatives narrowed after their first three letters, which may_hold_not_price's
# month test still finds first; nothing new opens an alternative.)
# (Session 30, i13-values32: a version after a timeframe or a "v", "4h - 1.2.3", "v1.2.3": a
# digit after a timeframe's unit is found by the unit's test ("4h"), one right after "v" or "v "
# tested in may_hold_not_price itself; the forms added to _FORMS.)
_NOT_PRICES_SHA = "c7909dafe2ca993889519e38aa87eecc1e6ff54c4186146dee6a6befc77ef29e"


def test_not_prices_quick_test_when_pattern_changed_then_checked_again() -> None:
    digest = hashlib.sha256(not_prices.NOT_PRICES.pattern.encode()).hexdigest()
    assert digest == _NOT_PRICES_SHA, digest


_NUMBER_PIECES = (
    *"0123456789",
    "0.",
    ".5",
    "12,500",
    "1 250",
    "63200",
    "0,731",
    "$",
    "$ ",
    ".",
    ",",
    " ",
    "\t",
    *("k", "K", "bin", "usdt", "usd", "%", " %", "#", "-", "/", "x", "a", "é", "ж", "ß", "😀", "("),
    *("tp", "entry", "1.2.3", "..", "\n", "ǅ", "ӿ", "Ԁ", "\u00bf", "\u00c0"),
)


def _same_numbers(text: str) -> bool:
    # (Session 23: the matches are read by parsers/number_tokens.py, which replaced
    # number_starts.number_matches; tests/parsers/test_number_tokens.py tests it further.)
    want = [
        (m.span(), m.span(2), m.end(3) if m.group(3) else -1, bool(m.group(5)), m.group(2))
        for m in numbers._NUMBER.finditer(text)
    ]
    got = [
        ((t.start, t.end), (t.num_start, t.num_end), t.k_end, t.percent, t.raw)
        for t in number_tokens(numbers._NUMBER, text)
    ]
    return want == got


def test_number_tokens_when_random_texts_then_as_the_patterns_finditer() -> None:
    rng = random.Random(2215)
    found = 0
    for _ in range(3_000):
        text = "".join(rng.choice(_NUMBER_PIECES) for _ in range(rng.randint(0, 12)))
        assert _same_numbers(text), text
        found += bool(numbers._NUMBER.search(text))
    assert found > 1_500, found


def test_number_tokens_when_dev_lines_then_as_the_patterns_finditer() -> None:
    for case in load_split("dev")[:150]:
        for line in case.text.lower().split("\n"):
            assert _same_numbers(line), line
