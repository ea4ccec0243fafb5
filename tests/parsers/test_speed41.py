"""Session 31 (i13-speed41): whole-post searches skipped where the post cannot hold a match.

Each lever answers as the code it replaced, compared here with copies of main's (d0e1a191) code
on every dev post and recorded reading's text (raw and normalised), on random texts made of the
lever's own words (MADE UP) and on hypothesis texts; and rows of made-up posts that must still
be refused (the shortcut must not skip them):

- `caps_coin._tag_over_shorter` ("#ATOMCOIN" over "ATOM LONG ... ATOM"): the shorter words it
  can find are the tag's heads of three letters or more and two to five letters shorter, none
  for a tag under five letters (most: BTC, SOL, LINK); each head is looked for by str.find and
  `_CAPS` matched only where one stands, where `_CAPS.finditer` (a look-behind first) entered
  its matcher at every character of the post.
- `entry_choice.market_or_price`: `_AND_PRICE` ("Entry: market + limit 3100") matched only where
  a market word or a digit and "+"/"&"/"and" begin (`led_finditer`), where its finditer entered
  the pattern at every character; the market words asked of the post once, not twice.
- `line_led.LineLed`: a pattern anchored at line starts ("(?m)^...", eleven of them searched
  over the whole post by the report, target and follow-up checks) searched from the line breaks
  by its twin "(?m)\\n...", which opens with a literal re scans for at C speed; re entered the
  anchored pattern's matcher at every character (~100 instructions each).
"""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers import (
    analysis_section,
    caps_coin,
    card_outcome,
    card_reports,
    entry_choice,
    example_frame,
    followup_forms,
    tag_list,
    target_horizon,
    target_placeholder,
    ticked_lines,
)
from parsers.entry_choice import market_or_price
from parsers.gate_words import holds
from parsers.led_search import led_finditer
from parsers.line_led import LineLed
from parsers.normalize import lower, normalize
from parsers.numbers import Num
from parsers.quick_tests import written
from parsers.reading import Settled
from parsers.symbols import STOPWORDS, ok_base
from tests.parsers.reads import PARSER, review
from tests.parsers.word_texts import word_text


def _texts() -> list[str]:
    """Every dev post and recorded reading's text, raw and normalised (never held out)."""
    from tests.parsers.corpus_score import load_split
    from tests.parsers.readings import messages

    raw = [case.text for case in load_split("dev") if case.text]
    raw += [text for _, text in messages()]
    raw = list(dict.fromkeys(raw))
    return list(dict.fromkeys(raw + [normalize(text) for text in raw]))


_TEXTS = _texts()


# --- main's code, for comparison -------------------------------------------------------------


def _tag_over_shorter_main(norm: str, base: str) -> str | None:
    """Main's caps_coin._tag_over_shorter."""
    if ("#" + base) not in norm and ("$" + base) not in norm:
        return None
    counts: dict[str, int] = {}
    for m in caps_coin._CAPS.finditer(norm):
        word = m.group(1)
        if (
            word != base
            and base.startswith(word)
            and len(word) >= 3
            and 2 <= len(base) - len(word) <= 5
            and word not in STOPWORDS
            and ok_base(word)
        ):
            counts[word] = counts.get(word, 0) + 1
            if counts[word] >= 2:
                return word
    return None


def _market_or_price_main(norm: str, low: str, s: Settled) -> None:
    """Main's entry_choice.market_or_price."""
    e = entry_choice
    if not s.entries:
        return
    if holds(low, e._AND_GATE) and written(low, e._MARKET_HEADS, 0, len(low)):
        for m in e._AND_PRICE.finditer(low):
            for n in s.entries:
                if n.start < m.end() and m.start() < n.end:
                    s.review.append(
                        f"the entry is at the market and at {norm[n.start : n.end]}: the market's"
                        " half has no price; which is to trade?"
                    )
                    s.unread.append((n.start, n.end))
                    return
    if not holds(low, e._OR_GATE):
        return
    first_or = e._OR_LED.search(low)
    if first_or is None:
        return
    choices = (
        led_finditer(e._CHOICE, e._CHOICE_STARTS, low)
        if written(low, e._MARKET_HEADS, 0, len(low))
        else []
    )
    for m in choices:
        for n in s.entries:
            if n.start < m.end() and m.start() < n.end:
                s.review.append(
                    f"the entry is a choice, at market or at {norm[n.start : n.end]}: "
                    "which is meant?"
                )
                s.unread.append((n.start, n.end))
                return
    e._two_ways(norm, low, s, first_or.start())


# --- caps_coin._tag_over_shorter ---------------------------------------------------------------

_TAG = re.compile(r"[#$]([A-Za-z][A-Za-z0-9]{1,14})")


def _bases(text: str) -> list[str]:
    """The tags of text as bases (upper case, and as written), with their heads: the bases a
    post can pass, and bases of every length around five letters."""
    out: list[str] = []
    for m in _TAG.finditer(text):
        word = m.group(1)
        for w in (word.upper(), word):
            out += [w, w[: len(w) - 1], w[: len(w) - 2]]
    return list(dict.fromkeys(b for b in out if b))


def test_tag_over_shorter_answers_as_main_on_every_post_and_recorded_text() -> None:
    count = found = 0
    differ = []
    for text in _TEXTS:
        for base in _bases(text):
            ours = caps_coin._tag_over_shorter(text, base)
            theirs = _tag_over_shorter_main(text, base)
            count += 1
            found += theirs is not None
            if ours != theirs:
                differ.append((text[:80], base, ours, theirs))
    assert differ == []
    assert count > 12_000


# The words and signs of the random texts: tags glued to more letters, their heads written bare,
# twice or more, glued to digits, "/", "#", "$", letters, in other cases (MADE UP).
_CAPS_WORDS = (
    *("ATOM", "ATO", "ATOMC", "ATOMCO", "ATOMCOI", "ATOMCOIN", "#ATOMCOIN", "$ATOMCOIN"),
    *("BTC", "BTCUS", "BTCUSDTP", "#BTCUSDTP", "ETHFI", "#ETHFI", "ETH", "#ETH", "SUSHI"),
    *("PEPE", "PEPECOIN", "#PEPECOIN", "1000PEPE", "LONG", "SIGNAL", "SIGNALS", "#SIGNALS"),
    *("atom", "Atom", "ATOMé", "ΑΤΟΜ", "LONGER", "#LONGER", "TARGET", "TAR", "#TARGETS"),
)
_CAPS_SIGNS = (" ", "  ", "\n", "/", "#", "$", "-", ".", ":", "_", "9", "12", "x", "é", "(", ")")


_CAPS_BASES = ("ATOMCOIN", "BTCUSDTP", "ETHFI", "PEPECOIN", "SIGNALS", "LONGER", "TARGETS", "ATOMC")


def _caps_texts(seed: int, n: int) -> list[str]:
    """Texts of the words above, and half of them of one base's tag and heads only."""
    rng = random.Random(seed)
    out = []
    for k in range(n):
        words: tuple[str, ...] = _CAPS_WORDS
        if k % 2:
            base = rng.choice(_CAPS_BASES)
            heads = tuple(base[:i] for i in range(2, len(base) + 1))
            words = ("#" + base, "$" + base, *heads, *heads, "LONG", "9", "ATOM")
        out.append(word_text(rng, words, _CAPS_SIGNS, most=16, word_share=0.6, space_share=0.4))
    return out


def test_tag_over_shorter_answers_as_main_on_random_texts() -> None:
    count = found = 0
    for text in _caps_texts(41, 8_000):
        for base in (*_CAPS_BASES, *_bases(text)):
            theirs = _tag_over_shorter_main(text, base)
            assert caps_coin._tag_over_shorter(text, base) == theirs, (text, base)
            count += 1
            found += theirs is not None
    assert count > 50_000
    assert found > 300  # (the shorter word found: the path that returns one is asked too)


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(st.sampled_from(_CAPS_WORDS + _CAPS_SIGNS), max_size=20),
    st.sampled_from(("ATOMCOIN", "ETHFI", "BTCUSDTP", "PEPECOIN", "ATOMC", "ABCDEFGHIJKLMN")),
)
def test_tag_over_shorter_answers_as_main_on_hypothesis_texts(parts: list[str], base: str) -> None:
    text = "".join(parts)
    assert caps_coin._tag_over_shorter(text, base) == _tag_over_shorter_main(text, base)


# Posts whose tag is the coin written shorter with more letters glued on: refused still (MADE UP).
TAG_OVER_SHORTER_REFUSED: tuple[str, ...] = (
    "#ATOMCOIN\nATOM LONG - ATOM setup\nEntry: 8.40\nTarget: 9.10\nStop: 7.90",
    "$ATOMCOIN LONG\nWe like ATOM here; ATOM holds support\nEntry 8.40\nTP 9.10\nSL 7.90",
    "#PEPECOIN long\nPEPE breakout, PEPE volume up\nBuy: 0.0000120\nTP: 0.0000140\nSL: 0.0000110",
    "#SOLXY LONG\nSOL leads, SOL strong\nEntry: 1.20\nTP: 1.40\nSL: 1.10",  # (five letters)
)
# The same posts with the shorter word written once, or not bare: read (MADE UP).
TAG_OVER_SHORTER_READ: tuple[str, ...] = (
    "#ATOMCOIN\nATOM LONG setup\nEntry: 8.40\nTarget: 9.10\nStop: 7.90",
    "#ATOMCOIN LONG\n#ATOM and $ATOM\nEntry: 8.40\nTarget: 9.10\nStop: 7.90",
)


@pytest.mark.parametrize("text", TAG_OVER_SHORTER_REFUSED)
def test_a_tag_glued_to_more_letters_is_refused(text: str) -> None:
    reasons = review(text)
    assert any("writes" in why and "in its text" in why for why in reasons), reasons


@pytest.mark.parametrize("text", TAG_OVER_SHORTER_READ)
def test_a_tag_with_its_shorter_word_once_is_no_doubt_of_this_kind(text: str) -> None:
    sig = PARSER.parse_sync(text)
    assert sig is not None
    assert not any("writes" in why and "in its text" in why for why in sig.review), sig.review


# --- entry_choice.market_or_price ------------------------------------------------------------

_AND_WORDS = (
    *("market", "cmp", "now", "current price", "по рынку", "рынок", "рынку", "mercado", "市价"),
    *("+", "&", "and", "и", "plus", ",", "limit", "лимитка", "добор", "at", "на", "по", "the"),
    *("or", "или", "o", "ou", "veya", "或", "3100", "0.51", "148", "$", "entry:", "вход:", "7"),
    *("band", "android", "marketing", "now1", "и3", "1+", "2 &", "9and"),
)
_AND_SIGNS = (" ", " ", "\n", ":", "-", "$", "2", ".", "(", ")", "a", "и")


def test_and_price_found_as_finditer_on_every_post_and_recorded_text() -> None:
    e = entry_choice
    found = 0
    for text in _TEXTS:
        low = lower(text)
        ours = [m.span() for m in led_finditer(e._AND_PRICE, e._AND_PRICE_STARTS, low)]
        theirs = [m.span() for m in e._AND_PRICE.finditer(low)]
        assert ours == theirs, text[:120]
        found += bool(theirs)
    assert found >= 3


def test_and_price_found_as_finditer_on_random_texts() -> None:
    e = entry_choice
    rng = random.Random(43)
    found = 0
    for _ in range(20_000):
        low = lower(
            word_text(rng, _AND_WORDS, _AND_SIGNS, most=14, word_share=0.7, space_share=0.5)
        )
        ours = [(m.span(), m.group()) for m in led_finditer(e._AND_PRICE, e._AND_PRICE_STARTS, low)]
        theirs = [(m.span(), m.group()) for m in e._AND_PRICE.finditer(low)]
        assert ours == theirs, low
        found += bool(theirs)
    assert found > 1_000


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_AND_WORDS + _AND_SIGNS), max_size=16))
def test_and_price_found_as_finditer_on_hypothesis_texts(parts: list[str]) -> None:
    e = entry_choice
    low = lower("".join(parts))
    ours = [m.span() for m in led_finditer(e._AND_PRICE, e._AND_PRICE_STARTS, low)]
    assert ours == [m.span() for m in e._AND_PRICE.finditer(low)]


_DIGIT_RUN = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def _entries(low: str, rng: random.Random) -> list[Num]:
    """Some of low's numbers as entries (none, one or several)."""
    nums = [Num(float(m.group()), m.start(), m.end()) for m in _DIGIT_RUN.finditer(low)]
    return [n for n in nums if rng.random() < 0.5] or nums[:1]


def test_market_or_price_answers_as_main_on_posts_and_random_texts() -> None:
    rng = random.Random(44)
    rand = random.Random(45)
    texts = [normalize(t) for t in _TEXTS[:: max(1, len(_TEXTS) // 6000)]]
    texts += [
        word_text(rand, _AND_WORDS, _AND_SIGNS, most=14, word_share=0.7, space_share=0.5)
        for _ in range(8_000)
    ]
    count = reviewed = 0
    for norm in texts:
        low = lower(norm)
        entries = _entries(low, rng)
        ours, theirs = Settled(list(entries)), Settled(list(entries))
        market_or_price(norm, low, ours)
        _market_or_price_main(norm, low, theirs)
        assert (ours.review, ours.unread) == (theirs.review, theirs.unread), norm[:120]
        count += 1
        reviewed += bool(theirs.review)
    assert count > 10_000
    assert reviewed > 500  # (both reasons' paths are asked)


# The market and a price on the entry's line, and a choice of the two: refused still (MADE UP).
MARKET_AND_PRICE_REFUSED: tuple[str, ...] = (
    "BTC/USDT LONG\nEntry: market + limit 61200\nTP: 64000\nSL: 59800",
    "ETH/USDT LONG\nEntry: 3100 and market\nTP: 3300\nSL: 3000",
    "SOL/USDT SHORT\nEntry: CMP & 148\nTP: 140\nSL: 152",
    "SOL/USDT SHORT\nEntry: market or 148\nTP: 140\nSL: 152",
)


@pytest.mark.parametrize("text", MARKET_AND_PRICE_REFUSED)
def test_a_market_beside_a_price_is_refused(text: str) -> None:
    reasons = review(text)
    assert any("market" in why for why in reasons), reasons


# --- line_led.LineLed ------------------------------------------------------------------------

_LINE_LED = {
    "horizon": target_horizon._HORIZON_TARGET,
    "ticked": ticked_lines._LABEL_LINE,
    "marked_count": followup_forms.MARKED_COUNT,
    "result": card_reports._RESULT,
    "gain_first": card_reports._GAIN_FIRST,
    "earlier": card_outcome._EARLIER,
    "tag_line": tag_list._TAG_LINE,
    "to_come": target_placeholder._TO_COME,
    "entry_to_come": target_placeholder._ENTRY_TO_COME,
    "example_line": example_frame._LINE,
    "analysis": analysis_section._ANALYSIS_HEADING,
}


def _spans(found: list[re.Match[str]]) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups(), m.groupdict(), m.string) for m in found]


def _same_as_re(led: LineLed, text: str) -> bool:
    """led's search and finditer give what re gives on text (from its start and from a place
    inside it: a line start, the place after one, the middle)."""
    p = led.pattern
    if _spans(led.finditer(text)) != _spans(list(p.finditer(text))):
        return False
    for pos in {0, 1, text.find("\n") + 1, text.find("\n") + 2, len(text) // 2, len(text)}:
        ours, theirs = led.search(text, pos), p.search(text, pos)
        if _spans([ours] if ours else []) != _spans([theirs] if theirs else []):
            return False
    return True


@pytest.mark.parametrize("name", sorted(_LINE_LED))
def test_line_led_finds_what_re_finds_on_every_post_and_recorded_text(name: str) -> None:
    led = _LINE_LED[name]
    assert isinstance(led, LineLed)
    for text in _TEXTS:
        for low in {text, lower(text)}:
            assert _same_as_re(led, low), (name, low[:120])


# Line heads of the patterns' own words, blanks and breaks between them (MADE UP, from the
# patterns): texts where their matches open on most lines, at the first, after "\n\n", "\r\n".
_LINE_WORDS = (
    *("moon target", "swing tp", "long-term target", "tp1", "tp 2", "take profit 3", "target 4"),
    *("✅ ", "☑️", "#btc", "$eth/usdt", "3/5", "1 / 3", "profit", "gain", "roi", "+12%", "12.5 % "),
    *("previous call", "earlier signal", "#sol #link #avax", "coins: #a #b", "tba", "soon"),
    *("entry", "dca", "re-entry", "example:", "example - you", "reasons for buying", "analysis"),
    *("targets", "entries", ": ", "- ", "0.51", "4000", "2", "x", "$", "🎯", "пример", "прибыль"),
)
_LINE_SIGNS = ("\n", "\n", "\n\n", "\r\n", " ", "  ", "\t", ":", "-", "•", "🚀", "#", "/", "%")


def test_line_led_finds_what_re_finds_on_random_texts() -> None:
    rng = random.Random(46)
    texts = [
        word_text(rng, _LINE_WORDS, _LINE_SIGNS, most=18, word_share=0.6, space_share=0.3)
        for _ in range(6_000)
    ]
    for name, led in sorted(_LINE_LED.items()):
        found = 0
        for text in texts:
            assert _same_as_re(led, text), (name, text)
            found += led.pattern.search(text) is not None
        assert found >= 1, name


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_LINE_WORDS + _LINE_SIGNS), max_size=16))
def test_line_led_finds_what_re_finds_on_hypothesis_texts(parts: list[str]) -> None:
    text = "".join(parts)
    for led in _LINE_LED.values():
        assert _same_as_re(led, text)


@pytest.mark.parametrize(
    "source",
    [
        r"^moon",  # (not multi-line: "^" is the text's start only)
        r"(?m)moon",  # (no "^")
        r"(?m)^moon|swing",  # (an alternative beside the "^")
        r"(?m)(?:^moon|^swing)",  # ("^" inside a group: not heading the pattern)
    ],
)
def test_line_led_refuses_a_pattern_not_headed_by_a_line_start(source: str) -> None:
    with pytest.raises(ValueError):
        LineLed(source)


def test_line_led_finditer_of_a_pattern_matching_empty_is_re_s() -> None:
    led = LineLed(r"(?m)^[^\w\n]*")
    for text in ("", "\n", "a\n\nb", "• x\n\n- y\n", "\n\n\n"):
        assert _spans(led.finditer(text)) == _spans(list(led.pattern.finditer(text)))


# Posts these checks refuse: a target of another horizon, ticked targets re-posted, a report of a
# gain first on its line, an earlier call shown (MADE UP).
LINE_LED_REFUSED: tuple[str, ...] = (
    "ETH/USDT LONG\nEntry: 3100\nTP1: 3300\nTP2: 3500\nMoon target: 4000\nSL: 3000",
    "ETH/USDT LONG\nEntry: 3100\n\nSwing target 4000\nTP: 3300\nSL: 3000",
)


@pytest.mark.parametrize("text", LINE_LED_REFUSED)
def test_a_horizon_target_on_a_later_line_is_refused(text: str) -> None:
    reasons = review(text)
    assert any("another horizon" in why for why in reasons), reasons
