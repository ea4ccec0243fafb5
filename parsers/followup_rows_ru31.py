"""More Russian and Ukrainian rows of the short-reply lexicon (parsers/followup_lexicon.py reads
them right after followup_rows_ru23.py's; branch i13-ru31). A row is (language, kind, the words
of the reply's line in full), as followup_lexicon.ROWS.

What the rows before did not read, by class, written from Russian and Ukrainian grammar and the
trade's slang (every verb in the present, the imperative and the past, parsers/ru_grammar.py's
SHARE_VERB; no perfective future: "скину половину" is a plan); the short replies of a channel's
discussion thread, most with no coin (CONVENTIONS.md, "Follow-ups that name no coin"). No
held-out message was read.

- a share taken with a verb the rows did not conjugate ("сняли половину", "прикройте часть",
  "продаём 50%", "сократил 50%", "разгрузил половину"), the share first ("часть скинул",
  "половину скинул"), a share unsaid ("немного скинул", "частично зафиксировался"), half said
  as an adverb ("зафиксировался наполовину"), Ukrainian ("фіксуємо частину", "зафіксував 50%",
  "скинув половину", "продали частину");
- a target in the pocket ("второй тейк в кармане"), gone into ("сходили в первый тейк", "зашли в
  первую цель"), its mark after a dash ("Цель 1 — есть!"), the trade worked out in profit
  ("сделка отработала в плюс"), "профит забрали"; Ukrainian ("друга ціль відпрацювала",
  "пройшли першу ціль");
- the stop hit in more slang ("вынесло", "получили стоп", "вышли по стопу");
- the stop to the entry, the verb after it ("бу ставим");
- out in full or in profit ("полностью вышел", "вышел в плюс");
- the entry called off ("в сделку не входим"), in Ukrainian ("лімітки знімаємо", "відміна",
  "сигнал скасовано").
"""

from __future__ import annotations

from typing import Final

from parsers.followup_parts import SHARE
from parsers.ru_grammar import CLOSE_VERB, DUMP_VERB, SHARE_VERB

# A target by its ordinal or number, Russian and Ukrainian ("першу ціль", "другий тейк").
_ORD: Final = (
    r"(?:(?:перв|втор|трет|четв[её]рт|пят|перш|друг|п['ʼ]ят|останн|последн|финальн)\w{0,3}"
    r"|[0-9](?:-?(?:й|ый|ой|ий|я|ая|ю|ую|а))?)"
)
_TARGET: Final = (
    r"(?:(?:"
    + _ORD
    + r"\s)?(?:цел\w{0,2}|ціл\w{0,2}|тейк\w{0,2}|тэйк\w{0,2}|тп)(?:\s?№?\s?[0-9])?)"
)
# What a share is of: the position, its profit ("30% позиції", "частину прибутку").
_OF: Final = (
    r"(?:\s(?:от\s|від\s)?(?:позици\w{0,2}|позиці\w{0,2}|позы|объ[её]ма|обсягу|прибыл\w"
    r"|прибутк\w|профит\w{0,2}|лонга|шорта|монет\w{0,2}|спота|сделки|угоди))?"
)
# Every verb of a share taken now or just taken (the tables of ru_grammar.py).
_VERB: Final = r"(?:" + SHARE_VERB + r"|" + DUMP_VERB + r"|" + CLOSE_VERB + r")"
_STOP: Final = r"(?:стоп\w{0,3}(?:[\s-]?лос\w{0,3})?)"
_ORDER: Final = r"(?:лімітк\w|ліміт\w{0,2}|ордер\w{0,2}|заявк\w)"
_OFF: Final = r"(?:знімаємо|знімаю|зняли|зняв|приберемо|прибираємо|видаляємо|скасовуємо)"

RU31_ROWS: Final[tuple[tuple[str, str, str], ...]] = (
    # A share taken, the verb first or the share first: "сняли половину", "продаём 50%",
    # "фіксуємо частину", "часть скинул", "половину позиції закрили".
    ("ru", "PART", _VERB + r"\s(?:ещ[её]\s|ще\s)?" + SHARE + _OF),
    ("ru", "PART", SHARE + _OF + r"\s" + _VERB),
    # A share unsaid, by an adverb: "частично зафиксировался", "немного скинул", "частково
    # фіксуємо", "скинул немного".
    (
        "ru",
        "PART",
        r"(?:частично|частково|немного|немножко|трохи|трішки)\s"
        + _VERB
        + r"|"
        + _VERB
        + r"\s(?:частично|частково|немного|немножко|трохи|трішки)",
    ),
    # Half, as an adverb or a noun's fix: "зафиксировался наполовину", "сделал фикс половины";
    # a share bitten off: "откусил часть профита".
    ("ru", "HALF", _VERB + r"\s(?:наполовину|на\sполовину|навпіл)"),
    ("ru", "PART", r"(?:сделал\w{0,2}|зробив|зробили)\sфікс\w{0,2}\s" + SHARE + _OF),
    ("ru", "PART", r"(?:сделал\w{0,2})\sфикс(?:аци\w{1,2}|\w{0,2})\s" + SHARE + _OF),
    # A target's fix of a share, a partial fix of the profit: "тп1 фикс половины", "частичная
    # фиксация прибыли 30%".
    ("ru", "PART", _TARGET + r"\s(?:[—–-]\s)?(?:фикс|фиксация)\s" + SHARE + _OF),
    (
        "ru",
        "PART",
        r"частичн\w{2}\s(?:фиксаци\w|закрыти\w)\s(?:прибыли|профита|позиции)\s" + SHARE,
    ),
    ("ru", "PART", r"откусил\w{0,2}\s" + SHARE + _OF),
    # A target in the pocket, gone into, its mark after a dash; the trade worked out in profit.
    ("ru", "TP", _TARGET + r"\s(?:уже\s)?в\sкармане"),
    (
        "ru",
        "TP",
        r"(?:(?:биток|эфир|монета|цена)\s)?(?:сходил\w{0,2}|зашл[иа]|заш[её]л)\s(?:в|во)\s"
        + _TARGET,
    ),
    ("ru", "TP", _TARGET + r"\s?[—–-]\s?(?:есть|взят\w{0,2}|є)"),
    (
        "ru",
        "TP",
        r"(?:сделка|сетап|идея|позиция|угода|ідея)\s(?:отработал\w{0,2}|відпрацювал\w{0,2})"
        r"\sв\s(?:плюс|профит|прибыль)|профит\sзабрал\w{0,2}",
    ),
    # The target's noun left out, its ordinal alone in a thread's reply: "Есть первая", "Первая
    # ✅", "И вторая!", "Вторая тоже"; "TP1 есть".
    (
        "ru",
        "TP",
        r"(?:есть\s|и\s|вот\sи\s)?(?:перв|втор|трет|четв[её]рт|пят)(?:ая|ый|ой|ий|ья)"
        r"(?:\s(?:есть|тоже|взята|взят|готова|готов))?|tp\s?[0-9]\s(?:есть|взят\w{0,2}|достигнут\w{0,2})",
    ),
    # Ukrainian: "друга ціль відпрацювала", "пройшли першу ціль", "перша ціль пройдена".
    (
        "uk",
        "TP",
        _TARGET + r"\s(?:відпрацювал\w{0,2}|пройден\w{0,2}|виконан\w{0,2}|спрацювал\w{0,2})"
        r"|(?:пройшли|відпрацювали|взяли|забрали|зловили)\s" + _TARGET,
    ),
    # The stop hit in more slang: "вынесло", "получили стоп", "вышли по стопу", "зловили стоп".
    (
        "ru",
        "SL",
        r"(?:нас\s)?вынесло(?:\sнас)?|(?:получил\w{0,2}|зловил\w{0,2}|отхватил\w{0,2})\s"
        + _STOP
        + r"|(?:выш(?:ел|ли|ла)|вийш(?:ов|ли|ла))\sпо\s"
        + _STOP
        + r"|по\s"
        + _STOP
        + r"\s(?:выш(?:ел|ли|ла)|вийш(?:ов|ли|ла))",
    ),
    # The stop at the entry hit ("Словили бу"), the stop knocked out ("Стоп сбило", "стоп снесло").
    (
        "ru",
        "SL",
        r"(?:словили|поймали)\s(?:бу|б/у|безубыток)|" + _STOP + r"\s(?:сбило|снесло|вынесло)",
    ),
    # The stop's level with a cross or a stop sign after it: "Стоп 0.45 ❌", "SL 0.45 🛑" (the
    # stop at that level hit; parsers/bare_stop.py read it as a stop moved there).
    (
        "ru",
        "SL",
        r"(?:" + _STOP + r"|сл|sl|stop(?:[\s-]?loss)?)\s?:?\s?\$?[0-9]+(?:[.,][0-9]+)?\$?"
        r"(?=[^\S\n]?[❌🛑⛔🚫])",
    ),
    # The stop to the entry, the verb after it: "бу ставим", "беззбиток ставимо".
    (
        "ru",
        "BE",
        r"(?:бу|б/у|безубыток|беззбиток)\s(?:ставим|ставлю|поставил\w{0,2}|ставимо|поставили)",
    ),
    # Out in full, out in profit: "полностью вышел", "вышел в плюс", "вийшли в плюс".
    (
        "ru",
        "CLOSE",
        r"(?:полностью|повністю)\s(?:выш(?:ел|ли|ла)|вийш(?:ов|ли|ла))"
        r"|(?:выш(?:ел|ли|ла)|вийш(?:ов|ли|ла))\s(?:полностью|повністю"
        r"|в\s(?:небольшой\s|невеликий\s)?(?:плюс|профит|плюсі|плюсе))",
    ),
    # Out, the reflexive of fixing: "Зафиксировался", "зафіксувалися" (the position fixed).
    ("ru", "CLOSE", r"зафиксировал(?:ся|ась|ись)|зафіксува(?:вся|лася|лися)"),
    ("uk", "CLOSE", r"вийш(?:ов|ла|ли)\sз\s(?:угоди|позиці\w)"),
    # Ukrainian: the stop hit ("стоп зачепило", "стоп вибило", "вибило в нуль"), the stop to the
    # entry ("переносимо в беззбиток"), a gain ("профіт", "в профіті", "+20% профіту").
    (
        "uk",
        "SL",
        _STOP
        + r"\s(?:зачепило|вибило|збило)|(?:зачепило|збило)\s"
        + _STOP
        + r"|вибило\s(?:в|у)\s(?:нуль|беззбиток|бу|б/у)",
    ),
    (
        "uk",
        "BE",
        r"(?:переносимо|переводимо|ставимо|переставляємо|переніс|переносжу)\s(?:в|у)\s(?:беззбиток|бу|б/у)",
    ),
    (
        "uk",
        "TP",
        r"(?:в\s)?профіт[іу]?|\+\s?[0-9]{1,4}(?:[.,][0-9]{1,2})?\s?%\s(?:профіту|прибутку)",
    ),
    # Out of all of it: "Забираем всё", "Вышел полностью из позиции", "вышел из позы".
    (
        "ru",
        "CLOSE",
        r"забира\w{1,3}\sвс[её]|выш(?:ел|ли|ла)\s(?:полностью\s)?из\s(?:позы|позиции|сделки|лонга|шорта)",
    ),
    # Out, the readers told: "Пора выходить", "Всем выходить", "Выходите", "Закрывайтесь".
    (
        "ru",
        "CLOSE",
        r"(?:(?:пора|всем)\s)?(?:выходить|закрываться)|выходите|закрывайтесь|виходьте|закривайтеся",
    ),
    # The trade not taken: "Сделку не открываем", "не берём", "пропускаем эту сделку", "скип",
    # "больше не актуально", "вход упущен".
    (
        "ru",
        "CANCEL",
        r"(?:(?:сделку|позицию|лонг|шорт)\s)?не\s(?:открываем|берём|берем|открываю|беру)"
        r"|пропуска(?:ем|ю)(?:\s(?:эту\s|этот\s)?(?:сделку|сетап|вход))?|скип(?:аем)?"
        r"|больше\sне\s?актуальн\w{0,2}|вход\sупущен|не\s(?:входите|заходите|входьте|заходьте)",
    ),
    # The entry called off: "в сделку не входим"; Ukrainian: "лімітки знімаємо", "знімаємо
    # ліміт", "відміна", "сигнал скасовано".
    ("ru", "CANCEL", r"в\s(?:сделку|позицию|угоду)\sне\s(?:входим|заходим|входимо|заходимо)"),
    (
        "uk",
        "CANCEL",
        _ORDER
        + r"\s"
        + _OFF
        + r"|"
        + _OFF
        + r"\s"
        + _ORDER
        + r"|відміна|(?:(?:сигнал|угода|вхід|угоду)\s)?(?:скасован\w{0,2}|відмінен\w{0,2})"
        + r"|відміняємо|(?:угода|вхід|сигнал|ідея)\sне\s?актуальн\w{1,2}",
    ),
)
