"""The words of follow-up posts in scripts other than ASCII that are looked for only in a post
that is not ASCII (most posts are: they never pay for these): a stop hit in Cyrillic, Vietnamese,
Persian, Arabic, Japanese, Korean and Hindi, and the words of a close there. parsers/updates.py
and parsers/close_share.py read them beside parsers/update_words.py's."""

from __future__ import annotations

import re
from typing import Final

from parsers.ru_grammar import (
    CUT_VERB,
    DUMP_VERB,
    EXIT_OBJECT,
    EXIT_VERB,
    SLASH_SHARE,
    TAKE_VERB,
)

# A stop hit (beside update_words.SL_HIT): "Позицию по #DYDX - закрыло по стоп-лоссу", "позиция закрыта по стопу"
# (the stop was hit); "Остаток по #LIT ушел в б/у" (the rest went out at breakeven, its stop
# moved there); Vietnamese, Persian, Arabic, Japanese, Korean and Hindi below.
SL_HIT_WORLD = re.compile(
    # "Словили стоп", "поймали стоп": caught the stop.
    r"(?:слови|пойма)ли\s(?:стоп\w{0,3}|sl|сл)(?!\w)"
    r"|(?:слови|пойма)(?:л|ла)\s(?:стоп(?:[\s-]?лосс?)?|sl)(?!\w)|закр\w{0,6}\s(?:по|на)\s(?:стоп\w{0,3}(?:[\s-]?лосс\w{0,2})?|sl)(?!\w)"
    r"|ушл?[её]?\w{0,2}\sв\s(?:б/у|бу|безубыт\w{0,3})(?!\w)"
    # Russian and Ukrainian trader slang (glossaries: bitkogan.com "Словарь биржевого сленга"
    # ("сработал стоп-лосс ... залосились"), gerchikco-trading.com "Путеводитель по трейдерскому
    # сленгу", gate.tv/uk crypto-wiki on TP/SL): "сработал стоп", "стоп-лосс сработал", "вибило по
    # стопу" (uk), "выбило в ноль / в бу" (the stop, moved to the entry, was hit).
    r"|(?:сработа|спрацюва)\w{0,3}\s(?:наш\s)?(?:стоп\w{0,3}(?:[\s-]?лос\w{0,3})?|сл)(?!\w)"
    r"|стоп[\s-]?лос\w{0,3}\s(?:сработа|спрацюва)\w{0,3}(?!\w)"
    r"|стоп\s(?:спрацюва)\w{0,3}(?!\w)"  # "стоп спрацював" (uk; i13-ru21)
    # (Not the market's or many traders' stops: "Маркетмейкер выбил стопы", "Многих выбило по
    # стопам"; i13-ru31.)
    r"|(?<!многих\s)(?<!многие\s)(?:вибил|выбил)\w{0,2}\s(?:по\s)?(?!стоп(?:ы|ам|ов)(?!\w))"
    r"(?:стоп\w{0,3}(?:[\s-]?лос\w{0,3})?|сл)(?!\w)"
    r"|(?:вибил|выбил)\w{0,2}\sв\s(?:ноль|0|б/у|бу|безубыт\w{0,3}|беззбит\w{0,3}|минус)(?!\w)"
    # "К сожалению, нас выбило. Рынок ...", "позицию выбило": us, our position (i13-ru31).
    r"|(?<!\w)(?:нас|позицию|сделку|нас\sтоже)\sвыбило(?!\w)|выбило(?<!\wвыбило)\sнас(?!\w)"
    # (i13-ru20) Out by the stop, said in more slang: "ушли по стопу", "вынесло по стопу",
    # "минус по стопу", "сделка ушла в стоп", "улетели в стоп", "стоп словили", "стоп выбит"
    # (one stop, ours: "стопы лонгистов выбило" is the market's; not "стоп-зона").
    r"|(?:ушл\w{0,2}|ушел|ушёл|вынесл\w|минус|убыт\w{0,3})\sпо\sстоп\w{0,3}(?:[\s-]?лос\w{0,3})?(?!\w)"
    # (Not others' trades: "многие ушли в стоп", "лонгисты улетели в стоп".)
    r"|(?<!многие\s)(?<!лонгисты\s)(?<!шортисты\s)(?<!толпа\s)(?<!люди\s)(?<!трейдеры\s)"
    r"(?:ушл\w{0,2}|ушел|ушёл|улетел\w{0,2})\sв\sстоп(?:[\s-]?лосс?)?(?![\w-])"
    r"|стоп(?:[\s-]?лосс?)?\s(?:слови|пойма|задел|зацепил)\w{0,2}(?!\w)"
    r"|стоп(?:[\s-]?лосс?)?\sвыбит\w{0,2}(?!\w)"
    # The stop at the entry hit, its place said: "Стоп в бу сработал", "стоп в бу выбило" (a
    # break-even stop hit, "保本被打了"; i13-ru32: read as the stop moved there).
    r"|стоп(?:[\s-]?лосс?)?\s(?:в|на|у)\s(?:бу|б/у|безубыт\w{0,3}|беззбит\w{0,3}|вход\w?|вхід"
    r"|точк\w\sвхода)\s(?:сработал"
    r"|выбил|выбит|сбил|задел|зацепил|вынесл|словил|поймал|спрацюва|вибил)\w{0,2}(?!\w)"
    # ... or its stop sign, its nil result after it: "Стоп в бу 🛑", "стоп в бу (0R)".
    r"|стоп(?:[\s-]?лосс?)?\s(?:в|на|у)\s(?:бу|б/у|безубыт\w{0,3}|беззбит\w{0,3})\s?(?:[🛑⛔]"
    r"|\(?[+-]?0(?:[.,]0{1,2})?\s?(?:r|р|%)\)?(?!\w))"
    # The stop's level between it and its verb: "стоп 2350 сработал", "стоп на 2350 выбит" (i13-ru23).
    r"|стоп(?:[\s-]?лосс?)?\s(?:по\s|на\s)?\$?[0-9][0-9.,]*\$?\s(?:сработал|выбит|исполнен)\w{0,2}(?!\w)"
    r"|залоси\w{1,4}(?!\w)"
    # Cornix's Russian auto-post "#BTC/USDT Стоп-лосс ⛔️ / Убыток: 33.3% 📉" (its English
    # "Stoploss ⛔️ / Loss: ..."): the stop-loss with a stop sign, no level after it.
    r"|стоп[\s-]?лосс?\s?[⛔❌🛑🔴](?![^\w]{0,6}[0-9])"
    # (A loss after the sign is no level: "Стоп-лосс 🛑 -15%", i13-ru20.)
    r"|(?:стоп[\s-]?лосс?|сл)\s?[⛔❌🛑🔴🚫]\ufe0f?\s?[-−]\s?[0-9]{1,3}(?:[.,][0-9]{1,2})?\s?%"
    # The same with the sign first and the loss under it: "❌ Стоп-лосс / Убыток: -15%".
    r"|(?<=[⛔❌🛑])\ufe0f?\s?стоп[\s-]?лосс?[^\w\n]*\n[^\w\n]*убыток(?!\w)"
    # (i13-ru20) The same with a bare "Стоп" or the no-entry sign, the loss under it as a word
    # or a negative percent: "❌ Стоп / -3.5%", "🚫 Стоп-лосс / Убыток: 12%".
    r"|(?<=[⛔❌🛑🚫])\ufe0f?\s?стоп(?:[\s-]?лосс?)?[^\w\n]*\n[^\w\n]*"
    r"(?:убыток|минус|-\s?[0-9]{1,3}(?:[.,][0-9]{1,2})?\s?%)"
    # "Dính SL", "Chạm cắt lỗ" (vi): the stop was touched.
    # (From the letter after the first, rare in text: re skips straight to each "í", "ạ".)
    r"|(?:ính(?<=dính)(?<!\wdính)|ạm(?<=chạm)(?<!\wchạm))\s(?:sl|stop(?:[\s-]?loss)?|cắt\slỗ)(?!\w)"
    # "استاپ خورد", "حد ضرر فعال شد" (fa), "ضرب الستوب", "تم ضرب وقف الخسارة" (ar); the stop in
    # its other spellings after "ضرب" (hit): "الاستوب", "الإستوب", "الاسطوب", "ستوبلوس" (the English
    # word joined), "الوقف" (the stop, "وقف" short for "وقف الخسارة"), "SL" in Latin (i13-status34).
    r"|(?:استاپ|حد\s?ضرر)\s(?:خورد|فعال\sشد)|(?:ضرب|تفعيل)\s(?:ال)?(?:ستوب|وقف\s?(?:ال)?خسارة)(?!\w)"
    # (Not "لم يضرب", "ما ضرب": not hit; "وقف" alone only ending its line: "ضرب وقف الشراء".)
    r"|ضرب(?<!\wضرب)(?<!لم\sضرب)(?<!ما\sضرب)\s(?:ال)?(?:[اإ]?(?:ستوب|سطوب)(?:\s?(?:لوس|لوز))?"
    r"|وقف(?![^\S\n]*\w)|sl|stop(?:\s?loss)?)(?!\w)"
    # (i13-ru20) "الصفقة ضربت الستوب" (it hit the stop), "تفعل وقف الخسارة" (the stop fired),
    # "خرجنا بوقف الخسارة" (we went out by the stop loss), "الستوب ضرب" (the stop was hit).
    r"|(?:ضربت|تفعل)\s(?:ال)?(?:ستوب|وقف\s?(?:ال)?خسارة)|خرجنا\sب(?:ال)?(?:ستوب|وقف\s?(?:ال)?خسارة)"
    r"|(?:الستوب|وقف\s(?:ال)?خسارة)\s(?:ضرب|تفعل)(?!\w)"
    # (i13-upd24) "ضربنا الستوب" (we hit the stop), "لمس الستوب" (the stop touched), "ستوب لوس ❌"
    # (the English word, a stop sign after it, no level), "تم الخروج على الستوب", "إغلاق الصفقة
    # على وقف الخسارة" (out, the trade closed, at the stop).
    r"|(?:ضربنا|لمس|لمسنا)\s(?:ال)?(?:ستوب|وقف\s?(?:ال)?خسارة)(?!\w)"
    r"|(?:ال)?ستوب\s?(?:لوس|لوز)\s?[⛔❌🛑🔴](?![^\w]{0,6}[0-9])"
    r"|(?:[إا]غلاق|الخروج)\s(?:(?:ال)?صفقة\s)?(?:على|عند|ب)\s?(?:ال)?(?:ستوب|وقف\s?(?:ال)?خسارة)(?!\w)"
    # "損切りヒット" (損 is folded to 损), "손절 완료", "손절 처리", "स्टॉप लॉस हिट".
    r"|损切り?\s?(?:ヒット|されました|執行)|손절\s?(?:완료|처리)|स्टॉप\s?लॉस\s?हिट"
)


# More words of a close, in scripts other than ASCII: looked for only in a post that is not ASCII
# (parsers/close_share.py), so most posts never pay for them.
CLOSE_WORLD = re.compile(
    # (Each alternative starts with its literal, its word start checked after it.)
    r"ốt(?<=chốt)(?<!\wchốt)(?=\s[0-9]{1,3}\s?%)"  # "Chốt 50% lệnh": take 50% (vi)
    r"|выход(?<!\wвыход)\w{0,3}(?=\sиз\s(?:сделк|позици))"  # "Выходим из сделки": we exit
    # "Выхожу из шорта", "вышел из всех позиций" (i13-ru19; not "выйду": a plan).
    r"|выхож(?<!\wвыхож)у(?=\sиз\s(?:сделк|позици|шорт|лонг|всех))"
    r"|выш(?<!\wвыш)(?:ел|ла|ли)(?=\sиз\s(?:сделк|позици|шорт|лонг|всех))"
    # "#LINK сетап сломан, выходим.": "we exit" ending its sentence.
    r"|выходим(?<!\wвыходим)(?=[.!…]*[^\w\n]*(?:\n|$))"
    # ("Не вижу смысла держать, выхожу.", "Выходите!", "Закрывайтесь": the same, said of oneself
    # or to the readers; i13-ru31.)
    r"|(?:выхожу|выходите|закрывайтесь|виходьте)(?<!\wвыхожу)(?<!\wвыходите)(?<!\wзакрывайтесь)"
    r"(?<!\wвиходьте)(?=[.!…]*[^\w\n]*(?:\n|$))"
    # (i13-ru20) "выходим по текущим", "выхожу по рынку": out now, at the market; a share
    # dumped ("скинул половину", "скидываем 30%"); the position cut by a share ("сократил
    # позицию на 50%", "уменьшаем позицию на 30%"; not the future "скину": a plan).
    r"|вых(?<!\wвых)о(?:дим|жу)(?=\sпо\s(?:текущ|рынк))"
    # (i13-ru21) The exit as a noun, "выход по рынку", "выход в ноль" (out now, at the market or
    # the entry), and the exit reported at a price or the entry: "вышли по 3420", "вышли в бу".
    r"|выход(?<!\wвыход)(?=\sпо\s(?:текущ|рынк)|\sв\s(?:ноль|бу(?!\w)|б/у|безубыт))"
    r"|выш(?<!\wвыш)(?:ел|ла|ли)(?=\sпо\s(?:текущ|рынк|[0-9])|\sв\s(?:ноль|бу(?!\w)|б/у|безубыт))"
    r"|ски(?<!\wски)(?:нул\w{0,2}|дыва(?:ем|ю))(?=\s(?:ещ[её]\s)?(?:половин|треть|четверть|част|(?:100|[1-9][0-9]?)(?![0-9])\s?%))"
    # (i13-ru22) Out of the trade in every form of the verb ("выйти из позиции", "выходите из
    # лонга", "вышли из всей позиции"), and "cut" in both aspects ("сокращаем", "сократили").
    r"|(?<!\w)(?:" + EXIT_VERB + r")(?=\sиз\s" + EXIT_OBJECT + r"(?!\w))"
    # ... and a share dumped in every form of the verb ("сбрасываем треть", "скиньте 1/2") or
    # taken now ("забираем 50%", "заберите половину").
    r"|(?<!\w)(?:"
    + DUMP_VERB
    + "|"
    + TAKE_VERB
    + r")(?=\s(?:ещ[её]\s)?(?:половин|треть|четверть|част|"
    + SLASH_SHARE
    + r"|(?:100|[1-9][0-9]?)(?![0-9])\s?%))"
    + r"|(?<!\w)(?:"
    + CUT_VERB
    + r")(?=\s(?:позици\w{0,2}|позу)\s(?:на\s)?"
    r"(?:(?:100|[1-9][0-9]?)(?![0-9])\s?%|половин|треть|четверть))"
    r"|(?:сократ|уменьш)(?<!\wсократ)(?<!\wуменьш)\w{1,5}(?=\s(?:позици\w{0,2}|позу)\s(?:на\s)?"
    r"(?:(?:100|[1-9][0-9]?)(?![0-9])\s?%|половин|треть|четверть))"
    # Russian and Ukrainian slang (same glossaries as SL_HIT_WORLD): "#SOL фикс", "фиксим",
    # "фикс 30%" ending the reply (a noun elsewhere: "фикс прибыли +35%" reports a gain),
    # "закрываемся" (reflexive: we close ourselves out), "закриваємо", "закрив",
    # "фіксуємо прибуток", "виходимо з угоди" (uk).
    # (i13-ru22) "Tp1 50% фикс, стоп в бу": the share before "фикс", the stop after it.
    r"|фикс(?<=%\sфикс)(?=[^\w\n]*(?:и\s)?(?:стоп|сл(?!\w)|sl(?!\w)))"
    r"|фикс(?<!\wфикс)(?:им)?(?=[^\w\n]*$|\s[0-9]{1,3}\s?%[^\w\n]*$"
    # ("Фикс 50% + стоп в бу", "фикс половины, СЛ в БУ": the share, then the stop; i13-ru20.)
    r"|\s(?:[0-9]{1,3}\s?%|половин\w{0,2}|треть|част\w{0,2})(?:\s(?:позици\w{0,2}|объ[её]ма))?"
    r"[^\w\n]*(?:и\s)?(?:стоп|сл(?!\w)|sl(?!\w)))"
    r"|закр(?<!\wзакр)[ыи]ва\w{1,4}ся(?!\w)"
    r"|закри(?<!\wзакри)(?:ва\w{0,4}|в|ли|ла|йте|ваю)(?!\w)"
    r"|(?:за)?фіксу(?<!\wфіксу)(?<!\wзафіксу)\w{0,4}"
    r"|вихо(?<!\wвихо)д\w{0,3}(?=\sз\s(?:угод|позиц))"
    r"|बंद(?<!\wबंद)\sकर(?:ें|ो|ते)"  # "पोजीशन बंद करें": close the position (hi)
    # "أغلقوا الصفقة", "إغلاق الصفقة" (not a bare "اغلاق": a candle's close in a stop).
    r"|[أا]غلق(?:وا|نا)(?!\w)|[إا]غلاق\sالصفقة"
    # "ポジション決済" (ja), "포지션 종료", "포지션 30% 종료" (ko).
    r"|決済|决済|포지션\s?종료|종료(?<=%\s종료)|종료(?<=%종료)"
)


# (i13-ru20) A close at a target, reported: "закрылись по тейку", "сделка закрыта по второй
# цели", "закрыл по тп2" - the target reached (as "закрыто по стопу" is the stop hit), matched
# right after the close word (parsers/update_kind.py).
TP_CLOSED_WORLD = re.compile(
    r"\s(?:в\s(?:плюс|профит\w{0,2}|прибыл\w{0,2})\s)?(?:по|на)\s"
    r"(?:(?:перв|втор|трет|четв[её]рт|пят|последн)\w{0,3}\s|[0-9]-?\w{0,2}\s)?"
    r"(?:тейк(?:[\s-]?профит)?\w{0,2}|цел[иьяю]\w{0,2}|тп|tp)(?:\s?[0-9])?(?!\w)"
)


# (i13-ru21) A target named as what was closed: "закрыли первый тейк", "закрылась первая цель",
# "первая цель закрыта", "тейк 2 закрыт", "закрыли тп1": the target taken (as "закрыли по
# тейку"), never the whole position closed. Right after the close word, or right before it.
_TARGET_NAMED: Final = (
    # ("закрыли все цели": every target taken, a report; i13-fu24: read as a close.)
    r"(?:вс[еи]\s)?"
    r"(?:(?:перв|втор|трет|четв[её]рт|пят|последн|финальн|перш|друг|останн)\w{0,3}\s|[0-9]-?\w{0,2}\s)?"
    r"(?:тейк(?:[\s-]?профит)?\w{0,2}|цел[иьяю]\w{0,2}|ціл\w{0,2}|тп|tp)(?:\s?№?\s?[0-9])?"
)
_TARGET_CLOSED_AFTER = re.compile(r"\s" + _TARGET_NAMED + r"(?!\w)")
_TARGET_CLOSED_BEFORE = re.compile(r"(?<!\w)" + _TARGET_NAMED + r"\s(?:уже\s)?$")


def target_closed(low: str, start: int, end: int) -> bool:
    """A target named as what the close word at start:end closed ("закрыли первый тейк", "первая
    цель закрыта"), and no other close word after it ("..., закрываем сделку полностью")."""
    if low.isascii():
        return False
    after = _TARGET_CLOSED_AFTER.match(low, end)
    if after is None and _TARGET_CLOSED_BEFORE.search(low, max(0, start - 32), start) is None:
        return False
    rest = low[after.end() if after else end :]
    return "закр" not in rest and "выход" not in rest and "фикс" not in rest
