"""Every gate's words found in one pass of a post: which gates hold one of their words.

A gate is a tuple of literals asked of the whole lower-cased post before a search or a check
(`any(h in low for h in _HEADS)`, `"only" in low or "condition" in low`): each `in` test scans
the post again (about 240 machine instructions each, ~355 tests a bench message). Here each
module registers its gate's words at import, where the tuple is written (`_HEADS_GATE: Final =
gate(_HEADS)`), and asks `holds(low, _HEADS_GATE)`: the answer of `any(h in low for h in
_HEADS)`, exactly (tests/parsers/test_gate_words27.py compares the two on every dev post, every
recorded reading's text, random texts of the words and hypothesis texts).

How: one Aho-Corasick automaton over every registered word, built when first asked (and again
after a gate is registered later), run once over a text and giving, for each gate, whether one
of its words is in it. Its transitions are a table of (state, character class) filled as they
are first needed (a character no word holds sends it back to the start); a state's gates are
those of every word ending there, its own and through its fall-back links. The answers of the
last two texts asked are kept (the post `low` and, when spans were blanked, `wlow`), found by
identity: a gate asked of another text (a line, a slice) makes a pass of its own, so gates are
only turned into `holds` where they ask the whole post.
"""

from __future__ import annotations

from typing import Final

# Characters below this (ASCII, Latin, Greek, Cyrillic) find their class in a table.
_NEAR: Final = 0x500


class _Seen:
    """A text and, for each gate, whether the text holds one of its words (never changed: a
    reader holding it sees the two agree)."""

    def __init__(self, text: str, found: list[bool]) -> None:
        self.text = text
        self.found = found


class _Automaton:
    """Aho-Corasick over the words of the gates, its transitions filled as needed."""

    def __init__(self, gates: list[tuple[str, ...]]) -> None:
        # Each character's class (0: a character no word holds): a table of bytes for the
        # alphabets up to Cyrillic (their classes first, so that they fit), a dict past them.
        chars = sorted({c for words in gates for word in words for c in word})
        classes = {c: k for k, c in enumerate(chars, 1)}
        near = bytearray(_NEAR)
        self.far: dict[int, int] = {}
        for c, k in classes.items():
            if ord(c) >= _NEAR:
                self.far[ord(c)] = k
            elif k < 256:
                near[ord(c)] = k
            else:
                raise ValueError(f"more than 255 characters below {_NEAR:#x} in the gates' words")
        self.near = bytes(near)
        self.width = len(classes) + 1
        # The trie of the words, and the gates of the words ending at each of its states.
        children: list[dict[int, int]] = [{}]
        ends: list[set[int]] = [set()]
        for g, words in enumerate(gates):
            for word in words:
                state = 0
                for c in word:
                    k = classes[c]
                    nxt = children[state].get(k, -1)
                    if nxt < 0:
                        nxt = len(children)
                        children[state][k] = nxt
                        children.append({})
                        ends.append(set())
                    state = nxt
                ends[state].add(g)
        # Fall-back links, breadth first: a state's is the longest proper suffix of its word that
        # is a state too; a state fires the gates of its own words and of its fall-back's.
        back = [0] * len(children)
        queue = list(children[0].values())
        i = 0
        while i < len(queue):
            state = queue[i]
            i += 1
            for k, nxt in children[state].items():
                fall = back[state]
                while fall and k not in children[fall]:
                    fall = back[fall]
                back[nxt] = children[fall].get(k, 0)
                ends[nxt] |= ends[back[nxt]]
                queue.append(nxt)
        # Numbered again, the states that fire last (from self.firing on): a pass tells them by
        # their number, without a look-up at every character. (The start fires nothing.)
        order = sorted(range(len(children)), key=lambda s: (bool(ends[s]), s))
        new = [0] * len(order)
        for n, old in enumerate(order):
            new[old] = n
        self.children = [{k: new[t] for k, t in children[old].items()} for old in order]
        self.back = [new[back[old]] for old in order]
        self.firing = sum(1 for e in ends if not e)
        self.fires = [tuple(sorted(ends[old])) for old in order[self.firing :]]
        self.gates = len(gates)
        # The transitions: at [row + k], the row of the state after the state of that row (its
        # number times width) on a character of class k; -1 until first needed.
        self.step: list[int] = [-1] * (len(order) * self.width)

    def next_row(self, row: int, k: int) -> int:
        """The row after row on a character of class k (k > 0), filling the table."""
        nxt = self.step[row + k]
        if nxt >= 0:
            return nxt
        state = row // self.width
        child = self.children[state].get(k, -1)
        if child >= 0:
            nxt = child * self.width
        else:
            nxt = 0 if state == 0 else self.next_row(self.back[state] * self.width, k)
        self.step[row + k] = nxt
        return nxt

    def found(self, text: str) -> list[bool]:
        """For each gate, whether text holds one of its words."""
        found = [False] * self.gates
        near = self.near
        far = self.far
        step = self.step
        width = self.width
        firing_row = self.firing * width
        row = 0
        for i in range(len(text)):
            o = ord(text[i])
            k = near[o] if o < _NEAR else far.get(o, 0)
            if k == 0:
                row = 0  # (no word holds the character: nothing before it goes on)
                continue
            nxt = step[row + k]
            row = nxt if nxt >= 0 else self.next_row(row, k)
            if row >= firing_row:
                for g in self.fires[row // width - self.firing]:
                    found[g] = True
        return found


class _Gates:
    """The registered gates, their automaton, and the answers of the last two texts."""

    def __init__(self) -> None:
        self.words: list[tuple[str, ...]] = []
        self.automaton: _Automaton | None = None
        self.last = _Seen(_unseen(), [])
        self.before = _Seen(_unseen(), [])

    def add(self, words: tuple[str, ...]) -> int:
        """Register a gate; its number."""
        if not words or not all(words):
            raise ValueError(words)
        self.words.append(tuple(words))
        self.automaton = None  # (built again, with these words, when next asked)
        self.last = _Seen(_unseen(), [])
        self.before = _Seen(_unseen(), [])
        return len(self.words) - 1

    def seen(self, text: str) -> _Seen:
        """The answers for text, from the pass kept or a new one."""
        last = self.last
        if last.text is text:
            return last
        before = self.before
        if before.text is text:
            self.before, self.last = last, before
            return before
        automaton = self.automaton
        if automaton is None:
            automaton = self.automaton = _Automaton(self.words)
        seen = _Seen(text, automaton.found(text))
        self.before, self.last = last, seen
        return seen


def _unseen() -> str:
    """A text no caller holds (a new object, never one of theirs: kept answers never match it)."""
    return "".join(["\x00", "unseen"])


_GATES: Final = _Gates()


def gate(words: tuple[str, ...]) -> int:
    """Register a gate (its words, each a literal of one character or more); its number for
    holds. Called at import, where the words are written."""
    return _GATES.add(words)


def holds(text: str, number: int) -> bool:
    """Whether text holds one of the words of gate number: `any(w in text for w in words)`."""
    seen = _GATES.last
    if seen.text is not text:
        seen = _GATES.seen(text)
    return seen.found[number]


def kept(text: str, number: int) -> int:
    """holds(text, number) as 1 or 0 when the answers for text are kept (text is the post `low`
    or `wlow` a pass was made of), else -1: no pass is made (labels.Finder asks this of any
    text it searches, where a pass of its own would cost more than its few `in` tests)."""
    seen = _GATES.last
    if seen.text is not text:
        seen = _GATES.before
        if seen.text is not text:
            return -1
    return 1 if seen.found[number] else 0


def gate_of(words: tuple[str, ...] | None) -> int:
    """gate(words), or -1 for None (quick_tests.required_literals found none: any text may hold
    a match, and may_hold says so)."""
    return -1 if words is None else _GATES.add(words)


def may_hold(post: str, number: int) -> bool:
    """False only when the answers for post are kept (kept(post, number) == 0) and it holds none
    of gate number's words: then neither does any slice of post (quick_tests.written of a range
    of it finds nothing). True for number -1 and for a text without a kept pass."""
    return number < 0 or kept(post, number) != 0


def words_of(number: int) -> tuple[str, ...]:
    """The words of gate number (as registered)."""
    return _GATES.words[number]


def gate_count() -> int:
    """How many gates are registered."""
    return len(_GATES.words)
