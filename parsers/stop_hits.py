"""Finding a stop hit's phrase in a follow-up (parsers/updates.py), without trying the phrase
tables at every position of a post that cannot hold one.

update_words.SL_HIT's alternatives open with their literal ("stop", "sl", "hit", "❌" ...), each
with its word start checked after it, so re skips straight to those letters - all but the ones
anchored at a line's start ("小损" after a coin), which would make re enter the whole pattern
at every position: they are looked for only in a post holding their words. SL_HIT_WORLD (the
stop hit in other scripts) only in a post that is not ASCII and holds one of its words.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.bare_reports import bare_stop
from parsers.lead_first import lead_first
from parsers.led_search import led_search
from parsers.quick_tests import led_alternatives, required_literals, written
from parsers.stop_lines import stop_lines
from parsers.update_words import SL_HIT
from parsers.update_words_world import SL_HIT_WORLD

_LED, _OTHERS = led_alternatives(SL_HIT.pattern)
# SL_HIT without the alternatives that open with no literal: the same first match in a post
# that holds none of their words.
_SL_HIT_LED: Final = re.compile(_LED)
_OTHERS_HEADS: Final = required_literals(_OTHERS) if _OTHERS else ()
_WORLD_HEADS: Final = required_literals(SL_HIT_WORLD.pattern)


# "SL at entry hit", "stop (BE) hit", "stop at breakeven got hit": the stop moved to the entry
# earlier is hit now, the trade over (never a move of the stop to the entry; i13-hits20).
_MOVED_STOP_HIT: Final = re.compile(
    r"(?<![a-z])(?:sl|stop(?:[\s-]?loss)?)\s?(?:\(\s?|at\s|@\s?|on\s)(?:the\s)?"
    r"(?:entry|be|breakeven|break[\s-]even|cost)\s?\)?\s(?:got\s|was\s|is\s|has\sbeen\s)?"
    r"(?:hit|triggered|reached|touched|taken)(?![a-z])"
    # "50% closed at TP1, the rest stopped at entry", "rest got stopped out at breakeven",
    # "#SOL stopped at entry": what was left ended at its stop, the trade over (session 22,
    # branch i13-wa23: read as the partial close told first, a wrong action). Not "the rest
    # gets stopped if ...", "stopped at 3000 support" (the price, a market's).
    r"|(?<![a-z])(?:(?:the\s)?(?:rest|remaining|remainder|other\shalf|second\shalf)"
    r"(?:\s(?:of\s(?:the\s|my\s|our\s)?position|part|portion))?\s(?:got\s|was\s|were\s|has\sbeen\s)?"
    r"stopped(?:\sout)?(?![a-z])"
    r"|stopped\s(?:out\s)?(?:at|on)\s(?:the\s)?(?:entry|be|breakeven|break[\s-]even|cost"
    r"|sl|stop[\s-]?loss)(?![a-z])"
    # "#ETH Stopped in profit, 50% closed at TP1", "position stopped out at 3100": the (trailed)
    # stop hit, the trade over (i13-fu24: read as the partial close told after it).
    r"|stopped\s(?:out\s)?(?:in|with)\s(?:a\s)?(?:profits?|loss)(?![a-z])"
    r"|(?:position|trade)\s(?:got\s|was\s|has\sbeen\s)?stopped(?:\sout)?\s(?:at|@)\s\$?[0-9]"
    # "Stopped by 2 pips and then flys 30 pips": the stop reached by that margin (gath29).
    r"|(?<![a-z])stopped(?:\sout)?\sby\s(?:[0-9]{1,3}|a\sfew|a\scouple\sof)\s?(?:pips?|points?|ticks?)(?![a-z]))"
)


# (Session 23, branch i13-upd24.) "#BTC Stop 🔴 hit", "SL ⛔️ hit", "SL: triggered": the stop word
# and its verb with a mark between them; "Stoploss triggred", "SL trigerred": the verb misspelt;
# "#BTC/USDT 💔 Stopped", "$SOL stopped ❌": a line of the tagged coin and "stopped" alone (not
# "BTC stopped rising", nor an untagged "Bot stopped").
_MARKED_STOP_HIT: Final = re.compile(
    r"(?<![a-z])(?:sl|stop(?:[\s-]?loss)?|stoploss)(?:\s?[^\w\s]{1,4}\s?|\s)(?:got\s|was\s|has\sbeen\s)?"
    r"(?:hit(?:ted)?|triggered|reached|taken|tri?gg?e?r+e?d)(?![a-z])"
    r"|(?:^|\n)[^\w\n]*[#$][a-z0-9]{2,15}(?:/usdt)?[^\w\n]{0,6}(?:got\s|was\s|has\sbeen\s)?"
    r"stopped(?=[^\w\n]*(?:\n|$))"
    # A stop sign and the stop word, nothing after it on the line or the loss on the next
    # ("#BTC ⛔ STOP", "🛑 SL / Loss: -15%"), as the Russian rows of update_words_world read
    # "❌ Стоп / -3.5%"; the stop word then a sign and the loss ("SL ⛔️ -12%", "SL 😢 -10%"), or
    # a no-entry sign ending the post ("Stop Loss 🚫"). Never a level: "🛑 SL: 0.45" holds one;
    # never a label, empty or with a percentage ("⛔️ SL:", "SL: -10%": a signal's stop).
    r"|(?<=[⛔🛑🚫🔴])\ufe0f?\s?(?:sl|stop(?:[\s-]?loss)?|stoploss)"
    r"(?=[^\w\n:=]*$|[^\w\n:=]*\n[^\w\n]*(?:loss(?![\w:]*\s?[0-9.,]+\s*$)|-\s?[0-9]{1,3}(?:[.,][0-9]{1,2})?\s?%))"
    r"|(?<![a-z])(?:sl|stop[\s-]?loss|stoploss)\s?[\u2600-\u27bf\U0001f000-\U0001faff]{1,2}\ufe0f?\s?[-−]\s?"
    r"[0-9]{1,3}(?:[.,][0-9]{1,2})?\s?%"
    r"|(?<![a-z])(?:sl|stop[\s-]?loss|stoploss)\s?🚫\ufe0f?(?=[^\w\n]*$)"
    # "SL on this one", "#ETH Stop loss on this trade": the whole reply, the stop said of the call
    # it answers, no level (a gold channel's; gath33). Not "SL on this one: 2500", a level.
    r"|^[^\w\n]*(?:[#$][a-z0-9]{2,15}(?:/usdt)?\s)?(?:sl|stop[\s-]?loss|stoploss)\son\sthis\s"
    r"(?:one|trade|signal)[^\w\n:]*$"
)


# (Session 24, branch i13-upd25: stop hits in ASCII English.) "#ETH stop loss -25% (cross 20x)",
# "ETH/USDT SL -5.2% 😔", "#ETH stopped -25%": the coin's line, the stop word or "stopped", then the loss signed (never a
# label: "SL: -5%" or a line with no coin is a signal's stop as a percentage); "#ETH touched SL",
# "#ETH went to SL": the price came to the stop, the line ending there; "#ETH got liquidated".
_LOSS_STOP_HIT: Final = re.compile(
    r"(?:^|\n)[^\w\n]*(?:[#$][a-z0-9]{2,15}(?:/usdt)?|[a-z0-9]{2,12}/usdt|[a-z0-9]{2,12}usdt)"
    r"[^\w\n]{0,6}(?:sl|stop[\s-]?loss|stoploss|stopped(?:\sout)?)\s?[-−]\s?[0-9]{1,3}"
    r"(?:[.,][0-9]{1,2})?\s?%"
    r"|(?<![a-z])(?:touched|tapped|went\sto|came\sto)\s(?:our\s|the\s|its\s)?"
    r"(?:sl|stop[\s-]?loss|stoploss)(?=[^\w\n]*(?:\n|$))"
    # "#ETH S/L hit", "S.L hit"; "#ETH stop loss filled"; "#ETH took SL", "took the stop".
    r"|(?<![a-z])s[/.]l\.?\s(?:got\s|was\s|has\sbeen\s)?(?:hit|triggered|reached|taken)(?![a-z])"
    r"|(?<![a-z])(?:stop[\s-]?loss|stoploss|sl)\s(?:order\s)?(?:got\s|was\s)?filled(?![a-z])"
    r"|(?<![a-z])took\s(?:the\s|our\s)?(?:sl|stop[\s-]?loss|stoploss|stop)(?![\w-])"
    # "#ETH hit 2900 (SL)", "Closed at 2900 (SL)": the price named the stop's; "#ETH exited at
    # SL" (read as a close: "closed at SL" is a stop hit, update_words.SL_HIT).
    r"|(?<![a-z])(?:hit|closed\sat|exited\sat|exit\sat|stopped\sat|reached)\s\$?[0-9][0-9.,]*\$?\s?"
    r"\((?:sl|stop[\s-]?loss|stoploss|stop)\)"
    # ("out at stop ✅", "Out of #ABC at stop": the same with "out"; i13-status32.)
    r"|(?<![a-z])(?:exit(?:ed)?|out(?:\sof\s[#$][a-z0-9]{2,15}(?:/usdt)?)?)\s(?:at|on|by)\s(?:the\s|our\s)?"
    r"(?:sl|stop[\s-]?loss|stoploss|stop)(?![\w-])"
    # "#ETH STOPLOSS" alone, "#ETH/USDT Long stopped", "#ETH/USDT Stop loss / Loss: -10%": the
    # tagged coin's line and the stop word alone, the loss on the next line at most.
    r"|(?:^|\n)[^\w\n]*[#$][a-z0-9]{2,15}(?:/usdt)?[^\w\n]{0,6}(?:(?:long|short)[^\S\n])?"
    r"(?:stop[^\S\n-]?loss|stoploss|stopped)[^\w\n]*"
    r"(?:$|\n[^\w\n]*loss\s?:?\s?-\s?[0-9]{1,3}(?:[.,][0-9]{1,2})?\s?%[^\w\n]*$)"
)
# Where _LOSS_STOP_HIT's matches can begin: where its rows that open with a literal (once their
# look-behinds follow it) match, and the post's start and line breaks for its rows that open at
# a line's start. Searched whole, those rows made re enter the pattern at every character of
# every post holding "sl" or "stop": about 100,000 instructions a follow-up of the bench set,
# measured at the session-24 merge.
_LOSS_STARTS: Final = (
    re.compile(led_alternatives(lead_first(_LOSS_STOP_HIT.pattern))[0]),
    re.compile(r"^|\n"),
)
# "This trade is out with a loss unfortunately.": the trade ended at a loss, i.e. at its stop
# (gath29; not "out with a profit", nor a plan: "if the trade is out with a loss ...").
_OUT_AT_LOSS: Final = re.compile(
    r"(?:^|\n)[^\w\n]*(?:this|the|our|my)\s(?:trade|position)\s(?:is|was|got)\s(?:closed\s)?out"
    r"\s(?:with|at|in)\sa\s(?:small\s)?loss(?![a-z])"
)
# "Trader update: (Automatically closed) / ... / Stop-loss was moved up to buy price: 1.2 USDT /
# Highest target reached: Target 2": a trade journal's card, closed by itself with its stop at
# the entry: the stop (moved to the entry) reached, never a move to do (i13-status33: read as a
# partial close and a move).
_AUTO_CLOSED: Final = re.compile(
    r"(?<![a-z])(?:automatically\sclosed|closed\sautomatically|auto[\s-]?closed)(?![a-z])"
)
_STOP_WAS_AT_ENTRY: Final = re.compile(
    r"(?<![a-z])(?:stop[\s-]?loss|stoploss|sl|stop)\s(?:was|has\sbeen|had\sbeen)\smoved\s(?:up\s|down\s)?"
    r"to\s(?:the\s)?(?:buy\sprice|entry(?:\sprice)?|break[\s-]?even|be|cost)(?![a-z])"
)
_LIQUIDATED: Final = re.compile(
    r"(?:^|\n)[^\w\n]*[#$][a-z0-9]{2,15}(?:/usdt)?[^\w\n]{0,6}(?:got|was|has\sbeen|is)\s"
    r"liquidated(?=[^\w\n]*(?:\n|$))"
)


def stop_hit(low: str) -> re.Match[str] | None:
    """The first stop-hit phrase of update_words.SL_HIT in low, else of SL_HIT_WORLD."""
    pattern = SL_HIT if written(low, _OTHERS_HEADS, 0, len(low)) else _SL_HIT_LED
    found = pattern.search(low)
    if found is None and ("sl" in low or "stop" in low or "s/l" in low or "s.l" in low):
        found = _MOVED_STOP_HIT.search(low) or _MARKED_STOP_HIT.search(low) or _loss_stop_hit(low)
    if found is None and "%" in low and ("sl" in low or "stop" in low):
        found = stop_lines(low)  # "#ABC/USDT / Stop 🛑 / -4.5%" (parsers/stop_lines.py)
    if found is None and "loss" in low:
        found = bare_stop(low)  # "Stoploss !" (parsers/bare_reports.py)
    if found is None and "liquidated" in low:
        found = _LIQUIDATED.search(low)
    if found is None and "auto" in low and "closed" in low:
        auto = _AUTO_CLOSED.search(low)
        if auto is not None and _STOP_WAS_AT_ENTRY.search(low) is not None:
            found = auto  # "(Automatically closed)" with "Stop-loss was moved up to buy price"
    if found is None and " out " in low and "loss" in low:
        found = _OUT_AT_LOSS.search(low)
    if found is not None or low.isascii():
        return found
    return SL_HIT_WORLD.search(low) if written(low, _WORLD_HEADS, 0, len(low)) else None


def _loss_stop_hit(low: str) -> re.Match[str] | None:
    """_LOSS_STOP_HIT.search(low), matched only where one of its rows can begin."""
    return led_search(_LOSS_STOP_HIT, _LOSS_STARTS, low)
