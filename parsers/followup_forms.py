"""The forms of a follow-up post built from parts, read where parsers/update_words.py's phrases
find nothing: an event (hit, reached, touched, done, ✅ ...) said of a target named in any of its
spellings (TP2, T2, 🎯2, "Target Touch 2", "target two", "2nd target", "segundo objetivo",
"zweites Ziel", "ikinci hedef", "target kedua", "第二目标", "두 번째 목표", "दूसरा टारगेट" ...),
a count of targets ("3/5 targets hit", "(3 targets)"), a ladder of target emoji ("🎯🎯✅").
The few words of a stop hit, a cancel and a close that the phrase tables lack ("got stopped",
"signal invalid", "closed manually") are parsers/followup_events.py's.

A new spelling is a row of a table here (a target word, an ordinal of a language, an event
word), not a pattern for one post. Where the forms come from (each a real tool's or channel's):

| form | source |
|---|---|
| "#RVN/USDT Take-Profit target 1 ✅ / Profit: 44.47% 📈 / Period: 5 Hours 14 Minutes ⏰", "All take-profit targets achieved 😎", "Closed at stoploss after reaching take profit ⚠️", "Stoploss ⛔️ / Loss: 133.3% 📉", "Entry 1 ✅ / Average Entry Price" | Cornix's channel auto-posts, as CryptobotCZ/crypto-signals-analysis README quotes them (Binance Killers' Cornix channel) |
| "#ETH/USDT / Target Touch 1 / Profit: 9.35% / Period: 14 Minutes", "Stop Target Hit / Loss: 243.43%" | a channel auto-poster's results, quoted in a signal-copier's tests (code search "Target Touch 1") |
| "#STX/USDT Manually Cancelled", "#APT/USDT Stop Target Hit ⛔ / Loss: 38.96% 📉" | Altsignals' auto-posts, quoted in a parser's tests (code search "Manually Cancelled") |
| "🔥ALL TAKE-PROFIT TARGETS HIT / PAIR: ... / PROFIT: 41.2%", "STOP TARGET HIT / PAIR ... / LOSS", "PAIR: ... CANCELED" | a signal bot's Telegram templates (code search "_ALL_TP_HIT_TEMPLATE") |
| "#LAYERUSDT UPDATE: / Target 2 done nicely✔️ / So far 30% Profits" | a channel's hand-written update, quoted in a classifier's tests |
| "TP1 ✔️ TP2 ✔️", "🎯🎯✅", "2nd target done", "target two reached", "Target 1, 2 and 3 hit", "+45% 🚀 (3 targets)", "3/5 targets hit" | the shapes channels write by hand (issue 13's list of unseen forms) |
| ordinals of the 16 languages of tests/parsers/lexicon_words.py | each language's own ordinal words (grammar, not a channel) |

parsers/update_targets.py asks `target_index` only when no target number was read, and
parsers/followup_events.py's `event_kind` when no phrase matched: a post those read is read as
before.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.bare_reports import bare_target
from parsers.line_led import LineLed

# The words a target is named by, in the 16 languages (target_words.TP_INDEX's, with "T" and the
# Japanese and Chinese spellings of the ordinal forms).
_TARGET: Final = (
    r"(?:take[\s-]?profit(?:\starget)?|targets?|tps?|tgt|цел[ьи]|тейк|тэйк|ціл[ьі]|objetivo|alvo|hedef|ziel"
    r"|kursziel|objectif|cible|obiettivo|mục\stiêu|chốt\slời|टारगेट|تارگت|هدف|الهدف|목표가?|타겟"
    r"|利確|利确|止盈|目标|目標)"
)

# Ordinal and number words, written before the target word ("second target", "segundo
# objetivo") or after it ("target two", "target kedua", "تارگت دوم").
ORDINALS: Final[dict[str, int]] = {
    # en
    **{
        w: i
        for i, w in enumerate(
            "first second third fourth fifth sixth seventh eighth ninth tenth".split(), 1
        )
    },
    "forth": 4,  # the common misspelling of "fourth" ("Forth target done")
    **{w: i for i, w in enumerate("one two three four five six".split(), 1)},
    # es / pt / it (gender endings)
    **{w: 1 for w in ("primer", "primero", "primera", "primeiro", "primo", "prima")},
    **{w: 2 for w in ("segundo", "segunda", "secondo", "seconda")},
    **{w: 3 for w in ("tercer", "tercero", "tercera", "terceiro", "terceira", "terzo", "terza")},
    **{w: 4 for w in ("cuarto", "cuarta", "quarto", "quarta")},
    **{w: 5 for w in ("quinto", "quinta")},
    # fr
    **{"premier": 1, "première": 1, "deuxième": 2, "seconde": 2, "troisième": 3},
    **{"quatrième": 4, "cinquième": 5},
    # de
    **{
        f"{w}{e}": i
        for i, w in enumerate(("erst", "zweit", "dritt", "viert", "fünft"), 1)
        for e in ("e", "es", "er", "en")
    },
    # tr
    **{w: i for i, w in enumerate("birinci ikinci üçüncü dördüncü beşinci".split(), 1)},
    # id
    **{w: i for i, w in enumerate("pertama kedua ketiga keempat kelima".split(), 1)},
    # vi ("mục tiêu thứ hai")
    **{"thứ nhất": 1, "thứ hai": 2, "thứ ba": 3, "thứ tư": 4, "thứ năm": 5},
    # fa ("تارگت دوم")
    **{w: i for i, w in enumerate("اول دوم سوم چهارم پنجم".split(), 1)},
    # hi
    **{w: i for i, w in enumerate("पहला दूसरा तीसरा चौथा पांचवां".split(), 1)},
    # ko ("두 번째 목표")
    **{f"{w}{s}번째": i for i, w in enumerate("첫 두 세 네 다섯".split(), 1) for s in ("", " ")},
    # ru, the cases the phrase tables lack ("взяли первую цель", "первый тейк")
    **{
        f"{w}{e}": i
        for i, (w, ends) in enumerate(
            (
                ("перв", ("ая", "ую", "ый", "ой", "ого")),
                ("втор", ("ая", "ую", "ой", "ого")),
                ("трет", ("ья", "ью", "ий", "ьего")),
                ("четверт", ("ая", "ую", "ый", "ой")),
                ("пят", ("ая", "ую", "ый", "ой")),
            ),
            1,
        )
        for e in ends
    },
    # uk ("перша ціль", "другий тейк")
    **{
        f"{w}{e}": i
        for i, (w, ends) in enumerate(
            (
                ("перш", ("а", "у", "ий", "ої")),
                ("друг", ("а", "у", "ий", "ої")),
                ("трет", ("я", "ю", "ій")),
                ("четверт", ("а", "у", "ий", "ої")),
                ("пʼят", ("а", "у", "ий", "ої")),
                ("п'ят", ("а", "у", "ий", "ої")),
            ),
            1,
        )
        for e in ends
    },
    # zh / ja ("第二目标", "第二个目标")
    **{f"第{w}{m}": i for i, w in enumerate("一二三四五", 1) for m in ("", "个", "個")},
}
_ORDINAL_WORD: Final = "|".join(sorted((re.escape(w) for w in ORDINALS), key=len, reverse=True))
# The end of a target word: no letter after it ("targeted"), but a CJK character may follow
# ("第二目标达成": no spaces in Chinese).
_WORD_END: Final = r"(?!(?![\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af])[^\W\d_])"
# A number written as an ordinal: "2nd", "2º", "2ª", "2°", "2e", "2ème", "2.", "2-я", "第2",
# "2번째", "2차", "ke-2" (id), "thứ 2" (vi).
_NUM_ORDINAL: Final = (
    r"(?:第|ke-?|thứ\s)?(?P<d>[0-9])(?:st|nd|rd|th|º|ª|°|ème|eme|e|er|re|\.|-?(?:я|й|ая|ой|ый|ий)"
    r"|\s?번째|\s?차|个|個)?"
)

# The target words, each alternative opening with its literal (re skips straight to their first
# characters); where a word starts is checked after (_starts_word). "t" only with a digit ("T2").
_TARGET_AT: Final = re.compile(
    r"t(?:ake[\s-]?profit(?:\starget)?|argets?|ps?|gt|(?=[0-9]))|🎯"
    # (Russian case endings: "по 3 тейку", "к 2 цели", "со 2 тейком"; i13-ru20.)
    r"|цел(?:ью|ями|ям|ей|ь|и)|тейк(?:ами|ом|ов|[уаеи])?|тэйк|ціл[ьі]|objetivo|objectif|obiettivo|alvo|hedef|ziel|kursziel|cible|mục\stiêu"
    r"|chốt\slời|टारगेट|تارگت|هدف|الهدف|[أا]هداف|목표가?|타겟|利確|利确|止盈|目标|目標"
)
# After the target word: its number or ordinal ("Target 2", "target two", "Target Touch 1",
# "TP#2", "🎯2", "target ke-2", "mục tiêu thứ 2").
_REF_AFTER: Final = re.compile(
    r"(?:[\s-]?(?:touch|hit|#|№|no\.?))?\s?"
    r"(?:" + _NUM_ORDINAL + r"(?![0-9]|[.,][0-9])|(?P<w>" + _ORDINAL_WORD + r")(?!\w))"
)
# Before it: "second target", "2nd target", "segundo objetivo", "第二目标", "두 번째 목표".
_REF_BEFORE: Final = re.compile(
    r"(?:(?<![0-9.,/])"
    + _NUM_ORDINAL
    + r"|(?:(?<!\w)|(?<=[\u4e00-\u9fff]))(?P<w>"
    + _ORDINAL_WORD
    # (on the target's line: "Signal #a2 / Тейк 🎯" names no second target; i13-ru32)
    + r"))[^\S\n]?\Z"
)
_WORD_END_AT: Final = re.compile(_WORD_END)


def _starts_word(low: str, at: int, word: str) -> bool:
    """A Latin or Cyrillic target word starts a word ("tp", not "setup"); a CJK one may follow
    anything. (Never "Entry target 2 ✅": the second entry filled, no target hit.)"""
    if at and low[at - 1].isalnum() and word[0].isascii():
        return False
    return not low.endswith(("entry ", "entry-"), 0, at)


def target_refs(low: str) -> list[tuple[int, int, int]]:
    """Every target named with its number or ordinal: (start, end, number)."""
    refs: list[tuple[int, int, int]] = []
    for m in _TARGET_AT.finditer(low):
        word = m.group()
        if not _starts_word(low, m.start(), word):
            continue
        if word[0].isalpha() and word != "t" and not _WORD_END_AT.match(low, m.end()):
            continue  # "targeted", "tpx"
        after = _REF_AFTER.match(low, m.end())
        if after is not None and (word != "t" or after.start("d") == m.end()):
            if (n := _number(after, True)) is not None:
                refs.append((m.start(), after.end(), n))
                continue
        if word in ("t", "🎯"):
            continue
        before = _REF_BEFORE.search(low, max(0, m.start() - 14), m.start())
        if before is not None and (n := _number(before, False)) is not None:
            refs.append((before.start(), m.end(), n))
    return refs


def _number(m: re.Match[str], after: bool) -> int | None:
    """The number a reference says: its digit, or its ordinal word."""
    word = m.group("w")
    return ORDINALS[word] if word else int(m.group("d"))


# What a target's event is said with: a word beside the target on its line ("Target 2 reached",
# "hit the second target", "Target Touch 1") or a tick ("TP2 ✅").
_EVENT: Final = re.compile(
    r"(?<!\w)(?:hits?|reached|achieved|done|smashed|touch(?:ed)?|taken|completed?|executed"
    r"|secured|tagged|nailed|crushed|cleared|booked|filled"
    # (English report verbs and their common misspellings, i13-hits20: "Target 2 crossed ✅",
    # "target met", "TP1 tapped", "Target 3 destroyed", "Target 2 achived".)
    r"|crossed|met|tapped|captured|bagged|destroyed|blown(?:\sup|\sout)?|achi?e?ved|acheived|hitted"
    r"|достигнут\w{0,2}|взят\w{0,2}|alcanzad[oa]s?|atingid[oa]s?|logrado|ulaşıldı|geldi"
    r"|erreicht|atteinte?s?|raggiunt[oi]|tercapai|đạt|chạm|تم\sتحقيق|تحقق|ضرب|خورد|زد|हिट|tamam(?:land[ıi])?|cumplid[oa]|cumprid[oa]"
    r"|взял\w{0,2}|отработал\w{0,2}|отработан\w{0,2}|забрал\w{0,2}|досягнут\w{0,2}"
    # (de, i13-gath28: "TP3 wieder mal abgeholt 💵": the target collected again.)
    r"|abgeholt)(?!\w)"
    # (A gain said right after the target: "TP1 +25%".)
    r"|✅|✔|☑|🎯|💰|达成|達成|已到|到了|달성|ヒット|吃到|\+[0-9]{1,4}(?:[.,][0-9]{1,4})?\s?%"
)
# Between an event and its target: a few words of a report ("is", "has been", "got", "nicely").
_NEAR: Final = 24
# A condition or a plan before the target: "once the second target is reached", "next target"
# (not "As expected matic reached to our 🎯": what was expected came).
NOT_NOW: Final = re.compile(
    r"(?<!\w)(?:once|after|when|if|until|before|next|waiting\sfor|wait\sfor|aiming|aim|towards?"
    r"|will|should|could|can|possible|potential|(?<!as\s)expect\w*"
    # ("Almost four targets destroyed": not yet the fourth; i13-hits20.)
    r"|almost|nearly)(?!\w)[^\n.!?]{0,30}$"
)
_LADDER: Final = re.compile(r"(?<!🎯)((?:🎯\s?){1,9})✅")
# "3/5 targets hit", "(3 targets)", "3 targets ✅": a count of the targets reached.
_COUNT: Final = re.compile(
    r"(?<![0-9.,/])(?P<n>[0-9]{1,2})\s?/\s?[0-9]{1,2}\s(?:targets|tps)(?!\w)"
    r"|\(\s?(?P<p>[0-9]{1,2})\s(?:targets|tps)\s?(?:hit|done|reached|achieved)?\s?\)"
    # ("#ABC target reached 2/3 ✅ done", "#ABC target (2) reached": the count after the event,
    # the number in brackets; i13-status32.)
    r"|(?:target|tp)s?\s(?:hit|done|reached|achieved)\s(?P<r>[1-9])\s?/\s?[1-9](?![0-9.,])"
    r"|(?:target|tp)\s?[(\[]\s?(?P<b>[1-9])\s?[)\]]\s(?:is\s|has\sbeen\s)?(?:hit|done|reached|achieved)"
)


def _event_beside(low: str, at: int, to: int) -> bool:
    """An event word beside the target low[at:to] on its line, with no end of sentence between;
    and no condition or plan before it ("once the 2nd target is hit", "next target")."""
    start = low.rfind("\n", 0, at) + 1
    end = low.find("\n", to)
    end = len(low) if end < 0 else end
    if "touch" in low[at:to] or _HIT_IN_NAME.search(low, at, to) is not None:
        said = True  # "Target Touch 1", "Target Hit 2": the event is in the name
    elif (after := _EVENT.search(low, to, min(end, to + _NEAR))) is not None and not _STOP.search(
        low, to, after.start()
    ):
        # (A gain only right after the target: "TP1 +25%", not "TP1 0.1530 (+2%)", a signal's.)
        # ("(TP2) +45%", "TP2 📈 +45%": only a bracket's end or emoji between.)
        said = (
            not after.group().startswith("+")
            or _GAIN_GAP.fullmatch(low, to, after.start()) is not None
        )
    else:
        events = list(_EVENT.finditer(low, max(start, at - _NEAR), at))
        said = bool(events) and not _STOP.search(low, events[-1].end(), at)
    return said and not NOT_NOW.search(low, start, at)


_STOP: Final = re.compile(r"[.!?,;:]\s|\n|(?<!\w)(?:but|not|no|yet)(?!\w)")
_HIT_IN_NAME: Final = re.compile(r"(?<=[a-z])[\s-]?hit\s?(?=[0-9])")
# Between a target and the gain said of it: spaces, a bracket's end, emoji (never a price, an
# opening bracket or a colon: "TP1 (+2%)", "TP1: +2%" are a signal's targets as distances).
_GAIN_GAP: Final = re.compile(r"[\s)\]\u2600-\u27bf\U0001f300-\U0001faff\ufe0f]*")


# "#SOL 2/3 ✅", "🎯 #SOL/USDT — 2/4 ✅", "🎯 1/3": a line of a count of the targets reached
# and a target's mark, a coin's tag before it at most (i13-status31; parsers/card_outcome.py asks
# it of a call quoted under it).
MARKED_COUNT: Final = LineLed(
    r"(?m)^[^\w\n]*(?:[#$][a-z0-9]{1,16}(?:/usdt)?[^\w\n]*)?(?P<n>[1-9])[^\S\n]?/[^\S\n]?"
    r"(?P<of>[1-9])(?![0-9.,])[^\w\n]*(?:(?:targets?|tps?)(?:[^\S\n](?:hit|done|reached"
    r"|achieved))?[^\w\n]*)?$"
)
COUNT_MARKS: Final = ("🎯", "✅", "✔", "☑")


def marked_count(low: str) -> re.Match[str] | None:
    """The first line of low that counts the targets reached with a target's mark, or None."""
    if "/" not in low or not any(k in low for k in COUNT_MARKS):
        return None
    for m in MARKED_COUNT.finditer(low):
        if int(m.group("n")) <= int(m.group("of")) and any(k in m.group() for k in COUNT_MARKS):
            return m
    return None


def target_index(low: str) -> int | None:
    """The target a follow-up reports in a form update_words' patterns lack (the last one of
    several, "T1 ✅ T2 ✅"), a count of targets ("3/5 targets hit"), or a ladder ("🎯🎯✅")."""
    found = [n for at, to, n in target_refs(low) if _event_beside(low, at, to)]
    if found:
        return found[-1]
    if "target" in low or "tp" in low:
        count = _COUNT.search(low)
        if count is not None:
            return int(count.group("n") or count.group("p") or count.group("r") or count.group("b"))
    if "🎯" in low and (ladder := _LADDER.search(low)) is not None:
        return ladder.group(1).count("🎯")
    if (counted := marked_count(low)) is not None:
        return int(counted.group("n"))
    return bare_target(low)  # "2🎯", "done hit 2": the whole reply (parsers/bare_reports.py)


# "Target 1, 2 and 3 hit", "TP1, TP2 & TP3 done", "Objetivo 1 y 2 ✅", "Target 1 to 3 done": a list,
# the last target reached (parsers/update_targets.py asks after a target's number).
_LIST_BODY: Final = (
    # ("TP1 , TP2 and now TP3 HIT!!!": "and now", a gold channel's; i13-gath32)
    r"(?:(?:\s?(?:,|&|\+|/|and(?:\snow)?|to|-|–|y|e|und|et|и|ve|dan|và)\s?(?:" + _TARGET + r"\s?)?"
    r"|\s" + _TARGET + r"\s?)"  # ("TP1 TP2 done": the target word repeated, no separator)
    r"(?P<n>[0-9]{1,2})(?![0-9]|[.,][0-9]))+"
)
_LIST_MORE: Final = re.compile(
    _LIST_BODY
    + r"(?=\s?(?:are\s|have\sbeen\s|were\s|already\s)?(?:hit|done|reached|achieved|touched|✅|✔|☑|🎯))"
)
# The list after its verb, ending its line ("we hit TP3 and TP4!!!", "HITTING TP2 and TP3",
# "Hiiting TP1 and TP2 in 10mns", "HIT ALL TP / TP1, TP2 and TP3": a gold channel's reports,
# i13-gath32): the last reached too, when the post's verb of a hit comes before the list.
_LIST_TAIL: Final = re.compile(
    _LIST_BODY
    + r"(?=[^\w\n]*(?:\s(?:in|within)\s[0-9]{1,3}\s?(?:s|secs?|seconds?|mns?|mins?|minutes?)"
    # ("We hit TP 2 and TP3 here guys!!!", "we hit TP2 and TP3 in this Sell signal!!!"; gath33)
    r"(?![a-z])[^\w\n]*|\shere(?:\sguys)?|\s(?:in|on)\sthis(?:\s(?:buy|sell))?\s(?:signal|trade|one))?"
    r"[^\w\n]*(?:\n|$))"
)
_HIT_BEFORE: Final = re.compile(r"(?<![a-z])(?:hit|hitting|hiiting|reached|smashed)(?![a-z])")


def list_end(low: str, at: int, first: int = 0) -> int | None:
    """The last number of a list of targets that starts at low[at] (after the target first) and
    is said reached. ("TP 2/5 ✅": the second of five, a count, no list: a slash and one number
    that does not count on from first; i13-upd24.)"""
    m = _LIST_MORE.match(low, at)
    if (
        m is None
        and (m := _LIST_TAIL.match(low, at)) is not None
        and not _HIT_BEFORE.search(low, 0, at)
    ):
        m = None
    if m is None:
        return None
    if first and _OF_COUNT.fullmatch(m.group()) and int(m.group("n")) != first + 1:
        return None
    if _DASH_PRICE.fullmatch(m.group()) and not _PLURAL_BEFORE.search(low, max(0, at - 12), at):
        return None  # "Target 2 - 16 ✅": the second target at 16, no range (i13-upd25)
    return int(m.group("n"))


_OF_COUNT: Final = re.compile(r"\s?/\s?[0-9]{1,2}")
# One target's label, a spaced dash, its price ("Target 2 - 16 ✅", "TP1 – 15 ✅"): no range of
# targets, which is plural or unspaced ("Targets 1 - 3 done", "Target 1-3 done"); the price was
# read as the sixteenth target.
_DASH_PRICE: Final = re.compile(r"(?:\s[-–]\s?|[-–]\s)[0-9]{1,2}")
_PLURAL_BEFORE: Final = re.compile(r"(?:targets|tps)\s?[0-9]{1,2}$")
