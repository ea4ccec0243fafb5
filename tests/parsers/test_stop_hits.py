"""parsers/stop_hits.py finds the stop-hit phrase parsers/updates.py looked for before it (SL_HIT,
then SL_HIT_WORLD in a post that is not ASCII): the same match, on random texts of the phrases'
own words; and quick_tests.led_alternatives, which it is built on."""

from __future__ import annotations

import random
import re

from parsers.bare_reports import bare_stop
from parsers.quick_tests import led_alternatives
from parsers.stop_hits import (
    _AUTO_CLOSED,
    _LIQUIDATED,
    _LOSS_STOP_HIT,
    _MARKED_STOP_HIT,
    _MOVED_STOP_HIT,
    _OUT_AT_LOSS,
    _STOP_WAS_AT_ENTRY,
    stop_hit,
)
from parsers.update_words import SL_HIT
from parsers.update_words_world import SL_HIT_WORLD


def _before(low: str) -> re.Match[str] | None:
    found = SL_HIT.search(low)
    if found is None and ("sl" in low or "stop" in low):
        # (The forms beside the tables, looked for before the other scripts': a moved stop hit,
        # a stop word with a mark, i13-upd24's "🛑 SL" ending a post, "#ETH STOPLOSS" alone on
        # its line, searched whole here.)
        found = (
            _MOVED_STOP_HIT.search(low)
            or _MARKED_STOP_HIT.search(low)
            or _LOSS_STOP_HIT.search(low)
        )
    if found is None and "loss" in low:
        found = bare_stop(low)  # ("Stoploss !" as the whole post; i13-status33)
    if found is None and "auto" in low and "closed" in low:
        auto = _AUTO_CLOSED.search(low)  # (with the stop moved to the entry; i13-status33)
        found = auto if auto is not None and _STOP_WAS_AT_ENTRY.search(low) else None
    if found is None and "liquidated" in low:
        found = _LIQUIDATED.search(low)
    if found is None and " out " in low and "loss" in low:
        found = _OUT_AT_LOSS.search(low)
    return found or (None if low.isascii() else SL_HIT_WORLD.search(low))


def _texts(n: int, seed: int) -> list[str]:
    """Texts of the patterns' words (every script), separators, emoji and coins."""
    rng = random.Random(seed)
    words = sorted(set(re.findall(r"[^\W\d_]+", SL_HIT.pattern + " " + SL_HIT_WORLD.pattern)))
    seps = [" ", " ", " ", "\n", "-", ":", ".", ",", "，", "1", "0.45", "#sol ", "btc ", "be "]
    seps += ["❌", "🛑", "⛔", "小损", "小损了", "拿", "the ", "our ", "?", "x"]
    return [
        "".join(rng.choice(words if rng.random() < 0.5 else seps) for _ in range(rng.randint(1, 9)))
        for _ in range(n)
    ]


def test_stop_hit_when_texts_of_the_phrases_words_then_the_match_updates_read_before() -> None:
    found = 0
    for text in _texts(12000, 14):
        want, got = _before(text), stop_hit(text)
        assert (want and (want.span(), want.group())) == (got and (got.span(), got.group())), text
        found += want is not None
    assert found > 250  # the texts reach the phrases


def test_stop_hit_when_an_anchored_small_loss_reply_then_found() -> None:
    assert (
        stop_hit("#sol 小损, 太激进了") is not None
    )  # (the alternative that opens with no literal)
    assert stop_hit("sl hit") is not None and stop_hit("be stop out") is None


def test_led_alternatives_when_some_open_with_no_literal_then_apart_in_order() -> None:
    assert led_alternatives(r"ab|(?<!x)cd|e[fg]|^h|i") == ("ab|e[fg]|i", r"(?<!x)cd|^h")
    assert led_alternatives(r"ab|cd") == ("ab|cd", "")
    led, others = led_alternatives(SL_HIT.pattern)
    assert "小损" in others and "小损" not in led and "stop" in led
