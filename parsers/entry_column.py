"""An entry label's prices written one a line under it (branch i13-ru33).

"BTCUSDT LONG / ВХОД: 59000 / 58500 / 58000 / 57500 / СТОП: 56000" (made up): the entry label
gives its first price on its own line and the averaging levels on the lines under it, each a bare
price, down to the stop. parsers/list_block.py carries a label's list on to the bare lines under
it only for a heading ("Entry:" alone on its line) or for targets, so these lines were left to no
label: the signal was refused ("'58500' holds prices that no label claims").

They are the entry's, and read so, only when nothing else can be meant:

- one price on the entry label's line, then one bare price a line (no word, no index), then
  the stop's label right under the last of them, no other label between;
- the prices run from the entry toward the stop, each one beyond the one above it, and the stop
  beyond the last: a long's averaging levels fall to its stop, a short's rise to it. Targets run
  away from the stop, so a column of them under the entry (a label left out) is never read so:
  it stays the doubt it was, as does a column in no order or one crossing the stop.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.numbers import Num, read_prices
from parsers.reading import Reading

# A line that is one price and nothing else ("58500", "$58,500", "0.0532").
_BARE_PRICE: Final = re.compile(r"[ \t]*\$?[0-9][0-9.,]*\$?[ \t]*")


def entry_column(r: Reading) -> None:
    """Read the bare prices under a one-price entry label, down to the stop's label, as more
    entries when they run from the entry toward the stop (see the module's docstring)."""
    if len(r.entries) != 1 or r.sl is None or r.tps and r.tps[0].start < r.sl.start:
        return
    first = r.entries[0]
    if not first.end < r.sl.start:
        return
    column: list[Num] = []
    for text, offset in r.bare_lines:
        if offset < first.end or not text.strip():
            continue  # (blank lines between them are the channel's spacing)
        if offset > r.sl.start:
            break
        if _BARE_PRICE.fullmatch(text) is None:
            return  # (a line of words between them: a note's, another field's)
        found = read_prices(text, offset)
        if len(found) != 1:
            return
        column.append(found[0])
    starts = [start for _, start, _ in r.labels if first.end < start < r.sl.start]
    if not column or len(starts) != 1:
        return  # (a label between the entry's line and the stop's: the column is not the entry's)
    levels = [first.value, *(n.value for n in column), r.sl.value]
    falling = all(a > b for a, b in zip(levels, levels[1:], strict=False))
    rising = all(a < b for a, b in zip(levels, levels[1:], strict=False))
    if falling or rising:
        r.entries.extend(column)
