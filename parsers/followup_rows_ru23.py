"""More Russian rows of the short-reply lexicon (parsers/followup_lexicon.py reads them right
after followup_rows_ru22.py's; branch i13-ru23). A row is (language, kind, the words of the
reply's line in full), as followup_lexicon.ROWS.

What the rows before did not read, by class (each written from Russian grammar and the forms of
the dev corpus's Russian channels, `dk-trader-a`, `dk-trader-d`, `vovilonn-ch1-ru`,
`cryptoyoda-ru`; no held-out message was read):

- a target reached, said with a verb the earlier rows did not conjugate (parsers/ru_grammar.py's
  REACHED_VERB: "первая цель пройдена", "пробили второй тейк", "тп1 исполнился", "сделали
  первую цель"), or with a passive participle of "отработать" after "тп" ("тп1 отработан");
- the price, the coin or "we" arriving at a target ("пришли во вторую цель", "добрались до
  второй цели", "долетели до первой цели", "доехали до тп2");
- a gain reported with what it is measured against ("+15% от входа", "+150% с плечом 10х",
  "+15% на споте", "+20% без плеча"), a trade's result ("Итог по сделке: +45%", "Результат
  +1.2R"), a coin that made a gain ("#APT сделал +35%"), a trade worked out into its target
  ("отработала в тейк"): a target reached (informs only, as "+35% 🔥" does);
- a position cut with no share said ("сократил позицию", "порезал позицию", "режем позицию",
  "частично закрыл"): a partial close whose share the engine asks for.
"""

from __future__ import annotations

from typing import Final

from parsers.followup_parts import SHARE
from parsers.ru_grammar import CUT_VERB, REACHED_VERB

# A target by its ordinal (any case: "первую", "первой", "1-ю") or number, "тп" and "тейк-профит".
_ORD: Final = (
    r"(?:(?:перв|втор|трет|четв[её]рт|пят|шест|последн|финальн)\w{0,3}"
    r"|[0-9](?:-?(?:й|ый|ой|ий|я|ая|ю|ую|го|ого))?)"
)
_TARGET: Final = (
    r"(?:(?:"
    + _ORD
    + r"\s)?(?:цел\w{0,2}|тейк(?:[\s-]?профит)?\w{0,2}|тэйк\w{0,2}|тп|тр(?=\s?[0-9]))"
    r"(?:\s?(?:№|#)?\s?[0-9])?)"
)
# A gain: a signed percentage or R-multiple.
_GAIN: Final = r"\+\s?[0-9]{1,4}(?:[.,][0-9]{1,2})?\s?(?:%|[rр](?!\w))"
# What a gain is measured against: the entry, the spot market, the leverage (or none of it).
_AGAINST: Final = (
    r"(?:от\s(?:входа|точки\sвхода|цены\sвхода)|на\s(?:споте|фьючерсах|фьючах)|без\sплеча"
    r"|с\sплечом(?:\s[xх]?[0-9]{1,3}[xх]?)?|с\s[xх]?[0-9]{1,3}[xх]?(?:-?(?:ым|м|x|х))?\sплечом)"
)
# The verbs of arriving at a target, and where to: "пришли во", "добрались до", "долетели до".
_ARRIVED: Final = (
    r"(?:(?:цена|монета|мы)\s)?(?:пришл\w|пришёл|пришел|добрал\w{1,4}|долетел\w{0,2}|доехал\w{0,2}"
    r"|дотянул\w{0,4}|доползл\w|дополз)\s(?:в|во|до|к|ко)\s"
)
# The position (or its volume) a cut is made in.
_POSITION: Final = r"(?:позици\w{0,2}|позу|объ[её]м\w{0,2})"

RU23_ROWS: Final[tuple[tuple[str, str, str], ...]] = (
    # A target reached, the verb before or after it: "пройдена первая цель", "тп1 исполнился".
    ("ru", "TP", REACHED_VERB + r"\s" + _TARGET + r"|" + _TARGET + r"\s" + REACHED_VERB),
    # "тп1 отработан", "отработана тп2" (the participle beside the abbreviation).
    ("ru", "TP", r"(?:тп|тр)\s?[0-9]\s(?:отработан\w{0,2})|отработан\w{0,2}\s(?:тп|тр)\s?[0-9]"),
    # Arrived at a target: "пришли во вторую цель", "цена добралась до первой цели".
    ("ru", "TP", _ARRIVED + _TARGET),
    # A gain beside what it is measured against: "+15% от входа", "+150% с плечом 10х".
    ("ru", "TP", _GAIN + r"\s" + _AGAINST),
    # A trade's result: "Итог по сделке: +45%", "Результат +1.2R", "итоги сделки +20%".
    (
        "ru",
        "TP",
        r"(?:итог\w{0,2}|результат\w{0,2})(?:\s(?:по\s)?(?:сделк\w|позици\w|сигнал\w{0,2}))?:?\s"
        + _GAIN,
    ),
    # A coin made a gain, a trade worked out into its target: "сделал +35%", "отработала в тейк".
    ("ru", "TP", r"(?:монета\s)?сделал\w{0,2}\s" + _GAIN),
    (
        "ru",
        "TP",
        r"(?:сделка\s|сетап\s|идея\s|сигнал\s)?отработал\w{0,2}\sв\s(?:тейк\w{0,2}|цел\w{0,2}|профит)",
    ),
    # The whole trade worked out, its total: "Сделка отработала полностью +2.5R", "Общий профит
    # +1.49р" (the dev `dk-trader-d`'s "Общий профит +1.49р" under a target's close).
    ("ru", "TP", r"(?:сделка\s|сетап\s|идея\s)?отработал\w{0,2}\sполностью"),
    ("ru", "TP", r"общ\w{2}\s(?:профит|прибыль|результат)\s?:?\s" + _GAIN),
    # To the entry in Latin letters ("Sl bu"); the stop's Latin initials alone ("SL", "SL ❌"
    # under the restated heading), as "Стоп" alone (the BE row first: "sl" then "bu" is no coin).
    ("ru", "BE", r"(?:sl|сл|стоп)\s(?:bu|b/u)"),
    # (Nothing but marks after it on the line: "SL kena", "SL terkena" are other rows'.)
    ("en", "SL", r"sl(?![^\n]*\w)"),
    # A share taken at a price: "Фикс 30% по 0.2211", "закрываю 50% на 1.25".
    (
        "ru",
        "PART",
        r"(?:фикс|фиксирую|фиксируем|закрываю|закрываем|срезаю|режу|скидываю)\s"
        + SHARE
        + r"\s(?:по|на)\s(?:цене\s)?[0-9]+(?:[.,][0-9]+)?",
    ),
    # A position cut with no share said: "сократил позицию", "порезал позицию", "частично закрыл".
    (
        "ru",
        "PART",
        r"(?:"
        + CUT_VERB
        + r"|(?:по|у|под)?резал\w{0,2}|режем|режу|уменьш(?:ил\w{0,2}|аем|аю))\s"
        + _POSITION
        + r"|частично\s(?:закрыл\w{0,2}|закрыва(?:ем|ю)|зафиксировал\w{0,2}|фиксиру(?:ем|ю))",
    ),
)
