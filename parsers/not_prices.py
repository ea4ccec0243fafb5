"""Numbers that are never prices (percent ranges, durations, dates, counts, ratios, pips), blanked
before a segment's prices are read."""

from __future__ import annotations

import re
from typing import Final

from parsers.numbers import BULLETS
from parsers.reading import Span

# The rest of a month's name after its first three letters, or none ("sept", "june", "march"),
# then no letter: "34-35 maybe 33" is no date (i13-wrong28: 35 was blanked as "35 may(be) 33").
_MONTH_END: Final = r"(?:uary|ruary|ch|il|e|y|ust|t|tember|ober|ember)?(?![a-z])"

# An amount of money: "$14", "14$", "14 USDT", "1.2k USD".
_MONEY: Final = (
    r"(?:\$\s?[0-9][0-9.,]*k?|[0-9][0-9.,]*k?\s?(?:\$|usdt|usdc|busd|usd|dollars?)(?![a-z]))"
)
# The position's split between two to four targets, in the shares channels write (i13-ru25).
_SPLITS: Final = (
    r"(?:50/50|30/70|70/30|40/60|60/40|25/75|75/25|20/80|80/20|30/30/40|40/30/30|25/25/50"
    r"|50/25/25|20/30/50|50/30/20|25/25/25/25)"
)
# Numbers that are never prices, blanked before reading: "3 to 5%", "10-15%", "7 days", "4h".
# Each alternative opens with the character it consumes first, its look-behind after it
# ("[0-9](?<![0-9.,][0-9])" is "(?<![0-9.,])[0-9]"): re rejects an alternative whose first
# character differs with one compare, where a look-behind first is a jump into the matcher for
# every alternative at every candidate position (about 1,500 machine instructions a position;
# tests/parsers/test_not_prices_form.py compares this form with the look-behind-first one).
NOT_PRICES: Final = re.compile(
    # "%2.5": Turkish order (not the "% 10" between "5% 10%").
    r"(?=[0-9#jfmasond%(+])(?:%(?<![0-9]%)(?<![0-9]\s%)\s?[0-9]{1,3}(?:[.,][0-9]{1,2})?"
    r"(?:\s?[-–]\s?[0-9]{1,3}(?:[.,][0-9]{1,2})?)?(?![0-9]|\s?%)"
    # "TP1: 12.90 (+$14)", "(+14 USDT)", "SL: 11.95 (-$13)", "(profit $14)", "| +$14": the
    # profit or loss in money at that level, signed or named (a price has no sign); "Entry: 95
    # (use $100)": the amount to put in.
    r"|\((?:(?:profit|loss|gain|pnl|p&l)\s?[:=]?\s?[+-]?|[+-]|(?:use|invest(?:ment)?|size"
    r"|position(?:\ssize)?|margin|amount|budget|capital)\s?[:=]?)\s?" + _MONEY + r"\s?\)"
    r"|\+\s?" + _MONEY + r"|\((?:[0-9]{1,2})\)"  # "Stratejiler (2):": a count
    # "Entry: 12.40 (CMP 12.55)": the market price beside the level, for reference;
    # "Entry Point: $2.38 (currently $2.3825 to get in)": the same, a few words after it.
    r"|\((?:cmp|current(?:ly|\sprice)?|price\snow|now|market(?:\sprice)?)\s?[:=@-]?\s?\$?"
    r"[0-9][0-9.,]*\s?\$?(?:\s[a-z]{1,8}){0,4}\)"
    # "Entry: 12.40 USDT (≈ 11.40 EUR)": the level in another currency, never a price of the pair.
    r"|\([≈~\s]{0,3}[0-9][0-9.,\s]*(?:eur|inr|rub|gbp|try|uah|jpy|€|₹|₽|£|₺|₴|¥)\s?\)"
    # "TP 63.2 (1:3)", "(1:1.5)", "(1/3)": a ratio in parentheses, never two prices.
    r"|\(\s?[0-9]{1,2}(?:[.,][0-9]{1,2})?\s?(?::|/(?=\s?[0-9]{1,2}\s?\)))\s?[0-9]{1,2}"
    r"(?:[.,][0-9]{1,2})?\s?\)"
    # "TP1: 0.1445 (1;2)": the same ratio typed with a semicolon (a Russian keyboard's colon key
    # without Shift; the dk-trader channels write "rr 1;1"), only a ratio to or of one.
    # ("(1 к 2,5)": Russian says "one to two and a half" with "к".)
    r"|\(\s?(?:1\s?[;к]\s?[0-9]{1,2}(?:[.,][0-9]{1,2})?|[0-9]{1,2}(?:[.,][0-9]{1,2})?\s?[;к]\s?1)"
    r"\s?\)"
    # "4H EMA(100)", "RSI(14)": an indicator's period.
    r"|[0-9](?<=[a-z]\([0-9])[0-9]{0,2}(?=\))"
    # A number's first digit, tested once for the alternatives that start there: re tried each
    # one's look-behind in turn at every digit of every price.
    r"|(?=[0-9](?<![0-9.,][0-9]))(?:"
    # "~1.13:1", "2.38 : 1": a reward-to-risk ratio (a list index is never a decimal).
    r"[0-9][0-9]?\.[0-9]{1,2}\s?:\s?1(?![0-9]|[.,][0-9])"
    # "TP1 0,1016 1:1,5", "тп1 0,12522 1;2", "0,97 1 к 2,5": the same ratio, to or of one, right
    # after a price (one or two spaces between); a ratio has no price in it.
    r"|(?:(?<=[0-9]\s)|(?<=[0-9]\s\s))(?:1\s?[:;к]\s?[0-9]{1,2}(?:[.,][0-9]{1,2})?"
    r"|[0-9]{1,2}(?:[.,][0-9]{1,2})?\s?[:;к]\s?1)(?![0-9]|[.,:;/][0-9])"
    # "ТП1: 1,165 RR1,6": the reward to the risk, its label glued to it (i13-ru25).
    r"|(?<=[rр][rр])[0-9]{1,2}(?:[.,][0-9]{1,2})?(?![0-9.,])"
    # "0,1016 1,5 R", "(2,5 R)": a multiple of the risk, a space before its "R" (i13-ru25).
    r"|[0-9]{1,2}(?:[.,][0-9]{1,2})?\s[rр](?![a-zа-яё0-9])"
    # "тп 0,12 0,11 50/50", "30/30/40": the position's split between the targets (shares that
    # sum to 100, as channels split), never prices.
    r"|" + _SPLITS + r"(?![0-9.,/])"
    # "TP: 63.2 (70 pips)", "SL 59 (-30 pips)": a distance in pips.
    r"|[0-9][0-9]{0,4}(?:[.,][0-9])?\s?pips?(?![a-z])"
    r"|(?P<lo>[0-9][0-9]?(?:[.,][0-9])?)\s?(?:-|to|–)\s?"
    r"(?P<hi>[0-9]{1,3}(?:[.,][0-9]{1,2})?)\s?%"
    # ("3-5 days", "2 to 4h": a range of durations.)
    r"|(?:(?P<dlo>[0-9]{1,3})\s?(?:-|–|to)\s?(?P<dhi>[0-9]{1,3})|[0-9]{1,3})\s?"
    r"(?:h|hrs?|hours?|d|days?|w|wks?|weeks?|m|mins?|minutes?|months?"
    # (Russian "ч", "д", "дня", "дней": never the first letter of a word, "340 до 360" being a
    # range of prices, i13-ru19.)
    # ("20 分", "-31 分", "38 筆": minutes, a score's points, a count of trades in a Chinese
    # card; i13-gath25.)
    r"|ساعات|ساعة|ساعت|يوم|أيام|روز|ч|час\w{0,2}|д(?:н[яеи]\w?|ень)?|小时|天|分(?:钟|鐘)?|[笔筆]"
    r"|saat\w{0,3}|gün"
    # ("1.95 - 2.05 (2 orders)", "in 3 parts": a count of orders, never a price.)
    r"|(?:limit\s|market\s|equal\s)?orders?|entries|parts|tranches|buys)(?![a-z0-9а-яё])"
    # "The 24-hour low", "a 3-day range", "the 200-week average": a duration as an adjective.
    r"|[0-9][0-9]{0,2}-(?:hours?|hrs?|days?|weeks?|wks?|minutes?|mins?|months?"
    r"|years?)(?![a-z])"
    # "止损: 0.340354 (0.6×ATR)": a multiple of the volatility; "⏰ 08/11 下午": a date before
    # the time of day (i13-gath25).
    r"|[0-9]{1,2}(?:[.,][0-9]{1,2})?[×x]\s?atr(?![a-z])"
    r"|[0-9]{1,2}/[0-9]{1,2}\s?(?:上午|下午|早上|晚上)"
    # "a close above 0.46x", "the 1.2xx zone": a level with its last digits left open, no price.
    r"|[0-9][0-9]{0,5}\.[0-9]{1,8}x{1,3}(?![\w.,])"
    # "$2,345.67 - 4H - 1.2.3", "v1.2.3": a dotted triple after a timeframe or a "v", a tool's
    # version, never a price (session 30, i13-values32; "1.6.382" elsewhere is a list index run
    # into a price, which the cross-check must see).
    r"|(?:(?<=v)|(?<=v\s)|(?<=[0-9][hdwm]\s[-–|/]\s)|(?<=[0-9][hdwm][-–|/])|(?<=[0-9][hdwm]\s))"
    r"[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,2}(?![0-9]|[.,][0-9]))"
    r"|#[0-9]+"
    # (a month's own name, not any word it opens: "34-35 maybe 33" is no date; i13-wrong28)
    r"|[0-9]{1,2}[-/ ](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    + _MONTH_END
    + r"[-/ ,]*[0-9]{2,4}"
    # "May 12", "Dec 3rd, 2024", "... July 15.": a date, month first (a full stop may end it);
    # no letter before the month's three ("(?<![a-z]{4})" after them).
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?<![a-z]{4})"
    + _MONTH_END
    + r"\.?\s[0-9]{1,2}"
    r"(?:st|nd|rd|th)?(?![0-9]|,(?!\s?(?:19|20)[0-9]{2})|\.[0-9])"
    r"(?:,?\s(?:19|20)[0-9]{2}(?![0-9.,]))?)"
)


def blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


_NOT_NEWLINE: Final = re.compile(r"[^\n]")


def blank_lines(text: str) -> str:
    """text with every character but its line breaks blanked (the lines and offsets stay)."""
    return _NOT_NEWLINE.sub(" ", text)


def _not_price(m: re.Match[str]) -> str:
    lo, hi = m.group("lo"), m.group("hi")
    dlo = m.group("dlo")
    if dlo is not None and int(dlo) >= int(m.group("dhi")):
        # "TP: 150, 155, 160 - 3 days": a price, then a duration (a range of durations goes up).
        return dlo + " " * (len(m.group()) - len(dlo))
    # ("$16.5 - 33%": a dollar sign makes the first number a price, whatever the range.)
    dollar = lo is not None and m.string[max(0, m.start() - 2) : m.start()].rstrip()[-1:] == "$"
    if lo is not None and (dollar or not _percent_range(lo, hi)):
        # "42.2 - 17%", "6.2 - 5%", "0.8 - 48%": a price, then the share to close there.
        return m.group()[: len(lo)] + " " * (len(m.group()) - len(lo))
    return " " * len(m.group())


def _percent_range(lo: str, hi: str) -> bool:
    """ "3 to 5%", "10-15%", "2.5-3%": a range of percentages starts at a round number and goes
    up, by at most five times; "21.6 - 32%" is a price and its share."""
    low, high = float(lo.replace(",", ".")), float(hi.replace(",", "."))
    return (lo.isdigit() or lo[-2:] in (".5", ",5")) and 0 < low < high <= 5 * low


# "(2) 12 - 31%", "2) 3 to 5%", "2. 12 - 31%": a list's item whose value is a range of
# percentages (not "0.8 - 25%", a price and its share); an item without an index too, after
# another item ("Targets: 11.3 - 16%, 12 - 31%", "11.3 - 16% 12 - 31%", "| 12 - 31%") or first
# ("Targets: 12 - 16%, 13.3 - 31%"), with or without a bullet before it.
_INDEXED_PERCENT_RANGE: Final = re.compile(
    r"(?:(?<![^\s|/,;])(?:\(?[0-9]{1,2}\)\s?|[0-9]{1,2}\.\s)"
    r"|(?<=%)\s?|(?<=[^0-9][,;])\s?|(?<=\s[|/]\s)|^[\s:=@]{0,3})"
    + BULLETS  # a bullet before the item ("| • 8.5 - 26% | - 9 - 50%"), as numbers.py's
    + r"(?P<lo>[0-9]{1,2}(?:[.,][0-9])?)\s?(?:-|to|–)\s?"
    r"(?P<hi>[0-9]{1,3}(?:[.,][0-9]{1,2})?)\s?%"
)


_HAS_DIGIT: Final = re.compile(r"[0-9]")


def percent_item(value: str) -> Span | None:
    """Where an item of a list holds nothing but a range of percentages, or None: "(1) 11.3 -
    16% | (2) 12 - 31%", "Targets: 11.3 - 16%, 12 - 31%" give target 2 at 12 and its share, or
    a percentage?"""
    if "%" not in value:
        return None
    for m in _INDEXED_PERCENT_RANGE.finditer(value):
        if _percent_range(m.group("lo"), m.group("hi")):
            # (The item from its index, "(2) 12 - 31%", or from its first number.)
            index = _HAS_DIGIT.search(value, m.start(), m.start("lo")) is not None
            return m.start() if index else m.start("lo"), m.end()
    return None


def not_prices(text: str) -> str:
    """text with the numbers that are never prices blanked ("3 to 5%", "7 days", "4h")."""
    if not may_hold_not_price(text):
        return text  # (nearly every value: NOT_PRICES would enter its matcher at each character)
    return NOT_PRICES.sub(_not_price, text)


# The first characters of NOT_PRICES' duration and count words after a number: a unit of one
# letter ("4h", "7 d", "2w", "15m"), or a word looked up whole ("2 orders", "3 saat"); any
# characters outside ASCII open a few ("4ч", "4小时", "3 ساعات": _WIDE_UNITS).
_ONE_LETTER_UNITS: Final = "hdwm"
# The characters outside ASCII that may follow a number's digit (or the blank after it) in a
# NOT_PRICES match: the units' and counts' first letters ("4ч", "3 дня", "4小时", "2天", "20 分",
# "38 筆", "3 ساعات", "2 يوم", "3 أيام", "2 روز"), "к" of a ratio ("1 к 2,5"), "р" of a risk's
# multiple ("1,5 р"), "×" of a volatility's ("0.6×atr"). (Session 29: any character outside
# ASCII let the whole pattern run, an emoji after a price the most common: "0.1058 🚀".)
_WIDE_UNITS: Final = "سيأرчд小天分笔筆кр×"
_UNIT_WORDS: Final = ("saat", "gün", "limit", "equal", "entries", "order", "pip", "parts")
_MORE_UNIT_WORDS: Final = ("tranches", "buys")
# "(+$14)", "(profit $14)", "(cmp 12.55)", "(1:3)", "(2)", "( ≈ 11.40 eur)": what may open
# NOT_PRICES' parenthesised alternatives right after the "(".
_AFTER_PAREN: Final = "0123456789+-≈~plguismabcn"
_MONTHS: Final = frozenset(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
)


def _unit_at(text: str, j: int) -> bool:
    """Whether a unit or count word of NOT_PRICES may start at text[j] (j inside text)."""
    c = text[j]
    if c in _ONE_LETTER_UNITS or (ord(c) > 127 and c in _WIDE_UNITS):
        return True
    if c in "sglep":
        for word in _UNIT_WORDS:
            if text.startswith(word, j):
                return True
    elif c in "otb":
        if text.startswith("order", j):
            return True
        for word in _MORE_UNIT_WORDS:
            if text.startswith(word, j):
                return True
    return False


def _month_before(text: str, j: int) -> bool:
    """Whether the run of a-z letters ending at text[j] is a month's name of NOT_PRICES ("may",
    "sept", "december": its three first letters a month's, at most nine letters)."""
    start = j
    while start > 0 and 97 <= ord(text[start - 1]) <= 122:
        start -= 1
    return 3 <= j + 1 - start <= 9 and text[start : start + 3] in _MONTHS


def _after_digit(text: str, i: int, n: int) -> bool:
    """What may follow the digit at text[i] in a NOT_PRICES match: "%", ":", ";", "x", a unit
    after an optional space ("4h", "7 days", "5 %", "2.38 : 1", "1 ;2"), a dash before a duration's word
    ("24-hour"), or a date's month ("12 may", "3/jan")."""
    if i + 1 >= n:
        return False
    d = text[i + 1]
    if d == "%" or d == ":" or d == ";" or d == "x" or _unit_at(text, i + 1):
        return True
    if i + 2 >= n:
        return False
    e = text[i + 2]
    if d == "/" and "0" <= e <= "9":
        return True  # "50/50": a split of the position
    if d.isspace() and (e == "%" or e == ":" or e == ";" or e == "r" or _unit_at(text, i + 2)):
        return True
    if d == "-" and e in "hdwmy":
        return True
    return (d == "-" or d == "/" or d == " ") and e in "jfmasond"


def may_hold_not_price(text: str) -> bool:
    """False only where NOT_PRICES finds nothing in text: one pass over its characters, where
    the pattern (which opens with a look-ahead, so re has no first character to skip to)
    enters its matcher at every one (about 1,500 machine instructions each). Every alternative
    needs one of these: "(" then what may open it; "+" then a sum ("+$14", "+ 14 usdt"); "#"
    then a digit; a digit after "%" ("%2.5") or after a month's name ("may 12"); a digit
    before what _after_digit tests. (tests/parsers/test_tok15_forms.py compares the two on
    random texts of the pattern's own words; a change to NOT_PRICES fails its pin until this
    is checked against it.)"""
    n = len(text)
    for i in range(n):
        c = ord(text[i])
        if 48 <= c <= 57:  # a digit
            if _after_digit(text, i, n):
                return True
            if i >= 2 and text[i - 1] in "rр" and text[i - 2] in "rр":
                return True  # "rr1,6": a ratio, its label glued
            if i >= 1 and (text[i - 1] == "v" or (text[i - 1] == " " and text[i - 2 : i] == "v ")):
                return True  # "v1.2.3": a version
            if i >= 1:
                p = text[i - 1]
                if p == "%":
                    return True
                if p.isspace() and i >= 2:
                    q = text[i - 2]
                    if q == "%":
                        return True
                    j = i - 3 if q == "." else i - 2
                    if j >= 0 and 97 <= ord(text[j]) <= 122 and _month_before(text, j):
                        return True
        elif c == 40:  # "("
            if i + 1 < n and text[i + 1] in _AFTER_PAREN or (i + 1 < n and text[i + 1].isspace()):
                return True
        elif c == 43:  # "+"
            j = i + 1
            if j < n and text[j].isspace():
                j += 1
            if j < n and (text[j] == "$" or 48 <= ord(text[j]) <= 57):
                return True
        elif c == 35:  # "#"
            if i + 1 < n and 48 <= ord(text[i + 1]) <= 57:
                return True
    return False


# "TP: 3100 inf", "Entry: 3000 - ∞", "TP2: NaN": a value no price can be (the text is lower-cased
# and NFKC-normalised by then, so "Infinity" and fullwidth "ｉｎｆ" read the same). Never dropped
# silently: the signal needs review naming it (issue 13.4).
NON_FINITE = re.compile(r"(?<![^\W\d_])(?:inf(?:inity)?|nan)(?![^\W\d_])|∞")


# The same word alone on a line of a list ("Targets:\n3100\ninf"), after a bullet.
_NON_FINITE_LINE: Final = re.compile(r"[^\w\n]*(inf(?:inity)?|nan|∞)[^\w\n]*")


def non_finite_item(line: str, offset: int) -> Span | None:
    """Where a line of a price list holds nothing but a non-finite word, or None."""
    if "inf" not in line and "nan" not in line and "∞" not in line:
        return None
    m = _NON_FINITE_LINE.fullmatch(line)
    return (offset + m.start(1), offset + m.end(1)) if m else None


# "1. 0.00458 2. 0.00454", "3. [ 0.00449 ] 4. [ 0.00440 ]": the list's next index inline, after
# the price of the item the line opens with.
_LEAD_DOT_INDEX: Final = re.compile(r"[^\w\n]*([0-9]{1,2})\.(?![0-9])")
_INLINE_DOT_INDEX: Final = re.compile(r"(?<=[\s\]])([0-9]{1,2})\.(?=\s{1,3}\[?\s?\$?[0-9])")


def inline_indexes(lead: str, value: str) -> str:
    """value (what follows a line's own list index, lead) with the list's next indexes blanked
    where they count on from it, each after a price ("1. 0.00458 2. 0.00454": items 1 and 2);
    an index that does not count on ("1. 0.5 3. 0.7") is left to be read, and weighed."""
    if "." not in value or (head := _LEAD_DOT_INDEX.match(lead)) is None:
        return value
    want, last = int(head.group(1)) + 1, 0
    for m in _INLINE_DOT_INDEX.finditer(value):
        if int(m.group(1)) != want or not _HAS_DIGIT.search(value, last, m.start()):
            break
        value = value[: m.start()] + " " * (m.end() - m.start()) + value[m.end() :]
        want, last = want + 1, m.end()
    return value
