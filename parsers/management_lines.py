"""A forum-style channel's management post, read by its one trade's line: a greeting, a heading or
a review around it, and the other open trades said to be held ("Доброе утро, друзья! ☀️ /
#APT - первый тейк есть. / #TIA - продолжаю удерживать."), as the dev `vovilonn-ch1-ru` channel
posts them (branch i13-ru25).

parsers/updates.py reads such a post whole first. The short replies of the lexicon (parsers/
followup_lexicon.py: "#APT - первый тейк есть", "#APT - к сожалению, стоп") are read only when
they are the post's one line of words, so the same line under a greeting or above a held
trade's line went unread. Here the post's lines that open with a coin's tag and a dash (the form
of a trade's line in a management list: parsers/long_post.py) are looked at: when exactly one of
them is no line of a trade held, that line is read alone. The rest of the post must leave it the
only instruction: every other line read alone is no follow-up, no line is a question, and the
line before the trade's line is no heading of a plan ("Если BTC пробьет 60 000$:"). A post whose
other trade lines say anything but a hold (a second action, an unread one) is not read here: which
trade the post acts on would be a guess.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.long_post import TRADE_LINE

# The coins' tags that open a trade's line, one or several ("#TIA, #MET - ...", "#ONDO и #PENDLE
# - ..."), then its dash or colon.
_TAGS: Final = (
    r"[^\w\n#$]{0,4}[#$](?=[0-9]{0,7}[a-z])[a-z0-9]{1,15}(?:/usdt)?"
    r"(?:(?:\s?,\s?|\sи\s)[#$](?=[0-9]{0,7}[a-z])[a-z0-9]{1,15}(?:/usdt)?)*\s?[-–—:]"
)
_TAGGED_LINE: Final = re.compile(_TAGS + r"[^\n]{4,300}")
# A trade held, its line's whole say: "продолжаю удерживать (до обозначенных целей)", "держу",
# "пока держим", "оставляю в работе".
_HOLD: Final = re.compile(
    _TAGS + r"\s?(?:пока\s|также\s|тоже\s)?"
    r"(?:продолжа\w{1,3}\s(?:удерживать|держать|вести)|удерживаю|удерживаем|держу|держим"
    r"|оставляю|оставляем)"
    r"(?:\s(?:позицию|сделку|в\sработе|до\s(?:обозначенных\s|наших\s)?(?:целей|тейков)"
    r"|к\s(?:обозначенным\s)?целям))*[^\w\n]*"
)
# A heading that opens a plan for the lines under it: "Если BTC пробьет 60 000$:", "План:".
_PLAN_HEAD: Final = re.compile(r"[:：]\s*$")
_MOST_LINES: Final = 12  # a management post is a few lines, a greeting and a review


def management_line(text: str, low: str) -> tuple[str, list[str]] | None:
    """(The one trade's line of a management post, every other line with words) or None. low:
    text lower-cased (the same offsets)."""
    if low.isascii() or ("#" not in low and "$" not in low) or "?" in low:
        return None  # (a Russian channel's post, with a coin's tag; no question in it)
    if TRADE_LINE.search(text) is None:
        return None
    lines = text.split("\n")
    lowered = low.split("\n")
    if len(lines) != len(lowered) or len([x for x in lines if x.strip()]) > _MOST_LINES:
        return None
    action: int | None = None
    for i, line in enumerate(lowered):
        if _TAGGED_LINE.fullmatch(line.strip()) is None:
            continue
        if _HOLD.fullmatch(line.strip()) is not None:
            continue
        if action is not None:
            return None  # two trades' lines that do more than hold: which one is meant?
        action = i
    if action is None:
        return None
    before = [x for x in lines[:action] if x.strip()]
    if before and _PLAN_HEAD.search(before[-1]) is not None:
        return None
    others = [x for i, x in enumerate(lines) if i != action and x.strip()]
    return lines[action].strip(), others


def opens_with_tag(low: str, at: int) -> bool:
    """Whether the line holding low[at] opens with a coin's tag and a dash ("#HIGH - закрываю
    1/2."): the trade it names is that tag's, whatever coin another line names."""
    start = low.rfind("\n", 0, at) + 1
    return _TAGS_AT.match(low, start) is not None


_TAGS_AT: Final = re.compile(_TAGS)
