"""The compiled parser and the pure-Python one read the variant harness's inputs the same way.

The recorded readings (test_same_readings.py) cover the corpus, bench and fuzz messages; the
variants rebuild every dev signal in other layouts and words, where a mypyc semantic difference
once showed (a `for i in range(n)` loop whose bound n shrank inside it: the compiled loop
re-read n, Python's range did not, so a one-line post was read with a stop by one and without by
the other). Every variant of one seed and every follow-up variant is read here, in this process
(compiled modules when built) and in a pure-Python subprocess, and must read identically.
"""

from __future__ import annotations

import json

from tests.parsers.readings import reading, run_pure_python
from tests.parsers.same_variant_readings import SHOWED, readings, texts


def test_variants_when_read_compiled_and_pure_python_then_every_reading_is_the_same() -> None:
    proc = run_pure_python("tests.parsers.same_variant_readings")
    assert proc.returncode == 0, proc.stderr
    pure = json.loads(proc.stdout)
    here = readings()
    assert len(here) == len(pure) >= 7000
    inputs = texts()
    diffs = [
        f"{inputs[i]!r}\n  here: {a}\n  pure: {b}"
        for i, (a, b) in enumerate(zip(here, pure, strict=True))
        if a != b
    ]
    assert not diffs, f"{len(diffs)} readings differ:\n" + "\n".join(diffs[:5])


def test_one_line_post_when_a_label_value_is_a_sentence_then_later_labels_are_its_words() -> None:
    # The message that showed the difference: the entry's value "market price • ..." runs to the
    # line's end, so the stop and target labels after it are words of it, in both builds; with
    # no stop the signal is refused.
    got = reading(SHOWED)["signal"]
    assert got["is_valid"] is False
    assert "stop_loss" not in got and "take_profits" not in got
