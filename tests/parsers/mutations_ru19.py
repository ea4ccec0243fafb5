"""Mutation families of session 18 (branch i13-ru19): every dev signal, and a follow-up to it,
written again with the label and verb variants of Russian and Arabic channels.

- ``ru_ar_signal``: the dev reading under Russian or Arabic labels (the entry as "ТВХ", "Точка
  входа", "Вход: от X до Y", a second entry as "Добор"/"Усреднение"; "ТП", "Тейки", "Цель 1";
  "СЛ", "Стоп-лосс"; "Плечо"; Arabic "سعر الدخول", "منطقة الشراء", "أهداف البيع", "الهدف 1",
  "وقف الخسارة", "ستوب لوز", "الرافعة"): it says exactly the dev reading, so read exactly is right,
  refused a miss, another reading a wrong trade.
- ``ru_ar_followup``: a short follow-up to the dev signal's coin in Russian or Arabic (a target
  taken, the stop hit, the stop to the entry or to a price, a close, a partial close, a cancel),
  judged as tests/parsers/mutations_followups.judge judges: what it must give comes from the form
  and the dev signal's hand-checked coin, never from the parser.
- ``ru_ar_followup_not``: the same words where they ask nothing of the trade: a sentence about
  the market ("Рынок закрылся в плюс", "шорты ликвидированы"), a sign-up closed, a policy
  cancelled, a question, a negation, a plan for later, a past report, an add to the position
  ("добор") or a re-entry: never an action.

The words are the Russian and Arabic signal and follow-up vocabulary of parsers/lexicon_world.py,
parsers/lexicon_slang.py, parsers/followup_rows_ru.py and followup_rows_more.py, written for
this family (no post copied, no held-out message read).
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from tests.parsers.mutation_post import EXACT, Row, Want
from tests.parsers.mutations_followups import FOLLOW, NOT
from tests.parsers.mutations_ru_common import coin as _coin  # noqa: F401 (imported from here)
from tests.parsers.mutations_ru_common import draw, expect_followup
from tests.parsers.mutations_ru_common import pair as _pair
from tests.parsers.variants import fmt

SIGNAL, FOLLOWUP, FOLLOWUP_NOT = "ru_ar_signal", "ru_ar_followup", "ru_ar_followup_not"

_RU = {
    "long": ("Лонг", "ЛОНГ", "лонг", "LONG"),
    "short": ("Шорт", "ШОРТ", "шорт", "SHORT"),
    "entry": ("Вход", "ТВХ", "Точка входа", "Зона входа", "Цена входа", "Вход в сделку"),
    "second": ("Добор", "Усреднение", "Доливка"),
    "tp": ("Цели", "Тейки", "ТП", "Тейк-профит"),
    "tp_one": ("Цель", "Тейк", "ТП"),
    "sl": ("Стоп", "СЛ", "Стоп-лосс", "Стоп лосс"),
    "lev": ("Плечо",),
}
_AR = {
    "long": ("شراء", "لونج", "LONG"),
    "short": ("بيع", "شورت", "SHORT"),
    "entry": ("الدخول", "سعر الدخول", "نقطة الدخول", "منطقة الدخول"),
    "entry_long": ("منطقة الشراء", "سعر الشراء"),
    "tp": ("الأهداف", "الاهداف", "أهداف"),
    "tp_long": ("أهداف البيع",),
    "tp_one": ("الهدف", "هدف"),
    "sl": ("وقف الخسارة", "الستوب", "ستوب لوز", "الوقف"),
    "lev": ("الرافعة", "الرافعة المالية"),
}


def _entry_lines(rng: random.Random, want: Want, label: str, second: tuple[str, ...]) -> list[str]:
    entries = [fmt(v) for v in want["entries"]]
    sep = rng.choice((": ", " - ", " "))
    if len(entries) == 2 and second and rng.random() < 0.3:
        return [label + sep + entries[0], rng.choice(second) + sep + entries[1]]
    if len(entries) == 2 and second and rng.random() < 0.3:
        return [f"{label}: от {entries[0]} до {entries[1]}"]
    return [label + sep + rng.choice((" - ", "-", " / ")).join(entries)]


def signal_post(rng: random.Random, want: Want, lang: str) -> str | None:
    """The dev reading under Russian ("ru") or Arabic ("ar") labels."""
    if not want["entries"] or not want["take_profits"] or len(want["take_profits"]) > 12:
        return None
    words = _RU if lang == "ru" else _AR
    is_long = want["side"] == "LONG"
    side = rng.choice(words["long"] if is_long else words["short"])
    lines = [f"{_pair(want['symbol'])} {side}"]
    entry = words["entry"] + (words.get("entry_long", ()) if is_long else ())
    lines += _entry_lines(rng, want, rng.choice(entry), words.get("second", ()))
    if want["leverage"] is not None:
        lines.append(f"{rng.choice(words['lev'])}: {want['leverage']}x")
    targets = [fmt(v) for v in want["take_profits"]]
    if rng.random() < 0.5:
        label = rng.choice(words["tp"] + (words.get("tp_long", ()) if is_long else ()))
        lines.append(
            label + rng.choice((": ", " - ")) + rng.choice((" - ", ", ", " / ")).join(targets)
        )
    else:
        one = rng.choice(words["tp_one"])
        lines += [f"{one} {i}: {p}" for i, p in enumerate(targets, 1)]
    if want["stop_loss"] is not None:
        lines.append(rng.choice(words["sl"]) + rng.choice((": ", " - ")) + fmt(want["stop_loss"]))
    return "\n".join(lines)


# A follow-up's forms: (kind, form). {c}: the coin as channels tag it; {n}: a target's number;
# {s}: a share (%); {lvl}: a price of the signal (the stop's new level).
FORMS: tuple[tuple[str, str], ...] = (
    ("TP_HIT", "{c} тейк {n} взят ✅"),
    ("TP_HIT", "{c}\nЦель {n} достигнута 🎯"),
    ("TP_HIT", "{c} ضرب الهدف {n}"),
    ("TP_HIT", "{c} تم تحقيق الهدف {n} ✅"),
    ("SL_HIT", "{c} выбило по стопу"),
    ("SL_HIT", "{c}\n❌ Стоп-лосс\nУбыток: -{s}%"),
    ("SL_HIT", "{c} تم ضرب وقف الخسارة"),
    ("BE", "{c} стоп в бу"),
    ("BE", "{c} переводим стоп в безубыток"),
    ("BE", "{c} حركوا الستوب لسعر الدخول"),
    ("PRICE", "{c} ставим стоп на {lvl}"),
    ("PRICE", "{c} стоп переставить на {lvl}"),
    ("CLOSE", "{c} выходим полностью"),
    ("CLOSE", "{c} закрываем сделку по рынку"),
    ("CLOSE", "{c} خروج من الصفقة"),
    ("PART", "{c} скидываем {s}%"),
    ("PART", "{c} частичная фиксация {s}%"),
    ("PART", "{c} фиксируем {s}% позиции"),
    ("PART", "{c} جني أرباح جزئي {s}%"),
    ("HALF", "{c} закрываем половину"),
    ("CANCEL", "{c} сигнал отменяется"),
    ("CANCEL", "{c} отмена, не актуально"),
    ("CANCEL", "{c} الصفقة ملغية"),
)
NOT_FORMS: tuple[str, ...] = (
    "Рынок закрылся в плюс, шорты снова ликвидированы",
    "Биткоин закрыл неделю выше {lvl}",
    "Закрытие дневной свечи выше {lvl} даст сигнал на рост {c}",
    "Фиксируем рост {c} на фоне новостей",
    "Сегодня вход в наш VIP канал закрыт",
    "Закрываем набор в приватный канал",
    "Отмена ставки ФРС может развернуть рынок",
    "Шорты по {c} ликвидированы на 200 млн",
    "{c} закрываем? Как думаете",
    "{c} не закрываем, держим",
    "Если {c} дойдёт до {lvl}, стоп в бу",
    "Вчера скинули половину по {c}",
    "{c} добор по {lvl}",
    "{c} перезаход",
    "أغلق السوق الأسبوع فوق {lvl}",
    "هل نغلق {c}؟",
)


def ru_ar_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must), a generator of its
    own; each dev signal in Russian or Arabic labels, one follow-up and one sentence not to act
    on."""
    from tests.parsers.variants import signal_cases

    rng = random.Random(seed * 86028121 + 19)
    for case in signal_cases():
        want = case.expect["signal"]
        text = signal_post(rng, want, rng.choice(("ru", "ar")))
        if text is not None:
            yield case.id, SIGNAL, text, want, EXACT
        d = draw(rng, want, FORMS)
        text = d.form.format(c=d.coin, n=d.n, s=d.share, lvl=d.lvl)
        reading = expect_followup(d.kind, want["symbol"], d.n, d.share, float(d.lvl))
        yield case.id, FOLLOWUP, text, reading, FOLLOW
        form = rng.choice(NOT_FORMS)
        yield case.id, FOLLOWUP_NOT, form.format(c=d.coin, lvl=d.lvl), {}, NOT
