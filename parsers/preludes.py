"""The text before a post's labels, and lines no label claims: the entry written bare under the coin
("WLDUSDT LONG 2.315"), or prices nobody can place, which make the signal needs review."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from parsers import head_coins, sides, symbols
from parsers.entry_column import entry_column
from parsers.labels import LEVEL_LABELS, MARKET
from parsers.list_block import is_continuation
from parsers.not_prices import not_prices
from parsers.numbers import Num, read_prices
from parsers.pair_price_line import side_then_pair_price
from parsers.reading import Reading
from parsers.zone_label import zone_entries

_HAS_DIGIT: Final = re.compile(r"[0-9]")


ONLY_PRICES: Final = re.compile(r"[\s$]*[0-9][0-9.,\s$]*(?:[-–/~]\s?\$?[0-9][0-9.,\s$]*)*")


def entries_from_preludes(
    r: Reading, side_named: bool, coin: Callable[[], str | None]
) -> list[Num]:
    """ "WLDUSDT LONG 2.315": prices on the side's own line; else a line of nothing but prices
    before the first label ("0.234-0.2360" under the pair), when no label named an entry; or
    the post's first line, its coin (`coin()`: the symbol the post names) and a zone."""
    for text, offset in r.preludes:
        # (A line without a digit has no price to give: skip the side search there.)
        if side_named and _HAS_DIGIT.search(text) and sides.side_from_words(text)[0]:
            # "BTCUSDT #LONG | Buy now | Level: 92265", "DODOUSDT.P 롱 / ➤ 0.93 0.96 / Profit
            # taking 👇 / 1️⃣ 0.98": the side's own field (a one-line post's fields are its lines).
            if "|" in text or " / " in text or "•" in text:
                found, after = _prices_from_side_field(text, offset)
                if after is not None:
                    # "AVAXUSDT Uzun / Cue = 15.05 / 15.15 / 15.372 / ...": the fields of bare
                    # prices after the entry's: more entries, or targets? Never dropped silently.
                    r.unexplained.append(("stray", after))
            else:
                # ("ETH/USDT LONG Dec 3rd, 2024", "... July 15.", "4h": a date or a timeframe on
                # the side's line is no entry.)
                found = read_prices(not_prices(text), offset)
            if found:
                return found
    # (Before the first *level* label: "Coin: LINEA LONG" over "0.007262" names the coin first;
    # "Pair: LTC/USDT SELL" over "107.3 / 111.8" too: a bare "Buy"/"Sell" that took no value,
    # nor a list under it, is the side word of the coin's line, no label of a level.)
    side_words = {
        span[0] for kind, label, span in r.empty if kind in _SIDE_KINDS and label in _SIDE_KINDS
    }
    first = next(
        (lab[1] for lab in r.labels if lab[0] in LEVEL_LABELS and lab[1] not in side_words),
        r.first_label,
    )
    opening = True
    for text, offset in r.preludes:
        if offset >= first:
            break  # (a bare line after the stop, "🛑 Stop 0.32" then "0.42 0.38": nobody's)
        if not text.strip():
            continue
        if ONLY_PRICES.fullmatch(text):
            return read_prices(text, offset)
        # (Or the head of the first level label's line: "Good luck!" over "AAVE 62.6-62 stop
        # 60.6" is a chat line before the one-line order.)
        if opening or offset + len(text) == first:
            head = _COIN_THEN_PRICES.fullmatch(text)
            if head is not None and head_coins.may_be_coin(head.group(1)) and _is(head, coin()):
                # "ETH ；3580-3610附近" over "目標 ；3640-3670": the call's first line is its coin
                # and the zone to enter (the side is the levels'). Only the post's own coin:
                # "Res: 3700" over "ETH long" is a note, not an entry.
                return read_prices(text[head.start(2) : head.end(2)], offset + head.start(2))
        opening = False
    # "Buy 📈 / IRIS/USDT 0.0912"; "Zone: 140-145" (or "LINK :- 14.5$ - 14.2$") between the stop
    # and the targets.
    return side_then_pair_price(r, first) or zone_entries(r, first, coin())


def _is(head: re.Match[str], symbol: str | None) -> bool:
    """Whether the word head names the coin of symbol ("eth" of "ETHUSDT")."""
    return symbol is not None and symbols.base_of(symbol) == head.group(1).upper()


# The first line of a call: a ticker, a separator, then nothing but a price or a zone and a
# "near" word ("ETH ；3580-3610附近", "btc: 118000-118500 near"); or a one-line order's ticker, its
# market or order type, and the zone before the stop's label ("AVAX 20.14-19.90 stop 19.40",
# "WOO spot .1545-.1512 stop .1460": the side is the levels', as "ETH limit 1228-1217" reads).
_COIN_THEN_PRICES: Final = re.compile(
    r"[^\w\n]{0,3}([a-z1][a-z0-9]{1,9})(?:\s*[:;]\s*|\s+(?:(?:spot|limit)(?:\s+|(?=\.[0-9]))){0,2})"
    r"(\$?\.?[0-9][0-9.,]*(?:\s?[-–~/]\s?\$?\.?[0-9][0-9.,]*)*)\s*(?:附近|左右|near|around)?\s*"
    # ("ETH ；2900-2925附近（激進單）": a note in brackets, no number in it: the order's kind.)
    r"(?:\([^\d()\n]{1,16}\)\s*)?"
)


FIELD_SEPARATOR: Final = re.compile(r"[|•]|\s/\s")
_SIDE_KINDS: Final = frozenset(("buy", "sell"))


def _prices_from_side_field(text: str, offset: int) -> tuple[list[Num], tuple[int, int] | None]:
    """The prices of a one-line post's fields ("|", "•" or " / " between them), from the field
    naming the side on: those of the first field holding any ("DODOUSDT.P 롱 / ➤ 0.93 0.96 /
    Profit taking 👇 / 1️⃣ 0.98": 0.93 and 0.96, not the targets after them); and the span of
    the fields of nothing but prices right after it, if any ("Cue = 15.05 / 15.15 / 15.372")."""
    start = 0
    named = False
    found: list[Num] = []
    seps = [*FIELD_SEPARATOR.finditer(text), None]
    for i, sep in enumerate(seps):
        end = sep.start() if sep is not None else len(text)
        named = named or sides.side_from_words(text[start:end])[0] is not None
        if named:
            found = read_prices(not_prices(text[start:end]), offset + start)
            if found:
                return found, _bare_fields_after(text, offset, seps[i:])
        if sep is not None:
            start = sep.end()
    return [], None


def _bare_fields_after(
    text: str, offset: int, seps: list[re.Match[str] | None]
) -> tuple[int, int] | None:
    """The span of the fields holding nothing but prices that follow the separator seps[0]."""
    first = seps[0]
    if first is None:
        return None
    start, last = first.end(), -1
    for sep in seps[1:]:
        end = sep.start() if sep is not None else len(text)
        if not text[start:end].strip() or not ONLY_PRICES.fullmatch(text[start:end]):
            break
        last = end
        if sep is None:
            break
        start = sep.end()
    return (offset + first.end(), offset + last) if last > 0 else None


def stray_prices(r: Reading) -> None:
    """No entry was read, yet a line before the labels, or between two of them, holds prices
    no label claims ("Get in : 725 - 735" under a label this lexicon lacks): maybe the entry.
    Never a market entry on a guess: the signal needs review (unless the line holds no number
    that could be a price of this coin: parsers/stray_lines.py, weighed once the levels are
    read)."""
    for text, offset in r.preludes:
        if offset >= r.first_label:
            break
        # ("Use only 2-3% of your capital": a range of percentages is no price.)
        if read_prices(not_prices(text), offset):
            r.unexplained.append(("stray line", (offset, offset + len(text))))
            return
    for text, offset in r.bare_lines:
        if offset >= r.last_label:
            break
        if offset > r.first_label and read_prices(not_prices(text), offset):
            r.unexplained.append(("stray line", (offset, offset + len(text))))
            return


def stray_between(r: Reading) -> None:
    """A line of bare numbers between two labelled lines that no label claims ("Entry: 1.50 /
    1: 1.55 / 2: 1.60 / SL: 1.40"): a price nobody can place, so the signal needs review."""
    entry_column(r)  # "ВХОД: 59000 / 58500 / 58000 / СТОП: 56000": averaging levels (i13-ru33)
    taken = [n.start for n in r.entries]  # a line the entries were read from is claimed
    for text, offset in r.bare_lines:
        if offset <= r.first_label or not text.strip():
            continue
        if offset >= r.last_label:
            break
        if any(offset <= at < offset + len(text) for at in taken):
            continue
        # "CMP- 0.2023", "current 0.52": the market price for reference, not a level.
        if MARKET.search(text) >= 0:
            continue
        if is_continuation(text) and read_prices(not_prices(text), offset):
            r.unexplained.append(("stray", (offset, offset + len(text))))
            return
