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
from parsers.lead_first import lead_first
from parsers.models import ParsedSignal

# Before the levels: a condition that opens the line, with a breakout's verb ("If #ETH breaks
# 3050, then long"), at the line's start or after a mark ("(if A fails)") that follows no letter.
_IF_VERB: Final = (
    r"\s[^\n]{0,40}?(?:breaks?|holds?|reclaims?|flips?|closes|triggere?d?|fails?)(?![a-z])"
)
# The other heads: "(?<![a-z])(?:" + these + ")", and the Russian ones whole.
_OTHER_HEADS: Final = (
    r"alert\sset\sat|scenario\s(?:[a-c2-3]|two|three)(?![a-z])"
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
)
_RU_HEADS: Final = (
    r"(?<![а-яё])(?:если\s(?:пробь[её]м|пробьет|пробьёт|закрепимся|удержим|сломаем|пробой)"
    r"|план\sна\s(?:завтра|неделю|выходные)|напоминани[ея]\s(?:о|об|про)|повтор\s(?:вчерашнего"
    r"|сигнала|сделки|прошлого)|рассматриваю\s(?:лонг|шорт|вход)|такие\sсигналы)(?![а-яё])"
)


def _if_first(word: str) -> str:
    """The condition's alternative for one of its words, opening with the word itself: the line's
    start or a mark (and a blank) before it, asked behind it. A line holds a match of it where it
    holds one of "(?<![a-z])(?:^|[^\\w\\s]\\s?)" + word + _IF_VERB (not at the same place: the
    search is asked only whether the line holds one)."""
    return (
        rf"{word}(?:(?<![\s\S]{word})|(?<=[^\w\s]{word})(?<![a-z][^\w\s]{word})"
        rf"|(?<=[^\w\s]\s{word})(?<![a-z][^\w\s]\s{word})){_IF_VERB}"
    )


# Every alternative opens with a literal (re scans for their first letters, where the pattern
# as first written, "(?<![a-z])(?:(?:^|[^\w\s]\s?)(?:if|once|when)" + _IF_VERB + "|" +
# _OTHER_HEADS + ")|" + _RU_HEADS, was entered at every character): a line holds a match of one
# where it holds one of the other (tests/parsers/test_speed32.py compares).
_HEAD: Final = re.compile(
    "|".join(
        (
            *(_if_first(word) for word in ("if", "once", "when")),
            lead_first(r"(?<![a-z])(?:" + _OTHER_HEADS + r")|" + _RU_HEADS),
        )
    )
)
# Words every match of _HEAD holds: one of "if", "once", "when" and one of _IF_VERBS, or one of
# _OTHER_WORDS (one for each other head). The stretch before the levels is asked for them before
# its lines are searched (tests/parsers/test_speed32.py: every line a match is found on holds them).
_IF_VERBS: Final = ("break", "hold", "reclaim", "flip", "closes", "trigger", "fail")
_OTHER_WORDS: Final = (
    *("alert", "scenario", "tomorrow", "next", "weekend", "later", "active", "confirm"),
    *("watching", "recap", "posted", "reminder", "repeat", "yesterday", "like", "got"),
    *("promo", "trial", "если", "план", "напоминани", "повтор", "рассматриваю", "такие"),
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
    lead_first(
        r"(?<![a-z])(?:waiting\sfor\s(?:the\s|a\s)?(?:confirmation|signal)"
        r"|(?:entry|it)\s(?:might|may|could)\sbe\s(?:lower|higher|changed|updated)"
        r"|will\supdate\s(?:the\s)?entry|only\sif\s[#$]?(?:btc|bitcoin|eth)\s(?:stays|holds|is))"
        r"(?![a-z])|(?<![а-яё])(?:жд[уё]м?\s(?:подтверждени|пробо|ретест)\w*"
        r"|только\sпосле\s(?:закреплени|пробо|ретест)\w*)(?![а-яё])"
    )
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
    if head and _head_words(low, first):
        found = _short_line(_HEAD, low, 0, first)
    if found is None and tail and last >= 0:
        found = _short_line(_TAIL, low, last, len(low))
    if found is None:
        return None
    return (
        f"the post says '{found}': a call for later, shown again or shown as an example, not"
        " one to trade now"
    )


def _head_words(low: str, end: int) -> bool:
    """Whether low[:end] holds the words a match of _HEAD needs (a line of it can hold one)."""
    if (
        low.find("if", 0, end) >= 0
        or low.find("once", 0, end) >= 0
        or low.find("when", 0, end) >= 0
    ):
        for verb in _IF_VERBS:
            if low.find(verb, 0, end) >= 0:
                return True
    for word in _OTHER_WORDS:
        if low.find(word, 0, end) >= 0:
            return True
    return False


def _short_line(pattern: re.Pattern[str], low: str, start: int, end: int) -> str | None:
    """The first match of pattern on a line of at most _MOST_WORDS words in low[start:end]."""
    for line in low[start:end].split("\n"):
        if line and len(line.split()) <= _MOST_WORDS and pattern.search(line) is not None:
            return line.strip()
    return None
