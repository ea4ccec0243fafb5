"""Spans of a long post map back onto the original text (a card for a 4,000-character post is
aligned line by line, not as one whole-text alignment that would hold the bot for seconds)."""

from __future__ import annotations

from parsers.normalize import normalize
from parsers.spans import OffsetMap

_POST = "🚀 **#BTC/USDT** LONG\u200b\nEntry: 42 000 - 41 500\nTP1: 43 000 ✅\nSL: 40 000\n"


def _spans_of(norm: str, word: str) -> list[tuple[int, int]]:
    out, at = [], norm.find(word)
    while at >= 0:
        out.append((at, at + len(word)))
        at = norm.find(word, at + 1)
    return out


def test_span_when_post_is_long_then_each_field_maps_to_its_own_text() -> None:
    original = _POST * 60  # about 4,000 characters: markup, zero-width spaces, emoji
    norm = normalize(original)
    assert norm != original and norm.count("\n") == original.count("\n")
    spans = _spans_of(norm, "43 000")
    assert len(spans) == 60
    mapped = OffsetMap(norm, original).spans({"take_profits": spans})["take_profits"]
    assert [original[a:b] for a, b in mapped] == ["43 000"] * 60
    assert len(set(mapped)) == 60  # each to its own line, not all to one


def test_span_when_normalising_joined_lines_then_whole_text_alignment_still_maps() -> None:
    original = "#BTC LONG\nEntry: <b>42000\n</b>\nSL: 40000"
    norm = "#BTC LONG\nEntry: 42000\nSL: 40000"  # a line count normalising did not keep
    (mapped,) = OffsetMap(norm, original).spans({"stop": _spans_of(norm, "40000")})["stop"]
    assert original[mapped[0] : mapped[1]] == "40000"
