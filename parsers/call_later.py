"""A whole call the post gives for later, again, or to show (session 27, branch i13-wrong28).

The card reads whole (coin, side, entry, targets, stop), and a short line around it says it is
no call to trade now (CONVENTIONS.md: a condition, a plan for later, an old call re-posted, a
promotion showing calls are `needs_review` or `not_signal`, never a trade):

- a condition heading it: "If #ETH breaks 3050, then long:", "If it breaks 151 and holds, I'll
  go long", "Если пробьём 1.21 — лонг", "Alert set at 151. If triggered:", "Scenario B (if A
  fails):" (the side's own "Long if it breaks 0.53", a breakout, is parsers/trigger.py's);
- a plan for later: "Plan for tomorrow 👇", "Setup for next week", "План на завтра:";
- a call not yet confirmed: "Watching this one, will confirm entry later", "Рассматриваю лонг,
  жду подтверждения", under it "Waiting for confirmation before entry.", "(entry might be lower,
  will update)", "Вход только после закрепления выше 1.21";
- an old call shown again: "Recap of yesterday's call:", "Old call re-posted for new members",
  "🔁 Reminder of our #ETH call from Monday", "Напоминание о сигнале 👇", "Повтор вчерашнего
  сигнала";
- a promotion showing a call: "Join VIP to get calls like this:", "VIP members got this
  yesterday 👇", "Вот такие сигналы получают в VIP 👇", "📣 Promo: 3 days free trial!".

Only short lines (12 words or fewer) before the first level or after the last one: a paragraph
of analysis around a call is weighed elsewhere. Forms made up (tests/parsers/wrong28_set.py),
never a held-out post. parsers/call_doubts.py asks it after call_framing; the words are the
post's one-pass gate (parsers/gate_words.py) before any search.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.gate_words import gate, holds
from parsers.models import ParsedSignal

# Before the levels.
_HEAD: Final = re.compile(
    r"(?<![a-z])(?:"
    # a condition that opens the line, with a breakout's verb: "If #ETH breaks 3050, then long"
    r"(?:^|[^\w\s]\s?)(?:if|once|when)\s[^\n]{0,40}?(?:breaks?|holds?|reclaims?|flips?|closes"
    r"|triggere?d?|fails?)(?![a-z])"
    r"|alert\sset\sat|scenario\s(?:[a-c2-3]|two|three)(?![a-z])"
    # a plan for later
    r"|(?:plan|setup|set-up|trade|idea)s?\sfor\s(?:tomorrow|next\sweek|the\sweekend|later|next"
    r"\smonth)|tomorrow['’]?s?\s(?:plan|setup|trade)|(?<!\d\s)next\sweek['’]?s\s(?:plan|setup)"
    r"|not\sactive\syet|will\sconfirm\s(?:the\s)?entry|watching\sthis\sone"
    # an old call shown again
    r"|recap\sof|re-?posted|reminder\sof\s(?:our|the|my|yesterday)|repeat\sof\s(?:our|the|my)"
    r"|yesterday['’]s\s(?:call|signal|setup)"
    # a promotion showing a call
    r"|(?:calls|signals|trades|setups)\slike\sthis|(?:members|subscribers)\sgot\sthis"
    r"|promo(?:tion)?\s?:|free\strial"
    r")"
    r"|(?<![а-яё])(?:если\s(?:пробь[её]м|пробьет|пробьёт|закрепимся|удержим|сломаем|пробой)"
    r"|план\sна\s(?:завтра|неделю|выходные)|напоминани[ея]\s(?:о|об|про)|повтор\s(?:вчерашнего"
    r"|сигнала|сделки|прошлого)|рассматриваю\s(?:лонг|шорт|вход)|такие\sсигналы)(?![а-яё])"
)
_HEAD_WORDS: Final = (
    *(
        "if ",
        "once ",
        "when ",
        "alert set",
        "scenario",
        "for tomorrow",
        "for next",
        "for the",
        "for later",
        "tomorrow",
        "next week",
        "not active",
        "will confirm",
        "watching this",
        "recap",
        "posted",
        "reminder",
        "repeat of",
        "yesterday",
        "like this",
        "got this",
        "promo",
        "free trial",
    ),
    *("если", "план на", "напоминани", "повтор", "рассматриваю", "такие сигналы"),
)
# After the levels.
_TAIL: Final = re.compile(
    r"(?<![a-z])(?:waiting\sfor\s(?:the\s|a\s)?(?:confirmation|signal)"
    r"|(?:entry|it)\s(?:might|may|could)\sbe\s(?:lower|higher|changed|updated)|will\supdate\s(?:the"
    r"\s)?entry|only\sif\s[#$]?(?:btc|bitcoin|eth)\s(?:stays|holds|is))(?![a-z])"
    r"|(?<![а-яё])(?:жд[уё]м?\s(?:подтверждени|пробо|ретест)\w*|только\sпосле\s(?:закреплени|пробо"
    r"|ретест)\w*)(?![а-яё])"
)
_TAIL_WORDS: Final = (
    "waiting for",
    "might be",
    "may be",
    "could be",
    "will update",
    "only if",
    "жду",
    "ждём",
    "ждем",
    "только после",
)
_HEAD_GATE: Final = gate(_HEAD_WORDS)
_TAIL_GATE: Final = gate(_TAIL_WORDS)
_MOST_WORDS: Final = 12


def later_doubt(sig: ParsedSignal, low: str) -> str | None:
    """Why the call is given for later, again or to show, not to trade now; or None. low: the
    lower-case post (sig.norm_text lowered)."""
    head, tail = holds(low, _HEAD_GATE), holds(low, _TAIL_GATE)
    if not (head or tail):
        return None
    spans = [span for spans in sig.norm_spans.values() for span in spans]
    if not spans:
        return None
    first = low.rfind("\n", 0, min(start for start, _ in spans)) + 1
    last = low.find("\n", max(end for _, end in spans))
    found = None
    if head:
        found = _short_line(_HEAD, low, 0, first)
    if found is None and tail and last >= 0:
        found = _short_line(_TAIL, low, last, len(low))
    if found is None:
        return None
    return (
        f"the post says '{found}': a call for later, shown again or shown as an example, not"
        " one to trade now"
    )


def _short_line(pattern: re.Pattern[str], low: str, start: int, end: int) -> str | None:
    """The first match of pattern on a line of at most _MOST_WORDS words in low[start:end]."""
    for line in low[start:end].split("\n"):
        if line and len(line.split()) <= _MOST_WORDS and pattern.search(line) is not None:
            return line.strip()
    return None
