"""A close at a named price that is still to come (session 23, the lead's ruling; branch
i13-fu24): "#ETH close at 3300", "close it at 0.52", "Close #BTC long at 65400 for profit",
"Close 50% at 150", "#ETH закрою на 3300". The channel names the price its position is to be
closed at; the bot can only close now, at the market, which is not what was posted (the same as
the session-18 conditional close): needs_review, no action (parsers/updates.py returns none).

So is a close at a target, or a time, to come ("Close 50% at TP2", "close in 2 hours"), or
around a price ("exit around 3300": an approximate price is no report).

A report that the channel closed at a price stays a close (the follower closes now): the verb
told as done ("Closed at 205", "closing at 3100", "закрыл по 3300", "закрываю по 3300"), or a
mark or word of the post saying it is done or now ("FULLY EXIT AT 205 ✅", "CARBOR 80% EXIT AT
970🔥🔥", "EXIT AT 123 BUY COST" (at the entry's price), "Exit ... at 42 now", "close at
market", "HIT TARGET FULLY EXIT AT 205"): dev en21-swing-027, -031, -032, -045, -046, -047, -071.
"""

from __future__ import annotations

import re
from typing import Final

# The close asked at low[at] (an order: "close", "exit", "sell", "cover", "book", "take profit"; not
# "closed", "closing", "exited"), what it closes (a coin, "it", the side, a share), then "at" a
# price.
_ORDER_AT: Final = re.compile(
    # ("fix": "Fix another 1/3 at 2-2.3 price range", dev pnd-tg-1227773378-003, the session-25
    # ruling (d))
    r"(?:close|exit|sell|cover|secure|fix|book(?:\sprofits?)?|take\s(?:profits?|out))(?![a-z])"
    r"(?:\s(?:[#$]?[a-z0-9]{1,20}(?:/[a-z]{3,5})?|[0-9]{1,3}(?:\.[0-9]{1,2})?\s?%|[0-9]/[0-9]"
    r"|[^\w\s]{1,3})){0,4}?"
    # ("on" a price: "Close on 3300 #ETH", "#ETH close on 3300": session 24, the lead; each was
    # a close now)
    r"\s(?:at|@|around|near|on)\s?\$?[0-9]"
    # Russian: the future of the perfective, said of oneself ("закрою на 3300", "зафиксируем
    # половину по 3300", "выйду по 3300"): a plan (the present "закрываю по 3300" is now).
    r"|(?:закро(?:ю|ем)|зафиксиру(?:ю|ем)|выйд(?:у|ем)|прода(?:м|дим)|скин(?:у|ем)"
    # ... and the order at a price, in the infinitive or the imperative ("Закрыть по 0.6",
    # "закрывайте у 0.6", "фиксируйте на 0.6"), Ukrainian too ("закрийте на 0.6", "закрию на
    # 0.6", "зафіксуємо по 0.6"): "close at 0.6" (i13-ru31; the present "закрываю по 3300"
    # stays a report)
    r"|закры(?:ть|вать)|закро(?:й|йте)|закрывайте|(?:за)?фиксир(?:овать|уйте)|выйти|выходите"
    r"|закри(?:ти|йте|ю|ємо)|закривайте|(?:за)?фіксу(?:вати|йте)|зафіксу(?:ю|ємо)|вийти|виходьте|вийд(?:у|емо))"
    r"(?![а-яёії])(?:\s[^\s\n]{1,16}){0,4}?\s(?:на|по|от|около|у|в\sрайоне)\s\$?[0-9]"
)
# Words and marks saying the close is done or is now: no price to come. ("the market" as a place
# is none: "Close this trade on entry price. ... Let's get inside the market tomorrow", a gold
# channel's, was a close now; i13-gath34.)
_DONE_OR_NOW: Final = re.compile(
    r"(?<![a-z])(?:now|here|cmp|(?<!in\sthe\s)(?<!inside\sthe\s)(?<!into\sthe\s)(?<!of\sthe\s)market"
    r"|current(?:ly)?|immediately|asap|done|hit|reached"
    r"|achieved|booked|closed|exited|sold|executed|filled|cost|entry|breakeven|be|in\sprofit)"
    r"(?![a-z])"
    r"|(?<![а-яё])(?:сейчас|по\sрынку|по\sтекущ\w{0,3}|рынк\w{0,2})(?![а-яё])"
    r"|[✅☑✔]"
)
# The words saying the close is now, wherever they stand ("Market exit: close #ETH at 3300").
_NOW: Final = re.compile(
    r"(?<![a-z])(?:now|cmp|market|current(?:ly)?|immediately|asap)(?![a-z])"
    r"|(?<![а-яё])(?:сейчас|по\sрынку|по\sтекущ\w{0,3}|рынк\w{0,2})(?![а-яё])"
)
# The close's purpose after its level: "for break even", "for a breakeven trade".
_FOR_EVEN: Final = re.compile(r"(?<![a-z])for\s(?:a\s)?(?:break[\s-]?even|breakeven|be)(?![a-z])")
_PRICE: Final = re.compile(r"[0-9][0-9.,]*[0-9]|[0-9]")
# The entry's price named as a level after the close, in a sentence of its own ("Secure your
# Profits. You can cliose to entry Price": the close asked is at the entry, when the price comes
# back; a gold channel's, i13-gath32, read as a close now).
_ENTRY_LEVEL: Final = re.compile(
    r"(?<![a-z])(?:at|@|on|to)\s(?:the\s|my\s|our\s)?(?P<entry>entry|entey)\s(?:price|level)(?![a-z])"
)
_INDEX_BEFORE: Final = re.compile(r"(?:tp|target|цель|тейк)\s?#?$")
# A mark after the price saying it was reached ("EXIT AT 970🔥🔥", "at 205 💰"), on the order's
# line; before it, or on a line of its own ("... Fix another 1/3 at 2-2.3 price range\n\n🔥🔥🔥":
# a chatter line under the post, i13-gath29w), such an emoji is the post's decoration ("🔥 #ETH
# close at 3300").
_DONE_AFTER: Final = re.compile(r"[🔥💰🤑💵💸🎉🥳👏🏆✨🎯]")
# Said of a target or a time to come, with the order's verb: "Close 50% at TP2", "close in 2
# hours", "exit around 3300" (an approximate price is never a report): no mark or word of the
# post makes these done. ("Reminder: close #ETH before the weekend" stays a close, as branch
# i13-wa21 read it: close now, before the weekend.)
_TO_COME: Final = re.compile(
    r"(?:close|exit|sell|cover|secure|book(?:\sprofits?)?|take(?:\s(?:profits?|out|partials?|some))?)"
    r"(?![a-z])"
    r"(?:\s(?:[#$]?[a-z0-9]{1,20}(?:/[a-z]{3,5})?|[0-9]{1,3}(?:\.[0-9]{1,2})?\s?%|[^\w\s]{1,3})){0,4}?"
    r"\s(?:(?:at|@|on)\s(?:the\s)?(?:tp|target)\s?[0-9]"
    r"|(?:around|near)\s\$?[0-9]"
    r"|in\s[0-9]{1,3}\s?(?:m|mins?|minutes?|h|hrs?|hours?|days?)(?![a-z])"
    # "Close #ABC at entry price", "exit at the entry level" (the session-25 ruling (d)): the
    # entry's price, named by word, still to come unless the post says it is done or now. ("EXIT
    # AT 123 BUY COST", "EXIT AT BUY COST..NOT MOVEMENT": reports, session 23.)
    # ("entey": the gold channel's own spelling, "close this trade on entey price"; i13-gath32)
    r"|(?:at|@|on)\s(?:the\s|my\s|our\s)?(?P<entry>entry|entey)(?:\s(?:price|level|point|zone))?(?![a-z])"
    # "CLOSE ALL YOUR TRADES ON BREAK EVEN", "CLOSE YOUR TRADES TO Break even!" (a gold channel
    # under its call, dev gath31-truenorth: each was a close now; i13-gath31): the entry's
    # price by its other name. ("Closed at break even", "CLOSE THIS TRADE. WE HIT BREAK EVEN."
    # stay closes: told as done, or another sentence's.)
    r"|(?:at|@|on|to)\s(?:the\s)?(?P<even>break[\s-]?even|breakeven|be)(?![a-z])"
    # "Close #ETH after TP2", "close on touch of 3300", "close on the retest of 3300" (session
    # 24, i13-wrong25: each was a close now).
    r"|(?:after|once|when|if)\s(?:the\s)?(?:tp|target)\s?[0-9]"
    r"|on\s(?:a\s|the\s)?(?:touch|retest|test|tag)\s(?:of\s)?\$?[0-9]"
    # "Close #ETH between 3300 and 3350", "Close #ETH below 3000", "on any pump", "on the next
    # green candle", "into strength", "at resistance", "on the way up" (each was a close now).
    r"|between\s\$?[0-9]|(?:below|above|under|over)\s\$?[0-9]"
    r"|(?:on|into)\s(?:any\s|the\snext\s|a\s|the\s)?(?:pump|spike|bounce|rally|wick|green\scandle"
    r"|red\scandle|weakness|strength|the\sway\s(?:up|down))(?![a-z])"
    r"|at\s(?:the\s)?(?:resistance|support|the\stop|highs?|lows?)(?![a-z]))"
    # A time to come, with any form of the verb: "Closing #ETH soon", "close #ETH in the green,
    # whenever", "exit later".
    r"|(?:clos(?:e|ing)|exit(?:ing)?|tak(?:e|ing)|secur(?:e|ing)|book(?:ing)?)(?![a-z])"
    r"(?:\s(?:[#$]?[a-z0-9]{1,20}(?:/[a-z]{3,5})?"
    r"|[0-9]{1,3}(?:\.[0-9]{1,2})?\s?%|in\sthe\s(?:green|red)|[^\w\s]{1,3})){0,4}?[,\s]\s?"
    r"(?:soon|later|tomorrow|whenever|eventually|next\sweek|(?P<there>there))(?![a-z])"
)


def close_to_come(low: str, at: int) -> bool:
    """Whether the close word at low[at] asks to close at a price still to come, with nothing in
    the post saying it is done or now."""
    if (come := _TO_COME.match(low, at)) is not None:
        # ("close there": at a level the post names, unless the post says it is done or now)
        level = (
            "entry" if come.group("entry") is not None else "even" if come.group("even") else None
        )
        if level is not None:  # ("entry", "breakeven" are themselves words of _DONE_OR_NOW)
            rest = low[: come.start(level)] + low[come.end(level) :]
            # ("... ON ENTRY PRICE FOR BREAKEVEN": why, not that it is done)
            return _DONE_OR_NOW.search(_FOR_EVEN.sub(" ", rest)) is None
        return come.group("there") is None or _DONE_OR_NOW.search(low) is None
    if (named := _ENTRY_LEVEL.search(low, at)) is not None:
        rest = low[: named.start("entry")] + low[named.end("entry") :]
        if _DONE_OR_NOW.search(_FOR_EVEN.sub(" ", rest)) is None:
            return True
    order = _ORDER_AT.match(low, at)
    if order is None:
        return False
    line_end = low.find("\n", order.end())
    after = low[order.end() :] if line_end < 0 else low[order.end() : line_end]
    if _DONE_AFTER.search(after) is not None or _NOW.search(low) is not None:
        return False
    if _DONE_OR_NOW.search(low, order.start()) is not None:
        return False
    # "#ETH TP1 ✅ exit fully at 3300", "TP1 hit, exit fully at 3500": the mark before the order
    # is the target's; the exit's price is a report only when the post wrote it before as the
    # price reached ("HIT TARGET 🎯 247.50 ... EXIT FULLY AT 247.50"), else a price to come
    # (i13-forms30: read as a close now).
    if _DONE_OR_NOW.search(low, 0, order.start()) is None:
        return True
    price = _PRICE.match(low, order.end() - 1)
    if price is None:
        return True
    said = re.compile(r"(?<![\w.,])" + re.escape(price.group()) + r"(?![\w]|[.,][0-9])")
    # (not a target's index: "Target 1 done ✅ Close all at 1")
    return not any(
        not _INDEX_BEFORE.search(low, 0, m.start()) for m in said.finditer(low, 0, order.start())
    )
