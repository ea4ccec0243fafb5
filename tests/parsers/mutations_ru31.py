"""Mutation family of session 29 (branch i13-ru31): Russian and Ukrainian follow-ups as a
channel's discussion thread or a one-person idea channel writes them, every dev signal's coin
(tagged, or no coin: a reply acts on the trade it answers, CONVENTIONS.md "Follow-ups that name no
coin") with one follow-up and one sentence not to act on.

- ``ru31_followup``: forms x coins x shares x levels: a share taken by every verb in its persons
  and tenses ("я сняла 30%", "мы прикрываем половину", "продайте 25% позиции", "скинув частину",
  the share first: "половину скинули"), a target reached ("Первая цель в кармане", "Цель 2 —
  есть!", "пройшли другу ціль"), the stop hit ("вынесло по стопу", "вышли по стопу"), the stop to
  the entry or a level ("бу ставим", "стоп на {lvl}", "переносимо стоп на {lvl}"), a close
  ("полностью вышел", "закриваємо позицію"), a cancel ("лімітки знімаємо", "в сделку не входим");
- ``ru31_followup_not``: the same words asked, conditioned ("при закреплении ниже {lvl}
  закрываю", "в случае пробоя {lvl} выходим"), planned ("будем закрывать у {lvl}"), waited for
  ("ждём закрытие"), told of one's own account ("у меня выбило стоп"), taught ("всегда ставьте
  стоп в бу после первого тейка"), negated ("жаль, что не зафиксировал половину"): never an
  action.

What a follow-up must give follows from its form and the dev signal's hand-checked coin (judged
as tests/parsers/mutations_followups.judge judges), never from the parser. Every form is made up
(no post copied, no held-out message read). ``python -m tests.parsers.mutations --family 'ru31*'
--seeds 1 20`` prints its figures.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from tests.parsers.mutations_followups import FOLLOW, NOT
from tests.parsers.mutations_ru_common import coin, expect_followup
from tests.parsers.variants import fmt

Want = dict[str, Any]
Row = tuple[str, str, str, Want, str]
FOLLOWUP, FOLLOWUP_NOT = "ru31_followup", "ru31_followup_not"

# (pronoun, verb) in the persons a channel writes: 1st singular (both genders), plural, the
# imperative (no pronoun), the past.
RU_VERBS: tuple[tuple[str, str], ...] = (
    ("я", "фиксирую"),
    ("мы", "фиксируем"),
    ("", "фиксируйте"),
    ("я", "зафиксировал"),
    ("я", "зафиксировала"),
    ("мы", "зафиксировали"),
    ("я", "закрываю"),
    ("", "закройте"),
    ("я", "закрыл"),
    ("мы", "закрыли"),
    ("я", "скинул"),
    ("мы", "скидываем"),
    ("", "скиньте"),
    ("я", "снял"),
    ("я", "сняла"),
    ("мы", "снимаем"),
    ("", "снимите"),
    ("я", "прикрыл"),
    ("мы", "прикрываем"),
    ("", "прикройте"),
    ("мы", "продаём"),
    ("я", "продал"),
    ("", "продайте"),
    ("я", "сократил"),
    ("мы", "сокращаем"),
    ("я", "сбросил"),
    ("мы", "сбрасываем"),
    ("я", "разгрузил"),
)
UK_VERBS: tuple[tuple[str, str], ...] = (
    ("ми", "фіксуємо"),
    ("я", "зафіксував"),
    ("ми", "зафіксували"),
    ("", "фіксуйте"),
    ("ми", "закриваємо"),
    ("я", "закрив"),
    ("ми", "закрили"),
    ("я", "скинув"),
    ("ми", "скидаємо"),
    ("ми", "продаємо"),
    ("я", "продав"),
    ("ми", "зняли"),
)
# (share words, fraction; None: a part, its share unsaid).
RU_SHARES: tuple[tuple[str, float | None], ...] = (
    ("половину", 0.5),
    ("50%", 0.5),
    ("30%", 0.3),
    ("25% позиции", 0.25),
    ("70% позиции", 0.7),
    ("часть", None),
    ("часть позиции", None),
)
UK_SHARES: tuple[tuple[str, float | None], ...] = (
    ("половину", 0.5),
    ("50%", 0.5),
    ("30% позиції", 0.3),
    ("частину", None),
)
_NOM = ("Первая", "Вторая", "Третья")
_MASC = ("первый", "второй", "третий")
_GEN = ("первой", "второй", "третьей")
_UK_NOM = ("Перша", "Друга", "Третя")
_UK_ACC = ("першу", "другу", "третю")
# (kind, form): {O}/{M}/{G}/{U}/{UA} the target's ordinal, {n} its number, {lvl} a level.
FORMS: tuple[tuple[str, str], ...] = (
    ("TP_HIT", "{O} цель взята"),
    ("TP_HIT", "Цель {n} ✅"),
    ("TP_HIT", "Дошли до {G} цели"),
    ("TP_HIT", "{O} цель в кармане"),
    ("TP_HIT", "Сходили в {M} тейк"),
    ("TP_HIT", "Цель {n} — есть!"),
    ("TP_HIT", "{U} ціль досягнута"),
    ("TP_HIT", "Пройшли {UA} ціль"),
    ("TP_HIT", "{U} ціль відпрацювала"),
    ("SL_HIT", "Выбило по стопу"),
    ("SL_HIT", "Стоп сработал"),
    ("SL_HIT", "Вынесло по стопу"),
    ("SL_HIT", "Получили стоп"),
    ("SL_HIT", "Вышли по стопу"),
    ("SL_HIT", "Вибило по стопу"),
    ("SL_HIT", "Спрацював стоп"),
    ("BE", "Стоп в бу"),
    ("BE", "Переносим стоп в безубыток"),
    ("BE", "Бу ставим"),
    ("BE", "Стоп на точку входа"),
    ("BE", "Переносимо стоп у беззбиток"),
    ("PRICE", "Переносим стоп на {lvl}"),
    ("PRICE", "Подтягиваем стоп на {lvl}"),
    ("PRICE", "Переносимо стоп на {lvl}"),
    ("PRICE", "Пересуваємо стоп на {lvl}"),
    ("PRICE", "Стоп переносимо на {lvl}"),
    ("CLOSE", "Закрываем по рынку"),
    ("CLOSE", "Вышел из сделки"),
    ("CLOSE", "Полностью вышел"),
    ("CLOSE", "Закриваємо позицію"),
    ("CLOSE", "Виходимо з угоди"),
    ("CANCEL", "Отмена"),
    ("CANCEL", "Неактуально"),
    ("CANCEL", "Лимитки снимаем"),
    ("CANCEL", "В сделку не входим"),
    ("CANCEL", "Лімітки знімаємо"),
    ("CANCEL", "Сигнал скасовано"),
    ("CANCEL", "Сделку не открываем"),
    ("CANCEL", "Скип"),
    ("CLOSE", "Выходите"),
    ("CLOSE", "Забираем всё"),
    ("SL_HIT", "Словили бу"),
    ("TP_HIT", "{O} ✅"),
    ("TP_HIT", "{n} из 3 целей ✅"),
)
# Forms only a coinless reply says ("Стоп на 0.45": the stop of the trade replied to).
BARE_FORMS: tuple[tuple[str, str], ...] = (
    ("PRICE", "Стоп на {lvl}"),
    ("PRICE", "Стоп теперь на {lvl}"),
)
NOT_FORMS: tuple[str, ...] = (
    "Выбило?",
    "Закрыли {s}?",
    "Если выбьет стоп, перезайдём",
    "При закреплении ниже {lvl} закрываю позицию",
    "В случае пробоя {lvl} выходим",
    "Закрытие дня ниже {lvl} - выходим",
    "Будем закрывать у {lvl}",
    "Будем фиксировать {s} на первой цели",
    "У меня выбило стоп",
    "Всегда ставьте стоп в бу после первого тейка",
    "Не забывайте переносить стоп в бу",
    "Жаль, что не зафиксировал {s}",
    "Ждём закрытие",
    "Можно зафиксировать {s}",
    "Я бы закрыл {s}",
    "Вчера закрыл {s}",
    "Кто зафиксировал {s} - молодцы",
    "Не закриваємо, тримаємо",
    "Стоп не переносим",
    "Лимитки пока не снимаем",
    "Якщо виб'є стоп, перезайдемо",
    "Готовимся закрывать {s}",
    "Фиксируйте {s} по своему усмотрению",
    "На каждой цели фиксируем {s}",
    "Маркетмейкер выбил стопы",
    "Многих выбило по стопам",
    "Закрыл {s}, спасибо за сигнал!",
    "Спасибо, зафиксировал {s}",
    "Не выходите",
    "Нас выбило?",
    "Держим до полного закрытия",
    "Закрыть по {lvl}",
    "Стоп {lvl} ❌",
)


# The majors a chat names by their lower-case ticker (parsers/known_coin_words.ZH_MAJOR_TICKERS).
_MAJORS = frozenset(("btc", "eth", "sol", "bnb", "xrp", "doge", "ada", "avax", "ltc", "dot"))


def _share_form(rng: random.Random) -> tuple[str, float | None]:
    """A share taken: a verb in one of its persons (its pronoun or none) and a share, either
    order."""
    verbs, shares = (UK_VERBS, UK_SHARES) if rng.random() < 0.3 else (RU_VERBS, RU_SHARES)
    pronoun, verb = rng.choice(verbs)
    share, fraction = rng.choice(shares)
    said = f"{pronoun} {verb}".strip() if pronoun and rng.random() < 0.5 else verb
    if rng.random() < 0.25 and pronoun and "позиц" not in share:
        return f"{share} {verb}", fraction
    return f"{said} {share}", fraction


def ru31_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must); each dev signal's
    coin with one Russian or Ukrainian follow-up (tagged or coinless) and one sentence not to act
    on."""
    from tests.parsers.variants import signal_cases

    rng = random.Random(seed * 2654435761 + 31)
    for case in signal_cases():
        want = case.expect["signal"]
        symbol = want["symbol"]
        n = rng.randint(1, 3)
        level = want["stop_loss"] or (want["entries"][0] if want["entries"] else 100.0)
        tag = coin(rng, symbol)
        base = symbol[:-4].lower() if symbol.endswith("USDT") else ""
        if base in _MAJORS and rng.random() < 0.3:
            tag = rng.choice((f"по {base}", base))  # ("по eth первая цель", chat's lower case)
        coinless = rng.random() < 0.4
        fill = {
            "O": _NOM[n - 1],
            "M": _MASC[n - 1],
            "G": _GEN[n - 1],
            "U": _UK_NOM[n - 1],
            "UA": _UK_ACC[n - 1],
            "n": n,
            "lvl": fmt(level),
        }
        if rng.random() < 0.4:
            line, fraction = _share_form(rng)
            line = line[0].upper() + line[1:]
            reading: Want = {"kind": "CLOSE_PARTIAL", "fraction": fraction}
        else:
            kind, form = rng.choice(FORMS + (BARE_FORMS if coinless else ()))
            line = form.format(**fill)
            reading = expect_followup(kind, None, n, 0, level)
        if coinless:
            text, reading["symbol"] = line, None
        else:
            if tag.islower():
                text = f"{tag} {line[0].lower()}{line[1:]}"
            else:
                text = f"{tag} - {line}" if rng.random() < 0.5 else f"{tag}\n{line}"
            reading["symbol"] = symbol
        yield case.id, FOLLOWUP, text, reading, FOLLOW
        share = rng.choice(("половину", "50%", "часть"))
        not_line = rng.choice(NOT_FORMS).format(lvl=fmt(level), s=share)
        if coinless or (tag.islower() and not_line.startswith("Спасибо")):
            not_text = not_line  # (a member's thanks heads the post)
        elif tag.islower():
            not_text = f"{tag} {not_line[0].lower()}{not_line[1:]}"
        else:
            not_text = f"{tag} {not_line}"
        yield case.id, FOLLOWUP_NOT, not_text, {}, NOT
