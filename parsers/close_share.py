"""A close instruction and the share it closes: "Close 50% now", "75% of the position closed",
"close the rest" (all of it), "closing now. 12% profit" (the gain, no share). parsers/updates.py
reads a follow-up with it."""

from __future__ import annotations

import re
from typing import Final

from parsers.close_result import result_before, result_not_share
from parsers.followup_more import TARGET_PART, close_more, target_part
from parsers.full_exit import exits_now, says_all
from parsers.gain_report import reports_gain
from parsers.no_instruction_words import CONDITION_AFTER, NOT_CLOSE_AFTER, NOT_CLOSE_BEFORE
from parsers.not_close import instructs_nobody
from parsers.quick_tests import required_literals, written
from parsers.share_words import promo_share
from parsers.update_words import CLOSE, FRACTION
from parsers.update_words_world import CLOSE_WORLD

# The result of a trade, not a share of it: a gain or a loss ("closed in profit 45%", "closed
# with a loss of 10%", "Closed - Loss -10%"), a sign glued to the number ("closed -10%": a
# share is never negative).
_GAIN: Final = re.compile(
    r"profit|gain|pnl|roi|loss|lost|minus|\+|[-−](?=[0-9])"
    # ... a loss in the languages of the phrase tables ("закрыли с убытком 5%", "закрыта в минус
    # 5%", "đóng lệnh lỗ 5%", "cerrado con pérdida 5%"): a loss is never a share to take (a gain
    # word may be: "chốt lãi 50%", take half the profit).
    r"|убыт|минус|zarar|lỗ|rugi|p[ée]rdida|preju[íi]zo|亏"
    # ... and a gain or a loss said with a preposition in Arabic and Persian ("بربح 20%", "با سود
    # 20%"): the trade's result.
    r"|ربح|خسار|سود|ضرر|زیان"
    # ... and the trade's result as a field of its own, on the next line or after a break:
    # "Закрыто вручную / Прибыль: 12%", "#ETH закрыл, профит 12%" (the gain, never a share of
    # the position; "фиксируем прибыль 50%" stays one: no break before the word; i13-ru19).
    r"|(?:\n|[,;.—–-])[^\w\n]*(?:прибыл|профит|итог|результат|доход|pnl|roi)"
    # ... and the price's move ("#ETH closed down 4%", "closed up 12%": how the trade or the
    # chart moved, never a share; i13-wa23: read as a close of 4 %).
    r"|(?<![a-z])(?:up|down)\s(?=\+?[0-9])"
    # ... in Spanish, Portuguese, Turkish and Indonesian ("cerró con una subida del 5%", "fechou
    # com alta de 5%", "%5 yükselişle", "naik 5%").
    r"|subida|bajada|alza|ganancia|lucro|ganho|alta\sde|queda\sde|yükseliş|düşüş|kenaikan|naik"
    r"|turun"
)
# Turkish says how it closed before the verb: "zararla kapattık %5" (closed at a loss, 5%).
_RESULT_BEFORE: Final = re.compile(r"zararla\s$")
_GAIN_AFTER: Final = re.compile(r"\s?(?:of\s)?(?:profits?|gains?|pnl|roi|roe|return|loss(?:es)?)\b")
# The end of a sentence ("closing now. 12% profit": the share is not the close's; parsers/updates.py
# too: "Close 50%, move SL. BTC at 65000 now", the price is not the stop's).
SENTENCE_STOP: Final = re.compile(r"[.!?。！？](?![0-9])")
# The words of a close ("close", "exit", "take", "закр", "止盈" ...), one of which every match
# holds: most posts hold none, and looking for them costs a tenth of the search (re tries these
# patterns at every position of the post: parsers/quick_tests.py).
_CLOSE_HEADS: Final = required_literals(CLOSE.pattern)
_CLOSE_WORLD_HEADS: Final = required_literals(CLOSE_WORLD.pattern)


def close_instruction(low: str) -> re.Match[str] | None:
    """The first "close" that tells the reader to close a position, or None."""
    words = written(low, _CLOSE_HEADS, 0, len(low))
    more = close_more(low)  # "fix 50%", "sell all", "take profit on SOL" (followup_more.py)
    if low.isascii() and not more:
        if not words:
            return None
        for m in CLOSE.finditer(low):
            if _instructs(low, m):
                return m
        return None
    found = [*CLOSE.finditer(low)] if words else []
    if not low.isascii() and written(low, _CLOSE_WORLD_HEADS, 0, len(low)):
        found.extend(CLOSE_WORLD.finditer(low))
    found.extend(more)
    found.sort(key=_start)
    for m in found:
        if _instructs(low, m):
            return m
    return None


def instructing_closes(low: str) -> list[re.Match[str]]:
    """Every close word of low that tells the reader to close, in order (parsers/share_words.py
    weighs them when the first one closes a share)."""
    found = [*CLOSE.finditer(low), *close_more(low)]
    if not low.isascii():
        found.extend(CLOSE_WORLD.finditer(low))
    found.sort(key=_start)
    return [m for m in found if _instructs(low, m)]


def exits_all_now(low: str) -> bool:
    """Whether an English close word of low that instructs says to get out of all of it now
    ("EXIT FULLY", "FULLY EXIT AT 205", "BOOK AND EXIT ALL", "EXIT HERE", "🔥EXIT ✅":
    parsers/full_exit.py), whatever target hit the post reports beside it."""
    if not written(low, _CLOSE_HEADS, 0, len(low)):
        return False
    return any(exits_now(low, m) and _instructs(low, m) for m in CLOSE.finditer(low))


def closed_with_result(low: str, close: re.Match[str]) -> bool:
    """Whether a close told done ("closed") is followed in its sentence by a percentage that is
    its result ("Closed 64% 🎯 (x20)", "closed in 45%"; close_result.py): the whole trade's
    report, whatever target mark it holds (i13-status32: read as the target hit, or nothing)."""
    if not close.group().startswith("closed"):
        return False
    end = SENTENCE_STOP.search(low, close.end(), close.end() + 30)
    frac = FRACTION.search(low, close.end(), end.start() if end else close.end() + 30)
    return (
        frac is not None
        and bool(frac.group("pct") or frac.group("tpct"))
        and result_not_share(low, close.end(), frac.start(), frac.end())
    )


def _start(m: re.Match[str]) -> int:
    return m.start()


def _instructs(low: str, m: re.Match[str]) -> bool:
    """Whether the close word m tells the reader to close (not "close to", "will close at TP3",
    "close your position if BTC drops ...")."""
    if NOT_CLOSE_AFTER.match(low, m.end()):
        return False
    if (before := NOT_CLOSE_BEFORE.search(low, max(0, m.start() - 48), m.start())) and not (
        before.group() == "is " and _TRADE_IS.search(low, max(0, m.start() - 40), m.end())
    ):
        return False
    if instructs_nobody(low, m):
        return False
    if _CLOSE_BEYOND_BEFORE.search(low, max(0, m.start() - 40), m.start()):
        return False  # "close below 11.95 = exit": the exit when a candle closes there
    if _ON_CLOSE_BEYOND.match(low, m.end()):
        return False  # "exit on a 4H close below 11.95": the same, said the other way
    return CONDITION_AFTER.match(low, m.end()) is None


# "This trade is closed. waiting for another Buy entry" (a gold channel's, i13-gath32): the
# trade told closed, in the passive ("is" before "close" is otherwise an adjective's: "price is
# close to entry"; "the market is closed" is no trade).
_TRADE_IS: Final = re.compile(
    r"(?<![a-z])(?:trade|position|signal|setup)\sis\s(?:now\s|already\s|fully\s)?closed$"
)
# "close below 11.95 = exit", "4H close under 0.45 → exit": a candle close beyond a level, then
# the close word: what to do if the level breaks (branch i13-adversary15, followup_numbers_not).
_CLOSE_BEYOND_BEFORE: Final = re.compile(
    r"clos(?:e|es|ing)\s(?:below|under|above|over|beneath)\s\$?[0-9][0-9.,]*[km]?\$?\s?"
    r"(?:=|→|->|:|-|–|means|then)\s?(?:we\s|i\s|you\s|just\s)?$"
)
_ZERO: Final = re.compile(r"0(?:\.0{1,2})?")
_ON_CLOSE_BEYOND: Final = re.compile(
    r"(?:\s[#$]?[a-z0-9]{2,12})?\s(?:on|at|upon|after)\s(?:a\s|the\s|any\s)?(?:[0-9]{1,2}\s?[hdw]\s|daily\s|weekly\s)?"
    r"(?:candle\s)?clos(?:e|ing)\s(?:below|under|above|over|beneath)\s"
)


# "close the rest", "closing remaining position", "остаток фиксирую": what is left, all of it
# (not "Close half, rest runs": the rest stays).
# ("Booked the other 50%", "close the other half": what the earlier half left, all of it;
# i13-status34: read as a close of half of it, a wrong action.)
_REST_AFTER: Final = re.compile(
    r"\s(?:out\s)?(?:the\s|my\s|our\s|all\s)?(?:rest|remaining|remainder)(?!\w)"
    r"|\s(?:the\s|my\s|our\s)?other\s(?:half|[0-9]{1,3}(?:\.[0-9]{1,2})?\s?%)(?!\w)"
    r"|\s(?:остат\w{0,3}|оставш\w{0,4})(?!\w)"
)
_REST_BEFORE: Final = re.compile(r"(?:rest|remaining|remainder|остат\w{0,3}|оставш\w{0,4})\s$")
# "75% of the position closed", "75% позиции закрыто": the share before the verb.
_SHARE_BEFORE: Final = re.compile(
    r"(?<![0-9.])[0-9]{1,3}(?:\.[0-9]{1,2})?\s?%\s"
    r"(?:of\s(?:the\s|my\s|our\s)?(?:position|size)|(?:от\s)?позици\w{0,2}"
    # "KALYAN 80% QTS EXIT AT 603": the share of the quantity held (i13-en21).
    r"|qts?|qty|quantit(?:y|ies))\s"
    r"(?:(?:is|was|has\sbeen|been|got)\s)?$"
    # The share right before the verb, as languages that put the verb last write it: "30% der
    # Position schließen", "30% پوزیشن را ببندید", "ポジションの30%を決済", "Pozisyonun %30
    # kısmını kapatın", "포지션 30% 종료", "30% पोजीशन बंद करें" (never after a "+": a gain).
    r"|(?<![0-9.+])(?:[0-9]{1,3}(?:\.[0-9]{1,2})?\s?%|%\s?[0-9]{1,3}(?:\.[0-9]{1,2})?)\s?"
    r"(?:(?:der\s)?position\s|پوزیشن\s(?:را\s)?|पोजीशन\s|を|kısmını\s)?$"
)


_SLASH_BEFORE: Final = re.compile(
    r"(?<![0-9./])(?P<num>[1-9])\s?/\s?(?P<den>[2-9])(?![0-9./])\s"
    r"(?:of\s(?:the\s|my\s|our\s)?(?:position|size)\s)?(?:(?:is|was|has\sbeen|been|got)\s)?$"
)

# ("закрываю 1/2.": a full stop after the share ends the sentence; "1/2.5" is no share.)
_SLASH_AFTER: Final = re.compile(
    r"\s(?:out\s)?(?:the\s)?(?P<num>[1-9])\s?/\s?(?P<den>[2-9])(?![0-9/]|\.[0-9])"
)


# "..., hold the rest", "and keep remaining", "let the rest run": the close took a share only.
# (and in Russian, "остальное держим", "остаток держу"; i13-wrong28)
KEEP_REST: Final = re.compile(
    r"(?<![a-z])(?:hold|keep|let)\s(?:the\s|your\s|our\s)?(?:rest|remaining|remainder|other\s50\s?%)"
    r"|(?<![а-яё])(?:остальн|остат|оставш)\w{0,4}\s(?:[а-яё]+\s)?(?:держ|оставля|пусть)"
)


# A verb of keeping between the close and a percent: the percent is what is kept (or a risk).
_KEEP_VERB: Final = re.compile(r"(?<![a-z])(?:hold|holding|keep|keeping|leave|leaving|let)\s")


def close_share(low: str) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The post's close instruction and the share it closes (None: no share said)."""
    close = close_instruction(low)
    if close is not None and (
        _REST_AFTER.match(low, close.end())
        or _REST_BEFORE.search(low, max(0, close.start() - 16), close.start())
    ):
        return close, None  # "close the rest, 12% move": the rest, whatever the numbers after
    if close is not None and says_all(low, close):
        return close, None  # "HIT 12% EXIT FULLY": all of it; the 12% is the result (full_exit.py)
    # The share must follow the verb closely, in its sentence: "close 25% of ETH", not "target
    # 3 ... +52%", nor "closing now. 12% profit".
    if close:
        end = SENTENCE_STOP.search(low, close.end(), close.end() + 30)
        frac = FRACTION.search(low, close.end(), end.start() if end else close.end() + 30)
        if frac is not None and _KEEP_VERB.search(low, close.end(), frac.start()) is not None:
            frac = None  # "Close #ETH now, hold 2% risk": a share held, not closed (i13-status34)
    else:
        frac = None
    if close and frac is None:  # "Partial close #XRP": the share may come first
        before = FRACTION.search(low, max(0, close.start() - 16), close.start())
        frac = (
            before
            if before and (before.group("partial") or _share_word(low, before, close))
            else None
        )
        if frac is None and before is None and not low.isascii():
            # "половину позиции закрыл": a share in words, the position's noun between.
            wide = FRACTION.search(low, max(0, close.start() - 26), close.start())
            frac = wide if wide is not None and _share_word(low, wide, close) else None
        if frac is None and "%" in low[max(0, close.start() - 32) : close.start()]:
            share = _SHARE_BEFORE.search(low, max(0, close.start() - 32), close.start())
            frac = FRACTION.match(low, share.start()) if share is not None else None
        if frac is None and "/" in low[max(0, close.start() - 40) : close.end() + 12]:
            # "1/2 closed at 0.15$", "closed 1/4": the share written as a fraction.
            frac = _SLASH_BEFORE.search(
                low, max(0, close.start() - 40), close.start()
            ) or _SLASH_AFTER.match(low, close.end())
    if (
        frac is not None
        and close is not None
        and (
            result_not_share(low, close.end(), frac.start(), frac.end())
            or result_before(low, frac.start(), frac.end(), close.start())
        )
    ):
        frac = None  # "#ETH Closed ✅ 35%", "Closed\nResult: 35%": the result (close_result.py)
    elif frac is None and close is not None:
        frac = target_part(low, close)  # "close TP1": that target's part, its share unsaid
    if frac is not None and (
        (
            _GAIN.search(low, close.end() if close else 0, frac.start() + 1)
            # ("book profit 50% and hold the rest": the share, what is left kept; i13-hits20)
            and KEEP_REST.search(low, frac.end(), frac.end() + 40) is None
        )
        or (
            close is not None
            and _RESULT_BEFORE.search(low, max(0, close.start() - 9), close.start())
        )
        # ("booked 35% profit": the gain booked, told in the past; "book 50% profit" stays the
        # share to take; i13-upd24.)
        or (
            close is not None
            and close.group() in ("closed", "booked")
            and _GAIN_AFTER.match(low, frac.end())
        )
    ):
        frac = None  # "closed in profit 45%", "with 20% profit": the gain, not the share
    if frac is not None and close is not None and reports_gain(low, close, frac):
        frac = None  # "Exit #SOL here, 12% profit": the gain, the close of all (gain_report.py)
    if frac is not None and frac.re is FRACTION and _ZERO.fullmatch(frac.group("pct") or ""):
        frac = None  # "closed at entry 12.40 (0%)": the result, no share of nothing
    if frac is not None and promo_share(low, frac):
        frac = None  # "#BTC close now / VIP 50% off": a promotion's percent (share_words.py)
    if frac is None and close is not None and (later := _share_after(low, close)) is not None:
        return later  # "Secure your profits: close 75%": the close that says its share
    return close, frac


# Between a close word with no share and the next one of its sentence, which says one: a
# heading's colon, a comma, a few words ("Secure your profits: close 75%", "Take profits now,
# sell 50%"; i13-status33: read as a close of all, a wrong action).
_SHARE_AFTER_GAP: Final = re.compile(r"[^.!?\n]{0,30}")
_PCT_SHARE: Final = re.compile(r"\s(?:another\s)?[0-9]{1,3}(?:\.[0-9]{1,2})?\s?%")


def _share_after(low: str, close: re.Match[str]) -> tuple[re.Match[str], re.Match[str]] | None:
    """The next close word of close's sentence, and its share, when that share is a percent said
    right after it (and no gain nor the rest), else None."""
    if "%" not in low[close.end() : close.end() + 48]:
        return None
    for later in instructing_closes(low):
        if later.start() <= close.end():
            continue
        if _SHARE_AFTER_GAP.fullmatch(low, close.end(), later.start()) is None:
            return None
        if _PCT_SHARE.match(low, later.end()) is None:
            return None
        found, frac = close_share(low[later.start() :])
        if found is None or frac is None or found.start() != 0:
            return None
        share = FRACTION.search(low, later.end(), later.end() + 20)
        return (later, share) if share is not None else None
    return None


def _share_word(low: str, share: re.Match[str], close: re.Match[str]) -> bool:
    """A share in words right before the verb, as Turkish, Hindi and Indonesian channels write
    it ("yarısını kapatın", "half book karo", "TP1 hit, half closed"): half, a quarter, a third."""
    if not (share.group("half") or share.group("quarter") or share.group("third")):
        return False
    return _SHARE_GAP.fullmatch(low, share.end(), close.start()) is not None


# Between a share said first and its verb: nothing, or the position's word, as Persian writes it
# ("نصف حجم را ببندید": half of the volume, close it).
# ("половина позиции закрыта", "половину объёма фиксируем": the position's word in Russian.)
_SHARE_GAP: Final = re.compile(
    # ("половину шорта закрыл", "половину монет продал": the side's or the coins'; i13-ru31: read
    # as a close of all.)
    r"\s?(?:(?:حجم|پوزیشن|معامله)\s(?:را\s)?|(?:позици\w{0,2}|позы|объ[её]ма|лонга|шорта|сделки"
    r"|монет|спота|позиції|угоди)\s)?"
)


def fraction_of(m: re.Match[str]) -> float | None:
    if m.re is TARGET_PART:
        return None  # "close TP1": the share of that target is the channel's, unsaid
    if m.re is _SLASH_BEFORE or m.re is _SLASH_AFTER:
        num, den = int(m.group("num")), int(m.group("den"))
        return num / den if num < den else None
    if m.group("pct") or m.group("tpct"):
        pct = float(m.group("pct") or m.group("tpct"))
        return pct / 100.0 if 0 < pct <= 100 else None
    if m.group("half"):
        return 0.5
    if m.group("quarter"):
        return 0.25
    if m.group("third"):
        return 1 / 3
    return None
