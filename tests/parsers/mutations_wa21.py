"""Wrong actions (branch i13-wa21): the families wa21_not / wa21_share of tests/parsers/mutations.py,
a generator of their own (the other families draw as before).

For the coin of every dev signal quoted in USDT, ``wa21_not`` writes one post that is no
instruction, or more than one (another person's close, a hypothetical or gone past, a market's or
weekday's close, a method's or results heading, a thing closed, an order placed or moved beside
the action: parsers/not_close_others.py, chatter_titles.py, order_changes.py) with the coin tagged
and a price near its levels: any action (a close, a partial close, a cancel, a stop moved or hit)
or a trade is wrong. ``wa21_share`` writes a follow-up whose share words decide between a close of
all and a partial close (parsers/share_words.py: an earlier partial close told beside the close
of the rest; a share with the rest kept; a promotion's percent under a close): it must be read as
that coin's close of all (CLOSE) or of that share (CLOSE_PARTIAL with its fraction). Judged as
tests/parsers/mutations_followups.judge judges; what each must give comes from the form and the
dev signal's hand-checked coin, never from the parser. The forms' sources: the rows' own
(tests/parsers/test_wa21_actions.py).
"""

from __future__ import annotations

import random

from tests.parsers.mutation_post import Row, Want
from tests.parsers.mutations_drawn import coin_tag, follow_and_not
from tests.parsers.variant_forms import near_price

NOT_WA, SHARE_WA = "wa21_not", "wa21_share"

# {c}: the coin as channels tag it; {p}, {q}: prices near its levels; {g}: a gain in percent.
NOT_FORMS: tuple[str, ...] = (
    # another person's trade
    "One of our subscribers closed 50% of {c} at {p}. Great job!",
    "Congrats to everyone who closed {c} at {p}!",
    "Our member John closed the rest of his {c} at {p} and bought a car",
    "Traders closed $2B in {c} shorts as price hit {p}",
    "You closed {c} too early, price is already {p}",
    "Кто-то закрыл половину по {c} на {p}, молодцы",
    "Многие подписчики закрыли {c} раньше времени, цена уже {p}",
    "Вы закрыли {c} слишком рано, цена уже {p}",
    "Подписчик закрыл половину {c} на {p} и купил машину",
    # a hypothetical or a gone past
    "I should have closed my {c} at {p}",
    "Had we closed the {c} long at {p}, we would have made {g}%",
    "Back in March we closed half of {c} at {p}",
    "В прошлом месяце закрыли {c} по третьей цели на {p}",
    "{c} signal from yesterday closed in profit at {p} 🚀 Join VIP",
    "Yesterday's {c} call: closed at {p} 🔥",
    "Another signal closed in profit! {c} {p}",
    # a market's or a weekday's close, a level's break that ends the idea
    "{c} closed Friday's session at {p}",
    "Friday close is important for {c}: above {p} bullish",
    "Закрытие дневной свечи ниже {p} отменяет сценарий по {c}",
    # a method's or results heading
    "How we manage trades: we close 50% of {c} at TP1 and move SL to {p}",
    "Our strategy: close half of {c} at {p}, then trail the stop",
    "Results of our VIP channel: {c} closed at {p} +{g}%",
    "Как мы ведем сделки: закрываем 50% {c} на {p} и переносим стоп в бу",
    "Наша стратегия: половину {c} фиксируем на {p}",
    "Совет: фиксируйте часть прибыли по {c} у {p}",
    # a thing closed
    "{c} is choppy at {p}, I'm closing my laptop and going for a walk",
    # a definition, the market's participants, a company, a story of then, no call
    "Partial take profit on {c} is a strategy where you close part of your position at {p}",
    "{c} outflows as investors exit positions near {p}",
    "Grayscale cancelled its {c} ETF application, price {p}",
    "Yesterday was a great day, we closed {c} at {p} in profit.",
    "Just closed my personal {c} long at {p}, not a signal",
    # a status post: the trade runs, its close is for later
    "{c} Still holding from {p}, closing only at TP3",
    "{c} Сделка в работе с {p}, закрывать рано",
    "{c} Держим от {p}, до закрытия еще далеко",
    # several changes at once: an order placed or moved beside the action
    "{c} Новая лимитка {p}, остальные лимитки снимаем",
    "{c} Половину закрыли, выставляем лимитку на откуп половины по {p}, стоп убираем",
    "{c} Вернул лимитку на {p} на закрытую половину, стоп снял",
    "{c} Двигаем стоп на {p} и добор на {q}",
    "{c} Отменяем лимитки, ставим новую на {p}",
    "{c} Cancel the other limit orders, new limit at {p}",
)

# (form, share): None is a close of all (CLOSE), a number the share closed (CLOSE_PARTIAL).
SHARE_FORMS: tuple[tuple[str, float | None], ...] = (
    ("{c} We closed 50% at TP1, now closing the remaining", None),
    ("{c} closed half earlier, now fully closed", None),
    ("{c} TP1 ✅ closed 50%. TP2 ✅ closed the rest", None),
    ("{c} Fully closed (50% at TP1, 50% at TP2)", None),
    ("{c} Закрыли 50% на первом тейке, остаток закрываем сейчас", None),
    ("{c} половину закрыли ранее, теперь закрываем полностью", None),
    ("{c} Закрываем позицию полностью, 50% было зафиксировано на тп1", None),
    ("{c} Закрываем вторую половину", None),
    ("{c} close the other half", None),
    ("{c} закрываем последнюю часть", None),
    ("{c} close now\nVIP 50% off: @admin", None),
    ("{c} take 50% profit, then close all at TP2", 0.5),
    ("{c} Close half now, close the rest at entry", 0.5),
    ("{c} закрыли половину, остаток держим", 0.5),
    ("{c} Закрыл 70%, остальное держу", 0.7),
    ("{c} Закрываем треть позиции", 1 / 3),
)


def _fill(rng: random.Random, form: str, symbol: str, want: Want) -> str:
    c = coin_tag(rng, symbol)
    p, q = near_price(rng, want), near_price(rng, want)
    return form.format(c=c, p=p, q=q, g=rng.choice((35, 45, 120, 144)))


def wa21_mutations(seed: int) -> list[Row]:
    """For tests/parsers/mutations.py: for each dev signal quoted in USDT one post that asks for
    no action and one whose share words decide its close, as (case id, family, text, reading,
    must)."""
    rng = random.Random(seed * 2654435761 + 21)
    return follow_and_not(rng, (SHARE_WA, NOT_WA), _share, _quiet, quiet_first=True)


def _quiet(rng: random.Random, want: Want, symbol: str) -> str:
    return _fill(rng, rng.choice(NOT_FORMS), symbol, want)


def _share(rng: random.Random, want: Want, symbol: str) -> tuple[str, Want]:
    form, share = rng.choice(SHARE_FORMS)
    expect: Want = {
        "kind": "CLOSE" if share is None else "CLOSE_PARTIAL",
        "symbol": symbol,
        "fraction": share,
    }
    return _fill(rng, form, symbol, want), expect
