"""The gate session 23 (i13-speed16) put before reports._reported's search: a post holding none
of the Russian rows' words is searched with the English rows alone. The gated answer must be the
ungated one on random texts of both tables' words (with the characters around them) and on the
dev posts; every match of the Russian rows must hold one of the gate's words."""

from __future__ import annotations

import random

from parsers import reports
from parsers.status_ru import TARGET_RU
from tests.parsers.corpus_score import load_split
from tests.parsers.word_texts import word_text

# Words of the English and Russian rows (parsers/vocabulary.TARGET_REPORTED, status_ru), and
# what stands around and between them.
_WORDS = (
    *("tp", "tp1", "target", "take profit", "entry", "stop loss", "sl", "is", "has been", "was"),
    *("hit", "reached", "achieved", "done", "smashed", "triggered", "✅", "✔", "the", "our"),
    *("closed", "exited", "stopped out", "at", "in", "manually", "all", "targets", "tps"),
    *("completed", "+32%", "4.55%", "loss", "profit", "gain", "signal", "order", "filled"),
    *("activated", "entered", "cancelled", "canceled", "suggesting that", "once", "if", "when"),
    *("первая", "вторая", "цель", "цели", "тейк", "тейк 2", "тп", "тп1", "взята", "достигнута"),
    *("взят", "закрыта", "все", "тейки", "отменено", "отменён", "сигнал", "сделка", "позиция"),
    *("закрыли", "вышли", "по", "в", "стопу", "бу", "выбило", "стопнуло", "вход", "был"),
    *("стоп", "сработал", "словили", "результат", "итог", "статус", "будет", "если", "(2500)"),
)
_SIGNS = (" ", " ", " ", "\n", ": ", "-", "#", "2", "150", "$", "(", ")", "+15%", "-1r", "🚀")


def _ungated(low: str) -> bool:
    for m in reports._TARGET_REPORTED.finditer(low):
        if reports._HEDGED.search(low, max(0, m.start() - 48), m.start()):
            continue
        return True
    return False


def _random_text(rng: random.Random) -> str:
    return word_text(rng, _WORDS, _SIGNS, most=10, word_share=0.6, space_share=0.6)


def test_reported_when_random_texts_then_as_ungated() -> None:
    rng = random.Random(2316)
    found = ru = 0
    for _ in range(6_000):
        low = _random_text(rng)
        want = _ungated(low)
        assert reports._reported(low) == want, low
        found += want
        ru += want and not reports._TARGET_EN.search(low)
    assert found > 1_000 and ru > 100, (found, ru)  # (both tables' rows were reached)


def test_russian_rows_match_only_with_a_gate_word() -> None:
    import re

    rows = re.compile(TARGET_RU)
    heads = reports._TARGET_RU_HEADS
    assert heads is not None
    rng = random.Random(23)
    for _ in range(6_000):
        low = _random_text(rng)
        if rows.search(low):
            assert any(h in low for h in heads), low


def test_reported_when_dev_posts_then_as_ungated() -> None:
    for case in load_split("dev"):
        low = case.text.lower()
        assert reports._reported(low) == _ungated(low), case.id
