"""More Russian and Arabic rows of the short-reply lexicon (parsers/followup_lexicon.py reads them
right after followup_rows_ru.py's; branch i13-ru20). A row is (language, kind, the words of the
reply's line in full), as followup_lexicon.ROWS.

The words are Russian trader slang and its grammar (a verb in its perfective and imperfective
forms, 1st person, plural and impersonal: "сработал/сработало", "тейкнуло", "словили"), as the
glossaries cited in parsers/update_words_world.py give them (bitkogan.com's "Словарь биржевого
сленга", gerchikco-trading.com's "Путеводитель по трейдерскому сленгу", instaforex's
"Трейдерский сленг": "поза" the position, "лось"/"лосс" a loss) and the dev corpus's Russian
channels write them; no held-out message was read. Each row says one thing: a reply of these
words and a coin, a gain or emoji at most.
"""

from __future__ import annotations

from typing import Final

from parsers.followup_parts import SHARE

# A target by its ordinal or number, as followup_rows_ru._RU_TARGET, with "тейк-профит" whole.
_ORD: Final = (
    r"(?:(?:перв|втор|трет|четв[её]рт|пят|последн|финальн)\w{0,3}|[0-9](?:-?(?:й|ый|ой|ий|я|ая))?)"
)
_TARGET: Final = (
    r"(?:(?:"
    + _ORD
    + r"\s)?(?:цел\w{0,2}|тейк(?:[\s-]?профит)?\w{0,2}|тп|тр(?=\s?[0-9]))(?:\s?(?:№|#)?\s?[0-9])?)"
)
# The verbs of a target reached in trader slang ("сработал", "словили", "поймали", "тейкнуло").
_FIRED: Final = r"(?:сработал\w{0,2}|отработал\w{0,2}|словил\w{0,2}|поймал\w{0,2})"
# Where a stop goes when it goes to the entry, with the entry's own nouns ("точка/цена/уровень
# входа"): "на точке входа" (where it stands), "на точку входа" (where it goes).
_ENTRY: Final = (
    r"(?:(?:на|в)\s(?:бу|б/у|безубыт\w{0,3}|ноль|0|(?:точк\w{1,2}\s|цен\w{1,2}\s|уров\w{2,4}\s)?вход\w{0,2})"
    r"|к\sточке\sвхода)"
)
_STOP: Final = r"(?:стоп\w{0,3}(?:[\s-]?лос\w{0,3})?|sl|сл)"

RU20_ROWS: Final[tuple[tuple[str, str, str], ...]] = (
    # A target fired or caught: "сработал первый тейк", "тейк сработал", "первый тейк словили",
    # "поймали тейк", "есть первая цель", "есть тейк", "тейкнуло" (slang: the take-profit hit).
    ("ru", "TP", _FIRED + r"\s" + _TARGET + r"|" + _TARGET + r"\s" + _FIRED),
    (
        "ru",
        "TP",
        r"есть\s" + _TARGET + r"|тейкнул\w{0,4}|(?:тейк[\s-]?профит|тп)\s(?:взят\w{0,2}|есть)"
        r"|выбило\sпо\s" + _TARGET,
    ),
    # A target named alone with what became of it ("1-ый тейк ✅", "ТР1 взят": "TP1" in Cyrillic
    # letters, "финальная цель взята", "все тейки отработаны").
    (
        "ru",
        "TP",
        _TARGET + r"(?:\s(?:взят\w{0,2}|есть|достигнут\w{0,2}|выполнен\w{0,2}))?"
        r"|все\s(?:цели|тейки|тейк-профиты)\s(?:отработан\w{0,2}|взят\w{0,2}|закрыт\w{0,2}|сработал\w{0,2})",
    ),
    # The stop-loss's Russian initials alone ("СЛ ❌"): the stop hit, as "Стоп ❌".
    ("ru", "SL", r"сл"),
    # A close in one word or a noun: "фикс +15%" (the gain, not a share), "фиксанул", "полная
    # фиксация", "полное закрытие".
    (
        "ru",
        "CLOSE",
        r"фикс(?:им|анул\w{0,2})?(?=[^\w\n]*[+\-−])|фиксанул\w{0,2}|полн\w{2}\s(?:фиксаци\w|закрыти\w)",
    ),
    # The price came to a target ("цена дошла до первой цели", "монета дошла до второй цели").
    (
        "ru",
        "TP",
        r"(?:цена|монета|актив|сделка)\s(?:дошл\w|дош[её]л|пришл\w|достигл\w{0,2})\s(?:до\s|к\s|ко\s)?"
        + _TARGET,
    ),
    # The stop where the entry is, said as a state or a move with the position as its object:
    # "стоп на входе", "стоп теперь на точке входа", "переводим сделку в безубыток",
    # "подтянул стоп к точке входа", "сделка без риска".
    ("ru", "BE", _STOP + r"\s(?:теперь\s|уже\s)?" + _ENTRY),
    (
        "ru",
        "BE",
        r"(?:перев[её]л\w{0,2}|перевож\w|перевод\w{0,3}|подтянул\w{0,2}|подтяги\w{0,4}|передвинул\w{0,2})"
        r"\s(?:(?:сделк\w|позици\w|позу)\s|" + _STOP + r"\s)" + _ENTRY,
    ),
    # A stop hit said in a sigh or in slang: "увы, стоп", "к сожалению, стоп", "стоп словили",
    # "позицию выбило", "ушли в стоп", "задело стоп", "стоп выбит", "отстопило".
    (
        "ru",
        "SL",
        r"(?:увы|к\sсожалению)[,.!]?\s"
        + _STOP
        + r"|"
        + _STOP
        + r"\s(?:слови|пойма|задел|зацепил)\w{0,2}|(?:задел|зацепил)\w{0,2}\s"
        + _STOP
        + r"|(?:позици\w|сделк\w|нас)\sвыбило|выбило\s(?:позици\w|сделк\w|нас)"
        r"|(?:ушл\w|ушел|ушёл|улетел\w{0,2})\sв\s" + _STOP + r"|" + _STOP + r"\sвыбит\w{0,2}"
        r"|отстопил\w{0,2}|стопанул\w{0,2}",
    ),
    # A share taken in words: "снимаем часть прибыли", "забрал часть прибыли", "фиксация 50%",
    # "частичная фиксация прибыли", "сокращаем позицию вдвое", "уменьшаю позицию на половину".
    (
        "ru",
        "PART",
        r"(?:сним\w{1,3}|снял\w{0,2}|забира\w{1,3}|забрал\w{0,2}|фиксаци\w)\s"
        + SHARE
        + r"(?:\s(?:прибыл\w|профит\w{0,2}|позици\w{0,2}|объ[её]ма))?"
        r"|частичн\w{0,3}\s(?:фиксаци\w{0,2}|закрыти\w{0,2}|фикс)\s(?:прибыл\w|профит\w{0,2}|позици\w)",
    ),
    (
        "ru",
        "HALF",
        r"(?:сокра\w{1,5}|уменьш\w{1,5}|порезал\w{0,2}|режем)\s(?:позици\w{0,2}|позу)\s(?:вдвое|наполовину|на\sполовину)",
    ),
    # Out at the entry, now: "выхожу в ноль", "выходим в безубыток" (as followup_rows_more's "вышел
    # в ноль").
    ("ru", "CLOSE", r"(?:выхож\w|выходим)\sв\s(?:ноль|безубыток|бу|б/у)"),
    # The entry called off: "не входим", "не заходим", "отбой (по сделке)".
    ("ru", "CANCEL", r"(?:пока\s)?не\s(?:входим|заходим)|отбой(?:\sпо\sсделке)?"),
    # ar: the target reached said with "تم" and no ordinal ("تم تحقيق الهدف"), reached to the
    # target ("تم الوصول للهدف الأول"), the target done ("الهدف الثاني تم"); a partial close in
    # words ("إغلاق جزئي", "إغلاق جزئي 50%").
    (
        "ar",
        "TP",
        r"تم\s(?:تحقيق\s(?:ال)?|الوصول\s(?:[إا]لى\sال|لل))هدف(?:\s(?:ال[أا]ول|الثاني|الثالث|الرابع|الخامس|[0-9]))?"
        r"|(?:ال)?هدف\s(?:ال[أا]ول|الثاني|الثالث|الرابع|الخامس|[0-9])\sتم",
    ),
    ("ar", "PART", r"[إا]غلاق\sجزئي(?:\s" + SHARE + r")?"),
    # ar: a share of the trade closed ("إغلاق 50% من الصفقة"), half of the profit taken ("جني نصف
    # الأرباح"); a target reached ("وصلنا الهدف الأول", "تم ضرب الهدف الأول"), congratulated
    # ("مبروك الهدف الأول") or its profit reported ("أرباح الهدف الأول 20%"); all reached with
    # "تم" ("تم تحقيق جميع الأهداف"); the stop hit said alone ("ستوب ❌", "وقف الخسارة ❌").
    (
        "ar",
        "PART",
        r"[إا]غلاق\s" + SHARE + r"\sمن\s(?:الصفقة|الكمية|المركز)|جني\sنصف\s(?:ال)?[أا]رباح",
    ),
    (
        "ar",
        "TP",
        r"(?:مبروك\s|[أا]رباح\s)?(?:(?:وصلنا|وصل|تم\sضرب|تم\sتحقيق|تحقيق)\s(?:[إا]لى\s|ل)?)?(?:ال)?هدف\s"
        r"(?:ال[أا]ول|الثاني|الثالث|الرابع|الخامس|[0-9])|تم\sتحقيق\s(?:جميع|كل)\s(?:ال)?[أا]هداف",
    ),
    ("ar", "SL", r"(?:ال)?ستوب|وقف\s(?:ال)?خسارة"),
)
