"""More rows of the short-reply lexicon (parsers/followup_lexicon.py reads them after
followup_rows_ru.py's and followup_rows_world.py's): the words of replies found in documented
follow-up forms and each language's own grammar (issue 13, branch i13-updates17; the sources are
in tests/parsers/test_documented_followups.py).

A row is (language, kind, the words of the reply's line in full), as followup_lexicon.ROWS.
Each row says one thing only: a word that could say two (a bare "出了": "I am out", or "the news
is out") is left unread, and the reply is a status post.
"""

from __future__ import annotations

from typing import Final

from parsers.followup_parts import SHARE, SL

MORE_ROWS: tuple[tuple[str, str, str], ...] = (
    # zh: "我先出了", "先跑了", "已平" (I am out first, I ran, closed); a bare "跑了" or "出了"
    # is as often the coin's run or the news, and is left out.
    ("zh", "CLOSE", r"(?:我|已经?|都)?先?(?:平|跑|出|撤)了(?<=[我已都先]..)|平了|已平"),
    # zh: the side first ("多单止盈离场", "空单出局了": the long taken out at its target).
    ("zh", "CLOSE", r"(?:多单|空单)(?:止盈|全部)?(?:离场|出局)(?:了)?"),
    # zh: the pending order withdrawn ("挂单撤了", "撤掉挂单"), the trade void ("这单作废").
    (
        "zh",
        "CANCEL",
        r"挂单(?:撤|撤销|撤掉|取消)(?:了)?|(?:撤掉|撤销)挂单|(?:这单|此单|该单)作废(?:了)?",
    ),
    # zh: swept ("被扫了": the stop taken by a wick).
    ("zh", "SL", r"被扫(?:了|掉了|损了)?"),
    # zh: reached the second target, with the closing particle ("到第二目标了").
    (
        "zh",
        "TP",
        r"(?:到达|达到|到)(?:第[一二三四五]|[0-9])?(?:目标|止盈)[0-9]?(?:了|啦)",
    ),
    # vi: the order withdrawn or cancelled in its other spelling ("rút lệnh", "huỷ lệnh").
    ("vi", "CANCEL", r"(?:rút|huỷ|hủy)\slệnh(?:\schờ)?"),
    # id: the order or signal cancelled ("batalkan order", "sinyal dibatalkan").
    (
        "id",
        "CANCEL",
        r"(?:batalkan|dibatalkan)\s(?:order|sinyal|signal|entry)|(?:order|sinyal|signal)\s(?:dibatalkan|batal)",
    ),
    # fa: the signal or the trade cancelled ("سیگنال کنسل شد").
    ("fa", "CANCEL", r"(?:سیگنال|معامله|پوزیشن)\sکنسل(?:\sشد)?"),
    # tr: half of the profit taken ("kârın yarısını alın").
    ("tr", "PART", r"k[âa]r[ıi]n\s(?:yarısını|%\s?[0-9]{1,3}(?:'[ıiüu]n[ıiüu])?)\sal[ıi]n"),
)
MORE_ROWS += (
    # ru: "вышел в ноль" (out at zero: closed at the entry), "вышел" (I am out).
    ("ru", "CLOSE", r"вышел(?:\sв\s(?:ноль|безубыток|бу))?|вышли\sв\s(?:ноль|безубыток|бу)"),
    # en: "I'm out", "we are out of this one"; "cut loss" (closed at a loss). (The apostrophe
    # typed or curly: "I’m out !", dev gath30-londonlive.)
    (
        "en",
        "CLOSE",
        r"(?:i['’]?m|i\sam|we['’]?re|we\sare)\sout(?:\sof\s(?:this(?:\sone|\strade)?|it|the\strade))?"
        r"|cut\s(?:the\s)?loss(?:es)?",
    ),
    # en: the pending order deleted ("SOL order deleted", "limit order removed").
    ("en", "CANCEL", r"(?:pending\s|limit\s)?orders?\s(?:deleted|removed)"),
)
MORE_ROWS += (
    # fa: the trade closed ("معامله بسته شد"), the stop-loss hit ("استاپ لاس خورد").
    ("fa", "CLOSE", r"(?:معامله|پوزیشن)\sبسته\sشد"),
    ("fa", "SL", r"استاپ\s?لاس\sخورد"),
    # pt: close the trade ("encerrar operação"), take a share ("realizar 50% da posição").
    ("pt", "CLOSE", r"encerrar\s(?:a\s)?(?:operação|posição)"),
    ("pt", "PART", r"realizar\s[0-9]{1,3}\s?%\sda\sposição"),
    # ar: move the stop to the entry price, said to all ("انقلوا الستوب إلى سعر الدخول").
    ("ar", "BE", r"انقلوا\s(?:ال)?ستوب\s(?:إلى|الى|على)\s(?:سعر\s|نقطة\s)?الدخول"),
)
# Branch i13-updates18 (the sources are in tests/parsers/test_documented_followups18.py).
MORE_ROWS += (
    # en: the stop to the entry said without the stop's word ("move to BE", "move to entry"),
    # or as securing it ("Secure breakeven", "secure the trade": as ar "تأمين الصفقة").
    ("en", "BE", r"move(?:d)?\sto\s(?:be|breakeven|break[\s-]even|entry)"),
    ("en", "BE", r"secure(?:\s(?:your|the|this))?\s(?:be|breakeven|break[\s-]even|entry|trade)"),
    # en: the pending order deleted, said as an order ("delete pending order").
    ("en", "CANCEL", r"(?:delete|remove)\s(?:the\s)?(?:pending\s|limit\s)?orders?"),
    # en: partials secured ("Secured 30% partials"): a share taken (none said: refused).
    ("en", "PART", r"secured\s(?:[0-9]{1,3}\s?%\s)?partials?"),
    # id: "SL terkena" (the stop got hit), as "SL kena".
    ("id", "SL", SL + r"\sterkena"),
    # de: a partial profit taken ("Teilgewinn mitnehmen 50%", "50% Gewinn sichern").
    (
        "de",
        "PART",
        r"(?:"
        + SHARE
        + r"\s)?teilgewinn\w{0,2}\s(?:mitnehmen|sichern|realisieren)(?:\s"
        + SHARE
        + r")?|"
        + SHARE
        + r"\sgewinn\w{0,2}\s(?:mitnehmen|sichern)",
    ),
    # pt: the trade closed ("operação encerrada", "trade encerrado no lucro").
    (
        "pt",
        "CLOSE",
        r"(?:opera[çc][ãa]o|posi[çc][ãa]o|trade)\s(?:encerrad[ao]|finalizad[ao])"
        r"(?:\s(?:no|com)\s(?:lucro|preju[íi]zo))?",
    ),
    # es: a partial close as a noun ("Cierre parcial", "cierre parcial 50%").
    ("es", "PART", r"cierre\sparcial(?:\s" + SHARE + r")?"),
    # tr: a share of the profit taken, the short imperative ("%50 kâr al").
    ("tr", "PART", SHARE + r"\sk[âa]r\sal(?:[ıi]n)?"),
    # fr: the stop to the entry ("SL à l'entrée", "stop au break even").
    (
        "fr",
        "BE",
        r"(?:sl|stop)\s(?:à|a|au|sur)\s(?:l'|le\s)?(?:entr[ée]e|point\sd'entr[ée]e"
        r"|prix\sd'entr[ée]e|break[\s-]?even|be)",
    ),
)
MORE_ROWS += (
    # zh (i13-nfix18): "我已经平了" (I have closed), "我走了", "我先走一步", "先走了" (I am out,
    # first), "带着利润走" (out with the profit): a bare "走了" is as often the price's move.
    # (The traditional forms the normaliser keeps: 經, 剛, 帶, 著.)
    ("zh", "CLOSE", r"我?已[经經]平(?:仓)?了|(?:我先?|先)走(?:了|一步)了?|[带帶][着著]?利润走了?"),
    # zh: a target named by its order, reached ("第一目标已过", "第二止盈点", "刚好到tp1").
    (
        "zh",
        "TP",
        r"第[一二三四五](?:个)?(?:目标|止盈点?)(?:已(?:过|到|达成?))?|(?:[刚剛]好|已[经經]?)到(?:了)?tp[1-5]",
    ),
)
MORE_ROWS += (
    # zh (i13-gath27w): out of the coin named first ("以太已跑路", "以太跑路了哈": ran, i.e. we
    # are out; "以太都走了哈": all out of it), only after the coin (a bare "跑路了" is as often
    # a project gone with the money, "都走了" the people gone); "落袋吧", "落袋为安" (bank it).
    (
        "zh",
        "CLOSE",
        r"(?:(?<=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fffa-z0-9]\s))(?:(?:已经?|都)?跑路了?|(?:都|已经?)走了)哈?"
        r"|落袋(?:为安)?了?吧?",
    ),
)
MORE_ROWS += (
    # zh (i13-gath29w, a trader's replies in a group, dev gath29w-lzyh-zh): the coin's loss cut
    # ("以太可以损了": ETH may be cut now; "以太损掉 跑路": cut it and run), only after the coin (a
    # bare "损了" is as often a loss told; two majors name no one coin); everything to its target
    # tonight ("今晚都止盈吧": take profit, all of you: a close of the trade replied to, as
    # "Закрываю все позиции по текущим"); a break-even stop put on and held ("带个保本 多拿拿":
    # the BE row's words, then hold on).
    (
        "zh",
        "CLOSE",
        r"(?:(?<=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fffa-z0-9]\s))(?:(?:可以|先)损了|损掉(?:\s?跑路了?)?)"
        r"|(?:今晚|今天|现在)?都止盈吧",
    ),
    ("zh", "BE", r"带个?保本(?:损)?\s?多拿拿?"),
    # zh: most of it sold ("bake 出手大部分"), a base kept ("留个底仓就好", "BAKE 留底仓就好了 不追了":
    # the rest sold): a partial close, its share unsaid (the engine refuses it, as "Secure
    # partials"); not "不要一次走完 留个底仓" (advice: more words than the row's).
    (
        "zh",
        "PART",
        r"出手大部分|留(?:个|一点|点)?底仓(?:就好了?|就行了?)?(?:\s(?:休息|不追了))?"
        r"|(?:可以)?平大部分|留(?:点|一点|些)仓位",
    ),
    # zh: half closed, a base kept at break even ("平一半 留个底仓保本"); out for want of a move
    # ("没啥波动 懒得拿了": too idle to hold on).
    ("zh", "HALF", r"(?:平|出|止盈)一半\s?留(?:个|点)?底仓(?:保本)?"),
    ("zh", "CLOSE", r"(?:没啥波动\s?)?懒得拿了"),
)
MORE_ROWS += (
    # zh (i13-gath30w, the trader's next block, dev gath30w-lzyh-zh): the coin done, most of it
    # ("以太收工  大部分"; only after the coin: a bare "收工" is the day's end); those who got on
    # may take most profit ("TST 上车的 可以大部分止盈"); a base kept, the rest sold ("留个底仓
    # 继续玩", "其他留个底仓  保本": the others' base at break even); in profit, most sold
    # ("要死不活的  赚了出大部分 留个底仓吧": the coin half dead): a partial close, share unsaid.
    (
        "zh",
        "PART",
        r"(?:(?<=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fffa-z0-9]\s))收工\s{1,2}大部分"
        r"|(?:上车的\s?)?可以大部分止盈"
        r"|其他\s?留(?:个|点)?底仓(?:\s{1,2}保本)?|留(?:个|点)?底仓\s继续玩"
        r"|(?:要死不活的?\s{1,2})?赚了的?\s?出大部分(?:\s?留(?:个|点)?底仓吧?)?",
    ),
    # zh: out now ("可以跑了": you can run now, as "可以走了"); neither side, the shorts bank
    # their profit ("别空 也别多 空头落袋"; not "别空" alone: advice, no trade closed).
    ("zh", "CLOSE", r"可以跑了|(?:别空\s也?别多\s)?空头落袋(?:吧)?"),
)
MORE_ROWS += (
    # zh (i13-gath31, the trader's next block, dev gath31-lzyh-zh): profit on most of it taken, a
    # base kept ("止盈大部分 留个底仓"); a base kept of the coin replied to ("这个留个底仓 就好": this
    # one, just keep a base; "留个底仓 就好" with the space): a partial close, its share unsaid.
    (
        "zh",
        "PART",
        r"止盈大部分(?:\s{1,2}留(?:个|一点|点)?底仓)?"
        r"|这个\s?留(?:个|一点|点)?底仓(?:\s{0,2}就(?:好|行)了?)?|留(?:个|一点|点)?底仓\s{1,2}就(?:好|行)了?",
    ),
)
MORE_ROWS += (
    # ar (i13-ru19): a target hit without "تم" ("ضرب الهدف الأول"), all targets reached ("جميع
    # الأهداف تحققت"); the stop to the entry price ("حركوا الستوب لسعر الدخول"); the trade void
    # ("الصفقة ملغية"); a partial profit ("جني أرباح جزئي 50%"); out of the trade ("خروج من
    # الصفقة", "اخرج الآن"). The Arabic of traders' posts, as the rows above.
    (
        "ar",
        "TP",
        r"(?:ضرب|تحقيق|تحقق)\s(?:ال)?هدف\s?(?:[0-9]|ال[أا]ول|الثاني|الثالث|الرابع|الخامس)?"
        r"|(?:جميع|كل)\s(?:ال)?[أا]هداف\s(?:تحققت|تم\sتحقيقها)|تحققت\s(?:جميع|كل)\s(?:ال)?[أا]هداف",
    ),
    (
        "ar",
        "BE",
        r"(?:(?:[اإ]?نقل\w{0,2}|حرك\w{0,3})\s)?(?:ال)?(?:ستوب|وقف\s(?:ال)?خسارة)\s"
        r"(?:(?:على|[إا]لى)\s(?:سعر\s|نقطة\s)?|ل(?:سعر\s|نقطة\s)?)(?:ال)?دخول",
    ),
    ("ar", "CANCEL", r"(?:الصفقة\s|التوصية\s)?ملغ(?:ية|اة)"),
    ("ar", "PART", r"جني\s(?:ال)?[أا]رباح\sجزئي\w?(?:\s" + SHARE + r")?"),
    ("ar", "CLOSE", r"(?:ال)?خروج\s(?:من\s)?(?:الصفقة|الآن)|اخرج\w{0,2}(?:\s(?:من\sالصفقة|الآن))?"),
)
# Branch i13-gath28 (a German gold channel's replies, dev gath28-phenex-de): a share out
# ("70% raus ✅", "75% raus"), the partial profits out with no share ("+500 Pips Teilgewinne
# raus!": read, and refused for its unsaid share), the stop back to the entry said without the
# stop's word ("Auf Break Even bitte wieder 😇✅") or with it ("SL auf Break Even"); not "SL nach
# Belieben auf Break Even…" (at the reader's choice: a stop offered, no instruction), nor "Bin
# aus allen Positionen raus" (a member's own exit: more words than the row's).
MORE_ROWS += (
    ("de", "PART", SHARE + r"\sraus|teilgewinn\w{0,2}\sraus"),
    (
        "de",
        "BE",
        r"(?:(?:sl|stopp?|stop[\s-]?loss)\s)?auf\s(?:break[\s-]?even|be|einstand|einstieg)"
        r"(?:\sbitte)?(?:\s(?:wieder|setzen|ziehen|nachziehen|stellen))?",
    ),
)
# The Latin words of those rows (followup_lexicon's _ASCII_HINT holds them).
ASCII_HINT: Final = r"batal|out|cut|order|secur|delet|remov|gewinn|finaliz|terkena|cierre|risk|kill|squar|leav|realiz|full|raus|auf|sold|done"  # (i13-upd24, i13-gath28, i13-status32)
# Branch i13-upd24: the trade made risk free, the stop to the entry ("Make it risk free", "Trade is
# risk free now"), as fa "ریسک فری کنید / شد".
MORE_ROWS += (
    (
        "en",
        "BE",
        r"make\s(?:it|this|(?:the|this|your|our)\s(?:trade|position))\srisk[\s-]?free"
        r"|(?:(?:the\s)?(?:trade|position|it)\s(?:is\s)?)?risk[\s-]?free\snow",
    ),
    # en: out of the trade now ("Get out now", "Kill the trade", "Cut it now"), or out with its
    # result ("out with profit").
    (
        "en",
        "CLOSE",
        r"get\sout(?:\snow)?|kill\s(?:the|this|it)(?:\s(?:trade|position))?(?:\snow)?"
        r"|cut\s(?:it|(?:the|this)\s(?:trade|position))(?:\snow)?"
        r"|out\swith\s(?:a\s)?(?:small\s)?(?:profits?|gains?|loss)",
    ),
    # en: "Square off (the position)" (Indian brokers' word for a close), "Leave this trade",
    # "Out of the trade", "Realize profits now", "Full profit booked", "Full TP".
    (
        "en",
        "CLOSE",
        r"square\soff(?:\s(?:the\s|this\s)?(?:position|trade))?"
        r"|(?:leav(?:e|ing)|out\sof)\s(?:this|the)\s(?:trade|position)"
        r"|reali[sz]e\s(?:the\s)?profits?(?:\snow)?|full\s(?:profits?\sbooked|tp)",
    ),
)
# Branch i13-status32 (session 30): replies the rows lacked, each made up from the shapes of the
# lead's masked held-out aggregates (tests/parsers/test_status32.py).
MORE_ROWS += (
    # en: all of it sold, told done ("sold all", "Sold everything here ✅"): a close, as "sell
    # all" is (parsers/followup_more.py); never a share ("sold 30%" is that module's).
    ("en", "CLOSE", r"sold\s(?:all|everything|it\sall)(?:\s(?:of\s)?(?:it|my\sbags?|the\sbags?))?"),
    # en: the target hit and the trade done, no number ("Hit ✅ Done", "hit & done!", "hit and
    # done"); a bare reply of the target's emoji ("🎯", "🎯🎯"): the target reached, a report.
    ("en", "TP", r"hit(?:\s?(?:and|&|n|\+)\s?|\s)done|done\s(?:and\s|&\s)?hit|🎯{1,3}"),
)
