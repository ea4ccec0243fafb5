"""The ASCII twins of the label, keyword and side patterns (parsers/labels.py ascii_twin, used
on text that is all ASCII) find exactly what the Unicode patterns find there, separators
\\x1c-\\x1f (which Unicode counts as spaces) included."""

from __future__ import annotations

import random
import re

import pytest

from parsers import labels, quick_tests, sides
from parsers.labels import ascii_twin

PAIRS = {
    "labels": (labels._WORD_LABELS, labels._WORD_LABELS_ASCII),
    "market": (labels.MARKET._words, labels.MARKET._ascii_words),
    "not a signal": (labels.NOT_SIGNAL._words, labels.NOT_SIGNAL._ascii_words),
    "status": (labels.STATUS._words, labels.STATUS._ascii_words),
    "reported": (labels.REPORTED._words, labels.REPORTED._ascii_words),
    "strong side": (sides._STRONG, sides._STRONG_ASCII),
    "weak side": (sides._WEAK, sides._WEAK_ASCII),
}
SEPARATORS = [" ", " ", "\n", "\t", ":", "-", "=", "@", ".", "1", "25.5", "$", "#", "/", "|"]
SEPARATORS += ["\x1c", "\x1d", "\x1e", "\x1f", "\x0b", "\x0c", "\r", "'", "(", ")"]


def _texts(pattern: re.Pattern[str], n: int) -> list[str]:
    """ASCII texts made of the pattern's own words and separators, most holding a match."""
    rng = random.Random(13)
    plain = pattern.pattern.replace(r"\s", " ").replace("[ \\t]", " ")
    words = sorted(set(re.findall(r"[a-z][a-z ]*[a-z]", plain)))
    out = []
    for _ in range(n):
        parts = [rng.choice(words if rng.random() < 0.5 else SEPARATORS) for _ in range(9)]
        out.append("".join(parts))
    return out


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_ascii_twin_when_ascii_text_then_the_same_matches(name: str) -> None:
    unicode, twin = PAIRS[name]
    found = 0
    for text in _texts(unicode, 1500):
        want = [(m.span(), m.groupdict()) for m in unicode.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in twin.finditer(text)] == want, repr(text)
        found += bool(want)
    assert found > 50  # the texts reach the patterns' words


def test_ascii_twin_when_unicode_space_separator_then_still_a_space() -> None:
    twin = ascii_twin(r"stop\sloss|[^\s]x")
    assert twin.fullmatch("stop\x1closs") is not None
    assert twin.fullmatch("\x1fx") is None
    assert re.compile(r"[^\s]x", re.ASCII).fullmatch("\x1fx") is not None  # what it guards


def test_ascii_twin_when_pattern_reads_differently_in_ascii_then_refused() -> None:
    for pattern in (r"a\Sb", r"(?i)ſ", r"(?i:k)"):
        with pytest.raises(ValueError):
            ascii_twin(pattern)


FINDERS = {
    "market": labels.MARKET,
    "not a signal": labels.NOT_SIGNAL,
    "status": labels.STATUS,
    "reported": labels.REPORTED,
}


@pytest.mark.parametrize("name", sorted(FINDERS))
def test_finder_quick_test_when_ascii_text_then_the_same_result(name: str) -> None:
    # Finder.search rejects an ASCII text holding none of the words' literal heads without the
    # pattern: on texts made of the words, it finds exactly what the pattern finds.
    finder = FINDERS[name]
    for text in _texts(finder._words, 1500):
        m = finder._words.search(" " + text)
        assert finder.search(text) == (m.start() if m else -1), repr(text)


def test_ascii_heads_when_words_then_a_literal_each_always_holds() -> None:
    assert quick_tests.ascii_heads((r"cancell?ed", r"market(?:\sprice)?", r"in\sprofit")) == (
        "cancel",
        "market",
        "profit",
    )
    assert quick_tests.ascii_heads((r"по\s?рынку", r"thị\s?trường", r"cmp")) == ("cmp",)  # no ASCII
    assert quick_tests.ascii_heads((r"results?", r"ab{1,2}cde", r"still\s(?:open|held)")) == (
        "result",
        "cde",
        "still",
    )
    # (A literal holding another is found only where that one is: "kaufen" where "kauf" is.)
    assert quick_tests.ascii_heads((r"kaufen", r"kauf", r"buy(?:ing)?")) == ("kauf", "buy")
    assert quick_tests.ascii_heads((r"hit", r"on\sit")) is None  # "on", "it": in nearly every text
    assert quick_tests.ascii_heads((r"hit", r"[ck]oin")) is None  # no literal to start with
    assert quick_tests.ascii_heads((r"hit", r"abc+d")) is None  # "ab" only: too short
    assert labels.MARKET._ascii_heads is not None  # the quick test is in use
    assert labels.MARKET.search("buy btc at market price") == 11
    assert labels.MARKET.search("buy btc at marke price") == -1


def test_required_run_when_classes_and_groups_then_only_what_always_matches() -> None:
    assert quick_tests.required_run("k[ıi]sa") == "kisa"  # in ASCII text the class is "i"
    assert quick_tests.required_run("k[ıi]?sa") == "sa"
    assert quick_tests.required_run("x(?:[)]abc)?yz") == "yz"  # a ")" in a class ends no group
    assert quick_tests.required_run("ab[^c]de") == "ab"
    assert quick_tests.required_run("sat[ıi][sşm]") == "sati"


@pytest.mark.parametrize("weak", [False, True])
@pytest.mark.parametrize("side", [sides.LONG, sides.SHORT])
def test_other_side_words_quick_test_when_ascii_text_then_the_same_words(
    side: str, weak: bool
) -> None:
    # other_side_words skips the pattern when none of the side's literals is in the range
    # (strong words, or with weak its weak words).
    pattern = sides._WEAK_ASCII if weak else sides._STRONG_ASCII
    found = 0
    for text in _texts(sides._WEAK if weak else sides._STRONG, 1500):
        for start, end in ((0, len(text)), (5, len(text) - 3), (12, 30)):
            want = [
                (m.start() + 1, m.group("long") or m.group("short"))
                for m in pattern.finditer(text, max(start - 1, 0), end)
                if (m.group("long") is not None) == (side == sides.LONG)
            ]
            assert sides.other_side_words(text, side, start, end, weak) == want, repr(text)
            found += bool(want)
    assert found > 50
