"""The words of a target reached in a follow-up post: which target ("TP2", "Target 1, 2 and 3",
"первая цель", "1. hedef"), the words of a hit ("reached", "✅", "达成"), all targets, a level
ticked off, and the words that name the targets. parsers/update_targets.py reads the target's
number with them; parsers/updates.py the post's kind."""

from __future__ import annotations

import re

from parsers.instruction_words import INSTRUCTION_VERBS
from parsers.update_words import word_alternatives

# A verb or a preposition before the target is no coin: "move tp2", "wait for tp2".
_NOT_COIN = "|".join(
    (*(v.lower() for v in INSTRUCTION_VERBS), "wait", "for", "to", "at", "till", "until", "near")
)
# (An emoji or two between: "#ETH/USDT 🏆 TP1", "ETH/USDT ⚡️ TP1 ⚡️"; i13-upd24.)
_COIN_BEFORE = (
    r"(?:(?!(?:" + _NOT_COIN + r")\s)[#$]?[a-z][a-z0-9]{1,11}(?:/?usdt)?(?:\s|[^\w\n]{1,6}))?"
)
_NUMBER = r"(?:[0-9]{1,2}|(?:one|two|three|four|five|six|seven|eight|nine|ten)(?!\w))"
# "top1", "TOP1了", "tp1.到了": a reply that is only a target's number (了: done, 到了: reached),
# its coin before it ("#BTC TP2", "BTC/USDT tp 3"), the number in words too ("#BTC TP two").
TARGET_ONLY = re.compile(
    r"\W*" + _COIN_BEFORE + r"(?:tp|top)\s?" + _NUMBER + r"(?:\W*$|\W?\s?(?:已?到(?:位)?了|了)"
    # (its gain after it: "Tp1 +1R", "TP2 (+2R)"; i13-ru32)
    r"|\s?\(?(?:\+\s?[0-9]{1,4}(?:[.,][0-9]{1,2})?\s?(?:%|r|р)|[0-9]{1,2}(?:[.,][0-9]{1,2})?\s?(?:r|р)"
    r"|rr\s?[0-9](?:[.,][0-9])?\s?[:;]\s?[0-9](?:[.,][0-9])?)\)?\W*$)"
)


# "#ETH/USDT 🟢 Target 1 🟢", "Target 1 💸", "🥇 Target 1": a reply line that is only the target's
# number with an emoji beside it (any pictograph: a channel's own mark of a target reached), a
# tagged coin or a pair before it at most (not "Entry target 1", "Next target 2"; i13-upd25);
# the target's emoji and its number ("#SOL 🎯 2", "#SOL 🎯2️⃣"; i13-status31).
TARGET_MARKED = re.compile(
    r"(?=[^\n]*[\u2600-\u27bf\U0001f000-\U0001faff])[^\w\n]*(?:(?:[#$][a-z0-9][a-z0-9]{1,11}(?:/usdt)?"
    r"|[a-z0-9][a-z0-9]{1,11}/usdt)(?:\s|[^\w\n]{1,6}))?(?:(?:target|tp)\s?[0-9]{1,2}|🎯\s?[1-9])"
    r"[^\w\n]*$"
)


# "止盈到了", "$SOL 目标2已到位": the whole reply (a coin aside) is the target reached (了: done).
TARGET_REACHED = re.compile(
    r"\W*(?:[a-z0-9]{2,12}(?:/usdt)?\s?)?(?:止盈|目标位?)\s?(?:[0-9]{1,2}\s?)?(?:已经?)?(?:到(?:位)?了|到位|达成)\W*(?:[#$]?[a-z0-9]{2,10}\W*)?$"
)


TP_INDEX = re.compile(
    # ("Entry target 2 ✅": the second entry filled, no target hit.)
    # (After a Chinese character too: "已过tp1", unspaced.)
    # ("T.P 1", "T/P 1", "TP_1": i13-upd24. Not "Target (1)": a fresh call's bullet, "𝚝𝚊𝚛𝚐𝚎𝚝(1) ✅
    # 13.550", pnd-tg-1491351820-001.)
    r"(?:(?<!\w)|(?<=[\u4e00-\u9fff]))(?<!entry\s)(?:tp|t\.p\.?|t/p|take[\s-]?profit(?:\starget)?|target|tgt|trgt|trg|goal|objective|цел[ьи]|тейк(?:[\s-]?профит)?|тп|тр|"
    r"objetivo|alvo|hedef|k[âa]r\sal|ziel|mục\stiêu|chốt\slời|objectif|obiettivo|cible"
    r"|kursziel|टारगेट|تارگت|هدف|الهدف|목표가?)\s?(?:[#№_]|no\.?|-(?=[0-9]))?\s?(?P<i>[0-9]{1,2})(?![0-9]|[.,][0-9]|\s?%)"
    r"|(?:止盈|目标|利確|利确)(?P<j>[0-9]{1,2})"
    # "6 Target Hits", "3rd target", "8 th TARGET DONE": the count first.
    r"|(?<![0-9.,/])(?P<k>[0-9]{1,2})(?:\s?(?:st|nd|rd|th))?\s(?:target|tp)s?\s(?:hit|reached|done|achieved)"
    # "HIT 2ND TARGET 49 FROM 48": the verb, then the ordinal: the second, never "target 49" (a
    # price; i13-en21).
    r"|(?<![a-z])(?:hit|reached|achieved|touched|crossed)\s(?P<o>[0-9])\s?(?:st|nd|rd|th)\s"
    r"(?:target|tp)(?![a-z0-9])"
    # "Targets 1, 2, 3, 4, 5 Done ✅": the last of the list; the target word singular, the list
    # unspaced or a range too ("Target 1,2,3 done nicely ✔️", "Targets 1-3 done": i13-hits20).
    # ("Target = {1, 2,} ✅": a set of them, the braces a channel's template's.)
    r"|(?:targets?|tps?|target\s?=\s?\{)\s?(?:[0-9]{1,2}\s?[,&/\-–]\s?){1,11}(?P<m>[0-9]{1,2})"
    r"(?:(?![0-9.,])|,?\s?\}(?=\s?[✅✔☑]))"
    r"(?=\s?,?\}?\s?(?:are\s|have\sbeen\s)?(?:done|hit|reached|achieved|[✅✔☑]))"
    # "two targets done": the count in words.
    r"|(?:^|\n)\W*top\s?(?P<t>[0-9])(?![0-9])"  # "top1": see TARGET_ONLY
    r"|(?<!\w)(?P<w>one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth"
    r"|forth|fifth|sixth|seventh|eighth|ninth|tenth)\s(?:targets?|tps?)\s{1,2}(?:also\s)?(?:hit|reached|done|achieved|smashed)"
    # "تم تحقيق الهدف الأول ✅": the first target reached (Arabic ordinals).
    # ("تم الوصول للهدف الأول": "to the target", its article joined to "ل"; i13-ru20.)
    r"|(?:ال|لل)هدف\s(?P<a>الأول|الاول|الثاني|الثالث|الرابع|الخامس)"
)
# Read only when TP_INDEX finds nothing (every branch more there is tried at every position):
# "Alvos atingidos: 6/6", "Targets hit: 3/5" (the count of targets reached); "первая цель
# взята", "вторая цель" (Russian ordinals: the first, the second target).
TP_INDEX_MORE = re.compile(
    r"(?:alvos|targets|tps)\s(?:atingidos|hit|reached|achieved|done)\s?:\s?(?P<n>[0-9]{1,2})\s?/"
    r"|(?P<r>перв|втор|трет|четв[её]рт|пят)\w{0,3}\s(?:цел|тейк)"
)
# "1. hedef geldi ✅": the first target came (Turkish: the number, a dot, then the word); looked
# for only in a post holding "hedef".
TP_INDEX_HEDEF = re.compile(r"(?<![0-9.,])(?P<n>[0-9]{1,2})\.\s?hedef(?!\w)")


HIT = re.compile(
    word_alternatives(
        r"hits?",
        # "HITTING TP2 and TP3", "hitting all TP on 20seconds!!!", "Hiiting TP1 and TP2 in 10mns":
        # the progressive before the targets it names (a gold channel's, i13-gath32).
        r"hitting(?=\s(?:all\s)?(?:our\s)?(?:tps?|targets?|tp\s?[0-9]))",
        r"hiiting(?=\s(?:all\s)?(?:our\s)?(?:tps?|targets?|tp\s?[0-9]))",
        r"reached",
        r"achieved",
        r"done",
        r"smashed",
        r"sho{2,4}t(?!\s(?:up|down|for|to|past|through|higher|lower))",  # "TP3 shoot!!!" (gath33)
        r"(?:got|(?<=we\s)did)(?=\s(?:tp|target)\s?[0-9])",  # "We got TP1", "we did TP3!!" (gath33)
        r"filled",
        r"booked",
        r"достигнут\w{0,2}",
        r"взят\w{0,2}",
        r"alcanzad[oa]s?",
        r"atingid[oa]s?",
        r"ulaşıldı",
        r"выполнен\w{0,2}",  # "Цель 2 выполнена": the target is done
        r"erreicht",
        r"đạt",
        r"تم\sتحقيق",
        r"تحقق",
        # "Objectif 2 atteint", "Obiettivo 2 raggiunto", "Target 2 tercapai", "تارگت 2 خورد".
        r"atteinte?s?",
        r"raggiunt[oi]",
        r"tercapai",
        r"dapet",  # "CHIP yg reentry dapet TP1": got TP1 (id slang; i13-gath25)
        r"خورد",
        r"زد",
        r"geldi",
        r"हिट",
    )
    + r"|✅|✔|☑|🎯|💰|已达成|达成|達成|달성|已到|达到|已止盈|已过(?=\s?(?:tp|止盈|目标))"  # "已过tp1": passed TP1
)


ALL_TARGETS = re.compile(
    # ("hitting all our TP's": a gold channel's, i13-gath32)
    r"all\s(?:our\s)?(?:take[\s-]?profit\s)?(?:targets?|tps?)|все\sцели(?!\sвход)|todos\slos\sobjetivos|todos\sos\salvos"
    r"|所有目标|全部止盈|(?:its|it'?s|the|our)\slast\s(?:target|tp)(?![\w\s]*\?)"
)


# "2430 - 20%✅": a level ticked off in a re-posted signal, i.e. its target was hit.
TICKED = re.compile(r"[0-9]\$?(?:\s?-?\s?[0-9.]*\s?%|\s?[-:])?\s?[✅✔☑]")


TARGET_WORD = re.compile(
    # (Every alternative starts with its literal, so re skips straight to their first letters.)
    r"target(?<!entry\starget)|tp(?<!\wtp)s?(?!\w)|тейк|цел|hedef|ziel|objetivo|alvo|الأهداف|الهدف|اهداف|تارگت|目标|止盈"
    r"|objectif|obiettivo|cible|kursziel|chốt\slời|mục\stiêu|목표|利確|利确|أهداف|هدفين"
)
