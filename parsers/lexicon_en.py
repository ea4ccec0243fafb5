"""The lexicon's English rows (see parsers/lexicon.py for what a row is and its kinds)."""

from __future__ import annotations

from parsers.label_patterns import (
    BEYOND,
    CLOSE_BEYOND,
    HEADING,
    HISTORY,
    IDX,
    IDX_TP,
    IDXS,
    NUM_NEXT,
    PRICE_NEXT,
)

_ADVISED = r"(?:could|should|can|may|might|must|will)\s(?:be\s)"
_AT_LEVEL = r"(?:\s(?:at|near|around))?(?:\sthe\s(?:level|price|mark)\sof)?"

EN_ROWS: tuple[tuple[str, str, str], ...] = (
    ("en", "entry", r"entry\s?(?:targets?|zones?|prices?|areas?|range|points?|levels?|orders?)"),
    ("en", "entry", r"entries"),
    ("en", "entry", r"entrys"),
    ("en", "entry", r"entery"),  # "Entery:- ❇️ 13.610": a common misspelling
    # "EN : 0.51_0.50": the entry abbreviated, a label only with its colon and a price next.
    ("en", "entry", r"en(?=[ \t]?:[ \t]?\$?[0-9])"),
    # "ENTET : 0.6960 - 0.6990" (dev pnd-tg-1256364096-012), "Entri: 0.69" (Indonesian), a letter
    # swapped or slipped to its neighbour key: before a price only (i13-sig24).
    ("en", "entry", r"e(?:ntet|ntey|ntri|nrty|tnry|mtry)" + NUM_NEXT),
    ("en", "entry", r"entry"),
    ("en", "entry", r"enter(?:\s(?:at|zone|price|between|above|below|around|near|on))?"),
    ("en", "entry", r"get\s(?:in|into)" + NUM_NEXT),
    ("en", "entry", r"entrance"),
    # "Entry1: 0.51 / Entry2: 0.49": numbered entries (DCA), the index glued to the label.
    ("en", "entry", r"entry[0-9]{1,2}(?=\s?[:=)→-])"),
    ("en", "entry", r"ent\.?" + NUM_NEXT),  # "Ent: 159.8"
    ("en", "entry", r"purchas(?:e|ing)\s?(?:zone|price|area|range|levels?|at)"),
    # "Purchase :- 0.55$ - 0.56$", "Buyin: 0.55": the buy's other words, before a price only
    # ("Purchase $DEPO, hold ..." names a coin; i13-labels31).
    ("en", "buy", r"purchase" + NUM_NEXT),
    ("en", "buy", r"buy-?in" + NUM_NEXT),
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
    # ("Daily open: 0.00852", "Weekly open 61200": where a candle opened, a chart feature
    # (parsers/aside_lines.py), never the entry: before, read as a second entry.)
    ("en", "entry", r"open(?<!daily\sopen)(?<!weekly\sopen)(?<!monthly\sopen)" + NUM_NEXT),
    ("en", "entry", r"bids?(?:\s?(?:zone|area|at))?" + NUM_NEXT),
    ("en", "entry", r"accumulat(?:e|ion)(?:\s?(?:zone|area|range|between))?"),
    # "Range:  0.3420 - 0.3150" heading its line under the side: the entry zone (not "Trading
    # range: ...", "price range: ...": a word before it makes it the chart's range).
    # (Its colon may be "::", ":-", "=>" or an arrow: "Range :- 0.55$ - 0.56$", as other labels.)
    ("en", "entry", r"range(?<!\w\srange)(?=\s?(?::[:-]?|=>|->|→)\s{0,3}\$?[0-9])"),
    # "Price :- 1.2$ - 1.3$" heading its line, a card's only entry label beside its targets and
    # its stop (the ruling "'Price' as a label", session 30): kept as the entry by
    # parsers/price_label.py only then; beside an entry label, in an analysis, under a heading
    # ("── STOP LOSS ──\nPrice: 0.0836") it is no label, as before (not "Current price: ...",
    # "BTC price: ...": a word before it).
    ("en", "entry", r"price(?<!\w\sprice)(?=\s?(?::[:-]?|=>|->|→|=|-)\s{0,3}\$?[0-9])"),
    ("en", "entry", r"dca(?:\s?(?:levels?|zone))?" + NUM_NEXT),  # not "22.95 (DCA)"
    # "Averaging (DCA): 10.146, 9.610": the entries added below the first (not "average").
    ("en", "entry", r"averaging(?:\s?\(dca\)|\s(?:levels?|zone|entries))?" + NUM_NEXT),
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
    # A plural label takes only a glued index ("Goals 3 - 2.97": the targets 3 and 2.97).
    ("en", "tp", r"profit\s?targets" + IDXS),
    ("en", "tp", r"profit\s?target" + IDX),
    ("en", "tp", r"tps" + IDXS),
    ("en", "tp", r"takes" + NUM_NEXT),  # "Takes: 536.50, 543.79"
    ("en", "tp", r"tp" + IDX_TP),  # ("tp 9" over "stop 7": the target 9, label_patterns)
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
    # "T1 (1:2 R:R): $4,570", "T2 (Optional): $4,650": a note in parentheses before the colon.
    ("en", "tp", r"t-?[0-9]{1,2}(?=\s?\([^()\n]{1,30}\)\s?[:=])"),
    # "Targets hit: 3/5" (before "targets"): the count of targets reached, no price.
    ("en", "noise", r"targets?\s(?:hit|reached|achieved|done)(?=\s?:)"),
    ("en", "tp", r"targets" + IDXS),
    ("en", "tp", r"target" + IDX),
    ("en", "tp", r"tgts?" + IDX),
    ("en", "tp", r"tg[0-9]{1,2}"),
    # "Trgt :- 150$", "Tragets: 150 - 160", "Targer 1: 150": the target's word misspelt or
    # shortened (i13-labels31; "Traget" as "Entery" is the entry's).
    ("en", "tp", r"t(?:ragets|argts|rgts|agrets|aregts)" + IDXS),
    ("en", "tp", r"t(?:raget|argt|rgt|agret|aregt|arger)" + IDX),
    ("en", "tp", r"objectives?"),
    ("en", "tp", r"goals" + IDXS),
    ("en", "tp", r"goal" + IDX),
    ("en", "tp", r"next\s(?:stop|destination|station|target)" + PRICE_NEXT),  # "next stop $0.05🚀"
    ("en", "tp", r"looking\sfor"),
    ("en", "tp", r"aiming\sfor"),
    # ("Exit points 👇" heads a list; a bare "exit" is a label only before its price.)
    ("en", "tp", r"exit\s?(?:targets?|zones?|points?|levels?|prices?)"),
    ("en", "tp", r"exit" + NUM_NEXT),
    ("en", "tp", r"exits" + PRICE_NEXT),  # not "Partial Exits: suggested at $0.50 and $1.00"
    ("en", "tp", r"exits?" + HEADING),  # "Exits 👇" over a list
    ("en", "tp", r"exits?(?=\s?:\s?(?:👇{1,9}\s?)?(?:\n|$))"),  # "EXITS:" over a list
    ("en", "tp", r"exits?(?=\s?:-\s?\$?[0-9])"),  # "Exits :- 3370 • 3400"
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
    # "Stop hunts likely below $127", "a stop run under 0.45": where other traders' stops get
    # taken (liquidity), never this trade's stop (i13-lvl21, dev sq21-sol-momentum-50x; before
    # the stop rows: re takes the first alternative that matches).
    ("en", "noise", r"stop[\s-]?(?:hunts?|hunting|runs?)"),
    # "Stop Loss could be set at $3,270", "Profits should be taken at the level of $2,840": an
    # analysis's advice, the label in a phrase (before the shorter rows: the first match wins).
    ("en", "sl", r"stop[\s-]?loss\s" + _ADVISED + r"(?:set|placed|put)" + _AT_LEVEL),
    ("en", "tp", r"profits?\s" + _ADVISED + r"(?:taken|locked\sin|booked|fixed)" + _AT_LEVEL),
    ("en", "sl", r"stop[\s-]?(?:loss\s?)?(?:targets?|levels?|price|zone)"),
    ("en", "sl", r"stop[\s-]?loss"),
    ("en", "sl", r"stoploss"),
    ("en", "sl", r"stol\s?loss"),
    ("en", "sl", r"stopls"),
    ("en", "sl", r"stop[\s-]?los(?:e|s)?"),  # "Stoplose :- 130$", "Stop los: 130" (i13-labels31)
    ("en", "sl", r"stopp?"),
    # "Stp: 2%", "STP : 40000", "Stp loss: 2%": the stop abbreviated, a label only with a colon
    # or "=" next ("Buy STP 0.42" names the coin; the lead, session 30: "Stp: 2%" traded with no
    # stop).
    ("en", "sl", r"stp(?:\s?loss)?(?=\s?[:=])"),
    ("en", "sl", r"s\s?/\s?l"),
    ("en", "sl", r"s\.l\.?"),
    ("en", "sl", r"sl"),
    ("en", "sl", r"invalidation(?:\s?level)?"),
    ("en", "sl", r"cut[\s-]?loss"),
    ("en", "lev", r"leverage"),
    ("en", "lev", r"lev"),
    ("en", "lev", r"lever"),
    # "BTCUSDT long cross 10", "Margin: isolated 20": the margin mode with its level closing the
    # line is the leverage (nix0283/CITARION signal-parser.ts documents "cross 50",
    # "isolated 50"); not "golden cross 200", "EMA cross 50".
    (
        "en",
        "lev",
        r"cross(?<!golden\scross)(?<!death\scross)(?<!ema\scross)(?<!\sma\scross)"
        r"(?=[ \t]?\(?[0-9]{1,3}\)?[ \t]*(?:\n|$))",
    ),
    ("en", "lev", r"isolated(?=[ \t]?\(?[0-9]{1,3}\)?[ \t]*(?:\n|$))"),
    # "LV 3-5", "LV: 10x": the leverage abbreviated, its level (or range) closing the line.
    (
        "en",
        "lev",
        r"lv(?=[ \t]?:?[ \t]?[0-9]{1,3}(?:[ \t]?[-–/][ \t]?[0-9]{1,3})?[ \t]?x?[ \t]*(?:\n|$))",
    ),
    # "Coin name: INJ", "Token Name : ARB": the coin's field ("name" is no coin: read as one,
    # "Coin name: ARB" traded NAMEUSDT).
    ("en", "sym", r"coin\s?name"),
    ("en", "sym", r"token\s?name"),
    ("en", "sym", r"coin"),
    # "TOKEN: ENJ" (made up, session 30, i13-wt32): the field's value, not a coin TOKEN; with its
    # colon and a letter after it only ("TOKEN-USDT LONG", dev toikade-harrison-futures-006, is the
    # coin TOKEN, and "TOKEN: 0.0262$" that coin's entry: the harness, labels31_coin).
    ("en", "sym", r"token(?=[ \t]?[:：][ \t]?[#$]?[a-z])"),
    ("en", "sym", r"pair"),
    ("en", "sym", r"symbol"),
    ("en", "sym", r"asset"),
    ("en", "sym", r"ticker"),
    ("en", "weak", r"at"),
    ("en", "weak", r"around"),
    ("en", "weak", r"near"),
    ("en", "weak", r"here"),
    ("en", "noise", r"r\s?[:/]\s?r"),
    ("en", "noise", r"rrr"),  # "RRR: 1:1.75", a risk-reward ratio
    ("en", "noise", r"rr"),
    ("en", "noise", r"risk(?:\s?reward)?"),
    ("en", "noise", r"reward"),
    # "Profit: 62.5%" is a note; "(40% of profit)" after a target is a note of that target. Not
    # after another word: "Prise de profit - 0.477, 0.49", "Ambil profit: 0.5" name targets in
    # words the lexicon may lack, whose prices must never be read as a note.
    ("en", "noise", r"profit(?<![^\W\d_]\sprofit)(?=\s?[:=-])"),
    ("en", "noise", r"period"),
    ("en", "noise", r"volume"),
    ("en", "noise", r"margin(?:\s?mode)?"),
    ("en", "noise", r"capital"),
    # "Investment: $100", "Budget: 50 USDT", "Balance 500$", "Stake: 20 USDT", "Order value: 45
    # USDT": the money put in, as "Capital", no level (not the verb: "Invest at 45.5" buys).
    # (With its separator only: "Use 2% of balance Zorblat 0.61" is a sentence, and the unknown
    # label's prices after it must not vanish into a note's value.)
    *(
        ("en", "noise", word + r"(?=\s?[:=-])")
        for word in ("investment", "budget", "balance", "stake", r"order\s?value")
    ),
    ("en", "noise", r"fear\s?(?:&|and)\s?greed(?:\s?index)?(?=\s?[:=-])"),  # a sentiment index
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
    # "S/R : 64400/66000": a support and a resistance for reference (a bot's card), no level.
    ("en", "noise", r"s\s?/\s?r(?=\s{0,8}[:=-])"),
    ("en", "noise", r"liq(?:uidation)?(?:\s?price)?"),
    # "Current ask: 0.00000327", "Current rate - 0.0292": a reference price, not a level.
    ("en", "noise", r"current\s?(?:ask|bid|rate|price)(?=\s?[:=@-]|\s?\$?[0-9.])"),
    ("en", "noise", r"av(?:g|erage)\.?\s?(?:entry|price|buy|sell)"),
    ("en", "noise", r"trailing(?:\s?(?:configuration|stop))?"),
    # "Previous entry 62000", "Old SL 13.50", "Last trade entry was 2950": history, no level.
    *(("en", "noise", word + HISTORY) for word in ("previous", "prev", "old", "earlier")),
    # ("Last target 3500", "Last TP: 3500" under TP1 and TP2: a card's final target, which the
    # history noise dropped from a traded signal; i13-forms30.)
    ("en", "noise", r"last(?:\s[a-z]{2,8})?\s(?:entry|entries|sl|stop[\s-]?loss|stop)"),
    ("en", "noise", r"last\s[a-z]{2,8}\s(?:tps?|targets?)"),  # "Last trade target was 3500"
    ("en", "noise", r"original" + HISTORY),
    ("en", "noise", r"entry\swas"),
    ("en", "noise", r"entries\swere"),
)
