"""parsers/stop_hits._loss_stop_hit against the search it stands for (session 24, the lead): the
first match of _LOSS_STOP_HIT (i13-upd25's stop hits in ASCII English), found from the places
where one can begin, is re's own first match: the same span and string, on every dev post and on
random texts of the rows' words and marks."""

from __future__ import annotations

import random

from parsers import stop_hits
from tests.parsers.corpus_score import load_split

_WORDS = (
    *("#eth", "$btc", "eth/usdt", "ethusdt", "sl", "stop loss", "stop-loss", "stoploss", "stopped"),
    *("stopped out", "touched", "tapped", "went to", "came to", "our", "the", "s/l", "s.l", "hit"),
    *(
        "triggered",
        "reached",
        "taken",
        "got",
        "was",
        "filled",
        "order",
        "took",
        "stop",
        "closed at",
    ),
    *("exited at", "exit at", "exit", "on", "by", "long", "short", "loss", "liquidated", "2900"),
    *("(sl)", "(stop)", "-25%", "- 5.2 %", "−3%", "25%", "😔", "✅", "at", "-", ":", "$3100"),
)
_SIGNS = (" ", " ", "\n", "\n", "", "!", " 🔴 ", ".")


def _same(low: str) -> None:
    want = stop_hits._LOSS_STOP_HIT.search(low)
    got = stop_hits._loss_stop_hit(low)
    assert (want is None) == (got is None), low
    if want is not None and got is not None:
        assert (got.span(), got.group()) == (want.span(), want.group()), low


def test_loss_stop_hit_when_dev_posts_then_as_the_search() -> None:
    for case in load_split("dev"):
        _same(case.text.lower())


def test_loss_stop_hit_when_random_texts_then_as_the_search() -> None:
    rng = random.Random(24)
    at_lines = led = 0
    for _ in range(20_000):
        parts = [
            rng.choice(_WORDS if rng.random() < 0.7 else _SIGNS) for _ in range(rng.randint(1, 9))
        ]
        low = "".join(p + rng.choice(_SIGNS) for p in parts)
        if rng.random() < 0.5:  # (a coin opening a line, as the line-start rows need)
            low = rng.choice(("", "ok\n", "\n")) + rng.choice(("#eth ", "$btc ", "eth/usdt ")) + low
        _same(low)
        if (m := stop_hits._LOSS_STOP_HIT.search(low)) is not None:
            if stop_hits._LOSS_STARTS[0].match(low, m.start()) is None:
                at_lines += 1
            else:
                led += 1
    assert at_lines > 50 and led > 50, (at_lines, led)  # (the texts reach both kinds of rows)
