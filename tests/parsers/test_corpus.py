"""The real-message corpus is well formed, and the parser's scores on it are reported.

The scores are printed, not asserted here (run with -s to see them); the accuracy and wrong-trade
thresholds of issue 13 are asserted by the parser work that follows.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from parsers import ParsedSignal, SignalUpdate, UpdateKind
from tests.parsers.corpus_score import (
    CORPUS,
    EXACT,
    KINDS,
    MISS,
    SPLITS,
    WRONG_ACTION,
    WRONG_TRADE,
    CorpusCase,
    format_score,
    load_sources,
    load_split,
    score_cases,
    score_split,
)

CASES = {split: load_split(split) for split in SPLITS}
SOURCES = {split: load_sources(split) for split in SPLITS}


def test_corpus_when_loaded_then_has_enough_real_messages_in_both_splits() -> None:
    total = sum(len(cases) for cases in CASES.values())
    assert total >= 300, total
    assert all(CASES[split] for split in SPLITS)
    ids = [c.id for cases in CASES.values() for c in cases]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    texts = Counter(c.text.strip() for cases in CASES.values() for c in cases)
    assert max(texts.values()) == 1, "a message appears twice"


def test_corpus_when_split_then_a_quarter_of_sources_is_held_out_and_none_is_shared() -> None:
    dev = {s["id"] for s in SOURCES["dev"]}
    held = {s["id"] for s in SOURCES["heldout"]}
    assert not dev & held
    assert len(dev | held) >= 15
    assert len(held) * 4 >= len(dev | held), (len(held), len(dev | held))


def _check_where(source: dict[str, Any]) -> None:
    """A repository file at a fixed commit, an issue thread, or a stored web page with its title."""
    kind = source.get("kind", "repository_file")
    if kind == "repository_file":
        assert source["repo"] and source["path"], source
        assert len(source["commit"]) == 40, source
        assert source["url"].startswith(f"https://github.com/{source['repo']}/"), source
    elif kind == "issue_thread":
        assert source["repo"] and source["title"], source
        assert source["url"].startswith(f"https://github.com/{source['repo']}/issues/"), source
    else:
        assert kind == "web_page", source
        assert source["url"].startswith("https://") and source["title"], source


def test_corpus_when_loaded_then_every_source_can_be_checked() -> None:
    for split in SPLITS:
        for source in SOURCES[split]:
            _check_where(source)
            assert source["provenance"] in (
                "channel_posts",
                "project_examples",
                "documented_format",
            ), source
        assert {c.source for c in CASES[split]} == {s["id"] for s in SOURCES[split]}


def _check_expectation(case: CorpusCase) -> None:
    exp = case.expect
    assert case.kind in KINDS, case.id
    if case.kind == "signal":
        sig = exp["signal"]
        assert set(sig) == {"symbol", "side", "entries", "take_profits", "stop_loss", "leverage"}
        assert sig["side"] in ("LONG", "SHORT") and sig["symbol"].isupper(), case.id
        assert sig["take_profits"] or sig["entries"], case.id
    elif case.kind == "update":
        kind = exp["update"]["kind"]
        assert kind is None or kind in UpdateKind.__members__, case.id
        # The scorer reads `also_ok` inside `update` only: one written beside it is ignored.
        assert "also_ok" not in exp, f"{case.id}: also_ok belongs inside update"
    elif case.kind == "needs_review":
        assert exp["reason"], f"{case.id}: say why a person cannot be sure"


@pytest.mark.parametrize("split", SPLITS)
def test_corpus_when_loaded_then_every_expectation_is_complete(split: str) -> None:
    for case in CASES[split]:
        _check_expectation(case)
    kinds = Counter(c.kind for c in CASES[split])
    assert kinds["signal"] and kinds["update"], kinds


def test_sources_md_when_read_then_its_counts_are_the_corpus() -> None:
    """SOURCES.md's headline and split counts are the corpus's own (a gatherer who adds or drops
    messages updates them); the held-out counts are totals, which anyone may read."""
    text = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    n_sources = {split: len(SOURCES[split]) for split in SPLITS}
    n_cases = {split: len(CASES[split]) for split in SPLITS}
    total_cases, total_sources = sum(n_cases.values()), sum(n_sources.values())
    assert f"{total_cases} real messages from {total_sources} public sources" in text
    split_line = (
        f"Held out: {n_sources['heldout']} of {total_sources} sources, {n_cases['heldout']} of "
        f"{total_cases} messages; dev: {n_sources['dev']} sources, {n_cases['dev']} messages."
    )
    assert split_line in text, split_line


class _Scripted:
    """A parser that answers from a table: lets the scorer's rules be checked one by one."""

    def __init__(self, signals: dict[str, ParsedSignal], updates: dict[str, SignalUpdate]):
        self.signals = signals
        self.updates = updates

    def parse_sync(self, text: str) -> ParsedSignal | None:
        return self.signals.get(text)

    def parse_update_sync(self, text: str) -> SignalUpdate | None:
        return self.updates.get(text)


def _case(kind: str, text: str, **expect: Any) -> CorpusCase:
    return CorpusCase(text, "src", "dev", text, {"kind": kind, **expect}, (kind,))


def test_score_when_a_signal_is_misread_then_it_counts_as_a_wrong_trade_not_a_miss() -> None:
    want = {
        "symbol": "ETHUSDT",
        "side": "LONG",
        "entries": [2475, 2425],
        "take_profits": [2526, 2571],
        "stop_loss": 2290,
        "leverage": 8,
    }
    exact = ParsedSignal("ETHUSDT", "LONG", [2425, 2475], [2526, 2571], 2290, 8)
    misread = ParsedSignal("ETHUSDT", "LONG", [], [2526, 2571], 2290, 8)
    refused = ParsedSignal("ETHUSDT", "LONG", [2475], [2526], 2290, 8, errors=["bad"])
    cases = [_case("signal", t, signal=want) for t in ("a", "b", "c", "d")]
    parser = _Scripted({"a": exact, "b": misread, "c": refused}, {})
    verdicts = [o.verdict for o in score_cases("dev", cases, parser).outcomes]
    assert verdicts == [EXACT, WRONG_TRADE, MISS, MISS]


def test_score_when_a_status_post_is_read_as_a_trade_or_an_action_then_it_is_counted() -> None:
    tp_hit = {"kind": "TP_HIT", "symbol": "BTCUSDT"}
    cases = [
        _case("update", "tp", update=tp_hit),
        _case("update", "tp-as-close", update=tp_hit),
        _case("needs_review", "unsure", reason="two stops"),
        _case("not_signal", "promo"),
        _case("update", "status", update={"kind": None}),
    ]
    parser = _Scripted(
        {"unsure": ParsedSignal("BTCUSDT", "SHORT", [1.0], [0.9], 1.1)},
        {
            "tp": SignalUpdate(UpdateKind.TP_HIT, "BTCUSDT"),
            "tp-as-close": SignalUpdate(UpdateKind.CLOSE, "BTCUSDT"),
            "status": SignalUpdate(UpdateKind.TP_HIT, "BTCUSDT"),
        },
    )
    score = score_cases("dev", cases, parser)
    assert [o.verdict for o in score.outcomes] == [EXACT, WRONG_ACTION, WRONG_TRADE, EXACT, EXACT]
    assert score.overall.wrong_trades == 1 and score.overall.wrong_actions == 1


def test_corpus_scores_when_the_rule_parser_reads_it_then_they_are_reported() -> None:
    for split in SPLITS:
        score = score_split(split)
        print("\n" + format_score(score, worst=20))
        tally = score.overall
        assert tally.total == len(CASES[split])
        assert tally.exact + tally.wrong_trades + tally.wrong_actions + tally.misses == tally.total


def test_bench_corpus_scores_when_split_by_kind_then_the_kinds_add_up_to_the_split() -> None:
    from bench.bench_parser import corpus_scores

    scores = corpus_scores()
    for split in SPLITS:
        kinds = scores[split]["by_kind"]
        assert set(kinds) == {case.kind for case in CASES[split]}
        assert sum(k["messages"] for k in kinds.values()) == scores[split]["messages"]
        assert sum(k["exact"] for k in kinds.values()) == scores[split]["exact"]
