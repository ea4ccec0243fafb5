"""The words channels use for each part of a signal: one table row per label, per language.

A new format or language is a row of the tables, not a branch of code (see docs/parser.md). Each row is
(language, kind, pattern). Patterns are matched against lower-cased, normalised text (digits
already ASCII, traditional Chinese folded to simplified) and must start with a literal
character. Word languages get word boundaries; "zh" and "emoji" rows do not (no spaces there).

Kinds:
    entry   the entry price or zone              tp      take-profit targets                  tpglued "TP41.3100": index and price run together
    sl      the stop loss                        slclose a stop meant as a candle close
    lev     leverage                             sym     the coin or pair
    buy     "Buy:", an entry in a long and a target in a short (settled by the cross-check)
    sell    "Sell:", a target in a long and an entry in a short
    weak    "at", "@": an entry only when nothing better names one
    noise   a label whose numbers are never prices (risk, R:R, volume ...): ends a block

The rows are in parsers/lexicon_en.py (English) and parsers/lexicon_world.py (other languages,
emoji); the pieces their patterns share (an index, a price right after) in
parsers/label_patterns.py.
"""

from __future__ import annotations

from parsers.lexicon_en import EN_ROWS
from parsers.lexicon_more import MORE_ROWS
from parsers.lexicon_slang import SLANG_ROWS
from parsers.lexicon_world import WORLD_ROWS

ROWS: tuple[tuple[str, str, str], ...] = (*EN_ROWS, *WORLD_ROWS, *MORE_ROWS, *SLANG_ROWS)

# Languages written without spaces between words: their labels get no word boundaries.
UNSPACED = frozenset(("zh", "ko", "ja", "th", "emoji"))

# Labels that lose their line break in some copies ("LONGLeverage: 10xEntry: 0.43Targets:"):
# found glued to the word before them and followed by a colon, they get their line back.
GLUED_LABELS = (
    r"entry(?:\s?(?:targets?|zone|price))?",
    r"take[\s-]?profits?(?:[\s-]?targets?)?",
    r"targets?",
    r"stop(?:[\s-]?(?:targets?|loss))?",
    r"stoploss",
    r"sl",
    r"tp[0-9]?",
    r"leverage",
    r"lev",
    r"pair",
    r"trailing(?:\s?configuration)?",
)

# Side words glued to the pair before them when an export lost a line break ("BNB/USDTShort"):
# a quote in capitals, then a capitalised side word, get a space between them.
GLUED_SIDES = (r"Long", r"LONG", r"Short", r"SHORT")
GLUED_QUOTES = (r"USDT", r"USDC", r"BUSD", r"USD", r"BTC")
