"""Patterns rewritten for speed in session 16 (i13-speed9) find what the forms they replaced
found: the same spans and groups, on random texts of their own words. Each old form is kept
here only to compare."""

from __future__ import annotations

import random
import re

from parsers import letter_leverage, trigger
from parsers.plain_numbers import PLAIN_LIST, PLAIN_NUM, plain_list, plain_value


def _found(pattern: re.Pattern[str], text: str) -> list[object]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def _texts(words: tuple[str, ...], seed: int, n: int = 30_000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(n)]


# letter_leverage._TOKEN before: the look-behind first (re entered its matcher at every position).
_TOKEN_BEFORE = re.compile(r"(?<![\w.#$/])l([0-9]{1,3})(?=[^\S\n]*(?:[|•]|\n|$))")
_TOKEN_WORDS = ("l", "l5", "l50", "l1000", "0", "7", " ", "\t", "\n", "|", "•", ".", "#", "$")
_TOKEN_WORDS += ("/", "long", "x", "_", "é", "ll", "-")


def test_letter_leverage_token_when_random_texts_then_as_the_look_behind_first_form() -> None:
    matched = 0
    for text in _texts(_TOKEN_WORDS, 16):
        want = _found(_TOKEN_BEFORE, text)
        assert _found(letter_leverage._TOKEN, text) == want, repr(text)
        matched += bool(want)
    assert matched > 1_500  # the texts reach the matches, not only texts with none


def _plain_list_before(value: str, base: int) -> list[object] | None:
    """What parsers/fields.py read as a plain list before plain_list: the two patterns."""
    if PLAIN_LIST.fullmatch(value) is None:
        return None
    return [
        (plain_value(m.group()), base + m.start(), base + m.end())
        for m in PLAIN_NUM.finditer(value)
    ]


_LIST_WORDS = ("63900", "0.46", "1", "12", "345", "1.5", "0", "0,5", ".5", "1234567890123")
_LIST_WORDS += (" ", "  ", "\t", "-", "/", "|", ";", ",", ", ", ":", "=", "@", "a", "(", "64 200")


def test_plain_list_when_random_values_then_as_the_patterns() -> None:
    lists = 0
    for value in _texts(_LIST_WORDS, 9):
        want = _plain_list_before(value, 7)
        got = plain_list(value, 7)
        assert (None if got is None else [tuple(n) for n in got]) == want, repr(value)
        lists += want is not None
    assert lists > 250  # lists reached, not only values that are none


def test_plain_list_when_usual_lists_then_their_numbers() -> None:
    assert [tuple(n) for n in plain_list(": 63900 / 64600", 10) or []] == [
        (63900.0, 12, 17),
        (64600.0, 20, 25),
    ]
    assert [n.value for n in plain_list(" 0.46 - 0.472 |", 0) or []] == [0.46, 0.472]
    assert [n.value for n in plain_list(": 64 200 / 64 900", 0) or []] == [64200.0, 64900.0]
    assert plain_list(": 1.85 then 1.78", 0) is None
    assert plain_list(": 63900", 0) is None


# trigger._ANY before: the word start looked for first, then every row.
_ANY_BEFORE = re.compile(
    "|".join(
        ["(?<!\\w)(?:" + "|".join(trigger._ROWS[: trigger._SPACED]) + ")"]
        + trigger._ROWS[trigger._SPACED :]
    )
)
_TRIGGER_WORDS = ("above", "over", "break", "breaks", "below", "under", "buy", "sell", "stop")
_TRIGGER_WORDS += ("limit", "out", "down", "on", "a", "выше", "пробой", "por", "encima", "de")
_TRIGGER_WORDS += ("über", "unter", "au-dessus", "en", "dessous", "di", "atas", "突破", "跌破")
_TRIGGER_WORDS += (" ", "  ", "-", "x", "1", "_", "\n", ":", "entry", "é")


def test_trigger_any_when_random_lines_then_as_the_look_behind_first_form() -> None:
    found = 0
    rng = random.Random(5)
    for text in _texts(_TRIGGER_WORDS, 17):
        start = rng.randint(0, min(3, len(text)))
        end = rng.randint(start, len(text))
        want = _ANY_BEFORE.search(text, start, end)
        got = trigger._ANY.search(text, start, end)
        assert (got is None) == (want is None), repr(text)
        assert got is None or want is None or got.start() == want.start(), repr(text)
        found += want is not None
    assert found > 3_000  # the rows reached, not only lines with none
