"""The lexicon's rows in other languages than English, and its emoji labels (see
parsers/lexicon.py for what a row is and its kinds)."""

from __future__ import annotations

from parsers.label_patterns import IDX, IDXS, NUM_NEXT, PRICE_NEXT

# The entry word after a preposition of where to (or its point's case after one: "на точку
# входа", "в точке входа") names a place, not the entry's label.
# (A row starts with a literal letter, parsers/labels.py: the look-behind follows the word.)
_NOT_WHERE_TO = r"(?<!на\s{w})(?<!в\s{w})(?<!к\s{w})(?<!до\s{w})(?<!точку\s{w})(?<!точке\s{w})"

# A Persian ordinal, first to fifth ("خرید اول", "خرید پله اول", "ورود مرحله دوم").
_FA_ORD = r"(?:اول|دوم|سوم|چهارم|پنجم)"
_FA_STEP = r"\s?(?:(?:پله|مرحله)(?:ی|\sی)?\s?)?" + _FA_ORD
_FA_NOT_TP = "".join(
    rf"(?<!{w}\s{{s}})(?<!{w}{{s}})" for w in ("🎯", "تارگت", "هدف", "سود", "tp", "اهداف")
)
_FA_HEAD = (
    r"(?:ی|\sی)?\s?" + _FA_ORD + r"(?=[ \t]?(?:\(?[ \t]?[+\-−–]?[ \t]?[0-9]{1,2}(?:[.,][0-9]{1,2})?"
    r"[ \t]?%[ \t]?\)?)?[ \t:]*\n)"
)

WORLD_ROWS: tuple[tuple[str, str, str], ...] = (
    # ---------------------------------------------------------------- Russian
    ("ru", "entry", r"точк[аи]\s?вход[а-я]{0,3}"),
    ("ru", "entry", r"цен[аы]\s?вход[а-я]{0,3}"),
    ("ru", "entry", r"зон[аы]\s?вход[а-я]{0,3}"),
    # (Not the entry where a stop goes: "стоп на вход 3500", "стоп в точку входа", "к точке
    # входа": a follow-up moving its stop, no entry label; i13-ru21.)
    # "Вход 1 (50%): 0.2550", "Вход 2 — 0.26": the entry's number, then its share or a separator
    # (i13-sig24: "1" was read as an entry).
    # (Not "вход 6 - 6,2": a price of one digit after the dash makes "6" the zone's first end;
    # i13-ru25: read as entry 6 at 6.2, the entry 6 dropped.)
    (
        "ru",
        "entry",
        r"вход\s?[1-9](?=\s?(?:\([^()\n]{1,30}\)\s?)?[:=—–-]\s?(?:\$\s?)?(?:0[.,]|[0-9]{2}|\.))",
    ),
    ("ru", "entry", r"вход" + _NOT_WHERE_TO.format(w="вход") + r"[а-я]{0,3}"),
    ("ru", "entry", r"входим"),
    # "Лимитка: 0,1038", "Набор позиции: 0,1038", "Заходим 0,1038": the entry's other words
    # (i13-ru25). ("Лимитку убираем" is a cancel: no price after it, no call.)
    ("ru", "entry", r"лимитк[аи]" + NUM_NEXT),
    ("ru", "entry", r"лимитн\w{2}\s?ордер" + NUM_NEXT),
    ("ru", "entry", r"набор\s?позиции"),
    ("ru", "entry", r"зон[аы]\s?набора"),
    ("ru", "entry", r"заходим" + NUM_NEXT),
    ("ru", "entry", r"захожу" + NUM_NEXT),
    ("ru", "entry", r"открытие\s?позиции"),
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
    ("ru", "noise", r"рр"),  # "тп1 0,12522 рр 1;2": risk to reward, as "rr"
    ("ru", "noise", r"прибыль"),
    ("ru", "noise", r"маржа"),
    ("ru", "noise", r"сопротивлени[еяю]"),
    ("ru", "noise", r"поддержк[аиу]"),
    # ---------------------------------------------------------------- Ukrainian
    ("uk", "entry", r"точк[аи]\s?входу"),
    ("uk", "entry", r"вхід" + _NOT_WHERE_TO.format(w="вхід")),
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
    ("es", "tp", r"objetivos" + IDXS),
    ("es", "tp", r"objetivo" + IDX),
    ("es", "tp", r"tomar\sganancias"),
    ("es", "tp", r"toma\sde\sganancias"),
    ("es", "tp", r"metas?"),
    # "Alvos atingidos: 1" (before "alvos"): the count of targets reached, no price.
    ("pt", "noise", r"alvos?\satingidos?"),
    ("pt", "tp", r"alvos" + IDXS),
    ("pt", "tp", r"alvo" + IDX),
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
    ("it", "tp", r"obiettivi" + IDXS),
    ("it", "tp", r"obiettivo" + IDX),
    ("fr", "entry", r"entr[ée]e"),
    ("fr", "entry", r"point\sd'entr[ée]e"),
    ("fr", "tp", r"objectifs" + IDXS),
    ("fr", "tp", r"objectif" + IDX),
    ("fr", "tp", r"cibles" + IDXS),
    ("fr", "tp", r"cible" + IDX),
    # "Prise de profit 1: 4.8", "Prises de bénéfices": the take-profit of French order forms
    # (before the noise row "profit:", which would read their prices as a note).
    ("fr", "tp", r"prises?\sde\s(?:profits?|b[ée]n[ée]fices?)" + IDX),
    ("fr", "lev", r"effet\sde\slevier"),
    ("fr", "lev", r"levier"),
    ("fr", "buy", r"ordre\sd'achat"),
    ("fr", "buy", r"achat" + NUM_NEXT),
    # ---------------------------------------------------------------- Indonesian
    ("id", "entry", r"harga\smasuk"),
    ("id", "entry", r"area\smasuk"),
    # "Ambil untung 1: 0.5" (take profit), "Henti rugi" (stop loss): Indonesian order forms.
    ("id", "tp", r"ambil\s?(?:untung|profit)" + IDX),
    ("id", "sl", r"henti\s?rugi"),
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
    # "Alım bölgesi", "Satış bölgesi": the buy and sell zones (the side's entry, placed by the
    # cross-check as "Buy:" and "Sell:" are).
    ("tr", "buy", r"al[ıi][mş]\s?(?:b[oö]lgesi|fiyat[ıi]|aral[ıi][gğ][ıi])"),
    ("tr", "sell", r"sat[ıi][mş]\s?(?:b[oö]lgesi|fiyat[ıi]|aral[ıi][gğ][ıi])"),
    ("tr", "buy", r"al[ıi]m" + NUM_NEXT),
    ("tr", "sell", r"sat[ıi][mş]" + NUM_NEXT),
    # "Hedef Fiyat: 150": the target price (not "Hedef" with no price and "Fiyat" the entry).
    ("tr", "tp", r"hedef\s?fiyat[ıi]?"),
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
    ("de", "entry", r"ek" + NUM_NEXT),  # "(EK: 99247.68)": Einkaufskurs, the buying price
    ("de", "buy", r"kauf(?:en)?" + NUM_NEXT),
    ("de", "sell", r"verkauf(?:en)?" + NUM_NEXT),
    ("de", "tp", r"kursziele" + IDXS),
    ("de", "tp", r"kursziel" + IDX),
    ("de", "tp", r"gewinnziele" + IDXS),
    ("de", "tp", r"gewinnziel" + IDX),
    # "Gewinnmitnahme 1: 19.9": the take-profit (Gewinnmitnahme) of German order forms.
    ("de", "tp", r"gewinnmitnahmen" + IDXS),
    ("de", "tp", r"gewinnmitnahme" + IDX),
    ("de", "tp", r"ziele" + IDXS),
    ("de", "tp", r"ziel" + IDX),
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
    # (Before "ورود" alone: the first row that matches is the label; i13-cards34's steps.)
    ("fa", "entry", r"ورود" + _FA_STEP),
    ("fa", "entry", r"ورود"),
    ("fa", "entry", r"در\s?نقا?طه?"),
    ("ar", "entry", r"الدخول"),
    ("ar", "entry", r"دخول"),
    ("ar", "entry", r"ادخل" + NUM_NEXT),  # "ادخل: 140.5": enter (at), before a price only
    # A buy in steps (i13-cards34): "خرید پله اول" (buy, first step), "ورود مرحله دوم" (entry,
    # second stage), "خرید اول", "پله دوم خرید", the step's price on its line or the next; the
    # second's distance from the first after it ("(-3.5%)", parsers/step_entries.py). A step
    # alone ("پله اول") names a target's as often ("🎯 پله اول (TP1)"): a row only heading its
    # line, below.
    ("fa", "entry", r"خرید" + _FA_STEP),
    ("fa", "entry", r"پله(?:ی|\sی)?\s?" + _FA_ORD + r"\s?(?:خرید|ورود)"),
    # The step alone heading its line ("🟢 پله اول" over "150.5 $", "🟡 مرحله دوم (-3.5%)"), not
    # a target's ("🎯 پله اول", "تارگت پله اول", "پله اول (TP1)").
    ("fa", "entry", r"پله" + _FA_NOT_TP.format(s="پله") + _FA_HEAD),
    ("fa", "entry", r"مرحله" + _FA_NOT_TP.format(s="مرحله") + _FA_HEAD),
    ("fa", "entry", r"مرحله(?:ی|\sی)?\s?" + _FA_ORD + r"\s?(?:خرید|ورود)"),
    ("fa", "buy", r"خرید" + NUM_NEXT),
    ("fa", "sell", r"فروش" + NUM_NEXT),
    ("fa", "tp", r"تارگت" + IDX),
    ("fa", "tp", r"تی\s?پی" + IDX),  # "TP" written in Persian letters
    ("fa", "tp", r"اهداف"),
    ("fa", "tp", r"هدف" + IDX),
    ("fa", "tp", r"حد\s?سود"),
    # "جني الأرباح 1: 0.5": take profit, as the exchanges' Arabic order forms name it.
    ("ar", "tp", r"جني\s?(?:ال)?[أا]رباح" + IDX),
    ("ar", "tp", r"جني\s?(?:ال)?ربح" + IDX),  # the profit's singular: "جني الربح: 150"
    ("ar", "tp", r"الأهداف"),
    ("ar", "tp", r"ال[اإ]هداف"),  # written without its hamza
    ("ar", "tp", r"أهداف"),
    ("ar", "tp", r"الهدف" + IDX),
    ("fa", "sl", r"حد\s?ضرر"),
    ("fa", "sl", r"استاپ(?:\s?لاس)?"),
    ("ar", "sl", r"وقف\s?(?:ال)?خسارة"),
    # "إيقاف الخسارة: 130" (with its hamza or without): the stop's other word.
    ("ar", "sl", r"إيقاف\s?(?:ال)?خسار[ةه]"),
    ("ar", "sl", r"ايقاف\s?(?:ال)?خسار[ةه]"),
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
    ("zh", "entry", r"入场(?:价位?|位置?)?"),  # ("進場位置": the entry's position)
    ("zh", "entry", r"进场(?:价位?|位置?)?"),
    ("zh", "entry", r"开仓价?位?"),
    ("zh", "entry", r"建仓价?"),
    ("zh", "entry", r"挂单价?"),
    # "埋伏位：140" (the limit laid in wait), "低吸：140" (bought low): before a price only.
    ("zh", "entry", r"埋伏(?:位|点位|区间)?" + NUM_NEXT),
    ("zh", "buy", r"低吸" + NUM_NEXT),
    # "现价轻仓进-3625附近": "enter (a light position) at the market price, near 3625".
    # (輕, the traditional 轻, is not folded by the normaliser.)
    # (With no price after it, "现价轻仓进" is the market value of the entry label before it.)
    ("zh", "entry", r"现价(?:[轻輕]仓|半仓|重仓)?进场?" + PRICE_NEXT),
    ("zh", "entry", r"市价(?:[轻輕]仓|半仓|重仓)?进场?" + PRICE_NEXT),
    ("zh", "buy", r"买入价?" + NUM_NEXT),
    ("zh", "sell", r"卖出价?" + NUM_NEXT),
    ("zh", "tp", r"止盈" + IDXS),
    ("zh", "tp", r"目标价?位?" + IDXS),
    ("zh", "sl", r"止损[位价]?"),
    # "防守：130", "防守位 130": the level defended, the stop (before a price only; i13-labels31).
    ("zh", "sl", r"防守(?:点位|位|点)?" + NUM_NEXT),
    ("zh", "slclose", r"收盘"),
    ("zh", "lev", r"杠杆"),
    ("zh", "sym", r"币种"),
    ("zh", "sym", r"交易对"),
    ("zh", "sym", r"币对"),
    # ---------------------------------------------------------------- Korean, Japanese
    ("ko", "entry", r"진입가?"),
    ("ko", "tp", r"목표가?" + IDXS),
    ("ko", "tp", r"익절"),
    ("ko", "sl", r"손절가?"),
    ("ko", "lev", r"레버리지"),
    ("ja", "entry", r"エントリー"),
    ("ja", "tp", r"利確" + IDXS),
    ("ja", "tp", r"ターゲット" + IDXS),
    ("ja", "sl", r"损切り?"),  # 損 is folded to 损 by normalisation
    ("ja", "lev", r"レバレッジ"),
    # ---------------------------------------------------------------- Hindi (Devanagari)
    # The English words as Hindi channels write them: entry, target, stop loss, leverage.
    ("hi", "entry", r"एंट्री"),
    ("hi", "tp", r"टारगेट" + IDX),
    ("hi", "sl", r"स्टॉप\s?लॉस"),
    ("hi", "lev", r"लीवरेज"),
    # ---------------------------------------------------------------- emoji labels
    ("emoji", "tp", r"🎯" + PRICE_NEXT),  # not "🎯 Probability: 78.5%"
    ("emoji", "sl", r"❌"),
    # A stop sign with a price right after it ("🛑 0.45"); as decoration ("🛑 Use 2% only")
    # it is no label.
    ("emoji", "sl", r"🛑" + PRICE_NEXT),
    ("emoji", "sl", r"⛔" + PRICE_NEXT),
    # A Turkish futures channel's card: "🎬 2605" (action: the entry), "🔴🚨 : 2786" (the stop);
    # the siren as a stop only with a colon and a price ("🚨3 HOURS LEFT" is an alert).
    ("emoji", "entry", r"🎬" + PRICE_NEXT),
    ("emoji", "sl", r"🚨(?=\s?[:=])" + PRICE_NEXT),
    # "стоп - 5.3449$  🎁400$ на спот за регистрацию": a gift, a promotion's sum, never a price.
    ("emoji", "noise", r"🎁"),
    # "📈 ADA | USDT @ $0.45 - 4H - 1.2.3": "@" right after the pair's quote, a price next, is
    # the card's entry (a bot's card with no side word: the side follows from the levels).
    (
        "emoji",
        "entry",
        r"@(?:(?<=usdt\s@)|(?<=usdc\s@)|(?<=usd\s@)|(?<=busd\s@))(?=[ \t]?\$?[0-9])",
    ),
    ("emoji", "weak", r"@"),
    # "Leverage×10": the multiplication sign glued to the leverage's word, its value next.
    ("emoji", "lev", r"×(?:(?<=leverage×)|(?<=lev×))(?=[ \t]?[0-9]{1,3}(?![0-9.,]))"),
)
