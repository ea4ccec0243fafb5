"""Close and cancel words in senses that close no trade, as rows (session 24, branch
i13-wrong25; the older rows are parsers/not_close_news.py's, not_close_rows.py's and
not_close_others.py's). Each row is a form the branch wrote while attacking the parser with
posts a channel writes that are no call, each read as a close, a partial close or a cancel of the
coin it names (a wrong action):

    thing     "Close date: Friday" (a giveaway's), "The cancel button on Bybit", "Cancel
              anytime: our VIP subscription", "Closed our eyes on $BTC", "Закрыл ноутбук",
              "Закрыли сделку по квартире": a thing closed or cancelled, no position
    move      "#ETH closes 50% of the gap", "$BTC closed half of its losses today", "closed
              negative" (funding), "1D closed red", "Price closed inside the range", "2023
              closed, $BTC +150%": a price's, a candle's, a period's close
    others    "Partnership with XYZ closed!", "Funding round closed", "Trading competition
              closed!", "They closed Tornado", "Orders cancelled by the exchange", "shorts closed
              in profit across the market", "50% of $ETH shorts closed in 1 hour", "Half of the
              #BTC longs closed on Binance", "Member result: closed #ETH at 3300": someone
              else's close, the market's, an event's
    advice    "The #1 mistake: closing #BTC too early", "Closing #BTC in profit feels good",
              "Up to you: close #ETH or hold", "Partial close on #ETH is optional", "Our
              management: close 25% at each target": a lesson, a feeling, the reader's choice,
              a method

Written from the brief's classes (market commentary, giveaways, exchange notices, lessons,
members' results), all made up, never a held-out post. parsers/not_close.py asks `other_sense`
of every close and cancel word after the older rows. A channel's own words stay read: "Close
#ETH now", "Closed #ETH at 3300 ✅", "Cancel the #SOL order".
"""

from __future__ import annotations

import re
from typing import Final

from parsers.sentences import clause_head

_COIN: Final = r"(?:[#$]?[a-z0-9]{1,20}(?:/[a-z]{3,5})?\s)"
_SHARE: Final = r"(?:[0-9]{1,3}(?:\.[0-9]{1,2})?\s?%|half|most|part|some|a\s(?:third|quarter))"

# Right after the word (the rest of the word skipped: "closed", "cancels", "закрыл").
_AFTER_ROWS: Final[tuple[str, ...]] = (
    # thing: a date, a button, a feature, a policy ("Close date: Friday", "cancel button").
    r"(?:ation)?\s(?:date|deadline|button|feature|function|policy|anytime|any\stime)(?![a-z])",
    # thing: a subscription, the noise ("Cancel your Netflix, buy $BTC", "Cancelling the noise:
    # #BTC still in an uptrend"); refunds ("Your cancelled orders will be refunded").
    r"\s(?:your|my|our)\s(?:netflix|spotify|subscriptions?|gym|plans?|vacation|trip)(?![a-z])",
    r"\s(?:out\s)?(?:the\s|all\s(?:the\s)?)?noise(?![a-z])",
    r"\s(?:[a-z]+\s)?orders?\s(?:will\sbe|are|were|get)\s(?:refunded|returned|credited)(?![a-z])",
    # move: a gap in Russian ("Закрыли половину гэпа по #BTC").
    r"\s(?:половину\s|часть\s|[0-9]{1,3}\s?%\s)?(?:гэп|гап)\w{0,2}(?!\w)",
    # advice: a method over the calls, a rule ("why we close 50% at TP1 on #BTC calls",
    # "Фиксировать 50% на первой цели — наше правило").
    r"[^.!?\n]{0,40}?\son\s(?:our\s|every\s|each\s)?(?:[#$]?[a-z0-9]{1,20}\s)?(?:calls|signals)"
    r"(?![a-z])",
    r"[^.!?\n]{0,60}?\s(?:[—–-]|is)\s?(?:это\s|this\sis\s)?(?:наше|моё|мое|главное|our|my|the\sgolden)"
    r"\s(?:правило|rule)"
    r"(?!\w)",
    # move: a period closed flat ("#BTC closed the night flat", "Closing 2024 strong").
    r"\s(?:the\s)?(?:night|day|session|week|month|year)\s(?:flat|green|red|higher|lower|positive"
    r"|negative|strong|weak)(?![a-z])",
    r"\s(?:out\s)?20[0-9]{2}\s(?:strong|well|like)(?![a-z])",
    # move: a period closed with the channel's result, in the languages channels write it ("Closing
    # the books on 2024", "Chiudiamo il mese a +120%", "Kami tutup bulan ini dengan profit",
    # "Cerramos el mes con +240%"; i13-wrong28).
    r"\s(?:the\s)?books(?![a-z])",
    r"\s(?:mais\sum[a]?\s|otr[oa]\s|un[a]?\sotr[oa]\s)?(?:el\s|la\s|il\s|le\s|o\s|a\s|den\s|die\s|das\s|l['’])?(?:mes|mese|mois|mês|semana"
    r"|settimana|semaine|año|anno|année|annee|monat|woche|jahr|bulan|minggu|tahun|trimestre"
    r"|quartal)(?![a-zà-ÿ])",
    # thing: a group, the market, an app closed in other Latin languages ("Grupo cerrado",
    # "Mercado cerrado", "Groupe fermé", "Fechei o notebook"; i13-wrong28): see _BEFORE_ROWS too.
    r"\s(?:o\s|a\s|os\s|el\s|la\s|los\s|le\s|les\s|il\s|gli\s|das\s|den\s|die\s)?(?:notebook"
    r"|portátil|computador|ordenador|aplicativo|ojos|olhos|yeux|occhi|augen)(?![a-zà-ÿ])",
    # thing: an account, a sign-up, a live show in those languages ("Cerré mi cuenta de Binance",
    # "Saya tutup akun lama", "Cerramos inscripciones al VIP", "Cancelamos la transmisión").
    r"\s(?:mi\s|minha\s|meu\s|saya\s|la\s|a\s|las\s|as\s)?(?:cuenta|conta|akun|inscripciones"
    r"|inscrições|pendaftaran|transmisión|transmissão|directo|live|evento)(?![a-zà-ÿ])",
    # move: the market closed up or down ("Pasar tutup hijau", "Le marché a clôturé en hausse").
    r"\s(?:hijau|merah|en\s(?:hausse|baisse|verde|rojo|alza|baja)|em\s(?:alta|baixa)|in\s(?:rialzo"
    r"|ribasso|verde|rosso)|im\s(?:plus|minus)|yeşil|kırmızı|tăng|giảm)(?![a-zà-ÿ])",
    # thing: the channel's group, one's own coins ("we're closing our free group", "Exiting my
    # shitcoins, rotating into #BTC").
    r"\s(?:our|the|my)\s(?:[a-z]+\s)?(?:group|chat|channel|server|discord|community|doors"
    r"|registrations?)(?![a-z])",
    r"\s(?:my|our)\s(?:shitcoins|alts|altcoins|memecoins|bags)(?![a-z])",
    # move: a market's or a candle's close, emoji-heavy English (session 29, i13-status31; made
    # up): "#XRP closing strong today 🔥", "#BTC closes higher", "#AVAX closed green 🟢 +8%
    # today", "🟢 #BTC Close: 67,450 | Change: +2.4%" (a quote), "$ETH close > 3500 = breakout".
    r"\s(?:strong|weak|bullish|bearish|higher|lower)(?![a-z])",
    r"\s(?:green|red)(?![a-z])(?=[^.!?\n]{0,40}?(?<![a-z])(?:today|yesterday|tonight|this\s(?:week"
    r"|month)|the\s(?:day|week)|daily|weekly)(?![a-z]))",
    r"\s?:\s?\$?[0-9][0-9.,]*\s?[|,;•·]?\s?(?:change|chg|vol(?:ume)?|high|low|open|24h)(?![a-z])",
    r"\s?[<>≥≤]=?\s?\$?[0-9]",
    r"(?<=market\sclose)\s(?:today|yesterday|price|[:=]?\s?\$?[0-9])",
    # thing: a discount, nothing ("🎁 Take 50% off our course", "Cancel nothing, just HODL");
    # move: a chart pattern voided ("#BTC invalidated the bear flag 🚀").
    r"\s[0-9]{1,3}\s?%\soff\s(?:our|your|all|any|every|vip|membership|subscriptions?|courses?"
    r"|plans?|fees?|premium|lifetime|annual|monthly|the\s(?:course|vip|membership|subscription"
    r"|fees?|price))(?![a-z])",  # (not "take half off", "take 50% off the table": a close)
    r"\s(?:nothing|none)(?![a-z])",
    r"\s(?:the\s)?(?:fud|fear|hate|haters|drama|negativity|doubt)(?![a-z])",
    # move: "#BTC close range 66k-67k today" (the market's day; not "#ETH closed down 4%", a
    # trade closed at its result, tests/parsers/test_wa23_actions.py).
    r"(?<=close)\srange(?![a-z])",
    r"\s(?:the\s|its\s|a\s)?(?:bear(?:ish)?\s|bull(?:ish)?\s)?(?:flag|pennant|wedge|triangle"
    r"|divergence|double\s(?:top|bottom)|head\sand\sshoulders|(?:bear(?:ish)?|bull(?:ish)?)"
    r"\s(?:pattern|case|scenario|structure))(?![a-z])",
    # thing: a bot's feature ("cancel and replace orders faster").
    r"\s(?:and|&)\s(?:replace|amend|modify)\s(?:the\s|your\s|all\s)?orders(?![a-z])",
    # thing: an account, a withdrawal, an event cancelled ("Cancelled my Binance account",
    # "Cancelled: the #BTC halving party", "Binance cancelled my withdrawal").
    r"\s(?:(?:my|our|the|his|her|their)\s)?(?:[a-z]+\s)?(?:account|subscription|membership"
    r"|withdrawal|deposit|card)s?(?![a-z])",
    r"\s?:?[^.!?\n]{0,30}?\s(?:party|meetup|event|conference|webinar|livestream|stream|ama)"
    r"(?![a-z])",
    # thing: orders named as a class ("Cancelled orders don't count as trades").
    r"\sorders\s(?:don['’]t|do\snot|are\snot|aren['’]t|won['’]t|will\snot|never|count)(?![a-z])",
    # thing: eyes, a laptop, an app closed ("Closed our eyes on $BTC").
    r"\s(?:(?:my|our|your|his|her|their|the)\s)?(?:eyes|laptop|notebook|app|tab|door|window"
    r"|mouth|browser|computer|pc)(?![a-z])",
    # move: a share of a move, a gap, losses ("#ETH closes 50% of the gap").
    r"\s" + _SHARE + r"\sof\s(?:the|its|this|that|their|his|all|today['’]s|the\sday['’]s)\s"
    r"(?:[a-z]+\s)?(?:gap|losses|gains|move|drop|dump|pump|range|wick|imbalance|fvg|rally"
    r"|decline|correction|spread|candle|fall|crash)(?![a-z])",
    # thing: a share of one's time or future ("Take half of your time to learn", "Secure 50% of
    # your future"; i13-wrong28).
    r"\s" + _SHARE + r"\sof\s(?:your|my|our|the)\s(?:time|future|life|day|energy|attention"
    r"|health|sleep|salary|savings|income|knowledge|stress|worries|fears?|fees|costs"
    r"|commissions)(?![a-z])",
    # move: a sign of the market's ("Funding rates ... closed negative").
    r"\s(?:negative|positive|flat)(?![a-z])",
    # move: a price inside a shape ("Price closed inside the range").
    r"\s(?:inside|within|outside|back\sinside|back\sin)\s(?:the\s|a\s|its\s)?(?:[a-z]+\s)?(?:range"
    r"|channel|box|zone|cloud|bands?|triangle|wedge|pattern)(?![a-z])",
    # others: by the exchange, the system ("Orders cancelled by the exchange").
    r"\s(?:automatically\s)?by\s(?:the\s)?(?:exchange|binance|bybit|okx|kucoin|bitget|mexc|gate"
    r"|htx|bingx|system|platform|broker|liquidation\sengine)(?![a-z])",
    # others: the whole market ("shorts closed in profit across the market").
    r"[^.!?\n]{0,40}?\s(?:across\sthe\s(?:market|board)|market[\s-]wide|on\sall\sexchanges)(?![a-z])",
    # others: maintenance ("Partially closed: the Bybit $ETH options market for maintenance").
    r"[^.!?\n]{0,60}?\sfor\s(?:scheduled\s|planned\s|system\s)?maintenance(?![a-z])",
    # advice: a feeling, a mistake ("Closing #BTC in profit feels good", "closing #BTC too
    # early is the #1 mistake").
    r"\s" + _COIN + r"?(?:(?:in|at)\s(?:a\s)?(?:profit|loss|the\sgreen|the\sred)\s)?"
    r"(?:feels?|felt|is\s(?:a|the|our|my)\s(?:[a-z#0-9]+\s)?(?:mistake|error|skill))(?![a-z])",
    # advice: the reader's choice ("close #ETH or hold", "close or not?", "Close #ETH, or not").
    r"\s(?:[#$]?[a-z0-9]{1,20}(?:/[a-z]{3,5})?)?,?\s?or\s(?:hold|not|keep|wait|stay|let\sit\srun"
    r"|ride)(?![a-z])",
    # advice: said to be a good idea ("Closing half of #ETH at TP1 is a good idea").
    r"[^.!?\n]{0,40}?\s(?:is|would\sbe|might\sbe|could\sbe)\s(?:a\s)?(?:good|great|smart|wise"
    r"|safe)(?:\s(?:idea|move|call|choice))?(?![a-z])",
    # thing: a close of the unnamed while the named coin is kept ("Close all alts, keep #BTC").
    r"\s(?:all\s)?(?:alts|altcoins|the\srest|everything\selse)\s?,?\s(?:but\s)?(?:keep|hold|except)"
    r"(?![a-z])",
    # advice: optional ("Partial close on #ETH is optional").
    r"\s(?:on\s|of\s)?" + _COIN + r"?(?:is|are)\s(?:optional|up\sto\syou|your\scall)(?![a-z])",
    # advice: a method ("close 25% at each target").
    r"\s(?:" + _SHARE + r"\s)?(?:at|on)\s(?:each|every|all)\s(?:targets?|tps?)(?![a-z])",
    # thing in Russian: "Закрыл ноутбук", "закрыли глаза", "закрыли ипотеку", "закрыли сделку по
    # квартире", "Закрыл терминал"; "Фиксируем внимание на #BTC", "Фиксирую мысли".
    r"\s(?:\w+\s)?(?:ноутбук|глаза|дверь|окно|ипотек|кредит|долг|терминал|приложени|график"
    r"|сделку\sпо\s(?:квартир|машин|дом|недвижимост))\w{0,3}(?!\w)",
    r"\s(?:\w+\s)?(?:внимани|мысл|иде[юия]|рекорд|мнени|заметк)\w{0,3}(?!\w)",
    # others: a client's, one's personal account, spot while futures stay ("Отмена сделки по #BTC
    # у клиента", "Зафиксировал прибыль по #SOL в личном портфеле", "Закрыл #ETH на споте,
    # фьючерсную позицию держим").
    r"[^.!?\n]{0,30}?\sу\s(?:клиента|клиентов|подписчика|подписчиков|пользовател\w{1,2})(?!\w)",
    r"[^.!?\n]{0,40}?\s(?:в\sличном\s(?:портфеле|аккаунте|кабинете)|in\smy\spersonal\s(?:account"
    r"|portfolio|bag))(?!\w)",
    r"[^.!?\n]{0,30}?\s(?:на\sспоте|on\sspot)[^.!?\n]{0,20}?(?:фьючерс\w*|futures)\s(?:позици\w{1,2}\s"
    r"|position\s)?(?:держим|оставляем|hold|holding|keep|stays)(?!\w)",
)
# The word's other senses, by the word: "Book recommendation", "a book on $BTC history" (the
# noun); "Secure your seed phrase", "Secure checkout"; "Take our survey", "Take 2:", "Take your
# time", "Take my money!".
_WORD_ROWS: Final[tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None], ...]] = (
    (
        "book",
        re.compile(
            r"(?:s|ed|ing)?\s(?:recommendations?|reviews?|club|list|on|about|by|of|from"
            # ("Book your spot in the masterclass", i13-wrong28)
            r"|(?:your|a|my)\s(?:spot|seat|place|slot|ticket|session|call|demo))(?![a-z])"
        ),
        re.compile(
            r"(?<![#$a-z])(?:a|the|this|that|my|new|great|good|favou?rite|trading|order)\s$"
        ),
    ),
    (
        "secur",
        re.compile(
            r"\w*\s(?:(?:your|my|our|the)\s)?(?:seed(?:\sphrase)?|wallets?|accounts?|keys?"
            r"|passwords?|devices?|phones?|2fa|checkout|network|connection|payments?)(?![a-z])"
        ),
        None,
    ),
    (
        "tak",
        re.compile(
            r"\w*\s(?:(?:our|the|a|this)\s(?:survey|quiz|poll|course|class|test|seat|tour)"
            r"|[0-9]{1,2}\s?[:!]|it\sfrom\s(?:me|us)|(?:your|my|his|their)\s(?:time|money|chance|seat|advice|word"
            r"|pick))(?![a-z])"
        ),
        None,
    ),
)

# In the word's clause, right before it.
_BEFORE_ROWS: Final[tuple[str, ...]] = (
    # move: a timeframe's, a candle's, the price's close ("#BTC 1D closed red", "Price closed").
    r"(?<![#$a-z0-9])(?:[0-9]{1,2}\s?[hdwm]|[hdw][0-9]{1,2}|daily|weekly|monthly|candles?|price"
    r"|bar)\s(?:has\s|just\s|finally\s|also\s)?$",
    # move: a year, a period ("2023 closed, $BTC +150%").
    r"(?<![0-9])(?:20[0-9]{2}|the\s(?:year|month|week|quarter))\s(?:has\s|is\s|was\s|officially\s)?$",
    # move: a month or a quarter closed with a result ("November closed +180%", "Q3 closed
    # +420% for VIP members"; i13-wrong28: Q3 read as a coin).
    r"(?<![#$a-z0-9])(?:january|february|march|april|june|july|august|september|october|november"
    r"|december|q[1-4]|h[12])\s(?:20[0-9]{2}\s)?(?:has\s|is\s|was\s|officially\s)?$",
    # thing: a group, a market in other Latin languages, a referral or a code ("Grupo cerrado",
    # "Mercado cerrado", "Groupe fermé", "Our Binance referral was cancelled"; i13-wrong28).
    r"(?<![#$a-z])(?:grupo|groupe|gruppe|gruppo|mercado|marché|markt|mercato|comunidad|comunidade"
    r"|communauté|acesso|acceso|accès|inscripciones|inscrições|canal)\s(?:vip\s)?(?:está\s|esta\s"
    r"|est\s|ist\s|è\s|é\s)?$",
    # move: a period, then the channel closing it ("Minggu ini kita tutup dengan profit",
    # "Tuần này chúng ta đã đóng", "Bu hafta +120% ile kapattık"; i13-wrong28).
    r"(?<![#$\w])(?:minggu|bulan|tahun|tuần|tháng|năm|hafta|ayı)\s(?:ini|này|nay|bu)?(?:\s[^\s#$.!?\n]+){0,4}\s$",
    # thing: a market, an account, a live show closed or cancelled ("Hesabımı kapattım", "Live
    # de hoje cancelada", "Live hari ini dibatalkan").
    r"(?<![#$\w])(?:pasar|piyasa|thị\strường|hesab\w{0,4}|live|yayın\w{0,3})(?:\s[^\s#$.!?\n]+){0,2}"
    r"\s(?:a\s|ha\s|hat\s|đã\s)?$",
    r"(?<![#$a-z])(?:referrals?|ref\slinks?|invite\slinks?|promo\scodes?|vouchers?|coupons?"
    r"|bonus(?:es)?)\s(?:(?:is|was|were|has\sbeen|have\sbeen|got)\s)?$",
    # move: a candle, a day to close ("Wait for the candle to close 🕯️ before entering #ETH");
    # thing: the channel closed for a while ("Taking a break 🌴 channel closed until Monday").
    r"(?<![#$a-z])(?:the\s)?(?:candles?|bar|day|week|month)\sto\s$",
    r"(?<![#$a-z])(?:channel|server|discord|community)\s(?:is\s|was\s|will\sbe\s|has\sbeen\s)?"
    r"(?:temporarily\s)?$",
    # others: a deal, a round, a contest ("Partnership with XYZ closed!", "Funding round
    # closed", "Trading competition closed!").
    r"(?<![#$a-z])(?:partnership|deal|round|acquisition|merger|competition|contest|tournament"
    r"|beta|hackathon|sale)\s(?:with\s[^\s,;:.!?]+\s)?(?:is\s|was\s|has\sbeen\s|now\s|officially\s)?$",
    # others: they, people, members ("They closed Tornado", "Most people close their longs").
    r"(?<![#$a-z])(?:they|he|she|someone|somebody|people|traders|retail|whales)\s(?:have\s|has\s"
    r"|just\s|also\s|already\s|all\s|finally\s|reportedly\s)?$",
    # others: what someone asks, tells, says ("fake admins ask you to cancel #ETH orders",
    # "Ignore any message asking to close", "Some say close #BTC here", a quote).
    r"(?<![#$a-z])(?:asks?|asking|asked|tells?|telling|told|wants?)\s(?:you\s|us\s|people\s)?to\s$",
    r"(?<![#$a-z])(?:some(?:one|\speople)?|they|people|analysts?|twitter|everyone|others|experts?"
    r"|influencers?|ct)\s(?:say|says|said|recommend|recommends)\s$",
    r"[\"“«„]$",
    # others: regret and others' hands ("Should've closed #ETH at 4000", "Wish I had closed",
    # "The ones who closed #BTC at 30k", "Paper hands closing #BTC at a loss", "Zero reasons to
    # close").
    r"(?<![#$a-z])(?:should(?:['’]ve|\shave)|shouldn['’]t\shave|wish\s(?:i|we)\s(?:had|would\shave)"
    r"|if\sonly\s(?:i|we)\shad|had\s(?:i|we)|could(?:['’]ve|\shave))\s$",
    r"(?<![#$a-z])(?:ones|those|people|anyone|everyone)\s(?:who|that)\s(?:have\s|had\s)?$",
    r"(?<![#$a-z])(?:paper|weak|diamond)\shands\s(?:are\s)?$",
    r"(?<![#$a-z])(?:no|zero)\s(?:reasons?|need)\sto\s$",
    # others: signals counted in Russian ("Половина сигналов по #ETH закрыта в плюс").
    r"(?<![\w])(?:половина|часть|большинство|[0-9]{1,3}\s?%)\s(?:наших\s)?(?:сигналов|сделок)\s"
    r"(?:по\s[#$]?[a-z0-9]{1,20}\s)?$",
    # thing: a past participle as an adjective ("Your cancelled orders").
    r"(?<![#$a-z])(?:your|their|his|her)\s$",
    # others: an exchange's own close ("Auto-deleveraging: Bybit partially closed #ETH shorts").
    r"(?<![#$a-z])(?:binance|bybit|okx|kucoin|bitget|mexc|bingx|htx|kraken|coinbase|the\sexchange)"
    r"\s(?:has\s|have\s|just\s)?(?:partially\s|automatically\s|forcibly\s)?$",
    # others: a meme's "me" ("😂 Me closing #BTC at 60k then watching it go to 70k").
    r"(?<![#$a-z])(?:me|pov:\s?you|when\syou|that\sfeeling\swhen\syou)\s$",
    # advice: a permission ("Feel free to close #ETH").
    r"(?<![#$a-z])(?:feel\sfree|you\scan\salways|you\sare\sfree)\sto\s$",
    # others: a share of the market's longs or shorts ("50% of $ETH shorts closed", "Half of the
    # #BTC longs closed on Binance").
    r"(?<![a-z0-9])"
    + _SHARE
    + r"\sof\s(?:all\s)?(?:the\s)?"
    + _COIN
    + r"?(?:longs|shorts|long\spositions|short\spositions)\s(?:were\s|got\s|have\sbeen\s)?$",
)
# Before the word across a colon: a mistake named ("The #1 mistake: closing #BTC too early"),
# the reader's choice ("Up to you: close #ETH or hold").
_NAMED_BEFORE: Final = re.compile(
    r"(?<![#$a-z])(?:mistakes?|errors?|up\sto\syou|your\scall|your\schoice|rules?|tips?|guide"
    r"|lesson|faq|ошибк\w{0,2}(?:\s[а-яё]+){0,2})\s?(?:is|was|:|,|-|–|—)"
    r"\s?(?:[a-z]+\s)?$"
)

# A line headed by a member's result, a screenshot ("Member result: closed #ETH at 3300 +12%",
# "Screenshot from a member: #ETH closed +40%"): someone else's trade.
_MEMBER_LINE: Final = re.compile(
    r"[^\w\n]*(?:(?:our\s)?(?:members?|subscribers?|students?|clients?|followers?)['’]?s?\s"
    r"(?:[a-z]+\s)?(?:results?|screenshots?|feedback|reviews?|wins?|trades?|profits?)"
    r"|(?:screenshots?|feedback|results?|reviews?)\sfrom\s(?:a\s|our\s|one\sof\sour\s)?(?:members?"
    r"|subscribers?|students?|clients?|followers?))\s?:"
)


# Before the word on its line: a screenshot or a testimonial shown ("Member screenshot 📸 #ARB TP1
# hit, closed half", "Testimonial 💬 "I closed #ETH ..."", "Скрин от подписчика: закрыл #ETH"), a
# mock ("Imagine closing #ETH at 2000 🤡"), a post about a close ("Earlier post about closing
# #SOL was for the VIP group"), a test ("Bot test: close #BTC (ignore)") (i13-left26).
_SHOWN_HEAD: Final = re.compile(
    r"(?<![a-zа-яё])(?:screenshots?|testimonials?|скрин\w{0,4}|отзыв\w{0,2}|review\sfrom"
    r"|(?:bot\s)?test\s?:|тест\s(?:бота|канала)|imagine(?:\snot)?\s$"
    r"|(?:post|posts|talk|article|video|thread|message)\s(?:about|on)\s$"
    # someone else's advice or trade: "My wife told me to close #BTC", "Our partner channel
    # closed #SOL", "Коллеги закрыли #ETH"; a post forwarded from another channel.
    r"|(?:told|asked|wants?|wanted)\s(?:me|us|him|her)\sto\s$"
    r"|(?:partner|another|other|friends?['’]?s?)\s(?:channel|group|team)s?\s(?:[a-z]+\s)?$"
    r"|коллеги\s$|forwarded\sfrom|переслано\sиз|(?:would|could|might)(?:['’]ve|\shave)\s$"
    r"|(?<![а-яё])все\s$|(?:everyone|everybody)\s(?:is\s)?$"
    r"|результат\w{0,2}\s(?:ученик|подписчик|клиент|участник)\w{0,3}"
    # how to use a bot: "Example: \"Cancel #BTC order\"", "Команда для бота: /close ETH", "Use
    # /close BTC ...", "Type \"close ETH\" in the bot"
    r"|(?m:^)[^\w\n]*example\s?:|команд\w{0,2}\s(?:для\s)?бот\w{0,2}|пример\w{0,2}\sкоманд"
    r"|(?:type|use|send|enter)\s[\"'«“]?/?$|(?:^|\s)/$"
    r"|(?:signals?|calls?|posts?)\sfrom\s(?:our\s)?(?:friends|partners?|colleagues))"
)
# Anywhere in the post: it asks to be ignored ("(ignore)", "please ignore", "игнорируйте").
_IGNORE: Final = re.compile(
    r"\(ignore\)|please\signore|ignore\sthis|игнорируйте|не\sобращайте\sвнимания"
)


# Anywhere in the post: how to use a bot's commands ("Use /close BTC to close your position in
# the bot", "Type \"close ETH\" in the bot to exit").
_BOT_HOWTO: Final = re.compile(
    r"(?:^|\s)/(?:close|cancel|exit)(?![a-z])|(?<![a-z])in\sthe\s(?:copy\s)?bot(?![a-z])"
    r"|(?<![а-яё])в\sботе(?![а-яё])"
)


def _joined(rows: tuple[str, ...]) -> str:
    return "|".join(f"(?:{pattern})" for pattern in rows)


_AFTER: Final = re.compile(r"\w*(?:" + _joined(_AFTER_ROWS) + ")")
_BEFORE: Final = re.compile("(?:" + _joined(_BEFORE_ROWS) + ")")
_CLAUSE_BEFORE: Final = 80


def other_sense(low: str, m: re.Match[str]) -> bool:
    """Whether the close or cancel word m of low closes a thing, a move, someone else's trade, or
    is advice (a row above), not an instruction on the reader's trade."""
    if _AFTER.match(low, m.end()) is not None:
        return True
    word = m.group()
    for head, after, before in _WORD_ROWS:
        if word.startswith(head):
            if after.match(low, m.end()) is not None:
                return True
            if before is not None and before.search(low, max(0, m.start() - 16), m.start()):
                return True
    head, cut = clause_head(low, m.start(), _CLAUSE_BEFORE)
    if _BEFORE.search(head, cut) is not None or _NAMED_BEFORE.search(head) is not None:
        return True
    line = low.rfind("\n", 0, m.start()) + 1
    if _SHOWN_HEAD.search(low, line, m.start()) is not None:
        return True
    if "ignor" in low or "игнор" in low or "обращайте" in low:
        if _IGNORE.search(low) is not None:
            return True
    if ("bot" in low or "бот" in low or "/" in low) and _BOT_HOWTO.search(low) is not None:
        return True
    return ":" in low[line : m.start()] and _MEMBER_LINE.match(low, line) is not None
