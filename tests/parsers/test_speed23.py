"""The searches session 26 (i13-speed23) gated by the post's one pass (parsers/gate_words.py):
each gate's words come from its pattern, and every match of the pattern holds one of them, so a
post whose pass holds none has no match and is not searched. Checked on every dev post and every
recorded reading's text (lower-cased, normalised, cut at random places), random texts of the
pattern's own words and signs, and hypothesis texts of their characters; and the readings the
gated stages give are those of the searches asked everywhere (tests/parsers/readings: 0 differ)."""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from parsers import (
    call_doubts,
    call_lines,
    letter_leverage,
    moved_level_ru,
    target_placeholder,
    trigger,
)
from parsers.gate_words import holds, words_of
from parsers.normalize import lower, normalize
from parsers.quick_tests import BLANKS, digit_after
from tests.parsers.corpus_score import load_split
from tests.parsers.word_texts import word_text

# (name, the pattern, its gate, the words the gate must hold: derived here as in the module)
_GATED: tuple[tuple[str, re.Pattern[str], int, tuple[str, ...]], ...] = (
    (
        "call_doubts _COUNT",
        call_doubts._COUNT,
        call_doubts._COUNT_GATE,
        digit_after(("of", "из", "/")),
    ),
    (
        "call_doubts _QUOTE_SEEN",
        call_doubts._QUOTE_SEEN,
        call_doubts._QUOTE_GATE,
        (
            *("bnb", "brl", "dai", "sol", "gbp", "aud", "rub", "uah", "bidr", "idrt", "ngn"),
            *("zar", "jpy", "krw", "inr", "ars", "mxn", "pln", "doge", "xrp", "usde", "pyusd"),
            *(c + "try" for c in "/_-#$\n" + BLANKS),
        ),
    ),
    (
        "letter_leverage _WORDED",
        letter_leverage._WORDED,
        letter_leverage._WORDED_GATE,
        ("lev", "плеч", "kald", "apalancamiento", "alavancagem", "hebel", "đòn", "杠杆"),
    ),
    (
        "letter_leverage _TOKEN",
        letter_leverage._TOKEN,
        letter_leverage._TOKEN_GATE,
        tuple("l" + d for d in "0123456789"),
    ),
    (
        "trigger _ANY",
        trigger._ANY,
        trigger._ANY_GATE,
        (
            *("etest", "bove", "ver", "elow", "nder", "reak", "ross", "top", "ыше", "иже"),
            *("робо", "kırıl", "kıril", "kiril", "kirıl", "rsa", "cima", "debajo"),
            *("baixo", "ber", "nter", "u-dessus", "dessous", "atas", "bawah", "топ", "eclaim"),
            *(
                "lip",
                *("робь", "робива", "робит"),
                "osing",
                "ose",
                *("oss" + c + "of" for c in "\n" + BLANKS),
                "突破",
                "跌破",
                ">",
                "≥",
            ),
            *("<", "≤"),
        ),
    ),
    (
        "trigger _MENTION",
        trigger._MENTION,
        trigger._MENTION_GATE,
        (
            *("break", "пробо", "пробит", "突破", "跌破", "kırıl", "kıril", "kiril", "kirıl"),
            *("phá", "شکست", "اختراق", "돌파", "ブレイク", "закрепл", "закрепи"),
        ),
    ),
    (
        "moved_level_ru _MOVED_STOP_RU",
        moved_level_ru._MOVED_STOP_RU,
        moved_level_ru._MOVED_GATE,
        (
            *("вход", "вхід", "еренос", "еренес", "еренёс", "ерев", "ередвиг", "ередвин"),
            *("ерестав", "вига", "вину", "одвин", "одтяг", "одтян", "ереміщ", "нов"),
        ),
    ),
    (
        "trigger _CONDITION",
        trigger._CONDITION,
        trigger._CONDITION_GATE,
        words_of(trigger._CONDITION_GATE),  # (its words: the test below)
    ),
    (
        "call_lines _HOPED",
        call_lines._HOPED,
        call_lines._HOPED_GATE,
        (
            *("if", "only", "when", "once", "optional", "bonus", "maybe", "possibly", "perhaps"),
            *("если", "опционально", "возможно"),
        ),
    ),
)
_IDS = [name for name, _, _, _ in _GATED]
# The words and signs the random texts are made of, a pattern's gate at a time.
_WORDS: dict[str, tuple[str, ...]] = {
    "call_doubts _COUNT": (
        *("of", "из", "/", "out of", "out\nof", "цели", "цель", "тейк", "тейков", "тп", "tp"),
        *("tps", "target", "targets", "take profit", "take-profits", "takeprofit", "2", "5", "12"),
        *("3 ", "4 of 5", "2/4", "1 из 3"),
    ),
    "letter_leverage _WORDED": (
        *("leverage", "levarage", "lev", "плечо", "плече", "плеча", "kaldıraç", "kaldirac"),
        *("apalancamiento", "alavancagem", "hebel", "đòn bẩy", "đòn", "倍杠杆", "杠杆", "20", "5"),
        *("0.20", "$20", "#20", "x", "a1", "/10"),
    ),
    "letter_leverage _TOKEN": (
        *("l50", "l10", "l", "long", "short", "btc", "#l5", "$l5", "l.5", "1l2", "/l3", "|"),
        *("•", "l1000", "20"),
    ),
    "call_lines _HOPED": (
        *("if", "only if", "only", "when", "once", "optional", "bonus", "maybe", "possibly"),
        *("perhaps", "если", "опционально", "возможно", "(", "[", "–", "—", "-", "6", "ifs", "i f"),
        *("whenever", "onceover", "maybes", "iff"),
    ),
    "call_doubts _QUOTE_SEEN": (
        *("/", "_", "-", "#", "$", "/ ", "- #", "try", "entry", "bnb", "sol", "doge", "xrp"),
        *("usde", "usdt", "pyusd", "idrt", "bidr", "brl", "pump", "pump/try", "sol/usdt"),
        *("tryx", "dai", "jpy", "\n", "/\n"),
    ),
    "trigger _ANY": (
        *("retest", "above", "over", "below", "under", "stop", "stop limit", "stop-market"),
        *("buy stop", "sell stop", "break", "breakout", "cross", "crosses", "выше", "ниже"),
        *("пробой", "kırılım", "kirilim", "kırılımı", "encima", "debajo", "abaixo", "über"),
        *("пробьём", "пробьют", "пробивает", "пробить"),
        *("enter", "au-dessus", "au-dessous", "atas", "bawah", "стоп-лимит", "reclaim", "flip"),
        *("close", "closes", "closing", "lose", "loss of", "loss\nof", "loss", "突破", "跌破"),
        *(">", ">>", "->", "=>", "≥", "<", "<<", "≤", "0.53", "tp", "entry", "@"),
    ),
    "trigger _MENTION": (
        *("break", "breaks", "breakout", "break-down", "break even", "breakeven", "пробой"),
        *("пробитие", "突破", "跌破", "kırılım", "kirilim", "phá", "pha", "شکست", "اختراق"),
        *("돌파", "ブレイク", "закрепление", "закрепимся", "закрепится", "brea", "reak", "k"),
        "kır",
    ),
    "moved_level_ru _MOVED_STOP_RU": (
        *("стоп", "стоп-лосс", "стоплосс", "сл", "sl", "переносим", "перенесли", "перенёс"),
        *("переводим", "перевёл", "передвигаем", "передвинул", "переставляем", "двигаем"),
        *("двинули", "подвинул", "подтягиваем", "подтянул", "сдвигаем", "сдвинул", "переміщуємо"),
        *("на", "в", "к", "до", "у", "теперь", "уже", "точку", "вход", "вхід", "новый", "новая"),
        *("бу", "0.53", "12", "мы", "стоп переносим в", "сл переносим на", "стоп на вход"),
        *("новый стоп", "передвигаем стоп на", "стоп теперь в точку входа", "sl двигаем к"),
        *("стоп-лосс подтягиваем до", "новый сл", "стоп уже на вход"),
    ),
    "trigger _CONDITION": (
        *("on", "after", "upon", "with", "a", "the", "4h", "1 d", "daily", "weekly", "candle"),
        *("close", "closing", "confirmation", "break", "&", "and", "+", "once", "if", "when"),
        *("provided", "that", "it", "price", "is", "confirmed", "holds", "flips", "closes"),
        *("reclaims", "retests", "retest", "resistance", "support", "(", ")", "stop", "(stop)"),
        *("ruptura", "rompimiento", "quiebre", "ausbruch", "cassure", "после", "при"),
        *("подтверждения", "на", "ретеста", "пробоя", "закрепления", "b/o", "bo", "(bo)"),
        *("on bo", "wait", "waiting", "for", "to", "oco", "above", "bonus", "stop loss"),
    ),
}
_SIGNS = (" ", " ", "\n", "\t", "\xa0", "\u2009", "\u3000", ".", ",", "-", "(", "#", "$", "1")


def _lows() -> list[str]:
    from tests.parsers.readings import messages

    raw = [case.text for case in load_split("dev") if case.text]
    raw += [text for _, text in messages()]
    return [lower(normalize(text)) for text in dict.fromkeys(raw)]


_LOWS = _lows()


def _matches(
    pattern: re.Pattern[str], text: str, rng: random.Random, windows: bool = True
) -> list[re.Match[str]]:
    """Every match found from the start, and the matches searched from random places and
    (windows) within random windows, as the stages search a line of the post."""
    out = list(pattern.finditer(text))
    for _ in range(3):
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text)) if windows else len(text)
        for m in (pattern.search(text, a), pattern.search(text, a, b), pattern.match(text, a)):
            if m is not None:
                out.append(m)
    return out


def _check(name: str, pattern: re.Pattern[str], number: int, text: str, rng: random.Random) -> int:
    words = words_of(number)
    found = 0
    for m in _matches(pattern, text, rng):
        found += 1
        assert any(w in m.group() for w in words), (name, m.group(), text[:80])
        assert holds(text, number), (name, text[:80])
    return found


def test_each_gate_holds_the_words_derived_from_its_pattern() -> None:
    for name, _, number, words in _GATED:
        assert words_of(number) == words, name


def test_every_match_holds_a_gate_word_on_dev_posts_and_recorded_texts() -> None:
    rng = random.Random(2623)
    for name, pattern, number, _ in _GATED:
        for low in _LOWS:
            _check(name, pattern, number, low, rng)
        # (the gate's both answers are asked: some posts hold its words, not all; a pattern
        # dev posts never match, as _COUNT, is matched by the random texts below)
        held = sum(holds(low, number) for low in _LOWS)
        assert 0 < held < len(_LOWS), (name, held)


def test_every_match_holds_a_gate_word_on_random_texts() -> None:
    rng = random.Random(26231)
    for name, pattern, number, _ in _GATED:
        words = _WORDS[name]
        found = 0
        for _ in range(6000):
            text = word_text(rng, words, _SIGNS, most=10, word_share=0.6, space_share=0.4)
            found += _check(name, pattern, number, text, rng)
        assert found > 300, (name, found)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_every_match_holds_a_gate_word_on_any_text(data: st.DataObject) -> None:
    for name, pattern, number, _ in _GATED:
        alphabet = "".join(sorted({c for w in _WORDS[name] for c in w} | set(_SIGNS)))
        text = data.draw(st.text(alphabet=alphabet, max_size=40), label=name)
        _check(name, pattern, number, text, random.Random(len(text)))


def test_the_blanks_are_res() -> None:
    """BLANKS is every character [^\\S\\n] matches (re's \\s is str.isspace; none past U+3000)."""
    blank = re.compile(r"[^\S\n]")
    assert [c for c in map(chr, range(0x110000)) if blank.match(c)] == list(BLANKS)


_DASH_WORDS = (
    *("tp", "tp3", "t.p.", "target", "targets", "take profit", "take-profit", "takeprofits", "3"),
    *("12", "#2", ":", "=", "-", "–", "—", "--", "- -", "65000", "\n", "\n", " \n", "\t\n"),
)


def _dash_line_end(text: str) -> bool:
    """target_to_come's test before _DASH_ONLY (besides a dash in the post)."""
    return holds(text, target_placeholder._LINE_END_GATE) or text.rstrip(BLANKS).endswith(
        target_placeholder._DASHES
    )


def test_a_dash_only_target_ends_its_line_where_its_gate_says() -> None:
    """Every match of _DASH_ONLY (a numbered target with only a dash, ending its line) is in a
    post whose pass holds a dash or a blank before a line break, or that ends in a dash."""
    pattern = target_placeholder._DASH_ONLY
    assert words_of(target_placeholder._LINE_END_GATE) == (
        *("-\n", "–\n", "—\n"),
        *(b + "\n" for b in BLANKS),
    )
    rng = random.Random(26232)
    texts = list(_LOWS)
    texts += [
        word_text(rng, _DASH_WORDS, _SIGNS, most=12, word_share=0.7, space_share=0.4)
        for _ in range(20_000)
    ]
    found = 0
    for text in texts:
        for m in _matches(pattern, text, rng, windows=False):  # (searched in the whole post)
            found += 1
            assert _dash_line_end(text), (m.group(), text[:80])
    assert found > 300, found


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="tp3:-–— \t\n\xa0", max_size=30))
def test_a_dash_only_target_ends_its_line_on_any_text(text: str) -> None:
    if target_placeholder._DASH_ONLY.search(text) is not None:
        assert _dash_line_end(text), text


def test_the_conditions_gate_words() -> None:
    """_CONDITION's rows' literals, "b/o" by its whole forms and "(stop)" with its bracket."""
    spaces = "\n" + BLANKS
    assert set(words_of(trigger._CONDITION_GATE)) == {
        *("clos", "fter", "onfirmation", "nce", "confirmed", "holds", "reclaims", "hen"),
        *("rovided", "retest", "lips", "uptura", "ompimiento", "ompimento", "uiebre", "usbruch"),
        *("assure", "подтверждени", "осле", "ретест", "пробо", "закрепл", "oco", "b/o", "(bo"),
        *("(" + c + "bo" for c in spaces),
        *("n" + c + "bo" for c in spaces),
        *("(" + c + "stop" for c in ("", *spaces)),
    }
    assert len(words_of(trigger._CONDITION_GATE)) == 113


def test_leverage_without_its_gate_words_is_not_searched() -> None:
    """Made-up forms: an "l" before no digit, a number before no leverage word, in posts holding
    an emoji (the ASCII heads asked before were not asked of them)."""
    for low in ("🚀 #btc long l 50\nentry 100", "🚀 eth short 20 x", "sol long 10 lots"):
        assert not holds(low, letter_leverage._TOKEN_GATE), low
        assert not holds(low, letter_leverage._WORDED_GATE), low
        assert letter_leverage.side_leverage(low) is None, low
        assert letter_leverage.worded_leverage(low) is None, low
    assert letter_leverage.side_leverage("🚀 #btc long l50") == (12, 15, 50)
    assert letter_leverage.worded_leverage("🚀 (20 leverage cross)") == (3, 5, 20)
    assert letter_leverage.worded_leverage("🚀 10 плечо") == (2, 4, 10)


def test_a_count_in_a_usdt_pair_post_without_its_digit_is_not_searched() -> None:
    """The gate's point: "/" of "BTC/USDT" and "of" of "one of" do not open the search; the
    counts do (made-up forms)."""
    for low in ("#btc/usdt long\nentry 100", "one of the best", "tp1 110 / tp2 120"):
        assert not holds(low, call_doubts._COUNT_GATE), low
        assert call_doubts._COUNT.search(low) is None, low
    for low in ("2 of 5 targets", "tp 3/4 ✅", "3 цели из\xa04", "targets 2 out of 5"):
        assert holds(low, call_doubts._COUNT_GATE), low
