"""What the post says around a complete call that makes it no call to trade (session 24, branch
i13-wrong25; the older line rules are parsers/call_lines.py's). The card reads whole (coin,
side, entry, targets, stop) and the post frames it as something else:

- a warning about it ("⚠️ Scam alert! Fake channel posting: ... Don't follow it!");
- a question or a poll ("❓ Would you long #SOL here?", "🗳️ Vote: should we long #BTC?",
  "Hypothetical: long $ETH 3000, target 3300, stop 2900. Would you take it?");
- an old call shown again ("(old signal from March, for reference)");
- a call not to enter yet ("(not active yet, wait for my update)");
- a lesson's example in a sentence ("Example: you buy #BTC at 60000, your stop loss at 58000"),
  a format shown ("This is how a signal looks:");
- the side's own line under a condition ("ETH long if 3000 holds", "#SOL long once it
  reclaims 150");

and two readings of the levels a person cannot choose between:

- a price after the side's "to" read as an entry ("if we reclaim 3200, long to 3400 and 3600":
  3400 and 3600 read as entries, the targets the post means);
- an entry read inside a note in brackets after another entry ("Entry 148-152 (best above
  150)": 150 read as a third entry);
- the only target given as a hope ("Target 65000 (maybe)").

Each makes the signal need review with the words quoted, never a trade (CONVENTIONS.md: a
lesson's example is no signal; conditions, two readings). parsers/call_doubts.py asks it, after
call_lines; cheap literal tests before every search. Forms made up from the brief's classes
(warnings, polls, recaps, lessons, hedged plans), never a held-out post.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.example_frame import EXAMPLE as _EXAMPLE
from parsers.example_frame import example as _example
from parsers.gate_words import gate, holds
from parsers.lead_first import lead_first
from parsers.models import ParsedSignal
from parsers.own_setup import own_setup_doubt

# A warning about the call shown: "Scam alert", "Fake channel posting:", "Don't follow it!".
_WARNING: Final = re.compile(
    lead_first(
        r"(?<![a-z])(?:scam\salert|fake\s(?:channel|account|signal|group|admin)s?|impersonat\w+"
        r"|(?:don['’]t|do\snot|never)\sfollow\s(?:it|this|them|these|that)(?![a-z]))"
    )
)
_WARNING_HEADS: Final = ("scam", "fake", "impersonat", "follow")
# A question or a poll on the call: "Would you long #SOL here?", "Vote: should we long #BTC?",
# "Hypothetical:", "What if we had longed".
# (Led by a literal, lead_first: 2x faster on the dev posts its words let through; session 28.)
_QUESTION: Final = re.compile(
    lead_first(
        r"(?<![a-z])(?:would\syou\s(?:long|short|buy|sell|take|enter|open)|should\s(?:we|i|you)"
        r"\s(?:long|short|buy|sell|take|enter|open)|(?:vote|poll|quiz)\s?:|hypothetical(?:ly)?"
        r"|what\sif\s(?:we|i|you)\s(?:had|would\shave)|who\swould\s(?:long|short|buy|take)"
        r"|would\syou\stake\sit)"
    )
)
_QUESTION_HEADS: Final = ("would", "should", "vote", "poll", "quiz", "hypothetic", "what if")
# An old call shown again, a call not to enter yet.
_NOT_NOW: Final = re.compile(
    lead_first(
        r"(?<![a-z])(?:old\s(?:signal|call|trade|setup)|not\s(?:yet\s)?active"
        r"|(?<![а-яё])(?:старый|прошлый|вчерашний)\s(?:сигнал|сетап)(?![а-яё])"
        r"(?:\syet)?|wait\sfor\s(?:my|our|the)\s(?:update|confirmation|signal)\s(?:to|before)\s(?:enter"
        r"|entering|open|buy)|(?:don['’]t|do\snot)\senter\syet|not\sa\ssignal\syet"
        # A call of a year ago shown, one shown for reference (session 25, i13-left26: traded):
        # "One year ago today we posted:", "Our latest call for reference:", "Год назад мы дали
        # сигнал:", "Как это было 👇".
        r"|(?:years?|months?|weeks?)\sago(?:\stoday)?,?\s(?:we|i)\s(?:posted|called|gave|shared|said)"
        r"|(?:call|signal|trade|setup)\sfor\sreference)(?![a-z])"
        r"|(?<![а-яё])(?:(?:год|месяц|неделю)\sназад\s(?:мы|я)\s(?:дал\w{0,2}|публиковал\w{0,2}"
        r"|писал\w{0,2}|выложил\w{0,2})|как\sэто\sбыло)(?![а-яё])"
    )
)
_NOT_NOW_HEADS: Final = (
    *("old ", "active", "старый", "прошлый", "вчерашний", "wait for", "enter yet", "signal yet"),
    *(" ago", "reference", "назад", "как это было"),
)
# A call said to be no call: a test, a paper trade, a preview, a throwback, a lesson, a contest
# entry, a thought asked about ("TEST SIGNAL - DO NOT TRADE", "(paper trade, testing the bot)",
# "Signal preview (VIP tomorrow):", "Remember this one?", "🎓 Educational: risk/reward" (a
# heading; "for educational purposes" beside a call is a disclaimer), "Trading 101",
# "📢 New listing! $NEW/USDT", "Contest: best #ETH long of the week", "Thinking of longing #BTC at 60000 ... Thoughts?").
_NO_CALL: Final = re.compile(
    r"(?<![a-z])(?:test\s(?:signal|post|message|call)|paper\strad\w*|testing\sthe\sbot"
    r"|(?:do\snot|don['’]t)\s(?:trade|copy|follow\sthis)|signal\spreview|preview\s?[(:]"
    r"|remember\sthis\s(?:one|call|signal|trade)|trading\s101|just\sto\sexplain"
    r"|(?m:^)[^\w\n]*educational\s?:|new\slisting|listing\s(?:alert|announcement)"
    r"|(?:contest|competition)\s?:|thinking\sof\s(?:longing|shorting|buying|selling|going)"
    r"|thoughts\s?\?"
    # A hypothesis in the first person (i13-left26): "If I were to short #ETH now, I'd enter at
    # 3400 ...", "Если бы я шортил #ETH, то вход 3400"; our calls shown to new readers.
    r"|if\si\swere\s(?:to|you|in)|was\si\sto\s(?:long|short|buy|sell))"
    r"|(?<![а-яё])(?:если\sбы\sя|так\sвыглядят\s(?:наши\s)?(?:сигнал|сделк)\w{0,2})(?![а-яё])"
)
_NO_CALL_HEADS: Final = (
    "test",
    "paper",
    "t trade",  # ("not", "don't", "don’t": the curly apostrophe as phones type it)
    "t copy",
    "not follow",
    "preview",
    "remember",
    "listing",
    "educational:",
    "educational :",
    "101",
    "explain",
    "contest",
    "competition",
    "thinking of",
    "thoughts",
    "if i were",
    "was i to",
    "если бы я",
    "так выглядят",
)
# Another market's condition on the call: "#SOL LONG — if BTC holds 60k", "(after BTC
# confirms)", "BTC holding 60k? Then #SOL LONG", "Wait for our entry confirmation!". (Not a
# label's own words, "Long if BTC holds: 0.045-0.047": test_rules17 reads its entries.)
_BTC_CONDITION: Final = re.compile(
    r"(?<![a-z])(?:(?:if|once|when|after|while|as\slong\sas)\s[#$]?(?:btc|bitcoin)\s(?:holds"
    r"|stays|confirms|keeps|remains|is\sabove|is\sbelow|reclaims)(?!\s?:)|[#$]?(?:btc|bitcoin)\sholding\s[^\n?]{0,20}\?"
    r"|wait\sfor\s(?:our|my|the)\s(?:entry\s)?confirmation)(?![a-z])"
)
_BTC_CONDITION_HEADS: Final = ("btc", "bitcoin", "confirmation")
# The side's line under a condition: "ETH long if 3000 holds", "#SOL long once it reclaims 150".
_SIDE_IF: Final = re.compile(
    lead_first(
        r"(?<![\w-])(?:long|short|buy|sell)\s(?:only\s)?(?:if|once|when|after)\s(?:[^\n]{0,30}?\s)?"
        r"(?:holds?|breaks?|reclaims?|flips?|confirms?|closes?\s(?:above|below)|retests?|loses?)(?![a-z])(?!\s?:)"
    )
)
# A note in brackets opened after an entry on its line.
_HOPED_ONLY: Final = re.compile(
    r"[^\S\n]*[(\[][^\S\n]*(?:maybe|possibly|perhaps|if\slucky|hopefully)[^\S\n]*[)\]]"
)


def framing_doubt(sig: ParsedSignal, low: str) -> str | None:
    """Why the post frames its call as no call to trade, or reads a level two ways; or None. low:
    the lower-case post (sig.norm_text lowered)."""
    entries = sig.norm_spans.get("entries", [])
    first = min([start for start, _ in entries]) if entries else len(low)  # (no generator)
    if (why := own_setup_doubt(sig.norm_text, low, first)) is not None:  # "breakdown of your setup"
        return why
    for i in range(len(_FRAMES)):
        if not holds(low, _FRAME_GATES[i]) or (i == _BTC_AT and not holds(low, _BTC_VERBS)):
            continue
        m = _example(low) if i == _EXAMPLE_AT else _FRAMES[i][1].search(low)  # (two searches)
        if m is not None:
            reason = _FRAMES[i][2]
            return f"the post says '{sig.norm_text[m.start() : m.end()].strip()}': {reason}"
    if (
        sig.side_at >= 0
        and sig.entry_trigger is None  # ("Long if it breaks 0.53": the condition read as one)
        and holds(low, _IF_GATE)
    ):
        start = low.rfind("\n", 0, sig.side_at) + 1
        end = low.find("\n", sig.side_at)
        m = _SIDE_IF.search(low, start, len(low) if end < 0 else end)
        if m is not None:
            return (
                f"the post says '{sig.norm_text[m.start() : m.end()]}': the call waits for a"
                " condition that is not read, and a limit order could fill at once"
            )
    if (why := _changed_level(sig, low)) is not None:
        return why
    if (why := _open_zone(sig)) is not None:
        return why
    if (why := _entry_after_to(sig, low)) is not None:
        return why
    if holds(low, _NOTE_GATE) and (why := _entry_in_note(sig, low)) is not None:
        return why
    spans = sig.norm_spans.get("take_profits", [])
    if len(spans) > 1 and (why := _index_twice(sig, low, spans)) is not None:
        return why
    if len(spans) > 1 and (why := _index_read(sig, spans)) is not None:
        return why
    if len(spans) == 1 and (m := _HOPED_ONLY.match(low, spans[0][1])) is not None:
        start, end = spans[0]
        return (
            f"the target {sig.norm_text[start:end]} is given as a hope ('{m.group().strip()}'):"
            " a target to place, or none? Which is meant is a guess"
        )
    return None


_FRAMES: Final[tuple[tuple[tuple[str, ...], re.Pattern[str], str], ...]] = (
    (_WARNING_HEADS, _WARNING, "a warning about the call shown, not a call to trade"),
    (_QUESTION_HEADS, _QUESTION, "a question or a poll on the call, not a call to trade"),
    (
        _NOT_NOW_HEADS,
        _NOT_NOW,
        "an old call shown again, or one not to enter yet, not a call to trade now",
    ),
    (
        ("example", "how ", "what ", "sample", "пример", "образец"),
        _EXAMPLE,
        "a lesson's example or a format shown, not a call to trade",
    ),
    (_NO_CALL_HEADS, _NO_CALL, "a test, a preview, a lesson or a thought, not a call to trade"),
    (
        _BTC_CONDITION_HEADS,
        _BTC_CONDITION,
        "the call waits for a condition that is not read, and a limit order could fill at once",
    ),
)
# Each frame's words found in the post's one pass (parsers/gate_words.py).
_FRAME_GATES: Final = tuple(gate(heads) for heads, _, _ in _FRAMES)
_EXAMPLE_AT: Final = 3  # (the example frame's row: parsers/example_frame.py searches it)
_BTC_AT: Final = 5  # (its row: every match holds one of its verbs too; "btc" is in most BTC calls)
_BTC_VERBS: Final = gate(tuple("hold stays confirm keeps remains above below reclaim".split()))
_IF_GATE: Final = gate((" if ", " once ", " when ", " after "))
_NOTE_GATE: Final = gate(("(",))
_TO_GATE: Final = gate((" to ", " до "))  # ("лонг до 3300", i13-wt32)


def _entry_after_to(sig: ParsedSignal, low: str) -> str | None:
    """An entry read right after the side word's "to" ("long to 3400 and 3600": the targets the
    post means, read as entries), or None."""
    if sig.side_at < 0 or not holds(low, _TO_GATE):
        return None
    word_end = sig.side_at
    while word_end < len(low) and low[word_end].isalpha():
        word_end += 1
    if not low.startswith((" to ", " до "), word_end):
        return None
    after = word_end + len(" to ")  # (as long as " до ")
    for start, end in sig.norm_spans.get("entries", []):
        if start == after or (start == after + 1 and low[after] == "$"):
            return (
                f"'{sig.norm_text[sig.side_at : end]}' is read as an entry: the side's 'to'"
                " names where the trade goes (a target), or where to enter? Which is meant is"
                " a guess"
            )
    return None


# A note naming the zone's other end ("(with a maximum value 118000.0)", dev cur-signals-031).
_BOUND: Final = re.compile(r"(?<![a-z])(?:max|min|maximum|minimum|up\sto|down\sto)(?![a-z])")


# A note naming its price an entry: "(2nd entry 59000)", "(DCA 59000)", "(add at 59000)".
_NAMED_ENTRY: Final = re.compile(
    r"(?<![a-z])(?:entry|entries|dca|add|adding|re-?buy|rebuy|second|2nd|third|3rd|averag\w*)(?![a-z])"
)


def _entry_in_note(sig: ParsedSignal, low: str) -> str | None:
    """An entry read inside a note in brackets while another is read outside them ("Entry
    148-152 (best above 150)": 150 read as a third entry; "Entry (market, above 150): 151"),
    or None."""
    spans = sig.norm_spans.get("entries", [])
    if len(spans) < 2:
        return None
    inside = [_note_around(low, start, end) for start, end in spans]
    if all(note is None for note in inside) or all(note is not None for note in inside):
        return None
    for (start, end), note in zip(spans, inside, strict=True):
        if note is not None:
            return (
                f"'{sig.norm_text[start:end]}' is read as one more entry inside a note beside an"
                f" entry ('{sig.norm_text[note[0] : note[1]]}'): which entries are meant?"
            )
    return None


def _note_around(low: str, start: int, end: int) -> tuple[int, int] | None:
    """The bracketed note, with words, that low[start:end] sits in on its line, or None."""
    line = low.rfind("\n", 0, start) + 1
    opened = low.rfind("(", line, start)
    if opened < 0 or ")" in low[opened:start]:
        return None
    stop = low.find("\n", end)
    closed = low.find(")", end, len(low) if stop < 0 else stop)
    if closed < 0:
        return None
    note = low[opened : closed + 1]
    if not any(c.isalpha() for c in note) or _BOUND.search(note) is not None:
        return None  # ("Enter above: 117938.6(with a maximum value 118000.0)": the zone's end)
    if _NAMED_ENTRY.search(note) is not None:
        return None  # ("(2nd entry 59000)", "(DCA 59000)": the note names another entry)
    return opened, closed + 1


# A target's index at its line's head: "1) 62000", "TP1: 62000", "Target 1 - 62000".
_INDEX: Final = re.compile(
    r"[^\w\n]*(?:(?:tp|t\.p\.|targets?|take[\s-]?profits?|цель|тейк)[^\S\n]?#?)?([0-9]{1,2})"
    r"[^\S\n]?[).:=-]"
)


def _index_twice(sig: ParsedSignal, low: str, spans: list[tuple[int, int]]) -> str | None:
    """Two targets read on lines numbered alike ("1) 62000 / 1) 65000", "TP1 62000 / TP1
    65000"): which is the first target, and is the other one more? Or None."""
    seen: dict[str, int] = {}
    m: re.Match[str] | None = None
    last = -1  # (the line last matched: the targets on one line share its match)
    for start, end in spans:
        line = low.rfind("\n", 0, start) + 1
        if line != last:
            last, m = line, _INDEX.match(low, line)
        if m is None or m.end() > start:
            continue
        index = m.group(1)
        if index in seen and seen[index] != line:
            return (
                f"two targets are numbered {index} ('{sig.norm_text[line:end].strip()}'): which"
                " is that target, and is the other one more? Which targets are meant is a guess"
            )
        seen[index] = line
    return None


# A zone's end left open after it: "148-152 or higher", "148-152 and above".
_OPEN_END: Final = re.compile(r"\s?(?:or|and|&)\s(?:higher|above|lower|below|more|up|down)\s?$")


def _open_zone(sig: ParsedSignal) -> str | None:
    """A zone of entries read with a condition from words leaving its end open ("Buy zone:
    148-152 or higher": a zone to rest in and chase, read as a buy once the price rises through
    148; "Entry: 3000-3050 or lower" of a long, read as an entry below 3000: i13-wrong28), or
    None."""
    if len(sig.entries) < 2 or sig.entry_trigger is None:
        return None
    for start, end in sig.norm_spans.get("entry_trigger", []):
        words = sig.norm_text[start:end].lower()
        if _OPEN_END.search(words) is not None:
            return (
                f"the entry zone is followed by '{words.strip()}': a zone to trade in (or past it),"
                " or an entry once the price crosses it? Which is meant is a guess"
            )
    return None


# An index and its mark before the next target: "1 - 0.883", "1) 0.883", "1 -> 0.883".
_INDEX_MARK: Final = re.compile(r"[^\S\n]?(?:->|=>|→|[-–—).:])[^\S\n]?")


def _index_read(sig: ParsedSignal, spans: list[tuple[int, int]]) -> str | None:
    """A list's index read as a target: the whole number n written right before the next target
    with an index's mark, where the n-th target would be ("Take Profits: | 1 - 0.883", a post's
    lines joined with bars: 1 read as a target beside 0.883; the harness's seed 133); or None."""
    text = sig.norm_text
    for n in range(1, len(spans)):
        start, end = spans[n - 1]
        # (text[start:end] == str(n), its length asked first: most targets are longer)
        if end - start != (1 if n < 10 else len(str(n))) or not text.startswith(str(n), start):
            continue
        after = spans[n][0]
        if _INDEX_MARK.fullmatch(text, end, after) is None:
            continue
        if text[:start].rstrip(" \t")[-1:].isalnum():
            continue  # ("TP 1 - 1.5 - 2": the label's own list, its word right before)
        if text[after : spans[n][1]] == str(n + 1):
            continue  # ("| 1 - 2 - 3": whole targets in a row)
        if n + 1 < len(spans) and text[spans[n][1] : spans[n + 1][0]] == text[end:after]:
            continue  # ("TP: 1 - 1.5 - 2": one list, the same mark between every target)
        return (
            f"'{text[start:end]}' is read as a target right before '{text[after : spans[n][1]]}':"
            " the list's index, or a target? Which targets are meant is a guess"
        )
    return None


# A level's change said right before a level read: "Entry 60000 changed to 59500", "TP 65000
# (raised from 64000)", "(was 64000)".
_CHANGE_BEFORE: Final = re.compile(
    lead_first(
        r"(?<![a-z])(?:(?:changed|moved|raised|lowered|updated|adjusted|corrected|increased|decreased"
        r"|revised|shifted)\s(?:it\s)?(?:to|from)|was|previously|instead\sof)\s?:?\s?\$?$"
    )
)
_CHANGE_HEADS: Final = tuple(
    "chang moved raised lowered updat adjust correct increas decreas revised shifted was"
    " previously instead".split()
)
_CHANGE_GATE: Final = gate(_CHANGE_HEADS)


def _changed_level(sig: ParsedSignal, low: str) -> str | None:
    """A level read right after words saying a level was changed ("Entry 60000 changed to
    59500": both read as entries; "TP 65000 (raised from 64000)": the old target read too), or
    None."""
    if not holds(low, _CHANGE_GATE):
        return None
    for key in ("entries", "take_profits", "stop_loss"):
        for start, end in sig.norm_spans.get(key, ()):
            if _CHANGE_BEFORE.search(low, max(0, start - 24), start) is not None:
                line = low.rfind("\n", 0, start) + 1
                return (
                    f"'{sig.norm_text[line:end].strip()}' gives a level and its change: an"
                    " earlier call modified, and which level is meant is a guess"
                )
    return None
