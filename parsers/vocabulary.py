"""The words that are not labels: what a post says about itself, and what numbers mean.

parsers/lexicon.py holds the labels of a signal's fields (one row per label, per language);
this module holds the vocabulary the cross-check and the update reader use: posts that are not
a signal or report on an earlier one, market-entry words, multiples that are no leverage, and
the two price tables (satoshi-priced coins, dot-grouped thousands). A new word is a new entry
here, not new code (see docs/parser.md).
"""

from __future__ import annotations

# Posts that restate an earlier signal ("Reminder: ...", "still valid"): following it again
# would open a second position on the same call, so a person decides.
RESTATED = (
    r"(?<![a-z])(?:reminder|recap|re-?post(?:ed|ing)?|still\s(?:open|valid|active|running|holding)"
    # "Our last call 👇" over the signal it quotes.
    r"|(?:our|my|the)\s(?:last|previous|earlier)\s(?:calls?|signals?|trades?|setups?|posts?))"
    r"(?![a-z])"
)

# Posts that say they are not a trade to copy.
NOT_A_SIGNAL = (
    # A lesson's worked example with a level label on its line ("Ví dụ: Mua XRP ở mức $2.75 →
    # Đặt TP ở mức $2.88"); "For example, put 1k now and 1k at 529" in a signal names none,
    # nor does "(e.g., 1:2) and avoid overly tight stop losses" (no level after the label).
    *(
        word + r"[^\n]{0,80}?(?<!\w)(?:tp|sl|stop|target|take\sprofit|entry)[^\n0-9]{0,30}[0-9]"
        for word in (r"for\sexample", r"e\.g\.", r"ví\sdụ", r"por\sejemplo", r"örneğin")
    ),
    r"например[^\n]{0,80}?(?<!\w)(?:тп|тейк|стоп|вход|tp|sl)",
    r"zum\sbeispiel[^\n]{0,80}?(?<!\w)(?:tp|sl|stop|ziel|einstieg)",
    r"not\sa\s(?:signal|trade|call)",
    r"no\strade",
    r"educational\spurposes?(?:\sonly)?",
    r"idea\sonly",
    # "(Prepare, dont place it yet)": a trade announced for later.
    r"don'?t\s(?:place|enter|open)(?:\sit|\sthis)?\syet",
    r"do\snot\s(?:place|enter|open)(?:\sit|\sthis)?\syet",
)

# A level label whose value points at a picture ("Target : di chart", "TP: see chart", "Цели:
# на графике"): the level was given, where the parser cannot read it; never a trade without it.
ON_CHART = (
    r"(?<![a-z])(?:chart|charts|image|picture|pic|screenshot|screen|grafik|gráfico|grafico"
    r"|graphique)(?![a-z])|график|скрин|картинк|图表|看图"
)

# Words that ask for a market entry instead of a price.
MARKET_WORDS = (
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
MARKET_UNSPACED = (r"市价", r"现价")

# Posts that report on an earlier signal rather than open a new one.
STATUS_WORDS = (
    r"hit",
    r"reached",
    r"achieved",
    r"done",
    r"smashed|completed",
    r"booked|taken|secured",  # ("TP 1 taken": "1" was read as a target; i13-ru25)
    r"filled",
    r"entered",
    r"cancell?ed",
    r"triggered",
    r"closed",
    r"stopped(?:\sout)?",
    r"profit\s?:",
    r"results?",
    r"in\sprofit",
    r"all\stargets",
    r"still\s(?:open|running|active|holding|valid)",
    r"reminder",
    r"recap",
    # "PNL +133.3% / ROI 133.3%": an exchange's PnL card of a position held, no new trade.
    r"pnl\s?:?\s?[+-]?[0-9][0-9.,]*\s?%",
    r"roi\s?:?\s?[+-]?[0-9][0-9.,]*\s?%",
    r"достигнут[а-я]?",
    r"взят[а-я]?",
    r"alcanzad[oa]s?",
    r"atingid[oa]s?",
    r"ulaşıldı",
    r"erreicht",
    r"đạt",
)
# ("☑" too, after a level: "TP1: 105 ☑️" ticks it off; before it, "☑️ TP1: 105", a bullet, is
# never in a target's tail: reports.reports_status.)
STATUS_UNSPACED = (r"已达成", r"已止盈", r"达到", r"已(?:自动)?取消", r"✅", r"✔", r"☑", r"💰")
# "TP2 hit ✅", "Target 3 reached": a line that reports a target makes the post a report.
TARGET_REPORTED = (
    r"(?:tp|target|take[\s-]?profit|entry|stop[\s-]?loss|sl)\s?#?[0-9]{0,2}\s?"
    r"(?:is\s|has\sbeen\s|was\s)?(?:hit|reached|achieved|done|smashed|triggered|[✅✔☑✓])"
    r"|(?:hit|reached|achieved|smashed|triggered)\s(?:the\s|our\s)?(?:tp|target|entry|stop|sl)"
    # "Closed at 3150 with +5% profit", "stopped out at 2900": the trade is over.
    r"|(?<![a-z])(?:closed|exited|stopped\sout)\s(?:at|in|with|for|manually|on)(?![a-z])"
    r"|(?<![a-z])stopped\sout(?![a-z])"
    # "All targets hit ✅", "Update: all take-profit targets achieved".
    r"|(?<![a-z])all\s(?:the\s)?(?:take[\s-]?profit\s)?(?:targets|tps)\s(?:are\s|have\sbeen\s"
    r"|were\s|got\s)?(?:hit|reached|achieved|done|smashed|completed)(?![a-z])"
    # "4.55% Loss (2x)", "+32% profit": the result of the trade.
    r"|(?:^|(?<=\n))[^\S\n]*[+-]?[0-9]{1,4}(?:[.,][0-9]{1,2})?\s?%\s(?:loss|profit|gain)(?![a-z])"
    # "Signal is filled at 0.51", "Entry zone ✅ entered", "Cancelled ❌": the signal's own news.
    r"|(?:signal|order|position|trade|entry|entries)\s(?:is\s|has\sbeen\s|have\sbeen\s|was\s"
    r"|were\s|got\s)?(?:filled|triggered|activated|entered)(?![a-z])"
    r"|(?<![a-z])(?:entered|filled|activated|triggered)\s?✅|✅\s?(?:entered|filled|activated)(?![a-z])"
    r"|(?<![a-z])cancell?ed(?![a-z])|已(?:自动)?取消"  # ("挂单已取消": cancelled)
)
# "Close BTC long at 65400", "closing my ETH short here": the side word names the position to
# close, not a new one to open (the post is a follow-up, read by parsers/updates.py).
CLOSING_SIDE = (
    r"(?<![\w-])(?:close|closing|closed|exit|exiting|exited|cut|cutting|закрыва\w{0,3}"
    r"|закрой\w{0,2})\s"
    # (Not "close to resistance", "closes above 0.5", "close the day", "exit: 0.6 / short".)
    # ("Close NEAR-PERP LONG", "close near/usdt": the coin NEAR, not "close near 3.1".)
    r"(?!(?:to|above|below|under|over|near|beneath|the\sday|the\sweek|out|if|when)\b(?![-/])"
    r"|(?:at|in)\s[$0-9p])"
    r"(?:(?:my|our|your|the|all|this|that|a|remaining|rest\sof)\s){0,2}"
    # the coin, as pairs are written: "HYPE/USDT (Binance Futures)", "Pair: QKC/USDT", "ADA-PERP",
    # "#BROCCOLI714/USDT:USDT" (a base of up to 15 characters and a settled quote: 32)
    r"(?:(?:[#$]?[a-z0-9_:/.-]{2,32}:?|\([^)\n]{1,30}\)|[^\w\s]{1,4})\s){0,4}$"
)
# Words that report on a trade, or point back to an earlier post. Around a complete signal (on a
# line before its levels or after them) they make the post a status post or a recap quoting the
# signal ("Profit booked on this one 💰", "Yesterday's call 👇", "Closed +45%"): a person decides.
REPORTED_AROUND = (
    *(r"hit", r"reached", r"achieved", r"smashed", r"booked", r"banked", r"secured"),
    *(r"triggered", r"stopped", r"done", r"went", r"congrat[a-z]*", r"throwback"),
    # (Not "if candle closed 4H below the stop price": a candle-close stop.)
    r"closed(?![^\n]{0,12}(?:below|above|under|over|beneath))",
    *(r"yesterday'?s?", r"earlier", r"previously", r"results?", r"completed", r"winners?"),
    # (Not "ROI": "Potential ROI: ~6%" is a new signal's projection.)
    *(r"caught", r"called\sit", r"last\sweek'?s?", r"running\s\+?[0-9]{1,4}"),
    r"from\s(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    # ("закрыт", "закрыта": closed; not "Закрыть по $42.17", a target's "close at".)
    *(r"достигнут[а-я]?", r"закрыт[аоы]?", r"ulaşıldı", r"kapandı", r"erreicht"),
    *(r"alcanzad[oa]s?", r"atingid[oa]s?", r"close\ssignal", r"signal\sclose", r"trade\sclose"),
    # "Buy: 140 / Sell: 152 / Profit: +8.5%", "Profit: 8.5% ✅": the result of a call, signed or
    # ticked, on its own line: a recap quoting the call, no new trade (was traded; i13-en21).
    # (Not "Potential profit: 40%": no sign, no tick.)
    r"profit(?<!potential\sprofit)(?<!expected\sprofit)\s?:\s?(?:\+[0-9]{1,4}(?:[.,][0-9]{1,2})?\s?%"
    r"|[0-9]{1,4}(?:[.,][0-9]{1,2})?\s?%\s?[✅✔])",
)
REPORTED_AROUND_UNSPACED = (r"已达成", r"已止盈", r"已止损", r"达到")
# A short line that says the signal's order went in ("Position has been activated", "Entry
# activated", "Order filled", "Signal activated ✅", "Entered entry zone ✅": Cornix-style status
# lines) over the signal posted again, or under it: a status post, never a new trade. One entry a
# phrase, each a whole word; the line must be short and say nothing is still to come
# (STATUS_HEADING_NOT: "will be activated", "if not filled", "once triggered").
STATUS_HEADINGS = (
    # "Position has been activated", "Buy order filled", "Trade opened", "Long triggered".
    r"(?:signal|orders?|positions?|trades?|entry|entries|long|short|buy|sell|limit|market)"
    r"(?:\s(?:orders?|positions?|zone|price|entry|limit|target\s?[0-9]{1,2}))?"
    r"\s(?:(?:is|has|have|been|was|were|got|just|now|successfully|fully|all)\s){0,3}"
    r"(?:activated|filled|opened|triggered|executed|entered)",
    # "Activated ✅", "FILLED", "Triggered 🟢": the word alone (with a coin, emoji, an exchange).
    r"(?:activated|filled|triggered|executed)",
    # "Entered entry zone ✅", "Price entered the buy zone", "Entry zone reached".
    r"entered\s(?:the\s|our\s)?(?:entry|buy|sell|short|long)(?:\s(?:zone|area|range|price))?",
    r"(?:entry|buy|sell)\s(?:zone|area|range|price)\s(?:is\s|has\sbeen\s|was\s)?"
    r"(?:entered|reached|activated|touched|filled)",
    # Russian, Spanish, Portuguese, Turkish.
    r"(?:вход|ордер|позиция|сделка)\s(?:выполнен|исполнен|активирован|открыт)[аоы]?",
    r"активирован[аоы]?",
    r"(?:orden|entrada|posición|operación)\s(?:ejecutada|activada|abierta)",
    r"(?:ordem|entrada|posição|operação)\s(?:executada|ativada|aberta)",
    r"(?:pozisyon|işlem|emir|giriş)\s(?:açıldı|aktif\sedildi|gerçekleşti|yapıldı)",
)
STATUS_HEADINGS_UNSPACED = (r"已入场", r"已成交", r"已开仓", r"已触发", r"入场成功", r"开仓成功")
# On a heading's line these say the order is still to come: a signal's instruction, no status.
STATUS_HEADING_NOT = (
    r"(?<![a-z])(?:not|n't|will|would|to\sbe|if|when|once|after|until|unless|before|only|wait"
    r"|pending|yet)(?![a-z])|не\s|si\sno|se\snão|如果|未"
)
# Words after a level that report it ("TP1 62000 hit"); never a post's styling, unlike ✅ 🎯.
STATUS_AFTER_LEVEL = r"\b(?:hit|reached|achieved|done|smashed|booked|triggered|completed|taken)\b"

# "Risk/Reward: 3.0x", "R:R = 2x", "(potential 5x)": an "x" after these words on its line is a
# multiple of the stake, not leverage (unless a leverage word is there too: "Leverage cross 20x").
MULTIPLIER_WORDS = (
    r"reward|\br\s?[:/]\s?r\b|\brr\b|potential|profit|gain|return|roi\b|upside|moon"
    r"|прибыл|потенциал|ganancia|lucro|potencial|kazanç|收益|盈利|潜力"
)
# "TP2: 2x", "Targets: 0.56, 1x, 2x": an "x" right in a target's value (no other word between) is
# a multiple of the entry, never the leverage.
TARGET_BEFORE = r"(?:\btps?[0-9]{0,2}|targets?|take[\s-]?profits?)(?:[^a-z]|(?<=[0-9])x){0,40}$"
LEVERAGE_WORDS = (
    r"lev|cross|isolated|\biso\b|margin|плеч|apalanc|alavanc|kald[ıi]ra|hebel|đòn|杠杆|倍"
    r"|اهرم|لوریج|الرافعة"
)
# The level written before its leverage word with no "x": "🪙 Coin: BRETT LONG (20 leverage
# cross)" (a copier's documented post), "20 leverage", "10 плечо", "20 kaldıraç". The word right
# after the number, in its own language; a row a language.
LEVERAGE_AFTER_WORDS = (
    r"leverage|levarage|lev\b|плеч[оеа]|kald[ıi]ra[çc]|apalancamiento|alavancagem|hebel\b"
    r"|đòn\sbẩy|倍杠杆|杠杆"
)
# "LEV: 5X ... Safe traders use 2X-3X only": a leverage offered to cautious readers, with no
# leverage word before it on its line, is advice beside the channel's own leverage. Read only
# when the post gives no other leverage.
ADVICE_LEVERAGE_WORDS = (
    r"\bsafe(?:r|st)?\b|conservative|cautious|low[\s-]risk\s(?:traders?|users?)|beginners?"
    r"|newbies?|new\straders?"
)

# Prices written in satoshis ("220 sats", "40 - 43 sat"): not a price an order can carry.
# (Not the coin SATS: "#SATS/USDT", "$SATS", "SATSUSDT".)
SATOSHI = (
    # (Not "Alım: 142,5\nSatış hedefleri": a space, not a line break, and no letter after.)
    # (Not "#1000SATS", "10000SATSUSDT": the coin's contract with its multiplier glued on.)
    r"[0-9](?:[ \t]|(?<!000))sats?(?![^\W\d_])|(?<![a-z0-9#$])sats(?![a-z/_-])"
    r"|(?<![a-z#$])satoshis?(?![a-z])|сатош"
)
# Dollar prices these coins have not been below for years: "#BTC Entry: 64.000" read as 64 is a
# post writing its thousands with a dot (64000), never a trade at 64.
PRICE_FLOORS = {"BTC": 1000.0, "XBT": 1000.0, "WBTC": 1000.0, "ETH": 50.0, "WETH": 50.0}
# Dollar prices these coins have not been above for years; their futures trade as 1000PEPE,
# 1000FLOKI ... at a thousand times the price. "FLOKI 多 / 进场位置: 0.145" is a 1000FLOKI price
# written under the coin's own name: which contract is meant is a guess.
PRICE_CEILINGS = {
    "PEPE": 0.001,
    "SHIB": 0.001,
    "FLOKI": 0.01,
    "BONK": 0.002,
    "LUNC": 0.01,
    "XEC": 0.005,
}
# Coins that trade below a tenth of a cent in dollars: levels that small ("#PEPE Buy 0.0000123")
# are their USDT prices. Any other coin posted at such levels with no quote named is priced in
# BTC (parsers/btc_quote.py reads the quote where the post names it; parsers/scale.py refuses
# the post where it names none).
SUB_MILLI_BASES = frozenset(
    """
    PEPE SHIB FLOKI BONK LUNC XEC BTT BTTC WIN NFT SATS RATS CAT MOG BABYDOGE DOGS NEIRO X HMSTR
    WEN CHEEMS SPELL KISHU ELON AKITA SAFEMOON HOT REEF DENT LEVER TURBO COQ LADYS MUMU APU PEPE2
    """.split()
)
# Coins that trade at a hundred dollars or more. Any other coin posted with no quote currency and
# every level a whole number of 100 or more ("#MDA Buy zone 11100-11270", "#IRIS Buy 145") is
# being priced in satoshis of its BTC pair (or with its "0." dropped): never traded as written.
HIGH_PRICE_BASES = frozenset(
    """
    BTC XBT WBTC ETH WETH STETH BNB SOL BCH BSV LTC XMR ZEC DASH AAVE MKR COMP YFI QNT EGLD KSM
    TAO GNO DCR PAXG XAUT TRB ORDI ILV BIFI GMX
    """.split()
)


# Well-known coins of four letters or more. A coin written as one of them with one letter added
# inside ("SUSHSI" for SUSHI) is a typo: which market is meant is a guess (needs review). (Only
# inside the word: ETHW, DOGS or SOLV, one letter added at an end, are real coins.)
KNOWN_BASES = frozenset(
    """
    SUSHI AVAX DOGE LINK ATOM NEAR MATIC ALGO AAVE FLOKI PEPE SHIB BONK LUNA LUNC SAND MANA GALA
    CAKE HBAR EGLD THETA RUNE KAVA IOTA QTUM DASH ORDI PYTH RNDR RENDER AGIX OCEAN ARKM BLUR MASK
    ETHFI PENDLE STRK ONDO JASMY LQTY TRUMP PLUME
    """.split()
)


# Coins whose ticker opens with one digit: a bare word so written ("Long 1INCH") names one only
# when listed here ("2ND", "4TH", "1ST" are words). (Two digits or more: "1000PEPE", any.)
ONE_DIGIT_COINS = frozenset(("1INCH", "1CAT", "1MBABYDOGE"))


# A well-known coin written by its name ("Solana Futures — Short Setup"): the ticker it names.
# Only names that are no common English word ("Avalanche" is) and no other market's ticker.
COIN_NAMES = {
    "bitcoin": "BTC",
    "ethereum": "ETH",
    "solana": "SOL",
    "cardano": "ADA",
    "dogecoin": "DOGE",
    "litecoin": "LTC",
    "polkadot": "DOT",
    "chainlink": "LINK",
}

# The Russian channels' names of the majors, in every case a follow-up writes them after "по"
# ("закрыл лонг по эфиру", "по битку стоп в бу", "снимаю лимитку по солане"): the ticker each
# names (Russian trader slang: "биток" for bitcoin, "эфир" for ether; i13-ru19).
RU_COIN_NAMES = {
    "биток": "BTC",
    "битк": "BTC",
    "биткоин": "BTC",
    "биткойн": "BTC",
    "эфир": "ETH",
    "эфириум": "ETH",
    "солан": "SOL",
    "рипл": "XRP",
    "лайткоин": "LTC",
    "кардано": "ADA",
    "догикоин": "DOGE",
}

# A breakout entry: "Enter above: 15.30", "Long above 14.024", "Entry if breaks below 5.585":
# enter only once the price crosses the level, not at once (a buy limit above the market fills
# now). Read on the entry's line before its first price (parsers/trigger.py). "stop" and
# "break" words name the side's own direction (above in a long, below in a short); "stop" words
# ("Buy stop", "stop order") count after the price too, "break" words ("Breakout entry: 15.30")
# before it, or alone right after it (TRIGGER_AFTER: "0.0318 (failed breakout zone)" is
# analysis).
TRIGGER_WORDS = (
    # "Break & retest of 0.53" (first: the words open alike) waits for the price to come back to
    # a broken level: a limit there, no stop entry (a "retest" row names no condition).
    ("retest", r"break(?:[\s-]?out|[\s-]?down)?\s?(?:&|and|\+|n|/)\s?retest|retest(?:ing|s)?"),
    ("above", r"above|over"),
    ("below", r"below|under"),
    # (Break verbs with their way count with no entry label before them: "Sell when price
    # crosses below 0.45".)
    ("breaks above", r"(?:breaks?|cross(?:es|ing)?)\s(?:above|over)"),
    ("breaks below", r"(?:breaks?|cross(?:es|ing)?)\s(?:below|under)"),
    ("stop", r"(?:buy|sell)[\s-]stop|stop[\s-](?:limit|market|order|entry)"),
    ("break", r"break[\s-]?outs?|break[\s-]?downs?|on\s(?:a\s)?break"),
    # "Long if it breaks 0.53", "Entry: break of 0.53", "Buy when price crosses 0.53" (not
    # "break even").
    ("break", r"break(?:s|ing)?(?![\s-]?even)|cross(?:es|ing)"),
    ("above", r"выше"),
    ("below", r"ниже"),
    ("break", r"пробо[йяею]|пробити[еияю]"),
    # Turkish "kırılımda" (at the break), "kırılırsa" (if it breaks).
    ("break", r"k[ıi]r[ıi]l[ıi]m\w*|k[ıi]r[ıi]l[ıi]rsa"),
    ("above", r"por\sencima\sde|acima\sde"),
    ("below", r"por\sdebajo\sde|abaixo\sde"),
    ("above", r"über"),
    ("below", r"unter"),
    ("above", r"au-dessus\sde"),
    ("below", r"en\sdessous\sde|au-dessous\sde"),
    ("above", r"di\satas"),
    ("below", r"di\sbawah"),
)
TRIGGER_UNSPACED = (
    ("above", r"突破"),
    ("below", r"跌破"),
    # "Entry: >0.53", "Entry: ≥ 0.53", "Entry: < 0.45" (not the arrows "->", "=>", "<-", nor
    # brackets: "ENTRY: <0.00461-0.00465>", a "<" glued to its price).
    ("breaks above", r"(?<![-=])>(?!>)|≥"),
    ("breaks below", r"(?<!<)<(?=[^\S\n])|≤"),
)
# A way said right after the entry's price: "Entry: 0.53 and above", "0.45 or lower", Turkish
# "Giriş: 0.53 üstü" (above).
TRIGGER_AFTER_WAYS = (
    ("above", r"[^\S\n]*(?:(?:and|or|&)\s(?:above|higher|over)|(?:ve\s)?(?:üstü|üzeri))(?!\w)"),
    ("below", r"[^\S\n]*(?:(?:and|or|&)\s(?:below|lower|under)|(?:ve\s)?altı)(?!\w)"),
)
# The post's order type said on a line of its own ("⚠️This Trade must be set up as a STOP LIMIT
# order", "Order type: Buy Stop"): a stop entry, the side's own way.
STOP_ORDER_STATEMENT = (
    r"(?:set\s?up(?:\sas)?|placed?|use|using|as|with)\s(?:a\s|an\s)?(?:buy\s|sell\s)?stop[\s-]?"
    r"(?:limit|market)(?:\s(?:buy|sell))?\s?orders?"
    # "Order: Buy Stop", "Order type: Stop Market", "Entry type: stop-limit" (not "Order type:
    # Stop loss 0.49", nor a stop's price after the words).
    r"|(?:order|entry)(?:\s?type)?\s?[:=-]\s?(?:(?:buy|sell)[\s-]?stop|stop|break[\s-]?(?:out|down))"
    r"(?:[\s-]?(?:limit|market))?"
    r"(?![\s-]?loss)(?![^\S\n]*[:=]?[^\S\n]*[0-9])"
)
# A break word right after the entry's price, alone in the rest of its field ("Entry: 0.53
# (breakout)", "Entry 0.45 on breakdown", "Giriş: 0.53 kırılımda"): the side's own way. Not
# "0.0318 (failed breakout zone)": another word before or after it makes it analysis.
TRIGGER_AFTER = (
    r"[^\S\n]*[(\[–—-]?[^\S\n]*(?:(?:on|upon|after|at|with|if|in|wait(?:ing)?\sfor|на|при|после)\s(?:a\s|the\s)?)?"
    r"(?:[0-9]{1,2}\s?[mhdw]\s)?"
    r"(break[\s-]?(?:out|down)s?|break|пробо[йяею]|пробити[еияю]|k[ıi]r[ıi]l[ıi]m\w*)"
    r"(?:\s(?:entry|confirmation|confirmed|only))?[^\S\n]*[)\]]?(?=[^\S\n]*(?:\n|$|[,;|/.!]))"
)
# A break named anywhere else on the entry's line ("Entry: 0.53 (4H breakout confirmed)"), with
# no condition read: the entry waits for something, how is not certain (parsers/trigger.py).
TRIGGER_MENTION = (
    r"break[\s-]?(?:out|down)|breaks?(?![\s-]?even)|пробо|пробит|突破|跌破|k[ıi]r[ıi]l"
    # Vietnamese "phá" (break), Persian "شکست", Arabic "اختراق", Korean "돌파", Japanese
    # "ブレイク", Russian "закрепление" (a hold above).
    r"|(?<!\w)phá(?!\w)|شکست|اختراق|돌파|ブレイク|закрепл|закрепи[мт]ся"
)

# A generic word for a price opening the line under a heading that gave none ("── STOP LOSS
# ──\nPrice: 0.0836", "ENTRY\nLevel: 0.0755"): the heading's value, named only as a price.
PRICE_WORD = (
    r"[^\w\n]{0,4}(?:price|level|value|precio|preço|prix|prezzo|preis|цена|уровень|fiyat|harga"
    r"|giá|価格|价格|سعر|قیمت)\s?[:=：]"
)

# English words that are also coins' tickers (AT, THE, IN ...): read as the coin only after a
# coin label ("Coin: AT") or as a tag standing where a coin stands ("#AT LONG", "Short #THE").
COIN_WORDS = frozenset("AT THE IN ON MY".split())
