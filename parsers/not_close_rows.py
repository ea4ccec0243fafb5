"""Close and cancel words in posts that instruct nobody, as rows of a table (session 19, branch
i13-close20): each row is a class of chatter a reader of a new channel meets, with the words
that make it one. parsers/not_close.py asks `said_of_other` of every close and cancel word after
its own tests (the posts of those classes as a whole: parsers/chatter_posts.py).

    market    "BTC đóng nến ngày dưới ...", "the CME gap closed", "S&P closed higher": a candle,
              a gap, a market or an index closed (the chart's close; no position)
    period    "закрываем март ... с общим профитом 144%", "closing out the year with +300%":
              a month, a week, a year closed (a results post)
    recap     "closed 12 trades this week", "all signals closed in profit", "85% of our signals
              closed in profit", "позже этот сигнал был закрыт в БУ": past trades counted or
              told, no trade of now
    promotion "closing registration tonight", "offer closes at midnight", "последний день
              скидки": a sign-up or a sale ends
    advice    "consider closing if it loses 60k", "I'd close here if I were in", "я бы закрыл":
              what one might do, not what the channel does
    news      "Binance closed the pair", "exchange closes its office", "AMA cancelled",
              "SEC cancels the hearing": a company's or an event's, no order of the reader's

Each was read as a close (or a cancel, a stop move, a partial close) of the trade the post
replies to: a wrong action, the bot closing a position nobody closed. The words come from market
wraps and results posts as channels write them (dev: pnd-tg-1320553215-012, pnd-tg-1325993004-011,
dk-trader-a-025), English market glossaries ("daily close", "weekly close", "CME gap": CME Group's
and Investopedia's glossaries), and the promotion posts of signal channels. A trade's own words
stay read: "Close BTC now", "Закрываем ETH по рынку", "closed in profit", a coinless "Close".
"""

from __future__ import annotations

import re
from typing import Final

from parsers.not_close_others import CLAUSE_BEFORE
from parsers.sentences import clause_head

_MONTHS_EN: Final = (
    r"(?:january|february|march|april|june|july|august|september|october|november|december)"
)
_MONTHS_RU: Final = (
    r"(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w{0,2}"
)

# Right after the word (from its end; the rest of the word skipped: "đóng", "closed", "закрываем").
AFTER_ROWS: Final[tuple[tuple[str, str], ...]] = (
    # market: a candle closed, said after the verb ("closed daily candle below", "closed a green
    # candle", "đóng nến ngày", "cerró la vela", "fechou o candle").
    (
        "market",
        r"(?:a|the|its|their)?\s?(?:daily|weekly|monthly|hourly|[0-9]{1,2}\s?[hdw]|4-?hour)"
        r"\s(?:candles?|close|bars?)(?![a-z])",
    ),
    (
        "market",
        r"(?:a|the)?\s?(?:green|red|bullish|bearish|doji|big|strong|weak)\s(?:candles?|bars?"
        r"|day|week|month)(?![a-z])",
    ),
    # "đóng cửa" (the closing price), "đóng trên 60000" (closed above; not "đóng lệnh trên sàn").
    ("market", r"(?:cửa|(?:trên|dưới)\s(?:mức\s|vùng\s|đường\s)?[$0-9])(?!\w)"),
    (
        "market",
        r"(?:nến|cây\snến|la\svela|una\svela|las\svelas|o\scandle|um\scandle|candle|mum\w*)"
        r"(?!\w)",
    ),
    # market: a gap closed ("closed the CME gap", "close the gap at 58k": the chart's gap).
    ("market", r"(?:the|a|that|this|its)?\s?(?:cme\s|weekend\s|futures\s)?gaps?(?![a-z])"),
    # period: a year, a quarter, a month by name ("closing out the year", "closed march +40%",
    # "закрываем март", "закрыли квартал"); "the day/week/month" is no_instruction_words.NOT_CLOSE_AFTER's.
    (
        "period",
        r"(?:out\s)?(?:the|this|our|my)?\s?(?:year|quarter|season|session|trading\s(?:day|week"
        r"|month|year)|first\shalf|second\shalf)(?![a-z])",
    ),
    ("period", r"(?:out\s)?(?:the\smonth\sof\s)?" + _MONTHS_EN + r"(?![a-z])"),
    # "$BTC closed May with a +12% gain" (the modal "may" is no month: "closed may be"; i13-wa23).
    (
        "period",
        r"(?:out\s)?(?:the\smonth\sof\s)?may\s(?:with|at|in|on|up|down|green|red|[+-]?[0-9])",
    ),
    # market: a candle named with its words between ("closed its first green weekly candle",
    # "closed a third straight red daily bar"; i13-wa23).
    (
        "market",
        r"(?:(?:a|the|its|their|another|first|second|third|fourth|fifth|[0-9]{1,2}(?:st|nd|rd|th)"
        r"|green|red|bullish|bearish|big|huge|strong|weak|new|higher|lower|daily|weekly|monthly"
        r"|[0-9]{1,2}\s?[hdw]|4-?hour|consecutive|straight|engulfing|doji|hammer"
        # ("It needs to close at least one 4-hr candle above 69,000": i13-wt33, made up.)
        r"|at\sleast|one|two|three|[0-9]{1,2}-?(?:hrs?|hours?|days?|mins?|m))\s){1,5}"
        r"(?:candles?|bars?|candlesticks?)(?![a-z])",
    ),
    # market: a coin closed some percent higher, or at its highs ("#SOL закрылся на 5% выше",
    # "Биток закрыл день на хаях"; i13-wa23: read as a close of 5 %).
    (
        "market",
        r"(?:день\s|неделю\s|месяц\s)?на\s(?:\+?[0-9.,]{1,6}\s?%\s(?:выше|ниже)|хаях|лоях"
        r"|максимум\w{0,2}|минимум\w{0,2})(?!\w)",
    ),
    # period: a month, a week, a year in Spanish and Portuguese ("Cerramos el mes con +40%",
    # "fechamos a semana no verde"; i13-wa23).
    ("period", r"(?:el|la|o|a|este|esta|esse|essa)\s(?:mes|mês|semana|año|ano|trimestre)(?!\w)"),
    # market: a rise or a fall told in Spanish and Portuguese ("#ETH cerró con una subida del
    # 5%", "fechou em alta", "cerró a la baja"; i13-wa23).
    (
        "market",
        r"(?:con\s(?:una\s)?|com\s(?:uma\s)?|em\s|en\s|a\sla\s)(?:subida|bajada|alza|baja|alta"
        r"|queda)(?!\w)",
    ),
    # market: a period's candle in French and the world's ("Clôture hebdomadaire au-dessus de
    # 60k"), a market closed for a holiday (i13-forms30: each read as a close of all).
    ("market", r"\s(?:hebdomadaire|mensuelle|journali[eè]re|quotidienne|annuelle)(?!\w)"),
    ("news", r"\sfor\s(?:the\s)?(?:holidays?|weekend|christmas|new\syear|maintenance)(?![a-z])"),
    # market: the closing price, the bell, the auction ("#BTC Closing price today: 67,200").
    ("market", r"\s(?:prices?|bell|auction|print)(?![a-z])"),
    (
        "period",
        r"(?:этот\s|эту\s|прошл\w{0,3}\s|текущ\w{0,3}\s|торгов\w{0,3}\s)?(?:"
        + _MONTHS_RU
        + r"|год|года|квартал\w{0,2}|сезон\w{0,2}|недел[юяи]|месяц\w{0,2})(?!\w)",
    ),
    # recap: a share of past trades ("closed 70% of our signals in profit", "закрыто 80% сигналов
    # в плюс"; "closed 12 trades" is parsers/followup_guard.py's recap).
    (
        "recap",
        r"(?:over\s|more\sthan\s)?[0-9]{1,3}\s?%\s(?:of\s)?(?:our\s|the\s|all\s|наших\s)?"
        r"(?:trades|signals|calls|setups|сделок|сигналов)(?!\w)",
    ),
    # recap: a close told as earlier ("was closed yesterday", "had been closed earlier").
    ("recap", r"\s(?:earlier|yesterday|previously|last\s(?:week|month|night|year))(?![a-z])"),
    # promotion: a sign-up or a sale ("closing registration", "закрываем продажи").
    (
        "promotion",
        r"(?:the\s|our\s|all\s)?(?:registrations?|enrol?lments?|sign[\s-]?ups?"
        r"|applications?|doors|offers?|sales?|discounts?|deals?|presales?|whitelists?"
        r"|spots|slots|seats|memberships?|subscriptions?|intake|recruitment)(?![a-z])",
    ),
    ("promotion", r"(?:продаж|скидк|акци|предложени|подписк|мест|при[её]м|вступлени)\w{0,3}(?!\w)"),
    # advice: "закрыл бы" (would close): a hypothesis.
    ("advice", r"\sбы(?!\w)"),
    # news: a company's or an event's ("closes its office", "cancelled the AMA"; "closed the
    # pair" is said with its subject, below: "close all pairs" is an instruction).
    (
        "news",
        r"(?:the\s|its\s|their\s)?(?:withdrawals?|deposits?|accounts?|offices?|services?|operations"
        r"|branch\w{0,2}"
        r"|funding\sround|round|acquisition|merger|ama|event|webinar|stream|livestream|meeting"
        r"|conference|hearing|listing|launch|rate\scuts?|rate\shikes?)(?![a-z])",
    ),
    # The same classes in the words of Vietnamese, Arabic and Turkish channels: "đóng tuần trên
    # 60000" (closed the week), "đóng 12 lệnh" (closed 12 orders), "hủy buổi livestream" (the
    # stream cancelled), "إلغاء البث المباشر" (the live stream cancelled), and "closing in on
    # 70000" (nearing it).
    ("period", r"(?:tuần|tháng|ngày|năm|phiên|quý)(?!\w)"),
    ("recap", r"[0-9]{1,4}\s(?:lệnh|kèo|tín\shiệu)(?!\w)"),
    (
        "news",
        r"(?:buổi|sự\skiện|livestream|phiên\slive|البث|بث|اللايف|الاجتماع|المؤتمر|الحدث"
        r"|الفعالية|المسابقة|الإدراج)(?!\w)",
    ),
    ("market", r"in\son(?![a-z])"),
    # market: a coin's price closed higher, lower, at a high, or green on a day ("$ETH closed
    # higher today", "BTC closes lower for a third day", "ETH closed at its highest level since
    # March", "#BTC closed green today"): the chart's close told, no trade's (session 22, branch
    # i13-wa23: read as a close of the coin, a wrong action). ("closed in profit", "closed green
    # ✅" with no day after it may be the channel's own trade: still read.)
    (
        "market",
        r"(?:(?:the\s)?(?:day|week|month|session)\s|today\s|yesterday\s|again\s|slightly\s|much\s)?"
        r"(?:higher|lower|flat(?:\s|$)|at\s(?:its\s|a\s|the\s)?(?:new\s|fresh\s|record\s|daily\s"
        r"|weekly\s)?(?:highest|lowest|highs?|lows?|record|ath)|(?:green|red|up|down|positive"
        r"|negative|in\sthe\s(?:green|red))\s(?:[0-9.,]{1,6}\s?%\s)?(?:today|yesterday|again"
        r"|on\sthe\s(?:day|week|month)|for\s(?:the|a)\s(?:[a-z0-9]+\s)?(?:day|week|month)"
        r"|(?:this|last)\s(?:week|month)))(?![a-z])",
    ),
    # whether to close ("закрывать ли #ETH"), what the reader may choose ("можно закрывать,
    # если хотите", "close half if you want"), other traders' positions ("закрытие позиций
    # шортистов"), the CME futures' expiry ("закрытие фьючерсов CME").
    ("advice", r"\sли(?!\w)"),
    (
        "advice",
        r"[^\n.!?;]{0,16}?(?:если\sхотите|по\sжеланию|на\sваше\sусмотрение|if\syou\s(?:want|like"
        r"|wish|prefer)|at\syour\s(?:own\s)?discretion|(?:it'?s\s)?up\sto\syou)(?![a-zа-я])",
    ),
    ("news", r"(?:позиций\s)?(?:шортист|лонгист|трейдер|кит|медвед|быков|толп)\w{0,3}(?!\w)"),
    ("market", r"(?:\w+\s)?cme(?!\w)"),
    # "kapatmak isteyen kapatabilir" (who wants to close, can), "أغلقوا صفقاتهم" (they closed
    # their trades).
    ("advice", r"\sisteyen(?!\w)"),
    ("news", r"\s?صفقاتهم(?!\w)"),
)

# In the word's clause, right before it ("the CME gap closed", "all signals closed in profit").
BEFORE_ROWS: Final[tuple[tuple[str, str], ...]] = (
    # market: a market, an index, a session, a gap as the subject ("S&P closed higher", "the
    # week closed green", "CME gap closed", "BTC haftalık mumu 60000 üzerinde kapattı"); a
    # tagged ticker is a coin ("$SPX Close half now": SPX6900, not the index).
    (
        "market",
        r"(?<![a-z$#])(?:(?:the|stock|us|crypto)\smarket|markets|stocks|equities|wall\sstreet|s&p(?:\s?500)?|spx|nasdaq"
        r"|dow(?:\sjones)?|dxy|index|indices|gold|oil|session|gap|(?:cme|chicago)(?:\sfutures|\sgap)?|quarter|quarterly"
        r"|month[\s-]end|year[\s-]end|(?:the\s|this\s|last\s)?(?:week|month|year)|(?:the|this|last)\s(?:day|week"
        r"|month|year))"
        r"\s(?:has\s|have\s|had\s|just\s|finally\s|also\s|then\s)?$",
    ),
    (
        "market",
        r"(?<![a-z])gaps?\s(?:[^\s,;!?]+\s){0,4}(?:is|was|are|were|has\sbeen|got|now|finally"
        r"|just|been)\s(?:now\s|finally\s|been\s|fully\s)?$",
    ),  # "the gap at 61000 is now closed"
    (
        "market",
        r"(?:nến|cây\snến)\s(?:ngày\s|tuần\s|tháng\s|[0-9]{1,2}\s?h\s)?$",
    ),  # "nến ngày đóng"
    ("market", r"(?:mum\w*|haftay[ıi]|gün[üu]|yıl[ıi]|seans\w*|üzerinde|altında|üstünde)\s$"),
    # recap: past trades as the subject ("all signals closed in profit", "85% of our trades
    # closed in profit", "все сигналы закрыты в плюс", "14 сделок закрыто").
    (
        "recap",
        r"(?:(?<![a-z])(?:all|most|every)\s(?:of\s(?:our|the|my|these|those)\s)?(?:our\s)?"
        r"(?:signals|calls|setups)|(?<![\w.])(?:[0-9]{1,4}|[0-9]{1,3}\s?%\s(?:of\s)?(?:our\s|the\s"
        r"|all\s)?)\s?(?:of\s(?:our|the|my|these|those)\s)?(?:signals|calls|setups|trades))"
        r"\s(?:(?:this|last|that)\s(?:week|month|year)\s)?(?:were\s|have\sbeen\s|got\s|are\s)?$",
    ),
    (
        "recap",
        r"(?<![\w.])[0-9]{1,3}\s?%\sof\s(?:our\s|the\s|all\s)?positions\s(?:were\s|have\sbeen\s|got\s)?$",
    ),
    (
        "recap",
        r"(?<!\w)(?:все|[0-9]{1,4}|[0-9]{1,3}\s?%)\s(?:наш\w{0,2}\s)?(?:сигнал\w{0,3}|сдел\w{1,3})"
        # ("Все сделки за неделю закрыты в профит": a period between; i13-wa23.)
        r"\s(?:за\s[а-яё]{3,8}\s)?(?:был\w?\s|уже\s)?$",
    ),
    # recap: a close told as part of a story, with a "was" (Russian "был закрыт": the
    # pluperfect of a narrative; a channel's close is "закрыт", "закрываем").
    (
        "recap",
        r"(?<!\w)(?:позже|позднее|потом|затем|ранее|вчера|тогда)\s(?:[^\s.!?]+\s){0,5}"
        r"(?:был|была|было|были)\s$",
    ),
    (
        "recap",
        r"(?<![a-z])(?:later|earlier|yesterday|previously)\s(?:[^\s.!?]+\s){0,5}"
        r"(?:was|were|had\sbeen|got)\s$",
    ),
    # advice: "consider closing", "I'd close", "you may want to exit", "я бы закрыл".
    (
        "advice",
        r"(?<![a-z])(?:consider(?:ing)?|i['’]d|you\s(?:may|might)\swant\sto"
        r"|(?:may|might)\swant\sto|think(?:ing)?\sabout|thinking\sof)\s$",
    ),
    ("advice", r"(?<!\w)(?:я|мы|ты|вы)\sбы\s(?:уже\s|сейчас\s|тут\s)?$"),
    # news: an exchange, a regulator, a company as the subject ("Binance closed the pair",
    # "exchange closes", "Бинанс закрывает").
    (
        "news",
        r"(?<![a-z])(?:binance|bybit|okx|okex|kucoin|coinbase|kraken|huobi|htx|gate(?:\.io)?"
        r"|mexc|bitget|bitmex|ftx|bithumb|upbit|bitfinex|exchanges?|sec|cftc|fed|government"
        r"|regulators?|company|bank|banks)\s(?:has\s|have\s|just\s|officially\s|also\s)?$",
    ),
    (
        "news",
        r"(?<!\w)(?:эфир|стрим|вебинар|трансляци\w{0,2}|конференци\w{0,2}|встреч\w{0,2}"
        r"|розыгрыш|конкурс|листинг|ама)\s(?:был\w?\s|уже\s|сегодня\s)?$",
    ),  # "Эфир отменен"
    (
        "news",
        r"(?<!\w)(?:бинанс|байбит|биржи|фрс|sec|банк\w{0,2}|компани\w{0,2}|правительство)"
        r"\s(?:уже\s|официально\s)?$",
    ),
    # news: an event as the subject ("AMA cancelled", "the listing was cancelled").
    (
        "news",
        r"(?<![a-z])(?:ama|event|webinar|stream|livestream|meeting|conference|hearing|listing"
        r"|launch|rate\scuts?|rate\shikes?)s?\s(?:(?:is|was|has\sbeen|got|been|are|were)\s)?$",
    ),
    # ... and before the verb: "Гэп закрыт" (the gap), "Binance bu çifti kapatıyor" (this pair,
    # as Turkish puts the object first), "Ben olsam ... kapatırdım" (if I were), "Tất cả tín
    # hiệu đều đóng có lãi" (all signals closed in profit), "half of the channel closed" (other
    # people's), "always close half at TP1" (a rule for every trade).
    ("market", r"(?<!\w)(?:гэп|гап|разрыв)\w{0,2}\s(?:на\s)?(?:cme\s)?(?:уже\s|был\w?\s)?$"),
    ("news", r"(?<!\w)(?:bu\s)?(?:çift\w*|parite\w*)\s$"),
    ("advice", r"(?<!\w)ben\solsam\s(?:[^\s]+\s){0,3}$"),
    ("recap", r"(?<!\w)(?:tất\scả|các)\s(?:tín\shiệu|lệnh|kèo)\s(?:đều\s|đã\s)?$"),
    (
        "news",
        r"(?<![a-z])(?:half|most|many|some|a\slot)\sof\s(?:the\s)?(?:channel|traders|members"
        r"|people|group|community|you|us)\s$",
    ),
    # ... and in Russian: "Половина канала закрыла позиции", "большинство подписчиков закрыли".
    (
        "news",
        r"(?<!\w)(?:половина|большинство|многие\sиз|часть)\s(?:канала|подписчиков|участников"
        r"|трейдеров|группы|чата|нас|вас)\s(?:уже\s)?$",
    ),
    (
        "advice",
        r"(?<![a-z])(?:always|remember\sto|don['’]t\sforget\sto|never\sforget\sto"
        r"|make\ssure\s(?:to|you))\s$",
    ),
    # ... "Многие закрыли шорты", "лонгисты закрывают позиции", "whales closed their longs":
    # other traders; "whether to close #ETH": a question.
    (
        "news",
        r"(?<!\w)(?:многие|лонгисты|шортисты|трейдеры|киты|толпа|крупные\sигроки"
        r"|участники\sрынка|whales|bears|bulls|retail|many\straders|many\sof\syou)\s(?:уже\s|have\s)?$",
    ),
    ("advice", r"(?<![a-z])(?:whether|if)\s(?:or\snot\s)?(?:to\s)?$"),
    # ... "holders exiting", "miners are closing", "long-term holders took profits": the market's
    # players (not "traders", a greeting: "Traders close your longs"; i13-wt34).
    (
        "news",
        r"(?<![a-z])(?:(?:long|short)[\s-]term\sholders|holders|hodlers|miners|investors"
        r"|institutions|funds|speculators|market\sparticipants|sellers|buyers)\s(?:are\s|were\s"
        r"|keep\s|have\s|have\sbeen\s|started\s|start\s|began\s|begin\s)?$",
    ),
    # ... "Many positions were closed, funding rate reset", "late shorts got closed out": the
    # market's positions, counted, in the passive (i13-wt34).
    (
        "news",
        r"(?<![a-z])(?:many|most|some|lots\sof|a\slot\sof|late|over-?leveraged|leveraged|retail)"
        r"\s(?:positions|shorts|longs|short\spositions|long\spositions)\s(?:were|got|have\sbeen"
        r"|are\sbeing|are\sgetting|being|getting)\s$",
    ),
    # ... "Etkinlik iptal edildi" (the event cancelled), "Kapatmak isteyen kapatabilir", "кто
    # хочет, может закрыть", "whoever wants can close" (the reader's choice), "Tüm işlemler kârla
    # kapatıldı" (all trades closed in profit), "Bu ay %144 kârla kapattık" (this month closed
    # with +144%), "الناس أغلقوا" (people closed).
    (
        "news",
        r"(?<!\w)(?:etkinlik|yayın|canlı\syayın|toplantı|webinar|çekiliş|yarışma|listeleme)"
        r"\w{0,3}\s(?:de\s|da\s|bugün\s)?$",
    ),
    (
        "advice",
        r"(?<!\w)(?:isteyen|кто\sхочет,?|whoever\swants|anyone\swho\swants|those\swho\swant)"
        r"\s(?:to\s)?(?:[^\s]+\s)?(?:может\s|can\s|may\s)?$",
    ),
    ("recap", r"(?<!\w)(?:tüm|bütün)\s(?:işlemler|sinyaller|pozisyonlar)\s(?:[^\s]+\s)?$"),
    ("period", r"(?<!\w)(?:bu|geçen)\s(?:ay|hafta|yıl)\s(?:[^\s]+\s){0,3}$"),
    ("news", r"(?<!\w)(?:الناس|المتداولين|المتداولون|الكثير|الحيتان)\s$"),
    # ... "O mercado fechou em alta", "El mercado cerró a la baja" (the market, in Spanish and
    # Portuguese), "今天直播取消" (today's live stream cancelled; i13-wa23).
    ("market", r"(?<!\w)(?:el|o|os|los)\smercados?\s(?:hoy\s|hoje\s|ayer\s|ontem\s)?$"),
    ("news", r"(?:直播|活动|會議|会议|讲座|講座|空投|AMA|ama)\s?(?:已经|已經|已)?$"),
)


def _joined(rows: tuple[tuple[str, str], ...]) -> str:
    return "|".join(f"(?:{pattern})" for _, pattern in rows)


_AFTER: Final = re.compile(r"\w*\s?(?:" + _joined(AFTER_ROWS) + ")")
_BEFORE: Final = re.compile("(?:" + _joined(BEFORE_ROWS) + ")")


def said_of_other(low: str, m: re.Match[str]) -> bool:
    """Whether the close or cancel word m of low is said of a candle, a market, a period, past
    trades counted, a sale, a hypothesis or a company (a row above), not of the reader's trade."""
    if _AFTER.match(low, m.end()) is not None:
        return True
    head, cut = clause_head(low, m.start(), CLAUSE_BEFORE)
    return _BEFORE.search(head, cut) is not None
