"""Every fixture message in tests/fixtures/signals is read as expected."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from parsers import EnhancedParser, flatten_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "signals"


def load_cases() -> list[dict[str, Any]]:
    """All fixture cases, with text flattened (list of lines, or a Telegram Desktop export)."""
    cases: list[dict[str, Any]] = []
    for path in sorted(FIXTURES.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            if "tg_text" in case:
                case["text"] = flatten_text(case["tg_text"])
            elif isinstance(case["text"], list):
                case["text"] = "\n".join(case["text"])
            case["file"] = path.name
            cases.append(case)
    return cases


CASES = load_cases()
PARSER = EnhancedParser(enable_ai=False)


def _approx(actual: list[float], expected: list[float]) -> bool:
    return len(actual) == len(expected) and all(
        a == pytest.approx(e, rel=1e-9) for a, e in zip(actual, expected, strict=True)
    )


def check_case(case: dict[str, Any]) -> list[str]:
    """Differences between what the parser reads and what the fixture expects."""
    text = case["text"]
    expect = case["expect"]
    problems: list[str] = []
    sig = PARSER.parse_sync(text)
    if "update" in expect:
        update = PARSER.parse_update_sync(text)
        if sig is not None:
            problems.append(f"read as a new signal: {sig.to_dict()}")
        if update is None:
            return [*problems, "no update read"]
        got = update.to_dict()
        for key, want in expect["update"].items():
            if key in ("price", "fraction") and want is not None and got[key] is not None:
                if got[key] != pytest.approx(want, rel=1e-6):
                    problems.append(f"{key}: got {got[key]!r}, want {want!r}")
            elif got[key] != want:
                problems.append(f"{key}: got {got[key]!r}, want {want!r}")
        return problems
    want = expect["signal"]
    if want is None:
        if sig is not None:
            problems.append(f"expected no signal, got {sig.to_dict()}")
        return problems
    if sig is None:
        return ["expected a signal, got None"]
    for key, value in want.items():
        if key == "review":  # a reason the signal needs a person's look, in its words
            if not any(value in reason for reason in sig.review):
                problems.append(f"review: got {sig.review}, want one containing {value!r}")
        elif key == "valid":
            if sig.is_valid() != value:
                problems.append(f"is_valid: got {sig.is_valid()} ({sig.errors}), want {value}")
        elif key in ("entries", "take_profits"):
            if not _approx(getattr(sig, key), value):
                problems.append(f"{key}: got {getattr(sig, key)}, want {value}")
        elif key == "stop_loss" and value is not None and sig.stop_loss is not None:
            if sig.stop_loss != pytest.approx(value, rel=1e-9):
                problems.append(f"stop_loss: got {sig.stop_loss}, want {value}")
        elif getattr(sig, key) != value:
            problems.append(f"{key}: got {getattr(sig, key)!r}, want {value!r}")
    return problems


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_parse_when_fixture_message_then_matches_expected(case: dict[str, Any]) -> None:
    problems = check_case(case)
    assert not problems, f"{case['id']} ({case['file']}): " + "; ".join(problems)


def test_fixture_corpus_when_loaded_then_covers_the_issue_minimums() -> None:
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "fixture ids must be unique"
    assert len(CASES) >= 150
    langs = {c.get("lang", "en") for c in CASES}
    assert len(langs) >= 8, langs
    negatives = [
        c
        for c in CASES
        if c["expect"].get("signal", 0) is None
        and "update" not in c["expect"]
        or (c["expect"].get("signal") or {}).get("valid") is False
    ]
    assert len(negatives) >= 30
    assert sum("update" in c["expect"] for c in CASES) >= 20
