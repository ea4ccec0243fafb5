"""Posts that are not an instruction, read as a close, a cancel, a stop move or a partial close
(session 19, branch i13-close20): each a wrong action, the bot closing a position nobody closed.
Read through the parser's public entry points (EnhancedParser.parse_sync, then
parse_update_sync, as the bot does); each row's reading was written before the parser was run on
it, and every NOT_READ row was read as an action before parsers/not_close_rows.py.

Sources (a form is reworded to a neutral coin; none is copied from the held-out corpus):

- MARKET: a candle, a market, an index or a gap closed, as market wraps write it: "daily close",
  "weekly close", "closed above", "CME gap" (CME Group's and Investopedia's glossaries: "the
  closing price", "gap"); the Vietnamese "đóng nến" (close a candle) and "đóng cửa" (the closing
  price) of the dev channel pnd-tg-1320553215.
- PERIOD: a month, a year closed with its result, as results posts write it ("закрываем март ...
  с общим профитом 144%": the dev channel pnd-tg-1325993004).
- RECAP: past trades counted or told ("closed 12 trades this week", "85% of our signals closed
  in profit"), an admin's account of a signal closed earlier ("Позже этот сигнал был закрыт в БУ":
  the dev channel dk-trader-a).
- PROMOTION: a sign-up or a sale that ends ("Registration closes tonight", "Last day! VIP doors
  close at midnight", "Последний день скидки"), as channels advertise their paid groups.
- ADVICE: what one might do ("Consider closing", "I'd close", "Я бы закрыл").
- NEWS: an exchange's, a regulator's or an event's close or cancel ("Binance closed the pair",
  "FTX closed its doors", "AMA cancelled", "Эфир отменен"); the market's stops ("stop hunt",
  "whales moved the stops").
- GUARD: real instructions beside those words, which stay read ("Close BTC now", "Закрываем ETH
  по рынку", a coinless "Close": the convention of tests/fixtures/corpus/CONVENTIONS.md).
"""

from __future__ import annotations

from typing import Any

import pytest

from parsers.normalize import lower, normalize
from parsers.update_coin import symbol
from tests.parsers.reads import check_followup, check_no_action

# Chatter beside a coin and a number (so it looks tradeable): no action, no trade.
NOT_READ: list[tuple[str, str]] = [
    ("The gap at 61000 is now closed #ICP", "MARKET"),
    ("The CME gap closed at 12.5 #ICP", "MARKET"),
    ("S&P 500 closed higher, #ICP 12.5 next", "MARKET"),
    ("SPX closed higher, #ICP 12.5 next", "MARKET"),
    ("#ICP: giá đóng cửa trên 12.5", "MARKET"),
    ("Biểu đồ: nến ngày đóng dưới 12.5 #ICP", "MARKET"),
    ("ICP update:\nsai khi ICP đóng nến ngày dưới đường kẻ màu đỏ 12.5", "MARKET"),
    ("Тем временем закрываем март по #ICP с общим профитом 144%", "PERIOD"),
    ("We closed March with 144% profit #ICP 12.5", "PERIOD"),
    ("Closing out the year with 320% profit #ICP", "PERIOD"),
    ("All signals closed in profit #ICP 12.5", "RECAP"),
    ("Closed 70% of our signals in profit #ICP", "RECAP"),
    ("85% of our signals closed in profit #ICP", "RECAP"),
    ("50% of positions closed in profit #ICP 12.5", "RECAP"),
    ("Все сигналы закрыты в плюс #ICP 12.5", "RECAP"),
    ("Сегодня трейдер дал сигнал #i7 по #ICP. Позже этот сигнал был закрыт в БУ.", "RECAP"),
    ("The #ICP call was closed earlier at entry 12.5", "RECAP"),
    ("Closing discounts today #ICP 12.5", "PROMOTION"),
    ("Закрываем продажи курса, #ICP 12.5", "PROMOTION"),
    ("Last day! We close at midnight #ICP 12.5", "PROMOTION"),
    ("Последний день! Закрываем сегодня в полночь #ICP 12.5", "PROMOTION"),
    ("Consider closing #ICP here at 12.5", "ADVICE"),
    ("I'd close half of #ICP here at 12.5", "ADVICE"),
    ("You might want to close #ICP before the news at 12.5", "ADVICE"),
    ("Я бы закрыл #ICP на 12.5", "ADVICE"),
    ("Binance closed the #ICP pair at 12.5", "NEWS"),
    ("FTX closed its doors, #ICP 12.5", "NEWS"),
    ("Fed cancels rate cut, #ICP 12.5", "NEWS"),
    ("Exchange closes withdrawals, #ICP 12.5", "NEWS"),
    ("AMA cancelled today, #ICP 12.5", "NEWS"),
    ("Эфир отменен, #ICP 12.5", "NEWS"),
    ("#ICP stop hunt moved price to 12.5", "NEWS"),
    ("Гэп закрыт, #ICP 12.5", "MARKET"),
    ("#ICP closes in on 12.5", "MARKET"),
    ("ICP đóng tuần trên 12.5 #ICP", "PERIOD"),
    ("Результаты марта: все сделки закрыты с профитом #ICP 12.5", "RECAP"),
    ("Tuần này đóng 12 lệnh, 10 lệnh lãi #ICP 12.5", "RECAP"),
    ("Tất cả tín hiệu đều đóng có lãi #ICP 12.5", "RECAP"),
    ("Tip: always close half at TP1 and move SL to entry", "ADVICE"),
    ("Ben olsam #ICP 12.5'de kapatırdım", "ADVICE"),
    ("Binance bu çifti kapatıyor #ICP 12.5", "NEWS"),
    ("تم إلغاء البث المباشر اليوم #ICP 12.5", "NEWS"),
    ("Hủy buổi livestream hôm nay #ICP 12.5", "NEWS"),
    ("Half of the channel closed #ICP at 12.5 too early", "NEWS"),
    ("Сегодня закрытие квартала, ожидаем волатильность #ICP", "PERIOD"),
    ("Quarter close today, expect volatility #ICP", "PERIOD"),
    ("CME futures close on Friday, #ICP 12.5", "MARKET"),
    ("Закрытие фьючерсов CME в пятницу, #ICP 12.5", "MARKET"),
    ("Bu ay %144 kârla kapattık #ICP", "PERIOD"),
    ("Tüm işlemler kârla kapatıldı #ICP 12.5", "RECAP"),
    ("Многие спрашивают, закрывать ли #ICP. Мое мнение: держим", "ADVICE"),
    ("Many of you asked whether to close #ICP. My view: hold", "ADVICE"),
    ("Кто еще держит #ICP — можно закрывать, если хотите", "ADVICE"),
    ("Kapatmak isteyen kapatabilir #ICP 12.5", "ADVICE"),
    ("Я закрыл свою позицию по #ICP, а вы решайте сами", "ADVICE"),
    ("I closed my personal #ICP position, you decide for yourselves", "ADVICE"),
    ("Переносить стоп в безубыток или нет - решать вам #ICP 12.5", "ADVICE"),
    ("Многие закрыли шорты на 12.5, рынок развернулся #ICP", "NEWS"),
    ("Лонгисты закрывают позиции, #ICP падает к 12.5", "NEWS"),
    ("Закрытие позиций шортистов толкнуло цену вверх #ICP", "NEWS"),
    ("Etkinlik iptal edildi, #ICP 12.5", "NEWS"),
    ("Canlı yayın iptal, #ICP 12.5", "NEWS"),
    ("الناس أغلقوا صفقاتهم عند 12.5 #ICP", "NEWS"),
    ("Whales moved #ICP stops to 12.5 before the pump", "NEWS"),
    # A one-letter coin between the verb and "stops" (the harness, seeds 11 and 15: "$C").
    ("Whales moved $C stops to 0.302 before the pump", "NEWS"),
]

# Real instructions among those words: still read, as before this branch.
READ: list[tuple[str, str, dict[str, Any]]] = [
    ("Close ICP now", "CLOSE", {"symbol": "ICPUSDT"}),
    ("Закрываем ICP по рынку", "CLOSE", {"symbol": "ICPUSDT"}),
    ("Close", "CLOSE", {"symbol": None}),
    ("#ICP closed in profit", "CLOSE", {"symbol": "ICPUSDT"}),
    ("Закрываю все позиции по текущим, чтобы закрыть месяц", "CLOSE", {"symbol": None}),
    ("Close #ICP, the daily candle looks weak", "CLOSE", {"symbol": "ICPUSDT"}),
    ("#ICP closing now before the weekly close", "CLOSE", {"symbol": "ICPUSDT"}),
    ("Закрываем #ICP, неделя была сильной", "CLOSE", {"symbol": "ICPUSDT"}),
    ("Closing #ICP, CME gap below at 12.5", "CLOSE", {"symbol": "ICPUSDT"}),
    ("now you can close it #ICP", "CLOSE", {"symbol": "ICPUSDT"}),
    ("#ICP close 25%", "CLOSE_PARTIAL", {"fraction": 0.25}),
    ("Close 50% now, the rest is up to you #ICP", "CLOSE_PARTIAL", {"fraction": 0.5}),
    ("Cancel #ICP signal", "CANCEL", {"symbol": "ICPUSDT"}),
    ("#ICP Stop moved to 12.5", "MOVE_SL", {"symbol": "ICPUSDT"}),
    ("[trader #A] Signal #a4\n#ICPUSDT Лонг\nЗакрываю", "CLOSE", {"symbol": "ICPUSDT"}),
    # (A price ending in 101 is no "Trading 101" lesson: found by the close_real20 family.)
    ("Closing #ICP, CME gap below at 2.101", "CLOSE", {"symbol": "ICPUSDT"}),
    # (A tagged ticker that is also an index's name is the coin: "$SPX" is SPX6900, so its close
    # of half is no market close; the rest of the post must not read as a close of all. Found by
    # the wa21_share family, seed 1, once session 21's dev posts redrew it: read as CLOSE.)
    ("$SPX Close half now, close the rest at entry", "CLOSE_PARTIAL", {"fraction": 0.5}),
    ("#SPX Close half now", "CLOSE_PARTIAL", {"symbol": "SPXUSDT", "fraction": 0.5}),
]


@pytest.mark.parametrize(("text", "source"), NOT_READ)
def test_not_close20_when_chatter_says_closed_then_no_action(text: str, source: str) -> None:
    check_no_action(text, source)


@pytest.mark.parametrize(("text", "kind", "more"), READ)
def test_not_close20_when_a_real_close_then_still_read(
    text: str, kind: str, more: dict[str, Any]
) -> None:
    check_followup(text, kind, more, "GUARD")


@pytest.mark.parametrize(
    "text",
    [
        "[trader #A] Signal #a2\nTp1 фикс 50%\nSl в безубыток",
        "Signal ID: #c21\nЗакрываю в бу",
        "trader дал сигнал #b66. Позже сигнал закрыт",
    ],
)
def test_signal_id_tag_when_a_follow_up_names_it_then_it_is_no_coin(text: str) -> None:
    # "Signal #a2", "Signal ID: #c21": the channel's id of the signal (dev dk-trader-a), no coin
    # "A2" to close or move: the reply's coin is the post it answers.
    norm = normalize(text)
    assert symbol(norm, lower(norm)) is None
