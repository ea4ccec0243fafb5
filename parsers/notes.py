"""A paragraph of analysis beside a signal's levels: its numbers are notes, not levels.

Binance Square and TradingView posts put the levels in a labelled block and around it write
the analysis: the price now, past prices in a story, indicator values, percentages, volumes,
market caps, support and resistance. Inside such sentences the cross-check finds numbers nobody
placed ("The price is now 0.4491 ..." read as an entry labelled "now", "... at 187.6 while ETH
lags" after the weak label "at", "RSI 61" as a level) and refuses the post. A number *near a
label* that nobody can place stays a reason to refuse (issue 13); this module says precisely
when a number is away from every level instead:

- it stands in a **paragraph** (lines between blank lines, or the text's ends) that holds no
  level label the block's reading used, and no word of parsers/note_words.py (entry, target,
  stop, a side, buy, sell, add, exit, "could reach", in 16 languages): nothing in it names a
  level of the trade;
- every line of that paragraph holding a digit is a **sentence** (at least NOTE_WORDS words; a
  CJK line at least NOTE_CJK characters): "Watch 183.5", "Support 96100" or a bare "0.48" are
  short lines a person could read as a level, and stay checked;
- the post read **without** those paragraphs is a whole, valid signal (targets and a stop), of
  the same coin and side, and the first reading was refused only for numbers it could not place
  (the reasons of NUMBER_DOUBTS, every highlighted span inside a note paragraph). A status word,
  two coins, a side that disagrees or a target named in prose still refuse.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from parsers.models import ParsedSignal
from parsers.normalize import lower
from parsers.not_prices import blank_lines
from parsers.note_words import LEVEL_WORD

# A sentence: a line of at least this many words (or CJK characters).
NOTE_WORDS: Final = 6
NOTE_CJK: Final = 12
_WORD: Final = re.compile(r"[^\W\d_]+")
_CJK: Final = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_DIGIT: Final = re.compile(r"[0-9]")
_PARAGRAPH_BREAK: Final = re.compile(r"\n[^\S\n]*\n")
# The reasons that say a number could not be placed: the only ones a note paragraph may cause
# and set aside (a status word, two coins, a target named in prose refuse as ever).
NUMBER_DOUBTS: Final = re.compile(
    r"holds a number I could not read|holds prices that no label claims|holds a number that is"
    r" none of|names its numbers with a word I do not know|gives a percentage, not a price"
    r"|is far from the other levels|label '[^']*' in a sentence names"
    # (A note's number read as a level tips the levels to the other side; read without the
    # notes, the block must agree with its side word, or the post stays refused.)
    r"|the side and the levels disagree"
)


def _sentence(line: str) -> bool:
    """Whether a line is a sentence of prose (enough words), not a short line of a level."""
    if len(_WORD.findall(line)) >= NOTE_WORDS:
        return True
    return len(_CJK.findall(line)) >= NOTE_CJK


def note_paragraphs(low: str) -> list[tuple[int, int]]:
    """The paragraphs of low (lower-cased) whose numbers are notes: every line with a digit a
    sentence, no level word anywhere in it, and at least one digit."""
    out: list[tuple[int, int]] = []
    start = 0
    for brk in [*_PARAGRAPH_BREAK.finditer(low), None]:
        end = brk.start() if brk is not None else len(low)
        part = low[start:end]
        if (
            _DIGIT.search(part)
            and not LEVEL_WORD.search(part)
            and all(_sentence(line) for line in part.split("\n") if _DIGIT.search(line))
        ):
            out.append((start, end))
        start = brk.end() if brk is not None else end
    return out


def _inside(span: tuple[int, int], parts: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in parts)


def levels_beside_notes(
    norm: str, sig: ParsedSignal | None, read: Callable[[str], ParsedSignal | None]
) -> ParsedSignal | None:
    """The signal the post gives with its note paragraphs set aside, when the post as written was
    refused only for numbers inside them; None otherwise (the refusal stands)."""
    if sig is None or not sig.review or "\n" not in norm:
        return None
    if not all(NUMBER_DOUBTS.search(why) for why in sig.review):
        return None
    low = lower(norm)
    parts = note_paragraphs(low)
    if not parts or not sig.norm_unread or not all(_inside(sp, parts) for sp in sig.norm_unread):
        return None
    return _whole_without(norm, parts, sig, read)


def _whole_without(
    norm: str,
    parts: list[tuple[int, int]],
    sig: ParsedSignal,
    read: Callable[[str], ParsedSignal | None],
) -> ParsedSignal | None:
    """The post read with parts blanked, when that is a whole valid signal of sig's coin and
    side; else None."""
    cut = norm
    for a, b in parts:
        cut = cut[:a] + blank_lines(cut[a:b]) + cut[b:]
    levels = read(cut)
    if (
        levels is None
        or not levels.is_valid()
        or not levels.take_profits
        or levels.stop_loss is None
        or (levels.symbol, levels.side) != (sig.symbol, sig.side)
    ):
        return None
    return levels


# The review reason for a level read from a note paragraph when the post without it is no
# whole signal.
LEVEL_IN_NOTES: Final = (
    "'{}' is a sentence of analysis that names no level, and I read a level from it:"
    " which field is it?"
)


def level_in_notes(norm: str, sig: ParsedSignal) -> tuple[int, int] | None:
    """Where a level of a valid reading was taken from a note paragraph (a sentence naming no
    level: "The price is now 0.98 ... RSI 61" read as entries), or None."""
    if _PARAGRAPH_BREAK.search(norm) is None:
        return None
    spans = [
        sp
        for name in ("entries", "take_profits", "stop_loss")
        for sp in sig.norm_spans.get(name, ())
    ]
    if not spans:
        return None
    parts = note_paragraphs(lower(norm))
    return next((sp for sp in spans if _inside(sp, parts)), None)


def levels_not_from_notes(
    norm: str, sig: ParsedSignal, read: Callable[[str], ParsedSignal | None]
) -> ParsedSignal:
    """A valid reading that took a level from a note paragraph ("The price is now 0.98 ...
    RSI 61" read as entries): the post read without its note paragraphs when that is whole,
    else the reading with a reason to look."""
    taken = level_in_notes(norm, sig)
    if taken is None:
        return sig
    parts = note_paragraphs(lower(norm))
    levels = _whole_without(norm, parts, sig, read)
    if levels is not None:
        return levels
    line_start = norm.rfind("\n", 0, taken[0]) + 1
    line_end = norm.find("\n", taken[1])
    line = norm[line_start : len(norm) if line_end < 0 else line_end].strip()
    sig.review.append(LEVEL_IN_NOTES.format(line))
    sig.norm_unread.append(taken)
    return sig
