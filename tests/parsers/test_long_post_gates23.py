"""Session 23's gates against a 1 MB post: each gated answer equals the ungated one.

parsers/target_plan._before_from starts _BEFORE's search near the label, not at its line's
start; parsers/followup_marks.follow_up_marks runs each pattern only where its literals are.
The bench's 1 MB posts had gone from 15 ms to 110 ms (a signal) and from 3 ms to 38 ms (a
follow-up) without them; the speed is the bench's to measure (`make bench`, one_mb_ms), the
sameness is this file's.
"""

from __future__ import annotations

import random

from parsers import followup_marks as fm
from parsers import target_plan as tp

_WORDS = (
    "tp",
    "TP",
    "target",
    "Target",
    "тейк",
    "1",
    "2",
    "3",
    "1-й",
    "second",
    "перв",
    "первый",
    "50%",
    "закрываем",
    "🎯",
    "hit",
    "HIT",
    "done",
    "reached",
    "1\ufe0f\u20e3",
    "2\u20e3",
    "②",
    "🔟",
    "✅",
    "#eth",
    "$btc",
    "x",
    ",",
    ";",
    "(",
    "\n",
    " ",
    "  ",
    "\t",
    "𝟰",
)


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(_WORDS) + rng.choice(("", " ", "  ")) for _ in range(rng.randint(1, 40)))
        for _ in range(count)
    ]


def test_before_from_when_any_label_then_same_match_as_from_line_start() -> None:
    for text in _texts(23, 3000):
        low = text.lower()
        for start in range(len(low) + 1):
            whole = tp._BEFORE.search(low, low.rfind("\n", 0, start) + 1, start)
            near = tp._BEFORE.search(low, tp._before_from(low, start), start)
            assert (whole and whole.span()) == (near and near.span()), (low, start)
            assert (whole and whole.groups()) == (near and near.groups()), (low, start)


def test_follow_up_marks_when_gated_then_same_text_as_ungated() -> None:
    for text in _texts(2023, 5000):
        ungated = (
            text
            if text.isascii()
            else fm._MARKED_VERB.sub(
                fm._spaced,
                fm._KEY_TICKED.sub(fm._tp_digit, fm._AFTER_TARGET.sub(fm._digits, text)),
            )
        )
        assert fm.follow_up_marks(text) == ungated, text
