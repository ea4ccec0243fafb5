"""labels._KIND_CACHE keeps a label's kind by its word alone, across messages, while the kind
patterns (labels._KIND_OF) end in look-aheads that read the text after the word. The cache is
only sound while no word's kind depends on what follows it: if a lexicon row ever made it so,
the first message seen would decide the kind for every later one (a reading that depends on
the order messages arrive). This walks every label word of the dev corpus through many
contexts, with the cache cleared each time, and demands one kind a word."""

from __future__ import annotations

import re
from collections.abc import Sequence

from parsers import labels
from tests.parsers.corpus_score import load_split

# What channels write after a label: separators, arrows, list numbers, a glued percentage,
# an emoji pointer, a line break, nothing.
_AFTER = (
    ": 1.5",
    " 1.5",
    " - 1.5",
    "\n1.5",
    " :",
    " @ 2",
    " → 3",
    " -> 3",
    "👇 2",
    " 1) 2",
    " 1: 2.5",
    " 2 3.5",
    " 12%",
    "",
    " x",
    " 1.5 %",
    ":- 4",
    " $5",
    "=7",
    " (5)",
    " zone 3",
)


def _label_words() -> set[str]:
    words: set[str] = set()
    for case in load_split("dev"):  # never the held-out split
        spaced = " " + case.text.lower()
        for pattern in (labels._WORD_LABELS, labels._WORD_LABELS_ASCII):
            for m in pattern.finditer(spaced):
                start, end = m.span()
                words.add(spaced[start + 1 : end])
    return words


def _kind(table: Sequence[tuple[str, re.Pattern[str]]], spaced: str, end: int) -> str:
    """The first kind of the table whose pattern matches the label exactly, as labels._kind_of
    reads it (without the cache)."""
    for kind, regex in table:
        m = regex.match(spaced, 1)
        if m is not None and m.end() == end:
            return kind
    return "noise"


def _kinds(word: str, table: Sequence[tuple[str, re.Pattern[str]]]) -> dict[str, str]:
    """The kind of `word` after each context where the label pattern finds that very word."""
    seen: dict[str, str] = {}
    for after in _AFTER:
        spaced = " " + word + after
        m = labels._WORD_LABELS.match(spaced, 0)
        if m is not None and m.end() == 1 + len(word):
            seen[after] = _kind(table, spaced, 1 + len(word))
    return seen


def test_label_kind_when_context_after_word_changes_then_kind_is_the_same() -> None:
    words = _label_words()
    assert len(words) > 200  # the dev corpus's labels, not an empty walk
    tried = 0
    split: dict[str, dict[str, str]] = {}
    for word in words:
        kinds = _kinds(word, labels._KIND_OF)
        tried += len(kinds) > 1
        if len(set(kinds.values())) > 1:
            split[word] = kinds
    assert tried > 100  # most words were read in several contexts
    assert not split, f"a label's kind depends on the text after it (cache unsound): {split}"


def test_label_kind_when_read_by_the_parser_then_the_walk_reads_the_same() -> None:
    for word in ("entry", "tp1", "stop loss", "leverage", "targets", "buy zone"):
        spaced = " " + word + ": 1.5"
        assert labels._kind_of(spaced, 1, 1 + len(word)) == _kind(
            labels._KIND_OF, spaced, 1 + len(word)
        )


def test_label_kind_when_a_row_reads_the_context_then_the_walk_finds_it() -> None:
    # A row whose look-ahead decides the kind: "tp" followed by ":" would be noise.
    row = ("noise", re.compile(r"tp(?=[ \t]?:)"))
    kinds = _kinds("tp", [row, *labels._KIND_OF])
    assert kinds[": 1.5"] == "noise" and kinds[" 1.5"] == "tp"
