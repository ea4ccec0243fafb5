"""Session 30 (i13-speed38): the label walks' per-character questions by one table look-up.

- label_walk.ALNUM: str.isalnum of every code point below U+10000, one byte each, where the
  walks asked `spaced[i].isalnum()` of each character outside ASCII (a str made of it first);
  label_walk.wide_table (labels._WIDE_FLAGS) adds, for the word labels' walk, whether a word
  row or a Chinese/emoji row opens with the character (two set look-ups before).
- labels.walk_labels matches the Chinese/emoji rows at the places the walk listed, in place of
  _CJK_START's search after each place.
- Walk.ascii_opens: Walk.may_open for an ASCII first character, the pair's byte (`opens`: the
  pairs' table with every pair of a first character whose second is not known set) in place of
  the flag test and the pair's look-up.

Each table is compared here with the question it answers on every code point it holds (and past
it, the str method), `ascii_opens` with `may_open` on every pair and third an ASCII row's first
character can be followed by, at the text's end too; the walks with the unions they replace
(labels.walk_labels and union_labels, each Finder's walk and its re search) on every dev post,
every recorded reading's text and random texts heavy in characters outside ASCII.
tests/parsers/test_speed31.py holds the walks' first comparisons; the readings
(tests/parsers/readings.py) hold the whole reader. They run as the modules run: compiled under
`make test`, pure Python with SIGCOPY_PURE_PYTHON=1.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from parsers import label_walk, labels
from parsers.label_walk import ALNUM, Walk, wide_flags, word_at
from tests.parsers.test_speed26 import _POSTS  # (every dev post and recorded text, lowered)
from tests.parsers.test_speed31 import _FINDERS, _WORDS, _finder_same, _same
from tests.parsers.word_texts import word_text

_WALKS: list[Walk] = [labels._WORDS_WALK, *(f._walk for f in _FINDERS.values())]


def test_alnum_table_when_every_code_point_then_as_isalnum() -> None:
    assert len(ALNUM) == 0x10000
    for c in range(0x10000):
        assert ALNUM[c] == (1 if chr(c).isalnum() else 0), hex(c)
    for c in (0x10000, 0x1D7CE, 0x1F3AF, 0x1F680, 0x20000, 0x2F800, 0x10FFFF):
        assert word_at("a" + chr(c), 1, c) == chr(c).isalnum(), hex(c)
    assert word_at("x\u0436", 1, 0x436) and not word_at("x\u2014", 1, 0x2014)


def test_wide_flags_when_every_code_point_then_as_the_sets() -> None:
    rows = labels._WORDS_WALK.rows
    cjk = labels._CJK_FIRSTS
    for c in range(128, 0x10000):
        want = (1 if chr(c).isalnum() else 0) | (2 if c in rows else 0) | (4 if c in cjk else 0)
        assert wide_flags(labels._WIDE_FLAGS, rows, cjk, "x" + chr(c), 1, c) == want, hex(c)
    wide = [c for c in (*rows, *cjk) if c >= 0x10000] + [0x1F680, 0x1D7CE, 0x20000]
    for c in wide:
        want = (1 if chr(c).isalnum() else 0) | (2 if c in rows else 0) | (4 if c in cjk else 0)
        assert wide_flags(labels._WIDE_FLAGS, rows, cjk, "x" + chr(c), 1, c) == want, hex(c)
    assert any(c in rows for c in range(128, 0x10000))  # (the bits are not all empty)
    assert any(c in cjk for c in range(128, 0x10000))


def _may_open_main(walk: Walk, spaced: str, i: int, o: int, n: int) -> bool:
    """Walk.may_open as on main (85bafd07), for the comparison: its `duo` is `opens` but for the
    first characters whose second is not known (`flags[o] & 8`), which it answered first."""
    if i + 1 >= n:
        return o in walk.wild
    two = ord(spaced[i + 1])
    if o < 128 and two < 128:
        if walk.flags[o] & 8:
            return True
        pair = o * 128 + two
        v = walk.opens[pair]
        if v != 2:
            return v == 1
        if i + 2 >= n:
            return False
        three = ord(spaced[i + 2])
        return three < 128 and (walk.thirds[pair * 16 + (three >> 3)] >> (three & 7)) & 1 == 1
    return o in walk.wild or o * 0x110000 + two in walk.pairs


def test_ascii_opens_when_every_pair_and_third_then_as_may_open() -> None:
    # Every ASCII character a row opens with, then each ASCII second, a few others, and for the
    # pairs that need one, each ASCII third and a few others; at the text's end too.
    others = ("é", "ж", "止", "🚀", "\u00a0", "\u2028")
    asked = 0
    for walk in _WALKS:
        for o in range(128):
            if not walk.flags[o] & 2:
                continue
            first = chr(o)
            texts = [" " + first]
            for two in [*map(chr, range(128)), *others]:
                texts.append(" " + first + two)
                if two.isascii() and walk.opens[o * 128 + ord(two)] == 2:
                    texts += [" " + first + two + three for three in map(chr, range(128))]
                    texts += [" " + first + two + three for three in others]
            for text in texts:
                n = len(text)
                want = _may_open_main(walk, text, 1, o, n)
                assert walk.ascii_opens(text, 1, o, n) == want, repr(text)
                assert walk.may_open(text, 1, o, n) == want, repr(text)
                asked += 1
    assert asked > 20_000, asked


def test_may_open_when_first_characters_past_ascii_then_as_main() -> None:
    others = ("é", "ж", "止", "🚀", "\u00a0", "\u2028", "損", "ل")
    asked = 0
    for walk in _WALKS:
        for o in walk.rows:
            if o < 128:
                continue
            first = chr(o)
            for text in [" " + first, *(" " + first + c for c in [*map(chr, range(128)), *others])]:
                n = len(text)
                assert walk.may_open(text, 1, o, n) == _may_open_main(walk, text, 1, o, n)
                asked += 1
    seconds = {chr(p % 0x110000) for walk in _WALKS for p in walk.pairs if p // 0x110000 >= 128}
    for walk in _WALKS:
        for o in (o for o in walk.rows if o >= 128):
            for c in seconds:
                text = " " + chr(o) + c
                assert walk.may_open(text, 1, o, 3) == _may_open_main(walk, text, 1, o, 3)
                asked += 1
    assert asked > 1_000, asked


_WIDE_SIGNS = (
    *(" ", "\n", ":", " - ", "0.5", " 12", "(", ")", "#", "$", "@", "_", "/"),
    *("é", "ß", "ı", "ж", "Ж", "вход", "цель", "стоп", "тейк", "止损", "止盈", "目标", "入场"),
    *("هدف", "الدخول", "ट", "ा", "ท", "레버리지", "٣", "²", "ⅱ", "\u00a0", "\u200b", "\u2028"),
    *("🎯", "🚀", "✅", "❌", "🛑", "⛔", "👇", "📈", "💰", "🔥", "1️⃣", "𝐓𝐏", "𝟏", "𠀀"),
)


def test_walks_when_random_wide_texts_then_as_their_unions() -> None:
    rng = random.Random(3038)
    found = 0
    for _ in range(20_000):
        text = word_text(rng, _WORDS, _WIDE_SIGNS, most=14, word_share=0.45, space_share=0.3)
        found += bool(_same(text))
        _finder_same(text)
    assert found > 5_000, found


def test_walks_when_dev_posts_and_recorded_texts_then_as_their_unions() -> None:
    for text in _POSTS:
        _same(text)
        _finder_same(text)
    assert len(_POSTS) > 6000


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_WORDS),
            st.sampled_from(_WIDE_SIGNS),
            st.text(max_size=3),
            st.characters(min_codepoint=0x80),
        ),
        max_size=16,
    )
)
def test_walks_when_hypothesis_texts_then_as_their_unions(parts: list[str]) -> None:
    text = "".join(parts)
    _same(text)
    _finder_same(text)


def test_walk_module_compiled_flag_when_read_then_a_bool() -> None:
    # (The walks above run compiled under `make test` and interpreted with
    # SIGCOPY_PURE_PYTHON=1: labels asks the walk only where label_walk is compiled.)
    assert label_walk.COMPILED in (True, False)


def test_chinese_rows_when_starts_overlap_a_match_then_as_the_union() -> None:
    # Made up: Chinese/emoji rows whose first characters stand inside a match before them, side
    # by side, at the text's ends, after "@" only (the walk's list of starts in place of
    # _CJK_START's searches from the last match's end).
    texts = (
        "止损止盈 5",
        "止盈止损：5 目标 6",
        "止损",
        "5 止损",
        "🎯🎯 tp1 5",
        "🎯 5 🛑 4 ✅",
        "@止损 5 @",
        "止止止损 5",
        "入场入场 5",
        "止盈：5\n止盈2：6",
        "a@止",
    )
    for text in texts:
        _same(text)
    assert any(_same(text) for text in texts)
