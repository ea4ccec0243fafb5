"""Session 23, branch i13-tidy24: the helpers that now serve two places each (repeated code
folded, behaviour unchanged), pinned by what both former copies answered.

- parsers/labels.spaces_replaced: the \\s rewrite of ascii_twin and _one_line (a character class
  read as re reads it: its first "]", after "[" or "[^", is a literal).
- parsers/sentences.clause_head (not_close_others' until session 26): the clause before a close
  word (said_of_others, not_close_rows.said_of_other).
- parsers/chatter_titles.said_before: a pattern in the sentence before the action's word
  (method_or_results, chatter_posts.results_or_rule).
- tests/parsers/variant_forms.near_level: the price near a reading's levels the harness families
  draw (mutation_post.near_price, mutations_notes, mutations_aside, mutations_level_notes).

Every row is a guard (made up, or a form quoted in the modules' own comments): each read the
same before the fold. The readings of tests/fixtures/parser_readings.jsonl (0 differ) and every
harness family's rows for seeds 1 and 13 (identical) were compared when the code was folded.
"""

from __future__ import annotations

import random
import re

import pytest

from parsers.chatter_posts import results_or_rule
from parsers.chatter_titles import method_or_results, said_before
from parsers.labels import _one_line, ascii_twin, spaces_replaced
from parsers.not_close_others import CLAUSE_BEFORE
from parsers.sentences import clause_head
from tests.parsers.mutation_post import near_price
from tests.parsers.variant_forms import fmt, levels_of, near_level

# (pattern, in a class, elsewhere, expected): made-up patterns.
SPACES = [
    (r"stop\sloss", "I", "O", "stopOloss"),
    (r"[\s-]x", "I", "O", "[I-]x"),
    (r"[^\s]\s", "I", "O", "[^I]O"),
    (r"[]\s]\s", "I", "O", "[]I]O"),  # a "]" first in a class is a literal
    (r"[^]\s]\s", "I", "O", "[^]I]O"),
    (r"\\s", "I", "O", r"\\s"),  # an escaped backslash, then "s"
    (r"a\.b\s", "I", "O", r"a\.bO"),
]


@pytest.mark.parametrize("pattern, inside, outside, want", SPACES)
def test_spaces_replaced_when_classes_then_each_side_written(pattern, inside, outside, want):
    assert spaces_replaced(pattern, inside, outside) == want


def test_one_line_and_ascii_twin_when_read_then_their_forms():
    assert _one_line(r"stop[\s-]?loss\s") == r"stop[ \t-]?loss[ \t]"
    twin = ascii_twin(r"\Wtp\s?[0-9]")
    assert twin.pattern == r"\Wtp[\s\x1c-\x1f]?[0-9]"
    assert twin.flags & re.ASCII
    assert twin.search(" tp\x1d1") is not None  # the separators Unicode's \s holds
    with pytest.raises(ValueError):
        ascii_twin(r"\S+")


# (text, word, head's tail from the clause's start): the clause before a close word.
CLAUSES = [
    ("members closed btc", "closed", "members "),
    ("great day, members closed btc", "closed", " members "),
    ("price 5.783 then closed", "closed", "price 5.783 then "),
    ("done. we closed", "closed", " we "),
    ("x" * 100 + " closed", "closed", "x" * 63 + " "),  # at most 64 characters before
]


@pytest.mark.parametrize("text, word, clause", CLAUSES)
def test_clause_head_when_marks_then_the_clause_before_the_word(text, word, clause):
    head, cut = clause_head(text, text.index(word), CLAUSE_BEFORE)
    assert head[cut:] == clause
    assert len(head) <= 64


SENTENCES = [
    (r"always", "tip: always close half at tp1", "close", True),
    (r"always", "always hold. close half now", "close", False),  # another sentence
    (r"always", "always at 1.5 close", "close", True),  # a price's point ends none
    (r"always", "always!\nclose", "close", False),
]


@pytest.mark.parametrize("pattern, text, word, said", SENTENCES)
def test_said_before_when_sentence_marks_then_only_the_words_sentence(pattern, text, word, said):
    assert said_before(text, text.index(word), re.compile(pattern)) is said


def test_chatter_checks_when_folded_then_read_as_before():
    low = "tip: always close half at tp1 and move sl to entry"
    assert results_or_rule(low, low.index("close")) == "a rule for every trade"
    assert method_or_results(low, low.index("close")) == "a method or results"
    low = "#eth close 50% now, our strategy works"
    assert results_or_rule(low, low.index("close")) is None
    assert method_or_results(low, low.index("close")) is None


def test_near_level_when_drawn_then_a_price_near_and_none_of_the_levels():
    want = {"entries": [100.0], "take_profits": [110.0, 120.0], "stop_loss": 95.0}
    for seed in range(50):
        a, b = random.Random(seed), random.Random(seed)
        drawn = near_price(a, want)
        assert drawn == near_level(b, levels_of(want), 0.15)
        assert drawn not in {fmt(v) for v in levels_of(want)}
        assert 100 * 0.85 <= float(drawn) <= 110 * 1.15
