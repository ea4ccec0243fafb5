"""The dev signals written the ways other channels write them (tests/parsers/variants.py): never a
wrong trade, and most read exactly. This is the measure of reading a channel never seen."""

from __future__ import annotations

import random
from functools import partial

import pytest

from parsers import EnhancedParser
from tests.parsers.corpus_score import CorpusCase, score_cases
from tests.parsers.variants import (
    EXACT,
    REFUSED,
    STATUS_FORMS,
    WRONG,
    WRONG_ACTION,
    Figures,
    Variant,
    followup_variants,
    judge,
    judge_status,
    measure,
    rebuild,
    status_figures,
    status_variants,
    variants,
)

FIGURES: dict[int, Figures] = {}


def _figures(seed: int) -> Figures:
    if seed not in FIGURES:
        FIGURES[seed] = measure(seed)
    return FIGURES[seed]


def _report(f: Figures) -> str:
    lines = [f"{dict(f.total)} exact {f.exact_rate:.1%}"]
    lines += [f"{v.case_id} {v.family}: {d}\n{v.text}\n" for v, d in f.wrong[:5]]
    return "\n".join(lines)


def test_variants_when_built_then_thousands_and_deterministic() -> None:
    first, again = variants(), variants()
    assert len(first) >= 3000
    assert [v.text for v in first] == [v.text for v in again]
    assert len({v.text for v in first}) > 0.9 * len(first)  # really different posts


# Measured when written (branch i13-rules3), after main's corpus batches 16-21: 5247 variants of
# the 477 dev signals. The parser of main before that branch: seed 13 89.5% exact, 159 wrong
# trades; seed 2 89.3%, 189. After it: 98.8% and 98.6%, no wrong trade.
# Session 6 (branch i13-corpus-d) added dev sources before any rule for them; after batch 24 (5566
# variants) seed 13 reads 97.0% exactly and seed 2 96.9%, each with 5 wrong trades: the five edits
# of one new dev post, square-xrp-edu-long-001, whose "1:2 Risk-to-Reward" is read as leverage 2;
# after batches 25-26 (5599 variants) 96.96% and 96.82%, the same 5 wrong trades; after batch 28
# (5687 variants) 96.33% and 96.10%, the same 5. After branch i13-rules6 (a product "0.0106 x 2 =
# 0.0212" is no leverage; a Chinese channel's side words 多/空 alone or after 附近; "short
# squeeze" is no side; a level said again explains itself): 98.38% and 98.14%, no wrong trade;
# merged with branch i13-rules5's checks: 98.28% and 98.07%, no wrong trade.
# Session 8 (branch i13-corpus-f): corpus batch 45's new dev signals redraw every variant (5896):
# seed 13 98.37%, none wrong; seed 2 98.25%, 1 wrong trade, on an old dev post (a rebuilt
# teletrader-CCC-002 whose leverage 3 is not read). After batch 46 (5929 variants): seed 13
# 98.26%, seed 2 98.30%, each with 5 wrong trades: the five edits of one new dev post,
# ksantor-binance-signals-003, whose "next stop $0.05🚀" (its target) is read as the stop; after
# batch 47 (5951 variants) 98.27% and 98.20%, the same 5; after batch 48 (6028) 98.16% in both
# seeds, the same 5.
# Branch i13-rules9 added forms an unseen channel writes to the tables (entry labels "Purchase
# zone", "Opening price", "Вхід", "Wejście"; target labels "Profit levels", "Exits", "Цілі",
# "Cele", "الاهداف"; stops "Cut loss", "ستوب"; numberings "TP-1", "T-1", "Target-1 ="; leverage
# "10 to 20x", "5~10x", "杠杆10x"): main's parser read the 5852 variants 80.9% exactly with 4 wrong
# trades (seed 2: 80.5%, 8); after the branch 98.46% and 98.46%, none. With batches 44-48 merged
# (6028 variants) and the branch's rules for their classes ("next stop $0.05" is a target, a
# misspelt "PLUM"): 98.16% and 98.19%, none wrong.
# Branch i13-corpus-f's batches 49-56 (6380 variants), with the parser before i13-rules9: 96.93%
# and 96.79%, 5 wrong trades each (a 6th in seed 2 with the compiled modules: a mypyc loop-bound
# difference, fixed in parsers/lines.py, tests/parsers/test_native_variants.py). Merged with
# i13-rules9's parser (branch i13-merge9, compiled and pure Python alike): 96.87% (6180 of
# 6380) in both seeds, none wrong (new refusals: the Chinese calls written "Eth ：").
# Session 9, branch i13-signals10 (a call's first line "ETH ；3580-3610附近" is its coin and entry
# zone, "Eth ：" and "btc ：" name the coin before the separator, "现价轻仓进-3625" enters at the
# market near 3625, a one-letter coin "C 多"): 97.62% (6228 of 6380) and 97.60% (6227), none
# wrong, so the target below is met. After the branch's other rules (sums worked out from the
# levels, other traders' sides, an analysis's advice, a stop's note, a disclaimer line ...):
# 98.40% (6278) in both seeds, none wrong.
# Session 11: gatherer J's 28 new dev signals (Binance Square prose, tables, Russian posts) join
# the posts the variants are built from; 16 dev posts are still missed, mostly J's, and their
# variants are refused: 98.30% (7418 of 7546) and 98.28% (7416), none wrong. On the same
# corpus, main's parser before i13-rules12 refused 147 variants of seed 13, the branch 128.
# The bound below is that measurement. Session 14: gatherer M's batches 108-112 (new dev
# sources, their variants drawn with the rest) with main's parser: 98.0% and 97.9%, 1 wrong
# trade (a one-line rebuild, "R:R 1:3, OCEAN/USDT Perp, Side: Long 🟢 20x", its leverage taken
# for a reward multiple); with branch i13-mfix15: 98.20% (8177 of 8327) and 98.09% (8168), none
# wrong: the bounds re-set to that measurement. Session 15: gatherer M's batches 113-116 (656
# dev messages in all from M; 8800 variants a seed) with main's parser (db14372): 97.58% and
# 97.50%, none wrong: the new posts' variants are refused (calls in satoshis and rupiah, Turkish
# emoji-marked shorts, an EPS stop on a daily close ...); with branch i13-mfix16: 97.88% (8614 of
# 8800) and 97.82% (8609), none wrong: the bounds re-set to that measurement (lowered by the
# new messages, not by a rule).
# Session 20: seed 13 fell to 0.9778 (11,961 of 12,232) after the session's doubt rules (entry
# conditions, corrections, several entry kinds: refusals, none wrong); the floor follows it.
# Session 21: `make test` reads seed 13 (about 15 s compiled on a quiet machine), `make soak`
# seed 2 too; the bound is the target's too (none wrong, over 97 % exact), so one test holds both.
# Session 21 (branch i13-unl22): seed 13 at 0.9752 (12,101 of 12,408 exact, 307 refused, none
# wrong) once batch unl22's dev signals joined the draw (the variants are redrawn from every dev
# signal): lowered by the new messages; for the lead to confirm.
# Branch i13-chk22 (batch chk22, 11 new dev posts, 12,287 variants a seed): main's parser (ab67883)
# reads seed 13 97.67% (12,001) with 10 wrong trades, seed 2 97.56% (11,987) with 10 (the five
# edits of each of two new posts: "(currently $2.3825 to get in)" read as an entry, "Leverage
# (e.g., x50)" as the leverage); the branch 97.75% (12,011) and 97.64% (11,997), none wrong, the
# same 276 and 290 refusals: the bounds re-set to that measurement (lowered by the new posts'
# refused variants, not by a rule). Every session-21 branch merged (both batches): seed 13
# 97.43% (12,110 of 12,430), none wrong; seed 2 is soak's (its floor from i13-chk22).
# Session 22 (branch i13-sig23, batch sig23's 2 dev posts): seed 13 draws 12,452 variants, 12,126
# exact (97.38%), 326 refused, none wrong, with the branch's parser and with main's (1e740d5)
# alike on the same draw: the new posts redraw the variants of the others (their own 22 all
# exact); lowered by the new draw, not by a rule.
@pytest.mark.parametrize(
    ("seed", "floor", "most_wrong"),
    [(13, 0.9738, 0), pytest.param(2, 0.9764, 0, marks=pytest.mark.soak)],
)
def test_variants_when_parsed_then_no_worse_than_measured_in_session_9(
    seed: int, floor: float, most_wrong: int
) -> None:
    f = _figures(seed)
    assert f.total[WRONG] <= most_wrong, _report(f)
    assert f.exact_rate >= max(floor, 0.97), _report(f)


def test_variants_judge_when_reading_differs_then_wrong_trade_is_counted() -> None:
    # The harness can fail: a post with other numbers than the expected reading is a wrong trade.
    parser = EnhancedParser(enable_ai=False)
    want = {
        "symbol": "XRPUSDT",
        "side": "LONG",
        "entries": [0.51],
        "take_profits": [0.56],
        "stop_loss": 0.45,
        "leverage": None,
    }
    expect = {"signal": want, "flags": {}}
    good = Variant("x", "rebuilt", "#XRP LONG\nEntry 0.51\nTP 0.56\nSL 0.45", expect)
    other = Variant("x", "rebuilt", "#XRP LONG\nEntry 0.52\nTP 0.56\nSL 0.45", expect)
    empty = Variant("x", "rebuilt", "Good morning", expect)
    assert judge(parser, good)[0] == EXACT
    assert judge(parser, other)[0] == WRONG
    assert judge(parser, empty)[0] == REFUSED


def test_rebuild_when_reading_given_then_every_level_written_in_the_post() -> None:
    rng = random.Random(5)
    want = {
        "symbol": "SOLUSDT",
        "side": "SHORT",
        "entries": [150.5, 152.25],
        "take_profits": [140.0, 135.5],
        "stop_loss": 160.0,
        "leverage": 10,
    }
    for _ in range(50):
        text = rebuild(rng, want).translate(
            str.maketrans("٠١٢٣٤٥٦٧٨٩０１２３４５６７８９۰۱۲۳۴۵۶۷۸۹", "0123456789" * 3)
        )
        for level in ("150.5", "152.25", "140", "135.5", "160"):
            assert level in text.replace(",", ""), text


# Measured when written, over 1008 edited dev follow-ups, status posts and posts to refuse: the
# parser of main before branch i13-rules3 91.8% read as before, 12 wrong trades, 8 wrong actions;
# after it 98.4%, none (the misses: an update whose coin is only in a one-line "Close algo"
# instruction, which a chatter line makes two lines, and the dev follow-ups not read at all).
# Session 6 (branch i13-corpus-d) added dev sources before any rule for them; over the 1160
# follow-ups they give, main's parser reads 93.0% as before, 8 wrong trades (the four edits of two
# new dev posts to refuse: a misspelt coin "SUSHSI" and FLOKI written with 1000FLOKI's levels), no
# wrong action (after batch 24, 1172 follow-ups: 93.1%, the same 8). After batch 25, 1212
# follow-ups: 92.7%, 12 wrong trades (four more: the edits of an exchange-news post to refuse,
# read as a LONG on "ALPHA tokens") and 4 wrong actions (the edits of a leverage essay, read as a
# stop move); after batch 26, 1292 follow-ups: 93.1%, the same 12 and 4; after batch 28, 1380:
# 92.1%, the same 12 and 4. After branch i13-rules6 (the four rules for those posts, and a Chinese
# channel's replies: 减仓, 提损, 走了, top1 ...): 98.3%, no wrong trade, no wrong action (98.0%
# merged with branch i13-rules5, which drops a stop move for no coin to no level). Session 7
# (corpus batches 29-30 merged, which redraws every edit): 97.9%, the misses short replies with
# a chatter line around them ("Good luck!\ntop2", "Close algo\n\n#crypto"); after branch
# i13-rules8 reads a reply's lines of up to three: 98.7%, none wrong. Session 8 (branch
# i13-corpus-f, corpus batch 45 merged, 1564 follow-ups): 98.6%, no wrong trade, 4 wrong actions
# (the four edits of a new dev liquidation news post, "forced to close their positions", read as
# a CLOSE); after batch 46 (1648 follow-ups) 98.7%, the same 4; after batch 47 (1664) the same;
# after batch 48 (1756) 97.2%, 4 wrong trades (the four edits of a new dev Chinese call for a
# misspelt coin, "PLUM 多", read as PLUMUSDT) and the same 4 wrong actions. After branch
# i13-rules9 (a coin one letter short of a known one, others' positions closed are a report):
# 97.6%, none wrong. Branch i13-corpus-f's batches 49-56 (1932 follow-ups), with the parser
# before i13-rules9: 94.7%, the 4 wrong trades and 4 wrong actions of batch 48 (more Chinese
# replies missed). Merged with i13-rules9's parser (branch i13-merge9, compiled and pure Python
# alike): 95.1%, none wrong. Session 9, branch i13-updates10 (Chinese cancels, stop moves,
# closes and reports, traditional forms folded; line-opening emoji, hashtag lines first): 99.5%
# (1923 of 1932), none wrong (compiled and pure Python alike); the misses: two Chinese replies
# no rule reads with certainty (4 edits each), and "Stop DOGEUSDT" under a chatter line.
# Session 13: gatherer L's batches 101-107 (4396 follow-ups) with main's parser: 96.6%, 40 wrong
# actions; with branch i13-rules14 (a close or cancel that instructs nobody, "1/2 closed", "#MDT
# hit 208✅", "hit it's stoploss", dated contracts, a tag's pair on the action's line): 98.4%
# (4325), none wrong. Session 14: gatherer M's batches 108-112 (5556 follow-ups) with main's
# parser: 97.46%, 20 wrong actions; with branch i13-mfix15 (a service closed, "void" the noun,
# ticked targets under "Sell :"): 98.13% (5452), none wrong. Session 15: M's batches 113-116
# (6640 follow-ups) with main's parser: 98.07%, 16 wrong trades and 9 wrong actions (edits of the
# new wrong posts, and "... Poll closed." read as a CLOSE); with branch i13-mfix16: 98.81%
# (6561), none wrong. The bound below stays; the tests after it are the targets.
# (Session 21: one test reads them once; the targets, none wrong and over 97 % exact, are in
# the bound; three tests read the 6,600 follow-ups three times, a tenth of the parser tests.)
# (Session 24, branch i13-gath25: batch gath25's 147 follow-ups, chatter and refusals in dev redraw
# the edits, 8820 in all: 98.08%, none wrong (one wrong action on the way, a chatter line over
# "BROCCOLI & LDO hit TP1. Hold = set sl+", read by two_trades.joined_head); its eight misses' edits are
# most of the drop from 98.13%: the bound set to the branch's figure, for the lead to reset.
# Every session-24 branch merged: 8650/8820 (98.07%), none wrong: one edit fewer than the
# branch alone, not yet traced to a branch. Session 25, every branch merged, batches gath26 and
# gath26e's follow-ups in dev, 9900 edits: 9725 (98.23%), none wrong. Session 26, every branch
# merged, batches gath27, gath27w and gath28's follow-ups and chatter in dev, 12768 edits:
# 12576 (98.50%), none wrong. Session 27, every branch merged, batches gath29 and gath29w's
# follow-ups and chatter in dev, 18108 edits: 17877 (98.72%), none wrong. Session 28, every
# branch merged, batches gath30 and gath30w's follow-ups and chatter in dev, 21652 edits: 21396
# (98.82%), none wrong. Session 29, branch i13-gath31: batch gath31's follow-ups and chatter in
# dev, 22912 edits: 22620 (98.73%), none wrong (the edits of its eight follow-up misses, seven
# target reports left to the target-report rules): the bound set to the branch's figure, for the
# lead to reset. Every session-29 branch merged: the same, 22620 (98.73%), none wrong. Session
# 30, every branch merged, batch gath32's follow-ups and chatter in dev, 24272 edits: 24004
# (98.90%), none wrong.)
def test_followup_variants_when_parsed_then_no_worse_than_measured_in_session_9() -> None:
    score = score_cases("dev-followups", followup_variants(), EnhancedParser(enable_ai=False))
    summary = score.summary()
    assert summary["wrong_trades"] == 0 and summary["wrong_actions"] == 0, summary
    assert summary["accuracy"] >= 0.989, summary


# Measured when written (branch i13-rules4), 372 status posts (62 forms x 6, seeds 13 and 2): main's
# parser 88.7% exact, 13 wrong actions ("Entry target 2 ✅" read as a target hit, Arabic "الهدف 3 ✅"
# as target 1, "Stop out" as a close of a coin "OUT"), 29 unread (Turkish "Kâr al 3 ✅", "Stopu
# girişe taşıyın", "Zarar durdur çalıştı", "Stoploss ❌"); after it 100%, none. Branch
# i13-updates10 added 10 Chinese reply forms (432 posts): 100%, none wrong (a coin before "小损"
# or "止盈到了" was unread until its rules allowed one).
@pytest.mark.parametrize("seed", [13, 2])
def test_status_variants_when_parsed_then_right_action_never_a_trade(seed: int) -> None:
    counts, misses = status_figures(seed)
    shown = "\n".join(f"{v} {d}: {c.text!r}" for c, v, d in misses[:10])
    assert counts[WRONG] == 0 and counts[WRONG_ACTION] == 0, shown
    assert counts[EXACT] >= 0.98 * sum(counts.values()), shown


def test_status_variants_when_built_then_every_form_and_kind_present() -> None:
    cases = status_variants()
    assert len(cases) == 6 * len(STATUS_FORMS)
    kinds = {c.expect["update"]["kind"] for c in cases}
    assert kinds == {"TP_HIT", "SL_HIT", "CANCEL", "CLOSE", "CLOSE_PARTIAL", "MOVE_SL", None}


def test_judge_status_when_kind_differs_then_wrong_action_is_counted() -> None:
    parser = EnhancedParser(enable_ai=False)
    tp_hit = {"kind": "update", "update": {"kind": "TP_HIT", "tp_index": 2}}
    filled = {"kind": "update", "update": {"kind": None}}
    case = partial(CorpusCase, "x", "synthetic", "dev", classes=())
    assert judge_status(parser, case("Target 2 ✅", expect=tp_hit))[0] == EXACT
    assert judge_status(parser, case("Close now", expect=tp_hit))[0] == WRONG_ACTION
    assert judge_status(parser, case("Target 3 ✅", expect=tp_hit))[0] == WRONG_ACTION
    assert judge_status(parser, case("Good morning", expect=tp_hit))[0] == REFUSED
    assert judge_status(parser, case("SL hit", expect=filled))[0] == WRONG_ACTION
    signal = "#XRP LONG\nEntry 0.51\nTP 0.56\nSL 0.45"
    assert judge_status(parser, case(signal, expect=tp_hit))[0] == WRONG
