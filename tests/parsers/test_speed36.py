"""Session 29 (i13-speed36): the side words' and the leverage's searches made cheaper, exactly.

Each lever answers as the code it replaced, compared here with copies of main's (72edfbff) code
on every dev post and recorded reading's text, on random texts of the words and on hypothesis
texts (a row a lever; none greps a source file):

- `sides.side_from_words`: the strong and the weak searches asked of the post's one pass first
  (`_STRONG_GATE`, `_WEAK_GATE`: a post holding none of a table's words is not searched); the
  Chinese words' first characters given as tuples (no dict keyed by a pattern, whose look-up
  hashed its compiled code).
- `numbers.find_leverage`: `_REWARD_MULTIPLE` led by its first digit (the look-behind after it;
  it opened with the look-behind, so re entered it at every character of the post); the x-like
  characters of a post that is not ASCII found by `str.find` (`char_scans.places`) where
  `_X_OTHER.finditer` walked them; `_EXAMPLE` searched only where the words before the token
  hold its "(" (every match opens with it).
"""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from parsers import numbers, sides
from parsers.char_scans import places
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


# --- lever 2: the leverage's reward multiples and x-like characters ---------------------------

_REWARD_MAIN = re.compile(
    r"(?<![\w.])[0-9]{1,3}(?:[.,][0-9]{1,2})?[ \t]?[xх×](?=[ \t]?(?:reward|the\srisk|risk\b|r\b))"
)
_X_OTHER_MAIN = re.compile("[х×倍]")


def _tokens_main(text: str) -> list[tuple[int, int, str]]:
    """Main's numbers._leverage_tokens (the x-like characters by _X_OTHER's finditer)."""
    out: list[tuple[int, int, str]] = []
    last = 0
    xs: list[int] = []
    i = text.find("x")
    while i >= 0:
        xs.append(i)
        i = text.find("x", i + 1)
    if not text.isascii():
        xs = sorted(xs + [m.start() for m in _X_OTHER_MAIN.finditer(text)])
    for i in xs:
        if i < last or text[i - 1 : i].isalpha() and text[i + 1 : i + 2].isalpha():
            continue
        for m in numbers._LEVERAGE.finditer(text, max(last, i - 9), i + 7):
            if m.start() > i:
                break
            out.append((m.start(), m.end(), m.group()))
            last = m.end()
    return out


def _leverage_same(text: str) -> int:
    """The branch's tokens, reward multiples and example frames as main's; how many found."""
    tokens = [(m.start(), m.end(), m.group()) for m in numbers._leverage_tokens(text)]
    assert tokens == _tokens_main(text), text[:120]
    for c in ("x", "х", "×", "倍", "ab"):
        assert places(text, c) == [m.start() for m in re.finditer(re.escape(c), text)]
    rewards = [m.span() for m in numbers._REWARD_MULTIPLE.finditer(text)]
    assert rewards == [m.span() for m in _REWARD_MAIN.finditer(text)], text[:120]
    for at in range(len(text) + 1):  # (every match of _EXAMPLE opens with its "(")
        m = numbers._EXAMPLE.search(text, 0, at)
        assert m is None or m.group().startswith("("), text[:120]
    return len(tokens) + len(rewards)


def test_leverage_when_dev_posts_and_recorded_texts_then_as_main() -> None:
    found = sum(_leverage_same(post) for post in _POSTS if len(post) < 3000)
    found += sum(_leverage_same(post[:3000]) for post in _POSTS if len(post) >= 3000)
    assert found > 1_000, found


_LEVERAGE_WORDS = (
    *("10x", "x10", "20х", "х20", "×5", "5×", "10倍", "倍", "x", "х", "×", "leverage", "cross"),
    *("isolated", "reward", "risk", "the risk", "r", "long", "short", "1.5", "2,5", "100"),
    *("3", "50", "-", "–", "~", "to", "=", "≈", "(e.g.", "(for example", "(", "next", "ах", "杠杆"),
)
_LEVERAGE_SIGNS = (" ", "\t", "\n", ".", ",", ":", "/", "_", "#", "$", "|", "🚀", "ы", "a", "0")


def test_leverage_when_random_texts_then_as_main() -> None:
    rng = random.Random(3636)
    found = 0
    for _ in range(20_000):
        text = word_text(
            rng, _LEVERAGE_WORDS, _LEVERAGE_SIGNS, most=14, word_share=0.55, space_share=0.35
        )
        found += _leverage_same(text) > 0
    assert found > 5_000, found


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_LEVERAGE_WORDS),
            st.sampled_from(_LEVERAGE_SIGNS),
            st.text(max_size=3),
        ),
        max_size=14,
    )
)
def test_leverage_when_hypothesis_texts_then_as_main(parts: list[str]) -> None:
    _leverage_same("".join(parts))
