"""A trigger price written apart from the entry: "Trigger price: 0.535" above "Entry: 0.53".

A conditional (stop-limit) order: once the price reaches the trigger, a limit at the entry is
placed (Bybit's "trigger price", Binance's "stop price", OKX's "trigger order"). Read without the
trigger line, the post is a plain limit at 0.53 that could fill at once, before the price ever
went where the channel waits for it; read with it, which way the trigger is crossed is not said.
Either way the signal needs review with the reason, never a trade with the trigger dropped. Also
the word on the entry's own line with no way read ("Entry: trigger at 0.53", "Entry: 0.53
(conditional)").
"""

from __future__ import annotations

import re
from typing import Final

from parsers.gate_words import gate, holds
from parsers.models import ParsedSignal

# A line opening with a trigger's label and a price: "Trigger price: 0.535", "Trigger: 0.535",
# "Activation price: 0.535", "Entry trigger: 0.535", "Trigger entry @ 0.535", "Stop price (trigger):
# 0.535", "Conditional price: 0.535". Not a trailing stop's activation ("Trailing stop activation
# price: 0.57": that line says "trailing"), not "Trigger: Target (2)" (no price), not a
# percentage ("Activation: 1%").
_LABEL: Final = re.compile(
    r"^[^\w\n]*(?:(?:entry|buy|sell|long|short|order)\s)?(?:trigger(?:ing)?|activation|conditional)"
    r"(?:\s(?:price|level|point|entry|zone|order))?(?:\s?\((?:trigger|stop)\))?[^\S\n]*"
    r"(?:[:=@＝：]|-(?!\d)|–|—|->|→)?[^\S\n]*(?:at\s|@\s?)?\$?([0-9][0-9.,]*)(?![0-9.,]*\s?%)",
    re.MULTILINE,
)
# On the entry's line, before or right after its price: the entry waits for a trigger.
_ON_ENTRY_LINE: Final = re.compile(
    r"(?<![a-z])(?:trigger(?!ed)(?:\s(?:price|order|entry))?|conditional(?:\sorder)?)(?![a-z])"
)

_TRIGGER_GATE: Final = gate(("trigger", "activation", "conditional"))  # (parsers/gate_words.py)

# Words on the entry's line that mean a limit at the level, beside a stop entry read the side's
# own way: "Buy above 1.05 support", "Entry above the 1.05 level on a pullback", "Short below 3000
# resistance" (made up, session 30, branch i13-wt32): above a support is where a limit rests.
# ("Entry: 0.45 or lower" of a short stays a stop entry below: tests/parsers/test_breakout_trigger19.)
_LIMIT_MEANT: Final = re.compile(
    r"(?<![a-z])(?:supports?|resistances?|pull-?backs?|dips?|rally|bounces?|demand|supply)(?![a-z])"
)
_LIMIT_WORDS: Final = (
    *("support", "resistance", "pullback", "pull-back", "dip", "rally", "bounce", "demand"),
    "supply",
)
_LIMIT_GATE: Final = gate(_LIMIT_WORDS)
_OWN_WAY: Final = {"LONG": "above", "SHORT": "below"}


def trigger_doubt(sig: ParsedSignal, low: str) -> ParsedSignal:
    """The signal, needing review when the post gives a trigger price on a line of its own, or
    names a trigger on the entry's line, and no rule read which way the entry waits."""
    if (
        sig.entry_trigger is not None
        and sig.entry_trigger == _OWN_WAY.get(sig.side or "")
        and not sig.review
        and holds(low, _LIMIT_GATE)
    ):
        _limit_meant(sig, low)
    if not holds(low, _TRIGGER_GATE):
        return sig
    for m in _LABEL.finditer(low):
        line_end = low.find("\n", m.start())
        if "trail" in low[m.start() : len(low) if line_end < 0 else line_end]:
            continue
        price = sig.norm_text[m.start(1) : m.end(1)].rstrip(".,")
        entries = ", ".join(f"{v:g}" for v in sig.entries) or "at the market"
        sig.review.append(
            f"the post gives a trigger price {price} apart from its entry ({entries}): the entry"
            " waits for the price to reach the trigger, which a limit order could fill before"
        )
        sig.norm_unread.append(m.span(1))
        return sig
    if sig.entry_trigger is None:
        said = _on_entry_lines(sig, low, _ON_ENTRY_LINE)
        if said is not None:
            sig.review.append(
                f"the entry's line says '{sig.norm_text[said.start() : said.end()]}' but not which"
                " way the price must cross to trigger it: a limit order there could fill at once"
            )
            sig.norm_unread.append(said.span())
    return sig


def _limit_meant(sig: ParsedSignal, low: str) -> None:
    """A review reason when the entry's line, read as a stop entry the side's own way, names a
    level a limit rests at (a support, a pullback)."""
    said = _on_entry_lines(sig, low, _LIMIT_MEANT)
    if said is not None:
        sig.review.append(
            f"the entry is read as a stop entry {sig.entry_trigger} its price, but its line says"
            f" '{sig.norm_text[said.start() : said.end()]}': a limit at the level, or an order"
            " once the price crosses it? Which is meant is a guess"
        )
        sig.norm_unread.append(said.span())


def _on_entry_lines(sig: ParsedSignal, low: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """pattern's first match on the lines of the entries read (from the first's line to the
    last's), or None (no entry read)."""
    spans = sig.norm_spans.get("entries")
    if not spans:
        return None
    line = low.rfind("\n", 0, spans[0][0]) + 1
    end = low.find("\n", spans[-1][1])
    return pattern.search(low, line, len(low) if end < 0 else end)
