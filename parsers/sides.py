"""Trade direction from words in many languages, emojis, or the geometry of the levels."""

from __future__ import annotations

import re
from typing import Final

from parsers.gate_words import gate, gate_of, kept, may_hold
from parsers.labels import ascii_twin, first_characters, lead
from parsers.lexicon_more import MORE_STRONG_LONG, MORE_STRONG_SHORT
from parsers.quick_tests import ascii_heads, gate_literals, required_literals, written

LONG: Final = "LONG"
SHORT: Final = "SHORT"

# "long"/"short" and their translations are strong; "buy"/"sell" are weaker because channels
# also write "sell 50% at TP1" inside a long. Patterns start with \W (searched in " " + text)
# so re skips positions inside words cheaply; Chinese forms have no word boundaries.
# "short squeeze", "short positions were liquidated", "Shorts Liquidated at $2,583", "shorts are
# forced to buy back", "short sellers", "buying pressure", "aggressive shorts who pay longs": the
# market's other traders, not the side of this post's trade.
# "Expected duration: Short and medium term", "short to mid-term", "long/short term", "Short-Mid
# Term", "Short-Mid-Long Term Targets": a holding period spanning horizons, no side (as "short
# term" alone is none).
_CROWD = (
    r"(?!(?:\s?(?:[,/&\u2013-]|and|to|or)\s?(?:medium|mid|long|short)){1,3}[\s-]?term)"
    # "long or short?", "Long/Short ratio", "longs and shorts": a hedge or both crowds, no side.
    r"(?!\s?(?:or|/|&|and|vs\.?|versus)\s?(?:long|short)s?(?!\w))"
    r"(?![\s-](?:term|squeez|positions|sellers|buyers|liquidat|interest|covering|wiped|who\s"
    r"|unwinding|capitulat"
    r"|(?:get|got|getting|are|were|being)\s(?:squeez|liquidat|wiped|trapped|forced|rekt)))"
    # "buyers (longs) are paying sellers (shorts)", "shorts pay longs": the funding's payers.
    # (The plural or a word in brackets: "long paid off" is a trade's report.)
    r"(?!(?:(?<=s)|(?=\)))\)?\s(?:are\s|were\s)?(?:pay(?:s|ing)?|paid)\s)"
)
# ("Sell targets", "Buy targets": a label of levels, placed by the side, not the side itself.)
# (On the word's own line: "ARPA/USDT SELL" over "Volume: 3%" is the side, then a field.)
_FORCE = r"(?![ \t](?:pressure|volume|power|interest|activity|climax|spree|targets?\b))"
# "a long upper wick", "the long lower shadow", "in the long run", "as long as the price holds",
# "In short, ...", "a short while": the word as an adjective or in a phrase, not a side.
_ADJECTIVE = (
    r"(?![\s-](?:upper|lower|wicks?|shadows?|tails?|candles?(?!\w)|bod(?:y|ies)|legged|time|while"
    r"|way|run(?!\w)|lived|time\s?frames?|tf|period|horizon|duration)(?!\w))"
)
# "Not a short!", "Avoid shorting here", "don't long this", "Timeframe: short", "Holding period:
# short": the word denied, or a holding period's length, not the side of this post's trade.
_NOT_SAID = (
    "(?<!not\\sa\\s{me})(?<!not\\s{me})(?<!\\Wno\\s{me})(?<!avoid\\s{me})(?<!never\\s{me})"
    "(?<!n't\\s{me})(?<!dont\\s{me})(?<!frame:\\s{me})(?<!period:\\s{me})(?<!ration:\\s{me})"
    "(?<!horizon:\\s{me})"
)
# The second word of a hedge ("long or short", "long/short"): both named, no side.
_HEDGED = "(?<!{w}\\sor\\s{me})(?<!{w}/{me})(?<!{w}\\s/\\s{me})(?<!{w}s\\sand\\s{me})(?:s|ing|ed)?"
_STRONG_LONG = (
    r"long(?<!\Was\slong)(?<!\Whow\slong)(?<!\Wso\slong)"
    + _NOT_SAID.format(me="long")
    + _HEDGED.format(w="short", me="long")
    + _CROWD
    + _ADJECTIVE,
    r"лонг[а-я]{0,3}",
    r"largo",
    r"uzun",
    r"لانگ",
    r"لونغ",
    r"لونج",
    r"lång",
    r"롱",
    r"ロング",
    r"लॉन्ग",
    *MORE_STRONG_LONG,
)
_STRONG_SHORT = (
    r"short(?<!\Win\sshort)"
    + _NOT_SAID.format(me="short")
    + _HEDGED.format(w="long", me="short")
    + _CROWD
    + _ADJECTIVE,
    r"шорт[а-я]{0,3}",
    r"corto",
    r"k[ıi]sa",
    r"شورت",
    r"kort",
    r"숏",
    r"ショート",
    r"शॉर्ट",
    *MORE_STRONG_SHORT,
)
_WEAK_LONG = (
    *(
        r"buy(?:ing)?" + _FORCE,
        r"bullish",
        r"покупка",
        r"купить",
        r"покупаем",
        r"compra[rs]?",
        r"comprado",
    ),
    # ("quá mua" / "quá bán": overbought / oversold, no side.)
    *(r"al[ıi][sşm]", r"kaufen", r"kaufe", r"kauf", r"mua(?<!quá\smua)", r"خرید", r"شراء", r"beli"),
    *(r"achat", r"acquisto"),  # French, Italian: a buy
)
_WEAK_SHORT = (
    *(
        r"sell(?:ing)?" + _FORCE,
        r"bearish",
        r"продажа",
        r"продать",
        r"продаем",
        r"venta",
        r"vender",
    ),
    *(r"venda", r"vendido", r"sat[ıi][sşm]", r"verkaufen", r"verkaufe", r"verkauf"),
    r"bán(?<!quá\sbán)",
    *(r"فروش", r"بيع"),
    r"jual",
    *(r"vente", r"vendita"),  # French, Italian: a sell
)


def _word_side(long: tuple[str, ...], short: tuple[str, ...]) -> re.Pattern[str]:
    long_alts, short_alts = "|".join(long), "|".join(short)
    return re.compile(
        rf"\W{lead(long + short)}(?:(?P<long>{long_alts})|(?P<short>{short_alts}))(?!\w)"
    )


_STRONG: Final = _word_side(_STRONG_LONG, _STRONG_SHORT)
_WEAK: Final = _word_side(_WEAK_LONG, _WEAK_SHORT)
# The same for text that is all ASCII (most posts), where re.ASCII's \W is cheaper.
_STRONG_ASCII: Final = ascii_twin(_STRONG.pattern)
_WEAK_ASCII: Final = ascii_twin(_WEAK.pattern)
# Plain alternations of literals: re skips straight to their first characters.
# 市价多 / 市价空: "market long" / "market short" (traditional 市價 is folded to 市价 first).
# "3665-3635附近多": long near there; "SPX 多" / "ETH 现价-3720 🈳" (folded to 空): 多 or 空
# standing alone, with no Chinese character beside it (多 inside a word means "many").
_STRONG_CJK_WORDS = (
    *("做多", "开多", "多单", "市价多", "附近多", "做空", "开空", "空单", "市价空", "附近空"),
    *("多", "空"),
)
_WEAK_CJK_WORDS = ("买入", "卖出")
_ALONE = r"(?<![\u3400-\u9fff])[多空](?![\u3400-\u9fff])"
_STRONG_CJK: Final = re.compile("|".join(_STRONG_CJK_WORDS[:-2]) + "|" + _ALONE)
_WEAK_CJK: Final = re.compile("|".join(_WEAK_CJK_WORDS))
# What each starts with: a post holding none of these characters holds none of the words. (Not
# a dict keyed by the pattern: a look-up hashed its whole compiled code each time.)
_STRONG_CJK_FIRSTS: Final = first_characters(_STRONG_CJK_WORDS)
_WEAK_CJK_FIRSTS: Final = first_characters(_WEAK_CJK_WORDS)
_CJK_LONG: Final = frozenset(("做多", "开多", "多单", "市价多", "附近多", "多", "买入"))
_EMOJI: Final = re.compile("[🟢📈⬆🔼🐂🔴📉⬇🔽🐻]")
_EMOJI_LONG: Final = frozenset("🟢📈⬆🔼🐂")


# "to trap early longs", "squeezing late shorts": the traders a move hunts, not this trade's side.
_HUNTED: Final = re.compile(
    r"(?:trap|traps|trapping|squeeze|squeezing|flush|flushing|hunt|hunting|liquidate|liquidating)"
    r"\s(?:the\s)?(?:early\s|late\s|over-?leveraged\s|greedy\s)?$"
)
_HUNTED_HEADS: Final = required_literals(_HUNTED.pattern)  # (its words: one is always there)
# ... asked of the post first, in its one pass: " " + low holds one only where low does (none
# opens with a blank; session 27, i13-speed27).
_HUNTED_GATE: Final = gate_of(_HUNTED_HEADS)


# Every word each search can match, in any text, as the post's one pass asks (parsers/
# gate_words.py): each row's literal, "k[ıi]sa" as "kısa" and "kisa" (its "sa" is in most posts),
# "al[ıi][sşm]" and "sat[ıi][sşm]" likewise. A post whose pass holds none is not searched: on the
# dev signals about a third of the searches found nothing, each over the whole post (session 29,
# i13-speed36; tests/parsers/test_speed36.py).
_STRONG_GATE: Final = gate(
    gate_literals("|".join((*_STRONG_LONG, *_STRONG_SHORT)), {"sa": ("kısa", "kisa")})
)
_WEAK_GATE: Final = gate(
    gate_literals(
        "|".join((*_WEAK_LONG, *_WEAK_SHORT)),
        {"al": ("alı", "ali"), "sat": ("satı", "sati")},
    )
)


def _first(
    word: re.Pattern[str],
    ascii_word: re.Pattern[str],
    number: int,
    cjk: re.Pattern[str],
    firsts: tuple[str, ...],
    low: str,
) -> tuple[str | None, int]:
    is_ascii = low.isascii()
    m = None
    pos = -1
    if kept(low, number) != 0:  # (0: the post's pass holds none of the words: no match)
        spaced = " " + low
        if is_ascii:
            word = ascii_word
        m = word.search(spaced)
        pos = m.start() if m is not None else -1  # (a match's methods are calls: each read once)
        while (
            m is not None
            and may_hold(low, _HUNTED_GATE)
            and written(spaced, _HUNTED_HEADS, max(0, pos - 40), pos + 1)
            and _HUNTED.search(spaced, max(0, pos - 40), pos + 1)
        ):
            m = word.search(spaced, m.end())
            pos = m.start() if m is not None else -1
    side = (LONG if m.group("long") else SHORT) if m is not None else None
    if not is_ascii and any(ch in low for ch in firsts):
        c = cjk.search(low)
        if c and (pos < 0 or c.start() < pos):
            side, pos = (LONG if c.group() in _CJK_LONG else SHORT), c.start()
    return side, pos


def side_from_words(low: str) -> tuple[str | None, float, int]:
    """Side named in lower-cased text, how sure (1.0 long/short, 0.8 buy/sell), and where."""
    side, pos = _first(_STRONG, _STRONG_ASCII, _STRONG_GATE, _STRONG_CJK, _STRONG_CJK_FIRSTS, low)
    if side:
        return side, 1.0, pos
    side, pos = _first(_WEAK, _WEAK_ASCII, _WEAK_GATE, _WEAK_CJK, _WEAK_CJK_FIRSTS, low)
    if side:
        return side, 0.8, pos
    return None, 0.0, -1


# A literal each word of a side always holds in ASCII text ("short", "kisa" of "k[ıi]sa").
_STRONG_HEADS: Final = {LONG: ascii_heads(_STRONG_LONG), SHORT: ascii_heads(_STRONG_SHORT)}
_WEAK_HEADS: Final = {LONG: ascii_heads(_WEAK_LONG), SHORT: ascii_heads(_WEAK_SHORT)}
# ... and in any text ("шорт", "sa" of "k[ıi]sa"), for the other posts: there re tests the
# pattern's \W against the Unicode database at every character, far more than a few "in" scans.
_STRONG_ANY_HEADS: Final = {
    LONG: required_literals("|".join(_STRONG_LONG)),
    SHORT: required_literals("|".join(_STRONG_SHORT)),
}
_WEAK_ANY_HEADS: Final = {
    LONG: required_literals("|".join(_WEAK_LONG)),
    SHORT: required_literals("|".join(_WEAK_SHORT)),
}


def _gates(heads: dict[str, tuple[str, ...] | None]) -> dict[str, int]:
    """Each side's heads as a gate of the post's one pass (parsers/gate_words.py; -1: none)."""
    return {side: -1 if h is None else gate(h) for side, h in heads.items()}


# Asked of the post before the range of it is scanned: a range holds no head the post lacks.
_STRONG_GATES: Final = _gates(_STRONG_HEADS)
_WEAK_GATES: Final = _gates(_WEAK_HEADS)
_STRONG_ANY_GATES: Final = _gates(_STRONG_ANY_HEADS)
_WEAK_ANY_GATES: Final = _gates(_WEAK_ANY_HEADS)


def other_side_words(
    low: str, side: str, start: int, end: int, weak: bool = False
) -> list[tuple[int, str]]:
    """The strong words of the given side ("short", "шорт", "做空") between start and end of
    lower-cased text: (where, the word); with weak, its weak words instead ("sell", "продажа",
    "卖出")."""
    out: list[tuple[int, str]] = []
    # (The patterns open with the character before the word: from start - 1, start > 0.)
    is_ascii = low.isascii()
    if is_ascii:
        heads = (_WEAK_HEADS if weak else _STRONG_HEADS)[side]
        number = (_WEAK_GATES if weak else _STRONG_GATES)[side]
        words = _WEAK_ASCII if weak else _STRONG_ASCII
    else:
        heads = (_WEAK_ANY_HEADS if weak else _STRONG_ANY_HEADS)[side]
        number = (_WEAK_ANY_GATES if weak else _STRONG_ANY_GATES)[side]
        words = _WEAK if weak else _STRONG
    # (None of that side's words is there: no need to try the pattern. The post's pass, when
    # low is the post it was made of, answers for the whole of it at once.)
    if (number < 0 or kept(low, number) != 0) and written(low, heads, max(start - 1, 0), end):
        # (Each next match searched from the last one's end, as finditer does, without the
        # scanner and iterator it makes a call.)
        m = words.search(low, max(start - 1, 0), end)
        while m is not None:
            long = m.group("long")
            if (long is not None) == (side == LONG):
                out.append((m.start() + 1, long or m.group("short")))
            m = words.search(low, m.end(), end)
    cjk = _WEAK_CJK if weak else _STRONG_CJK
    firsts = _WEAK_CJK_FIRSTS if weak else _STRONG_CJK_FIRSTS
    if not is_ascii and any(ch in low for ch in firsts):
        c = cjk.search(low, start, end)
        while c is not None:
            if (c.group() in _CJK_LONG) == (side == LONG):
                out.append((c.start(), c.group()))
            c = cjk.search(low, c.end(), end)
    return out


def side_from_emoji(text: str) -> str | None:
    """Side suggested by coloured circles or chart emojis; the weakest hint of all."""
    if text.isascii():
        return None
    m = _EMOJI.search(text)
    if m is None:
        return None
    return LONG if m.group() in _EMOJI_LONG else SHORT


def side_from_levels(entries: list[float], tps: list[float], sl: float | None) -> str | None:
    """LONG when targets sit above the entry (or the stop below it), SHORT when the reverse."""
    ref = entries[0] if entries else None
    if ref is not None and tps:
        if tps[0] != ref:
            return LONG if tps[0] > ref else SHORT
    if ref is not None and sl is not None and sl != ref:
        return LONG if sl < ref else SHORT
    if tps and sl is not None and tps[0] != sl:
        return LONG if tps[0] > sl else SHORT
    return None
