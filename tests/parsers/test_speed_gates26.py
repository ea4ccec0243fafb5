"""The gates session 25 (i13-speed20) made of the `in` tests before the doubt checks' searches:
each tuple of words a post was asked for one by one (`any(h in low for h in HEADS)`, or a chain
of `or`s: an `in` scan of the post a word) is now one search of quick_tests.heads_gate(HEADS),
the words as a tree of their first characters (and holds_any gates a tuple of eight words or
more the same way). A gate must answer as the `in` tests did on every dev post, on random texts
of its words and their pieces, and on any words (hypothesis); the patterns searched behind a
gate are pinned (a row added to one must hold one of its gate's words, or it slips past the
gate), and where one matches a dev post its gate's words must be there."""

from __future__ import annotations

import hashlib
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers import (
    call_doubts,
    call_framing,
    call_lines,
    labels,
    list_notes,
    quick_tests,
    reports,
    target_placeholder,
)
from parsers.normalize import lower, normalize
from parsers.quick_tests import heads_gate, holds_any
from tests.parsers.corpus_score import load_split

# (module, gate, the words it stands for, the patterns searched only where it matches)
_GATES = (
    (
        "call_framing frames",
        call_framing._FRAMES_GATE,
        tuple(h for heads, _, _ in call_framing._FRAMES for h in heads),
        (),
    ),
    ("call_framing _CHANGE", call_framing._CHANGE_GATE, call_framing._CHANGE_HEADS, ()),
    (
        "call_doubts _CHANGED",
        call_doubts._CHANGED_GATE,
        call_doubts._CHANGED_HEADS,
        (call_doubts._CHANGED,),
    ),
    (
        "call_lines _EXAMPLE",
        call_lines._EXAMPLE_GATE,
        call_lines._EXAMPLE_HEADS,
        (call_lines._EXAMPLE, call_lines._EXAMPLE_NOTE),
    ),
    ("list_notes _HEADS", list_notes._HEADS_GATE, list_notes._HEADS, ()),
    ("reports _HEADING", reports._HEADING_GATE, reports._HEADING_STEMS, (reports._HEADING,)),
    (
        "reports _NO_TRADE",
        reports._NO_TRADE_GATE,
        reports._NO_TRADE_WORDS,
        (labels.NOT_SIGNAL._words,),
    ),
    (
        "target_placeholder _SAID",
        target_placeholder._SAID_GATE,
        target_placeholder._SAID,
        (target_placeholder._TO_COME,),
    ),
)
_IDS = [name for name, _, _, _ in _GATES]


def _dev_lows() -> list[str]:
    return [lower(normalize(case.text)) for case in load_split("dev") if case.text]


_LOWS = _dev_lows()


def _any_in(text: str, heads: tuple[str, ...]) -> bool:
    return any(h in text for h in heads)


@pytest.mark.parametrize(("name", "gate", "heads", "patterns"), _GATES, ids=_IDS)
def test_gate_is_its_words_now(
    name: str, gate: re.Pattern[str], heads: tuple[str, ...], patterns: tuple[re.Pattern[str], ...]
) -> None:
    """Each gate is built from its module's words as they are (a word added is in the gate)."""
    assert gate.pattern == heads_gate(heads).pattern, name


@pytest.mark.parametrize(("name", "gate", "heads", "patterns"), _GATES, ids=_IDS)
def test_gate_answers_as_the_in_tests_on_dev_posts(
    name: str, gate: re.Pattern[str], heads: tuple[str, ...], patterns: tuple[re.Pattern[str], ...]
) -> None:
    differ = [low[:60] for low in _LOWS if (gate.search(low) is not None) != _any_in(low, heads)]
    assert not differ, (name, differ[:3])
    # (the dev posts ask each gate both ways: not every post holds a word, nor none)
    assert any(_any_in(low, heads) for low in _LOWS), name


def _random_text(rng: random.Random, heads: tuple[str, ...]) -> str:
    """Words, their halves and their characters run together or spaced, emoji and Cyrillic."""
    bits: list[str] = []
    for _ in range(rng.randint(0, 10)):
        head = rng.choice(heads)
        roll = rng.random()
        if roll < 0.4:
            bits.append(head)
        elif roll < 0.7:
            cut = rng.randint(0, len(head))
            bits.append(head[:cut] if rng.random() < 0.5 else head[cut:])
        elif roll < 0.85:
            bits.append(rng.choice(head) * rng.randint(1, 2))
        else:
            bits.append(rng.choice((" ", "\n", "🚀", "ы", "x", "(", "?", ":", "1")))
    return "".join(bits)


@pytest.mark.parametrize(("name", "gate", "heads", "patterns"), _GATES, ids=_IDS)
def test_gate_answers_as_the_in_tests_on_random_texts(
    name: str, gate: re.Pattern[str], heads: tuple[str, ...], patterns: tuple[re.Pattern[str], ...]
) -> None:
    rng = random.Random(name)
    for _ in range(3000):
        text = _random_text(rng, heads)
        assert (gate.search(text) is not None) == _any_in(text, heads), (name, text)


# The patterns searched only where a gate matches, pinned: a row added to one must hold one of
# its gate's words (or the words be added to the gate's tuple), else it slips past the gate. Check
# the row, then write the new digest here. (required_literals cannot prove these: lead_first's
# look-behinds after the first letter and the groups of field words it prefers hide the words.)
_PINNED = {
    "labels.NOT_SIGNAL": "6e58e725df498e97",
    "target_placeholder._TO_COME": "e4c4519ad3d3bc1e",
    "call_doubts._CHANGED": "39078bc9ab49cc45",
    "call_lines._EXAMPLE": "a52ad242cb91b9f9",
    "call_lines._EXAMPLE_NOTE": "117e194887308c2a",
    "reports._HEADING": "4e95153cc80db130",
    "call_framing._WARNING": "51d6e445e1fee067",
    "call_framing._QUESTION": "2597a7ae29fc549b",
    "call_framing._NOT_NOW": "699459be7f21102b",
    "call_framing._EXAMPLE": "66eba64a04288f99",
    "call_framing._NO_CALL": "027041600f7278da",
    "call_framing._BTC_CONDITION": "63e71ac2319508a7",
    "call_framing._CHANGE_BEFORE": "d0ceaf583512ceb4",
}
_OF = {
    "call_doubts._CHANGED": call_doubts._CHANGED,
    "call_lines._EXAMPLE": call_lines._EXAMPLE,
    "call_lines._EXAMPLE_NOTE": call_lines._EXAMPLE_NOTE,
    "reports._HEADING": reports._HEADING,
    "labels.NOT_SIGNAL": labels.NOT_SIGNAL._words,
    "target_placeholder._TO_COME": target_placeholder._TO_COME,
    **{
        f"call_framing.{n}": getattr(call_framing, n)
        for n in (
            "_WARNING",
            "_QUESTION",
            "_NOT_NOW",
            "_EXAMPLE",
            "_NO_CALL",
            "_BTC_CONDITION",
            "_CHANGE_BEFORE",
        )
    },
}


@pytest.mark.parametrize("name", sorted(_PINNED))
def test_the_rows_behind_each_gate_are_pinned(name: str) -> None:
    digest = hashlib.sha256(_OF[name].pattern.encode()).hexdigest()[:16]
    assert digest == _PINNED[name], (
        f"{name} changed: does every new row hold one of its gate's words? Then pin {digest}"
    )


def test_the_pinned_rows_hold_their_words_on_dev_posts() -> None:
    """Where a pinned pattern matches a dev post, its gate's words are there."""
    checks = [
        (call_doubts._CHANGED, call_doubts._CHANGED_GATE),
        (call_lines._EXAMPLE, call_lines._EXAMPLE_GATE),
        (call_lines._EXAMPLE_NOTE, call_lines._EXAMPLE_GATE),
        (reports._HEADING, reports._HEADING_GATE),
        (target_placeholder._TO_COME, target_placeholder._SAID_GATE),
        (call_framing._CHANGE_BEFORE, call_framing._CHANGE_GATE),
        *((p, heads_gate(h)) for h, p, _ in call_framing._FRAMES),
    ]
    slipped = {
        m.group()
        for pattern, gate in checks
        for low in _LOWS
        if (m := pattern.search(low)) is not None and gate.search(low) is None
    }
    # Known since before session 25, left as it reads (the gate decides: the row is never asked
    # there; adding "n’t trade" to call_framing._NO_CALL_HEADS would change a reading): the
    # curly apostrophe of "don’t trade", which _NO_CALL's row takes and its words do not.
    assert slipped <= {"don’t trade"}, slipped


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.text(alphabet="abc?ы🚀 (", min_size=1, max_size=4), min_size=1, max_size=12),
    st.text(alphabet="abc?ы🚀 (\n", max_size=40),
)
def test_heads_gate_is_any_in(heads: list[str], text: str) -> None:
    """heads_gate and holds_any (which gates a tuple of eight words or more) on any words."""
    gate = heads_gate(heads)
    assert (gate.search(text) is not None) == _any_in(text, tuple(heads)), (heads, text)
    assert holds_any(text, tuple(heads)) == _any_in(text, tuple(heads))


def test_holds_any_gates_long_tuples_only() -> None:
    assert quick_tests._GATED == 8
    heads = tuple(f"w{i}x" for i in range(9))
    assert holds_any("a w8x b", heads) and not holds_any("a w9x b", heads)
    assert heads in quick_tests._GATES
    with pytest.raises(ValueError):
        heads_gate(("a", ""))
