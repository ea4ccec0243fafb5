"""A target named for another horizon than the trade's: "Moon target: 4000", "Long-term target
4000", "Swing target", "Hold target", "Bonus target", "Dream target", "Долгосрочная цель",
"长期目标", "Uzun vadeli hedef", "Objetivo a largo plazo" after the call's targets.

The labelling conventions read every target of a call in order, "short-term then mid-term"
(tests/fixtures/corpus/CONVENTIONS.md), and dev reads a "Final TP: $1.24 (macro extension
target)" (square-arb-long-bias-033-001) and an "Extended TP3" (square-fhe-trade-close-001) as
targets: those stay read. No dev post reads a moon, long-term, swing, hold, bonus or dream target
as one more target of the trade, nor a measured-move, pattern, stretch, optional or aggressive
target written after the card's (session 30, branch i13-wt32; made up: "Measured move target:
1.35", "Pattern target 1.35" under a card's one target) (the dev posts that name one are refused
for another reason, and
"bonus target wick down to 3.1 to 4.5 zone", teletrader-CCC-004, is refused as vague): whether
it is a target the channel trades to or a hope written beside the trade is a guess, and a close
placed there is not the channel's. Needs review (session 28, branch i13-forms30: each was traded
as a third or fourth target). A numbered target with such a note after it ("TP3: 4000
(long-term)") is a target: the number says so.
"""

from __future__ import annotations

from typing import Final

from parsers.gate_words import gate, holds
from parsers.line_led import LineLed
from parsers.models import ParsedSignal

# The horizon's word heading a target label on its line, the label unnumbered.
_HORIZON_TARGET: Final = LineLed(
    r"(?m)^[^\w\n]*(?P<label>(?:(?:moon(?:\sbag)?|long[\s-]?term|swing|hold|hodl|bonus|dream"
    r"|ultimate|macro|runner|yearly|big|lambo|measured\smove|pattern|stretch|optional|aggressive)"
    r"\s(?:targets?|tp|tgt|goals?)"
    r"|(?:долгосрочн\w{1,3}|лунн\w{1,3}|годов\w{1,3})\sцел\w{0,2}"
    r"|(?:цел\w{0,2})\s(?:на\s)?(?:долгосрок|год)\w{0,2}"
    r"|长期目标|长线目标|長期目標|長線目標|终极目标|終極目標"
    r"|uzun\svadeli\s(?:hedef|tp)\w{0,3}"
    r"|objetivo\sa\slargo\splazo|alvo\sde\slongo\sprazo|objetivo\sde\slongo\sprazo"
    r"|langfristiges?\s(?:ziel|kursziel)|cel\sd[łl]ugoterminow\w{1,2}"
    r"|target\sjangka\spanjang))"
    r"(?![\w])[^\S\n]?[:=\-–]?[^\S\n]*\$?(?P<num>[0-9][0-9.,]*)"
)
# A word every match of _HORIZON_TARGET holds (found in the post's one pass:
# parsers/gate_words.py; "term" for long-term, as "long" is in every long call).
_WORDS: Final = (
    "moon",
    "term",
    "swing",
    "hold",
    "hodl",
    "bonus",
    "dream",
    "ultimate",
    "macro",
    "runner",
    "yearly",
    "big",
    "lambo",
    *("measured", "pattern", "stretch", "optional", "aggressive"),  # (session 30, i13-wt32)
    "цел",
    "长期目标",
    "长线目标",
    "長期目標",
    "長線目標",
    "终极目标",
    "終極目標",
    "vadeli",
    "objetivo",
    "alvo",
    "langfristig",
    "ugoterminow",
    "panjang",
)
_GATE: Final = gate(_WORDS)


def horizon_target(sig: ParsedSignal, low: str) -> str | None:
    """A review reason when the post gives a moon, long-term, swing, hold, bonus or dream target
    with a price (its label heading its line), read as a target or not, or None. (low: the
    lower-cased post, as sig.norm_text.)"""
    if not holds(low, _GATE):
        return None
    spans = sig.norm_spans.get("take_profits", ())
    for m in _HORIZON_TARGET.finditer(low):
        label = sig.norm_text[m.start("label") : m.end("label")]
        read = any(at <= m.start("num") < to for at, to in spans)
        # ("Swing target 3" under TP1 and TP2 was read as a mention of target 3 and dropped
        # from a traded signal.)
        return (
            f"'{label}' names a target of another horizon than the trade's,"
            + (" read as one more target" if read else " and its price is not read")
            + ": a target to trade or a note?"
        )
    return None
