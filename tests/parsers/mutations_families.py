"""The families of the mutation harness (tests/parsers/mutations.py), in the order it draws them.

Every family is a generator of rows (case id, family, text, reading, must) for a seed, with a
random generator of its own, so that adding one leaves every other family's draws as they were.
To add a family: write its generator in a module of its own and add it at the end of FAMILIES.
The drivers families share: tests/parsers/mutations_drawn.py (one family drawn a dev signal; the
signals quoted in USDT and their coin tags), tests/parsers/mutations_ru_common.py (a Russian
follow-up and a sentence not to act on for each dev signal's coin); the row types and musts are
tests/parsers/mutation_post.py's.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Iterator

from tests.parsers import (
    mutations_chatter19,
    mutations_en21,
    mutations_en22,
    mutations_followups,
    mutations_hits20,
    mutations_world_followups,
)
from tests.parsers.mutation_post import REFUSE, Made, Row, Want, build, levels_of
from tests.parsers.mutations_aside import aside_mutations
from tests.parsers.mutations_btc_quote import btc_quote_mutations
from tests.parsers.mutations_cards33 import cards33_mutations
from tests.parsers.mutations_cards34 import cards34_mutations
from tests.parsers.mutations_channels import channel_mutations
from tests.parsers.mutations_chk22 import chk22_mutations
from tests.parsers.mutations_close20 import close20_mutations
from tests.parsers.mutations_forms30 import forms30_mutations
from tests.parsers.mutations_frame26 import frame26_mutations
from tests.parsers.mutations_fu24 import fu24_mutations
from tests.parsers.mutations_gath25 import gath25_mutations
from tests.parsers.mutations_gath26 import gath26_mutations
from tests.parsers.mutations_gath26e import gath26e_mutations
from tests.parsers.mutations_gath27 import gath27_mutations
from tests.parsers.mutations_gath27w import gath27w_mutations
from tests.parsers.mutations_gath28 import gath28_mutations
from tests.parsers.mutations_gath29 import gath29_mutations
from tests.parsers.mutations_gath29w import gath29w_mutations
from tests.parsers.mutations_gath30 import gath30_mutations
from tests.parsers.mutations_gath30w import gath30w_mutations
from tests.parsers.mutations_gath31 import gath31_mutations
from tests.parsers.mutations_gath32 import gath32_mutations
from tests.parsers.mutations_gath33 import gath33_mutations
from tests.parsers.mutations_gath34 import gath34_mutations
from tests.parsers.mutations_labels import (
    drop_entry_label,
    drop_stop_label,
    drop_target_label,
    glued_numbering,
    stray_number,
    thousands,
    two_signals,
)
from tests.parsers.mutations_labels31 import labels31_mutations
from tests.parsers.mutations_languages import language_mutations
from tests.parsers.mutations_layouts import layout_mutations
from tests.parsers.mutations_left26 import left26_mutations
from tests.parsers.mutations_level_notes import level_note_mutations
from tests.parsers.mutations_lexicon import signal_mutations
from tests.parsers.mutations_lvl21 import lvl21_mutations
from tests.parsers.mutations_notes import prose_notes, story_action
from tests.parsers.mutations_numbers import number_mutations
from tests.parsers.mutations_percent_targets import percent_target_mutations
from tests.parsers.mutations_prose import prose_level, status_heading
from tests.parsers.mutations_prose34 import prose34_mutations
from tests.parsers.mutations_quotes import EDITED
from tests.parsers.mutations_ru19 import ru_ar_mutations
from tests.parsers.mutations_ru20 import ru20_mutations
from tests.parsers.mutations_ru21 import ru21_mutations
from tests.parsers.mutations_ru22 import ru22_mutations
from tests.parsers.mutations_ru23 import ru23_mutations
from tests.parsers.mutations_ru25 import ru25_mutations
from tests.parsers.mutations_ru31 import ru31_mutations
from tests.parsers.mutations_ru32 import ru32_mutations
from tests.parsers.mutations_ru33 import ru33_mutations
from tests.parsers.mutations_ru34 import ru34_mutations
from tests.parsers.mutations_sentences import (
    analysis_section,
    close_instruction,
    entry_beyond,
    level_reported,
    prose_numbers,
    prose_stop,
    prose_target_mutations,
)
from tests.parsers.mutations_sig24 import sig24_mutations
from tests.parsers.mutations_sig25 import sig25_mutations
from tests.parsers.mutations_spaced_words import spaced_word_mutations
from tests.parsers.mutations_status31 import status31_mutations
from tests.parsers.mutations_status32 import status32_mutations
from tests.parsers.mutations_status33 import status33_mutations
from tests.parsers.mutations_status34 import status34_mutations
from tests.parsers.mutations_targets30 import targets30_mutations
from tests.parsers.mutations_unl22 import unl22_mutations
from tests.parsers.mutations_unseen import unseen_mutations
from tests.parsers.mutations_upd24 import upd24_mutations
from tests.parsers.mutations_upd25 import upd25_mutations
from tests.parsers.mutations_values32 import values32_mutations
from tests.parsers.mutations_wa21 import wa21_mutations
from tests.parsers.mutations_wa22 import wa22_mutations
from tests.parsers.mutations_wa23 import wa23_mutations
from tests.parsers.mutations_wa24 import wa24_mutations
from tests.parsers.mutations_wrong25 import wrong25_mutations
from tests.parsers.mutations_wrong28 import wrong28_mutations
from tests.parsers.mutations_wt20 import wt20_mutations
from tests.parsers.mutations_wt21 import wt21_mutations
from tests.parsers.mutations_wt22 import wt22_mutations
from tests.parsers.mutations_wt23 import wt23_mutations
from tests.parsers.mutations_wt24 import wt24_mutations
from tests.parsers.mutations_wt32 import wt32_mutations
from tests.parsers.mutations_wt33 import wt33_mutations
from tests.parsers.mutations_wt34 import wt34_mutations
from tests.parsers.variants import signal_cases

BUILT: dict[str, Callable[[random.Random, Want], Made]] = {
    "drop_entry_label": drop_entry_label,
    "drop_stop_label": drop_stop_label,
    "drop_target_label": drop_target_label,
    "stray_number": stray_number,
    "glued_numbering": glued_numbering,
    "thousands": thousands,
    "prose_numbers": prose_numbers,
    "prose_stop": prose_stop,
    "entry_beyond": entry_beyond,
    "level_reported": level_reported,
    "close_instruction": close_instruction,
    "analysis_section": analysis_section,
}


def built_mutations(seed: int) -> Iterator[Row]:
    """The first families, drawn from one generator: every maker of BUILT, two signals in one
    post (built, and two real posts spliced), and the edits of the real post."""
    rng = random.Random(seed)
    cases = signal_cases()
    for i, case in enumerate(cases):
        want = case.expect["signal"]
        for name, make in BUILT.items():
            made = make(rng, want)
            if made is not None:
                yield case.id, name, made[0], want, made[1]
        other = cases[(i * 7 + 3) % len(cases)]
        made = two_signals(rng, want, other.expect["signal"])
        if made is not None:
            yield case.id, "two_signals", made[0], want, made[1]
            yield case.id, "two_real_posts", case.text + "\n\n" + other.text, want, REFUSE
        for name, edit in EDITED.items():
            yield case.id, name, edit(rng, case.text), want, REFUSE


def prose_mutations(seed: int) -> Iterator[Row]:
    """Session 11's families (tests/parsers/mutations_prose.py): prose_level, status_heading."""
    rng = random.Random(seed * 1299709 + 3)
    for case in signal_cases():
        want = case.expect["signal"]
        made = prose_level(rng, want, build, levels_of(want))
        if made is not None:
            yield case.id, "prose_level", made[0], want, made[1]
        yield case.id, "status_heading", status_heading(rng, case.text), want, REFUSE


def _base_of(symbol: str) -> str:
    return symbol.removesuffix("USDT") or symbol


def notes_mutations(seed: int) -> Iterator[Row]:
    """Session 13's families (tests/parsers/mutations_notes.py): prose_notes, story_action."""
    rng = random.Random(seed * 15485863 + 4)
    cases = signal_cases()
    coins = sorted({_base_of(c.expect["signal"]["symbol"]) for c in cases})
    for case in cases:
        want = case.expect["signal"]
        made = prose_notes(rng, want, build, levels_of(want))
        if made is not None:
            yield case.id, "prose_notes", made[0], want, made[1]
        made = story_action(rng, want, coins, levels_of(want))
        if made is not None:
            yield case.id, "story_action", made[0], want, made[1]


# Every family's generator, in the order the harness draws them. Add a new one at the end.
FAMILIES: list[Callable[[int], Iterable[Row]]] = [
    built_mutations,
    unseen_mutations,  # branch i13-rules9
    prose_target_mutations,  # session 12
    prose_mutations,  # session 11
    signal_mutations,  # session 12's lexicon families (tests/parsers/mutations_lexicon.py)
    mutations_followups.followups,  # session 13's follow-ups: judged as follow-ups
    mutations_followups.russian_followups,  # branch i13-ru14
    mutations_world_followups.world_followups,  # branch i13-updates15: short replies
    notes_mutations,  # session 13
    number_mutations,  # session 14 (tests/parsers/mutations_numbers.py)
    layout_mutations,  # session 16's documented layouts (tests/parsers/mutations_layouts.py)
    language_mutations,
    channel_mutations,  # session 17's unseen channels (tests/parsers/mutations_channels.py)
    mutations_chatter19.en19_followups,  # branch i13-updates19: English results and chatter
    btc_quote_mutations,  # session 18's BTC-quoted calls (tests/parsers/mutations_btc_quote.py)
    level_note_mutations,  # session 18's notes on a level's line (mutations_level_notes.py)
    ru_ar_mutations,  # session 18's Russian and Arabic labels and verbs (mutations_ru19.py)
    close20_mutations,  # session 19's chatter that says closed (mutations_close20.py)
    spaced_word_mutations,  # session 19: "112 000", "#HIGH" (mutations_spaced_words.py)
    ru20_mutations,  # session 19's Russian and Arabic follow-ups (mutations_ru20.py)
    percent_target_mutations,  # session 19's targets as percentages (i13-pct20)
    aside_mutations,  # session 19's analysis lines and chart notes (mutations_aside.py)
    mutations_hits20.hits20_followups,  # branch i13-hits20: English report templates
    wt20_mutations,  # session 19's wrong-trade forms (tests/parsers/mutations_wt20.py)
    ru21_mutations,  # session 20's Russian follow-ups (tests/parsers/mutations_ru21.py)
    wt21_mutations,  # session 20's wrong-trade forms (tests/parsers/mutations_wt21.py)
    wa21_mutations,  # session 20's wrong-action forms (tests/parsers/mutations_wa21.py)
    mutations_en21.en21_followups,  # branch i13-en21: call channels' English follow-ups
    lvl21_mutations,  # session 20's numbers no label claims (tests/parsers/mutations_lvl21.py)
    unl22_mutations,  # session 21's notes beside levels (tests/parsers/mutations_unl22.py)
    mutations_en22.en22_followups,  # branch i13-en22: calls re-posted with targets ticked
    ru22_mutations,  # session 21's Russian verbs by their grammar (tests/parsers/mutations_ru22.py)
    wa22_mutations,  # session 21's wrong-action forms (tests/parsers/mutations_wa22.py)
    wt22_mutations,  # session 21's wrong-trade forms (tests/parsers/mutations_wt22.py)
    chk22_mutations,  # session 21's check refusals (tests/parsers/mutations_chk22.py)
    wa23_mutations,  # session 22's wrong-action forms (tests/parsers/mutations_wa23.py)
    wt23_mutations,  # session 22's wrong-trade forms (tests/parsers/mutations_wt23.py)
    wt24_mutations,  # session 23's wrong-trade forms (tests/parsers/mutations_wt24.py)
    ru23_mutations,  # session 22's Russian follow-ups of unseen channels (mutations_ru23.py)
    sig24_mutations,  # session 23's signals refused that could be read (mutations_sig24.py)
    upd24_mutations,  # session 23's follow-ups not read (tests/parsers/mutations_upd24.py)
    wa24_mutations,  # session 23's wrong actions from chatter (tests/parsers/mutations_wa24.py)
    fu24_mutations,  # session 23's wrong-action follow-ups (tests/parsers/mutations_fu24.py)
    wrong25_mutations,  # session 24's attack on the parser (tests/parsers/mutations_wrong25.py)
    upd25_mutations,  # session 24's English follow-ups (tests/parsers/mutations_upd25.py)
    sig25_mutations,  # session 24's signals refused that could be read (mutations_sig25.py)
    ru25_mutations,  # session 24's Russian notes, reports and follow-ups (mutations_ru25.py)
    gath25_mutations,  # session 24's batch gath25 shapes (tests/parsers/mutations_gath25.py)
    left26_mutations,  # session 25's leftover wrong trades and actions (mutations_left26.py)
    gath26e_mutations,  # session 25's results cards, batch gath26e (mutations_gath26e.py)
    gath26_mutations,  # session 25's batch gath26 shapes (tests/parsers/mutations_gath26.py)
    frame26_mutations,  # session 25's rulings (j) and (k) (tests/parsers/mutations_frame26.py)
    gath27_mutations,  # session 26's batch gath27 shapes (tests/parsers/mutations_gath27.py)
    gath27w_mutations,  # session 26's batch gath27w shapes (tests/parsers/mutations_gath27w.py)
    gath28_mutations,  # session 26's batch gath28 shapes (tests/parsers/mutations_gath28.py)
    wrong28_mutations,  # session 27's attack on the shapes left (tests/parsers/mutations_wrong28.py)
    gath29_mutations,  # session 27's batch gath29 shapes (tests/parsers/mutations_gath29.py)
    gath29w_mutations,  # session 27's batch gath29w shapes (tests/parsers/mutations_gath29w.py)
    targets30_mutations,  # session 28's target lists and side words (mutations_targets30.py)
    gath30_mutations,  # session 28's batch gath30 shapes (tests/parsers/mutations_gath30.py)
    gath30w_mutations,  # session 28's batch gath30w shapes (tests/parsers/mutations_gath30w.py)
    forms30_mutations,  # session 28's misreadings left by session 27 (mutations_forms30.py)
    gath31_mutations,  # session 29's batch gath31 shapes (tests/parsers/mutations_gath31.py)
    gath32_mutations,  # session 30's batch gath32 shapes (tests/parsers/mutations_gath32.py)
    ru31_mutations,  # session 29's Russian and Ukrainian thread follow-ups (mutations_ru31.py)
    labels31_mutations,  # session 29's label words and separators (mutations_labels31.py)
    status31_mutations,  # session 29's reports and status posts (mutations_status31.py)
    values32_mutations,  # session 30's notes, labels and rules beside levels (mutations_values32.py)
    ru32_mutations,  # session 30's Russian and Ukrainian follow-ups (mutations_ru32.py)
    wt32_mutations,  # session 30's wrong-trade shapes (tests/parsers/mutations_wt32.py)
    status32_mutations,  # session 30's follow-ups and chatter read as a close (mutations_status32.py)
    gath33_mutations,  # session 31's batch gath33 shapes (tests/parsers/mutations_gath33.py)
    status33_mutations,  # session 31's English and emoji follow-ups (mutations_status33.py)
    cards33_mutations,  # session 31's short cards and their layouts (mutations_cards33.py)
    cards34_mutations,  # session 32's cards refused or not read (mutations_cards34.py)
    ru33_mutations,  # session 31's forum trader's short Russian replies (mutations_ru33.py)
    wt33_mutations,  # session 31's wrong-trade and wrong-action shapes (mutations_wt33.py)
    gath34_mutations,  # session 32's batch gath34 shapes (tests/parsers/mutations_gath34.py)
    status34_mutations,  # session 32's follow-ups and shares kept (mutations_status34.py)
    ru34_mutations,  # session 32's Russian follow-ups of forum-like channels (mutations_ru34.py)
    wt34_mutations,  # session 32's wrong-trade and wrong-action shapes (mutations_wt34.py)
    prose34_mutations,  # session 32's long analysis posts that give a trade (mutations_prose34.py)
]
