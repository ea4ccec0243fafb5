"""Marks inside a follow-up's target phrase, read past (session 23, branch i13-upd24).

A target's number written as a keycap in a follow-up ("Take-Profit target 2️⃣ ✅", "TP 1️⃣
hit", "🎯 Target 3️⃣ reached", a reply "tp 2️⃣"): the digit the keycap shows, read as the target's
number.

parsers/normalize.py blanks every keycap, a list's bullet in a signal ("1️⃣ 0.55" is the first
target's bullet, never a price), so a follow-up that names its target only by a keycap lost the
number: the report was read with no target (tp_index None), or, when the target word and its
keycap were all the post said ("✅ AAVE/USDT Take Profit 1️⃣ ✅"), not read at all. Only a keycap
right after a target word (its "#", "№", ":" or "-" between them) is put back as its digit, and
only for the follow-up reader (parsers/updates.py): a signal's text is normalised as before. A
keycap anywhere else (a list's bullet before a price, "2️⃣ Target") stays blanked: which target
it names is not read.

An emoji between a word (the target's, its number, the coin's) and the verb of a hit ("SYS
TARGET 🎯 ACHIEVED", "Target 🎯 done!", "#MDT 🎯 hit 208✅", "Targets 1, 2, 3 🎯 Done", "BREAK
EVEN 🎯 HIT") is a decoration of
the phrase: it is read as the space it stands in, so the phrase reads as written without it (it
was read as no follow-up at all). Only emoji and pictographs, never punctuation, a sign or a
digit, and only right before a verb of a hit.
"""

from __future__ import annotations

import re
from typing import Final

KEYCAP: Final = "\u20e3"  # COMBINING ENCLOSING KEYCAP
_KEYCAP_TEN: Final = "\U0001f51f"  # "🔟"
# Circled and dingbat numbers ("TP②", "Target ❷"), which parsers/normalize.py blanks too: their
# value by character.
_CIRCLED: Final = {
    **{chr(0x2460 + i): str(i + 1) for i in range(20)},  # ① .. ⑳
    **{chr(0x2776 + i): str(i + 1) for i in range(10)},  # ❶ .. ❿
    **{chr(0x2780 + i): str(i + 1) for i in range(10)},  # ➀ .. ➉
    **{chr(0x278A + i): str(i + 1) for i in range(10)},  # ➊ .. ➓
    _KEYCAP_TEN: "10",
}

# The target word (English, the emoji, the other words parsers/target_words.TP_INDEX knows), a
# separator of at most three characters, then one or two keycap digits or "🔟". (The word is
# matched case-blind: the text is not lower-cased yet.)
_AFTER_TARGET: Final = re.compile(
    r"(?<![^\W\d_])(?P<word>tps?|targets?|tgt|take[\s-]?profit(?:\s?target)?|🎯|objetivo|alvo"
    r"|hedef|ziel|objectif|obiettivo|цел[ьи]|тейк|тп|هدف|الهدف|تارگت|목표)"
    r"(?P<sep>[^\S\n]?[#№:\-–]?[^\S\n]?)"
    r"(?P<keys>(?:[0-9]\ufe0f?\u20e3){1,2}|[\u2460-\u2473\u2776-\u2793\U0001f51f])",
    re.IGNORECASE,
)


# A keycap digit beside a tick with no target word ("#SOL 2️⃣ ✅", "#SOL ✅ 1️⃣ ✅ 2️⃣"): a
# channel's mark of that target reached, read as "TP" and its digit (never a keycap before a
# price, "1️⃣ 0.56 ✅", a quoted card's bullet; i13-status31).
_KEY_TICKED: Final = re.compile(
    r"(?<![^\W_])(?P<k>[0-9])\ufe0f?\u20e3(?=[^\S\n]?[✅✔☑])"
    r"|(?<=[✅✔☑])(?P<gap>\ufe0f?[^\S\n]?)(?P<j>[0-9])\ufe0f?\u20e3(?![^\S\n]?[0-9])"
)


def _tp_digit(m: re.Match[str]) -> str:
    return f"TP{m.group('k')}" if m.group("k") else f"{m.group('gap')}TP{m.group('j')}"


def _digits(m: re.Match[str]) -> str:
    keys = m.group("keys")
    number = _CIRCLED.get(keys) or "".join(c for c in keys if c in "0123456789")
    sep = m.group("sep") or ("" if m.group("word") == "🎯" else " ")
    return m.group("word") + sep + number


# A word (the target's, its number or ordinal, the coin's, "break even"'s); one to three emoji or pictographs
# (the Symbols and Dingbats blocks, variation selectors, skin tones); the verb of a hit.
_MARKED_VERB: Final = re.compile(
    r"(?<![^\W\d_])(?P<head>[#$]?[a-z0-9]{1,15}(?:/usdt)?)[^\S\n]?(?:[\u2600-\u27bf\U0001f000-\U0001faff][\ufe0f\U0001f3fb-\U0001f3ff]?){1,3}"
    r"[^\S\n]?(?=(?:hit|reached|achieved|done|smashed|touched)(?![^\W\d_]))",
    re.IGNORECASE,
)


_NUMBERED: Final = re.compile(r"[\u2460-\u2473\u2776-\u2793\U0001f51f]")
_VERBS: Final = ("hit", "reached", "achieved", "done", "smashed", "touched")


def _spaced(m: re.Match[str]) -> str:
    return m.group("head") + " "


def follow_up_marks(text: str) -> str:
    """text with each keycap or circled number after a target word written as its digits
    ("target 2️⃣" -> "target 2", "TP②" -> "TP2") and the emoji between a target and its verb
    read as a space ("Target 🎯 done" -> "Target done"); text itself when it holds none."""
    if text.isascii():  # (most posts: one quick pass)
        return text
    # (Each pattern only where its literals are: a keycap or circled number, a verb of a hit. The
    # look-behinds tried at every character cost 89 ms on the bench's 1 MB post of "𝟰", 3 ms
    # before this module; session 23. A verb written with a Turkish dotted capital I, "HİT", which
    # lower-cases to two characters, is left unread: re's IGNORECASE alone matched it.)
    if KEYCAP in text or _NUMBERED.search(text) is not None:
        text = _AFTER_TARGET.sub(_digits, text)
        if KEYCAP in text:
            text = _KEY_TICKED.sub(_tp_digit, text)
    low = text.lower()
    if any(verb in low for verb in _VERBS):
        text = _MARKED_VERB.sub(_spaced, text)
    return text
