"""An indicator's value in a note after a level's price: "Stop Loss: 0.8050 (above the MA(25) at
0.8010)", "TP1: 0.7700 (near MA(99) 0.7690)", "Entry Zone: 0.7850 - 0.7900 (retest of MA(7)
0.7880)", "(above the 25MA at 0.8010)", "(below EMA 200 (144.9))", "(the 0.7880 7MA)". AI-assisted analysis posts
name the moving average a level sits by, with its value; that value is where the average is,
never a level (on main "(retest of MA(7) 0.7880)" after an entry zone was traded as a third
entry, and a stop's note refused the post as a number nobody could read).

Only inside a note in parentheses that opens with a word right after a price on its line, and
only a moving average or a band named with its period (or a bare name: "the EMA at 144.9"); a
note offering another level ("or", "then", "next", "extend") keeps its numbers, to be weighed
as before. The value's digits (and the period's) are blanked before the labels are read, as
parsers/indicator_notes.py blanks a period alone.
"""

from __future__ import annotations

import re
from typing import Final

# A note in parentheses after a price, opening with a word (one bracket inside it: "MA(25)").
_NOTE: Final = re.compile(
    r"[0-9][ \t]{0,3}\((?=[ \t]?[^\W\d_])((?:[^()\n]|\([0-9]{1,3}\)|\(\$?[0-9][0-9.,]*\)){1,160})\)"
)
# A moving average or a band, its period before or after it, then its value.
_VALUE: Final = re.compile(
    r"(?<![a-z0-9.])(?:[0-9]{1,3}[ \t-]?(?:period[ \t]|day[ \t])?)?"
    r"(?:[esw]?ma|bb|boll(?:inger)?(?:[ \t](?:upper|lower|middle|mid)[ \t]band)?)(?![a-z])"
    r"[ \t]?(?:\([0-9]{1,3}\)|[0-9]{1,3}(?![0-9.,]))?"
    r"[ \t]?(?:at|near|around|of|@|:|=|~|≈)?[ \t]?(\(?\$?[0-9][0-9,]*(?:\.[0-9]+)?\)?)"
    r"(?![0-9]|[.,][0-9]|[ \t]?%)"
    # ("the 0.7880 7MA", "0.8010 (MA 25)": the value first, then the average and its period.)
    r"|(?<![a-z0-9.,])\$?(?:[0-9][0-9,]*\.[0-9]+|[0-9]{4,}|[0-9]{1,3}(?:,[0-9]{3})+)[ \t]?\(?"
    r"(?:[0-9]{1,3}[ \t-]?)?"
    r"(?:[esw]?ma|bb)(?![a-z])(?:[ \t]?(?:\([0-9]{1,3}\)|[0-9]{1,3}(?![0-9.,])))?\)?"
)
# Words that offer another level: the note is an alternative, not where a level sits.
_OTHER_LEVEL: Final = re.compile(r"(?<![a-z])(?:or|then|next|extend\w*|add\w*|another)(?![a-z])")
_DIGITS: Final = re.compile(r"[0-9]+")


def indicator_values(low: str) -> list[tuple[int, int]]:
    """The spans of the digits of moving averages' periods and values in notes after a price."""
    spans: list[tuple[int, int]] = []
    for note in _NOTE.finditer(low):
        if _OTHER_LEVEL.search(low, note.start(1), note.end(1)):
            continue
        for m in _VALUE.finditer(low, note.start(1), note.end(1)):
            spans.extend((d.start(), d.end()) for d in _DIGITS.finditer(low, m.start(), m.end()))
    return spans
