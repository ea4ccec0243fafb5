"""The gates session 24 (i13-speed17) put before reports._reported's English rows: a post
holding no report word or mark (reports._MARKS) and no "% profit" (reports._RESULT) holds no
match; one holding no "% profit" is searched without the two line-start rows, as a tree of first
characters (reports._TARGET_EN_LED). Each answer must be the ungated one on random texts of the
rows' words and on the dev posts; every match of each row must hold what its gate looks for."""

from __future__ import annotations

import hashlib
import random
import re

from parsers import reports
from parsers.lead_first import lead_first
from parsers.quick_tests import alternatives, led_alternatives
from parsers.vocabulary import TARGET_REPORTED
from tests.parsers.corpus_score import load_split
from tests.parsers.word_texts import word_text

# Words of the English rows (parsers/vocabulary.TARGET_REPORTED), their near misses, and what
# stands around and between them.
_WORDS = (
    *("tp", "tp1", "target", "take profit", "take-profit", "entry", "entries", "stop loss"),
    *("sl", "is", "has been", "have been", "was", "were", "got", "hit", "reached", "achieved"),
    *("done", "smashed", "triggered", "✅", "✔", "☑", "✓", "the", "our", "closed", "exited"),
    *("stopped out", "stopped", "at", "in", "with", "for", "manually", "on", "all", "targets"),
    *("tps", "completed", "+32%", "4.55%", "-1,5 %", "loss", "profit", "gain", "signal", "order"),
    *("position", "trade", "filled", "activated", "entered", "cancelled", "canceled", "cancel"),
    *("suggesting that", "once", "if", "when", "hits", "closes", "gained", "profits", "doned"),
    *(
        "已取消",
        "已自动取消",
        "挂单",
        "取消",
    ),  # (i13-gath25's row, checked against _MARKS at the merge)
)
_SIGNS = (" ", " ", " ", "\n", "\n ", ": ", "-", "#", "2", "150", "$", "(", ")", "%", "x", "🚀")


def _ungated(low: str) -> bool:
    """reports._reported before session 24: the English rows, every one at every place."""
    pattern = (
        reports._TARGET_REPORTED
        if reports.written(low, reports._TARGET_RU_HEADS, 0, len(low))
        else reports._TARGET_EN
    )
    for m in pattern.finditer(low):
        if reports._HEDGED.search(low, max(0, m.start() - 48), m.start()):
            continue
        return True
    return False


def _random_text(rng: random.Random) -> str:
    return word_text(rng, _WORDS, _SIGNS, most=12, word_share=0.6, space_share=0.6)


def _spans(pattern: re.Pattern[str], low: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(low)]


def test_reported_when_random_texts_then_as_ungated() -> None:
    rng = random.Random(2417)
    found = led = 0
    for _ in range(20_000):
        low = _random_text(rng)
        want = _ungated(low)
        assert reports._reported(low) == want, low
        found += want
        if reports._RESULT.search(low) is None:
            # The tree of the rows that open with a literal finds every match the rows find.
            spans = _spans(reports._TARGET_EN, low)
            assert _spans(reports._TARGET_EN_LED, low) == spans, low
            led += bool(spans)
    assert found > 3_000 and led > 2_000, (found, led)  # (the rows were reached)


def test_each_row_matches_only_with_its_gate() -> None:
    led, at_lines = led_alternatives(lead_first(TARGET_REPORTED))
    rows = [(re.compile(alt), True) for alt in alternatives(led)]
    rows += [(re.compile(alt), False) for alt in alternatives(at_lines)]
    assert len(rows) == len(alternatives(lead_first(TARGET_REPORTED)))
    reached = [0] * len(rows)
    rng = random.Random(24)
    for _ in range(30_000):
        low = _random_text(rng)
        for i, (row, marked) in enumerate(rows):
            for m in row.finditer(low):
                reached[i] += 1
                if marked:
                    assert any(h in m.group() for h in reports._MARKS), (row.pattern, low)
                else:
                    assert reports._RESULT.search(low, m.start(), m.end() + 1), (row.pattern, low)
    assert all(reached), [row.pattern for (row, _), n in zip(rows, reached, strict=True) if not n]


def test_rows_as_checked() -> None:
    # A row added to TARGET_REPORTED must be checked against the gates (and their words added to
    # _WORDS above) before this pin is moved.
    assert len(alternatives(TARGET_REPORTED)) == 11
    assert hashlib.sha256(TARGET_REPORTED.encode()).hexdigest()[:16] == "792d82004c3b80b9"


def test_reported_when_dev_posts_then_as_ungated() -> None:
    for case in load_split("dev"):
        low = case.text.lower()
        assert reports._reported(low) == _ungated(low), case.id


def _ascii_texts() -> list[str]:
    """The dev posts that are ASCII, lower-cased, and random ASCII texts of the label words."""
    from parsers.lexicon import ROWS

    texts = [c.text.lower() for c in load_split("dev") if c.text.isascii()]
    words = [p.replace("\\s", " ").replace("?", "") for _, _, p in ROWS if p.isascii()]
    words = [w for w in words if re.fullmatch(r"[a-z0-9 ]+", w)]
    rng = random.Random(17)
    for _ in range(3_000):
        texts.append(
            "".join(rng.choice(words) + rng.choice(_SIGNS) for _ in range(rng.randint(1, 8)))
        )
    return texts


def test_ascii_twins_without_other_scripts_find_the_same_labels() -> None:
    from parsers import labels

    full = labels.ascii_twin(labels._WORD_LABELS_PATTERN)  # (every script's rows, as before)
    assert full.pattern != labels._WORD_LABELS_ASCII.pattern
    finders = [labels.MARKET, labels.STATUS, labels.REPORTED, labels.NOT_SIGNAL]
    found = 0
    for low in _ascii_texts():
        spaced = " " + low
        spans = _spans(full, spaced)
        assert _spans(labels._WORD_LABELS_ASCII, spaced) == spans, low
        found += len(spans)
        for finder in finders:
            old = finder._words.search(spaced)  # (on ASCII text, as the ASCII twin reads it)
            new = finder._ascii_words.search(spaced)
            assert (old and old.span()) == (new and new.span()), low
    assert found > 10_000, found
