"""Lines beside a complete call that make it no trade as read (session 23, branch i13-wt24).

The card reads whole (coin, side, entry, targets, stop), and a short line of the post says
something the fields do not hold:

- a lesson's example or a format shown ("Example:", "For example:", "(this is just an
  example)", "How to read our signals 👇", "Signal format:"): no call at all;
- the call's entry waits for a condition ("(only if BTC stays above 60k)", "Entry on breakout
  only", "Wait for confirmation before entering"): a limit order placed now could fill first
  (a note on how sure the entry is, "(only if volume confirms the breakout)", is no such line);
- the call is given for other coins too ("Same for #DOT", "Also valid for $ATOM"): which coin's
  prices are these?
- a target read inside a note in brackets after another target ("3) 5.2 (50% close, 50% hold
  to 6)"): one more target, or a note?
- the other side's call or another entry offered on a line of its own ("If it breaks 3 - short
  to 2.5" under a long, "Or buy spot at 3.2");
- two coins under a coin label ("Coins: LINK, DOT"), a percentage after the targets on their
  line as one more item ("Targets: 4.1 / 4.6 / 10%": a target left unread);
- a later target given as a hope ("4) 6 (if BTC pumps)", "6 - optional", "6 (bonus)");
- a level written with a question mark ("SL: 3?", "Entry: 3.5 / 3.3?"): the channel is not
  sure of it either.

Each makes the signal need review with the line quoted, never a trade of the card as read
(CONVENTIONS.md: conditions, several coins, a lesson's example, two readings). parsers/
call_doubts.py asks it; cheap literal tests before every search.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.gate_words import gate, holds
from parsers.lead_first import lead_first
from parsers.models import ParsedSignal
from parsers.quick_tests import required_literals
from parsers.spans import Span
from parsers.symbols import STOPWORDS, base_of, ok_base

# A line of its own (at most a few words) showing a format or an example.
_EXAMPLE: Final = re.compile(
    r"(?m)^[^\w\n]*(?:(?:for\s)?example|e\.g\.|sample|template|(?:signal|call)\sformat"
    r"|(?:this\sis\s)?(?:just\s|only\s)?an?\s(?:example|sample)(?:\ssignal|\scall)?"
    r"|(?:example|sample)\s(?:signal|call|trade|setup)|how\sto\sread\s(?:our\s|the\s|a\s)?"
    r"(?:signals?|calls?)|how\sour\s(?:signals?|calls?)\slook"
    # Russian: "Пример:", "Пример сигнала", "Обучение: как читать сигнал".
    r"|пример(?:\sсигнала)?|(?:обучение\s?:\s?)?как\sчитать\s(?:наши\s)?сигнал\w*)"
    r"[^\w\n]*(?:[^\w\n]*$)"
)
# The same in brackets anywhere: "LINK LONG (this is just an example)".
_EXAMPLE_NOTE: Final = re.compile(
    r"\((?:this\sis\s)?(?:just|only)\s(?:an?\s)?(?:example|sample)(?:\ssignal|\scall)?\)"
    r"|\(this\sis\san?\s(?:example|sample)\)|\((?:это\s)?(?:просто|только)\sпример\)"
)
# (Not "Short Trade Plan (example)": dev labels that plan a signal, square-xrp-100-short-plan.)
_EXAMPLE_HEADS: Final = (
    "пример",
    "как читать",
    "example",
    "e.g.",
    "sample",
    "template",
    "format",
    "how to read",
    "how our",
)
# A condition on the call: "only if BTC stays above 60k" (another market's), "Entry on breakout
# only", "Wait for confirmation before entering". (Not a note on how sure an entry is, "(only if
# volume confirms the breakout)", "enter only when entry price matches market price": dev labels
# those signals.)
_CONDITION: Final = re.compile(
    lead_first(
        r"(?<![a-z])(?:only\s(?:if|when|while|as\slong\sas)\s[#$]?(?:btc|bitcoin|eth)(?![a-z])"
        r"|(?:entry|enter|buy|long|short|sell)\s(?:on|after)\s(?:a\s|the\s)?(?:break[\s-]?out"
        r"|breakdown|confirmation|retest|close)\sonly"
        r"|wait\sfor\s(?:a\s|the\s)?(?:confirmation|breakout|break|retest|close|signal)\s(?:before|to)"
        r"\s(?:entering|enter|entry|buying|opening))(?![a-z])"
        # Russian: "Если BTC удержит 60к", "Ждём подтверждения", "Пока не входим".
        r"|(?<!\w)(?:если\s[#$]?(?:btc|биткоин\w*|битко\w*)|жд[её]м\sподтверждени\w*"
        r"|пока\sне\s(?:входим|заходим|входить|заходить))(?!\w)"
    )
)
_CONDITION_HEADS: Final = ("only", "wait for", "если", "подтвержд", "пока не")
# A target's or the stop's own plan ("Move SL to entry only after TP1"), not the entry's.
_EXIT_WORDS: Final = re.compile(r"(?<![a-z])(?:tp[0-9]?|targets?|sl|stop|profits?|close)(?![a-z])")
# The call given for another coin: "Same for #DOT", "Also valid for $ATOM", "Same setup on DOT".
_OTHER_COIN: Final = re.compile(
    r"(?m)^[^\w\n]*(?:same\s(?:for|with|on|setup\s(?:for|on)|applies\sto)|also\s(?:valid\s)?"
    r"(?:for|on)|works\sfor"
    # Russian: "То же самое по #DOT", "Также по $ATOM".
    r"|то\sже\s(?:самое\s)?(?:по|для|на)|также\s(?:по|для))\s[#$]?([a-z][a-z0-9]{1,11})(?![a-z0-9])"
    # The coin first: "#SOL same setup", "$DOT too", "#ATOM тоже" (i13-wrong28).
    r"|(?m:^)[^\w\n#$]*[#$]([a-z][a-z0-9]{1,11})[^\S\n]?[:,-]?[^\S\n](?:same(?:\s(?:setup|levels"
    r"|trade|call|idea|entry))?|too|as\swell|also|тоже|аналогично)[^\w\n]*$"
)
_OTHER_HEADS: Final = (
    *("same ", "also ", "works for", "то же", "также"),
    *(" same", " too", "as well", " also", "тоже", "аналогично"),
)
_NOT_COINS: Final = frozenset(
    "the this that all it me you us them both spot futures longs shorts".split()
)
# Coins listed together on the side's line: "Buy LINK, DOT, ATOM", "Long LINK & DOT".
_LISTED: Final = re.compile(
    r"(?<![\w/])[#$]?([A-Z][A-Z0-9]{1,9})(?:[^\S\n]?,[^\S\n]?|[^\S\n](?:and|&|AND)[^\S\n])[#$]?"
    r"([A-Z][A-Z0-9]{1,9})(?![\w/])"
)
# Russian lines a reader of the English rules would see: the signal posted again ("Повтор
# сигнала", "Сигнал ещё актуален"), titled as a follow-up ("Обновление" alone on its line), said
# to be no signal ("Это не сигнал").
_RU_LINES: Final = re.compile(
    r"(?m)^[^\w\n]*(?:повтор(?:\sсигнала)?|сигнал\s(?:вс[её]\s)?(?:ещ[её]\s)?(?:актуален|в\sсиле)"
    r"|обновление|это\sне\sсигнал)[^\w\n]*$"
)
_RU_HEADS: Final = ("повтор", "актуал", "в силе", "обновлени", "не сигнал")
# Two coins under a coin label: "Coins: LINK, DOT", "Coin: LINK / DOT", "Монеты: LINK, DOT".
_COINS_LABEL: Final = re.compile(
    r"(?m)^[^\w\n]*(?:coins?|tokens?|монет[аы]|токены)[^\S\n]?[:=-][^\S\n]*[#$]?([a-z0-9]{2,12})"
    r"[^\S\n]?(?:,|/|&|\+|\sand\s|\sor\s|\sи\s)[^\S\n]?[#$]?([a-z0-9]{2,12})(?![a-z0-9])"
)
_QUOTES: Final = frozenset(
    "usdt usd usdc busd fdusd btc eth bnb perp try eur binance bybit okx bitget mexc kucoin"
    " gate htx bingx spot futures long short buy sell".split()
)
# A percentage after the targets on their line, as one more item: "Targets: 4.1 / 4.6 / 10%"
# (also after a price no target took: "15.8 - 16.5 - 25 %" read as 15.8 alone).
_SEP: Final = r"[^\S\n]*(?:[/,|;-]|[^\S\n])[^\S\n]*"
_PERCENT_ITEM: Final = re.compile(
    "((?:"
    + _SEP
    + r"[0-9][0-9.,]*(?![0-9.,]*[^\S\n]?%))*)"
    + _SEP
    + r"\+?[0-9]{1,3}(?:[.,][0-9]{1,2})?[^\S\n]?%\+?[^\S\n]*(?:\n|$)"
)
_NUMBER: Final = re.compile(r"[0-9][0-9.,]*")
# The other side's call, or another entry offered instead, on a line of its own with a price:
# "If it breaks 3 - short to 2.5" under a long, "Or buy spot at 3.2". (Not "shorts", "short-term",
# "sell 50% at TP1": a plural, a compound, a share.)
_AFTER_SIDE: Final = (
    r"(?:[^\S\n](?:it|now|again|back|here|spot))?[^\S\n]?(?:to|at|@|from|below|above|under|over"
    r"|around|near|:|-|–)?[^\S\n]?\$?[0-9]"
)
_OTHER_SIDE: Final = {
    "LONG": re.compile(lead_first(r"(?<![\w-])(?:short|sell)(?![\w-])" + _AFTER_SIDE)),
    "SHORT": re.compile(lead_first(r"(?<![\w-])(?:long|buy)(?![\w-])" + _AFTER_SIDE)),
}
# Each pattern's words (a line holding none holds no match), gated in the post's pass too.
_OTHER_SIDE_HEADS: Final = {"LONG": ("short", "sell"), "SHORT": ("long", "buy")}
_OTHER_SIDE_GATES: Final = {k: gate(("or", *heads)) for k, heads in _OTHER_SIDE_HEADS.items()}
_EXAMPLE_GATE: Final = gate(_EXAMPLE_HEADS)
_CONDITION_GATE: Final = gate(_CONDITION_HEADS)
_OTHER_GATE: Final = gate(_OTHER_HEADS)
_RU_GATE: Final = gate(_RU_HEADS)
_COINS_GATE: Final = gate(("coin", "token", "монет"))
_PERCENT_GATE: Final = gate(("%",))
_NOTE_GATE: Final = gate(("(",))
_QUESTION_GATE: Final = gate(("?",))
_ALTERNATIVE: Final = re.compile(
    lead_first(r"(?<![\w-])or\s(?:buy|long|sell|short|enter)(?![\w-])" + _AFTER_SIDE)
)
_CALL_SEEN: Final = {  # (either search's matches in the whole post: one search, literals first)
    k: re.compile(p.pattern + "|" + _ALTERNATIVE.pattern) for k, p in _OTHER_SIDE.items()
}
_PRICE: Final = re.compile(r"(?<![\w.,])[0-9]+(?:[.,][0-9]+)?(?![\w.,%])")
_OTHER_WORDS: Final = 12
# A note after a target that makes it a hope, not a level to place: "4) 6 (if BTC pumps)", "TP4:
# 6 - optional", "6 (bonus)", "6 (maybe)".
_HOPED: Final = re.compile(
    r"[^\S\n]*[(\[–—-]?[^\S\n]*(?:if|only\sif|when|once|optional|bonus|maybe|possibly|perhaps"
    r"|если|опционально|возможно)(?![\w])"
)
# (Its words from the pattern, found in the post's one pass: parsers/gate_words.py.)
_HOPED_GATE: Final = gate(required_literals(_HOPED.pattern) or ("",))  # (none: gate raises)
# A level with a question mark right after it: "SL: 3?", "3.3?".
_QUESTIONED: Final = re.compile(r"[^\S\n]?\?")


def call_line_doubt(sig: ParsedSignal, low: str) -> str | None:
    """Why a line beside the call makes it no trade as read, or None. low: the lower-case post
    (sig.norm_text lowered)."""
    if (
        holds(low, _EXAMPLE_GATE)
        and (m := _EXAMPLE.search(low) or _EXAMPLE_NOTE.search(low)) is not None
    ):
        return (
            f"the post says '{m.group().strip()}': a format or an example shown, not a call to"
            " trade"
        )
    if holds(low, _CONDITION_GATE):
        for m in _CONDITION.finditer(low):
            start = low.rfind("\n", 0, m.start()) + 1
            end = low.find("\n", m.end())
            line = low[start : len(low) if end < 0 else end]
            if _EXIT_WORDS.search(line) is None:
                return (
                    f"the post says '{line.strip()}': the entry waits for a condition that is"
                    " not read, and a limit order could fill at once"
                )
    if holds(low, _OTHER_GATE):
        mine = sig.symbol.lower()
        for m in _OTHER_COIN.finditer(low):
            coin = m.group(1) or m.group(2)
            # (The coin first, "#DOT same setup", is never the card's own coin: read as DOT, the
            # card's word-coin "#TA" unread, it traded TA's levels as DOT's; the harness's seed 10.)
            if coin in _NOT_COINS or (m.group(1) and mine.startswith(coin)):
                continue
            return (
                f"the post says '{m.group().strip()}': the call is given for another coin too,"
                " which coin these prices are for is a guess"
            )
    if not low.isascii() and holds(low, _RU_GATE):
        if (m := _RU_LINES.search(low)) is not None:
            return (
                f"the post says '{m.group().strip()}': an earlier call posted again or followed"
                " up, or no call at all, not a new one to open"
            )
    if holds(low, _COINS_GATE) and (m := _COINS_LABEL.search(low)) is not None:
        second = m.group(2)
        if second not in _QUOTES and second != m.group(1) and ok_base(second.upper()):
            return (
                f"the post names two coins under its coin label ('{m.group().strip()}'): one"
                " signal per post can be traded"
            )
    if holds(low, _PERCENT_GATE) and (why := _percent_target(sig, low)) is not None:
        return why
    if (why := _other_call(sig, low)) is not None:
        return why
    if (why := _listed_at_side(sig)) is not None:
        return why
    if holds(low, _NOTE_GATE) and (why := _target_in_note(sig, low)) is not None:
        return why
    if holds(low, _HOPED_GATE) and (why := _hoped_target(sig, low)) is not None:
        return why
    if holds(low, _QUESTION_GATE):
        return _questioned(sig, low)
    return None


def _hoped_target(sig: ParsedSignal, low: str) -> str | None:
    """A target or an entry (after the first) whose note on its line makes it a hope ("4) 6 (if
    BTC pumps)", "6 - optional", "Entry 34-35 or 33 if lucky": i13-forms30), or None."""
    for key, noun in (("take_profits", "target"), ("entries", "entry")):
        spans = sig.norm_spans.get(key, [])
        for (_, last), (start, end) in zip(spans, spans[1:], strict=False):
            # (An entry on a line of its own is a label's: "Entry 2: 0.078 (only if liquidity
            # sweep fails ...)", dev square-the-short-tiers-001.)
            if noun == "entry" and "\n" in low[last:start]:
                continue
            m = _HOPED.match(low, end)
            if m is not None:
                stop = low.find("\n", end)
                note = sig.norm_text[end : len(low) if stop < 0 else stop].strip()
                return (
                    f"the {noun} {sig.norm_text[start:end]} is given as a hope ('{note}'): one"
                    f" more {noun} to place, or not? Which {noun}s are meant is a guess"
                ).replace("entrys", "entries")
    return None


def _listed_at_side(sig: ParsedSignal) -> str | None:
    """Another coin listed with the coin read on the side word's line, or None."""
    text = sig.norm_text
    if sig.side_at < 0:
        return None
    start = text.rfind("\n", 0, sig.side_at) + 1
    end = text.find("\n", sig.side_at)
    line = text[start : len(text) if end < 0 else end]
    if "," not in line and "&" not in line and "and" not in line and "AND" not in line:
        return None  # (_LISTED's separators; and the coin read is one of its two words)
    mine = base_of(sig.symbol)
    if mine not in line:
        return None
    for m in _LISTED.finditer(line):
        pair = (m.group(1), m.group(2))
        if mine not in pair:
            continue
        other = pair[1] if pair[0] == mine else pair[0]
        if other in STOPWORDS or not ok_base(other) or other == mine:
            continue
        return (
            f"the post lists {mine} and {other} together ('{m.group()}'): one signal per post"
            " can be traded, which coin the levels are for is a guess"
        )
    return None


def _questioned(sig: ParsedSignal, low: str) -> str | None:
    """A level read with a question mark right after it, or None."""
    for key in ("entries", "stop_loss", "take_profits"):
        for start, end in sig.norm_spans.get(key, ()):
            if _QUESTIONED.match(low, end) is not None:
                return (
                    f"the level '{sig.norm_text[start:end]}' is written with a question mark:"
                    " the post is not sure of it, and neither can the trade be"
                )
    return None


# The words of a note giving the entry zone's other end (dev enkhamar-wolfx-001, cur-signals-031).
# Words after the number, to the note's ")": "Entry: 0.643 (0.618 retracement)".
_WORDS_AFTER: Final = re.compile(r"[ \t]?[a-z][^()\n0-9]{0,30}\)")
_ZONE_END: Final = re.compile(r"(?<![a-z])(?:max(?:imum)?|min(?:imum)?|up\sto|down\sto)(?![a-z])")


def _target_in_note(sig: ParsedSignal, low: str) -> str | None:
    """A target read inside a note in brackets that opened after another target on its line
    ("3) 5.2 (50% close, 50% hold to 6)": 6 read as one more target), or an entry so ("Entry:
    143.2 (4H demand 142.6)": 142.6 read as a second entry and traded, session 24, i13-sig25),
    or None."""
    for key, noun in (("take_profits", "target"), ("entries", "entry")):
        spans = sig.norm_spans.get(key, [])
        for (_, end), (start, stop) in zip(spans, spans[1:], strict=False):
            between = low[end:start]
            if "\n" in between or "(" not in between:
                continue
            opened = between[between.rfind("(") :]
            if ")" in opened:
                continue
            if not any(c.isalpha() for c in opened) and not (
                noun == "entry" and _WORDS_AFTER.match(low, stop)  # "0.643 (0.618 retracement)"
            ):
                continue
            if noun == "entry" and _ZONE_END.search(opened):
                continue  # "Enter above: 117938.6(with a maximum value 118000.0)": the zone
            note = sig.norm_text[end + between.rfind("(") : stop]
            an = "an" if noun == "entry" else "a"
            return (
                f"'{sig.norm_text[start:stop]}' is read as one more {noun} inside a note beside"
                f" {an} {noun} ('{note}'): which {noun.replace('y', 'ie')}s are meant?"
            )
    return None


def _percent_target(sig: ParsedSignal, low: str) -> str | None:
    """A percentage as one more item after two prices or more of the targets' line ("Targets:
    4.1 / 4.6 / 10%": a target given as a percentage, left unread), or None."""
    spans = sig.norm_spans.get("take_profits", [])
    if not spans:
        return None
    last_start, last_end = spans[-1]
    line_start = low.rfind("\n", 0, last_start) + 1
    m = _PERCENT_ITEM.match(low, last_end)
    if m is None or "%" in low[line_start:last_start]:
        return None  # ("11.3 - 16%, 12.4 - 31%": each target a price and its share)
    on_line = sum(1 for a, _ in spans if a >= line_start) + len(_NUMBER.findall(m.group(1)))
    if on_line < 2:
        return None  # ("TP1: 4.1 - 25%": the share to close there)
    return (
        f"'{sig.norm_text[last_end : m.end()].strip(' /,|;-')}' follows the targets on their"
        " line as one more item: a target given as a percentage is not read, and the trade"
        " would go without it"
    )


def _other_call(sig: ParsedSignal, low: str) -> str | None:
    """A line holding none of the levels read that gives the other side's call, or another entry
    offered instead, with a price that is none of the levels; or None."""
    other = _OTHER_SIDE.get(sig.side or "")
    if other is None:
        return None
    if not holds(low, _OTHER_SIDE_GATES[sig.side or ""]):
        return None
    if _CALL_SEEN[sig.side or ""].search(low) is None:
        return None  # (a line's match is one of the post at its place: none there, none in a line)
    head, other_head = _OTHER_SIDE_HEADS[sig.side or ""]
    spans: list[Span] | None = None  # (the levels' spans, gathered when first asked)
    start = 0
    for line in low.split("\n"):
        end = start + len(line)
        at = start
        start = end + 1
        # (The words first: most lines hold neither, and the levels' spans are asked only then.)
        side_said = head in line or other_head in line
        offered = "or" in line
        if not (side_said or offered):
            continue
        if spans is None:
            spans = [
                span
                for key in ("entries", "take_profits", "stop_loss")
                for span in sig.norm_spans.get(key, [])
            ]
        if any(at <= a < end for a, _ in spans) or at <= sig.side_at < end:
            continue  # (a line holding a level read)
        if len(line.split()) > _OTHER_WORDS:
            continue
        said = (other.search(line) if side_said else None) or (
            _ALTERNATIVE.search(line) if offered else None
        )
        if said is None:
            continue
        prices = [m.group() for m in _PRICE.finditer(line, said.end() - 1)]
        levels = {*sig.entries, *sig.take_profits, sig.stop_loss}
        if any(float(p.replace(",", ".")) not in levels for p in prices):
            return (
                f"the post says '{line.strip()}': another call beside this one (the other side,"
                " or another entry offered instead), which one to trade is a guess"
            )
    return None
