"""A label's index before its price, or run into it: "Target 1 24.0", "TP41.3100".

"Entry 1 - 299 / Entry 2 - 285": small first numbers that count 1, 2, 3 ... are indexes, not
prices. "TP11.25 TP21.28": index and price run together are split only when every target agrees
on the index (or, for one target, when only one reading is near the entry); otherwise the post
needs review. Nothing here invents a price: a split keeps the digits written after the index.
"""

from __future__ import annotations

from parsers.numbers import Num, literal_value
from parsers.reading import Reading, Settled


def drop_indexes(r: Reading, low: str, ref: float | None) -> None:
    """ "Entry 1 - 299 / Entry 2 - 285", "Target 1 11.6 / Target 2 10": when the small first
    numbers of a kind's labels count 1, 2, 3 ... they are indexes, not prices; a lone "Target 1"
    too when the price after it is near the entry ref and 1 is not."""
    if not r.numbered:
        return
    for kind, values in (("entry", r.entries), ("tp", r.tps)):
        firsts = [n for k, n in r.numbered if k == kind]
        if not firsts:
            continue
        # With the labels that carry their index: "Target 3 44.5 / Target 4 42" count on.
        seq = sorted(
            [(n.start, int(n.value)) for n in firsts]
            + [(at, i) for k, at, i in r.indexed if k == kind]
        )
        if len(seq) >= 2 and [i for _, i in seq] == list(range(1, len(seq) + 1)):
            drop = {n.start for n in firsts}
            values[:] = [n for n in values if n.start not in drop]
        elif kind == "tp" and ref and seq == [(firsts[0].start, 1)] and firsts[0].value == 1:
            # "Target 1 110200" beside the entry 112700: one target, its index 1 before it (as
            # for "TP41.31", the reading near the entry; both near, nobody can tell).
            # (One price after it on its line: "Target 1 110200 108000" is target 1 and then?)
            line_end = low.find("\n", firsts[0].start)
            line_end = len(low) if line_end < 0 else line_end
            on_line = [n for n in values if firsts[0].start < n.start < line_end]
            if len(on_line) == 1 and _near(on_line[0].value, ref) and not _near(1.0, ref):
                values[:] = [n for n in values if n.start != firsts[0].start]


def settle_spaced(r: Reading, ref: float | None) -> None:
    """ "Target 1 200": target 1 at 200, or one target at 1200? Beside the entry, the reading
    near it (within 2x) when the other is far beyond any target (over 5x away): "Entries 204.6
    / Target 1 200" is target 1 at 200. Else ("Entry 725 / TP 1 740": 740, or 1740 at 2.4x?)
    a review reason. Either reading keeps the digits written: the split one the price after
    the index, the joined one the whole "1 200"."""
    for index, price, whole in r.spaced:
        joined = Num(index.value * 1000.0 + price.value, index.start, price.end)
        chosen: Num | None = None
        if ref is not None and ref > 0:
            for near, other in ((price, joined), (joined, price)):
                if _near(near.value, ref) and not 0.2 <= other.value / ref <= 5.0:
                    chosen = near
        if chosen is None:
            r.unexplained.append(("unread", whole))
            continue
        if chosen is price:
            r.indexed.append(("tp", index.start, int(index.value)))
        r.tps.append(chosen)
    if r.spaced:
        r.tps.sort(key=lambda n: n.start)


def index_past_count(r: Reading, low: str, ref: float | None) -> None:
    """ "Target 3 → 2.97" as the post's one target label, its index near the entry 3.06: target
    3 at 2.97 (targets 1 and 2 never written), or the targets 3 and 2.97? A review reason."""
    if ref is None or not ref > 0:
        return
    labels = [lab for lab in r.labels if lab[0] == "tp"]
    for kind, at, index in r.indexed:
        if kind == "tp" and index > len(labels) and _near(float(index), ref):
            label = next((lab for lab in labels if lab[2] == at), None)
            if label is not None:
                end = low.find("\n", at)
                r.unexplained.append(("unread", (label[1], len(low) if end < 0 else end)))


def _near(value: float, ref: float) -> bool:
    return 0.5 <= value / ref <= 2.0


def _split(digits: str, index: int) -> float | None:
    head = str(index)
    rest = digits[len(head) :]
    if not digits.startswith(head) or not rest[:1].isdigit():
        return None
    return literal_value(rest)


def _could_be_indexed(glued: list[tuple[str, int, int]]) -> bool:
    """ "TP41.3100": two digits before the point, so the 4 may be an index (TP4 at 1.31)."""
    return any(len(d.partition(".")[0]) >= 2 and d[0] in "123456789" for d, _, _ in glued)


def _nearest(digits: str, whole: float | None, ref: float) -> float | None:
    """Whole "41.31" or, dropping a one-digit index, "1.31": the one reading near the entry
    (both near, or neither, and nobody can tell)."""
    if whole is None or not _could_be_indexed([(digits, 0, 0)]):
        return whole
    cut = literal_value(digits[1:])
    near = [v for v in (whole, cut) if v is not None and _near(v, ref)]
    return near[0] if len(near) == 1 else None


def settle_glued(r: Reading, ref: float | None, s: Settled) -> None:
    """ "TP11.25 TP21.28 ...": index 1, 2 ... then the price, when every target agrees."""
    if not r.glued:
        return
    if ref is not None and not ref > 0:
        ref = None  # "Entry 0": no entry to be near (the guard refuses it with its reason)
    splits = [_split(d, index) for d, _, index in r.glued]
    wholes = [literal_value(d) for d, _, _ in r.glued]
    chosen: list[float | None]
    if len(r.glued) > 1 and all(v is not None for v in splits):
        chosen = splits
    elif all(v is None for v in splits) and not (ref is None and _could_be_indexed(r.glued)):
        # The digits never start with the index expected there: the whole is the price
        # ("TP 0.45" written "TP0.45"), or, beside an entry, the reading nearest it.
        chosen = (
            wholes
            if ref is None
            else [_nearest(d, w, ref) for (d, _, _), w in zip(r.glued, wholes, strict=True)]
        )
    elif ref is not None and len(r.glued) == 1 and splits[0] and wholes[0]:
        # One target: the reading near the entry is the target; if both are, nobody can tell.
        near: list[float | None] = [v for v in (splits[0], wholes[0]) if _near(v, ref)]
        chosen = near if len(near) == 1 else [None]
    else:
        chosen = [None]
    if any(v is None for v in chosen):
        d, start, _ = r.glued[0]
        s.review.append(
            f"target 'TP{d}' runs its number and price together; I cannot tell which is which"
        )
        s.unread.append((start - 2, start + len(d)))
        return
    glued: list[Num] = []
    for i, ((d, start, index), v) in enumerate(zip(r.glued, chosen, strict=True)):
        cut = 0 if v == wholes[i] else len(str(index))
        glued.append(Num(v or 0.0, start + cut, start + len(d)))
        if cut:
            s.split_at.add(start + cut)
    s.tps = sorted([*s.tps, *glued], key=lambda n: n.start)
