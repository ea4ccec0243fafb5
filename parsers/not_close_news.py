"""Close and cancel words of news headlines, exchange announcements and market wraps, as rows
(session 23, branch i13-wa24; the older rows are parsers/not_close_rows.py's and
parsers/not_close_others.py's). Each row is a class of chatter those rows did not hold, each
read as a close, a partial close or a cancel of the coin it names (a wrong action):

    news      "Binance to close its P2P service", "Bybit will cancel all open orders on the
              delisted pairs", "Binance will delist $XYZ and cancel all pending orders", "Mt. Gox
              trustee cancels repayment deadline", "Binance will cancel the $ABC airdrop", "AMA
              with the XYZ team is cancelled", "Отменили листинг токена XYZ": a company's, an
              exchange's or an event's (the exchange cancels the orders, not the channel)
    market    "BTC closed Friday at 64k", "NY close: $BTC 67.1k", "BTC dominance closed at 54%",
              "$SOL closed 8% higher", "Bitcoin closes the first quarter with a 70% gain", "$ETH
              cancelled its bearish pattern", "BTC закрыл день зелёной свечой", "BTC снова
              закрылся в красной зоне": a weekday's, a session's, an index's close, a price's
              move, a chart pattern undone
    crowd     "$BTC shorts closed: $80M liquidated", "About 40% of short positions closed",
              "Shorts on $BTC got closed in a squeeze": the market's positions
    recap     "Signals closed: 75% in profit", "Closed: 92% | Open: 8%", "(closed positions)"
    idiom     "Close-up of the $BTC chart", "ETH — close, but no cigar", "Закрываю тему"

and, beside a delisting or a suspension, what an exchange's notice says will be closed or
cancelled ("Positions will be closed automatically"), an exit word before a chart's shape
("exited the downtrend channel").

Written from news headlines and exchange announcements as they are worded (Binance's and Bybit's
delisting notices: "will cancel all open orders", "will close the ... pair"), market wraps and
the brief's classes; made up, never a held-out post. parsers/not_close.py asks `said_of_world` of
every close and cancel word, after the older rows. A channel's own words stay read: "Close BTC
now", "Cancel the ETH order", "#ETH закрываем по рынку".
"""

from __future__ import annotations

import re
from typing import Final

from parsers.sentences import clause_head

_WEEKDAYS: Final = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)"
)

# Right after the word (the rest of the word skipped: "closed", "cancels", "закрыл").
_AFTER_ROWS: Final[tuple[tuple[str, str], ...]] = (
    # market: a weekday's close ("BTC closed Friday at 64k", "closed on Monday at").
    (
        "market",
        r"(?:on\s|last\s)?" + _WEEKDAYS + r"(?:'s)?\s(?:at|above|below|near|with|in)(?![a-z])",
    ),
    # market: the price's move after its percent ("$SOL closed 8% higher", "closed 3% down").
    (
        "market",
        r"(?:at\s)?[+-]?[0-9][0-9.,]{0,5}\s?%\s(?:higher|lower|up|down|above|below|in\sthe\s(?:green"
        r"|red))(?![a-z])",
    ),
    # period: a quarter, a half, a year counted ("closes the first quarter", "closed Q1",
    # "closed 2024 with").
    (
        "period",
        r"(?:out\s)?(?:the|its|our|this)?\s?(?:first|second|third|fourth|last|1st|2nd|3rd|4th)"
        r"\s(?:quarter|half|month|week)(?![a-z])|(?:out\s)?q[1-4](?![a-z0-9])"
        r"|(?:out\s)?20[0-9]{2}\s(?:with|at|on|in|up|down|green|red)(?![a-z])",
    ),
    # market: a multi-year high or low ("$ETH/BTC closes at a new multi-year low").
    (
        "market",
        r"(?:at\s)?(?:a\s|its\s|the\s)?(?:new\s|fresh\s)?(?:multi-?year|multi-?month|[0-9]{1,2}-"
        r"(?:year|month|week|day)|all-time|yearly|monthly|weekly|record)\s(?:lows?|highs?)(?![a-z])",
    ),
    # market: a market cycle left ("Exiting the bear market: why $BTC will go higher").
    ("market", r"(?:the\s)?(?:bear|bull)\s(?:market|run|cycle|trend)(?![a-z])"),
    # news: something of one's life cancelled ("Cancelled my Netflix to buy more $BTC").
    (
        "news",
        r"(?:my|our)\s(?:netflix|spotify|subscriptions?|plans?|trip|vacation|holiday|flight|gym"
        r"|wedding|party|dinner|date|meeting|card)(?![a-z])",
    ),
    # market: a pattern, a scenario of the chart undone ("cancelled its bearish pattern",
    # "cancelled the head and shoulders").
    (
        "market",
        r"(?:the\s|its\s|a\s|this\s|that\s)?(?:[a-z]+\s){0,2}(?:patterns?|head\sand\sshoulders"
        r"|double\s(?:top|bottom)|divergences?|formations?|wedge|breakdown|death\scross"
        r"|golden\scross)(?![a-z])",
    ),
    # news: what a company or an event cancels or closes ("cancels repayment deadline", "will
    # cancel the $ABC airdrop", "to close its P2P service", "closed the deal").
    (
        "news",
        r"(?:the\s|its\s|their\s|all\s)?(?:[#$]?[a-z0-9]{1,12}\s){0,2}(?:deadlines?|repayments?"
        r"|airdrops?|token\ssales?|ico|ido|ieo|upgrades?|hard\sforks?|forks?|proposals?|votes?"
        r"|partnerships?|deal|lawsuit|case|p2p|services?|offices?|branch\w{0,2}|operations"
        r"|plans?\sto|launch|listings?|delistings?|suspensions?|maintenance|campaigns?"
        r"|promotions?|competitions?|tournaments?)(?![a-z])",
    ),
    # news: the exchange's orders on a delisted pair ("will cancel all open orders on the
    # delisted pairs", "cancel all pending orders on March 12").
    (
        "news",
        r"(?:all\s)?(?:open|pending|outstanding|existing|users?'?)\s(?:[a-z]+\s)?orders\s(?:on|for|of|in)"
        r"\s(?:the\s)?(?:delisted|affected|following|these|those|above|said)(?![a-z])",
    ),
    # crowd: a share of the market's longs or shorts ("closing 20% of longs across exchanges").
    (
        "crowd",
        r"[0-9.,]{1,5}\s?%\sof\s(?:all\s)?(?:the\s)?(?:longs|shorts)\s(?:across|on\s(?:all\s)?"
        r"(?:the\s)?exchanges|were|got|liquidated)(?![a-z])",
    ),
    # crowd: a squeeze ("Shorts on $BTC got closed in a squeeze").
    ("crowd", r"\s(?:in|by|during)\s(?:a|the)\s(?:short\s|long\s)?squeeze(?![a-z])"),
    # news and market in Russian: a listing, a hearing, an airdrop cancelled ("Отменили листинг
    # токена XYZ"), a day closed by a coin ("закрыл день зелёной свечой"), a zone ("закрылся в
    # красной зоне").
    (
        "news",
        r"(?:\w+\s)?(?:листинг|делистинг|слушани|аирдроп|эйрдроп|обновлени|хардфорк|сделк\w\sпо"
        r"\sпокупке)\w{0,3}(?!\w)",
    ),
    (
        "market",
        r"(?:\w+\s)?(?:день|сутки|сессию|торги)\s(?:[а-яё]+\s)?(?:свеч\w{0,3}|рост\w{0,3}"
        r"|падени\w{0,3}|выше|ниже|в\sплюсе?|в\sминусе?|зел[её]н\w{0,3}|красн\w{0,3})(?!\w)",
    ),
    ("market", r"(?:\w+\s)?в\s(?:красн|зел[её]н)\w{0,3}\sзон\w{0,2}(?!\w)"),
    # A period's report ("Закрытие сделок по итогам месяца"); a topic, a question closed
    # ("Закрываю тему альтсезона", "Закрыли вопрос с выплатами").
    ("period", r"\s(?:[а-яё]+\s){0,2}по\sитогам\s(?:месяца|недели|года|дня|квартала)(?!\w)"),
    ("news", r"\s(?:эту\s|этот\s)?(?:тему|вопрос|гештальт)(?!\w)"),
    # news: a rate, a tariff cancelled ("Отмена ставок ФРС откладывается").
    ("news", r"\s(?:ставк|ставок|пошлин|санкци|тариф)\w{0,3}(?!\w)"),
    # recap: a statistics line ("Closed: 92% | Open: 8%").
    (
        "recap",
        r"\s?:\s?[0-9.,]{1,5}\s?%\s?[|/,;]\s?(?:open|active|running|pending|stopped|lost|sl)"
        r"(?![a-z])",
    ),
)

# In the word's clause, right before it.
_BEFORE_ROWS: Final[tuple[tuple[str, str], ...]] = (
    # news: an exchange, a company, a trustee as the subject, with what it will do ("Binance to
    # close its P2P service", "Bybit will cancel ...", "Binance will delist $XYZ and cancel ...").
    (
        "news",
        r"(?<![a-z])(?:binance|bybit|okx|okex|kucoin|coinbase|kraken|huobi|htx|gate(?:\.io)?|mexc"
        r"|bitget|bitmex|bingx|bitfinex|bithumb|upbit|exchanges?|trustee|sec|cftc|fed|court|judge"
        r"|platform|protocol|team|foundation|devs?|developers)\s(?:[a-z.]+\s){0,2}(?:will|to|is\sto"
        r"|plans?\sto|is\sset\sto|set\sto|is\sgoing\sto|has\sdecided\sto|decided\sto|announced"
        r"|announces)\s(?:[^\s,;:.!?]+\s){0,8}?(?:and\s)?$",
    ),
    # news: a state, a company, a fund as the subject ("Germany closed its $BTC position",
    # "Tesla sold ..."; other holders, not the channel).
    (
        "news",
        r"(?<![a-z])(?:germany|the\sus|us\sgovernment|government|tesla|microstrategy|blackrock"
        r"|grayscale|el\ssalvador|bhutan|mt\.?\sgox|the\sfund|funds|etfs?|miners|whales?)\s"
        r"(?:has\s|have\s|just\s|reportedly\s|also\s)?$",
    ),
    # news: an event named with what it is about ("AMA with the XYZ team is cancelled").
    (
        "news",
        r"(?<![a-z])(?:ama|event|webinar|stream|livestream|meeting|conference|hearing|listing"
        r"|launch|airdrop|token\ssale|giveaway|contest)s?\s(?:with|on|about|for|of|by)\s"
        r"(?:[^\s,;:.!?]+\s){1,5}(?:(?:is|was|has\sbeen|got|been|are|were|now)\s){0,2}$",
    ),
    # news: a sale, a launchpad, a farming window ("Bybit Launchpad subscription for $ABC is
    # now closed", "the $XYZ farming is closed").
    (
        "news",
        r"(?<![a-z])(?:launchpad|launchpool|subscriptions?|presale|token\ssale|farming|staking"
        r"|pool|window|registration|snapshot|claim)\s(?:(?:for|of|on)\s(?:the\s)?[#$]?[a-z0-9]{1,12}"
        r"\s)?(?:(?:is|are|was|has\sbeen|now|officially)\s){0,2}$",
    ),
    # idiom: the close as a noun praised ("$BTC — what a close!", "great close today").
    (
        "market",
        r"(?<![a-z])(?:what\sa|nice|great|strong|weak|solid|huge|ugly|perfect|beautiful"
        r"|bullish|bearish)\s$",
    ),
    # market: a session's, an index's close ("NY close", "London close", "BTC dominance closed
    # at 54%", "funding closed", "the fear and greed index closed").
    (
        "market",
        r"(?<![a-z])(?:ny|new\syork|london|asia|asian|tokyo|us|eu|european|cme)\s(?:session\s)?$",
    ),
    (
        "market",
        r"(?<![a-z])(?:dominance|btc\.d|usdt\.d|funding(?:\srate)?|open\sinterest|oi|fear\sand"
        r"\sgreed(?:\sindex)?|marketcap|market\scap|total[23]?|volume)\s(?:has\s|just\s|finally\s"
        r"|also\s)?$",
    ),
    # market: the daily close in Russian ("Дневное закрытие BTC — 67 800"); an event cancelled
    # ("Мероприятие отменено").
    ("market", r"(?<![а-яё])(?:дневн|недельн|месячн|часов|годов|квартальн)\w{1,3}\s$"),
    ("news", r"(?<![а-яё])(?:мероприяти|собрани|созвон)\w{0,2}\s(?:было\s|уже\s)?$"),
    # recap: signals counted as a whole ("Signals closed: 75% in profit, 25% at a loss").
    ("recap", r"(?<![a-z])(?:signals|calls|setups)\s(?:were\s|have\sbeen\s)?$"),
    # market: the market at its close ("Рынок на закрытии: BTC 67 100").
    ("market", r"(?<![а-яё])(?:рынок|рынки|биржа|сессия|торги)\s(?:на\s|перед\s)$"),
    # crowd: a share of the market's positions ("About 40% of short positions closed in the
    # last hour").
    (
        "crowd",
        r"(?<![a-z])(?:[0-9.,]{1,5}\s?%\sof\s(?:all\s)?(?:the\s)?)(?:short|long)\s(?:positions"
        r"|contracts)\s(?:were\s|got\s|have\sbeen\s|have\s)?$",
    ),
    # crowd: the market's shorts or longs closed by liquidation ("$BTC shorts closed: $80M
    # liquidated"); "our longs", "my shorts" are the channel's.
    ("crowd", r"(?<!our\s)(?<!my\s)(?<!your\s)(?:shorts|longs)\s(?:were\s|got\s|being\s)?$"),
)
_CROWD_NEEDS: Final = "liquidat"

# An exchange's notice (a delisting, a suspension, a settlement): what it says will be closed or
# cancelled is the exchange's doing ("Bitget will delist $ABCUSDT perpetual. Positions will be
# closed automatically", "open orders will be cancelled", "$XYZ margin trading closed, the pair
# will be delisted"); the channel asks nothing.
_NOTICE: Final = re.compile(
    r"(?<![a-z])(?:delist\w{0,3}|suspend\w{0,3}|suspension|maintenance|settlement\sprice"
    r"|will\sbe\sremoved|will\sremove)(?![a-z])"
)
_NOTICE_BEFORE: Final = re.compile(
    r"(?<![a-z])(?:(?:all\s)?(?:open|pending|existing|outstanding|users?['’]?)\s(?:[a-z]+\s)?orders"
    r"|(?:all\s|open\s|users?['’]?\s)?positions|(?:margin\s|spot\s|futures\s)?trading|trading\sbots?)"
    r"\s(?:will\sbe\s|are\sbeing\s|have\sbeen\s|were\s|is\s|was\s|has\sbeen\s)?"
    r"(?:automatically\s)?$"
)

# An exit word said of a chart's shape ("$BTC — exiting the range to the upside", "#SOL exited
# the downtrend channel", "Price exited the cloud").
_EXIT_SHAPE: Final = re.compile(
    r"\w*\s(?:the\s|its\s|this\s|a\s)(?:[a-z]+\s){0,2}(?:range|channel|cloud|wedge|triangle"
    r"|box|consolidation|accumulation|distribution|pattern|downtrend|uptrend|flag|pennant)(?![a-z])"
)
# An event after a cancel word ("Отмена: сегодня эфира не будет", "Отменяется вебинар"): a cancel
# only ("Закрыл лонг по эфиру": "эфир" is also Ether's name, a close of ETH).
_EVENT_RU: Final = re.compile(
    r"\w*:?\s(?:[а-яё]+\s){0,2}(?:эфир|стрим|вебинар|трансляци|встреч|конференци|розыгрыш"
    r"|мероприяти)\w{0,3}(?!\w)"
)
# The noun "закрытие" said of the market's positions ("Закрытие позиций на рынке"), or with what
# it leads to ("Закрытие позиций по BTC приведет к падению рынка": a forecast; i13-ru25).
_IN_MARKET: Final = re.compile(
    r"\w*\s(?:позиций\s|шортов\s|лонгов\s)?на\sрынке(?!\w)"
    r"|\w*\s(?:[^\s.!?\n]+\s){0,4}(?:может\s|могут\s)?(?:привед[её]т|приводит|привести|вызовет"
    r"|вызывает|спровоцирует|ударит)(?!\w)"
)
# Closed positions counted ("Realized profit: $3,200 (closed positions)", "closed trades:"), the
# past participle only ("Close positions: ..." is an instruction).
_COUNTED: Final = re.compile(r"\s(?:positions|trades)\s?[):]")
# The word itself in an idiom: "close-up", "close, but no cigar", "close but not yet".
_IDIOM: Final = re.compile(r"-up(?![a-z])|,?\sbut\s(?:no|not)\s(?:cigar|quite|yet)(?![a-z])")


def _joined(rows: tuple[tuple[str, str], ...]) -> str:
    return "|".join(f"(?:{pattern})" for _, pattern in rows)


_AFTER: Final = re.compile(r"\w*\s?(?:" + _joined(_AFTER_ROWS) + ")")
_BEFORE: Final = re.compile("(?:" + _joined(_BEFORE_ROWS[:-1]) + ")")
_CROWD: Final = re.compile(_BEFORE_ROWS[-1][1])
_CLAUSE_BEFORE: Final = 80


def said_of_world(low: str, m: re.Match[str]) -> bool:
    """Whether the close or cancel word m of low is a headline's, an exchange's, a market wrap's
    (a row above) or an idiom's, not an instruction on the reader's trade."""
    if _AFTER.match(low, m.end()) is not None:
        return True
    if m.group().startswith("close") and _IDIOM.match(low, m.end()) is not None:
        return True
    if m.group().startswith("exit") and _EXIT_SHAPE.match(low, m.end()) is not None:
        return True
    if m.group().startswith("отмен") and _EVENT_RU.match(low, m.end()) is not None:
        return True  # "Отмена: сегодня эфира не будет"
    if m.group() == "closed" and _COUNTED.match(low, m.end()) is not None:
        return True  # "(closed positions)": counted
    if m.group().startswith("закрыти") and _IN_MARKET.match(low, m.end()) is not None:
        return True  # "Закрытие позиций на рынке: ...": the market's positions
    head, cut = clause_head(low, m.start(), _CLAUSE_BEFORE)
    if _BEFORE.search(head, cut) is not None:
        return True
    if _NOTICE_BEFORE.search(head, cut) is not None and _NOTICE.search(low) is not None:
        return True
    return _CROWD_NEEDS in low and _CROWD.search(head, cut) is not None
