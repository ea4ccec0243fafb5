"""Session 26 (i13-speed24): labels.Finder's quick tests answered by the post's one pass.

`Finder.search(text, post)` asks the pass made of post (the post `low` or `wlow`,
parsers/gate_words.py) whether post holds one of the Finder's literals, where it scanned text
with an `in` test for each; text is post, a slice of it, or post with spans blanked
(`ReadState.without_percent_targets`). A literal in such a text is in post (no literal holds a
blank), so the answer "none" is exact; and where a literal is there the search runs as before.
Here every Finder must find the same place with the pass as without it (no pass kept: the `in`
tests) on every dev post and recorded reading's text, their slices and blanked copies, random
texts of the Finders' words and made-up posts; and the signal reader's call sites must pass the
post they cut or blanked from."""

from __future__ import annotations

import random

import pytest

from parsers import labels, sides
from parsers.gate_words import holds, kept
from parsers.labels import MARKET, NOT_SIGNAL, REPORTED, STATUS
from parsers.normalize import lower, normalize
from parsers.signal_parser import read_signal
from tests.parsers.corpus_score import load_split
from tests.parsers.word_texts import word_text

_FINDERS = {"MARKET": MARKET, "NOT_SIGNAL": NOT_SIGNAL, "STATUS": STATUS, "REPORTED": REPORTED}


def _copy(text: str) -> str:
    """text as a new object: no pass is kept for it, so Finder.search runs its `in` tests."""
    return (" " + text)[1:]


def _posts() -> list[str]:
    from tests.parsers.readings import messages

    raw = [case.text for case in load_split("dev") if case.text]
    raw += [text for _, text in messages()]
    return [lower(normalize(text)) for text in dict.fromkeys(raw)]


_POSTS = _posts()


def _parts(post: str, rng: random.Random) -> list[str]:
    """post itself, slices of it and copies with spans blanked (as without_percent_targets)."""
    out = [post]
    n = len(post)
    for _ in range(3):
        a = rng.randrange(n + 1)
        b = rng.randrange(a, n + 1)
        out.append(post[a:b])
        out.append(post[:a] + " " * (b - a) + post[b:])
    return out


def _differences(post: str, rng: random.Random) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for text in _parts(post, rng):
        holds(post, 0)  # (the pass of post, kept as the reader keeps it)
        with_pass = {name: f.search(text, post) for name, f in _FINDERS.items()}
        assert kept(post, 0) >= 0
        for name, f in _FINDERS.items():
            if f.search(_copy(text)) != with_pass[name]:
                out.append((name, text[:80]))
    return out


def test_the_pass_finds_what_the_in_tests_found_on_dev_posts_and_recorded_texts() -> None:
    rng = random.Random(24)
    differ = [d for post in _POSTS for d in _differences(post, rng)]
    assert differ == []


@pytest.mark.parametrize("seed", range(3))
def test_the_pass_finds_what_the_in_tests_found_on_texts_of_the_words(seed: int) -> None:
    rng = random.Random(seed)
    words = [*_MADE_UP_WORDS]
    for f in _FINDERS.values():
        words += [*(f._heads or ()), *f._other_firsts]
    differ: list[tuple[str, str]] = []
    for _ in range(1500):
        post = word_text(rng, words, _SIGNS, most=14, word_share=0.6, space_share=0.3)
        differ += _differences(post, rng)
        differ += _differences(_made_up(rng), rng)
    assert differ == []


_SIGNS = (" ", "\n", ":", "-", "/", "%", "1", "0.5", "#", "(", ")", "\u00a0", "\t")
_MADE_UP_WORDS = (
    "hit", "tp1", "market", "now", "cmp", "✅", "💰", "已", "达到", "市价", "现价", "рынок",
    "текущ", "reached", "profit:", "pnl", "+12%", "roi", "closed", "signal", "trade", "entry",
    "btc/usdt", "long", "0.45", "\n", " ", "  ", "-", ":", "🚀", "done", "still open",
)  # fmt: skip


def _made_up(rng: random.Random) -> str:
    """A made-up text of words the Finders look for and the signals around them."""
    return "".join(rng.choice(_MADE_UP_WORDS) + rng.choice(("", " ", "\n", "/")) for _ in range(12))


def test_made_up_posts() -> None:
    """Made-up forms: a word the pass holds is found as before; one blanked away is not."""
    post = lower(normalize("BTC/USDT LONG\nTake profit: 5% 10%\nEntry market ✅"))
    holds(post, 0)
    at = post.index("take profit")
    blanked = post[:at] + " " * len("take profit:") + post[at + len("take profit:") :]
    assert STATUS.search(blanked, post) == STATUS.search(_copy(blanked)) >= 0  # ("✅")
    assert MARKET.search(post, post) == MARKET.search(_copy(post)) >= 0
    plain = lower(normalize("ETH/USDT SHORT\nEntry 2500\nTP 2400\nSL 2600"))
    holds(plain, 0)
    for f in _FINDERS.values():
        assert f.search(plain, plain) == f.search(_copy(plain)) == -1


def test_no_finder_literal_holds_a_blank() -> None:
    for f in _FINDERS.values():
        if f._heads_gate >= 0:
            assert not labels._blank_in(f._heads or ())


def _status_words_unseen_by_the_pass() -> None:
    """The gates' pass built again with STATUS's words never found (a pass that says "no status
    word" of any post), the kept passes dropped."""
    from parsers.gate_words import _GATES, _Automaton, _Seen, _unseen

    blind = STATUS._heads_gate
    _GATES.automaton = _Automaton(
        [("\x01\x02",) if n == blind else words for n, words in enumerate(_GATES.words)]
    )
    _GATES.last, _GATES.before = _Seen(_unseen(), []), _Seen(_unseen(), [])


def _pass_as_registered() -> None:
    from parsers.gate_words import _GATES, _Seen, _unseen

    _GATES.automaton = None  # (built again from the registered words when next asked)
    _GATES.last, _GATES.before = _Seen(_unseen(), []), _Seen(_unseen(), [])


def test_the_reader_passes_the_post_it_blanked() -> None:
    """signal_parser's STATUS search is of wlow with its percentage targets' labels blanked, and
    asks the pass of wlow: where that pass says the post holds no status word, the status word
    the blanked text holds ("filled") is not looked for, and the call quoted with its status is
    read as a signal (refused for review by another check) instead of no signal at all. Without
    the post passed, the blanked text (a new string) is searched with `in` tests and the status
    found: the reading is the same with the blind pass as without, and this fails. (Made up.)"""
    text = "BTC/USDT LONG\nEntry 60000 filled\nTake profit: 10%\nSL 58000"
    assert read_signal(text) is None  # (a status post quoting the call)
    _status_words_unseen_by_the_pass()
    try:
        blind = read_signal(text)
    finally:
        _pass_as_registered()
    assert blind is not None and not blind.is_valid(), blind
    assert read_signal(text) is None


def test_other_side_words_finds_the_same_with_the_pass() -> None:
    """sides.other_side_words asks the post's pass for its side's heads before it scans a range
    (a range holds none the post lacks): the same words found on every dev post and recorded
    text, over the whole post and random ranges, both sides, strong and weak."""
    rng = random.Random(2426)
    differ: list[tuple[str, str, bool, int, int]] = []
    for post in _POSTS:
        n = len(post)
        ranges = [(0, n)]
        for _ in range(2):
            a = rng.randrange(n + 1)
            ranges.append((a, rng.randrange(a, n + 1)))
        for side in ("LONG", "SHORT"):
            for weak in (False, True):
                for a, b in ranges:
                    holds(post, 0)
                    got = sides.other_side_words(post, side, a, b, weak)
                    assert kept(post, 0) >= 0
                    if got != sides.other_side_words(_copy(post), side, a, b, weak):
                        differ.append((post[:60], side, weak, a, b))
    assert differ == []


def test_other_side_words_made_up() -> None:
    """Made-up posts: a side's word the post lacks is not looked for; one it holds is found."""
    post = lower(normalize("BTC/USDT SHORT 🔻\nSell zone 100\nTP 90\nSL 110"))
    holds(post, 0)
    assert sides.other_side_words(post, "LONG", 0, len(post)) == []
    assert sides.other_side_words(post, "SHORT", 0, len(post)) == [(9, "short")]
    assert sides.other_side_words(post, "SHORT", 0, len(post), weak=True) == [(17, "sell")]
