"""The verbs a follow-up opens with to tell the reader what to do with the stop, a target or the
position ("Fix SL at entry", "Put SL on entry", "Trail SL", "KEEP STOP AT 150"): an instruction,
never the coin, in whatever case it is written. A word of these heading a line right before the
thing it acts on is no ticker (parsers/head_coins.py, parsers/updates.py); the same word
elsewhere ("#KEEP long") is read as ever.

The verbs are those of moving or keeping a level in the languages of the lexicon written in
Latin letters (English, Spanish, Portuguese, Italian, French, German, Indonesian); a new one is a
word here.
"""

from __future__ import annotations

import re
from typing import Final

INSTRUCTION_VERBS: Final = frozenset(
    """
    FIX PUT SHIFT TRAIL KEEP LOCK TIGHTEN RAISE LOWER ADJUST BRING PLACE UPDATE CHANGE LIFT
    PUSH MODIFY RESET SECURE TAKE BOOK SET MOVE DRAG PULL HOLD TRAILING RAISING SHIFTING
    MOVER MUEVE MUEVAN PONER PON PONGAN SUBIR SUBE SUBAN AJUSTAR AJUSTE MOVA MOVAM COLOQUE
    COLOCAR SPOSTA SPOSTARE METTI METTERE ALZA ALZARE DEPLACEZ DEPLACER METTEZ REMONTEZ
    SETZE SETZT SETZEN ZIEHE ZIEHT NACHZIEHEN PASANG NAIKKAN TARUH GESER PINDAH
    """.split()
)

# What the verb acts on, right after it: the stop, a target, the profit, the position.
_OBJECT: Final = (
    r"(?:the\s|your\s|our\s|my\s|el\s|lo\s|o\s|le\s|den\s)?"
    r"(?:sl|s/l|stops?|stop[\s-]?loss|stoploss|tps?[0-9]{0,2}|targets?|take[\s-]?profit|profits?"
    r"|positions?|trades?|entry|be|breakeven|break[\s-]even)(?![a-z])"
)
_VERB_HEAD: Final = re.compile(
    r"(?im)^([^\w\n]*)(" + "|".join(sorted(INSTRUCTION_VERBS, key=len, reverse=True)) + r")"
    r"(?=[^\S\n]+" + _OBJECT + r")"
)


# "NEAR TARGET", "NEAR 2ND TARGET 🎯", "near SL": the adverb before a level of the trade, not the
# coin NEAR ("#HIGH NEAR 2ND TARGET, EXIT REST": was a close of NEARUSDT; i13-en21).
_NEAR_LEVEL: Final = re.compile(
    r"(?i)(?<![\w#$/])(near)(?=[^\S\n]+(?:[0-9](?:st|nd|rd|th)[^\S\n]+)?"
    r"(?:targets?|tps?[0-9]?|sl|stop|stop[\s-]?loss|entry|🎯)(?![a-z0-9]))"
)


def without_verbs(lines: list[str]) -> list[str]:
    """The lines with an instruction verb heading one before what it acts on blanked ("FIX SL AT
    ENTRY" -> "    SL AT ENTRY"), and "NEAR" before a level ("NEAR TARGET"), so that no coin is
    read from them."""
    out = [_VERB_HEAD.sub(_blank, line) if line else line for line in lines]
    return [_NEAR_LEVEL.sub(_blank_word, line) if "NEAR" in line else line for line in out]


def _blank_word(m: re.Match[str]) -> str:
    return " " * len(m.group(1))


def _blank(m: re.Match[str]) -> str:
    return m.group(1) + " " * len(m.group(2))
