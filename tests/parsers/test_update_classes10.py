"""Classes of dev follow-up misses made general rules (issue 13, branch i13-updates10): each
class with new posts written in its shape, and a near miss that must not become an action,
through the public parser's follow-up entry point."""

from __future__ import annotations

import pytest

from parsers import EnhancedParser

PARSER = EnhancedParser(enable_ai=False)


def _kind(text: str) -> str | None:
    sig = PARSER.parse_sync(text)
    assert sig is None or not sig.is_valid(), "a follow-up read as a new trade"
    update = PARSER.parse_update_sync(text)
    return None if update is None else update.kind.value


# Class 1: Chinese cancels ("撤销", "撤单"; "不着急进": no hurry to enter), traditional forms too.
@pytest.mark.parametrize(
    "text",
    ["撤单", "撤銷 #SOL", "BTC 撤单了", "先看看，不着急进场", "不用急著進，等回踩", "Good luck!\n撤銷"],
)
def test_update_when_a_chinese_cancel_is_said_then_cancel(text: str) -> None:
    assert _kind(text) == "CANCEL"


@pytest.mark.parametrize(
    "text", ["先不撤单，等等看", "别撤单", "没撤单的继续拿着", "不着急进一步说明，明天再讲"]
)
def test_update_when_a_chinese_cancel_is_negated_then_no_cancel(text: str) -> None:
    assert _kind(text) != "CANCEL"
