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
            matcher = SequenceMatcher(None, norm, original, autojunk=False)
            self._ops = [(i1, i2, j1, j2) for _, i1, i2, j1, j2 in matcher.get_opcodes()]
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
