"""Close and cancel words said of somebody else's trade, of a past the reader cannot act on, or
of the market, that parsers/not_close_rows.py's table did not hold (session 20, branch
i13-wa21). Each row is a class of chatter a reader of a new channel meets; each was read as a
close, a partial close or a cancel of the position the post replies to (a wrong action).

    others     "One of our subscribers closed 50% of ETH at the top", "Our member John closed
               the rest of his BTC", "Congrats to everyone who closed ETH at TP3", "Traders
               closed $2B in shorts", "Кто-то закрыл половину по SOL", "Многие подписчики
               закрыли BTC": another person's position (the reader's own, "you", only in the
               past: "You closed too early", "Вы закрыли ETH слишком рано")
    hypothesis "I should have closed my ETH at 4000", "Had we closed the SOL long earlier":
               a past that did not happen
    past       "Back in March we closed half of BTC", "В прошлом месяце закрыли ETH", "ETH
               signal from yesterday closed in profit", "Another signal closed in profit!",
               "Вчерашний сигнал по SOL закрыт": a trade of a period gone by, told
    negation   "Переносим стоп в бу, закрывать не спешим", "closing is not needed yet",
               "Сделка в работе, закрывать рано", "до закрытия еще далеко", "too early to close"
    plan       "close all at TP2", "closing only at TP3": for later
    thing      "I'm closing my laptop", "Close the chart and go outside", "Closing the room
               now": no position
    condition  (also) "a strategy where you close part of your position"
    advice     "Plan your exits before you enter"
    news       (also) "ETF outflows as investors exit positions"
    figure     "Grayscale cancelled its ETH ETF application": a company or a public figure, the
               subject of a past or third-person verb only ("TRUMP Закрываем 30%" is the coin)
    market     "futures market closes at 5pm", "Friday close is important", "ETH closed
               Friday's session at 3,200": a market's or a weekday's close
    news       "We will cancel the live stream today": an event cancelled
    condition  "Закрытие дневной свечи ниже 2.5 отменяет сценарий": what cancels the idea when a
               level breaks (a rule for later, not a cancel now)
    question   "Many are asking should they close ETH": a question told, no mark
    period     "Wir schließen den Tag und wünschen eine Gute Nacht", "we close the week with
               +2,000 pips": a day or a week ended (i13-gath28)

A channel's own close beside such words stays read ("Close ETH now, many traders are closing
too" is cut at the comma: a row holds only in the word's own clause).
"""

from __future__ import annotations

import re
from typing import Final

from parsers.sentences import clause_head, sentence_start

_WEEKDAYS: Final = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:['’]s)?"

# In the word's clause, right before it.
BEFORE_ROWS: Final[tuple[tuple[str, str], ...]] = (
    (
        "others",
        r"(?<![a-z])(?:(?:one|some|many|most|all|a\sfew|several|two|three)\sof\s(?:our|the|my)\s)?"
        r"(?:our\s|a\s|the\s|my\s|one\s)?(?:members?|subscribers?|followers?|students?|clients?"
        r"|users?|readers?|traders|investors|holders|friends?)"
        r"(?:\s@?[a-z][a-z0-9_]{1,15})?\s(?:has\s|have\s|had\s|just\s|already\s|also\s)?$",
    ),
    (
        "others",
        r"(?<![a-z])(?:everyone|everybody|anyone|anybody|those|people|all\sof\syou)\s(?:who|that)"
        r"\s(?:has\s|have\s|had\s|already\s|just\s)?$",
    ),
    ("others", r"(?<![a-z])(?:someone|somebody|nobody|he|she)\s(?:has\s|had\s|just\s|already\s)?$"),
    (
        "others",
        r"(?<!\w)(?:кто-то|кое-кто|некоторые|многие|наши|мои)?\s?(?:подписчик|участник|клиент"
        r"|ученик|друг|трейдер)\w{0,3}\s(?:уже\s|тоже\s|также\s|успешно\s)?$",
    ),
    ("others", r"(?<!\w)(?:кто-то|кое-кто|некоторые|никто)\s(?:уже\s|тоже\s|из\sвас\s)?$"),
    # The market's players in Russian market talk (i13-ru23): "Маркетмейкеры частично закрыли
    # шорты", "киты сократили позиции", "фонды закрыли лонги": their trades, not the channel's.
    (
        "others",
        r"(?<!\w)(?:маркет-?мейкер|мм|кит|фонд|инвестор|институционал|банк|майнер|холдер|шортист"
        r"|лонгист|хомяк|толп|крупн\w{2}\sигрок|крупняк|смарт-?мани|игрок)\w{0,3}\s(?:уже\s|тоже\s"
        r"|также\s|массово\s|активно\s|снова\s|частично\s)?$",
    ),
    (
        "hypothesis",
        r"(?<![a-z])(?:should(?:n['’]t)?|could(?:n['’]t)?|would(?:n['’]t)?|must)\s(?:have|'ve)\s$"
        r"|(?<![a-z])had\s(?:we|i|you|they)\s(?:only\s|just\s)?$",
    ),
    (
        "past",
        r"(?<![a-z])(?:back\s)?in\s(?:january|february|march|april|may|june|july|august|september"
        r"|october|november|december|20[0-9]{2})\s(?:we|i)\s$",
    ),
    (
        "past",
        r"(?<!\w)(?:в|на)\s(?:прошл\w{1,3}|позапрошл\w{1,3})\s(?:месяц\w?|недел\w|году|квартал\w?)"
        r"\s(?:мы\s)?(?:[^\s.!?]+\s)?$",
    ),
    (
        "market",
        r"(?<![a-z])(?:futures|spot|forex|fx|asian|european|london|tokyo|new\syork|us|stock)"
        r"\s(?:markets?|sessions?|exchanges?)\s(?:will\s|usually\s|always\s)?$",
    ),
    ("market", r"(?<![a-z])" + _WEEKDAYS + r"\s(?:candle\s|daily\s|weekly\s)?$"),
    ("negation", r"(?<![a-zа-яё])(?:too\searly\sto|far\sfrom|до|далеко\sдо)\s$"),
    (
        "question",
        r"(?<![a-z])(?:should|shall|can|do|would)\s(?:they|we|i|you)\s(?:still\s|now\s|just\s)?$",
    ),
    # A past signal told: "ETH signal from yesterday closed in profit", "Yesterday's SOL call:
    # closed at +35%", "Another signal closed in profit!", "Вчерашний сигнал по SOL закрыт".
    (
        "past",
        r"(?<![a-z])(?:(?:from\s)?yesterday|yesterday['’]s\s(?:[^\s]+\s){0,3}"
        r"|another\s(?:signal|call|trade|setup|position)\s(?:has\s|was\s|got\s)?)\s?$",
    ),
    ("past", r"(?<!\w)вчерашн\w{1,3}\s(?:[^\s]+\s){0,4}$"),
    # A mid-sentence condition or a definition: "a strategy where you close part of your
    # position", "when you close a trade in profit" (no trade of now).
    (
        "condition",
        r"(?<![a-z])(?:where|when|whenever|until|unless|before|after|if)\s(?:you|traders|one|people"
        r"|someone)\s(?:(?:can|should|must|need\sto|want\sto|have\sto)\s)?$",
    ),
    # Advice on exits in general: "Plan your exits before you enter", "manage your exits".
    ("advice", r"(?<![a-z])(?:plan|planning|manage|managing|know)\s(?:your|the|our|my)\s$"),
    # The market's participants as the sentence's subject after a conjunction ("ETF outflows as
    # investors exit positions"), a company or a public figure ("Grayscale cancelled its ETH ETF
    # application", "Trump cancelled the tariffs").
    (
        "news",
        r"(?<![a-z])(?:as|while|when|because|since|after)\s(?:[a-z]+\s)?(?:traders|investors|holders"
        r"|whales|bulls|bears|longs|shorts|funds|institutions|miners)\s(?:are\s|have\s)?$",
    ),
    # "Investors on Thursday had to "emergency" close positions" (a forex channel's news digest,
    # dev gath27-ninelfx-069; i13-gath27): the market's players made to close, a story.
    (
        "news",
        r"(?<![a-z])(?:traders|investors|holders|whales|bulls|bears|funds|institutions|banks)"
        r"(?:\s(?:on|this|last)\s[a-z]{3,9})?\s(?:had|have|were|are)\s(?:forced\s)?to\s"
        r"(?:[\"“][a-z]{3,12}[\"”]\s)?$",
    ),
    # "American investors decided to fix profits on Friday" (the same digest, dev
    # gath29-ninelfx-010; gath29): what the market's players chose to do, a story.
    (
        "news",
        r"(?<![a-z])(?:traders|investors|holders|whales|bulls|bears|funds|institutions|banks)"
        r"\s(?:decided|chose|started|began|rushed|preferred|continued|tried)\sto\s$",
    ),
    # (A company or a figure is the subject of a past or third-person verb only, as "others"
    # are: "TRUMP Закрываем 30%", "TRUMP close 50% now" have another subject, the channel, and
    # the name heading them is the coin: session 21, branch i13-wa22.)
    (
        "figure",
        r"(?<![a-z#$])(?:grayscale|blackrock|fidelity|vanguard|microstrategy|tesla|trump|biden|powell"
        r"|congress|court|judge|issuers?|the\setf|white\shouse|treasury)\s(?:has\s|have\s|just\s"
        r"|officially\s)?$",
    ),
    # An event, a decision or a project's plan as the subject ("The ETF decision got cancelled",
    # "the upgrade was cancelled", "the token unlock is cancelled"): news, no order of the
    # reader's (session 22, branch i13-wa23: read as a cancel of a coin "ETF").
    (
        "news",
        r"(?<![a-z])(?:decision|ruling|vote|approval|application|proposal|upgrade|hard\s?fork"
        r"|fork|halving|airdrop|unlock|burn|launch|mainnet|testnet|partnership|deal|merger|ipo"
        r"|conference|summit|keynote|speech|interview|announcement|meeting|hearing|event)s?\s"
        r"(?:(?:is|was|were|has\sbeen|have\sbeen|got|gets|been|now|officially|just)\s){0,2}$",
    ),
    # "Mass short closing on BTC", "Массовое закрытие шортов": the market's crowd (i13-wa22).
    ("market", r"(?<![a-zа-яё])(?:mass|massive|массов\w{2,3})\s(?:short\s|long\s)?$"),
    # The market's positions and orders as the subject: "Shorts closing across the market",
    # "Шорты закрываются", "Лонги закрывают позиции" (present only: "Shorts closed" may be the
    # channel's own), "Market makers cancelled their bids", "Big sell wall cancelled" (i13-wa22).
    (
        "crowd",
        r"(?<![a-zа-яё#$])(?:shorts|longs|шорты|лонги)\s(?:are\s|keep\s|start\s|started\s"
        r"|getting\s|массово\s|активно\s|тоже\s)?$",
    ),
    (
        "orders",
        r"(?<![a-z])(?:market\smakers?|mms|bids|asks|(?:sell|buy|bid|ask)\swalls?|walls?|spoof\w*)"
        r"(?:\s[a-z]+){0,2}\s(?:are\s|were\s|got\s|get\s|getting\s|have\s|has\s|just\s)?$",
    ),
    # "ниже 2.5 отменяет сценарий", "below 0.45 invalidates": a level's break cancels, later.
    (
        "condition",
        r"(?<![a-zа-яё])(?:ниже|выше|below|above|under|over)\s\$?[0-9][0-9.,]*\$?\s"
        r"(?:уровня\s|level\s)?$",
    ),
)

# Right after the word.
AFTER_ROWS: Final[tuple[tuple[str, str], ...]] = (
    ("market", r"\w*\s(?:(?:on\s)?" + _WEEKDAYS + r"\s(?:session|candle|close)|friday)(?![a-z])"),
    (
        "news",
        # ("Cancelled: today's live stream": the word heading it, a colon or dash after it.)
        r"\w*(?:\s|\s?[:–—-]\s?)(?:the\s|our\s|today['’]s\s|tomorrow['’]s\s)?(?:live\s?stream|live\ssession"
        r"|live\sq\s?&\s?a|q\s?&\s?a|space|twitter\sspace|x\sspace|webinar|zoom|call\swith)"
        r"(?![a-z])",
    ),
    # "Переносим стоп в бу, закрывать не спешим", "closing is not needed": the close negated
    # after the word (before it: parsers/updates.py's _NEGATED, followup_guard's _NEGATED_WORLD).
    (
        "negation",
        r"\w*\s(?:(?:пока|ещё|еще|мы|тоже)\s)?не\s(?:спеш|будем|буду|надо|нужно|стоит|тороп|планиру"
        r"|собира|рекоменд)",
    ),
    (
        "negation",
        r"\w*\s(?:is\s|are\s)?(?:not\s(?:needed|necessary|advised|recommended)|unnecessary)",
    ),
    # "Сделка в работе, закрывать рано" (too early to close).
    ("negation", r"\w*\s(?:(?:ещё|еще|пока|слишком)\s)?(?:рано|не\sвремя)(?![а-яё])"),
    # "I'm closing my laptop", "Close the chart and go outside": a thing, no position.
    (
        "thing",
        r"\w*\s(?:my\s|the\s|your\s|this\s|all\s)?(?:laptops?|computers?|pc|apps?|charts?|tabs?"
        r"|browsers?|terminals?|screens?|doors?|windows?|eyes|mouth|notebook|room|chat|comments"
        r"|live(?:\s?stream)?)(?![a-z])",
    ),
    # "decision to close the PRC Consulate General in Houston" (a forex channel's news digest,
    # dev gath27-ninelfx-018): a building, a border, a business closed, no position
    # (i13-gath27).
    (
        "thing",
        r"\w*\s(?:the\s|its\s|their\s|all\s)?(?:[a-z]{2,12}\s){0,2}(?:consulates?|embass(?:y|ies)"
        r"|borders?|schools?|factor(?:y|ies)|plants?|offices?|stores?|shops?|airports?|airspace"
        r"|restaurants?|businesses)(?![a-z])",
    ),
    # "close all at TP2", "close the rest at target 3": a plan for when the target is reached
    # (no_instruction_words.NOT_CLOSE_AFTER holds "close at TP2"; "closed all at TP2" is a report).
    (
        "plan",
        r"(?<!ed)\w*\s(?:all|everything|the\srest|remaining|the\sremaining|only)\s(?:at|on)\s"
        r"(?:the\s)?"
        r"(?:tp|target)\s?[0-9](?![0-9.,])",
    ),
    # "Wir schließen den Tag und wünschen eine Gute Nacht" (a German forex channel's evening
    # post, dev gath28-s2t-de-019), "we close the week with +2,000 pips": a day, a week or a
    # month ended, no position (not "close the day trade"; i13-gath28).
    (
        "period",
        r"\w*\s(?:den|die|diese[nrs]?|the|this|our|today['’]s)\s(?:(?:trading|handels)\s?)?"
        r"(?:tag|woche|monat|day|week|month|session)(?![a-zäöü'’]|\s?trad)",
    ),
    # "отменяет сценарий", "cancels the idea": a level's break that ends a plan, said of the plan.
    ("condition", r"\w*\s(?:сценари\w{0,2}|идею|the\s(?:idea|scenario|setup|thesis))(?![a-zа-яё])"),
)


_SUBJECTS: Final = ("others", "figure", "crowd", "orders")


def _joined(rows: tuple[tuple[str, str], ...], *names: str) -> re.Pattern[str]:
    return re.compile(
        "|".join(
            f"(?:{pattern})"
            for name, pattern in rows
            if (name in names if names else name not in _SUBJECTS)
        )
    )


_BEFORE: Final = _joined(BEFORE_ROWS)
# Another person's, or a company's or a public figure's, said in the past or the third person
# ("our members closed", "подписчик закрыл", "Grayscale cancelled"): "VIP members close ETH now"
# is the channel's address to its readers, an instruction, and "TRUMP Закрываем 30%" the
# channel's own close of the coin named first.
_OTHERS_BEFORE: Final = _joined(BEFORE_ROWS, "others", "figure")
_AFTER: Final = _joined(AFTER_ROWS)
# The market's crowd closing now ("Shorts closing", "Шорты закрываются"), the order book's
# orders cancelled then or now ("bids cancelled", "walls getting cancelled").
_CROWD_BEFORE: Final = _joined(BEFORE_ROWS, "crowd")
_ORDERS_BEFORE: Final = _joined(BEFORE_ROWS, "orders")
_PRESENT: Final = re.compile(
    r"(?:closing|cancell?ing|exiting|закрываются|закрывается|закрывают|фиксируют)(?![\wа-яё])"
)
CLAUSE_BEFORE: Final = 64
# The reader's own past close ("You closed too early", "Вы закрыли ETH слишком рано"): the
# channel tells them what they did, it asks nothing ("you close 50% now" stays an instruction).
_YOU_BEFORE: Final = re.compile(r"(?<![\wа-яё])(?:you|вы)\s(?:all\s|все\s|guys\s)?$")
_PAST: Final = re.compile(
    r"(?:closed|exited|cancell?ed|took|booked|secured|sold|закрыл\w{0,2}|отменил\w{0,2}"
    r"|зафиксировал\w{0,2}|фиксировал\w{0,2})(?![\wа-яё])"
)
_THIRD_PERSON: Final = re.compile(
    r"(?:closes|exits|cancels|books|secures|закрывает|закрывают|фиксирует|фиксируют)(?![\wа-яё])"
)


# A time gone by in the close's sentence, before its past verb: a story of then, no close now.
_PAST_TIME: Final = re.compile(
    r"(?<![a-zа-яё])(?:yesterday|last\s(?:week|month|night|year|time)|a\sweek\sago|days\sago"
    r"|вчера|позавчера|на\sпрошлой\sнеделе|в\sпрошлом\sмесяце|неделю\sназад)(?![a-zа-яё])"
)


def said_of_others(low: str, m: re.Match[str]) -> bool:
    """Whether the close or cancel word m of low is said of another person's trade, a past that
    did not happen or is gone, a market's close, an event or a plan's condition (a row above)."""
    if _AFTER.match(low, m.end()) is not None:
        return True
    head, cut = clause_head(low, m.start(), CLAUSE_BEFORE)
    if _BEFORE.search(head, cut) is not None:
        return True
    past = _PAST.match(low, m.start()) is not None
    if past and _PAST_TIME.search(low, sentence_start(low, m.start(), 160), m.start()) is not None:
        return True  # "Yesterday was a great day, we closed ETH and SOL in profit"
    present = _THIRD_PERSON.match(low, m.start()) is not None
    if _OTHERS_BEFORE.search(head, cut) is not None:
        return past or present
    if _CROWD_BEFORE.search(head, cut) is not None:
        return present or _PRESENT.match(low, m.start()) is not None
    if _ORDERS_BEFORE.search(head, cut) is not None:
        return past or present or _PRESENT.match(low, m.start()) is not None
    return past and _YOU_BEFORE.search(head, cut) is not None
