"""A report on a call that re-posts the call's card: the card (coin, entry, targets, stop) under
or beside a line telling what the trade made, or with a target marked reached in a way the
status rules did not read (session 23, branch i13-wt24).

Channels and their bots (Cornix's reports among them) post the card again with the result:

- "Period: 3 Hours 12 Minutes ⏰": how long the trade ran (a duration in minutes or in two units
  or more, or with a clock; "Period: 1-3 days" in a new call is a plan, not read);
- "Profit: 17.1% 📈", "Profit: 51.7% (5x)", "Gain: +17%", "PnL: +170%", "Profit: 34.6535%",
  "+17% profit 🚀", "Profit 17% ✅": the result, signed, ticked, at its leverage, with a chart
  or fire mark, or worked out to three decimals or more ("Profit:1%" under a new call, its
  projection, is no report; nor "Potential profit: 40%");
  (and "98.2% Profit (5x)": the result first, at its leverage; session 24, i13-upd25);
- "💰 PROFIT 💰", "🎯 TP1 🎯" as the post's first line: a heading naming a result or a target
  reached, with no price;
- a target struck through ("~~4.1~~", "<s>4.1</s>", "4̶.̶1̶"): reached, or dropped;
- a short line holding no level telling a target taken ("TP1 taken", "Took profit at 4.1",
  "First TP in the bag 💰", "#1 ✅"), or a sentence of any length that says one was reached
  ("LINK/USDT first target has been successfully achieved in just 3 hours");
- a short line under the levels telling a gain ("🎯 +17%", "17% ✅", "Up 17% 🚀"), every entry
  marked done ("Entry: 3.5 - activated"; a tick alone is a template's styling);
- the first target ticked, a later one marked pending or crossed out ("TP1: 4.1 ✅ (+17%) / TP2: 4.6 ⏳"), or
  the first target's gain with a mark after it and the later ones bare ("TP1 - 4.1 🔥 +17%").

Each is a report quoting a call, never a new trade: the signal needs review (the follow-up
reader reads what the report says). parsers/call_doubts.py asks it; cheap literal tests first.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.gate_words import gate, holds
from parsers.line_led import LineLed
from parsers.models import ParsedSignal
from parsers.quick_tests import first_line

# "Period: 3 Hours 12 Minutes ⏰", "⏳PERIOD: 9 Hours 39 Minutes", "Period: 52 min".
_PERIOD: Final = re.compile(
    r"(?m)^[^\w\n]*period[^\S\n]?[:=-]?[^\w\n]*((?:[0-9]{1,3}[^\S\n]?(?:days?|hours?|hrs?|minutes?"
    r"|mins?|weeks?|months?)(?![a-z])[^\S\n,]*,?[^\S\n]*){1,4})([^\n]*)$"
)
_UNIT: Final = re.compile(r"[0-9]{1,3}[^\S\n]?([a-z]+)")
# A result line: "Profit: 17.1% 📈", "Gain: +17%", "PnL: +170%", "Profit is +300%", "#PROFIT 17%
# ON 10X", "Прибыль: +17%", "Профит 17% 🔥".
_RESULT: Final = LineLed(
    r"(?m)^[^\w\n]*#?(?:profit(?:\smade)?|gain|roi|pnl|p&l|p/l|прибыль|профит)(?![a-z])[^\S\n]?"
    r"(?:is\s)?[:=-]?[^\S\n]*(?P<sign>[+>]|)[^\S\n]*(?P<n>[0-9]{1,5}(?:[.,](?P<dec>[0-9]{1,6}))?)"
    r"[^\S\n]?%(?P<tail>[^\n]*)$"
)
# What makes a result line a report: a tick, a chart or money mark, a leverage, "in spot".
_RESULT_TAIL: Final = re.compile(
    r"^\+|[✅✔☑📈🔥💰💸🚀🤑💵]|\((?:cross|isolated)?\s?x?[0-9]{1,3}\s?x\s?\)|(?:on|with|at)\s(?:x[0-9]{1,3}|[0-9]{1,3}\s?x)"
    r"(?![a-z0-9])|in\sspot|(?<![a-z])lev"
)
# "+17% profit 🚀", "17% profit in 3 hours ✅".
_GAIN_FIRST: Final = LineLed(
    r"(?m)^[^\w\n+]*(?P<sign>\+?)[0-9]{1,5}(?:[.,][0-9]{1,4})?[^\S\n]?%[^\S\n]"
    r"(?:profit|gain)(?![a-z])(?P<tail>[^\n]*)$"
)
_TICK_OR_TIME: Final = re.compile(r"[✅✔☑🚀🔥💰💸]|\sin\s[0-9]{1,3}\s?(?:min|h|hours?|days?)")
# A projection, not a result.
_PROJECTED: Final = re.compile(
    r"potential|expected|estimated|est\.|possible|target|approx|up\sto|~|≈|ожида|потенц"
)
# A first line naming a result or a target reached, no price: "💰 PROFIT 💰", "🎯 TP1 🎯".
_HEADING: Final = re.compile(
    r"[^\w\n]*(?:#?profits?|(?:tp|target|take[\s-]?profit)[^\S\n]?[0-9]{1,2})(?![\w:])"
    r"[^\w\n:]*"
)
_HEADING_MARKS: Final = ("💰", "🎯", "✅", "🔥", "🚀", "💸", "🤑", "💵", "!")
_HEADING_GATE: Final = gate(_HEADING_MARKS)  # (a post holding none holds none on its first line)
# A number struck through: Markdown "~~4.1~~" or "~4.1~", HTML "<s>4.1</s>", a combining stroke.
# (Not one followed by its replacement on its line, "Entry: ~~0.95~~ 0.92": a call corrected in
# place, _STRUCK_THEN's.)
_STRUCK_NUMBER: Final = (
    r"(?:~~?[^\S\n]?[0-9][0-9.,]*[^\S\n]?~~?|<(?:s|del|strike)>[^\S\n]?[0-9][0-9.,]*[^\S\n]?"
    r"</(?:s|del|strike)>|(?:[0-9.,]\u0336)+)"
)
_STRUCK: Final = re.compile(_STRUCK_NUMBER + r"(?![^\n]*[0-9])")
# The same with no combining stroke, asked of a post holding none (its one alternative that can
# match nowhere else, and the one opening with a digit: re entered the pattern at every digit of
# the post; without it re scans for "~" and "<").
_MARKED_NUMBER: Final = _STRUCK_NUMBER.removesuffix(r"|(?:[0-9.,]\u0336)+)") + ")"
_STRUCK_MARKED: Final = re.compile(_MARKED_NUMBER + r"(?![^\n]*[0-9])")
# ... and one followed by another number on its line ("Entry: ~~0.95~~ 0.92"): a call corrected in
# place, both prices read (the struck one traded too): for the user to confirm (session 23).
_STRUCK_THEN: Final = re.compile(_STRUCK_NUMBER + r"(?=[^\n]*[0-9])")
_STRUCK_THEN_MARKED: Final = re.compile(_MARKED_NUMBER + r"(?=[^\n]*[0-9])")
_TICKS: Final = ("✅", "✔", "☑", "✓")
# A later target pending, or crossed out ("TP2: 4.6 ❌" under a ticked TP1).
_PENDING: Final = ("⏳", "⌛", "🕐", "🔜", "❌", "✖")
# A short line after the levels telling a gain: "🎯 +17%", "Booom 💥 +17%", "17% ✅", "Up 17% 🚀".
_GAIN_LINE: Final = re.compile(
    r"\+[^\S\n]?[0-9]{1,4}(?:[.,][0-9]{1,2})?[^\S\n]?%"
    r"|[0-9]{1,4}(?:[.,][0-9]{1,2})?[^\S\n]?%[^\S\n]?[✅✔☑🚀🔥💰💸🤑]"
    r"|(?<![a-z])(?:up|pumped|gained|rallied|flew)[^\S\n][0-9]{1,4}(?:[.,][0-9]{1,2})?[^\S\n]?%"
)
# What such a line may be instead: the plan's risk, the stake, a projection.
_NOT_GAIN: Final = re.compile(
    r"risk|margin|capital|portfolio|balance|deposit|volume|size|lev|stake|allocat|potential"
    r"|expected|possible|target|upside|reward|r:r|(?<![a-z])(?:rrr?|sl|tps?)(?![a-z])|stop|loss"
    r"|drop|down|dip|take|goal"  # ("rr", "sl", "tp" whole: not in "currently +4.2%", i13-wt32)
    r"|цел|тейк|тп"  # (a target given as a percentage: "TP: +3%", a call's, session 19)
)
_GAIN_WORDS: Final = 6
# The leverage the gain was made at, no risk of the plan's: "+42% with 10x leverage 💰"
# (session 27, i13-wrong28).
_AT_LEVERAGE: Final = re.compile(
    r"(?:with|at|on)[^\S\n](?:x[0-9]{1,3}|[0-9]{1,3}[^\S\n]?x)[^\S\n](?:lev(?:erage)?|плеч\w*)"
)
# A short line outside the levels telling a target taken: "TP1 taken", "1st TP taken 💪", "Took
# profit at 4.1", "First TP in the bag 💰", "#1 ✅", "✅ TP1" alone.
_HIT_LINE: Final = re.compile(
    r"(?<![a-z])(?:(?:tp|target|tgt)[^\S\n]?#?[0-9]{1,2}|(?:1st|2nd|3rd|first|second|third)"
    r"[^\S\n](?:tp|target|take[\s-]?profit))[^\S\n](?:taken|in\sthe\sbag|secured|done|booked)"
    r"(?![a-z])|(?<![a-z])took[^\S\n](?:some[^\S\n])?profits?(?![a-z])|in\sthe\sbag"
    r"|^[^\w\n]*#[0-9]{1,2}[^\S\n]?[✅✔☑][^\w\n:]*$|^[^\w\n]*[✅✔☑][^\S\n]?(?:tp|target)"
    r"[^\S\n]?[0-9]{1,2}[^\w\n:]*$"
    # a line of ticks alone, or a tick and a price, outside the levels' lines: "✅✅✅", "✅ 3120"
    # (session 27, i13-wrong28)
    r"|^[^\S\n]*(?:[✅✔☑]\ufe0f?[^\S\n]*){2,}$|^[^\w\n]*[✅✔☑]\ufe0f?[^\S\n]*\$?[0-9][0-9.,]*[^\w\n]*$"
)
# An entry marked done on its line: "Entry: 3.5 - activated", "Entry: 3.5 (triggered)". (Not a
# tick alone: a Cornix template's "Entry Targets: 1) 27 ✅" is the call's styling, dev
# teletrader-VIPCS-002.)
_ENTRY_DONE: Final = re.compile(
    r"[^\S\n]*(?:[-–:(][^\S\n]*)?[✅✔☑]?[^\S\n]*(?:activated|filled|triggered|entered|executed)(?![a-z])"
)

_DONE_GATE: Final = gate((*_TICKS, "activ", "fill", "trigger", "enter", "exec"))
_PERIOD_GATE: Final = gate(("period",))
_SIGNED_GAIN: Final = re.compile(r"\+[^\S\n]?[0-9]{1,4}(?:[.,][0-9]{1,2})?[^\S\n]?%")
_GAIN_MARKS: Final = ("🔥", "💸", "💰", "🚀", "✅", "🎯", "🤑")
# What may follow a bare target on its line.
_BARE: Final = re.compile(r"[\s\w.,%()+/|:$-]*")


def card_report(sig: ParsedSignal, low: str) -> str | None:
    """Why the signal is a report quoting a call rather than a new one, or None. low: the
    lower-case post as the signal reader saw it, a leverage blanked: the result line is read in
    sig.norm_text)."""
    norm = sig.norm_text
    lowered = norm.lower() if "%" in norm or holds(low, _PERIOD_GATE) else ""  # (once, for both)
    line = _report_line(lowered) if lowered else None
    line = line or _heading(low)
    if line is not None:
        return (
            f"the post reports what a trade made ('{line}') beside its levels: a report quoting"
            " a call, not a new one"
        )
    raw = sig.raw_text
    if ("~" in raw or "<" in raw or "\u0336" in raw) and (
        m := (_STRUCK if "\u0336" in raw else _STRUCK_MARKED).search(raw)
    ) is not None:
        return (
            f"a level is struck through ('{m.group().strip()}'): a report on a call (a target"
            " reached or dropped), not a new one"
        )
    if (line := _hit_line(sig, low)) is not None:
        return (
            f"the post says '{line}' beside its levels: a target reached, a report quoting the"
            " call, not a new one"
        )
    if "%" in norm and (line := _gain_after(sig, lowered)) is not None:
        return (
            f"the post tells a gain ('{line}') under its levels: a report quoting a call, not a"
            " new one"
        )
    if (mark := _entries_done(sig, low)) is not None:
        return (
            f"the entry is marked '{mark}': the order went in, a status post quoting the call,"
            " not a new one"
        )
    if len(sig.take_profits) > 1 and (mark := _first_target_marked(sig, low)) is not None:
        return (
            f"the first target is marked '{mark}' and the later ones are not: a report on a call"
            " quoting its levels, not a new one"
        )
    return None


def _report_line(low: str) -> str | None:
    """A line of the post telling the trade's result or how long it ran, or None."""
    if "period" in low:
        for m in _PERIOD.finditer(low):
            units = [u.group(1) for u in _UNIT.finditer(m.group(1))]
            if len(units) > 1 or "⏰" in m.group(2) or any(u.startswith("min") for u in units):
                return m.group().strip()
    if "%" in low and any(
        w in low for w in ("profit", "gain", "roi", "pnl", "p&l", "p/l", "прибыль", "профит")
    ):
        for m in _RESULT.finditer(low):
            if _PROJECTED.search(m.group()):
                continue
            if (
                m.group("sign")
                or len(m.group("dec") or "") >= 3
                or _RESULT_TAIL.search(m.group("tail").strip())
            ):
                return m.group().strip()
        for m in _GAIN_FIRST.finditer(low):
            if _PROJECTED.search(m.group()):
                continue
            # ("🔥98.2% Profit (5x)🔥": the result at its leverage, i13-upd25.)
            tail = m.group("tail")
            if m.group("sign") or _TICK_OR_TIME.search(tail) or _RESULT_TAIL.search(tail.strip()):
                return m.group().strip()
    return None


def _heading(low: str) -> str | None:
    """The post's first line, when it names a result or a target reached and nothing else."""
    if not holds(low, _HEADING_GATE):
        return None
    first = first_line(low)
    if not any(mark in first for mark in _HEADING_MARKS):
        return None
    if ("profit" in first or "tp" in first or "target" in first) and _HEADING.fullmatch(first):
        return first.strip()
    return None


def _first_target_marked(sig: ParsedSignal, low: str) -> str | None:
    """The mark after the first target when it is ticked and a later one is pending, or carries
    its gain and a mark while the later ones are bare; else None."""
    spans = sig.norm_spans.get("take_profits", [])
    if len(spans) < 2:
        return None
    tails = []
    for i, (_, end) in enumerate(spans):
        stop = low.find("\n", end)
        stop = len(low) if stop < 0 else stop
        if i + 1 < len(spans) and spans[i + 1][0] < stop:
            stop = spans[i + 1][0]
        tails.append(low[end:stop])
    first = tails[0]
    tick = next((t for t in _TICKS if t in first), None)
    if tick is not None and any(p in tail for tail in tails[1:] for p in _PENDING):
        return tick
    gain = _SIGNED_GAIN.search(first)
    if gain is not None and any(mark in first for mark in _GAIN_MARKS):
        if all(_BARE.fullmatch(tail) is not None for tail in tails[1:]):
            return first.strip()
    # "TP1: 3100 🔥 / TP2: 3200 / TP3: 3300", "Target 1: 3100 🟢", "1) 3100 🏆 ...": the first
    # targets marked by a pictograph after the price, each target on a line of its own, the later
    # ones bare (a fresh call styles all its targets or none; no dev signal marks only its first
    # ones). Traded as a new call (i13-upd25; upd24 left it with the stop line present).
    # (On one line, "Targets: 3100 🔥 - 3200 - 3300": the mark before the list's separator, so it
    # is the first target's and not a bullet before the next, "🎯 3100 🎯 3200 🎯 3300"; session
    # 27, i13-wrong28.)
    # (The first target marked or nothing is: a match of _MARK_THEN_SEP is one of _PICTOGRAPH
    # too, so with no pictograph after the first target none is led by a mark; most cards.)
    if _PICTOGRAPH.search(tails[0]) is None:
        return None
    own = _own_lines(low, spans)
    marked = [(_PICTOGRAPH if own else _MARK_THEN_SEP).search(tail) for tail in tails[:-1]]
    marked.append(_PICTOGRAPH.search(tails[-1]))
    led = next((i for i, m in enumerate(marked) if m is None), len(marked))
    if 0 < led < len(tails) and not any(marked[led:]):
        if all(_BARE.fullmatch(tail) is not None for tail in tails[led:]):
            mark = marked[0]
            return mark.group() if mark is not None else None
    return None


_PICTOGRAPH: Final = re.compile(r"[\u2600-\u27bf\U0001f000-\U0001faff]")
_MARK_THEN_SEP: Final = re.compile(
    r"[\u2600-\u27bf\U0001f000-\U0001faff](?=\ufe0f?[^\S\n]*[-–/,|])"
)


def _own_lines(low: str, spans: list[tuple[int, int]]) -> bool:
    """Whether each target read is on a line of its own."""
    for i in range(1, len(spans)):
        if low.find("\n", spans[i - 1][1], spans[i][0]) < 0:
            return False  # (as "\n" in low[end:start], without the slice)
    return True


def _gain_after(sig: ParsedSignal, low: str) -> str | None:
    """A short line after the last level's line telling a gain, or None."""
    # (not the leverage: "+42% with 10x leverage 💰" tells the gain at it, i13-wrong28)
    ends = [end for key, spans in sig.norm_spans.items() if key != "leverage" for _, end in spans]
    if not ends:
        return None
    after = low.find("\n", max(ends))
    if after < 0:
        return None
    for line in low[after:].split("\n"):
        if len(line.split()) > _GAIN_WORDS or _GAIN_LINE.search(line) is None:
            continue
        if _NOT_GAIN.search(_AT_LEVERAGE.sub("", line)) is None:
            return line.strip()
    return None


def _entries_done(sig: ParsedSignal, low: str) -> str | None:
    """The word after every entry read ("Entry: 3.5 - activated"), when each is so marked, or
    None."""
    spans = sig.norm_spans.get("entries", [])
    if not spans or not holds(low, _DONE_GATE):
        return None
    marks = [_ENTRY_DONE.match(low, end) for _, end in spans]
    if all(m is not None for m in marks) and marks[0] is not None:
        return marks[0].group().strip(" -–:(")
    return None


# A sentence of any length telling a target reached: "LINK/USDT first target has been
# successfully achieved in just 3 hours", "Our LINK call just hit the first target, ...".
_ORD: Final = r"(?:first|second|third|1st|2nd|3rd)"
_TOLD_HIT: Final = re.compile(
    r"(?<![a-z])(?:" + _ORD + r"\s(?:target|tp|take[\s-]?profit)|(?:tp|target)\s?#?[0-9]{1,2})"
    r"\s(?:(?:has|have|was|were|is|just|now|been|successfully|already|also|finally)\s){0,4}"
    r"(?:hit|reached|achieved|smashed|touched|done|completed)(?![a-z])"
    r"|(?<![a-z])(?:hit|reached|achieved|smashed|touched)\s(?:our\s|the\s|its\s)?"
    + _ORD
    + r"\s(?:target|tp|take[\s-]?profit)(?![a-z])"
)
# A plan for later, no report: "Once TP1 is taken, move SL to entry".
_PLAN: Final = re.compile(
    r"(?<![a-z])(?:if|once|when|after|will|until|before|potential|expected)(?![a-z])"
)


# The words every match of _TOLD_HIT holds (its verbs), and of _HIT_LINE (its words of a target
# taken, or its ticks): a line holding none of them is not searched (both patterns open with a
# look-behind or a line's start, which re tries at every character of the line).
_TOLD_HEADS: Final = ("hit", "reached", "achieved", "smashed", "touched", "done", "completed")
_HIT_HEADS: Final = ("taken", "bag", "secured", "done", "booked", "took", "✅", "✔", "☑")
# The post's own gate, older than the two above (a post holding none of these is not read for a
# line of a target taken): each of the words above holds one of these (the two later ticks
# since i13-wrong28).
_POST_HEADS: Final = (
    *("taken", "took", "bag", "secured", "done", "booked", "#", "✅", "hit", "reach"),
    *("achiev", "smash", "touch", "complet"),
    *("✔", "☑"),  # (a tick and a price alone under a card, "✔️ 22.31", i13-wrong28)
)
_LATER_TICKS: Final = ("✔", "☑")
# The words above asked of the whole post, found in its one pass (parsers/gate_words.py): all
# of them, each alone, and the post's gate.
_HEADS_GATE: Final = gate((*_TOLD_HEADS, *_HIT_HEADS))
_TOLD_GATES: Final = tuple(gate((w,)) for w in _TOLD_HEADS)
_HIT_GATES: Final = tuple(gate((w,)) for w in _HIT_HEADS)
_POST_GATE: Final = gate(_POST_HEADS)


def _hit_line(sig: ParsedSignal, low: str) -> str | None:
    """A short line holding no level that tells a target taken, or None."""
    # (Of the patterns' words, the post's: each line is asked only for these, mostly none.)
    if not holds(low, _HEADS_GATE):
        return None
    told_heads = [w for i, w in enumerate(_TOLD_HEADS) if holds(low, _TOLD_GATES[i])]
    hit_heads = [w for i, w in enumerate(_HIT_HEADS) if holds(low, _HIT_GATES[i])]
    if not told_heads and all(w in _LATER_TICKS for w in hit_heads):
        # (None of them, or only ticks the post's gate never asked for: the gate decides.)
        if not hit_heads or not holds(low, _POST_GATE):
            return None
    spans = [a for spans in sig.norm_spans.values() for a, _ in spans]
    start = 0
    for line in low.split("\n"):
        end = start + len(line)
        at = start
        start = end + 1
        told_words = any(w in line for w in told_heads)
        hit_words = any(w in line for w in hit_heads)
        if not (told_words or hit_words):
            continue  # (neither pattern can match: the line's words need not be counted)
        if any(at <= a < end for a in spans):
            continue  # (a line holding a level: asked only of a line holding a word)
        if len(line.split()) > _GAIN_WORDS:
            told = _TOLD_HIT.search(line) if told_words else None
            if told is not None and _PLAN.search(line, 0, told.start()) is None:
                return told.group()
            continue
        if hit_words and (m := _HIT_LINE.search(line)) is not None and _PLAN.search(line) is None:
            return line.strip() or m.group()
    return None


def struck_then_price(sig: ParsedSignal) -> str | None:
    """Why a call with a price struck through and another after it on its line ("Entry:
    ~~0.95~~ 0.92") is held for review, or None: a correction in place, whose struck price was
    read as a level too."""
    raw = sig.raw_text
    if not ("~" in raw or "<" in raw or "\u0336" in raw):
        return None
    m = (_STRUCK_THEN if "\u0336" in raw else _STRUCK_THEN_MARKED).search(raw)
    if m is None:
        return None
    return (
        f"a price is struck through ('{m.group().strip()}') and another follows it: a call"
        " corrected in place, read with both prices; confirm the corrected levels"
    )
