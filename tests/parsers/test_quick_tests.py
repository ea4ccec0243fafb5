"""The literal quick tests before a pattern's search (parsers/quick_tests.py): the literals
required_literals gives are in every match of the pattern, so a range of text holding none of
them holds no match, and the search it saves would have found nothing."""

from __future__ import annotations

import random
import re

import pytest

from parsers import (
    close_share,
    hedged_call,
    not_close,
    sides,
    signal_parser,
    stop_hits,
    trigger,
    update_targets,
)
from parsers.quick_tests import alternatives, required_literals, written


def test_required_literals_when_words_and_groups_then_one_of_them_in_every_match() -> None:
    assert required_literals(r"(?<![\w-])(?:close|closed|exit)\s(?:my\s)?") == ("close", "exit")
    assert required_literals(r"(?:buy|sell)[\s-]stop|on\s(?:a\s)?break") == ("stop", "break")
    assert required_literals(r"пробо[йяе]|突破") == ("пробо", "突破")
    assert required_literals(r"k[ıi]sa") == ("sa",)  # in any text the class is two characters
    assert required_literals(r"(?:ab)?c|x(?=yz)") == ("c", "x")  # optional and look-ahead: no
    assert required_literals(r"a|") is None  # an empty alternative matches everywhere
    assert required_literals(r"[ck]oin|\d+") is None
    assert alternatives(r"a(?:b|c)|[|]d|e\|f") == ["a(?:b|c)", "[|]d", r"e\|f"]


def test_required_literals_when_common_words_then_others_of_the_alternative_instead() -> None:
    hedge = r"(?:might|may)\s(?:long|short)|watch\s?list|(?:long|short)\sidea|(?:long|short)s?"
    assert required_literals(hedge) == ("long", "short", "watch", "idea")
    # ("long" and "short" are in nearly every signal: "might" and "may" tell more; the last
    # alternative has no other literal, so the common words stay for it.)
    assert required_literals(hedge, ("long", "short")) == (
        *("might", "may", "watch", "idea", "long", "short"),
    )
    assert required_literals(r"(?:maybe|may)\s(?:long|short)", ("long",)) == ("may",)


def _texts(pattern: re.Pattern[str], n: int, seed: int) -> list[str]:
    """Texts made of the pattern's own words (Latin and Cyrillic) and separators."""
    rng = random.Random(seed)
    plain = pattern.pattern.replace(r"\s", " ").replace("[ \\t]", " ")
    words = sorted(set(re.findall(r"[a-zа-я][a-zа-я -]*[a-zа-я]", plain)))
    seps = [" ", " ", "\n", ":", "-", ".", "1", "0.45", "$", "#", "/", "(", "🚀", "the ", "my "]
    return [
        "".join(rng.choice(words if rng.random() < 0.5 else seps) for _ in range(8))
        for _ in range(n)
    ]


GATED = {
    "closing side": (signal_parser._CLOSING_SIDE, signal_parser._CLOSING_HEADS),
    "hunted traders": (sides._HUNTED, sides._HUNTED_HEADS),
    "close words": (close_share.CLOSE, close_share._CLOSE_HEADS),
    "close words, other scripts": (close_share.CLOSE_WORLD, close_share._CLOSE_WORLD_HEADS),
    "cancel words": (not_close.CANCEL, not_close._CANCEL_HEADS),
    "hit words": (update_targets.HIT, update_targets._HIT_HEADS),
    "stop hit, other scripts": (stop_hits.SL_HIT_WORLD, stop_hits._WORLD_HEADS),
    "hedged call": (hedged_call._HEDGED, hedged_call._HEDGED_HEADS),
}


@pytest.mark.parametrize("name", sorted(GATED))
def test_written_when_the_pattern_matches_in_a_range_then_a_literal_is_there(name: str) -> None:
    pattern, heads = GATED[name]
    assert heads  # the quick test is in use
    found = 0
    # (4000 texts: the verb forms of parsers/ru_grammar.py dilute the word pool; i13-ru22.)
    for text in _texts(pattern, 4000, 13):
        for start, end in ((0, len(text)), (3, len(text) - 2), (8, 40)):
            if pattern.search(text, start, end) is not None:
                found += 1
                assert written(text, heads, start, end), (repr(text), start, end)
    assert found > 40  # the texts reach the patterns' words


def test_written_when_a_stop_order_statement_matches_then_its_literal_is_there() -> None:
    # (The statement is a chain of words, "set up as a buy stop limit order": texts of random
    # words seldom reach it, so these are its chains with pieces changed, dropped or swapped.)
    rng = random.Random(19)
    lead = ["set up as ", "setup ", "place ", "placed ", "use ", "using ", "as ", "with ", "in "]
    heads = trigger._STATEMENT_HEADS
    assert heads
    found = 0
    for _ in range(5000):
        pieces = [
            rng.choice(lead),
            rng.choice(["a ", "an ", ""]),
            rng.choice(["buy ", "sell ", ""]),
            rng.choice(["stop", "stp", "order type: buy stop", "ordertype=sell-stop"]),
            rng.choice([" ", "-", ""]),
            rng.choice(["limit", "market", "loss"]),
            rng.choice([" buy", " sell", ""]),
            rng.choice([" ", "", "\n"]),
            rng.choice(["order", "orders", "ord", "", "0.53"]),
        ]
        if rng.random() < 0.3:
            del pieces[rng.randrange(len(pieces))]
        if rng.random() < 0.3:
            i, j = rng.randrange(len(pieces)), rng.randrange(len(pieces))
            pieces[i], pieces[j] = pieces[j], pieces[i]
        text = "entry 0.5 " + "".join(pieces) + " sl 0.4"
        if trigger._STATEMENT.search(text) is not None:
            found += 1
            assert written(text, heads, 0, len(text)), repr(text)
    assert found > 400


AFTER_ENTRY = {
    "break": (trigger._AFTER_BREAK, trigger._AFTER_BREAK_HEADS),
    "above": (trigger._AFTER_WAYS[0][1], trigger._AFTER_WAYS_HEADS[0]),
    "below": (trigger._AFTER_WAYS[1][1], trigger._AFTER_WAYS_HEADS[1]),
}


@pytest.mark.parametrize("name", sorted(AFTER_ENTRY))
def test_written_when_a_trigger_word_matches_after_the_entry_then_a_literal_is_there(
    name: str,
) -> None:
    # (trigger.with_trigger matches these at the end of the entry's price, in the rest of its
    # line, only when one of the literals is there.)
    pattern, heads = AFTER_ENTRY[name]
    assert heads
    found = 0
    for text in _texts(pattern, 12000, 19):
        for start in range(len(text)):
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            if pattern.match(text, start, end) is not None:
                found += 1
                assert written(text, heads, start, end), (repr(text), start, end)
    assert found > 50
