"""Levels said again in prose: a label inside a sentence, a sum worked out from the levels, a
target label whose value repeats targets already read. Such a label adds nothing to the signal
(or, with another price than those read, sends it to review); parsers/lines.py asks these while
it walks the lines."""

from __future__ import annotations

import re
from typing import Final

from parsers.not_prices import not_prices
from parsers.numbers import Num, read_prices
from parsers.reading import Reading, Span
from parsers.unknown_labels import field_bounds

_WORDS: Final = re.compile(r"[^\W\d_]+")

# A sentence: a line of more words than this, with a label after a few of them.
PROSE_WORDS: Final = 8


# A sentence read for the price a label names is at most this long (a 1 MB post on one line).
SENTENCE_MOST: Final = 240


def sentence_stop(low: str, end: int, stop: int) -> int:
    """Where the sentence after a label (ending at end) is read to: its line's end, at most
    SENTENCE_MOST characters on, and never before stop (the segment's own end)."""
    line_end = low.find("\n", end)
    return max(stop, min(len(low) if line_end < 0 else line_end, end + SENTENCE_MOST))


def words(low: str, a: int, b: int, most: int) -> int:
    """How many words low[a:b] holds, counted up to most + 1 (a long line, a 1 MB post joined
    on one line, is not counted to its end for every label on it)."""
    if b - a < 400:
        return len(_WORDS.findall(low, a, b))
    n = 0
    for _ in _WORDS.finditer(low, a, b):
        n += 1
        if n > most:
            break
    return n


_WORDS_BEFORE_LABEL: Final = 4


def restated_in_prose(
    low: str, line_start: int, start: int, line_end: int, kind: str, r: Reading
) -> bool:
    """ "... the measured drop = 9500 → Target Price 3 = 112000 - 9500 = 102500 (rounded)": a
    label deep inside a sentence, after its field was read from the signal's own lines, is the
    analysis talking about the trade, not another level (the sentence's numbers are prose for
    the cross-check too, parsers/explain.py)."""
    if not _field_read(kind, r):
        return False
    # ("AVAX Short | Selling zone @ 11.57 | Targets: | • 11.508 ...": a one-line post's fields
    # are its lines; none is a sentence.)
    line_start, line_end = field_bounds(low, line_start, line_end, start)
    before = words(low, line_start, start, PROSE_WORDS)
    return before >= _WORDS_BEFORE_LABEL and (
        before + words(low, start, line_end, PROSE_WORDS) > PROSE_WORDS
    )


# "Entry $0.0320 - SL $0.0362 = $0.0042", "Entry - Target = $249.67 - $230.00 = $19.67": a
# difference worked out from levels, the shape parsers/explain.py checks (its numbers must be
# levels read).
_WORKED_SUM: Final = re.compile(
    r"[0-9]\s?\$?\s?[-–−]\s?(?:[^\W\d_]{1,12}\s?){0,3}\$?\s?[0-9][0-9.,]*\s?\$?\s?=\s?"
    r"[-–−]?\s?\$?\s?[0-9]"
)


def in_worked_sum(
    low: str, line_start: int, start: int, line_end: int, kind: str, r: Reading
) -> bool:
    """ "Risk per Unit = Entry $0.0320 - SL $0.0362 = $0.0042": labels inside a sum worked out
    from the levels, once their fields were read, restate them (the cross-check proves the sum's
    numbers are levels read, parsers/explain.py)."""
    if low.find("=", start, line_end) < 0:
        return False
    worked = _WORKED_SUM.search(low, line_start, line_end)
    if worked is None or worked.end() <= start:
        return False
    return _field_read(kind, r)


def _field_read(kind: str, r: Reading) -> bool:
    """Whether the field a label of kind names was read already."""
    if kind in ("tp", "tpglued"):
        return bool(r.tps or r.glued or r.sell)
    if kind in ("sl", "slclose"):
        return r.sl is not None or r.slclose is not None
    return bool(r.entries or r.buy or r.sell or r.market_in_entry)


def said_again(
    low: str,
    line_start: int,
    start: int,
    end: int,
    stop: int,
    kind: str,
    r: Reading,
    sentence: bool,
) -> bool:
    """ "Target: The take profit is placed at 0.01717, directly matching ...": a target label
    whose value is a sentence, after the targets were read, giving their prices again; "Risk
    Management (Using Entry ≈6.10)" under the zone 6.00-6.20: an entry label after a few words
    giving the zone's middle (another price there needs review). (Not a target label inside a
    sentence, "hits TP1 ($6.47)": those the analysis holds are read as ever.)"""
    if words(low, line_start, start, 2) < 2 and not sentence:
        return False  # (the label opens its line: a list of its own, unless a sentence follows)
    nums = read_prices(not_prices(low[end:stop]))
    if kind == "entry":
        a, b = r.entries[0].value, r.entries[1].value
        known = {a, b, (a + b) / 2, *(n.value for n in r.entries)}
        return bool(nums) and _known_or_doubted(nums, known, low, end, stop, r)
    line_end = low.find("\n", start)
    line_end = len(low) if line_end < 0 else line_end
    if words(low, line_start, line_end, PROSE_WORDS) <= PROSE_WORDS:
        return False
    if not nums:
        return False
    # (Another price, "TP2: 0.2063" after "TP1: 0.2060" on a one-line post, is a target.)
    read = {n.value for n in r.tps}
    return all(n.value in read for n in nums)


def _known_or_doubted(
    nums: list[Num], known: set[float], low: str, end: int, stop: int, r: Reading
) -> bool:
    """True: the prices are all levels read (said again), or some are not and the segment is
    recorded as unread (another price where the levels were said again: a person decides)."""
    if not all(n.value in known for n in nums):
        r.unexplained.append(("unread", (end, end + len(low[end:stop].rstrip()))))
    return True


_LABEL_INDEX: Final = re.compile(r"([0-9]{1,2})\W{0,3}$")


def target_named_again(
    low: str, line_start: int, start: int, end: int, stop: int, r: Reading
) -> bool:
    """ "Once the price hits TP1 ($6.47), move your stop ...": a numbered target label inside a
    sentence, after the targets were read, giving the price read for that number again adds no
    target. (Another price there, or none, is read as ever, and the cross-check weighs it.)"""
    index = _LABEL_INDEX.search(low, start, end)
    if index is None or not 1 <= int(index.group(1)) <= len(r.tps):
        return False
    if words(low, line_start, start, 2) < 2:
        return False  # (the label opens its line: a level of its own)
    line_end = low.find("\n", start)
    line_end = len(low) if line_end < 0 else line_end
    if words(low, line_start, line_end, PROSE_WORDS) <= PROSE_WORDS:
        return False
    nums = read_prices(not_prices(low[end:stop]))
    want = r.tps[int(index.group(1)) - 1].value
    return bool(nums) and all(n.value == want for n in nums)


_SPACED_INDEX: Final = re.compile(r"\s([0-9]{1,2})(?=\s?[(:@=→$]|\s[^\W\d_])")
# ("Our call last month went all the way to TP3 at 170": a report of another trade, maybe.)
_PAST: Final = re.compile(
    r"(?<![a-z])(?:last\s(?:week|month|time|call|signal|trade|year)|previous|yesterday|ago|earlier"
    r"|went|was|were|had|hit|reached|touched|achieved|booked|smashed|done)(?![a-z])|✅"
)
_PAREN_PRICE: Final = re.compile(r"\s?\(([0-9]{1,2})\)")
_NEXT: Final = re.compile(r"next\s$")
_YEAR: Final = re.compile(r"20[0-9]{2}$")
# A target with no number names the prices of its own clause ("... is 0.75, if ... 0.80").
_CLAUSE_END: Final = re.compile(r"[.!?;](?=\s|$)|,(?=\s)")
_ORDINALS: Final = ("first", "second", "third", "fourth", "fifth", "sixth")
_ORDINAL: Final = re.compile(r"(" + "|".join(_ORDINALS) + r")\s$")


def target_in_prose(low: str, start: int, end: int, stop: int, r: Reading) -> None:
    """ "... could see the price move toward TP3 at 170 in the coming weeks" after TP1 and TP2
    were read: a numbered target label deep in a sentence, with a price, never vanishes silently.
    The target read for that number, said again, stays prose; the next number with one price
    that carries on the targets' order is that target; anything else (another price, a number
    further on, several prices) is recorded for review (unread.review). A target named with
    no number or no price, or inside a sum worked out from the levels, stays prose as before."""
    index = _LABEL_INDEX.search(low, start, end)
    if index is not None:
        i = int(index.group(1))
    elif (spaced := _SPACED_INDEX.match(low, end, stop)) is not None:
        # ("the next leg could reach target 3 at 12.55", "Target 3 (170)": the index after it.)
        i, end = int(spaced.group(1)), spaced.end()
    elif (word := _ORDINAL.search(low, max(0, start - 8), start)) is not None:
        i = _ORDINALS.index(word.group(1)) + 1  # "the third target at 170"
    elif _NEXT.search(low, max(0, start - 8), start) is not None:
        i = len(r.tps) + 1  # "the next target could be 0.60": one further than those read
    else:
        i = 0  # "my final target for this coin is 0.75": no number (session 11)
        stop = sentence_stop(low, end, stop)
        clause = _CLAUSE_END.search(low, end, stop)
        stop = clause.start() if clause is not None else stop
    if low.find("=", end, stop) >= 0 and _WORKED_SUM.search(low, start, stop):
        return
    nums = read_prices(not_prices(low[end:stop]), end)
    if not nums and (paren := _PAREN_PRICE.match(low, end, stop)) is not None:
        nums = read_prices(paren.group(1), paren.start(1))  # "Target 4 (78)": no count there
    if not nums:
        return
    tps = r.tps
    # (Indexes still inside the list, "Target 1 11.6", or targets still to be placed, "Sell:",
    # or glued to their numbers, "TP41.31": which number is which is not known yet.)
    counted = not (r.glued or r.sell or r.buy or any(k == "tp" for k, _ in r.numbered))
    if i == 0:
        # (One target, one price: "targets aimed at ... $94 - $91", "Target Price 1 = 32 + 19.41
        # = 51.41", "a $120K target for Q2 2025" stay the analysis's.)
        if (
            low[start:end].endswith("s")
            or len(nums) != 1
            or low.find("=", end, stop) >= 0
            or _YEAR.match(low, nums[0].start, nums[0].end)
        ):
            return
        placed = {t.value for t in (*tps, *r.sell, *r.buy)}
        if all(n.value in placed for n in nums):
            return  # the targets read, said again
    elif counted and 1 <= i <= len(tps):
        if all(n.value == tps[i - 1].value for n in nums):
            return
    elif not counted:
        placed = {t.value for t in (*tps, *r.sell, *r.buy)}
        if all(n.value in placed for n in nums):
            return
    if (
        counted
        and i == len(tps) + 1
        and len(nums) == 1
        and _carries_on(r, nums[0].value)
        and not _PAST.search(low, low.rfind("\n", 0, start) + 1, stop)
    ):
        tps.append(nums[0])
        return
    r.prose_targets.append((i, (start, nums[-1].end), (nums[0].start, nums[-1].end)))


def _carries_on(r: Reading, value: float) -> bool:
    """Whether value is one step further than the targets read, the way they run (one target:
    away from every entry)."""
    tps = r.tps
    last = tps[-1].value if tps else 0.0
    if len(tps) >= 2:
        up = tps[1].value > tps[0].value
        for k in range(1, len(tps)):
            a, b = tps[k - 1].value, tps[k].value
            if b == a or (b > a) != up:
                return False
        return value > last if up else value < last
    if len(tps) == 1 and r.entries:
        if all(last > e.value for e in r.entries):
            return value > last
        if all(last < e.value for e in r.entries):
            return value < last
    return False


# "target 3 named in prose at 170, not in the targets list": the review reason.
PROSE_TARGET: Final = "named in prose at"


def prose_target_reasons(r: Reading, norm: str, review: list[str], unread: list[Span]) -> None:
    """The review reasons for the targets named in prose that target_in_prose recorded."""
    for index, span, prices in r.prose_targets:
        shown = norm[prices[0] : prices[1]]
        which = f"target {index}" if index else "a target"
        review.append(f"{which} {PROSE_TARGET} {shown}, not in the targets list")
        unread.append(span)


def once_said(tps: list[Num], low: str) -> list[Num]:
    """The targets list given again, in the same order, under a summary of the post ("Target 1:
    11.30 / Target 2: 12.00 ... ⚡ Quick Signal Summary / 🎯 TP1: 11.30 | TP2: 12.00"): once.
    (A list of two at least, and the word "summary" between the two: "TP3 0.2405, TP4 0.2405"
    in one list stay two, and lists said twice with no summary are weighed as ever.)"""
    k = len(tps) // 2
    if k < 2 or len(tps) != 2 * k or "summary" not in low:
        return tps
    for i in range(k):
        if tps[i].value != tps[k + i].value:
            return tps
    if low.find("summary", tps[k - 1].end, tps[k].start) < 0:
        return tps
    return tps[:k]
