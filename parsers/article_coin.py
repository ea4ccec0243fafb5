"""The coin read is a word after an article: "BUY THE DIP ON ONE" traded as DIPUSDT.

A ticker that is also an English word (DIP, GAS, ONE, HOT, MAGIC) is read from a post's bare
capitals where no tag or pair names a coin; right after "the", "a", "this", "our" ... it is the
word ("buy the dip", "a magic move"), not a coin: the coin the post means is another one, or
none. When every place the coin read is written bare stands after such a word, and no tag
("#DIP") or pair ("DIP/USDT", "DIPUSDT") names it, the coin is a guess: needs review.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.models import ParsedSignal

_ARTICLES: Final = frozenset(
    "the a an this that these those our my your their its any some every".split()
)
_WORD_BEFORE: Final = re.compile(r"([^\W\d_]+)[^\S\n]+$")


def coin_after_article(sig: ParsedSignal, low: str) -> str | None:
    """A review reason when the coin read is written only bare and only after an article, or
    None. (low: the lower-cased post, as sig.norm_text.)"""
    base = sig.symbol.removesuffix("USDT")
    if base == sig.symbol or not base.isalpha() or len(base) > 6:
        return None
    text = sig.norm_text
    if base not in text:
        return None
    b = base.lower()
    if "#" + b in low or "$" + b in low or b + "/" in low or b + "usdt" in low:
        return None  # (tagged or paired: the common case, told by `in` tests)
    low_base = base.lower()
    seen = ""
    for m in re.finditer(r"(?<![\w#$])" + base + r"(?![\w/])", text, re.IGNORECASE):
        if text[m.start() : m.end()] != base:
            continue  # (a word in lower case: "dip" in prose is no ticker)
        before = _WORD_BEFORE.search(text, max(0, m.start() - 16), m.start())
        if before is None or before.group(1).lower() not in _ARTICLES:
            return None
        seen = f"{before.group(1)} {base}"
    if not seen:
        return None
    # (A tag or a pair naming it anywhere: "#DIP", "$DIP", "DIP / USDT", "DIP-USDT".)
    if re.search(r"[#$]" + low_base + r"(?![a-z0-9])|" + low_base + r"\s?[/_-]?\s?usdt", low):
        return None
    return (
        f"the coin read, {base}, stands after an article ('{seen}'): the English word, not"
        " a ticker; which coin the levels are for is a guess"
    )
