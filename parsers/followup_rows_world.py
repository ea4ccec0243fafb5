"""The rows of the short-reply lexicon in Chinese, Vietnamese, Turkish, Persian, Arabic,
Indonesian, Spanish and Portuguese, Hindi in Latin letters and English (parsers/followup_lexicon.py
reads them; a row is (language, kind, the words of the reply's line in full)).

Sources of the words (public glossaries, found with the search tool; no reply copied into a row):
the Chinese crypto glossaries on Binance Square (zh-TC, post 31969860928225: 減倉, 清倉, 空倉),
weierli.com and haiyan.top (止盈, 止损, 清仓, 割肉: sold at a loss); the Portuguese "stopado"
(auditorioibirapuera.com.br, "O que é o stop programado": the trader "foi stopado"); the
Indonesian break-even stop (didimax.co.id "Apa Itu Breakeven Stop?": "memindahkan stop loss ke
level harga masuk"; forexzig.com: "Break-Even Point (BEP)"); and the words the dev corpus's
channels of these languages use (Chinese "吃肉" / "翻倍" replies, Persian "سیو سود" and "ریسک
فری").
"""

from __future__ import annotations

from typing import Final

from parsers.followup_parts import BE, SHARE, SL, T

WORLD_ROWS: Final[tuple[tuple[str, str, str], ...]] = (
    # zh (simplified; normalize folds the traditional forms)
    ("zh", "TP", r"(?:又|再|继续)?吃(?:到|大)?肉(?:了|啦)?|翻倍(?:了|啦)?|肉到了"),
    # ("保本被打了": the break-even stop was hit; i13-gath30w.)
    ("zh", "SL", r"(?:被)?打(?:到)?止损(?:了)?|扫损(?:了)?|止损离场|保本(?:出局|离场|被打)(?:了)?"),
    (
        "zh",
        "CLOSE",
        r"清仓(?:了)?|割肉(?:了)?|全平(?:了)?|全部(?:平仓|出局|离场)|出局(?:了)?|离场(?:了)?|已止盈|止盈"
        # "我们都下车了" (we have all got off: out of the trade, told done; i13-gath34)
        r"|(?:我们|大家)?(?:都|已经?)下车了",
    ),
    ("zh", "HALF", r"(?:平|出|止盈)一半|减半"),
    # ("做个保本": set a break-even stop; i13-gath30w. "设置了保本": set, told done; i13-gath34.)
    ("zh", "BE", r"(?:推|设置?了?|带个?|做个?)?保本(?:损)?|止损(?:上移|移)?到(?:成本|保本|开仓价)"),
    ("zh", "CANCEL", r"不做了|作废(?:了)?|挂单作废"),
    ("zh", "SL", r"止损"),
    (
        "zh",
        "TP",
        r"(?:到达|达到|到)(?:第[一二三四五]|[0-9])?(?:目标|止盈)[0-9]?"
        r"|(?:第[一二三四五]|[0-9])?(?:目标|止盈)[0-9]?(?:到了|到达|达到|到)",
    ),
    ("zh", "NONE", r"(?:重新|再次|二次)(?:进场|入场)"),
    # vi
    (
        "vi",
        "TP",
        r"(?:đã\s)?(?:chốt(?:\slời)?|ăn|chạm|về)\s" + T + r"|" + T + r"\s(?:đã\s)?(?:chốt|ăn)",
    ),
    ("vi", "TP", r"đã\schốt\slời"),
    ("vi", "CLOSE", r"chốt(?:\slời)?\s(?:toàn\sbộ|hết|luôn|non)|chốt\slời|cắt\slỗ"),
    ("vi", "PART", r"chốt(?:\slời)?\s" + SHARE),
    ("vi", "BE", r"(?:kéo|dời|đưa)\s" + SL + r"\svề\s" + BE),
    ("vi", "CANCEL", r"(?:bỏ|hủy)\skèo"),
    ("vi", "NONE", r"vào\slại"),
    # tr
    ("tr", "TP", r"k[âa]r\sald[ıi]k|k[âa]r[ıi]\sald[ıi]k"),
    ("tr", "SL", r"stop\s(?:patlad[ıi]|yedik)|stopa\stak[ıi]ld[ıi]k|stop\solduk"),
    ("tr", "PART", SHARE + r"\s(?:sat[ıi]n|satt[ıi]k|k[âa]r\sal[ıi]n)"),
    ("tr", "CLOSE", r"[çc][ıi]k[ıi][şs]\syap[ıi]n|[çc][ıi]k[ıi]yoruz"),
    ("tr", "BE", SL + r"u?\s(?:girişe|maliyete)(?:\s[çc]ek\w{0,4})?"),
    ("tr", "NONE", r"yeniden\sgiriş"),
    # fa
    ("fa", "PART", r"سیو\sسود\w{0,3}|" + SHARE + r"\s(?:رو\s|را\s)?سیو(?:\sکنید)?"),
    ("fa", "SL", r"استاپ\s(?:شد|شدیم)"),
    ("fa", "CLOSE", r"خارج\s(?:شوید|شدیم|بشید)"),
    ("fa", "BE", r"استاپ\s(?:به|رو\sبه|را\sبه)?\s?(?:نقطه\sورود|ورود)"),
    ("fa", "CANCEL", r"کنسل(?:\sشد)?"),
    ("fa", "BE", r"ریسک\s?فری(?:\s(?:کنید|شد|کردیم))?"),
    (
        "fa",
        "TP",
        r"(?:همه\s)?(?:تارگت|پله)\s?ها(?:\sهمه)?\s(?:خورد|زد|تاچ\sشد)|(?:تارگت|پله)\s(?:[0-9]|اول|دوم|سوم|چهارم|پنجم)\s(?:تاچ\sشد|خورد|زد)",
    ),
    # ar
    ("ar", "TP", r"تم\sجني\sالأرباح|جني\sأرباح"),
    ("ar", "SL", r"(?:تم\s)?(?:ضرب|اتضرب)\s(?:ال)?ستوب|الستوب\s(?:ضرب|اتضرب)"),
    ("ar", "BE", r"(?:[اإ]?نقل\s)?(?:ال)?ستوب\s(?:(?:على|[إا]لى)\s(?:نقطة\s)?|لنقطة\s|ل)الدخول"),
    ("ar", "BE", r"تأمين\sالصفقة"),
    ("ar", "PART", r"(?:[إا]غلاق|[أا]غلق(?:وا)?)\s" + SHARE + r"(?:\sالصفقة)?"),
    ("ar", "TP", r"(?:ال)?هدف\s?[0-9]\s(?:تم|تحقق)"),
    # id
    ("id", "PART", r"(?:amankan|ambil\sprofit|tutup)\s" + SHARE),
    ("id", "SL", SL + r"\skena|nembus\s" + SL),  # ("VELVET nembus SL": broke through; i13-gath25)
    ("id", "TP", r"kena\s" + T + r"|" + T + r"\skena"),
    ("id", "BE", r"(?:geser|pindah\w{0,3})?\s?" + SL + r"\s(?:ke|di)\s(?:bep|be|entry)"),
    # es / pt
    (
        "es",
        "SL",
        r"(?:nos\s)?salt[óo]\sel\sstop|stopead[oa]s|nos\sstopearon|stopad[oa]s?|stopou|stopamos",
    ),
    (
        "es",
        "BE",
        SL
        + r"\s(?:a|en|al|no|na|em|para)\s(?:be|break\seven|breakeven|0\s?x\s?0|zero\sa\szero|entrada)",
    ),
    ("es", "CLOSE", r"encerr(?:ar|amos|ado|ada)|salimos|sa[íi]mos"),
    (
        "es",
        "PART",
        r"realiz\w{1,4}\s(?:parcial\w{0,2}\s)?"
        + SHARE
        + r"|realiz\w{1,4}\sparcial\w{0,2}|parcial\srealizada",
    ),
    ("es", "CANCEL", r"anulad[oa]"),
    ("es", "NONE", r"re-?entrada|reentrar"),
    # hi (in Latin letters)
    ("hi", "SL", SL + r"\s(?:lag\sgaya|lag\sgya|hit\sho\sgaya)"),
    (
        "hi",
        "BE",
        SL
        + r"\s(?:entry|cost)(?:\sto\scost)?\s(?:pe|par)(?:\srakho|\skar\sdo|\skaro)?|"
        + SL
        + r"\scost\sto\scost(?:\skar\sdo|\skaro)?",
    ),
    ("hi", "CLOSE", r"nikal\s(?:jao|lo)|trade\sband\skaro|exit\skar\sdo"),
    # en
    (
        "en",
        "BE",
        r"(?:(?:" + SL + r")\s)?(?:moved\s)?(?:to\s|at\s)?(?:be|breakeven|break[\s-]even)",
    ),
    ("en", "BE", SL + r"\s(?:moved\s)?(?:to|at)\s(?:entry|cost)"),
    ("en", "NONE", r"re-?entry|re-?enter(?:ing)?"),
)
