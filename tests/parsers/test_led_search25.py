"""Session 24 (i13-speed18): the searches made cheaper must answer as before.

- parsers/led_search.led_finditer, the pattern matched only where its `starts` match, against
  re's own finditer for every use (trailing's four break-even patterns, entry_choice's
  market-or-price choice), on the dev posts and on random texts of the patterns' own words;
- the words the new gates ask before a search (card_reports' lines of a target taken,
  call_lines' other call, glued_quote's leverage run into a ticker): every match holds one;
- lead_first now splits a class holding a "-" first or last ("[-–—]": list_notes' count).
"""

from __future__ import annotations

import random
import re

import pytest

from parsers import call_lines, card_reports, entry_choice, trailing
from parsers.lead_first import REWRITTEN, _members, lead_first
from parsers.led_search import led_finditer
from parsers.normalize import lower, normalize
from tests.parsers.corpus_score import load_split
from tests.parsers.word_texts import word_text

_USES = {
    "move_be": (trailing._MOVE_BE, trailing._MOVE_BE_STARTS),
    "be_once": (trailing._BE_ONCE, trailing._BE_ONCE_STARTS),
    "be_after": (trailing._BE_AFTER, trailing._BE_AFTER_STARTS),
    "cornix_be": (trailing._CORNIX_BE, trailing._CORNIX_BE_STARTS),
    "choice": (entry_choice._CHOICE, entry_choice._CHOICE_STARTS),
}
# The patterns' words, and what stands around and between them (made up, from the patterns).
_WORDS = (
    *("move", "adjust", "set", "shift", "put", "raise", "bring", "the", "your", "sl", "stop"),
    *("stop loss", "stop-loss", "to", "at", "entry", "entry price", "breakeven", "break even"),
    *("be", "bep", "after", "once", "when", "on", "if", "tp", "target", "t", "hit", "reached"),
    *("price", "hits", "touches", "reaches", "(≈0.025)", "(~$1.5)", "stop:", "trigger:", "2nd"),
    *("market", "cmp", "now", "current price", "по рынку", "рынок", "текущей", "mercado"),
    *("piyasadan", "marktpreis", "thị trường", "市价", "现价", "or", "или", "ou", "o", "oder"),
    *("veya", "hoặc", "atau", "或", "148", "0.51", "$", "1", "2", "asset", "offset", "sloth"),
    *("break even after tp1", "breakeven once 2nd target", "stop: breakeven - trigger: target (2)"),
    *("move sl to entry after tp1", "once price hits tp2 move your stop to entry", "market or"),
    *("market or 148", "0.51 or cmp", "cmp, or $0.5", "148 или по рынку", "2 或 市价"),
)
_SIGNS = (" ", " ", " ", "\n", ", ", "-", "(", ")", "$", "x", "target (2)", "\t", "a")


def _random_text(rng: random.Random) -> str:
    return word_text(rng, _WORDS, _SIGNS, most=14, word_share=0.65, space_share=0.7)


def _same(pattern: re.Pattern[str], starts: tuple[re.Pattern[str], ...], text: str) -> int:
    want = [(m.span(), m.groups()) for m in pattern.finditer(text)]
    got = [(m.span(), m.groups()) for m in led_finditer(pattern, starts, text)]
    assert got == want, (pattern.pattern[:60], text)
    return len(want)


def _dev_lows() -> list[str]:
    return [lower(normalize(case.text)) for case in load_split("dev")]


@pytest.mark.parametrize("use", sorted(_USES))
def test_led_finditer_when_random_texts_then_as_finditer(use: str) -> None:
    pattern, starts = _USES[use]
    rng = random.Random(2418)
    found = 0
    for _ in range(5_000):
        found += _same(pattern, starts, _random_text(rng))
    assert found > 50, found  # (the patterns were reached)


def test_led_finditer_when_dev_posts_then_as_finditer() -> None:
    lows = _dev_lows()
    for pattern, starts in _USES.values():
        for low in lows:
            _same(pattern, starts, low)


def test_led_finditer_when_a_start_matches_more_than_the_pattern_then_only_matches() -> None:
    # (Made up: the starts may match where the pattern does not; both of them overlap.)
    pattern = re.compile(r"\bab+c")
    starts = (re.compile(r"a"), re.compile(r"b"))
    for text in ("xabc abbc ab abc", "aabc", "abcabc", "", "c", "ab abbbc"):
        _same(pattern, starts, text)
    assert [m.group() for m in led_finditer(pattern, starts, "ab abbbc")] == ["abbbc"]


def _words_held(pattern: re.Pattern[str], heads: tuple[str, ...], texts: list[str]) -> int:
    n = 0
    for text in texts:
        for m in pattern.finditer(text):
            assert any(h in m.group() for h in heads), (pattern.pattern[:60], m.group())
            n += 1
    return n


_GATE_WORDS = (
    *("tp1", "tp 2", "target 3", "tgt #1", "1st", "2nd", "first", "second", "third", "tp"),
    *("target", "take profit", "taken", "in the bag", "secured", "done", "booked", "took"),
    *("some", "profit", "profits", "#1", "#12", "✅", "✔", "☑", "hit", "reached", "achieved"),
    *("smashed", "touched", "completed", "has", "been", "just", "successfully", "our", "the"),
    *("short", "sell", "long", "buy", "or", "enter", "it", "now", "spot", "to", "at", "@"),
    *("below", "above", "3", "2.5", "$3.2", "×20", "х20", "sui", "ada", "x20", "or buy 3.2"),
    *("sui×20", "adaх5", "or short at 2.9"),
)


def _gate_texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    signs = (" ", " ", "\n", ": ", "-", "(", "🔥", "")
    texts = []
    for _ in range(n):
        parts = [
            rng.choice(_GATE_WORDS) if rng.random() < 0.7 else rng.choice(signs)
            for _ in range(rng.randint(1, 9))
        ]
        texts.append(" ".join(parts) if rng.random() < 0.7 else "".join(parts))
    return texts


def test_hit_line_gates_when_a_pattern_matches_then_a_gate_word_is_there() -> None:
    texts = _gate_texts(24, 20_000) + _dev_lows()
    assert _words_held(card_reports._TOLD_HIT, card_reports._TOLD_HEADS, texts) > 100
    assert _words_held(card_reports._HIT_LINE, card_reports._HIT_HEADS, texts) > 100
    # Each word of the two but the later ticks holds one of the post's own (older) gate: the
    # gate is asked only when the later ticks alone are found.
    for w in (*card_reports._TOLD_HEADS, *card_reports._HIT_HEADS):
        if w not in card_reports._LATER_TICKS:
            assert any(h in w for h in card_reports._POST_HEADS), w


def test_other_call_gates_when_a_pattern_matches_then_a_gate_word_is_there() -> None:
    texts = _gate_texts(25, 20_000) + _dev_lows()
    for side, pattern in call_lines._OTHER_SIDE.items():
        assert _words_held(pattern, call_lines._OTHER_SIDE_HEADS[side], texts) > 100
    assert _words_held(call_lines._ALTERNATIVE, ("or",), texts) > 10


def test_glued_leverage_when_no_times_sign_then_no_match() -> None:
    # (glued_quote.glued_leverage's pattern: the ticker, then "[×х]" and the leverage.)
    texts = _gate_texts(26, 5_000)
    n = 0
    for text in texts:
        for base in ("sui", "ada"):
            glued = re.search(r"(?<![a-z0-9])" + base + r"[×х][0-9]{1,3}(?![0-9.,])", text)
            if glued is not None:
                assert "×" in text or "х" in text
                n += 1
    assert n > 20, n


def test_lead_first_when_a_dash_first_or_last_then_split() -> None:
    assert _members("[-–—]") == ["-", "–", "—"]
    assert _members("[ab-]") == ["a", "b", "-"]
    assert _members("[a-c]") is None  # (a range)
    pattern = r"[-–—][ \t]?[0-9]{1,2}[ \t]?tps"
    got = lead_first(pattern)
    assert (
        got == r"\-[ \t]?[0-9]{1,2}[ \t]?tps|–[ \t]?[0-9]{1,2}[ \t]?tps|—[ \t]?[0-9]{1,2}[ \t]?tps"
    )
    assert REWRITTEN[pattern] == got
    for text in ("tp 1.1 — 3 tps", "x -3 tps", "–12tps and - 4 tps", "-3 tp"):
        assert [m.span() for m in re.finditer(got, text)] == [
            m.span() for m in re.finditer(pattern, text)
        ]


# Session 24, second commit: normalize's dates found from their separators, its markdown pattern
# opening with literals.
_OLD_MARKDOWN = re.compile(r"[*`]{1,3}|~~|\|\||__|_(?<![A-Za-z0-9]_)|_(?![A-Za-z0-9])")


def _date_texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    pieces = (
        *("1", "2", "12", "05", "2024", "24", "31", "0", ".", "/", "-", " ", "\n", ",", "a"),
        *("12.05.24", "2024-05-14", "1/6/2025", "88-91-94", "0.52-0.55"),
    )
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 16))) for _ in range(n)]


def test_dates_when_random_texts_then_as_the_pattern_subs() -> None:
    from parsers.char_scans import date_starts
    from parsers.led_search import sub_at
    from parsers.normalize import _DATE, _date_or_not

    texts = _date_texts(2424, 30_000) + [case.text for case in load_split("dev")]
    changed = 0
    for text in texts:
        starts = date_starts(text)
        assert starts == sorted(set(starts))
        assert {m.start() for m in _DATE.finditer(text)} <= set(starts), text
        want = _DATE.sub(_date_or_not, text)
        assert sub_at(_DATE, starts, _date_or_not, text) == want, text
        changed += want != text
    assert changed > 1_000, changed


def test_sub_at_when_places_overlap_then_as_sub() -> None:
    from parsers.led_search import sub_at

    # (Made up: places past a match's end, before it, repeated.)
    pattern = re.compile(r"ab+")
    for text in ("abab abbb", "aab", "", "b", "abba"):
        places = sorted(i for i, c in enumerate(text) if c == "a")
        assert sub_at(pattern, places, lambda m: "<" + m.group() + ">", text) == pattern.sub(
            lambda m: "<" + m.group() + ">", text
        )


def test_markdown_when_random_texts_then_as_the_old_pattern() -> None:
    from parsers.normalize import _MARKDOWN

    rng = random.Random(2425)
    pieces = ("*", "`", "~", "|", "_", "a", "1", " ", "\n", "**", "__", "x_", "_y")
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        assert _MARKDOWN.sub(" ", text) == _OLD_MARKDOWN.sub(" ", text), text
