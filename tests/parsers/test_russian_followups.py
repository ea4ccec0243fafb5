"""Russian and Ukrainian follow-ups in trader slang (branch i13-ru14), through the parser's public
entry point (EnhancedParser.parse_update_sync, which the bot calls on every post that is no
signal): a target hit, a stop hit, the stop moved to the entry, a close, a partial close and a
cancel, with the coin written as channels write it (#BTC, BTC/USDT, "по BTC"); and posts with
the same words that ask for nothing (a story, a review, a question, a condition, a lesson).

The slang comes from public glossaries (cited beside the rows in parsers/update_words_world.py,
parsers/update_words.py and parsers/followup_forms.py) and from the Russian channels of the dev
corpus; these forms are written here, no dev message copied. Each positive form below was read
as nothing (or, "фиксируем часть", as a full close) by the parser before this branch, and each
negative as an action; the mutation families followup_ru / followup_ru_not
(tests/parsers/mutations_followups.py) write them for every dev signal's coin.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.parsers import mutations_followups
from tests.parsers.mutations_followups import FOLLOW, NOT, RIGHT, WRONG
from tests.parsers.reads import ACTS, PARSER
from tests.parsers.reads import update_fields as _read


@pytest.mark.parametrize(
    ("text", "symbol", "index"),
    [
        ("BTC/USDT тэйк 1 взят", "BTCUSDT", 1),  # "тэйк": the other spelling of "тейк"
        ("#ADA вторая цель отработана 🔥", "ADAUSDT", 2),  # a participle, feminine
        ("#BTC второй тейк забрали", "BTCUSDT", 2),  # "забрали": took it
        ("#SOL ціль 2 досягнута", "SOLUSDT", 2),  # uk
        ("#ADA перша ціль ✅", "ADAUSDT", 1),  # uk ordinal
        ("#XRP четверта ціль ✅", "XRPUSDT", 4),
    ],
)
def test_target_hit_in_slang_when_read_then_its_number(text: str, symbol: str, index: int) -> None:
    assert _read(text)[:3] == ("TP_HIT", symbol, index)


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("#XRP сработал стоп", "XRPUSDT"),
        ("ETH/USDT стоп-лосс сработал -5%", "ETHUSDT"),
        ("#ETH выбило в ноль", "ETHUSDT"),  # the stop, at the entry, was hit
        ("#BTC вибило по стопу", "BTCUSDT"),  # uk
        ("по SOL спрацював стоп", "SOLUSDT"),  # uk
        ("#DOGE залосились", "DOGEUSDT"),  # slang: the stop loss was hit
    ],
)
def test_stop_hit_in_slang_when_read_then_stop_hit(text: str, symbol: str) -> None:
    assert _read(text)[:2] == ("SL_HIT", symbol)


@pytest.mark.parametrize(
    ("text", "kind", "symbol", "fraction"),
    [
        ("#SOL фикс", "CLOSE", "SOLUSDT", None),
        ("#LTC фиксим", "CLOSE", "LTCUSDT", None),
        ("BTC/USDT закрываемся в рынок", "CLOSE", "BTCUSDT", None),  # reflexive "-ся"
        ("#ETH закриваємо", "CLOSE", "ETHUSDT", None),  # uk
        ("#ADA фіксуємо прибуток", "CLOSE", "ADAUSDT", None),  # uk
        ("#ADA фикс 30%", "CLOSE_PARTIAL", "ADAUSDT", 0.3),
        ("#SOL фіксуємо 50%", "CLOSE_PARTIAL", "SOLUSDT", 0.5),
        # A part, its share unsaid: a partial close (the bot asks how much), never all of it.
        ("#SOL фиксируем часть", "CLOSE_PARTIAL", "SOLUSDT", None),
    ],
)
def test_close_in_slang_when_read_then_close_and_share(
    text: str, kind: str, symbol: str, fraction: float | None
) -> None:
    got = _read(text)
    assert (got[0], got[1], got[3]) == (kind, symbol, fraction)


@pytest.mark.parametrize(
    "text",
    [
        "#SOL не актуально",
        "#XRP сигнал неактуален",
        "#ADA не актуален",
        "#ETH скасування",
        "#BTC сигнал скасовано",
    ],
)
def test_cancel_in_slang_when_read_then_cancel(text: str) -> None:
    assert _read(text)[0] == "CANCEL"


def test_stop_to_breakeven_in_ukrainian_when_read_then_to_entry() -> None:
    assert _read("#BTC стоп в беззбиток") == ("MOVE_SL", "BTCUSDT", None, None, True)


@pytest.mark.parametrize(
    "text",
    [
        "Вчера закрыли 5 сделок в плюс",  # a story of yesterday's trades
        "Вчера закрыли ETH в плюс, отличный день",
        "Недельный отчет: закрыли 8 сделок в профит",  # a review
        "Учора закрили BTC з прибутком",  # uk
        "Как переносить стоп в безубыток",  # a lesson: "how to" and an infinitive
        "Як переносити стоп у беззбиток",  # uk
        "Если #BTC дойдёт до 45000.5 — фиксируем",  # a condition (the price's dot ends nothing)
    ],
)
def test_story_review_lesson_condition_when_read_then_no_action(text: str) -> None:
    assert _read(text)[0] not in ACTS


def test_russian_mutation_families_when_judged_then_none_wrong_and_few_missed() -> None:
    # Seed 1 before this branch: followup_ru 483 right, 216 missed; followup_ru_not 453 right,
    # 246 acting (stories, reviews, conditions read as a close).
    made = mutations_followups.russian_followups(4)
    assert {m[4] for m in made} == {FOLLOW, NOT}
    counts: Counter[tuple[str, str]] = Counter()
    for _, family, text, want, must in made:
        result, _ = mutations_followups.judge(PARSER, text, want, must)
        counts[(family, result)] += 1
    assert counts[(mutations_followups.FOLLOW_RU, WRONG)] == 0
    assert counts[(mutations_followups.NOT_RU, WRONG)] == 0
    right = counts[(mutations_followups.FOLLOW_RU, RIGHT)]
    assert right >= 0.97 * (len(made) // 2)
