"""Prices and leverage as channels write them: 38,900 / 27 450 / 0,7310 / .0000871 / 31k / 10x."""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from parsers.char_scans import places
from parsers.letter_leverage import side_leverage, worded_leverage
from parsers.number_tokens import number_tokens, to_float
from parsers.vocabulary import (
    ADVICE_LEVERAGE_WORDS,
    LEVERAGE_WORDS,
    MULTIPLIER_WORDS,
    TARGET_BEFORE,
)

# One price token. Alternatives, in order: comma thousands (38,900 / 1,234,567.5), space
# thousands with a short head (27 450; a 3-digit head would swallow "100 200 300" lists),
# plain or decimal-comma numbers, and a bare leading dot (.0000871). Every quantifier is
# bounded and no two adjacent ones overlap, so matching stays linear on hostile input.
_NUMBER: Final = re.compile(
    # (The lookahead first lets re reject most positions with one set test.)
    # (Not after "#": "Signal #1234" is an id, never a price.)
    r"(?=[$0-9.])(?<![A-Za-z0-9.#\u00c0-\u024f\u0400-\u04ff])(\$\s?)?"
    r"([0-9]{1,3}(?:,[0-9]{3}){1,4}(?:\.[0-9]{1,18})?(?![0-9]|,[0-9])"
    r"|[0-9]{1,2}(?: [0-9]{3}){1,3}(?![0-9])(?:[.,][0-9]{1,18})?"
    r"|[0-9]{1,3},[0-9]{1,18}(?![0-9])"
    r"|[0-9]{1,12}(?:\.[0-9]{1,18})?"
    r"|\.[0-9]{1,18})"
    r"(\s?(?:[kK]|bin)(?![A-Za-z]))?"
    # (The quote's unit glued to the price, "0.51USDT", as "0.51$" or "0.51 USDT".)
    r"(\s?\$|(?i:usd[tc]?))?"
    r"(\s?%)?"
    # Never cut a number short: not 11 of "11.934trailing", nor 1 of "1,5R" (a risk multiple).
    r"(?![A-Za-z0-9\u00c0-\u024f\u0400-\u04ff]|\.[0-9]|,[0-9]{1,18}[A-Za-z\u0400-\u04ff])"
)

# One leverage token: "10x", "20.0X", Cyrillic "10х", "×20", "x10", "10倍" (text is lower-cased).
# It starts with a character class, the boundary check coming after the first character, so
# re only tries it at digits and x-like characters.
# "Cross25X", "5x_10x", "Cross(20X_50X)": after "cross"/"isolated" or "_" a number may start;
# "Cross (50-x)": a dash may join the number to its x.
_LEVERAGE: Final = re.compile(
    r"[0-9xх×](?:(?<![\w.][0-9xх×])|(?<=_[0-9xх×])|(?<=cross[0-9])|(?<=isolated[0-9])"
    # "杠杆10x": the label glued to its value (CJK letters are \w); "只能用低倍2X-5X": any CJK
    # letter, as Chinese writes no space before a number.
    r"|(?<=[\u3400-\u9fff][0-9]))"
    # ("(20xLONG)": the side word glued after the x, as a channel's card writes it, ends it too.)
    r"(?:(?<=[0-9])[0-9]{0,3}(?:[.,]0{1,2})?\s?-?(?:[xх×]|倍)(?:(?![^\W_])|(?=(?:long|short)\b))"
    r"|(?<=[xх×])\s?[0-9]{1,3}(?![0-9.,]))"
)
_MULTIPLIER: Final = re.compile(MULTIPLIER_WORDS)
_TARGET_BEFORE: Final = re.compile(TARGET_BEFORE)
_LEVERAGE_WORD: Final = re.compile(LEVERAGE_WORDS)
_ADVICE: Final = re.compile(ADVICE_LEVERAGE_WORDS)
_EXAMPLE: Final = re.compile(r"\((?:e\.\s?g\.|for (?:example|instance)|example)\W{0,3}$")
# (Its first digit first, the look-behind after it: re scans for digits, where a pattern opening
# with a look-behind was entered at every character of the post.)
_REWARD_MULTIPLE: Final = re.compile(
    r"[0-9](?<![\w.][0-9])[0-9]{0,2}(?:[.,][0-9]{1,2})?[ \t]?[xх×]"
    r"(?=[ \t]?(?:reward|the\srisk|risk\b|r\b))"
)
_INT: Final = re.compile(r"[0-9]+")
_RATIO_GIVEN: Final = re.compile(r"[0-9]\s?[:/]\s?[0-9]")
# ("0.0106 x 2 = 0.0212", "80 x 3.135 ≈ 250.8": a product; not "10x" over a rule "\n=====".)
_ARITHMETIC: Final = re.compile(r"[ \t]?(?:[0-9][0-9.,]*[ \t]?)?[=≈](?!==)")
# "10-20x": the lower bound of a range is written without its x.
# ("10 to 20x", "5~10x", "10x – 20x"; not "/", which also parts the fields of a one-line post:
# "ENTRY 57 – 58 / 10x leverage".)
_RANGE_HEAD: Final = re.compile(
    r"(?<![\w.])([0-9]{1,3})(?:[.,]0{1,2})?\s?[xх×]?\s?(?:-|–|~|to)\s?$"
)
# Any bullet before a list's item: a run of symbols ("👉 3 - 0.96", "➡️ 2. 3.88", "📈 1. 0.41",
# "| • 8.5 - 26%", "- 9 - 50%"); one definition for every reader of a list's items.
BULLETS: Final = r"(?:[^\w\s$.(,]{1,3}\s?){0,4}"
# (Any bullet, then the index.)
_LIST_INDEX: Final = re.compile(
    r"^\s*"
    + BULLETS
    + r"(?:[0-9]{1,2}(?:\s?[:)\]]|\.(?![0-9])(?!\s?[-–—~]\s?\$?[0-9])|(?:st|nd|rd|th)\b)"
    r"|(?:1[0-9]|20|[1-9])\s?-\s(?=\S)|\(?[0-9]{1,2}\))"
)
# (A dash after a number makes it an index only from 1 to 20: "90 - 8%" is a price and its share;
# a dot then a dash and a number is a range's whole first price: "止盈:15.—16.8", "15. - 16.8".)


class Number(NamedTuple):
    """A number found in text; percent=True for "4%" style values."""

    value: float
    percent: bool
    start: int
    end: int


# For the cross-check that explains every number (parsers/explain.py) and the token reader.
NUMBER = _NUMBER


def find_numbers(text: str) -> list[Number]:
    """Every price-like number in text, with percentages flagged."""
    out: list[Number] = []
    for t in number_tokens(_NUMBER, text):
        if t.valid:
            value = t.value * 1000.0 if t.k_end >= 0 else t.value
            out.append(Number(value, t.percent, t.start, t.end))
    return out


def prices(text: str) -> list[float]:
    """Price values in text, skipping percentages."""
    return [n.value for n in read_prices(text)]


_DIGIT: Final = frozenset("0123456789")
# A list index starts with a space, a bullet, a digit or "(": never with a letter or these.
_NO_INDEX_START: Final = frozenset("$.,:=@")


def strip_list_index(line: str) -> str:
    """Drop a leading list index such as "1)", "2.", "3 -", "(4)" so it is not read as a price."""
    # Skip the regex for what most values look like: a price ("27450", "0.1585", "14.10").
    # (A frozenset never contains "", so the slices below are safe at the end of the line.)
    if not line:
        return line
    if line[0] in _DIGIT:
        i = 2 if line[1:2] in _DIGIT else 1
        nxt = line[i : i + 1]
        if nxt in _DIGIT or (nxt == "." and line[i + 1 : i + 2] in _DIGIT):
            return line  # three digits in a row, or a decimal point: a price, not an index
    elif line[0].isalnum() or line[0] in _NO_INDEX_START:
        return line
    m = _LIST_INDEX.match(line)
    return line[m.end() :] if m else line


def _leverage_tokens(text: str) -> list[re.Match[str]]:
    """_LEVERAGE's matches, as finditer gives them, searched only near an x-like character.

    Digits are common in a post and the pattern would be tried at every one of them; every
    token holds an x, х, × or 倍, at most 9 characters after its start ("1000.00 -x") or as its
    first character ("x 100", 5 long), so the window around the one it starts or ends with is
    enough (lookbehinds see before the window; its end is past every lookahead of a token that
    starts by that x).
    """
    out: list[re.Match[str]] = []
    last = 0
    xs = places(text, "x")  # (str.find is far cheaper than a character-class search)
    if not text.isascii():  # (the others likewise: a finditer's step cost more than a find)
        xs = sorted(xs + places(text, "х") + places(text, "×") + places(text, "倍"))
    for i in xs:
        if i < last or text[i - 1 : i].isalpha() and text[i + 1 : i + 2].isalpha():
            continue  # the x of a word ("exchange", "next"): no number touches it
        m = _LEVERAGE.search(text, max(last, i - 9), i + 7)  # (finditer's steps, no scanner)
        while m is not None and m.start() <= i:  # (a later x's token: found in its window)
            out.append(m)
            last = m.end()
            m = _LEVERAGE.search(text, last, i + 7)
    return out


def find_leverage(text: str) -> tuple[int | None, list[tuple[int, int]], list[int]]:
    """Leverage written inline (10x, X10, ×20, 10倍) in lower-cased text; a range gives its lower
    bound. Also returns the spans to blank so those digits are not read as prices, and every
    value found (so a value outside 1..200 is reported, never silently dropped); the spans of
    the values come first, in their order, then those of multiples ("R:R 3x") to blank too."""
    best: int | None = None
    spans: list[tuple[int, int]] = []
    values: list[int] = []
    multiples: list[tuple[int, int]] = []
    advice: list[tuple[int, int, int]] = []  # "Safe traders use 2X-3X": (start, end, value)
    # Every form needs one of these characters; most posts have none, so look first.
    if "x" not in text and "х" not in text and "×" not in text and "倍" not in text:
        # "#BTC LONG L50", "(20 leverage cross)": no other leverage to find
        lettered = side_leverage(text) or worded_leverage(text)
        return find_leverage_of([lettered], []) if lettered else (best, spans, values)
    for m in _leverage_tokens(text):
        start = m.start()
        if _ARITHMETIC.match(text, m.end()) or (
            text[start] in "xх×" and text[max(0, start - 2) : start].rstrip(" \t")[-1:].isdigit()
        ):
            continue  # "0.0106 x 2 = 0.0212": a multiplication, not leverage
        value = int(_INT.search(m.group()).group())  # type: ignore[union-attr]
        head = _RANGE_HEAD.search(text, max(0, start - 12), start)
        if head and int(head.group(1)) <= value:  # a range goes up ("57 - 10x": 57 is a price)
            value = int(head.group(1))
            start = head.start()
        # (The words just before it on its line: a bounded look, so a long line of tokens
        # stays linear.)
        lo = max(0, start - 40)
        before = text[max(text.rfind("\n", lo, start) + 1, lo) : start]
        # (In a one-line post the note before "| 10x leverage" ends at its separator.)
        cut = max(before.rfind("|"), before.rfind("•"), before.rfind(";"), before.rfind(" / "))
        if cut >= 0:
            before = before[cut + 1 :]
        if "(" in before and _EXAMPLE.search(before):  # "Leverage (e.g., x50): increases both ..."
            multiples.append((start, m.end()))  # an example in a lesson: blanked, never read
            continue
        if not _LEVERAGE_WORD.search(before) and not _LEVERAGE_WORD.match(
            text, m.end() + 1, m.end() + 12
        ):
            found = _MULTIPLIER.findall(before)  # (the last one: the word nearest the x)
            mult = _MULTIPLIER.search(before, before.rfind(found[-1])) if found else None
            # ("R:R 1:3, OCEAN/USDT Perp, Side: Long 🟢 20x": the ratio said, the x no multiple.)
            if mult is not None and _RATIO_GIVEN.search(before, mult.end()) is None:
                multiples.append((start, m.end()))  # "Risk/Reward: 3.0x": a multiple
                continue
            if _TARGET_BEFORE.search(before):
                # "TP2: 2x": a target given as a multiple of the entry. Not blanked: the
                # target's value then holds a number no price explains (needs review).
                continue
            if _ADVICE.search(before):
                advice.append((start, m.end(), value))
                continue
        spans.append((start, m.end()))
        values.append(value)
    rewards = (
        [(m.start(), m.end()) for m in _REWARD_MULTIPLE.finditer(text)]
        if "reward" in text or "risk" in text
        else []
    )
    if rewards:
        # "Target 1: Approximately 2.5x reward compared to the risk": a reward in multiples of
        # the risk, neither leverage nor a target.
        multiples.extend(rewards)
        starts = {a for a, _ in rewards}
        keep = [i for i, (a, _) in enumerate(spans) if a not in starts]
        spans, values = [spans[i] for i in keep], [values[i] for i in keep]
    if advice and not values:  # the only leverage given: read as any other
        return find_leverage_of(advice, multiples)
    if not values and (lettered := side_leverage(text) or worded_leverage(text)) is not None:
        return find_leverage_of([lettered], multiples)
    # (Several leverages are options, the lowest the label's, as a range's: "5x or 10x", "20x -
    # 50x - 100x"; "BTC 50X, alts 20X" is no licence for 50 on an alt: session 23.)
    best = min((v for v in values if 1 <= v <= 200), default=None)
    return best, spans + multiples + [(a, b) for a, b, _ in advice], values


def find_leverage_of(
    found: list[tuple[int, int, int]], multiples: list[tuple[int, int]]
) -> tuple[int | None, list[tuple[int, int]], list[int]]:
    """find_leverage's answer from these leverages (start, end, value), in order."""
    values = [v for _, _, v in found]
    # (Several leverages are options, the lowest the label's, as a range's: "5x or 10x", "20x -
    # 50x - 100x"; and "BTC 50X, alts 20X" is no licence for 50 on an alt: session 23.)
    best = min((v for v in values if 1 <= v <= 200), default=None)
    return best, [(a, b) for a, b, _ in found] + multiples, values


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """Replace the given spans with spaces, keeping every other index in place."""
    if not spans:
        return text
    parts: list[str] = []
    last = 0
    for start, end in sorted(spans):
        start = max(start, last)  # a range span may overlap the token before it
        if end <= start:
            continue
        parts.append(text[last:start])
        parts.append(" " * (end - start))
        last = end
    parts.append(text[last:])
    return "".join(parts)


class Num(NamedTuple):
    """A price read from text, with where its literal sits (end includes a "k" suffix)."""

    value: float
    start: int
    end: int


def new_num(fields: tuple[float, int, int]) -> Num:
    """Num(value, start, end) without NamedTuple's Python-level __new__ (the parser makes a
    few per message; this is three times cheaper)."""
    return _TUPLE_NEW(Num, fields)


_TUPLE_NEW: Final = tuple.__new__


def point_at(s: str) -> int:
    """Where the one "." of s is when s is ASCII digits with at most one "." (len(s) when it has
    none), else -1. (One compiled pass: isascii, partition and isdigit were three method calls.)"""
    at = len(s)
    for i in range(len(s)):
        c = ord(s[i])
        if c == 46:  # "."
            if at != len(s):
                return -1
            at = i
        elif not 48 <= c <= 57:  # "0" to "9"
            return -1
    return at


def plain_price(s: str) -> bool:
    """Whether s is one plain number: 1 to 12 ASCII digits, then maybe "." and 1 to 18 more
    ("63200", "0.1585")."""
    dot = point_at(s)
    return 0 < dot <= 12 and (dot == len(s) or 0 < len(s) - dot - 1 <= 18)


def read_prices(text: str, base: int = 0) -> list[Num]:
    """Price values in text with their spans shifted by base, skipping percentages."""
    plain = text.strip()
    if plain_price(plain):  # the usual value: one plain number ("63200", "0.1585")
        start = base + text.index(plain[0])
        return [new_num((float(plain), start, start + len(plain)))]
    out: list[Num] = []
    for t in number_tokens(_NUMBER, text):  # (the pattern's matches, read by a compiled pass)
        if t.percent or not t.valid:
            continue
        # (tuple.__new__ directly, as new_num does: one call less per number.)
        if t.k_end >= 0:
            out.append(_TUPLE_NEW(Num, (t.value * 1000.0, base + t.num_start, base + t.k_end)))
        else:
            out.append(_TUPLE_NEW(Num, (t.value, base + t.num_start, base + t.num_end)))
    return out


def first_price_at(text: str, base: int = 0) -> tuple[Num | None, float | None]:
    """The first price in text (with its span), or (None, first percentage), or (None, None)."""
    pct: float | None = None
    for t in number_tokens(_NUMBER, text):
        if not t.valid:
            continue
        if not t.percent:
            if t.k_end >= 0:
                return new_num((t.value * 1000.0, base + t.num_start, base + t.k_end)), None
            return new_num((t.value, base + t.num_start, base + t.num_end)), None
        if pct is None:
            pct = t.value
    return None, pct


def literal_value(literal: str) -> float | None:
    """The value of one number literal as channels write it ("38,900", "0,73", "31k"), or None
    when the text is not exactly one number."""
    m = _NUMBER.fullmatch(literal.strip())
    if m is None:
        return None
    before, raw, thousands, after, percent = m.groups()  # (one call, not five group() calls)
    if percent or before or after:
        return None
    value = to_float(raw)
    if value is None:
        return None
    return value * 1000.0 if thousands else value


_DOT_THOUSANDS: Final = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")


_COMMA_THREE: Final = re.compile(r"[0-9]{1,3},[0-9]{3}")


def dot_thousands(literal: str) -> float | None:
    """The other reading of a literal whose separator could be either: "112.191" as 112,191
    (a dot grouping thousands), "23,814" as 23.814 (a decimal comma); or None."""
    text = literal.strip()
    if _DOT_THOUSANDS.fullmatch(text) is not None:
        return float(text.replace(".", ""))
    if _COMMA_THREE.fullmatch(text) is not None:
        return float(text.replace(",", "."))
    return None
