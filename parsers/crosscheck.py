"""The cross-check: settle what the fields mean together, and say what could not be read.

Nothing here invents a price. Side-dependent labels ("Buy:", "Sell:") are placed once the side
is known; "TP41.3100" is split only when the targets around it agree on the index; a label
whose value could not be read, a percentage where a price belongs, a number nobody explained
or two readings that disagree become review reasons, with the part of the text to highlight.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.explain import drop_distances
from parsers.extremes import highest, lowest
from parsers.guard import guard
from parsers.labels import MARKET
from parsers.not_prices import not_prices
from parsers.numbers import Num, dot_thousands, literal_value
from parsers.prose_fields import review_prose_levels
from parsers.prose_levels import PROSE_WORDS, once_said, prose_target_reasons, words
from parsers.reading import Reading, Settled
from parsers.sides import LONG, SHORT
from parsers.unknown_labels import unclaimed_prices
from parsers.vocabulary import ON_CHART

_SIDE_WORDS: Final = frozenset(("buy", "sell"))
_DIGIT: Final = re.compile(r"[0-9]")
_ON_CHART: Final = re.compile(ON_CHART)
# What may follow an empty target label without a price in it: "(1)", "20%", "(15x)".
_NOTES: Final = re.compile(
    r"\(?\b[0-9]{1,2}\)|[0-9][0-9.,]*\s?%|\([0-9]{1,3}(?:[.,][0-9])?\s?[xх×]\)"
    # "Target 1: Approximately 2.5x reward compared to the risk": a reward, no target.
    r"|[0-9]{1,3}(?:[.,][0-9]{1,2})?[ \t]?[xх×][ \t]?(?:reward|the\srisk|risk\b)"
)
_FIELD: Final = {"entry": "entry", "tp": "target", "sl": "stop", "slclose": "stop"}
_TIMEFRAME: Final = re.compile(
    r"(?<![\w.])([0-9]{1,2}\s?(?:h|hr|hours?|d|days?|w|m|mins?)|daily|weekly|hourly|monthly)"
    r"(?![a-z0-9])"
)
# ("Invalidation: daily close below 0.45" is the stop; "invalid if ..." cancels the trade.)
_NOT_A_STOP: Final = re.compile(r"cancel|invalid(?!ation)|void|ignore|отмен|iptal|取消")


def place_side_labels(r: Reading, side: str | None, strong: bool) -> str | None:
    """Put "Buy:" / "Sell:" values where they belong; return the side they imply.

    With an entry label already read, both are targets ("Entry: 1.06 / SELL: 1.05 1.04").
    Alone beside target labels, either is the entry ("SHORT / Buy: 27 / Targets ..."): the
    channel's word for "get in". Alone without targets, the side words decide: "buy the dip at
    140, sell at 160" sells out of a long. Together, a LONG buys in and sells out, a SHORT the
    reverse.
    """
    if not r.buy and not r.sell:
        return side
    if r.entries or r.market_in_entry:
        entry_side, target_side = [], [*r.buy, *r.sell]
    elif not (r.buy and r.sell):
        label_side = LONG if r.buy else SHORT
        if r.tps or side is None or side == label_side:
            entry_side, target_side = (r.buy or r.sell), []
            side = side if strong else label_side
        else:
            entry_side, target_side = [], (r.buy or r.sell)
    else:
        if not strong:
            side = LONG if r.sell[0].value > r.buy[0].value else SHORT
        entry_side, target_side = (r.buy, r.sell) if side == LONG else (r.sell, r.buy)
    if entry_side:
        r.entry_label = True
        r.entries.extend(entry_side)
    if target_side:
        r.tps = sorted([*r.tps, *target_side], key=lambda n: n.start)
    return side


def drop_indexes(r: Reading, low: str, ref: float | None) -> None:
    """ "Entry 1 - 299 / Entry 2 - 285", "Target 1 11.6 / Target 2 10": when the small first
    numbers of a kind's labels count 1, 2, 3 ... they are indexes, not prices; a lone "Target 1"
    too when the price after it is near the entry ref and 1 is not."""
    if not r.numbered:
        return
    for kind, values in (("entry", r.entries), ("tp", r.tps)):
        firsts = [n for k, n in r.numbered if k == kind]
        if not firsts:
            continue
        # With the labels that carry their index: "Target 3 44.5 / Target 4 42" count on.
        seq = sorted(
            [(n.start, int(n.value)) for n in firsts]
            + [(at, i) for k, at, i in r.indexed if k == kind]
        )
        if len(seq) >= 2 and [i for _, i in seq] == list(range(1, len(seq) + 1)):
            drop = {n.start for n in firsts}
            values[:] = [n for n in values if n.start not in drop]
        elif kind == "tp" and ref and seq == [(firsts[0].start, 1)] and firsts[0].value == 1:
            # "Target 1 110200" beside the entry 112700: one target, its index 1 before it (as
            # for "TP41.31", the reading near the entry; both near, nobody can tell).
            # (One price after it on its line: "Target 1 110200 108000" is target 1 and then?)
            line_end = low.find("\n", firsts[0].start)
            line_end = len(low) if line_end < 0 else line_end
            on_line = [n for n in values if firsts[0].start < n.start < line_end]
            if len(on_line) == 1 and _near(on_line[0].value, ref) and not _near(1.0, ref):
                values[:] = [n for n in values if n.start != firsts[0].start]


def _near(value: float, ref: float) -> bool:
    return 0.5 <= value / ref <= 2.0


def _split(digits: str, index: int) -> float | None:
    head = str(index)
    rest = digits[len(head) :]
    if not digits.startswith(head) or not rest[:1].isdigit():
        return None
    return literal_value(rest)


def _could_be_indexed(glued: list[tuple[str, int, int]]) -> bool:
    """ "TP41.3100": two digits before the point, so the 4 may be an index (TP4 at 1.31)."""
    return any(len(d.partition(".")[0]) >= 2 and d[0] in "123456789" for d, _, _ in glued)


def _nearest(digits: str, whole: float | None, ref: float) -> float | None:
    """Whole "41.31" or, dropping a one-digit index, "1.31": the one reading near the entry
    (both near, or neither, and nobody can tell)."""
    if whole is None or not _could_be_indexed([(digits, 0, 0)]):
        return whole
    cut = literal_value(digits[1:])
    near = [v for v in (whole, cut) if v is not None and 0.5 <= v / ref <= 2.0]
    return near[0] if len(near) == 1 else None


def settle_glued(r: Reading, ref: float | None, s: Settled) -> None:
    """ "TP11.25 TP21.28 ...": index 1, 2 ... then the price, when every target agrees."""
    if not r.glued:
        return
    if ref is not None and not ref > 0:
        ref = None  # "Entry 0": no entry to be near (the guard refuses it with its reason)
    splits = [_split(d, index) for d, _, index in r.glued]
    wholes = [literal_value(d) for d, _, _ in r.glued]
    chosen: list[float | None]
    if len(r.glued) > 1 and all(v is not None for v in splits):
        chosen = splits
    elif all(v is None for v in splits) and not (ref is None and _could_be_indexed(r.glued)):
        # The digits never start with the index expected there: the whole is the price
        # ("TP 0.45" written "TP0.45"), or, beside an entry, the reading nearest it.
        chosen = (
            wholes
            if ref is None
            else [_nearest(d, w, ref) for (d, _, _), w in zip(r.glued, wholes, strict=True)]
        )
    elif ref is not None and len(r.glued) == 1 and splits[0] and wholes[0]:
        # One target: the reading near the entry is the target; if both are, nobody can tell.
        near: list[float | None] = [v for v in (splits[0], wholes[0]) if 0.5 <= v / ref <= 2.0]
        chosen = near if len(near) == 1 else [None]
    else:
        chosen = [None]
    if any(v is None for v in chosen):
        d, start, _ = r.glued[0]
        s.review.append(
            f"target 'TP{d}' runs its number and price together; I cannot tell which is which"
        )
        s.unread.append((start - 2, start + len(d)))
        return
    glued: list[Num] = []
    for i, ((d, start, index), v) in enumerate(zip(r.glued, chosen, strict=True)):
        cut = 0 if v == wholes[i] else len(str(index))
        glued.append(Num(v or 0.0, start + cut, start + len(d)))
        if cut:
            s.split_at.add(start + cut)
    s.tps = sorted([*s.tps, *glued], key=lambda n: n.start)


def _stop(r: Reading, low: str, s: Settled) -> None:
    sl, line = r.sl, r.sl_line
    if r.slclose_line is not None:  # "close below 0.45", or "SL: 2.05 (daily close)"
        a, b = r.slclose_line
        condition = not _NOT_A_STOP.search(low, a, b)
        if sl is None and condition and r.slclose is not None:
            sl, line = r.slclose, r.slclose_line
        elif (
            sl is not None
            and condition
            and r.slclose is not None
            and r.slclose.value != sl.value
            and (r.sl_line == r.slclose_line or words(low, a, b, PROSE_WORDS) <= PROSE_WORDS)
        ):
            # "SL 0.45 (4H close) or 0.41": the stop and the candle-close level disagree. (Not
            # "... 3 days of closing below 2955 (historical resistance ...)": the analysis.)
            s.review.append(
                f"a second stop '{low[r.slclose.start : r.slclose.end]}' disagrees with the"
                f" first ('{low[sl.start : sl.end]}')"
            )
            s.unread.append((r.slclose.start, r.slclose.end))
        if condition and line == r.slclose_line:
            s.stop_kind = "candle_close"
            tf = _TIMEFRAME.search(low, a, b)
            s.stop_timeframe = tf.group(1).replace(" ", "") if tf else None
    s.sl = sl


def _scale(s: Settled, norm: str) -> None:
    """Levels a thousand times apart are a misreading ("25.5 ... TP 27k"); "112.191" beside
    targets of 113k is the Turkish way of writing 112,191, and read so when only that fits."""
    levels = [*s.entries, *s.tps, *([s.sl] if s.sl else [])]
    if len(levels) < 2:
        return
    values = [n.value for n in levels]
    low, high = lowest(values), highest(values)
    if low > 0 and high / low <= 20:  # the usual case: no level can be an outlier
        return
    # "Entry 24,3 / TP 24,786 / SL 22,842": the post writes decimal commas (24,3 can be
    # nothing else), so its "24,786" is 24.786 too, when that puts all the levels together.
    literals = [norm[n.start : n.end] for n in levels]
    alts = [dot_thousands(lit) if "," in lit else None for lit in literals]
    flipped = [a if a is not None else n.value for a, n in zip(alts, levels, strict=True)]
    decimal_commas = any(_DECIMAL_COMMA.fullmatch(lit) for lit in literals)
    if (
        decimal_commas
        and any(a is not None for a in alts)
        and (least := lowest(flipped)) > 0
        and highest(flipped) / least <= 20
    ):
        swap = {id(n): Num(v, n.start, n.end) for n, v in zip(levels, flipped, strict=True)}
        s.entries = [swap[id(m)] for m in s.entries]
        s.tps = [swap[id(m)] for m in s.tps]
        s.sl = swap[id(s.sl)] if s.sl is not None else None
        return
    for i, n in enumerate(levels):
        others = sorted(m.value for j, m in enumerate(levels) if j != i)
        mid = others[len(others) // 2]
        if mid <= 0 or 0.05 <= n.value / mid <= 20:
            continue
        alt = dot_thousands(norm[n.start : n.end])
        if alt is not None and 0.5 <= alt / mid <= 2:
            fixed = Num(alt, n.start, n.end)
            s.entries = [fixed if m is n else m for m in s.entries]
            s.tps = [fixed if m is n else m for m in s.tps]
            s.sl = fixed if s.sl is n else s.sl
            continue
        s.review.append(
            f"{norm[n.start : n.end]} is far from the other levels (around {mid:g}): "
            "one of them is misread or mistyped"
        )
        s.unread.append((n.start, n.end))
        return


_DECIMAL_COMMA: Final = re.compile(r"0,[0-9]+|[0-9]+,(?:[0-9]{1,2}|[0-9]{4,})")


_WHY: Final = {
    "unread": "'{}' holds a number I could not read with certainty",
    "negative": "'{}' is a negative price",
    "non-finite": "'{}' stands where a price should be, and no price is infinite or not a number",
    "second stop": "a second stop '{}' disagrees with the first",
    "leverage": "leverage '{}' is not a leverage that can be traded",
    "stray": "'{}' holds prices that no label claims: which field are they?",
    "other label": "'{}' names its numbers with a word I do not know as a label: which field"
    " are they?",
    "market and price": "the post says to enter at market, and '{}' under it is a price:"
    " which is meant?",
}


def _label_leads(low: str, at: int) -> bool:
    """The label before position at opens its line ("Entry now"), not a sentence ("enter only
    when entry price matches market price")."""
    line_start = low.rfind("\n", 0, at) + 1
    return words(low, line_start, at, 3) <= 3


def _market_on_line(low: str, at: int) -> bool:
    """ "Вход с текущих: 0.003484": the price is given as the market's, on its own line."""
    start = low.rfind("\n", 0, at) + 1
    return MARKET.search(low[start:at]) >= 0


_LABEL_INDEX: Final = re.compile(r"(?<![0-9])[1-9][0-9]{1,2}$")


def _out_of_count(label: str, r: Reading) -> bool:
    """ "TP54" among four targets: no target 54, but target 5 at 4 run into its number."""
    m = _LABEL_INDEX.search(label)
    return m is not None and int(m.group()) > sum(1 for lab in r.labels if lab[0] == "tp")


# The post says it has no stop ("No stoploss", "берем без стопа", "without a stop"): an empty
# stop label is that, not a stop nobody could read.
_NO_STOP: Final = re.compile(
    r"(?<!\w)(?:no|without(?:\sa)?)\s(?:stop[\s-]?loss|stoploss|stop|sl)"
    # (Not "no stop hunting", "no stop loss hit yet": a report, the stop there.)
    r"(?![\w-]|\s(?:hunt|hit|trigger|taken|reached|yet|moved))"
    r"|(?<!\w)без\sстоп\w{0,3}(?:[\s-]?лосс\w{0,2})?|不设止损|无止损"
)
_NONE: Final = frozenset(("no", "none", "нет"))
# ("❌ Open without Stop Loss", "Never trade without a stop": a lesson's warning, not this post.)
_WARNING: Final = re.compile(
    r"never|don'?t|do\snot|avoid|❌|open|trad(?:e|ing)|enter|entering|gambl|никогда|не\s"
)


def _says_no_stop(low: str) -> bool:
    """Whether the post says its trade has no stop (not a warning against trading without one)."""
    for m in _NO_STOP.finditer(low):
        line_start = low.rfind("\n", 0, m.start()) + 1
        if not _WARNING.search(low, line_start, m.start()):
            return True
    return False


def review(r: Reading, norm: str, s: Settled, market: bool) -> None:
    """Reasons to look before trading: unread labels, percentages, unexplained numbers."""
    if not (r.empty or r.percents or r.unexplained or r.prose_targets or r.prose_levels):
        return
    low = norm.lower()
    have = {"entry": bool(s.entries) or market, "target": bool(s.tps), "stop": s.sl is not None}
    for kind, label, span in r.empty:
        name = _FIELD.get(kind, "entry" if kind in ("buy", "sell") else kind)
        if (name == "entry" and r.market_in_entry) or not any(c.isalpha() for c in label):
            continue  # an emoji with nothing after it ("SHORT ❌") is decoration, not a label
        if kind in ("buy", "sell") and label.strip() in _SIDE_WORDS:
            continue  # "🟢 Buy" alone on its line with no list under it: the side, no label
        written = low[span[0] + len(label) : span[1]].strip(" :=-\t")
        if (
            name == "target"
            and (s.tps or written)
            and not _DIGIT.search(_NOTES.sub("", not_prices(written)))
            and not _out_of_count(label, r)
            and not _ON_CHART.search(written)  # "Target : di chart": given, on a picture
        ):
            continue  # "targets will follow", "TP3: open": no target is not a guessed target
        if name == "stop" and (written in _NONE or _says_no_stop(low)):
            continue  # "Стоп за уровень - ... берем без стопа", "Stoploss: none": no stop, said
        if not have.get(name, True) or (name == "entry" and not s.entries) or name == "target":
            shown = norm[span[0] : span[0] + len(label)].strip()
            value = norm[span[0] + len(label) : span[1]].strip(" :=-\t")
            what = f" ('{value}')" if value else ""
            s.review.append(f"{name} label '{shown}' had no price I could read{what}")
            s.unread.append(span)
    for kind, label, span in r.percents:
        name = _FIELD.get(kind, "entry" if kind in ("buy", "sell") else kind)
        at = low.rfind(label, 0, span[0])
        shown = norm[at : at + len(label)].strip() if at >= 0 else label.strip()
        s.review.append(
            f"{name} label '{shown}' gives a percentage, not a price: "
            f"'{norm[span[0] : span[1]].strip()}'"
        )
        s.unread.append(span)
    for why, span in r.unexplained:
        s.review.append(_WHY[why].format(norm[span[0] : span[1]].strip()))
        s.unread.append(span)
    if r.prose_targets:
        prose_target_reasons(r, norm, s.review, s.unread)
    if r.prose_levels:
        review_prose_levels(r, norm, s, market)


def settle(r: Reading, norm: str, low: str, market: bool, ref: float | None) -> Settled:
    """Glued targets, the stop and its kind, review reasons, and the final guard."""
    drop_indexes(r, low, ref if ref is not None and ref > 0 else None)
    if "+" in low:
        drop_distances(r, low, ref)
    s = Settled(entries=list(r.entries), tps=list(r.tps))
    settle_glued(r, ref, s)
    _stop(r, low, s)
    _scale(s, norm)
    review(r, norm, s, market)
    if r.unclaimed:
        unclaimed_prices(r, norm, low, s)
    if (
        r.market_in_entry
        and s.entries
        and _label_leads(low, r.market_at)
        and not _market_on_line(low, s.entries[0].start)
    ):
        # "Entry: now" and, on another line, "entry 2950": a market order or a limit at 2950?
        s.review.append(
            f"the entry is both 'market' and the price {norm[s.entries[0].start : s.entries[0].end]}"
            ": the two readings disagree"
        )
        s.unread.append((s.entries[0].start, s.entries[0].end))
    guard(norm, s)
    if len(s.entries) > 1:
        # "42.52 – 42.52–42.99", "22.85 - 22.85": a price written twice is one entry.
        seen: set[float] = set()
        once: list[Num] = []
        for n in s.entries:
            if n.value not in seen:
                seen.add(n.value)
                once.append(n)
        s.entries = once
    if s.sl is not None and len(s.tps) > 1:
        # "### Summary: ... Take Profit: $2,309.36" after the stop, the target read above it
        # said again: one target ("TP3 0.2405, TP4 0.2405" in one list stay two).
        before = {n.value for n in s.tps if n.start < s.sl.start}
        s.tps = [n for n in s.tps if n.start < s.sl.start or n.value not in before]
    s.tps = once_said(s.tps, low)  # "Target 1: 11.30 / ... Summary / 🎯 TP1: 11.30 | TP2: 12.00"
    return s
