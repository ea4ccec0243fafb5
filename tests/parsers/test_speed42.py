"""Session 32 (i13-speed42): what a post's first readings work out, kept for the same post's later
readings (parsers/read_once.py).

The follow-up reader (`EnhancedParser.parse_update_sync`) reads one post several ways: read_update
normalises it, read_signal reads it as a signal, and where that gives nothing, quoted_levels
reads it again as a signal quoted under a status line. Two levers, each exact:

- `normalize` answers the text it normalised last from what it gave (one entry; 2 of 3 calls on
  the dev updates are of the text normalised just before);
- `quoted_levels(text)` is None without a reading when read_signal(text) gave None with no
  reading of it reaching the status checks (signal_parser._read consults `status` only from
  there on, so the reading with status off takes the same path to the same None).

Checked here against fresh readings (the kept answers cleared, or `_signal(text, False)` itself)
on every dev post and recorded reading's text (never held out), raw and normalised, and by rows
of made-up posts (MADE UP: a status line over a signal, whose quoted levels must still be read)
that would fail if the shortcut skipped a reading it must not.
"""

from __future__ import annotations

import pytest

from parsers import read_once
from parsers.models import UpdateKind
from parsers.normalize import MAX_CHARS, normalize, normalize_held
from parsers.post_chars import held_chars
from parsers.signal_parser import _signal, quoted_levels, read_signal
from tests.parsers.reads import PARSER


def _texts() -> list[str]:
    """Every dev post and recorded reading's text, raw and normalised (never held out)."""
    from tests.parsers.corpus_score import load_split
    from tests.parsers.readings import messages

    raw = [case.text for case in load_split("dev") if case.text]
    raw += [text for _, text in messages()]
    raw = list(dict.fromkeys(raw))
    return list(dict.fromkeys(raw + [normalize(text) for text in raw]))


_TEXTS = _texts()


def _fresh_normalize(text: str) -> str:
    """normalize() as main wrote it (no kept answer)."""
    cut = text[:MAX_CHARS]
    return normalize_held(cut, held_chars(cut))


def _forget() -> None:
    """Clear the kept answers (a fresh process's state)."""
    read_once._NORMALIZED[0] = ("", "")
    read_once._NONE_UNASKED[0] = ""


def test_normalize_when_asked_again_or_after_another_text_then_as_fresh() -> None:
    previous = ""
    for text in _TEXTS:
        want = _fresh_normalize(text)
        assert normalize(text) == want
        assert normalize(text) == want  # (answered from the kept entry)
        assert normalize(previous) == _fresh_normalize(previous)  # (another text between)
        assert normalize(text) == want
        previous = text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "BTC LONG\nEntry: 100",
        "BTC LONG\nEntry: 1OO",  # (MADE UP: letters O for zeros)
        "ＢＴＣ ＬＯＮＧ\nEntry: １００",  # (full-width: the table and NFKC steps)
        "x" * (MAX_CHARS + 10),
        "x" * MAX_CHARS + "y",  # (the same first MAX_CHARS characters as the row above)
    ],
)
def test_normalize_when_edge_texts_then_as_fresh(text: str) -> None:
    _forget()
    assert normalize(text) == _fresh_normalize(text)
    assert normalize(text) == _fresh_normalize(text)


def test_quoted_levels_when_read_signal_gave_none_unasked_then_none_either_way() -> None:
    kept = 0
    for text in _TEXTS:
        _forget()
        sig = read_signal(text)
        if read_once.none_either_way(text) and text:
            kept += 1
            assert sig is None
            assert _signal(text, False) is None, text  # (the reading it skips)
        got, want = quoted_levels(text), (_signal(text, False) if text else None)
        assert (got is None) == (want is None), text
        if got is not None and want is not None:
            assert (got.symbol, got.side, got.entries, got.take_profits, got.stop_loss) == (
                want.symbol,
                want.side,
                want.entries,
                want.take_profits,
                want.stop_loss,
            )
            assert got.review == want.review
    assert kept > 1000  # (most posts: chatter, follow-ups; the lever is used)


# MADE UP: a status line over a signal posted again. read_signal gives None for the status (its
# reading reached the status checks), and quoted_levels must still read the quoted levels.
_CARD = "#SOL/USDT SHORT\nEntry: 150\nTP1: 145\nTP2: 140\nSL: 155"


@pytest.mark.parametrize(
    "status",
    ["TP1 hit ✅", "Entry filled ✅", "Position has been activated", "✅ Entry activated"],
)
def test_quoted_levels_when_a_status_line_over_a_signal_then_its_levels(status: str) -> None:
    post = f"{status}\n\n{_CARD}"
    _forget()
    assert read_signal(post) is None
    assert not read_once.none_either_way(post)
    quoted = quoted_levels(post)
    assert quoted is not None and quoted.entries == [150.0]
    assert quoted.take_profits == [145.0, 140.0] and quoted.stop_loss == 155.0


def test_quoted_levels_when_another_text_was_kept_then_this_one_read() -> None:
    _forget()
    assert read_signal("gm everyone, new week 🚀") is None
    assert read_once.none_either_way("gm everyone, new week 🚀")
    post = f"TP1 hit ✅\n\n{_CARD}"
    quoted = quoted_levels(post)  # (never asked of read_signal: read)
    assert quoted is not None and quoted.take_profits == [145.0, 140.0]
    assert read_signal(post) is None
    assert quoted_levels(post) is not None  # (read_signal reached the status checks: read)


def test_quoted_levels_when_a_signal_was_read_then_not_kept() -> None:
    _forget()
    sig = read_signal(_CARD)
    assert sig is not None and sig.is_valid()
    assert not read_once.none_either_way(_CARD)
    quoted = quoted_levels(_CARD)
    assert quoted is not None and quoted.entries == [150.0]


@pytest.mark.parametrize(
    ("post", "kind", "tp_index"),
    [
        (f"TP1 hit ✅\n\n{_CARD}", UpdateKind.TP_HIT, 1),  # (the quoted levels read: a hit)
        ("Move SL to entry on #SOL", UpdateKind.MOVE_SL, None),  # (none either way: skipped)
        ("Close #SOL now", UpdateKind.CLOSE, None),
    ],
)
def test_update_when_read_twice_then_as_before(
    post: str, kind: UpdateKind, tp_index: int | None
) -> None:
    for _ in range(2):  # (the second time with the kept answers of the first)
        update = PARSER.parse_update_sync(post)
        assert update is not None and update.kind is kind
        if tp_index is not None:
            assert update.tp_index == tp_index


@pytest.mark.parametrize(
    "status",
    ["Order filled ✅", "Entry filled ✅", "✅ Entry activated", "Position has been activated"],
)
def test_update_when_an_entry_filled_status_over_a_signal_then_none(status: str) -> None:
    post = f"{status}\n\n{_CARD}"
    for _ in range(2):
        assert PARSER.parse_update_sync(post) is None
