"""More Russian and Ukrainian rows of the short-reply lexicon (parsers/followup_lexicon.py reads
them right after followup_rows_ru31.py's; branch i13-ru32). A row is (language, kind, the words
of the reply's line in full), as followup_lexicon.ROWS.

What a forum analyst's short replies say that the rows before did not read, written from Russian
and Ukrainian grammar and the trade's slang (made up; no held-out message read):

- a share taken at a target, the target said after it ("снял 50% на тп1", "фикс 30% по первому
  тейку", "частичная фиксация на тп1", "зафіксував частину на першій цілі") or before it, the
  partial fix as a noun ("Тп1 - частичная фиксация", "тп1 частичный фикс"): a share, never the
  whole (a fix said with no share and no "частичн" is not read here: "фикс на тп1" may be all);
- one person's stop hit said with "меня" and no "у" ("меня выбило", "мене вибило"; "у меня
  выбило" stays refused: parsers/told_ru.py, one person's own trade set against the others').
"""

from __future__ import annotations

from typing import Final

from parsers.followup_parts import SHARE
from parsers.ru_grammar import CLOSE_VERB, DUMP_VERB, SHARE_VERB

# A target reached, where a share is taken: "на тп1", "по первому тейку", "на первой цели", "на
# тейке 2", "на першій цілі" (uk).
_AT_TARGET: Final = (
    r"(?:на|по|с|при)\s(?:(?:перв|втор|трет|четв[её]рт|перш|друг)\w{1,3}\s(?:тейк\w{0,2}|тэйк\w{0,2}"
    r"|цел\w{0,2}|ціл\w{0,2}|тп)|(?:тп|tp|тейк\w{0,2}|цел\w{0,2}|ціл\w{0,2})\s?[1-9])"
)
# A target named heading the reply: "тп1", "ТП 1", "первый тейк", "перша ціль".
_TARGET: Final = r"(?:(?:тп|tp|тейк|тэйк)\s?[1-9]|(?:перв|втор|трет|перш|друг)\w{1,3}\s(?:тейк|тэйк|цель|ціль|тп))"
# A partial fix said as a noun: "частичная фиксация", "частичный фикс", "часткова фіксація".
_PARTIAL_FIX: Final = (
    r"(?:частичн|частков)\w{1,3}\s(?:фикс\w{0,2}|фиксаци\w|фікс\w{0,2}|фіксаці\w|закрыти\w)"
)
_VERB: Final = (
    r"(?:"
    + SHARE_VERB
    + r"|"
    + DUMP_VERB
    + r"|"
    + CLOSE_VERB
    + r"|фикс|фікс|сделал\w{0,2}\sфикс|фиксаци\w|фіксаці\w)"
)
_OF: Final = r"(?:\s(?:позиции|позиції|прибыли|профита|прибутку|объ[её]ма))?"

RU32_ROWS: Final[tuple[tuple[str, str, str], ...]] = (
    # A share at a target: "снял 50% на тп1", "фикс 30% по первому тейку", "скинул часть на тп2".
    ("ru", "PART", _VERB + r"\s" + SHARE + _OF + r"\s" + _AT_TARGET),
    # ... the share first: "50% сняли на тп1", "половину закрыл на первой цели".
    ("ru", "PART", SHARE + _OF + r"\s" + _VERB + r"\s" + _AT_TARGET),
    # A partial fix at a target, or after it: "частичная фиксация на тп1", "Тп1 - частичная
    # фиксация", "тп1 частичный фикс", "частичный фикс 30% по тп1".
    ("ru", "PART", _PARTIAL_FIX + r"(?:\s" + SHARE + _OF + r")?\s" + _AT_TARGET),
    ("ru", "PART", _TARGET + r"(?:\s?[—–-])?\s" + _PARTIAL_FIX + r"(?:\s" + SHARE + _OF + r")?"),
    # A target, then a share taken: "тп1 снял 50%", "первый тейк, скинул половину" (the comma
    # is the line's; a row's words in full: the target, then the verb and its share).
    ("ru", "PART", _TARGET + r"(?:\s?[—–-])?\s" + _VERB + r"\s" + SHARE + _OF),
    # A share taken partly, at a target: "частично зафиксировал на первой цели", "частково
    # зафіксував на тп1".
    ("ru", "PART", r"(?:частично|частково)\s" + _VERB + r"\s" + _AT_TARGET),
    # Ukrainian: the fix of a share as a noun ("фікс 50%"), the stop to the entry ("стоп на
    # вхід"), the stop caught ("спіймали стоп"), the profit fixed ("прибуток зафіксовано").
    ("uk", "PART", r"фікс\s" + SHARE + _OF),
    ("uk", "BE", r"(?:стоп\w{0,3}|сл)\s(?:на|в|у)\s(?:вхід|точку\sвходу)"),
    ("uk", "SL", r"(?:спіймал\w{0,2}|впіймал\w{0,2}|схопил\w{0,2})\s(?:стоп\w{0,3}|сл)"),
    (
        "uk",
        "CLOSE",
        r"(?:прибуток|профіт|позиці\w|угод\w)\s(?:зафіксован\w{0,2}|закрит\w{0,2})"
        r"|(?:зафіксован\w{0,2}|закрит\w{0,2})\s(?:прибуток|профіт|позиці\w|угод\w)",
    ),
    # The loss first, then the stop: "-1%, стоп", "Минус 1R — выбило" (the stop's loss said
    # after it is followup_lexicon._GAIN's).
    (
        "ru",
        "SL",
        r"(?:минус\s|[-−]\s?)[0-9]{1,3}(?:[.,][0-9]{1,2})?\s?(?:%|r|р)(?:\s?[,.—–-])?\s"
        r"(?:стоп\w{0,3}|выбило|вибило|по\sстопу)",
    ),
    # A target, its mark, and the stop to the entry in one word: "Тейк ✅ бу", "тейк, бу".
    ("ru", "BE", r"(?:тейк|тэйк)[^\w\n]{1,6}(?:бу|б/у|безубыток|беззбиток)"),
    # The entry in Latin letters or as "ТВХ" (точка входа), to zero: "Стоп в BE", "стоп на ТВХ",
    # "Переводим в ноль".
    ("ru", "BE", r"(?:стоп\w{0,3}|сл|sl)\s(?:в|на)\s(?:be|твх|т\.\s?вх\.?)"),
    (
        "ru",
        "BE",
        r"(?:перевод\w{0,3}|перев[её]л\w{0,2}|перенос\w{0,3}|перен[её]с\w{0,2})\s(?:в|на)\s(?:ноль|0)",
    ),
    # A target by "№": "Тейк №1", "тп №2".
    ("ru", "TP", r"(?:тейк|тэйк|тп|цель|ціль)\s?(?:№|no)\s?[1-9]"),  # ("№" normalised: "no")
    # The stop after a target, its loss as a word, the stop hunted or pierced: "Стоп после первой
    # цели", "Стоп, убыток 1%", "Отстопились", "Стоп забрали", "Выбило прострелом".
    (
        "ru",
        "SL",
        r"стоп\w{0,3}\sпосле\s(?:(?:перв|втор|трет)\w{1,3}\s(?:цели|тейка|тп)|(?:тп|тейка|цели)\s?[1-9])",
    ),
    (
        "ru",
        "SL",
        r"стоп[.,]?\s(?:убыток|потеряли|лосс)\s[-−]?[0-9]{1,3}(?:[.,][0-9]{1,2})?\s?(?:%|r|р)"
        r"(?:\s(?:от|к)\s(?:депо\w{0,4}|депозит\w{0,2}))?",
    ),
    (
        "ru",
        "SL",
        r"(?:отстопил\w{1,3}|стопанул\w{1,3}|стопнул\w{1,3})"
        r"|стоп\w{0,2}\s(?:собрали|забрали|исполнил\w{1,3})|(?:собрали|забрали)\sстоп\w{0,2}"
        r"|(?:выбило|стоп)\s(?:на\sретесте|тенью|шпилем|прострелом|иглой|хвостом)",
    ),
    # A terse trader's: out by hand, a fix at market, a loss in R, a gain taken ("Вышел руками",
    # "Фикс по рынку", "Минус 1р", "Лосс -1R", "Забрал 0.8р").
    ("ru", "CLOSE", r"(?:выш(?:ел|ли|ла)|вийш(?:ов|ли|ла))\s(?:руками|вручную)"),
    ("ru", "CLOSE", r"(?:фикс|фікс)\s(?:по\sрынку|по\sтекущим|по\sринку)"),
    (
        "ru",
        "SL",
        r"(?:минус\s[0-9]{1,2}(?:[.,][0-9]{1,2})?\s?(?:r|р)|(?:лосс|лось)\s[-−]?[0-9]{1,2}"
        r"(?:[.,][0-9]{1,2})?\s?(?:r|р|%))",
    ),
    ("ru", "TP", r"заб(?:ра|ира)\w{1,3}\s\+?[0-9]{1,3}(?:[.,][0-9]{1,2})?\s?(?:%|r|р)"),
    # Out of a share, most of it, half said "пол": "Вышел на 80%", "Вышел частично", "Скинул
    # большую часть", "Сбросил пол позиции", "Зафиксил половину".
    (
        "ru",
        "PART",
        r"(?:выш(?:ел|ли|ла)|выхожу|выходим)\s(?:на\s[0-9]{1,3}\s?%|частично)"
        r"|частично\s(?:выш(?:ел|ли|ла)|выхожу|выходим)"
        r"|(?:зафиксил\w{0,2}|фиксанул\w{0,2})\s" + SHARE + _OF,
    ),
    ("ru", "HALF", r"(?:выш(?:ел|ли|ла)|выхожу|выходим)\sнаполовину"),
    ("ru", "PART", _VERB + r"\s(?:большую|основную)\sчасть" + _OF),
    ("ru", "HALF", _VERB + r"\sпол(?:\s(?:позиции|позы|объема|объёма))?"),
    # One person's stop hit, "меня" with no "у": "меня выбило", "меня тоже выбило".
    ("ru", "SL", r"(?:меня|мене)\s(?:тоже\s|тож\s)?(?:выбило|вибило|вынесло|стопнуло)"),
)
