"""Labels glued to the words before them ("... SHORTLeverage : 10xEntry : 0.52"): a copy that lost
its line breaks. A valid reading that skipped them is checked against the post read with their
lines back (parsers/normalize.unglue): the two must say the same, else the post may hold two
signals and needs review (parsers/signal_parser.py asks, for the post as written and for what is
read once an analysis section or note paragraphs are set aside)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from parsers.models import ParsedSignal
from parsers.normalize import two_colons, unglue

GLUED_OTHER: Final = (
    "labels run into the words before them here, and read on lines of their own they give"
    " another signal: the post may hold two"
)


def same_reading(a: ParsedSignal, b: ParsedSignal) -> bool:
    """Whether b is valid and gives a's coin, side and levels."""
    return b.is_valid() and (a.symbol, a.side, a.entries, a.take_profits, a.stop_loss) == (
        b.symbol,
        b.side,
        b.entries,
        b.take_profits,
        b.stop_loss,
    )


def glued_agree(norm: str, sig: ParsedSignal, read: Callable[[str], ParsedSignal | None]) -> None:
    """Add the review reason to the valid reading sig of norm when norm holds glued labels and,
    read (by read) with their lines back, gives another signal or none."""
    if two_colons(norm) and (unglued := unglue(norm)) != norm:
        again = read(unglued)
        if again is None or not same_reading(sig, again):
            sig.review.append(GLUED_OTHER)
