"""Short follow-up replies, by language: a lexicon of what channels post under a signal when the
phrase tables (parsers/update_words.py, update_words_world.py) and the forms built from parts
(parsers/followup_forms.py) find nothing: "#BTC скинули половину", "в БУ", "ETH 吃肉",
"chốt lời TP1", "SOL stopado", "SL ke BEP", "BTC کنسل".

A row is a language, what the reply asks (or reports), and the words of its body. A reply is read
here only when it is short (at most three lines with text) and one of its lines is, in full, a
row's words with at most the coin (#BTC, BTC/USDT, "по BTC", an upper-case BTC), a filler word
("уже", "now", "ngay"), a signed gain ("+25%") and emoji or punctuation around them; every other
line holds only the coin, emoji or a signature. A question mark anywhere, a negation, a date, a
condition or any other word leaves the reply unread here: the same words in chatter, a question,
a story or a past report ("вчера скинули половину") ask for nothing.

| kind | what | reading |
|---|---|---|
| TP | a target reached, profit taken, a gain reported ("吃肉", "翻倍了", "chốt lời TP1", "kar aldık") | TP_HIT (informs only; its number from the reply) |
| SL | the stop was hit ("выбило", "打止损", "stopado", "SL lag gaya") | SL_HIT |
| BE | the stop to the entry ("в БУ", "BE ✅", "SL ke BEP", "stop no 0x0", "SL cost to cost") | MOVE_SL to the entry |
| CLOSE | close it all now ("выходим", "清仓", "encerrar", "nikal jao") | CLOSE |
| PART | close a share ("скинули половину", "平一半", "realizar 50%", "amankan 30%") | CLOSE_PARTIAL with its share (none said: read, and refused by the engine) |
| CANCEL | the entry is off ("убираем лимитку", "作废", "کنسل", "anulado") | CANCEL |
| NONE | a re-entry ("перезаход", "re-entry", "reentrada"): a new entry needs its levels, nothing of the trade to do | no reading |

Sources of the words (public glossaries, found with the search tool; no reply copied into a row):
Russian and Ukrainian traders' slang as cited in parsers/update_words_world.py (bitkogan.com's
"Словарь биржевого сленга": "залоситься", "уйти в минус"; gerchikco-trading.com's guide) and
finbazar.ru's "Словарь сленговых выражений на рынке" ("лось": a loss, "зарезать лося": close at
a loss); the Chinese crypto glossaries on Binance Square (zh-TC, post 31969860928225: 減倉, 清倉,
空倉), weierli.com and haiyan.top (止盈, 止损, 清仓, 割肉: sold at a loss); the Portuguese
"stopado" (auditorioibirapuera.com.br, "O que é o stop programado": the trader "foi stopado");
the Indonesian break-even stop (didimax.co.id "Apa Itu Breakeven Stop?": "memindahkan stop loss
ke level harga masuk"; forexzig.com: "Break-Even Point (BEP)"); and the words the dev corpus's
channels of these languages use (Chinese "吃肉" / "翻倍" replies, Persian "سیو سود" and "ریسک
فری", Russian "в б/у").
"""

from __future__ import annotations

import re
from typing import Final

from parsers import head_coins
from parsers.close_share import fraction_of
from parsers.followup_forms import event_kind
from parsers.followup_rows_more import ASCII_HINT, MORE_ROWS
from parsers.models import UpdateKind
from parsers.update_words import FRACTION

# A target named with its number, as the rows write it after a verb ("chốt lời TP1", "ăn TP2").
_T: Final = r"(?:tp|t|target|тейк|тп|цель|hedef|mục\stiêu|objetivo|alvo|تارگت|هدف)\s?[0-9]"
# A share of the position: half, a percent, a third, a quarter, a part (FRACTION reads it).
_SHARE: Final = (
    r"(?:половин\w{0,2}|полов\w{0,3}|треть|четверть|част\w{0,2}|[0-9]{1,3}\s?%|%\s?[0-9]{1,3}"
    r"|[0-9]{1,3}\s?(?:درصد|процент\w{0,2}|persen|phần\străm|por\sciento|por\scento)"
    r"|1/2|1/3|1/4|half|mitad|metade|yarı\w{0,4}|setengah|separuh|một\snửa|nửa|نصف|一半)"
)
# The stop's own word in the languages of the rows.
_SL: Final = (
    r"(?:sl|s/l|stop(?:[\s-]?loss)?|stoploss|стоп\w{0,3}(?:[\s-]?лос\w{0,3})?|استاپ|الستوب|ستوب)"
)
# Where a stop goes when it goes to the entry.
_BE: Final = (
    r"(?:бу|б/у|безубыт\w{0,3}|беззбит\w{0,3}|be|bep|breakeven|break[\s-]even|entry|entrada"
    r"|giriş\w{0,3}|maliyet\w{0,3}|0\s?x\s?0|zero\sa\szero|cost(?:\sto\scost)?|hòa\svốn|giá\svào"
    r"|نقطه\sورود|ورود|الدخول|نقطة\sالدخول|保本|成本价?|开仓价)"
)

# Russian and Ukrainian: a target by its number or ordinal, the verbs of reaching it and the
# words saying it is done.
_RU_TARGET: Final = (
    r"(?:(?:(?:(?:перв|втор|трет|четв[её]рт|пят|перш|друг|пʼят|п'ят|последн|останн)\w{0,3}|[0-9]-?[яйю]?)\s)?"
    r"(?:цел\w{0,2}|тейк\w{0,2}|тэйк\w{0,2}|ціл\w{0,2}|тп)(?:\s?[0-9])?|все\s(?:цели|тейки|цілі))"
)
_RU_REACH: Final = (
    r"(?:(?:пришл\w|дошл\w|дош[её]л|достигл\w{0,2}|взял\w{0,2}|забрал\w{0,2}|дійшл\w|досягл\w)"
    r"\s(?:к\s|ко\s|до\s)?)"
)
_RU_DONE: Final = r"(?:есть|взят\w{0,2}|выполнен\w{0,2}|виконан\w{0,2}|готов\w{0,2}|закрыт\w{0,2}|достигнут\w{0,2}|досягнут\w{0,2})"
_PLUS: Final = r"\+\s?[0-9]{1,4}(?:[.,][0-9]{1,2})?\s?%"

ROWS: Final[tuple[tuple[str, str, str], ...]] = (
    # ru / uk
    ("ru", "NONE", r"перезах\w{0,4}|перезайд\w{0,4}|перезайти|перезаход\sпо\sрынку"),
    ("ru", "BE", r"(?:в\s)?(?:бу|б/у|безубыт\w{0,3}|беззбит\w{0,3})"),
    (
        "ru",
        "BE",
        r"(?:(?:перев[её]л\w{0,2}|перевод\w{0,3}|переведи\w{0,2}|став\w{0,3}|закин\w{0,4}"
        r"|двига\w{0,3}|подвин\w{0,4}|подтян\w{0,4})\s)?(?:стоп\w{0,3}\s)?(?:в|на)\s"
        r"(?:бу|б/у|безубыт\w{0,3}|беззбит\w{0,3})",
    ),
    ("ru", "BE", r"стоп\w{0,3}\s(?:в\sноль|на\s(?:точку\s)?вход\w{0,2})"),
    (
        "ru",
        "PART",
        r"(?:скин\w{1,4}|скида\w{1,4}|сброс\w{1,4}|срез\w{1,4}|режем|(?=\S+\sполовин)забра\w{1,4}"
        r"|прода\w{1,4}|продал\w{0,2}|вийшли\sз|вышли\sиз|фикс)\s(?:ещ[её]\s|еще\s)?"
        + _SHARE
        + r"(?:\s(?:позици\w{0,2}|объ[её]ма|обсягу|лота))?|частичн\w{0,3}\s(?:фиксаци\w{0,2}|закрыти\w{0,2}|фикс)",
    ),
    ("ru", "CLOSE", r"(?:выходим|вышли|выхожу|вийшли|виходимо|скидываем\sвс[её]|скинули\sвс[её])"),
    ("ru", "SL", r"выбило|вибило|выбило\sнас|сняло\sпо\sстопу|по\sстопу|сбило\sстоп|снесло\sстоп"),
    (
        "ru",
        "CANCEL",
        r"(?:убира\w{1,3}|убрал\w{0,2}|сним\w{1,3}|снял\w{0,2}|удаля\w{1,3}|удалил\w{0,2})\s(?:лимитк\w|ордер\w{0,2}|заявк\w)",
    ),
    (
        "ru",
        "CANCEL",
        r"(?:лимитк\w|ордер\w{0,2}|заявк\w)\s(?:убира\w{1,3}|убрал\w{0,2}|сним\w{1,3}|снял\w{0,2}|удаля\w{1,3}|удалил\w{0,2})",
    ),
    ("ru", "TP", r"(?:в\s)?(?:профит\w{0,2}|плюсе)|забрали\s(?:профит|прибыль)|тейк"),
    # A target named alone, or with a word of its reaching ("первая цель есть", "пришла к первой
    # цели", "тп1", "перша ціль", "все тейки"); the signal or its idea worked out ("отработал").
    ("ru", "TP", _RU_REACH + r"?" + _RU_TARGET + r"(?:\s" + _RU_DONE + r")?"),
    (
        "ru",
        "TP",
        r"(?:сетап\s|идея\s|сделка\s|сигнал\s|цел[ьи]\s|тейк[иа]?\s)?(?:отработал\w{0,2}|отработан\w{0,2}|отработка)",
    ),
    # A gain said in words ("профит 120%", "120% профита", "монета дала +15%", "поздравляю с
    # профитом"), one more target ("ещё один тейк", "очередной тейк", "тейк №2").
    (
        "ru",
        "TP",
        r"(?:профит|прибыль)\s\+?[0-9]{1,4}(?:[.,][0-9]{1,2})?\s?%|\+?[0-9]{1,4}(?:[.,][0-9]{1,2})?\s?%\s"
        r"(?:профита|прибыли)|(?:монета\s)?дал[аи]?\s\+?[0-9]{1,4}(?:[.,][0-9]{1,2})?\s?%"
        r"|поздравля\w{1,3}\s(?:всех\s)?с\s(?:профит\w{0,2}|прибыл\w{0,2})"
        r"|(?:ещ[её]\sодин|очередн\w{1,2}|ещ[её])\s(?:тейк|цель)|тейк\s№\s?[0-9]"
        r"|забрали\s[0-9]{1,4}(?:[.,][0-9]{1,2})?\s?%",
    ),
    (
        "ru",
        "TP",
        r"(?:профит\s|забрали\s)?" + _PLUS + r"(?:\s(?:чистыми|профита|прибыли|к\sдепо\w{0,4}))?",
    ),
    (
        "ru",
        "SL",
        r"(?:увы\s|к\sсожалению\s)?(?:стоп\w{0,3}(?:[\s-]?лос\w{0,3})?|лось|минус|в\sминус|лос[яь]\s(?:поймали|словили)|(?:поймали|словили)\sлос[яь])",
    ),
    ("en", "TP", r"(?:тейк\s|tp\s|profit\s|профит\s)?\+\s?[0-9]{1,2}(?:[.,][0-9]{1,2})?\s?[rр]"),
    ("en", "SL", r"(?:стоп\s|stop\s|sl\s)?-\s?1(?:[.,]0{1,2})?\s?[rр]"),
    ("ru", "SL", r"(?:выбило|вибило)\s(?:по\s)?(?:бу|б/у|безубытку)"),
    ("ru", "CLOSE", r"забира\w{1,3}\s(?:профит|прибыль)"),
    # zh (simplified; normalize folds the traditional forms)
    ("zh", "TP", r"(?:又|再|继续)?吃(?:到|大)?肉(?:了|啦)?|翻倍(?:了|啦)?|肉到了"),
    ("zh", "SL", r"(?:被)?打(?:到)?止损(?:了)?|扫损(?:了)?|止损离场|保本(?:出局|离场)(?:了)?"),
    (
        "zh",
        "CLOSE",
        r"清仓(?:了)?|割肉(?:了)?|全平(?:了)?|全部(?:平仓|出局|离场)|出局(?:了)?|离场(?:了)?|已止盈|止盈",
    ),
    ("zh", "HALF", r"(?:平|出|止盈)一半|减半"),
    ("zh", "BE", r"(?:推|设置?|带)?保本(?:损)?|止损(?:上移|移)?到(?:成本|保本|开仓价)"),
    ("zh", "CANCEL", r"不做了|作废(?:了)?|挂单作废"),
    ("zh", "SL", r"止损"),
    (
        "zh",
        "TP",
        r"(?:到达|达到|到)(?:第[一二三四五]|[0-9])?(?:目标|止盈)[0-9]?"
        r"|(?:第[一二三四五]|[0-9])?(?:目标|止盈)[0-9]?(?:到了|到达|达到|到)",
    ),
    ("zh", "NONE", r"(?:重新|再次|二次)(?:进场|入场)"),
    # vi
    (
        "vi",
        "TP",
        r"(?:đã\s)?(?:chốt(?:\slời)?|ăn|chạm|về)\s" + _T + r"|" + _T + r"\s(?:đã\s)?(?:chốt|ăn)",
    ),
    ("vi", "TP", r"đã\schốt\slời"),
    ("vi", "CLOSE", r"chốt(?:\slời)?\s(?:toàn\sbộ|hết|luôn|non)|chốt\slời|cắt\slỗ"),
    ("vi", "PART", r"chốt(?:\slời)?\s" + _SHARE),
    ("vi", "BE", r"(?:kéo|dời|đưa)\s" + _SL + r"\svề\s" + _BE),
    ("vi", "CANCEL", r"(?:bỏ|hủy)\skèo"),
    ("vi", "NONE", r"vào\slại"),
    # tr
    ("tr", "TP", r"k[âa]r\sald[ıi]k|k[âa]r[ıi]\sald[ıi]k"),
    ("tr", "SL", r"stop\s(?:patlad[ıi]|yedik)|stopa\stak[ıi]ld[ıi]k|stop\solduk"),
    ("tr", "PART", _SHARE + r"\s(?:sat[ıi]n|satt[ıi]k|k[âa]r\sal[ıi]n)"),
    ("tr", "CLOSE", r"[çc][ıi]k[ıi][şs]\syap[ıi]n|[çc][ıi]k[ıi]yoruz"),
    ("tr", "BE", _SL + r"u?\s(?:girişe|maliyete)(?:\s[çc]ek\w{0,4})?"),
    ("tr", "NONE", r"yeniden\sgiriş"),
    # fa
    ("fa", "PART", r"سیو\sسود\w{0,3}|" + _SHARE + r"\s(?:رو\s|را\s)?سیو(?:\sکنید)?"),
    ("fa", "SL", r"استاپ\s(?:شد|شدیم)"),
    ("fa", "CLOSE", r"خارج\s(?:شوید|شدیم|بشید)"),
    ("fa", "BE", r"استاپ\s(?:به|رو\sبه|را\sبه)?\s?(?:نقطه\sورود|ورود)"),
    ("fa", "CANCEL", r"کنسل(?:\sشد)?"),
    ("fa", "BE", r"ریسک\s?فری(?:\s(?:کنید|شد|کردیم))?"),
    (
        "fa",
        "TP",
        r"(?:همه\s)?(?:تارگت|پله)\s?ها(?:\sهمه)?\s(?:خورد|زد|تاچ\sشد)|(?:تارگت|پله)\s(?:[0-9]|اول|دوم|سوم|چهارم|پنجم)\s(?:تاچ\sشد|خورد|زد)",
    ),
    # ar
    ("ar", "TP", r"تم\sجني\sالأرباح|جني\sأرباح"),
    ("ar", "SL", r"(?:تم\s)?(?:ضرب|اتضرب)\s(?:ال)?ستوب|الستوب\s(?:ضرب|اتضرب)"),
    ("ar", "BE", r"(?:[اإ]?نقل\s)?(?:ال)?ستوب\s(?:(?:على|[إا]لى)\s(?:نقطة\s)?|لنقطة\s|ل)الدخول"),
    ("ar", "BE", r"تأمين\sالصفقة"),
    ("ar", "PART", r"(?:[إا]غلاق|[أا]غلق(?:وا)?)\s" + _SHARE + r"(?:\sالصفقة)?"),
    ("ar", "TP", r"(?:ال)?هدف\s?[0-9]\s(?:تم|تحقق)"),
    # id
    ("id", "PART", r"(?:amankan|ambil\sprofit|tutup)\s" + _SHARE),
    ("id", "SL", _SL + r"\skena"),
    ("id", "TP", r"kena\s" + _T + r"|" + _T + r"\skena"),
    ("id", "BE", r"(?:geser|pindah\w{0,3})?\s?" + _SL + r"\s(?:ke|di)\s(?:bep|be|entry)"),
    # es / pt
    (
        "es",
        "SL",
        r"(?:nos\s)?salt[óo]\sel\sstop|stopead[oa]s|nos\sstopearon|stopad[oa]s?|stopou|stopamos",
    ),
    (
        "es",
        "BE",
        _SL
        + r"\s(?:a|en|al|no|na|em|para)\s(?:be|break\seven|breakeven|0\s?x\s?0|zero\sa\szero|entrada)",
    ),
    ("es", "CLOSE", r"encerr(?:ar|amos|ado|ada)|salimos|sa[íi]mos"),
    (
        "es",
        "PART",
        r"realiz\w{1,4}\s(?:parcial\w{0,2}\s)?"
        + _SHARE
        + r"|realiz\w{1,4}\sparcial\w{0,2}|parcial\srealizada",
    ),
    ("es", "CANCEL", r"anulad[oa]"),
    ("es", "NONE", r"re-?entrada|reentrar"),
    # hi (in Latin letters)
    ("hi", "SL", _SL + r"\s(?:lag\sgaya|lag\sgya|hit\sho\sgaya)"),
    (
        "hi",
        "BE",
        _SL
        + r"\s(?:entry|cost)(?:\sto\scost)?\s(?:pe|par)(?:\srakho|\skar\sdo|\skaro)?|"
        + _SL
        + r"\scost\sto\scost(?:\skar\sdo|\skaro)?",
    ),
    ("hi", "CLOSE", r"nikal\s(?:jao|lo)|trade\sband\skaro|exit\skar\sdo"),
    # en
    (
        "en",
        "BE",
        r"(?:(?:" + _SL + r")\s)?(?:moved\s)?(?:to\s|at\s)?(?:be|breakeven|break[\s-]even)",
    ),
    ("en", "BE", _SL + r"\s(?:moved\s)?(?:to|at)\s(?:entry|cost)"),
    ("en", "NONE", r"re-?entry|re-?enter(?:ing)?"),
) + MORE_ROWS

_KIND: Final[dict[str, UpdateKind | None]] = {
    "TP": UpdateKind.TP_HIT,
    "SL": UpdateKind.SL_HIT,
    "BE": UpdateKind.MOVE_SL,
    "CLOSE": UpdateKind.CLOSE,
    "PART": UpdateKind.CLOSE_PARTIAL,
    "HALF": UpdateKind.CLOSE_PARTIAL,
    "CANCEL": UpdateKind.CANCEL,
    "NONE": None,
}

# Around the words: emoji, punctuation, spaces (no question mark); a signed gain; filler words.
_DECOR: Final = r"[^\w\n?？؟]*"
_GAIN: Final = r"(?:\s?[+-]\s?[0-9]{1,4}(?:[.,][0-9]{1,2})?\s?(?:%|[rр](?!\w)))?"
_FILL: Final = (
    r"(?:уже|тут|здесь|сейчас|пока|тоже|вот\sи|друзья|ребята|красиво|отлично|идеально|ч[её]тко|по\sрынку|по\sтекущим|now|here|guys|all"
    r"|ya|já|agora|ahora|şimdi|sekarang|ngay|luôn|也|了)"
)
_PREP: Final = r"(?:(?:по|on|en|em|no|di|trên|برای|على|在)\s)?"
_COIN: Final = (
    r"(?:[#$][a-z0-9]{1,15}(?:/[a-z]{3,5})?|[a-z0-9]{1,12}\s?/\s?(?:usdt|usdc|usd|btc)"
    r"|[a-z0-9]{2,12}(?:usdt|usdc)(?:\.p)?|(?P<NAME>(?=[0-9]{0,9}[a-z])[a-z0-9]{2,10}))"
)
_SEP: Final = r"(?:\s?[-–—:|,]\s?|\s)"
_BODY: Final = "|".join(f"(?P<r{i}>{words})" for i, (_, _, words) in enumerate(ROWS))
_LINE: Final = re.compile(
    _DECOR
    + r"(?:"
    + _PREP
    + _COIN.replace("NAME", "b1")
    + _SEP
    + r")?(?:"
    + _FILL
    + r"\s)*(?:"
    + _BODY
    + r")(?:\s"
    + _FILL
    + r")*(?:"
    + _SEP
    + _PREP
    + _COIN.replace("NAME", "b2")
    + r")?"
    + _GAIN
    + _DECOR
)
# The other lines of a reply: the coin (with its side: "#ETHUSDT Short"), the signal's number
# ("Signal ID: #c19"), an author's tag ("[trader #c]"), a signature ("@signals_ru"), emoji.
_OTHER_LINE: Final = re.compile(
    _DECOR
    + r"(?:\[[^\]\n]{1,30}\]\s?)?(?:"
    + _COIN.replace("NAME", "b")
    + r"(?:\s(?:long|short|лонг|шорт|buy|sell))?|(?:signal|сигнал|сделка|trade)\s?(?:id|№)?\s?:?\s?"
    + r"#?[a-z0-9]{1,10}|@\w{3,32})?"
    + _DECOR
)
# A share written with the word for percent ("50 درصد", "30 процентов", "50 persen").
_PERCENT_WORD: Final = re.compile(
    r"(?<![0-9.,])([0-9]{1,3})\s?(?:درصد|процент|persen|phần\străm|por\sciento|por\scento)"
)
# Every row that ASCII text can say holds one of these (a row added in Latin letters adds its
# word here: tests/parsers/test_world_followups.py reads each row's forms).
_ASCII_HINT: Final = re.compile(
    r"sl|s/l|stop|be|break|entr|cost|kena|encerr|sal[ií]mos|saimos|realiz|parcial|anulad|amankan"
    r"|ambil|tutup|geser|pindah|lag\sg|hit\sho|nikal|band|exit|k[aâ]r|patlad|yedik|olduk|takild"
    r"|sat[ıi]|[çc][ıi]k|yeniden|[0-9]\s?[rр](?!\w)|" + ASCII_HINT
)
_R_MULTIPLE: Final = re.compile(r"[0-9]\s?[rр](?!\w)")  # "-1R": read as a coin line
_NUMBER: Final = re.compile(r"[0-9]+(?:[.,][0-9]+)?")
_LEVELS: Final = re.compile(r"(?<![\w.,])[0-9]+(?:[.,][0-9]+)?")  # not a coin's digits, "#c19"
_WORDS: Final = 9  # a reply's line holds a few words: the coin, the row's, a filler, a gain
_LONGEST: Final = 80  # a reply's line of more characters is a sentence, not a reply


def _row(norm: str, low: str) -> str | None:
    """The kind of the row a short reply's line says in full, or None."""
    if low.count("\n") > 8 or len(_LEVELS.findall(low)) > 3:
        return None  # a signal's levels (a reply holds a share, a gain, a target's number)
    lines = [(start, line) for start, line in _lines(low) if line.strip()]
    if not lines or len(lines) > 4:
        return None
    # The lines that are more than a coin, a number or a signature: one, the reply's words (two:
    # a signal's fields, a post of sentences; read by the phrase tables or not at all). (The
    # cheap test first: the rows' pattern is tried on one line at most, "-1R" aside.)
    said: list[tuple[int, str]] = []
    for start, line in lines:
        if len(line) > _LONGEST:
            return None
        if not _other_line(norm, start, line):
            if said:
                return None
            said.append((start, line))
    for start, line in said or [(at, x) for at, x in lines if _R_MULTIPLE.search(x)]:
        if len(line.split()) > _WORDS or len(_NUMBER.findall(line)) > 2:
            return None  # a sentence, or a signal's levels on one line
        if line.isascii() and _ASCII_HINT.search(line) is None:
            return None  # none of the words of the rows that ASCII text can hold
        m = _LINE.fullmatch(line)
        if m is not None and _coin_ok(norm, start, m, ("b1", "b2")):
            return next(ROWS[i][1] for i in range(len(ROWS)) if m.group(f"r{i}") is not None)
    return None


def _other_line(norm: str, start: int, line: str) -> bool:
    other = _OTHER_LINE.fullmatch(line)
    return other is not None and _coin_ok(norm, start, other, ("b",))


def _lines(low: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    start = 0
    for line in low.split("\n"):
        out.append((start, line))
        start += len(line) + 1
    return out


def _coin_ok(norm: str, start: int, m: re.Match[str], names: tuple[str, ...]) -> bool:
    """A coin written without a tag or its quote is one in capitals ("BTC в БУ"), not a word."""
    for name in names:
        if m.group(name) is not None:
            at = start + m.start(name)
            if at and norm[at - 1] in "#$":
                continue  # a tag, its sign read as decoration ("$CROSS")
            word = norm[at : start + m.end(name)]
            if not word.isupper() or not head_coins.may_be_coin(word.lower()):
                return False
    return True


def short_reply(norm: str, low: str) -> tuple[UpdateKind | None, bool, float | None]:
    """A follow-up the phrase tables did not read: a short reply of the lexicon (kind, to the
    entry, share), else the forms of parsers/followup_forms.py (event_kind)."""
    row = _row(norm, low) if len(low) <= 4 * _LONGEST else None
    if row is None:
        return event_kind(low), False, None
    if row == "HALF":
        return UpdateKind.CLOSE_PARTIAL, False, 0.5
    if row == "PART":
        share = FRACTION.search(low)
        fraction = fraction_of(share) if share else None
        if share is None and (word := _PERCENT_WORD.search(low)) is not None:
            if not 0 < int(word.group(1)) <= 100:
                return event_kind(low), False, None  # "300 процентов": a gain, no share
            fraction = int(word.group(1)) / 100
        if fraction is None and share is not None and not share.group("partial"):
            return event_kind(low), False, None  # "скинул 130%": no share of a position
        return UpdateKind.CLOSE_PARTIAL, False, fraction
    return _KIND[row], row == "BE", None
