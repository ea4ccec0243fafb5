"""A follow-up's coin ("Close algo", "#DUSK Hit 1050 Sats", "#O - позицию выбило", the coin tagged
on the action's own line), and the shape of a short reply (at most three lines with text).
parsers/updates.py reads the post's kind; this module which coin it is about."""

from __future__ import annotations

import re
from typing import Final

from parsers import head_coins, symbols
from parsers.btc_heading import btc_headed
from parsers.btc_quote import glued_to_btc
from parsers.contracts import contract_of
from parsers.followup_more import coin_of_all_targets
from parsers.instruction_words import without_verbs
from parsers.known_coin_words import known_coin_word
from parsers.plain_words import LISTED_PLAIN_WORDS
from parsers.sats_quote import quoted_in_sats

# "Close algo", "closing eth at entry": the word after the verb, in a one-line instruction.
_VERB_THEN_WORD: Final = re.compile(
    r"^\W*(?:close|closing|cancel|exit|stop)\s+([a-z][a-z0-9]{1,9})\b(?:\s(?:at|now|here)\b|\W*$)"
)


# A signal's own tag, a letter or two and its number ("[trader #A] Signal #a4", "Signal ID: #c21",
# "trader#А дал сигнал #a4"): the channel's id of the signal, no coin (dk-trader-a-025: an
# admin's recap of "#a4" read as a close of a coin "A4").
_SIGNAL_ID: Final = re.compile(
    r"(?<![a-zа-яё])(?:signal|сигнал\w{0,2})(?:\s?id)?\s?[:№]?\s?(#[a-z]{1,2}[0-9]{1,4})(?!\w|\.[0-9])"
)


def _without_signal_ids(text: str, low: str) -> str:
    """text with the signal ids of low blanked (low is text lower-cased: the same positions)."""
    if "#" not in low or ("signal" not in low and "сигнал" not in low) or len(text) != len(low):
        return text
    for m in _SIGNAL_ID.finditer(low):
        text = text[: m.start(1)] + " " * (m.end(1) - m.start(1)) + text[m.end(1) :]
    return text


def symbol(norm: str, low: str) -> str | None:
    """The coin a follow-up is about, or None."""
    norm, low = _without_signal_ids(norm, low), _without_signal_ids(low, low)
    if "[" in low and (head := _status_tag(low)) is not None:
        word = head.group("coin").upper()
        if word not in symbols.NEVER_A_BASE:
            return symbols.make_symbol(word)  # "[CLOSED] HIGH. Short. 🟢": the call's coin
    if (head := _WORD_COIN_REPORT.match(norm)) is not None and (
        head.group(1) in LISTED_PLAIN_WORDS or head.group(1) in _LONE_LETTERS
    ):
        return symbols.make_symbol(head.group(1))  # "HIGH hit TP 3", "D hit TP 4." (i13-gath26)
    lead = _LEAD_WORD_TAG.match(low)
    if lead is None and ("#" in low or "$" in low) and _LEAD_LONG_TAG.match(low) is not None:
        return None
    if lead is not None and len(lead.group(1)) == 1:
        return symbols.make_symbol(lead.group(1))  # "#C move SL to entry, #BTC looks weak"
    if lead is not None and not symbols.ok_base(lead.group(1).upper()):
        # "#PUMP move SL to entry, #BTC looks weak": the word ticker tagged first, heading the
        # verb, is the follow-up's coin, not the coin of the comment after it (i13-wa23's
        # harness: BTC's stop moved); a word outside the listed tickers ("#CROSS move SL ...")
        # names a coin the parser cannot tell: none (as a reply, the trade replied to).
        word = lead.group(1).upper()
        return symbols.make_symbol(word) if word in LISTED_PLAIN_WORDS else None
    sym = (
        contract_of(low)
        or symbols.from_pair_text(low)
        or symbols.from_tag(low)
        or symbols.from_bare_words(without_verbs(norm.split("\n", 4)[:4]))  # not "FIX SL"
        or head_coins.from_head_before_label(low)
        or coin_of_all_targets(low)
        or known_coin_word(low)  # "matic reached to our 🎯", a reply headed "NeaR"
    )
    for line in [] if sym is not None else reply_lines(low):
        m = _VERB_THEN_WORD.match(line)
        if m and m.group(1).upper() not in symbols.STOPWORDS and len(m.group(1)) >= 2:
            return symbols.make_symbol(m.group(1))
    if sym is None and (lead := _LEAD_LETTER_TAG.match(low)) is not None:
        return symbols.make_symbol(lead.group(1))  # "#O - позицию выбило по стоп-лоссу"
    if sym is None and (lead := _VERB_THEN_TAG.match(low)):
        if lead.group(1).upper() in LISTED_PLAIN_WORDS:
            return symbols.make_symbol(lead.group(1))  # "Close #OPEN now"
    # "#DUSK Hit 1050 Sats", "CHZ 2nd target ... 126 sats", "#ETHBTC TP2 ✅", "#XYZ btc (Update)":
    # BTC pairs
    return btc_headed(glued_to_btc(quoted_in_sats(sym, low), low), low)


# A call's status tag heading its post, then its coin, which may be a word ("[CLOSED] HIGH. Short.
# 🟢", "[CANCEL] SUPER. Long ❌", "[ CLOSED] ARIA. Long."): the channel edits the call's post so
# when it ends (i13-gath25; the coin was left unread, or a word of its note taken).
# (Heading the post or a line of it after marks or a chatter line: "📍 [CLOSED] BRETT. Long.",
# "Good luck!\n[CLOSED] BTC. Long. 🟢"; never after a follow-up's words, "CANCEL Long SUPER.
# Cutloss dlu. \n[CLOSED] Switch ke SHORT 🟢": i13-gath26.)
_STATUS_TAG_HEAD: Final = re.compile(
    r"(?:^|\n)[^\w\n\[]{0,6}(?P<tag>\[\s?(?:closed|cancel(?:led)?|open)\])\s?"
    r"(?P<coin>[a-z][a-z0-9]{0,14})(?![a-z0-9])"
)
_ACTION_BEFORE: Final = re.compile(
    r"cancel|cut\s?loss|clos|exit|(?<![a-z])(?:tp|sl|stop|hit)(?![a-z])"
)


def _status_tag(low: str) -> re.Match[str] | None:
    """The call's status tag heading a line of low with its coin, no follow-up said before it."""
    head = _STATUS_TAG_HEAD.search(low)
    if head is None or _ACTION_BEFORE.search(low, 0, head.start("tag")) is not None:
        return None
    return head


# A listed coin whose ticker is a word (plain_words.LISTED_PLAIN_WORDS: HIGH, NOT, SUPER) or a
# letter (D), in capitals, heading the post, a target or the stop reported hit right after it
# ("HIGH hit TP 3", "SUPER hit TP1.", "D hit TP 4.", "NOT kena SL hunter baru gerak"; id "kena":
# got hit): that coin, as the call's post named it ("[CLOSED] HIGH. Short."). Not "... yet",
# "belum" (not yet): a report of nothing.
_WORD_COIN_REPORT: Final = re.compile(
    r"[^\w\n]{0,4}([A-Z]{1,6})\s(?:[Hh]it|HIT|kena|KENA)\s(?:TP|tp|Tp|SL|sl|Sl)(?![a-zA-Z])"
    r"(?![^\n]{0,30}(?<![a-z])(?:yet|belum)(?![a-z]))"
)
_LONE_LETTERS: Final = frozenset("BCDGKSTUW")  # (not "I" nor "A": "I hit TP1", "A hit on SL")


def status_tag_closed(low: str) -> int | None:
    """Where the tag "[CLOSED]" heads the post (or a line of it) with the call's coin, or None:
    the call's post edited when its trade ended ("[CLOSED] BRETT. Long. 🟢 / Shortnya cancel,
    reverse ke long ..."), the trade over whatever its note under the tag tells of another
    order's cancel or of levels the call had (i13-gath26: read as a cancel, as a partial close
    and a stop move). ("[CANCEL] X" is read as a cancel by its word; "[OPEN] X" is a call.)"""
    if "[" not in low:
        return None  # (nearly every post)
    head = _status_tag(low)
    if head is None or not head.group("tag")[1:].lstrip().startswith("closed]"):
        return None
    return head.start("tag")


# A coin of one letter tagged first, its news after a dash or colon ("#O - позицию выбило по
# стоп-лоссу", "$B: closed"): the post is about that coin.
_LEAD_LETTER_TAG: Final = re.compile(r"[^\w#$]{0,4}[#$]([a-z])[ \t]?[-–—:][ \t]")


# A listed coin whose ticker is a word (plain_words.LISTED_PLAIN_WORDS: #PUMP, #OPEN, #HIGH, $NOT),
# tagged first, the follow-up's verb right after it on its line ("#PUMP close now", "#OPEN
# closed half earlier, now fully closed", "$NOT закрыли половину"): that coin, as a coin's tag
# is read where a coin stands in a signal (symbols._one_letter_coin; i13-wa21). Elsewhere the
# word stays a stopword (a channel's "#PUMP" heading names no coin).
_VERB_AHEAD = (
    r"[ \t]+(?:[^\s]+[ \t]+){0,2}?"
    r"(?:clos|cancel|exit|take|secur|book|fully|half|move|sl\b|stop|tp[0-9\s]|target|закр|фикс"
    r"|зафикс|отмен|половин|остат|стоп|перенос|выбил|тейк)"
)
_LEAD_WORD_TAG: Final = re.compile(r"[^\w#$\n]{0,4}[#$]([a-z]{1,5})" + _VERB_AHEAD)
# A tag as long as a topic's (symbols._TOPIC: 11 characters or more, "#BROCCOLI714") tagged
# first, the verb after it: the post's own coin, which from_tag takes for a topic and passes
# over for the coin of a comment after it ("#BROCCOLI714 move SL to entry, #BTC looks weak"
# moved BTC's stop: i13-wa23's harness, seed 31). None: as a reply, the trade replied to.
_LEAD_LONG_TAG: Final = re.compile(
    r"[^\w#$\n]{0,4}[#$][a-z][a-z0-9]{10,14}(?<!usdt)(?<!usdc)(?<!perp)(?<!busd)" + _VERB_AHEAD
)


_VERB_THEN_TAG: Final = re.compile(
    r"\W*(?:close|closing|cancel|exit|закрываем|закрываю|отменяем)\s+[#$]([a-z]{2,5})"
    r"(?:\s(?:at|now|here|position|long|short|сейчас|по)\b|\W*$)"
)


def tag_on_line(low: str, at: int) -> str | None:
    """The coin tagged (#DYDX, $SOL) on the line holding low[at], if any."""
    start, end = low.rfind("\n", 0, at) + 1, low.find("\n", at)
    line = low[start : len(low) if end < 0 else end]
    if "#" not in line and "$" not in line:
        return None
    line = _without_signal_ids(line, line)
    return symbols.from_pair_text(line) or symbols.from_tag(line)  # "#ETH/BTC": its quote too


def reply_lines(low: str) -> list[str]:
    """The lines of a short reply ("Close algo" with a signature or hashtags around it: at most
    three lines with text), else none."""
    lines = [line.strip() for line in low.split("\n") if line.strip()]
    return lines if len(lines) <= 3 else []


def short_line(low: str, at: int) -> bool:
    """True when low[at] is on a short line of a short reply (at most three lines)."""
    start, end = low.rfind("\n", 0, at) + 1, low.find("\n", at)
    return len(low[start : len(low) if end < 0 else end].strip()) <= _SHORT_LINE and bool(
        reply_lines(low)
    )


_SHORT_LINE: Final = 24
