"""The share a close takes, as a table (English and Russian), and the follow-up that reports an
earlier partial close beside the close of what was left (session 20, branch i13-wa21).

A follow-up that closes part of a position is CLOSE_PARTIAL with its share; one that closes all
of it, or the rest after an earlier partial close, is CLOSE. parsers/close_share.py reads the
share of the post's first close word. A post that tells both, the partial close done before and
the close of the rest now, was read by its first close word ("We closed 50% at TP1, now closing
the remaining", "половину закрыли ранее, теперь закрываем полностью", "Fully closed (50% at
TP1, 50% at TP2)"): a partial close of 50 % where the channel closed everything, a wrong action
that leaves half a position nobody holds any more. `rest_closed` finds the close of all or of the
rest beside the share, and the post reads as CLOSE; a close of the rest planned for later ("take
50% now, then close all at TP2", "close half now, close the rest at entry") leaves the share.

    rest   what an earlier partial close left: "the rest", "remaining", "the other half",
           "остаток", "оставшуюся часть", "вторую половину", "остальное"
    all    the whole position: "fully", "completely", "everything", "all", "полностью",
           "целиком", "всё", "100%"
    0.5    "half", "половину", "наполовину"; 0.25 "quarter", "четверть"; 1/3 "third", "треть";
           a percent ("50%", "закрываем 50%") is its share (parsers/update_words.FRACTION)
    some   a part, unsaid: "some", "partial", "часть", "частично" (the share is never guessed)
"""

from __future__ import annotations

import re
from typing import Final

REST: Final = "rest"
ALL: Final = "all"
SOME: Final = "some"

# (pattern, share): the words of a share, in the order they are tried. A row of "rest" or "all"
# says the close takes everything there is; a number is the share; SOME a share unsaid.
SHARE_ROWS: Final[tuple[tuple[str, str | float], ...]] = (
    (
        r"(?:out\s)?(?:the\s|my\s|our\s|all\s|of\s)?(?:rest|remaining|remainder|other\shalf"
        r"|second\shalf|2nd\shalf|last\s(?:part|half|portion))(?![a-z])"
        # "closing the last 30% now", "Close final 50%": what is left (i13-status31)
        r"|(?:the\s)?(?:last|final)\s[0-9]{1,3}(?:\.[0-9]{1,2})?\s?%",
        REST,
    ),
    (
        r"(?:остат\w{0,3}|оставш\w{0,4}|остальн\w{0,3}|втор\w{0,2}\sполовин\w{0,2}"
        r"|последн\w{0,2}\s(?:част\w{0,2}|половин\w{0,2}))(?![а-яё])",
        REST,
    ),
    (
        r"(?:fully|completely|entirely|everything|all(?:\sof\sit)?|(?:the\s)?(?:full|whole|entire)"
        r"\s(?:position|trade|bag))(?![a-z])",
        ALL,
    ),
    (r"(?:полностью|целиком|вс[её]|всю\sпозицию|всю\sсделку)(?![а-яё])", ALL),
    (r"(?<![0-9.])100\s?%", ALL),
    (r"(?:half|половин\w{0,2}|наполовину)(?![a-zа-яё])", 0.5),
    (r"(?:a\s)?quarter(?![a-z])|четверт\w{0,2}(?![а-яё])", 0.25),
    (r"(?:a\s)?third(?![a-z])|трет(?:ь|ью|и)(?![а-яё])", 1 / 3),
    (r"(?:some|partial\w{0,3}|part\sof)(?![a-z])|(?:частичн\w{0,3}|част[ьию])(?![а-яё])", SOME),
)

_ROWS: Final = tuple((re.compile(pattern), share) for pattern, share in SHARE_ROWS)


def share_at(low: str, at: int) -> str | float | None:
    """The share the words at low[at] say (a row of SHARE_ROWS), or None."""
    for pattern, share in _ROWS:
        if pattern.match(low, at):
            return share
    return None


# The words a close of everything is said with, right after its verb (an object between:
# "закрываем позицию полностью", "close the position fully") or right before it ("fully closed",
# "остаток закрываем", "the rest closed").
_WHOLE_AFTER: Final = re.compile(
    r"\s(?:(?:the\s|my\s|our\s)?(?:position|trade|позици\w{0,2}|сделк\w{0,2}|[#$]?[a-z0-9]{2,12}"
    r"(?:/?usdt)?)\s)?"
)
_WHOLE_BEFORE: Final = re.compile(
    r"(?:fully|completely|entirely|полностью|целиком|(?:the\s)?(?:rest|remaining|remainder"
    r"|(?:last|final|remaining)\s[0-9]{1,3}(?:\.[0-9]{1,2})?\s?%)"
    r"(?:\sis|\swas|\shas\sbeen|\sgot)?|остат\w{0,3}|остальн\w{0,3}|оставш\w{0,4}\s(?:част\w{0,2}"
    r"|половин\w{0,2}|позици\w{0,2}))\s$"
)
# A close of the rest for later, not now: "then close all at TP2", "close the rest at entry",
# "потом закроем остаток на втором тейке" (a report, "closed the rest at TP2", is done).
_LATER_AFTER: Final = re.compile(
    r"[^.!?\n]{0,24}?(?<![a-zа-яё])(?:at|on|near|when|if|once|after|на|по|когда|если|после)\s"
    # ("остаток закрываем на второй цели", "остальное закрываем по 3500": a target named by its
    # ordinal, or a price, still to come; i13-fu24: read as a close of all now.)
    r"(?:the\s)?(?:(?:first|second|third|next|last|final|перв\w{1,3}|втор\w{1,3}|трет\w{1,3}"
    r"|следующ\w{1,3}|последн\w{1,3})\s)?(?:tp|target|entry|breakeven|be|тп|тейк|цел|точк|вход|бу"
    r"|безубыт|\$?[0-9])"
    r"|[^.!?\n]{0,24}?(?<![a-zа-яё])(?:later|tomorrow|позже|потом|завтра)(?![a-zа-яё])"
)
_LATER_BEFORE: Final = re.compile(
    r"(?<![a-zа-яё])(?:then|later|and\sthen|потом|затем|после)\s(?:[^\s.!?]+\s)?$"
)
_PAST_VERB: Final = re.compile(
    r"closed|exited|secured|booked|took|taken|закрыл\w{0,2}|закрыт\w{0,2}"
)


# "... and close the trade", "close your position ✅": the trade itself the verb's object, its
# clause ending there (not "close the position partially", "... 50%", "... at TP2").
_TRADE_ENDS: Final = re.compile(
    r"\s(?:the|this|your|my|our)\s(?:trade|position)(?:\s(?:now|here))?(?=[^\w\n]*(?:[.,;!✅✔☑\n]|$))"
)


def _whole(low: str, close: re.Match[str]) -> bool:
    """Whether the close word is said of everything there is (all of it, or the rest)."""
    if close.group() in ("close", "closing", "exit") and _TRADE_ENDS.match(low, close.end()):
        return True  # "Take 50% profit and close the trade" (i13-status33)
    after = _WHOLE_AFTER.match(low, close.end())
    for at in (close.end() + 1, after.end() if after else -1):
        if at >= 0 and share_at(low, at) in (REST, ALL):
            return True
    return _WHOLE_BEFORE.search(low, max(0, close.start() - 28), close.start()) is not None


def _later(low: str, close: re.Match[str]) -> bool:
    """Whether that close of everything is planned for later (a target, the entry, "then")."""
    if _PAST_VERB.fullmatch(close.group()):
        return False  # "TP2 ✅ closed the rest": done, whatever the target named
    if _LATER_BEFORE.search(low, max(0, close.start() - 24), close.start()):
        return True
    return _LATER_AFTER.match(low, close.end()) is not None


def rest_closed(low: str, closes: list[re.Match[str]]) -> bool:
    """Whether a post read as a partial close closes everything there is now: one of its close
    words (closes: every close word that instructs) said of all of it or of the rest, not for
    later; the share then is the history ("Fully closed (50% at TP1, 50% at TP2)")."""
    return any(_whole(low, close) and not _later(low, close) for close in closes)


# A percent of a promotion, not a share: "#BTC close now / VIP 50% off: @admin", "скидка 50%" on
# the footer's line (read as a close of half: a wrong action; session 19's left-alone list).
_PROMO_AFTER: Final = re.compile(
    r"\s?(?:off(?![a-z])|discount|sale(?![a-z])|cashback|bonus|promo|скидк\w{0,2}|бонус|акци\w{0,2})"
)
_PROMO_BEFORE: Final = re.compile(
    r"(?:discount|sale|promo|offer|cashback|bonus|vip|скидк\w{0,2}|акци\w{0,2}|бонус)"
    r"[^\w\n]{0,3}(?:of\s|up\sto\s|до\s)?$"
)
# "take half off", "Take 50% off the table": the share taken off the position, no discount
# (session 22, branch i13-wa23: "take half off" read as a close of all, a wrong action).
_TAKEN_OFF: Final = re.compile(r"(?<![a-z])(?:take|taking|took|taken)\s(?:another\s|out\s)?$")


def promo_share(low: str, share: re.Match[str]) -> bool:
    """Whether the percent `share` is a promotion's ("50% off", "скидка 50%"), not a close's."""
    if _TAKEN_OFF.search(low, max(0, share.start() - 16), share.start()) is not None:
        return False
    return (
        _PROMO_AFTER.match(low, share.end()) is not None
        or _PROMO_BEFORE.search(low, max(0, share.start() - 16), share.start()) is not None
    )


# The share kept, not the share closed: "Закрыл, оставил 20%", "Остаток 30% держу, остальное
# закрыл", "оставляю 25% на тп2" (i13-ru32: read as a close of 20 %, or of all); not "закрываем
# остаток 50%" (the rest closed is that half).
_KEPT: Final = re.compile(
    r"(?<![а-яё])(?:оставил\w{0,2}|оставля\w{1,3}|оставим|держу|держим)\s(?:[^\s\d%]+\s)?"
    r"(?P<a>[0-9]{1,3})\s?%|(?<![0-9.,])(?P<b>[0-9]{1,3})\s?%\s(?:позиции\s)?(?:оставля\w{1,3}|оставил\w{0,2}"
    r"|держу|держим|пусть\s)"
    # The same in English (i13-status34): "Close everything but 10%", "close all except 20%
    # (moonbag)", "Keep 10% and close the rest", "leave 5% running", "holding only 10%" (read
    # as a close of all: a wrong action, the channel keeps a part). Not a share of the account
    # ("keep 10% of your portfolio", "hold 2% risk").
    r"|(?<![a-z])(?:everything|all|it\sall|the\s(?:whole\s)?position)\s(?:but|except(?:\sfor)?|save|minus)"
    r"\s(?:the\s|a\s|last\s|only\s)?(?P<c>[0-9]{1,3})\s?%"
    r"|(?<![a-z])(?:keep|keeping|kept|hold|holding|leave|leaving|left)\s(?:only\s|just\s|the\s|a\s)?"
    r"(?:last\s|other\s)?(?P<d>[0-9]{1,3})\s?%(?!\s?(?:of\s(?:your\s|the\s|my\s)?(?:portfolio|balance"
    r"|capital|account|deposit|funds|margin)|risk))"
)


def kept_share(low: str, fraction: float | None) -> bool:
    """Whether the post says the share it keeps, and the share read (fraction; None: none read)
    is that one or none: the share closed is then not what was read. A share read that is the
    kept one's complement ("Sell 50% and hold 50%", "Close 90%, keep 10%") is the share closed,
    said both ways: it stands."""
    if "%" not in low or (kept := _KEPT.search(low)) is None:
        return False
    pct = float(kept.group("a") or kept.group("b") or kept.group("c") or kept.group("d"))
    if fraction is not None and abs(fraction * 100 + pct - 100) < 1e-6:
        return False
    return fraction is None or abs(fraction * 100 - pct) < 1e-6


# The whole trade told closed after a share's close, under it ("TP1 hit ✅ (close 30%) / ... /
# Trade closed ✅ +210%", "We closed 50% at TP1 and the rest at TP2 ✅", "TP2 ✅ (close 50%) /
# Closed ✅"): a summary of a trade that is over; the shares are its history (i13-status32: read
# as a partial close of the first share, a wrong action).
_WHOLE_TOLD: Final = re.compile(
    r"(?<![a-z])(?:trade|position|signal)\s(?:is\s|was\s|has\sbeen\s|got\s)?(?:now\s)?(?:fully\s)?"
    r"(?:closed|completed|finished|over|ended)(?![a-z])(?!\s(?:partial|half|[0-9]))"
    r"|(?<![a-z])(?:fully|completely|entirely)\sclosed(?![a-z])"
    r"|\n[^\w\n]*(?:closed|exited)(?:\s(?:fully|completely))?[^\w\n]*(?:\n|$)"
)
_AND_REST: Final = re.compile(
    r"[^.!?\n]{0,40}?\sand\s(?:the\s)?(?:rest|remaining|remainder)(?:\s[0-9]{1,3}\s?%)?\s(?:at|on)\s"
)


def whole_told_after(low: str, close: re.Match[str]) -> bool:
    """Whether, after the share's close word `close`, the post tells the whole trade closed (a
    summary), or that word closed the rest too ("closed 50% at TP1 and the rest at TP2")."""
    if _PAST_VERB.fullmatch(close.group()) and _AND_REST.match(low, close.end()):
        return True
    return _WHOLE_TOLD.search(low, close.end()) is not None
