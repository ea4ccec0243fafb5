"""Mutation families of session 29 (issue 13, branch i13-labels31): a dev signal's card written with
the label words and separators parsers/lexicon_en.py, lexicon_world.py, lexicon_slang.py and
parsers/zone_label.py learnt in that branch (tests/parsers/test_labels31.py), every post made up
from a dev signal's hand-checked reading.

- ``labels31_entry``: the entry line under a new entry word ("Purchase", "Закуп", "Зона закупа",
  "Берём от", a zone word, the coin's own tag), a separator (":-", ":", "::", "=>", "➖", "⏩"),
  "$" after each price or "_" between two: ``exact`` (a buy word only in a long: in a short it
  is the buy back);
- ``labels31_target`` / ``labels31_stop``: the targets under a misspelt or other-language word
  ("Trgt", "Tragets", "Тэйки", "Hedef Fiyat"), the stop under one ("Stoplose", "防守",
  "إيقاف الخسارة"): ``exact``;
- ``labels31_note``: the card with a note line under a word that names no level ("Invest :-
  50$ - 100$", "Purchase: 100 USDT" after the entry, "CMP :- {price}$", "Booking :- {target}$",
  "Закуп: 100$" after the entry): ``safe`` (read exactly, the note no price, or refused);
- ``labels31_coin``: the entry line as "{coin} :- {prices}" with no entry label, and the coin line
  beyond the stop, or another coin's: ``exact`` when its prices lie between the stop and the
  nearest target, ``refuse`` when they do not.

``python -m tests.parsers.mutations --family 'labels31*' --seeds 1 20`` prints the figures.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from tests.parsers.mutation_post import REFUSE, SAFE, Made, Row, Want
from tests.parsers.mutations_drawn import drawn_once
from tests.parsers.mutations_wt20 import EXACT, _usable
from tests.parsers.variant_forms import fmt

SEPARATORS = (" :- ", " : ", ": ", " :: ", " => ", " ➖ ", " ⏩ ", " = ")
# Entry words read in either side's card, and those of a buy (a long's only).
ENTRY_WORDS = (
    "Зона закупа",
    "Точка закупа",
    "Открываем по",
    "Набираем позицию",
    "Заходим по",
    "Берём от",
    "Закупаемся по",
    "ادخل",
    "Отложка",
    "Лимит ордер",
    "Ставим лимитку",
    "埋伏位",
)
BUY_WORDS = ("Purchase", "Buyin", "Закуп", "Закупка", "Зона покупки", "Цена покупки", "低吸")
BUY_WORDS += ("Ордер на покупку", "Уровень покупки", "Зона для покупки")
ZONE_WORDS = ("Zone", "Range")
ZONE_SEPARATORS = (" :- ", " : ", " :: ", " => ", " -> ")
TARGET_WORDS = ("Trgt", "Trgts", "Tragets", "Targer", "Targt", "Тэйки", "Hedef Fiyat", "جني الربح")
TARGET_NUMBERED = ("Traget {i}", "Trgt {i}", "Тэйк {i}", "Targer {i}")
STOP_WORDS = ("Stoplose", "Stoplos", "防守", "防守位", "Stop los", "إيقاف الخسارة")
# Notes under words that name no level: {e} the first entry, {t} the first target.
NOTES_BEFORE = ("Invest :- 50$ - 100$", "Invest :- 50$", "CMP :- {e}$", "Price :- {e}$")
NOTES_AFTER_ENTRY = ("Purchase: 100 USDT", "Закуп: 100$", "Buyin: 100 USDT", "Avg :- {e}$")
NOTES_AFTER_TARGETS = ("Booking :- {t}$", "Profit Booking :- {t}$")


def _prices(rng: random.Random, values: list[float]) -> str:
    """The prices as such channels write them: "$" after each, or "_" between two."""
    written = [fmt(v) for v in values]
    if len(written) == 2 and rng.random() < 0.25:
        return "_".join(written)
    dollar = "$" if rng.random() < 0.6 else ""
    return " - ".join(f"{v}{dollar}" for v in written)


def _head(rng: random.Random, want: Want) -> list[str]:
    base = want["symbol"][:-4]
    lines = [f"{rng.choice((f'#{base}/USDT', f'{base}/USDT', f'#{base}'))} {want['side']}"]
    if want["leverage"] is not None:
        lines.append(f"Leverage :- {want['leverage']}x")
    return lines


def _targets(rng: random.Random, want: Want) -> list[str]:
    return [f"Target{rng.choice(SEPARATORS)}{_prices(rng, want['take_profits'])}"]


def _stop(rng: random.Random, want: Want) -> list[str]:
    return [f"Stoploss{rng.choice(SEPARATORS)}{fmt(want['stop_loss'])}$"]


def _entry(rng: random.Random, want: Want) -> list[str]:
    return [f"Entry{rng.choice(SEPARATORS)}{_prices(rng, want['entries'])}"]


def _fits(want: Want) -> bool:
    """A usable USDT signal whose entries lie between its stop and its nearest target, with at
    most four entries (a zone line's count)."""
    if not _usable(want) or not want["symbol"].endswith("USDT") or len(want["symbol"]) <= 4:
        return False
    entries, tps, sl = want["entries"], want["take_profits"], want["stop_loss"]
    if len(entries) > 4:
        return False
    if want["side"] == "LONG":
        return all(sl < e < min(tps) for e in entries)
    return all(max(tps) < e < sl for e in entries)


def labels31_entry(rng: random.Random, want: Want) -> Made:
    """The entry line under a new entry word, or a zone word, and a separator."""
    words = ENTRY_WORDS + (BUY_WORDS if want["side"] == "LONG" else ())
    if rng.random() < 0.25:
        line = f"{rng.choice(ZONE_WORDS)}{rng.choice(ZONE_SEPARATORS)}"
    else:
        line = f"{rng.choice(words)}{rng.choice(SEPARATORS)}"
    line += _prices(rng, want["entries"])
    return "\n".join([*_head(rng, want), line, *_targets(rng, want), *_stop(rng, want)]), EXACT


def labels31_target(rng: random.Random, want: Want) -> Made:
    """The targets under a misspelt or other-language word (one line, or numbered)."""
    tps = want["take_profits"]
    if rng.random() < 0.4:
        form = rng.choice(TARGET_NUMBERED)
        sep = rng.choice((": ", " : ", " :- ", " => "))
        lines = [f"{form.format(i=i)}{sep}{fmt(v)}" for i, v in enumerate(tps, 1)]
    else:
        lines = [f"{rng.choice(TARGET_WORDS)}{rng.choice(SEPARATORS)}{_prices(rng, tps)}"]
    body = [*_head(rng, want), *_entry(rng, want), *lines, *_stop(rng, want)]
    return "\n".join(body), EXACT


def labels31_stop(rng: random.Random, want: Want) -> Made:
    """The stop under a misspelt or other-language word."""
    word = rng.choice(STOP_WORDS)
    sep = "：" if word.startswith("防守") and rng.random() < 0.5 else rng.choice(SEPARATORS)
    line = f"{word}{sep}{fmt(want['stop_loss'])}"
    body = [*_head(rng, want), *_entry(rng, want), *_targets(rng, want), line]
    return "\n".join(body), EXACT


def labels31_note(rng: random.Random, want: Want) -> Made:
    """The card with a note under a word that names no level."""
    e, t = fmt(want["entries"][0]), fmt(want["take_profits"][0])
    head, entry = _head(rng, want), _entry(rng, want)
    targets, stop = _targets(rng, want), _stop(rng, want)
    where = rng.randrange(3)
    if where == 0:
        head.append(rng.choice(NOTES_BEFORE).format(e=e))
    elif where == 1:
        entry.append(rng.choice(NOTES_AFTER_ENTRY).format(e=e))
    else:
        targets.append(rng.choice(NOTES_AFTER_TARGETS).format(t=t))
    return "\n".join([*head, *entry, *targets, *stop]), SAFE


def labels31_coin(rng: random.Random, want: Want) -> Made:
    """The entry line headed by the coin (exact), or a coin line that cannot be the entry."""
    base = want["symbol"][:-4]
    head = _head(rng, want)
    sep = rng.choice((" :- ", " : ", ": ", " :: ", " => "))
    way = rng.random()
    if way < 0.6:
        line, must = f"{rng.choice((base, '#' + base, base + '/USDT'))}{sep}", EXACT
        line += _prices(rng, want["entries"])
    elif way < 0.8:
        # beyond the stop: not between the stop and the targets
        beyond = float(f"{want['stop_loss'] * (0.9 if want['side'] == 'LONG' else 1.1):.5g}")
        line, must = f"{base}{sep}{fmt(beyond)}", REFUSE
    else:
        other = "ETH" if base != "ETH" else "BTC"
        line, must = f"{other}{sep}{_prices(rng, want['entries'])}", REFUSE
    return "\n".join([*head, line, *_targets(rng, want), *_stop(rng, want)]), must


MAKERS: dict[str, Callable[[random.Random, Want], Made]] = {
    "labels31_entry": labels31_entry,
    "labels31_target": labels31_target,
    "labels31_stop": labels31_stop,
    "labels31_note": labels31_note,
    "labels31_coin": labels31_coin,
}


def labels31_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must), a generator of its
    own; each dev signal once, in one family drawn for it (that applies to it)."""
    return drawn_once(random.Random(seed * 40031 + 31), MAKERS, _fits)
