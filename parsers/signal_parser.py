"""Reading a new trade signal from a channel post: one pipeline, five steps.

1. normalise   digits of every script to ASCII, markup and invisible characters out
               (parsers/normalize.py); direction controls make the post a review case
2. find the symbol (parsers/symbols.py)
3. label the lines  with the lexicon's table (parsers/lexicon.py, parsers/labels.py)
4. read the fields  with a span for every value (parsers/lines.py walks the lines,
               parsers/fields.py reads each segment)
5. cross-check  place side-dependent labels, split glued indexes, list what was not read,
               and prove every price is a number of the message (parsers/crosscheck.py)
"""

from __future__ import annotations

import re
from typing import Final

from parsers import sides, symbols, validate
from parsers.analysis_section import levels_above_analysis
from parsers.btc_quote import btc_quoted
from parsers.call_doubts import call_doubts
from parsers.char_scans import has_digit
from parsers.coins import another_coin, symbol_of
from parsers.crosscheck import place_side_labels, settle
from parsers.explain import computed_with_other_level, unexplained_number
from parsers.gate_words import gate, holds
from parsers.glued import glued_agree
from parsers.label_value import unexplained_reason
from parsers.labels import MARKET, STATUS
from parsers.lines import scan
from parsers.list_notes import list_notes
from parsers.lone_entries import lone_entries_in_prose
from parsers.marked_targets import targets_marked_hit
from parsers.market_prose import entry_price_in_prose
from parsers.models import ParsedSignal
from parsers.normalize import hygiene_problem, lower, normalize, two_colons, unglue
from parsers.not_close import cancel_word
from parsers.notes import levels_beside_notes, levels_not_from_notes
from parsers.numbers import blank_spans, find_leverage
from parsers.open_whole import open_whole_levels
from parsers.prelude_leftover import leftover_price_lines
from parsers.preludes import FIELD_SEPARATOR, entries_from_preludes, stray_between, stray_prices
from parsers.prose_levels import PROSE_TARGET
from parsers.quick_tests import required_literals, written
from parsers.quote_card import without_quote_cards
from parsers.read_once import none_either_way, read_first, status_asked
from parsers.reading import Reading, Settled, Span
from parsers.reports import (
    around_levels,
    report_reason,
    reports_status,
    says_no_trade,
    status_heading,
)
from parsers.scale import option_problem, satoshi_problem
from parsers.setup_section import levels_in_setup
from parsers.side_field import side_said
from parsers.signal_record import parsed_signal
from parsers.target_order import in_trade_order
from parsers.trailing import read_trailing, with_trailing
from parsers.trigger import with_trigger
from parsers.two_signals import two_signals
from parsers.vocabulary import CLOSING_SIDE, RESTATED

_RESTATED: Final = re.compile(RESTATED)
_RESTATED_GATE: Final = gate(("remind", "still", "recap", "post", "last", "previous", "earlier"))
_CLOSING_SIDE: Final = re.compile(CLOSING_SIDE)
# Its words ("close", "exit", "cut" ...): most posts hold none before the side word.
_CLOSING_HEADS: Final = required_literals(CLOSING_SIDE)


def read_signal(text: str) -> ParsedSignal | None:
    """Parse a new trade signal; None when the text is not one."""
    return read_first(_signal, text)  # (a None with no status check asked: quoted_levels' too)


def quoted_levels(text: str) -> ParsedSignal | None:
    """The levels of a signal posted again under a status line ("Entry filled ✅", "TP1 hit ✅"
    over it), read as if the status were not there: where the quoted signal is, so that a
    follow-up is read from the status lines alone, never from the signal's own words."""
    return _signal(text, False) if text and not none_either_way(text) else None


def _signal(text: str, status: bool) -> ParsedSignal | None:
    # 1. normalise (an app's quote card under the post, "INJ / 5.69 / +0.35%", is no level)
    norm = without_quote_cards(normalize(text))
    sig = _read(text, norm, status)
    if sig is None or not sig.is_valid():
        # (A target named in prose that is not in the list is never set aside with the analysis.)
        named = sig is not None and any(PROSE_TARGET in why for why in sig.review)
        # (What is read without the analysis or the notes is checked for glued labels too: a
        # second post after them, "IDUSDT SHORTLeverage : 10xEntry : 0.43 ...", is no note.)
        if not named:
            levels = levels_above_analysis(norm, lambda cut: _whole(text, cut, status))
            # (A paragraph of analysis beside the levels, its numbers refused: notes, not levels.)
            levels = levels or levels_beside_notes(norm, sig, lambda cut: _whole(text, cut, status))
            levels = levels or levels_in_setup(norm, sig, lambda cut: _whole(text, cut, status))
            if levels is not None:
                return levels
        # Posts whose line breaks were lost ("LONGLeverage: 10xEntry: 0.43Targets: ..."):
        # read again with each glued label back on a line of its own.
        # Cheap first: glued labels leave two label colons on one line.
        unglued = unglue(norm) if two_colons(norm) else norm
        if unglued != norm:
            return _read(text, unglued, status) or sig
    else:
        glued_agree(norm, sig, lambda unglued: _read(text, unglued, status, True))
    if sig is not None and not sig.review and "\n" in norm:
        sig = levels_not_from_notes(norm, sig, lambda cut: _read(text, cut, status, True))
    return sig


def _whole(text: str, norm: str, status: bool) -> ParsedSignal | None:
    """The reading of norm, its glued labels checked (glued_agree) when it is valid, or None."""
    sig = _read(text, norm, status, True)
    if sig is not None and sig.is_valid():
        glued_agree(norm, sig, lambda unglued: _read(text, unglued, status, True))
    return sig


def _read(text: str, norm: str, status: bool, valid_only: bool = False) -> ParsedSignal | None:
    low = lower(norm)
    if not has_digit(low) and MARKET.search(low) < 0:
        return None
    leverage, lev_spans, lev_values = find_leverage(low)
    trail = read_trailing(low)  # its percents and "after TP1" are no levels: blanked too
    wlow = blank_spans(low, [*lev_spans, *trail.spans, *list_notes(low)])  # "(all 3 TP)" too
    # 3-4. label the lines and read the fields
    r = Reading()
    if leverage is not None:
        r.leverage = leverage
        r.leverage_span = lev_spans[lev_values.index(leverage)]
    scan(wlow, r)
    stop_read = r.sl is not None or r.slclose is not None or bool(r.percents)
    # Cheapest exit: no stop, no target, no entry label and no "Buy:"/"Sell:" to place.
    if not (stop_read or r.tps or r.glued or r.entry_label or r.buy or r.sell):
        return None
    word_side, strength, side_pos = sides.side_from_words(wlow)
    closing = (
        side_pos > 0
        and written(wlow, _CLOSING_HEADS, max(0, side_pos - 48), side_pos)
        and _CLOSING_SIDE.search(wlow, max(0, side_pos - 48), side_pos)
    )
    if closing and not (stop_read or r.tps):
        return None  # "Close BTC long at 65400": a position to close, no new one
    word_side = place_side_labels(r, wlow, word_side, strength >= 1.0)
    entries = r.entries
    bare_at = -1
    if not entries and word_side and r.weak_entries:
        entries = r.weak_entries
        # "Buy now / Level @ 0.41 / 0.43": at market, or at the price after the "@"?
        bare_at = MARKET.search(wlow[: entries[0].start], wlow)
    if not entries and not r.entry_label and not r.market_in_entry:
        entries = entries_from_preludes(
            r, word_side is not None, lambda: symbol_of(norm, low, r, side_pos)[0]
        )
        leftover_price_lines(r, entries)  # "150.5 $" read, "145.2 $" under it: whose?
        if entries:
            line_start = wlow.rfind("\n", 0, entries[0].start) + 1
            bare_at = MARKET.search(wlow[:line_start], wlow)
            if bare_at < 0:
                # "TRUTH Perp LONG / Buy now / Niveau: 0.0229": the market word in a field of its
                # own before the prices' field ("#BTC 市价多 100" gives its reference price).
                market_word = MARKET.search(wlow[line_start : entries[0].start], wlow)
                if market_word >= 0 and FIELD_SEPARATOR.search(
                    wlow, line_start + market_word, entries[0].start
                ):
                    bare_at = line_start
    r.entries = entries
    if bare_at >= 0:
        # "AUDIO-USDT LONG / Buy now / 0.3568 / Targets: 0.361": at market, or at 0.3568?
        r.unexplained.append(("market and price", (entries[0].start, entries[-1].end)))
    # Cheap first: no stop, no target, no labelled entry: no signal (again below, on what's kept)
    if not (stop_read or r.tps or r.glued or (r.entry_label and (entries or r.empty))):
        return None
    market = not entries and (r.market_in_entry or MARKET.search(wlow) >= 0)
    if not entries:
        stray_prices(r)
    else:
        stray_between(r)

    # 5. cross-check (before the side from levels, so only proven prices decide it)
    s = settle(r, norm, low, market, entries[0].value if entries else None)
    if valid_only and s.review:  # (a second reading is taken only when valid: review reasons
        return None  # are only ever added, none of the later checks can make it valid)
    side = word_side
    confidence = 0.2 * strength
    levels = ([n.value for n in s.entries], [n.value for n in s.tps], s.sl and s.sl.value)
    if side is None:
        side = sides.side_from_levels(levels[0], levels[1], levels[2])
        confidence = 0.15 if side else 0.0
    else:
        # Two readings that disagree: the side word and where the levels sit.
        by_levels = sides.side_from_levels(levels[0], levels[1], levels[2])
        if (
            by_levels is not None
            and by_levels != side
            and strength < 1.0
            and _on_a_target_line(wlow, side_pos, s)
        ):
            # "0.171 | +9.9% | بيع 20%": "sell 20%" at a target is no side; the levels say it.
            side, confidence = by_levels, 0.15
        elif by_levels not in (None, side) and side_said(wlow, by_levels, side_pos, norm):
            side = by_levels  # "Longs are trapped here ... / Direction: Short": the field says it
        elif by_levels is not None and by_levels != side:
            s.review.append(
                f"the post says {side} but its levels are those of a {by_levels}:"
                " the side and the levels disagree"
            )
    if side is None:
        side = sides.side_from_emoji(norm)
        confidence = 0.08 if side else 0.0
    if not side:
        return None
    if side == sides.side_from_levels(levels[0], levels[1], levels[2]):
        in_trade_order(s, side, r, wlow, word_side is not None)  # Cornix sorts one line
    # 2. the symbol (it needs the side's position to look near it)
    symbol, sym_conf = symbol_of(norm, low, r, side_pos)
    if not symbol:
        return None
    other = another_coin(norm, low, wlow, r, s, symbol, side_pos)
    if other is not None:
        s.review.append(
            f"the post holds levels for two coins ({symbol} and {other}): one signal per post"
            " can be traded"
        )
    if (two := two_signals(norm, wlow, side, s)) is not None:
        s.review.append(two)
    symbol = btc_quoted(symbol, low, s.levels())  # "XYZ (BTC pair)", "BTC-XYZ", "0.0001 BTC"
    has_stop = s.sl is not None or any(k in ("sl", "slclose") for k, _, _ in r.percents)
    # An entry alone counts only when labelled: "long BTC or wait for 60k?" is chatter.
    if not (has_stop or s.tps or (s.entries and r.entry_label) or s.review and r.entry_label):
        return None
    # Targets alone, with no entry, stop or market word, need "long"/"short" said outright: a
    # "bullish" analysis "toward targets at $8.40, $10.70" is no trade to open at market.
    if not (s.entries or has_stop or market or (word_side and strength >= 1.0)):
        return None
    # A stop alone, with no entry, target or market word ("STOP LOSS: 170.23 / 4.55% Loss"), is a
    # report on a trade, never a market order to open.
    if not (s.entries or s.tps or market or r.percents or s.review):
        return None
    if not (has_stop or s.tps) and cancel_word(wlow):
        return None  # "Cancel NAV/USDT LONG entry 95", "NAV 📈 cancel entry 2 (95)": no new trade
    if (lone := lone_entries_in_prose(wlow, norm, s, has_stop)) is not None:
        s.review.append(lone)  # "Another consistent buy under $47k" in a whale report
    if not s.entries and (told := entry_price_in_prose(wlow, norm, s, side)) is not None:
        s.review.append(told)  # "it may dip to 387-391" over targets and a stop: market?
    if says_no_trade(wlow):  # "not a signal", "educational idea", "example:" ...
        return None
    status_asked()  # (`status` decides from here on: parsers/read_once.py)
    if (
        status
        and STATUS.search(s.without_percent_targets(wlow), wlow) >= 0
        and (not (s.tps and (has_stop or s.entries)) or reports_status(low, s.tps, s.entries, s.sl))
    ):
        return None
    if status and s.tps and targets_marked_hit(low, s.tps):
        return None  # "Target 1: 0.22 🎯 / Target 2: 0.25": the first targets marked hit
    if holds(wlow, _RESTATED_GATE) and (restated := _RESTATED.search(wlow)):
        s.review.append(
            f"the post restates an earlier signal ('{restated.group()}'): following it again"
            " would open a second position on the same call"
        )
    if closing:
        s.review.append(
            f"the post says '{closing.group().strip()} {side.lower()}': a position to close,"
            " and levels of a new one: which is meant?"
        )
    around = around_levels(wlow, s)
    if status and status_heading(around, wlow):  # "Position has been activated" over the signal
        return None
    report = report_reason(wlow, s, around) if status else None
    if report:
        s.review.append(report)
    if not s.review:
        _explain(norm, wlow, r, s)
    sig = _result(
        text, norm, low, r, s, side, symbol, confidence + sym_conf, lev_values, side_pos, lev_spans
    )
    sig = with_trigger(with_trailing(sig, trail), wlow, r.labels)
    return None if valid_only and not sig.is_valid() else call_doubts(sig, wlow, status)


def _on_a_target_line(low: str, at: int, s: Settled) -> bool:
    """Whether position at (a side word) is on a line holding a target that was read."""
    start = low.rfind("\n", 0, max(at, 0)) + 1
    end = low.find("\n", max(at, 0))
    end = len(low) if end < 0 else end
    return any(start <= n.start < end for n in s.tps)


def _explain(norm: str, wlow: str, r: Reading, s: Settled) -> None:
    """A price-like number among the levels that no field explains, or a sum worked out from
    another level than those read: the signal needs review."""
    nums = s.levels()
    other = computed_with_other_level(wlow, [n.value for n in s.entries], [n.value for n in nums])
    if other is not None:
        s.review.append(
            f"'{norm[other[0] : other[1]].strip()}' works out a sum from a price that is none of"
            " the entries, targets or stop I read: which level is meant?"
        )
        s.unread.append(other)
        return
    complete = bool(s.entries and s.tps and s.sl is not None)
    span = unexplained_number(wlow, r, nums, complete, not s.entries and not r.market_in_entry)
    if span is not None:
        s.review.append(
            unexplained_reason(norm[span[0] : span[1]].strip(), wlow[span[0] : span[1]])
        )
        s.unread.append(span)


def _leverage_per_line(low: str, spans: list[tuple[int, int]], values: list[int]) -> list[int]:
    """The lowest leverage of each line that gives one, in order of the lines."""
    lows: dict[int, int] = {}
    for (start, _), value in zip(spans, values, strict=False):
        line = low.count("\n", 0, start)
        lows[line] = min(value, lows.get(line, value))
    return [lows[k] for k in sorted(lows)]


def _result(
    text: str,
    norm: str,
    low: str,
    r: Reading,
    s: Settled,
    side: str,
    symbol: str,
    confidence: float,
    lev_values: list[int],
    side_pos: int,
    lev_spans: list[tuple[int, int]],
) -> ParsedSignal:
    """The ParsedSignal with its spans, review reasons and consistency errors."""
    problem = hygiene_problem(text)
    if problem:
        s.review.insert(0, problem)
    nums = s.levels()
    units = satoshi_problem(low, norm, symbol, nums) or option_problem(low)
    units = units or open_whole_levels(low, norm, symbol, nums)  # "Sell zone 33-36-45+"
    if units:
        s.review.append(units)
    meant = symbols.misspelt(symbols.base_of(symbol))
    if meant:
        s.review.append(
            f"the coin '{symbols.base_of(symbol)}' is no coin I know, but {meant} one letter"
            " apart: which market is meant is a guess"
        )
    bad_lev = [v for v in lev_values if not 1 <= v <= 200]
    if bad_lev:
        s.review.append(f"leverage {bad_lev[0]}x is not a leverage that can be traded")
    elif len(lev_values) > 1:
        per_line = _leverage_per_line(low, lev_spans, lev_values)
        if len(set(per_line)) > 1:
            # "Leverage 5-10x" and, on another line, "Cross 20x": two readings that disagree.
            # (On one line, "20x - 50x - 100x", "2X/3X", they are a range: its lowest is read.)
            other = next(v for v in per_line if v != per_line[0])
            s.review.append(
                f"the post gives two leverages ({per_line[0]}x and {other}x): which one?"
            )
    market = not s.entries and (r.market_in_entry or MARKET.search(low) >= 0)
    confidence += 0.2 if s.entries else (0.12 if market else 0.0)
    confidence += 0.2 if s.tps else 0.0
    confidence += 0.15 if s.sl is not None else 0.0
    spans: dict[str, list[Span]] = {}
    if s.entries:
        spans["entries"] = [(n.start, n.end) for n in s.entries]
    if s.tps:
        spans["take_profits"] = [(n.start, n.end) for n in s.tps]
    if s.sl is not None:
        spans["stop_loss"] = [(s.sl.start, s.sl.end)]
    if r.leverage is not None and r.leverage_span is not None:
        spans["leverage"] = [r.leverage_span]
    sig = parsed_signal(
        symbol,
        side,
        [n.value for n in s.entries],
        [n.value for n in s.tps],
        s.sl.value if s.sl is not None else None,
        r.leverage,
        text,
        s.review,
        s.stop_kind,
        s.stop_timeframe,
        spans,
        s.unread,
        norm,
        side_pos,
    )
    sig.errors, sig.target_percents = validate.check(sig), s.target_percents
    if not sig.errors:
        sig.review.extend(validate.implausible(sig))
    if sig.errors or sig.review:
        confidence -= 0.15
    sig.confidence = max(0.0, min(1.0, confidence))
    return sig
