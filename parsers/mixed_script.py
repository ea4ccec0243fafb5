"""Words typed in two alphabets: Latin letters that look like Cyrillic ones inside a Cyrillic word,
or the other way round ("Cтоп переносим в бу" with a Latin "C", "USDТ" with a Cyrillic "Т").

Russian and Ukrainian channels type on two keyboard layouts, and a letter that looks the same in
both (a, c, e, o, p, x, y ...) is often typed on the wrong one: the word reads right to a person
and to no rule. normalize() hands such a word over to one alphabet: the one most of its letters
are in, when every letter of the other is a look-alike of a letter of it (a word of both
alphabets in earnest, or with more than two letters of the other, is left as it is). Words of one alphabet ("ВТС" in Cyrillic) are
never changed: nothing in them tells which was meant.
"""

from __future__ import annotations

import re
from typing import Final

# The letters drawn alike in the two alphabets (lower and upper case), Latin -> Cyrillic.
_LATIN: Final = "aceopxyiACEHKMOPTXBYI"
_CYRILLIC: Final = "асеорхуіАСЕНКМОРТХВУІ"
_TO_CYRILLIC: Final = str.maketrans(_LATIN, _CYRILLIC)
_TO_LATIN: Final = str.maketrans(_CYRILLIC, _LATIN)
_LATIN_SET: Final = frozenset(_LATIN)
_CYRILLIC_SET: Final = frozenset(_CYRILLIC)

# A Latin letter touching a Cyrillic one: a word of both alphabets is somewhere in the text.
_TOUCH: Final = re.compile(r"[A-Za-z][а-яёА-ЯЁіїєґІЇЄҐ]|[а-яёА-ЯЁіїєґІЇЄҐ][A-Za-z]")
# A word of letters (and digits) of either alphabet.
# A Cyrillic letter at all (one character set: scanned at C speed, where _TOUCH's two branches
# are tried at every character): most non-ASCII posts are emoji and Latin, and skip the rest.
_ANY_CYRILLIC: Final = re.compile(r"[а-яёА-ЯЁіїєґІЇЄҐ]")
_WORD: Final = re.compile(r"[A-Za-zа-яёА-ЯЁіїєґІЇЄҐ0-9]+")


def _one_alphabet(m: re.Match[str]) -> str:
    word = m.group()
    latin = [c for c in word if "a" <= c.lower() <= "z"]
    if not latin or len(latin) == sum(c.isalpha() for c in word):
        return word  # one alphabet only
    cyrillic = [c for c in word if c.isalpha() and not ("a" <= c.lower() <= "z")]
    if min(len(latin), len(cyrillic)) > 2:
        return word  # more than a slip or two of the keyboard: left as typed
    to_latin = all(c in _CYRILLIC_SET for c in cyrillic)
    to_cyrillic = all(c in _LATIN_SET for c in latin)
    if len(cyrillic) > len(latin):
        return word.translate(_TO_CYRILLIC) if to_cyrillic else word
    if len(latin) > len(cyrillic) or (to_latin and to_cyrillic):
        # (A tie in a word of look-alikes only, "ТP1" or "СL": the Latin label or ticker.)
        return word.translate(_TO_LATIN) if to_latin else word
    return word


def one_alphabet_words(text: str) -> str:
    """text with each word typed in two look-alike alphabets written in one (see the module)."""
    if _ANY_CYRILLIC.search(text) is None or _TOUCH.search(text) is None:
        return text
    return _WORD.sub(_one_alphabet, text)
