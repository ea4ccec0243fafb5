"""Chatter that says closed, cancelled or moved beside a coin and a price (branch i13-close20):
the families close_chatter20 / close_real20 of tests/parsers/mutations.py, a generator of their
own (the other families draw as before).

For the coin of every dev signal quoted in USDT, ``close_chatter20`` writes one post of a class
of parsers/not_close_rows.py (a candle, a market or a gap closed; a month closed with its result;
past trades counted; a promotion; advice; news) with the coin tagged and a price near its levels,
so that it looks like a follow-up one could act on: any action (a close, a partial close, a
cancel, a stop moved or hit) or a trade is wrong. ``close_real20`` writes a real close of that
coin beside the same words ("Close {c} now, the daily candle looks weak", "Закрываем {c} по
рынку, неделя была сильной"): it must be read as the close of that coin (no reading is a miss).
Judged as tests/parsers/mutations_followups.judge judges; what each must give comes from the
form and the dev signal's hand-checked coin, never from the parser. Sources: the rows' own
(tests/parsers/test_not_close20.py).
"""

from __future__ import annotations

import random

from tests.parsers.mutation_post import Row
from tests.parsers.mutations_drawn import coin_tag, usdt_signals
from tests.parsers.mutations_followups import FOLLOW, NOT
from tests.parsers.variant_forms import near_price

CHATTER, REAL = "close_chatter20", "close_real20"
_GAINS = (44, 117, 144, 320)

# {c}: the coin as channels tag it; {p}: a price near its levels; {g}: a gain in percent.
CHATTER_FORMS: tuple[str, ...] = (
    # market
    "{c} closed a red daily candle below {p}",
    "{c} weekly close above {p} would be bullish",
    "The CME gap closed at {p}, {c} looks ready",
    "The gap at {p} is now closed {c}",
    "S&P 500 closed higher, {c} {p} next",
    "{c} đóng nến ngày dưới {p}",
    "Giá {c} đóng cửa trên {p}",
    "{c} haftalık mumu {p} üzerinde kapattı",
    "Недельная свеча {c} закрылась выше {p}",
    # period
    "Closing out the year with {g}% profit, {c} {p}",
    "We closed March with {g}% profit {c} {p}",
    "Тем временем закрываем март с общим профитом {g}% {c} {p}",
    # recap
    "85% of our signals closed in profit, {c} {p}",
    "All signals closed in profit {c} {p}",
    "Все сигналы закрыты в плюс {c} {p}",
    "Позже этот сигнал по {c} был закрыт в БУ, вход был {p}",
    # promotion
    "Closing discounts today {c} {p}",
    "Last day! We close at midnight {c} {p}",
    "Последний день! Закрываем набор в VIP {c} {p}",
    # advice
    "Consider closing {c} here at {p}",
    "I'd close half of {c} here at {p}",
    "Я бы закрыл {c} на {p}",
    # news
    "Binance closed the {c} pair at {p}",
    "Exchange closes withdrawals, {c} {p}",
    "AMA cancelled today, {c} {p}",
    "Эфир отменен, {c} {p}",
    "{c} stop hunt moved price to {p}",
    "Whales moved {c} stops to {p} before the pump",
    # the same in Vietnamese, Arabic and Turkish words
    "{c} đóng tuần trên {p}",
    "Tuần này đóng 12 lệnh, 10 lệnh lãi {c} {p}",
    "Tất cả tín hiệu đều đóng có lãi {c} {p}",
    "تم إلغاء البث المباشر اليوم {c} {p}",
    "Ben olsam {c} {p} seviyesinde kapatırdım",
    "Binance bu çifti kapatıyor {c} {p}",
    "Результаты марта: все сделки закрыты с профитом {c} {p}",
    "Гэп закрыт, {c} {p}",
    # whether, the reader's choice, other traders, a quarter, an event
    "Многие спрашивают, закрывать ли {c}. Мое мнение: держим, {p}",
    "Кто еще держит {c} — можно закрывать, если хотите, {p}",
    "Я закрыл свою позицию по {c} на {p}, а вы решайте сами",
    "Kapatmak isteyen kapatabilir {c} {p}",
    "Лонгисты закрывают позиции, {c} падает к {p}",
    "Quarter close today, expect volatility {c} {p}",
    "Etkinlik iptal edildi, {c} {p}",
    "Bu ay %{g} kârla kapattık {c} {p}",
)
# A real close beside the same words: read as the close of the coin.
REAL_FORMS: tuple[str, ...] = (
    "Close {c} now, the daily candle looks weak",
    "{c} closing now before the weekly close",
    "Закрываем {c} по рынку, неделя была сильной",
    "Closing {c}, CME gap below at {p}",
    "Close {c} at {p} now",
    "Закрываю {c} по текущим",
)


def close20_mutations(seed: int) -> list[Row]:
    """For tests/parsers/mutations.py: for each dev signal quoted in USDT one post of chatter and
    one real close, as (case id, family, text, reading, must)."""
    rng = random.Random(seed * 2654435761 + 20)
    out: list[Row] = []
    for case_id, want, symbol in usdt_signals():
        for family, forms, reading, must in (
            (CHATTER, CHATTER_FORMS, {}, NOT),
            (REAL, REAL_FORMS, {"kind": "CLOSE", "symbol": symbol}, FOLLOW),
        ):
            form = rng.choice(forms)
            text = form.format(
                c=coin_tag(rng, symbol), p=near_price(rng, want), g=rng.choice(_GAINS)
            )
            out.append((case_id, family, text, reading, must))
    return out
