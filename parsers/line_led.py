"""A pattern anchored at the start of a line ("(?m)^..."), searched from the line breaks only.

re knows no first character of a pattern that opens with "^" in multi-line mode: it enters its
matcher at every character of the text (about 100 machine instructions each, ~30,000 a dev post
for the checks that search such a pattern over the post). The same pattern led by the line break
instead ("(?m)\\n...") opens with a literal re scans for at C speed. A line's start is the text's
start or a place right after a "\\n": the first is asked of the pattern itself, the others are
found by the twin, its "\\n" the character before the line, and the pattern is matched there (its
own Match: the same span, groups and string as its search). The pattern's look-behinds see the
same characters either way (the twin searches the text itself, nothing added).

    LineLed(source).search(text) == re.compile(source).search(text)
    LineLed(source).finditer(text) == list(re.compile(source).finditer(text))

for a source "(?m)^..." whose "^" heads the whole pattern (no alternative beside it; else
ValueError). tests/parsers/test_speed41.py compares each use with re on every dev post and
recorded text.
"""

from __future__ import annotations

import re
from re import _constants as _sre_constants  # type: ignore[attr-defined]
from re import _parser as _sre_parser  # type: ignore[attr-defined]

_HEAD = "(?m)^"


class LineLed:
    """A line-anchored pattern and its twin led by the line break."""

    __slots__ = ("pattern", "led")

    def __init__(self, source: str) -> None:
        if not source.startswith(_HEAD):
            raise ValueError(f"not led by {_HEAD!r}: {source!r}")
        first = _sre_parser.parse(source).data[:1]
        if first != [(_sre_constants.AT, _sre_constants.AT_BEGINNING)]:
            raise ValueError(f"'^' does not head the whole pattern: {source!r}")
        self.pattern = re.compile(source)
        self.led = re.compile("(?m)\n" + source[len(_HEAD) :])

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The pattern's match at pos (re's)."""
        return self.pattern.match(text, pos)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """pattern.search(text, pos): at the line starts from pos on, in order."""
        if pos <= 0:
            m = self.pattern.match(text, 0)
            if m is not None:
                return m
            pos = 1
        t = self.led.search(text, pos - 1)
        while t is not None:
            m = self.pattern.match(text, t.start() + 1)
            if m is not None:
                return m
            t = self.led.search(text, t.start() + 1)
        return None

    def finditer(self, text: str) -> list[re.Match[str]]:
        """list(pattern.finditer(text))."""
        out: list[re.Match[str]] = []
        pos = 0
        while pos <= len(text):
            m = self.search(text, pos)
            if m is None:
                break
            if m.end() == m.start():  # (re steps past an empty match its own way)
                return list(self.pattern.finditer(text))
            out.append(m)
            pos = m.end()
        return out
