"""A follow-up that is, whole, a target's number with its mark or a hit's word ("2🎯", "#SOL
3 🎯", "done hit 2", "hit 3 ✅"), or the stop's word alone ("Stoploss !", "#SOL Stop loss 🛑"):
a reply under the signal reporting the target or the stop reached (session 31, branch
i13-status33: such replies were read as nothing).

Only as the whole post: a card's "🎯 0.56" line is a target's level, and the number before the
target emoji is one digit (1-9), never a price ("0.56🎯"); "hit 2" inside a sentence is
parsers/update_words.py's. parsers/followup_forms.target_index asks `bare_target`, and
parsers/stop_hits.stop_hit `bare_stop`.
"""

from __future__ import annotations

import re
from typing import Final

# The coin heading the reply, at most: "#SOL", "$SOL", "SOL/USDT", "SOLUSDT".
_COIN: Final = r"(?:(?:[#$][a-z0-9]{2,15}|[a-z0-9]{2,12}/usdt|[a-z0-9]{2,12}usdt)[^\w\n]{1,3})?"
_DIGIT: Final = r"(?<![0-9.,])([1-9])(?![0-9.,])"
_TARGET: Final = re.compile(
    r"[^\w\n]*"
    + _COIN
    + r"(?:"
    # "2🎯", "3 🎯🎯": the number, then the target's emoji.
    + _DIGIT
    + r"[^\S\n]?(?:🎯\ufe0f?[^\S\n]?){1,3}"
    # "done hit 2", "hit 3 ✅", "reached 2 done": a hit's word, then the number.
    + r"|(?:done\s|target\s)?(?:hit|reached)\s"
    + _DIGIT.replace("([1-9])", "(?P<h>[1-9])")
    + r"(?:\s?(?:done|✅|✔|☑|🎯))?"
    + r")[^\w\n?]*"
)
# "Stoploss !", "Stop loss 🛑", "#SOL stoploss hit": the stop's word and its mark or verb, nothing
# else (a bare "stop" may be a verb: "Stop DOGEUSDT" is a close, parsers/update_kind.py; "Stop
# loss" alone is a label, tests/parsers/test_status32.py).
_STOP: Final = re.compile(
    r"[^\w\n]*"
    + _COIN
    + r"(?:stop[\s-]?loss|stoploss)(?:\s(?:hit|reached|triggered)[^\w\n?]*"
    + r"|[^\w\n?]*[!\u2600-\u27bf\U0001f000-\U0001faff][^\w\n?]*)"
)
_LONGEST: Final = 32
# "done hit 1349", "#LUN done hit 0.0521", "hit 1349 done ✅": a level reached, reported done, the
# whole reply (a number that is no target's: two digits or more, or a decimal); the target's
# number is unsaid (i13-status34: read as nothing). Not "hit 1349" bare, a price's remark
# ("Price hit 5789🎯" heading a result is a status post, dev pnd-tg-1445772267-001).
_LEVEL: Final = r"\$?(?:[0-9]{2,}(?:[.,][0-9]+)*|[0-9][.,][0-9]+)\$?(?:\s?sats?)?"
_LEVEL_HIT: Final = re.compile(
    r"[^\w\n]*"
    + _COIN
    + r"(?:done\s(?:hit|reached)\s"
    + _LEVEL
    + r"(?:\s?(?:done|✅|✔|☑|🎯))?|(?:hit|reached)\s"
    + _LEVEL
    + r"\s?(?:done|✅|✔|☑|🎯))[^\w\n?]*"
)


def bare_target(low: str) -> int | None:
    """The target's number of a reply that is only it with its mark or a hit's word, else None."""
    if len(low) > _LONGEST or not any(c.isdigit() for c in low):
        return None
    m = _TARGET.fullmatch(low, len(low) - len(low.lstrip()), len(low.rstrip()))
    if m is None:
        return None
    return int(m.group(1) or m.group("h"))


def bare_level_hit(low: str) -> bool:
    """Whether the reply is only a level reported reached and done ("done hit 1349")."""
    if len(low) > _LONGEST or "hit" not in low and "reached" not in low:
        return False
    return _LEVEL_HIT.fullmatch(low, len(low) - len(low.lstrip()), len(low.rstrip())) is not None


def bare_stop(low: str) -> re.Match[str] | None:
    """The reply that is only the stop's word (with its coin and marks), else None."""
    if len(low) > _LONGEST or "loss" not in low:
        return None
    return _STOP.fullmatch(low, len(low) - len(low.lstrip()), len(low.rstrip()))
