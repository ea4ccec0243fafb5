"""A follow-up's verb told, not asked: a market report, a past report, a story, a lesson.

"BTC closed the day above 97000", "We closed 12 trades last week", "Many traders closed their
longs after the news", "How to move your stop loss to breakeven?" use the words of a close or a
stop move, and ask the reader to do nothing. parsers/updates.py reads the verb; this module
says, for the sentence that verb stands in, whether it tells one of these instead of asking for
an action now. A sentence is told, not asked, when it holds one of (tables per language, the 16
of tests/parsers/lexicon_words.py):

- a **market close**: the verb's object is a period ("closed the day", "закрыл день", "günü ...
  kapattı", "日线收盘"): the price at the end of a day, a week, a candle, no position closed;
- a **count of trades** ("12 trades", "8 operaciones", "10 lệnh", "5笔交易"): a report of
  several trades at once, never one instruction;
- a **past time** of a day or more ("yesterday", "last week", "вчера", "上周", "was closed on
  Monday"): a report of what was done then, not what to do now, a coin named there or not ("We
  closed #PEPE yesterday with 20% profit" reports a close, asks for none now);
- a **crowd** as the subject ("many traders", "whales", "investors", "многие трейдеры"): what
  others did;
- a **lesson or a question** ("how to", "lesson", "never", a "?" ending the sentence);
- a **service closed**: the channel's access, offer, registration or seats ("ALL FREE ACCESS NOW
  CLOSED", "VIP OFFER CLOSED", "доступ закрыт"), no position.

Only the clauses the follow-up's words are read from are weighed (a clause ends at a full stop
or a comma): "Close SOL now. Last week we closed 12 trades" still closes SOL, and so does "Move
SL to entry on #ETH, yesterday's dip was bought".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

# A period as what was closed: the close verb and the period within a few words, either order.
_PERIOD_CLOSE: Final = re.compile(
    r"clos(?:ed|es)\s(?:\w+\s){0,2}(?:day|week|month|year|candle|session|daily|weekly"
    r"|monthly)"
    r"|(?:daily|weekly|monthly|day|week|month|candle)\s(?:candle\s)?clos(?:ed|es)"
    r"|закры(?:л|ла|ло|ли|вает)\s(?:\w+\s){0,2}(?:день|недел|месяц|год|свеч|сесси|дневк)"
    r"|(?:день|неделю|месяц|свечу|свеча)\s(?:\w+\s){0,2}закры(?:л|ла|ло|ли|лась|лся)(?!\w)"
    r"|(?:günü|haftayı|ayı|mumu|yılı)\s(?:\S+\s){0,3}kapa(?:ttı|dı)"
    r"|(?:cerró|cierra)\s(?:\w+\s){0,2}(?:día|semana|mes|año|vela|sesión|jornada)"
    r"|(?:fechou|fecha)\s(?:\w+\s){0,2}(?:dia|semana|mês|mes|ano|vela|sessão)"
    r"|(?:menutup|ditutup)\s(?:\w+\s){0,1}(?:hari|minggu|bulan|tahun|lilin|candle)\s(?:di\s)?(?:atas|bawah)"
    r"|đóng\scửa\s(?:\w+\s){0,2}(?:ngày|tuần|tháng|năm|nến|phiên)"
    r"|(?:tag|woche|monat|jahr|kerze)\s(?:\S+\s){0,4}geschlossen|schloss\s(?:\w+\s){0,2}(?:tag"
    r"|woche|monat)"
    r"|(?:clôturé|clôture)\s(?:\w+\s){0,2}(?:journée|jour|semaine|mois|année|bougie|séance)"
    r"|(?:chiuso|chiude)\s(?:\w+\s){0,2}(?:giornata|giorno|settimana|mese|anno|candela|seduta)"
    r"|(?:日线|周线|月线|日k|周k|k线|当日|今日|本周)\S{0,4}收盘|收盘(?:站上|站稳|跌破|收于|价)|收于"
    r"|(?:일봉|주봉|월봉)\s?(?:\S+\s?){0,2}마감|(?:日足|週足|月足)\S{0,4}(?:終値|確定|引け)"
    r"|روز\s(?:\S+\s){0,3}بست|(?:أغلق|اغلق)\w*\s(?:\S+\s){0,2}(?:اليوم|الأسبوع|الشهر|الشمعة)"
    r"|(?:दिन|हफ्ते|सप्ताह|महीने)\s(?:\S+\s){0,3}बंद"
)
# A count of trades: a report of several at once.
_TRADE_COUNT: Final = re.compile(
    r"[0-9]+\s?(?:trades|signals|calls|сдел(?:ок|ки)|сигнал(?:ов|а)|işlem|operaciones|operações"
    r"|trades|operazioni|معامله|صفقات|笔交易|件のトレード|件の取引|개의\s거래|ट्रेड)(?!\w)"
)
# A past of a day or more: what was done then.
_PAST_TIME: Final = re.compile(
    r"(?<!\w)(?:yesterday|last\s(?:week|month|night|year)|[0-9]+\sdays\sago|earlier\sthis\sweek"
    r"|вчера|на\sпрошлой\sнеделе|в\sпрошлом\sмесяце|прошлой\sночью|dün|geçen\s(?:hafta|ay)"
    r"|ayer|la\ssemana\spasada|el\smes\spasado|ontem|(?:na\s)?semana\spassada|no\smês\spassado"
    r"|kemarin|minggu\slalu|bulan\slalu|hôm\squa|tuần\strước|tháng\strước|gestern|letzte\s"
    r"(?:woche|monat)|vergangene\swoche|la\ssemaine\sdernière|le\smois\sdernier|ieri"
    r"|la\ssettimana\sscorsa|il\smese\sscorso|دیروز|هفته\sگذشته|ماه\sگذشته|أمس|الأسبوع\sالماضي"
    r"|الشهر\sالماضي|पिछले\s(?:हफ्ते|सप्ताह|महीने)|कल\sहमने)(?!\w)"
    r"|上周|上个月|昨天|昨日|先週|先月|지난주|지난달|어제"
    # A clause opening with a weekday, Chinese: when it was or will be done, not now ("周六通知你们
    # 去杠杆 减仓": on Saturday I told you to deleverage and reduce; dev gath30w-lzyh-zh-200).
    r"|^[^\w]*(?:周|星期|礼拜)[一二三四五六日天]"
    # "was closed on Monday", "closed #PEPE on Dec 3", "closed on 12/11": a close told with its
    # day.
    r"|(?<!\w)clos(?:ed|ing)\s(?:\S+\s){0,3}?on\s(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s[0-9]{1,2}(?![0-9])"
    r"|[0-9]{1,2}(?:st|nd|rd|th)?\s(?:of\s)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    # (A full date, or a day and month by a slash: "on 12.11" may be a price.)
    r"|[0-9]{1,2}(?:[./-][0-9]{1,2}[./-][0-9]{2,4}|/[0-9]{1,2})(?![0-9]))"
)
# A crowd as the subject: what others did.
_CROWD: Final = re.compile(
    r"(?<!\w)(?:(?:many|most|some)\s(?:traders|investors|people|longs|shorts)"
    r"|(?:traders|investors|whales|bulls|bears|retail|the\smarket)\s(?:\w+\s){0,2}"
    r"(?:clos|cover|cancel|exit|cut)|shorts\s(?:are|were|will)|многие\s(?:трейдеры|инвесторы)"
    r"|трейдеры|киты|yatırımcılar|muchos\s(?:traders|inversores)|muitos\s(?:traders"
    r"|investidores)|banyak\strader|nhiều\snhà\sđầu\stư|viele\s(?:trader|anleger)"
    r"|beaucoup\sde\straders|molti\s(?:trader|investitori)|بسیاری\sاز\sمعامله"
    r"|الكثير\sمن\sالمتداولين|कई\sट्रेडर्स)"
    r"|很多(?:交易者|人|散户)|散户|多くのトレーダー|많은\s(?:트레이더|투자자)"
)
# A lesson or a how-to, anywhere in the sentence; a rule for always, at its start ("Never
# cancel your stop loss ..."; not "Move SL to entry, never let a winner turn into a loss").
_LESSON: Final = re.compile(
    r"(?<!\w)(?:how\sto|lesson|should\syou|как\s(?:перенести|закрыть|отменить|правильно)|урок"
    r"|nasıl|ders|cómo|lección|como\s(?:mover|fechar)|lição|cara\s(?:memindahkan|menutup)"
    r"|pelajaran|cách\s(?:dời|đóng)|bài\shọc|wie\sman|lektion|comment\s(?:déplacer|clôturer)"
    r"|leçon|come\s(?:spostare|chiudere)|lezione|چگونه|درس|كيف|कैसे|सबक)(?!\w)"
    r"|如何|怎么|教程|どうやって|レッスン|어떻게|교훈"
    r"|^[^\w]*(?:never|никогда|asla|nunca|jangan\spernah|đừng\sbao\sgiờ|niemals|jamais|mai"
    r"|هرگز|أبدا|永远不要|絶対に|절대)(?!\w)"
)
# A service of the channel closed, not a position: "ALL FREE ACCESS NOW CLOSED", "VIP OFFER
# CLOSED", "registration is closed", "доступ закрыт", "inscripciones cerradas". (Not a spot
# trade, "spot closed", nor a "deal": both are positions.)
_SERVICE_CLOSED: Final = re.compile(
    r"(?<!\w)(?:access|registrations?|sign[\s-]?ups?|enrol(?:l)?ments?|admissions?|spots|slots"
    r"|seats|places|offers?|sales?|discounts?|promos?|promotions?|memberships?|subscriptions?"
    r"|applications?|doors|giveaways?|contests?|whitelists?|pre-?sales?|(?:group\s)?chat"
    r"|comments)\s(?:[\w-]+\s){0,3}?(?:clos(?:ed|ing|es)|ended)(?!\w)"
    r"|(?<!\w)clos(?:ed|ing|e)\s(?:(?:the|our|all|free|vip|new|member)\s){0,3}(?:access"
    r"|registrations?|sign[\s-]?ups?|enrol(?:l)?ments?|offers?|sales?|doors|memberships?"
    r"|subscriptions?|applications?|giveaways?|whitelists?|pre-?sales?)(?!\w)"
    r"|(?<!\w)(?:доступ|набор|регистраци[яи]|запись|при[её]м|продаж[аи])\s(?:\w+\s){0,2}?закрыт"
    r"|(?<!\w)(?:acceso|inscripci(?:ón|ones)|registro|oferta|acesso|inscrições|vagas)"
    r"\s(?:\w+\s){0,2}?(?:cerrad[oa]s?|fechad[oa]s?|encerrad[oa]s?)(?!\w)"
)
_QUESTION: Final = re.compile(r"[?？]\s*$")
_MARKERS: Final = (_PERIOD_CLOSE, _TRADE_COUNT, _CROWD, _LESSON, _SERVICE_CLOSED)
# A clause ends at a stop, a comma or a colon before a space, a line's end, or the text's end
# ("92.11", "96,500" go on): "Move SL to entry on #ETH, yesterday's dip was bought" asks in its
# first.
_SENTENCE: Final = re.compile(r"(?:[^.!?。！？\n,;:，；、،：]|[.!?,;:](?!\s|$))+[.!?。！？]*")


def told(sentence: str) -> bool:
    """Whether a (lower-cased) clause tells a report, a story or a lesson, or asks a question.
    A past time tells a report whether or not a coin is named there ("We closed 5 positions last
    week", "We closed #PEPE yesterday with 20% profit": no close now)."""
    if _QUESTION.search(sentence) or _PAST_TIME.search(sentence):
        return True
    return any(m.search(sentence) for m in _MARKERS)


def told_not_asked(low: str, acts: Callable[[str], str | None]) -> bool:
    """Whether every clause of low that acts is told, not asked; False when no single clause
    acts (the action needs the whole post: it is read as ever) or when one that acts is an
    instruction. acts(clause) is None when the clause read alone is no follow-up that acts,
    else the coin it names ("" for none)."""
    clauses = [clause for m in _SENTENCE.finditer(low) if (clause := m.group().strip())]
    # Cheap first: a post none of whose clauses tells anything (most: no marker at all) is
    # answered without reading each clause as a follow-up.
    if not any(told(clause) for clause in clauses):
        return False
    acting = []
    for clause in clauses:
        coin = acts(clause)
        if coin is not None:
            acting.append(clause)
    return bool(acting) and all(told(clause) for clause in acting)
