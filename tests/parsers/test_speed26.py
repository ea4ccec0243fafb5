"""Session 27 (i13-speed26): the doubt checks' searches, cheaper and the same.

- Lever A: look-behind-led patterns of the doubt checks compiled through `lead_first` (every
  alternative led by a literal, so re scans for those first): each must match what its source
  matched, at the same places, on every dev post and recorded reading's text (as lower-cased
  posts, and from inside them: a look-behind sees the text before where a search starts), and
  on random texts of its words.
- Lever B: `call_lines._other_call` asks a line's words before the levels' spans: the same answer
  as the loop it replaced, on every dev post read as a signal, both sides.
- Lever C: `call_doubts._CHANGED` is searched only where `_changed_head` holds: wherever it
  matches (dev posts, recorded texts, their tails, random texts of its words), `_changed_head`
  holds.
"""

from __future__ import annotations

import random
import re

import pytest

from parsers import (
    call_doubts,
    call_framing,
    call_lines,
    card_reports,
    own_setup,
    symbols,
    tag_list,
)
from parsers.lead_first import REWRITTEN
from parsers.models import ParsedSignal
from parsers.normalize import lower, normalize
from parsers.signal_parser import read_signal
from tests.parsers.corpus_score import load_split
from tests.parsers.word_texts import word_text

_LED = {
    "call_framing._WARNING": call_framing._WARNING,
    "call_framing._NOT_NOW": call_framing._NOT_NOW,
    "call_framing._SIDE_IF": call_framing._SIDE_IF,
    "call_framing._CHANGE_BEFORE": call_framing._CHANGE_BEFORE,
    "call_lines._CONDITION": call_lines._CONDITION,
    "call_lines._ALTERNATIVE": call_lines._ALTERNATIVE,
    "call_lines._OTHER_SIDE.LONG": call_lines._OTHER_SIDE["LONG"],
    "call_lines._OTHER_SIDE.SHORT": call_lines._OTHER_SIDE["SHORT"],
    "own_setup._OWN": own_setup._OWN,
}
_SOURCE = {rewritten: source for source, rewritten in REWRITTEN.items()}


def _raw() -> list[str]:
    from tests.parsers.readings import messages

    raw = [case.text for case in load_split("dev") if case.text]
    raw += [text for _, text in messages()]
    return list(dict.fromkeys(raw))


_RAW = _raw()
_POSTS = [lower(normalize(text)) for text in _RAW]
_GLUE = (" ", "\n", "-", ":", "(", ")", "0.5", "$", "#", "/", "'", "’", ",", "?", "_", "a", "1")


def _spans(p: re.Pattern[str], text: str, pos: int = 0) -> list[tuple[int, int]]:
    return [m.span() for m in p.finditer(text, pos)]


def _words(pattern: str) -> list[str]:
    return sorted(set(re.findall(r"[^\W\d_]+", pattern)))


@pytest.mark.parametrize("name", sorted(_LED))
def test_led_pattern_is_a_rewrite_of_its_source(name: str) -> None:
    """The module searches the rewritten form (not the source), and it differs from it."""
    led = _LED[name]
    assert led.pattern in _SOURCE, name
    assert _SOURCE[led.pattern] != led.pattern


@pytest.mark.parametrize("name", sorted(_LED))
def test_led_pattern_matches_as_its_source_on_posts_and_random_texts(name: str) -> None:
    led = _LED[name]
    source = re.compile(_SOURCE[led.pattern])
    rng = random.Random(name)
    words = _words(source.pattern) or ["a"]
    texts = [*_POSTS]
    texts += [
        word_text(rng, words, _GLUE, most=10, word_share=0.6, space_share=0.5) for _ in range(3000)
    ]
    differ = []
    for text in texts:
        inner = min(len(text), rng.randrange(1, 6))
        if _spans(led, text) != _spans(source, text) or _spans(led, text, inner) != _spans(
            source, text, inner
        ):
            differ.append(text[:80])
        end = rng.randrange(len(text) + 1)
        a, b = led.search(text, 0, end), source.search(text, 0, end)
        if (a and a.span()) != (b and b.span()):
            differ.append(text[:80])
    assert differ == []


def test_led_patterns_are_reached_by_the_texts() -> None:
    """(The comparison above is not empty: most patterns match some text.)"""
    found = sum(any(p.search(t) for t in _POSTS) for p in _LED.values())
    assert found >= 5


def _other_call_before(sig: ParsedSignal, low: str) -> str | None:
    """call_lines._other_call as it was before lever B (main ab16b1a2), for the comparison."""
    other = call_lines._OTHER_SIDE.get(sig.side or "")
    if other is None:
        return None
    if not call_lines.holds(low, call_lines._OTHER_SIDE_GATES[sig.side or ""]):
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
        holds_level = any(start <= a < end for a, _ in spans) or start <= sig.side_at < end
        start = end + 1
        if holds_level:
            continue
        side_said = any(h in line for h in heads)
        offered = "or" in line
        if not (side_said or offered) or len(line.split()) > call_lines._OTHER_WORDS:
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


def _signals() -> list[tuple[str, ParsedSignal, str]]:
    """(text, its reading, the reading's text lower-cased) for each text read as a signal."""
    out = []
    for text in _RAW:
        sig = read_signal(text)
        if sig is not None:
            out.append((text, sig, sig.norm_text.lower()))
    return out


def test_other_call_answers_as_before_on_dev_signals_both_sides() -> None:
    differ = []
    said = 0
    for text, sig, low in _signals():
        for side in ("LONG", "SHORT"):
            sig.side = side
            got, want = call_lines._other_call(sig, low), _other_call_before(sig, low)
            said += want is not None
            if got != want:
                differ.append(text[:80])
    assert differ == []
    assert said > 0


def test_other_call_made_up_rows() -> None:
    """Made-up forms: another call on a line of its own, and the side's own line."""
    sig = read_signal("#LINK LONG\nEntry: 14.2\nTP: 15.8\nSL: 13.5\nIf it breaks 13 - short to 12")
    assert sig is not None and sig.needs_review
    assert any("another call" in r for r in sig.review)
    plain = read_signal("#LINK LONG\nEntry: 14.2\nTP: 15.8\nSL: 13.5")
    assert plain is not None and not any("another call" in r for r in plain.review)


_CHANGED_WORDS = (
    *call_doubts._CHANGED_HEADS,
    *_words(call_doubts._CHANGED.pattern),
    "exchange", "exchanged", "renew", "news", "-new", "_new", "anew", "knew", "1new", "allowed",
    "entry", "stop", "sl", "tp", "targets", "is", "has been", "(", "(was", "was", "the",
)  # fmt: skip
_CHANGED_GLUE = (" ", "\n", "-", "_", ":", "(", ")", "0.5", "$", "#", "/", "é", "😀", "1", "a")


def _changed_misses(texts: list[str]) -> list[str]:
    return [
        t[:80]
        for t in texts
        if call_doubts._CHANGED.search(t) is not None and not call_doubts._changed_head(t)
    ]


def test_changed_head_holds_wherever_changed_matches_on_posts_and_tails() -> None:
    rng = random.Random(26)
    texts = [*_POSTS]
    for post in _POSTS:
        at = rng.randrange(len(post) + 1)
        texts.append((" " + post[at:])[1:])  # (a tail: a new object, its own pass)
    assert _changed_misses(texts) == []
    assert sum(call_doubts._CHANGED.search(t) is not None for t in _POSTS) > 10


@pytest.mark.parametrize("seed", range(3))
def test_changed_head_holds_wherever_changed_matches_on_random_texts(seed: int) -> None:
    rng = random.Random(seed)
    texts = [
        word_text(rng, _CHANGED_WORDS, _CHANGED_GLUE, most=8, word_share=0.6, space_share=0.5)
        for _ in range(6000)
    ]
    assert _changed_misses(texts) == []
    assert sum(call_doubts._CHANGED.search(t) is not None for t in texts) > 50


def test_changed_head_made_up_rows() -> None:
    """Made-up forms: "exchange" alone is no change; a change said after it is."""
    assert not call_doubts._changed_head("exchange: binance futures\nentry 3.4")
    assert not call_doubts._changed_head("pre-new entry")
    assert call_doubts._changed_head("exchange: binance\nentry changed to 3.4")
    assert call_doubts._changed_head("new entry 3.4")
    assert call_doubts._changed_head("entry 3.4 (was 3.5)")
    sig = read_signal("#LINK LONG\nExchange: Binance\nEntry: 14.2\nTP: 15.8\nSL: 13.5")
    assert sig is not None and not any("changes an earlier call" in r for r in sig.review)
    sig = read_signal("#LINK LONG\nExchange: Binance\nEntry changed to 14.2\nTP: 15.8\nSL: 13.5")
    assert sig is not None and any("changes an earlier call" in r for r in sig.review)


def _tags_on_a_heading_before(low: str, mine: str, quote: str) -> str | None:
    """tag_list._tags_on_a_heading as it was before lever D (main ab16b1a2)."""
    word = re.compile(r"(?<![a-z0-9])" + re.escape(mine.lower()) + r"(?![a-z])")
    found: str | None = None
    for line in low.split("\n"):
        if not word.search(line):
            continue
        if found is not None:
            return None
        if len(line.split()) > tag_list._HEADING_WORDS or tag_list._TAG_PAIR.search(line):
            return None
        found = line
    if found is None:
        return None
    others = []
    mine_tagged = False
    for tag in tag_list._TAG.finditer(found):
        coin = symbols.from_tag(tag.group())
        base = symbols.base_of(coin) if coin is not None else None
        if base == mine:
            mine_tagged = True
        elif base is not None and base != quote and base not in others:
            if tag_list._bare(base) != tag_list._bare(mine):
                others.append(base)
    if not mine_tagged or not others:
        return None
    return (
        f"the post tags {mine} and {', '.join(others)} on one line ('{found.strip()}'): which"
        " coin the levels are for is a guess"
    )


def test_tags_on_a_heading_answers_as_before() -> None:
    """Lever D: a line is searched for the coin's word only where its name is written: the same
    answer as before on every dev post and recorded text, with the coin read and with each coin
    a tag of the post names (so that the tagged lines are reached)."""
    differ = []
    said = 0
    for text, low in zip(_RAW, _POSTS, strict=True):
        sig = read_signal(text)
        coins = {symbols.base_of(sig.symbol)} if sig is not None else set()
        coins |= {
            symbols.base_of(c)
            for t in tag_list._TAG.finditer(low)
            if (c := symbols.from_tag(t.group()))
        }
        for mine in sorted(coins):
            for quote in ("USDT", ""):
                want = _tags_on_a_heading_before(low, mine, quote)
                said += want is not None
                if tag_list._tags_on_a_heading(low, mine, quote) != want:
                    differ.append((mine, text[:80]))
    assert differ == []
    assert said > 0


def _hit_line_before(sig: ParsedSignal, low: str) -> str | None:
    """card_reports._hit_line as it was before lever E (main ab16b1a2)."""
    cr = card_reports
    if not cr.holds(low, cr._HEADS_GATE):
        return None
    told_heads = [w for i, w in enumerate(cr._TOLD_HEADS) if cr.holds(low, cr._TOLD_GATES[i])]
    hit_heads = [w for i, w in enumerate(cr._HIT_HEADS) if cr.holds(low, cr._HIT_GATES[i])]
    if not told_heads and all(w in cr._LATER_TICKS for w in hit_heads):
        if not hit_heads or not cr.holds(low, cr._POST_GATE):
            return None
    spans = [a for spans in sig.norm_spans.values() for a, _ in spans]
    start = 0
    for line in low.split("\n"):
        end = start + len(line)
        inside = any(start <= a < end for a in spans)
        start = end + 1
        if inside:
            continue
        told_words = any(w in line for w in told_heads)
        hit_words = any(w in line for w in hit_heads)
        if not (told_words or hit_words):
            continue
        if len(line.split()) > cr._GAIN_WORDS:
            told = cr._TOLD_HIT.search(line) if told_words else None
            if told is not None and cr._PLAN.search(line, 0, told.start()) is None:
                return told.group()
            continue
        if (
            hit_words
            and (m := cr._HIT_LINE.search(line)) is not None
            and cr._PLAN.search(line) is None
        ):
            return line.strip() or m.group()
    return None


def test_hit_line_and_card_report_answer_as_before() -> None:
    """Lever E: _hit_line as the old loop on every dev post and recorded text read as a signal
    (and with the spans moved off each line, so that lines with words are reached); card_report
    with the post lowered once gives the reason it gave (the recorded readings hold it too)."""
    differ = []
    said = 0
    for text, sig, low in _signals():
        for spans in (sig.norm_spans, {}):
            sig.norm_spans = spans
            want = _hit_line_before(sig, low)
            said += want is not None
            if card_reports._hit_line(sig, low) != want:
                differ.append(text[:80])
    # (Made-up lines after a made-up call, so that the lines with words are reached.)
    sig = read_signal("#LINK LONG\nEntry: 14.2\nTP: 15.8\nSL: 13.5")
    assert sig is not None
    low = sig.norm_text.lower()
    for line in _HIT_LINES:
        for post in (low + "\n" + line, line + "\n" + low, low.replace("\n", " " + line + "\n", 1)):
            want = _hit_line_before(sig, post)
            said += want is not None
            if card_reports._hit_line(sig, post) != want:
                differ.append(post[:80])
    assert differ == []
    assert said > 3


_HIT_LINES = (
    "tp1 hit ✅", "target 1 reached", "tp1 done ✔", "first target smashed 🎯", "tp1 ✅",
    "booked profit at tp1", "we took tp1 today, congrats to everyone who followed the call",
    "hit", "✔", "reach", "2 targets achieved", "#link tp1 taken",
)  # fmt: skip


def test_card_report_made_up_rows() -> None:
    """Made-up forms: a gain under the levels, and a result with its period."""
    sig = read_signal("#LINK LONG\nEntry: 14.2\nTP: 15.8\nSL: 13.5\nProfit +12% ✅")
    assert sig is not None and sig.needs_review
    plain = read_signal("#LINK LONG\nEntry: 14.2\nTP: 15.8 (10%)\nSL: 13.5")
    assert plain is not None and not any("report" in r for r in plain.review)
