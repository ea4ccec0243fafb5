"""A call posted again with how it ended said in words or marks the older report rules lack
(session 29, branch i13-status31; parsers/card_reports.py and parsers/reports.py read the
others):

- a short line under the levels telling the outcome in a word: "🟢 WIN", "✅ Successful",
  "Nailed it 🔥🔥", "Booom 💥💥", "Easy money 💵💵", "Jackpot 🎰", "Those who followed made
  profit 💸" (not "Win rate: 85%", "Wish you a successful trade", a card's template);
- a line of target marks alone under the levels: "🎯🎯", "🎯🎯🎯";
- a count of targets reached with a target's mark, anywhere: "🎯 1/3", "2/3 ✅", "✅ 2/4
  targets" (its numbers were read as two more targets of the call: "🎯 1/3" gave the
  targets 1 and 3);
- a heading alone on its line naming the call an earlier one: "Previous signal 👇";
- a short line holding no level that names a target and a gain (a percentage with decimals, or
  signed, or beside a word or mark of a result): "+7.8% target 1",
  "Target 1 = 7.8%", "target 1 ⚡ 7.8%", "7.8% on the first target", "Profit on target 1: 7.8%"
  (a results post re-posting a BTC-pair card's levels, session 30, branch i13-wt32; not a plan:
  "after TP1 hit, secure 50%", "TP1 → close 30%", "65-70% probability of hitting first target",
  nor the share to close at each target: "TP1: 50%", "Target 2 - 30%");
- a short line holding no level that tells a gain made: "15.6% gained", "Total profit 15.6%",
  "15.6% in 2 days", "We are up 15.6%" ("Profit: 8.5%", "Profit:1%" under a fresh card are its
  projection and stay read: tests/parsers/test_en21_reports.py, dev cur-signals-042; session
  30, i13-wt32).

Each is a report quoting a call, never a new trade: the signal needs review. Made-up forms of
the brief's classes (emoji-heavy reports re-posting the card's levels), no held-out post.
parsers/call_doubts.py asks it; cheap literal tests first.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.followup_forms import COUNT_MARKS, marked_count
from parsers.gate_words import gate, holds
from parsers.line_led import LineLed
from parsers.models import ParsedSignal

# An outcome told in a word or two ("WIN", "nailed it", "easy money"), on its own short line.
_OUTCOME: Final = re.compile(
    r"(?<![a-z])(?:win(?:ner)?|won(?!['’])|successful(?:ly)?|nailed(?:\sit)?|b[o0]{3,}m+|jackpot"
    r"|bingo|easy\s(?:money|profits?|win)|free\smoney|cashed\sout|printed|"
    r"(?:those|everyone|anyone|all)\s(?:who|that)\s(?:followed|took|joined|entered)"
    r"|if\syou\s(?:followed|took|joined|entered))(?![a-z])"
)
# What such a word may be instead: a rate, a chance, a call's hype ("Win rate: 85%",
# "Success probability 70%", "win big with this one").
_NOT_OUTCOME: Final = re.compile(
    r"(?<![a-z])(?:rate|ratio|chance|chances|probability|odds|streak|percentage|big|more"
    r"|potential|expected|will|could|can|let'?s|to\swin|if|when|once|wish|luck|may)(?![a-z])|\?"
)
_OUTCOME_WORDS: Final = 6
_OUTCOME_HEADS: Final = (
    *("win", "won", "successful", "nailed", "boo", "b00", "jackpot", "bingo", "easy "),
    *("free money", "cashed", "printed", "followed", "took", "joined", "entered"),
)
_OUTCOME_GATE: Final = gate(_OUTCOME_HEADS)

# A line of target marks alone: "🎯🎯", "🎯 🎯 🎯".
_MARKS_ONLY: Final = re.compile(r"[^\S\n]*(?:🎯[^\S\n]*){2,}[^\w\n]*")
_MARK_GATE: Final = gate(("🎯",))

_COUNT_GATE: Final = gate(COUNT_MARKS)

# A heading alone on its line naming the call an earlier one: "Previous signal 👇", "Old call:"
# (not "Last trade entry was 2950", a sentence: parsers/vocabulary.RESTATED reads "our last call").
_EARLIER: Final = LineLed(
    r"(?m)^[^\w\n]*(?:previous|earlier|last|old)\s(?:call|signal|trade|setup|post)s?[^\w\n]*$"
)
_EARLIER_GATE: Final = gate(("previous", "earlier", "last", "old"))

# A target named on a line: by its number ("target 1", "TP2", "tp #3") or its order ("first
# target", "2nd TP").
_TARGET_NAMED: Final = re.compile(
    r"(?<![a-z])(?:(?:tp|target|tgt|take[\s-]?profit)[^\S\n]?#?[0-9]{1,2}|(?:first|second|third"
    r"|fourth|fifth|1st|2nd|3rd|[4-9]th)[^\S\n](?:tp|target|tgt|take[\s-]?profit)|(?:tp|target)"
    r"[^\S\n](?:one|two|three|four|five))(?![a-z0-9])"
)
_PERCENT_NUMBER: Final = re.compile(r"[0-9]+(?:[.,][0-9]+)?[^\S\n]?%")
_PRICE_NEXT: Final = re.compile(r"[^\w\n]*[0-9]")
_BRACKETED: Final = re.compile(r"[^\S\n]?\([^\S\n]?\+?[0-9]+(?:[.,][0-9]+)?[^\S\n]?%[^\S\n]?\)")
# What such a line may be instead: a plan for the target (a share to close, the stop to move,
# the odds of reaching it), a projection, a question.
_TARGET_PLAN: Final = re.compile(
    r"(?<![a-z])(?:clos\w*|secur\w*|sell\w*|mov\w*|leav\w*|unload\w*|book\w*|fix\w*"
    r"|probab\w*|chances?|odds|after|when|if|once|each|every|until|before|risk\w*|size|position"
    r"|portfolio|allocat\w*|potential|expected|estimated|approx\w*|up\sto|could|would|will|may"
    r"|might|stop|sl|lev\w*|margin|reward|r:r|rr|distance|away|from|of\s(?:the\s)?(?:position"
    r"|trade|capital|bag))(?![a-z])|[~≈→?]|->|=>"
)
_TARGET_WORDS: Final = ("tp", "target", "tgt", "take profit", "take-profit", "takeprofit")
_TARGET_GATE: Final = gate(_TARGET_WORDS)
_RESULT_WORDS: Final = 12
# A gain told as made: a past word, a total, a time it took, "we are up". (Not "Profit: 8.5%"
# under a fresh card: its projection, tests/parsers/test_en21_reports.py.)
_GAIN_MADE: Final = re.compile(
    r"(?<![a-z])(?:gained|made|total\s(?:profit|gain|return)|result|realized|realised|net"
    r"|we(?:['’]re|\sare)\sup|up\s[0-9])(?![a-z])"
    r"|%[^\S\n]?(?:in|within)[^\S\n][0-9]{1,3}[^\S\n]?(?:min\w*|h|hrs?|hours?|days?|weeks?)"
    r"(?![a-z])"
)
_DECIMAL_PERCENT: Final = re.compile(r"[0-9][.,][0-9]{1,4}[^\S\n]?%")
# A whole percentage beside a target told as a gain ("+8% target 1", "Target 1 ✅ 8%", "8% profit
# on target 1"), not the share to close there ("TP1: 50%", "Target 2 - 30%": a card's plan; 🎯
# is a target's bullet, "🎯 TP1 (5%):", tests/parsers/test_sig24.py).
_TOLD_GAIN: Final = re.compile(
    r"\+[^\S\n]?[0-9]|(?<![a-z])(?:profits?|gains?|gained|up|reached|hit|done|achieved"
    r"|smashed|made)(?![a-z])|[✅✔☑⚡🔥💰🚀⏫]"
)
_GAIN_MADE_WORDS: Final = 8


def outcome_line(sig: ParsedSignal, low: str) -> str | None:
    """Why the signal is a report quoting a call (a line saying how it ended, a count of targets
    reached), or None. low: the lower-case post as the signal reader saw it."""
    if holds(low, _COUNT_GATE) and (count := marked_count(low)) is not None:
        return (
            f"'{count.group().strip()}' counts the targets reached: a report quoting a call, its"
            " numbers no level"
        )
    if holds(low, _EARLIER_GATE) and (earlier := _EARLIER.search(low)) is not None:
        return (
            f"the post restates an earlier signal ('{earlier.group().strip()}'): following it"
            " again would open a second position on the same call"
        )
    if "%" in low and sig.take_profits:
        if holds(low, _TARGET_GATE) and (line := _target_result(sig, low)) is not None:
            return (
                f"the post tells what a target made ('{line}') beside its levels: a report"
                " quoting a call, not a new one"
            )
        if (line := _gain_made(sig, low)) is not None:
            return (
                f"the post tells a gain made ('{line}') beside its levels: a report quoting a"
                " call, not a new one"
            )
    words = holds(low, _OUTCOME_GATE)
    marks = holds(low, _MARK_GATE)
    if not (words or marks):
        return None
    ends = [end for key, spans in sig.norm_spans.items() if key != "leverage" for _, end in spans]
    after = low.find("\n", max(ends)) if ends else -1
    if after < 0:
        return None
    for line in low[after + 1 :].split("\n"):
        if marks and _MARKS_ONLY.fullmatch(line) is not None:
            return (
                f"the post marks targets reached ('{line.strip()}') under its levels: a report"
                " quoting a call, not a new one"
            )
        if not words or len(line.split()) > _OUTCOME_WORDS:
            continue
        m = _OUTCOME.search(line)
        if m is not None and _NOT_OUTCOME.search(line) is None:
            return (
                f"the post says how a trade ended ('{line.strip()}') under its levels: a report"
                " quoting a call, not a new one"
            )
    return None


def _free_lines(sig: ParsedSignal, low: str, most: int) -> list[str]:
    """The lines of at most `most` words holding a "%" and no level read, nor heading the next
    line's price ("Take-Profit 1 — 5%" over "$0.4690", tests/parsers/test_sig24.py)."""
    spans = [start for spans in sig.norm_spans.values() for start, _ in spans]
    lines: list[str] = []
    at = 0
    for line in low.split("\n"):
        start, at = at, at + len(line) + 1
        if "%" not in line or len(line.split()) > most:
            continue
        if _PRICE_NEXT.match(low, at) is not None:
            continue
        if not any(start <= x < at for x in spans):  # (not "Target: 0.0000110 (7.8%)")
            lines.append(line)
    return lines


def _target_result(sig: ParsedSignal, low: str) -> str | None:
    """A short line holding no level that names a target and a percentage, with no word of a
    plan, or None."""
    for line in _free_lines(sig, low, _RESULT_WORDS):
        named = _TARGET_NAMED.search(line)
        if named is None or _PERCENT_NUMBER.search(line) is None:
            continue
        rest = _PERCENT_NUMBER.sub("", line[: named.start()] + line[named.end() :])
        if any(c.isdigit() for c in rest) or line.rstrip().endswith(":"):
            continue  # (a price of its own, "- tp1: 38,2% fib (100.198,29)"; a label over one)
        if _BRACKETED.match(line, named.end()) is not None:
            continue  # ("🎯 TP1 (5%)": the target's distance or share, its price on the next line)
        if _TARGET_PLAN.search(line) is None and (
            _DECIMAL_PERCENT.search(line) is not None or _TOLD_GAIN.search(line) is not None
        ):
            return line.strip()
    return None


def _gain_made(sig: ParsedSignal, low: str) -> str | None:
    """A short line holding no level that tells a gain made, with no word of a plan, or None."""
    for line in _free_lines(sig, low, _GAIN_MADE_WORDS):
        if _PERCENT_NUMBER.search(line) is None or _TARGET_PLAN.search(line) is not None:
            continue
        if _GAIN_MADE.search(line) is not None and _NOT_GAIN.search(line) is None:
            return line.strip()
    return None


# A share of the account, a projection: "use 2% of total account", "potential ROI: ~6%".
_NOT_GAIN: Final = re.compile(
    r"(?<![a-z])(?:use|invest\w*|portfolio|capital|account|balance|deposit|only|max\w*"
    r"|possible|estimated|expected|potential|target\w*|goal)(?![a-z])"
)
