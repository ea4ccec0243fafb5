"""A reply that is a stop and its price alone ("止損0.04260", "止損:5.38(輕倉)", "SL 0.0426",
"Стоп 11.3", "Стоп на 11.3", "СЛ 11.3"): the stop of the trade it answers set to that price, a coinless stop move
(tests/fixtures/corpus/CONVENTIONS.md, the session-21 ruling: coinless follow-ups are labelled
by what they ask). The post names no coin, side, entry or target, so it can be no signal; posted
as a reply it moves the replied trade's stop, posted as no reply the bot refuses it (it names no
trade). Anything more on the line ("止損2.2，補倉2.32附近": an add-on entry beside it) is not this
form. parsers/updates.py asks it when no stop move word was found (parsers/stop_moved.py).
"""

from __future__ import annotations

import re
from typing import Final

from parsers.update_words import SL_WORD

# The whole post: a mark or two, the stop word, a separator, one price (its currency sign), a
# parenthesised note without a digit ("(輕倉)": a light position), a mark or two (no percent:
# "SL 5%" is a distance, no price).
_BARE: Final = re.compile(
    r"[^\w\n]{0,4}(?P<word>[^\n]{1,16}?)"
    # ("Стоп на 0.45", "стоп теперь на 0.45", "стоп у 0.45" (uk): where it stands now; i13-ru31.)
    r"(?:\s(?:теперь|тепер|сейчас|зараз)(?=\s))?(?:\s(?:на|у|в)(?=\s))?"
    # ("Стоп на уровень 0.45", "стоп на отметку 0.45"; i13-ru32.)
    r"(?:\s(?:уровень|уровне|отметку|отметке|рівень|позначку)(?=\s))?"
    r"\s?[:：;；=\-–—]?\s?\$?(?P<price>[0-9]+(?:[.,][0-9]+)?)\$?"
    r"\s?(?:\([^0-9()\n]{1,24}\)|（[^0-9（）\n]{1,24}）)?[^\w\n%]{0,4}"
)


_SL_INITIALS: Final = re.compile(r"сл")
_HIT_MARK: Final = re.compile(r"[❌🛑⛔🚫]")


# The lines over it that name the signal it answers, its coin and side, a heading ("[trader #A]
# Signal #a5 / #JUPUSDT Лонг / Стоп 0.2073", "Signal ID: #d4 / #ASTERUSDT Лонг / UPDATE / Стоп
# 0.6747"): the trade's own reply, as the channel writes every follow-up (i13-ru32). The signal's
# number is required: a coin, its side and a stop alone are a call's lines.
_SIGNAL_HEAD: Final = re.compile(
    r"\s*(?:\[[^\]\n]{1,30}\]\s?)?signal(?:\sid)?\s?:?\s?#[a-z0-9]{1,10}[^\S\n]*\n"
    r"(?:\s*[#$]?[a-z0-9]{2,15}(?:/?usdt)?(?:\.p)?(?:\s(?:long|short|лонг|шорт))?[^\S\n]*\n)?"
    r"(?:\s*(?:update|upd|апдейт)[^\S\n]*\n)?"
)


def bare_stop(low: str) -> re.Match[str] | None:
    """The stop word of a post that is only the stop word and a price (under the lines naming
    the signal it answers, at most), or None."""
    head = _SIGNAL_HEAD.match(low) if "signal" in low else None
    text = (low[head.end() :] if head is not None else low).strip()
    if len(text) > 48 or "\n" in text:
        return None
    bare = _BARE.fullmatch(text)
    if bare is None or _HIT_MARK.search(text, bare.end("price")) is not None:
        # ("Стоп 0.45 ❌", "SL 0.45 🛑": the stop at that level hit, or that level struck out,
        # never a move there; unread, as tests/parsers/test_upd24.py keeps "#BTC Stop 0.45 ❌";
        # i13-ru31)
        return None
    offset = low.find(text, head.end() if head is not None else 0)
    start, end = offset + bare.start("word"), offset + bare.end("word")
    if low[start:end] == "сл":  # ("СЛ 0.45", "сл на 0.45": the initials, a price after; i13-ru31)
        return _SL_INITIALS.fullmatch(low, start, end)
    return SL_WORD.fullmatch(low, start, end)
