"""A label the lexicon lacks, and the fields of a one-line post.

A channel never seen writes a label no table holds: the numbers after it must never become more
entries nor vanish with a note. In a one-line post "|", "•" and a spaced " / " part the fields,
so a note's value ends there and every field after it is checked like a line of its own; a word
that names numbers inside a price label's value makes the signal needs review."""

from __future__ import annotations

import re
from typing import Final

from parsers.char_scans import has_digit
from parsers.not_prices import not_prices
from parsers.numbers import read_prices
from parsers.price_window import price_window
from parsers.reading import Reading, Settled, Span


def rest_of_note(value: str, base: int, r: Reading) -> None:
    """ "| Margin: Isolated 20x | Zona 0.41 0.42 | SL ...": in a one-line post a note's value ends
    at the field separator; what follows is text no label claims, checked like a line of its own
    (a price there that is none of the levels makes the signal needs review)."""
    after_closed_note(value, base, r)  # "148 (R:R 1:1.1) | 152.5": the note ends at its ")"
    if "|" in value or "/" in value or "•" in value:
        cuts = list(_FIELD_END.finditer(value))
        if "=" in value or "≈" in value:
            # "Trade Risk = ($0.0042 / $0.0320) = ~13.12%": a slash between two numbers of a sum
            # worked out is a division, not the end of a field ("Flag = 299 / 285 / 275 /
            # Leverage ...", with no result after it, parts fields).
            cuts = [
                m
                for m in cuts
                if not (
                    _DIVISION.match(value, max(0, m.start() - 1)) and _RESULT.search(value, m.end())
                )
            ]
        named = False  # whether a field before held a word and a number: a label nobody knows
        for i, m in enumerate(cuts):
            end = cuts[i + 1].start() if i + 1 < len(cuts) else len(value)
            if has_digit(value, m.end(), end):
                field = value[m.end() : end]
                r.preludes.append((field, base + m.end()))
                if named and _ONLY_PRICES.fullmatch(field):
                    # "Coin: RVN Mua / Cue - 0.01575 / 0.01619 / ...": more of the unknown
                    # label's prices, never an entry of their own.
                    r.unexplained.append(("stray", (base + m.end(), base + end)))
                    named = False
                elif not _ONLY_PRICES.fullmatch(field):
                    named = _LETTERS.search(field) is not None


def after_closed_note(value: str, base: int, r: Reading) -> None:
    """ "TP: 148.00 (R:R 1:1.1) | 152.50 (R:R 1:2.2)": a note's label inside the parentheses
    after a level's price; its value runs past the ")" into the level's list, and a number
    there is no note's. It was read as the ratio's and dropped: a long traded without its
    second target (session 24, i13-sig25). Now kept for the cross-check as a field no label
    claims (refused with "... holds prices that no label claims"), never dropped silently."""
    close = value.find(")")
    # (The note holds its own number before its ")": "Risk/Reward Ratio (R:R): 1:0.59 ..." is
    # the label's own note, its value after it.)
    if close < 0 or "(" in value[:close] or not has_digit(value, 0, close):
        return
    end = len(value.rstrip(" \t(\n"))
    if has_digit(not_prices(value[close + 1 : end])):
        r.unexplained.append(("stray", (base + close + 1, base + end)))


_FIELD_END: Final = re.compile(r"[ \t]?[|•][ \t]?|[ \t]/[ \t]")
_DIVISION: Final = re.compile(r"[0-9)%][ \t]/[ \t][($]{0,2}[0-9]")
_RESULT: Final = re.compile(r"[=≈]")
_ONLY_PRICES: Final = re.compile(r"[\s$]*[0-9][0-9.,\s$]*(?:[-–~]\s?\$?[0-9][0-9.,\s$]*)*")
_LETTERS: Final = re.compile(r"[^\W\d_]{2}")


def note_end(value: str, base: int, r: Reading) -> str:
    """ "Risk 2% Zorblat 61.4 - 62 Targets 64 ...": in a post whose lines were joined by spaces a
    note's value runs on to the next label the lexicon knows, through a label it lacks and that
    label's numbers. The note ends at a word with a number after it, past the note's own words
    ("Leverage: cross 10x", "Risk 1-2% of portfolio"); that part is kept for the cross-check
    (unclaimed_prices), and the value returned with it blanked. (Fields parted by "|", "•" or
    " / " are the lines of a one-line post: rest_of_note.)"""
    if not has_digit(value):
        return value  # (most notes: "Leverage 10x" has its number blanked by now)
    # (_FIELD_END holds "|", "•" or "/": most notes have none.)
    sep = _FIELD_END.search(value) if "|" in value or "•" in value or "/" in value else None
    field = value if sep is None else value[: sep.start()]
    if "=" in field or "−" in field:
        return value  # "Risk Distance: 4.06−3.944=0.116": a sum worked out (parsers/explain.py)
    # After the note's own number ("2%", "1:3", "10"), or where its leverage was blanked
    # ("Isolated     Úroveň 0.41"); not its own value ("Average entry price: 146.20").
    own = _NOTE_VALUE.search(field, 0, _NOTE_CHARS)
    if own is None:
        return value
    at = own.end()
    # (After the note's few words: in its first characters, not anywhere in a long sentence.)
    while (m := _WORD_BEFORE_NUMBER.search(field, at, _NOTE_CHARS)) is not None:
        named: str | None = m.group(1)  # (None for a mark standing for the label)
        word = named or ""
        if word in _JOINING or word in _UNITS or word in _NOTE_WORDS:
            at = m.start() + len(word)  # ("Isolated 10x ➤ 61.4": the mark after it may be one)
            continue
        end = len(field.rstrip())
        # (A sentence, "Risk: ... If bulls reclaim $114.3K, a short squeeze ...", is prose.)
        if len(_WORD.findall(field, 0, m.start())) > _NOTE_WORDS_MAX:
            return value
        if len(_WORD.findall(field, m.start(), end)) > _NOTE_WORDS_MAX:
            return value
        r.unclaimed.append((base + m.start(), base + end))
        return value[: m.start()] + " " * (end - m.start()) + value[end:]
    return value


def at_after_note(low: str, note: tuple[str, int, int], at: int, stop: int, r: Reading) -> None:
    """ "Leverage: cross 10x Zona @ 64 66": an "@" right after a note's few words, a word before
    it, is a label the lexicon lacks; its numbers (low[at:stop]) are kept for the cross-check.
    (Not "Risk management is key, and we buy at 0.45": a sentence.)"""
    if note[0] not in ("lev", "noise", "sym") or not has_digit(low, at, stop):
        return
    words = _WORD.findall(low, note[2], at)
    if (
        words
        and len(words) <= _NOTE_WORDS_MAX
        and _WORD_ENDS.search(low, note[2], at)
        and len(_WORD.findall(low, at, stop)) <= _NOTE_WORDS_MAX
    ):
        word = low.rfind(words[-1], note[2], at)
        r.unclaimed.append((word, len(low[:stop].rstrip())))


_WORD_ENDS: Final = re.compile(r"[^\W\d_]{2,}[ \t]{0,2}$")


# A word, then a number: after a separator or a mark standing for one ("Zona @ 0.41", "Exits 👇
# 1) 0.56", "| Exits 👇 | 1. 0.56": a field of its own over them), or straight after it ("Úroveň
# 0.41"); or a mark standing for the label ("➤ 0.41").
_WORD_BEFORE_NUMBER: Final = re.compile(
    r"(?:(?<![\w.,])([^\W\d_]{2,}+)|(?<=\s)[^\w\s$.,()\[\]|/•;:=@#%+~≈→⇒\-–—]{1,3}+)"
    r"[ \t]{0,6}+(?:(?:[:=@→-]|->)[ \t]{0,6}+)?"
    r"(?:[^\w\s$.,()\[\]|/•;:=@#%+\-][^\w\s|/•]{0,3}+[ \t]{0,6}+)?(?:[|•][ \t]{0,6}+)?\$?[0-9]"
)
# (Up to six spaces before the number: a list index blanked there, "Exits 1) 0.56". Possessive,
# so that a word with no number after it is given up at once, not tried again shorter.)
# Words of a leverage or margin note before its number: "Margin: isolated 20", "Lev cross 10".
_NOTE_WORDS: Final = frozenset(("cross", "isolated", "iso", "margin", "lev", "leverage", "x"))
# A note's own words, and those of a label after it with its numbers, are a few: more is prose.
_NOTE_WORDS_MAX: Final = 4
_NOTE_CHARS: Final = 80
_NOTE_VALUE: Final = re.compile(r"[0-9][0-9.,:%xх×-]*+|[ \t]{2,}+")
_WORD: Final = re.compile(r"[^\W\d_]{2,}")


def unclaimed_prices(r: Reading, norm: str, low: str, s: Settled) -> None:
    """A number after a label the lexicon lacks inside a note's value (note_end) that could be
    a price of this coin and is none of the levels read: a field nobody read; the signal needs
    review, the unknown label named."""
    levels = [n.value for n in s.levels()]
    lo, hi = price_window(levels)
    for start, end in r.unclaimed:
        nums = read_prices(not_prices(low[start:end]), start)
        if any(lo <= n.value <= hi and n.value not in levels for n in nums):
            s.review.append(
                f"'{norm[start:end].strip()}' names its numbers with a word I do not know as a"
                " label: which field are they?"
            )
            s.unread.append((start, end))
            return


# The divisor and the result after a division's slash: "$0.025 = 80" of "$2 / $0.025 = 80".
_DIVIDED: Final = re.compile(r"[ \t]/[ \t][($]{0,2}[0-9][0-9.,]*\)?[ \t]?\$?[ \t]?[=≈]")


def _divides(low: str, slash: int) -> bool:
    """Whether the " / " at slash divides two numbers into a result ("$2 / $0.025 = 80 XRP"),
    not parts two fields of a one-line post ("➤ = 162 / 165 / Cross 5x")."""
    return _DIVISION.match(low, slash - 1) is not None and _DIVIDED.match(low, slash) is not None


def field_bounds(low: str, start: int, end: int, at: int) -> Span:
    """The field of a one-line post around at, within the line low[start:end]: "|", "•" and a
    spaced " / " part the fields ("#SOL LONG | Entry: 61.4 | Zone @ 63.2 | SL 59")."""
    if "|" in low[start:end] or "•" in low[start:end] or " / " in low[start:end]:
        worked = "=" in low[start:end] or "≈" in low[start:end]
        start = max(start, low.rfind("|", start, at) + 1, low.rfind("•", start, at) + 1)
        slash = low.rfind(" / ", start, at)
        if worked and slash > 0 and _divides(low, slash):
            slash = -1  # "$2 / $0.025 = 80 XRP": a division, not a field's end
        start = start if slash < 0 else max(start, slash + 3)
        for sep in ("|", "•", " / "):
            found = low.find(sep, at, end)
            if found >= 0 and not (sep == " / " and worked and _divides(low, found)):
                end = found
    return start, end


LISTING_KINDS: Final = frozenset(("entry", "buy", "sell", "tp", "weak"))


# A word that labels the numbers after it: followed by a label's separator ("Precio = 26000",
# "CMP: 0.52", "Zona → 0.50", "Precio - 26000"), or opening a field of a one-line post after its
# separator ("| Price 0.52", "/ Úroveň 1.59").
_OTHER_LABEL: Final = re.compile(
    r"[^\W\d_]{2,}(?:[ \t-][^\W\d_]{2,}){0,2}[ \t]?(?:[:=@→]|->|-(?=[ \t]?\$?[0-9]))[ \t]?\$?[0-9]"
)


_FIELD_LABEL: Final = re.compile(
    r"(?<=[/|•])[ \t]{0,2}(?:[^\W\d_]{2,}(?:[ \t-][^\W\d_]{2,}){0,2}"
    r"|[^\w\s$.,()\[\]+\-–—~/|•;:=@#%]{1,3})"  # or an emoji standing for a label: "| ➤ = 0.09"
    # (Its numbers may start the next field: "/ Exits: / 1️⃣ 69.85", the keycap gone, behind a
    # bullet or a list index (blanked by then: up to six spaces), "| Exits 👇 | - 1807.28".)
    r"(?:[ \t]?👇{1,3})?[ \t]?(?:[:=@→]|->|-)?[ \t]{0,2}"
    r"(?:[/|•][ \t]{0,6}(?:[-–*•][ \t]{0,2}|\(?[0-9]{1,2}[).][ \t]{1,2})?)?\$?[0-9]"
)


# Words that may stand between a label's prices: units ("0.51 USDT - 0.53 USDT", "0.0004 BTC -
# 0.000409 BTC" of a BTC pair).
_UNITS: Final = frozenset(
    ("usdt", "usd", "usdc", "busd", "tusd", "fdusd", "dollars", "dollar", "btc")
)
# The quotes of a pair written "#TKS / BTC : 0.00040": the levels follow the pair, no label.
_BTC_QUOTES: Final = frozenset(("btc", "eth", "bnb"))
# The pair's base before the slash (not a price: "Entry: 0.5 / BTC: 65000" is another label's).
_BASE_BEFORE: Final = re.compile(r"(?<![\w.])[#$]?[^\W\d_][a-z0-9]{1,11}[ \t]?$")


def may_name_others(kind: str, value: str, letters: bool, count: int) -> bool:
    """Whether a price label's value may hold another label's numbers: it has words or marks,
    or is a field of a one-line post (an "@" only there: "at 0.45 and then ..." is prose)."""
    if kind not in LISTING_KINDS:
        return False
    if kind == "weak":
        return "|" in value or "•" in value or " / " in value
    # (A mark alone names numbers only after a zone: three prices at least, "0.29 - 0.30 ➤ 0.32".)
    return (
        letters
        or "|" in value
        or "/" in value
        or "•" in value
        or (count >= 3 and not value.isascii())
    )


def other_label(value: str, after: int) -> int:
    """Where a word naming other numbers starts in value (after its first price, or after a
    field separator anywhere: "Entry: market | Mark @ 0.0577"), or -1."""
    # (Each match of _OTHER_LABEL holds one of its separators after its start, each of
    # _FIELD_LABEL follows a "/", "|" or "•": where the value has none, the search is skipped.)
    if _separator_from(value, after):
        label_at = _labelled(_OTHER_LABEL, value, after)
        if label_at >= 0:
            return label_at
    if "|" in value or "/" in value or "•" in value:
        label_at = _labelled(_FIELD_LABEL, value, 0)
        if label_at >= 0:
            return label_at
    # "Opening price 0.673 Úroveň 0.67 0.653", "0.302 Exits 👇 1) 0.325": a word between two
    # prices that joins no range.
    at = after
    while (w := _WORD_BEFORE_NUMBER.search(value, at)) is not None:
        named: str | None = w.group(1)  # (None for a mark standing for the label)
        at = w.start() + (len(named) if named else 1)
        if named is None:
            # "0.295 - 0.302 ➤ 0.325 0.355": a mark standing for a label after a zone, not one
            # joining its two ends ("765.60 🔛 760.60", "0.51 → 0.53").
            if w.group().strip()[0] in _RANGE_MARKS or len(_PRICE.findall(value, 0, w.start())) < 2:
                continue
        elif named in _JOINING or named in _UNITS:
            continue
        if value.rfind("(", 0, w.start()) > value.rfind(")", 0, w.start()):
            continue  # "117938.6(with a maximum value 118000.0)": a note on the price before it
        return w.start()
    return -1


def _separator_from(value: str, at: int) -> bool:
    """Whether value[at:] holds ":", "=", "@", "→" or "-" (one of _OTHER_LABEL's separators)."""
    for i in range(max(at, 0), len(value)):
        c = ord(value[i])
        if c == 58 or c == 61 or c == 64 or c == 45 or c == 0x2192:
            return True
    return False


def _labelled(pattern: re.Pattern[str], value: str, start: int) -> int:
    """Where pattern's first match from start names other numbers (not a unit, not a pair's
    quote), or -1."""
    for m in pattern.finditer(value, start):
        word = m.group().strip(" \t/|•;").split()[0].rstrip(":=@→-")
        if (
            word in _BTC_QUOTES
            and value[m.start() - 1 : m.start()] == "/"
            and _BASE_BEFORE.search(value, 0, m.start() - 1)
        ):
            continue  # "BUY : #TKS / BTC : 0.00040 - 0.00043": the pair's quote, its prices
        if word not in _UNITS:
            return m.start()
    return -1


_PRICE: Final = re.compile(r"[0-9]+(?:[.,][0-9]+)?")
_RANGE_MARKS: Final = frozenset("→⇒➡➜➔➝➞⟶>»~≈")


_JOINING: Final = frozenset(
    (
        *("to", "and", "or", "till", "until", "from", "then", "up", "down", "upto", "between"),
        *("bis", "und", "oder", "à", "até", "et", "ou", "ve", "veya", "ile", "dan", "hingga"),
        *("sampai", "và", "đến", "tới", "تا", "الى", "إلى", "الی", "до", "и", "или", "по", "от"),
        *("zone", "area", "range", "limit", "dca", "max", "min", "approx", "around", "near"),
        *("below", "above", "under", "over", "at", "now", "market", "cmp", "usdt", "usd"),
        *("和", "或", "到", "至"),
    )
)
