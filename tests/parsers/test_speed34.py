"""Session 29 (i13-speed34): the field reader's per-line questions answered without copies,
`in` chains or searches that cannot match, each reading unchanged.

- plain_numbers.read_plain and plain_list find the value's number (or list) by index, one
  compiled loop over the code points, where str.lstrip/rstrip/strip made copies and plain_list
  asked `in` of each character.
- value_chars.may_note (one pass) for fields._clean's fifteen `in` tests before not_prices.
- target_plan.plan_at_target: `_PERCENT` asked only of a value holding "%", `_LETTER` by a
  compiled loop, `_SPACED` only after a blank, `_EACH` only with "%";
  target_refs.names_listed_target: `_BEFORE` not searched in under three characters.
- list_block.is_continuation: str.isalpha asked only of characters outside ASCII; continues
  takes the list index's end from it (_continuation) instead of stripping the index again.
- fields.take asks not_prices.percent_item only of a value holding "-", "to" or "–".
- not_prices.may_hold_not_price: a character outside ASCII after a number's digit lets the
  pattern run only when NOT_PRICES has a unit, count or ratio opening with it (_WIDE_UNITS).

Each is compared here with the code it replaces (kept below only to compare) on every line of
every dev post and recorded reading's text, the values a label may be given on them, and random
texts of the forms' own characters and words; the readings (tests/parsers/readings.py) hold it
for the whole reader. They run as the modules run: compiled under `make test`, pure Python with
SIGCOPY_PURE_PYTHON=1.
"""

from __future__ import annotations

import random
import re

from parsers import list_block, not_prices, target_plan, target_refs
from parsers.char_scans import ascii_letter_count, has_digit
from parsers.labels import find_labels
from parsers.list_block import is_continuation
from parsers.not_prices import percent_item
from parsers.numbers import Num, new_num, plain_price, read_prices, strip_list_index
from parsers.plain_numbers import _PLAIN, _PLAIN_CHARS, plain_list, plain_value, read_plain
from parsers.reading import Reading
from parsers.signal_parser import read_signal
from parsers.value_chars import may_note
from tests.parsers.test_speed9_forms import _plain_list_before
from tests.parsers.test_speed26 import _POSTS  # (every dev post and recorded text, lowered)
from tests.parsers.word_texts import word_text

# -- main's code, kept only to compare ---------------------------------------------------------


def _read_plain_main(value: str, base: int) -> Num | None:
    head = value.lstrip(" :=@\t")
    token = head.rstrip(" \t|,;")
    if plain_price(token):
        start = base + len(value) - len(head)
        return new_num((float(token), start, start + len(token)))
    if token.strip(_PLAIN_CHARS):
        return None
    m = _PLAIN.fullmatch(value)
    if m is None:
        return None
    return new_num((plain_value(m.group(1)), base + m.start(1), base + m.end(1)))


def _plain_list_main(value: str, base: int) -> list[Num] | None:
    if value.strip("0123456789.,-/|;:=@ \t"):
        return None
    head = value.lstrip(" :=@\t")
    body = head.rstrip(" \t|,;")
    if "," not in body:
        at = base + len(value) - len(head)
        nums: list[Num] = []
        n = len(body)
        i = 0
        while True:
            j = i
            while j < n and body[j] not in "-/|; \t":
                j += 1
            token = body[i:j]
            if not plain_price(token):
                break
            nums.append(new_num((float(token), at + i, at + j)))
            while j < n and body[j] in " \t":
                j += 1
            if j == n:
                if len(nums) >= 2:
                    return nums
                break
            if body[j] not in "-/|;":
                break
            j += 1
            while j < n and body[j] in " \t":
                j += 1
            i = j
    return _plain_list_before(value, base)  # type: ignore[return-value]


def _may_note_main(value: str) -> bool:
    return (
        "%" in value
        or "+" in value
        or "(" in value
        or "h" in value
        or "d" in value
        or "w" in value
        or "m" in value
        or "saat" in value
        or "pip" in value
        or "x" in value
        or ":" in value
        or ";" in value
        or "/" in value
        or "r" in value
        or not value.isascii()
    )


_PERCENT = re.compile(r"[0-9]{1,3}(?:[.,][0-9]{1,2})?[ \t]?%")
_DIGIT = re.compile(r"[0-9]")
_LETTER = re.compile(r"[^\W\d_]")


def _plan_at_target_main(
    low: str, start: int, end: int, stop: int, next_tp: bool, r: Reading
) -> tuple[int, tuple[int, int] | None]:
    tp = target_plan
    if not r.tps or r.tps[-1].start >= start:
        return 0, None
    label, value = low[start:end], low[end:stop]
    if next_tp and "%" in value:
        value = tp._NEXT_INDEX.sub("", value)
    apart, before = True, None
    if not _LETTER.search(label):
        return 0, None
    if label[-1:].isdigit():
        index, rest, apart = int(label[-2:] if label[-2:].isdigit() else label[-1:]), value, False
    elif (m := tp._SPACED.match(value)) is not None:
        index, rest = int(m.group(1)), value[m.end() :]
    elif (b := tp._BEFORE.search(low, tp._before_from(low, start), start)) is not None:
        index, rest = int(b.group(1)) if b.group(1) else tp._ORDINALS[b.group(2)], value
        before = b.span(1) if b.group(1) else None
    elif tp._EACH.fullmatch(value) is not None:
        return tp.PLAN, None
    else:
        return 0, None
    if _DIGIT.search(_PERCENT.sub(" ", rest)):
        return 0, None
    if _PERCENT.search(rest) is None and not (apart and tp._planned(low, start, rest)):
        return 0, None
    prices = [n.value for n in r.tps]
    if 1 <= index <= len(r.tps) and not (apart and min(prices) / 2 <= index <= 2 * max(prices)):
        return tp.PLAN, before
    return (tp.DOUBT, None) if apart else (0, None)


def _names_listed_target_main(low: str, start: int, end: int, line_start: int, r: Reading) -> bool:
    if not target_refs._BEFORE.search(low, max(line_start, start - 10), start):
        return False
    m = target_refs._INDEX_AFTER.match(low, end)
    if m is None:
        return False
    index = int(m.group(1))
    return any(kind == "tp" and at < start and i == index for kind, at, i in r.indexed)


def _is_continuation_main(line: str) -> bool:
    lb = list_block
    if not has_digit(line) or (":" in line and lb._OTHER_LABEL.search(line)):
        return False
    rest = strip_list_index(line)
    if ")" in rest and not ascii_letter_count(bare := lb._NOTE_AFTER.sub("", rest)):
        rest = bare
    if (
        not "0" <= rest[:1] <= "9"
        and lb._WORD_FIRST.match(rest)
        and len(read_prices(not_prices.not_prices(rest))) == 1
    ):
        return False
    if rest.isascii():
        return ascii_letter_count(rest) <= lb._MAX_CONTINUATION_LETTERS
    letters = 0
    for c in rest:
        if c.isalpha():
            letters += 1
            if letters > lb._MAX_CONTINUATION_LETTERS:
                return False
    return True


# -- the texts ---------------------------------------------------------------------------------


def _lines() -> list[str]:
    out: list[str] = []
    for post in _POSTS:
        out += post.split("\n")
    return list(dict.fromkeys(out))


_LINES = _lines()


def _values() -> list[str]:
    """What a label's value may be on every line: the text after each label to the next, and
    after every colon, blank and dash (the reader hands a value from a label's end)."""
    out: list[str] = []
    for post in _POSTS:
        found = find_labels(post)
        for i, (_, _, end) in enumerate(found):
            stop = found[i + 1][1] if i + 1 < len(found) else len(post)
            line_end = post.find("\n", end)
            stop = min(stop, len(post) if line_end < 0 else line_end)
            out.append(post[end:stop])
    for line in _LINES:
        for at in {0, *(m.start() for m in re.finditer(r"[:\s\-=@]", line))}:
            out.append(line[at:])
    return list(dict.fromkeys(out))


_VALUES = _values()
_NUMBER_PIECES = (
    "0", "1", "2", "7", "12", "63200", "0.1585", "148,5", "0,7310", "12,50", "38,900", "63 500",
    "1.2", ".5", "1.", "1234567890123", "0.1234567890123456789", "27 450", "(1)", "2)", "3.",
)  # fmt: skip
_NUMBER_SIGNS = (
    " ", "\t", ":", "=", "@", "-", "/", "|", ";", ",", ", ", ".", "(", ")", " - ", " / ", "$",
    "k", "a", "%", "→", "•", "é", "٣", "\u00a0", "\u2009", "x", "h",
)  # fmt: skip


def _number_texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [
        word_text(rng, _NUMBER_PIECES, _NUMBER_SIGNS, most=9, word_share=0.55, space_share=0.3)
        for _ in range(count)
    ]


_RANDOM = _number_texts(34, 40_000)


def _same(got: object, want: object) -> bool:
    """Equal readings: the same numbers with the same spans (or both None)."""
    if got is None or want is None:
        return got is None and want is None
    if isinstance(got, list) and isinstance(want, list):
        return [tuple(n) for n in got] == [tuple(n) for n in want]
    assert isinstance(got, tuple) and isinstance(want, tuple)
    return tuple(got) == tuple(want)


# -- plain_numbers -----------------------------------------------------------------------------


def test_read_plain_when_every_value_and_random_text_then_as_main() -> None:
    read = 0
    for value in [*_VALUES, *_RANDOM]:
        want = _read_plain_main(value, 5)
        assert _same(read_plain(value, 5), want), repr(value)
        read += want is not None
    assert read > 5_000  # the texts reach the numbers, not only texts with none


def test_plain_list_when_every_value_and_random_text_then_as_main() -> None:
    read = 0
    for value in [*_VALUES, *_RANDOM]:
        want = _plain_list_main(value, 3)
        assert _same(plain_list(value, 3), want), repr(value)
        read += want is not None
    assert read > 1_000


def test_plain_readers_when_usual_values_then_their_numbers() -> None:
    assert tuple(read_plain(": 0.1585", 10) or ()) == (0.1585, 12, 18)
    assert tuple(read_plain(" 63 500 |", 0) or ()) == (63500.0, 1, 7)
    assert tuple(read_plain(": 1) 14.35", 0) or ()) == (14.35, 5, 10)
    assert read_plain(": 0.1585 / 0.16", 0) is None
    assert [tuple(n) for n in plain_list(": 63900 / 64600 ;", 10) or []] == [
        (63900.0, 12, 17),
        (64600.0, 20, 25),
    ]
    assert plain_list(": 63900", 0) is None
    assert plain_list(": 1.85 then 1.78", 0) is None


# -- fields ------------------------------------------------------------------------------------


def test_may_note_when_every_value_and_random_text_then_as_the_in_tests() -> None:
    held = 0
    for value in [*_VALUES, *_RANDOM, "3 saat", "70 pips", "0.5 ", "1.2-1.3"]:
        want = _may_note_main(value)
        assert may_note(value) is want, repr(value)
        held += want
    assert held > 10_000


def test_percent_item_when_no_range_word_then_none() -> None:
    """fields asks percent_item only of a value holding "-", "to" or "–": each of its matches
    holds one (its range's), on every value and random text holding "%"."""
    asked = 0
    for value in [*_VALUES, *_RANDOM, "(2) 12 - 31%", "2) 3 to 5%", "12–31%"]:
        if "%" in value and not ("-" in value or "to" in value or "–" in value):
            assert percent_item(value) is None, repr(value)
            asked += 1
    assert asked > 1_000 and percent_item("(1) 11.3 - 16% | (2) 12 - 31%") is not None


# -- target_plan, target_refs ------------------------------------------------------------------


def _tp_calls() -> list[tuple[str, int, int, int, bool, Reading]]:
    """plan_at_target's and names_listed_target's arguments at every target label of every post
    (the targets read before it: each price before the label)."""
    out = []
    for post in _POSTS:
        found = find_labels(post)
        for i, (kind, start, end) in enumerate(found):
            if kind not in ("tp", "tpglued"):
                continue
            line_end = post.find("\n", end)
            line_end = len(post) if line_end < 0 else line_end
            stop = found[i + 1][1] if i + 1 < len(found) else line_end
            stop = min(stop, line_end)
            r = Reading()
            r.tps = [n for n in read_prices(post[:start]) if n.end <= start][-4:]
            r.indexed = [("tp", n.start, j + 1) for j, n in enumerate(r.tps)]
            next_tp = i + 1 < len(found) and found[i + 1][0] == "tp"
            out.append((post, start, end, stop, next_tp, r))
    return out


_TP_CALLS = _tp_calls()
PLANNED_MIN = 30  # (38 on the texts of session 29: PLAN 20, DOUBT 18)


def test_plan_at_target_when_every_target_label_then_as_main() -> None:
    planned = 0
    for low, start, end, stop, next_tp, r in _TP_CALLS:
        want = _plan_at_target_main(low, start, end, stop, next_tp, r)
        assert target_plan.plan_at_target(low, start, end, stop, next_tp, r) == want, low[
            start:stop
        ]
        planned += want[0] != 0
    assert len(_TP_CALLS) > 4_000 and planned > PLANNED_MIN


def test_names_listed_target_when_every_target_label_then_as_main() -> None:
    named = 0
    for low, start, end, _, _, r in _TP_CALLS:
        line_start = low.rfind("\n", 0, start) + 1
        want = _names_listed_target_main(low, start, end, line_start, r)
        assert target_refs.names_listed_target(low, start, end, line_start, r) is want
        named += want
    made_up = " book 40% at target 1, another 40% at target 2"  # (made up)
    r = Reading()
    r.indexed = [("tp", 0, 1), ("tp", 0, 2)]
    for m in re.finditer("target", made_up):
        assert target_refs.names_listed_target(made_up, m.start(), m.end(), 0, r)
    assert not target_refs.names_listed_target("target 1, x", 0, 6, 0, r)
    assert named > 0


# -- list_block --------------------------------------------------------------------------------


def test_is_continuation_when_every_line_and_random_text_then_as_main() -> None:
    wide = ["🎯 1.5 " + "ж" * k for k in (11, 12, 13)] + ["🎯 1.5 " + "a" * k for k in (12, 13)]
    wide += ["🎯 0.1234 (+5%) целевой уровень", "٣ ⅻ ǅ 1.5 ß", "1) 0.5 ① ²", "2. 3.1 Ⅻ ⅻ x"]
    rng = random.Random(12)
    letters = ("ж", "a", "é", "ⅻ", "²", "①", "ǅ", "٣", "🚀", " ", "1.5", "z", "ß", "_")
    wide += ["0.5 " + "".join(rng.choice(letters) for _ in range(18)) for _ in range(20_000)]
    kept = 0
    for line in [*_LINES, *_RANDOM, *wide]:
        want = _is_continuation_main(line)
        assert is_continuation(line) is want, repr(line)
        kept += want and not line.isascii()
    assert kept > 1_000


def test_continuation_when_every_line_then_the_index_end_continues_asks() -> None:
    """ListBlock.continues takes the index's end from _continuation, as it took it from
    strip_list_index, on every line that is a continuation (-1 on every other)."""
    kept = 0
    for line in [*_LINES, *_RANDOM]:
        want = len(line) - len(strip_list_index(line)) if _is_continuation_main(line) else -1
        assert list_block._continuation(line) == want, repr(line)
        kept += want > 0
    assert kept > 1_000


def test_list_block_when_numbered_lists_then_read_as_before() -> None:
    for text, tps in (  # (made up)
        ("ETH LONG\nEntry: 3000\nTargets:\n1) 3100\n2) 3200\n3) 3300\nSL: 2900", 3),
        ("ETH LONG\nEntry: 3000\nTargets:\n1 - 3100\n2 - 3200\nSL: 2900", 2),
        ("ETH LONG\nEntry: 3000\nTargets:\n🎯 3100\n🎯 3200 цель\nSL: 2900", 2),
    ):
        sig = read_signal(text)
        assert sig is not None and not sig.needs_review, text
        assert len(sig.take_profits) == tps, (text, sig.take_profits)


# -- not_prices --------------------------------------------------------------------------------


def _after_digit_wide(text: str) -> bool:
    """Whether a character outside ASCII follows a digit, or a digit and a blank, in text:
    where main's pass let NOT_PRICES run whatever the character."""
    for i in range(len(text) - 1):
        if "0" <= text[i] <= "9":
            if ord(text[i + 1]) > 127:
                return True
            if text[i + 1].isspace() and i + 2 < len(text) and ord(text[i + 2]) > 127:
                return True
    return False


def test_may_hold_not_price_when_every_value_and_random_text_then_no_match_missed() -> None:
    """Where the pass says no, NOT_PRICES finds nothing, on every value and line and on random
    texts of the pattern's units, counts and signs outside ASCII."""
    rng = random.Random(29)
    wide = "ч час дня день 小时 天 分 分钟 笔 筆 ساعات يوم أيام روز к р ×atr 🚀 ⚡ é – ≈ ₽ 上午 gün ы".split()
    wide += ["\u00a0"]
    pieces = ("1", "12", "0.5", "3", " ", "-", "/", ":", "(", ")", "%", "rr", "may", "x", *wide)
    texts = [*_VALUES, *_LINES, *_RANDOM]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(60_000)]
    let_go = 0
    for text in texts:
        if not not_prices.may_hold_not_price(text):
            assert not_prices.NOT_PRICES.search(text) is None, repr(text)
            let_go += _after_digit_wide(text)
    assert let_go > 1_000  # (texts main's pass let through and this one does not: "0.1058 🚀")


def test_not_prices_when_wide_units_then_blanked_as_before() -> None:
    for text, want in (
        ("0.5 4ч", "0.5   "),
        ("0.5 (3 дня)", "0.5 (     )"),
        ("12.5 2天", "12.5   "),
        ("0,12 1 к 2,5", "0,12        "),
        ("0,1016 1,5 р", "0,1016      "),
        ("0.34 (0.6×atr)", "0.34 (       )"),
        ("0.1058 🚀", "0.1058 🚀"),
    ):  # (made up)
        assert not_prices.not_prices(text) == want, text
