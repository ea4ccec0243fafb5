"""The words of follow-up posts, one pattern per event: cancel, stop hit, stop moved (to entry or a
price), close, partial close and its share (a target hit's words: parsers/target_words.py; the
words around them that make them no instruction now: parsers/no_instruction_words.py).
parsers/updates.py reads a post with them."""

from __future__ import annotations

import re
from typing import Final

from parsers.ru_grammar import CANCEL_VERB, CANCELLED, MOVE_VERB, STOP_TO_ZERO


def word_alternatives(*alts: str) -> str:
    return r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)"


CANCEL: Final = re.compile(
    word_alternatives(
        r"cancel\w{0,4}",
        r"отмен\w{0,4}",
        r"отменяется",  # ("Сигнал отменяется, цена ушла"; not "сигналы отменяются": i13-ru21)
        # "#SOL не актуально", "сигнал не актуален" (no close after), "скасовано" (uk): it is off.
        r"(?:^[^\w\n]*(?:[#$]?[a-z0-9]{2,12}(?:/usdt)?[^\w\n]{1,4})?|(?:сигнал|сетап|вход|ордер"
        r"|лимитк\w|заявк\w|иде\w|сделк\w)(?:\sпо\s[#$]?[a-z0-9]{2,12}(?:/usdt)?)?(?:\s(?:по\s)?[0-9][0-9.,]{0,12})?"
        r"\s(?:уже\s|больше\s)?)"
        r"не\s?актуал\w{0,4}"
        r"(?![^\n]{0,60}(?:закр|фикс|выхо|выйд|прикр))|скасов\w{0,4}|скасуван\w{0,2}",
        r"cancelar",
        r"cancelad[oa]",
        r"iptal",
        r"storniert",
        r"stornieren",
        r"hủy(?:\slệnh)?",
        r"لغو",
        # "Signal annulé", "Segnale annullato", "Sinyal dibatalkan", "تم إلغاء الصفقة".
        r"annul(?:[ée]e?s?|er)",
        r"annullat[oaie]",
        r"dibatalkan",
        r"batal",
        r"[إا]لغاء",
        r"कैंसिल",
        r"void",
        # "PLEASE DELETE THIS SELL LIMIT!": the pending order deleted, named by its type (gath30).
        r"(?:delete|remove)\s(?:the\s|this\s|that\s|your\s|all\s)?(?:[#$][a-z0-9]{1,15}\s)?(?:buy|sell)\s(?:limit|stop)s?(?:\sorders?)?",
        # "Delete all the Pending orders you placed...": every pending order of the call (i13-gath31).
        r"(?:delete|remove)\s(?:all\s)?(?:the\s|your\s)?pending\s(?:orders?|limits?)",
        # "DELETE THIS", "DELETE THIS TRADE. WE MISSED 15pips", "DELETE THIS ENTRY. / News coming",
        # "DELETE THIS TRADE ALSO": a gold channel's reply under its pending call (i13-gath32); the
        # order named by "this" alone or a trade's noun, the sentence ending there (not "delete
        # this message", "delete this app and ...").
        r"(?:delete|remove)\s(?:this|that)(?:\s(?:trade|entry|order|signal|setup|one))?"
        r"(?:\s(?:also|too))?(?=[^\S\n]*(?:[.!]|\n|$))",
        r"invalidated",
        # "LINK/USDT will be considered as NULL": the signal is void (its entry never reached).
        # (The literal first, its context after it: "n" is all re tries at most positions.)
        r"null(?:(?<=considered\snull)|(?<=\sas\snull)|(?<=\sis\snull)|(?<=\sare\snull)"
        r"|(?<=\snow\snull)|(?=\sand\svoid))(?:\sand\svoid)?",
        # "Снимаю лимитку по солане", "убрал ордер", "уберите лимитку": the pending order taken
        # off, every form of the verbs (parsers/ru_grammar.py); "лимитку по #TIA снимаю", "ордер
        # снят" (i13-ru19, i13-ru20, i13-ru22).
        CANCEL_VERB + r"\s(?:все\s)?(?:лимитн\w{0,3}\s)?(?:ордер\w{0,2}|заявк\w{0,2}|лимитк\w)",
        r"(?:лимитк\w|заявк\w{0,2}|ордер\w{0,2})(?:\sпо\s[#$]?[a-z0-9]{2,12}(?:/usdt)?)?\s"
        # (After the noun only "снимаем" and the participle: "стоп переводим в бу, лимитку
        # убираем" is the stop moved, its limit order a second change: parsers/order_changes.py.)
        + r"(?:снимаем|снимаю|сняли|"
        + CANCELLED
        + ")",
    )
    + r"|取消|不进(?:场)?(?!一步)|キャンセル|취소"
    # "撤销", "撤单": withdraw the order (not "不撤单": keep it); "不着急进", "不用急着进场": no
    # hurry to enter, i.e. do not enter now (著 is 着 in traditional text).
    + r"|(?<![不别没])撤(?:销|单)|不用?(?:[着著]急|急[着著])进(?:场)?(?!一步)"
    # "先暂停一下zen，等待纽约开盘": pause it for now (no order now, whatever is pending).
    # (The literal first, its context after it: re skips straight to each "先".)
    + r"|先暂停(?:(?<=可以先暂停)|(?<=就先暂停)|(?<!\w先暂停))"
)


# ("Stop loss got triggered", "SL was hit": the same, in the passive; i13-updates19.)
SL_HIT: Final = re.compile(
    r"stopped\s?out|stop(?<!be\sstop)[\s-]?out(?!\w)|stop[\s-]?(?:loss\s|target\s)?(?:got\s|was\s|has\sbeen\s)?(?:hit|triggered|reached|taken"
    # "STOP LOSS ATIVADO", "Stop loss activated", "STOP DE LUCRO ATIVADO" (the profit stop).
    # (Not "Stop ativado: no ponto de entrada": a field saying where the stop now is.)
    r"|(?<!trailing\sstop\s)(?<!trailing\sstop\sloss\s)(?:activated|ativad[oa]|activad[oa]|acionad[oa])(?!\s?:)"
    # "Stop-Loss ausgelöst", "Stop loss alcanzado / atingido / touché / colpito / tersentuh".
    r"|ausgel(?:ö|oe)st|erreicht|alcanzad[oa]|atingid[oa]|tocad[oa]|touch[ée]e?|colpit[oa]"
    r"|raggiunt[oa]|tersentuh)"
    r"|stop\sde\s(?:lucro|ganho)\s(?:ativad|acionad)|sl(?<!\wsl)\s?(?:got\s|was\s|has\sbeen\s)?(?:hit|triggered|reached|taken)"
    # (Not "Tp 1 hit stops to break even": the target hit, then the stop moved; gath30.)
    r"|hit\s(?:the\s|our\s|its\s|it'?s\s)?(?:sl|stop)(?!s?\s(?:to|→)\s)|(?<!многих\s)выбило\s(?:по\s)?(?!стопам)стоп\w{0,2}|стоп\w{0,2}\s(?:сработал|выбило|задет)"
    r"|止损(?:已)?(?:触发|出局)|stop\s(?:alcanzado|atingido)|❌[^\S\n]?(?:sl|stop)"
    r"|stop[\s-]?loss\s?⛔|s(?<!\ws)(?:\.?l|top[\s-]?loss|toploss)\s?[❌🛑⛔](?![^\w]{0,6}\$?[0-9])|stop(?<!\wstop)\s?[❌🛑⛔](?=[^\w\n]*$)"
    r"|zarar\sdurdur\s(?:çalıştı|oldu|tetiklendi)|stop(?<!\wstop)\soldu"
    # "Kena SL" (id): the stop was touched.
    r"|kena(?<!\wkena)\s(?:sl|stop(?:[\s-]?loss)?)(?!\w)"
    # "BREAK EVEN HIT AFTER TP1": the stop, moved to the entry, was hit.
    r"|break[\s-]?even\s(?:hit|reached|triggered)"
    # "just got spiked into stop loss": a wick took the stop (gath30).
    r"|(?:got|was|been)\sspiked\s(?:in)?to\s(?:the\s|my\s|our\s)?(?:stop(?:[\s-]?loss)?|stoploss|sl)(?!\w)"
    # "Reaching Stop-Loss: -6%", "closed at trailing stoploss": the stop was hit.
    r"|reach(?:ing|ed)?\s(?:the\s|our\s)?(?:stop[\s-]?loss|stoploss|sl|stop)"
    # ("#ETH closed in SL 35%", i13-fu24: read as a partial close of the loss.)
    r"|closed\s(?:at|by|on|in)\s(?:the\s|our\s)?(?:trailing\s)?(?:stop[\s-]?loss|stoploss|sl|stop)"
    # "小损，太激进了", "#SOL 小损": a reply opening with "small loss (taken)"; not "小损小赚都正常", nor a
    # loss still held ("小损，继续拿着").
    r"|(?:^|\n)\W*(?:[a-z0-9]{2,12}(?:/usdt)?\s?)?小损了?(?=[,.!?。\s]|$)(?![^\n]{0,16}(?:拿|持有|不动|hold))"
)


SL_WORD: Final = re.compile(
    word_alternatives(
        r"sl",
        r"s/l",
        r"stop[\s-]?loss(?:es)?",  # ("MOVE ALL GOLD STOPLOSSES TO 4420": every stop, gath29)
        r"stoploss(?:es)?",
        r"stop[su]?",
        r"стоп[\s-]?лос\w{0,3}",  # "стоп-лосс" whole: where it goes comes after it (i13-ru22)
        r"стоп\w{0,3}",
        r"zarar\sdurdur",
        r"وقف\s?(?:ال)?خسارة",
        r"(?:ال)?ستوب",  # "ارفع الستوب لنقطة الدخول" (ar; i13-ru20)
    )
    # "СЛ в бу", "сл на 0.512": the stop-loss's Russian initials, before where it goes (not
    # "сл. цель", the next target; i13-ru20).
    + r"|(?<![а-я])сл(?=\s(?:в\s|на\s)?(?:б/у|бу(?![а-я])|безубыт|точку\sвхода|вход(?![а-я])|ноль|[0-9]))"
    + r"|止损|损切り?|손절가?|(?:成本|保本)损|(?<=提)损|(?<=移到)保本|استاپ|حد\s?ضرر"
    # "带个保护": put on a protection, i.e. a protective stop (its level unsaid); "需要保护利润了":
    # protect the profit (raise the stop, its level unsaid).
    + r"|(?<=带)保护|(?<=带个)保护|保护(?=好?(?:利润|盈利))"
    # "Закину в б/у", "Перевожу в безубыток": putting the position "into break-even" is moving
    # its stop to the entry (the verb stands for the stop word).
    r"|(?<![а-я])(?:закин|закид|перевож|перевод|переведу|перевел|переношу|перенес|ставл|стави|ставь)[а-я]{0,4}"
    # ("Ставим бу", "переводим безубыток": the "в" left out, as replies write it.)
    # ("Переводим сделку в безубыток": the trade named between, i13-ru20.)
    r"(?=\s(?:(?:сделк\w|позици\w|позу)\s)?(?:в\s)?(?:б/у|бу(?![а-я])|безубыт))"
    # "ریسک فری کنید": make the trade risk free, i.e. its stop to the entry (fa).
    r"|ریسک(?=\sفری\s(?:کنید|کنیم|کردیم|شد))"
)


MOVE: Final = re.compile(
    word_alternatives(
        r"mov(?:e|ed|ing)",
        r"updated?",
        r"changed?",
        r"set",
        r"теперь(?=\s[0-9])",  # "стоп-лосс теперь 2450": the stop now there (i13-ru20)
        # "Меняем стоп на 0.512", "стоп поменял на", "изменение стопа: 0.512" (i13-ru20).
        # (Not the infinitive "менять", "изменить": advice or a plan.)
        r"(?:по)?меня(?:ем|ю|л\w{0,2}|йте)|изменени[ея]|измен(?:ил\w{0,2}|яем)",
        r"put",
        r"shift\w{0,3}",
        r"trail\w{0,3}",
        # "Tighten stop to 0.55", "Modify SL to 0.55", "Revise SL to 0.55", "Place SL at 0.55"
        # (i13-upd24).
        r"tighten\w{0,3}",
        r"bump",
        r"modif(?:y|ied|ying)",
        r"revis(?:e|ed|ing)",
        # ("SL Edited": the stop changed, its level on the call; not a chat's "(edited)" mark,
        # "Hype scalp risky 42.23 stop 41.03 (edited)", dev buybot-discord-group-031; i13-gath31)
        r"(?<!\()edit(?:ed|ing)?(?!\))",
        r"place",
        r"трейл\w{0,4}",  # "трейлим стоп": trail the stop (ru slang)
        r"adjust\w{0,3}",
        r"rais(?:e|ed|ing)",  # ("SL raised to 3100": i13-upd25)
        r"lower(?:ed)?(?!\sthan)",  # (not "SL lower than entry": where it is)
        r"перен[её]с\w{0,4}",
        MOVE_VERB,  # every form of the verbs of moving a stop (parsers/ru_grammar.py; i13-ru22)
        r"переносим",
        # Ukrainian: "переносимо стоп на 0.45", "пересуваємо", "переставив", "підтягуємо",
        # "ставимо стоп на 0.45" (i13-ru31).
        r"перенос(?:имо|ите|жу)|перенесл[аи]|переніс|пересува\w{1,4}|пересун\w{1,4}"
        r"|переставля\w{1,4}|перестав(?:ив|или|имо)|підтягу\w{1,4}|підтягн\w{1,4}"
        r"|(?:по)?став(?:имо|ив|или)",
        r"переставля\w{0,3}",
        # "переношу стоп на 145", "стоп переставил на 145", "перевёл стоп на 145" (i13-updates17).
        r"перенош\w{0,2}",
        r"переставил\w{0,2}|переставим|переставлю|переставить|переставлен\w{0,2}|перевед[её]н\w{0,2}",
        # "Ставим стоп на 14.5", "поставил стоп на 14.5": set the stop there (i13-ru19).
        r"(?:по)?став(?:им|лю|ил\w{0,2}|ь|ьте)",
        r"перев[её]л\w{0,2}|переводим",
        r"(?:пере|по|с)?двига\w{0,3}|(?:пере|по|с)двин\w{0,3}|подтя[гн]\w{0,5}",
        r"mover",
        r"movemos",
        r"mova",
        r"mueva",
        r"(?:suba|subir|subimos|sube|subo)(?=\s(?:(?:seu|sua|o|el|tu|su)\s)?(?:stop|sl)(?!\w))",  # (gath26e)
        r"taşı\w{0,4}",
        r"verschieb\w{0,3}",
        r"nachziehen",
        r"dời",
        r"chuyển",
        r"جابجا\w{0,3}",
        # "Déplacer le stop", "Spostare lo stop", "Pindahkan SL", "نقل وقف الخسارة".
        r"d[ée]plac\w{0,4}",
        r"spost\w{0,4}",
        r"pindah\w{0,4}",
        r"نقل",
        r"[اإ]?رفع\w{0,2}|تحريك|حرك\w{0,3}",  # "ارفع الستوب", "تحريك الستوب" (i13-ru20)
        r"शिफ्ट",
    )
    + r"|移动|移動|移至|移到(?=保本)|이동|带(?=成本损|保本损)|提(?=损)|→|->|=>"
    # "SL now 0.55", "Stop loss now: 0.55", "SL to 0.55": the stop's level now, right after the
    # stop word (i13-upd24).
    + r"|(?:now|to)(?:(?<=sl\s..)|(?<=sl\s...)|(?<=stop\s..)|(?<=stop\s...)|(?<=stoploss\s..)"
    + r"|(?<=stoploss\s...)|(?<=stop\sloss\s..)|(?<=stop\sloss\s...))(?=\s?:?\s?\$?[0-9])"
    # "SL 3100 now", "SL should now be at 3100", "SL is now at 3100" (i13-upd25).
    + r"|(?<=[0-9]\s)now(?=[^\w\n]*(?:\n|$))|now(?=\s(?:be\s)?at\s\$?[0-9])"
    # "Стоп в + на 0.512", "стоп в плюс": the stop into profit (not "в +0.2R", a gain; i13-ru22).
    + r"|(?<=\sв\s)(?:\+(?![0-9.,])|плюс(?!\w))"
    # "止损改到0.0039", "止损放在0.1552", "止损位调整为": right after the stop word (in "止损不变,
    # 目标改到3100" what moved is the target); "带上止损 4250", "带个止损": a stop put on (gath27w).
    + r"|(?:(?<=损)|(?<=损位))\s?(?:改|放|调整?|挪|移)(?:到|为|成|在|至)|带(?=[个上]?(?:保护|止损))"
    # "止损修改一下：120100", "止损修改一下放到3045": the stop changed, its level next.
    + r"|(?<=损)\s?修改(?:一下)?(?=\s?:|放|改|调|挪|移)"
    # ("保护利润": the protecting is the move; not "利润保护" nor "保护本金", protect the capital.)
    + r"|护(?<=保护)(?=好?(?:利润|盈利))"
)


BREAKEVEN: Final = re.compile(
    word_alternatives(
        r"break[\s-]?even",
        r"(?<!should\s)(?<!must\s)(?<!will\s)(?<!can\s)be(?!\s(?:deep|in|at|placed|moved|set))",
        r"entry(?:\sprice)?",
        # "Move your SL to cost", "SL to buy price": the price the position was bought at (a
        # "cost" or a "buy price" elsewhere is none; i13-upd24).
        r"(?:(?<=\sto\s)|(?<=\sat\s))cost",
        r"(?<=\sto\s)(?:buy|buying|purchase)\sprice",
        r"b/e",
        r"b\.e\.?",
        r"entries",
        r"безубыт\w{0,6}|беззбит\w{0,3}",  # (uk: беззбиток; "безубыточность")
        r"б\.\s?у\.?",  # "стоп в б.у." (i13-ru20)
        r"бу",
        r"б/у",
        r"твх|т\.\s?вх\.?",  # "стоп переносим на твх": точка входа (i13-ru33)
        # ("к точке входа", "на цену входа", "на уровень входа": i13-ru20.)
        STOP_TO_ZERO,  # "стоп в ноль", "перенесли стоп на ноль" (i13-ru22)
        r"(?:точк[уеи]|цен[уеы]|уров(?:ень|ня|не))\sвхода"
        r"|вход[аеу]?(?:(?<=^\sна\sвход)|(?<=^\sна\sвход\w)|(?<=[иеё]м\sна\sвход)|(?<=[иеё]м\sна\sвход\w))",
        r"entrada",
        r"giriş\w{0,3}",
        r"einstieg\w{0,3}",
        r"einstand",
        r"hòa\svốn",
        r"điểm\svào",
        r"ورود",
        r"فری",  # "ریسک فری": risk free (see SL_WORD)
        r"(?:point|prix)\sd'entr[ée]e",
        r"ingresso",
        r"pareggio",
        r"punto\sde\sequilibrio",
        r"نقطة\s?الدخول",
        r"سعر\s?الدخول",  # "إلى سعر الدخول": to the entry price (i13-ru20)
        r"एंट्री",
    )
    + r"|保本|成本价?|开仓价|建値|본절|진입가"
    # "لنقطة الدخول", "لسعر الدخول": "to" joined to the entry's noun (i13-ru20).
    + r"|(?<=\sل)(?:نقطة|سعر)\s?الدخول"
)


# "先" opening its clause (no subject: "数据先出来" is the data coming out first), or after
# "可以" (you can), "就" (then) or "的" ("加仓的先走": the added ones): do it first.
# ("在成本价附近先走": near the cost, first; "擼點先走": take a little, then leave first.)
FIRST: Final = r"(?:可以先?|(?:(?<!\w)|(?<=就)|(?<=的)|(?<=附近)|(?<=[点點]))先)"


CLOSE: Final = re.compile(
    word_alternatives(
        r"close[ds]?",
        r"closing",
        r"exit\w{0,3}",
        # (Not "take out the high", "take a long", "take a look", "take every trade with me".)
        r"take(?![\s-]?profit)(?!\s(?:out(?!\s(?:half|some|partials?|profits?|[0-9]))|off|over"
        r"|(?:every|each|all|any)\s(?:single\s|(?:of\s)?(?:my|our|the)\s)?(?:[#$]?[a-z0-9]{1,12}\s)?"
        r"(?:trades?|signals?|setups?)|place|note|notice|advantage|time|care|action"
        r"|a\s(?:look|step|break|position|trade|long|short|new)|(?:the\s|new\s)?(?:liquidity|highs?"
        r"|lows?|longs?|shorts?|entry|trade|position)\b))"
        # "savage as hell to take for longs", "Good trade to take.": the trade taken, its object
        # before it (gath29).
        r"(?!(?<=\sto\stake)[^\S\n]*(?:[.!?,;\n]|$)|\sfor\s(?:longs?|shorts?|buys?|sells?)\b)",
        r"book",
        r"secure",
        # "Fix another 1/3", "fix 50% profit" (Russian "фиксировать": take profit); only before a
        # share, profit or the position ("fix the bug", "fixed leverage": no close).
        r"fix(?:ing)?(?=\s(?:another\s|more\s|some\s)?(?:[0-9]{1,3}(?:\.[0-9]{1,2})?\s?%"
        r"|1\s?/\s?3(?![0-9])|half|a\sthird|third|quarter|profits?|(?:the\s)?position|partial))",
        # (Not "закрытых" (closed, an adjective), nor "закрепилась" (the price held above).)
        # (Nor the future "закрою на втором тейке", "закроем": a plan, i13-updates17.)
        r"закр(?!ыт(?:ых|ые|ый|ая|ое|ой|ым|ыми|ую|ого|ому|ом)\b)(?!еп)(?!о(?:ю|ем|ет|ешь|ют)(?:ся)?(?!\w))\w{0,6}",
        r"среж\w{0,3}",  # "Срежем тут 50%": we cut half here
        # "Cut 90%": a share cut (as "срежем 50%"); never a loss's or a fee's share (gath30).
        r"cut(?=\s[0-9]{1,3}(?:\.[0-9]{1,2})?\s?%(?!\s?(?:loss|los|down|drop|fall|fee|tax|off|of\s(?:the\s)?(?:price|supply|fees?))))",
        r"срез(?:ать|аем|ал\w?)",
        r"фиксир(?!уют)\w{0,5}",  # not "фиксируют" (holders are taking profit): a report
        r"фиксируем",
        # "зафиксировал 50% позиции", "прикрываю позицию по текущим": took, closed.
        r"зафиксир(?!уют)\w{0,5}",
        r"прикры(?:ва\w{0,3}|л\w{0,2}|ть)",
        r"прикрою",
        r"cerr\w{1,4}",
        # "Fechamos a operação" (before "fech...": "a" after it reads as "close a ...").
        r"fech\w{1,4}\sa\s(?:operação|posição)",
        r"fech\w{1,4}",
        r"kapat(?!aca[kğ])\w{0,6}",  # "kapatın", "kapatıyoruz" (not "kapatacağız": will)
        # "Fermer la position", "Clôturer", "Chiudiamo la posizione", "Tutup posisi".
        r"ferm(?:er|ez|ons|[ée]e?s?)",
        r"cl[ôo]tur\w{0,4}",
        r"chiud\w{0,5}",
        r"tutup",
        r"schlie(?:ß|ss)\w{0,3}",
        r"đóng(?:\slệnh)?",
        r"بستن",
        r"ببندید",
    )
    # "止盈一半", "部分止盈": take profit on a share (the share follows or comes first); not
    # "大部分止盈单都成交了" (most take-profit orders filled), "止盈部分看图" (the targets part).
    + r"|止盈(?=一半|一部分)|(?<!大部分)(?<=部分)止盈(?![单位价点])"
    + r"|平仓|止盈出局|止盈了|(?<!挂单)撤了|不拿|(?:^|\n|附近|可以|先)走了|(?:^|\n)[^\w\n]+走了"
    # After FIRST: "可以先走", "先走一步" (leave first), "先在成本价附近走" (leave near the cost),
    # not "先走一波" (the price first makes a move) nor "先走到" (goes to); "可以先走一半", "先平30%"
    # (leave, close, a written share), "先平掉" (close out); "可以先出来", "先小赚出来" (get out
    # first, with a small gain; "处来" is its homophone typo, the same pinyin chu lai).
    + (
        r"|"
        + FIRST
        + r"(?:走(?:一步)?(?!\w)|在?[^,.!?。\n]{1,8}附近走(?!\w)"
        + r"|[走平出](?=一半|一部分|部分|[0-9]{1,3}%)|平掉|(?:小赚|保本)?[出处]来)"
    )
    + r"|附近(?:位置)?[出处]来"
)


FRACTION: Final = re.compile(
    # ("Close 50 percent", "close 25 pct": the percent in words; i13-hits20.)
    # ("Закрыл 50 процентов позиции", i13-fu24: read as a close of all.)
    r"(?<![0-9.+])(?P<pct>[0-9]{1,3}(?:\.[0-9]{1,2})?)\s?(?:%|percent(?!\w)|pct(?!\w)|процент\w{0,2})"
    # "%30 kapatın": the percent sign first, as Turkish writes it.
    r"|%(?<![0-9.+]%)\s?(?P<tpct>[0-9]{1,3}(?:\.[0-9]{1,2})?)(?![0-9.,])"
    # ("закрываю пол позиции", "полпозиции": half the position; i13-fu24.)
    r"|(?P<half>half|половин\w{0,2}|(?<![а-яё])пол[\s-]?(?=позиц|позы|объ[её]м)|mitad|metade|yarı\w{0,4}|hälfte|一半|một\snửa|نصف|setengah|separuh)"
    r"|(?P<quarter>quarter|четверть|cuarto)"
    r"|(?P<third>(?<![0-9])1\s?/\s?3(?![0-9])|third(?!\s(?:target|tp|take))|треть(?![еи])|третин[уаи])"
    # ("фиксирую долю": a share, in Russian; i13-ru25: read as a close of all.)
    r"|(?P<partial>partial\w{0,3}|частичн\w{0,3}|част(?:[ьию]|ями|ям)(?!\w)|дол[юя](?!\w)|parcial\w{0,3}"
    # (uk "частину", "частково"; "немного", "трохи" as what is taken, beside its verb or ending
    # the clause: "немного зафиксировал", "скинул немного", not "закрываю немного раньше";
    # i13-ru31: read as a close of all.)
    r"|частин[уаи](?!\w)|частков\w{0,3}|(?:немн(?:ого|ожко)|трохи|трішки)(?=[^\w\s]|\s?$"
    r"|\s(?:позици|позиці|профит|прибыл|прибутк|по\sтекущ|по\sрынк|(?:за)?фикс|(?:за)?фікс|закр"
    r"|скин|скид|сброс|прикр|сня|сним|сокра|прода))"
    r"|kısmi|teilweise|some|part\sof|(?:три|две)\s(?:четверти|трети)|почти\sвс[её]\w?"
    r"|most\sof|(?:the\s)?majority\sof"  # ("Close most of #ETH": not all of it)
    # "Tutup sebagian", "Fecha uma parte", "إغلاق جزء": a part, in words (i13-updates18).
    r"|sebagian|(?:uma|una)\sparte|một\sphần|جزء|一?部分)"
)


# "补仓可以先出来", "加仓的先走": a close of the part added to the position, a share unsaid.
ADDED_PART: Final = re.compile(r"(?:补|加)仓(?:的|部分|的部分|单)?\s?$")


# "减仓" (traditional 減倉): reduce the position, a partial close of an unsaid share.
REDUCE: Final = re.compile(r"减仓|减码")
