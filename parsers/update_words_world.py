"""The words of follow-up posts in scripts other than ASCII that are looked for only in a post
that is not ASCII (most posts are: they never pay for these): a stop hit in Cyrillic, Vietnamese,
Persian, Arabic, Japanese, Korean and Hindi, and the words of a close there. parsers/updates.py
and parsers/close_share.py read them beside parsers/update_words.py's."""

from __future__ import annotations

import re

# A stop hit (beside update_words.SL_HIT): "Позицию по #DYDX - закрыло по стоп-лоссу", "позиция закрыта по стопу"
# (the stop was hit); "Остаток по #LIT ушел в б/у" (the rest went out at breakeven, its stop
# moved there); Vietnamese, Persian, Arabic, Japanese, Korean and Hindi below.
SL_HIT_WORLD = re.compile(
    # "Словили стоп", "поймали стоп": caught the stop.
    r"(?:слови|пойма)ли\s(?:стоп\w{0,3}|sl)(?!\w)|закр\w{0,6}\s(?:по|на)\s(?:стоп\w{0,3}(?:[\s-]?лосс\w{0,2})?|sl)(?!\w)"
    r"|ушл?[её]?\w{0,2}\sв\s(?:б/у|бу|безубыт\w{0,3})(?!\w)"
    # Russian and Ukrainian trader slang (glossaries: bitkogan.com "Словарь биржевого сленга"
    # ("сработал стоп-лосс ... залосились"), gerchikco-trading.com "Путеводитель по трейдерскому
    # сленгу", gate.tv/uk crypto-wiki on TP/SL): "сработал стоп", "стоп-лосс сработал", "вибило по
    # стопу" (uk), "выбило в ноль / в бу" (the stop, moved to the entry, was hit).
    r"|(?:сработа|спрацюва)\w{0,3}\s(?:наш\s)?стоп\w{0,3}(?:[\s-]?лос\w{0,3})?(?!\w)"
    r"|стоп[\s-]?лос\w{0,3}\s(?:сработа|спрацюва)\w{0,3}(?!\w)"
    r"|(?:вибил|выбил)\w{0,2}\s(?:по\s)?стоп\w{0,3}(?:[\s-]?лос\w{0,3})?(?!\w)"
    r"|(?:вибил|выбил)\w{0,2}\sв\s(?:ноль|0|б/у|бу|безубыт\w{0,3}|беззбит\w{0,3})(?!\w)"
    r"|залоси\w{1,4}(?!\w)"
    # Cornix's Russian auto-post "#BTC/USDT Стоп-лосс ⛔️ / Убыток: 33.3% 📉" (its English
    # "Stoploss ⛔️ / Loss: ..."): the stop-loss with a stop sign, no level after it.
    r"|стоп[\s-]?лосс?\s?[⛔❌🛑🔴](?![^\w]{0,6}[0-9])"
    # The same with the sign first and the loss under it: "❌ Стоп-лосс / Убыток: -15%".
    r"|(?<=[⛔❌🛑])\ufe0f?\s?стоп[\s-]?лосс?[^\w\n]*\n[^\w\n]*убыток(?!\w)"
    # "Dính SL", "Chạm cắt lỗ" (vi): the stop was touched.
    # (From the letter after the first, rare in text: re skips straight to each "í", "ạ".)
    r"|(?:ính(?<=dính)(?<!\wdính)|ạm(?<=chạm)(?<!\wchạm))\s(?:sl|stop(?:[\s-]?loss)?|cắt\slỗ)(?!\w)"
    # "استاپ خورد", "حد ضرر فعال شد" (fa), "ضرب الستوب", "تم ضرب وقف الخسارة" (ar).
    r"|(?:استاپ|حد\s?ضرر)\s(?:خورد|فعال\sشد)|(?:ضرب|تفعيل)\s(?:ال)?(?:ستوب|وقف\s?(?:ال)?خسارة)"
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
    # Russian and Ukrainian slang (same glossaries as SL_HIT_WORLD): "#SOL фикс", "фиксим",
    # "фикс 30%" ending the reply (a noun elsewhere: "фикс прибыли +35%" reports a gain),
    # "закрываемся" (reflexive: we close ourselves out), "закриваємо", "закрив",
    # "фіксуємо прибуток", "виходимо з угоди" (uk).
    r"|фикс(?<!\wфикс)(?:им)?(?=[^\w\n]*$|\s[0-9]{1,3}\s?%[^\w\n]*$)"
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
