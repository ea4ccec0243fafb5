"""A close or cancel word that instructs nobody: a readiness, a negation, a hypothesis, a fee, a
market's order book, a section heading. parsers/close_share.py and parsers/updates.py ask these
after the follow-up tables (parsers/update_words.py) found the word.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.chatter_words import idiom_after
from parsers.not_close_news import said_of_world
from parsers.not_close_others import said_of_others
from parsers.not_close_rows import said_of_other
from parsers.not_close_senses import other_sense
from parsers.not_close_world import market_subject
from parsers.quick_tests import required_literals, written
from parsers.sentences import clause_head
from parsers.update_words import CANCEL

# Before the word, in its clause: "be prepared to exit it at any moment", "wait for exit" (a
# readiness, for later), "I did not recommend to take any actions", "Don't think take step today" (negated),
# "that would have cancelled this entire move" (a hypothesis), "the support order book" (the
# market's book), "==EXITS==" (a section heading), "VIP OFFER CLOSED", "Poll closed." (a
# promotion's, a poll's).
_BEFORE: Final = re.compile(
    r"(?:\b(?:prepared|ready|prepare|willing)\sto\s(?:[a-z]+\s)?"
    # "WAIT FOR EXIT OR TARGET", "wait for my update for exit", "ready for exit": an exit to come,
    # when the channel says (i13-en21: read as a close of all, a wrong action).
    r"|\b(?:wait(?:ing)?|ready)\sfor\s(?:(?:the|my|our|your|an?|next|updates?)\s){0,3}(?:for\s)?"
    r"|(?:(?<![#$])\bnot|n['’]t|\bnever)\s(?:[a-z'’]+\s){0,3}"
    # ("longs could get closed out fast", "it might be cancelled": the passive's auxiliary too;
    # i13-wt33.)
    # ("96500 short would be our exit": the noun after its article, as well; i13-wt34.)
    r"|\b(?:would|could|might)(?:\shave|\snot\shave)?\s(?:(?:get|be|have\sbeen)\s)?"
    r"(?:(?:our|the|my|your|an?)\s)?"
    r"|[=*_~]{2,}\s?"
    # "SL 3100 on close", "stop 3100 (on daily close)": a stop on a candle's close, the stop's
    # kind (i13-upd25: read as a close of all, a wrong action on a stop move).
    r"|\b(?:on|upon)\s(?:a\s|the\s)?(?:(?:daily|weekly|[0-9]{1,2}\s?[hd]|h[0-9]{1,2}|candle)\s)?"
    # "ALL FREE ACCESS NOW CLOSED", "VIP OFFER CLOSED", "registration is closed": a promotion
    # or a group closed, no position.
    # ("Registration for the VIP group: closed", "Free trial closed", "Poll: closed",
    # "Withdrawals closed on Binance", "Las inscripciones para el grupo VIP están cerradas",
    # "Inscriptions fermées", "Đăng ký đã đóng": i13-forms30, each read as a close of all; a
    # coin's tag is no noun: "Позиция по $FORM: закрыта".)
    r"|(?<![#$])\b(?:access|offers?|slots?|spots?|seats?|membership|registrations?|sales?|presale"
    r"|white-?list|wait-?list|trials?|discounts?|promos?|deals?|enrol?lments?|sign[\s-]?ups?"
    r"|applications?|subscriptions?|deposits?|withdrawals?|forms?|cupos|plazas|vagas"
    r"|inscri[pç]\w{0,6}|registros?|anmeldung\w{0,2}|pendaftaran|iscrizioni|đăng\ský"
    r"|black\sfriday|cyber\smonday"
    r"|vip|doors?|group|chat|comments?|polls?|votes?|voting|giveaways?|contests?|airdrops?)"
    r"(?:\s(?:for|to|into|of|in|para|de|del|al|en|pour|au|à|ao|no|na|für|zum|zur|untuk|cho|vào)"
    r"\s(?:[^\s:,.!?]+\s){0,3}?[^\s:,.!?]+)?(?:\s?[:\-–])?"
    r"(?:\s(?:is|are|was|were|now|has\sbeen|have\sbeen|will\sbe|officially|already|están|está"
    r"|son|sont|est|são|está|ist|sind|sudah|telah|đã|sono|è))"
    r"{0,2}\s?[^\w\s]{0,2}\s?)$"
)
# After it: "we take 50% share from total weekly profit" (a fee), "take step", "take any actions"
# (a decision, not a position), "==EXITS==" (a heading).
_AFTER: Final = re.compile(
    r"\s(?:a\s)?[0-9]{1,3}(?:\.[0-9]{1,2})?\s?%\s(?:share|cut|fee|commission)\b"
    r"|\s(?:any\s|a\s|the\s|this\s|that\s|some\s)?(?:steps?|actions?|decisions?|risks?|chances?)\b"
    r"|\s?[=*_~]{2,}"
    # "CLOSE POINT- 950-945-940++", "exit zone: 1.20-1.25": the noun, where to close later.
    r"|[\s-](?:points?|zones?|levels?|areas?)(?![a-z])"
)
# A cancel beside profits taken: "invalidated, took profits" ends a trade that was open, no
# entries to cancel; which it is, a person decides.
_PROFITS_TAKEN: Final = re.compile(
    r"\b(?:took|taken|booked|secured|closed)\s(?:\w+\s)?(?:profits?|gains?|in\sprofit)\b"
)
# "#SOL invalidated, stopped out", "setup invalidated - SL hit": the trade was in and its stop
# closed it; a stop hit, not a cancel of entries (a cancel would leave the position open).
_STOPPED_AFTER: Final = re.compile(
    r"\b(?:stopped\sout|(?:stop[\s-]?loss|stoploss|stop|sl)\s(?:was\s|got\s|has\sbeen\s)?"
    r"(?:hit|triggered|taken)|hit\s(?:the\s|our\s)?(?:sl|stop[\s-]?loss|stoploss|stop))\b"
)
_CLAUSE_BEFORE: Final = 48
# The verb with its subject before it in its clause ("a 10% move against you closes your
# position", "the exchange cancels unfilled orders", "BTC closes above 69k"): what something does,
# told; an order to the reader is "close", "closing", "closed" (dev has no follow-up saying
# "closes" or "cancels"; i13-wt33, a lesson's tips read as a close of all).
_SAID_OF: Final = frozenset(("closes", "cancels"))
_SUBJECT: Final = re.compile(r"[a-z0-9#$%]{2,}[^\n]*$")
# "cancel entry 2 (12.10)", "cancel the 12.10 order, keep 12.40", "cancel the second entry":
# one order of the signal, not the signal (branch i13-adversary15: read as a cancel of all).
_ONE_ORDER: Final = re.compile(
    r"\s(?:the\s|my\s|our\s)?(?:(?:entry|order|limit|dca|buy|sell)\s?(?:#?[0-9]|\(|at\b|@)"
    r"|(?:second|2nd|third|3rd|last|lower|upper|first|1st)\s(?:entry|order|limit|buy|sell)"
    r"|\$?[0-9][0-9.,]*\$?\s(?:entry|order|limit|buy|sell)"
    # "cancel TP4", "cancel the remaining targets", "cancel stop loss", "отмена третьего тейка",
    # "取消止盈3": a target or the stop, not the signal (each was a cancel of the trade: the
    # one order is a person's to find; i13-updates17).
    r"|(?:remaining\s|last\s|other\s)?(?:tps?|targets?|take[\s-]?profits?|stop[\s-]?loss|stop|sl)"
    r"(?:\s?#?[0-9])?(?!\w)|(?:\w+\s)?(?:тейк|тэйк|цел[иьяю]|стоп)\w*"
    r"|(?:втор|трет|последн|перв)\w*\s(?:вход|ордер|лимитк)\w*)"
    r"|(?:止盈|止损|目标)"
)
# The words of a cancel ("cancel", "отмен", "取消" ...), one of which every match holds: most
# posts hold none, and looking for them costs a tenth of the search (parsers/quick_tests.py).
_CANCEL_HEADS: Final = required_literals(CANCEL.pattern)
# "the void", "a liquidity void", "fill the imbalance void": the noun, a chart's gap.
_VOID_NOUN: Final = re.compile(
    r"(?<![a-z])(?:the|a|liquidity|volume|imbalance|fvg|price|value|fair\svalue)\s$"
)


def instructs_nobody(low: str, m: re.Match[str]) -> bool:
    """Whether the close or cancel word m of low is a readiness, a negation, a hypothesis, a fee,
    an order book or a heading rather than an instruction."""
    head, cut = clause_head(low, m.start(), _CLAUSE_BEFORE, colon=False)
    if _BEFORE.search(head[cut:]):
        return True
    if m.group() in _SAID_OF and _SUBJECT.search(head, cut) is not None:
        return True  # "a 10% move against you closes your position": a statement, no order
    if m.group() == "book" and head.endswith("order "):
        return True  # "the support order book is starting to increase": the market's book
    if m.group() == "void" and _VOID_NOUN.search(head):
        return True  # "Moving to fill the liquidity void": a gap in the chart, nothing voided
    if not low.isascii() and market_subject(low, m):
        return True  # "Рынок закрылся в плюс", "Отмена ставки ФРС": the market's, no trade's
    if said_of_other(low, m) or said_of_others(low, m):
        return True  # "CME gap closed", "закрываем март", "a member closed": not_close_rows.py,
        # not_close_others.py
    if said_of_world(low, m):
        return True  # "Binance will cancel all open orders", "NY close" (not_close_news.py)
    if other_sense(low, m):
        return True  # "Close date: Friday", "closes 50% of the gap" (not_close_senses.py)
    # ("close call", "closing bell", "exit liquidity", "cancel culture": parsers/chatter_words.py)
    return _AFTER.match(low, m.end()) is not None or idiom_after(low, m.end())


def cancel_word(low: str) -> re.Match[str] | None:
    """The first cancel word that instructs (the signal, or one order of it), or None."""
    if not written(low, _CANCEL_HEADS, 0, len(low)):
        return None
    for m in CANCEL.finditer(low):
        if (
            not instructs_nobody(low, m)
            and not _PROFITS_TAKEN.search(low, m.end(), m.end() + 40)
            and not _STOPPED_AFTER.search(low, m.end(), m.end() + 40)
        ):
            return m
    return None


def cancel_instruction(low: str) -> re.Match[str] | None:
    """The first cancel word that cancels the signal, or None (parsers/updates.py reads the
    rest)."""
    m = cancel_word(low)
    return None if m is None or _ONE_ORDER.match(low, m.end()) else m
