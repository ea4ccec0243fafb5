"""Session 22's gates (i13-speed15): each skips a search only where it cannot match.

- labels.Finder on text that is not ASCII looks for one literal of its words first
  (quick_tests.required_literals): every text its pattern matches holds one;
- glued_pair looks for its label words before the substitution;
- side_coin searches the word before the side word only as far back as the pattern can reach.
"""

from __future__ import annotations

import random
import re
from re import _parser  # the width of a pattern, as re computes it

import pytest

from parsers import glued_pair, labels, side_coin
from parsers.quick_tests import holds_any, written
from parsers.vocabulary import (
    MARKET_UNSPACED,
    MARKET_WORDS,
    REPORTED_AROUND,
    REPORTED_AROUND_UNSPACED,
    STATUS_UNSPACED,
    STATUS_WORDS,
)

_FINDERS = {
    "market": (labels.MARKET, MARKET_WORDS + MARKET_UNSPACED),
    "status": (labels.STATUS, STATUS_WORDS + STATUS_UNSPACED),
    "reported": (labels.REPORTED, REPORTED_AROUND + REPORTED_AROUND_UNSPACED),
}
_SEPS = (" ", " ", "\n", ": ", "-", "1", "0.45", "✅", "🚀", "→", "#", "(", ")", "ed", "s")


def _plain_words(rows: tuple[str, ...]) -> list[str]:
    """The words of the rows as written (any script), without the regex syntax around them."""
    words: set[str] = set()
    for row in rows:
        words.update(re.findall(r"[^\W\d_](?:[^\W\d_]|[ '])*[^\W\d_]|[^\W\d_]", row))
    return sorted(words)


def _ungated(finder: labels.Finder, text: str) -> int:
    """Finder.search as it was before the gate: its pattern searched whatever the text holds."""
    if text.isascii():
        return finder.search(text)
    m = finder._words.search(" " + text)
    pos = m.start() if m else -1
    if finder._others is not None and any(c in text for c in finder._other_firsts):
        o = finder._others.search(text)
        if o and (pos < 0 or o.start() < pos):
            pos = o.start()
    return pos


@pytest.mark.parametrize("name", sorted(_FINDERS))
def test_finder_when_text_is_not_ascii_then_the_gate_changes_no_answer(name: str) -> None:
    finder, rows = _FINDERS[name]
    assert finder._heads  # the gate is in use
    words = _plain_words(rows)
    rng = random.Random(22)
    found = 0
    for _ in range(1500):
        text = "".join(rng.choice(words if rng.random() < 0.4 else _SEPS) for _ in range(7))
        text += "🚀"  # (not ASCII: the gated branch)
        if finder._words.search(" " + text) is not None:
            found += 1
            assert holds_any(" " + text, finder._heads), repr(text)
        assert finder.search(text) == _ungated(finder, text), repr(text)
    assert found > 100  # the texts reach the words


def test_finder_when_a_word_is_in_another_script_then_it_is_still_found() -> None:
    # (Each script's row of the market words: the gate holds a literal of every one.)
    for text in ("📈 вход по рынку 0.45", "📈 giá thị trường 0.45", "📈 سعر بازار 0.45"):
        assert labels.MARKET.search(text) >= 0, text
    assert labels.MARKET.search("📈 entry 0.45 / sl 0.40") == -1
    assert labels.STATUS.search("🎯 цель достигнута ✅") >= 0


def test_glued_pair_when_texts_of_its_words_then_the_gate_changes_no_text() -> None:
    rng = random.Random(22)
    pieces = ["Pair", "Coin", "Symbol", "Asset", "Ticker", "Token", "Instrument", "pair"]
    pieces += ["ETH", "BTC", "/USDT", "USDT", "PERP", "_", "-", " ", "\n", "x", "5", "🚀"]
    changed = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(6))
        before = glued_pair._GLUED_PAIR_LABEL.sub(r"\1 ", text)
        changed += before != text
        if glued_pair._GLUED_PAIR_LABEL.search(text) is not None:
            assert written(text, glued_pair._HEADS, 0, len(text)), repr(text)
        assert glued_pair.unglue_pair_label(text) == before, repr(text)
    assert changed > 100


def test_side_coin_when_the_word_before_is_searched_near_the_side_then_the_same_match() -> None:
    # The window is the pattern's longest match (re's own width of it).
    assert side_coin._BEFORE_LONGEST >= _parser.parse(side_coin._BEFORE.pattern).getwidth()[1]
    rng = random.Random(22)
    pieces = ["ARB", "$ARB", "#SOL", "1000PEPE", "1000000PEPE12345678", "BTC", "x", "a", "."]
    pieces += [" ", "  ", "   ", "—", "/", "-", "\n", "long", "ETH/USDT", "buy", "Now"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 9))) + "LONG"
        side_at = len(text) - 4
        start = text.rfind("\n", 0, side_at) + 1
        whole = side_coin._BEFORE.search(text, start, side_at)
        near = side_coin._BEFORE.search(
            text, max(start, side_at - side_coin._BEFORE_LONGEST), side_at
        )
        assert (whole and whole.span(), whole and whole.group(1)) == (
            near and near.span(),
            near and near.group(1),
        ), repr(text)
