"""The pieces the short-reply lexicon's rows share (parsers/followup_rows_ru.py,
followup_rows_world.py, followup_rows_more.py): a target with its number, a share of the
position, the stop's own word and where a stop goes when it goes to the entry, in the languages of
the rows. Each is a regular expression's text, written in lower case (the rows read the lowered
reply).
"""

from __future__ import annotations

from typing import Final

# A target named with its number, as the rows write it after a verb ("chốt lời TP1", "ăn TP2").
T: Final = r"(?:tp|t|target|тейк|тп|цель|hedef|mục\stiêu|objetivo|alvo|تارگت|هدف)\s?[0-9]"
# A share of the position: half, a percent, a third, a quarter, a part (FRACTION reads it).
SHARE: Final = (
    r"(?:половин\w{0,2}|полов\w{0,3}|треть|четверть|част\w{0,2}|частин\w{0,2}|третин\w{0,2}|[0-9]{1,3}\s?%|%\s?[0-9]{1,3}"
    r"|[0-9]{1,3}\s?(?:درصد|процент\w{0,2}|persen|phần\străm|por\sciento|por\scento)"
    r"|1/2|1/3|1/4|half|mitad|metade|yarı\w{0,4}|setengah|separuh|một\snửa|nửa|نصف|一半"
    r"|sebagian|một\sphần|جزء(?:\sمن)?)"
)
# The stop's own word in the languages of the rows.
SL: Final = (
    r"(?:sl|s/l|stop(?:[\s-]?loss)?|stoploss|стоп\w{0,3}(?:[\s-]?лос\w{0,3})?|استاپ|الستوب|ستوب)"
)
# Where a stop goes when it goes to the entry.
BE: Final = (
    r"(?:бу|б/у|безубыт\w{0,3}|беззбит\w{0,3}|be|bep|breakeven|break[\s-]even|entry|entrada"
    r"|giriş\w{0,3}|maliyet\w{0,3}|0\s?x\s?0|zero\sa\szero|cost(?:\sto\scost)?|hòa\svốn|giá\svào"
    r"|نقطه\sورود|ورود|الدخول|نقطة\sالدخول|保本|成本价?|开仓价)"
)
