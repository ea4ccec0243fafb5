"""The lexicon family of tests/parsers/mutations.py (issue 13, session 12): every dev signal and
dev follow-up written again with the trading words of one language, or of several in one post.

A channel the rules have never seen mostly differs from dev in its words: a Turkish channel writes
"Giriş bölgesi", "Hedefler", "Zarar durdur", "Kaldıraç: Çapraz 20x"; a Persian one reports a stop
hit as "استاپ خورد". For each language the corpus and issue 13 name, tests/parsers/lexicon_words.py
holds the whole vocabulary a channel uses (long/short, entry, targets, stop, leverage with cross or
isolated, and the status words: target hit, stop hit, closed, cancelled, stop moved to the entry).

- ``lexicon_signal``: a dev signal rebuilt with one language's labels and side word (or, one post
  in three, each block's words drawn from another language, English among them). It says exactly
  the dev reading: read exactly is right, refused is a miss, another reading a wrong trade.
- ``lexicon_unknown``: a dev signal whose targets are named with a take-profit phrase of a real
  language that the lexicon lacks (UNKNOWN_TP), with an index or as a list: read exactly or
  refused are both right; traded with other numbers (its targets left out) is a wrong trade.
- ``lexicon_status``: a dev follow-up (a target hit, a stop hit, a close, a cancel, a stop moved
  to the entry, naming its coin) written with one language's status phrase, sometimes under a
  line of another language's chatter. Read as the dev kind, coin and target number is right, no
  reading a miss, a trade or another action wrong.

What each must give comes from the dev case's hand-checked reading, never from the parser.
``python -m tests.parsers.mutations --family 'lexicon_*' --missed`` prints the figures and the
misses; tests/parsers/test_lexicon_breadth.py reads every language for every dev case.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from parsers import EnhancedParser
from tests.parsers.corpus_score import load_split, signal_differences
from tests.parsers.lexicon_words import BUY_ZONES, LANGUAGES, MIXED, PARTIAL, UNKNOWN_TP, Lang
from tests.parsers.variants import fmt

RIGHT, MISSED, WRONG, WRONG_ACTION = "right", "missed", "wrong_trade", "wrong_action"


def pair(symbol: str) -> str:
    """The pair as most channels of any language tag it: "#SOL/USDT" ("#BTT/TRX": a TRX pair is
    written with its slash, as the dev post it comes from wrote it; glued, "#BTTTRX" is the coin
    BTTTRX to the parser, as "#ETHBTC" is)."""
    for quote in ("USDT", "USDC", "BTC", "USD", "TRX"):
        if symbol.endswith(quote) and len(symbol) > len(quote):
            return f"#{symbol[: -len(quote)]}/{quote}"
    return f"#{symbol}"


@dataclass(frozen=True)
class LexCase:
    """One post in a language's words, and the dev reading it must give."""

    case_id: str
    family: str
    language: str
    text: str
    want: dict[str, Any]  # a signal reading, or an update's kind/symbol/tp_index/to_entry


def _words(rng: random.Random, lang: str, mixed: bool) -> Lang:
    return LANGUAGES[rng.choice(sorted(LANGUAGES))] if mixed else LANGUAGES[lang]


def signal_post(rng: random.Random, want: dict[str, Any], lang: str) -> str | None:
    """The dev reading in one language's words (or, for MIXED, each block in another's)."""
    if not want["entries"] or not want["take_profits"]:
        return None
    mixed = lang == MIXED
    side_words = _words(rng, lang, mixed)
    side = rng.choice(side_words.long if want["side"] == "LONG" else side_words.short)
    lines = [f"{pair(want['symbol'])} {side}"]
    words = _words(rng, lang, mixed)
    sep = rng.choice((": ", " : ", ": ", " - "))
    entries = [fmt(v) for v in want["entries"]]
    label = rng.choice(words.entry)
    if want["side"] == "LONG" and lang in BUY_ZONES and rng.random() < 0.3:
        label = BUY_ZONES[lang]
    lines.append(label + sep + rng.choice((" - ", "-", " / ")).join(entries))
    if want["leverage"] is not None:
        words = _words(rng, lang, mixed)
        margin = rng.choice(words.margin)
        lev = want["leverage"]
        lines.append(
            rng.choice(
                (
                    f"{rng.choice(words.lev)}: {lev}x",
                    f"{rng.choice(words.lev)}: {margin} {lev}x",
                    f"{margin} {lev}x",
                    f"{margin} ({lev}X)",
                    f"{rng.choice(words.lev)} {lev}x {margin}",
                )
            )
        )
    words = _words(rng, lang, mixed)
    label = rng.choice(words.tp)
    targets = [fmt(v) for v in want["take_profits"]]
    if rng.random() < 0.5 or len(targets) > 9:
        lines.append(label + sep + rng.choice((" - ", ", ", " / ")).join(targets))
    else:
        lines += [f"{label} {i}: {p}" for i, p in enumerate(targets, 1)]
    if want["stop_loss"] is not None:
        words = _words(rng, lang, mixed)
        lines.append(rng.choice(words.sl) + sep + fmt(want["stop_loss"]))
    return "\n".join(lines)


def unknown_post(rng: random.Random, want: dict[str, Any]) -> str | None:
    """The dev reading in English words but its targets under a phrase no lexicon row holds."""
    if not want["entries"] or not want["take_profits"]:
        return None
    lines = [f"{pair(want['symbol'])} {want['side']}"]
    lines.append("Entry: " + " - ".join(fmt(v) for v in want["entries"]))
    if want["leverage"] is not None:
        lines.append(f"Leverage: {want['leverage']}x")
    word = rng.choice(UNKNOWN_TP)
    targets = [fmt(v) for v in want["take_profits"]]
    if rng.random() < 0.5:
        lines += [f"{word} {i}: {p}" for i, p in enumerate(targets, 1)]
    else:
        lines.append(word + rng.choice((": ", " - ")) + rng.choice((", ", " - ")).join(targets))
    if want["stop_loss"] is not None and rng.random() < 0.7:
        lines.append(f"Stop Loss: {fmt(want['stop_loss'])}")
    return "\n".join(lines)


STATUS_KINDS = ("TP_HIT", "SL_HIT", "CLOSE", "CANCEL", "MOVE_SL", "CLOSE_PARTIAL")


def status_post(rng: random.Random, want: dict[str, Any], lang: str) -> str | None:
    """A dev follow-up's event and coin in one language's status phrase (for MIXED, under a
    chatter line of another language)."""
    kind = want["kind"]
    mixed = lang == MIXED
    if kind == "CLOSE_PARTIAL":
        share = want.get("fraction")
        if not share or want.get("then") or round(share * 100) != share * 100:
            return None
        said = rng.choice(sorted(PARTIAL)) if mixed else lang
        phrase = rng.choice(PARTIAL[said]).format(p=round(share * 100))
        return f"{pair(want['symbol'])}\n{phrase}"
    words = _words(rng, lang, mixed)
    phrases = {
        "TP_HIT": words.tp_hit,
        "SL_HIT": words.sl_hit,
        "CLOSE": words.close,
        "CANCEL": words.cancel,
        "MOVE_SL": words.to_entry,
    }[kind]
    if kind == "TP_HIT" and not want.get("tp_index"):
        return None
    if kind == "MOVE_SL" and not want.get("to_entry"):
        return None
    phrase = rng.choice(phrases).format(n=want.get("tp_index") or 1)
    coin = pair(want["symbol"])
    body = rng.choice((f"{coin}\n{phrase}", f"{coin} {phrase}", f"{phrase}\n{coin}"))
    if mixed or rng.random() < 0.2:
        body += "\n" + LANGUAGES[rng.choice(sorted(LANGUAGES))].chatter
    return body


def cases(seed: int = 13, every: bool = True) -> list[LexCase]:
    """Every dev signal and dev follow-up in each language's words and mixed (every), or in
    one language drawn at random."""
    rng = random.Random(seed * 15485863 + 4)
    out: list[LexCase] = []
    dev = load_split("dev")
    langs = (*sorted(LANGUAGES), MIXED)
    for case in dev:
        if case.kind == "signal":
            want = case.expect["signal"]
            if case.expect.get("flags"):
                continue  # (a candle-close stop, a stop entry: words of their own)
            for lang in langs if every else (rng.choice(langs),):
                text = signal_post(rng, want, lang)
                if text is not None:
                    out.append(LexCase(case.id, "lexicon_signal", lang, text, want))
            text = unknown_post(rng, want)
            if text is not None:
                out.append(LexCase(case.id, "lexicon_unknown", "unknown", text, want))
        elif case.kind == "update":
            want = case.expect.get("update") or {}
            if want.get("kind") not in STATUS_KINDS or not want.get("symbol"):
                continue
            keys = ("kind", "symbol", "tp_index", "to_entry", "fraction", "then")
            keep = {k: want[k] for k in keys if k in want}
            for lang in langs if every else (rng.choice(langs),):
                text = status_post(rng, want, lang)
                if text is not None:
                    out.append(LexCase(case.id, "lexicon_status", lang, text, keep))
    return out


SIGNAL_FAMILIES = ("lexicon_signal", "lexicon_unknown")


def signal_mutations(seed: int) -> list[tuple[str, str, str, dict[str, Any], str]]:
    """For tests/parsers/mutations.py: each dev signal once in one language drawn at random, and
    once under an unknown take-profit phrase, as (case id, family, text, reading, must)."""
    musts = {"lexicon_signal": "exact", "lexicon_unknown": "safe"}
    return [
        (c.case_id, c.family, c.text, c.want, musts[c.family])
        for c in cases(seed, every=False)
        if c.family in musts
    ]


def judge(parser: EnhancedParser, c: LexCase) -> tuple[str, str]:
    """right, missed (refused, or no update read), wrong_trade or wrong_action, and why."""
    sig = parser.parse_sync(c.text)
    tradable = sig is not None and sig.is_valid()
    if c.family in SIGNAL_FAMILIES:
        if sig is None or not tradable:
            if c.family == "lexicon_unknown":
                return RIGHT, ""  # (refused: right for a label nobody knows)
            return MISSED, "no signal" if sig is None else "; ".join(sig.problems())
        diffs = signal_differences(sig, {"signal": c.want, "flags": {}})
        return (WRONG, "; ".join(diffs)) if diffs else (RIGHT, "")
    if tradable:
        assert sig is not None
        return WRONG, f"read as a tradable {sig.side} {sig.symbol}"
    update = parser.parse_update_sync(c.text)
    if update is None:
        return MISSED, "no update read"
    if update.kind.value != c.want["kind"]:
        return WRONG_ACTION, f"read as {update.kind.value}, want {c.want['kind']}"
    for key in ("symbol", "tp_index", "to_entry", "fraction"):
        if key in c.want and getattr(update, key) != c.want[key]:
            return MISSED, f"{key} {getattr(update, key)!r} != {c.want[key]!r}"
    return RIGHT, ""
