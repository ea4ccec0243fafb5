"""The cross-check: settle what the fields mean together, and say what could not be read.

Nothing here invents a price. Side-dependent labels ("Buy:", "Sell:") are placed once the side
is known; "TP41.3100" is split only when the targets around it agree on the index
(parsers/indexes.py); the stop and its candle-close kind are settled, and levels a thousand
times apart read again or refused; a label whose value could not be read, a percentage where a
price belongs, a number nobody explained (parsers/unread.py) or two readings that disagree
become review reasons, with the part of the text to highlight; the final guard has the last
word (parsers/guard.py).
"""

from __future__ import annotations

import re
from typing import Final

from parsers.entry_choice import market_or_price
from parsers.extremes import highest, lowest
from parsers.guard import guard
from parsers.indexes import drop_indexes, index_past_count, settle_glued, settle_spaced
from parsers.labels import LEVEL_LABELS, MARKET
from parsers.level_counts import without_counts
from parsers.numbers import Num, dot_thousands, read_prices
from parsers.prose_levels import PROSE_WORDS, once_said, words
from parsers.prose_repeats import drop_prose_repeats
from parsers.reading import Reading, Settled
from parsers.restated_levels import drop_restated
from parsers.side_field import pair_side
from parsers.side_price import not_shares, side_price_doubt
from parsers.sides import LONG, SHORT
from parsers.target_runs import notes_after_targets, restated_list
from parsers.unknown_labels import unclaimed_prices
from parsers.unread import review

_TIMEFRAME: Final = re.compile(
    r"(?<![\w.])([0-9]{1,2}\s?(?:h|hr|hours?|d|days?|w|m|mins?)|daily|weekly|hourly|monthly)"
    r"(?![a-z0-9])"
)
# ("Invalidation: daily close below 0.45" is the stop; "invalid if ..." cancels the trade.)
_NOT_A_STOP: Final = re.compile(r"cancel|invalid(?!ation)|void|ignore|отмен|iptal|取消")


def place_side_labels(r: Reading, low: str, side: str | None, strong: bool) -> str | None:
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
        own = r.buy if side == LONG else r.sell if side == SHORT else []
        if own and strong and r.tps:
            # "Entry: 12.40 / TP: 12.90 / SL: 11.95 / Last week #HOT buy 0.001471 sell 0.001353":
            # beside an entry and targets of their own labels, the side's own word to get in
            # gives no target (a second entry, or another post's levels?). ("SHORT / Entry LIMIT:
            # 1.0665 / SELL: 1.0620 - 1.0580": with no target label, "SELL:" gives the targets.)
            r.unexplained.append(("own side", (own[0].start, own[-1].end)))
            target_side = [n for n in target_side if n not in own]
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
        else:  # "Shorts are trapped / Buy: 100 / Sell: 110 / Stop: 95": the stop says a long
            side = pair_side(low, side, r.buy, r.sell, r.sl)
        entry_side, target_side = (r.buy, r.sell) if side == LONG else (r.sell, r.buy)
    if entry_side and not strong and "%" in low:
        # "#ATOM sell 50% at 12.90": no side word says to open a trade ("#ATOM LONG / Buy 30%
        # at 12.40, 70% at 12.10" splits its entry), so no entry.
        entry_side = not_shares(r, low, entry_side)
    if entry_side:
        r.entry_label = True
        r.entries.extend(entry_side)
    if target_side:
        r.tps = sorted([*r.tps, *target_side], key=lambda n: n.start)
    return side


def drop_distances(r: Reading, low: str, ref: float | None) -> None:
    """ "TP1: 1.3500 (+0.0450)", "TP2: 1.4000 +0.0950": a number signed "+" right after a target
    on its line, equal to that target's distance from the entry ref, is the distance (the
    profit it offers), not another target. (Any other signed number is read as ever, and the
    cross-check weighs it.)"""
    if ref is None or len(r.tps) < 2:
        return
    keep: list[Num] = []
    for i, n in enumerate(r.tps):
        prev = r.tps[i - 1] if i else None
        if (
            prev is not None
            and low[max(0, n.start - 2) : n.start].lstrip("( ")[-1:] == "+"
            and "\n" not in low[prev.end : n.start]
            and abs(abs(prev.value - ref) - n.value) <= 1e-9 * max(1.0, ref)
        ):
            continue
        keep.append(n)
    if len(keep) < len(r.tps):
        r.tps[:] = keep


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


def _analysis_before_levels(r: Reading) -> None:
    """ "... holding above the SuperTrend at $75.08. The massive 3.5M LTC bid wall ..." before
    "Entry Zone: $74.80 - $75.10": an "at" of the analysis above the labelled levels gives no
    entry (the labelled one is read), so a number it left unread is no doubt about the trade."""
    first = next((lab[1] for lab in r.labels if lab[0] in LEVEL_LABELS), -1)
    weak = [
        (lab[2], r.labels[i + 1][1] if i + 1 < len(r.labels) else first)
        for i, lab in enumerate(r.labels)
        if lab[0] == "weak" and lab[1] < first
    ]
    if weak:
        r.unexplained = [
            (why, span)
            for why, span in r.unexplained
            if not (why == "unread" and any(a <= span[0] < b <= first for a, b in weak))
        ]


def _close_zone_at_stop(r: Reading, low: str, stop: float) -> None:
    """ "Stop: 0.0836 ... A close above 0.08350-0.08360 invalidates the setup": a candle-close
    zone that ends at the stop read is that stop said again, no number left unread."""
    a, b = r.slclose_line or (0, 0)
    for why, (start, end) in list(r.unexplained):
        if why != "unread" or not a <= start < b:
            continue
        zone = [n.value for n in read_prices(low[start:end])]
        if len(zone) == 2 and stop in zone and _ZONE_DASH.search(low, start, end):
            r.unexplained.remove((why, (start, end)))


_ZONE_DASH: Final = re.compile(r"[0-9]\s?[-–—~]\s?\$?[0-9]")


def _scale(s: Settled, norm: str) -> None:
    """Levels a thousand times apart are a misreading ("25.5 ... TP 27k"); "112.191" beside
    targets of 113k is the Turkish way of writing 112,191, and read so when only that fits."""
    levels = s.levels()
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


def _label_leads(low: str, at: int) -> bool:
    """The label before position at opens its line ("Entry now"), not a sentence ("enter only
    when entry price matches market price")."""
    line_start = low.rfind("\n", 0, at) + 1
    return words(low, line_start, at, 3) <= 3


def _market_on_line(low: str, at: int) -> bool:
    """ "Вход с текущих: 0.003484": the price is given as the market's, on its own line."""
    start = low.rfind("\n", 0, at) + 1
    return MARKET.search(low[start:at], low) >= 0


def settle(r: Reading, norm: str, low: str, market: bool, ref: float | None) -> Settled:
    """Glued targets, the stop and its kind, review reasons, and the final guard."""
    settle_spaced(r, ref)
    if r.indexed:
        index_past_count(r, low, ref)
        drop_restated(r, low)  # "TP1: 8.45 ... TP1 is 8.45": target 1 said again, no 4th target
    if len(r.tps) > 1:
        drop_prose_repeats(r, low)  # "TP: 8.45 ... TP at 8.45 targets the next ...": said again
    drop_indexes(r, low, ref if ref is not None and ref > 0 else None)
    if "+" in low:
        drop_distances(r, low, ref)
    if len(r.entries) > 1:
        side_price_doubt(r, low)  # "#ATOM LONG 12.05 / Entry: 12.40": which is the entry?
    counted = without_counts(r, low) if len(r.tps) > 1 or len(r.entries) > 1 else None
    s = Settled(entries=list(r.entries), tps=list(r.tps))
    if counted is not None:
        s.review.append(counted)  # "Targets: 5" under three targets: a count, or a target?
    settle_glued(r, ref, s)
    _stop(r, low, s)
    if r.slclose_line is not None and s.sl is not None and r.unexplained:
        _close_zone_at_stop(r, low, s.sl.value)
    if r.entry_label and r.entries and r.unexplained:
        _analysis_before_levels(r)
    if len(s.tps) > 1:
        restated_list(s, r, low, norm)  # "TP: 5.00 4.80" and "TP1 5.00 / TP2 4.80 / TP3 4.60"
        notes_after_targets(s, low, norm)  # "5.00 ➡️ 2 / 4.80 ➡️ 4 / 4.60": 2 and 4 are notes
    _scale(s, norm)
    review(r, norm, s, market, low)
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
    market_or_price(norm, low, s)  # "Entry: market or 148": which is meant?
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
        # (Not after another entry read past the stop: "Previous: #ATOM entry 12.10 TP 12.90 ✅"
        # gives a set of levels of its own, parsers/two_signals.py.)
        before = {n.value for n in s.tps if n.start < s.sl.start}
        late = min((n.start for n in s.entries if n.start > s.sl.start), default=len(norm))
        s.tps = [
            n for n in s.tps if n.start < s.sl.start or n.value not in before or n.start > late
        ]
    s.tps = once_said(s.tps, low)  # "Target 1: 11.30 / ... Summary / 🎯 TP1: 11.30 | TP2: 12.00"
    return s
