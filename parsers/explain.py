"""Every number explained: a price-like number among the levels that the reading leaves out.

The last part of the cross-check. Once the entries, targets and stop are read, every number
written from the first price label's line to the last one's (and on short unlabelled lines
after them) must be accounted for: read as a level, or part of a label ("Target 1"), a list
index ("1)"), the value of a note label (leverage, risk, R:R, volume, "OTE"), a percentage, a
ratio, a duration, a date or time (blanked by normalisation), or too far from the levels to be
a price of this coin (an id, a volume). A number left over that could be a price of this coin
("Entry 0.51\\nTake 0.56 0.60\\nSL 0.45" with an unknown label, or "Aims: 0.6 0.7" after the
stop) means some level was not read: the signal needs review, never a trade without it.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from typing import Final

from parsers.aside_lines import aside_line
from parsers.char_scans import has_digit
from parsers.fields import AVG, HAS_DIGIT
from parsers.label_value import lone_label_line, lone_label_value
from parsers.labels import MARKET
from parsers.leftovers import BENIGN
from parsers.note_words import ENTRY_STOP_WORD, TARGET_NOTE_WORD
from parsers.number_tokens import number_tokens
from parsers.numbers import NUMBER, Num, strip_list_index, to_float
from parsers.preludes import FIELD_SEPARATOR
from parsers.price_window import price_window
from parsers.reading import Reading, Span
from parsers.sentences import line_bounds
from parsers.stray_lines import NOTES
from parsers.unknown_labels import field_bounds

# Labels that name a level; the region to check runs from the first to the last of them.
_LEVEL_KINDS: Final = frozenset(("entry", "tp", "tpglued", "sl", "slclose", "buy", "sell"))
# (Numbers that are fine beside a price, percentages, ratios, durations, counts, ids, list
# indexes: leftovers.BENIGN, the same notes a field's value may hold besides its prices.)
_WORD: Final = re.compile(r"[^\W\d_]{2,}")
# "(as of May 15, 2025)", "Dec 3rd, 2024": a date, month first, with its year.
_MONTH_DATE: Final = re.compile(
    r"(?<![a-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s[0-9]{1,2}"
    r"(?:st|nd|rd|th)?,?\s[0-9]{4}(?![0-9.,])"
)
_RATIO: Final = re.compile(r"[0-9]{1,2}(?:\.[0-9])?\s?[:/]\s?[0-9]{1,2}(?:\.[0-9])?")
# A product or a quotient worked out: "a / b = c", "a x b ≈ c" (a difference is checked by
# computed_with_other_level: its numbers must be levels).
_PRODUCT: Final = re.compile(
    r"\$?[0-9][0-9.,]*\s?\$?\s?[/×x*]\s?\$?[0-9][0-9.,]*\s?\$?\s?[=≈]\s?[-–]?\s?\$?[0-9][0-9.,]*"
)
# A line after the last level with more words than this is a sentence, not an unlabelled list.
_MAX_WORDS_AFTER: Final = 3
# A sentence after the levels naming a target with a price is doubted up to this many words (a
# paragraph of analysis that says "expect" or "target" beside a past high is no level).
_MAX_WORDS_TARGET: Final = 20
# A line among the levels with more words than this is prose (a comment on the trade).
_MAX_WORDS_AMONG: Final = 6
# "Gewinnrealisierung 1: 19.9", "Realização de lucro 2: 72": a label nobody knows, its index and
# a price. "1: 19.9" there is the index and a level, never a ratio (a line about a ratio names
# it: "R:R 1: 3", "Risk/Reward 1: 2.5").
_INDEXED_LABEL: Final = re.compile(
    r"[^\w\n]*[^\W\d_]{2,}(?:[ \t'’-][^\W\d_]{2,}){0,3}[ \t]?([0-9]{1,2})[ \t]?[:=)→-][ \t]?\$?[0-9]"
)
# A past told ("my previous entry ... was at 0.44"): history, no level of this trade.
_PAST: Final = re.compile(
    r"(?<![a-z])(?:previous|prior|earlier|last|yesterday|ago|was|were)(?![a-z])"
)
_RATIO_WORD: Final = re.compile(r"r\s?[:/]\s?r|(?<![a-z])(?:rr|rrr|risk|reward|ratio)(?![a-z])")


def _field_around(text: str, at: int) -> Span:
    """The line around at, as far as what it says of its numbers goes; the fields of a
    one-line post are its lines (fields.field_bounds: "#SOL LONG | Entry: 61.4 | Zone @ 63.2")."""
    start, end = line_bounds(text, at)
    return field_bounds(text, start, end, at)


def unexplained_number(
    low: str, r: Reading, nums: list[Num], complete: bool = True, entry_unsaid: bool = False
) -> Span | None:
    """The line holding the first price-like number nobody explains, or None.

    low is the lower-cased text the fields were read from (leverage and trailing notes already
    blanked), r what was read from it, nums the levels read (entries, targets, stop).
    Labelled segments were checked as they were read (parsers/fields.py: a number a price
    label's value does not explain is already a review reason, a note label's value explains
    itself); what is left is text no label claims: lines without a label, the part of a line
    before its first label, and the values of "at"/"@" that were not taken as the entry.
    """
    # Cheap first: most posts have no digit outside their labelled segments at all.
    digits = [(text, offset) for text, offset in r.preludes if text and has_digit(text)]
    labels = r.labels
    if not digits and not any(lab[0] == "weak" for lab in labels):
        return None
    first = last = -1
    weak: list[Span] = []
    for i, (kind, start, end) in enumerate(labels):
        if kind in _LEVEL_KINDS and not _word_in_prose(low, labels, i):
            last = end
            if first < 0:
                first = start
        elif kind == "weak":
            stop = labels[i + 1][1] if i + 1 < len(labels) else len(low)
            line_end = low.find("\n", end)
            weak.append((end, stop if line_end < 0 else min(stop, line_end)))
    if first < 0 or not nums:
        return None
    # When a field is missing, lines before the first level label count too, like those after
    # the last: "Sell 👇" over a list, with the entry label below it, is a list of targets
    # nobody read. (With every field read, a number up there is the price of the moment.)
    region_start = low.rfind("\n", 0, first) + 1
    # (A line whose first label is a note, "$72,800 direnç seviyesi": its numbers are notes.)
    noted = {start for kind, start, _ in labels if kind == "noise"}
    candidates: list[tuple[int, int]] = []
    for text, offset in digits:
        if offset >= region_start or not complete or lone_label_line(text):
            head = _unnoted(text, offset, low, noted)
            if head:
                candidates.append((offset, offset + head))
    candidates.extend(sp for sp in weak if HAS_DIGIT.search(low, sp[0], sp[1]))
    if not candidates:
        return None
    used = sorted((n.start, n.end) for n in nums)
    values = frozenset(n.value for n in nums)
    # With the entries, targets and stop each read under a label, a line an analysis head opens
    # ("RSI (14): 58.4", "EMA 20 / 50: 144.1 / 141.3", "24h High: 147.9") is a note
    # (parsers/aside_lines.py); with a field missing, its number may be that field.
    aside = complete and (r.entry_label or bool(r.buy) or bool(r.sell))
    # With the entry neither read nor said to be at market, any number may be the entry a label
    # this lexicon lacks named ("Long | Plan = 2.5 | TP-1: 100", a 40x call; parsers/stray_lines.py
    # weighs a line no label claims the same way): none is weighed out as too far from the levels.
    low_price, high_price = (
        (0.0, math.inf) if entry_unsaid else price_window([n.value for n in nums], complete)
    )
    region_end = line_bounds(low, last - 1)[1]
    used_starts = [sp[0] for sp in used]
    seen: dict[int, _Line] = {}
    for a0, b0 in candidates:
        for t in number_tokens(NUMBER, low, a0, b0):
            if t.percent:
                continue  # a percentage
            a, b = t.num_start, t.num_end
            k = bisect_right(used_starts, b - 1) - 1
            if k >= 0 and used[k][1] > a:
                continue
            if not t.valid:
                continue
            value = t.value
            if t.k_end >= 0:
                value *= 1000.0
            elif " " in t.raw and not low_price <= value <= high_price:
                # "95 107": 95,107 in spaced thousands, or the prices 95 and 107?
                pieces = [float(p) for p in t.raw.split(".")[0].split(" ")]
                value = next((p for p in pieces if low_price <= p <= high_price), value)
            if value in values:
                if _set_under_unknown_label(low, a, b) and not _benign(
                    low, a, b, (region_start, region_end), seen, aside
                ):
                    return line_bounds(low, a)  # "Tramba ➜ 5" beside a target at 5: no level
                continue  # "Take 50% at $2,540" after "TP1: $2,540": a level said again
            if low_price <= value <= high_price:
                if not _benign(low, a, b, (region_start, region_end), seen, aside):
                    return line_bounds(low, a)
            elif _set_under_unknown_label(low, a, b) and not _benign(
                low, a, b, (region_start, region_end), seen, aside
            ):
                return line_bounds(low, a)  # "Zorblat 10": a field, not an id (label_value)
        for m in _AFTER_LETTERS.finditer(low, a0, b0):
            # "tp28.1429": digits run into the word before them, which no number reader takes
            # (nor, when no label matched, any label): the price, or the price after an index.
            run = m.group(1)
            for found in (to_float(run), to_float(run[1:]) if len(run) > 1 else None):
                if found is not None and low_price <= found <= high_price:
                    if not _benign(
                        low, m.start(1), m.end(), (region_start, region_end), seen, aside
                    ):
                        return line_bounds(low, m.start())
        if "." in low[a0:b0]:
            for m in _RUN_TOGETHER.finditer(low, a0, b0):
                # "1.0.4563": an index run into a price, which no number reader takes whole.
                found = to_float(m.group(1))
                if found is not None and low_price <= found <= high_price:
                    if not _benign(
                        low, m.start(1), m.end(), (region_start, region_end), seen, aside
                    ):
                        return line_bounds(low, m.start())
    return None


def _word_in_prose(low: str, labels: list[tuple[str, int, int]], i: int) -> bool:
    """Whether labels[i] is a target's word inside a sentence, giving no price ("..., price 0.25
    is the next target."): no level's label, so the levels' region does not run to its line
    (where a sentence of more than a few words is taken for prose; i13-left26)."""
    kind, start, end = labels[i]
    if kind != "tp":
        return False
    line_start = low.rfind("\n", 0, start) + 1
    stop = labels[i + 1][1] if i + 1 < len(labels) else len(low)
    line_end = low.find("\n", end)
    stop = min(stop, len(low) if line_end < 0 else line_end)
    return (
        _WORD.search(low, line_start, start) is not None
        and HAS_DIGIT.search(low, end, stop) is None
        and "\n" not in low[end : stop + 1].strip(" \t.!:")
        and stop == (len(low) if line_end < 0 else line_end)
    )


# Digits glued to the letters before them: "tp28.1429", "sl0.45" (not "x10", blanked as leverage;
# not "1000pepe", digits first;
# not "ema200", "rsi14", "h4", "q2": an indicator or a timeframe, and a price has a point or
# three digits).
# (Each opens with its first digit and looks behind it, "[0-9](?<=[a-z][0-9])" for
# "(?<=[a-z])[0-9]": the same matches, but re skips to the digits where a look-behind first made
# it try the pattern at every character of the text.)
_AFTER_LETTERS: Final = re.compile(
    r"([0-9](?<=[a-z][0-9])(?<!ma[0-9])(?<!rsi[0-9])(?<![hmdwq][0-9])"
    r"(?:[0-9]{2,11}(?:[.,][0-9]{1,18})?|[0-9]?[.,][0-9]{1,18}))(?![0-9.,]?[0-9a-z])"
)
# Digits with two points, "1.0.4563" or "2.5.764" (dates are blanked by normalisation).
_RUN_TOGETHER: Final = re.compile(
    r"[0-9](?<![0-9.][0-9])[0-9]?\.([0-9]{1,12}\.[0-9]{1,18})(?![0-9.])"
)


def _set_under_unknown_label(low: str, a: int, b: int) -> bool:
    """Whether low[a:b], a number far from the levels, is the one value of a field under a word
    no label row holds ("Zorblat 10", "Margin: 10"): a setting, not an id (label_value)."""
    start, end = _field_around(low, a)
    return lone_label_value(low[start:end], a - start, b - start)


def _unnoted(text: str, offset: int, low: str, noted: set[int]) -> int:
    """How much of a line's head (text, at offset) no note label explains: all of it, unless a
    note label ends the head; then the part before the last field separator ("Setup - 2.525 /
    2.64 / Margin: Isolated 10x" on one line: "2.64" is no margin), 0 when none is left."""
    if _label_after(text, offset, low) not in noted:
        return len(text)
    cut = 0
    for m in FIELD_SEPARATOR.finditer(text):
        cut = m.start()
    return cut if HAS_DIGIT.search(text, 0, cut) else 0


def _label_after(text: str, offset: int, low: str) -> int:
    """Where the label that ends a line's head starts, or -1 (the head is the whole line)."""
    end = offset + len(text)
    return end if end < len(low) and low[end : end + 1] != "\n" else -1


class _Line:
    """What one line says about the numbers on it, worked out once however many it holds."""

    __slots__ = ("avg", "benign", "index_end", "market", "notes_only", "start")

    def __init__(self, low: str, line_start: int, line_end: int, after: bool, last: bool) -> None:
        line = low[line_start:line_end]
        words = len(_WORD.findall(line))
        self.start = line_start
        # After the levels only a line of a word or three ("Aims: 0.6", "Add more at 13.50") can
        # hold a level; among them a line of more words is a sentence about the trade. A sentence
        # after the last level that names one by a word no label holds ("If it dips I would add
        # more at 183.5", "invalidation if it loses 179"): a level, in doubt (note_words).
        self.notes_only = words > _MAX_WORDS_AFTER if after else words > _MAX_WORDS_AMONG
        if (
            self.notes_only
            and last
            and (
                ENTRY_STOP_WORD.search(line)
                or (words <= _MAX_WORDS_TARGET and TARGET_NOTE_WORD.search(line))
            )
            and not _PAST.search(line)
        ):
            self.notes_only = False  # (a target's word too: "price 0.25 is the next target")
        self.avg = self.market = self.index_end = 0
        self.benign: list[tuple[int, int]] = []
        if not self.notes_only:
            # (explains() says yes to every number of a prose line before it asks anything
            # else: what such a line says of each number is not worked out.)
            self.weigh(line, words)

    def weigh(self, line: str, words: int) -> None:
        """What the line says of its numbers: an average or the market's price before them, a
        list index, notes (a percentage, a ratio, a date, an indicator's number ...)."""
        # "→ avg 0.50", "CMP 0.52", "current 0.52": what follows is an average or the market
        # price for reference, not a level.
        avg = AVG.search(line)
        self.avg = avg.start() if avg else len(line) + 1
        market = MARKET.search(line)
        self.market = market if market >= 0 else len(line) + 1
        self.index_end = len(line) - len(strip_list_index(line))  # "1) 0.512": the index
        self.benign = [(m.start(), m.end()) for m in BENIGN.finditer(line)]
        self.benign.extend((m.start(), m.end()) for m in _MONTH_DATE.finditer(line))
        # ("RSI 28", "the 200 EMA", "Trade 2 of 5", "Top 10": an indicator's number, a count.)
        self.benign.extend((m.start(), m.end()) for m in NOTES.finditer(line))
        if "=" in line or "≈" in line:
            # "$2 / $0.025 = 80 XRP", "80 x 3.135 ≈ 250.8": a size worked out, no level.
            self.benign.extend((m.start(), m.end()) for m in _PRODUCT.finditer(line))
        if not words:
            # "57 / 58" alone on its line is two prices, not a ratio ("R:R 1:3", "Risky 7/10"
            # say what they are).
            self.benign = [sp for sp in self.benign if not _RATIO.fullmatch(line, *sp)]
        elif (indexed := _INDEXED_LABEL.match(line)) is not None and not _RATIO_WORD.search(line):
            i0, i1 = indexed.span(1)
            self.benign = [
                sp for sp in self.benign if not (sp[0] == i0 and _RATIO.fullmatch(line, *sp))
            ]
            self.benign.append((i0, i1))

    def explains(self, a: int, b: int) -> bool:
        if self.notes_only:
            return True
        at, end = a - self.start, b - self.start
        if self.avg < at or self.market < at or end <= self.index_end:
            return True
        return any(s <= at and end <= e for s, e in self.benign)


def _benign(low: str, a: int, b: int, region: Span, seen: dict[int, _Line], aside: bool) -> bool:
    """Whether the line around low[a:b] explains the number: prose, a note, an index ..."""
    line_start, line_end = _field_around(low, a)
    line = seen.get(line_start)
    if line is None:
        after = line_start > region[1] or line_start < region[0]
        line = _Line(low, line_start, line_end, after, line_start > region[1])
        seen[line_start] = line
    if line.explains(a, b):
        return True
    # (The whole line, whose " / " parts no fields here: "EMA 20 / 50 / 200: 144.1 / 141.3".)
    return aside and aside_line(low, (a, b))


# "Risk: 1855 – 1815 = 40 points": a subtraction worked out in the post, "a - b = c".
_OPERAND = r"\$?\s?([0-9][0-9,]{0,15}(?:\.[0-9]{1,18})?)\s?\$?"
# ("Entry $0.0320 - SL $0.0362 = $0.0042", "= $249.67 - $260.00 = -$10.32": the labels of the
# levels between the numbers, the result negative.)
_SUBTRACTION: Final = re.compile(
    _OPERAND + r"\s?[-–−]\s?(?:[^\W\d_]{1,12}\s?){0,3}" + _OPERAND + r"\s?=\s?[-–−]?\s?" + _OPERAND
)
# How near the levels an operand must be to be a level of this trade (the risk to the stop, the
# reward to a target), and how exactly the sum must come out.
_NEAR: Final = 1.5
_EXACT: Final = 1e-6


def _amount(text: str) -> float | None:
    if "," in text and "." not in text and not re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})+", text):
        return None  # "0,45": a decimal comma, or a list; not worked out here
    return to_float(text.replace(",", ""))


def _near(value: float, known: list[float]) -> bool:
    return any(abs(value - k) <= _EXACT * max(abs(k), 1e-12) for k in known)


def computed_with_other_level(low: str, entries: list[float], levels: list[float]) -> Span | None:
    """The first subtraction worked out in the post ("Risk: 1855 – 1815 = 40") that starts or
    ends at a price of this coin that is none of the levels read (nor the middle of the entry
    zone): the post counts its risk or reward from another stop or target than it gives, two
    readings that disagree. None when every worked sum uses the levels."""
    if "=" not in low or not levels:
        return None
    ordered = sorted(levels)
    mid = ordered[len(ordered) // 2]
    known = [*levels, *((a + b) / 2 for i, a in enumerate(entries) for b in entries[i + 1 :])]
    if len(entries) > 2:
        known.append(sum(entries) / len(entries))
    for m in _SUBTRACTION.finditer(low):
        a, b, c = (_amount(m.group(i)) for i in (1, 2, 3))
        if a is None or b is None or c is None or abs(abs(a - b) - c) > 0.011 * max(c, 1e-12):
            continue  # not a worked sum ("2 - 3 = 5 days")
        for value in (a, b):
            # ("Entry $75.00 - SL $73.90 = $1.10" under a zone of 74.80 - 75.10: a price inside
            # the entry zone is an entry, and no other stop or target can lie there.)
            inside = len(entries) > 1 and min(entries) <= value <= max(entries)
            if mid / _NEAR <= value <= mid * _NEAR and not inside and not _near(value, known):
                return line_bounds(low, m.start())
    return None
