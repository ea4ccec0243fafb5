"""Session 28 (i13-speed32): the coin checks and call_later's heads made cheaper, exactly.

Each lever answers as the code it replaced, compared here with copies of main's (53be5709) code on
every dev post and recorded reading's text and on random texts (a row a lever; none greps a
source file):

- `char_scans.caps_alone`: a compiled walk of a line where `_CAPS_ALONE`'s search ran over every
  line before the last level's line: the same ticker at the same place, line by line.
- `coins._caps_head_on_other_level_lines`: none where every level is on the first level's line,
  and its side words looked for only up to the end of the last level's line.
- `symbols.from_pair_text`: `_SEP_QUOTE` searched only where the text holds "/", "-" or "_".
- `call_later._HEAD`: every alternative led by a literal (the condition's words first, the mark
  before them asked behind them): a line holds a match where it held one of the pattern as
  first written; `_head_words`: every line holding a match holds the words it asks for.
- `head_coins.from_lower_head`: its six `in` tests written out (the same tests).
- `call_lines._other_call`: the levels' spans and prices gathered only for a line that holds the
  words (most posts have none).
"""

from __future__ import annotations

import random
import re

import pytest

from parsers import call_later, call_lines, char_scans, coins, head_coins, symbols
from parsers.gate_words import holds
from parsers.models import ParsedSignal
from parsers.normalize import lower, normalize
from parsers.reading import Reading
from parsers.signal_parser import read_signal
from tests.parsers.corpus_score import load_split
from tests.parsers.word_texts import word_text


def _texts() -> list[str]:
    from tests.parsers.readings import messages

    raw = [case.text for case in load_split("dev") if case.text]
    raw += [text for _, text in messages()]
    return [normalize(text) for text in dict.fromkeys(raw)]


_NORMS = _texts()
_LOWS = [lower(norm) for norm in _NORMS]

# --- main's code, for comparison -------------------------------------------------------------

_CAPS_ALONE = re.compile(r"(?m)\n[^\w\n#]*([A-Z][A-Z0-9]{1,11})[^\w\n]*$")


def _old_caps_alone(norm: str, upto: int) -> list[tuple[int, str]]:
    """Main's lines alone in capitals before upto (a line's start, or 0)."""
    return [(m.start(1) - 1, m.group(1)) for m in _CAPS_ALONE.finditer("\n" + norm, 0, upto + 1)]


def _new_caps_alone(norm: str, upto: int) -> list[tuple[int, str]]:
    """The same by char_scans.caps_alone, walked as coin_on_level_line walks it."""
    found = []
    at = 0
    while at < upto:
        stop = norm.find("\n", at)
        word, end = char_scans.caps_alone(norm, at, stop)
        if word >= 0:
            found.append((word, norm[word:end]))
        at = stop + 1
    return found


def _old_caps_head(
    norm: str, low: str, levels: list[int], first_line: int, symbol: str, r: Reading
) -> str | None:
    """Main's _caps_head_on_other_level_lines."""
    after = low.find("\n", first_line)
    if after < 0 or not any(
        low.find(word, after) >= 0 for word in ("long", "short", "buy", "sell")
    ):
        return None
    for m in coins._SIDE_WORD_AT.finditer(low, after):
        start = low.rfind("\n", 0, m.start()) + 1
        end = low.find("\n", m.end())
        end = len(low) if end < 0 else end
        head = coins._CAPS_HEAD.match(norm, start, m.start())
        if (
            head is None
            or coins._SIDE_NEXT.match(norm, head.end(1), m.end()) is None
            or not any(start <= at < end for at in levels)
        ):
            continue
        coin = coins._other_coin(head.group(1), head.start(1), symbol, r, coins._base(symbol))
        if coin is not None:
            return coin
    return None


def _old_from_pair_text(low: str) -> str | None:
    """Main's from_pair_text."""
    best: tuple[int, str] | None = None
    for m in symbols._SEP_QUOTE.finditer(low):
        at = m.start()
        b = symbols._BASE_BEFORE_SEP.search(low, max(0, at - 17), at)
        if b is None:
            continue
        base, word = b.group(1), m.group(1)
        spaced = b.end(1) < at and m.group().startswith(("/ ", "- ")) and word in ("btc", "eth")
        if symbols.ok_base(base, symbols.STOPWORDS if spaced else symbols.NEVER_A_BASE):
            best = (b.start(), symbols.make_symbol(base, word if word != "perp" else None))
            break
    for m in symbols._CONCAT_QUOTE.finditer(low) if "usd" in low else ():
        at = m.start()
        if best is not None and at > best[0]:
            break
        b = symbols._BASE_BEFORE_QUOTE.search(low, max(0, at - 15), at)
        if b is not None and symbols.ok_base(base := b.group(1)):
            best = (
                b.start(),
                symbols.make_symbol(base, low[at : at + (5 if low[at] == "f" else 4)]),
            )
            break
    return best[1] if best else None


_OLD_HEAD = re.compile(
    r"(?<![a-z])(?:"
    r"(?:^|[^\w\s]\s?)(?:if|once|when)\s[^\n]{0,40}?(?:breaks?|holds?|reclaims?|flips?|closes"
    r"|triggere?d?|fails?)(?![a-z])"
    r"|alert\sset\sat|scenario\s(?:[a-c2-3]|two|three)(?![a-z])"
    r"|(?:plan|setup|set-up|trade|idea)s?\sfor\s(?:tomorrow|next\sweek|the\sweekend|later|next"
    r"\smonth)|tomorrow['’]?s?\s(?:plan|setup|trade)|(?<!\d\s)next\sweek['’]?s\s(?:plan|setup)"
    r"|not\sactive\syet|will\sconfirm\s(?:the\s)?entry|watching\sthis\sone"
    r"|recap\sof|re-?posted|reminder\sof\s(?:our|the|my|yesterday)|repeat\sof\s(?:our|the|my)"
    r"|yesterday['’]s\s(?:call|signal|setup)"
    r"|(?:calls|signals|trades|setups)\slike\sthis|(?:members|subscribers)\sgot\sthis"
    r"|promo(?:tion)?\s?:|free\strial"
    r")"
    r"|(?<![а-яё])(?:если\s(?:пробь[её]м|пробьет|пробьёт|закрепимся|удержим|сломаем|пробой)"
    r"|план\sна\s(?:завтра|неделю|выходные)|напоминани[ея]\s(?:о|об|про)|повтор\s(?:вчерашнего"
    r"|сигнала|сделки|прошлого)|рассматриваю\s(?:лонг|шорт|вход)|такие\sсигналы)(?![а-яё])"
)
_OLD_TAIL = re.compile(
    r"(?<![a-z])(?:waiting\sfor\s(?:the\s|a\s)?(?:confirmation|signal)"
    r"|(?:entry|it)\s(?:might|may|could)\sbe\s(?:lower|higher|changed|updated)|will\supdate\s(?:the"
    r"\s)?entry|only\sif\s[#$]?(?:btc|bitcoin|eth)\s(?:stays|holds|is))(?![a-z])"
    r"|(?<![а-яё])(?:жд[уё]м?\s(?:подтверждени|пробо|ретест)\w*|только\sпосле\s(?:закреплени|пробо"
    r"|ретест)\w*)(?![а-яё])"
)


def _old_from_lower_head(low: str) -> str | None:
    """Main's from_lower_head."""
    if not any(side in low for side in ("long", "short", "лонг", "шорт", "多", "空")):
        return None
    for m in head_coins._LOWER_HEAD.finditer("\n" + low):
        named = head_coins.COIN_NAMES.get(m.group(1))
        if named is not None:
            return head_coins.make_symbol(named)
        word = m.group(1).upper()
        if word not in head_coins._NOT_COINS and head_coins.ok_base(word):
            return head_coins.make_symbol(word)
    return None


# --- char_scans.caps_alone -----------------------------------------------------------------------


def _line_bounds(norm: str) -> list[int]:
    """Every place coin_on_level_line can stop at: 0 and each line's start."""
    return [0, *(i + 1 for i, c in enumerate(norm) if c == "\n")]


def test_caps_alone_finds_what_the_pattern_found_on_every_post() -> None:
    differ = []
    found = 0
    for norm in _NORMS:
        bounds = _line_bounds(norm)
        for upto in (bounds[-1], *bounds[1:4], bounds[len(bounds) // 2]):
            old = _old_caps_alone(norm, upto)
            found += len(old)
            if _new_caps_alone(norm, upto) != old:
                differ.append((norm[:80], upto))
    assert differ == []
    assert found > 1000  # (the posts reach the tickers alone on their lines)


_CAPS_PIECES = (
    "BTC", "ETH", "ENA", "A", "AB", "ABCDEFGHIJKL", "ABCDEFGHIJKLM", "X1", "1X", "GOALS", "#SOL",
    "$OP", "🔥", "👉", " ", "  ", "\t", ":", "-", "/", ".", "_", "é", "Ä", "٣", "²", "ab", "x",
    "0.42", "\n", "\n", "\n", "(", ")", "\u00a0", "\u3000", "進場", "Ⅻ",
)  # fmt: skip


@pytest.mark.parametrize("seed", range(3))
def test_caps_alone_finds_what_the_pattern_found_on_made_up_posts(seed: int) -> None:
    rng = random.Random(seed)
    differ = []
    found = 0
    for _ in range(20_000):
        norm = "".join(rng.choice(_CAPS_PIECES) for _ in range(rng.randint(0, 16)))
        bounds = _line_bounds(norm)
        for upto in (bounds[-1], rng.choice(bounds)):
            old = _old_caps_alone(norm, upto)
            found += len(old)
            if _new_caps_alone(norm, upto) != old:
                differ.append((norm, upto))
    assert differ == []
    assert found > 1000


# --- coins._caps_head_on_other_level_lines ------------------------------------------------------

_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_SYMBOLS = ("BTCUSDT", "ETHUSDT", "SUSHIUSDT", "1000PEPEUSDT", "ADAUSDT")


def _placings(low: str, rng: random.Random) -> list[list[int]]:
    """Levels at the post's numbers (all, the first, the last, a few), and at random places."""
    numbers = [m.start() for m in _NUMBER.finditer(low)]
    out = [numbers, numbers[:1], numbers[-1:], rng.sample(numbers, min(3, len(numbers)))]
    if low:
        out += [[rng.randrange(len(low)) for _ in range(rng.randint(1, 4))] for _ in range(2)]
    return [sorted(p) for p in out if p]


def _caps_head_differences(norm: str, low: str, rng: random.Random) -> tuple[list[str], int]:
    differ, answered = [], 0
    r = Reading()
    for levels in _placings(low, rng):
        first_line = low.rfind("\n", 0, levels[0]) + 1
        symbol = rng.choice(_SYMBOLS)
        old = _old_caps_head(norm, low, levels, first_line, symbol, r)
        answered += old is not None
        new = coins._caps_head_on_other_level_lines(
            norm, low, levels, first_line, symbol, r, coins._base(symbol)
        )
        if new != old:
            differ.append(norm[:80])
    return differ, answered


def test_caps_head_on_other_level_lines_answers_as_before_on_every_post() -> None:
    rng = random.Random(32)
    differ, answered = [], 0
    for norm, low in zip(_NORMS, _LOWS, strict=True):
        d, a = _caps_head_differences(norm, low, rng)
        differ += d
        answered += a
    assert differ == []
    assert answered > 10


_LEVEL_PIECES = (
    "ADA buy 0.45", "OP long 2.4", "SOL limit short 150", "target 0.50", "Stop 0.24", "\n", "\n",
    " ", "LONG", "sell", "👉 ", "ETH", "1.5", "  ", "buy", "Short",
)  # fmt: skip


@pytest.mark.parametrize("seed", range(2))
def test_caps_head_on_other_level_lines_answers_as_before_on_made_up_posts(seed: int) -> None:
    rng = random.Random(seed)
    differ, answered = [], 0
    for _ in range(6000):
        norm = "".join(rng.choice(_LEVEL_PIECES) for _ in range(rng.randint(1, 12)))
        d, a = _caps_head_differences(norm, lower(norm), rng)
        differ += d
        answered += a
    assert differ == []
    assert answered > 100


# --- symbols.from_pair_text ---------------------------------------------------------------------


def test_from_pair_text_answers_as_before_on_every_post_and_head() -> None:
    differ, answered = [], 0
    for low in _LOWS:
        for text in (low, low[:40], low[: low.find("\n")] if "\n" in low else low[:10]):
            old = _old_from_pair_text(text)
            answered += old is not None
            if symbols.from_pair_text(text) != old:
                differ.append(text[:80])
    assert differ == []
    assert answered > 3000


_PAIR_WORDS = (
    "btc", "eth", "usdt", "usdc", "fdusd", "usd", "perp", "eur", "trx", "sol", "at", "trade",
    "#eth", "1000pepe", "ordi", "long", ".p", "m",
)  # fmt: skip
_PAIR_SIGNS = ("/", "-", "_", " ", "/ ", " - ", "#", ":", "\n", "1", "0.5", "$")


@pytest.mark.parametrize("seed", range(2))
def test_from_pair_text_answers_as_before_on_texts_of_pairs(seed: int) -> None:
    rng = random.Random(seed)
    differ, answered = [], 0
    for _ in range(20_000):
        low = word_text(rng, _PAIR_WORDS, _PAIR_SIGNS, most=10, word_share=0.6, space_share=0.1)
        old = _old_from_pair_text(low)
        answered += old is not None
        if symbols.from_pair_text(low) != old:
            differ.append(low)
    assert differ == []
    assert answered > 2000


# --- call_later ---------------------------------------------------------------------------------


def _lines() -> list[str]:
    return [line for low in _LOWS for line in low.split("\n")]


def test_call_later_head_found_on_the_lines_it_was_found_on() -> None:
    differ, found, gated = [], 0, []
    for line in _lines():
        old = _OLD_HEAD.search(line) is not None
        found += old
        if (call_later._HEAD.search(line) is not None) != old:
            differ.append(line)
        if old and not call_later._head_words(line, len(line)):
            gated.append(line)
    assert differ == [] and gated == []
    assert found > 30


def test_call_later_tail_matches_as_before() -> None:
    differ, found = [], 0
    for line in _lines():
        old = _OLD_TAIL.search(line)
        new = call_later._TAIL.search(line)
        found += old is not None
        if (old and old.span()) != (new and new.span()):
            differ.append(line)
    assert differ == []
    assert found >= 2  # (few posts say it; the texts of the words below reach it more)


_HEAD_WORDS = (
    "if", "once", "when", "breaks", "hold", "holds", "closes", "triggered", "trigger", "fail",
    "reclaims", "flip", "scenario", "b", "two", "plan", "for", "tomorrow", "next", "week", "'s",
    "’s", "setup", "setups", "trade", "idea", "later", "the", "weekend", "not", "active", "yet",
    "will", "confirm", "entry", "watching", "this", "one", "re-posted", "reposted", "recap", "of",
    "reminder", "our", "repeat", "yesterday", "call", "calls", "signals", "like", "members", "got",
    "subscribers", "promo", "promotion", "free", "trial", "alert", "set", "at", "если", "пробьём",
    "план", "на", "завтра", "напоминание", "о", "повтор", "сигнала", "рассматриваю", "лонг",
    "такие", "сигналы", "x", "eth", "3050", "waiting", "confirmation", "might", "be", "lower",
    "only", "btc", "stays", "жду", "подтверждения",
)  # fmt: skip
_TAIL_WORDS = (
    "waiting", "for", "the", "a", "confirmation", "signal", "entry", "it", "might", "may", "could",
    "be", "lower", "higher", "changed", "will", "update", "only", "if", "btc", "#btc", "bitcoin",
    "eth", "stays", "holds", "is", "жду", "ждём", "подтверждения", "только", "после",
    "закрепления", "пробоя", "x",
)  # fmt: skip
_HEAD_SIGNS = (" ", " ", "\t", "\n", "\u00a0", "\x0b", "(", ")", ":", "!", "-", "–", "#", "5", ",")


@pytest.mark.parametrize("seed", range(3))
def test_call_later_head_found_as_before_on_texts_of_its_words(seed: int) -> None:
    """Texts of the heads' words with every kind of blank between them ("if\\t", "if\\n")."""
    rng = random.Random(seed)
    differ, gated, found, tails = [], [], 0, 0
    for _ in range(30_000):
        text = word_text(rng, _HEAD_WORDS, _HEAD_SIGNS, most=12, word_share=0.6, space_share=0.4)
        old = _OLD_HEAD.search(text) is not None
        found += old
        if (call_later._HEAD.search(text) is not None) != old:
            differ.append(text)
        if old and not call_later._head_words(text, len(text)):
            gated.append(text)
        text = word_text(rng, _TAIL_WORDS, _HEAD_SIGNS, most=8, word_share=0.7, space_share=0.5)
        old_tail = _OLD_TAIL.search(text)
        new_tail = call_later._TAIL.search(text)
        tails += old_tail is not None
        if (old_tail and old_tail.span()) != (new_tail and new_tail.span()):
            differ.append(text)
    assert differ == [] and gated == []
    assert found > 1000 and tails > 50


def test_call_later_head_words_bound_the_stretch() -> None:
    """_head_words asks low[:end] only: a word after end is not seen (made up)."""
    low = "setup\nif it breaks 3050 long\nentry 3060"
    assert call_later._head_words(low, len(low))
    assert not call_later._head_words(low, 6)
    assert call_later._head_words("(if\tit breaks 3)", 16)  # a tab as the blank (made up)


# --- head_coins.from_lower_head -----------------------------------------------------------------


def test_from_lower_head_answers_as_before_on_every_line() -> None:
    differ, answered = [], 0
    for low in _LOWS:
        for text in (low, *low.split("\n")[:6]):
            old = _old_from_lower_head(text)
            answered += old is not None
            if head_coins.from_lower_head(text) != old:
                differ.append(text[:80])
    assert differ == []
    assert answered > 50


# --- call_lines._other_call ---------------------------------------------------------------------


def _old_other_call(sig: ParsedSignal, low: str) -> str | None:
    """Main's _other_call."""
    other = call_lines._OTHER_SIDE.get(sig.side or "")
    if other is None:
        return None
    if not holds(low, call_lines._OTHER_SIDE_GATES[sig.side or ""]):
        return None
    heads = call_lines._OTHER_SIDE_HEADS[sig.side or ""]
    spans = [
        span
        for key in ("entries", "take_profits", "stop_loss")
        for span in sig.norm_spans.get(key, [])
    ]
    levels = {*sig.entries, *sig.take_profits, sig.stop_loss}
    start = 0
    for line in low.split("\n"):
        end = start + len(line)
        at = start
        start = end + 1
        side_said = any(h in line for h in heads)
        offered = "or" in line
        if not (side_said or offered):
            continue
        if any(at <= a < end for a, _ in spans) or at <= sig.side_at < end:
            continue
        if len(line.split()) > call_lines._OTHER_WORDS:
            continue
        said = (other.search(line) if side_said else None) or (
            call_lines._ALTERNATIVE.search(line) if offered else None
        )
        if said is None:
            continue
        prices = [m.group() for m in call_lines._PRICE.finditer(line, said.end() - 1)]
        if any(float(p.replace(",", ".")) not in levels for p in prices):
            return (
                f"the post says '{line.strip()}': another call beside this one (the other side,"
                " or another entry offered instead), which one to trade is a guess"
            )
    return None


def test_other_call_answers_as_before_on_every_dev_signal_both_sides() -> None:
    differ, answered, asked = [], 0, 0
    for case in load_split("dev"):
        sig = read_signal(case.text)
        if sig is None:
            continue
        low = lower(sig.norm_text)
        for side in ("LONG", "SHORT", "LONG"):
            sig.side = side
            for spans in (sig.norm_spans, {}):
                kept = sig.norm_spans
                sig.norm_spans = spans
                old = _old_other_call(sig, low)
                asked += 1
                answered += old is not None
                if call_lines._other_call(sig, low) != old:
                    differ.append(case.text[:80])
                sig.norm_spans = kept
    assert differ == []
    assert asked > 8000 and answered >= 5


# --- symbols.base_of, make_symbol, from_tag -----------------------------------------------------


def _old_base_of(symbol: str) -> str:
    """Main's base_of."""
    for q in symbols.QUOTES:
        if symbol.endswith(q) and len(symbol) > len(q):
            return symbol[: -len(q)]
    return symbol


def _old_make_symbol(base: str, quote: str | None = None) -> str:
    """Main's make_symbol."""
    b = base.upper().lstrip("#$")
    b = symbols.COIN_NAMES.get(b.lower(), b)
    for suffix in (".P", "PERP"):
        if b.endswith(suffix) and len(b) > len(suffix) + 1:
            b = b[: -len(suffix)]
    if b.endswith("USDTM") and len(b) > 6:
        b = b[:-1]
    if quote is None:
        for q in symbols.QUOTES[:5]:
            if b.endswith(q) and len(b) > len(q):
                return b
        if b.endswith("USD") and len(b) > 4:
            return b
        quote = symbols.DEFAULT_QUOTE
    return b + quote.upper()


_SYMBOL_PIECES = (
    "BTC", "ETH", "USDT", "USDC", "FDUSD", "BUSD", "TUSD", "USD", "EUR", "TRX", "PERP", ".P", "M",
    "1000", "PEPE", "#", "$", "X", "bitcoin", "sol", "usdt", "D", "T", "",
)  # fmt: skip


def test_base_of_and_make_symbol_answer_as_before() -> None:
    rng = random.Random(3228)
    words = {m.group() for low in _LOWS for m in re.finditer(r"[#$]?[a-z0-9.]{1,16}", low)}
    words |= {
        "".join(rng.choice(_SYMBOL_PIECES) for _ in range(rng.randint(0, 4))) for _ in range(30_000)
    }
    differ = []
    for word in sorted(words):
        for text in (word, word.upper()):
            if symbols.base_of(text) != _old_base_of(text):
                differ.append(("base_of", text))
            for quote in (None, "usdt", "btc", "usd"):
                if symbols.make_symbol(text, quote) != _old_make_symbol(text, quote):
                    differ.append(("make_symbol", text))
    assert differ == []
    assert len(words) > 20_000


def test_from_tag_answers_none_where_no_tag_sign_is_written() -> None:
    """Every match of _TAG opens with "#" or "$": a post with neither holds no tag (and one with
    either is read as before: the function is the same past its first test)."""
    for low in _LOWS:
        if "#" not in low and "$" not in low:
            assert symbols._TAG.search(low) is None
            assert symbols.from_tag(low) is None
