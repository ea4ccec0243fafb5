"""Chinese follow-up words said with no instruction in them (branch i13-gath34): the action's
word negated right before it ("不上去 不取消": if it does not go up, no cancel; "没取消"), guessed
("上去了 猜取消": (I) guess a cancel), left to the reader to manage ("自己做好部分止盈": take part
of the profit yourselves, as dev's "prom 自己做止盈哈" is a status post), or told of a time gone
by ("昨晚到位就止盈了": last night it got there and I took profit). None of them asks anything of
a position now. parsers/followup_guard.py asks `told_zh` before a close, a cancel, a stop moved
or a stop hit is returned, as it asks parsers/ru_hedges.py for Russian.

Not covered on purpose: "自己减仓" (reduce, yourselves: dev `pasttang-zh-channel-145` is a
partial close, an instruction), "不要取消" / "别取消" (parsers/followup_guard.py's own negation
list), and "之前" ("before": "插针之前止盈部分" is a deadline, not a time gone by).
"""

from __future__ import annotations

import re
from typing import Final

from parsers.sentences import sentence_end, sentence_start

# Right before the action's word (at most one space between): not, never, did not.
_NOT_BEFORE: Final = re.compile(r"(?:不|没有?|未)\s?$")
# Before the action's word in its sentence: a guess ("猜", "估计": I guess, probably) or the
# reader's own management ("自己做(好)": do it yourselves; not "我自己", the poster's own).
_GUESSED: Final = re.compile(r"猜|估计|(?<![我们])自己做好?")
# Anywhere in the action's sentence: last night, yesterday, the day before, last week, last time.
_GONE_BY: Final = re.compile(r"昨晚|昨天|昨日|前天|前晚|上周|上个?星期|上次|上回")
# Only a CJK post is asked (a cheap test first: every word above is Han).
_HAN: Final = re.compile(r"[\u4e00-\u9fff]")


def told_zh(low: str, at: int) -> str | None:
    """Why the Chinese action word at low[at] asks nothing now (a negation, a guess or the
    reader's own management, a time gone by), or None. low: the lower-case post."""
    if _HAN.search(low) is None:
        return None
    start = sentence_start(low, at)
    before = low[start:at]
    if _NOT_BEFORE.search(before) is not None:
        return "a negation"
    if _GUESSED.search(before) is not None:
        return "a hedge"
    if _GONE_BY.search(low, start, sentence_end(low, at)) is not None:
        return "a time gone by"
    return None
