"""Session 13 (issue 13): a paragraph of analysis beside the levels is notes (parsers/notes.py),
and a report, story or lesson using a follow-up's verbs is no action (parsers/stories.py).
Driven through EnhancedParser, as the bot reads a post."""

from __future__ import annotations

import pytest

from parsers import EnhancedParser
from parsers.note_words import LEVEL_WORD
from tests.parsers.lexicon_words import LANGUAGES

PARSER = EnhancedParser(enable_ai=False)
ACTIONS = {"CLOSE", "CLOSE_PARTIAL", "CANCEL", "MOVE_SL"}

DOGS = (
    "Coin: DOGS Kauf\n入场- 0.0001482-0.000144\nKaldıraç: 20x\n"
    "Alvos- 0.0001496, 0.0001511, 0.0001527\n❌ Stop-Loss：0.0001394 💀"
)
AGIX = (
    "AGIX_USDT Short\nZona de entrada : 0.3913-0.420\nLeverage: 3x\nTarget-1 = 0.38681\n"
    "Target-2 = 0.352\nTarget-3 = 0.290\n❌ Stop-Loss → 0.43 (-8%)"
)
SAGA = (
    "#SAGA/USDT LONG\nBuy now\nLeverage: Cross (10.0X)\nTake Profit 1: 0.41\nTake Profit 2: 0.43"
    "\nStop-loss -> 0.32 (close below on 4H)"
)
BTC = "#BTCUSDT LONG\nEntry: 96500 - 97000\nTargets: 98000, 99500, 101000\nStop Loss: 95000"


@pytest.mark.parametrize(
    ("post", "want"),
    [
        (
            # "now" read as an entry label, "while" left a number nobody could place.
            DOGS + "\n\nThe price is now 0.0001606 after a 4.2% move in 24h, RSI 61 on the 4H"
            " chart. Buyers defended 0.0001529 twice this week while volume climbed to 1.2B.",
            ("DOGSUSDT", "LONG", [0.0001482, 0.000144], 0.0001394),
        ),
        (
            AGIX + "\n\nBuyers defended 0.4202 twice this week while volume climbed to 1.2B."
            " The price is now 0.4491 after a 4.2% move in 24h, RSI 61 on the 4H chart.",
            ("AGIXUSDT", "SHORT", [0.3913, 0.42], 0.43),
        ),
        (
            # Before the levels, in Indonesian: prices no label claims.
            "Harga saat ini berada di 0.3768 setelah naik 4.2% dalam 24 jam terakhir. Bulan lalu"
            " koin ini turun sampai 0.4771 lalu pulih dalam 12 hari.\n\n" + SAGA,
            ("SAGAUSDT", "LONG", [], 0.32),
        ),
        (
            BTC + "\n\nThe price is now 96,850 and buyers defended 96,100 twice this week."
            " Resistance sits near 98,400 on the daily chart.",
            ("BTCUSDT", "LONG", [96500.0, 97000.0], 95000.0),
        ),
        (
            "Сейчас цена 96850, за сутки рост 4.2%, RSI 61 на 4ч графике. Покупатели дважды"
            " защитили 96100 на этой неделе, объем вырос до 1.2B.\n\n" + BTC,
            ("BTCUSDT", "LONG", [96500.0, 97000.0], 95000.0),
        ),
    ],
)
def test_note_paragraph_when_beside_the_levels_then_the_levels_are_read(
    post: str, want: tuple[str, str, list[float], float]
) -> None:
    sig = PARSER.parse_sync(post)
    assert sig is not None and sig.is_valid(), sig and sig.review
    assert (sig.symbol, sig.side, sig.entries, sig.stop_loss) == want


@pytest.mark.parametrize(
    "paragraph",
    [
        # A level word in the paragraph: a stop, an entry, a target told there stays weighed.
        "The price is now 0.4491 after a 4.2% move, and I would keep the stop loss at 0.45 this"
        " week.",
        "The price is now 0.4491 after a 4.2% move in 24h, a second entry near 0.4602 is fine.",
        # A short line: a person could read it as a level.
        "Watch 0.4602",
    ],
)
def test_note_paragraph_when_it_names_a_level_or_is_short_then_still_refused(
    paragraph: str,
) -> None:
    sig = PARSER.parse_sync(AGIX + "\n\n" + paragraph)
    assert sig is not None and not sig.is_valid()


def test_level_words_when_the_lexicon_harness_words_then_each_is_a_level_word() -> None:
    # (The words of every language tests/parsers/lexicon_words.py writes signals in: a sentence
    # holding one of them is never set aside as notes.)
    missing = [
        (lang, word)
        for lang, words in LANGUAGES.items()
        for field in ("long", "short", "entry", "tp", "sl")
        for word in getattr(words, field)
        if not LEVEL_WORD.search(word.lower())
    ]
    assert missing == []


STORIES = (
    "We closed 12 trades last week: 9 winners and 3 losers. BTC, ETH and SOL carried the month.",
    "Minggu lalu kami menutup 5 posisi: AAVE, ONDO dan TRUMP yang terbaik.",
    "Many traders closed their longs after the Fed news, liquidations hit $500M.",
    "Bitcoin закрыл день выше 97000, покупатели удержали уровень.",
    "На прошлой неделе мы закрыли 14 сделок: BTC, ETH и SOL дали лучший результат.",
    "Вчера многие трейдеры закрыли лонги по ETH после новостей.",
    "Cerramos 8 operaciones la semana pasada con 6 ganadoras.",
    "SOL cerró el día por encima de 258.2, los compradores mantienen el control.",
    "NEAR fechou o dia acima de 2.61, os compradores seguem no controle.",
    "SOL günü 92.11 üzerinde kapattı, alıcılar kontrolü elinde tutuyor.",
    "Hôm qua chúng tôi đã đóng 5 lệnh có lãi. BTC và ETH dẫn đầu.",
    "La semaine dernière nous avons clôturé 14 trades : DOGS, MYX et SUI ont porté le mois.",
    "Letzte Woche haben wir 9 Trades geschlossen: BTC, ETH und SOL waren die besten.",
    "上周我们一共平仓12笔交易，BTC、ETH和SOL表现最好。",
    "先週は12件のトレードを決済しました。BTC、ETH、SOLが好調でした。",
    "أغلقنا 12 صفقات الأسبوع الماضي، وكانت BTC وETH وSOL الأفضل.",
)


@pytest.mark.parametrize("post", STORIES)
def test_story_when_it_uses_a_follow_up_verb_then_no_action(post: str) -> None:
    update = PARSER.parse_update_sync(post)
    assert update is None or update.kind.value not in ACTIONS, update
    sig = PARSER.parse_sync(post)
    assert sig is None or not sig.is_valid()


@pytest.mark.parametrize(
    ("post", "kind", "symbol"),
    [
        # The instruction's own clause asks; a story's words beside it do not change it.
        ("Закрываю все позиции по текущим, чтобы закрыть месяц", "CLOSE", None),
        # The close asked now; the past told in another clause (a past close itself, "We closed
        # #PEPE yesterday", is a report: tests/parsers/test_rules15.py).
        ("Close #PEPE now, we opened it yesterday", "CLOSE", "PEPEUSDT"),
        ("Move SL to entry on #ETH, yesterday's dip was bought.", "MOVE_SL", "ETHUSDT"),
    ],
)
def test_instruction_when_a_story_is_beside_it_then_it_still_acts(
    post: str, kind: str, symbol: str | None
) -> None:
    update = PARSER.parse_update_sync(post)
    assert update is not None and update.kind.value == kind
    assert update.symbol == symbol


def test_price_now_when_told_in_a_sentence_over_the_levels_then_no_entry() -> None:
    # (Main's parser before session 13 traded this with the entries 97250, 95800, 96500, 97000:
    # "now" read as an entry label, its sentence's prices as entries.)
    post = (
        "BTC long setup 🚀\nThe price is now 97,250 after bouncing from 95,800 support.\n"
        "Entry: 96500 - 97000\nTargets: 98000, 99500, 101000\nStop Loss: 95000"
    )
    sig = PARSER.parse_sync(post)
    assert sig is not None and sig.is_valid(), sig and sig.review
    assert sig.entries == [96500.0, 97000.0]


@pytest.mark.parametrize(
    "line",
    [
        # A level word in the sentence: the price is an entry the post names.
        "I am buying BTC now at 97,250 after the bounce from support.",
        # The number opens its line: where a level sits.
        "97,250 is now the level where buyers defended twice this week.",
    ],
)
def test_price_now_when_the_sentence_names_a_level_then_not_set_aside(line: str) -> None:
    post = f"BTC long setup\n{line}\nTargets: 98000, 99500, 101000\nStop Loss: 95000"
    sig = PARSER.parse_sync(post)
    # Read with that price, or refused; never a market order without it.
    assert sig is None or not sig.is_valid() or 97250.0 in sig.entries
