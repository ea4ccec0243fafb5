"""Session 30 (i13-speed39): levers on the checks after the lines are read, each proven exact.

Each lever answers as the code it replaced, compared on every dev post and recorded reading's
text, on random texts and on hypothesis texts (a row a lever; none greps a source file); the
rows run against the compiled modules and the pure-Python ones alike:

- A, `signal_parser._read(..., valid_only=True)`, the second readings' reading: the very same
  reading where the full one is valid; None or the same reading where it is not (the callers,
  levels_above_analysis, levels_beside_notes, levels_not_from_notes and glued_agree, take a
  re-reading only when valid). Asked of the posts as written, of their unglued copies and of the copies the second
  readings make (the analysis section, the note lines blanked).
- C, `notes._sentence`: one search for six runs of letters and one for twelve CJK characters,
  where main listed every word of the line (`_sentence_before`, main's 85bafd07).
"""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers import notes, signal_parser
from parsers.normalize import normalize, two_colons, unglue
from parsers.not_prices import blank_lines
from parsers.quote_card import without_quote_cards
from tests.parsers.readings import signal_reading
from tests.parsers.test_speed26 import _RAW  # (every dev post and recorded text)
from tests.parsers.word_texts import word_text

# A: the second readings read for their validity only.


def _variants(text: str) -> list[str]:
    """The texts a second reading reads of text: the post itself, unglued, without its note
    lines, without what follows an analysis heading (blanked as the second readings blank)."""
    norm = without_quote_cards(normalize(text))
    out = [norm]
    if two_colons(norm) and (glued := unglue(norm)) != norm:
        out.append(glued)
    parts = notes.note_lines(norm)
    if parts:
        cut = norm
        for a, b in parts:
            cut = cut[:a] + blank_lines(cut[a:b]) + cut[b:]
        out.append(cut)
    m = re.search(r"(?im)^[^\w\n]{0,6}(?:reasons?\s|technical\s|why\sthis)", norm)
    if m is not None and m.start() > 0:
        out.append(norm[: m.start()] + blank_lines(norm[m.start() :]))
    return out


def _differ(texts: list[str], status: bool) -> tuple[list[str], int, int]:
    """The texts whose valid-only reading is not the full one's (or None where that is not
    valid), how many readings were valid, and how many invalid ones stopped early."""
    differ: list[str] = []
    valid = invalid = 0
    for text in texts:
        for norm in _variants(text):
            full = signal_parser._read(text, norm, status)
            fast = signal_parser._read(text, norm, status, True)
            if full is None or not full.is_valid():
                invalid += full is not None and fast is None  # (the reading stopped early)
                # (None, or the same invalid reading where the reason came after the last stop)
                if fast is not None and signal_reading(fast) != signal_reading(full):
                    differ.append(norm[:80])
            else:
                valid += 1
                if fast is None or signal_reading(fast) != signal_reading(full):
                    differ.append(norm[:80])
    return differ, valid, invalid


@pytest.mark.parametrize("status", [True, False])
def test_valid_only_reading_as_the_full_one_on_every_post(status: bool) -> None:
    # (Without status, the levels under a status line: every third post, for the suite's time.)
    differ, valid, invalid = _differ(_RAW if status else _RAW[::3], status)
    assert differ == []
    assert valid > 300 and invalid > 100  # (both kinds asked)


def _made_up(seed: int) -> list[str]:
    """Made-up posts: a call's lines (coin and side, entry, targets, stop) in a random order,
    some glued, with random notes, analysis headings and report words between them."""
    rng = random.Random(seed)
    noise = (
        *("Reasons for buying:", "The price is now 0.44 after bouncing from 0.40 support today"),
        *("RSI 61", "(1:3)", "not a signal", "TP1 hit ✅", "Example:", "Leverage: 10x", "🎯"),
        *("Technical analysis:", "- Weekly RSI at 55", "Support 0.40", "or", "✅", "0.47", "$"),
    )
    out = []
    for _ in range(1500):
        side = rng.choice(("LONG", "SHORT"))
        levels = (
            ("0.43", "0.46", "0.48", "0.41") if side == "LONG" else ("0.43", "0.41", "0.39", "0.45")
        )
        lines = [
            rng.choice(("BTC/USDT", "#ETH", "SOLUSDT", "$LINK")) + " " + side,
            "Entry: " + levels[0],
            "TP1: " + levels[1],
            "TP2: " + levels[2],
            rng.choice(("SL: ", "Stop loss ")) + levels[3],
        ]
        rng.shuffle(lines[1:])
        for _ in range(rng.randint(0, 3)):
            lines.insert(rng.randint(0, len(lines)), rng.choice(noise))
        sep = (rng.choice(("\n", "\n", "\n\n", "")) for _ in lines)
        out.append("".join(line + next(sep) for line in lines))
    return out


@pytest.mark.parametrize("seed", range(2))
def test_valid_only_reading_as_the_full_one_on_made_up_posts(seed: int) -> None:
    texts = _made_up(seed)
    differ, valid, invalid = _differ(texts, True)
    assert differ == []
    assert valid > 300 and invalid > 300


# C: notes._sentence by two searches.


def _sentence_before(line: str) -> bool:
    """main's notes._sentence (85bafd07)."""
    if len(re.findall(r"[^\W\d_]+", line)) >= notes.NOTE_WORDS:
        return True
    return len(re.findall(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", line)) >= notes.NOTE_CJK


def test_sentence_as_main_on_every_line_of_every_post() -> None:
    lines = [line for text in _RAW for line in (text.split("\n") + normalize(text).split("\n"))]
    differ = [line for line in lines if notes._sentence(line) != _sentence_before(line)]
    assert differ == []
    assert sum(map(notes._sentence, lines)) > 1000  # (sentences and level lines both asked)


_PIECES = (
    *("a", "bc", "Word", "é", "ß", "ab1", "1a", "_", "__x", "²", "½", "Ⅻ", "٣", "१", "0", "42"),
    *("中", "文字", "한", "ー", "ぁ", "ヿ", "㐀", "鿿", "가", "힯", "\u302f", "\u3400", "\uac00"),
)
_SIGNS = (" ", "\n", ".", "-", "🚀", "\u00a0", ",", "'", "’", ":", "\t", "|")


@pytest.mark.parametrize("seed", range(3))
def test_sentence_as_main_on_random_lines(seed: int) -> None:
    rng = random.Random(seed)
    lines = [
        word_text(rng, _PIECES, _SIGNS, most=40, word_share=0.6, space_share=0.3)
        for _ in range(20000)
    ]
    differ = [line for line in lines if notes._sentence(line) != _sentence_before(line)]
    assert differ == []
    found = sum(map(notes._sentence, lines))
    assert 1000 < found < len(lines) - 1000  # (both answers asked)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + _SIGNS), max_size=40))
def test_sentence_as_main_on_hypothesis_lines(parts: list[str]) -> None:
    line = "".join(parts)
    assert notes._sentence(line) == _sentence_before(line)
