"""What a reading left unread, as review reasons: a label whose value held no price, a
percentage where a price belongs, a number nobody explained, a target named in prose.

Each reason says what was not read, with the span of the text to highlight on the card
(`Settled.unread`). A label that says there is nothing to read ("targets will follow",
"Stoploss: none", "No stoploss") is no reason.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.aside_lines import all_labelled, aside_line
from parsers.chart_notes import described_stop
from parsers.lead_first import lead_first
from parsers.metric_percents import metric_percent
from parsers.not_prices import not_prices
from parsers.percent_heads import price_under
from parsers.percent_levels import percent_target_note, percent_targets, share_or_range
from parsers.prose_fields import review_prose_levels
from parsers.prose_levels import prose_target_reasons
from parsers.ratio_notes import ratio_for_price
from parsers.reading import Reading, Settled
from parsers.step_entries import step_under
from parsers.stray_lines import no_price_here
from parsers.target_notes import multiple_note, percents_of_targets, share_at_target
from parsers.vocabulary import ON_CHART

# A label whose value is a percentage where a price belongs ("Entry: -5%"), and an added entry
# told so under a card (added_entry.py, which asks whether this was said already).
PERCENT_NOT_PRICE: Final = "gives a percentage, not a price"


def percent_label_reason(name: str, shown: str, written: str) -> str:
    """The refusal of label `shown` (of field `name`) whose value `written` is a percentage."""
    return f"{name} label '{shown}' {PERCENT_NOT_PRICE}: '{written}'"


_SIDE_WORDS: Final = frozenset(("buy", "sell"))
_DIGIT: Final = re.compile(r"[0-9]")
_ON_CHART: Final = re.compile(ON_CHART)
# What may follow an empty target label without a price in it: "(1)", "20%", "(15x)".
_NOTES: Final = re.compile(
    r"\(?\b[0-9]{1,2}\)|[0-9][0-9.,]*\s?%|\([0-9]{1,3}(?:[.,][0-9])?\s?[xх×]\)"
    # "Target 1: Approximately 2.5x reward compared to the risk": a reward, no target.
    r"|[0-9]{1,3}(?:[.,][0-9]{1,2})?[ \t]?[xх×][ \t]?(?:reward|the\srisk|risk\b)"
    # "... push toward TP2 and TP3.", "TP1 or TP2": another target named by its number.
    r"|(?<![a-z])(?:tp|target)\s?[0-9]{1,2}(?![0-9]|[.,][0-9])"
)
# A target's value that is a date or a duration, nothing else: "May 12", "12th Dec", "4h".
_WHEN: Final = re.compile(
    r"\W*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s?[0-9]{1,2}"
    r"(?:st|nd|rd|th)?|[0-9]{1,2}(?:st|nd|rd|th)?\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
    r"|nov|dec)[a-z]{0,6}|(?:[0-9]{1,3}\s?(?:-|–|to)\s?)?[0-9]{1,3}\s?(?:h|hrs?|hours?|d|days?"
    r"|w|wks?|weeks?|m|mins?|minutes?|months?))(?:,?\s?[0-9]{4})?[^\w]*"
)
_FIELD: Final = {"entry": "entry", "tp": "target", "sl": "stop", "slclose": "stop"}


_WHY: Final = {
    "unread": "'{}' holds a number I could not read with certainty",
    "negative": "'{}' is a negative price",
    "non-finite": "'{}' stands where a price should be, and no price is infinite or not a number",
    "second stop": "a second stop '{}' disagrees with the first",
    "numbered twice": "'{}' gives a numbered level a second price: which one is meant?",
    "leverage": "leverage '{}' is not a leverage that can be traded",
    "margin": "the margin is given as a bare '{}': a leverage, or an amount?",
    "stray": "'{}' holds prices that no label claims: which field are they?",
    "stray line": "'{}' holds prices that no label claims: which field are they?",
    "other label": "'{}' names its numbers with a word I do not know as a label: which field"
    " are they?",
    "side price": "'{}' gives a price beside the side, and the entry label another: is it the"
    " entry, the price now or a date?",
    "own side": "'{}' is a price to get in, given after the entry was read: a second entry, or"
    " another post's?",
    "share at": "'{}' closes (or buys) a share at a price: a plan for a trade, not a price to"
    " get in",
    "market and price": "the post says to enter at market, and '{}' under it is a price:"
    " which is meant?",
}


_LABEL_INDEX: Final = re.compile(r"(?<![0-9])[1-9][0-9]{1,2}$")


def _out_of_count(label: str, r: Reading) -> bool:
    """ "TP54" among four targets: no target 54, but target 5 at 4 run into its number."""
    m = _LABEL_INDEX.search(label)
    return m is not None and int(m.group()) > sum(1 for lab in r.labels if lab[0] == "tp")


# The post says it has no stop ("No stoploss", "берем без стопа", "without a stop"): an empty
# stop label is that, not a stop nobody could read.
_NO_STOP: Final = re.compile(
    lead_first(
        r"(?<!\w)(?:no|without(?:\sa)?|(?:don[’']?t|do\snot)\suse(?:\sa(?:ny)?)?)\s"
        r"(?:stop[\s-]?loss|stoploss|stop|sl)"
        # (Not "no stop hunting", "no stop loss hit yet": a report, the stop there.)
        r"(?![\w-]|\s(?:hunt|hit|trigger|taken|reached|yet|moved))"
        r"|(?<!\w)без\sстоп\w{0,3}(?:[\s-]?лосс\w{0,2})?|不设止损|无止损"
        # A stop label whose value is a word for none: "Stop loss - without just HOLD", "SL: nil".
        r"|(?<!\w)(?:stop[\s-]?loss|stoploss|stop|sl)\s?[:=\-–—]?\s?(?:without|none|nil|n/?a)(?![\w/])"
    )
)
_NONE: Final = frozenset(("no", "none", "нет"))
# ("❌ Open without Stop Loss", "Never trade without a stop": a lesson's warning, not this post.)
_WARNING: Final = re.compile(
    r"never|don'?t|do\snot|avoid|❌|open|trad(?:e|ing)|enter|entering|gambl|никогда|не\s"
)


# "Have some SL for Safe", "use your own stop": advice to set a stop, on a line with no number.
_OWN_STOP: Final = re.compile(
    r"(?:have|use|keep|put|place|set)\s(?:some|a|an|your(?:\sown)?)\s(?:stop[\s-]?loss|stoploss"
    r"|stop|sl)(?![\w-])"
)


def _rest_of_line(low: str, at: int) -> str:
    """low from at to the end of its line."""
    end = low.find("\n", at)
    return low[at : len(low) if end < 0 else end]


def _own_stop(low: str, at: int) -> bool:
    """Whether the line holding at advises a stop of the reader's own and holds no digit."""
    start, end = low.rfind("\n", 0, at) + 1, low.find("\n", at)
    line = low[start : len(low) if end < 0 else end]
    return not _DIGIT.search(line) and _OWN_STOP.search(line) is not None


def _says_no_stop(low: str) -> bool:
    """Whether the post says its trade has no stop (not a warning against trading without one)."""
    for m in _NO_STOP.finditer(low):
        line_start = low.rfind("\n", 0, m.start()) + 1
        if not _WARNING.search(low, line_start, m.start()):
            return True
    return False


# "• SL/TP Percent: 1.75%/3.25%": one label naming the stop and the target, its value their two
# distances from the entry in percent (a bot's summary above its levels), nothing else.
_BOTH_LABEL: Final = re.compile(
    r"(?:sl|stop(?:[ -]?loss)?)[ \t]?/[ \t]?(?:tp|take[ -]?profit|target)"
    r"|(?:tp|take[ -]?profit|target)[ \t]?/[ \t]?(?:sl|stop(?:[ -]?loss)?)"
)
_TWO_DISTANCES: Final = re.compile(
    r"(?:percent(?:age)?[ \t]?)?[:=]?[ \t]?[0-9]{1,2}(?:\.[0-9]{1,2})?[ \t]?%"
    r"[ \t]?/[ \t]?[0-9]{1,3}(?:\.[0-9]{1,2})?[ \t]?%"
)


def _distances_beside_levels(low: str, span: tuple[int, int], s: Settled) -> bool:
    """Whether the percentages at span are an "SL/TP" label's two distances, beside a stop and
    targets read as prices: a note on them, no field left unread. (Without both read, or with
    anything else in its value, they are the stop or a target given as a percentage.)"""
    if s.sl is None or not s.tps:
        return False
    line_start = low.rfind("\n", 0, span[0]) + 1
    head = low[line_start : span[0]]
    found = list(_BOTH_LABEL.finditer(head))
    both = found[-1] if found else None
    return (
        both is not None
        and not head[both.end() :].strip(" \t:=-")
        and not _DIGIT.search(head)
        and _TWO_DISTANCES.fullmatch(low, span[0], span[1]) is not None
    )


def review(r: Reading, norm: str, s: Settled, market: bool, low: str | None = None) -> None:
    """Reasons to look before trading: unread labels, percentages, unexplained numbers.

    low: the reader's lower(norm) (parsers/normalize.py), norm.lower() but where a character
    lowers to two; given, norm is not lowered again. (Only "İ" lowers to two characters:
    tests/parsers/test_speed35.py asks every code point.)"""
    if low is None or "\u0130" in norm:
        low = norm.lower()
    if len(s.tps) == 1 and "%" in norm:
        one = s.tps[0]
        doubt = share_or_range(low, one.start, one.end, one.value)
        if doubt is not None:
            written = norm[doubt[0] : doubt[1]]
            s.review.append(
                f"'{written}' is one target with the share to close there, or targets given as"
                " percentages: which is meant?"
            )
            s.unread.append(doubt)
    if not (r.empty or r.percents or r.unexplained or r.prose_targets or r.prose_levels):
        return
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
            # ("TP2: May 12", "TP2: 4h": a date or a timeframe where the price belongs is a
            # target nobody can trade, never one silently dropped.)
            and not _WHEN.fullmatch(written)
            and not _out_of_count(label, r)
            and not _ON_CHART.search(written)  # "Target : di chart": given, on a picture
            and not ratio_for_price(_rest_of_line(low, span[0] + len(label)))  # "TP3: RR 1:4"
        ):
            continue  # "targets will follow", "TP3: open": no target is not a guessed target
        if name == "stop" and (written in _NONE or _says_no_stop(low)):
            continue  # "Стоп за уровень - ... берем без стопа", "Stoploss: none": no stop, said
        if name == "stop" and _own_stop(low, span[0]):
            continue  # "Have some SL for Safe❌": a stop of your own, none given (i13-sig24)
        # (A target label that gave nothing is always said; an entry's only when no entry was
        # read, a stop's when no stop was: the others were left unread beside a field read.)
        if (
            name == "target"
            or (name == "entry" and not s.entries)
            or (name == "stop" and s.sl is None)
        ):
            shown = norm[span[0] : span[0] + len(label)].strip()
            value = norm[span[0] + len(label) : span[1]].strip(" :=-\t")
            what = f" ('{value}')" if value else ""
            s.review.append(f"{name} label '{shown}' had no price I could read{what}")
            s.unread.append(span)
    # Targets only as percentages beside an entry or a stop given as prices: a note, no price
    # worked out from them; beside targets read as prices, a target left unread.
    noted = not s.tps and bool(s.entries or s.sl is not None)
    prices = [n.value for n in s.levels()] if noted else []
    for kind, label, span in r.percents:
        if kind in ("tp", "sl") and _distances_beside_levels(low, span, s):
            continue
        if price_under(low, kind, span, s) or step_under(low, kind, span, s):
            continue  # "TP1: +5%\n0.245": the share or distance, its price under it
        name = _FIELD.get(kind, "entry" if kind in ("buy", "sell") else kind)
        at = low.rfind(label, 0, span[0])
        if kind == "weak" and all_labelled(r, s) and metric_percent(low, at, at + 2, span[1]):
            continue  # "Funding rate at -0.5758%" under a card read whole (metric_percents.py)
        if kind == "sell" and share_at_target(low, at, span, s.tps):
            continue  # "TP1: 12.90 (sell 25%)": the share to sell there
        if kind == "tp" and at >= 0 and percents_of_targets(low, at + len(label), span, s.tps):
            continue  # "Take Profit %: 30% | 70%" under the targets' prices
        if kind == "tp" and noted and at >= 0 and percent_targets(low, span, prices):
            written, where = percent_target_note(norm, low, at, span)
            if s.target_percent_spans and s.target_percent_spans[-1][0] == at:
                s.target_percents.pop()  # "Targets:" over "1) 5%", "2) 10%": one note, grown
                s.target_percent_spans.pop()
            s.target_percents.append(written)
            s.target_percent_spans.append((at, at + len(label)))  # the label: no status word
            continue  # "TP: %5-%10-%15" under "Entry: 35.5" and "SL: 33.8"
        shown = norm[at : at + len(label)].strip() if at >= 0 else label.strip()
        s.review.append(percent_label_reason(name, shown, norm[span[0] : span[1]].strip()))
        s.unread.append(span)
    for why, span in r.unexplained:
        if why == "stray line" and no_price_here(low, span, s, r.market_in_entry):
            continue  # "RSI 28 on the 4H" beside a coin at 0.05: no price of this coin
        if (
            why == "second stop"
            and s.sl is not None
            and described_stop(low[span[0] : span[1]], [n.value for n in s.entries], s.sl.value)
        ):
            continue  # "Invalidation: above 4H Supertrend (148.9)" by the stop (chart_notes.py)
        if why == "stray" and all_labelled(r, s) and aside_line(low, span):
            continue  # "RSI (14): 58.4" between labelled levels (parsers/aside_lines.py)
        if why == "margin" and r.leverage is not None:
            continue  # "Margin: 10" beside "Leverage: 20x": an amount (parsers/label_value.py)
        if why == "unread" and multiple_note(low[span[0] : span[1]], s.tps, s.entries, r.leverage):
            continue  # "Target: $100 (40x)" over an entry of $2.50 (parsers/target_notes.py)
        s.review.append(_WHY[why].format(norm[span[0] : span[1]].strip()))
        s.unread.append(span)
    if r.prose_targets:
        prose_target_reasons(r, norm, s.review, s.unread)
    if r.prose_levels:
        review_prose_levels(r, norm, s, market, low)
