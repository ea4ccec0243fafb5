"""Session 27 (i13-speed28): what session 27's new rules cost, cut without changing a reading.

target_placeholder's empty labels ("TP3:" over "SL: 2900", i13-wrong28): `_EMPTY.finditer` of
the whole post, asked twice a post (once for an entry, once for a target), became one ask whose
matches are kept for both, and the search of the whole post (a line-start pattern tried at every
character) became `_empty_lines`, a match tried only at the starts of the lines whose last
character but blanks is ":" or "=" and of the lines before them. Here `_empty_lines` finds what
`finditer` found (the same spans, the same labels) on every dev post and recorded reading's text,
random texts of the labels' words and signs, and made-up posts; and the reader refuses what it
refused (the readings, tests/parsers/readings.py, hold it for the whole reader)."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from parsers import card_reports, target_placeholder
from parsers.normalize import lower, normalize
from parsers.signal_parser import read_signal
from tests.parsers.corpus_score import load_split
from tests.parsers.word_texts import word_text


def _posts() -> list[str]:
    from tests.parsers.readings import messages

    raw = [case.text for case in load_split("dev") if case.text]
    raw += [text for _, text in messages()]
    return [lower(normalize(text)) for text in dict.fromkeys(raw)]


def _spans(found: object) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group("kind")) for m in found]  # type: ignore[attr-defined]


def _differs(low: str) -> bool:
    old = _spans(target_placeholder._EMPTY.finditer(low))
    return old != _spans(target_placeholder._empty_lines(low))


def test_empty_lines_finds_what_finditer_found_on_dev_posts_and_recorded_texts() -> None:
    posts = _posts()
    assert len(posts) > 5000
    assert [p[:80] for p in posts if _differs(p)] == []
    # (and each post with a line break or two more, and its lines' ends blanked)
    assert [p[:80] for p in posts if _differs(p.replace(":\n", ": \t\n"))] == []


_WORDS = (
    "entry", "entry 2", "tp", "tp1", "tp 3", "t.p.2", "target", "target 4", "take profit 1",
    "take", "profit2", "take-profit3", "sl", "stop", "3120", "0.5", "#2", "dca", "long", "🎯",
)  # fmt: skip
_SIGNS = (":", "=", "\n", "\n", " ", "\t", "\u00a0", "\u2003", "-", "—", "\r", "#", "1", "12")


@pytest.mark.parametrize("seed", range(4))
def test_empty_lines_finds_what_finditer_found_on_texts_of_the_words(seed: int) -> None:
    rng = random.Random(seed)
    texts = [
        word_text(rng, _WORDS, _SIGNS, most=16, word_share=0.5, space_share=0.2)
        for _ in range(5000)
    ]
    assert [t for t in texts if _differs(t)] == []


def test_made_up_posts() -> None:
    """Made-up forms: the empty entry or target label is refused as before; a full card is not;
    "take" over "profit 1:" (the one match holding a line break before its colon) is found."""
    refused = read_signal("BTC/USDT LONG\nEntry 1: 60000\nEntry 2:\nTP: 62000\nSL: 58000")
    assert (
        refused is not None
        and refused.needs_review
        and "entry is written 'Entry 2:'" in refused.review[0]
    )
    refused = read_signal("ETH LONG\nEntry: 3000\nTP1: 3100\nTP2:\nSL: 2900")
    assert (
        refused is not None
        and refused.needs_review
        and "target is written 'TP2:'" in refused.review[0]
    )
    read = read_signal("ETH LONG\nEntry: 3000\nTP1: 3100\nTP2: 3200\nSL: 2900")
    assert read is not None and not read.needs_review and read.take_profits == [3100.0, 3200.0]
    low = "eth long\nentry: 3000\ntake\nprofit 1:\nsl: 2900"
    assert [k for _, k in _spans(target_placeholder._empty_lines(low))] == ["take\nprofit"]
    assert not _differs(low)


# card_reports._first_target_marked (i13-wrong28 asked _own_lines of every card with two targets
# or more): the card with no pictograph after its first target answers None before the other
# tails' searches and _own_lines (a match of _MARK_THEN_SEP is a match of _PICTOGRAPH), and
# _own_lines finds the line break with str.find over the range, not an `in` test of a slice.


def _first_target_marked_before(sig: object, low: str) -> str | None:
    """card_reports._first_target_marked as main (f942cb58) wrote it."""
    from itertools import pairwise

    from parsers.card_reports import _BARE, _GAIN_MARKS, _PENDING, _SIGNED_GAIN, _TICKS

    spans = sig.norm_spans.get("take_profits", [])  # type: ignore[attr-defined]
    if len(spans) < 2:
        return None
    tails = []
    for i, (_, end) in enumerate(spans):
        stop = low.find("\n", end)
        stop = len(low) if stop < 0 else stop
        if i + 1 < len(spans) and spans[i + 1][0] < stop:
            stop = spans[i + 1][0]
        tails.append(low[end:stop])
    first = tails[0]
    tick = next((t for t in _TICKS if t in first), None)
    if tick is not None and any(p in tail for tail in tails[1:] for p in _PENDING):
        return tick
    gain = _SIGNED_GAIN.search(first)
    if gain is not None and any(mark in first for mark in _GAIN_MARKS):
        if all(_BARE.fullmatch(tail) is not None for tail in tails[1:]):
            return first.strip()
    own = all("\n" in low[end:start] for (_, end), (start, _) in pairwise(spans))
    pictograph, then_sep = card_reports._PICTOGRAPH, card_reports._MARK_THEN_SEP
    marked = [(pictograph if own else then_sep).search(tail) for tail in tails[:-1]]
    marked.append(pictograph.search(tails[-1]))
    led = next((i for i, m in enumerate(marked) if m is None), len(marked))
    if 0 < led < len(tails) and not any(marked[led:]):
        if all(_BARE.fullmatch(tail) is not None for tail in tails[led:]):
            mark = marked[0]
            return mark.group() if mark is not None else None
    return None


def _cards() -> list[str]:
    raw = [case.text for case in load_split("dev") if case.text]
    made_up = [  # (made up: marks after the first targets, on lines of their own or one line)
        "ETH LONG\nEntry: 3000\nTP1: 3100 🔥\nTP2: 3200\nTP3: 3300\nSL: 2900",
        "ETH LONG\nEntry: 3000\nTargets: 3100 🔥 - 3200 - 3300\nSL: 2900",
        "ETH LONG\nEntry: 3000\nTargets: 🎯 3100 🎯 3200 🎯 3300\nSL: 2900",
        "ETH LONG\nEntry: 3000\nTP1: 3100 ✅\nTP2: 3200 ⏳\nSL: 2900",
        "ETH LONG\nEntry: 3000\nTP1: 3100 (+5%) 🔥\nTP2: 3200\nSL: 2900",
    ]
    return [*raw, *made_up]


def test_first_target_marked_answers_as_before_on_dev_cards() -> None:
    seen = 0
    for text in _cards():
        sig = read_signal(text)
        if sig is None or len(sig.norm_spans.get("take_profits", [])) < 2:
            continue
        low = sig.norm_text.lower()
        seen += 1
        assert card_reports._first_target_marked(sig, low) == _first_target_marked_before(
            sig, low
        ), text[:80]
        # (and the card with its targets' spans shifted to other places of the post)
        rng = random.Random(len(text))
        ends = sorted(rng.randrange(len(low) + 1) for _ in range(6))
        moved = [(ends[i], ends[i + 1]) for i in range(0, 6, 2)]
        shifted = replace(sig, norm_spans={**sig.norm_spans, "take_profits": moved})
        assert card_reports._first_target_marked(shifted, low) == _first_target_marked_before(
            shifted, low
        ), text[:80]
    assert seen > 1000
