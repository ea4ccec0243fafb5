"""A share fixed at a target, the target first, in a trader's terse Russian or Ukrainian reply
(branch i13-ru32): "Tp1 фикс", "Tp1 фикс 50% +0,5R", "ТП1 0.2211 фикс 30%", "Tp1 ✅ частичная
фиксация 50%", "Tp1 взят, частичная фиксация", "тп2 - фікс 30%".

The fix said right after a target's number is the part of the position that target was for: a
partial close (its share read after the fix word, else unsaid: the engine refuses a share it is
not told), never the whole position and never only the target's report. Before this branch "Tp1
фикс" was read as the target reached (the close of a share lost), "Tp1 фикс 50% +0,5R" as nothing
(its gain taken for the share's result) and "Tp1 0.2211 фикс" as a close of all. A fix of all
("фикс всей позиции", "полный фикс", "остаток фикс") is no share and stays the close it is.

parsers/update_kind.py asks `target_fix` before its other readings of a post with no stop word.
Made up from the forms of dev `dk-trader-a-017` ("Tp1 фикс 50% / Sl в безубыток"); no held-out
message was read.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.close_share import fraction_of
from parsers.gate_words import gate, holds
from parsers.update_words import FRACTION

_FIX_GATE: Final = gate(("фикс", "фікс"))  # (every fix word holds one: gate_words.py)

# The target heading the fix's line: its number, a price, a tick or "взят" between (a coin's tag
# before it at most): "tp1", "ТП 1 0.2211 ✅", "Tp1 взят,".
_TARGET_HEAD: Final = re.compile(
    r"[^\w\n]*(?:[#$][a-z0-9]{2,15}[^\w\n]{1,3})?(?:tp|тп|тейк|тэйк)\s?[1-9](?![0-9])"
    r"(?:\s?[-:]?\s?\$?[0-9]+(?:[.,][0-9]+)?)?"
    r"(?:[^\w\n]{0,4}(?:взят\w{0,2}|есть|достигнут\w{0,2}|є|взято))?[^\w\n]{0,4}$"
)
# The fix: the noun or the verb of fixing, a partial fix as a noun ("частичная фиксация").
_FIX: Final = re.compile(
    r"(?<![а-яёіїєґ])(?:(?:частичн|частков)\w{1,3}\s)?(?:фикс(?:ация|ацию|ируем|ирую|ировал\w{0,2})?"
    r"|фікс(?:ація|ацію|уємо|ую|ував|ували)?)(?![а-яёіїєґ])"
)
# A fix of all of it: no share.
_ALL: Final = re.compile(
    r"(?<![а-яёіїєґ])(?:всей|всю|всего|полн\w{1,3}|повн\w{1,3}|остат\w{1,3}|весь|всё|все|усю|всієї"
    r"|решт\w{1,2})(?![а-яёіїєґ])"
)
_LINE_END: Final = re.compile(r"\n|$")


def target_fix(low: str) -> tuple[int, float | None] | None:
    """Where the fix word is and the share it takes (None: unsaid), when a line of the lowered
    post is a target's number, then a fix of a share; else None."""
    if not holds(low, _FIX_GATE):
        return None
    for fix in _FIX.finditer(low):
        start = low.rfind("\n", 0, fix.start()) + 1
        if _TARGET_HEAD.fullmatch(low, start, fix.start()) is None:
            continue
        end = _LINE_END.search(low, fix.end())
        line_end = len(low) if end is None else end.start()
        if _ALL.search(low, start, line_end) is not None:
            return None  # "Tp1 фикс всей позиции": all of it
        share = FRACTION.search(low, fix.end(), line_end)
        if share is not None and share.start() - fix.end() > 3:
            share = None  # (a percent further on is the gain: "tp1 фикс +0,5r, 12%")
        fraction = fraction_of(share) if share is not None else None
        if fraction is not None and not 0 < fraction < 1:
            return None
        return fix.start(), fraction
    return None
