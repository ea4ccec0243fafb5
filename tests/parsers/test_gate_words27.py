"""The gates session 26 (i13-speed21) moved into one pass of the post (parsers/gate_words.py):
each `in` test of the whole lower-cased post before a search or a check (`any(h in low for h in
_HEADS)`, `"only" in low or "condition" in low`) is now `holds(low, GATE)`, answered from one
Aho-Corasick pass over every gate's words. Each gate must answer as its `in` tests did: on every
dev post, every recorded reading's text, random texts of the gates' words and hypothesis texts;
each converted site's gate holds exactly the words its `in` tests asked (written out below, as
the code asked them before); and the automaton is checked on made-up word sets of its own."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers import (
    btc_quote,
    call_doubts,
    call_framing,
    call_later,
    call_lines,
    candle_entry,
    card_outcome,
    card_reports,
    chatter_posts,
    entry_choice,
    fib_notes,
    followup_heads,
    gate_words,
    glued_quote,
    hedged_call,
    held_level,
    indicator_notes,
    letter_leverage,
    list_notes,
    marked_targets,
    moved_level_ru,
    own_setup,
    ratio_notes,
    reports,
    risk_level,
    scale,
    sides,
    signal_parser,
    target_fix,
    target_horizon,
    target_placeholder,
    trailing,
    trigger,
    trigger_line,
    unpriced_condition,
)
from parsers.gate_words import gate_count, holds, words_of
from parsers.labels import MARKET, NOT_SIGNAL, REPORTED, STATUS, first_characters
from parsers.normalize import lower, normalize
from parsers.quick_tests import BLANKS, digit_after, required_literals
from parsers.vocabulary import REPORTED_AROUND, REPORTED_AROUND_UNSPACED
from tests.parsers.corpus_score import load_split
from tests.parsers.word_texts import word_text

# (site, its gate, the words its `in` tests asked, as the code wrote them before session 26)
_SITES: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("btc_quote quote words", btc_quote._BTC_GATE, ("btc", "xbt", "₿", "bitcoin")),
    ("btc_quote sat", btc_quote._SAT_GATE, ("sat",)),
    ("btc_quote usdt", btc_quote._USDT_GATE, ("usdt",)),
    ("call_doubts _CHANGED", call_doubts._CHANGED_GATE, call_doubts._CHANGED_HEADS),
    # (session 26's speed23: the count's word before its digit, tests/parsers/test_speed23.py)
    ("call_doubts _COUNT", call_doubts._COUNT_GATE, digit_after(("of", "из", "/"))),
    (
        "call_doubts _QUOTE_SEEN",  # (session 26's speed23: tests/parsers/test_speed23.py)
        call_doubts._QUOTE_GATE,
        (
            *(w for w in required_literals(call_doubts._QUOTE_SEEN.pattern) or () if w != "try"),
            *(c + "try" for c in "/_-#$\n" + BLANKS),
        ),
    ),
    ("call_doubts notes", call_doubts._NOTE_GATE, ("(",)),
    # (session 30, i13-ru32: a share fixed at a target)
    ("target_fix fix", target_fix._FIX_GATE, ("фикс", "фікс")),
    # (session 30, i13-status32: a close explained, an exchange's notice)
    ("chatter_posts why", chatter_posts._WHY_GATE, ("why", "how")),
    ("chatter_posts notice", chatter_posts._NOTICE_GATE, ("delist", "maintenance")),
    ("call_doubts profit", call_doubts._PROFIT_GATE, ("profit",)),
    ("call_doubts btc", call_doubts._BTC_GATE, ("btc",)),
    ("call_doubts _ENTRY_RULE", call_doubts._RULE_GATE, ("only", "condition")),
    # (session 31, i13-wt33: a way in that waits for the chart, no price given)
    (
        "unpriced_condition",
        unpriced_condition._GATE,
        (
            *("break", "retest", "confirm", "reclaim", "bounc", "flip", "close", "closing"),
            *("пробо", "ретест", "подтвержд", "закрепл", "отско"),
            *("ruptura", "rotura", "rompimiento", "rompimento", "confirmação", "confirmacao"),
            *("bruch", "bestätigung", "kırılım", "kirilim", "onay", "phá vỡ", "xác nhận"),
            *("突破", "回踩", "确认", "確認"),
        ),
    ),
    *(
        (f"call_framing frame {i}", number, heads)
        for i, (number, (heads, _, _)) in enumerate(
            zip(call_framing._FRAME_GATES, call_framing._FRAMES, strict=True)
        )
    ),
    ("call_framing _SIDE_IF", call_framing._IF_GATE, (" if ", " once ", " when ", " after ")),
    ("call_framing _CHANGE", call_framing._CHANGE_GATE, call_framing._CHANGE_HEADS),
    ("call_framing notes", call_framing._NOTE_GATE, ("(",)),
    ("call_framing to", call_framing._TO_GATE, (" to ", " до ")),
    # (session 29, i13-speed37: _BTC_CONDITION's verbs; the first line's marks)
    (
        "call_framing _BTC_CONDITION verbs",
        call_framing._BTC_VERBS,
        ("hold", "stays", "confirm", "keeps", "remains", "above", "below", "reclaim"),
    ),
    ("card_reports heading marks", card_reports._HEADING_GATE, card_reports._HEADING_MARKS),
    ("call_doubts _BTC_PAIR quoted", call_doubts._QUOTED_GATE, ("pair", "market", "quote")),
    # (session 26's speed23: the leverage word's literals in any text, the token's "l" and
    # digit, from their patterns: tests/parsers/test_speed23.py)
    (
        "letter_leverage worded",
        letter_leverage._WORDED_GATE,
        required_literals(letter_leverage._WORDED.pattern) or (),
    ),
    ("letter_leverage token", letter_leverage._TOKEN_GATE, tuple("l" + d for d in "0123456789")),
    ("own_setup", own_setup._HEADS_GATE, own_setup._HEADS),
    ("reports status stems", reports._STEMS_GATE, reports._HEADING_STEMS),
    (
        "reports REPORTED",  # (no `in` test before: a gate of REPORTED's own, see below)
        reports._REPORTED_GATE,
        (
            *(required_literals("|".join(REPORTED_AROUND)) or ()),
            *first_characters(REPORTED_AROUND_UNSPACED),
        ),
    ),
    ("call_lines long's other", call_lines._OTHER_SIDE_GATES["LONG"], ("or", "short", "sell")),
    ("call_lines short's other", call_lines._OTHER_SIDE_GATES["SHORT"], ("or", "long", "buy")),
    ("call_lines _EXAMPLE", call_lines._EXAMPLE_GATE, call_lines._EXAMPLE_HEADS),
    ("call_lines _CONDITION", call_lines._CONDITION_GATE, call_lines._CONDITION_HEADS),
    ("call_lines _OTHER", call_lines._OTHER_GATE, call_lines._OTHER_HEADS),
    ("call_lines _RU", call_lines._RU_GATE, call_lines._RU_HEADS),
    ("call_lines coins", call_lines._COINS_GATE, ("coin", "token", "монет")),
    ("call_lines percent", call_lines._PERCENT_GATE, ("%",)),
    ("call_lines notes", call_lines._NOTE_GATE, ("(",)),
    ("call_lines question", call_lines._QUESTION_GATE, ("?",)),
    (
        "call_lines _HOPED",
        call_lines._HOPED_GATE,
        required_literals(call_lines._HOPED.pattern) or (),
    ),
    ("candle_entry", candle_entry._CLOSE_GATE, ("clos", "закр")),
    (
        "card_reports entries done",
        card_reports._DONE_GATE,
        ("✅", "✔", "☑", "✓", "activ", "fill", "trigger", "enter", "exec"),
    ),
    # (session 27, i13-wrong28: a call for later, again or shown)
    ("call_later head", call_later._HEAD_GATE, call_later._HEAD_WORDS),
    ("call_later tail", call_later._TAIL_GATE, call_later._TAIL_WORDS),
    ("card_reports period", card_reports._PERIOD_GATE, ("period",)),
    (
        "card_reports hit words",
        card_reports._HEADS_GATE,
        (*card_reports._TOLD_HEADS, *card_reports._HIT_HEADS),
    ),
    *(
        (f"card_reports told {w}", g, (w,))
        for w, g in zip(card_reports._TOLD_HEADS, card_reports._TOLD_GATES, strict=True)
    ),
    *(
        (f"card_reports hit {w}", g, (w,))
        for w, g in zip(card_reports._HIT_HEADS, card_reports._HIT_GATES, strict=True)
    ),
    ("card_reports post", card_reports._POST_GATE, card_reports._POST_HEADS),
    # (session 29, i13-status31: a card under how it ended, a count of targets reached)
    ("card_outcome outcome", card_outcome._OUTCOME_GATE, card_outcome._OUTCOME_HEADS),
    ("card_outcome marks", card_outcome._MARK_GATE, ("🎯",)),
    ("card_outcome count", card_outcome._COUNT_GATE, ("🎯", "✅", "✔", "☑")),
    ("card_outcome earlier", card_outcome._EARLIER_GATE, ("previous", "earlier", "last", "old")),
    # (session 30, i13-wt32)
    ("card_outcome target", card_outcome._TARGET_GATE, card_outcome._TARGET_WORDS),
    (
        "held_level",
        held_level._HELD_GATE,
        ("hold", "held", "stay", "remain", "keep", "sustain", "clos"),
    ),
    ("risk_level past", risk_level._PAST_GATE, ("below", "under", "beneath", "above", "over")),
    ("trigger_line limit", trigger_line._LIMIT_GATE, trigger_line._LIMIT_WORDS),
    ("entry_choice or", entry_choice._OR_GATE, (" o", "или", "veya", "hoặc", "atau", "或")),
    ("entry_choice and", entry_choice._AND_GATE, ("+", "&", "and", "и", "plus")),  # (session 30)
    ("fib_notes notes", fib_notes._NOTE_GATE, ("(",)),
    ("fib_notes _HEADS", fib_notes._HEADS_GATE, fib_notes._HEADS),
    ("followup_heads", followup_heads._HEADS_GATE, followup_heads._HEADS),
    ("glued_quote times", glued_quote._TIMES_GATE, ("×", "х")),
    ("indicator_notes notes", indicator_notes._NOTE_GATE, ("(",)),
    ("indicator_notes _HEADS", indicator_notes._HEADS_GATE, indicator_notes._HEADS),
    ("list_notes _HEADS", list_notes._HEADS_GATE, list_notes._HEADS),
    ("moved_level_ru stop", moved_level_ru._STOP_GATE, ("стоп", "сл ", "sl ")),
    ("moved_level_ru moved", moved_level_ru._MOVED_GATE, words_of(moved_level_ru._MOVED_GATE)),
    ("ratio_notes _HEADS", ratio_notes._HEADS_GATE, ratio_notes._HEADS),  # (session 30)
    ("reports _MOVED", reports._MOVED_GATE, reports._MOVED_HEADS or ()),
    ("reports ed", reports._ED_GATE, ("ed ", "ed:", "改", "调", "移")),
    (
        "reports says_no_trade",
        reports._NO_TRADE_GATE,
        (
            *("not", "trade", "educational", "idea", "yet", "example", "ví dụ", "ejemplo"),
            *("örneğin", "например", "beispiel"),
        ),
    ),
    ("reports ample", reports._AMPLE_GATE, ("ample",)),
    ("marked_targets _PENDING", marked_targets._PENDING_GATE, marked_targets._PENDING),
    ("marked_targets target mark", marked_targets._TARGET_MARK_GATE, ("🎯",)),
    ("scale sat", scale._SAT_GATE, ("sat", "сат")),
    ("scale option", scale._OPTION_GATE, ("put", "call")),
    ("scale twin", scale._TWIN_GATE, ("000", "1m", "1k")),
    (
        "signal_parser restated",
        signal_parser._RESTATED_GATE,
        ("remind", "still", "recap", "post", "last", "previous", "earlier"),
    ),
    # (session 28, i13-forms30: a moon/long-term/swing target)
    ("target_horizon", target_horizon._GATE, target_horizon._WORDS),
    ("target_placeholder _HEADS", target_placeholder._HEADS_GATE, target_placeholder._HEADS),
    (
        "target_placeholder said",
        target_placeholder._SAID_GATE,
        ("soon", "tba", "tbd", "later", "to be", "updat", "coming", "n/a", "?\n", "? ", "...", "…"),
    ),
    ("target_placeholder gap", target_placeholder._GAP_GATE, (":\n", "-\n", "–\n")),
    # (session 27, i13-wrong28: an entry label to come or empty, a numbered label left empty)
    ("target_placeholder entry", target_placeholder._ENTRY_GATE, ("entr", "dca", "add")),
    ("target_placeholder empty", target_placeholder._EMPTY_GATE, (":\n", ": \n", "=\n")),
    ("target_placeholder dash", target_placeholder._DASH_GATE, ("-", "–", "—")),
    (
        "target_placeholder line end",  # (session 26's speed23: tests/parsers/test_speed23.py)
        target_placeholder._LINE_END_GATE,
        (*("-\n", "–\n", "—\n"), *(b + "\n" for b in BLANKS)),
    ),
    (
        "target_placeholder item",  # (session 30, the lead: a numbered target left empty)
        target_placeholder._ITEM_GATE,
        (")\n", ") \n", ".\n", ". \n", "-\n", "- \n", "–\n", "—\n"),
    ),
    ("trailing cornix", trailing._CORNIX_GATE, ("percentage (",)),
    ("trailing trail", trailing._TRAIL_GATE, ("trail",)),
    ("trailing break", trailing._BREAK_GATE, ("break",)),
    ("trailing when", trailing._WHEN_GATE, ("after", "once", "when", " on", "\non")),
    # (session 26's speed23: from the patterns, tests/parsers/test_speed23.py)
    ("trigger _ANY", trigger._ANY_GATE, words_of(trigger._ANY_GATE)),
    ("trigger _MENTION", trigger._MENTION_GATE, words_of(trigger._MENTION_GATE)),
    ("trigger _CONDITION", trigger._CONDITION_GATE, words_of(trigger._CONDITION_GATE)),
    ("trigger_line", trigger_line._TRIGGER_GATE, ("trigger", "activation", "conditional")),
    # (session 26's speed24: labels.Finder's literals and its unspaced forms' first characters,
    # asked of the post a searched text was cut or blanked from; tests/parsers/test_speed24.py)
    *(
        (f"labels {name} {part}", number, words)
        for name, finder in (
            ("MARKET", MARKET),
            ("NOT_SIGNAL", NOT_SIGNAL),
            ("STATUS", STATUS),
            ("REPORTED", REPORTED),
        )
        for part, number, words in (
            ("heads", finder._heads_gate, finder._heads or ()),
            ("others", finder._others_gate, finder._other_firsts),
        )
        if number >= 0
    ),
    # (session 26's speed24: sides.other_side_words's heads, asked of the post before its range)
    *(
        (f"sides {name} {side}", numbers[side], heads[side] or ())
        for name, numbers, heads in (
            ("strong", sides._STRONG_GATES, sides._STRONG_HEADS),
            ("weak", sides._WEAK_GATES, sides._WEAK_HEADS),
            ("strong any", sides._STRONG_ANY_GATES, sides._STRONG_ANY_HEADS),
            ("weak any", sides._WEAK_ANY_GATES, sides._WEAK_ANY_HEADS),
        )
        for side in ("LONG", "SHORT")
        if numbers[side] >= 0
    ),
    # (session 27's speed27: quick_tests.written's heads asked of the post before its range or
    # slice is scanned; tests/parsers/test_speed27.py)
    ("trigger broken", trigger._AFTER_BROKEN_GATE, trigger._AFTER_BROKEN_HEADS or ()),
    *(
        (f"trigger way {i}", number, heads or ())
        for i, (number, heads) in enumerate(
            zip(trigger._AFTER_WAYS_GATES, trigger._AFTER_WAYS_HEADS, strict=True)
        )
    ),
    ("trigger way before", trigger._WAY_GATE, trigger._WAY_HEADS or ()),
    ("trigger statement", trigger._STATEMENT_GATE, trigger._STATEMENT_HEADS or ()),
    ("hedged_call", hedged_call._HEDGED_GATE, hedged_call._HEDGED_HEADS or ()),
    ("sides hunted", sides._HUNTED_GATE, sides._HUNTED_HEADS or ()),
    # (session 29's speed36: side_from_words' two searches asked of the post's pass first; each
    # word of a table, "k[ıi]sa", "al[ıi]", "sat[ıi]" by both letters; tests/parsers/
    # test_speed36.py)
    (
        "sides strong search",
        sides._STRONG_GATE,
        (
            *("long", "лонг", "largo", "uzun", "لانگ", "لونغ", "لونج", "lång", "롱", "ロング"),
            *("लॉन्ग", "לונג", "লং", "short", "шорт", "corto", "kısa", "kisa", "شورت", "kort"),
            *("숏", "ショート", "शॉर्ट", "שורט", "شارٹ", "শর্ট"),
        ),
    ),
    (
        "sides weak search",
        sides._WEAK_GATE,
        (
            *("buy", "bullish", "покупка", "купить", "покупаем", "compra", "alı", "ali", "kauf"),
            *("mua", "خرید", "شراء", "beli", "achat", "acquisto", "sell", "bearish", "продажа"),
            *("продать", "продаем", "venta", "vender", "venda", "vendido", "satı", "sati"),
            *("bán", "فروش", "بيع", "jual", "vente", "vendita"),
        ),
    ),
)
_IDS = [name for name, _, _ in _SITES]


def _any_in(text: str, words: tuple[str, ...]) -> bool:
    return any(w in text for w in words)


@pytest.mark.parametrize(("name", "number", "words"), _SITES, ids=_IDS)
def test_each_site_asks_the_words_its_in_tests_asked(
    name: str, number: int, words: tuple[str, ...]
) -> None:
    assert words_of(number) == tuple(words), name


def test_every_gate_is_a_site_here() -> None:
    """Every gate registered by the signal reader's modules is one of the sites above (a gate
    added elsewhere is added here, with the `in` tests it stands for)."""
    assert sorted(number for _, number, _ in _SITES) == list(range(gate_count()))


def _texts() -> list[str]:
    """Every dev post (as written, normalised, lower-cased) and every recorded reading's text."""
    from tests.parsers.readings import messages

    raw = [case.text for case in load_split("dev") if case.text]
    raw += [text for _, text in messages()]
    out: list[str] = []
    for text in dict.fromkeys(raw):
        out.append(text)
        out.append(lower(normalize(text)))
    return out


_TEXTS = _texts()


def test_every_gate_answers_as_its_in_tests_on_dev_posts_and_recorded_texts() -> None:
    differ = [
        (words_of(g), text[:60])
        for text in _TEXTS
        for g in range(gate_count())
        if holds(text, g) != _any_in(text, words_of(g))
    ]
    assert not differ, differ[:3]
    # (both answers are asked: most gates hold in some of these texts, none in all; the
    # random texts below ask the rest, "smashed" and other rare words)
    held = [g for g in range(gate_count()) if any(_any_in(t, words_of(g)) for t in _TEXTS)]
    assert len(held) > 0.8 * gate_count()
    assert not any(all(_any_in(t, words_of(g)) for t in _TEXTS) for g in held)


_ALL_WORDS = sorted({w for g in range(gate_count()) for w in words_of(g)})
_SIGNS = (" ", "\n", "🚀", "ы", "x", "(", "?", ":", "1", "-", "é", "中")


def test_every_gate_answers_as_its_in_tests_on_random_texts() -> None:
    """Texts of the gates' words, their halves and signs, asked two texts at a time."""
    rng = random.Random(2612)
    pieces = [*_ALL_WORDS, *(w[: len(w) // 2] for w in _ALL_WORDS), *(w[1:] for w in _ALL_WORDS)]
    pieces = [p for p in pieces if p]
    for _ in range(4000):
        texts = [
            word_text(rng, pieces, _SIGNS, most=12, word_share=0.6, space_share=0.3)
            for _ in range(2)
        ]
        for g in rng.sample(range(gate_count()), 20) + [rng.randrange(gate_count())]:
            for text in (*texts, texts[0]):
                assert holds(text, g) == _any_in(text, words_of(g)), (words_of(g), text)


_ALPHABET = "".join(sorted({c for w in _ALL_WORDS for c in w} | set(_SIGNS)))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60), st.integers(0, 10_000))
def test_every_gate_answers_as_its_in_tests_on_any_text(text: str, pick: int) -> None:
    for g in (pick % gate_count(), (pick * 7 + 3) % gate_count()):
        assert holds(text, g) == _any_in(text, words_of(g)), (words_of(g), text)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.lists(st.text(alphabet="abc?ы🚀 (", min_size=1, max_size=4), min_size=1, max_size=6),
        min_size=1,
        max_size=6,
    ),
    st.lists(st.text(alphabet="abcd?ы🚀 (\n", max_size=40), min_size=1, max_size=4),
)
def test_the_automaton_on_made_up_words(gates: list[list[str]], texts: list[str]) -> None:
    """A registry of its own (the parser's is not touched): overlapping words, a word inside
    another, words sharing ends (the fall-back links), texts asked in turn and again."""
    mine = gate_words._Gates()
    numbers = [mine.add(tuple(words)) for words in gates]
    for text in (*texts, *texts):
        for number, words in zip(numbers, gates, strict=True):
            assert mine.seen(text).found[number] == _any_in(text, tuple(words)), (words, text)


def test_texts_are_told_apart_by_identity_and_a_late_gate_is_asked() -> None:
    mine = gate_words._Gates()
    first = mine.add(("abc", "bcd"))
    a = "".join(["xab", "cx"])
    b = "".join(["xab", "cx"])  # equal to a, another object: a pass of its own, the same answer
    c = "bc"
    assert mine.seen(a).found[first] and mine.seen(b).found[first]
    assert not mine.seen(c).found[first] and mine.seen(b).found[first]
    assert mine.seen(a).text is a and mine.seen(c).text is c
    later = mine.add(("cx",))  # registered after passes: they are made again
    assert mine.seen(a).found[later] and not mine.seen(c).found[later]
    assert mine.seen(a).found[first]


def test_a_gate_needs_words() -> None:
    mine = gate_words._Gates()
    for words in ((), ("a", "")):
        with pytest.raises(ValueError):
            mine.add(words)


def test_the_whole_posts_gate_before_a_part_of_it() -> None:
    """own_setup's heading and status_heading's text around the levels are cut from the post: a
    post whose pass holds none of their words holds none in a part of it (the gate asked first
    of the whole post), and status_heading answers as without it on dev posts cut anywhere."""
    from parsers.own_setup import _HEADS as OWN_HEADS
    from parsers.reports import _HEADING_STEMS, status_heading

    rng = random.Random(26)
    lows = [t for t in _TEXTS[1::2] if t][:3000]
    for low in lows:
        a = rng.randint(0, len(low))
        b = rng.randint(a, len(low))
        around = (low[:a], low[b:])
        assert status_heading(around, low) == status_heading(around), low[:60]
        for part in (*around, low[:a]):
            if _any_in(part, _HEADING_STEMS):
                assert holds(low, reports._STEMS_GATE)
            if _any_in(part, OWN_HEADS):
                assert holds(low, own_setup._HEADS_GATE)


def test_a_post_without_reporteds_gate_words_has_no_reported_word_anywhere() -> None:
    """report_reason asks reported_around only of posts whose pass holds one of REPORTED's
    words' literals or its unspaced forms' first characters: where REPORTED finds a word, in a
    dev post, a part of one, a recorded text or a random text of its words, they are there."""
    rng = random.Random(261)
    texts = [t for t in _TEXTS[1::2] if t]
    texts += [t[rng.randint(0, len(t)) :] for t in texts]
    words = [*REPORTED_AROUND, *REPORTED_AROUND_UNSPACED]
    for _ in range(3000):
        texts.append(word_text(rng, words, _SIGNS, most=6, word_share=0.4, space_share=0.5))
    found = 0
    for text in texts:
        if REPORTED.search(text) >= 0:
            found += 1
            assert holds(text, reports._REPORTED_GATE), text[:80]
    assert found > 100
