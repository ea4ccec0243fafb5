"""The parser reads every recorded message exactly as recorded (tests/parsers/readings.py).

Guards work on the parser's speed: a faster path must give the same reading, field by field,
spans and review reasons included, on every dev corpus message, every bench message, generated
signals and fuzz mixes. A deliberate change of what the parser reads is recorded again with
`.venv/bin/python -m tests.parsers.readings --write` (and the diff of the recording reviewed).
"""

from __future__ import annotations

import os

from tests.parsers.readings import check, load, messages, reading, run_pure_python


def test_readings_when_parsed_again_then_every_field_is_as_recorded() -> None:
    found, diffs = check(load())
    total = sum(1 for _ in messages())
    # Messages added since the recording are skipped; most must be there to compare.
    assert found >= 0.8 * total, (
        f"only {found} of {total} messages are in the recording: record again with"
        " `.venv/bin/python -m tests.parsers.readings --write`"
    )
    assert not diffs, (
        f"{len(diffs)} readings changed (if on purpose, record again with"
        " `.venv/bin/python -m tests.parsers.readings --write`):\n" + "\n".join(diffs[:10])
    )


def test_readings_when_compared_then_a_changed_field_is_caught() -> None:
    # The comparison itself can fail: a recording with one field altered differs.
    recorded = load()
    key, value = next((k, v) for k, v in recorded.items() if "signal" in v)
    altered = {**value, "signal": {**value["signal"], "side_at": -7}}
    found, diffs = check({key: altered})
    assert found == 1 and len(diffs) == 1


def test_reading_when_message_is_chatter_then_nothing_is_recorded_for_it() -> None:
    assert reading("gm everyone, markets look calm today") == {}


def test_readings_when_pure_python_then_every_field_is_as_recorded() -> None:
    # This process runs the compiled modules when they are built (parsers/_native.py); the
    # pure-Python ones must read every message the same way (and do, when nothing is built).
    # `make test` checks every second message (session 21: the pure-Python pass over all took a
    # twentieth of the suite's time); `make soak` checks them all.
    stride = "1" if os.environ.get("SIGCOPY_SOAK") else "2"
    proc = run_pure_python("tests.parsers.readings", "--stride", stride)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert " 0 differ" in proc.stdout
