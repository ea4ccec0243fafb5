"""The price a Russian close says it was done at (branch i13-ru34): "Закрыл по 0.25 👌",
"Выход по цене 142.5.", "Закрываем позицию по текущим 0,21252" (dev `dk-trader-a-028`), "Вышел по
рынку 0.6795", "Фиксирую часть по текущим 1,25 (3,5%)".

A close is done now, at the market (the engine closes at its own price and never reads this
one); the price the channel got is the reading's `price` (CONVENTIONS.md: "`price` when stated"),
shown on the card. It is read only when the post says it once: the verb of the close or the exit,
at most three words after it, "по" (with "цене", "рынку", "текущим", "курсу" between), then the
number, with nothing after it that makes it another thing: a percent, a ratio ("1R", "1:1"), a
multiple ("x2"), a range ("0.25-0.26") or a word ("по 2 тейку": the target's number). Two
different prices said so, or none, leave the close without one. A close still to come ("закрою
по 3300") is refused before this (parsers/close_to_come.py); a stop move's price is its own.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from parsers.models import SignalUpdate, UpdateKind
from parsers.normalize import lower, normalize
from parsers.ru_grammar import CLOSE_VERB, DUMP_VERB, EXIT_VERB

_VERB: Final = (
    r"(?<![а-яё])(?:"
    + CLOSE_VERB
    + "|"
    + EXIT_VERB
    + "|"
    + DUMP_VERB
    + r"|выход|закрыт[аоы]?|зафиксирован[аоы]?|прикры\w{1,5}|откупил\w{0,3}|продал\w{0,2})(?![а-яё])"
)
_AT: Final = re.compile(
    _VERB
    # (at most three words between: "позицию", "полностью", "остаток", "шорт")
    + r"(?:\s[а-яёa-z]{1,16}){0,3}?"
    + r"\sпо\s(?:цене\s|рынку\s|текущим\s|текущей(?:\sцене)?\s|курсу\s)?"
    + r"\$?(?P<price>[0-9]+(?:[.,][0-9]+)?)\$?(?:\s?(?:usdt|usd))?"
    # (nothing after it that makes it a percent, a ratio, a multiple, a range or a count)
    + r"(?![0-9]|[.,:/][0-9]|\s?[%xхrр](?![а-яёa-z])|\s?[-–—]\s?[0-9]|\s[а-яёa-z])"
)
# The gain of the close in parentheses right after its price ("по текущим 1,25 (3,5%)"): never
# the share closed, which a percent elsewhere in the post may be ("Фиксирую 50% по 1.25 (3%)").
_GAIN: Final = re.compile(
    r"\$?(?:\s?(?:usdt|usd))?\s?\(\s?[+]?(?P<gain>[0-9]{1,3}(?:[.,][0-9]{1,2})?)\s?%\s?\)"
)
_PERCENT: Final = re.compile(r"%")
# A share told without a number ("Частично фиксирую", "часть позиции", "половину"): the close
# stays a part when its percent was the gain.
_PART: Final = re.compile(
    r"(?<![а-яё])(?:частичн\w{1,4}|част[ьи]|половин\w{1,2}|пол\s?позиции)(?![а-яё])"
)
_THOUSANDS: Final = re.compile(r"[1-9][0-9]{0,2},[0-9]{3}")
_LONGEST: Final = 600  # a close's report is short; a longer post's numbers are a story's


def exit_price(text: str) -> tuple[float, frozenset[float]] | None:
    """The one price the post says its close or exit was done at, and the gains in parentheses
    after it when they are every percent of the post (as shares: 3.5 % is 0.035); or None."""
    if len(text) > _LONGEST or "по" not in text.lower():
        return None
    low = lower(normalize(text))
    prices: set[float] = set()
    gains: list[float] = []
    for m in _AT.finditer(low):
        written = m.group("price")
        if _THOUSANDS.fullmatch(written):
            return None  # "по 3,300": thousands or a decimal comma? no guess
        prices.add(float(written.replace(",", ".")))
        if (gain := _GAIN.match(low, m.end())) is not None:
            gains.append(float(gain.group("gain").replace(",", ".")) / 100)
    if len(prices) != 1:
        return None
    price = prices.pop()
    if price <= 0:
        return None
    every = len(_PERCENT.findall(low)) == len(gains)
    return price, frozenset(gains if every else ())


def with_exit_price(update: SignalUpdate | None, text: str) -> SignalUpdate | None:
    """A close (or a share closed) read with no price, given the price its post says it was
    done at; any other reading as it is."""
    if (
        update is None
        or update.kind not in (UpdateKind.CLOSE, UpdateKind.CLOSE_PARTIAL)
        or update.price is not None
        or update.then is not None
    ):
        return update
    said = exit_price(text)
    if said is None:
        return update
    price, gains = said
    if update.fraction is not None and _read_from(update.fraction, gains):
        # ("Фиксирую по текущим 1,25 (3,5%)": the gain read as the share, whole or its digits
        # after the decimal comma; a close of all, or a part whose share is unsaid.)
        part = _PART.search(lower(text)) is not None
        kind = UpdateKind.CLOSE_PARTIAL if part else UpdateKind.CLOSE
        return replace(update, kind=kind, fraction=None, price=price)
    return replace(update, price=price)


def _read_from(fraction: float, gains: frozenset[float]) -> bool:
    """Whether the share read is one of the gains, or the digits after a gain's decimal comma
    ("3,5%" read as 5 %)."""
    for gain in gains:
        cents = round(gain * 10000) % 100  # (3.5 % -> 0.035 -> "50" after the comma: 5 %)
        tail = (cents // 10 if cents % 10 == 0 else cents) / 100
        if abs(fraction - gain) < 1e-9 or (tail > 0 and abs(fraction - tail) < 1e-9):
            return True
    return False
