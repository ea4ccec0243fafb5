"""A numbered level said again with its price: "TP1: 8.45 ... / My plan: ... TP1 is 8.45." is
target 1 restated in the post's prose, not a fourth target (branch i13-lvl21, dev
sq21-lab-retest-short: the list "TP1: 8.45 / TP2: 7.80 / TP3: 7.00" read as 8.45, 7.80, 7.00,
8.45 and refused for targets out of order).

Only the same label number with the same price is dropped. "TP1: 4.10 ... TP1 is 3.20" gives
target 1 two prices: the post disagrees with itself and the signal needs review (on main before
this branch 3.20 was traded as a fourth target). An unnumbered "Target 8.45" is left alone (a
target list may repeat a price on purpose). Entries ("Entry 1: 0.0755 ... Entry 1 at 0.0755") are
read the same way.
"""

from __future__ import annotations

from parsers.numbers import Num
from parsers.reading import Reading


def drop_restated(r: Reading, low: str) -> None:
    """Drop from r.tps and r.entries each price a numbered label gives again (same number,
    same price) after the label that gave it first; another price under the same number is a
    doubt (r.unexplained). A label's price is the first number read after it on its line (its
    other numbers, "TP1: 1.3500 +0.0450 ~1.13:1", are left to the other checks)."""
    for kind, values in (("tp", r.tps), ("entry", r.entries)):
        # (Not "TP 1/3": the digit after the slash counts the targets, it is no label's number.)
        bases = sorted(
            (at, index) for k, at, index in r.indexed if k == kind and low[at - 2 : at - 1] != "/"
        )
        if len(bases) < 2 or len({i for _, i in bases}) == len(bases):
            continue  # each number labelled once: nothing said again
        first: dict[int, float] = {}
        drop: set[int] = set()
        for i, (at, index) in enumerate(bases):
            upto = bases[i + 1][0] if i + 1 < len(bases) else len(low)
            price = _price_after(values, at, min(upto, _line_end(low, at)))
            if price is None:
                continue
            if index not in first:
                first[index] = price.value
            elif first[index] == price.value:
                if _levels_listed_again(r, at):
                    continue  # "Second plan: BUY @ 10.57 / TP1: 11.30 / SL: 9.90": weighed as ever
                drop.add(price.start)  # "TP1 is 8.45." under "TP1: 8.45": said again
            else:
                start = low.rfind("\n", 0, price.start) + 1
                r.unexplained.append(("numbered twice", (start, _line_end(low, price.start))))
        if drop:
            values[:] = [n for n in values if n.start not in drop]


def _levels_listed_again(r: Reading, at: int) -> bool:
    """Whether an entry or stop label follows the label said again at at: the whole call listed
    a second time (a second plan, a summary), which other checks weigh; only a target said again
    in the post's prose is dropped here. (A label read as prose, "consider long above 3305
    targeting 3437" on the card's alternative line, lists nothing again: parsers/
    prose_fields.py weighs it.)"""
    prose = {label[0] for _, label, _ in r.prose_levels}
    return any(
        start > at
        and kind in ("entry", "buy", "sell", "weak", "sl", "slclose")
        and start not in prose
        for kind, start, _ in r.labels
    )


def _line_end(low: str, at: int) -> int:
    end = low.find("\n", at)
    return len(low) if end < 0 else end


def _price_after(values: list[Num], at: int, end: int) -> Num | None:
    """The first number read in low[at:end] (the value of the label at at), or None."""
    return next((n for n in values if at <= n.start < end), None)
