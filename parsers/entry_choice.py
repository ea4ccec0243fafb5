"""An entry offered as a choice between the market and a price: "Entry: market or 148", "Buy
0.51 or CMP", "Вход: по рынку или 148". Either is the channel's entry, and taking one of them
is a guess (a market order fills where the price is, a limit at 148 may never fill): the signal
needs review, the price highlighted. (The market word beside the price alone, "Entry: 148
(CMP)", "Buy now 0.51", gives the price of the moment: one entry, read as ever.)

The same choice with words between (session 25, branch i13-frame26; CONVENTIONS.md, rulings of
session 25, (k)): two ways in on one line of the card, one at the market and one waiting for a
condition or another level, "Entry: Current prices (0.0600 - 0.0610) or limits on the pullback
to the zone 0.0545 - 0.0565" (dev square-the-long-squeeze-001), "vicino al livello attuale a
$1.4097 o dopo un retest della resistenza intorno a $1.4215" (dev square-usual-short-it-001);
made up: "at or near the current price (around 100), or wait for the next candle to close below
101", "0.48 on a dip, or now at the market". Which way is the reader's choice: needs review.
("around 100 (or on a retest of 101-102)", two prices and no market word, is refused by
parsers/call_framing.py's note beside an entry; "Entry 1.50 (CMP) / DCA 1.58", both entries, and
"or so", "or lower", are not two ways in.)"""

from __future__ import annotations

import re
from typing import Final

from parsers.gate_words import gate, holds
from parsers.lead_first import lead_first
from parsers.led_search import led_finditer
from parsers.quick_tests import required_literals, written
from parsers.reading import Settled
from parsers.vocabulary import MARKET_UNSPACED, MARKET_WORDS

_MARKET: Final = "(?:" + "|".join((*MARKET_WORDS, *MARKET_UNSPACED)) + ")"
# The word of a choice between two: "or" in the languages of the lexicon ("或": Chinese).
_OR_WORDS: Final = "(?:or|или|ou|o|oder|veya|hoặc|atau)"
_OR: Final = r"(?:[^\S\n]" + _OR_WORDS + r"[^\S\n]|[^\S\n]?或[^\S\n]?)"
# The characters of [^\S\n], every blank but the line break (re's \s is str.isspace; no such
# character lies past U+3000).
_BLANKS: Final = "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c != "\n")
# _OR opening with one class, a blank or "或", its alternatives told apart by a look-behind at
# that character: the same match at each place (a blank, then the word; a blank, then "或";
# "或" alone, in _OR's order), but re now skips to the blanks and "或" where it entered _OR at
# every character of the post (its second alternative opens with an optional blank: no first
# character for re). (~130,000 instructions a post reaching _two_ways on the dev signals.)
_OR_LED: Final = re.compile(
    "[" + re.escape(_BLANKS) + "或]"
    r"(?:(?<=[^\S\n])(?:" + _OR_WORDS + r"[^\S\n]|或[^\S\n]?)|(?<=或)[^\S\n]?)"
)
_CHOICE: Final = re.compile(
    # The market first, then the price: "market or 148", "CMP or $0.51".
    r"(?<![a-z])" + _MARKET + r"(?![a-z])[^\S\n]?,?" + _OR + r"(?:at[^\S\n])?\$?[^\S\n]?[0-9]"
    # The price first: "148 or market", "0.51$ or at the current price".
    r"|[0-9]\$?[^\S\n]?,?" + _OR + r"(?:at[^\S\n])?(?:the[^\S\n])?" + _MARKET + r"(?![a-z])"
)

# Where a choice can begin (parsers/led_search.py): a market word not run on from a letter, or
# a digit the word of a choice follows. (_CHOICE opens with a look-behind: re entered it at
# every character of the post.)
_CHOICE_STARTS: Final = (
    re.compile(lead_first(r"(?<![a-z])" + _MARKET)),
    re.compile(r"[0-9]\$?[^\S\n]?,?" + _OR),
)
# The market words' literals ("cmp", "market", "now", "рынку", "市价" ...): both ways of a choice
# name the market, so a post holding none holds no choice (the words' start pattern, its rows led
# by their first letters, was entered at most words of the post: ~100,000 instructions a post).
_MARKET_HEADS: Final = required_literals(_MARKET)


# The market in other words: "current prices", "near the current level", "livello attuale",
# "precio actual", "preço atual", "güncel fiyat".
# (Not "current" alone: "(current rejection zone - enter on red candle close or breakdown)".)
_NOW: Final = re.compile(
    r"(?<![a-z])(?:(?!current(?![^\S\n]?(?:price|level|market)))" + _MARKET + r")(?![a-z])"
    r"|(?:prezzo|livello|precio|nivel|preço|nível)\s(?:attuale|actual|atual)(?![a-z])"
    r"|(?:güncel|mevcut)\sfiyat|(?<![а-яё])сейчас(?![а-яё])"
)
# Waiting for a condition or another level right after the "or" (a verb to enter may come
# first): "or limits on the pullback to", "or wait for the next candle to close below", "o dopo
# un retest", "или лимиткой на откате", "or enter after". ("current price, assuming a rejection
# or continued pullback": the "or" joins two conditions of one way, dev square-eth-short-2663-001.)
_WAIT: Final = re.compile(
    r"(?:(?:enter|buy|sell|short|long|place|set|put|open|add|entrare|entrar|войти|заходить)\s)?"
    r"(?:wait\w*|after|limits?|pull-?backs?|retest\w*|dips?|bounce|break\w*"
    r"|confirm\w*|reclaim\w*|on\s(?:a|the)\s|if|once|when|dopo|attend\w*|aspett\w*|ritracc\w*"
    r"|esper\w*|después|tras|retroceso|aguard\w*|depois|após|recuo|жд\w*|подожд\w*|дожд\w*|после"
    r"|откат\w*|ретест\w*|лимит\w*|bekle\w*|sonra|geri\sçekil\w*)(?![a-zа-яё])"
)
# What follows an "or" that is no second way in: "or so", "or lower", "or better", "100, at or
# near the current price".
_NOT_A_WAY: Final = re.compile(
    r"(?:so|less|more|lower|higher|better|below|above|thereabouts|close|near|nearby|around)(?![a-z])"
)
# How far from its "or" on the line each way is read.
_REACH: Final = 90


def _two_ways(norm: str, low: str, s: Settled, start: int) -> bool:
    """A market way in and a waiting one, joined by "or" on a line that holds an entry read (see
    the module's docstring): a review reason, the entries of the line highlighted. (start: where
    the first "or" of low is.)"""
    for m in _OR_LED.finditer(low, start):
        line = low.rfind("\n", 0, m.start()) + 1
        end = low.find("\n", m.end())
        end = len(low) if end < 0 else end
        on_line = [n for n in s.entries if line <= n.start and n.end <= end]
        if not on_line or _NOT_A_WAY.match(low, m.end()) is not None:
            continue
        before = max(line, m.start() - _REACH)
        after = min(end, m.end() + _REACH)
        nearest = list(_NOW.finditer(low, before, m.start()))  # (the last before the "or")
        market = nearest[-1] if nearest else None
        if market is not None:
            waits = _WAIT.match(low, m.end(), after) is not None or any(
                m.end() <= n.start for n in on_line
            )
        else:
            market = _NOW.search(low, m.end(), after)
            waits = market is not None and any(n.end <= m.start() for n in on_line)
        if market is None or not waits:
            continue
        shown = f"{norm[before : m.start()].strip()} {norm[m.start() : after].strip()}"
        s.review.append(
            f"two ways in: at the market ('{norm[market.start() : market.end()]}'), or waiting"
            f" for a condition or another level ('{shown}'): which is yours?"
        )
        s.unread.extend((n.start, n.end) for n in on_line)
        return True
    return False


# The "or" of each language (found in the post's one pass: parsers/gate_words.py).
_OR_GATE: Final = gate((" o", "или", "veya", "hoặc", "atau", "或"))
# The market AND a price on the entry's line: "Вход: рынок + лимитка 3100", "Entry: market + limit
# at 3100", "CMP & 0.51", "0.51 и по рынку" (session 30, i13-values32): two entries, one with no
# price; trading the price alone drops the market's half, the market alone the limit's.
_AND: Final = r"(?:\+|&|(?:and|и|plus)(?![a-zа-яё])|,(?=[^\S\n]?(?:limit|лимит|добор)))"
_AND_PRICE: Final = re.compile(
    r"(?<![a-z])" + _MARKET + r"(?![a-z])[^\S\n]?" + _AND + r"[^\S\n]?"
    r"(?:(?:limit\w*|лимит\w*|добор\w*|at|на|по)[^\S\n]?){0,2}\$?[^\S\n]?[0-9]"
    r"|[0-9]\$?[^\S\n]?"
    + _AND
    + r"[^\S\n]?(?:(?:at|по)[^\S\n])?(?:the[^\S\n])?"
    + _MARKET
    + r"(?![a-z])"
)
_AND_GATE: Final = gate(("+", "&", "and", "и", "plus"))
# Where a match of _AND_PRICE can begin (parsers/led_search.py): a market word not run on from a
# letter (_CHOICE_STARTS' first), or a digit the word of an addition follows. (_AND_PRICE opens
# with a look-behind: re entered it at every character, ~340,000 instructions a dev post that
# reached it; tests/parsers/test_speed41.py compares the two.)
_AND_PRICE_STARTS: Final = (
    _CHOICE_STARTS[0],
    re.compile(r"[0-9]\$?[^\S\n]?" + _AND),
)


def market_or_price(norm: str, low: str, s: Settled) -> None:
    """The entry is the market or a price, the post's choice (see the module's docstring): a
    review reason, the entry highlighted."""
    if not s.entries:
        return
    named = -1  # (whether the post holds a market word, asked once: -1 not yet asked)
    if holds(low, _AND_GATE):
        named = 1 if written(low, _MARKET_HEADS, 0, len(low)) else 0
    if named == 1:
        for m in led_finditer(_AND_PRICE, _AND_PRICE_STARTS, low):
            for n in s.entries:
                if n.start < m.end() and m.start() < n.end:
                    s.review.append(
                        f"the entry is at the market and at {norm[n.start : n.end]}: the market's"
                        " half has no price; which is to trade?"
                    )
                    s.unread.append((n.start, n.end))
                    return
    if not holds(low, _OR_GATE):
        return
    # (Every choice holds an "or": a post with none holds no choice and no two ways.)
    first_or = _OR_LED.search(low)
    if first_or is None:
        return
    if named < 0:
        named = 1 if written(low, _MARKET_HEADS, 0, len(low)) else 0
    choices = led_finditer(_CHOICE, _CHOICE_STARTS, low) if named == 1 else []
    for m in choices:
        for n in s.entries:
            if n.start < m.end() and m.start() < n.end:
                s.review.append(
                    f"the entry is a choice, at market or at {norm[n.start : n.end]}: "
                    "which is meant?"
                )
                s.unread.append((n.start, n.end))
                return
    _two_ways(norm, low, s, first_or.start())
