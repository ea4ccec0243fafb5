"""Which target a follow-up reports: "TP2 hit", "Targets 1, 2, 3 done ✅", "Alvos atingidos:
6/6", "первая цель", "the third target", a ticked list. (parsers/updates.py reads the post.)"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Final

from parsers.followup_forms import list_end, target_index, target_refs
from parsers.models import SignalUpdate, UpdateKind
from parsers.quick_tests import required_literals, written
from parsers.target_words import (
    HIT,
    TARGET_WORD,
    TICKED,
    TP_INDEX,
    TP_INDEX_HEDEF,
    TP_INDEX_MORE,
)
from parsers.ticked_lines import led_ticked, tick_on_line
from parsers.ticked_run import listed_ticked, run_index

_WORD_NUMBERS: Final = {
    **{w: i for i, w in enumerate("one two three four five six seven eight nine ten".split(), 1)},
    **{
        w: i
        for i, w in enumerate(
            "first second third fourth fifth sixth seventh eighth ninth tenth".split(), 1
        )
    },
    "forth": 4,  # the common misspelling of "fourth" ("Forth target done")
    **{w: i for i, w in enumerate("الأول الثاني الثالث الرابع الخامس".split(), 1)},
    "الاول": 1,
}
_RU_ORDINALS: Final = {"перв": 1, "втор": 2, "трет": 3, "четверт": 4, "пят": 5}
# The words of a hit ("hit", "reached", "✅" ...), one of which every match of target_words.HIT
# holds: most posts hold none, and looking for them costs a fraction of the search (re tries
# HIT at every position of the post: parsers/quick_tests.py).
_HIT_HEADS: Final = required_literals(HIT.pattern)


def hit_word(low: str) -> re.Match[str] | None:
    """target_words.HIT's first match in low."""
    return HIT.search(low) if written(low, _HIT_HEADS, 0, len(low)) else None


_SHORT: Final = 120  # a reply's length, at most
_TICK_AFTER: Final = re.compile(r"\s?[-:]?\s?(?:\$?[0-9][0-9.,]{0,18}\s?\$?\s?)?[✅✔☑]")


# "#MDT hit 208✅", "$LOOKS hit 7$🎯", "#VIA hit 2100 / Target 1 ✅": the coin, "hit", the price
# reached, then a tick or a target (its number, when the next line gives one). ("#SOL reached
# 145 ✅", "#SOL touched 145 🎯": the same report in its other verbs; i13-hits20.)
_COIN_HIT: Final = re.compile(
    r"\W{0,4}[#$][a-z0-9]{2,15}(?:\s?/\s?[a-z]{3,4})?\s(?:price\s)?(?:hit|reached|touched|tapped)"
    r"\s\$?[0-9][0-9.,]{0,18}\$?"
    r"(?:\s?(?:sats?)?\s?[✅✔☑🎯]|[^\S\n]*\n\W{0,4}target\s+(?P<n>[0-9]{1,2})\s*[✅✔☑])"
)


def tp_index_more(low: str) -> re.Match[str] | None:
    """The rarer forms of a target's number ("Alvos atingidos: 6/6", "первая цель", "#MDT hit
    208✅"), looked for only in a post that could hold one."""
    head = low[:40]
    if ("hit" in head or "reached" in head or "touched" in head or "tapped" in head) and (
        coin_hit := _COIN_HIT.match(low)
    ) is not None:
        return coin_hit
    if "hedef" in low and (hedef := TP_INDEX_HEDEF.search(low)) is not None:
        return hedef
    if "/" not in low and "цел" not in low and "тейк" not in low:
        return None
    return TP_INDEX_MORE.search(low)


_TICK_BEFORE: Final = re.compile(r"[^\w\n]*[✅✔☑][^\w\n]*$")


def _ticked_bare(low: str, m: re.Match[str]) -> bool:
    """A tick right after the target ("TP2 ✅") or alone before it on a line of no price
    ("✅ TP2")."""
    if _TICK_RIGHT.match(low, m.end()):
        return True
    end = low.find("\n", m.end())
    if _DIGIT.search(low, m.end(), len(low) if end < 0 else end):
        return False
    return _TICK_BEFORE.match(low, low.rfind("\n", 0, m.start()) + 1, m.start()) is not None


_DIGIT: Final = re.compile(r"[0-9]")
_TICK_RIGHT: Final = re.compile(r"[^\S\n]?[✅✔☑]")


# (i13-ru31) "2 из 3 целей ✅": the count reached of the targets (not the third); "Первая ✅",
# "Есть первая", "И вторая!": a thread's reply naming the target by its ordinal alone.
_N_OF_M: Final = re.compile(
    r"(?<![0-9.,])([0-9])\s(?:из|з)\s[0-9]\s(?:целей|цели|тейков|тейка|цілей|цілі)(?!\w)"
)
_ELIDED: Final = re.compile(
    r"[^\w\n]*(?:(?:по\s)?[#$]?[a-z0-9/]{2,20}(?:\s?[-–—:]\s?|\s))?(?:есть\s|и\s|вот\sи\s)?"
    r"(перв|втор|трет|четв[её]рт|пят)(?:ая|ый|ой|ий|ья)(?:\s(?:есть|тоже|взята|взят))?[^\w\n]*"
)


def tp_index(low: str, reached: bool = False) -> int | None:
    """The target the post reports: the first named, or the last of a ticked list
    ("Тейк-профит 1 ✅ / Тейк-профит 2 ✅ / Тейк-профит 3 ✅" reports the third). reached: the
    post reports targets reached (not a stop moved to one): a signal reposted with its first
    targets ticked ("TP1: 0.22 ✅ / TP2: 0.23 ✅ / TP3: 0.25") reports the last ticked."""
    if " из " in low or " з " in low:
        if (of := _N_OF_M.search(low)) is not None:
            return int(of.group(1))
    found = list(TP_INDEX.finditer(low))
    if (
        not found
        and len(low) <= _SHORT
        and (elided := _ELIDED.fullmatch(low.strip().rsplit("\n", 1)[-1]))
    ):
        return _RU_ORDINALS[elided.group(1).replace("ё", "е")]  # (the last line: no copy else)
    if not found and (more := tp_index_more(low)) is not None:
        found = [more]
    if not found:
        # "Target two reached", "T2 ✅", "3/5 targets hit" (parsers/followup_forms.py); else
        # "TP:\n4376✅\n4467\n4643": no index written, the ticked levels count them.
        if (index := target_index(low)) is not None:
            return index
        if (count := _HIT_COUNT.search(low)) is not None:
            return int(count.group(1))  # "ضرب 8 أهداف": 8 targets hit, the ticks elided
        if len(low) <= _SHORT and low.count("\n") < 3 and (refs := target_refs(low)):
            return refs[0][2]  # "перша ціль", "1 тейк": a short reply names its target alone
        word = _list_word(low)
        ticks = len(TICKED.findall(low, word.end())) if word else 0
        # ("Sell: 0.56 | 0.60 | 0.65 ✅✅": a run of ticks after the line; parsers/ticked_run.py)
        return max(ticks, run_index(low), listed_ticked(low)) or None
    # (A tick on the target's own line after a separator or a note, "TP1 = 145 ✅", "TP2: 150
    # (+12%) ✔️", counts in a report of targets reached: parsers/ticked_lines.py; i13-en22.)
    until = [f.start() for f in found[1:]] + [len(low)]
    on_line = {
        m.start()
        for m, u in zip(found, until, strict=True)
        if reached and tick_on_line(low, m.end(), u)
    }
    ticked = [m for m in found if m.start() in on_line or _TICK_AFTER.match(low, m.end())]
    # Or the first ones ticked with no price, the rest not or all ("TP1 ✅ TP2 ✅ TP3", "✅ TP1\n✅
    # TP2\n⏳ TP3", "✅ First target hit\n✅ Second target hit"); a tick by a price may be a
    # signal's bullet ("☑️ Target 1: 103.2").
    first = [m for m in found if _ticked_bare(low, m)]
    if len(ticked) > 1 and len(ticked) == len(found):
        m = ticked[-1]
    elif reached and 1 < len(ticked) < len(found) and found[: len(ticked)] == ticked:
        # (Each tick on its target's own line: "☑️ Target 1: 103.2 / ☑️ Target 2: 98.9" is a
        # signal's bullets, each before its target.)
        if all(t.start() in on_line or _same_line_tick(low, t) for t in ticked):
            m = ticked[-1]
        elif 1 < (led := led_ticked(low)) <= len(found):
            m = found[led - 1]  # "✅ TP1 145 / ✅ TP2 150 / TP3 155": the ticks head the lines
        else:
            m = found[0]
    elif 1 < len(first) <= len(found) and found[: len(first)] == first:
        m = first[-1]
    elif reached and 1 < (led := led_ticked(low)) <= len(found):
        m = found[led - 1]  # "✅ TP1 145 / ✅ TP2 150 / TP3 155": the ticks head the lines
    elif len(found) > 1 and all(
        _tick_led_bare(low, f, u) for f, u in zip(found, until, strict=True)
    ):
        m = found[-1]  # "#SOL ✅ TP1 ✅ TP2": each target led by its tick, no price (i13-status31)
    else:
        m = found[0]
    said = _index_of(low, m)
    if len(first) > 1 and len(first) == len(found) and (last := target_index(low)) is not None:
        # "✅ First target hit / ✅ Second target hit / ✅ Fifth target also hit": each line a
        # target reached, the last said in a form TP_INDEX lacks; the report is of the highest.
        return last if said is None else max(last, said)
    return said


_LED_TICK: Final = re.compile(r"[✅✔☑]\ufe0f?[^\S\n]?$")


def _tick_led_bare(low: str, m: re.Match[str], until: int) -> bool:
    """A tick right before the target m and no digit after it up to until (the next target)."""
    return (
        _LED_TICK.search(low, max(0, m.start() - 3), m.start()) is not None
        and _DIGIT.search(low, m.end(), until) is None
    )


def _same_line_tick(low: str, m: re.Match[str]) -> bool:
    tick = _TICK_AFTER.match(low, m.end())
    return tick is not None and "\n" not in tick.group()


def _index_of(low: str, m: re.Match[str]) -> int | None:
    """The target number the match m of tp_index's patterns says."""
    if (
        m.re is TP_INDEX
        and m.group("i")
        and (last := list_end(low, m.end(), int(m.group("i")))) is not None
    ):
        return last  # "Target 1, 2 and 3 hit": the last of the list
    if m.re is _COIN_HIT:
        return int(m.group("n")) if m.group("n") else None
    if m.re is TP_INDEX_HEDEF:
        return int(m.group("n"))
    if m.re is TP_INDEX_MORE:
        if m.group("r"):
            return _RU_ORDINALS[m.group("r").replace("ё", "е")]
        return int(m.group("n"))
    if m.group("w"):
        return _WORD_NUMBERS[m.group("w")]
    if m.group("a"):
        return _WORD_NUMBERS[m.group("a")]
    return _counted_on(
        low,
        m.end(),
        int(
            m.group("i")
            or m.group("j")
            or m.group("k")
            or m.group("o")
            or m.group("m")
            or m.group("t")
        ),
    )


# "Target 1 ✅ 2✅3✅": after a ticked target, the next indexes ticked on its line.
_TICKED_NEXT: Final = re.compile(r"[^\S\n]*([0-9]{1,2})[^\S\n]*[✅✔☑]")


def _counted_on(low: str, end: int, index: int) -> int:
    """The last target of a ticked run that counts on from index right after it, else index."""
    tick = _TICK_RIGHT.match(low, end) or _TICK_RIGHT.match(low, end + 1)
    if tick is None:
        return index
    at = tick.end()
    while (m := _TICKED_NEXT.match(low, at)) is not None and int(m.group(1)) == index + 1:
        index, at = index + 1, m.end()
    return index


# A spot call's list of sales under its buy line ("Buy : 1.178 - 1.23 / Sell : 1.57✅ -2.36",
# "Buy 0.14 - 0.15 / Sell：0.29✅"): its targets. (With no buy line, "Sell : 43000 ✅" may be a
# short's entry filled: no target.)
_SELL_LIST: Final = re.compile(r"(?:^|\n)[^\w\n]*sell\s?[:：]")
# ("Buy zone: 0.50 - 0.51 / Sell: 0.56 ✅ - 0.60 ✅ - 0.65": the buy's label with its noun;
# i13-status32.)
_BUY_LIST: Final = re.compile(
    r"(?:^|\n)[^\w\n]*buy(?:\s(?:zone|area|range|price|between))?\s?(?:[:：]|\$?[0-9])"
)
# "ضرب 8 أهداف" (hit 8 targets): the count of targets hit, the verb first.
_HIT_COUNT: Final = re.compile(r"(?:ضرب|تحقق|حقق)\s([0-9]{1,2})\s(?:أهداف|اهداف|هدف)")


# "Take profit:" heading its list ("Take profit:\n1️⃣ 0.56 ✅\n2️⃣ 0.60 ✅"), "Sell 1: 0.56 ✅" (a
# spot call's numbered sales): the targets' label the target words lack (i13-status32: the card
# re-posted with its ticks was read as nothing).
_TAKE_PROFIT_LIST: Final = re.compile(
    r"(?:^|\n)[^\w\n]*(?:take[\s-]?profits?(?:\s(?:targets?|levels?))?\s?[:：]|sell\s?[1-9]\s?[:：])"
)


def _list_word(low: str) -> re.Match[str] | None:
    """The word the targets are listed under: a target word, or a spot call's "Sell :" under its
    buy line (the one reading of both the report's kind and its target's number)."""
    word = TARGET_WORD.search(low)
    if word is None and "sell" in low and _BUY_LIST.search(low):
        word = _SELL_LIST.search(low)
    if word is None and ("take" in low or "sell" in low):
        word = _TAKE_PROFIT_LIST.search(low)
    return word


def ticked_target(low: str) -> bool:
    """A level ticked off under the targets ("Targets:\n4376✅", "Sell : 1.57✅ -2.36" under
    "Buy :"); a ticked entry ("Entry Targets:\n1) 27 ✅") reports a fill, not a target hit."""
    word = _list_word(low)
    if word is not None and TICKED.search(low, word.end()) is not None:
        return True
    # ("✅ TP1 145 / ✅ TP2 150 / TP3 155": ticks heading the lines; "SELL: 67,200 - 67,800 /
    # 66,500✅ / 65,900": listed bare under the entry, parsers/ticked_run.py)
    return led_ticked(low) > 0 or listed_ticked(low) > 0


# A report above advice is a reply's few lines (a signal's or a guide's levels are more).
_REPORT_ABOVE: Final = 4


def hit_above(
    text: str, lines: int, read: Callable[[str], SignalUpdate | None]
) -> SignalUpdate | None:
    """The target hit the first lines of text report (a few lines, read by read), or None."""
    head = "\n".join(text.split("\n")[:lines])
    short = 0 < sum(1 for line in head.split("\n") if line.strip()) <= _REPORT_ABOVE
    report = read(head) if short else None
    if report is None or report.kind is not UpdateKind.TP_HIT:
        return None
    return replace(report, raw_text=text)
