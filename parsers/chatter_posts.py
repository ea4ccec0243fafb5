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

# A promotion: a sale or a sign-up with its deadline ("last day", "last chance", "promo code",
# "50% off", "последний день", "скидка"): whatever it says is closed or cancelled, it asks for no
# action on a position.
_PROMOTION: Final = re.compile(
    r"(?<![a-z])(?:last\s(?:day|chance|call\sto\sjoin)|promo\s?codes?|discount\scodes?"
    # ("Take 50% off the table", "take 25% off here": the share taken off, no sale; i13-wa23.)
    r"|(?<!take\s)(?<!taking\s)(?<!took\s)(?<![0-9])[0-9]{1,2}\s?%\s(?:off(?!\s(?:the\s)?table)"
    r"|discount)|limited\s(?:offer|spots|seats|slots|time\soffer))(?![a-z])"
    r"|(?<!\w)(?:последний\s(?:день|шанс)|промокод\w{0,2}|скидк\w{1,2}|успей\w{0,3}"
    r"|осталось\s[0-9]{1,3}\sмест\w?)(?!\w)"
)


# The reader's own choice ("Я закрыл свою позицию, а вы решайте сами", "I closed my personal
# position, you decide for yourselves", "Переносить стоп в бу или нет - решать вам"): the author
# tells what he did or could do, and leaves it to the reader; no instruction to follow.
_READERS_CHOICE: Final = re.compile(
    r"(?<![a-z])(?:you\sdecide|decide\sfor\syoursel(?:f|ves)|(?:it'?s\s)?your\s(?:own\s)?(?:call"
    r"|choice|decision))(?![a-z])"
    r"|(?<!\w)(?:решайте\sсами|решать\sвам|решение\sза\sвами|на\sваше\sусмотрение"
    r"|karar\ssizin|tùy\sbạn|القرار\sلك)(?!\w)"
)


def promotion(low: str, at: int | None) -> str | None:
    """Why the post is no instruction: a promotion (a sale, a sign-up, with its deadline or its
    code) or the reader's own choice, said on its first line or on the line of the action's word
    at low[at] (a footer's "promo code" under a real close is not: "#BTC close now / ... / VIP
    50% off: @admin"); or None."""
    for pattern, why in ((_PROMOTION, "a promotion"), (_READERS_CHOICE, "the reader's choice")):
        if pattern.search(low) is None:
            continue
        if pattern.search(low.lstrip().split("\n", 1)[0]) is not None:
            return why
        if at is not None:
            start, end = low.rfind("\n", 0, at) + 1, low.find("\n", at)
            if pattern.search(low, start, len(low) if end < 0 else end) is not None:
                return why
    return None


# A stop word said of the market's stops, not the trade's: "stop hunt", "stops swept", "whales
# moved the stops", "liquidity below the stops" (others' orders, a chart's event; a move of the
# reader's stop is "move SL", "SL moved", "стоп в бу").
_OTHERS_STOP_AFTER: Final = re.compile(
    r"[\w-]*\s?(?:hunt\w*|sweep\w*|swept|grab\w*|run(?!\w)|runs|cluster\w*|liquidity|of\s(?:shorts"
    r"|longs|retail|traders|others))(?![a-z])"
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
    r"|(?:weekly|monthly|yearly|daily)\s(?:performance|statistics|pnl)|performance\sreport)(?!\w)"
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
