"""What a post's first readings work out, kept for the same post's later readings (session 32,
i13-speed42).

The follow-up reader (parsers/enhanced.py, `parse_update_sync`) reads one post several ways:
read_update normalises it (parsers/updates.py), read_signal reads it as a new signal, and where
that gives nothing, quoted_levels reads it again as a signal quoted under a status line
(`_status_lines`). On the dev updates 2 of 3 calls of normalize() are of the text normalised just
before, and quoted_levels repeats read_signal's whole reading. Two facts of the first reading
answer the later one exactly:

- **normalize(text) is a function of text alone**: the last text normalised and its result are
  kept (one entry), and the same text asked again is answered from them.
- **`_signal(text, status)` consults `status` only once a reading has reached the status checks**
  (signal_parser._read, after `says_no_trade`; every later use of `status` is after that point,
  in the same reading). A read_signal(text) that gave None with no reading of it reaching them
  (`status_asked` counts every arrival, nested readings' too) took the very path
  quoted_levels(text) would take, to the same None: that text is kept, and quoted_levels answers
  it without reading it again. A read_signal that reached the checks, or gave a signal, keeps
  nothing: quoted_levels reads the post as before.

Each kept answer is a fact about the text, whatever was read in between (a count that moved by
another reading, a thread's, only keeps less); each slot is one list item, replaced whole.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, TypeVar

_T = TypeVar("_T")

# The last text normalize() was given and what it gave (parsers/normalize.py).
_NORMALIZED: Final[list[tuple[str, str]]] = [("", "")]
# How many readings have reached the status checks (signal_parser._read).
_ASKED: Final[list[int]] = [0]
# The last text read_signal gave None for with no reading of it reaching the status checks.
_NONE_UNASKED: Final[list[str]] = [""]


def normalized(text: str) -> str | None:
    """normalize(text) when text is the text last normalised, else None."""
    kept = _NORMALIZED[0]
    return kept[1] if kept[0] == text and text else None  # (the empty slot answers nothing)


def keep_normalized(text: str, norm: str) -> str:
    """Keep normalize(text) (norm) for the next call; norm."""
    _NORMALIZED[0] = (text, norm)
    return norm


def status_asked() -> None:
    """A reading has reached the status checks: what it gives may depend on `status`."""
    _ASKED[0] += 1


def read_first(read: Callable[[str, bool], _T | None], text: str) -> _T | None:
    """read(text, True): read_signal's reading of text. A None reached with no reading of it
    asking a status check keeps text, for quoted_levels (none_either_way)."""
    before = _ASKED[0]
    sig = read(text, True) if text else None
    if sig is None and _ASKED[0] == before:
        _NONE_UNASKED[0] = text
    return sig


def none_either_way(text: str) -> bool:
    """Whether read_signal(text) gave None without asking a status check: quoted_levels(text)
    is None too."""
    return _NONE_UNASKED[0] == text
