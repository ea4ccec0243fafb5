"""Keywords channels use for each part of a signal, in the languages we read.

Every pattern is matched against lower-cased, normalised text. Latin, Cyrillic, Persian and
Vietnamese words get word boundaries; Chinese words do not, since CJK has no spaces.
"""

from __future__ import annotations

import re

# "TP1", "Target 2:", "цель 3 -": an index, not a price. A spaced index needs a separator after
# it, so "TP 27 100" stays the price 27100.
_IDX = r"(?:[0-9]{1,2}(?![0-9.,])|\s[0-9]{1,2}(?=\s?[:)=-]|\s?$))?"


def _words(*alts: str) -> str:
    return r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)"


def _cjk(*alts: str) -> str:
    return "(?:" + "|".join(alts) + ")"


ENTRY = "|".join(
    (
        _words(
            r"entry\s?(?:targets?|zones?|prices?|areas?|range|points?|levels?|orders?)",
            r"entries",
            r"entry",
            r"enter(?:\s(?:at|zone|price|between))?",
            r"(?:buy|sell|long|short)\s?(?:zone|area|range|price|between|entry)",
            r"open\s?(?:price|at)",
            r"dca(?:\s?levels?)?",
            r"limit\s?orders?",
            r"(?:точк[аи]|цен[аы]|зон[аы])\s?вход[а-я]{0,3}",
            r"вход[а-я]{0,3}",
            r"входим",
            r"(?:zona|precio|pre[cç]o|ponto|punto)\s(?:de\s)?entrada",
            r"entrada",
            r"giri[sş](?:\s?(?:fiyat[ıi]|b[oö]lgesi|aral[ıi][gğ][ıi]))?",
            r"einstieg\w{0,8}",
            r"kaufzone",
            r"điểm\s?vào(?:\s?lệnh)?",
            r"vào\s?lệnh",
            r"giá\s?vào",
            r"vùng\s?(?:vào|mua)",
            r"(?:نقطه|قیمت)\s?ورود",
            r"ورود",
        ),
        _cjk(r"入场区间", r"入场价?位?", r"进场价?位?", r"开仓价?位?", r"建仓价?"),
    )
)

ENTRY_WEAK = _words(r"at", r"around", r"near", r"here") + r"|@"

TP = "|".join(
    (
        _words(
            r"take[\s-]?profits?(?:\s?(?:targets?|levels?))?" + _IDX,
            r"profit\s?targets?",
            r"tps?" + _IDX,
            r"t\.p\." + _IDX,
            r"targets?" + _IDX,
            r"tgts?" + _IDX,
            r"tg[0-9]{1,2}",
            r"objectives?",
            r"looking\sfor",
            r"aiming\sfor",
            r"цел[иьяей]{1,2}" + _IDX,
            r"тейк[а-я-]{0,9}" + _IDX,
            r"тп" + _IDX,
            r"objetivos?" + _IDX,
            r"tomar\sganancias",
            r"toma\sde\sganancias",
            r"metas?",
            r"alvos?" + _IDX,
            r"hedef(?:ler)?(?:i)?" + _IDX,
            r"k[aâ]r\s?al",
            r"(?:kurs|gewinn)?ziele?" + _IDX,
            r"chốt\s?lời",
            r"mục\s?tiêu" + _IDX,
            r"تارگت",
            r"اهداف",
            r"هدف",
            r"حد\s?سود",
        ),
        _cjk(r"止盈[0-9]{0,2}", r"目标位?[0-9]{0,2}", r"🎯"),
    )
)

SL = "|".join(
    (
        _words(
            r"stop[\s-]?(?:loss\s?)?(?:targets?|levels?|price|zone)",
            r"stop[\s-]?loss",
            r"stoploss",
            r"stopp?",
            r"s\s?/\s?l",
            r"sl",
            r"invalidation(?:\s?level)?",
            r"стоп[\s-]?лосс?",
            r"стоп[а-я]{0,3}",
            r"сл",
            r"zarar\s?(?:durdur|kes)",
            r"verlustbegrenzung",
            r"cắt\s?lỗ",
            r"dừng\s?lỗ",
            r"حد\s?ضرر",
            r"استاپ(?:\s?لاس)?",
        ),
        _cjk(r"止损[位价]?"),
    )
)

LEVERAGE = "|".join(
    (
        _words(
            r"leverage",
            r"lev",
            r"lever",
            r"плечо",
            r"плечи",
            r"apalancamiento",
            r"alavancagem",
            r"kald[ıi]ra[çc]",
            r"hebel",
            r"đòn\s?bẩy",
            r"اهرم",
        ),
        _cjk(r"杠杆"),
    )
)

SYMBOL = "|".join(
    (
        _words(
            r"coin",
            r"pair",
            r"symbol",
            r"asset",
            r"ticker",
            r"монета",
            r"пара",
            r"moneda",
            r"moeda",
            r"par",
            r"parite",
            r"sembol",
            r"münze",
            r"cặp",
            r"ارز",
            r"جفت\s?ارز",
        ),
        _cjk(r"币种", r"交易对", r"币对"),
    )
)

# Labels whose numbers are never levels: they end the running block.
NOISE = _words(
    r"r\s?[:/]\s?r",
    r"rr",
    r"risk(?:\s?reward)?",
    r"reward",
    r"profit",
    r"period",
    r"volume",
    r"margin(?:\s?mode)?",
    r"capital",
    r"amount",
    r"size",
    r"posted",
    r"date",
    r"timeframe",
    r"tf",
    r"time",
    r"duration",
    r"riesgo",
    r"риск",
    r"прибыль",
    r"маржа",
    r"volumen",
    r"posição",
)

LABELS = re.compile(
    "|".join(
        (
            f"(?P<entry>{ENTRY})",
            f"(?P<tp>{TP})",
            f"(?P<sl>{SL})",
            f"(?P<lev>{LEVERAGE})",
            f"(?P<sym>{SYMBOL})",
            f"(?P<noise>{NOISE})",
            f"(?P<weak>{ENTRY_WEAK})",
        )
    )
)

MARKET = re.compile(
    _words(
        r"cmp",
        r"market(?:\sprice)?",
        r"now",
        r"current(?:\sprice)?",
        r"по\s?рынку",
        r"рынок",
        r"текущ[а-я]{0,4}",
        r"mercado",
        r"piyasa(?:dan)?",
        r"markt(?:preis)?",
        r"thị\s?trường",
        r"بازار",
    )
    + "|"
    + _cjk(r"市价", r"现价")
)

# Posts that report on an earlier signal rather than open a new one.
STATUS = re.compile(
    _words(
        r"hit",
        r"reached",
        r"achieved",
        r"done",
        r"smashed",
        r"booked",
        r"filled",
        r"triggered",
        r"closed",
        r"stopped(?:\sout)?",
        r"profit\s?:",
        r"results?",
        r"in\sprofit",
        r"all\stargets",
        r"достигнут[а-я]?",
        r"взят[а-я]?",
        r"alcanzad[oa]s?",
        r"atingid[oa]s?",
        r"ulaşıldı",
        r"erreicht",
        r"đạt",
    )
    + "|"
    + _cjk(r"已达成", r"已止盈", r"达到")
    + r"|✅|💰|🎯\s?✅"
)
