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
- finditer loops searched match by match (`pattern.search(text, last_end, endpos)`, as finditer
  steps, without the scanner and iterator it makes a call; most calls find none or stop at the
  first): `symbols.from_pair_text`, `from_tag`, `from_bare_words`, `numbers._leverage_tokens`'
  windows, `sides.other_side_words`.
"""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from parsers import numbers, sides, symbols
from parsers.char_scans import places
from parsers.gate_words import holds, words_of
from tests.parsers.test_speed24 import _POSTS, _copy  # (every dev post and recorded text, lowered)
from tests.parsers.word_texts import word_text


def _random_texts(seed: int, n: int, words: tuple[str, ...], signs: tuple[str, ...]) -> list[str]:
    """n random texts of a lever's words and signs (made up, not real posts)."""
    rng = random.Random(seed)
    return [
        word_text(rng, words, signs, most=14, word_share=0.55, space_share=0.35) for _ in range(n)
    ]


def _parts(words: tuple[str, ...], signs: tuple[str, ...]) -> st.SearchStrategy[list[str]]:
    """Hypothesis texts' parts: a lever's words and signs, and any short text."""
    return st.lists(
        st.one_of(st.sampled_from(words), st.sampled_from(signs), st.text(max_size=3)),
        max_size=14,
    )


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
    matched = sum(_side_same(text) for text in _random_texts(36, 20_000, _SIDE_WORDS, _SIGNS))
    assert matched > 5_000, matched


@settings(max_examples=1500, deadline=None)
@given(_parts(_SIDE_WORDS, _SIGNS))
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
    texts = _random_texts(3636, 20_000, _LEVERAGE_WORDS, _LEVERAGE_SIGNS)
    found = sum(_leverage_same(text) > 0 for text in texts)
    assert found > 5_000, found


@settings(max_examples=1500, deadline=None)
@given(_parts(_LEVERAGE_WORDS, _LEVERAGE_SIGNS))
def test_leverage_when_hypothesis_texts_then_as_main(parts: list[str]) -> None:
    _leverage_same("".join(parts))


# --- lever 3: finditer loops searched match by match -----------------------------------------

Y = symbols


def _from_pair_text_main(low: str) -> str | None:
    """Main's symbols.from_pair_text (finditer loops)."""
    best: tuple[int, str] | None = None
    seps = "/" in low or "-" in low or "_" in low
    for m in Y._SEP_QUOTE.finditer(low) if seps else ():
        at = m.start()
        b = Y._BASE_BEFORE_SEP.search(low, max(0, at - 17), at)
        if b is None:
            continue
        base, word = b.group(1), m.group(1)
        spaced = b.end(1) < at and m.group().startswith(("/ ", "- ")) and word in ("btc", "eth")
        if Y.ok_base(base, Y.STOPWORDS if spaced else Y.NEVER_A_BASE):
            best = (b.start(), Y.make_symbol(base, word if word != "perp" else None))
            break
    for m in Y._CONCAT_QUOTE.finditer(low) if "usd" in low else ():
        at = m.start()
        if best is not None and at > best[0]:
            break
        b = Y._BASE_BEFORE_QUOTE.search(low, max(0, at - 15), at)
        if b is not None and Y.ok_base(base := b.group(1)):
            best = (b.start(), Y.make_symbol(base, low[at : at + (5 if low[at] == "f" else 4)]))
            break
    return best[1] if best else None


def _from_tag_main(
    low: str, stopwords: frozenset[str] = Y.STOPWORDS, named: bool = False
) -> str | None:
    """Main's symbols.from_tag (a finditer loop)."""
    if "#" not in low and "$" not in low:
        return None
    first: str | None = None
    word = False
    for m in Y._TAG.finditer(low):
        tag = m.group(1)
        if first is None or word:
            words = Y.CASHTAG_STOPWORDS if low[m.start()] == "$" else stopwords
            plain = Y.ok_base(tag, words)
            if (
                (
                    plain
                    or (
                        first is None
                        and tag.upper() in Y._TAGGED_WORDS
                        and Y._one_letter_coin(low, m.start(), m.end())
                        and (
                            Y._ON_ITS_LINE.match(low, m.end()) is not None
                            or Y._SIDE_BEFORE.search(low, max(0, m.start() - 12), m.start())
                            is not None
                        )
                    )
                )
                and not Y._AMOUNT.fullmatch(tag)
                and not (low[m.start()] == "#" and Y._TOPIC.fullmatch(tag))
                and (len(tag) > 1 or named or Y._one_letter_coin(low, m.start(), m.end()))
            ):
                first, word = tag, not plain
        elif tag.startswith(first) and tag[len(first) :].upper() in Y.QUOTES:
            return Y.make_symbol(first, tag[len(first) :])
    return Y.make_symbol(first) if first is not None else None


def _from_bare_words_main(lines: list[str]) -> str | None:
    """Main's symbols.from_bare_words (a finditer loop)."""
    first: str | None = None
    for line in lines:
        for m in Y._BARE.finditer(line):
            word = m.group(1)
            if not Y.ok_base(word) or (
                word[0].isdigit() and word[1].isalpha() and word not in Y.ONE_DIGIT_COINS
            ):
                continue
            if word.endswith(Y._BARE_QUOTES):
                q = next(q for q in Y._BARE_QUOTES if word.endswith(q))
                if len(word) > len(q) and Y.ok_base(word[: -len(q)]):
                    return Y.make_symbol(word)
            if first is None:
                first = word
    return Y.make_symbol(first) if first is not None else None


def _other_side_words_main(
    low: str, side: str, start: int, end: int, weak: bool = False
) -> list[tuple[int, str]]:
    """Main's sides.other_side_words without its gates (every range searched by finditer)."""
    out: list[tuple[int, str]] = []
    if low.isascii():
        words = sides._WEAK_ASCII if weak else sides._STRONG_ASCII
    else:
        words = sides._WEAK if weak else sides._STRONG
    for m in words.finditer(low, max(start - 1, 0), end):
        long = m.group("long")
        if (long is not None) == (side == sides.LONG):
            out.append((m.start() + 1, long or m.group("short")))
    cjk = sides._WEAK_CJK if weak else sides._STRONG_CJK
    if not low.isascii():
        for c in cjk.finditer(low, start, end):
            if (c.group() in sides._CJK_LONG) == (side == sides.LONG):
                out.append((c.start(), c.group()))
    return out


def _loops_same(low: str, rng: random.Random) -> int:
    """The match-by-match loops answer as main's finditer loops; how many answers were found."""
    found = 0
    pair = symbols.from_pair_text(low)
    assert pair == _from_pair_text_main(low), low[:120]
    tag = symbols.from_tag(low)
    assert tag == _from_tag_main(low), low[:120]
    assert symbols.from_tag(low, symbols.NEVER_A_BASE, True) == _from_tag_main(
        low, symbols.NEVER_A_BASE, True
    )
    upper = low.upper()
    lines = upper.split("\n", 3)[:3]
    bare = symbols.from_bare_words(lines)
    assert bare == _from_bare_words_main(lines), low[:120]
    found += (pair is not None) + (tag is not None) + (bare is not None)
    n = len(low)
    holds(low, 0)  # (the pass kept: the gates asked as the reader asks them)
    for start, end in ((0, n), (rng.randrange(n + 1), n), (0, rng.randrange(n + 1))):
        for side in (sides.LONG, sides.SHORT):
            for weak in (False, True):
                got = sides.other_side_words(low, side, start, end, weak)
                assert got == _other_side_words_main(low, side, start, end, weak), low[:120]
                found += len(got)
    return found


def test_loops_when_dev_posts_and_recorded_texts_then_as_main() -> None:
    rng = random.Random(36)
    found = sum(_loops_same(post, rng) for post in _POSTS)
    assert found > 5_000, found


_COIN_WORDS = (
    *("btc", "eth", "/usdt", "usdt", "-usdt", "_usdt", "/ usdt", "/btc", "- btc", "-perp", "perp"),
    *("usdc", "fdusd", "busd", "tusd", "usd", ".p", ":usdt", "#btc", "$eth", "#sol", "$sol", "#o"),
    *("#btcusdt", "1000pepe", "$12k", "#signals", "long", "short", "buy", "sell", "#1", "ada"),
    *("trade", "at", "做多", "做空", "多", "空", "买入", "卖出", "0.51", "entry", "sl", "tp1"),
)
_COIN_SIGNS = (" ", "\n", ":", "-", "/", "_", ".", ",", "#", "$", "(", ")", "🚀", "ы", "字", "1")


def test_loops_when_random_texts_then_as_main() -> None:
    rng = random.Random(363)
    texts = _random_texts(363, 10_000, _COIN_WORDS, _COIN_SIGNS)
    found = sum(_loops_same(text, rng) > 0 for text in texts)
    assert found > 3_000, found


@settings(max_examples=1000, deadline=None)
@given(_parts(_COIN_WORDS, _COIN_SIGNS))
def test_loops_when_hypothesis_texts_then_as_main(parts: list[str]) -> None:
    _loops_same("".join(parts), random.Random(len(parts)))
