"""A breakout entry: the entry's condition ("above"/"below") and where the post says it.

"Enter above: 15.30" in a long is no limit order at 15.30 (a buy limit above the market fills at
once): the channel means "buy once the price rises through 15.30". The words are a table
(parsers/vocabulary.py TRIGGER_WORDS), read on the entry's line before its first price ("stop"
words, "Buy stop", "(breakout)", after it too); the engine decides what the condition means.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.entry_below_short import entry_below_short
from parsers.gate_words import gate, gate_of, holds, may_hold
from parsers.lead_first import lead_first
from parsers.models import ParsedSignal
from parsers.quick_tests import (
    BLANKS,
    alternatives,
    gate_literals,
    group_end,
    lead_literal,
    required_literals,
    required_run,
    written,
)
from parsers.trigger_line import trigger_doubt
from parsers.trigger_rows import (
    ENTRY_CONDITION,
    TRIGGER_AFTER_MORE,
    TRIGGER_BROKEN_AFTER,
    TRIGGER_WORDS_MORE,
)
from parsers.vocabulary import (
    STOP_ORDER_STATEMENT,
    TRIGGER_AFTER,
    TRIGGER_AFTER_WAYS,
    TRIGGER_MENTION,
    TRIGGER_UNSPACED,
    TRIGGER_WORDS,
)

_ALL: Final = (*TRIGGER_WORDS, *TRIGGER_WORDS_MORE, *TRIGGER_UNSPACED)
# One group per row, named by its index in _ALL. The word boundaries are tested once around all
# the spaced rows, not once per row: re then tries no row inside a word (four times faster on
# an entry's line, with the same match: the rows are tried in the same order at each place).
_GROUPS = [f"(?P<w{i}>{p})" for i, (_, p) in enumerate(_ALL)]
_SPACED = len(TRIGGER_WORDS) + len(TRIGGER_WORDS_MORE)
_WORDS: Final = re.compile(
    "|".join(["(?<!\\w)(?:" + "|".join(_GROUPS[:_SPACED]) + ")(?!\\w)", *_GROUPS[_SPACED:]])
)
# Whether the entry's line holds any of the words before its price, in one cheap search: no
# groups (re keeps every group's marks as it tries each row) and no end-of-word test (the two
# searches there end at the price, where that test passes), so it finds whatever they would.
# Each spaced alternative written letter first, then the word start looked behind it
# ("a(?<!\\wa)bove"): a pattern whose every alternative opens with a letter lets re skip to
# the places those letters are, where one opening with a look-behind entered its matcher at
# every character of the line (the same places match: the look-behind sees the same character
# before the word).
_ROWS = [p for _, p in _ALL]


def _letter_first(rows: list[str]) -> list[str]:
    out: list[str] = []
    for alt in (a for row in rows for a in alternatives(row)):
        if alt.startswith("(?:"):  # "(?:buy|sell)[\\s-]stop": each word of the group, then the rest
            end = group_end(alt, 0)
            assert alt[end + 1 : end + 2] not in ("?", "*", "+", "{"), (
                alt
            )  # (a group it must match)
            out += _letter_first([a + alt[end + 1 :] for a in alternatives(alt[3:end])])
            continue
        first = lead_literal(alt)
        assert first is not None and first.isalpha(), alt  # a row must open with a letter
        out.append(first + "(?<!\\w" + first + ")" + alt[1:])
    return out


_ANY: Final = re.compile(lead_first("|".join([*_letter_first(_ROWS[:_SPACED]), *_ROWS[_SPACED:]])))
# Whether the post holds one of _ANY's words at all, in its one pass (parsers/gate_words.py):
# each row's literal, the Turkish "kırılım" by its first letters and "loss of" whole (their
# "k" and "oss" are in most posts).
_TURKISH_BREAK: Final = ("kırıl", "kıril", "kiril", "kirıl")
_ANY_GATE: Final = gate(
    gate_literals(
        _ANY.pattern, {"k": _TURKISH_BREAK, "oss": tuple("oss" + c + "of" for c in "\n" + BLANKS)}
    )
    or ("",)  # (none: gate raises)
)
# The kinds of label an entry price follows.
_ENTRY_LABELS: Final = ("entry", "buy", "sell", "weak")


def _side_words(*conditions: str, unspaced: bool = False) -> re.Pattern[str]:
    """The rows of those conditions (and the unspaced ones), each in its group as in _WORDS."""
    spaced = [g for g, (c, _) in zip(_GROUPS[:_SPACED], _ALL, strict=False) if c in conditions]
    rest = _GROUPS[_SPACED:] if unspaced else []
    return re.compile("|".join(["(?<!\\w)(?:" + "|".join(spaced) + ")(?!\\w)", *rest]))


# On the line before the price, with no entry label before it: "Long if it breaks 0.53",
# "ADA 突破0.53 做多" ("break & retest" first: no condition).
_BEFORE: Final = _side_words(
    "stop", "break", "retest", "breaks above", "breaks below", unspaced=True
)
_AFTER: Final = _side_words("stop")  # after it: "Entry: 15.30 (buy stop)"
_AFTER_BREAK: Final = re.compile(TRIGGER_AFTER)  # right after it: "Entry: 0.53 (breakout)"
_AFTER_BROKEN: Final = re.compile(TRIGGER_BROKEN_AFTER)  # "Entry: 0.53 once broken"
_MENTION: Final = re.compile(lead_first(TRIGGER_MENTION))
_MENTION_GATE: Final = gate(gate_literals(TRIGGER_MENTION, {"k": _TURKISH_BREAK}) or ("",))
_CONDITION: Final = re.compile(lead_first(ENTRY_CONDITION))
# Its rows' literals, "b/o" (breakout) by its whole forms ("(bo)", "on bo", "b/o"; its "b" and
# "o" are in every post), "oco" whole and "(stop)" with its bracket ("stop" of every stop loss).
_SPACES: Final = "\n" + BLANKS
_BO: Final = ("b/o", "(bo", *("(" + c + "bo" for c in _SPACES), *("n" + c + "bo" for c in _SPACES))
_CONDITION_GATE: Final = gate(
    gate_literals(
        _CONDITION.pattern,
        {
            "b": _BO,
            "o": _BO,
            "co": ("oco",),
            "stop": tuple("(" + c + "stop" for c in ("", *_SPACES)),
        },
    )
    or ("",)
)
_PRICED: Final = re.compile(r"[^\S\n]*(?:[:=@]|->|→)?[^\S\n]*\$?[0-9]")
_ALL_AFTER_WAYS: Final = (*TRIGGER_AFTER_WAYS, *TRIGGER_AFTER_MORE)
_AFTER_WAYS: Final = [(way, re.compile(p)) for way, p in _ALL_AFTER_WAYS]
# Their literals ("k" of "break", "above", "altı" ...): the rest of most entry lines holds none,
# and a str.find in it is far cheaper than entering a pattern (each ~1,000 instructions a call).
_AFTER_BREAK_HEADS: Final = required_literals(TRIGGER_AFTER)
_AFTER_BROKEN_HEADS: Final = required_literals(TRIGGER_BROKEN_AFTER)
_AFTER_WAYS_HEADS: Final = [required_literals(p) for _, p in _ALL_AFTER_WAYS]
# ... asked of the post first (its one pass, parsers/gate_words.py): the range scanned is a slice
# of the post, which holds none where the post holds none (session 27, i13-speed27). (Not the
# break's: its "k" is in nearly every post.)
_AFTER_BROKEN_GATE: Final = gate_of(_AFTER_BROKEN_HEADS)
_AFTER_WAYS_GATES: Final = [gate_of(heads) for heads in _AFTER_WAYS_HEADS]
_STATEMENT: Final = re.compile(lead_first(STOP_ORDER_STATEMENT))
# (On one line, and not a stop-loss label with its price: "MITOUSDT SELL\nStop- 0.09313" is the
# side word and the next line's stop, not a sell-stop order; harness variants, session 20.)
_OWN_STOP: Final = {
    "LONG": re.compile(
        lead_first(
            r"(?<![a-z])(?:buy(?:[^\S\n]|-)?stop(?![\s-]?loss)(?![^\S\n]?[-:=]?[^\S\n]?\$?[0-9])"
            r"|stop(?:[^\S\n]|-)?buy)(?![a-z])"
        )
    ),
    "SHORT": re.compile(
        lead_first(
            r"(?<![a-z])(?:sell(?:[^\S\n]|-)?stop(?![\s-]?loss)(?![^\S\n]?[-:=]?[^\S\n]?\$?[0-9])"
            r"|stop(?:[^\S\n]|-)?sell)(?![a-z])"
        )
    ),
}
_OWN_WORD: Final = {"LONG": "buy", "SHORT": "sell"}  # (in each of _OWN_STOP's forms)
# A way right before the entry's price, with no label between ("Long ADA above 0.53").
_WAY_BEFORE: Final = re.compile(r"(?<![a-z])(above|over|below|under)[^\S\n]*[:@]?[^\S\n]*\$?$")
# Its words: the pattern opens with a look-behind, so re entered it at every character of the
# line before the price (most entry lines hold none of the four).
_WAY_HEADS: Final = required_literals(_WAY_BEFORE.pattern)
_WAY_GATE: Final = gate_of(_WAY_HEADS)
# Its literals ("order"): the statement's alternatives open with groups of words, so re tries it
# at every position of the post (most posts saying "stop" hold no statement and no "order").
_STATEMENT_HEADS: Final = required_literals(STOP_ORDER_STATEMENT)
_STATEMENT_GATE: Final = gate_of(_STATEMENT_HEADS)


def _without_order(pattern: str) -> str:
    """pattern's alternatives that can match a text without "order", each a literal first:
    those whose run every match holds (quick_tests.required_run) has "order" in it dropped, then
    the same of lead_first's alternatives ("(?:order|entry)..." is "order...|entry...")."""
    kept = [a for a in alternatives(pattern) if "order" not in required_run(a, any_text=True)]
    led = lead_first("|".join(kept))
    return "|".join(a for a in alternatives(led) if "order" not in required_run(a, any_text=True))


# The statement over a post without "order" ("Entry type: stop-limit" is the one row left): re
# skips to "entry" at once, where the whole statement, its rows opening with "s", "p", "u",
# "a", "w", "o", "e", was entered at most words of the post (~13,000 instructions a search on
# the dev signals' posts that reach it, none found). In such a post the rows dropped never
# match, so at each place the first row that matches is the same (tests/parsers/test_speed22.py).
_STATEMENT_NO_ORDER: Final = re.compile(_without_order(STOP_ORDER_STATEMENT))
_OTHER_WAY: Final = {
    "LONG": ("breakdown", "break down", "break-down", "跌破"),
    "SHORT": ("breakout", "break out", "break-out", "突破"),
}
# (Each of those rows says "stop": a line without the word after its price needs no search.)
assert all("stop" in p or "стоп" in p for c, p in _ALL if c == "stop"), "a stop row without it"


def _end(low: str, at: int) -> int:
    end = low.find("\n", at)
    return end if end >= 0 else len(low)


def _own_way(side: str | None) -> str | None:
    """A stop entry ("Buy stop", "breakout") goes the side's own way."""
    return "above" if side == "LONG" else "below" if side == "SHORT" else None


def _condition(m: re.Match[str], side: str | None) -> str | None:
    assert m.lastgroup is not None  # (every row of _WORDS, _BEFORE and _AFTER in its group)
    cond = _ALL[int(m.lastgroup[1:])][0]
    if cond == "retest":
        return None  # a limit at the broken level
    if cond.startswith("breaks "):
        return cond[len("breaks ") :]
    return _own_way(side) if cond in ("stop", "break") else cond


def with_trigger(sig: ParsedSignal, low: str, labels: list[tuple[str, int, int]]) -> ParsedSignal:
    """The parsed signal carrying its entry's condition, when the entry's line says one: after
    the line's first entry label ("Enter above 15.30", "Long above @ 14"), or a stop word
    on the line before the price ("Breakout entry: 15.30"), a stop word after it ("Entry:
    15.30 (buy stop)")."""
    spans = sig.norm_spans.get("entries")
    if not spans:
        return trigger_doubt(sig, low)
    first = spans[0][0]
    line = low.rfind("\n", 0, first) + 1
    if line > 0 and not any(c.isalnum() for c in low[line:first]):
        line = low.rfind("\n", 0, line - 1) + 1  # "Enter above:\n0.53": the label's line
    m = None
    if (
        holds(low, _ANY_GATE) and _ANY.search(low, line, first) is not None
    ):  # (most entry lines: none of the words)
        # (The entry label nearest before the price, an "@" only when there is none: in a
        # one-line post "... SL @ 6800 (close below on 4H), Entry -> 6640" the "@" of the stop
        # and its "below" are another field's; "Enter above @ 0.53" is one label and its "@".)
        before = [
            (kind != "weak", at)
            for kind, at, to in labels
            if kind in _ENTRY_LABELS and line <= at and to <= first
        ]
        label = max(before)[1] if before else None
        m = _WORDS.search(low, label, first) if label is not None else None
        m = m or _BEFORE.search(low, line, first)
    end = _end(low, first)
    if m is None and (low.find("stop", first, end) >= 0 or low.find("стоп", first, end) >= 0):
        m = _AFTER.search(low, first, end)
        if m is not None and _PRICED.match(low, m.end()):
            m = None  # "Entry 0.33 Stop market 0.29": the stop's label and its price
    if m is None:
        last = max(to for at, to in spans if at < end)
        after = (
            _AFTER_BREAK.match(low, last, end)
            if written(low, _AFTER_BREAK_HEADS, last, end)
            else None
        ) or (
            _AFTER_BROKEN.match(low, last, end)
            if may_hold(low, _AFTER_BROKEN_GATE) and written(low, _AFTER_BROKEN_HEADS, last, end)
            else None
        )
        if after is not None:
            cond, span = _own_way(sig.side), after.span(1)
        else:
            way = next(
                (
                    (w, m)
                    for (w, p), heads, number in zip(
                        _AFTER_WAYS, _AFTER_WAYS_HEADS, _AFTER_WAYS_GATES, strict=True
                    )
                    if may_hold(low, number)
                    and written(low, heads, last, end)
                    and (m := p.match(low, last, end))
                ),
                None,
            )
            said = (
                (_STATEMENT if "order" in low else _STATEMENT_NO_ORDER).search(low)
                if way is None
                and ("stop" in low or "break" in low)
                and may_hold(low, _STATEMENT_GATE)
                and written(low, _STATEMENT_HEADS, 0, len(low))
                else None
            )
            if (
                way is None
                and said is None
                and "stop" in low
                and _OWN_WORD.get(sig.side or "", "") in low
            ):
                # The side's own stop order anywhere ("📈 BUY STOP #ADAUSDT", "ADA LONG (Buy
                # Stop)", "Type: Buy Stop"); a long's "sell stop" is its stop loss. (Both of its
                # forms hold the side's word: a post without it is not searched.)
                own = _OWN_STOP.get(sig.side or "")
                said = own.search(low) if own is not None else None
            if way is not None:
                cond, span = way[0], way[1].span()
            elif said is not None:
                cond, span = _own_way(sig.side), said.span()
            else:
                return trigger_doubt(_unsure(sig, low, line, end), low)
    else:
        cond, span = _condition(m, sig.side), m.span()
        entry_below_short(sig, low, m)  # "SHORT / Entry Below : 1.25" (a long's template words)
    if cond is not None:
        sig.entry_trigger = cond
        sig.norm_spans["entry_trigger"] = [span]
    return trigger_doubt(sig, low)


def _unsure(sig: ParsedSignal, low: str, line: int, end: int) -> ParsedSignal:
    """The signal, needing review when its entry's line names a break no rule reads ("Entry:
    0.53 (4H breakout confirmed)"): the entry waits for it, and a limit could fill at once."""
    first = sig.norm_spans["entries"][0][0]
    way = (
        _WAY_BEFORE.search(low, line, first)
        if may_hold(low, _WAY_GATE) and written(low, _WAY_HEADS, line, first)
        else None
    )
    if way is not None and _own_way(sig.side) == way.group(1).replace("over", "above").replace(
        "under", "below"
    ):
        # "Long ADA above 0.53", "Short : Below 205.27": a stop entry, or "at the level" as some
        # channels mean it (dev teletrader-BFS-001 says "open when the price touches it").
        sig.review.append(
            f"the entry is written '{sig.norm_text[way.start() : first]}{sig.norm_text[first:end].split()[0]}'"
            ": a stop entry once the price crosses it, or a limit at it? Which is meant is a guess"
        )
        sig.norm_unread.append(way.span())
        return sig
    said = (
        _CONDITION.search(low, sig.norm_spans["entries"][0][1], end)
        if holds(low, _CONDITION_GATE)
        else None
    )
    if said is not None:
        sig.review.append(
            f"the entry's line sets a condition ('{sig.norm_text[said.start() : said.end()]}')"
            " that is not read as a way to enter: a limit order there could fill at once"
        )
        sig.norm_unread.append(said.span())
        return sig
    mention = _MENTION.search(low, line, end) if holds(low, _MENTION_GATE) else None
    if mention is None or "retest" in low[line:end]:
        return sig
    word = mention.group()
    before = low[line : mention.start()]
    # (A word in parentheses is a note on the level: "(failed breakout zone)", "(but only if
    # volume confirms the breakout)"; a break the other way is analysis: "breakdown" in a long.)
    aside = before.count("(") > before.count(")")
    if not aside and word not in _OTHER_WAY.get(sig.side or "", ()):
        sig.review.append(
            f"the entry's line speaks of a break ('{sig.norm_text[mention.start() : mention.end()]}')"
            " but not how the entry waits for it: a limit order there could fill at once"
        )
        sig.norm_unread.append(mention.span())
    return sig
