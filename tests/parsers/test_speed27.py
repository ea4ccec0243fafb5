"""Session 27 (i13-speed27): quick_tests.written's other callers ask the post's one pass first.

`gate_words.may_hold(post, number)` is False only where the pass kept for post (the post `low` or
`wlow`, parsers/gate_words.py) holds none of the gate's words; the text the caller then scanned
with `written` is post, a slice of it (trigger's entry line, reports' text above the levels) or
" " + post (sides._first), and a literal in such a text is in post (none opens with a blank), so
skipping the scan there is exact. Here: each new gate holds exactly the heads its scan asked; on
every dev post and recorded reading's text, the gate's "none" never hides a head `written` finds
in a slice; hedged_call and side_from_words answer the same with the pass as without it (no pass
kept: the scans); made-up posts of the heads' words."""

from __future__ import annotations

import random

import pytest

from parsers import hedged_call, sides, trigger
from parsers.gate_words import holds, kept, may_hold, words_of
from parsers.normalize import lower, normalize
from parsers.quick_tests import written
from tests.parsers.corpus_score import load_split
from tests.parsers.test_speed24 import _POSTS, _copy  # (every dev post and recorded text, lowered)
from tests.parsers.word_texts import word_text

# (site, its gate, the heads its `written` scans asked)
_GATES: tuple[tuple[str, int, tuple[str, ...] | None], ...] = (
    ("trigger broken", trigger._AFTER_BROKEN_GATE, trigger._AFTER_BROKEN_HEADS),
    *(
        (f"trigger way {i}", number, heads)
        for i, (number, heads) in enumerate(
            zip(trigger._AFTER_WAYS_GATES, trigger._AFTER_WAYS_HEADS, strict=True)
        )
    ),
    ("trigger way before", trigger._WAY_GATE, trigger._WAY_HEADS),
    ("trigger statement", trigger._STATEMENT_GATE, trigger._STATEMENT_HEADS),
    ("hedged_call", hedged_call._HEDGED_GATE, hedged_call._HEDGED_HEADS),
    ("sides hunted", sides._HUNTED_GATE, sides._HUNTED_HEADS),
)


@pytest.mark.parametrize(("name", "number", "heads"), _GATES, ids=[g[0] for g in _GATES])
def test_each_gate_holds_the_heads_its_scan_asked(
    name: str, number: int, heads: tuple[str, ...] | None
) -> None:
    assert heads is not None and number >= 0, name
    assert words_of(number) == heads, name
    assert not any(h[:1].isspace() for h in heads), name  # (" " + post holds one only if post does)


def _ranges(n: int, rng: random.Random) -> list[tuple[int, int]]:
    out = [(0, n)]
    for _ in range(4):
        a = rng.randrange(n + 1)
        out.append((a, rng.randrange(a, n + 1)))
    return out


def _hidden(post: str, rng: random.Random) -> list[tuple[str, str]]:
    """Where a gate's "none" would hide a head the scan finds in a range of post or " " + post."""
    holds(post, 0)  # (the pass of post, kept as the reader keeps it)
    out: list[tuple[str, str]] = []
    for name, number, heads in _GATES:
        if may_hold(post, number):
            continue
        assert kept(post, number) == 0
        spaced = " " + post
        for a, b in _ranges(len(post), rng):
            if written(post, heads, a, b) or written(spaced, heads, a, b + 1):
                out.append((name, post[:80]))
    return out


def test_no_gate_hides_a_head_on_dev_posts_and_recorded_texts() -> None:
    rng = random.Random(27)
    assert [d for post in _POSTS for d in _hidden(post, rng)] == []
    # (both answers are asked: each gate says "none" of most posts and holds in some)
    for name, number, _ in _GATES:
        said = [holds(post, number) for post in _POSTS]
        assert any(said) and not all(said), name


def test_hedged_call_and_side_words_answer_the_same_with_the_pass() -> None:
    rng = random.Random(2727)
    for post in _POSTS:
        holds(post, 0)
        cut = rng.randrange(len(post) + 1)
        before = post[:cut]
        assert hedged_call.hedged_call(before, post) == hedged_call.hedged_call(_copy(before))
        holds(post, 0)
        assert sides.side_from_words(post) == sides.side_from_words(_copy(post)), post[:80]


_SIGNS = (" ", "\n", ":", "-", "/", "1", "0.5", "#", "(", "🚀", "ы", "$")
_MADE_UP_WORDS = ("entry", "long", "short", "buy", "sell", "stop", "trap", "early", "shorts")


@pytest.mark.parametrize("seed", range(3))
def test_made_up_posts_of_the_heads(seed: int) -> None:
    """Made-up texts of the heads, their halves and signal words (made up, not real posts)."""
    rng = random.Random(seed)
    heads = sorted({h for _, _, hs in _GATES for h in hs or ()})
    pieces = [*heads, *(h[: len(h) // 2] for h in heads), *_MADE_UP_WORDS]
    for _ in range(1500):
        post = word_text(rng, pieces, _SIGNS, most=14, word_share=0.6, space_share=0.3)
        assert _hidden(post, rng) == [], post
        holds(post, 0)
        before = post[: rng.randrange(len(post) + 1)]
        assert hedged_call.hedged_call(before, post) == hedged_call.hedged_call(_copy(before))
        holds(post, 0)
        assert sides.side_from_words(post) == sides.side_from_words(_copy(post)), post


# --- char_scans.date_starts by str.find (session 27, lever 2) ---


def _date_starts_by_loop(text: str) -> list[int]:
    """date_starts as session 26 wrote it: a loop reading every character (the reference)."""
    from parsers.char_scans import _date_after

    out: list[int] = []
    for i in range(len(text) - 4):
        c = ord(text[i])
        if (c == 0x2E or c == 0x2F or c == 0x2D) and _date_after(text, i):
            for at in range(max(i - 4, 0), i):
                if not out or at > out[-1]:
                    out.append(at)
    return out


def _raw_texts() -> list[str]:
    from tests.parsers.readings import messages

    raw = [case.text for case in load_split("dev") if case.text]
    raw += [text for _, text in messages()]
    return list(dict.fromkeys(raw))


def test_date_starts_finds_the_loops_places_on_dev_posts_and_recorded_texts() -> None:
    from parsers.char_scans import date_starts

    texts = _raw_texts()
    differ = [
        t[:80]
        for t in texts
        for x in (t, lower(normalize(t)))
        if date_starts(x) != _date_starts_by_loop(x)
    ]
    assert differ == []
    assert sum(1 for t in texts if date_starts(t)) > 20  # (dates are there: both answers asked)


@pytest.mark.parametrize("seed", range(3))
def test_date_starts_finds_the_loops_places_on_random_texts(seed: int) -> None:
    """Made-up texts of digits, the three separators and other characters, every length from 0
    (short texts, a separator near the end: the bound)."""
    from parsers.char_scans import date_starts

    rng = random.Random(seed)
    alphabet = "0123456789" * 3 + "./-" * 3 + " \n:a🚀ы,"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 24)))
        assert date_starts(text) == _date_starts_by_loop(text), text
    for text in ("", "1.2", "1.2.3", "12.05.24", "x12.05.24", "1-2-33", "1/2/33 1.2.33", "1.22.33"):
        assert date_starts(text) == _date_starts_by_loop(text), text
