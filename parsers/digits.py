"""Whether a text holds an ASCII digit, by a compiled loop (`make native`).

A search for "[0-9]" pays for a pattern call (about a thousand machine instructions before it
looks at a character, twice that when it finds one: the match object) to answer a yes/no
question that most texts answer in their first few dozen characters; compiled, this loop costs
a few instructions a character (tests/parsers/test_digits.py compares it with the pattern).
"""

from __future__ import annotations


def has_digit(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] holds one of 0-9, the bounds read as a pattern's search reads
    them (clipped to the text; none past the end)."""
    stop = len(text) if end is None else max(0, min(end, len(text)))
    for i in range(max(start, 0), stop):
        c = ord(text[i])
        if 48 <= c <= 57:
            return True
    return False
