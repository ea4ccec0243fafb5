"""Doubts about a whole reading that no field's own rule sees: the post is no new call as read.

Each is a row a reader of a new channel would need, checked on the finished signal (its fields
and the lower-cased post) and turned into a review reason, never a guess:

- a modification of an earlier call ("UPDATE: new entry 145.5", "Entry changed to 0.53", "SL
  updated to 0.49"): the levels replace another signal's, they open no new position;
- a count of targets reached ("#ETH 2 цели из 4 ✅", "3 of 5 targets done"): a report, whose
  two numbers are no entry and target;
- a number in a note beside a target read as one more target ("TP2: 155 (near 156)");
- the market's coin read as the symbol where another coin stands at the side word ("BTC
  breakout → ADA LONG": the call is ADA's);
- a post that says its pair is quoted in BTC ("(BTC pair)") with levels read as dollar prices;
- a support (or resistance) level and no entry, read as a market entry ("Support: 145.2");
- an entry with neither a target nor a stop ("$TON SHORT / Entry 3.4116"): half a call, whose
  exits would be the user's defaults (the session-21 ruling, after Cornix's posting rules).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from parsers.added_entry import added_entry
from parsers.article_coin import coin_after_article
from parsers.call_doubts_more import more_call_doubts
from parsers.call_framing import framing_doubt
from parsers.call_later import later_doubt
from parsers.call_lines import call_line_doubt
from parsers.candle_entry import candle_entry
from parsers.caps_coin import caps_coin_doubt
from parsers.card_outcome import outcome_line
from parsers.card_reports import card_report, struck_then_price
from parsers.entry_kinds import mixed_entry_kinds
from parsers.entry_lost import entry_price_lost
from parsers.followup_heads import followup_head
from parsers.fx_markets import fx_market
from parsers.gate_words import gate, holds
from parsers.glued_quote import glued_btc, glued_leverage
from parsers.held_level import held_level
from parsers.lead_first import lead_first
from parsers.models import ParsedSignal
from parsers.numbered_targets import numbered_two_prices
from parsers.quick_tests import BLANKS, digit_after, first_line, required_literals
from parsers.risk_level import risk_level, stop_in_words
from parsers.side_coin import coin_at_side
from parsers.side_unsaid import side_doubts
from parsers.spans import Span
from parsers.tag_list import coin_from_tag_list
from parsers.target_brackets import bracketed_target_number
from parsers.target_gain import target_gain
from parsers.target_horizon import horizon_target
from parsers.target_placeholder import target_to_come
from parsers.target_stray import stray_target
from parsers.unpriced_condition import unpriced_condition as unpriced

_FIELD = (
    r"(?:entry|entries|entry\szone|buy\szone|stop(?:[\s-]?loss)?|sl|targets?|tps?|take[\s-]?profits?"
    r"|levels)"  # ("New levels:", "Updated levels ☝️": a re-post with new levels, session 23)
)
_CHANGED: Final = re.compile(
    lead_first(
        r"(?<![\w-])(?:(?:new|updated?|revised|changed?|corrected|adjusted|modified|fixed)\s(?:the\s)?"
        + _FIELD
        + r"|"
        + _FIELD
        + r"\s(?:is\s|has\sbeen\s)?(?:changed|updated|revised|corrected|adjusted|modified)"
        r"|(?:change|adjust|lower|raise)\s(?:your\s|the\s)?(?:entry|stop|sl)\s(?:to|at)"
        # ("correction" alone is the market's: "a correction to 0.45")
        r"|correction\s?:|correct(?:ed|ion)\s(?:signal|call|post)|correction\s(?:to|of|on)\s(?:the|my|our"
        r"|this|previous|last)\s(?:signal|call|post)|typo|mistake|edit(?:ed)?\s?:"
        # "Last signal correction", "Correct levels:", "Amended signal", "This replaces the
        # previous LINK signal" (session 22)
        r"|(?:signal|call|post|trade)\scorrection|correct(?:ed)?\slevels?|amended"
        r"|replac(?:es|ing)\s(?:the\s|my\s|our\s)?(?:previous|last|earlier|old)"
        r"|\((?:was|previously|instead\sof|not)\s\$?[0-9]"
        # "Sorry, entry is 3.4": a correction of the call just posted (session 23)
        r"|sorry\s?[,.!-]?\s(?:the\s|correct\s)?(?:entry|stop|sl|tp|targets?|coin|pair)"
        r"|(?:изменен\w*|обновлен\w*|новый|новая)\s(?:вход|точк\w\sвхода|стоп\w*|сл)"
        r"|(?:вход|стоп\w*)\s(?:изменен\w*|обновлен\w*)|исправлени\w*|поправк\w*|опечатк\w*"
        # "Корректировка: вход 3.4", "Новые уровни ☝️" (session 23)
        r"|корректировк\w*|новые\sуровни|уровни\sобновлен\w*)(?![\w-])"
    )
)
_CHANGED_HEADS: Final = (
    *("new", "updat", "revis", "chang", "correct", "adjust", "modif", "fixed", "typo", "mistake"),
    *("edit", "lower", "raise", "(was", "(previously", "(instead", "(not", "amend", "replac"),
    "sorry",
    *("измен", "обновл", "нов", "исправ", "поправ", "опечат", "коррект"),
)
# The post's words asked before a search, found in its one pass (parsers/gate_words.py).
_CHANGED_GATE: Final = gate(_CHANGED_HEADS)
# (Every count holds "of", "из" or "/" before its digit, a blank between or none: "/" alone is
# in every "BTC/USDT".)
_COUNT_GATE: Final = gate(digit_after(("of", "из", "/")))
_NOTE_GATE: Final = gate(("(",))
_PROFIT_GATE: Final = gate(("profit",))
_BTC_GATE: Final = gate(("btc",))
_QUOTED_GATE: Final = gate(("pair", "market", "quote"))  # (each match of _BTC_PAIR holds one)
_RULE_GATE: Final = gate(("only", "condition"))
# (The first digit leads, its look-behind after it: a pattern that opens with a character set
# is scanned for that set at C speed, one that opens with a look-behind is tried at every
# character, a quarter of call_doubts' time. "(?<![\w.,].)" after the digit is the
# "(?<![\w.,])" before it.)
_COUNT: Final = re.compile(
    r"[0-9](?<![\w.,].)(?:[0-9]?[^\S\n]?(?:цел[иьея]?|тейк\w*|тп|targets?|tps?|take[\s-]?profits?)"
    r"[^\S\n]?(?:из|of|out\sof|/)[^\S\n]?[0-9]{1,2}(?![\w.,])"
    r"|[0-9]?[^\S\n]?(?:/|из|of|out\sof)[^\S\n]?[0-9]{1,2}[^\S\n](?:цел\w*|тейк\w*|targets?|tps?))"
)
# (Or a word that makes the number another level than the target's: "(max 175)", "(next 170?)",
# "(then 170 by Q3)"; or a bare price: "TP3 160 (165)".)
_NOTE_NUMBER: Final = re.compile(
    r"\((?P<word>(?:near|around|approx\.?|approximately|about|close\sto|nearly|~|≈|около|возле"
    r"|max|maximum|next|then|later|or|ext(?:ended)?|stretch|final|ultimate|moon)\s?)?\$?"
    r"(?P<num>[0-9][0-9.,]*)(?:\)|\??\s[^()\n]{0,24}\)|\?\))"
)
_BTC_PAIR: Final = re.compile(
    lead_first(
        r"\(\s?(?:btc|₿)\s?(?:pair|market|quote)\s?\)|(?<![\w/])btc\s(?:pair|market|quoted)"
        r"|(?:pair|quote|market)\s?[:=-]\s?(?:btc|₿)(?![\w/])|quoted\sin\sbtc"
    )
)
_SUPPORT: Final = re.compile(
    r"(?:^|\n)[^\w\n]*(?:(?:key\s|major\s|strong\s)?(?:supports?|resistances?|demand|supply)"
    r"(?:\s(?:zone|level|area))?|поддержк\w|сопротивлени\w)[^\S\n]*[:=-][^\S\n]*\$?[0-9]"
)
# A line of its own setting the entry's condition: "Entry condition: wait for breakout", "Note:
# entry only on breakout", "Enter only after a 4H close above 0.52".
_ENTRY_RULE: Final = re.compile(
    lead_first(
        r"(?<!\w)(?:entry\scondition|(?:entry|enter|entries|buy|long|short|sell)\s(?:is\s)?only\s"
        r"(?:on|after|if|once|above|below|upon))(?!\w)"
    )
)
# A gain reported on the post's first line, or "in profit" anywhere: a report on a call ("#LINK/BTC
# +12% profit", "$LINK (BTC) Profit: 8.5% 📈", "LINK/BTC: In profit ✅"), its levels quoted.
_GAIN_HEAD: Final = re.compile(
    r"\+\s?[0-9][0-9.,]*\s?%|(?:profit|gain|pnl|roi)\s?[:=]?\s?\+?[0-9][0-9.,]*\s?%"
    r"|[0-9][0-9.,]*\s?%\s(?:profit|gain)|(?:long|short|trade|position)\s(?:is\s)?up\s[0-9.,]+\s?%"
)
_IN_PROFIT: Final = re.compile(
    lead_first(
        r"(?<!\w)(?<!when\s)(?<!once\s)(?<!if\s)(?:in\sprofit|profit\s(?:booked|secured|locked))(?!\w)"
    )
)
# Where to enter said with no price, which is no market entry: "Buy on dips", "Buy in parts",
# "Long on the retest", "Accumulate on support" (only "now", "market", "CMP" is).
# (The coin may stand between: "Buy #LINK on dips", "Long SOL in the zone". A market word with a
# limit beside it is no market entry either: "Entry: market or lower", "CMP & DCA lower".)
_NOT_NOW: Final = re.compile(
    lead_first(
        r"(?<!\w)(?:(?:market|cmp|current\sprice)\s?(?:or|&|and|\+|/)\s?(?:lower|higher|below"
        r"|above|dca|dips?|better|limit)(?!\w)|(?:buy|long|short|sell|enter|entry|accumulate)\s"
        r"(?:[#$]?[a-z0-9]{2,12}\s)?(?:on|in|at|near|the|into)\s(?:the\s|a\s)?"
        r"(?:dips?|pullbacks?|parts|support|resistance|retests?|corrections?|demand|supply|lower"
        r"|higher|bounce|rejection|zone)(?!\w)|(?:buy|long|short|sell|enter|entry)\s(?:[#$]?[a-z0-9]"
        # "Long on confirmation", "BUY after the breakout" (CONVENTIONS.md: a condition, no price)
        r"{2,12}\s)?(?:on|after|upon)\s(?:the\s|a\s)?(?:confirmation|breakout|breakdown)(?!\w)"
        r"|(?:лонг|шорт|вход|покупка)\s(?:после|на|при)\s(?:подтверждени|пробо|ретест)\w*)"
    )
)
# A pair quoted in a currency the symbol reader does not take ("ADA/TRY", "ADA/BNB", "ADA-BRL"):
# read as the coin's USDT market, its levels are another market's prices. (Not BTC, ETH or EUR:
# the reader takes those, and "ETH/BTC 0.055" under an ETH/USDT call is a note.)
_OTHER_QUOTE: Final = re.compile(
    r"(?<![\w/])[#$]?([a-z0-9]{1,12})\s?[/_-]\s?[#$]?(bnb|try|brl|dai|sol|gbp|aud|rub|uah|bidr|idrt"
    r"|ngn|zar|jpy|krw|inr|ars|mxn|pln|doge|xrp|usde|pyusd)(?![\w/])"
)
# Where _OTHER_QUOTE can match at all: its separator and quote (a set leads: scanned at C speed;
# the whole pattern, opening with a look-behind and a word, is tried only when this finds one).
_QUOTE_SEEN: Final = re.compile(
    r"[/_-]\s?[#$]?(?:bnb|try|brl|dai|sol|gbp|aud|rub|uah|bidr|idrt|ngn|zar|jpy|krw|inr|ars|mxn"
    r"|pln|doge|xrp|usde|pyusd)(?![\w/])"
)
# Its quote words, "try" with the character before it ("entry" holds "try"), in the post's pass.
_QUOTE_GATE: Final = gate(
    (
        *(w for w in required_literals(_QUOTE_SEEN.pattern) or ("",) if w != "try"),
        *(c + "try" for c in "/_-#$\n" + BLANKS),
    )
)
# Words before a "/" or "-" that are no coin of a pair ("LONG - $ETH", "USDT / XRP").
_NOT_BASES: Final = frozenset(
    "long short buy sell usdt usd usdc busd entry tp sl stop target targets spot futures".split()
)
_MARKET_COINS: Final = ("BTC", "ETH")
_DOLLARS: Final = ("USDT", "USD", "USDC", "BUSD", "")
_TOKEN: Final = re.compile(r"(?<![\w#$])[#$]?([0-9]*[A-Z][A-Z0-9]{0,14})(?![\w])")
_NOT_COINS: Final = frozenset(
    "LONG SHORT BUY SELL SPOT FUTURES ENTRY SIGNAL NEW TRADE USDT USD USDC BUSD PERP".split()
)
_MARKET_SAID: Final = re.compile(r"(?<![\w/])[#$]?(btc|bitcoin|eth|ethereum)(?![\w/])")
_PARTED: Final = re.compile(r"→|->|=>|➡|⇒|⟶|[:,;|—–]|\s-\s")


def _changed_head(low: str) -> bool:
    """Whether one of _CHANGED_HEADS stands where a match of _CHANGED holds it: after a character
    that is no word character nor "-" (its look-behind, or a blank inside it), or at the post's
    start. (The gate's "chang" is in every "exchange", and the search costs the most.)"""
    if not holds(low, _CHANGED_GATE):
        return False
    for head in _CHANGED_HEADS:
        at = low.find(head)
        while at >= 0:
            if at == 0 or not (low[at - 1].isalnum() or low[at - 1] in "_-"):
                return True
            at = low.find(head, at + 1)
    return False


def _near_count(text: str, spans: Sequence[Span], bare: int, m: re.Match[str]) -> str | None:
    """A bare "(97)" right after a target read ("TP3: 100 (97)") that no field claims (a one- or
    two-digit number in parentheses is dropped as a count, "Strategies (2)"), yet within a tenth
    of that target: a price beside it, another target or a note, not a count."""
    if any(at <= m.start("num") < to for at, to in spans) or not m.group("num").isdigit():
        return None
    if "\n" in text[bare : m.start()]:  # ("(2) 2.94" numbering the next line's target)
        return None
    at = next(at for at, to in spans if to == bare)
    try:
        target = float(text[at:bare].replace(",", ""))
    except ValueError:
        return None
    if abs(int(m.group("num")) - target) > target / 10:
        return None
    return (
        f"'{text[m.start() : m.end()]}' beside a target is a price no label claims: another"
        " target, or a note? Which targets are meant is a guess"
    )


def call_doubts(sig: ParsedSignal, low: str, status: bool = True) -> ParsedSignal:
    """The signal, with a review reason for each doubt above the post raises. (Without status,
    the levels of a signal quoted under a status line are read: its report lines are not asked.)"""
    review = sig.review
    if _changed_head(low) and (m := _CHANGED.search(low)) is not None:
        review.append(
            f"the post changes an earlier call ('{sig.norm_text[m.start() : m.end()]}'): a"
            " modification of that signal, not a new one to open"
        )
    elif (m := followup_head(low)) is not None:  # "Update on #LINK", "Correction #LINK long"
        review.append(
            f"the post is titled '{sig.norm_text[m.start() : m.end()]}': a follow-up of an"
            " earlier call, its levels that call's to replace or restate, not a new one to open"
        )
    if holds(low, _COUNT_GATE) and (m := _COUNT.search(low)) is not None:
        review.append(
            f"'{sig.norm_text[m.start() : m.end()]}' counts the targets reached: a report on a"
            " call, its numbers no entry or target"
        )
    if holds(low, _NOTE_GATE) and sig.take_profits:
        spans = sig.norm_spans.get("take_profits", ())
        for m in _NOTE_NUMBER.finditer(low):
            # (A bare "(165)" only right after a target read: "TP3 160 (165)"; "Target 3 (24.60)"
            # in prose names its target.)
            if m.group("word") is None and low[: m.start()].rstrip()[-1:].isdigit():
                bare = len(low[: m.start()].rstrip())
                if not any(to == bare for _, to in spans):
                    continue
                if (why := _near_count(sig.norm_text, spans, bare, m)) is not None:
                    review.append(why)
                    break
            elif m.group("word") is None:
                continue
            if any(at <= m.start("num") < to for at, to in spans):
                review.append(
                    f"'{sig.norm_text[m.start() : m.end()]}' is a note beside a target, read as"
                    " one more target: which targets are meant?"
                )
                break
    if (why := numbered_two_prices(sig)) is not None:  # "TP3 160/165"
        review.append(why)
    if (why := bracketed_target_number(sig, low)) is not None:  # "TP1 (4)" dropped as a note
        review.append(why)
    if (why := target_to_come(sig, low) or stray_target(sig)) is not None:  # "TP: TBA"
        review.append(why)
    if (why := horizon_target(sig, low)) is not None:  # "Moon target: 4000" (i13-forms30)
        review.append(why)
    if (why := target_gain(sig, low)) is not None:  # "#XRPUSDT Лонг / Тейк 2 +1.8R"
        review.append(why)
    if (why := risk_level(sig, low) or stop_in_words(sig, low)) is not None:  # "Risk: 0.98"
        review.append(why)
    side_doubts(sig, low, review)  # "#ETH SL 3100 TP 3500", "NOT LONG", "#ETH добор 3000"
    if status and (why := card_report(sig, low) or outcome_line(sig, low)) is not None:
        review.append(why)  # "Profit: 17.1% 📈", "🟢 WIN", "🎯 1/3" beside it
    if (why := call_line_doubt(sig, low)) is not None:  # "Example:", "Same for #DOT"
        review.append(why)
    elif (why := framing_doubt(sig, low)) is not None:  # "Scam alert!", "Would you long?"
        review.append(why)
    elif (why := later_doubt(sig, low)) is not None:  # "Plan for tomorrow", "Recap of"
        review.append(why)
    if (why := struck_then_price(sig)) is not None:  # "Entry: ~~0.95~~ 0.92"
        review.append(why)
    known = len(review)
    _market_coin(sig)
    if len(review) == known and (why := coin_at_side(sig.norm_text, sig.side_at, sig.symbol)):
        review.append(why)
    if len(review) == known and (why := coin_after_article(sig, low)) is not None:
        review.append(why)  # "BUY THE DIP ON ONE" read as DIPUSDT
    if len(review) == known and (why := coin_from_tag_list(sig, low)) is not None:
        review.append(why)  # "#SOL #LINK #AVAX / LONG": the first coin of a topic list
    if len(review) == known and (why := caps_coin_doubt(sig.norm_text, sig.symbol, sig.side_at)):
        review.append(why)  # "ALTSEASON ALERT: SUSHI", "#ATOMCOIN" over "ATOM LONG"
    if sig.symbol.endswith(("BTCUSDT", "ETHUSDT")) and (why := glued_btc(sig.symbol)) is not None:
        review.append(why)  # "#LINKBTC LONG / Entry: 14.2" read as LINKBTC/USDT
    if (why := glued_leverage(sig.symbol, sig.leverage, low)) is not None:
        review.append(why)  # "#SUI20X" read as a coin SUI20X, "SUI×20" with no leverage
    if (why := fx_market(sig, low)) is not None:
        review.append(why)  # "XAUUSD BUY", "GBPJPY SELL", "US30" (fx_markets.py; i13-forms30)
    first = first_line(sig.norm_text).lower()[:64]  # (a heading, not prose)
    if "%" in first or holds(low, _PROFIT_GATE):
        m = _GAIN_HEAD.search(first) or _IN_PROFIT.search(low)
        if m is not None:
            review.append(
                f"the post reports a gain ('{m.group()}'): a report on a call, its levels"
                " quoted, no new trade"
            )
    if holds(low, _BTC_GATE) and holds(low, _QUOTED_GATE) and sig.symbol.endswith(("USDT", "USD")):
        m = _BTC_PAIR.search(low)
        if m is not None:
            review.append(
                f"the post says '{sig.norm_text[m.start() : m.end()]}' but its levels read as"
                f" {sig.symbol} prices: which market is meant is a guess"
            )
    if sig.entry_trigger is None and holds(low, _RULE_GATE):
        m = _ENTRY_RULE.search(low)
        if m is not None:
            review.append(
                f"the post says '{sig.norm_text[m.start() : m.end()]}': the entry waits for a"
                " condition that is not read, and a limit order could fill at once"
            )
    base = sig.symbol.removesuffix("USDT")
    if base != sig.symbol and holds(low, _QUOTE_GATE) and _QUOTE_SEEN.search(low) is not None:
        # (or the quote read as the coin: "PUMP/TRY LONG" read as TRYUSDT)
        b = base.lower()
        m = next(
            (
                m
                for m in _OTHER_QUOTE.finditer(low)
                if m.group(1) == b or (m.group(2) == b and m.group(1) not in _NOT_BASES)
            ),
            None,
        )
        if m is not None:
            review.append(
                f"the pair is written '{sig.norm_text[m.start() : m.end()]}' but read as"
                f" {sig.symbol}: a market in {m.group(2).upper()} is no USDT market"
            )
    if (why := candle_entry(sig, low)) is not None:  # "Buy after a 4h close above 0.53"
        review.insert(0, why)  # (first: the other doubts follow from the close read as a level)
    if (why := added_entry(sig, low) or held_level(sig, low)) is not None:  # "Re-entry at -4%"
        review.append(why)
    if (why := entry_price_lost(sig, low)) is not None:  # "Entry: 14.2 (good RR)" as a market
        review.append(why)
    if not sig.entries and (m := _SUPPORT.search(low) or _NOT_NOW.search(low) or unpriced(low)):
        review.append(
            f"the post gives '{sig.norm_text[m.start() : m.end()].strip()}' and no entry: at"
            " the market, or at that level? Which is meant is a guess"
        )
    if sig.entries and not sig.take_profits and sig.stop_loss is None and not sig.target_percents:
        # (Cornix's posting rules ask for a target or a stop beside the entry; a "now" or
        # market word changes nothing: the exits would be the user's defaults, not the call's.)
        review.append(
            "the post names an entry but no target and no stop: no exit of the channel's to"
            " place, so it is half a call (a teaser, or its levels come later); trade it by hand"
            " with your own target and stop, or wait for the full call"
        )
    review.extend(more_call_doubts(sig, low))  # "Current: 1.71 (12.5%)", "Вход по ретесту"
    return mixed_entry_kinds(sig, low)


def _market_coin(sig: ParsedSignal) -> None:
    """A review reason when the symbol read is the market's coin (BTC) and the word at the side
    word names another coin: "BTC breakout → ADA LONG"."""
    base = sig.symbol[:3]
    if base not in _MARKET_COINS or sig.symbol[3:] not in _DOLLARS or sig.side_at < 0:
        return
    text = sig.norm_text
    start = text.rfind("\n", 0, sig.side_at) + 1
    before = list(_TOKEN.finditer(text, start, sig.side_at))
    if not before or before[-1].end() < sig.side_at - 2:
        return
    word = before[-1].group(1)
    # (The coin named after the market's move and a mark parting them: "BTC breakout → ADA
    # LONG", "BTC breakout: NEAR LONG", "BTC dominance dropping — NEAR LONG".)
    said = _MARKET_SAID.search(text.lower(), start, before[-1].start())
    if (
        word in _NOT_COINS
        or word.startswith(base)
        or said is None
        or said.group(1)[:1] != base[:1].lower()
        or not _PARTED.search(text, said.end(), before[-1].start())
    ):
        return
    sig.review.append(
        f"the post names {word} at its side word but the coin read is {base}: {base} is the"
        " market the post speaks of, which coin to trade is a guess"
    )
