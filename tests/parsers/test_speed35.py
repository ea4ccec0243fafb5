"""Session 29 (i13-speed35): what comes after the lines are read, cheaper and the same.

- Lever A: `explain._Line` works out what a line says of its numbers (`_Line.weigh`: an average
  or market word before them, a list index, the notes' spans) only for a line that is not prose:
  `explains` answers yes to every number of a prose line (`notes_only`) before it asks anything
  else. Here, on every line of every dev post and recorded reading's text, as each of the three
  places a line can have (among the levels, after them, after the last), every number is
  explained as main explained it: `notes_only`, or what the full weighing says.
- Lever B: `explain._AFTER_LETTERS` and `_RUN_TOGETHER` open with their first digit and look
  behind it ("[0-9](?<=[a-z][0-9])" for "(?<=[a-z])[0-9]"): the same matches, groups and spans as
  main's patterns on every dev post and recorded text, searched from inside them (a look-behind
  sees the text before where a search starts) and up to an end, and on random texts.
- Lever C: `target_runs._ordered` by index (no zip of slices, no generators) answers as main's
  `all` of pairs on random lists (equal values, NaN); `target_runs._notes` weighs a target's
  value before its literal and stops where no target is a note: the same notes as main's loop
  (kept below as the oracle) on the numbers of every dev post and recorded text, and on
  made-up lists.

- Lever D: `trailing.read_trailing` searches its two moves of the stop to break-even (`_MOVE_BE`,
  `_BE_ONCE`, each from every "sl", "stop", "set", "if", "when" ... of the post) only where
  `_TO_BREAK_EVEN` ("to"/"at" between blanks, then the entry's or break-even's word), which
  every match of either holds, is found: wherever either matches (dev posts, recorded texts,
  random texts of their words and blanks), it is; and the trailing orders read are main's.

- Lever E: `unread.review` (and `prose_fields.review_prose_levels` under it) takes the reader's
  lowered post from the cross-check instead of lowering it again: `lower(norm)` is
  `norm.lower()` wherever no character lowers to two, and only "İ" (U+0130) does; where it
  stands, norm is lowered as before.

- Lever F: `fib_notes.fib_notes` tries its note pattern (at each number of the post) only where
  the post holds a Fibonacci word as a word of its own (`_FIB_WORD`, now led by its first
  letters): a note's words are bounded by its parentheses, a ratio's digit or a blank in the
  post as in the words it asks, so wherever a note's words hold such a word, the post does
  (every dev post and recorded text, random notes).

The readings (tests/parsers/readings.py) hold all six for the whole reader.
"""

from __future__ import annotations

import math
import random
import re

import pytest

from parsers import explain, fib_notes, target_runs, trailing
from parsers.normalize import lower, normalize
from parsers.numbers import Num, read_prices
from tests.parsers.test_speed26 import _POSTS, _RAW  # (every dev post and recorded text)
from tests.parsers.word_texts import word_text

# Lever A.

_NUMBER_SPANS = re.compile(r"[0-9][0-9.,]*")
_PLACES = ((False, False), (True, False), (True, True))  # (after, last): among, after, last


def _line_differences(low: str, start: int, end: int) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    text = low[start:end]
    spans = [(start + m.start(), start + m.end()) for m in _NUMBER_SPANS.finditer(text)]
    if not spans:
        return out
    words = len(explain._WORD.findall(text))
    for after, last in _PLACES:
        line = explain._Line(low, start, end, after, last)
        full = explain._Line(low, start, end, after, last)
        full.weigh(text, words)
        prose = full.notes_only
        full.notes_only = False
        for a, b in spans:
            if line.explains(a, b) != (prose or full.explains(a, b)):
                out.append((text[:60], a, b))
    return out


def _lines(low: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = 0
    while start <= len(low):
        end = low.find("\n", start)
        end = len(low) if end < 0 else end
        out.append((start, end))
        start = end + 1
    return out


def test_a_line_explains_its_numbers_as_main_did_on_dev_posts_and_recorded_texts() -> None:
    differ = [d for low in _POSTS for a, b in _lines(low) for d in _line_differences(low, a, b)]
    assert differ == []


_LINE_WORDS = (
    "avg", "cmp", "current", "market", "rsi", "ema", "entry", "stop", "target", "tp", "sl",
    "was", "previous", "r:r", "risk", "reward", "trade", "of", "top", "jan", "may", "add",
    "more", "if", "dips", "next", "price", "gewinnrealisierung", "the", "is", "at",
)  # fmt: skip
_LINE_SIGNS = (
    "0.5", "12", "1)", "2.", "1:3", "7/10", "57 / 58", "=", "≈", "x", "%", "$", "5, 2024",
    ":", "-", "→", " ", "2,540", "(14)", "200",
)  # fmt: skip


@pytest.mark.parametrize("seed", range(3))
def test_a_line_explains_its_numbers_as_main_did_on_random_lines(seed: int) -> None:
    rng = random.Random(seed)
    differ: list[tuple[str, int, int]] = []
    for _ in range(3000):
        low = "\n".join(
            word_text(rng, _LINE_WORDS, _LINE_SIGNS, most=14, word_share=0.5, space_share=0.6)
            for _ in range(rng.randint(1, 3))
        )
        for a, b in _lines(low):
            differ.extend(_line_differences(low, a, b))
    assert differ == []


def test_prose_lines_are_weighed_no_further() -> None:
    """(made up) A sentence after the levels is prose: its numbers explained, nothing weighed;
    the same words among the levels, or a short line, are weighed as before."""
    low = "entry 1.2\ntp 1.5\nsl 1.1\nthe rsi 28 said 5% more, the price bounced from 1.3 today"
    start = low.rfind("\n") + 1
    prose = explain._Line(low, start, len(low), True, False)
    assert prose.notes_only and prose.benign == [] and prose.explains(start + 50, start + 53)
    weighed = explain._Line(low, start, len(low), True, False)
    weighed.weigh(low[start:], 9)
    assert weighed.benign  # ("rsi 28", "5%": what main worked out of the line, asked by none)
    short = explain._Line(low, 0, 9, False, False)
    assert not short.notes_only and short.avg == 10 and short.market == 10


# Lever B: main's patterns, as they were.

_MAIN_PATTERNS = {
    "_AFTER_LETTERS": (
        explain._AFTER_LETTERS,
        re.compile(
            r"(?<=[a-z])(?<!ma)(?<!rsi)(?<![hmdwq])"
            r"([0-9]{3,12}(?:[.,][0-9]{1,18})?|[0-9]{1,2}[.,][0-9]{1,18})(?![0-9.,]?[0-9a-z])"
        ),
    ),
    "_RUN_TOGETHER": (
        explain._RUN_TOGETHER,
        re.compile(r"(?<![0-9.])[0-9]{1,2}\.([0-9]{1,12}\.[0-9]{1,18})(?![0-9.])"),
    ),
}


def _found(p: re.Pattern[str], text: str, pos: int, end: int) -> list[object]:
    return [(m.span(), m.groups()) for m in p.finditer(text, pos, end)]


def _pattern_differences(text: str, rng: random.Random) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    bounds = [(0, len(text))]
    for _ in range(2):
        a = rng.randrange(len(text) + 1)
        bounds.append((a, rng.randrange(a, len(text) + 1)))
    for name, (new, main) in _MAIN_PATTERNS.items():
        for a, b in bounds:
            if _found(new, text, a, b) != _found(main, text, a, b):
                out.append((name, text[a:b][:60]))
    return out


def test_digit_led_patterns_match_as_main_did_on_dev_posts_and_recorded_texts() -> None:
    rng = random.Random(35)
    differ = [d for low in _POSTS for d in _pattern_differences(low, rng)]
    assert differ == []
    found = {name: sum(bool(main.search(low)) for low in _POSTS) for name, (_, main) in
             _MAIN_PATTERNS.items()}  # fmt: skip
    assert all(found.values()), found  # (each pattern matches somewhere: the rows ask it)


_DIGIT_WORDS = ("ma", "rsi", "h", "tp", "sl", "q", "x", "ab", "w", "d")
_DIGIT_SIGNS = ("0", "1", "12", "123", "1234", ".", ",", "1.", ".5", "0.4563", " ", "-", "a", "\n")


@pytest.mark.parametrize("seed", range(3))
def test_digit_led_patterns_match_as_main_did_on_random_texts(seed: int) -> None:
    rng = random.Random(seed)
    differ: list[tuple[str, str]] = []
    for _ in range(20000):
        text = word_text(rng, _DIGIT_WORDS, _DIGIT_SIGNS, most=12, word_share=0.3, space_share=0.1)
        differ.extend(_pattern_differences(text, rng))
    assert differ == []


# Lever C: main's _notes, as it was (the oracle).


def _main_notes(tps: list[Num], low: str) -> list[int] | None:
    t = target_runs
    out: list[int] = []
    for i in range(1, len(tps)):
        n, before = tps[i], tps[i - 1]
        if (i - 1) in out or t._SMALL.fullmatch(low, n.start, n.end) is None:
            continue
        if not 1 <= n.value <= 99 or t._MARKS.fullmatch(low, before.end, n.start) is None:
            continue
        if t._INDEX.fullmatch(low, before.start, before.end) and t._LABELLED.search(
            low, max(0, before.start - 2), before.start
        ):
            continue
        if low[before.end : n.start] in t._GLUED:
            continue
        if (
            n.end - n.start > 2
            and not low[before.end : n.start].strip()
            and t._decimals(low, n) >= t._decimals(low, before)
        ):
            continue
        line_end = t._line_end(low, n.end)
        after = min(tps[i + 1].start if i + 1 < len(tps) else len(low), line_end)
        if t._DIGIT.search(low, n.end, after) or t._WORKED.search(low, n.end, line_end):
            continue
        out.append(i)
    listed = {
        t._separator(low, a, b)
        for j, (a, b) in enumerate(zip(tps, tps[1:], strict=False))
        if j not in out and j + 1 not in out and "\n" not in low[a.end : b.start]
    }
    out = [i for i in out if t._separator(low, tps[i - 1], tps[i]) not in listed]
    return out or None


def _number_lists(low: str, rng: random.Random) -> list[list[Num]]:
    nums = read_prices(low)
    lists = [nums]
    for _ in range(3):
        if len(nums) > 2:
            a = rng.randrange(len(nums) - 1)
            lists.append(nums[a : rng.randrange(a + 2, len(nums) + 1)])
    return lists


def test_notes_after_targets_found_as_main_found_them_on_dev_posts_and_recorded_texts() -> None:
    rng = random.Random(35)
    differ = []
    found = 0
    for low in _POSTS:
        for tps in _number_lists(low, rng):
            notes = target_runs._notes(tps, low)
            found += notes is not None
            if notes != _main_notes(tps, low):
                differ.append(low[:60])
    assert differ == []
    assert found > 50  # (the lists hold notes: the loop's every test is asked)


def test_notes_after_targets_made_up() -> None:
    """(made up) "5.00 ➡️ 2 / 4.80 ➡️ 4": notes; a list parted by one mark, or values past 99,
    none."""
    for low in (
        "tp 5.00 ➡️ 2\ntp 4.80 ➡️ 4\ntp 4.60 ➡️ 6",
        "targets: 24.80 - 25.30 - 26 - 27",
        "targets: 150 (5) 160 (10) 170",
        "targets: 150 - 160 - 170",
        "tp1 0.90 1.00 0.80",
    ):
        tps = read_prices(low)
        assert target_runs._notes(tps, low) == _main_notes(tps, low), low


@pytest.mark.parametrize("seed", range(3))
def test_ordered_answers_as_main_did(seed: int) -> None:
    rng = random.Random(seed)
    pool = [0.5, 1.0, 1.0, 2.0, 3.5, -1.0, math.nan, math.inf]
    for _ in range(20000):
        values = [rng.choice(pool) for _ in range(rng.randint(0, 6))]
        pairs = list(zip(values, values[1:], strict=False))
        main = len(values) >= 2 and (all(a < b for a, b in pairs) or all(a > b for a, b in pairs))
        assert target_runs._ordered(values) == main, values


# Lever D.


def _moves(low: str) -> bool:
    return bool(trailing._MOVE_BE.search(low) or trailing._BE_ONCE.search(low))


def test_every_move_to_break_even_holds_the_test_word_on_dev_posts_and_recorded_texts() -> None:
    missed = [low[:60] for low in _POSTS if _moves(low) and not trailing._TO_BREAK_EVEN.search(low)]
    assert missed == []
    assert sum(map(_moves, _POSTS)) >= 3  # (the posts hold such moves: the rows ask them)


_BLANKS = (" ", "  ", "\n", "\t", "\u00a0", "\u2009", "")
_MOVE_PARTS = (
    ("", "move ", "adjust ", "set ", "bring ", "once the price hits tp1, move ", "if t2 hit "),
    ("", "the ", "your "),
    ("sl", "stop", "stop-loss", "stop loss", "stoploss", "sl down"),
    ("to", "at", "down to", "t0", "to:"),
    ("", "the ", "your "),
    ("entry", "entry price", "breakeven", "break-even", "break even", "be", "bep", "bee"),
    ("", " (≈0.5)", " (~1.2)"),
    ("after", "once", "when", "on", "if"),
    ("", "the "),
    ("tp", "target", "t", "tp ", "take profit"),
    ("1", "2", " 3", "x"),
    ("", " is hit", " reached"),
)


def _move_text(rng: random.Random) -> str:
    """A move of the stop to break-even as channels word it, its blanks any of _BLANKS and some
    of its parts dropped (made up)."""
    parts = []
    for choices in _MOVE_PARTS:
        part = rng.choice(choices)
        if part and rng.random() < 0.1:
            part = ""
        parts.append(part.replace(" ", rng.choice(_BLANKS)) + rng.choice(_BLANKS))
    return "".join(parts)


@pytest.mark.parametrize("seed", range(3))
def test_every_move_to_break_even_holds_the_test_word_on_random_texts(seed: int) -> None:
    rng = random.Random(seed)
    missed: list[str] = []
    moves = 0
    for _ in range(20000):
        low = _move_text(rng)
        if _moves(low):
            moves += 1
            if not trailing._TO_BREAK_EVEN.search(low):
                missed.append(low)
    assert missed == []
    assert moves > 300


def test_trailing_orders_read_as_before() -> None:
    """(made up, and Cornix's wordings) each move still read; none read where no "to"/"at"."""
    rows = (
        ("move sl to entry after tp1", 1),
        ("sl to breakeven after tp2 is hit", 2),
        ("once the price hits tp1 (0.2270), you must immediately move your stop loss down to"
         " your entry price (≈0.02515)", 1),
        ("adjust sl at be when t3 reached", 3),
        ("stop\tto\nentry after tp2", 2),
        ("move sl after tp1", None),
        ("sl entry after tp1", None),
    )  # fmt: skip
    for low, after_tp in rows:
        assert trailing.read_trailing(low).break_even_after_tp == after_tp, low


# Lever E.


def test_only_one_character_lowers_to_two() -> None:
    assert [c for c in range(0x110000) if len(chr(c).lower()) != 1] == [0x130]


def test_the_readers_lowered_post_is_the_post_lowered_on_dev_posts_and_recorded_texts() -> None:
    differ = []
    for text in _RAW:
        norm = normalize(text)
        if "\u0130" not in norm and lower(norm) != norm.lower():
            differ.append(text[:60])
    assert differ == []
    turkish = "İSTANBUL LONG giriş 1.2"
    assert lower(turkish) != turkish.lower()  # (made up: where "İ" stands, lowered again)


# Lever F.


def _note_words_missed(low: str) -> list[str]:
    """The notes whose words hold a Fibonacci word that the post, searched whole, does not."""
    out = []
    for m in fib_notes._NOTE.finditer(low):
        if fib_notes._FIB_WORD.search(m.group(2) + " " + m.group(4)) is None:
            continue
        if fib_notes._FIB_WORD.search(low, m.start(2), m.end(4)) is None:
            out.append(low[m.start() : m.end()])
    if out or fib_notes._FIB_WORD.search(low) is None:
        assert fib_notes.fib_notes(low) == []
    return out


def test_a_notes_fibonacci_word_is_the_posts_on_dev_posts_and_recorded_texts() -> None:
    assert [n for low in _POSTS for n in _note_words_missed(low)] == []
    assert any(fib_notes.fib_notes(low) for low in _POSTS)  # (a note found: the rows ask it)


_FIB_PARTS = (
    ("", "tp3: ", "entry: ", "x"),
    ("3750", "0.4690", "3,420", "12"),
    ("", "$", " ", "$ "),
    ("(",),
    ("", "golden pocket ", "fib ", "next ", "x", "text ", "or ", "a"),
    ("1.618", "0.618-0.65", "0.5", "2.0", "1.272 / 1.414"),
    ("", " extension", " ext", "ext", " fibs", " retracement", "x", " next", " textfib", " fibx"),
    (")", ""),
    ("", " tp", "\n", "a"),
)


@pytest.mark.parametrize("seed", range(3))
def test_a_notes_fibonacci_word_is_the_posts_on_random_notes(seed: int) -> None:
    rng = random.Random(seed)
    missed: list[str] = []
    found = 0
    for _ in range(20000):
        low = "".join(rng.choice(choices) for choices in _FIB_PARTS)
        missed.extend(_note_words_missed(low))
        found += bool(fib_notes.fib_notes(low))
    assert missed == []
    assert found > 1000
