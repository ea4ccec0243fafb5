"""Session 28 (i13-speed33): the doubt checks' walks made cheaper without changing a reading.

- Lever A: the post's first line taken without copying the post twice (`quick_tests.first_line`
  for `text.lstrip().split("\\n", 1)[0]`, in card_reports._heading and call_doubts' gain
  heading); numbered_targets.numbered_two_prices lowers the post only once a line holds two
  targets.
- Lever B: call_framing._index_read compares a target with its place's number only when their
  lengths agree, with no slices of the targets' list. (_index_twice's `_INDEX.match` walked by
  hand, `_index_at`, was measured dearer compiled than the match: +1,000 a bench message; not
  kept. _index_twice is still compared with main's copy below.)

Each is proven here against the code it replaces on every dev post and recorded reading's text,
moved spans and random texts of the patterns' words and signs (the readings,
tests/parsers/readings.py, hold it for the whole reader).
"""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from parsers import call_framing, example_frame, numbered_targets
from parsers.models import ParsedSignal
from parsers.quick_tests import first_line
from parsers.signal_parser import read_signal
from tests.parsers.test_speed26 import _POSTS, _RAW  # (every dev post and recorded text)
from tests.parsers.word_texts import word_text


def _signals() -> list[ParsedSignal]:
    made_up = [  # (made up: cards numbered alike, indexes read as targets, two prices a line)
        "ETH LONG\nEntry: 3000\n1) 3100\n1) 3200\nSL: 2900",
        "ETH LONG\nEntry: 3000\nTP1 3100\nTP1 3200\nSL: 2900",
        "ETH LONG\nEntry: 3000\nTake Profits: | 1 - 3100 | 2 - 3200\nSL: 2900",
        "ETH LONG\nEntry: 3000\nTP3 3160/3165\nTP4 3300\nSL: 2900",
        "ETH LONG\nEntry: 3000\nTake-profit 1: 3100\nTake-profit 1: 3200\nSL: 2900",
    ]
    out = []
    for text in [*_RAW, *made_up]:
        sig = read_signal(text)
        if sig is not None and len(sig.norm_spans.get("take_profits", [])) > 1:
            out.append(sig)
    return out


_SIGNALS = _signals()


def _refused_with(rows: tuple[tuple[str, str], ...]) -> None:
    """Each made-up post refused, one of its reasons holding the words given."""
    for text, why in rows:
        sig = read_signal(text)
        assert sig is not None and sig.needs_review, text
        assert any(why in r for r in sig.review), (text, sig.review)


# Lever A: the first line.


def test_first_line_is_lstrip_split_on_every_post_and_raw_text() -> None:
    texts = [*_RAW, *_POSTS]
    texts += [" \n\t\u2003\u00a0" + t for t in texts[:500]]
    texts += ["", " ", "\n", "\n\n a", "a", "\u2028x\ny", "\x1c\x1d a\nb", "\u200bx\ny"]
    assert [t[:80] for t in texts if first_line(t) != t.lstrip().split("\n", 1)[0]] == []


@pytest.mark.parametrize("seed", range(3))
def test_first_line_on_random_blanks(seed: int) -> None:
    rng = random.Random(seed)
    signs = (" ", "\t", "\n", "\r", "\u00a0", "\u2003", "\u3000", "\x0b", "\x1f", "\u200b", "a")
    texts = [word_text(rng, ("tp", "🎯", "#1"), signs, most=12, word_share=0.3, space_share=0.3)]
    texts += [
        word_text(rng, ("tp", "🎯", "#1"), signs, most=12, word_share=0.3, space_share=0.3)
        for _ in range(5000)
    ]
    assert [t for t in texts if first_line(t) != t.lstrip().split("\n", 1)[0]] == []


def _numbered_two_prices_before(sig: ParsedSignal) -> str | None:
    """numbered_targets.numbered_two_prices as main (53be5709) wrote it."""
    spans = sig.norm_spans.get("take_profits", ())
    if len(spans) < 2:
        return None
    text = sig.norm_text
    low = text.lower()
    lines: dict[int, int] = {}
    for at, _ in spans:
        start = text.rfind("\n", 0, at) + 1
        lines[start] = lines.get(start, 0) + 1
    for start, count in lines.items():
        if count < 2:
            continue
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        m = numbered_targets._NUMBERED.match(low, start, end)
        if m is None or numbered_targets._ANOTHER.search(low, m.end(), end) is not None:
            continue
        return (
            f"'{text[start:end].strip()}' gives one numbered target two prices, read as two"
            " targets: a zone, an alternative or a note? Which targets are meant is a guess"
        )
    return None


# Lever B: the targets' indexes.


def _index_twice_before(sig: ParsedSignal, low: str, spans: list[tuple[int, int]]) -> str | None:
    """call_framing._index_twice as main (53be5709) wrote it."""
    seen: dict[str, int] = {}
    for start, end in spans:
        line = low.rfind("\n", 0, start) + 1
        m = call_framing._INDEX.match(low, line)
        if m is None or m.end() > start:
            continue
        index = m.group(1)
        if index in seen and seen[index] != line:
            return (
                f"two targets are numbered {index} ('{sig.norm_text[line:end].strip()}'): which"
                " is that target, and is the other one more? Which targets are meant is a guess"
            )
        seen[index] = line
    return None


def _index_read_before(sig: ParsedSignal, spans: list[tuple[int, int]]) -> str | None:
    """call_framing._index_read as main (53be5709) wrote it."""
    text = sig.norm_text
    for n, ((start, end), (after, _)) in enumerate(zip(spans, spans[1:], strict=False), 1):
        if (
            text[start:end] != str(n)
            or call_framing._INDEX_MARK.fullmatch(text, end, after) is None
        ):
            continue
        if text[:start].rstrip(" \t")[-1:].isalnum():
            continue
        if text[after : spans[n][1]] == str(n + 1):
            continue
        if n + 1 < len(spans) and text[spans[n][1] : spans[n + 1][0]] == text[end:after]:
            continue
        return (
            f"'{text[start:end]}' is read as a target right before '{text[after : spans[n][1]]}':"
            " the list's index, or a target? Which targets are meant is a guess"
        )
    return None


def test_targets_checks_answer_as_before_on_every_card() -> None:
    assert len(_SIGNALS) > 1000
    for sig in _SIGNALS:
        low = sig.norm_text.lower()
        spans = sig.norm_spans["take_profits"]
        rng = random.Random(len(low))
        ends = sorted(rng.randrange(len(low) + 1) for _ in range(6))
        moved = [(ends[i], ends[i + 1]) for i in range(0, 6, 2)]
        # (the card's own targets; moved to other places of the post; each shortened to its
        # first character, as a list's index "1" would be)
        shortened = [(at, min(at + 1, to)) for at, to in spans]
        for targets in (spans, moved, shortened):
            moved_sig = replace(sig, norm_spans={**sig.norm_spans, "take_profits": targets})
            assert call_framing._index_twice(moved_sig, low, targets) == _index_twice_before(
                moved_sig, low, targets
            ), sig.norm_text[:80]
            assert call_framing._index_read(moved_sig, targets) == _index_read_before(
                moved_sig, targets
            ), sig.norm_text[:80]
            assert numbered_targets.numbered_two_prices(moved_sig) == _numbered_two_prices_before(
                moved_sig
            ), sig.norm_text[:80]


def test_made_up_cards_refused_as_before() -> None:
    """Made-up cards: numbered alike, an index read as a target, two prices on a numbered line:
    each refused with its reason; a plain card read."""
    _refused_with(
        (
            # (numbered alike: refused by the label rules before the doubt checks ask)
            ("ETH LONG\nEntry: 3000\n1) 3100\n1) 3200\nSL: 2900", "no label claims"),
            ("ETH LONG\nEntry: 3000\nTP1 3100\nTP1 3200\nSL: 2900", "a second price"),
            (
                "ETH LONG\nEntry: 3000\nTP3 3160/3165\nTP4 3300\nSL: 2900",
                "gives one numbered target",
            ),
        )
    )
    sig = read_signal("ETH LONG\nEntry: 3000\nTP1: 3100\nTP2: 3200\nSL: 2900")
    assert sig is not None and not sig.needs_review and sig.take_profits == [3100.0, 3200.0]


# Lever C: a struck number searched without the combining stroke's alternative in a post holding
# no combining stroke.

_STRUCK_WORDS = (
    "~~4.1~~", "~4.1~", "~ 4.1 ~", "~~", "~", "<s>4.1</s>", "<del>0.5</del>", "<strike>3",
    "</strike>", "<s>", "</s>", "<b>", "4̶.̶1̶", "\u0336", "0.95", "12", "entry:", "tp1",
)  # fmt: skip
_STRUCK_SIGNS = (" ", " ", "\n", "\t", "\u00a0", "~", "<", ">", "/", ".", ",", "1", "9", "-")


def _struck_differs(raw: str) -> bool:
    from parsers import card_reports as cr

    cut = "\u0336" not in raw
    pairs = ((cr._STRUCK, cr._STRUCK_MARKED), (cr._STRUCK_THEN, cr._STRUCK_THEN_MARKED))
    for whole, marked in pairs:
        old = whole.search(raw)
        new = (whole if not cut else marked).search(raw)
        if (old and (old.span(), old.group())) != (new and (new.span(), new.group())):
            return True
    return False


def test_struck_marked_finds_what_struck_found() -> None:
    texts = [*_RAW, *(t.replace("0", "~0~") for t in _RAW[:2000])]
    texts += [t.replace(".", "<s>.</s>") for t in _RAW[:2000]]
    assert [t[:80] for t in texts if _struck_differs(t)] == []


@pytest.mark.parametrize("seed", range(3))
def test_struck_marked_on_texts_of_the_words(seed: int) -> None:
    rng = random.Random(seed)
    texts = [
        word_text(rng, _STRUCK_WORDS, _STRUCK_SIGNS, most=12, word_share=0.5, space_share=0.2)
        for _ in range(6000)
    ]
    assert [t for t in texts if _struck_differs(t)] == []


def test_made_up_struck_cards() -> None:
    """Made-up cards: a struck target is a report, a struck entry and its correction a call to
    confirm, with a combining stroke or without."""
    _refused_with(
        (
            ("ETH LONG\nEntry: 3000\nTP1: ~~3100~~\nTP2: 3200\nSL: 2900", "struck through"),
            ("ETH LONG\nEntry: ~~3000~~ 2950\nTP1: 3100\nSL: 2900", "struck through"),
            ("ETH LONG\nEntry: 3000\nTP1: 3̶1̶0̶0̶\nTP2: 3200\nSL: 2900", "struck through"),
        )
    )


# Lever D: call_framing's example frame as two searches (its line alternative alone, the others
# led by a literal), and its question frame led by a literal (lead_first; test_lead_first
# compares every rewrite registered with its source too).

_EXAMPLE_WORDS = (
    "example", "example:", "example -", "sample", "this is", "how", "a", "our", "the", "my",
    "signal", "signals", "calls", "setup", "looks", "look", "like", "is written", "what",
    "card", "trade", "you", "we", "let's", "let’s", "пример", "образец", "нашего", "сигнала",
    "👇", "⬇", "show", "examples",
)  # fmt: skip
_EXAMPLE_SIGNS = (" ", " ", " ", "\n", "\n", "\t", ":", "-", "–", "•", "🎯", "1", "x", "_")


def _example_differs(low: str) -> bool:
    from parsers import call_framing as cf

    old, new = cf._EXAMPLE.search(low), cf._example(low)
    return (old and old.span()) != (new and new.span())


def test_example_frame_is_the_pattern_on_every_post() -> None:
    from parsers import call_framing as cf

    assert cf._FRAMES[cf._EXAMPLE_AT][1] is cf._EXAMPLE
    assert cf._EXAMPLE.pattern == example_frame._AT_LINE + "|" + example_frame._SAID
    assert [p[:80] for p in _POSTS if _example_differs(p)] == []


@pytest.mark.parametrize("seed", range(4))
def test_example_frame_on_texts_of_the_words(seed: int) -> None:
    rng = random.Random(seed)
    texts = [
        word_text(rng, _EXAMPLE_WORDS, _EXAMPLE_SIGNS, most=14, word_share=0.6, space_share=0.4)
        for _ in range(6000)
    ]
    assert sum(bool(_example_differs(t)) for t in texts) == 0
    from parsers import call_framing as cf

    assert sum(cf._EXAMPLE.search(t) is not None for t in texts) > 10  # (the texts reach it)


def test_question_frame_is_led() -> None:
    from parsers import call_framing as cf
    from parsers.lead_first import REWRITTEN

    assert cf._QUESTION.pattern in REWRITTEN.values()
    source = next(s for s, r in REWRITTEN.items() if r == cf._QUESTION.pattern)
    import re

    old = re.compile(source)
    for low in _POSTS:
        a, b = old.search(low), cf._QUESTION.search(low)
        assert (a and a.span()) == (b and b.span()), low[:80]


def test_made_up_framed_calls() -> None:
    """Made-up posts: a lesson's example and a question refused with the frame's reason."""
    _refused_with(
        (
            ("Example: you buy #BTC at 60000\nTarget: 62000\nStop loss: 58000", "example"),
            ("This is how a signal looks:\n#ETH LONG\nEntry: 3000\nTP: 3100\nSL: 2900", "example"),
            ("Would you long #SOL here?\nEntry: 150\nTP: 160\nSL: 140", "question"),
        )
    )
