"""Session 28 (i13-speed31): the word labels found by one walk over the post's characters.

`labels.find_labels` found the word labels with the union's finditer (re entered the union at
every character that is not a word character); it now walks the characters once and matches,
only where a character that is no word character, "#" or "$" is followed by a pair of
characters some row can open with (parsers/label_starts.py reads each row's second), the rows
that open with that first character. Here the walk must give what the union's finditer gave
(`labels.union_labels`, the old body): the same kinds at the same spans in the same order, the
Chinese/emoji labels as well, on every dev post (as the reader lower-cases it, and as written
lower-cased), every recorded reading's text, random texts of the table's words and hypothesis
texts; and each row's second characters must hold what re's own parse of the row says it can
open with (re._parser, read here only: the parser never imports it).
"""

from __future__ import annotations

import random
import re
import re._constants as sre_c  # (the test's second reading of the rows: re's own parse)
import re._parser as sre_p

from hypothesis import given, settings
from hypothesis import strategies as st

from parsers import labels
from parsers.label_starts import literal_head, opening
from parsers.normalize import lower, normalize
from tests.parsers.corpus_score import load_split
from tests.parsers.word_texts import word_text


def _same(text: str) -> list[tuple[str, int, int]]:
    got = labels.walk_labels(text)
    assert got == labels.union_labels(text), text[:120]
    return got


def _dev_texts() -> list[str]:
    return [case.text for case in load_split("dev") if case.text]


def test_walk_when_dev_posts_then_as_the_union() -> None:
    found = 0
    for text in _dev_texts():
        found += bool(_same(lower(normalize(text))))
        _same(text.lower())
        _same(text)
    assert found > 3000, found


def test_walk_when_recorded_readings_texts_then_as_the_union() -> None:
    from tests.parsers.readings import messages

    n = 0
    for _name, text in messages():
        _same(lower(normalize(text)))
        _same(text.lower())
        n += 1
    assert n > 6000, n


# The words of the table and near them: every label the dev posts hold, each row's first one to
# four characters with a digit, a letter or "s" after them, words that open as a row does and
# are none.
def _table_words() -> list[str]:
    words: set[str] = set()
    for text in _dev_texts()[:3000]:
        low = lower(normalize(text))
        words |= {low[a:b] for _k, a, b in labels.union_labels(low)}
    for alt in labels._ALL_WORDS:
        lead = re.match(r"[^\\\[\](){}?*+|.^$]+", alt)
        key = lead.group() if lead else alt[0]
        for k in {key[:1], key[:2], key[:4], key}:
            words |= {k, k + "1", k + "12", k + "s", k + "h", k + "x", k + ".", k + "-"}
    words |= {"the", "to", "this", "take", "trend", "support", "price", "period", "e.p", "t.p."}
    words |= {"s/l", "t/p", "s.l.", "r:r", "r/r", "daily open", "ema cross", "на вход", "stop-loss"}
    return sorted(w for w in words if w)


_WORDS = _table_words()
_SIGNS = (
    *(" ", "  ", "\n", "\t", ":", ": ", ": 1.5", " 0.42", " 2 ", "-", " - ", "=", "—"),
    *("/", ".", ",", "(", ")", "#", "$", "_", "@", "→", "->", "%", "'", "1", "12", "0.5"),
    *("4,570", "1:2", "2)", "🚀", "👇", "✅", "\x1c", "\u00a0", "\u200b", "\u2028"),
    *("вход", "цель", "стоп", "止损", "目标", "هدف", "ट", "ा", "ı", "é", "ß", "٣", "²"),
    *("🎯", "🎯 tp1", "❌", "🛑 sl", "@ 2", "тп", "ท", "入场", "레버리지", "эн", "止盈：", "⛔"),
)


def test_walk_when_random_table_texts_then_as_the_union() -> None:
    rng = random.Random(2831)
    found = 0
    for _ in range(30_000):
        text = word_text(rng, _WORDS, _SIGNS, most=14, word_share=0.5, space_share=0.4)
        found += bool(_same(text))
    assert found > 10_000, found


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(_WORDS), st.sampled_from(_SIGNS), st.text(max_size=3)),
        max_size=16,
    )
)
def test_walk_when_hypothesis_texts_then_as_the_union(parts: list[str]) -> None:
    _same("".join(parts))


def test_walk_when_made_up_edges_then_as_the_union() -> None:
    # Made up: a label at the text's end and start, glued to "#"/"$"/"_", after a match that
    # ends in a non-word character ("s.l."), labels run together, the Chinese rows with "@".
    for text in (
        "tp",
        "t",
        "sl",
        "s.l.",
        "s.l.tp 1",
        "s.l. tp 1",
        "#sl 5",
        "$tp 5",
        "_sl 5",
        "x_tp1 5",
        "tp1tp2 5",
        "entry:100 sl:90 tp1:110",
        "@止损 5",
        "止损 5 @",
        "a@b",
        "é tp 5",
        "ⅱtp 5",
        "²sl 5",
        "daily open 5",
        "open 5",
        "вход 5 на вход 6",
    ):
        _same(text)


# re's own parse of a row: the characters its match can open with (None: any, or none known).
def _re_firsts(items: list[tuple[object, object]]) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is sre_c.LITERAL:
            return out | {chr(av)}  # type: ignore[arg-type]
        if op is sre_c.IN:
            chars: set[str] = set()
            for cop, cav in av:  # type: ignore[attr-defined]
                if cop is sre_c.LITERAL:
                    chars.add(chr(cav))
                elif cop is sre_c.RANGE:
                    chars.update(chr(k) for k in range(cav[0], cav[1] + 1))
                else:
                    return None
            return out | chars
        if op is sre_c.SUBPATTERN:
            inner = _re_firsts(list(av[3]))  # type: ignore[index]
            if inner is None:
                return None
            return out | inner  # (no group of the rows may match nothing)
        if op is sre_c.BRANCH:
            for alt in av[1]:  # type: ignore[index]
                inner = _re_firsts(list(alt))
                if inner is None:
                    return None
                out |= inner
            return out
        if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
            least: int = av[0]  # type: ignore[index]
            inner = _re_firsts(list(av[2]))  # type: ignore[index]
            if inner is None:
                return None
            out |= inner
            if least >= 1:
                return out
            continue
        return None
    return None


def test_rows_second_characters_when_read_then_as_re_parses_them() -> None:
    read = 0
    for alt in labels._ALL_WORDS:
        mine = opening(alt[1:])
        theirs = _re_firsts(list(sre_p.parse(alt[1:])))
        if mine is None:
            continue
        assert theirs is not None, alt
        assert theirs <= mine, (alt, sorted(theirs - mine))
        read += 1
    assert read > 400, read


def test_opening_when_made_up_rests_then_their_first_characters() -> None:
    # Made up: each form the reader knows, and forms it leaves to re (None).
    assert opening("ntry") == frozenset("n")
    assert opening("[ée]l") == frozenset("ée")
    assert opening("[ \\t]?/[ \\t]?l") == frozenset(" \t/")
    assert opening("-?[0-9]{1,2}") == frozenset("-0123456789")
    assert opening("(?:ntet|ntey|mtry)") == frozenset("nm")
    assert opening("\\.?p\\.?") == frozenset(".p")
    assert opening("[0-9]{0,2}x") == frozenset("0123456789x")
    assert opening("s?") is None  # (may match nothing: the label may end at its first)
    assert opening("") is None
    assert opening("\\w+") is None
    assert opening("[^a]") is None
    assert opening("(?=a)b") is None
    assert opening("(?:a|)b") is None


def test_rows_when_second_character_outside_their_pairs_then_no_match() -> None:
    # The pairs are a filter only: a row never matches with a second character outside them.
    for alt in labels._ALL_WORDS:
        seconds = opening(alt[1:])
        assert seconds is not None, alt  # (today every row's second character is read)
        for c in "qxz09 :\n.-/":
            if c not in seconds:
                for tail in ("", "1", " 1", ": 12", "1: 12"):
                    assert re.match(alt, alt[0] + c + tail) is None, (alt, c + tail)


# The Finders (MARKET, NOT_SIGNAL, STATUS, REPORTED) search their words by the same walk.
_FINDERS = {
    "MARKET": labels.MARKET,
    "NOT_SIGNAL": labels.NOT_SIGNAL,
    "STATUS": labels.STATUS,
    "REPORTED": labels.REPORTED,
}


def _finder_same(text: str) -> int:
    found = 0
    spaced = " " + text
    for name, f in _FINDERS.items():
        m = f._words.search(spaced)
        want = m.start() if m else -1
        assert f._walk.search(spaced) == want, (name, text[:120])
        if text.isascii():
            a = f._ascii_words.search(spaced)
            assert (a.start() if a else -1) == want, (name, text[:120])
        found += want >= 0
    return found


def test_finders_walk_when_dev_posts_and_recorded_texts_then_as_their_union() -> None:
    from tests.parsers.readings import messages

    rng = random.Random(2832)
    found = 0
    texts = [*_dev_texts(), *(text for _name, text in messages())]
    for text in dict.fromkeys(texts):
        low = lower(normalize(text))
        found += _finder_same(low)
        a = rng.randrange(len(low) + 1)
        _finder_same(low[a:])
        _finder_same(low[: rng.randrange(len(low) + 1)])
    assert found > 1000, found


def _finder_words() -> list[str]:
    words: set[str] = set()
    for f in _FINDERS.values():
        for alt in f._words.pattern.split("|"):
            lead = re.match(r"[^\\\[\](){}?*+|.^$]+", alt.lstrip("\\W(?:=[]"))
            if lead:
                words |= {lead.group(), lead.group()[:3], lead.group() + "s"}
    for text in _dev_texts()[:2000]:
        low = lower(normalize(text))
        for f in _FINDERS.values():
            m = f._words.search(" " + low)
            if m:
                words.add(low[m.start() : m.end() + 12])
    return sorted(w for w in words if w)


_FWORDS = _finder_words()


def test_finders_walk_when_random_texts_then_as_their_union() -> None:
    rng = random.Random(2833)
    found = 0
    for _ in range(20_000):
        found += _finder_same(
            word_text(rng, _FWORDS, _SIGNS, most=10, word_share=0.5, space_share=0.4)
        )
    assert found > 5_000, found


def test_opening_when_alternatives_at_top_then_all_their_first_characters() -> None:
    # Made up: a rest holding "|" outside its groups opens with any of its parts' characters.
    assert opening("ooked|taken|secured") == frozenset("ots")
    assert opening("a|") is None


def _re_literal_run(items: list[tuple[object, object]]) -> str:
    out = []
    for op, av in items:
        if op is not sre_c.LITERAL:
            break
        out.append(chr(av))  # type: ignore[arg-type]
    return "".join(out)


def test_rows_literal_heads_when_read_then_as_re_parses_them() -> None:
    for walk in (labels._WORDS_WALK, *(f._walk for f in _FINDERS.values())):
        for pattern in walk.rows.values():
            assert pattern.pattern.startswith("(?:")
    for alt in labels._ALL_WORDS:
        head = literal_head(alt)
        assert _re_literal_run(list(sre_p.parse(alt))).startswith(head), alt
        assert head[:1] == alt[0], alt
    # Made up:
    assert literal_head("tps?[0-9]") == "tp"
    assert literal_head("stop[ \\t-]?loss") == "stop"
    assert literal_head("t\\.p") == "t"
    assert literal_head("ab{2}") == "a"
    assert literal_head("entry") == "entry"
