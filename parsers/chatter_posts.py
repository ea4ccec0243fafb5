"""Posts that are not instructions as a whole, whatever action's word they hold (session 19,
branch i13-close20; the words one by one are parsers/not_close_rows.py's): a promotion ("Last
day! VIP doors close at midnight"), a results post by its title ("Результаты марта", "Kết quả
tuần", "نتائج الشهر"), a rule for every trade ("Tip: always close half at TP1 and move SL to
entry"), the market's stops ("stop hunt", "whales moved the stops"). parsers/followup_guard.py
asks these of a post read as an action; each was read as a close or a stop move (a wrong action).
"""

from __future__ import annotations

import re
from typing import Final

from parsers.chatter_titles import said_before
from parsers.gate_words import gate, holds
from parsers.sentences import sentence_start

# A promotion: a sale or a sign-up with its deadline ("last day", "last chance", "promo code",
# "50% off", "последний день", "скидка"): whatever it says is closed or cancelled, it asks for no
# action on a position.
_PROMOTION: Final = re.compile(
    r"(?<![a-z])(?:last\s(?:day|chance|call\sto\sjoin)|promo\s?codes?|discount\scodes?"
    # ("Take 50% off the table", "take 25% off here": the share taken off, no sale; i13-wa23.)
    r"|(?<!take\s)(?<!taking\s)(?<!took\s)(?<![0-9])[0-9]{1,2}\s?%\s(?:off(?!\s(?:the\s)?table)"
    r"|discount)|limited\s(?:offer|spots|seats|slots|time\soffer)"
    # ("Promo ⚡️ Our AI bot auto-closes trades ... cancel anytime", "🎁 GIVEAWAY 🎁", "free
    # trial"; i13-status32.)
    r"|promo(?:tion)?|giveaway|free\strial|try\s(?:it\s)?(?:for\s)?free|cancel\sanytime)(?![a-z])"
    r"|(?<!\w)(?:последний\s(?:день|шанс)|промокод\w{0,2}|скидк\w{1,2}|успей\w{0,3}"
    r"|осталось\s[0-9]{1,3}\sмест\w?)(?!\w)"
)
# A sign-up asked for on the action's own line ("#BTC LONG +120% closed in profit 🔥 Join VIP for
# more!", "Want the next one? DM @admin", "Сделка ... закрыта +45%. Следующий сигнал — только в
# VIP!"; i13-wa24). (On a heading of its own over a reply it is the channel's banner: "Join our
# VIP channel 👑 / 走了" is a close.)
_SIGN_UP: Final = re.compile(
    r"(?<![a-z])(?:join\s(?:our\s|the\s|us\sin\s(?:the\s)?)?(?:vip|premium|paid\sgroup"
    r"|private\sgroup)|want\sthe\snext\sone|(?:next|more)\s(?:signals?|calls?)\s(?:only\s)?in\s"
    r"(?:our\s)?(?:vip|premium))(?![a-z])|(?<![\w@])dm\s@"
    r"|(?<!\w)(?:только\sв\s(?:vip|привате|платном)|в\sнашем\s(?:vip|привате|платном\sканале"
    r"|закрытом\sканале)|подключайся|подключайтесь)(?!\w)"
)


# (Not "Close 50% now, the rest is up to you": the rest left to the reader, the close asked.)
# The reader's own choice ("Я закрыл свою позицию, а вы решайте сами", "I closed my personal
# position, you decide for yourselves", "Переносить стоп в бу или нет - решать вам"): the author
# tells what he did or could do, and leaves it to the reader; no instruction to follow.
_READERS_CHOICE: Final = re.compile(
    r"(?<![a-z])(?:you\sdecide|decide\sfor\syoursel(?:f|ves)|(?:it'?s\s)?your\s(?:own\s)?(?:call"
    r"|choice|decision)|(?<!is\s)(?<!are\s)(?:it['’]?s\s)?up\sto\syou(?:rself)?)(?![a-z])"
    r"|(?<!\w)(?:решайте\sсами|решать\sвам|решение\sза\sвами|на\sваше\sусмотрение"
    r"|karar\ssizin|tùy\sbạn|القرار\sلك)(?!\w)"
)


def promotion(low: str, at: int | None) -> str | None:
    """Why the post is no instruction: a promotion (a sale, a sign-up, with its deadline or its
    code) or the reader's own choice, said on its first line or on the line of the action's word
    at low[at] (a footer's "promo code" under a real close is not: "#BTC close now / ... / VIP
    50% off: @admin"); or None."""
    for pattern, why in (
        (_PROMOTION, "a promotion"),
        (_READERS_CHOICE, "the reader's choice"),
        (_SIGN_UP, "a promotion"),
    ):
        if pattern.search(low) is None:
            continue
        if pattern is not _SIGN_UP and pattern.search(low.lstrip().split("\n", 1)[0]) is not None:
            return why
        if at is not None:
            # (a short reply's action may be found at the line break before it: "Join our VIP
            # channel 👑 / 走了", the reply's line is the one after.)
            on = at + 1 if pattern is _SIGN_UP and low.startswith("\n", at) else at
            start, end = low.rfind("\n", 0, on) + 1, low.find("\n", on)
            if pattern.search(low, start, len(low) if end < 0 else end) is not None:
                return why
    return None


# A stop word said of the market's stops, not the trade's: "stop hunt", "stops swept", "whales
# moved the stops", "liquidity below the stops" (others' orders, a chart's event; a move of the
# reader's stop is "move SL", "SL moved", "стоп в бу").
_OTHERS_STOP_AFTER: Final = re.compile(
    r"[\w-]*\s?(?:hunt\w*|sweep\w*|swept|grab\w*|run(?!\w)|runs|cluster\w*|liquidity|of\s(?:shorts"
    r"|longs|retail|traders|others)"
    # ... and an order type's feature ("Binance moved the stop-limit feature to the new UI").
    r"|features?|functions?|buttons?|options?\s(?:in|on)|tool"
    # ... or a stop defined ("The trailing stop is a tool, not a strategy").
    r"|(?:is|are)\s(?:a|an|not\sa)\s(?:tool|must|way|type|kind|form|friend|strategy))(?![a-z])"
)
_OTHERS_STOP_BEFORE: Final = re.compile(
    r"(?<![a-z])(?:whales?|market\smakers?|mms|big\splayers|retail|traders|bots|they|everyone"
    r"|people)\s(?:have\s|had\s|just\s)?(?:moved|hunted|took|swept|ran|grabbed|hit)\s"
    r"(?:[#$]?[a-z0-9]{1,16}\s)?(?:the\s|their\s|all\s)?$"
)


def others_stop(low: str, at: int) -> bool:
    """Whether the stop word at low[at] is said of other traders' stops or the market's stop hunt
    ("#BTC stop hunt moved price to 59000", "whales moved #BTC stops to 58000")."""
    end = at
    while end < len(low) and (low[end].isalnum() or low[end] in "-"):
        end += 1
    if _OTHERS_STOP_AFTER.match(low, end) is not None:
        return True
    return _OTHERS_STOP_BEFORE.search(low, max(0, at - 48), at) is not None


# A results post's title in the languages of the rows ("Результаты марта", "Статистика за
# неделю", "Haftalık sonuçlar", "نتائج الشهر", "Kết quả tuần", "Tổng kết tháng", "Monthly
# performance"; followup_guard.py's recap words hold the English "weekly results", "recap").
_RESULTS_TITLE: Final = re.compile(
    r"(?<!\w)(?:результаты|результат\sза|статистика|итог\s(?:недели|месяца|года)"
    r"|sonuçlar\w*|(?:haftalık|aylık)\ssonuç\w*|istatistik\w*|نتائج|إحصائيات|حصاد"
    r"|kết\squả\s(?:tuần|tháng|ngày|năm)|tổng\skết|thống\skê"
    r"|(?:weekly|monthly|yearly|daily)\s(?:performance|statistics|pnl|p&l)|performance\sreport"
    # ... and the English titles of a results post ("💎 VIP RESULTS 💎", "Today's results:",
    # "🏆 Top trades of the week", "Weekly P&L:", "Hall of fame"; i13-wa24).
    r"|(?:vip|today['’]?s|yesterday['’]?s|our|signals?|trading|channel|premium|free|week['’]?s"
    r"|month['’]?s)\sresults|top\s(?:[0-9]{1,2}\s)?(?:trades|calls|signals|winners|gainers)"
    r"|p&l|hall\sof\sfame|profit\s(?:report|board))(?!\w)"
)
# A rule for every trade, before the action's word in its sentence ("Tip: always close half at
# TP1 and move SL to entry", "Всегда переносите стоп в бу после первой цели"): no trade of now.
_EVERY_TRADE: Final = re.compile(
    r"(?<!\w)(?:always|every\strade|each\strade|in\severy\strade|всегда|в\sкаждой\sсделке"
    r"|her\sişlemde|her\szaman|luôn\sluôn|دائما|دائماً)(?!\w)"
)


def results_or_rule(low: str, at: int | None) -> str | None:
    """Why a post read as an action is a results post (its title says so) or a rule for every
    trade (said before the action's word at low[at], in its sentence), or None."""
    first = low.lstrip().split("\n", 1)[0]
    if _RESULTS_TITLE.search(first) is not None:
        return "a results post"
    if at is None:
        return None
    return "a rule for every trade" if said_before(low, at, _EVERY_TRADE) else None


# A trading maxim ("Secure profits. Always. No exceptions.", "Фиксируем прибыль — золотое правило
# трейдинга", "Фиксировать прибыль — это навык. Учитесь ...", "Жадность губит депозиты"): advice
# for every trade, no instruction for one (i13-wa24). ("Don't be greedy" is left: "#BTC take
# profit, don't be greedy" is a close.)
_MAXIM: Final = re.compile(
    r"(?<![a-z])(?:golden\srule|no\sexceptions|rule\sof\sthumb|(?:nobody|no\sone)\s(?:ever\s)?went"
    r"\sbroke|greed\skills|it'?s\sa\sskill|learn\sto|every\stime|is\sa\smust)(?![a-z])"
    r"|(?<![а-яё])(?:золот\w{2}\sправил\w{0,2}|главн\w{2}\sправил\w{0,2}|правил\w{0,2}\sтрейд\w{0,4}"
    r"|это\sнавык|учитесь|жадность\s(?:губит|убивает|—\sпорок)|так\s(?:учат|делают|поступают)"
    r"\s(?:профи|профессионал\w{0,2}|опытн\w{2}\sтрейдеры)|это\sснижает\sриск\w{0,2}"
    r"|так\sвы\s(?:защищаете|сохраняете|снижаете)|правило\s(?:номер\s|№\s?|#)?(?:1|один|одно)"
    # ("Фиксировать прибыль - это важно", "Частичная фиксация - лучший друг трейдера", "никогда
    # не жадничайте"; i13-ru25.)
    r"|это\s(?:очень\s)?(?:важно|нормально|правильно)|лучш\w{2}\sдруг|не\sжадничайте"
    # ("Главное вовремя закрыться", "Закрываться надо вовремя", "Лучше закрыть в плюс, чем
    # ждать"; i13-ru32.)
    r"|вовремя\s(?:закры|зафикс|выйти|выход)\w{0,5}|(?:закры|фиксир|выход)\w{0,6}\s(?:надо|нужно)\sвовремя"
    r"|лучше\s(?:закрыть|зафиксировать|выйти)[^\n.!?]{0,30}чем"
    r")(?![а-яё])"
    # ... "Stops at breakeven are a trader's best friend", "the best advice I ever got", "rule #1".
    r"|(?<![a-z])(?:best\sfriend|best\sadvice|rule\s(?:#|no\.?\s?|number\s)?(?:1|one))(?![a-z0-9])"
)


def maxim(low: str) -> bool:
    """The post holds a trading maxim (above): parsers/updates.py reads a close naming no coin
    beside one as none."""
    return _MAXIM.search(low) is not None


# A close or a cancel explained ("Some members asked why #AVAX was closed at entry", "Why I exited
# my BTC long early:", "Many of you ask why we cancel signals"): "why" a few words before the
# action's word in its sentence; the post tells the reason of a close already told, or of a
# habit, and asks nothing now (i13-status32: each was read as a close or a cancel). ("Closing
# #ETH, here's why": the close before "why" stays one.)
# ("We will show you how we enter, how we exit and how we close positions in profit": the
# method, "how" before it.)
_WHY: Final = re.compile(r"(?<![a-z])(?:why|how)\s(?:[^\s.!?]+\s){0,5}$")
_WHY_GATE: Final = gate(("why", "how"))
# An exchange's notice ("Binance will delist these pairs on Friday ... close your positions").
_NOTICE_GATE: Final = gate(("delist", "maintenance"))
_NOTICE: Final = re.compile(r"delist|maintenance")
# The channel's habit, said of any trade ("We cancel a signal when the entry is not filled", "we
# close trades if BTC dumps", "we exit any position that ..."): the object is no trade of now.
_ANY_TRADE: Final = re.compile(
    r"\w*\s(?:(?:a|an|any|every|each)\s(?:signal|trade|position|order|call|setup)"
    r"|(?:signals|trades|positions|orders|calls|setups))\s(?:when|if|once|whenever|after|unless"
    r"|that|which|as\ssoon\sas)(?![a-z])"
)


# A close told of a day gone ("I exited all of them in April with a good profit", "we closed
# our longs on Friday", "closed it 3 days ago"), in a post longer than a reply: a story of the
# past, no order now (i13-status32). (A short report, "#ETH closed yesterday ✅", stays one.)
_PAST_VERB: Final = re.compile(r"(?:closed|exited|sold|cancell?ed|booked)(?![a-z])")
_DAY_GONE: Final = re.compile(
    r"(?:\s[^\s.!?\n,;]+){0,8}?\s(?:yesterday|last\s(?:week|month|night|year|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday)|in\s(?:january|february|march|april|may|june"
    r"|july|august|september|october|november|december)|on\s(?:monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)|(?:[0-9]{1,2}|two|three|four|five|a\sfew)\s(?:days|weeks"
    r"|months)\sago|earlier\sthis\s(?:week|month))(?![a-z'’])"
)
_STORY_CHARS: Final = 150


def explained(low: str, at: int) -> str | None:
    """Why the action's word at low[at] is no instruction: a close or a cancel explained ("why we
    closed ..."), or the channel's habit for any trade ("we cancel a signal when ..."); else None."""
    if holds(low, _WHY_GATE) and _WHY.search(low, max(sentence_start(low, at), at - 60), at):
        return "an explanation"
    if holds(low, _NOTICE_GATE) and _NOTICE.search(low, 0, at) is not None:
        # "Binance will delist ...: close your positions" (the notice first; "#LINK cancel the
        # order, Binance delisting soon" is the channel's cancel, its reason after it)
        return "an exchange's notice"
    if _ANY_TRADE.match(low, at):
        return "a habit for any trade"
    if (
        len(low) > _STORY_CHARS
        and (verb := _PAST_VERB.match(low, at))
        and _DAY_GONE.match(low, verb.end())
    ):
        return "a close of a day gone"
    return None
