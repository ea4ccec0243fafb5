"""Forms of a follow-up that parsers/update_words.py's phrases lack, kept here because that table
is full: a close said with "fix" and its share ("Fix another 1/3", the English of channels that
think in Russian's "фиксировать"), "sell all" ("Sell all of #PIVX"), "take profit on SOL" (a
reply naming the coin, no level); all the targets of one coin ("All TLM long targets hit"); a
trade announced closed by a tick ("Trade Close ✅"); Indonesian "cutloss" said as done now. parsers/close_share.py and
parsers/updates.py read a post with them.
"""

from __future__ import annotations

import re
from typing import Final

from parsers import head_coins, symbols
from parsers.close_told import closed_line
from parsers.target_words import ALL_TARGETS, TARGET_WORD, TP_INDEX

# The channel out of the trade, told done (i13-status32; each was read as the target hit beside
# it, the close not done): "We are out at 0.56 ✅", "I'm out of #ABC ✅", "we are out, trade done",
# "Sold everything at target 2 ✅", "sold all", "Sold at 0.58 ✅" (not "I'm out for today", "we
# are out of the market for the weekend", "sold out", "sold 30%": a share, below).
OUT_TOLD: Final = (
    # (not "a clean break below 0.099 and I'm out": a condition, dev square-doge-squeeze-logic-001)
    r"|(?<!and\s)(?<!then\s)(?<!or\s)(?:we\sare|we['’]re|i\sam|i['’]m)\sout"
    r"(?:\sof\s(?:(?:this|the)\s(?:trade|position|one)|it|[#$][a-z0-9]{2,12}(?:/?usdt)?"
    r"|[a-z0-9]{2,12}/usdt))?"
    r"(?=(?:\s(?:at\s\$?[0-9][0-9.,]*\$?|with\s|now|here))?[^\w\n]*(?:[,.✅✔☑]|\n|$))"
    r"|sold(?=\s(?:all|everything|it\sall)(?:\s(?:of\s)?(?:it|(?:my|our|the)?\s?(?:[#$][a-z0-9]{2,12}"
    r"(?:/?usdt)?|[a-z0-9]{2,12}/usdt|bags?|position|coins?)))?"
    r"(?:\s(?:here|now|at\s\$?[0-9][0-9.,]*\$?|at\s(?:the\s)?(?:tp|target)\s?[0-9]?))?"
    # ("I sold all my $LINK and will wait for a better entry": the sale told, then what next.)
    r"(?:[^\w\n]*(?:[,.!✅✔☑]|\n|$)|(?<=[a-z0-9])\sand\s(?:will\s|i['’]ll\s|now\s)?[a-z]{3,12}\s(?:a|an|the|for|my|our|to)\s)"
    r"|\s(?:at|@)\s?\$?[0-9][0-9.,]*\$?[^\w\n]{0,3}[✅✔☑])"
    # ("I’m happily out of my EURUSD short position now with a quick +35,5 pips ✅✅", "I’m
    # closing the position now with a nice +12,4 pips ✅✅": the author's position, out now, its
    # result after it; i13-status33. "I’m also out of", "we're now all out of", "I'm just
    # closing": the adverbs that are no "-ly" word, two at most; i13-status34.)
    r"|(?<![^,]\sand\s)(?<!then\s)(?<!or\s)(?:we\sare|we['’]re|i\sam|i['’]m)"
    r"(?:\s(?:[a-z]{2,12}ly|already|now|also|just|all|too|as\swell)){0,2}\s(?:out\sof|closing|exiting|leaving)"
    r"\s(?:my|our|the|this)\s"
    r"(?:[#$]?[a-z0-9]{2,12}(?:/[a-z]{3,4})?\s)?(?:(?:long|short|sniper|swing|scalp|spot)\s){0,2}"
    r"(?:position|trade)(?=(?:\s(?:now|here))?(?:\swith\s(?:a\s)?(?:[a-z]{3,12}\s)?[+-]?\s?[0-9][0-9.,]*"
    r"\s?(?:pips?|%|points?))?[^\w\n]*(?:[,.!✅✔☑]|\n|$))"
    # ("Out of this trade with +13% ✅", "#ABC out ✅": the exit told, no subject.)
    r"|(?<![a-z])(?<![a-z]\s)out\sof\s(?:this|the)\s(?:trade|position)"
    r"(?=\s(?:with|at|now|here)\s|[^\w\n]*(?:[,.✅✔☑]|\n|$))"
    r"|(?<![a-z])(?<![a-z]\s)out(?=\s(?:at|@)\s?\$?[0-9][0-9.,]*\$?[^\w\n]{0,3}[✅✔☑])"
    # ("#ABC out ✅": the coin's tag, then "out" ticked; not "#ETH break out ✅", "sold out ✅")
    r"|(?<![^\s])[#$][a-z0-9]{2,15}(?:/usdt)?\sout(?=\s?[✅✔☑])"
)
# A close the phrase tables lack, each alternative opening with its literal:
# - "fix" with the share right after it ("fix 50%", "fix another 1/3", "fix half"): fixing a
#   share of the position is taking it (ru "зафиксировать 50%"); a "fix" of anything else
#   ("fix the chart") is no close.
# - "sell all", "sell everything" (not "sell all at 0.5": a plan at a price; a signal is read
#   before a follow-up, its levels never reach here).
# - "take profit on SOL", "take profits on #ETH now": the verb, the coin, nothing after it (a
#   field is "Take profit: 100").
CLOSE_MORE: Final = re.compile(
    r"(?<!\w)(?:fix(?:\s(?:another|more|the\snext|next))?(?=\s(?:[0-9]{1,3}(?:\.[0-9]{1,2})?\s?%"
    r"|[1-9]\s?/\s?[2-9](?![0-9])|half|a\sthird|a\squarter|part(?:ial)?)(?!\w))"
    r"|sell\s(?:all|everything)(?!\s(?:at|@|near|around|above|below|under|over|from)\s?\$?[0-9])"
    # ("GBPUSD take profit 50% of positions +70 and +50 pips": the share of the positions
    # right after, dev gath27-ninelfx-092; not "Take profit: 50%", a target; i13-gath27.)
    r"|take\sprofits?(?=\s[0-9]{1,3}(?:\.[0-9]{1,2})?\s?%\sof\s(?:the\s|your\s|our\s|all\s)?"
    r"(?:positions?|trades?|entries|holdings?|bags?)(?![a-z]))"
    # ("GBPAUD buy limit / Take profits with +160 pips", "✅ take profit +180 pips": the profit
    # taken with its result in pips, the line ending there; gath29. Not "Take profit: +180
    # pips", a field.)
    r"|take\sprofits?(?=\swith\s[+]\s?[0-9]{1,5}\s?pips?[^\w\n]*(?:\n|$))"
    r"|(?<=✅\s)take\sprofits?(?=\s[+]\s?[0-9]{1,5}\s?pips?[^\w\n]*$)"
    r"|take\sprofits?(?=\s(?:on|in|for)\s[#$]?[a-z0-9]{2,12}(?:\s?/\s?usdt)?"
    r"(?:\s(?:now|here|guys))?[^\w\n]*(?:\n|$)|\s(?:now|here)[^\w\n]*(?:\n|$))"
    # - "sell 50%", "sell half now", "sold 30% of the position": a share sold, the line ending
    #   there (not "sell 50% at 3100": a plan at a price).
    #   ("Sell 50% and hold 50%", "sold half, keep the rest": the part kept said after it.)
    r"|s(?:ell|old)(?=\s(?:[0-9]{1,3}(?:\.[0-9]{1,2})?\s?%|half)(?:\s(?:of\s)?(?:the\s|your\s|our\s)?"
    r"(?:position|bag|holdings?))?(?:\s(?:now|here))?(?:[^\w\n]*(?:\n|$)|,?\s(?:and\s)?(?:hold|keep)\s))"
    # - "Booked 50% at TP1, SL to entry", "booked half here": the channel's own partial close,
    #   its share right after (not "booked 50% profit": a gain; nor "booked 90% in total": a
    #   running sum, no share of what is left).
    r"|booked(?=\s(?:[0-9]{1,3}(?:\.[0-9]{1,2})?\s?%|half)(?!\w)(?![^\n,.;]{0,24}total))"
    # - "Booked the other 50%", "sold the rest", "booked remaining": what an earlier partial
    #   close left, closed (i13-status34).
    r"|(?:booked|sold)(?=\s(?:the\s)?(?:rest|remaining|remainder|other\s(?:half|[0-9]{1,3}\s?%))(?!\w))"
    # - "Trade completed ✅", "signal ended", "trade is over": the channel's trade done, all of
    #   it (i13-hits20; the verb after its noun, each alternative still opening with its word).
    r"|(?<=trade\s)(?:completed|finished|ended)|(?<=signal\s)(?:completed|finished|ended)"
    r"|(?<=trade\sis\s)over|(?<=signal\sis\s)over"
    # - "CLO kami cutloss dlu.", "Cutloss ya", "FARTCOIN cutloss. Reverse aja ke short" (id: cut
    #   the loss, now; not "Cutlossnya" (the stop), nor "cutloss kalau tembus 0.5" (a condition),
    #   nor a stop's label "Cut loss -> 510.49"; i13-gath26).
    r"|cut\s?loss(?=(?:\s(?:dlu|dulu|ya|aja|guys))*(?:[.,!]|\s?$))"
    r"(?![^.\n]{0,40}(?<!\w)(?:kalau|kalo|klo|jika|bila)(?!\w))"
    # - "Cover #BTCUSDT  at 43194.910 / Percent change from entry price is: -1.14%" (WolfX
    #   Signals' close of a short, dev gath27-wolfx-002): "cover" opening its line, a tagged coin
    #   right after it (not "short covering", "cover it again", "cover their losses"; i13-gath27).
    # - "✅ Final P&L: +12.5%" on a card edited when the trade ended (a Discord bot's "NEW SIGNAL"
    #   card: the entry, "SL: 0.0412 ✅ Moved to BE", the targets ticked): the trade's result,
    #   the whole of it closed (i13-status33: read as the stop's move).
    r"|(?<![a-z])final(?=\s(?:p\s?&\s?l|pnl|p/l)\s?[:=]?\s?[+\-−]?\s?[0-9][0-9.,]*\s?%)"
    r"|(?<![^\n])cover(?=\s{1,3}[#$][a-z][a-z0-9]{0,14}(?:/?usdt)?"
    r"(?:\s{1,3}(?:at|@)\s?\$?[0-9]|(?:\s(?:now|here))?[^\w\n]*(?:\n|$)))" + OUT_TOLD + r")(?!\w)"
)
# (Each of those holds one of these: a substring test skips the search.)
_CLOSE_MORE_STEMS: Final = (
    *("fix", "sell", "sold", "take profit", "booked", "completed", "finished", "ended"),
    *("is over", "cut", "cover", "out", "closing", "exiting", "leaving", "final"),
)
# "Take profit", "take profits!": the imperative alone is the whole post, a reply under a signal
# (the bot closes the trade it answers; posted as no reply, it names none and is refused). Not
# "Take profit ✅" or "🎯 Take profit" (a target reached, reported), nor a signal's field.
_TAKE_PROFIT_ALONE: Final = re.compile(r"\s*take\sprofits?[.!]{0,3}\s*")


# "Close TP1", "close tp2 now": close the part of that target (a copier's "Close only TP1"), its
# share unsaid: a partial close, never the whole position (not "close at TP1": a plan).
TARGET_PART: Final = re.compile(
    r"\s(?:the\s)?(?:tp|target)\s?[1-9](?![0-9.,])(?:\s(?:now|here))?[^\w\n]*(?:\n|$)"
)


_REACHED_MARK: Final = re.compile(r"[✅☑✔🎯🔥💰]")
_CLOSE_NOUN: Final = re.compile(r"(?<![a-z])(?:signal|trade|position)\s$")


def target_part(low: str, close: re.Match[str]) -> re.Match[str] | None:
    """The target whose part the close word closes ("close TP1"), or None."""
    if not close.group().startswith("clos") or close.group() == "closed":
        return None
    part = TARGET_PART.match(low, close.end())
    if part is not None and (
        _REACHED_MARK.search(part.group())
        or _CLOSE_NOUN.search(low, max(0, close.start() - 9), close.start())
    ):
        return None  # "🎯 Signal Close TP2 ✅": the report of the target reached (i13-fu24)
    return part


def told_out(close: re.Match[str]) -> bool:
    """Whether the close word is the channel's own exit told done ("we are out", "sold all"):
    a close, whatever target the post reports beside it ("booked" here is the rest booked:
    "booked the other 50%"; a share booked is read before, i13-status34)."""
    return close.re is CLOSE_MORE and (
        close.group() == "sold"
        or (close.group() == "booked" and _BOOKED_REST.match(close.string, close.end()) is not None)
        or "out" in close.group()
        or close.group().startswith(("i", "we"))
    )


# "booked the rest", "booked the other 50%" (not "Profit booked 25%": a gain, or a share).
_BOOKED_REST: Final = re.compile(r"\s(?:the\s)?(?:rest|remaining|remainder|other\s)")


def close_more(low: str) -> list[re.Match[str]]:
    """Every close of CLOSE_MORE in low (ASCII and not: the words are English)."""
    if not any(s in low for s in _CLOSE_MORE_STEMS):
        return []
    alone = _TAKE_PROFIT_ALONE.fullmatch(low) if len(low) < 20 else None
    return [alone] if alone is not None else list(CLOSE_MORE.finditer(low))


# "Signal Closed", "trade closed", "Trade Close ✅": the channel closed it, whatever the targets
# did (the present "close" only with a tick after it: "trade close to the entry" is a place).
# ("All entry targets achieved" below: the entries filled, no target.) "#ETH fully closed ✅",
# "closed completely": all of it closed, said with the adverb (i13-hits20; "partially closed"
# is a share, close_share.py's).
_CLOSED: Final = re.compile(
    r"(?:signal|trade|position|long|short)\s(?:is\s|was\s)?(?:closed|close(?=[^\w\n]{0,3}[✅✔☑]))"
    # ("Tred Close ✅ (FHEUSDT Perp)": the post's heading, its noun misspelt; dev
    # square-fhe-trade-close-001, i13-fu24.)
    r"|^[^\w\n]*[a-z]{3,8}\sclose(?=[^\w\n]{0,3}[✅✔☑])"
    r"|(?<![a-z])(?:fully|completely|entirely)\sclosed(?![a-z])"
    r"|(?<![a-z])closed\s(?:fully|completely|entirely)(?![a-z])"
    # "#SOL: Trade Completed ✅", "trade is over", "signal ended": the trade done, all of it.
    r"|(?:signal|trade|position)\s(?:is\s|has\sbeen\s|was\s)?(?:completed|finished|over|ended)(?![a-z])"
    r"|(?<![a-z])final\s(?:p\s?&\s?l|pnl|p/l)\s?[:=]?\s?[+\-−]?\s?[0-9][0-9.,]*\s?%"  # (above)
    r"|交易结束"  # ("快進快出｜交易結束 — 移動停利出場": the trade ended; i13-gath25)
    # "#SOL closed ✅", "$SOL/USDT - closed 🔒": a line of the coin and its close alone.
    r"|(?:^|\n)[^\w\n]*[#$](?=[a-z0-9]{0,14}[a-z])[a-z0-9]{1,15}(?:/usdt)?[^\w\n]{0,4}(?:is\s|has\sbeen\s)?closed(?:\snow)?"
    # ("#ETH Closed ✅ 35% 🚀": the result after its mark ends the line; i13-fu24.)
    r"(?=[^\w\n]*(?:(?<=[^\x00-\u25ff])\s?\+?[0-9]{1,4}(?:[.,][0-9]{1,2})?\s?%[^\w\n]*)?(?:\n|$))"
    # (i13-upd24) "#ETH/USDT Close ✅": the coin and its close ticked, as "Trade Close ✅"; "Closed
    # after reaching TP2 🎯", "Trade closed out after TP2 ✅": what was left closed after a target
    # (the target's emoji read it as a target hit: the close not done).
    r"|(?:^|\n)[^\w\n]*[#$][a-z0-9]{2,15}(?:/usdt)?[^\w\n]{0,4}close(?=[^\w\n]{0,3}[✅✔☑][^\w\n]*(?:\n|$))"
    r"|(?<![a-z])closed(?:\sout)?,?\s(?:after|once)\s(?:reaching\s|hitting\s|touching\s)?(?:the\s)?"
    r"(?:tp|target|take[\s-]?profit)"
    # "TP1: 3100 ✅ / Profit: 35% / Closed ✅": a line of the close alone under the card re-stated
    # (i13-fu24: read as the target hit, or a share of the line above).
    r"|\n[^\w\n]*(?:trade\s|signal\s|position\s)?(?:closed|exit(?:ed)?)(?:\s(?:manually|fully))?"
    r"[^\w\n]*(?:\n|$)"
    # "CLOSED #ETH ✅", "✅ Closed $ETH/USDT": the close, then the coin, alone on their line.
    r"|(?:^|\n)[^\w\n]*closed\s[#$](?=[a-z0-9]{0,14}[a-z])[a-z0-9]{1,15}(?:/usdt)?[^\w\n]*(?:\n|$)"
    # (i13-ru21) "Сделка закрыта ✅", "позиция закрыта полностью", "угода закрита" (uk); "#SOL закрыта ✅", "#SOL - закрыл": the coin and its close alone.
    r"|(?:сделк[аи]|позици[яи]|угод[аи]|позиці[яї])\s(?:полностью\s|повністю\s)?"
    r"(?:закрыт[аоы]?|закрит[аоі]?)(?!\w)"
    r"|(?:^|\n)[^\w\n]*[#$][a-z0-9]{2,15}(?:/usdt)?[^\w\n]{0,4}(?:закрыт[аоы]?|закрыл[аи]?|закрит[аоі]?)"
    r"(?=[^\w\n]*(?:\n|$))"
)
# "#SOL closed in profit ✅", "closed with a loss": the close, with how it ended (with a target
# named, "Closed with profit, TP2 hit ✅", the post reports the target).
_CLOSED_WITH: Final = re.compile(
    r"closed\s(?:in|with|at|on)\s(?:a\s|the\s)?(?:profits?|gains?|loss(?:es)?|plus|minus)(?!\w)"
    # "Closed with 35% profit ✅", "closed 45% profit": the result said as a percent first.
    r"|closed\s(?:(?:in|with|at|on)\s)?(?:a\s)?\+?[0-9]{1,4}(?:[.,][0-9]{1,2})?\s?%\s"
    r"(?:(?:in|of)\s)?(?:profits?|gains?|loss(?:es)?)(?!\w)"
    # "✅ Закрыто с прибылью", "закрыта в минус" (a trade journal bot's statuses, in Russian).
    r"|закр[ыи]т\w{0,2}\s(?:с\sприбыл\w{1,3}|с\sубытк\w{1,3}|в\s(?:плюс|минус|прибыл|убыт)\w{0,3})(?!\w)"
)


def closed(low: str) -> bool:
    """The post says the trade was closed (by the channel), whatever the targets did."""
    if _CLOSED.search(low) is not None:
        return True
    if closed_line(low):  # "#LINK/USDT Closed at 14.5 ✅", "Closed at entry" under a card
        return True
    if _CLOSED_WITH.search(low) is None:
        return False
    return TARGET_WORD.search(low) is None and TP_INDEX.search(low) is None


# "All TLM long targets hit", "all $SOL targets done ✅", "all long targets reached": the coin or
# the side between "all" and the targets.
_ALL_COIN_TARGETS: Final = re.compile(
    r"(?<!\w)all\s(?!entry\s|entries\s)(?:[#$]?(?P<coin>[a-z0-9]{2,12})(?:/usdt)?\s)?"
    r"(?:(?:long|short)\s)?(?:targets|tps)(?!\w)"
)


def all_targets(low: str) -> re.Match[str] | None:
    """Where the post says all the targets (target_words.ALL_TARGETS, or with a coin or a side
    between), or None."""
    return ALL_TARGETS.search(low) or (_ALL_COIN_TARGETS.search(low) if "all " in low else None)


def coin_of_all_targets(low: str) -> str | None:
    """The coin named between "all" and its targets ("All tlm long targets hit"), or None."""
    m = _ALL_COIN_TARGETS.search(low) if "all " in low else None
    if m is None or m.group("coin") is None or not head_coins.may_be_coin(m.group("coin")):
        return None
    return symbols.make_symbol(m.group("coin"))
