"""Session 29 (i13-speed36): the side words' and the leverage's searches made cheaper, exactly.

Each lever answers as the code it replaced, compared here with copies of main's (72edfbff) code
on every dev post and recorded reading's text, on random texts of the words and on hypothesis
texts (a row a lever; none greps a source file):

- `sides.side_from_words`: the strong and the weak searches asked of the post's one pass first
  (`_STRONG_GATE`, `_WEAK_GATE`: a post holding none of a table's words is not searched); the
  Chinese words' first characters given as tuples (no dict keyed by a pattern, whose look-up
  hashed its compiled code).
"""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from parsers import sides
from parsers.gate_words import holds, words_of
from tests.parsers.test_speed24 import _POSTS, _copy  # (every dev post and recorded text, lowered)
from tests.parsers.word_texts import word_text

# --- main's code, for comparison -------------------------------------------------------------

_CJK_FIRSTS_MAIN = {
    sides._STRONG_CJK: sides.first_characters(sides._STRONG_CJK_WORDS),
    sides._WEAK_CJK: sides.first_characters(sides._WEAK_CJK_WORDS),
}


def _first_main(
    word: re.Pattern[str], ascii_word: re.Pattern[str], cjk: re.Pattern[str], low: str
) -> tuple[str | None, int]:
    """Main's sides._first: the whole post searched (the _HUNTED check without its gate)."""
    spaced = " " + low
    is_ascii = low.isascii()
    if is_ascii:
        word = ascii_word
    m = word.search(spaced)
    pos = m.start() if m is not None else -1
    while m is not None and sides._HUNTED.search(spaced, max(0, pos - 40), pos + 1):
        m = word.search(spaced, m.end())
        pos = m.start() if m is not None else -1
    side = (sides.LONG if m.group("long") else sides.SHORT) if m is not None else None
    if not is_ascii and any(ch in low for ch in _CJK_FIRSTS_MAIN[cjk]):
        c = cjk.search(low)
        if c and (pos < 0 or c.start() < pos):
            side, pos = (sides.LONG if c.group() in sides._CJK_LONG else sides.SHORT), c.start()
    return side, pos


def _side_main(low: str) -> tuple[str | None, float, int]:
    for word, ascii_word, cjk, strength in (
        (sides._STRONG, sides._STRONG_ASCII, sides._STRONG_CJK, 1.0),
        (sides._WEAK, sides._WEAK_ASCII, sides._WEAK_CJK, 0.8),
    ):
        side, pos = _first_main(word, ascii_word, cjk, low)
        if side:
            return side, strength, pos
    return None, 0.0, -1


# --- lever 1: the side words' searches asked of the post's pass -------------------------------

_TABLES = (
    ("strong", sides._STRONG, sides._STRONG_ASCII, sides._STRONG_GATE),
    ("weak", sides._WEAK, sides._WEAK_ASCII, sides._WEAK_GATE),
)


def _side_same(post: str) -> bool:
    """side_from_words with the post's pass kept (the gates asked) and without (a copy: no pass
    kept, every search made) answer as main's code; whether a table's words matched."""
    holds(post, 0)  # (the pass of post, kept as the reader keeps it)
    main = _side_main(post)
    assert sides.side_from_words(post) == main, post[:120]
    assert sides.side_from_words(_copy(post)) == main, post[:120]
    matched = False
    spaced = " " + post
    for name, word, ascii_word, number in _TABLES:
        # (Every match holds one of the gate's words: a post the gate says none of has none.)
        for pattern in (word, ascii_word) if post.isascii() else (word,):
            if pattern.search(spaced) is not None:
                matched = True
                assert holds(post, number), (name, post[:120])
    return matched


def test_side_gates_hold_words_and_no_blank_opens_one() -> None:
    for _, _, _, number in _TABLES:
        words = words_of(number)
        assert words and not any(w[:1].isspace() for w in words)  # (" " + post holds it as post)
    assert {"kısa", "kisa", "alı", "ali", "satı", "sati"} <= {
        w for _, _, _, n in _TABLES for w in words_of(n)
    }


def test_side_words_when_dev_posts_and_recorded_texts_then_as_main() -> None:
    matched = sum(_side_same(post) for post in _POSTS)
    # (both answers are asked: the gates say "none" of many posts and hold in most)
    said = [holds(post, sides._STRONG_GATE) for post in _POSTS]
    assert any(said) and not all(said)
    assert matched > 1_000, matched


_SIDE_WORDS = (
    *("long", "short", "longs", "shorts", "largo", "corto", "kısa", "kisa", "kort", "uzun"),
    *("лонг", "шорт", "лонга", "buy", "sell", "buying", "selling", "bullish", "bearish"),
    *("alış", "aliş", "alım", "satış", "satiş", "satım", "al", "sat", "sa", "kı", "ki"),
    *("mua", "quá mua", "bán", "quá bán", "venta", "compra", "kauf", "verkauf", "jual"),
    *("做多", "做空", "多", "空", "买入", "卖出", "多单", "市价多"),
    *("as long", "not a short", "short squeeze", "long term", "long or short", "trap early"),
    *("squeezing late", "pressure", "targets", "upper wick", "in short"),
)
_SIGNS = (" ", "\n", ":", "-", "/", "1", "0.5", "#", "(", ")", "🚀", "ы", "$", "🟢", "字", "_")


def test_side_words_when_random_texts_then_as_main() -> None:
    rng = random.Random(36)
    matched = 0
    for _ in range(20_000):
        text = word_text(rng, _SIDE_WORDS, _SIGNS, most=12, word_share=0.5, space_share=0.4)
        matched += _side_same(text)
    assert matched > 5_000, matched


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(_SIDE_WORDS), st.sampled_from(_SIGNS), st.text(max_size=3)),
        max_size=14,
    )
)
def test_side_words_when_hypothesis_texts_then_as_main(parts: list[str]) -> None:
    _side_same("".join(parts))
