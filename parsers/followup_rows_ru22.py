"""More Russian rows of the short-reply lexicon (parsers/followup_lexicon.py reads them right
after followup_rows_ru20.py's; branch i13-ru22). A row is (language, kind, the words of the
reply's line in full), as followup_lexicon.ROWS.

An order filled, said with the passive participle ("исполнен": executed, of an order), as
exchanges' Russian pages say it of a take-profit or a stop-loss order: "тейк исполнен", "тп1
исполнен", "стоп-лосс исполнен" (parsers/ru_grammar.py's DONE_PARTICIPLE). No held-out message
was read.
"""

from __future__ import annotations

from typing import Final

from parsers.ru_grammar import DONE_PARTICIPLE

_ORD: Final = (
    r"(?:(?:перв|втор|трет|четв[её]рт|пят|последн|финальн)\w{0,3}|[0-9](?:-?(?:й|ый|ой|ий))?)"
)
_TARGET: Final = (
    r"(?:(?:"
    + _ORD
    + r"\s)?(?:тейк(?:[\s-]?профит)?\w{0,2}|тп|цел\w{0,2})(?:\s?(?:№|#)?\s?[0-9])?)"
)
_STOP: Final = r"(?:стоп(?:[\s-]?лос\w{0,3})?|сл)"

RU22_ROWS: Final[tuple[tuple[str, str, str], ...]] = (
    # The target's order filled: "тейк исполнен", "первый тейк исполнен", "тп2 исполнен".
    ("ru", "TP", _TARGET + r"\s" + DONE_PARTICIPLE + r"|" + DONE_PARTICIPLE + r"\s" + _TARGET),
    # The stop's order filled: "стоп-лосс исполнен", "исполнен стоп".
    ("ru", "SL", _STOP + r"\s" + DONE_PARTICIPLE + r"|" + DONE_PARTICIPLE + r"\s" + _STOP),
)
