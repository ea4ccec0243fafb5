"""Walking the lines: which label each segment of text belongs to, and the lists under them.

A label opens a segment that runs to the next label on its line. Bare lines of numbers under a
heading ("Targets:", "Stop Targets:") continue its list (parsers/list_block.py); a label inside a
sentence starts none.
What each segment says is read by parsers/fields.py.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.char_scans import has_digit, letter_run, word_free
from parsers.field_runs import field_after_value
from parsers.fields import PRICE_KINDS, take
from parsers.label_notes import heads_price_below, labels_outside_notes
from parsers.labels import find_labels
from parsers.list_block import ListBlock
from parsers.not_prices import non_finite_item
from parsers.notes import price_now
from parsers.numbers import read_prices, strip_list_index
from parsers.percent_heads import HEAD_KINDS, percent_alone
from parsers.price_label import price_entry
from parsers.prose_fields import note_prose_level
from parsers.prose_levels import (
    in_worked_sum,
    restated_in_prose,
    said_again,
    target_in_prose,
    target_named_again,
    words,
)
from parsers.reading import Reading
from parsers.step_entries import step_head
from parsers.target_plan import DOUBT, plan_at_target
from parsers.target_refs import names_listed_target
from parsers.unknown_labels import at_after_note
from parsers.vocabulary import PRICE_WORD

_RATIO: Final = re.compile(r"r\s?[:/]\s?r|rr|risk\s?reward")
_RUNS: Final = re.compile(r"[0-9][0-9.,]*")
_RATIO_BEFORE: Final = re.compile(
    r"[\s(≈~]*[0-9]{1,3}(?:\.[0-9]{1,2})?\s?:\s?[0-9]{1,3}(?:\.[0-9]{1,2})?\s*$"
)
# "Profit book targets are" ends a heading as a colon does.
_HEADING_TAIL: Final = re.compile(r"\s*(?:are|is|below|👇+)\s*")
_BLOCK_KINDS: Final = ("entry", "tp", "sl", "buy", "sell")
_PRICE_WORD: Final = re.compile(PRICE_WORD)
_VALUED_KINDS: Final = (*PRICE_KINDS, "sym")


def _glued(low: str, kind: str, start: int, end: int, r: Reading) -> str:
    """ "tp41.3100": keep the digits for the cross-check, which decides where the index ends."""
    if kind == "tpglued":
        digits = low[start + 2 : end].lstrip("s")
        r.glued.append((digits, end - len(digits), len(r.tps) + len(r.glued) + 1))
        return "tp"
    return kind


def _value_before(head: str, offset: int, r: Reading) -> int:
    """A stop written before its label: the one price of the line's head, if it has one (not
    the index of a numbered line: "3. **Stop Loss (SL)**:")."""
    bare = strip_list_index(head)
    nums = read_prices(bare, offset + len(head) - len(bare))
    if len(nums) != 1 or r.sl is not None:
        return 0
    r.sl = nums[0]
    return 1


_TO_TARGET: Final = re.compile(r"(?<![a-z])to\s$")
# "After TP2 hit, secure 50%", "move SL to entry once TP1 is hit": a target named in a plan.
_WHEN_TARGET: Final = re.compile(r"(?<![a-z])(?:after|once|when|if|upon|until)\s(?:the\s)?$")
# Its shortest match ("if "): most target labels open their line, with nothing before them to
# search (the search cost ~1,000 instructions a label for nothing; test_speed22 pins the pattern).
_WHEN_SHORTEST: Final = 3
# A label's colon, then words and no number before the next label: a sentence follows.
_SENTENCE_VALUE: Final = re.compile(r"\s?[:：]\s?(?=[^\W\d_])[^\d\n]{3,60}$")
_SYM_SEPARATOR: Final = re.compile(r"\s?[:=\-#$]")
_DASH_THEN_PRICE: Final = re.compile(r"\s?[-–=→]\s?\$?\.?[0-9]")


def _in_sentence(low: str, line_start: int, start: int, end: int) -> bool:
    """ "Top 10 coin by volume": a coin label after other words, with no separator after it,
    is a word of a sentence and names no coin ("Trading pair: BTC/USDT" does)."""
    before = words(low, line_start, start, 2)
    return before > 1 or (before == 1 and not _SYM_SEPARATOR.match(low, end))


def _next_tp(labels: list[tuple[str, int, int]], i: int) -> bool:
    return i + 1 < len(labels) and labels[i + 1][0] == "tp"


def _item_before_notes(
    head: str, labels: list[tuple[str, int, int]], block: ListBlock, offset: int, r: Reading
) -> bool:
    """Read head, the text before a line's labels, as the next item of the list open above when
    every label on the line is a note's ("3) 0.4095 (RR 4.2)", "2) 0.377 R:R 1:2"); True if so."""
    if not (block.kind in _BLOCK_KINDS and block.lists and has_digit(head)):
        return False
    if any(lab[0] != "noise" for lab in labels) or not block.continues(head):
        return False
    cut, block.cut = block.cut, 0
    block.count += take(block.kind or "", block.label, head[cut:], offset + cut, r, True)
    if block.doubt:
        block.doubt = False
        r.unexplained.append(("unread", (offset, offset + len(head.rstrip()))))
    return True


def scan(low: str, r: Reading) -> None:
    """Walk the lines of lower-cased text, filling r from labelled segments and their lists."""
    found = labels_outside_notes(low, find_labels(low))  # "tp1 (1:2 r:r): 4570"
    found = price_entry(low, found)  # "Price :- 1.2$ - 1.3$" as a card's entry (price_label.py)
    r.labels = found
    lines = low.split("\n")
    offset = 0
    if not found:
        for line in lines:
            r.preludes.append((line, offset))
            offset += len(line) + 1
        return
    block = ListBlock()
    preludes = r.preludes
    r.first_label = found[0][1]
    r.last_label = found[-1][1]
    nfound = len(found)
    li = 0
    next_label = found[0][1]
    for line in lines:
        line_end = offset + len(line)
        if next_label >= line_end:  # no label on this line
            if block.kind in _BLOCK_KINDS and block.lists:
                bad = non_finite_item(line, offset) if block.headed else None
                if bad is not None:  # "Targets:\n3100\ninf": never dropped silently
                    r.unexplained.append(("non-finite", bad))
                    offset = line_end + 1
                    continue
                if block.headed and word_free(line):  # "", "👇👇👇", "➖➖➖": decoration
                    offset = line_end + 1
                    continue
                # "── STOP LOSS ──\nPrice: 0.0836": the heading's one price, named as a price.
                named = _PRICE_WORD.match(line) if block.headed and not block.count else None
                if named is not None or (line.strip() and block.continues(line)):
                    cut, block.cut = (named.end() if named else block.cut), 0
                    kind = block.kind or ""
                    # (A line named as a price is a label's value: its "20 - 21" is a zone,
                    # where a list item's "1 - 0.512" is an index and a price.)
                    block.count += take(
                        kind, block.label, line[cut:], offset + cut, r, named is None
                    )
                    if block.doubt:
                        block.doubt = False
                        r.unexplained.append(("unread", (offset, offset + len(line.rstrip()))))
                    offset = line_end + 1
                    continue
            if block.kind is not None:
                block.close(r)
            preludes.append((line, offset))
            r.bare_lines.append((line, offset))
            offset = line_end + 1
            continue
        labels: list[tuple[str, int, int]] = []
        while li < nfound:
            lab = found[li]
            if lab[1] >= line_end:
                break
            if (
                lab[0] == "weak"
                and labels
                and labels[-1][0] == "noise"
                and not low[labels[-1][2] : lab[1]].strip()
            ):
                # "resistance at $3,175": "at" right after a note's label gives the note's
                # number, no entry.
                lab = ("noise", lab[1], lab[2])
                found[li] = lab
            # "Stop loss at 0.025": "at" inside a price segment is part of its value; "Coin: AT"
            # (the coin AT right after a coin label) too.
            if not (lab[0] == "weak" and labels and labels[-1][0] in _VALUED_KINDS):
                labels.append(lab)
            li += 1
        next_label = found[li][1] if li < nfound else len(low) + 1
        head = line[: labels[0][1] - offset]
        preludes.append((head, offset))
        if _item_before_notes(head, labels, block, offset, r):
            # "3) 0.4095 (RR 4.2)": the list's item, then its note; the list goes on.
            for j, (kind, start, end) in enumerate(labels):
                stop = labels[j + 1][1] if j + 1 < len(labels) else line_end
                take(kind, low[start:end], low[end:stop], end, r)
            offset = line_end + 1
            continue
        nlabels = len(labels)
        # A sentence of the analysis holds one or two level labels (counted once a line: a
        # 1 MB one-line post has thousands).
        few_levels = sum(1 for lab in labels if lab[0] in PRICE_KINDS or lab[0] == "tpglued") <= 2
        for i in range(nlabels):
            # (nlabels shrinks when a label's value is the sentence to the line's end: the labels
            # after it are its words. The compiled loop re-reads its bound, Python's range does
            # not: the explicit test keeps the two the same.)
            if i >= nlabels:
                break
            kind, start, end = labels[i]
            sentence = False
            stop = labels[i + 1][1] if i + 1 < nlabels else line_end
            label = low[start:end]
            value = low[end:stop]
            if (
                i + 1 < nlabels
                and kind in PRICE_KINDS
                and _SENTENCE_VALUE.match(value)
                and ":" not in low[stop:line_end]  # ("Entry Zone: Market price 🎯 TP1: 0.206")
                # ("Entry: market price الاهداف- 536.5 • 543.79": the next label, a dash and
                # its price, as a colon would; "Entry: Market, ❌ STOP LOSS- 0.00508": after the
                # label right behind it.)
                and not _DASH_THEN_PRICE.match(low, labels[i + 1][2])
                and not (
                    i + 2 < nlabels
                    and not low[labels[i + 1][2] : labels[i + 2][1]].strip()
                    and _DASH_THEN_PRICE.match(low, labels[i + 2][2])
                )
                # (A sign is no word of a sentence: "Entry: Market, ❌ 0.00508" is the stop.)
                and low[labels[i + 1][1] : labels[i + 1][2]].strip()[:1].isalpha()
            ):
                # "Stop Loss: Place the stop loss just above the last minor resistance, around
                # $3.13, to protect ...": the value is the sentence to the line's end (the labels
                # inside it are its words); the one price in it is the level.
                stop, value = line_end, low[end:line_end]
                nlabels = i + 1
                sentence = True
            if i + 1 < nlabels and labels[i + 1][0] == "noise" and kind in PRICE_KINDS:
                # "TP1: 0.46 R:R": the number right before a ratio label is the ratio, when the
                # label gives none after it ("SL 0.45 | R/R 3.5": the stop, then the ratio).
                after = labels[i + 2][1] if i + 2 < nlabels else line_end
                # (Two spaces after it: its multiple blanked, "R:R 2x"; normalize leaves none.)
                if _RATIO.fullmatch(low, labels[i + 1][1], labels[i + 1][2]) and not (
                    has_digit(low, labels[i + 1][2], after)
                    or low.find("  ", labels[i + 1][2], after) >= 0
                ):
                    # ("Target: $187.93 (≈1:2 R:R)": the ratio is the "1:2" before the label,
                    # the price before it is the target.)
                    m = _RATIO_BEFORE.search(value)
                    if m is not None and has_digit(value, 0, m.start()):
                        value = value[: m.start()]
                        stop = end + m.start()
                    else:
                        if not value.rstrip(" \t")[-1:].isdigit() or len(_RUNS.findall(value)) > 1:
                            # "TP1: 0.1445 (RR 2x)", "0.1445 - R/R 2x" (the multiple blanked),
                            # "0.1445 (2 RR)": a price not right before the label, or another
                            # number there, is no ratio: never a target dropped silently.
                            r.unexplained.append(("unread", (end, line_end)))
                        kind = "noise"
            # (A one-line post, "Entry Zone: Market 🎯 Targets: TP1: 0.206 TP2: 0.2063 ...",
            # holds many level labels; a sentence of the analysis one or two. Four words take at
            # least 11 characters: most labels open their line and skip the test.)
            if (
                few_levels
                and start - offset > 10
                and kind in PRICE_KINDS
                and restated_in_prose(low, offset, start, line_end, kind, r)
            ):
                if kind == "tp":
                    target_in_prose(low, start, end, stop, r)  # "... toward TP3 at 170 ..."
                else:
                    note_prose_level(low, kind, start, end, stop, r)  # "... entry at 0.48 ..."
                block.close(r)
                continue
            now = price_now(low, kind, offset, start, end, line_end)  # "The price is now 97,250"
            if now or kind in PRICE_KINDS and in_worked_sum(low, offset, start, line_end, kind, r):
                block.close(r)
                continue
            if (
                (kind == "tp" and r.tps and sentence or kind == "entry" and len(r.entries) > 1)
                and (start - offset > 4 or sentence)
                and not (kind == "entry" and field_after_value(low, offset, start, end))
                and said_again(low, offset, start, end, stop, kind, r, sentence)
            ):
                block.close(r)
                continue
            if (
                kind == "tp"
                and r.tps
                and start - offset > 10
                and target_named_again(low, offset, start, end, stop, r)
            ):
                block.close(r)
                continue
            if kind == "sym" and _in_sentence(low, offset, start, end):
                continue
            if kind == "weak" and i:
                at_after_note(low, labels[i - 1], start, stop, r)  # "Lev 10x Zona @ 64"
            before = max(offset, start - 4)
            if (
                kind in ("tp", "tpglued")
                and low.find("to", before, start) >= 0
                and _TO_TARGET.search(low, before, start)
            ):
                # "(to TP3): 4.241−4.06=0.181", "To TP3: ~1:1.8": a distance or a ratio up to
                # that target, which names it, not its price.
                block.close(r)
                continue
            if (
                kind == "tp"
                and start - offset >= _WHEN_SHORTEST
                and _WHEN_TARGET.search(low, max(offset, start - 10), start)
            ):
                block.close(r)  # "After TP2 hit, secure 50%": the plan names the target
                continue
            if kind == "tp" and r.tps:
                plan, index = plan_at_target(low, start, end, stop, _next_tp(labels, i), r)
                if plan:  # "Тейк 1 50%", "TP1: 50%" under the targets (target_plan.py)
                    if plan == DOUBT:
                        r.unexplained.append(("unread", (start, stop)))
                    elif index is not None and preludes and preludes[-1][1] == offset:
                        # "1 тейк — 50%": the target's number before its label, explained
                        text = preludes[-1][0]
                        a, b = index[0] - offset, index[1] - offset
                        preludes[-1] = (text[:a] + " " * (b - a) + text[b:], offset)
                    block.close(r)
                    continue
            if kind == "tp" and names_listed_target(low, start, end, offset, r):
                block.close(r)  # "Book 40% at Target 1, ..." (parsers/target_refs.py)
                continue
            if kind == "tpglued":
                kind = _glued(low, kind, start, end, r)
                count = take(kind, label, value, end, r) + 1
            else:
                count = take(kind, label, value, end, r)
            if count < 0:  # prose: not a label at all
                note_prose_level(low, kind, start, end, stop, r)  # "my stop would go under 0.45"
                block.close(r)
                continue
            if count == 0 and kind == "sl" and i == 0:
                count = _value_before(low[offset:start], offset, r)  # "0.06$ can be stop"
            block.open(kind, label, (start, stop), count, r)
            if step_head(value, kind) and not (r.percents and r.percents[-1][2][0] >= end):
                # "🟡 خرید پله دوم (-3.5%)": the step's percentage, checked against the prices
                # (parsers/step_entries.py) as "ورود" with "دوم (-3.5%)" is (i13-cards34)
                r.percents.append((kind, label, (end, end + len(value.rstrip()))))
            if r.percents and r.percents[-1][2][0] >= end and kind in HEAD_KINDS:
                # "TP1: +5%\n0.245": the price under the label's share (parsers/percent_heads.py)
                block.headed = block.headed or percent_alone(value, kind) or step_head(value, kind)
            # A label inside a sentence ("... to trade entry price") starts no list; one with
            # a colon does ("Sell Targets ::").
            # So does a label ending a short line ("Sell targets", "Buy back targets").
            block.lists = bool(
                count
                or ":" in value
                or _HEADING_TAIL.fullmatch(value)
                or not letter_run(low, offset, start, 3)
                or (not value.strip() and words(low, offset, start, 2) <= 2)
                or (not value.strip() and heads_price_below(low, offset, start, line_end))
            )
            if kind == "sl":
                if r.sl_line is None and count:
                    r.sl_line = (offset, line_end)
            elif kind == "slclose" and r.slclose_line is None:
                r.slclose_line = (offset, line_end)
        offset = line_end + 1
    block.close(r)
