"""normalize() folds runs of spaces and of the other blanks (tabs, carriage returns, form feeds,
vertical tabs) in two passes, each pattern opening with what re can skip to; the text it gives
is the one the single pattern "[\\t\\r\\f\\v]+| {2,}" gave."""

from __future__ import annotations

import random
import re

from parsers.normalize import normalize

_ONE_PASS = re.compile(r"[\t\r\f\v]+| {2,}")


def test_normalize_when_runs_of_blanks_then_as_one_pass_folds_them() -> None:
    rng = random.Random(13)
    changed = 0
    for _ in range(20_000):
        text = "".join(rng.choice("ab  \t\r\f\v") for _ in range(rng.randint(1, 16)))
        want = _ONE_PASS.sub(" ", text)
        assert normalize(text) == want, repr(text)
        changed += want != text
    assert changed > 10_000  # most texts hold a run to fold
    assert normalize("a\t b") == "a  b"  # a blank's run, then one space: two spaces stay
