"""Russian follow-ups, session 20 (branch i13-ru21), through the parser's public entry points
(EnhancedParser.parse_sync and parse_update_sync, which the bot calls on every post).

By class, not by message (no held-out message was read; the forms are the grammar of the Russian
trader slang the glossaries cited in parsers/followup_rows_ru20.py give, written in the layouts
of the dev corpus's Russian channels):

- a stop moved with a price ("стоп переносим на 3500", "новый стоп 3500", "стоп в точку входа
  3500") beside a target is about a running trade: never a LONG or SHORT at market (it was);
- the entry's word after a preposition of where to ("стоп на вход 3500") names where the stop
  goes, not an entry label: "закрываем половину по 3400, стоп на вход 3500" is a partial close,
  never a LONG from 3500 (it was);
- a target named as what was closed ("закрыли первый тейк", "первая цель закрыта", "тейк 2
  закрыт") is the target taken, never the whole position closed (it was read as a CLOSE);
- the exit as a noun or reported at a price ("выход по рынку", "вышли по 3420"), and the trade
  reported closed ("сделка закрыта ✅", "#SOL закрыта ✅"), are the channel's close;
- a word typed in both alphabets ("Cтоп" with a Latin C, "USDТ" with a Cyrillic Т) reads as the
  word a person sees.

Each positive form read as nothing, as another kind or as a trade before this branch; each guard
must keep its reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from parsers import EnhancedParser
from parsers.mixed_script import one_alphabet_words
from tests.parsers.reads import check_followup, followup_reading

PARSER = EnhancedParser()


@pytest.mark.parametrize(
    "text",
    [
        "#ETH стоп переносим на 3500, тейк 3600",
        "#ETH переносим стоп на 3500, тейк 3600",
        "#ETH новый стоп 3500, тейк 3600",
        "#ETH стоп в точку входа 3500, тейк 3600",
        "#SOL стоп-лосс передвигаем на 145.2\nЦель: 160",
        "#SOL подтягиваем стоп к 145.2, тейк 160",
    ],
)
def test_stop_moved_with_a_price_when_read_then_no_trade(text: str) -> None:
    sig = PARSER.parse_sync(text)
    assert sig is None or not sig.is_valid(), sig


@pytest.mark.parametrize(
    "text",
    [
        # A plan for later in the signal's own lines, and a stop with no move.
        "#ETH лонг\nВход: 3500\nТейк: 3600\nСтоп: 3400\nСтоп переносим в бу после первого тейка",
        "#ETH лонг\nТочка входа: 3500\nТейк: 3600\nСтоп: 3400",
        "#ETH Вход: 3500\nЦели: 3600 3700\nСтоп: 3400",
    ],
)
def test_new_signal_with_its_stop_plan_when_read_then_still_a_trade(text: str) -> None:
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig
    assert sig.entries == [3500.0] and sig.stop_loss == 3400.0


@pytest.mark.parametrize(
    ("text", "kind", "fields"),
    [
        # The entry's word where the stop goes: a close, never a LONG from 3500.
        (
            "#ETH закрываем половину по 3400, стоп на вход 3500",
            "CLOSE_PARTIAL",
            {"symbol": "ETHUSDT", "fraction": 0.5},
        ),
        ("#ETH фиксируем 50% по 3400, стоп на вход 3500", "CLOSE_PARTIAL", {"fraction": 0.5}),
        (
            "#ETH закрываем половину по 3400, стоп на точку входа 3500",
            "CLOSE_PARTIAL",
            {"fraction": 0.5},
        ),
        # A target named as what was closed: the target taken.
        ("#LINK закрылась первая цель", "TP_HIT", {"symbol": "LINKUSDT", "tp_index": 1}),
        ("#LINK первая цель закрыта", "TP_HIT", {"tp_index": 1}),
        ("#LINK закрыли первую цель", "TP_HIT", {"tp_index": 1}),
        ("#LINK закрыт первый тейк", "TP_HIT", {"tp_index": 1}),
        ("#LINK закрыли первый тейк +10%", "TP_HIT", {"tp_index": 1}),
        ("#LINK тейк 2 закрыт", "TP_HIT", {"tp_index": 2}),
        ("#LINK закрыли тп1", "TP_HIT", {"tp_index": 1}),
        # ... and the stop moved after it: the stop, not a share closed with no share said.
        ("#LINK закрыта вторая цель, стоп в бу", "MOVE_SL", {"to_entry": True}),
        ("#LINK закрыли первый тейк, стоп переносим в безубыток", "MOVE_SL", {"to_entry": True}),
        # The exit as a noun, the exit reported at a price or the entry: the channel's close.
        ("#SOL выход по рынку", "CLOSE", {"symbol": "SOLUSDT"}),
        ("#SOL выход по рынку 145.3", "CLOSE", {"symbol": "SOLUSDT"}),
        ("#SOL выход в ноль", "CLOSE", {"symbol": "SOLUSDT"}),
        ("#SOL торговая идея инвалидировалась, выход по рынку", "CLOSE", {"symbol": "SOLUSDT"}),
        ("#ETH вышли по 3420 +2.3%", "CLOSE", {"symbol": "ETHUSDT"}),
        ("#SOL вышли в бу", "CLOSE", {"symbol": "SOLUSDT"}),
        # The trade reported closed, with a tick or alone on the coin's line.
        ("#BTC сделка закрыта ✅", "CLOSE", {"symbol": "BTCUSDT"}),
        ("#BTC закрыта ✅", "CLOSE", {"symbol": "BTCUSDT"}),
        ("Позиция закрыта полностью", "CLOSE", {"symbol": None}),
        # A word typed in both alphabets: "Cтоп" with a Latin C.
        ("Cтоп переносим в бу", "MOVE_SL", {"to_entry": True}),
        ("#JUP Cтоп переносим в бу", "MOVE_SL", {"symbol": "JUPUSDT", "to_entry": True}),
        ("#DOT пеpвая цель ✅", "TP_HIT", {"symbol": "DOTUSDT", "tp_index": 1}),  # Latin p
        # The major's nickname heading the reply, as its subject.
        ("Биток первая цель", "TP_HIT", {"symbol": "BTCUSDT", "tp_index": 1}),
        ("Биток - стоп в бу", "MOVE_SL", {"symbol": "BTCUSDT", "to_entry": True}),
        ("Солана - закрываем половину", "CLOSE_PARTIAL", {"symbol": "SOLUSDT", "fraction": 0.5}),
        ("Эфириум: стоп в бу", "MOVE_SL", {"symbol": "ETHUSDT", "to_entry": True}),
        # The signal called off in the present, with its reason after it.
        ("#BTC Сигнал отменяется, цена ушла", "CANCEL", {"symbol": "BTCUSDT"}),
        ("#BTC сделка отменяется", "CANCEL", {"symbol": "BTCUSDT"}),
        # The stop fired, said in Ukrainian with the stop first.
        ("#DOT стоп спрацював", "SL_HIT", {"symbol": "DOTUSDT"}),
    ],
)
def test_followup_when_read_then_its_kind_and_fields(
    text: str, kind: str, fields: dict[str, Any]
) -> None:
    check_followup(text, kind, fields, "ru21")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Another close word after the target closed: the close stands.
        ("#LINK тейк 2 закрыт, закрываем сделку полностью", "CLOSE"),
        # A share closed at a target: the share.
        ("#LINK закрываем 50% на первой цели", "CLOSE_PARTIAL"),
        ("#LINK закрываем сделку", "CLOSE"),
        # Closed at the stop or at the target: the hit, as before.
        ("#ARB сделка закрыта по стопу", "SL_HIT"),
        ("#ARB сделка закрыта по тейку", "TP_HIT"),
    ],
)
def test_close_words_when_read_then_the_kind_they_said(text: str, kind: str) -> None:
    got = followup_reading(text)
    assert got is not None and got["kind"] == kind, got


@pytest.mark.parametrize(
    "text",
    [
        "Выход: 3600",  # an exit's label, no close
        "Вчера сделка по #ARB закрыта ✅",  # yesterday's, told
        "Эфир отменяется",  # a live stream called off, not ETH
        "Сигналы отменяются до понедельника",  # the channel's signals, no trade of them
        "Якщо стоп спрацює, перезайдемо",  # if the stop fires (uk): a plan
    ],
)
def test_exit_or_close_words_told_when_read_then_no_action(text: str) -> None:
    got = followup_reading(text)
    assert got is None or got["kind"] not in {"CLOSE", "CLOSE_PARTIAL", "CANCEL", "SL_HIT"}, got


def test_signal_with_a_cyrillic_letter_in_its_quote_when_read_then_the_pair() -> None:
    sig = PARSER.parse_sync("#BTCUSDТ LONG\nВход: 64000\nТейк: 65000\nСтоп: 63000")
    assert sig is not None and sig.is_valid(), sig
    assert sig.symbol == "BTCUSDT"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Cтоп переносим в бу", "Стоп переносим в бу"),  # a Latin C in a Russian word
        ("USDТ", "USDT"),  # a Cyrillic Т in a ticker
        ("перша цiль", "перша ціль"),  # a Latin i in a Ukrainian word
        ("ТP1", "TP1"),  # a tie of look-alikes: the Latin label
        ("BTCоин", "BTCоин"),  # three letters of each: typed so, left
        ("ВТС", "ВТС"),  # one alphabet: nothing tells which was meant
        ("10х", "10х"),  # digits and one letter
        ("Тейк профиt", "Тейк профиt"),  # "t" has no Cyrillic twin here: left
    ],
)
def test_one_alphabet_words_when_mixed_then_the_majority_alphabet(text: str, want: str) -> None:
    assert one_alphabet_words(text) == want
