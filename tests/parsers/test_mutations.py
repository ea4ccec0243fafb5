"""The dev signals mutated to be misread (tests/parsers/mutations.py): never a wrong trade.

Each mutation's expected outcome comes from the dev signal's hand-checked reading: the exact
reading, or a refusal (a number no label claims, two signals, a status post or recap quoting the
signal). A tradable reading with other numbers, or any tradable reading of a post to refuse, is a
wrong trade.
"""

from __future__ import annotations

import os

import pytest

from parsers import EnhancedParser
from tests.parsers import (
    mutations_frame26,
    mutations_lvl21,
    mutations_ru25,
    mutations_sig24,
    mutations_sig25,
    mutations_unl22,
    mutations_wt20,
    mutations_wt21,
    mutations_wt22,
    mutations_wt23,
    mutations_wt24,
)
from tests.parsers.mutations import (
    BUILT,
    BUILT_UNSEEN,
    EDITED,
    EXACT,
    MISSED,
    REFUSE,
    RIGHT,
    SAFE,
    WRONG,
    Figures,
    Mutation,
    judge,
    measure,
    mutations,
)
from tests.parsers.mutations_cards33 import MAKERS as CARDS33_MAKERS
from tests.parsers.mutations_cards34 import MAKERS as CARDS34_MAKERS
from tests.parsers.mutations_chatter19 import FOLLOW_EN, NOT_EN
from tests.parsers.mutations_close20 import CHATTER, REAL
from tests.parsers.mutations_en21 import FOLLOW_E, NOT_E
from tests.parsers.mutations_en22 import BULLETS_T, FOLLOW_T
from tests.parsers.mutations_followups import FOLLOW, FOLLOW_RU, NOT, NOT_RU
from tests.parsers.mutations_forms30 import MAKERS as FORMS30_MAKERS
from tests.parsers.mutations_fu24 import ACTION_FU24, NOT_FU24
from tests.parsers.mutations_gath25 import CARD, FOLLOW_G25, NOT_G25
from tests.parsers.mutations_gath26 import FOLLOW_G26, NOT_G26, WORD_G26
from tests.parsers.mutations_gath26e import DATED_G26E, FOLLOW_G26E, NOT_G26E
from tests.parsers.mutations_gath27 import FOLLOW_G27, NOT_G27, WORD_G27
from tests.parsers.mutations_gath27w import FOLLOW_G27W, NOT_G27W
from tests.parsers.mutations_gath28 import FOLLOW_G28, NOT_G28
from tests.parsers.mutations_gath29 import FOLLOW_G29, NOT_G29
from tests.parsers.mutations_gath29w import FOLLOW_G29W, NOT_G29W
from tests.parsers.mutations_gath30 import FOLLOW_G30, NOT_G30
from tests.parsers.mutations_gath30w import CARD_G30W, NOT_G30W, RESULT_G30W, ZH_G30W, ZH_NOT_G30W
from tests.parsers.mutations_gath31 import FOLLOW_G31, NOT_G31
from tests.parsers.mutations_gath32 import FOLLOW_G32, NOT_G32
from tests.parsers.mutations_gath33 import FOLLOW_G33, NOT_G33
from tests.parsers.mutations_gath34 import FOLLOW_G34, NOT_G34
from tests.parsers.mutations_hits20 import FOLLOW_H, NOT_H
from tests.parsers.mutations_labels31 import MAKERS as LABELS31_MAKERS
from tests.parsers.mutations_left26 import (
    ACTION_LEFT26,
    CARD_LEFT26,
    NOT_LEFT26,
    REFUSED_ACTION,
    TWO_LEFT26,
)
from tests.parsers.mutations_notes import NO_ACTION
from tests.parsers.mutations_prose34 import MAKERS as PROSE34_MAKERS
from tests.parsers.mutations_ru31 import FOLLOWUP as FOLLOW_RU31
from tests.parsers.mutations_ru31 import FOLLOWUP_NOT as NOT_RU31
from tests.parsers.mutations_ru32 import FOLLOWUP as FOLLOW_RU32
from tests.parsers.mutations_ru32 import FOLLOWUP_NOT as NOT_RU32
from tests.parsers.mutations_ru33 import FOLLOWUP as FOLLOW_RU33
from tests.parsers.mutations_ru33 import FOLLOWUP_NOT as NOT_RU33
from tests.parsers.mutations_ru34 import FOLLOWUP as FOLLOW_RU34
from tests.parsers.mutations_ru34 import FOLLOWUP_NOT as NOT_RU34
from tests.parsers.mutations_status31 import CARD_S31, FOLLOW_S31, NOT_S31
from tests.parsers.mutations_status32 import CARD_S32, FOLLOW_S32, NOT_S32
from tests.parsers.mutations_status33 import CARD_S33, FOLLOW_S33, NOT_S33
from tests.parsers.mutations_status34 import FOLLOW_S34, NOT_S34
from tests.parsers.mutations_targets30 import MAKERS as TARGETS30_MAKERS
from tests.parsers.mutations_upd24 import FOLLOW_UPD24, NOT_UPD24
from tests.parsers.mutations_upd25 import FOLLOW_UPD25, NOT_UPD25
from tests.parsers.mutations_values32 import MAKERS as VALUES32_MAKERS
from tests.parsers.mutations_wa21 import NOT_WA, SHARE_WA
from tests.parsers.mutations_wa22 import COINLESS_WA22, NOT_WA22
from tests.parsers.mutations_wa23 import ACTION_WA23, NOT_WA23
from tests.parsers.mutations_wa24 import ACTION_WA24, NOT_WA24
from tests.parsers.mutations_world_followups import FOLLOW_WORLD, NOT_WORLD
from tests.parsers.mutations_wrong25 import ACTION_WRONG25, CARD_WRONG25, NOT_WRONG25
from tests.parsers.mutations_wrong28 import MAKERS as WRONG28_MAKERS
from tests.parsers.mutations_wt32 import MAKERS as WT32_MAKERS
from tests.parsers.mutations_wt33 import MAKERS as WT33_MAKERS
from tests.parsers.mutations_wt33 import NOT_W33, TWO_W33
from tests.parsers.mutations_wt34 import MAKERS as WT34_MAKERS
from tests.parsers.mutations_wt34 import NOT_W34

FIGURES: dict[int, Figures] = {}


def _figures(seed: int) -> Figures:
    # `make test` reads every third mutation of its seed (session 21: the whole seed took a
    # twelfth of the suite's time); `make soak` and the lead's sweep of seeds 1-60 read them all.
    if seed not in FIGURES:
        FIGURES[seed] = measure(seed, stride=1 if os.environ.get("SIGCOPY_SOAK") else 3)
    return FIGURES[seed]


def _report(f: Figures) -> str:
    lines = [f"{dict(f.total)}"] + [f"  {k}: {dict(c)}" for k, c in sorted(f.by_family.items())]
    lines += [f"{m.case_id} {m.family} ({m.must}): {d}\n{m.text}\n" for m, d in f.wrong[:5]]
    return "\n".join(lines)


@pytest.mark.timeout(1200)  # as below: a loaded machine, not a speed goal
def test_mutations_when_built_then_every_family_thousands_and_deterministic() -> None:
    first, again = mutations(), mutations()
    assert len(first) >= 4000
    assert [m.text for m in first] == [m.text for m in again]
    families = {m.family for m in first}
    made = {*BUILT, *BUILT_UNSEEN, *EDITED, "two_signals", "two_real_posts", "prose_target"}
    made |= {"prose_level", "status_heading", "lexicon_signal", "lexicon_unknown"}
    made |= {FOLLOW, NOT, FOLLOW_RU, NOT_RU, "prose_notes", "story_action"}
    made |= {FOLLOW_WORLD, NOT_WORLD}
    made |= {"number_notes", "number_forms", "number_doubt"}  # tests/parsers/mutations_numbers
    made |= {"followup_numbers", "followup_numbers_not"}
    made |= {
        "doc_layout",
        "zoo_language",
        "lev_label",
    }  # tests/parsers/mutations_layouts, _languages
    made |= {"unseen_numbers", "unseen_layout", "unseen_label", "unseen_oneline"}  # _channels
    made |= {FOLLOW_EN, NOT_EN}  # tests/parsers/mutations_chatter19
    made |= {"btc_quote_named", "btc_quote_unnamed"}  # tests/parsers/mutations_btc_quote
    made |= {"level_notes", "line_notes", "level_note_doubt"}  # tests/parsers/mutations_level_notes
    made |= {"ru_ar_signal", "ru_ar_followup", "ru_ar_followup_not"}  # mutations_ru19
    made |= {CHATTER, REAL}  # tests/parsers/mutations_close20
    made |= {"spaced_thousands", "spaced_list", "word_ticker", "word_tag"}  # mutations_spaced_words
    made |= {"ru20_followup", "ru20_followup_not"}  # mutations_ru20
    made |= {"pct_targets", "pct_target_doubt", "pct_entry"}  # mutations_percent_targets
    made |= {"aside_lines", "chart_notes", "aside_doubt"}  # tests/parsers/mutations_aside
    made |= {FOLLOW_H, NOT_H}  # tests/parsers/mutations_hits20
    made |= set(mutations_wt20.MAKERS)  # tests/parsers/mutations_wt20
    made |= {"ru21_followup", "ru21_followup_not"}  # tests/parsers/mutations_ru21
    made |= set(mutations_wt21.MAKERS)  # tests/parsers/mutations_wt21
    made |= {NOT_WA, SHARE_WA}  # tests/parsers/mutations_wa21
    made |= {FOLLOW_E, NOT_E}  # tests/parsers/mutations_en21
    made |= set(mutations_lvl21.MAKERS)  # tests/parsers/mutations_lvl21
    made |= set(mutations_unl22.MAKERS)  # tests/parsers/mutations_unl22
    made |= {FOLLOW_T, BULLETS_T}  # tests/parsers/mutations_en22
    made |= {"ru22_followup", "ru22_followup_not"}  # tests/parsers/mutations_ru22
    made |= {NOT_WA22, COINLESS_WA22}  # tests/parsers/mutations_wa22
    made |= set(mutations_wt22.MAKERS)  # tests/parsers/mutations_wt22
    made |= {"prose_side", "far_end_line", "side_doubt"}  # tests/parsers/mutations_chk22
    made |= {NOT_WA23, ACTION_WA23}  # tests/parsers/mutations_wa23
    made |= set(mutations_wt23.MAKERS)  # tests/parsers/mutations_wt23
    made |= set(mutations_wt24.MAKERS)  # tests/parsers/mutations_wt24
    made |= {"ru23_followup", "ru23_followup_not"}  # tests/parsers/mutations_ru23
    made |= set(mutations_sig24.MAKERS)  # tests/parsers/mutations_sig24
    made |= {FOLLOW_UPD24, NOT_UPD24}  # tests/parsers/mutations_upd24
    made |= {NOT_WA24, ACTION_WA24}  # tests/parsers/mutations_wa24
    made |= {NOT_FU24, ACTION_FU24}  # tests/parsers/mutations_fu24
    made |= {NOT_WRONG25, CARD_WRONG25, ACTION_WRONG25}  # tests/parsers/mutations_wrong25
    made |= {FOLLOW_UPD25, NOT_UPD25}  # tests/parsers/mutations_upd25
    made |= set(mutations_sig25.MAKERS)  # tests/parsers/mutations_sig25
    made |= {*mutations_ru25.MAKERS, mutations_ru25.FOLLOWUP, mutations_ru25.FOLLOWUP_NOT}
    made |= {CARD, FOLLOW_G25, NOT_G25}  # tests/parsers/mutations_gath25
    made |= {CARD_LEFT26, NOT_LEFT26, TWO_LEFT26, ACTION_LEFT26}  # mutations_left26
    made |= {FOLLOW_G26E, NOT_G26E, DATED_G26E}  # tests/parsers/mutations_gath26e
    made |= {FOLLOW_G26, WORD_G26, NOT_G26}  # tests/parsers/mutations_gath26
    made |= set(mutations_frame26.MAKERS)  # tests/parsers/mutations_frame26
    made |= {FOLLOW_G27, WORD_G27, NOT_G27}  # tests/parsers/mutations_gath27
    made |= {FOLLOW_G27W, NOT_G27W}  # tests/parsers/mutations_gath27w
    made |= {FOLLOW_G28, NOT_G28}  # tests/parsers/mutations_gath28
    made |= set(WRONG28_MAKERS)  # tests/parsers/mutations_wrong28
    made |= {FOLLOW_G29, NOT_G29}  # tests/parsers/mutations_gath29
    made |= {FOLLOW_G29W, NOT_G29W}  # tests/parsers/mutations_gath29w
    made |= set(TARGETS30_MAKERS)  # tests/parsers/mutations_targets30
    made |= {FOLLOW_G30, NOT_G30}  # tests/parsers/mutations_gath30
    made |= {RESULT_G30W, CARD_G30W, NOT_G30W, ZH_G30W, ZH_NOT_G30W}  # mutations_gath30w
    made |= set(FORMS30_MAKERS)  # tests/parsers/mutations_forms30
    made |= {FOLLOW_G31, NOT_G31}  # tests/parsers/mutations_gath31
    made |= {FOLLOW_G32, NOT_G32}  # tests/parsers/mutations_gath32
    made |= {FOLLOW_G33, NOT_G33}  # tests/parsers/mutations_gath33
    made |= {FOLLOW_RU31, NOT_RU31}  # tests/parsers/mutations_ru31
    made |= set(LABELS31_MAKERS)  # tests/parsers/mutations_labels31
    made |= {CARD_S31, FOLLOW_S31, NOT_S31}  # tests/parsers/mutations_status31
    made |= set(VALUES32_MAKERS)  # tests/parsers/mutations_values32
    made |= {FOLLOW_RU32, NOT_RU32}  # tests/parsers/mutations_ru32
    made |= set(WT32_MAKERS)  # tests/parsers/mutations_wt32
    made |= {CARD_S32, FOLLOW_S32, NOT_S32}  # tests/parsers/mutations_status32
    made |= {CARD_S33, FOLLOW_S33, NOT_S33}  # tests/parsers/mutations_status33
    made |= {FOLLOW_S34, NOT_S34}  # tests/parsers/mutations_status34
    made |= set(CARDS33_MAKERS)  # tests/parsers/mutations_cards33
    made |= set(CARDS34_MAKERS)  # tests/parsers/mutations_cards34
    made |= {FOLLOW_RU33, NOT_RU33}  # tests/parsers/mutations_ru33
    made |= {FOLLOW_RU34, NOT_RU34}  # tests/parsers/mutations_ru34
    made |= {*WT33_MAKERS, NOT_W33, TWO_W33}  # tests/parsers/mutations_wt33
    made |= {FOLLOW_G34, NOT_G34}  # tests/parsers/mutations_gath34
    made |= {*WT34_MAKERS, NOT_W34}  # tests/parsers/mutations_wt34
    made |= set(PROSE34_MAKERS)  # tests/parsers/mutations_prose34
    assert families == made
    assert {m.must for m in first} == {EXACT, REFUSE, SAFE, FOLLOW, NOT, NO_ACTION, REFUSED_ACTION}


# Measured when written (branch i13-rules5) over 5655 mutations of the 477 dev signals: main's
# parser before that branch, seed 13: 990 wrong trades (status posts, recaps and re-posts with
# levels ticked off quoting a signal 829, two posts in one 50, prose numbers 60, stray numbers 32,
# glued numbering 11 ...), seed 2: 983. After it: none; 97.9% read as they must be (the rest
# refused). The report words were written from these tables' phrasings: of twelve phrasings
# written afterwards and not yet in them, four were refused before words were added for them.
# With main's corpus batches 22-28 merged (529 dev signals, 6143 mutations): none, 97.9%.
# Branch i13-rules8 added the family close_instruction ("Close BTC long at 65400", the coin, its
# side and a level: a follow-up, never a new trade): before its rule 334 of its 519 were read as
# a tradable signal, and one drop_entry_label (a bare price line after the stop read as the
# entry); after the rules none (6700 mutations, 98.0%). It then added analysis_section (the levels,
# then "Reasons for buying:" and lines of prices that are no level, as Binance Square's AI
# template writes): before its rule all 501 refused, after it 499 read exactly; with corpus
# batches 36-40 merged, 7383 mutations, none wrong, 98.2% (seed 2: 7378, none, 98.2%).
# Session 8 (branch i13-corpus-f): corpus batch 45's new dev signals redraw every mutation; seed 13
# (7442 mutations) then has 1 wrong trade, on an old dev post: a prose_numbers edit of
# stratos-test-parser-026 whose added "RSI 28 on the 4H" line is read as the coin RSI; seed 2
# (7440) none. After batch 46 (7477 and 7472 mutations): none wrong in either seed. After batch 47
# (7481 and 7482): seed 13 3 wrong trades, seed 2 2: the two_real_posts splices of two old dev
# posts (mexc-tr-corpus-007, pasttang-zh-group-topic-004) read as one trade, and in seed 13 a
# drop_stop_label edit of the new dev square-avax-template-long read with no stop. After batch 48
# (7603 and 7603): seed 13 1 (a two_real_posts splice of mexc-tr-corpus-010), seed 2 3 (that one,
# the avax edit, and a close_instruction edit of teleryum-hirin-crypto-002).
# Branch i13-rules9 added the unseen-channel families (their own generator, so the others draw
# as before): level_notes (ratios, pips, R:R 1:10 after each target), paren_zone ("Entry (0.965 -
# 1)") and unknown_label (a level block under a word no lexicon holds, in lines or a one-line
# post parted by "|": read exactly or refused). Main's parser before that branch, seed 13:
# level_notes 66 wrong trades of 528, paren_zone 2 of 291, unknown_label 61 of 532 (seed 2: 61,
# 3, 58); after it none, 8728 mutations 98.1% (seed 2: 8730, 98.3%).
# After branch i13-rules9 with batches 44-48 (8996 and 8995 mutations): none wrong in either seed
# (a bare stop just under wide levels is price-like; "Close NEAR-PERP LONG" names the coin NEAR).
# Branch i13-corpus-f's batches 49-56 (8068 and 8064), with the parser before i13-rules9: 2 in
# each seed (two_real_posts splices of cur-signals-077 and marketcheese-ethusd-001). Merged with
# i13-rules9's parser (branch i13-merge9, compiled and pure Python alike; 9544 and 9541): seed
# 13 1 (a two_real_posts splice of marketcheese-ethusd-001), 98.4% right; seed 2 2 (that splice
# and an unknown_label edit of the new dev square-sushi-liq-it-001), 98.2%.
# Session 9, branch i13-signals10 (rules for dev signal misses, among them "Stop Loss could be set
# at $3,270", which marketcheese-ethusd-001 is now read by; its splice is no longer read as one
# trade): seed 13 none wrong (9544, 98.4% right); seed 2 1 (the unknown_label edit of
# square-sushi-liq-it-001), 98.2%.
# Branch i13-guard10 found the general causes of both: the splice read the coin from the analysis
# (ETHUSD) and the side and levels from the call under it ("OP long"), so a ticker beside the side
# read that is another coin now makes two coins (parsers/coins.py); the one-line post's "| Exits
# 👇 | 1. 0.3250 | ..." was a field of words naming the numbered fields after it, inside the
# "@" entry's value (parsers/unknown_labels.py). With both branches merged (9544 and 9541
# mutations, compiled and pure Python alike): none wrong in either seed, 98.4% and 98.2% read as
# they must be; every status post, recap, reported level and two-signal post refused.
# Session 12, branch i13-prose12 added prose_target (its own generator: a sentence under the
# levels naming a numbered target with a price, "TP4 at 0.62", "Target 3 (78)", "the third target
# at 0.62": said again it must read exactly; a number beyond the next, or another price, must be
# refused): main's parser before that branch, seed 13: 301 wrong trades of its 455 (the target
# dropped silently), seed 2: 294 of 455; after it none (11300 and 11296 mutations).
# The bound below is that measurement, with room for corpus batches that redraw the mutations.
# Session 11, branch i13-guard11: seeds 1-60 over this dev set (i13-rules12's parser with J's
# batches) before its rules: 29 wrong trades (unknown labels in one-line posts 12, a mark and a
# dash under an entry 7, "Goals 3 - 2.97" 3, "6 - 6.2" and "1) / 2) / 3 - 2.97" 4, a close
# naming "#BROCCOLI714/USDT:USDT" 1, prose_level 5 and prose_target 2); after them 8 (prose_level
# of cur-signals-055 5, a two_signals splice of dk-trader-d-007, "Point:60 - 80 - 100" and a
# one-line "(2) 12 - 31%"). Seed 12, which drew two of the fixed classes, joins the short run
# (about 3 s a seed compiled).
# Session 13, branch i13-prose14 added prose_notes (a paragraph of analysis in one of 16
# languages beside the levels: must read exactly) and story_action (a report, story, lesson or
# market close with a follow-up's verbs: no action, no trade), with a generator of their own.
# Main's parser before that branch, seeds 1-20: prose_notes 753 of 13,300 refused, story_action
# 6,920 of 13,980 read as a close; after it 76 refused and none (seed 13: 36 -> 4, 336 -> 0).
# Session 20: the harness has grown to about 25 s a seed on a quiet machine, three seeds a fifth
# of the suite's time; `make test` runs seed 13, `make soak` seeds 2 and 12 too, and the lead's
# sweep before every merge seeds 1-60 (python -m tests.parsers.mutations --seeds 1 60).
# About a minute on a quiet machine; at load 25-33 on two cores it passed pytest-timeout's 300 s
# (the worker was killed, session 22): the bound is the suite's sense, not a speed goal.
@pytest.mark.timeout(1200)
@pytest.mark.parametrize(
    "seed", [13, pytest.param(2, marks=pytest.mark.soak), pytest.param(12, marks=pytest.mark.soak)]
)
def test_mutations_when_parsed_then_no_wrong_trade(seed: int) -> None:
    f = _figures(seed)
    total = f.total
    assert total[WRONG] == 0, _report(f)
    assert total[RIGHT] >= 0.97 * sum(total.values()), _report(f)
    for family in (
        "status_quote",
        "recap_quote",
        "level_reported",
        "two_signals",
        "two_real_posts",
    ):
        assert set(f.by_family[family]) == {RIGHT}, _report(f)


def test_mutations_judge_when_reading_differs_or_post_must_be_refused_then_wrong_trade() -> None:
    parser = EnhancedParser(enable_ai=False)
    want = {
        "symbol": "XRPUSDT",
        "side": "LONG",
        "entries": [0.51],
        "take_profits": [0.56],
        "stop_loss": 0.45,
        "leverage": None,
    }
    post = "#XRP LONG\nEntry 0.51\nTP 0.56\nSL 0.45"
    assert judge(parser, Mutation("x", "f", post, want, EXACT))[0] == RIGHT
    assert judge(parser, Mutation("x", "f", post, want, REFUSE))[0] == WRONG
    other = post.replace("0.51", "0.52")
    assert judge(parser, Mutation("x", "f", other, want, EXACT))[0] == WRONG
    assert judge(parser, Mutation("x", "f", "Good morning", want, EXACT))[0] == MISSED
    assert judge(parser, Mutation("x", "f", "Good morning", want, REFUSE))[0] == RIGHT
    # A label nobody could know: exact or refused are right, another reading is wrong.
    assert judge(parser, Mutation("x", "f", post, want, SAFE))[0] == RIGHT
    assert judge(parser, Mutation("x", "f", "Good morning", want, SAFE))[0] == RIGHT
    assert judge(parser, Mutation("x", "f", other, want, SAFE))[0] == WRONG
