"""The words around a follow-up's action that make it no instruction now: the close of a candle,
a day or the market, other people's positions, a plan or a condition for later ("close to our
entry", "will close at TP3", "forced to close their positions", "Cancel if 4h closes below 60k",
"move SL to entry once TP1 is hit"), and Cornix's trailing template quoted under a status line.
parsers/close_share.py, stop_moved.py and updates.py ask them beside the event's word
(parsers/update_words.py). (Split off update_words.py in session 26, branch i13-tidy27.)
"""

from __future__ import annotations

import re
from typing import Final

# "close to our entry", "closes below 60000", "closed the day above 65k", "if the 4h candle
# closes ...": the word, but not an instruction to close a position.
NOT_CLOSE_AFTER: Final = re.compile(
    r"\s(?:(?:to|above|below|under|over|near|beneath|soon|later|tomorrow|the\s(?:day|week|month|candle))\b|a\s"
    # "close at TP2", "close at target 3": when that target is reached, a plan (i13-updates17;
    # not "closed at TP2", a report).
    r"|(?<=close\s)at\s(?:the\s)?(?:tp|target)\s?[0-9](?![0-9.,])"
    # "closing is not advised": the word, negated after it.
    r"|(?:is|are|was)\s(?:not|never)\b"
    # "Secure breakeven", "secure the trade": the stop to the entry, no close (i13-updates18).
    r"|(?<=secure\s)(?:your\s|the\s|this\s)?(?:break[\s-]?even|be|entry|trade)\b"
    # "traders ... forced to close their positions", "the closing of short positions": other
    # people's positions, a report.
    r"|(?:their|his|her|of)\b"
    r"|(?:its|the)\s(?:daily|weekly|monthly|[0-9]{1,2}h)\b"
    # "Биткоин закрыл день выше 60 000$": the candle of a day, a week, closed (a chart's close).
    r"|(?:день|дня|неделю|недели|месяц|месяца|сутки|свеч\w{0,2}|выше|ниже|над|под)(?!\w))"
    # "Exit:" alone on its line heads a list of levels: a field of the post, not an order.
    r"|\s?:[ \t]*(?:\n|$)"
    # "SL to 3100 (closes in profit)": the trade closes there, said of the stop (i13-fu24: read
    # as a close).
    r"|(?<=closes)\s(?:in|with|at|on)\s"
)


NOT_CLOSE_BEFORE: Final = re.compile(
    r"(?:(?<![a-z0-9])(?:is|are|getting|very|so|too|pretty|candle|daily|weekly|monthly|yearly|4h|1h)\s"
    # "will close at TP3", "going to close": a plan for later, not an instruction now.
    r"|\b(?:will|would|shall|gonna|ganna|gunna|going\sto|plan(?:ning)?\sto|forced\sto)\s"
    r"|\b(?:if|when|once|unless|если|когда)"
    r"\b[^.\n]{0,40}"
    # "等数据先出来" (wait for the data to come out first), "如果跌破可以先走": a condition.
    r"|(?:等|如果|要是|一旦)[^,.!?。\n]{0,12}"
    # "到第二目标平仓": on reaching the second target, close (a plan).
    r"|到(?:第[一二三四五]|[0-9])?个?(?:目标|止盈)[0-9]?位?(?:就|再|后)?)$"
)


# "Cancel if 4h closes below 60k": a condition for later, not an instruction now.
# ("210 pips ✅ close fully if this is still running": the reader's trade as it is now, no
# condition to come; gath29.)
CONDITION_AFTER: Final = re.compile(
    r"\s(?:[^\s!?;]*[^\s!?;.]\s){0,5}?(?:if|when|once|unless|in\scase)\b"
    r"(?!\s(?:(?:this|it|the\strade|the\sposition|yours)\s(?:is\s)?|you(?:\sare|'re|’re)?\s)?"
    r"still\s(?:running|open|active|holding|in)(?![a-z])(?!\s(?:below|above|under|over|at)\b))"
)


# "... once TP1 is hit", "after the first target", and before the move: "Once the price hits
# TP1, move your Stop Loss to entry", "Когда цена достигнет TP1, переставьте стоп в безубыток",
# "После TP1 стоп в бу", "Sobald TP1 erreicht ist, SL auf Einstand": an instruction for later.
LATER: Final = re.compile(
    r"(?<!\w)(?:once|after|when|whenever|if|as\ssoon\sas|upon"
    r"|когда|если|после|как\sтолько|(?:по|при)\sдостижени\w{0,2}"
    r"|cuando|una\svez|después\sde|si|quando|assim\sque|após|depois\sd[eo]|se|caso"
    r"|sobald|wenn|nachdem|khi|nếu|eğer|sonra\w{0,3}|ulaşınca|olunca|gelince"
    # ("إذا وصل السعر للهدف الأول ارفع الستوب", "عند تحقيق الهدف الأول": if, when; i13-ru20.)
    r"|[إا]ذا|عند|عندما|بمجرد)(?!\w)"
    r"|如果|一旦|之后|以后"
)


# Cornix's trailing configuration in its signal template, quoted under a status line ("Stop:
# Moving Target - Trigger: Target (1)", "Stop: Breakeven - Trigger: Target (2)", "Stop: Moving 2
# Target"): how the bot trails the stop later, no move now ("SL: BE" alone is one).
TEMPLATE_TRAIL: Final = re.compile(
    r"\s?:\s?(?:moving\s(?:[0-9]\s)?targets?(?![a-z])"
    r"|[^\n]{0,40}?(?:\n[^\S\n]{0,8})?(?<![a-z])trigger\s?:)"
)
