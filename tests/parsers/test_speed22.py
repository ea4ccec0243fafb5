"""The searches session 26 (i13-speed22) gated or rewrote in the pipeline's own stages: each new
form must answer as the search it replaces, on random texts of the pattern's own words and signs
and on the dev posts; where a gate was derived from a pattern, the derivation is checked against
the pattern (a row added later is kept, or refused, by the same rule)."""

from __future__ import annotations

import random
import re

from parsers import entry_choice, glued_pair, lines, list_block, normalize, trigger
from parsers.char_scans import date_starts
from parsers.lead_first import lead_first
from parsers.led_search import led_finditer
from parsers.quick_tests import alternatives, required_run, written
from parsers.vocabulary import STOP_ORDER_STATEMENT
from tests.parsers.corpus_score import load_split
from tests.parsers.word_texts import word_text

_DEV_LOWS = [case.text.lower() for case in load_split("dev")]

# trigger's stop-order statement: its words, their near misses, and what stands between them.
_STATEMENT_WORDS = (
    *("set up", "setup", "set up as", "place", "placed", "use", "using", "as", "with", "a", "an"),
    *("buy", "sell", "stop", "stop-", "stoplimit", "limit", "market", "order", "orders", "entry"),
    *("order type", "entry type", "ordertype", "type", "break", "break-out", "breakdown", "out"),
    *("down", "loss", "-loss", "0.49", "15", "entr", "ord", "orde", "entry:", "entry type:"),
    *("entry -", "entrytype=", "buy stop", "sell-stop", "stop-limit", "stop market", "breakout"),
)
_STATEMENT_SIGNS = (" ", " ", "\n", ":", "=", "-", " : ", "(", ")", "$", "1", "0.5")


def _statement_text(rng: random.Random) -> str:
    return word_text(
        rng, _STATEMENT_WORDS, _STATEMENT_SIGNS, most=10, word_share=0.65, space_share=0.5
    )


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return m.span() if m is not None else None


def test_statement_without_order_when_random_texts_then_as_statement() -> None:
    rng = random.Random(2622)
    found = 0
    for _ in range(30_000):
        low = _statement_text(rng)
        if "order" in low:
            continue  # (searched with the whole statement)
        want = _span(trigger._STATEMENT.search(low))
        assert _span(trigger._STATEMENT_NO_ORDER.search(low)) == want, low
        found += want is not None
    assert found > 500, found  # (the rows were reached)


def test_statement_without_order_when_dev_posts_then_as_statement() -> None:
    compared = 0
    for low in _DEV_LOWS:
        # (A post holding "order" is searched with the whole statement: here with it cut.)
        low = low.replace("order", "ordr")
        assert _span(trigger._STATEMENT_NO_ORDER.search(low)) == _span(
            trigger._STATEMENT.search(low)
        ), low
        compared += 1
    assert compared > 3_000


def test_statement_rows_dropped_each_need_order() -> None:
    # Every row left out holds "order" in the run of characters every match of it holds (the
    # statement's rows, then those lead_first makes of the rows kept); the one kept opens with a
    # literal ("entry"), so re skips to it.
    needs = [
        row
        for row in alternatives(STOP_ORDER_STATEMENT)
        if "order" in required_run(row, any_text=True)
    ]
    rest = [row for row in alternatives(STOP_ORDER_STATEMENT) if row not in needs]
    assert needs and len(rest) == 1, rest
    led = alternatives(lead_first(rest[0]))
    kept = alternatives(trigger._STATEMENT_NO_ORDER.pattern)
    assert kept == [row for row in led if "order" not in required_run(row, any_text=True)]
    assert len(kept) == 1 and kept[0].startswith("entry(") and len(led) == 2, led


def test_statement_when_made_up_forms_then_read_as_before() -> None:
    # Made-up forms (guards): with and without "order", each found or not as the whole statement.
    for low, found in (
        ("entry type: stop-limit", True),
        ("entry: buy stop", True),
        ("entry: 0.53 (buy stop)", False),
        ("order type: stop market", True),
        ("use a buy stop-limit order", True),
        ("entry type: stop loss 0.49", False),
        ("entry - breakout", True),
    ):
        got = (trigger._STATEMENT if "order" in low else trigger._STATEMENT_NO_ORDER).search(low)
        assert (got is not None) == found == (trigger._STATEMENT.search(low) is not None), low


_WAY_WORDS = ("above", "over", "below", "under", "long", "ada", "abov", "ove", "unde", "hover")
_WAY_SIGNS = (" ", " ", "\n", ":", "@", "$", "0.53", "-", "(", "🚀")


def test_way_before_when_random_texts_then_as_ungated() -> None:
    rng = random.Random(2623)
    found = 0
    for _ in range(30_000):
        low = word_text(rng, _WAY_WORDS, _WAY_SIGNS, most=8, word_share=0.6, space_share=0.5)
        start = rng.randint(0, len(low))
        end = rng.randint(start, len(low))
        want = _span(trigger._WAY_BEFORE.search(low, start, end))
        gated = (
            trigger._WAY_BEFORE.search(low, start, end)
            if trigger.written(low, trigger._WAY_HEADS, start, end)
            else None
        )
        assert _span(gated) == want, (low, start, end)
        found += want is not None
    assert found > 1_000, found


# glued_pair: the pair labels, their near misses, tickers and what stands around them.
_PAIR_WORDS = (
    *("Pair", "Coin", "Symbol", "Asset", "Ticker", "Token", "Instrument", "pair", "COIN", "Pai"),
    *("ETH", "BTC", "E", "SOLUSDT", "ETHUSDC", "XBUSD", "APEPERP", "1000PEPE", "ETH2", "usdt"),
    *("MyPair", "xCoin", "Tokens", "Coins", "Assets", "🚀Coin", "#Coin", "Pair:", "Coin-"),
)
_PAIR_SIGNS = (" ", "/", "_", "-", "USDT", "USDC", "BUSD", "PERP", "\n", ":", "1", "é", "🚀")


def test_glued_pair_when_random_texts_then_as_group_first() -> None:
    rng = random.Random(2624)
    changed = 0
    for _ in range(30_000):
        text = word_text(rng, _PAIR_WORDS, _PAIR_SIGNS, most=8, word_share=0.6, space_share=0.3)
        want = glued_pair._GLUED_PAIR_LABEL.sub(r"\1 ", text)
        spans = [m.span() for m in glued_pair._GLUED_PAIR_LABEL.finditer(text)]
        assert [m.span() for m in glued_pair._GLUED_PAIR_LED.finditer(text)] == spans, text
        assert glued_pair.unglue_pair_label(text) == want, text
        changed += want != text
    assert changed > 500, changed


def test_glued_pair_when_dev_posts_then_as_group_first() -> None:
    for case in load_split("dev"):
        text = case.text
        want = glued_pair._GLUED_PAIR_LABEL.sub(r"\1 ", text)
        assert glued_pair._GLUED_PAIR_LED.sub(r"\g<0> ", text) == want, case.id
        assert glued_pair.unglue_pair_label(text) == want, case.id


def test_glued_pair_when_made_up_forms_then_spaced_as_before() -> None:
    # Made-up forms after the documented card (dev bullrun-futures-signal-format-001).
    for text, want in (
        ("PairETH/USDT", "Pair ETH/USDT"),
        ("CoinBTCUSDT long", "Coin BTCUSDT long"),
        ("#CoinBTC/USDT", "#Coin BTC/USDT"),
        ("MyPairETH/USDT", "MyPairETH/USDT"),
        ("Tokens: ETH/USDT", "Tokens: ETH/USDT"),
        ("InstrumentSOL-PERP", "Instrument SOL-PERP"),
    ):
        assert glued_pair.unglue_pair_label(text) == want, text


def test_when_target_needs_three_characters() -> None:
    # lines._WHEN_TARGET is searched only where three characters or more stand before the label:
    # its shortest match is "if" and a space. A row added to it must be checked here first.
    assert lines._WHEN_TARGET.pattern == (
        r"(?<![a-z])(?:after|once|when|if|upon|until)\s(?:the\s)?$"
    )
    assert lines._WHEN_SHORTEST == 3
    assert lines._WHEN_TARGET.search("if ") is not None
    signs = "afteroncwhiupl \t\n.:1"
    for a in ("", *signs):
        for b in ("", *signs):
            assert lines._WHEN_TARGET.search(a + b) is None, (a, b)


_WHEN_WORDS = ("after", "once", "when", "if", "upon", "until", "the", "tp1", "tp", "hit", "xif")
_WHEN_SIGNS = (" ", " ", "\n", ",", "(", "🚀", "1", ":")


def test_when_target_when_random_texts_then_as_ungated() -> None:
    rng = random.Random(2625)
    found = 0
    for _ in range(30_000):
        low = word_text(rng, _WHEN_WORDS, _WHEN_SIGNS, most=6, word_share=0.6, space_share=0.5)
        start = rng.randint(0, len(low))
        offset = rng.randint(max(0, start - 14), start)
        want = _span(lines._WHEN_TARGET.search(low, max(offset, start - 10), start))
        gated = (
            lines._WHEN_TARGET.search(low, max(offset, start - 10), start)
            if start - offset >= lines._WHEN_SHORTEST
            else None
        )
        assert _span(gated) == want, (low, offset, start)
        found += want is not None
    assert found > 300, found


def test_date_starts_when_a_range_of_prices_then_none() -> None:
    # (tests/parsers/test_led_search25.py proves the places against the date pattern's subs on
    # random texts and dev posts.) Made-up forms: two separators that differ are no date.
    for text in ("0.52-0.55", "27.45-27.50", "Entry 1.25-1.30 / 2.5/3.0", "12.05-24"):
        assert date_starts(text) == [], text
    assert date_starts("12.05.24 14:30") == [0, 1]
    assert date_starts("on 2024-05-14") == [3, 4, 5, 6]
    assert date_starts("1/6/2025") == [0]


def test_other_label_needs_its_colon() -> None:
    # list_block.is_continuation asks list_block._OTHER_LABEL only of a line holding ":".
    assert list_block._OTHER_LABEL.pattern == r"[^\W\d_]{2,}\s?(?:[0-9]{1,2}\s?)?:"
    rng = random.Random(2626)
    words = ("ask", "current ask", "tp", "x", "цель", "目标", "a_b", "12", "0.00000327", "🚀")
    signs = (" ", ":", " :", "\n", "-", "$", "1", "：")
    found = 0
    for _ in range(20_000):
        line = word_text(rng, words, signs, most=6, word_share=0.6, space_share=0.4)
        m = list_block._OTHER_LABEL.search(line)
        assert m is None or ":" in line, line
        found += m is not None
    assert found > 1_000, found
    # Made-up list lines: a number under "Targets:" carries the list on; another field's label
    # ends it, with or without its colon's space.
    assert list_block.is_continuation("2) 0.75")
    assert list_block.is_continuation("0.75 🚀")
    assert not list_block.is_continuation("Current ask: 0.00000327")
    assert not list_block.is_continuation("ask:0.00000327")


def test_or_blanks_are_every_blank_but_the_line_break() -> None:
    every = "".join(map(chr, range(0x110000)))
    assert "".join(re.findall(r"[^\S\n]", every)) == entry_choice._BLANKS


_OR_PIECES = (
    *("or", "или", "ou", "o", "oder", "veya", "hoặc", "atau", "或", "order", "ore", "oo", "148"),
    *("market", "cmp", " ", " ", "\n", "\t", "\xa0", "\u1680", "\u2028", "\u3000", ",", "$"),
)


# What _OR_LED stands for (the plain pattern, compiled here: the parser needs only the led one).
_OR_RE = re.compile(entry_choice._OR)


def test_or_led_when_random_texts_then_as_or() -> None:
    rng = random.Random(2627)
    found = 0
    for _ in range(30_000):
        low = "".join(rng.choice(_OR_PIECES) for _ in range(rng.randint(1, 12)))
        spans = [m.span() for m in _OR_RE.finditer(low)]
        assert [m.span() for m in entry_choice._OR_LED.finditer(low)] == spans, low
        if spans:
            start = spans[0][0]
            assert [m.span() for m in entry_choice._OR_LED.finditer(low, start)] == spans, low
        found += bool(spans)
    assert found > 5_000, found


def test_or_led_when_dev_posts_then_as_or() -> None:
    for low in _DEV_LOWS:
        spans = [m.span() for m in _OR_RE.finditer(low)]
        assert [m.span() for m in entry_choice._OR_LED.finditer(low)] == spans, low
        # (Every choice holds an "or": a post without one is not searched for choices.)
        if not spans:
            assert entry_choice._CHOICE.search(low) is None, low


def test_market_or_price_when_made_up_forms_then_as_before() -> None:
    # Guards, made up after the module's own forms: a choice, two ways in, no choice.
    from parsers.signal_parser import read_signal

    choice = read_signal("BTC/USDT LONG\nEntry: market or 64000\nTP: 66000\nSL: 62000")
    assert choice is not None and any("choice" in why for why in choice.review), choice
    plain = read_signal("BTC/USDT LONG\nEntry: 64000 on the dip\nTP: 66000\nSL: 62000")
    assert plain is not None and not any("choice" in why for why in plain.review), plain


def _old_drop_broken_copies(text: str) -> str:
    """normalize.drop_broken_copies before session 26 (each line stripped twice)."""
    lines = text.split("\n")
    drop: list[tuple[int, int]] = []
    for i in range(2, len(lines)):
        line = lines[i].strip()
        prev = lines[i - 1].strip()
        if not prev or not line.endswith(prev) or len(line) <= len(prev):
            continue
        whole = line.replace(" ", "")
        if normalize._PLAIN_NUMBER.fullmatch(line):
            continue
        n = normalize._pieces_before(lines, i, whole)
        if n:
            drop.append((i - n, i))
    if not drop:
        return text
    gone = {k for a, b in drop for k in range(a, b)}
    return "\n".join(ln for k, ln in enumerate(lines) if k not in gone)


def test_broken_copies_when_random_texts_then_as_before() -> None:
    rng = random.Random(2628)
    pieces = ("2.", "2", " ", "\n", "\n", "\n \n", "94", "2.94", "-", "2.5", "2-2.5", "tp", "a")
    dropped = 0
    wholes = ("2. 2.94", "2-2.5", "tp 1.5", "12", "sl 0.45 x", "1 2")
    for _ in range(30_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        if rng.random() < 0.6:  # a line, its pieces on the lines before it (spaces dropped)
            whole = rng.choice(wholes)
            cuts = sorted(rng.sample(range(1, len(whole)), min(len(whole) - 1, rng.randint(1, 3))))
            parts = [whole[a:b] for a, b in zip([0, *cuts], [*cuts, len(whole)], strict=True)]
            piece_lines = [p.replace(" ", "") if rng.random() < 0.5 else p for p in parts]
            text += "\n" + "\n".join(piece_lines) + "\n" + whole + rng.choice(("", "\n", "\nx"))
        want = _old_drop_broken_copies(text)
        assert normalize.drop_broken_copies(text) == want, text
        dropped += want != text
    assert dropped > 1_000, dropped
    for case in load_split("dev"):
        assert normalize.drop_broken_copies(case.text) == _old_drop_broken_copies(case.text)


def test_word_first_needs_a_letter_before_any_digit() -> None:
    # list_block.is_continuation matches _WORD_FIRST only in a line not opening with a digit:
    # after its run of marks ([^\w\n]*, which a digit ends) it needs three letters.
    pattern = list_block._WORD_FIRST.pattern
    assert pattern.startswith(r"[^\w\n]*(?!") and r"[^\W\d_]{3,}" in pattern
    rng = random.Random(2630)
    words = ("zorblat", "below", "tp", "1.95", "3", "0.5", "part", "→", "=", "$", "%", "цель")
    signs = (" ", "-", ")", "•", "\t", "👉")
    found = 0
    for _ in range(30_000):
        line = word_text(rng, words, signs, most=6, word_share=0.7, space_share=0.5)
        hit = list_block._WORD_FIRST.match(line) is not None
        if "0" <= line[:1] <= "9":
            assert not hit, line
        found += hit
    assert found > 1_000, found
    assert not list_block.is_continuation("Zorblat 1.95")  # (made up: a word names it)
    assert list_block.is_continuation("1.95 final")


_CHOICE_PIECES = (
    *(
        "market",
        "cmp",
        "now",
        "current price",
        "по рынку",
        "mercado",
        "市价",
        "marketing",
        "nowhere",
    ),
    *(
        "or",
        "o",
        "или",
        "或",
        "at",
        "the",
        "148",
        "0.51",
        "$",
        "0.51$",
        ",",
        "entry:",
        "buy",
        "cmp2",
    ),
    *(" ", " ", " ", "\n", "\xa0"),
)


def test_choice_needs_a_market_word() -> None:
    # entry_choice.market_or_price looks for choices only in a post holding one of the market
    # words' literals (_MARKET_HEADS): both alternatives of _CHOICE name the market.
    assert entry_choice._CHOICE.pattern.count(entry_choice._MARKET) == 2
    assert len(alternatives(entry_choice._CHOICE.pattern)) == 2
    rng = random.Random(2631)
    found = unheaded = 0
    for _ in range(30_000):
        low = "".join(rng.choice(_CHOICE_PIECES) for _ in range(rng.randint(1, 10)))
        spans = [m.span() for m in entry_choice._CHOICE.finditer(low)]
        assert [
            m.span() for m in led_finditer(entry_choice._CHOICE, entry_choice._CHOICE_STARTS, low)
        ] == spans
        if not written(low, entry_choice._MARKET_HEADS, 0, len(low)):
            assert not spans, low
            unheaded += 1
        found += bool(spans)
    assert unheaded > 5_000 and found > 200, (unheaded, found)
    for low in _DEV_LOWS:
        if not written(low, entry_choice._MARKET_HEADS, 0, len(low)):
            assert entry_choice._CHOICE.search(low) is None, low
