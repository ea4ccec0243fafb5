"""Rule-based reading of a new trade signal from a channel post."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers import lexicon, sides, symbols, validate
from parsers.models import ParsedSignal
from parsers.normalize import lower, normalize
from parsers.numbers import blank_spans, find_leverage, first_price, prices, strip_list_index

_HAS_DIGIT = re.compile(r"[0-9]")
_INLINE_INDEX = re.compile(r"(?<![\w.,])\(?[0-9]{1,2}\)(?!\s?%)")
# What follows an arrow or "avg" in an entry line is the average of the zone, not another level.
# Every alternative starts with a literal, so re skips straight to candidate characters.
_AVG = re.compile(r"→|a(?<!\wa)v(?:g|erage)\b|средн|promedio|média|ortalama|durchschnitt|平均")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_MAX_CONTINUATION_LETTERS = 8
_BLOCK_KINDS = ("entry", "tp", "sl")


@dataclass(slots=True)
class _Reading:
    """Raw findings, before side, symbol and validity are settled."""

    entries: list[float] = field(default_factory=list)
    weak_entries: list[float] = field(default_factory=list)
    tps: list[float] = field(default_factory=list)
    sl: float | None = None
    sl_pct: float | None = None
    tp_pcts: list[float] = field(default_factory=list)
    leverage: int | None = None
    symbol_values: list[str] = field(default_factory=list)
    entry_label: bool = False
    market_in_entry: bool = False


_PCT = re.compile(r"(\d{1,3}(?:[.,]\d{1,4})?)\s?%")


def _clean(kind: str, value: str) -> str:
    """Drop the label's colon, list indexes ("1)", "2.") and, for entries, a trailing average."""
    value = strip_list_index(value.lstrip(" :=\t"))
    if kind == "entry":
        m = _AVG.search(value)
        if m and _HAS_DIGIT.search(value, 0, m.start()):
            value = value[: m.start()]
    if "(" in value or ")" in value:
        value = _INLINE_INDEX.sub(" ", value)
    return value


def _take(kind: str, value: str, r: _Reading) -> int:
    """Store the numbers of one labelled segment; return how many were found."""
    if kind == "entry":
        r.entry_label = True
        if lexicon.MARKET.search(value) >= 0:
            r.market_in_entry = True
            return 1
        vals = prices(_clean(kind, value))
        r.entries.extend(vals)
        return len(vals)
    if kind == "tp":
        vals = prices(_clean(kind, value))
        r.tps.extend(vals)
        if not vals and "%" in value:
            # "TP: 5%": a distance from the first entry, converted once the side is known.
            pcts = [float(x.replace(",", ".")) for x in _PCT.findall(value)[:10]]
            r.tp_pcts.extend(p for p in pcts if 0 < p < 1000)
            return len(pcts)
        return len(vals)
    if kind == "sl":
        if r.sl is not None or r.sl_pct is not None:
            return 1
        r.sl, r.sl_pct = first_price(_clean(kind, value))
        return 0 if r.sl is None and r.sl_pct is None else 1
    if kind == "weak":
        vals = prices(_clean(kind, value))
        r.weak_entries.extend(vals)
        return len(vals)
    if kind == "lev":
        levs = prices(value)[:2]
        if levs and r.leverage is None:
            r.leverage = int(min(levs))
        return len(levs)
    if kind == "sym":
        r.symbol_values.append(value)
        return 1
    return 0


def _is_continuation(line: str) -> bool:
    """A bare line in a target or entry block: a number with at most a word or two around it."""
    if not _HAS_DIGIT.search(line):
        return False
    rest = strip_list_index(line)
    if rest.isascii():  # for ASCII, str.isalpha() is exactly [A-Za-z]
        return len(_ASCII_LETTER.findall(rest)) <= _MAX_CONTINUATION_LETTERS
    letters = 0
    for c in rest:
        if c.isalpha():
            letters += 1
            if letters > _MAX_CONTINUATION_LETTERS:
                return False
    return True


def _scan(wlow: str, r: _Reading) -> list[str]:
    """Walk the lines, filling r from labelled segments; return the unlabelled preludes."""
    found = lexicon.find_labels(wlow)  # one pass over the whole text, then split by line
    lines = wlow.split("\n")
    if not found:
        return lines  # nothing labelled: every line is a prelude
    preludes: list[str] = []
    block: str | None = None
    block_count = 0
    nfound = len(found)
    li = 0
    next_label = found[0][1]  # start of the next label not yet placed on a line
    offset = 0
    for line in lines:
        line_end = offset + len(line)
        if next_label >= line_end:  # no label on this line
            offset = line_end + 1
            if block in _BLOCK_KINDS:
                if block_count == 0 and not line.strip():
                    continue
                if _is_continuation(line):
                    block_count += _take(block or "", line, r)
                    continue
            block = None
            preludes.append(line)
            continue
        labels: list[tuple[str, int, int]] = []
        while li < nfound and found[li][1] < line_end:
            kind, start, end = found[li]
            labels.append((kind, start - offset, min(end, line_end) - offset))
            li += 1
        next_label = found[li][1] if li < nfound else len(wlow) + 1
        offset = line_end + 1
        preludes.append(line[: labels[0][1]])
        if len(labels) == 1:  # the usual case: one label per line
            block = labels[0][0]
            block_count = _take(block, line[labels[0][2] :], r)
            continue
        last = len(labels) - 1
        for i, (kind, _start, end) in enumerate(labels):
            stop = labels[i + 1][1] if i < last else len(line)
            block = kind
            block_count = _take(kind, line[end:stop], r)
    return preludes


def _symbol(norm: str, low: str, r: _Reading, side_pos: int) -> tuple[str | None, float]:
    for value in r.symbol_values:
        sym = symbols.from_label_value(value)
        if sym:
            return sym, 0.25
    sym = symbols.from_pair_text(low) or symbols.from_tag(low)
    if sym:
        return sym, 0.25
    lines: list[str] = []
    if side_pos >= 0:
        start = norm.rfind("\n", 0, side_pos) + 1
        end = norm.find("\n", side_pos)
        lines.append(norm[start : end if end >= 0 else len(norm)])
    lines.extend([ln for ln in norm.split("\n", 6) if ln.strip()][:2])
    sym = symbols.from_bare_words(lines)
    return (sym, 0.15) if sym else (None, 0.0)


def read_signal(text: str) -> ParsedSignal | None:
    """Parse a new trade signal; None when the text is not one."""
    if not text:
        return None
    norm = normalize(text)
    low = lower(norm)
    if not _HAS_DIGIT.search(low) and lexicon.MARKET.search(low) < 0:
        return None
    leverage, spans = find_leverage(low)
    wlow = blank_spans(low, spans)
    r = _Reading(leverage=leverage)
    preludes = _scan(wlow, r)

    word_side, strength, side_pos = sides.side_from_words(wlow)
    entries = r.entries
    if not entries and word_side:
        entries = r.weak_entries
        if not entries and not r.entry_label:
            for pre in preludes:
                if sides.side_from_words(pre)[0]:
                    entries = prices(pre)
                    break
    market = not entries and (r.market_in_entry or lexicon.MARKET.search(wlow) >= 0)

    errors: list[str] = []
    sl = r.sl
    if sl is None and r.sl_pct is not None and not entries:
        errors.append("stop loss is a percentage but there is no entry price to apply it to")

    side = word_side
    confidence = 0.2 * strength
    if side is None:
        side = sides.side_from_levels(entries, r.tps, sl)
        confidence = 0.15 if side else 0.0
    if side is None:
        side = sides.side_from_emoji(norm)
        confidence = 0.08 if side else 0.0
    if sl is None and r.sl_pct is not None and entries and side:
        sign = -1.0 if side == sides.LONG else 1.0
        sl = round(entries[0] * (1.0 + sign * r.sl_pct / 100.0), 10)
    if r.tp_pcts and not r.tps:
        if entries and side:
            sign = 1.0 if side == sides.LONG else -1.0
            r.tps = [round(entries[0] * (1.0 + sign * p / 100.0), 10) for p in r.tp_pcts]
        else:
            errors.append("take-profit is a percentage but there is no entry price to apply it to")

    if not side:
        return None
    symbol, sym_conf = _symbol(norm, low, r, side_pos)
    if not symbol:
        return None
    has_stop = sl is not None or r.sl_pct is not None
    # An entry alone counts only when labelled: "long BTC or wait for 60k?" is chatter.
    if not (has_stop or r.tps or (entries and r.entry_label)):
        return None
    if not (entries or has_stop or market or word_side):
        return None
    if not (r.tps and has_stop) and lexicon.STATUS.search(wlow) >= 0:
        return None

    confidence += sym_conf
    confidence += 0.2 if entries else (0.12 if market else 0.0)
    confidence += 0.2 if r.tps else 0.0
    confidence += 0.15 if has_stop else 0.0
    sig = ParsedSignal(
        symbol=symbol,
        side=side,
        entries=entries,
        take_profits=r.tps,
        stop_loss=sl,
        leverage=r.leverage,
        raw_text=text,
    )
    errors.extend(validate.check(sig))
    sig.errors = errors
    if errors:
        confidence -= 0.15
    sig.confidence = max(0.0, min(1.0, confidence))
    return sig
