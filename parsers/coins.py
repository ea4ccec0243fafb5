"""Which coin a post names, and whether it names another: two signals in one post, a ticker on
a level's line that is not this coin's."""

from __future__ import annotations

import re
from typing import Final

from parsers import card_coins, head_coins, symbols, tag_coins
from parsers.char_scans import caps_alone
from parsers.extremes import first_at, last_at
from parsers.label_prose_coin import coin_over_label_prose
from parsers.labels import LEVEL_LABELS
from parsers.lexicon import GLUED_LABELS
from parsers.reading import Reading, Settled
from parsers.sentences import line_bounds
from parsers.symbols import plain_base as _base  # (1000PEPE and PEPE are one coin)
from parsers.tag_coins import tag_heading_level_line

_ALNUM: Final = re.compile(r"[^\W_]")


def symbol_of(norm: str, low: str, r: Reading, side_pos: int) -> tuple[str | None, float]:
    for value, _ in r.symbol_values:
        sym = symbols.from_label_value(value)
        if sym:
            return sym, 0.25
    # A tag after the levels is a signature ("#CCC by @CRR"): the pair near the side goes first.
    # (The levels start at the first level label: "Use proper risk management. $GRT ..." names
    # its coin after the note label "risk".)
    labels = r.labels
    first = (
        labels[0][1]
        if labels and labels[0][0] in LEVEL_LABELS
        else next((lab[1] for lab in labels if lab[0] in LEVEL_LABELS), len(low))
    )
    head = low[:first]
    # (A pair written only after the levels, "ETH/BTC 0.055" under an #ETH signal, is a note.)
    sym = (
        symbols.from_pair_text(head)
        or _tag_pipe_quote(head)
        or symbols.from_tag(head)
        or symbols.from_pair_text(low)
    )
    if sym:
        return symbols.ticker_for_name(head, sym), 0.25  # "#Injective (INJ)" is INJ
    lines: list[str] = []
    if side_pos >= 0:
        start = norm.rfind("\n", 0, side_pos) + 1
        end = norm.find("\n", side_pos)
        lines.append(norm[start : end if end >= 0 else len(norm)])
    # (The first two lines with a word or number: a banner of box-drawing lines is no line.)
    heads = [ln for ln in norm.split("\n", 8) if _ALNUM.search(ln)]
    lines.extend(heads[:2])
    sym = (
        head_coins.from_cjk_head(norm)
        or (coin_over_label_prose(norm, lines[0]) if side_pos >= 0 else None)  # "for bullish BTC:"
        or symbols.from_bare_words(lines)
        or tag_coins.one_coin_tag(low)  # (none when its cashtags name several coins)
        or head_coins.from_lower_head(low)
        or head_coins.from_order_head(low)
        or head_coins.from_coin_name(lines)
        or head_coins.from_heading_word(heads[0] if heads else "")
        or card_coins.coin_over_card(
            norm, low
        )  # "link / Entry 7.5 / stop 7": the card's coin alone
    )
    if sym and _unit_only(norm, symbols.base_of(sym)):
        return None, 0.0  # "Entry: 0.135 (~0.12 EUR)": a currency after a number, no coin
    return (sym, 0.15) if sym else (None, 0.0)


def _unit_only(norm: str, base: str) -> bool:
    """Whether every time the post writes base it stands right after a number ("0.12 EUR"):
    the unit of that number, not the coin (branch i13-adversary15, number_notes)."""
    at = norm.find(base)
    if at < 0:
        return False
    while at >= 0:
        before = norm[max(0, at - 2) : at].rstrip(" ")  # (on its line: "3700\nETH long" names ETH)
        if not before or not before[-1].isdigit():
            return False
        at = norm.find(base, at + len(base))
    return True


# "#XLM | BTC (BINANCE SPOT)": a coin's tag, a pipe, then the quote it is priced in.
_TAG_PIPE_QUOTE: Final = re.compile(
    r"[#$]([a-z][a-z0-9]{1,14})[^\S\n]?\|[^\S\n]?(btc|eth|usdt|usdc|busd|fdusd)(?![\w/])"
)


def _tag_pipe_quote(head: str) -> str | None:
    """The pair a tag and the quote after a pipe name ("#XLM | BTC" -> XLMBTC), or None."""
    m = _TAG_PIPE_QUOTE.search(head) if "|" in head else None
    if m is None or symbols.from_tag(head[m.start() : m.end(1)]) is None:
        return None
    return symbols.make_symbol(m.group(1), m.group(2))


def another_coin(
    norm: str, low: str, wlow: str, r: Reading, s: Settled, symbol: str, side_pos: int
) -> str | None:
    """Another coin than the one read, with levels of its own or beside the side read, or None.
    (low is the lower-cased post, wlow the same with the leverage blanked.)"""
    mine = _base(symbol)  # (once: each check compares its coins' bases with it)
    return (
        second_coin(low, r, symbol, mine)
        or coin_on_level_line(norm, s, symbol, r, low, mine)
        or coin_on_side_line(norm, wlow, side_pos, symbol, r, mine)
        or coin_before_late_side(norm, s, symbol, side_pos, r, mine)
        or coin_before_late_label(norm, s, symbol, r, mine)
        or tag_heading_level_line(low, s, symbol, mine)
    )


def second_coin(low: str, r: Reading, symbol: str, mine: str = "") -> str | None:
    """ "BTC/USDT LONG Entry .. SL .. / ETH/USDT SHORT Entry .. SL ..": another coin's pair named
    with levels of its own, or None.

    Each explicit pair opens a stretch of text running to the next pair of another coin; two
    coins whose stretches each hold a level label (even one glued to the word before it, as
    copies that lost their line breaks have: "LONGLeverage : 3xEntry : 0.43") are two signals.
    """
    mine = mine or _base(symbol)  # (another_coin's checks are given it: the base of symbol)
    stops = entries = 0  # (one compiled pass, not a list and three count calls)
    for lab in r.labels:
        if lab[0] == "sl":
            stops += 1
        elif lab[0] == "entry" or lab[0] == "buy":
            entries += 1
    if stops >= 2 or entries >= 2:
        marks = [lab for lab in r.labels if lab[0] in ("entry", "buy", "sl")]
        other = symbols.from_pair_text(low[marks[0][2] : marks[-1][1]])
        if other is not None and _base(other) != mine:
            return other
    quotes = low.count("usd") + low.count("perp")
    if quotes == 0:
        return None  # (every pair this looks for names its quote)
    if quotes == 1:
        at = max(low.find("usd"), low.find("perp"))
        if mine.lower() in low[max(0, at - 16) : at]:
            return None  # (the one pair is this coin's own: "ORDI/USDT")
    pairs = symbols.pairs_in(low)
    bases = {_base(p) for _, p in pairs}
    if pairs and mine not in bases:
        # "$ORDI @ MARKET ... / The ETHUSD pair ... Stop Loss could be set at $3,270": the coin
        # read from its tag is a stretch of its own.
        at = low.find(mine.lower())
        if at >= 0:
            pairs = sorted([*pairs, (at, symbol)])
            bases.add(mine)
    if len(bases) < 2:
        return None
    starts = [lab[1] for lab in r.labels if lab[0] in LEVEL_LABELS]
    with_levels: list[str] = []
    for i, (at, pair) in enumerate(pairs):
        end = next((a for a, p in pairs[i + 1 :] if _base(p) != _base(pair)), len(low))
        if any(at < x < end for x in starts) or _GLUED_LEVEL.search(low, at, end):
            if _base(pair) not in map(_base, with_levels):
                with_levels.append(pair)
    others = [p for p in with_levels if _base(p) != mine]
    return others[0] if len(with_levels) >= 2 and others else None


def coin_on_level_line(
    norm: str, s: Settled, symbol: str, r: Reading, low: str, mine: str = ""
) -> str | None:
    """ "LTC long 85 tp:88-91-94" under an ETHUSD analysis: a ticker opening the line of the
    first level read, right before the side word, that is another coin than the one read; or
    one alone on a line among the levels ("APEUSDT ... / ENA / 進場位置：0.42-0.38")."""
    levels = [n.start for n in s.levels()]
    if not levels:
        return None
    mine = mine or _base(symbol)
    first = first_at(levels)
    start = norm.rfind("\n", 0, first) + 1
    end = norm.find("\n", first)
    line = norm[start : end if end >= 0 else len(norm)]
    coin = head_coins.from_lower_head(line.lower())
    if coin is None:
        head = _CAPS_HEAD.match(line)
        if (
            head is not None
            and head.group(1) not in symbols.STOPWORDS
            and not _labelled(r, start + head.start(1))
        ):
            coin = symbols.from_bare_words([head.group(1)])  # "XRP alım 0.65 hedef 0.70 ..."
    if coin is None:
        coin = _caps_head_on_other_level_lines(norm, low, levels, start, symbol, r, mine)
    if coin is None:
        # Every line before the last level's line, in order ("\n" ends each of them; tests/
        # parsers/test_speed32.py compares with the pattern's search).
        upto = norm.rfind("\n", 0, last_at(levels)) + 1
        at = 0
        while at < upto:
            stop = norm.find("\n", at)
            word, end = caps_alone(norm, at, stop)
            if word >= 0:
                # (not this coin's own name; "GOALS:" alone heads the targets)
                alone = _other_coin(norm[word:end], word, symbol, r, mine)
                if alone is not None:
                    return alone
            at = stop + 1
        return None
    return coin if _base(coin) != mine else None


def _caps_head_on_other_level_lines(
    norm: str, low: str, levels: list[int], first_line: int, symbol: str, r: Reading, mine: str
) -> str | None:
    """ "... Stop Targets: 1) 0.2437 / ADA buy 0.45 target 0.50": a ticker and a side word opening
    the line of a later level read (a second post run on after the signal), another coin than the
    one read. (Not "SET TP1 0.65": a word of the post's own.) Driven by the side words after the
    first level's line, which most posts have none of."""
    after = low.find("\n", first_line)
    last = last_at(levels)
    if after < 0 or last < after:
        return None  # (every level is on the first level's line: no later line holds one)
    # (Its side word is before the end of the last level's line: four scans there reject most.)
    bound = low.find("\n", last)
    bound = len(low) if bound < 0 else bound
    if not any(low.find(w, after, bound) >= 0 for w in ("long", "short", "buy", "sell")):
        return None
    for m in _SIDE_WORD_AT.finditer(low, after, bound):
        start = low.rfind("\n", 0, m.start()) + 1
        end = low.find("\n", m.end())
        end = len(low) if end < 0 else end
        head = _CAPS_HEAD.match(norm, start, m.start())
        if (
            head is None
            or _SIDE_NEXT.match(norm, head.end(1), m.end()) is None
            or not any(start <= at < end for at in levels)
        ):
            continue
        coin = _other_coin(head.group(1), head.start(1), symbol, r, mine)
        if coin is not None:
            return coin
    return None


def coin_on_side_line(
    norm: str, low: str, side_pos: int, symbol: str, r: Reading, mine: str = ""
) -> str | None:
    """ "OP long 20-75x / INPUT 2.453 - 2.4 / SL 2.357" under an analysis of ETHUSD: the side read
    has a ticker right before or after it on its line ("OP long", "LONG OP 20x", "OP 🟢 LONG"),
    and that is another coin than the one read (two posts in one: the coin of one, the side and
    levels of the other), or None. (norm and low run alike, character for character.)"""
    if side_pos < 0:
        return None
    mine = mine or _base(symbol)
    start, end = line_bounds(low, side_pos)
    line = low[start:end]
    if mine.lower() in line:
        return None  # the side's line names this coin ("#SOL/USDT LONG"): its side
    cjk = head_coins.from_cjk_head(norm[start:end])
    if cjk is not None and _base(cjk) != mine:
        return cjk  # "moodeng 多" over another post's LINK/USDT (i13-gath25's harness, seed 1)
    word = _SIDE_WORD.match(low, side_pos, end)
    # (A ticker in capitals and a few marks: the 20 characters before the side word. Not "una
    # posizione short", "Tipo: SHORT": words of a sentence, a label.)
    before = _TICKER_BEFORE.search(norm, max(start, side_pos - 20), side_pos)
    after = _TICKER_AFTER.match(norm, word.end(), end) if word is not None else None
    for m in (before, after):
        # (Not "SHORT 👉 ENTRY1 : 0.0185": a label; nor "ETH/BTC Long": this pair's quote.)
        if (
            m is not None
            and m.group(1).isupper()
            and m.group(1) not in symbol
            and not _labelled(r, m.start(1))
        ):
            coin = symbols.from_bare_words([m.group(1)])
            if coin is not None and _base(coin) != mine:
                return coin
    return None


def coin_before_late_side(
    norm: str, s: Settled, symbol: str, side_pos: int, r: Reading, mine: str = ""
) -> str | None:
    """ "Official LUNC position is currently: / Entry: $0.346 / ... We're also looking to short RSR":
    the side word is read only after every level, on a line naming the coin read, while the text
    before the levels names another coin (the levels are that coin's: two coins, one signal per
    post at most), or None."""
    levels = [n.start for n in s.levels()]
    if side_pos < 0 or not levels or side_pos < last_at(levels):
        return None
    mine = mine or _base(symbol)
    start = norm.rfind("\n", 0, side_pos) + 1
    end = norm.find("\n", side_pos)
    if mine not in norm[start : end if end >= 0 else len(norm)]:
        return None  # (the side's line names no coin of its own: "Short it" under the levels)
    for m in _TICKER_IN_TEXT.finditer(norm, 0, first_at(levels)):
        coin = _other_coin(m.group(1), m.start(1), symbol, r, mine)
        if coin is not None:
            return coin
    return None


def coin_before_late_label(
    norm: str, s: Settled, symbol: str, r: Reading, mine: str = ""
) -> str | None:
    """ "Coin: EGLD Long / Entry: 144.2 / ... / SL: 139.87 / P.S. SOL entry 142.5 coming soon": a
    ticker right before an entry or stop label after the first level's line, another coin than
    the one read (its level is that coin's, never this signal's), or None."""
    levels = [n.start for n in s.levels()]
    if not levels:
        return None
    after = norm.find("\n", first_at(levels))
    if after < 0:
        return None
    for kind, start, end in r.labels:
        # (A label opening its line, the usual place, has no ticker before it.)
        if start <= after or kind not in _LATE_KINDS or norm[start - 1] == "\n":
            continue
        line_end = norm.find("\n", end)
        if not _DIGIT.search(norm, end, line_end if line_end >= 0 else len(norm)):
            continue  # ("SPLIT UR ENTRIES": no level on the label's line)
        line_start = norm.rfind("\n", 0, start) + 1
        m = _TICKER_BEFORE.search(norm, max(line_start, start - 20), start)
        if m is not None and m.group(1).isupper():
            coin = _other_coin(m.group(1), m.start(1), symbol, r, mine or _base(symbol))
            if coin is not None:
                return coin
    return None


_LATE_KINDS: Final = ("entry", "buy", "sell", "sl")
_DIGIT: Final = re.compile(r"[0-9]")


# A ticker-looking word in capitals inside a sentence ("Official LUNC position").
_TICKER_IN_TEXT: Final = re.compile(r"(?<![\w$#./_-])[$#]?([A-Z][A-Z0-9]{1,11})(?![\w/.:-])")


_SIDE_WORD: Final = re.compile(r"\w+")
# A ticker beside the side word, a few marks between them at most: "OP 🟢 LONG", "LONG — OP".
# (Not "SIDE: LONG", "STATUS : SHORT", "REGULAR (LONG)": a label and its value, a word and its
# note.)
_TICKER_BEFORE: Final = re.compile(r"(?<![\w./_-])[$#]?([A-Z][A-Z0-9]{1,11})[^\w\n:()\[\]]{1,4}$")
_TICKER_AFTER: Final = re.compile(r"[^\w\n:()\[\]]{1,4}[$#]?([A-Z][A-Z0-9]{1,11})(?![\w.:])")


def _other_coin(word: str, at: int, symbol: str, r: Reading, mine: str) -> str | None:
    """The coin a capitals word found at position at names when it is another coin than the
    signal's symbol (whose base is mine): not a stop word, not part of the symbol, not a label
    ("INPUT 2.453")."""
    if word in symbols.STOPWORDS or word in symbol or _labelled(r, at):
        return None
    coin = symbols.from_bare_words([word])
    return coin if coin is not None and _base(coin) != mine else None


def _labelled(r: Reading, at: int) -> bool:
    """Whether a label starts at position at ("INPUT 2.453": a label, not a coin)."""
    return any(lab[1] == at for lab in r.labels)


_CAPS_HEAD: Final = re.compile(r"[^\w\n]*([A-Z][A-Z0-9]{1,11})\s")
# ("AAVE limit short 87-88 stop 91": the order's kind between; i13-gath25's harness, seed 1.)
_SIDE_NEXT: Final = re.compile(
    r"[^\w\n]{0,3}(?:(?:limit|market)\s)?(?:long|short|buy|sell)(?!\w)", re.IGNORECASE
)
# (Each word first, its boundary after it: re skips straight to an "l", "s" or "b".)
_SIDE_WORD_AT: Final = re.compile(
    r"(?:long(?<!\wlong)|short(?<!\wshort)|buy(?<!\wbuy)|sell(?<!\wsell))(?!\w)"
)


# A level label glued to the word before it: "LONGLeverage : 3xEntry : 0.43".
_GLUED_LEVEL: Final = re.compile(
    r"[a-z0-9)%$](?:" + "|".join(GLUED_LABELS[:7]) + r")\s?[0-9]{0,2}\s?:"
)
