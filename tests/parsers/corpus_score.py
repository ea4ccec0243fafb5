"""Scores the parser on the corpus of real channel messages (tests/fixtures/corpus).

Every message has a hand-checked expected reading (see tests/fixtures/corpus/CONVENTIONS.md). A message
is read *exactly* when the parser's answer matches that reading; the figure that matters most is
the count of *wrong trades*: a message read as a valid, tradable signal whose reading differs from
the expected one, or a message that is not a signal (a status post, chatter, or one a person could
not be sure about) read as a tradable signal. Used by tests/parsers/test_corpus.py and importable
by bench/bench_parser.py.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from parsers import EnhancedParser, ParsedSignal, SignalUpdate

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
SPLITS = ("dev", "heldout")
KINDS = ("signal", "update", "not_signal", "needs_review")
# Follow-ups that make the bot act on an open position (a TP/SL-hit report only informs).
ACTIONABLE_UPDATES = frozenset({"CLOSE", "CLOSE_PARTIAL", "CANCEL", "MOVE_SL"})

EXACT = "exact"
WRONG_TRADE = "wrong_trade"
WRONG_ACTION = "wrong_action"
MISS = "miss"


class Parser(Protocol):
    """What the scorer needs from a parser (EnhancedParser has both)."""

    def parse_sync(self, text: str) -> ParsedSignal | None: ...

    def parse_update_sync(self, text: str) -> SignalUpdate | None: ...


@dataclass(frozen=True)
class CorpusCase:
    """One real message with its expected reading."""

    id: str
    source: str
    split: str
    text: str
    expect: dict[str, Any]
    classes: tuple[str, ...]

    @property
    def kind(self) -> str:
        """signal, update, not_signal or needs_review."""
        return str(self.expect["kind"])


@dataclass(frozen=True)
class Outcome:
    """How the parser read one case: exact, wrong_trade, wrong_action or miss, and why."""

    case: CorpusCase
    verdict: str
    detail: str = ""


@dataclass
class Tally:
    """Exact reads and wrong trades over a group of cases."""

    total: int = 0
    exact: int = 0
    wrong_trades: int = 0
    wrong_actions: int = 0
    misses: int = 0

    def add(self, verdict: str) -> None:
        """Count one outcome."""
        self.total += 1
        self.exact += verdict == EXACT
        self.wrong_trades += verdict == WRONG_TRADE
        self.wrong_actions += verdict == WRONG_ACTION
        self.misses += verdict == MISS

    @property
    def accuracy(self) -> float:
        """Share of cases read exactly (0.0 for an empty group)."""
        return self.exact / self.total if self.total else 0.0


@dataclass
class Score:
    """The parser's reading of one split."""

    split: str
    overall: Tally = field(default_factory=Tally)
    by_kind: dict[str, Tally] = field(default_factory=dict)
    by_class: dict[str, Tally] = field(default_factory=dict)
    outcomes: list[Outcome] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        """Plain-JSON figures (for the bench and the printed report)."""
        signals = self.by_kind.get("signal", Tally())
        return {
            "split": self.split,
            "messages": self.overall.total,
            "exact": self.overall.exact,
            "accuracy": round(self.overall.accuracy, 4),
            "signal_accuracy": round(signals.accuracy, 4),
            "wrong_trades": self.overall.wrong_trades,
            "wrong_actions": self.overall.wrong_actions,
            "misses": self.overall.misses,
        }


def load_split(split: str, root: Path = CORPUS) -> list[CorpusCase]:
    """Every case of one split (dev or heldout), in file order."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; use one of {SPLITS}")
    cases: list[CorpusCase] = []
    for path in sorted((root / split).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        source = data["source"]["id"]
        for raw in data["cases"]:
            cases.append(
                CorpusCase(
                    id=raw["id"],
                    source=source,
                    split=split,
                    text=raw["text"],
                    expect=raw["expect"],
                    classes=tuple(raw.get("classes", ())),
                )
            )
    return cases


def load_sources(split: str, root: Path = CORPUS) -> list[dict[str, Any]]:
    """The source records (repository, path, commit, licence...) of one split."""
    return [
        json.loads(path.read_text(encoding="utf-8"))["source"]
        for path in sorted((root / split).glob("*.json"))
    ]


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def _same_list(actual: Iterable[float], expected: Iterable[float]) -> bool:
    got, want = list(actual), list(expected)
    return len(got) == len(want) and all(_same(a, b) for a, b in zip(got, want, strict=True))


def signal_differences(sig: ParsedSignal, expect: dict[str, Any]) -> list[str]:
    """Where a parsed signal differs from the expected reading (empty when it is exact).

    Entries are compared as a set of prices (their order carries no meaning), targets in order.
    A case flagged market_ok also accepts a market entry (the post gave only a reference price).
    A case flagged entry_order needs the entry's trigger read (see entry_trigger).
    """
    want = expect["signal"]
    market_ok = bool(expect.get("flags", {}).get("market_ok"))
    problems: list[str] = []
    if sig.symbol != want["symbol"]:
        problems.append(f"symbol {sig.symbol!r} != {want['symbol']!r}")
    if sig.side != want["side"]:
        problems.append(f"side {sig.side!r} != {want['side']!r}")
    entries_ok = _same_list(sorted(sig.entries), sorted(want["entries"]))
    if not entries_ok and not (market_ok and not sig.entries):
        problems.append(f"entries {sig.entries} != {want['entries']}")
    if not _same_list(sig.take_profits, want["take_profits"]):
        problems.append(f"targets {sig.take_profits} != {want['take_profits']}")
    if not _same(sig.stop_loss, want["stop_loss"]):
        problems.append(f"stop {sig.stop_loss} != {want['stop_loss']}")
    if sig.leverage != want["leverage"]:
        problems.append(f"leverage {sig.leverage} != {want['leverage']}")
    trigger = entry_trigger(expect)
    # Without its trigger, "Enter above 15.30" in a long is a buy that fills at once. ("Long
    # below 29", "Short above 37": the side a limit order rests on anyway; the labels flag
    # these only sometimes, so an unflagged one read with its condition is exact too.)
    resting = (sig.side, sig.entry_trigger) in (("LONG", "below"), ("SHORT", "above"))
    if sig.entry_trigger != trigger and not (trigger is None and resting):
        problems.append(f"entry trigger {sig.entry_trigger!r} != {trigger!r}")
    return problems


def entry_trigger(expect: dict[str, Any]) -> str | None:
    """The entry's condition the label gives: flag entry_order "above" (enter above the price)
    or "stop" (a stop entry: above the price in a long, below it in a short); None: a plain
    entry."""
    order = expect.get("flags", {}).get("entry_order")
    if order == "stop":
        return "above" if expect["signal"]["side"] == "LONG" else "below"
    return "above" if order == "above" else None


def _acts(update: SignalUpdate | None) -> bool:
    """Whether the bot acts on this reading: an actionable kind without a `problem` (an update
    that carries one is shown and not applied: bot/desk_followups.on_update, "Nothing was
    changed"; the replay refuses it too, engine/backtest/replay_trades.py)."""
    return update is not None and update.kind.value in ACTIONABLE_UPDATES and not update.problem


def _update_verdict(update: SignalUpdate | None, expect: dict[str, Any]) -> tuple[str, str]:
    want = expect.get("update") or {}
    kind = update.kind.value if update is not None else None
    if want.get("kind") is None:  # a status post: any reading is fine unless it acts
        if _acts(update):
            return WRONG_ACTION, f"read as {kind} on a status post"
        return EXACT, ""
    allowed = {want["kind"], *want.get("also_ok", ())}
    if update is None:
        return MISS, "no update read"
    if kind not in allowed:
        verdict = WRONG_ACTION if _acts(update) else MISS
        return verdict, f"read as {kind}, want {want['kind']}"
    for key in ("symbol", "tp_index", "fraction", "to_entry", "price"):
        if key in want and kind == want["kind"]:
            got = getattr(update, key)
            same = _same(got, want[key]) if key in ("fraction", "price") else got == want[key]
            if not same:
                # A field the bot acts on read otherwise (another coin, level or share, the entry
                # for a price) is a wrong action; one not read, or the target's number, a miss:
                # as the harness judges (mutations_followups.judge).
                wrong = _acts(update) and key != "tp_index" and got is not None
                return (WRONG_ACTION if wrong else MISS), f"{key} {got!r} != {want[key]!r}"
    return EXACT, ""


def judge(case: CorpusCase, parser: Parser) -> Outcome:
    """Read one case and classify the reading."""
    sig = parser.parse_sync(case.text)
    tradable = sig is not None and sig.is_valid()
    if case.kind == "signal":
        if sig is None or not tradable:
            reason = "no signal" if sig is None else f"refused: {'; '.join(sig.errors)}"
            return Outcome(case, MISS, reason)
        diffs = signal_differences(sig, case.expect)
        return Outcome(case, WRONG_TRADE, "; ".join(diffs)) if diffs else Outcome(case, EXACT)
    if tradable:
        assert sig is not None
        return Outcome(case, WRONG_TRADE, f"read as a tradable {sig.side} {sig.symbol}")
    update = parser.parse_update_sync(case.text)
    if case.kind == "update":
        verdict, detail = _update_verdict(update, case.expect)
        return Outcome(case, verdict, detail)
    if _acts(update):
        assert update is not None
        return Outcome(case, WRONG_ACTION, f"read as {update.kind.value}")
    return Outcome(case, EXACT)


def score_cases(split: str, cases: Iterable[CorpusCase], parser: Parser) -> Score:
    """Judge every case and tally by kind and by class."""
    score = Score(split=split)
    for case in cases:
        outcome = judge(case, parser)
        score.outcomes.append(outcome)
        score.overall.add(outcome.verdict)
        score.by_kind.setdefault(case.kind, Tally()).add(outcome.verdict)
        for name in case.classes:
            score.by_class.setdefault(name, Tally()).add(outcome.verdict)
    return score


def score_split(split: str, parser: Parser | None = None, root: Path = CORPUS) -> Score:
    """Score one split with the rule parser (no AI) unless another parser is given."""
    return score_cases(split, load_split(split, root), parser or EnhancedParser(enable_ai=False))


def format_score(score: Score, worst: int = 0) -> str:
    """A readable report: totals, per kind, per class, and optionally the first wrong trades."""
    s = score.summary()
    lines = [
        f"[{score.split}] {s['exact']}/{s['messages']} exact ({s['accuracy']:.1%}); "
        f"signals {s['signal_accuracy']:.1%}; wrong trades {s['wrong_trades']}; "
        f"wrong actions {s['wrong_actions']}; misses {s['misses']}"
    ]
    for title, groups in (("kind", score.by_kind), ("class", score.by_class)):
        for name, t in sorted(groups.items()):
            lines.append(
                f"  {title:5} {name:28} {t.exact:4}/{t.total:<4} {t.accuracy:6.1%}"
                f"  wrong trades {t.wrong_trades}  wrong actions {t.wrong_actions}"
            )
    shown = [o for o in score.outcomes if o.verdict in (WRONG_TRADE, WRONG_ACTION)][:worst]
    for o in shown:
        lines.append(f"  {o.verdict}: {o.case.id}: {o.detail}")
    return "\n".join(lines)
