"""Session 30 (i13-speed40): what the lines leave cheaper, exactly.

Each lever answers as the code it replaced, compared here with copies of main's (85bafd07) code
on every dev post and recorded reading's text, on random texts of the lever's forms and on
hypothesis texts (a row a lever; none greps a source file):

- `normalize._GLUED` (the glued labels `unglue` puts back on their lines): each label's first
  letter asked, as one class, before the eleven label words are tried ignoring case at every
  letter and digit of the post (~1,200 instructions a character on the dev posts it reads).
- `guard.written`: the characters around a price's span asked by code point (no one-character
  slices); a literal of 1-3 digits, a comma and 1-18 digits read by `to_float` where
  `literal_value` matched numbers._NUMBER first (its reading of such a literal is the whole
  literal's, with nothing around it).
"""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from parsers import normalize as norm_mod
from parsers.guard import MAX_PRICE, _comma_decimal, _refuse, guard, written
from parsers.lexicon import GLUED_LABELS
from parsers.normalize import normalize, unglue
from parsers.number_tokens import to_float
from parsers.numbers import Num, dot_thousands, literal_value, point_at
from parsers.reading import Settled
from parsers.spaced_thousands import spaced_doubt
from tests.parsers.word_texts import word_text


def _texts() -> list[str]:
    """Every dev post and recorded reading's text, raw and normalised (never held out)."""
    from tests.parsers.corpus_score import load_split
    from tests.parsers.readings import messages

    raw = [case.text for case in load_split("dev") if case.text]
    raw += [text for _, text in messages()]
    raw = list(dict.fromkeys(raw))
    return list(dict.fromkeys(raw + [normalize(text) for text in raw]))


_TEXTS = _texts()


# --- main's code, for comparison -------------------------------------------------------------

_GLUED_MAIN = re.compile(
    r"[0-9A-Za-z)%$](?=(?i:" + "|".join(GLUED_LABELS) + r")(?:\s?[0-9]{1,2})?\s?[:=])",
    re.IGNORECASE,
)


def _unglue_main(text: str) -> str:
    text = _GLUED_MAIN.sub(lambda m: m.group() + "\n", text)
    return norm_mod._GLUED_SIDE.sub(r"\1 ", text) if "USD" in text or "BTC" in text else text


_DIGITS = frozenset("0123456789")


def _written_main(norm: str, n: Num, split_at: set[int]) -> bool:
    """Main's guard.written (its _comma_joined is unchanged and shared)."""
    from parsers.guard import _comma_joined

    start, end = n.start, n.end
    literal = norm[start:end]
    nxt = norm[end : end + 1]
    if nxt and (nxt in _DIGITS or (nxt == "." and norm[end + 1 : end + 2] in _DIGITS)):
        return False
    if start and start not in split_at:
        prev = norm[start - 1]
        if prev in _DIGITS or (prev == "." and start > 1 and norm[start - 2] in _DIGITS):
            return False
        if (prev == "," or nxt == ",") and _comma_joined(norm, start, end, split_at):
            return False
    elif nxt == "," and _comma_joined(norm, start, end, split_at):
        return False
    if point_at(literal) >= 0 and literal not in ("", "."):
        return float(literal) == n.value or dot_thousands(literal) == n.value
    return literal_value(literal) == n.value or dot_thousands(literal) == n.value


def _guard_main(norm: str, s: Settled) -> None:
    """Main's guard.guard (its _refuse is unchanged and shared)."""
    for name in ("entries", "tps"):
        values: list[Num] = getattr(s, name)
        kept = [n for n in values if 0 < n.value < MAX_PRICE and _written_main(norm, n, s.split_at)]
        if len(kept) != len(values):
            _refuse(norm, s, [n for n in values if n not in kept])
            setattr(s, name, kept)
    if s.sl is not None and not (
        0 < s.sl.value < MAX_PRICE and _written_main(norm, s.sl, s.split_at)
    ):
        _refuse(norm, s, [s.sl])
        s.sl = None
    doubt = spaced_doubt(norm, [*s.entries, *s.tps, *([s.sl] if s.sl is not None else [])])
    if doubt is not None:
        s.review.append(f"'{norm[doubt[0] : doubt[1]]}' may be one number or two prices: which?")
        s.unread.append(doubt)


# --- the glued labels --------------------------------------------------------------------------

_LABEL_FORMS = (
    "entry", "Entry", "ENTRY", "entry targets", "Entry Zone", "entryprice", "Take Profit",
    "take-profits", "TakeProfit Targets", "target", "Targets", "TARGET", "stop", "Stop Loss",
    "stop-target", "StopLoss", "SL", "sl", "Sl", "tp", "TP1", "Tp2", "leverage", "Leverage", "lev",
    "LEV", "pair", "Pair", "trailing", "Trailing Configuration", "ſl", "ſtop", "\u212aey",
)  # fmt: skip
_GLUE_SIGNS = (
    ":", "=", " :", " =", "1:", " 2:", "12 :", "\n", " ", "", "x", "X", "0", "9", ")", "%", "$",
    "é", "İ", "ı", "\u212a", "ſ", "/", "-", "USDT", "BTC", "Short", "Long",
)  # fmt: skip


def _made_up(seed: int, n: int, words: tuple[str, ...], signs: tuple[str, ...]) -> list[str]:
    """n made-up texts of a lever's words glued to its signs (not real posts)."""
    rng = random.Random(seed)
    return [
        word_text(rng, words, signs, most=15, word_share=0.45, space_share=0.05) for _ in range(n)
    ]


def test_every_glued_label_opens_with_a_letter_of_the_first_letters() -> None:
    # (Each alternative of GLUED_LABELS is a word that opens with a letter, not a group or a
    # class: its first letter is what every match of it opens with.)
    for label in GLUED_LABELS:
        assert label[0].isalpha(), label
        assert label[0] in norm_mod._GLUED_FIRSTS


def test_glued_labels_found_as_main_on_every_post_and_recorded_text() -> None:
    differ = [
        t
        for t in _TEXTS
        if [m.span() for m in norm_mod._GLUED.finditer(t)]
        != [m.span() for m in _GLUED_MAIN.finditer(t)]
        or unglue(t) != _unglue_main(t)
    ]
    assert differ == []


def test_glued_labels_found_as_main_on_random_texts() -> None:
    texts = _made_up(40, 20_000, _LABEL_FORMS, _GLUE_SIGNS)
    differ = [t for t in texts if unglue(t) != _unglue_main(t)]
    assert differ == []
    # (The texts hold glued labels: the rows ask something.)
    assert sum(unglue(t) != t for t in texts) > 5_000


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(_LABEL_FORMS), st.sampled_from(_GLUE_SIGNS), st.text(max_size=3)),
        max_size=14,
    )
)
def test_glued_labels_found_as_main_on_hypothesis_texts(parts: list[str]) -> None:
    text = "".join(parts)
    assert unglue(text) == _unglue_main(text)


# --- guard.written ---------------------------------------------------------------------------

_NUMBER_SPAN = re.compile(r"[0-9][0-9.,kK ]*")


def _cases(text: str, rng: random.Random) -> list[tuple[Num, set[int]]]:
    """Spans of text around its digits (whole runs and cuts of them), each with the values it can
    be read as, and sets of split places (none, or places inside and before the span)."""
    out: list[tuple[Num, set[int]]] = []
    for m in _NUMBER_SPAN.finditer(text):
        a, b = m.span()
        spans = {(a, b), (a, b - 1), (a + 1, b), (a, rng.randrange(a, b + 1))}
        for start, end in spans:
            if not 0 <= start <= end:
                continue
            literal = text[start:end]
            values = {1.0, rng.random() * 1000}
            for read in (literal_value, dot_thousands, to_float):
                value = read(literal) if literal.strip() else None
                if value is not None:
                    values.add(value)
            if point_at(literal) >= 0 and literal not in ("", "."):
                values.add(float(literal))
            for value in values:
                for split in (set(), {start}, {start, max(0, start - 2)}):
                    out.append((Num(value, start, end), split))
    return out


def test_written_answers_as_main_on_every_post_and_recorded_text() -> None:
    rng = random.Random(30)
    differ = []
    count = 0
    for text in _TEXTS:
        for n, split in _cases(text, rng):
            count += 1
            if written(text, n, split) != _written_main(text, n, split):
                differ.append((text, n, split))
    assert differ == []
    assert count > 100_000


_LITERAL_SIGNS = ("0", "1", "5", "9", "12", "400", ",", ".", " ", "k", "$", "%", "-", "\n", "٣")


def test_written_answers_as_main_on_random_texts() -> None:
    rng = random.Random(31)
    differ = []
    for text in _made_up(31, 20_000, _LITERAL_SIGNS, _LITERAL_SIGNS):
        for n, split in _cases(text, rng):
            if written(text, n, split) != _written_main(text, n, split):
                differ.append((text, n, split))
    assert differ == []


def test_a_comma_literal_is_read_as_literal_value_reads_it() -> None:
    rng = random.Random(32)
    literals = [
        "".join(rng.choice("0123456789") for _ in range(rng.randrange(0, 5)))
        + ","
        + "".join(rng.choice("0123456789") for _ in range(rng.randrange(0, 21)))
        for _ in range(20_000)
    ]
    literals += _made_up(33, 20_000, _LITERAL_SIGNS, _LITERAL_SIGNS)
    taken = 0
    for literal in literals:
        if _comma_decimal(literal):
            taken += 1
            assert to_float(literal) == literal_value(literal), literal
    assert taken > 10_000
    # (Real forms: a decimal comma, a thousands comma; not two commas, a sign, a space.)
    assert [_comma_decimal(s) for s in ("7,40", "38,900", "0,6150", "148,5", "1,234,567")] == [
        True,
        True,
        True,
        True,
        False,
    ]
    assert [_comma_decimal(s) for s in ("$7,40", "7,40 ", "1234,5", ",5", "5,", "٣,5")] == [
        False
    ] * 6


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="0123456789,. k$٣", max_size=12), st.integers(0, 3))
def test_written_answers_as_main_on_hypothesis_texts(text: str, seed: int) -> None:
    rng = random.Random(seed)
    for n, split in _cases(text, rng):
        assert written(text, n, split) == _written_main(text, n, split)


def _settled(nums: list[Num], split: set[int], rng: random.Random) -> Settled:
    """A reading of some of nums as entries, targets and a stop (in random roles)."""
    picked = [n for n in nums if rng.random() < 0.5]
    rng.shuffle(picked)
    a = rng.randrange(len(picked) + 1)
    b = rng.randrange(a, len(picked) + 1)
    sl = picked[b] if b < len(picked) and rng.random() < 0.7 else None
    return Settled(picked[:a], picked[a:b], sl, split_at=set(split))


def _state(s: Settled) -> tuple[object, ...]:
    return (s.entries, s.tps, s.sl, s.review, s.unread)


def test_guard_answers_as_main_on_every_post_and_recorded_text() -> None:
    rng = random.Random(34)
    differ = []
    count = refused = 0
    for text in _TEXTS + _made_up(35, 5_000, _LITERAL_SIGNS, _LITERAL_SIGNS):
        cases = _cases(text, rng)
        if not cases:
            continue
        nums = [n for n, _ in cases]
        # (Prices too large or not positive, refused whatever their literal.)
        nums += [Num(v, n.start, n.end) for n, v in zip(nums[:3], (0.0, 2e9, -1.0), strict=False)]
        for _ in range(2):
            seed = rng.random()
            split = cases[rng.randrange(len(cases))][1]
            ours = _settled(nums, split, random.Random(seed))
            theirs = _settled(nums, split, random.Random(seed))
            guard(text, ours)
            _guard_main(text, theirs)
            count += 1
            refused += bool(theirs.review)
            if _state(ours) != _state(theirs):
                differ.append(text)
    assert differ == []
    assert count > 15_000
    assert refused > 3_000  # (prices dropped: the refusals' path is asked too)
