"""Where a field was read: spans in the normalised text mapped back onto the original message.

Normalisation deletes invisible characters, folds look-alike digits one for one and turns
markup into spaces, so an alignment of the two texts maps every offset back. It is computed
only when asked (the card, `sigcopy parse --explain`), never on the parsing hot path.
"""

from __future__ import annotations

from bisect import bisect_right
from difflib import SequenceMatcher

Span = tuple[int, int]


def word_span(low: str, pos: int) -> Span | None:
    """The word starting at pos (the side word the parser found there)."""
    if pos < 0:
        return None
    end = pos
    while end < len(low) and (low[end].isalnum() or low[end] == "_"):
        end += 1
    return (pos, end) if end > pos else None


def symbol_span(low: str, symbol: str, base: str) -> Span | None:
    """Where the symbol is written: the pair as one word, else its base."""
    for word in (symbol.lower(), base.lower()):
        at = low.find(word)
        while at >= 0:
            before = low[at - 1 : at]
            if not (before.isalnum() and before.isascii()):
                return at, at + len(word)
            at = low.find(word, at + 1)
    return None


class OffsetMap:
    """Maps offsets in the normalised text to offsets in the original text."""

    def __init__(self, norm: str, original: str) -> None:
        self._identity = norm == original
        self._ops: list[tuple[int, int, int, int]] = []
        if not self._identity:
            self._ops = _alignment(norm, original)
            self._starts = [op[0] for op in self._ops]
        self._len = len(original)

    def _point(self, i: int) -> int:
        k = max(0, bisect_right(self._starts, i) - 1)
        i1, i2, j1, j2 = self._ops[k]
        if j2 == j1:  # text the original never had (a space for markup): nearest point
            return j1
        return min(j1 + (i - i1) * (j2 - j1) // max(1, i2 - i1), j2 - 1)

    def span(self, span: Span) -> Span:
        """The original text's span for a normalised text's span."""
        start, end = span
        if self._identity or not self._ops:
            return span
        if end <= start:
            p = self._point(start)
            return p, p
        return self._point(start), min(self._len, self._point(end - 1) + 1)

    def spans(self, spans: dict[str, list[Span]]) -> dict[str, list[Span]]:
        """Every field's spans mapped."""
        return {k: [self.span(s) for s in v] for k, v in spans.items()}


def _opcodes(a: str, b: str, i0: int, j0: int) -> list[tuple[int, int, int, int]]:
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return [(i0 + i1, i0 + i2, j0 + j1, j0 + j2) for _, i1, i2, j1, j2 in matcher.get_opcodes()]


def _alignment(norm: str, original: str) -> list[tuple[int, int, int, int]]:
    """The alignment of the two texts, line by line where normalising kept the lines (it
    does unless markup spanned them): a whole-text alignment costs the product of the two
    lengths (about 2 s for a 4,000-character post, on the bot's event loop), one per line
    the sum of its lines' squares."""
    a, b = norm.split("\n"), original.split("\n")
    if len(a) != len(b):
        return _opcodes(norm, original, 0, 0)
    ops: list[tuple[int, int, int, int]] = []
    i0 = j0 = 0
    for k, (x, y) in enumerate(zip(a, b, strict=True)):
        if x == y:
            ops.append((i0, i0 + len(x), j0, j0 + len(y)))
        else:
            ops.extend(_opcodes(x, y, i0, j0))
        i0, j0 = i0 + len(x), j0 + len(y)
        if k + 1 < len(a):  # the newline itself
            ops.append((i0, i0 + 1, j0, j0 + 1))
            i0, j0 = i0 + 1, j0 + 1
    return ops
