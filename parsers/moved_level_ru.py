"""A stop moved, said in Russian or Ukrainian ("стоп переносим на 3500", "переводим стоп в
точку входа", "стоп на вход 3500", "новый стоп 3500", "стоп переносимо на 3500"): a post saying so
is about a trade already running, not a new one, even when it names a coin, a stop and a target
("#ETH стоп переносим на 3500, тейк 3600" is no LONG at market). parsers/reports.py gives it the
review reason its English twin ("SL moved to 3500") gets.

The verbs are those of moving a stop in the traders' slang the glossaries cited in
parsers/update_words_world.py give (переносить, переводить, переставлять, подтягивать, двигать:
"подтянуть стоп", "перевести в безубыток"), in the forms a channel writes them (1st person,
plural, past, passive).
"""

from __future__ import annotations

import re
from typing import Final

from parsers.gate_words import gate, holds
from parsers.lead_first import lead_first
from parsers.quick_tests import gate_literals, required_literals

_STOP: Final = r"(?:стоп\w{0,3}(?:[\s-]?лос\w{0,3})?|сл|sl)"
_MOVE: Final = (
    r"(?:перенос\w{0,6}|перенес\w{0,6}|перенёс\w{0,3}|перевод\w{0,6}|перев[её]л\w{0,2}|перевед\w{0,4}"
    r"|передвиг\w{0,6}|передвин\w{0,6}|переставл\w{0,6}|перестав\w{0,6}|двига\w{0,6}|двину\w{0,3}"
    r"|подвин\w{0,6}|подтяг\w{0,6}|подтян\w{0,6}|сдвига\w{0,6}|сдвину\w{0,3}|переміщ\w{0,6})"
)
_TO: Final = r"(?:на|в|к|до|у)(?!\w)"
_MOVED_STOP_RU: Final = re.compile(
    lead_first(
        r"(?<!\w)(?:"
        + _STOP
        + r"\s(?:[а-яёіїєґ']+\s)?"
        + _MOVE
        + r"\s"
        + _TO
        + r"|"
        + _MOVE
        + r"\s(?:[а-яёіїєґ']+\s)?"
        + _STOP
        + r"\s"
        + _TO
        + r"|"
        + _STOP
        + r"\s(?:теперь\s|уже\s)?(?:на|в|к)\s(?:точк[уе]\s)?(?:вход|вхід)"
        + r"|нов\w{1,3}\s"
        + _STOP
        + r"(?!\w))"
        # (To a price: "стоп переносим в бу после первого тейка" in a new signal is its plan.)
        + r"[^\n0-9]{0,24}(?<![0-9.,])[0-9]"
    )
)
# A plan for later in the same line: after a target, when the price gets somewhere, if.
_LATER: Final = re.compile(
    r"(?<!\w)(?:после|при\sдостижении|когда|как\sтолько|если|після|коли|якщо)(?!\w)"
)

_STOP_GATE: Final = gate(("стоп", "сл ", "sl "))  # (found in the post's one pass: gate_words.py)
# Every match holds a word of moving, "вход"/"вхід" or "нов" (its rows' literals, the stop's
# "топ" given as the move words or the entry's that stand beside it): English posts' "sl " is
# not enough.
_MOVED_GATE: Final = gate(
    gate_literals(
        _MOVED_STOP_RU.pattern,
        {"топ": (*(required_literals(_MOVE) or ()), "вход", "вхід"), "ов": ("нов",)},
    )
    or ("",)  # (none: gate raises)
)


def moved_stop_ru(low: str) -> str | None:
    """The words saying the stop was (or is being) moved, in a lower-case post, or None."""
    if not holds(low, _STOP_GATE) or not holds(low, _MOVED_GATE):
        return None
    m = _MOVED_STOP_RU.search(low)
    if m is None:
        return None
    line = low[low.rfind("\n", 0, m.start()) + 1 : low.find("\n", m.end()) % (len(low) + 1)]
    return None if _LATER.search(line) else m.group().rstrip("0123456789").rstrip()
