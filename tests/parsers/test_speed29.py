"""Session 27 (i13-speed29): another_coin's per-line loops made cheaper, exactly.

- `coins.tag_heading_level_line` walks the lines from the first level's line to the last level in
  order, after two scans of that stretch for a tag sign, where it built a set of line starts and
  sorted it: the lines asked, their order and the answer are the same. Compared here with the
  session-26 function (kept below) on every dev post and recorded reading's text, with levels
  placed at their numbers, at random places, and on made-up posts of tags, levels and lines.
- `coins.coin_on_level_line`'s lines alone in capitals: the first line by its own pattern, then
  `_CAPS_ALONE` on the post itself, where it searched a copy with a "\\n" before it: the same
  matches at the same places (compared for every line bound of every post).
"""

from __future__ import annotations

import random
import re

import pytest

from parsers import coins, symbols
from parsers.numbers import Num
from parsers.reading import Settled
from tests.parsers.test_speed24 import _POSTS  # (every dev post and recorded text, lowered)

_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_TAG_HEAD = re.compile(r"[^\w\n#$]{0,6}[#$][a-z][a-z0-9]{1,14}(?![\w/])")


def _old_tag_heading_level_line(low: str, s: Settled, symbol: str) -> str | None:
    """The session-26 function (main f942cb58), for comparison."""
    if "$" not in low and "#" not in low:
        return None
    starts = sorted(n.start for n in s.levels())
    if not starts:
        return None
    lines = {low.rfind("\n", 0, at) + 1 for at in starts}
    at = low.find("\n", starts[0])
    while 0 <= at < starts[-1]:
        lines.add(at + 1)
        at = low.find("\n", at + 1)
    for start in sorted(lines):
        if low.find("#", start, start + 7) < 0 and low.find("$", start, start + 7) < 0:
            continue
        m = _TAG_HEAD.match(low, start)
        if m is None:
            continue
        coin = symbols.from_tag(low[start : m.end()])
        if coin is not None and coins._base(coin) != coins._base(symbol):
            return coin
    return None


def _settled(starts: list[int]) -> Settled:
    return Settled(entries=[Num(1.0, at, at + 1) for at in starts])


def _placings(low: str, rng: random.Random) -> list[list[int]]:
    """Levels at the post's numbers (all, the first, the last, a few), and at random places."""
    numbers = [m.start() for m in _NUMBER.finditer(low)]
    out = [numbers, numbers[:1], numbers[-1:], rng.sample(numbers, min(3, len(numbers)))]
    if low:
        out += [[rng.randrange(len(low)) for _ in range(rng.randint(1, 4))] for _ in range(2)]
    return [p for p in out if p]


_SYMBOLS = ("BTCUSDT", "ETHUSDT", "SUSHIUSDT", "1000PEPEUSDT", "SOLUSDT")


def test_tag_heading_level_line_answers_as_before_on_every_post() -> None:
    rng = random.Random(29)
    asked = answered = 0
    differ: list[tuple[str, list[int], str]] = []
    for low in _POSTS:
        for starts in _placings(low, rng):
            for symbol in (rng.choice(_SYMBOLS), _SYMBOLS[0]):
                s = _settled(starts)
                old = _old_tag_heading_level_line(low, s, symbol)
                asked += 1
                answered += old is not None
                if coins.tag_heading_level_line(low, s, symbol) != old:
                    differ.append((low[:80], starts, symbol))
    assert differ == []
    assert asked > 20_000 and answered > 20  # (the compared answers include coins)


_PIECES = (
    "$sushi",
    "#eth",
    " $btc",
    "🟢 #sol",
    "tp1 0.5",
    "sl 2",
    "$0.325",
    "\n",
    "\n",
    "\n",
    "buy area - 0.09",
    "#",
    "$",
    "  ",
    "x",
    "#1000pepe",
    "📈$spk long",
)


@pytest.mark.parametrize("seed", range(3))
def test_tag_heading_level_line_answers_as_before_on_made_up_posts(seed: int) -> None:
    rng = random.Random(seed)
    differ = []
    for _ in range(6000):
        low = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 14)))
        for starts in _placings(low, rng):
            s = _settled(starts)
            symbol = rng.choice(_SYMBOLS)
            if coins.tag_heading_level_line(low, s, symbol) != _old_tag_heading_level_line(
                low, s, symbol
            ):
                differ.append((low, starts, symbol))
    assert differ == []
