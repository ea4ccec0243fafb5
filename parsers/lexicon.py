"""The words channels use for each part of a signal: one table row per label, per language.

A new format or language is a row here, not a branch of code (see docs/parser.md). Each row is
(language, kind, pattern). Patterns are matched against lower-cased, normalised text (digits
already ASCII, traditional Chinese folded to simplified) and must start with a literal
character. Word languages get word boundaries; "zh" and "emoji" rows do not (no spaces there).

Kinds:
    entry   the entry price or zone              tp      take-profit targets                  tpglued "TP41.3100": index and price run together
    sl      the stop loss                        slclose a stop meant as a candle close
    lev     leverage                             sym     the coin or pair
    buy     "Buy:", an entry in a long and a target in a short (settled by the cross-check)
    sell    "Sell:", a target in a long and an entry in a short
    weak    "at", "@": an entry only when nothing better names one
    noise   a label whose numbers are never prices (risk, R:R, volume ...): ends a block
"""

from __future__ import annotations

# "TP1", "Target 2:", "цель 3 -", "Target 1 24.0": an index, not a price. A spaced index needs a
# separator after it (or a parenthesis naming it again: "Take Profit 1 (TP1): 4.15"), or a
# decimal price, so "TP 27 100" stays the price 27100; and it is 1 to 20,
# so "TP 90 - 80" is two targets.
IDX = (
    r"(?:[0-9]{1,2}(?![0-9.,])|\s(?:1[0-9]|20|[1-9])(?=\s?[:)=→-]|\s?$|\n|\s\([a-z])"
    r"|\s[1-9](?=\s[0-9]*[.,][0-9])|\s?#[0-9]{1,2}(?![0-9.,])"
    # "TP-1:", "TP.2 =", "Target-3 →": the index after a dash or a point, then a separator.
    r"|[-.](?:1[0-9]|20|[1-9])(?=\s?[:)=→]|\s[-–]\s))?"
)
# Plural labels ("Targets 13 - 13.35") take only a glued index: the number after them is a price.
IDXS = r"(?:[0-9]{1,2}(?![0-9.,]))?"
# A price, not the digits of a word: "Long 1000PEPE", "Buy 1INCH" name a coin ("31k" is a price).
_NO_WORD = r"(?![0-9]|[.,][0-9]|[a-jl-z_]|k[a-z])"
# Labels that need a price right after them to be labels at all: "Open 0.51", "BUY : 0.51".
NUM_NEXT = (
    r"(?=\s?[:=@]|\s?(?:→|->|-|–)?\s?\$?\.?[0-9]{1,20}(?:[.,][0-9]{1,20}){0,3}" + _NO_WORD + ")"
)
# "Sell 👇" or "Sell" alone on its line: the heading of a list.
HEADING = r"(?=\s?(?:👇{1,9}\s?)?(?:\n|$))"
# Side words are an entry label only with a price right after them ("Long: 0.75"), not before
# a coin ("LONG: #AVAX").
PRICE_NEXT = (
    r"(?=\s?(?:[:=@]|→|->|-|–)?\s?\$?\.?[0-9]{1,20}(?:[.,][0-9]{1,20}){0,3}" + _NO_WORD + ")"
)
# "Long above: 12", "Short below 205": the side word names the entry.
BEYOND = r"\s?(?:above|below|under|over|around|near|from|at)"
# The words of the level labels, after a word that makes them history ("previous entry").
_HISTORY = r"(?:\s[a-z]{2,8})?\s(?:entry|entries|sl|stop[\s-]?loss|stop|tps?|targets?)"
# A stop that is a candle close: "close below", "closes under", "closing above".
CLOSE_BEYOND = r"\s(?:below|under|above|over|beneath)"

ROWS: tuple[tuple[str, str, str], ...] = (
    # ---------------------------------------------------------------- English
    ("en", "entry", r"entry\s?(?:targets?|zones?|prices?|areas?|range|points?|levels?|orders?)"),
    ("en", "entry", r"entries"),
    ("en", "entry", r"entrys"),
    ("en", "entry", r"entry"),
    ("en", "entry", r"enter(?:\s(?:at|zone|price|between|above|below|around|near|on))?"),
    ("en", "entry", r"get\s(?:in|into)" + NUM_NEXT),
    ("en", "entry", r"entrance"),
    # "Entry1: 0.51 / Entry2: 0.49": numbered entries (DCA), the index glued to the label.
    ("en", "entry", r"entry[0-9]{1,2}(?=\s?[:=)→-])"),
    ("en", "entry", r"ent\.?" + NUM_NEXT),  # "Ent: 159.8"
    ("en", "entry", r"purchas(?:e|ing)\s?(?:zone|price|area|range|levels?|at)"),
    ("en", "entry", r"opening\s?(?:price|zone|levels?|range)"),
    ("en", "entry", r"open(?:ing)?\s?(?:a\s)?position(?:\sat)?" + NUM_NEXT),
    ("en", "entry", r"entering" + NUM_NEXT),
    ("en", "buy", r"buying\s?(?:zone|area|range)"),
    ("en", "sell", r"selling\s?(?:zone|area|range)"),
    # "Buying between 1.72 and 1.75", "Selling at 1.80 / 1.86": the gerund of "Buy:"/"Sell:".
    ("en", "buy", r"buying\s(?:between|at|from|around|near)"),
    ("en", "sell", r"selling\s(?:between|at|from|around|near)"),
    ("en", "entry", r"e\.?p\.?" + NUM_NEXT),  # "EP: 10.45": the entry price
    ("en", "buy", r"limit\s?buy"),
    ("en", "sell", r"limit\s?sell"),
    ("en", "entry", r"open\s?(?:price|at|above|below)"),
    ("en", "entry", r"open" + NUM_NEXT),
    ("en", "entry", r"bids?(?:\s?(?:zone|area|at))?" + NUM_NEXT),
    ("en", "entry", r"accumulat(?:e|ion)(?:\s?(?:zone|area|range|between))?"),
    ("en", "entry", r"dca(?:\s?(?:levels?|zone))?" + NUM_NEXT),  # not "22.95 (DCA)"
    ("en", "entry", r"input" + NUM_NEXT),
    # "Limit orders: 0.51", "Limit orders at levels: $3189": not "using limit orders to buy
    # ALPHA tokens" in an article (the label needs its price or colon right after it).
    ("en", "entry", r"limit\s?orders?(?:\s(?:at|at\slevels?|levels?|at\sprices?))?" + NUM_NEXT),
    ("en", "entry", r"limit(?:\s?price)?" + NUM_NEXT),  # "Limit: 61500"
    # "Buy back: 1.70, 1.62" closes a short (in a long the targets would sit below the entry,
    # which the validation refuses).
    ("en", "tp", r"buy\s?back(?:\s?(?:targets?|zones?|levels?))?"),
    # "Buy targets: 0.51 0.50" gives the entries of a long (never its targets); in a short they
    # are the targets (the cross-check places them). "Sell targets" are targets either way
    # ("SHORT / Buy : 2700 - 2660 / Sell Targets :: 2600 - 2560"): the tp rows read them.
    ("en", "buy", r"buy(?:ing)?\s?targets?"),
    ("en", "buy", r"buy\s?(?:zone|area|range|price|between|entry|orders?|limit)"),
    ("en", "buy", r"buy[\s-]stop(?:[\s-]limit)?"),  # a breakout entry (parsers/trigger.py)
    ("en", "buy", r"buy" + BEYOND),
    ("en", "buy", r"buy(?:ing)?" + NUM_NEXT),
    ("en", "buy", r"buy" + HEADING),
    ("en", "sell", r"sell\s?(?:zone|area|range|price|between|entry|orders?|limit)"),
    ("en", "sell", r"sell[\s-]stop(?:[\s-]limit)?"),
    ("en", "sell", r"sell" + BEYOND),
    ("en", "sell", r"sell(?:ing)?" + NUM_NEXT),
    ("en", "sell", r"sell" + HEADING),
    ("en", "entry", r"long\s?(?:zone|area|range|price|between|entry)"),
    ("en", "entry", r"short\s?(?:zone|area|range|price|between|entry)"),
    ("en", "tp", r"short[\s-]term" + NUM_NEXT),
    ("en", "tp", r"mid[\s-]term" + NUM_NEXT),
    ("en", "tp", r"long[\s-]term" + NUM_NEXT),
    ("en", "entry", r"long" + BEYOND),
    ("en", "entry", r"short" + BEYOND),
    ("en", "entry", r"long" + PRICE_NEXT),
    ("en", "entry", r"short" + PRICE_NEXT),
    ("en", "entry", r"now" + PRICE_NEXT),
    # (Plural first: "Take Profit Targets 6-6.1-6.3" starts with a price, not an index.)
    ("en", "tp", r"take[\s-]?profits?[\s-]?(?:targets|levels)" + IDXS),
    ("en", "tp", r"take[\s-]?profits" + IDXS),
    ("en", "tp", r"take[\s-]?profit(?:[\s-]?(?:target|level))?" + IDX),
    ("en", "tp", r"profit\s?targets?" + IDX),
    ("en", "tp", r"tps" + IDXS),
    ("en", "tp", r"takes" + NUM_NEXT),  # "Takes: 536.50, 543.79"
    ("en", "tp", r"tp" + IDX),
    ("en", "tpglued", r"tps?[0-9]{1,3}[.,][0-9]{1,18}"),
    # "TP1118500", "TP215": a whole price glued to its index (split by the cross-check only when
    # the targets around it agree on the numbering).
    ("en", "tpglued", r"tps?[1-9][0-9]{2,12}"),
    ("en", "tp", r"t\.p\.?" + IDX),  # "T.P.", "T.P1"
    ("en", "tp", r"t\s?/\s?p" + IDX),
    ("en", "tp", r"profit\s?takes?" + IDX),
    ("en", "tp", r"profit\s?taking" + NUM_NEXT),
    ("en", "tp", r"profit\s?taking" + HEADING),
    ("en", "tp", r"profit\s?(?:levels|zones?)"),
    ("en", "tp", r"t-?[0-9]{1,2}(?=\s?[:=)→-])"),  # "T1:", "T-1:"
    ("en", "tp", r"t[0-9]{1,2}(?=\s\$?[0-9])"),  # "T1 0.1139": target 1, then its price
    ("en", "tp", r"targets" + IDXS),
    ("en", "tp", r"target" + IDX),
    ("en", "tp", r"tgts?" + IDX),
    ("en", "tp", r"tg[0-9]{1,2}"),
    ("en", "tp", r"objectives?"),
    ("en", "tp", r"goals?" + IDX),
    ("en", "tp", r"next\s(?:stop|destination|station|target)" + PRICE_NEXT),  # "next stop $0.05🚀"
    ("en", "tp", r"looking\sfor"),
    ("en", "tp", r"aiming\sfor"),
    # ("Exit points 👇" heads a list; a bare "exit" is a label only before its price.)
    ("en", "tp", r"exit\s?(?:targets?|zones?|points?|levels?|prices?)"),
    ("en", "tp", r"exit" + NUM_NEXT),
    ("en", "tp", r"exits" + PRICE_NEXT),  # not "Partial Exits: suggested at $0.50 and $1.00"
    ("en", "tp", r"exits?" + HEADING),  # "Exits 👇" over a list
    # "Close: 0.60", not "close 30% of position" (a share, after a target).
    ("en", "tp", r"close(?=\s?[:=@]|\s?(?:→|->|-|–)?\s?\$?\.?[0-9](?![0-9.,]*\s?%))"),
    # "1️⃣ Close the order at the price $0.7773": a target, in words.
    ("en", "tp", r"close\s(?:the\s)?(?:order|position|trade)\s(?:at\s)?(?:the\s)?price"),
    ("en", "slclose", r"close" + CLOSE_BEYOND),
    ("en", "slclose", r"closes" + CLOSE_BEYOND),
    ("en", "slclose", r"closing" + CLOSE_BEYOND),
    ("en", "slclose", r"daily\s?close"),
    ("en", "slclose", r"weekly\s?close"),
    ("en", "slclose", r"4h\s?close"),
    ("en", "slclose", r"1h\s?close"),
    ("en", "slclose", r"h4\s?close"),
    ("en", "slclose", r"candle\s?close"),
    ("en", "sl", r"stop[\s-]?(?:loss\s?)?(?:targets?|levels?|price|zone)"),
    ("en", "sl", r"stop[\s-]?loss"),
    ("en", "sl", r"stoploss"),
    ("en", "sl", r"stol\s?loss"),
    ("en", "sl", r"stopls"),
    ("en", "sl", r"stopp?"),
    ("en", "sl", r"s\s?/\s?l"),
    ("en", "sl", r"s\.l\.?"),
    ("en", "sl", r"sl"),
    ("en", "sl", r"invalidation(?:\s?level)?"),
    ("en", "sl", r"cut[\s-]?loss"),
    ("en", "lev", r"leverage"),
    ("en", "lev", r"lev"),
    ("en", "lev", r"lever"),
    ("en", "sym", r"coin"),
    ("en", "sym", r"pair"),
    ("en", "sym", r"symbol"),
    ("en", "sym", r"asset"),
    ("en", "sym", r"ticker"),
    ("en", "weak", r"at"),
    ("en", "weak", r"around"),
    ("en", "weak", r"near"),
    ("en", "weak", r"here"),
    ("en", "noise", r"r\s?[:/]\s?r"),
    ("en", "noise", r"rr"),
    ("en", "noise", r"risk(?:\s?reward)?"),
    ("en", "noise", r"reward"),
    # "Profit: 62.5%" is a note; "(40% of profit)" after a target is a note of that target.
    ("en", "noise", r"profit(?=\s?[:=-])"),
    ("en", "noise", r"period"),
    ("en", "noise", r"volume"),
    ("en", "noise", r"margin(?:\s?mode)?"),
    ("en", "noise", r"capital"),
    ("en", "noise", r"amount"),
    ("en", "noise", r"size"),
    ("en", "noise", r"posted"),
    ("en", "noise", r"date"),
    ("en", "noise", r"timeframe"),
    ("en", "noise", r"tf"),
    ("en", "noise", r"time"),
    ("en", "noise", r"duration"),
    ("en", "noise", r"cancel(?:led)?(?:\s(?:if|when))?"),
    ("en", "noise", r"no\s?(?:stop[\s-]?loss|stoploss|stop|sl)"),
    ("en", "noise", r"ote"),
    ("en", "noise", r"trend[\s-]?line"),
    # Analysis beside the levels: support, resistance, a liquidation price.
    ("en", "noise", r"supports?"),
    ("en", "noise", r"resistances?"),
    ("en", "noise", r"liq(?:uidation)?(?:\s?price)?"),
    # "Current ask: 0.00000327", "Current rate - 0.0292": a reference price, not a level.
    ("en", "noise", r"current\s?(?:ask|bid|rate|price)(?=\s?[:=@-]|\s?\$?[0-9.])"),
    ("en", "noise", r"av(?:g|erage)\.?\s?(?:entry|price|buy|sell)"),
    ("en", "noise", r"trailing(?:\s?(?:configuration|stop))?"),
    # "Previous entry 62000", "Old SL 13.50", "Last trade entry was 2950": history, no level.
    *(("en", "noise", word + _HISTORY) for word in ("previous", "prev", "old", "last", "earlier")),
    ("en", "noise", r"original" + _HISTORY),
    ("en", "noise", r"entry\swas"),
    ("en", "noise", r"entries\swere"),
    # ---------------------------------------------------------------- Russian
    ("ru", "entry", r"точк[аи]\s?вход[а-я]{0,3}"),
    ("ru", "entry", r"цен[аы]\s?вход[а-я]{0,3}"),
    ("ru", "entry", r"зон[аы]\s?вход[а-я]{0,3}"),
    ("ru", "entry", r"вход[а-я]{0,3}"),
    ("ru", "entry", r"входим"),
    ("ru", "entry", r"усреднени[еяю]"),  # "Усреднение: 2030": the averaging (DCA) entry
    ("ru", "buy", r"покупка" + NUM_NEXT),
    ("ru", "sell", r"продажа" + NUM_NEXT),
    ("ru", "tp", r"цел[иьяей]{1,2}" + IDX),
    ("ru", "tp", r"тейк[а-я-]{0,9}" + IDX),
    ("ru", "tp", r"тп" + IDX),
    ("ru", "slclose", r"закрыти[еяю]"),  # "Стоп: закрытие 4ч ниже 0.45": a candle close
    ("ru", "sl", r"стоп[\s-]?лосс?"),
    ("ru", "sl", r"стоп[а-я]{0,3}"),
    ("ru", "sl", r"сл"),
    ("ru", "lev", r"плечо"),
    ("ru", "lev", r"плечи"),
    ("ru", "sym", r"монета"),
    ("ru", "sym", r"пара"),
    ("ru", "noise", r"риск"),
    ("ru", "noise", r"прибыль"),
    ("ru", "noise", r"маржа"),
    ("ru", "noise", r"сопротивлени[еяю]"),
    ("ru", "noise", r"поддержк[аиу]"),
    # ---------------------------------------------------------------- Ukrainian
    ("uk", "entry", r"точк[аи]\s?входу"),
    ("uk", "entry", r"вхід"),
    ("uk", "tp", r"ціл[іья]" + IDX),
    ("uk", "lev", r"плече"),
    # ---------------------------------------------------------------- Polish
    ("pl", "entry", r"wej[śs]cie"),
    ("pl", "tp", r"cele"),
    ("pl", "lev", r"d[źz]wignia"),
    # ---------------------------------------------------------------- Spanish, Portuguese
    ("es", "entry", r"zona\s(?:de\s)?entrada"),
    ("es", "entry", r"precio\s(?:de\s)?entrada"),
    ("pt", "entry", r"pre[cç]o\s(?:de\s)?entrada"),
    ("pt", "entry", r"ponto\s(?:de\s)?entrada"),
    ("es", "entry", r"punto\s(?:de\s)?entrada"),
    ("es", "entry", r"entrada"),
    ("es", "buy", r"compra" + NUM_NEXT),
    ("es", "sell", r"venta" + NUM_NEXT),
    ("pt", "sell", r"venda" + NUM_NEXT),
    ("es", "tp", r"objetivos?" + IDX),
    ("es", "tp", r"tomar\sganancias"),
    ("es", "tp", r"toma\sde\sganancias"),
    ("es", "tp", r"metas?"),
    ("pt", "tp", r"alvos?" + IDX),
    ("es", "lev", r"apalancamiento"),
    ("pt", "lev", r"alavancagem"),
    ("es", "slclose", r"cierre"),
    ("pt", "slclose", r"fechamento"),
    ("es", "sym", r"moneda"),
    ("pt", "sym", r"moeda"),
    ("es", "sym", r"par"),
    ("es", "noise", r"riesgo"),
    ("es", "noise", r"volumen"),
    ("es", "noise", r"resistencia"),
    ("es", "noise", r"soporte"),
    ("pt", "noise", r"posição"),
    # ---------------------------------------------------------------- Italian, French
    ("it", "entry", r"ingresso"),
    ("it", "entry", r"entrata"),
    ("it", "tp", r"obiettiv[oi]" + IDX),
    ("fr", "entry", r"entr[ée]e"),
    ("fr", "entry", r"point\sd'entr[ée]e"),
    ("fr", "tp", r"objectifs?" + IDX),
    ("fr", "tp", r"cibles?" + IDX),
    ("fr", "buy", r"ordre\sd'achat"),
    ("fr", "buy", r"achat" + NUM_NEXT),
    # ---------------------------------------------------------------- Indonesian
    ("id", "entry", r"harga\smasuk"),
    ("id", "entry", r"area\smasuk"),
    ("id", "buy", r"beli" + NUM_NEXT),
    ("id", "sell", r"jual" + NUM_NEXT),
    # ---------------------------------------------------------------- Swedish
    ("sv", "entry", r"ingång(?:skurs|spris)?"),
    ("sv", "tp", r"mål" + IDX),
    ("sv", "sl", r"stopp(?:[\s-]?förlust)?"),
    ("sv", "lev", r"hävstång"),
    ("sv", "sym", r"mynt"),
    # ---------------------------------------------------------------- Turkish
    ("tr", "entry", r"giri[sş](?:\s?(?:fiyat[ıi]|b[oö]lgesi|aral[ıi][gğ][ıi]))?"),
    ("tr", "entry", r"fiyat" + NUM_NEXT),  # "Fiyat: $0.5025"
    ("tr", "buy", r"al[ıi]m" + NUM_NEXT),
    ("tr", "sell", r"sat[ıi][mş]" + NUM_NEXT),
    ("tr", "tp", r"hedef(?:ler)?(?:i)?" + IDX),
    ("tr", "tp", r"k[aâ]r\s?al"),
    ("tr", "sl", r"zarar\s?(?:durdur|kes)"),
    ("tr", "slclose", r"kapan[ıi][şs]"),
    ("tr", "lev", r"kald[ıi]ra[çc]"),
    ("tr", "sym", r"parite"),
    ("tr", "noise", r"diren[çc]"),  # resistance
    ("tr", "noise", r"destek"),  # support
    ("tr", "sym", r"sembol"),
    # ---------------------------------------------------------------- German
    ("de", "entry", r"einstieg\w{0,8}"),
    ("de", "entry", r"kaufzone"),
    ("de", "buy", r"kauf(?:en)?" + NUM_NEXT),
    ("de", "sell", r"verkauf(?:en)?" + NUM_NEXT),
    ("de", "tp", r"kursziele?" + IDX),
    ("de", "tp", r"gewinnziele?" + IDX),
    ("de", "tp", r"ziele?" + IDX),
    ("de", "sl", r"verlustbegrenzung"),
    ("de", "lev", r"hebel"),
    ("de", "sym", r"münze"),
    # ---------------------------------------------------------------- Vietnamese
    ("vi", "entry", r"điểm\s?vào(?:\s?lệnh)?"),
    ("vi", "entry", r"vào\s?lệnh"),
    ("vi", "entry", r"giá\s?vào"),
    ("vi", "entry", r"vùng\s?(?:vào|mua)"),
    ("vi", "buy", r"mua" + NUM_NEXT),
    ("vi", "sell", r"bán" + NUM_NEXT),
    ("vi", "tp", r"chốt\s?lời"),
    ("vi", "tp", r"mục\s?tiêu" + IDX),
    ("vi", "sl", r"cắt\s?lỗ"),
    ("vi", "sl", r"dừng\s?lỗ"),
    ("vi", "lev", r"đòn\s?bẩy"),
    ("vi", "sym", r"cặp"),
    # ---------------------------------------------------------------- Persian, Arabic
    ("fa", "entry", r"نقطه\s?ورود"),
    ("fa", "entry", r"قیمت\s?ورود"),
    ("fa", "entry", r"ورود"),
    ("fa", "entry", r"در\s?نقا?طه?"),
    ("ar", "entry", r"الدخول"),
    ("ar", "entry", r"دخول"),
    ("fa", "buy", r"خرید" + NUM_NEXT),
    ("fa", "sell", r"فروش" + NUM_NEXT),
    ("fa", "tp", r"تارگت" + IDX),
    ("fa", "tp", r"تی\s?پی" + IDX),  # "TP" written in Persian letters
    ("fa", "tp", r"اهداف"),
    ("fa", "tp", r"هدف" + IDX),
    ("fa", "tp", r"حد\s?سود"),
    ("ar", "tp", r"الأهداف"),
    ("ar", "tp", r"ال[اإ]هداف"),  # written without its hamza
    ("ar", "tp", r"أهداف"),
    ("ar", "tp", r"الهدف" + IDX),
    ("fa", "sl", r"حد\s?ضرر"),
    ("fa", "sl", r"استاپ(?:\s?لاس)?"),
    ("ar", "sl", r"وقف\s?(?:ال)?خسارة"),
    ("ar", "sl", r"ستوب(?:\s?لوس)?"),
    ("ar", "sl", r"الستوب"),
    ("ar", "slclose", r"اغلاق"),
    ("ar", "slclose", r"إغلاق"),  # "0.00825 اغلاق 4ساعات اقل من": a 4h close below
    ("fa", "lev", r"اهرم"),
    ("fa", "lev", r"لوریج"),
    ("ar", "lev", r"الرافعة"),
    ("fa", "sym", r"جفت\s?ارز"),
    ("fa", "sym", r"ارز"),
    # ---------------------------------------------------------------- Chinese (no spaces)
    ("zh", "entry", r"入场区间"),
    ("zh", "entry", r"入场价?位?"),
    ("zh", "entry", r"进场价?位?"),
    ("zh", "entry", r"开仓价?位?"),
    ("zh", "entry", r"建仓价?"),
    ("zh", "entry", r"挂单价?"),
    # "现价轻仓进-3625附近": "enter (a light position) at the market price, near 3625".
    ("zh", "entry", r"现价(?:轻仓|半仓|重仓)?进场?"),
    ("zh", "entry", r"市价(?:轻仓|半仓|重仓)?进场?"),
    ("zh", "buy", r"买入价?" + NUM_NEXT),
    ("zh", "sell", r"卖出价?" + NUM_NEXT),
    ("zh", "tp", r"止盈[0-9]{0,2}"),
    ("zh", "tp", r"目标价?位?[0-9]{0,2}"),
    ("zh", "sl", r"止损[位价]?"),
    ("zh", "slclose", r"收盘"),
    ("zh", "lev", r"杠杆"),
    ("zh", "sym", r"币种"),
    ("zh", "sym", r"交易对"),
    ("zh", "sym", r"币对"),
    # ---------------------------------------------------------------- Korean, Japanese
    ("ko", "entry", r"진입가?"),
    ("ko", "tp", r"목표가?[0-9]{0,2}"),
    ("ko", "tp", r"익절"),
    ("ko", "sl", r"손절가?"),
    ("ko", "lev", r"레버리지"),
    ("ja", "entry", r"エントリー"),
    ("ja", "tp", r"利確[0-9]{0,2}"),
    ("ja", "tp", r"ターゲット[0-9]{0,2}"),
    ("ja", "sl", r"损切り?"),  # 損 is folded to 损 by normalisation
    ("ja", "lev", r"レバレッジ"),
    # ---------------------------------------------------------------- emoji labels
    ("emoji", "tp", r"🎯" + PRICE_NEXT),  # not "🎯 Probability: 78.5%"
    ("emoji", "sl", r"❌"),
    # A stop sign with a price right after it ("🛑 0.45"); as decoration ("🛑 Use 2% only")
    # it is no label.
    ("emoji", "sl", r"🛑" + PRICE_NEXT),
    ("emoji", "sl", r"⛔" + PRICE_NEXT),
    ("emoji", "weak", r"@"),
)

# Languages written without spaces between words: their labels get no word boundaries.
UNSPACED = frozenset(("zh", "ko", "ja", "emoji"))

# Labels that lose their line break in some copies ("LONGLeverage: 10xEntry: 0.43Targets:"):
# found glued to the word before them and followed by a colon, they get their line back.
GLUED_LABELS = (
    r"entry(?:\s?(?:targets?|zone|price))?",
    r"take[\s-]?profits?(?:[\s-]?targets?)?",
    r"targets?",
    r"stop(?:[\s-]?(?:targets?|loss))?",
    r"stoploss",
    r"sl",
    r"tp[0-9]?",
    r"leverage",
    r"lev",
    r"pair",
    r"trailing(?:\s?configuration)?",
)

# Side words glued to the pair before them when an export lost a line break ("BNB/USDTShort"):
# a quote in capitals, then a capitalised side word, get a space between them.
GLUED_SIDES = (r"Long", r"LONG", r"Short", r"SHORT")
GLUED_QUOTES = (r"USDT", r"USDC", r"BUSD", r"USD", r"BTC")
