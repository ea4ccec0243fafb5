"""Quick tests added in session 20 (i13-speed13) before work that most signals do not need: each
function finds what its form before them found, on random inputs of its own words. Each old
form is kept here only to compare."""

from __future__ import annotations

import random

from parsers import hedged_call, level_counts, spaced_thousands
from parsers.lines import scan
from parsers.numbers import Num
from parsers.reading import Reading

_HEDGE_WORDS = (
    *("possible", "maybe", "perhaps", "watching", "i'm", "im", "we're", "i am", "we are"),
    *("thinking", "considering", "about", "of", "a", "might", "could", "may", "be", "long"),
    *("short", "longs", "shorting", "buy", "sell", "watch", "list", "watchlist", "on", "my"),
    *("the", "radar", "not", "entering", "don't", "do", "enter", "for", "an", "#ada", "$btc/usdt"),
)
_SEPARATORS = (" ", " ", " ", "\n", "x", "🚀", ":", "-", "1")


def _hedge_before(before: str) -> str | None:
    """hedged_call.hedged_call before its quick test: every short line searched."""
    for line in before.split("\n"):
        if not line or len(line.split()) > hedged_call._MOST_WORDS:
            continue
        m = hedged_call._HEDGED.search(line)
        if m is not None:
            return m.group()
    return None


def test_hedged_call_when_random_headings_then_as_without_the_quick_test() -> None:
    rng = random.Random(20)
    found = 0
    for _ in range(20_000):
        pieces = []
        for _ in range(rng.randint(1, 14)):
            pieces.append(rng.choice(_HEDGE_WORDS))
            pieces.append(rng.choice(_SEPARATORS))
        before = "".join(pieces)
        want = _hedge_before(before)
        assert hedged_call.hedged_call(before) == want, repr(before)
        found += want is not None
    assert found > 2000  # the texts reach the hedges, not only texts with none


def _doubt_before(norm: str, levels: list[Num]) -> tuple[int, int] | None:
    """spaced_thousands.spaced_doubt before its quick test: every level looked up."""
    by_start = {n.start: n for n in levels}
    for a in levels:
        b = by_start.get(a.end + 1)
        if (
            b is not None
            and a.end - a.start == 3
            and b.end - b.start == 3
            and norm[a.end] == " "
            and norm[a.start : a.end].isdigit()
            and norm[b.start : b.end].isdigit()
            and max(a.value, b.value) > spaced_thousands._NEAR * min(a.value, b.value)
            and not spaced_thousands._LIST_BEFORE.search(norm, max(0, a.start - 2), a.start)
            and not spaced_thousands._LIST_AFTER.match(norm, b.end)
        ):
            return a.start, b.end
    return None


def _numbers_of(norm: str) -> list[Num]:
    out: list[Num] = []
    i = 0
    while i < len(norm):
        if norm[i].isdigit():
            j = i
            while j < len(norm) and (norm[j].isdigit() or norm[j] == "."):
                j += 1
            try:
                out.append(Num(float(norm[i:j]), i, j))
            except ValueError:
                pass
            i = j
        i += 1
    return out


def test_spaced_doubt_when_random_levels_then_as_without_the_quick_test() -> None:
    rng = random.Random(20)
    words = ("236", "100", "105", "110", "2.5", "1200", "12", "999", "0.5", "tp", "entry", "x")
    found = 0
    for _ in range(20_000):
        norm = "".join(
            rng.choice(words) + rng.choice((" ", " ", "\n", ": ", "  ")) for _ in range(6)
        )
        nums = _numbers_of(norm)
        levels = rng.sample(nums, rng.randint(0, len(nums)))
        if levels and rng.random() < 0.2:
            levels.append(levels[0])  # (one Num as an entry and a target)
        want = _doubt_before(norm, levels)
        assert spaced_thousands.spaced_doubt(norm, levels) == want, (repr(norm), levels)
        found += want is not None
    assert found > 500


def _zero_group_before(text: str) -> bool:
    i = text.find(" 0")
    while i >= 0:
        if i >= 3 and text[i - 3 : i].isdigit() and text[i + 1 : i + 4].isdigit():
            return True
        i = text.find(" 0", i + 2)
    return False


def test_zero_group_when_random_texts_then_as_without_the_quick_test() -> None:
    rng = random.Random(20)
    pieces = ("1", "0", "00", "12", "112", " ", " 0", "0.5", "a", "٣", "١٢٠", "\n", ".")
    found = 0
    for _ in range(30_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        want = _zero_group_before(text)
        assert spaced_thousands._zero_group(text) == want, repr(text)
        found += want
    assert found > 2000


def test_level_counts_when_no_number_a_count_could_be_then_no_number_is_asked() -> None:
    # (level_counts._settle returns the levels as they are when none lies in 1.._MOST: the
    # numbers it asks _count_of about are then all ones it answers None for.)
    rng = random.Random(20)
    heads = ("targets: ", "tp1: ", "tp2 ", "entries: ", "entry: ", "total targets: ", "sl: ")
    values = ("3", "2", "20", "21", "0.5", "105", "2.5", "12", "3 targets", "7", "1", "0")
    counts = skipped = 0
    for _ in range(3_000):
        low = "\n".join(
            rng.choice(heads) + " ".join(rng.choice(values) for _ in range(rng.randint(1, 3)))
            for _ in range(rng.randint(2, 6))
        )
        r = Reading()
        scan(low, r)
        for nums, kind in ((list(r.tps), "tp"), (list(r.entries), "entry")):
            said = [n for n in nums if level_counts._count_of(low, r, n, kind) is not None]
            assert all(1 <= n.value <= level_counts._MOST for n in said), repr(low)
            counts += bool(said)
            if len(nums) > 1 and not any(1 <= n.value <= level_counts._MOST for n in nums):
                skipped += 1
                assert level_counts._settle(low, r, nums, kind) == (nums, None), repr(low)
    assert counts > 100 and skipped > 100  # the posts reach both the counts and the others
