"""A coin read from a word that may be no coin while the post names another (session 30, branch
i13-wt32; made-up forms, never a held-out post):

- a headline word in capitals read as the coin, another word in capitals beside it:
  "ALTSEASON ALERT: SUSHI", "BREAKOUTS ON MANTA", "LIQUIDITY ALERT: THETA" were read as
  ALTSEASONUSDT. Only a long word of letters (six or more) that is no coin the vocabulary knows,
  written bare (never after "#" or "$", never in a pair) and followed on the lines the coin was
  read from by another bare word in capitals: which word is the coin is a guess;
- a tag glued to more letters than the coin the text names: "#ATOMCOIN" over "ATOM LONG - ATOM
  setup", "#BTCUSDTP" over "BTC long / BTC futures" were read as ATOMCOINUSDT and BTCUSDTPUSDT.
  The tag read is a word the post also writes shorter (three letters or more), bare, as a whole
  word, twice: which is the coin is a guess (a real coin so spelt, "#ETHFI" beside "ETH" written
  twice, is refused too: the user confirms).

Each is a review reason, never the other word guessed. parsers/call_doubts.py asks it beside the
other coin checks.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.symbols import STOPWORDS, base_of, ok_base
from parsers.vocabulary import COIN_NAMES, KNOWN_BASES

_KNOWN: Final = (
    KNOWN_BASES | frozenset(n.upper() for n in COIN_NAMES) | frozenset(COIN_NAMES.values())
)
# A word in capitals standing alone (no "#", "$", letter or digit before it; none after it).
_CAPS: Final = re.compile(r"(?<![\w#$/])([0-9]{0,7}[A-Z][A-Z0-9]{1,11})(?![\w/])")
_LONG_WORD: Final = 6
_MOST_MORE: Final = 5  # letters a tag may hold past the coin the text names
_SHORTEST: Final = 3  # (not "DO" beside "#DOGE", "OR" beside "#ORDI": words of a sentence)
_TIMES: Final = 2  # the shorter coin written bare twice: the text's own name for the coin


def caps_coin_doubt(norm: str, symbol: str, side_at: int) -> str | None:
    """Why the coin read may be another word than the post's coin, or None. norm: the post as
    the signal reader saw it (original case); side_at: where its side word was read (-1: none)."""
    base = base_of(symbol)
    if not base.isalpha() or base in _KNOWN:
        return None
    if len(base) >= _LONG_WORD and (other := _beside_bare_word(norm, base, side_at)) is not None:
        return (
            f"the post names {base} and {other} in capitals where its coin stands: which of"
            " them is the coin is a guess"
        )
    if "#" in norm or "$" in norm:
        shorter = _tag_over_shorter(norm, base)
        if shorter is not None:
            return (
                f"the post tags #{base} but writes {shorter} in its text: a tag glued to more"
                f" letters, or another coin? Which of {shorter} and {base} is meant is a guess"
            )
    return None


def _beside_bare_word(norm: str, base: str, side_at: int) -> str | None:
    """Another bare word in capitals that could be a coin, on the lines the bare coin was read
    from (the side's line, the first two lines with a word or number), when base is written only
    bare there and nowhere tagged or paired."""
    if ("#" + base) in norm or ("$" + base) in norm or (base + "/") in norm:
        return None
    lines = [ln for ln in norm.split("\n", 8) if any(c.isalnum() for c in ln)][:2]
    if side_at >= 0:
        start = norm.rfind("\n", 0, side_at) + 1
        end = norm.find("\n", side_at)
        lines.insert(0, norm[start : end if end >= 0 else len(norm)])
    words = [m.group(1) for line in lines for m in _CAPS.finditer(line)]
    if base not in words:
        return None  # (read from a word with its quote glued on: "AUCTIONUSDT SELL")
    for word in words:
        if not word.startswith(base) and word not in STOPWORDS and ok_base(word):
            return word
    return None


def _tag_over_shorter(norm: str, base: str) -> str | None:
    """A shorter coin the text writes bare as a whole word that the tag's word starts with
    ("ATOM" under "#ATOMCOIN"), or None.

    (The words it can be are base's heads of _SHORTEST letters or more and 2 to _MOST_MORE
    letters shorter than base: none for a base under five letters, most tags. Each is looked
    for by str.find, a match of _CAPS asked only where one stands: _CAPS.finditer over the
    post, which opens with a look-behind, entered its matcher at every character. The word
    whose second bare copy comes first is the one the scan of every _CAPS match returned;
    tests/parsers/test_speed41.py compares the two.)"""
    if len(base) < _SHORTEST + 2:
        return None
    if ("#" + base) not in norm and ("$" + base) not in norm:
        return None
    found: str | None = None
    second = len(norm)
    for n in range(max(_SHORTEST, len(base) - _MOST_MORE), len(base) - 1):
        word = base[:n]
        if word in STOPWORDS or not ok_base(word):
            continue
        at = _second_bare(norm, word, second)
        if at < second:
            found, second = word, at
    return found


def _second_bare(norm: str, word: str, before: int) -> int:
    """Where the second match of _CAPS that is word itself starts in norm, if before before;
    else before."""
    seen = 0
    at = norm.find(word)
    while 0 <= at < before:
        m = _CAPS.match(norm, at)
        if m is not None and m.group(1) == word:
            seen += 1
            if seen >= _TIMES:
                return at
        at = norm.find(word, at + 1)
    return before
