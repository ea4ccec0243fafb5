"""Session 27 (i13-speed25): the line reader's digit and letter questions asked of compiled loops,
and two searches of parsers/unknown_labels.py skipped where their pattern cannot match.

Each shortcut must answer what the search it replaces answered. Here: `first_digit` and
`ascii_letter_count` against their patterns; `has_digit` with the bounds the line reader gives
it; and the two gates (a value with none of _OTHER_LABEL's separators after the first price has
no _OTHER_LABEL match there; one with no "/", "|" or "•" has no _FIELD_LABEL match and no
_FIELD_END match) on every line of every dev post and recorded reading's text, at every start a
field reader could give, and on random texts of the patterns' characters and words.
"""

from __future__ import annotations

import random
import re

import pytest

from parsers import fields, unknown_labels
from parsers.char_scans import (
    ascii_letter_count,
    digit_then_close,
    first_digit,
    has_digit,
    letter_run,
    letter_words,
    word_free,
)
from parsers.normalize import lower, normalize
from parsers.unknown_labels import other_label
from tests.parsers.corpus_score import load_split
from tests.parsers.word_texts import word_text

_DIGIT = re.compile(r"[0-9]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_WORD_FREE = re.compile(r"[^\w]*")
_THREE_LETTERS = re.compile(r"[^\W\d_]{3}")
_WORDS = re.compile(r"[^\W\d_]{2,}")


def _lines() -> list[str]:
    from tests.parsers.readings import messages

    raw = [case.text for case in load_split("dev") if case.text]
    raw += [text for _, text in messages()]
    out: list[str] = []
    for text in dict.fromkeys(raw):
        out += lower(normalize(text)).split("\n")
    return list(dict.fromkeys(out))


_LINES = _lines()
_PIECES = (
    "entry", "tp1", "sl", "zona", "precio", "btc", "usdt", "cmp", "exits", "úroveň", "target",
    "to", "and", "x10", "10x", "0.45", "1.2", "27 450", "38,900", "$", "→", "->", "👇", "➤",
    "1)", "(e.g.", "rr", "1:2", "%", "текущ", "市价", "٣", "²", "_", "ab_cd", "ﬁ", "Ⅻ", "(12)",
)  # fmt: skip
_SIGNS = (" ", "\t", ":", "=", "@", "-", "→", "/", " / ", "|", "•", ";", "(", ")", "5", "0.5", "#")


def _random_texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [
        word_text(rng, _PIECES, _SIGNS, most=16, word_share=0.5, space_share=0.4)
        for _ in range(count)
    ]


def _starts(text: str) -> list[int]:
    """Every start a field reader may give other_label: each price's end, and a few more."""
    return sorted({0, len(text), *(m.end() for m in _DIGIT.finditer(text))})


def _gate_misses(text: str) -> list[tuple[str, str, int]]:
    """The gates said "no match" where the pattern has one."""
    out: list[tuple[str, str, int]] = []
    fields = "|" in text or "/" in text or "•" in text
    if not fields:
        if unknown_labels._FIELD_LABEL.search(text) is not None:
            out.append(("field label", text, 0))
        if unknown_labels._FIELD_END.search(text) is not None:
            out.append(("field end", text, 0))
    for at in _starts(text):
        if not unknown_labels._separator_from(text, at):
            if unknown_labels._OTHER_LABEL.search(text, at) is not None:
                out.append(("other label", text, at))
    return out


def test_the_gates_are_exact_on_every_dev_and_recorded_line() -> None:
    misses = [miss for line in _LINES for miss in _gate_misses(line)]
    assert misses == []


@pytest.mark.parametrize("seed", range(3))
def test_the_gates_are_exact_on_random_texts(seed: int) -> None:
    misses = [miss for text in _random_texts(seed, 3000) for miss in _gate_misses(text)]
    assert misses == []


def test_the_separator_scan_answers_the_find_of_each_separator() -> None:
    for text in [*_LINES[:3000], *_random_texts(7, 2000)]:
        for at in (-3, 0, 1, len(text) // 2, len(text), len(text) + 2):
            found = any(text.find(c, max(at, 0)) >= 0 for c in ":=@→-")
            assert unknown_labels._separator_from(text, at) == found, (text, at)


def _digit_and_letter_differences(text: str) -> list[str]:
    out: list[str] = []
    m = _DIGIT.search(text)
    if first_digit(text) != (m.start() if m else -1):
        out.append("first_digit")
    if ascii_letter_count(text) != len(_ASCII_LETTER.findall(text)):
        out.append("ascii_letter_count")
    if word_free(text) != (_WORD_FREE.fullmatch(text) is not None):
        out.append("word_free")
    if not digit_then_close(text) and fields._INLINE_INDEX.search(text) is not None:
        out.append("digit_then_close")
    n = len(text)
    for a, b in ((0, n), (1, n // 2), (n // 3, n + 5), (n, n), (2, 1)):
        if has_digit(text, a, b) != (_DIGIT.search(text, a, b) is not None):
            out.append(f"has_digit {a} {b}")
        if letter_run(text, a, b, 3) != (_THREE_LETTERS.search(text, a, b) is not None):
            out.append(f"letter_run {a} {b}")
        for most in (2, 3):
            found = len(_WORDS.findall(text, a, b))
            if letter_words(text, a, b, most) != min(found, most + 1):
                out.append(f"letter_words {a} {b} {most}")
    return out


def test_the_loops_answer_the_patterns_on_lines_and_random_texts() -> None:
    texts = [*_LINES, *_random_texts(11, 3000), "", "٣ ½ ²", "ÄÖ ab Zz", "𝟙 1"]
    differ = [(text, d) for text in texts for d in _digit_and_letter_differences(text)]
    assert differ == []


def test_other_label_made_up_values() -> None:
    """Made-up values: the gated searches still find what names other numbers, and nothing
    where the value holds none of their marks."""
    value = " 27461.5 / precio = 26000 / sl 25000"
    assert other_label(value, value.index("5") + 1) == value.index("precio")
    field = " 0.52 | mark 0.0577"
    assert other_label(field, 5) == field.index(" mark")  # (the field after its "|")
    assert other_label(" 0.52 0.55 0.60", 5) == -1  # (no separator, no word: nothing)
    assert other_label(" 0.302 exits 1) 0.325", 6) == 7  # (the word loop, ungated)
