"""A sentence of analysis beside a signal's levels: its numbers are notes, not levels.

Binance Square and TradingView posts put the levels in a labelled block and around it write
the analysis: the price now, past prices in a story, indicator values, percentages, volumes,
market caps, support and resistance. Inside such sentences the cross-check finds numbers nobody
placed ("The price is now 0.4491 ..." read as an entry labelled "now", "... at 187.6 while ETH
lags" after the weak label "at", "RSI 61" as a level) and refuses the post, or reads them as
levels. A number *near a label* that nobody can place stays a reason to refuse (issue 13); this
module says precisely when a number is away from every level instead. Its line is a **note**
when:

- it is **told as prose**: a sentence (at least NOTE_WORDS words; a CJK line at least NOTE_CJK
  characters) with words before its first number ("Watch 183.5", "Support 96100", a bare "0.48"
  or "0.39 - 0.40 is where buyers defended" sit where a level does, and stay checked);
- **no level word** stands in it, nor in the line before it when its sentence runs on from
  there (parsers/note_words.py: entry, target, stop, a side, buy, sell, add, exit, "could
  reach", a condition, in 16 languages): nothing in it names a level of the trade.

A post refused only for numbers on note lines (the reasons of NUMBER_DOUBTS, every highlighted
span on one) is read without those lines; when that is a whole, valid signal (targets and a
stop) of the same coin and side, with an entry if the first reading had one, it is the signal.
A status word, two coins, a target named in prose still refuse. A valid reading that took a
level from a note line is read the same way, and needs review when the rest is not whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from parsers.labels import MARKET
from parsers.models import ParsedSignal
from parsers.not_prices import blank_lines
from parsers.note_words import LEVEL_WORD
from parsers.prose_levels import words

# A sentence: a line of at least this many words (or CJK characters).
NOTE_WORDS: Final = 6
NOTE_CJK: Final = 12
_WORD: Final = re.compile(r"[^\W\d_]+")
_CJK: Final = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_DIGIT: Final = re.compile(r"[0-9]")
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


# NOTE_WORDS runs of letters (each whole: from a run's start, possessive), or NOTE_CJK CJK
# characters: found without listing every word of a long line, as findall did.
_CJK_CHARS: Final = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
_WORDS_ENOUGH: Final = re.compile(
    r"(?<![^\W\d_])[^\W\d_]++(?:[\W\d_]++[^\W\d_]++){" + str(NOTE_WORDS - 1) + "}"
)
_CJK_ENOUGH: Final = re.compile(
    f"[{_CJK_CHARS}](?:[^{_CJK_CHARS}]*+[{_CJK_CHARS}]){{{NOTE_CJK - 1}}}"
)


def _sentence(line: str) -> bool:
    """Whether a line is a sentence of prose (enough words), not a short line of a level."""
    return _WORDS_ENOUGH.search(line) is not None or _CJK_ENOUGH.search(line) is not None


# Words before a line's first number: a number opening its line ("0.39 - 0.40 is where buyers
# defended") sits where a level does.
_TWO_WORDS: Final = re.compile(r"[^\W\d_]+[\W\d_]+[^\W\d_]")  # (_LEAD_WORDS of them)
_LEAD_CJK: Final = 4
_SENTENCE_END: Final = re.compile(r"[.!?。！？][^\w]*$")


def _told(line: str) -> bool:
    """Whether a line holding a digit is told as prose: words before its first number, and a
    sentence (the cheap test first: a level's line fails it on its label alone)."""
    if len(line) < NOTE_CJK or (line.count(" ") < NOTE_WORDS - 1 and line.isascii()):
        return False  # (most level lines: too short for a sentence, counted without a pattern)
    first = _DIGIT.search(line)
    if first is None:
        return False
    head = line[: first.start()]
    if _TWO_WORDS.search(head) is None and (head.isascii() or len(_CJK.findall(head)) < _LEAD_CJK):
        return False
    return _sentence(line)


# A line the next one's sentence may run on from: a few words at least, no sentence ended (not a
# coin's line, "STMXUSDTM 🟢 LONG", over a note).
_RUN_ON_WORDS: Final = 4


def _runs_on(prev: str) -> bool:
    return len(_WORD.findall(prev)) >= _RUN_ON_WORDS and _SENTENCE_END.search(prev) is None


def _note_line(norm: str, start: int, end: int) -> bool:
    """Whether the line norm[start:end] is a note: told as prose, with no level word in it nor
    in the line its sentence runs on from (a line before it not ending a sentence)."""
    line = norm[start:end]
    if not _told(line):
        return False
    if LEVEL_WORD.search(line.lower()) is not None:
        return False
    if start > 0:
        prev = norm[norm.rfind("\n", 0, start - 1) + 1 : start - 1]
        if _runs_on(prev) and LEVEL_WORD.search(prev.lower()) is not None:
            return False
    return True


def note_lines(norm: str) -> list[tuple[int, int]]:
    """The lines of norm whose numbers are notes (_note_line)."""
    out: list[tuple[int, int]] = []
    start = 0
    while start <= len(norm):
        end = norm.find("\n", start)
        end = len(norm) if end < 0 else end
        if _note_line(norm, start, end):
            out.append((start, end))
        start = end + 1
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
    parts = note_lines(norm)
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
        or (bool(sig.entries) and not levels.entries)  # (never a market entry made so)
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
    """Where a level of a valid reading was taken from a note line (a sentence naming no level:
    "The price is now 0.98 ... RSI 61" read as entries), or None."""
    last = -1
    for name in ("entries", "take_profits", "stop_loss"):
        for sp in sig.norm_spans.get(name, ()):
            start = norm.rfind("\n", 0, sp[0]) + 1
            if start == last:
                continue  # (the levels of one line: weighed once)
            last = start
            end = norm.find("\n", sp[1])
            end = len(norm) if end < 0 else end
            if end - start >= NOTE_CJK and _note_line(norm, start, end):
                return sp
    return None


def levels_not_from_notes(
    norm: str, sig: ParsedSignal, read: Callable[[str], ParsedSignal | None]
) -> ParsedSignal:
    """A valid reading that took a level from a note paragraph ("The price is now 0.98 ...
    RSI 61" read as entries): the post read without its note paragraphs when that is whole,
    else the reading with a reason to look."""
    taken = level_in_notes(norm, sig)
    if taken is None:
        return sig
    levels = _whole_without(norm, note_lines(norm), sig, read)
    if levels is not None:
        return levels
    line_start = norm.rfind("\n", 0, taken[0]) + 1
    line_end = norm.find("\n", taken[1])
    line = norm[line_start : len(norm) if line_end < 0 else line_end].strip()
    sig.review.append(LEVEL_IN_NOTES.format(line))
    sig.norm_unread.append(taken)
    return sig


# A label deep in a sentence: at least this many words before it on its line, a sentence's
# NOTE_WORDS on the line.
_WORDS_BEFORE: Final = 3


# A label's value after a separator ("now - 74", "current: 0.52", "now @ 1.2"): a field.
_LABEL_VALUE: Final = re.compile(r"\s?[-–:=@→>|]")


def price_now(low: str, kind: str, line_start: int, start: int, end: int, line_end: int) -> bool:
    """ "The price is now 97,250 after bouncing from 95,800 support", "ETH trades at the current
    3,450": a market word read as an entry label deep inside a sentence that names no level
    (no word of parsers/note_words.py on its line) tells the price of the moment, a note, never
    an entry ("Buy BTC now at 97,250", "Entering now 97,250" name one, and are read as ever)."""
    if kind != "entry" or start - line_start <= 10:
        return False  # (an entry label opening its line, the usual case: no sentence)
    if MARKET.search(low[start:end], low) < 0 or _LABEL_VALUE.match(low, end) is not None:
        return False  # ("... position now - 74": the label's value after its separator)
    if words(low, line_start, start, _WORDS_BEFORE) < _WORDS_BEFORE:
        return False
    if words(low, line_start, line_end, NOTE_WORDS) < NOTE_WORDS:
        return False
    return LEVEL_WORD.search(low, line_start, line_end) is None
