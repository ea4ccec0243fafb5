"""Session 29 (i13-speed37): the doubt checks made cheaper, exactly.

Each lever answers as the code it replaced, compared here with copies of main's (72edfbff) code or
patterns on every dev post and recorded reading's text, on random texts of the patterns' words
and signs, and on hypothesis texts (a row a lever; none greps a source file); the rows run
against the compiled modules and the pure-Python ones alike:

- `call_lines._other_call`: one search of the whole post (`_CALL_SEEN`, either line pattern)
  before the post is split: a line's match is one of the post at the same place, so with none
  in the post no line holds one.
- `call_lines._listed_at_side`: the side line's separators asked as `_LISTED` writes them (",",
  "&", "and", "AND", no lowering) and the coin read asked in the line before the search.
- `side_coin.coin_at_side`: the word after the side word asked first (the coin read there ends
  the check), `_BEFORE` searched only where a blank stands right before the side word.
- `added_entry._added`: `_ADDED` searched only within reach of a "%" (windows), the first match
  of the whole post.
- `candle_entry._CLOSE`: each alternative led by its first letter (as lead_first writes one).
- `call_framing.framing_doubt`: the first entry's start without a generator: its reading is the
  readings' (tests/parsers/readings.py), as every lever's is; `_index_twice` one match a line;
  `_BTC_CONDITION` and `call_doubts._BTC_PAIR` gated by their words too; `glued_leverage`,
  `card_reports._heading`, `target_placeholder` and `tag_list` (the rows below).
"""

from __future__ import annotations

import random
import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers import added_entry, call_lines, candle_entry, side_coin
from parsers.models import ParsedSignal
from parsers.signal_parser import read_signal
from parsers.symbols import STOPWORDS, base_of, ok_base
from tests.parsers.test_speed26 import _POSTS, _RAW  # (every dev post and recorded text)
from tests.parsers.test_speed32 import _old_other_call  # (main's, proven the same by speed32)
from tests.parsers.test_speed33 import _index_twice_before  # (main's: unchanged since)
from tests.parsers.word_texts import word_text


def _signals() -> list[ParsedSignal]:
    made_up = [  # (made up: coins beside the side word, other calls, added entries, closes)
        "ETH breakout: ARB LONG\nEntry: 1.2\nTP: 1.4\nSL: 1.1",
        "BTC looks strong. Buy ETH\nEntry: 3000\nTP: 3300\nSL: 2900",
        "LINK LONG\nEntry: 14\nTP: 16\nSL: 13\nIf it breaks 12 - short to 10",
        "LINK SHORT\nEntry: 14\nTP: 12\nSL: 15\nOr buy spot at 11",
        "Buy LINK, DOT\nEntry: 14\nTP: 16\nSL: 13",
        "Long LINK and DOT\nEntry: 14\nTP: 16\nSL: 13",
        "LONG  ETH\tLONG\nEntry: 3000\nTP: 3300\nSL: 2900",
        "ETH LONG\nEntry: 3000\nTP: 3300\nSL: 2900\nRe-entry at -4% if it dips.",
        "ETH LONG\nEntry: 3000\nTP: 3300\nSL: 2900\nDCA at 5% below",
        "ETH LONG\nEntry: buy after a 4h close above 3000\nTP: 3300\nSL: 2900",
    ]
    out = []
    for text in [*_RAW, *made_up]:
        sig = read_signal(text)
        if sig is not None and sig.side_at >= 0:
            out.append(sig)
    return out


_SIGNALS = _signals()
_SEEDS = range(3)


# call_lines._other_call: the whole post's search.


def _lines_match(text: str, side: str) -> bool:
    """Whether a line of text holds a match of the side's other-call pattern or the offer's (the
    searches _other_call makes of each line)."""
    other = call_lines._OTHER_SIDE[side]
    return any(
        other.search(line) is not None or call_lines._ALTERNATIVE.search(line) is not None
        for line in text.split("\n")
    )


def _texts_of_calls(seed: int) -> list[str]:
    rng = random.Random(seed)
    words = (
        *("short", "sell", "long", "buy", "or", "enter", "it", "now", "spot", "to", "at", "@"),
        *("below", "above", "from", ":", "-", "–", "$", "3", "2.5", "x", "shorts", "-term"),
    )
    signs = (" ", "\n", "\t", "\u00a0", "\u2003", "-", "a", "1", "_", "\r", "\x1c")
    return [
        word_text(rng, words, signs, most=14, word_share=0.6, space_share=0.4) for _ in range(6000)
    ]


@pytest.mark.parametrize("side", ["LONG", "SHORT"])
def test_other_call_seen_holds_where_a_line_matches_on_every_post(side: str) -> None:
    seen = call_lines._CALL_SEEN[side]
    missed = [t[:80] for t in _POSTS if _lines_match(t, side) and seen.search(t) is None]
    assert missed == []


@pytest.mark.parametrize("seed", _SEEDS)
def test_other_call_seen_holds_where_a_line_matches_on_random_texts(seed: int) -> None:
    texts = _texts_of_calls(seed)
    for side in ("LONG", "SHORT"):
        seen = call_lines._CALL_SEEN[side]
        missed = [t for t in texts if _lines_match(t, side) and seen.search(t) is None]
        assert missed == [], side
    # (and the texts hold matches: the test asks something)
    assert sum(_lines_match(t, "LONG") for t in texts) > 50


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            (
                "short",
                "sell",
                "long",
                "buy",
                "or",
                "enter",
                " ",
                "\n",
                "\t",
                "-",
                ":",
                "$",
                "3",
                "x",
            )
        ),
        max_size=24,
    )
)
def test_other_call_seen_on_hypothesis_texts(parts: list[str]) -> None:
    text = "".join(parts)
    for side in ("LONG", "SHORT"):
        if _lines_match(text, side):
            assert call_lines._CALL_SEEN[side].search(text) is not None


def test_other_call_as_main_on_every_signal_both_sides() -> None:
    differ = []
    found = 0
    for sig in _SIGNALS:
        low = sig.norm_text.lower()
        if len(low) != len(sig.norm_text):
            continue
        for side in ("LONG", "SHORT"):
            s = ParsedSignal(
                symbol=sig.symbol,
                side=side,
                entries=sig.entries,
                take_profits=sig.take_profits,
                stop_loss=sig.stop_loss,
                norm_spans=sig.norm_spans,
                norm_text=sig.norm_text,
                side_at=sig.side_at,
            )
            want = _old_other_call(s, low)
            got = call_lines._other_call(s, low)
            found += want is not None
            if want != got:
                differ.append((sig.raw_text[:60], side, want, got))
    assert differ == []
    assert found > 0


# call_lines._listed_at_side: the separators as _LISTED writes them, the coin read first.


def _main_listed_at_side(sig: ParsedSignal) -> str | None:
    """main's _listed_at_side (72edfbff)."""
    text = sig.norm_text
    if sig.side_at < 0:
        return None
    start = text.rfind("\n", 0, sig.side_at) + 1
    end = text.find("\n", sig.side_at)
    line = text[start : len(text) if end < 0 else end]
    if "," not in line and "&" not in line and "and" not in line.lower():
        return None
    mine = base_of(sig.symbol)
    for m in call_lines._LISTED.finditer(line):
        pair = (m.group(1), m.group(2))
        if mine not in pair:
            continue
        other = pair[1] if pair[0] == mine else pair[0]
        if other in STOPWORDS or not ok_base(other) or other == mine:
            continue
        return f"the post lists {mine} and {other} together ('{m.group()}')"
    return None


def test_listed_at_side_as_main_on_every_signal_and_moved_side_words() -> None:
    rng = random.Random(7)
    differ = []
    found = 0
    for sig in _SIGNALS:
        for at in (sig.side_at, rng.randrange(len(sig.norm_text) or 1)):
            s = ParsedSignal(symbol=sig.symbol, side=sig.side, norm_text=sig.norm_text, side_at=at)
            want = _main_listed_at_side(s)
            got = call_lines._listed_at_side(s)
            found += want is not None
            if (want is None) != (got is None) or (got and not got.startswith(want or "")):
                differ.append((sig.raw_text[:60], at, want, got))
    assert differ == []
    assert found > 0


@pytest.mark.parametrize("seed", _SEEDS)
def test_listed_at_side_as_main_on_random_lines(seed: int) -> None:
    rng = random.Random(seed)
    words = ("LINK", "DOT", "ETH", "BTC", "and", "AND", "And", "aNd", "&", ",", "#", "$", "LONG")
    signs = (" ", "\u00a0", "\t", ",", "a", "X1", "/")
    differ = []
    for _ in range(4000):
        text = word_text(rng, words, signs, most=10, word_share=0.7, space_share=0.5)
        symbol = rng.choice(("LINKUSDT", "DOTUSDT", "ETHUSDT", "1000PEPEUSDT"))
        s = ParsedSignal(
            symbol=symbol, side="LONG", norm_text=text, side_at=rng.randrange(len(text))
        )
        if (_main_listed_at_side(s) is None) != (call_lines._listed_at_side(s) is None):
            differ.append((text, symbol, s.side_at))
    assert differ == []


# side_coin.coin_at_side: the word after first, _BEFORE only after a blank.


def _main_coin_at_side(text: str, side_at: int, symbol: str) -> str | None:
    """main's coin_at_side (72edfbff), up to its reason's first words."""
    if side_at < 0 or not text.startswith(side_coin._ORDER_WORDS, side_at):
        return None
    start = text.rfind("\n", 0, side_at) + 1
    end = text.find("\n", side_at)
    end = len(text) if end < 0 else end
    mine = side_coin._base(symbol)
    before = side_coin._BEFORE.search(
        text, max(start, side_at - side_coin._BEFORE_LONGEST), side_at
    )
    beside = (side_coin._AFTER.match(text, side_at, end), before)
    words = [m.group(1) for m in beside if m is not None]
    if any(side_coin._names(w, mine, symbol) for w in words):
        return None
    for m in beside:
        if m is None:
            continue
        word = m.group(1)
        if (
            word in STOPWORDS
            or word in side_coin._SIDE_NOTES
            or not ok_base(word)
            or side_coin._NOT_COIN.fullmatch(word)
        ):
            continue
        if word[0].isdigit() and word[1].isalpha() and word not in side_coin.ONE_DIGIT_COINS:
            continue
        return f"the post names {word} at its side word"
    return None


def _same_coin_at_side(text: str, side_at: int, symbol: str) -> bool:
    want = _main_coin_at_side(text, side_at, symbol)
    got = side_coin.coin_at_side(text, side_at, symbol)
    return (want is None) == (got is None) and (got is None or got.startswith(want or ""))


def test_coin_at_side_as_main_on_every_signal() -> None:
    differ = [
        sig.raw_text[:60]
        for sig in _SIGNALS
        if not _same_coin_at_side(sig.norm_text, sig.side_at, sig.symbol)
    ]
    assert differ == []
    assert any(_main_coin_at_side(s.norm_text, s.side_at, s.symbol) for s in _SIGNALS)


@pytest.mark.parametrize("seed", _SEEDS)
def test_coin_at_side_as_main_on_random_texts(seed: int) -> None:
    rng = random.Random(seed)
    words = (
        *("LONG", "long", "Buy", "SHORT", "selling", "ETH", "ARB", "SOL", "SOLUSDT", "1000PEPE"),
        *("BTC", "X10", "20X", "4H", "on", "in", "BIAS", "1INCH", "1ST", "#", "$", "—", "."),
    )
    signs = (" ", "  ", "\t", "\u00a0", "\u2003", "\n", "\x1c", "\x85", "-", "/", "a")
    differ = []
    for _ in range(5000):
        parts = [
            word_text(rng, words, signs, most=5, word_share=0.7, space_share=0.5),
            rng.choice(("LONG", "long", "Buy", "SHORT", "selling")),
            word_text(rng, words, signs, most=5, word_share=0.7, space_share=0.5),
        ]
        text = "".join(parts)
        side_at = len(parts[0])
        symbol = rng.choice(("ETHUSDT", "ARBUSDT", "SOLUSDT", "1000PEPEUSDT", "BTCUSDT"))
        if not _same_coin_at_side(text, side_at, symbol):
            differ.append((text, side_at, symbol))
    assert differ == []


def test_blank_class_is_isspace_but_the_line_break_on_every_code_point() -> None:
    """coin_at_side asks str.isspace() for _BEFORE's last class, [^\\S\\n] (no line break before
    the side word on its line): the two agree on every character."""
    blank = re.compile(r"[^\S\n]")
    differ = [
        c
        for c in range(sys.maxunicode + 1)
        if (blank.fullmatch(chr(c)) is not None) != (chr(c).isspace() and c != 10)
    ]
    assert differ == []


# added_entry._added: _ADDED searched near the "%" signs.


def test_added_entry_bounds_hold_for_its_pattern() -> None:
    """The match's longest length (re's parser), and how far its first "%" stands from its start:
    the longest text before the first "%" that the pattern's parts allow."""
    from re import _parser  # type: ignore[attr-defined]

    pattern = added_entry._ADDED.pattern
    assert _parser.parse(pattern).getwidth()[1] + 2 <= added_entry._LONGEST
    before_sign = pattern.split("(?P<rest>")[0] + (
        r"[^\n.;!?]{0,30}?(?:[-−–]\s?[0-9]{1,2}(?:[.,][0-9]{1,2})?\s?"
        r"|[0-9]{1,2}(?:[.,][0-9]{1,2})?\s?)"
    )
    assert added_entry._ADDED.pattern.startswith(pattern.split("(?P<rest>")[0] + "(?P<rest>")
    assert "(?P<rest>[^\\n.;!?]{0,30}?(?:[-−–]\\s?[0-9]{1,2}(?:[.,][0-9]{1,2})?\\s?%" in pattern
    assert _parser.parse(before_sign).getwidth()[1] <= added_entry._BEFORE_PERCENT


def _same_added(text: str) -> bool:
    want = added_entry._ADDED.search(text)
    got = added_entry._added(text)
    if want is None or got is None:
        return want is got
    return want.span() == got.span() and want.groupdict() == got.groupdict()


def test_added_as_the_whole_search_on_every_post() -> None:
    texts = [*_POSTS, *(t.lower() for t in _RAW)]
    assert [t[:80] for t in texts if not _same_added(t)] == []  # (none matches: the random do)


@pytest.mark.parametrize("seed", _SEEDS)
def test_added_as_the_whole_search_on_random_texts(seed: int) -> None:
    rng = random.Random(seed)
    words = (
        *("re-entry", "reentries", "dca", "add more", "adding", "buy back", "averaging down"),
        *("second entry", "next\nentry", "докупаем", "добор", "усредняем", "перезаход", "ниже"),
        *("%", "-4%", "- 12.5 %", "5%", "3 %", "lower", "below", "from the entry", "от входа"),
        *(" at ", " on ", " if it dips", "x" * 30, "y" * 25),
    )
    signs = (" ", "\n", "\t", "\u00a0", ".", ";", "!", "?", "-", "−", "–", "1", "a", "%")
    texts = [word_text(rng, words, signs, most=25, word_share=0.6, space_share=0.4)]
    texts += [
        word_text(rng, words, signs, most=25, word_share=0.6, space_share=0.4) for _ in range(6000)
    ]
    assert [t for t in texts if not _same_added(t)] == []
    assert sum(added_entry._ADDED.search(t) is not None for t in texts) > 300


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ("dca", "re-entry", "add", " ", "\n", "-", "5", "%", "lower", ".", "z" * 20)
        ),
        max_size=40,
    )
)
def test_added_on_hypothesis_texts(parts: list[str]) -> None:
    assert _same_added("".join(parts))


# candle_entry._CLOSE: each alternative led by its first letter.

_CLOSE_MAIN = re.compile(
    r"(?<![a-z])(?:clos(?:e|es|ing))\s(?:(?:firmly|decisively|cleanly)\s)?(?P<en>above|over"
    r"|below|under|beyond)(?![a-z])"
    r"|(?<![а-яё])(?:закрыти[еяю]|закро\w{2,4}|закреп(?!ил)\w{0,6})\s(?:[^\s\n]{1,12}\s){0,3}?"
    r"(?P<ru>выше|ниже|над|под)(?![а-яё])"
)


def _close_matches(p: re.Pattern[str], text: str, pos: int = 0) -> list[tuple[object, ...]]:
    return [(m.span(), m.group("en"), m.group("ru")) for m in p.finditer(text, pos)]


def test_close_as_main_on_every_post_and_from_inside() -> None:
    differ = []
    for t in [*_POSTS, *(r.lower() for r in _RAW[:3000])]:
        if _close_matches(_CLOSE_MAIN, t) != _close_matches(candle_entry._CLOSE, t):
            differ.append(t[:80])
        at = t.find("clos")
        if at > 0 and _close_matches(_CLOSE_MAIN, t, at) != _close_matches(
            candle_entry._CLOSE, t, at
        ):
            differ.append(t[:80])
    assert differ == []


@pytest.mark.parametrize("seed", _SEEDS)
def test_close_as_main_on_random_texts(seed: int) -> None:
    rng = random.Random(seed)
    words = (
        *("close", "closes", "closing", "closed", "enclose", "firmly", "above", "over", "below"),
        *("under", "beyond", "закрытие", "закрытия", "закроется", "закреп", "закрепил", "свечи"),
        *("выше", "ниже", "над", "под", "4ч", "c", "з", "x", "a" * 13),
    )
    signs = (" ", "\n", "\t", "\u00a0", "a", "я", "-", "1", ".")
    texts = [
        word_text(rng, words, signs, most=12, word_share=0.7, space_share=0.5) for _ in range(6000)
    ]
    differ = [
        t for t in texts if _close_matches(_CLOSE_MAIN, t) != _close_matches(candle_entry._CLOSE, t)
    ]
    assert differ == []
    assert sum(bool(_close_matches(_CLOSE_MAIN, t)) for t in texts) > 300


# The made-up posts read as before (made up: each a lever's form).


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("ETH breakout: ARB LONG\nEntry: 1.2\nTP: 1.4\nSL: 1.1", "ARB"),
        ("LINK LONG\nEntry: 14\nTP: 16\nSL: 13\nIf it breaks 12 - short to 10", "another call"),
        ("Buy LINK, DOT\nEntry: 14\nTP: 16\nSL: 13", "LINK and DOT"),
        ("ETH LONG\nEntry: 3000\nTP: 3300\nSL: 2900\nRe-entry at -4% if it dips.", "%"),
        ("ETH LONG\nEntry: buy after a 4h close above 3000\nTP: 3300\nSL: 2900", "candle close"),
    ],
)
def test_made_up_forms_refused_as_before(text: str, why: str) -> None:
    sig = read_signal(text)
    assert sig is not None and sig.needs_review
    assert any(why in r for r in sig.review), sig.review


def test_a_plain_card_still_trades() -> None:
    sig = read_signal("ETH LONG\nEntry: 3000\nTP: 3300, 3400\nSL: 2900\n5% of the balance")
    assert sig is not None and not sig.needs_review, sig.review if sig else None


# call_framing: _BTC_CONDITION asked only where the post holds one of its verbs too.


def test_btc_condition_matches_hold_a_verb_on_every_post_and_random_texts() -> None:
    from parsers import call_framing
    from parsers.gate_words import words_of

    pattern = call_framing._FRAMES[call_framing._BTC_AT][1]
    assert pattern is call_framing._BTC_CONDITION
    verbs = words_of(call_framing._BTC_VERBS)
    rng = random.Random(5)
    words = (
        *("if", "once", "when", "after", "while", "as long as", "btc", "bitcoin", "#", "$"),
        *("holds", "stays", "confirms", "keeps", "remains", "is above", "is below", "reclaims"),
        *("holding", "60k", "?", "wait for", "our", "entry", "confirmation", ":", "the", "my"),
    )
    signs = (" ", "\n", "\t", "\u00a0", "a", "1", "?", ":")
    texts = [*_POSTS]
    texts += [
        word_text(rng, words, signs, most=10, word_share=0.75, space_share=0.6) for _ in range(8000)
    ]
    found = 0
    for t in texts:
        for m in pattern.finditer(t):
            found += 1
            assert any(v in m.group() for v in verbs), m.group()
    assert found > 10


# glued_quote.glued_leverage: the fullmatch only where the base holds an "X" and ends as one.


def test_leverage_tail_only_where_the_base_ends_as_a_match() -> None:
    from parsers import glued_quote

    rng = random.Random(11)
    pieces = ("SUI", "X", "x", "20", "5", "1000", "PEPE", "×", "A", "Z9")
    bases = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 5))) for _ in range(20000)]
    bases += [sig.symbol.removesuffix("USDT") for sig in _SIGNALS]
    for base in bases:
        if glued_quote._LEVERAGE_TAIL.fullmatch(base) is not None:
            assert "X" in base and base[-1:] in "X0123456789", base
    assert sum(glued_quote._LEVERAGE_TAIL.fullmatch(b) is not None for b in bases) > 50


# card_reports._heading: the post's marks asked of its pass first.


def _main_heading(low: str) -> str | None:
    """main's card_reports._heading (72edfbff)."""
    from parsers import card_reports
    from parsers.quick_tests import first_line

    first = first_line(low)
    if not any(mark in first for mark in card_reports._HEADING_MARKS):
        return None
    if (
        "profit" in first or "tp" in first or "target" in first
    ) and card_reports._HEADING.fullmatch(first):
        return first.strip()
    return None


def test_heading_as_main_on_every_post_and_random_texts() -> None:
    from parsers import card_reports

    rng = random.Random(13)
    words = ("💰", "🎯", "✅", "🔥", "!", "profit", "tp1", "target 2", "#profits", "take-profit 3")
    signs = (" ", "\n", "\t", "\u00a0", "a", "1", ":", "$")
    texts = [*_POSTS]
    texts += [
        word_text(rng, words, signs, most=8, word_share=0.6, space_share=0.4) for _ in range(6000)
    ]
    assert [t[:80] for t in texts if card_reports._heading(t) != _main_heading(t)] == []
    assert sum(_main_heading(t) is not None for t in texts) > 100


# target_placeholder: the last line's match without a stripped copy; _DASH_ONLY by lines.


def _main_empty(low: str, entry: bool) -> re.Match[str] | None:
    """main's target_placeholder._empty (72edfbff) of a fresh post."""
    from parsers import target_placeholder as tp

    found = tp._empty_lines(low) if any(w in low for w in (":\n", ": \n", "=\n")) else []
    tail = low.rstrip()
    last = tp._EMPTY.match(tail, tail.rfind("\n") + 1)
    if last is not None:
        found.append(last)
    for m in found:
        if (m.group("kind") == "entry") is entry:
            return m
    return None


def _placeholder_texts(seed: int) -> list[str]:
    rng = random.Random(seed)
    words = (
        *("tp", "tp1", "tp 2", "t.p.", "target", "targets 3", "take", "profit", "profits", "take-"),
        *("entry 2", "entry", "#", "1", "12", ":", "=", "-", "–", "—", "--", "$", "3120", "sl"),
    )
    signs = (" ", "\n", "\t", "\u00a0", "\u2003", "\r", "\x1c", "a", ".", "\n\n")
    return [
        word_text(rng, words, signs, most=14, word_share=0.65, space_share=0.4) for _ in range(6000)
    ]


def _same_match(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groups() == b.groups()


@pytest.mark.parametrize("seed", _SEEDS)
def test_dash_only_as_the_search_on_every_post_and_random_texts(seed: int) -> None:
    from parsers import target_placeholder as tp

    texts = _placeholder_texts(seed) + ([*_POSTS] if seed == 0 else [])
    differ = [t[:80] for t in texts if not _same_match(tp._dash_only(t), tp._DASH_ONLY.search(t))]
    assert differ == []
    assert sum(tp._DASH_ONLY.search(t) is not None for t in texts) > 20


@pytest.mark.parametrize("seed", _SEEDS)
def test_empty_as_main_on_every_post_and_random_texts(seed: int) -> None:
    from parsers import target_placeholder as tp

    texts = _placeholder_texts(seed + 10) + ([*_POSTS] if seed == 0 else [])
    differ = [
        t[:80]
        for t in texts
        for entry in (True, False)
        if not _same_match(tp._empty(t, entry, []), _main_empty(t, entry))
    ]
    assert differ == []
    assert sum(_main_empty(t, e) is not None for t in texts for e in (True, False)) > 3


# tag_list: two marks by finds.


def test_two_marks_as_the_counts_on_every_post_and_random_texts() -> None:
    from parsers import tag_list

    rng = random.Random(17)
    texts = [*_POSTS, "", "#", "$", "#$", "$$", "##", "a#b", "$a$"]
    texts += ["".join(rng.choice("#$ab\n") for _ in range(rng.randint(0, 6))) for _ in range(5000)]
    assert [
        t[:80] for t in texts if tag_list._two_marks(t) != (t.count("#") + t.count("$") >= 2)
    ] == []


# call_framing._index_twice: one match a line (the targets on it share it).


def test_index_twice_as_main_on_every_signal_and_moved_spans() -> None:
    from parsers import call_framing

    rng = random.Random(19)
    made_up = [  # (made up: lists numbered alike, on one line and on several)
        "ETH LONG\nEntry: 3000\n1) 3100 2) 3150\n1) 3200\nSL: 2900",
        "ETH LONG\nEntry: 3000\nTP1 3100 3150\nTP1 3200\nSL: 2900",
    ]
    differ = []
    asked = 0
    for sig in [*_SIGNALS, *(s for t in made_up if (s := read_signal(t)) is not None)]:
        spans = sig.norm_spans.get("take_profits", [])
        low = sig.norm_text.lower()
        if len(spans) < 2 or len(low) != len(sig.norm_text):
            continue
        moved = sorted((a, a + 1) for a in (rng.randrange(len(low)) for _ in range(len(spans) + 2)))
        for s in (spans, moved, [*spans, *spans]):
            asked += 1
            want = _index_twice_before(sig, low, s)
            got = call_framing._index_twice(sig, low, s)
            if want != got:
                differ.append((sig.raw_text[:60], s))
    assert differ == []
    assert asked > 100


# call_doubts._BTC_PAIR: asked only where the post holds "pair", "market" or "quote" too.


def test_btc_pair_matches_hold_a_quote_word_on_every_post_and_random_texts() -> None:
    from parsers import call_doubts

    rng = random.Random(23)
    words = ("btc", "₿", "pair", "market", "quote", "quoted", "in", "(", ")", ":", "=", "-", "/")
    signs = (" ", "\n", "\t", "\u00a0", "a", "1")
    texts = [*_POSTS]
    texts += [
        word_text(rng, words, signs, most=8, word_share=0.75, space_share=0.5) for _ in range(8000)
    ]
    found = 0
    for t in texts:
        for m in call_doubts._BTC_PAIR.finditer(t):
            found += 1
            assert any(w in m.group() for w in ("pair", "market", "quote")), m.group()
    assert found > 100
