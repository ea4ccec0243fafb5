"""parsers/lead_first.py: a pattern rewritten to open each alternative with a literal finds the
same matches at the same places as the pattern it was written from (on random texts of the
pattern's own words and on dev posts), and the modules search with the rewritten forms."""

from __future__ import annotations

import random
import re

import pytest

from parsers import call_doubts, entry_kinds, moved_level_ru, normalize, reports, trigger, unread
from parsers.lead_first import REWRITTEN, lead_first
from parsers.normalize import lower
from tests.parsers.corpus_score import load_split

REWRITES = [
    # a look-behind moved past the character it stood before
    (r"(?<!\w)ab", r"a(?<!\wa)b"),
    (r"(?<![-=])>(?!>)", r">(?<![-=]>)(?!>)"),
    (r"(?<!\w)\$x", r"\$(?<!\w\$)x"),
    (r"(?<!\w)(?<!if\s)ab", r"a(?<!\wa)(?<!if\sa)b"),
    # a leading group distributed, each alternative then rewritten
    (r"(?<!\w)(?:on|after)\sx(?!\w)", r"o(?<!\wo)n\sx(?!\w)|a(?<!\wa)fter\sx(?!\w)"),
    (r"(?:buy|sell)[\s-]stop", r"buy[\s-]stop|sell[\s-]stop"),
    # a small leading class split into one alternative a character
    (r"[ıi]r|k", r"ır|ir|k"),
    # left as they are: a capturing group, an optional group, a class of many, a class escape
    (r"(?<!\w)(a)b", r"(?<!\w)(a)b"),
    (r"(?<!\w)(?:a|b)?c", r"(?<!\w)(?:a|b)?c"),
    (r"(?<!\w)[a-z]x", r"(?<!\w)[a-z]x"),
    (r"(?<!\w)\dx", r"(?<!\w)\dx"),
    (r"(?<!\w)a*b", r"(?<!\w)a*b"),
]


@pytest.mark.parametrize(("pattern", "want"), REWRITES)
def test_lead_first_when_pattern_then_rewritten_form(pattern: str, want: str) -> None:
    assert lead_first(pattern) == want


def _words(pattern: str) -> list[str]:
    return sorted(set(re.findall(r"[^\W\d_]+", pattern)))


_GLUE = (" ", " ", "\n", "-", ":", "(", ")", "0.5", "@", ">", "<", "=", "a", "/", "'", "4h ", "$")


def _texts(pattern: str, rng: random.Random, n: int) -> list[str]:
    words = _words(pattern) or ["a"]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 8)):
            parts.append(rng.choice(words))
            parts.append(rng.choice(_GLUE))
        out.append("".join(parts))
    return out


def _spans(p: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in p.finditer(text)]


_DEV = [lower(c.text) for c in load_split("dev")][::20]


def _compare(source: str, rewritten: str, seed: int) -> int:
    """How many texts hold a match; every match the same in both."""
    old, new = re.compile(source), re.compile(rewritten)
    found = 0
    for text in [*_texts(source, random.Random(seed), 300), *_DEV]:
        want = _spans(old, text)
        assert _spans(new, text) == want, (source[:60], text)
        # (searched from inside the text too: a look-behind sees the characters before pos)
        inner = old.search(text, 1, len(text) - 1)
        got = new.search(text, 1, len(text) - 1)
        assert (got and got.span()) == (inner and inner.span()), (source[:60], text)
        found += bool(want)
    return found


def test_lead_first_when_parser_patterns_then_same_matches() -> None:
    # Every pattern the parser's modules compiled through lead_first (at their import) and that
    # it rewrote: the same matches as its source.
    assert len(REWRITTEN) >= 15
    found = 0
    for i, (source, rewritten) in enumerate(sorted(REWRITTEN.items())):
        assert re.compile(rewritten).pattern == lead_first(source)
        found += _compare(source, rewritten, i) > 0
    assert found >= len(REWRITTEN) // 2  # (the texts reach most patterns' words)


def test_lead_first_when_modules_then_rewritten_patterns_searched() -> None:
    rewritten = set(REWRITTEN.values())
    for compiled in (
        trigger._ANY,
        trigger._MENTION,
        trigger._CONDITION,
        trigger._STATEMENT,
        *trigger._OWN_STOP.values(),
        reports._TARGET_REPORTED,
        unread._NO_STOP,
        moved_level_ru._MOVED_STOP_RU,
        call_doubts._BTC_PAIR,
        call_doubts._CHANGED,
        call_doubts._IN_PROFIT,
        call_doubts._NOT_NOW,
        call_doubts._ENTRY_RULE,
        normalize._HANDLE,
        *(p for _, p, _ in entry_kinds._SEARCHES),
    ):
        assert compiled.pattern in rewritten
